//! Exact refills: the optimizer's way to find the plans its bounds promise.
//!
//! With whole-dollar credits and prices ending in .99, spending all credit with no
//! money out is a subset-sum over cents. An LP-based branch-and-bound finds such plans
//! slowly even when its bound already says they exist (the LP fills the last cents with
//! fractions of items). A refill finds them directly: keep most of a plan, and choose
//! the rest among some categories' items by dynamic programming over cents, so that
//! their prices add up to exactly the credit the kept part leaves unused.
//!
//! The categories refilled are a set `C` that some lots can all pay. Only those lots'
//! credit is refilled: lots that cannot pay all of `C` are drawn first when the kept
//! part is paid, and only options that such lots did not help pay are set free. For
//! lots that all pay every category of `C`, the network restricted to `C` is one chain
//! of expiry levels (see [`crate::network`]): a choice of options is payable by them
//! exactly when, at every level, the prices of the options at that level or later add
//! up to no more than the credit of the lots that last that long. The dynamic program
//! takes the options from the latest level down and cuts its table at each level's
//! cap, which enforces exactly that. An item with options at several levels is taken
//! at the latest of them, which can only over-count what must fit late, so a refill
//! is never infeasible; and every refill is re-paid by max-flow before it is used.

use crate::exact::Group;
use crate::milp::Weights;
use crate::network::{CATEGORIES, Instance, allocate, allocate_in_order};

/// A table larger than this many bits (one per item and cent, and a few more per cent for
/// items with several prices) is not worth building: 50 MB, and about half a second of
/// work. Past it, the branch-and-bound is left to do the work.
const MAX_BITS: usize = 400_000_000;

const UNREACHED: i64 = i64::MIN;

/// Where an item with options at several expiry levels goes in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Placement {
    Earliest,
    Latest,
}

impl Placement {
    fn of(self, instance: &Instance, options: &[usize]) -> usize {
        let levels = options.iter().map(|&o| instance.options[o].level);
        match self {
            Placement::Earliest => levels.min().unwrap_or(0),
            Placement::Latest => levels.max().unwrap_or(0),
        }
    }
}

/// Whose leftover credit a refill spends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pool {
    /// Lots that pay every category refilled: then the levels are the only limit, and the
    /// table enforces them exactly.
    Covering,
    /// Lots that pay any of them: more credit to work with, but the table does not know
    /// which lot pays which category, so only the max-flow can say whether the refill fits.
    Any,
}

pub(crate) struct Refiller<'a> {
    instance: &'a Instance,
    groups: &'a [Group],
    weights: Weights,
    /// The category sets worth refilling: those some lot can pay entirely, smallest first.
    pub masks: Vec<u8>,
}

impl<'a> Refiller<'a> {
    pub fn new(instance: &'a Instance, groups: &'a [Group], weights: Weights) -> Refiller<'a> {
        let present: u8 = groups.iter().flat_map(|g| &g.options).fold(0, |m, &o| m | 1 << instance.options[o].category);
        let mut masks: Vec<u8> = (1..1u8 << CATEGORIES)
            .filter(|&m| m & present == m && instance.credit_categories.iter().any(|&c| c & m == m))
            .collect();
        masks.sort_by_key(|m| (m.count_ones(), *m));
        Refiller { instance, groups, weights, masks }
    }

    /// Keeps `base` but for the options of `categories` that only lots paying all of them
    /// help pay, and chooses anew among those items and every item not in `base` (any of
    /// their options `offer(group)` gives): options whose prices add up to exactly the
    /// credit those lots then have left, or to what `goal_credit` still needs if that is
    /// less, with the most preferred items. Every option added is paid entirely by credit,
    /// so the result pays no more out of pocket than `base`. `None` when the table would be
    /// too large or no choice adds up exactly.
    pub fn refill(&self, base: &[usize], categories: u8, goal_credit: i64) -> Option<Vec<usize>> {
        let instance = self.instance;
        let mixed = instance.credit_categories.iter().any(|&c| c & categories != 0 && c & categories != categories);
        let pools: &[Pool] = if mixed { &[Pool::Any, Pool::Covering] } else { &[Pool::Covering] };
        pools.iter().find_map(|&pool| self.refill_from(base, categories, goal_credit, pool))
    }

    fn refill_from(&self, base: &[usize], categories: u8, goal_credit: i64, pool: Pool) -> Option<Vec<usize>> {
        let instance = self.instance;
        let in_pool = |k: usize| match pool {
            Pool::Covering => instance.credit_categories[k] & categories == categories,
            Pool::Any => instance.credit_categories[k] & categories != 0,
        };
        let in_categories = |o: usize| categories & (1 << instance.options[o].category) != 0;
        // Lots outside the pool are drawn first, so what is left is the pool's.
        let mut order: Vec<usize> = (0..instance.credits.len()).collect();
        order.sort_by_key(|&k| (in_pool(k), instance.credit_level[k], k));
        let before = allocate_in_order(instance, base, &order);
        let musts: Vec<bool> = base.iter().map(|&o| self.is_must(o)).collect();
        let kept: Vec<usize> = base
            .iter()
            .enumerate()
            .filter(|&(n, &o)| musts[n] || !in_categories(o) || before.paid[n].iter().any(|&(k, _)| !in_pool(k)))
            .map(|(_, &o)| o)
            .collect();
        let allocation = allocate_in_order(instance, &kept, &order);
        let levels = instance.levels.len();
        // cap[j]: credit left on lots that pay all the categories and last to level j or later.
        let mut cap = vec![0i64; levels + 1];
        for k in (0..instance.credits.len()).filter(|&k| in_pool(k)) {
            let used: i64 = allocation.credit_to_hub[k].iter().sum();
            cap[instance.credit_level[k]] += instance.credit_amount[k] - used;
        }
        for j in (0..levels).rev() {
            cap[j] += cap[j + 1];
        }
        let need = (goal_credit - allocation.total).min(cap[0]);
        if need <= 0 {
            return (need == 0).then_some(kept);
        }

        let mut taken: Vec<usize> = kept.iter().map(|&o| instance.options[o].item).collect();
        taken.sort_unstable();
        let offers: Vec<Vec<usize>> = self
            .groups
            .iter()
            .filter(|g| {
                let first = &instance.options[g.options[0]];
                !g.must && in_categories(g.options[0]) && taken.binary_search(&first.item).is_err()
            })
            .map(|g| {
                let fits = |o: &usize| {
                    let opt = &instance.options[*o];
                    opt.level < levels && opt.price <= cap[opt.level].min(need)
                };
                g.options.iter().copied().filter(fits).collect::<Vec<usize>>()
            })
            .filter(|options| !options.is_empty())
            .collect();
        let bits: usize = offers.iter().map(|options| 1 + choice_bits(options.len())).sum();
        if bits.saturating_mul(need as usize + 1) > MAX_BITS {
            return None;
        }
        // An item with options at several levels is placed first at its earliest one, which
        // may under-count what must fit late (the max-flow then says no), then, with lots
        // that pay every category, at its latest, which cannot.
        let several = offers
            .iter()
            .any(|options| Placement::Earliest.of(instance, options) != Placement::Latest.of(instance, options));
        let placements: &[Placement] = match (pool, several) {
            (Pool::Covering, true) => &[Placement::Earliest, Placement::Latest],
            _ => &[Placement::Earliest],
        };
        for place in placements {
            let mut candidates: Vec<(usize, &[usize])> =
                offers.iter().map(|options| (place.of(instance, options), options.as_slice())).collect();
            candidates.sort_by_key(|(level, options)| (std::cmp::Reverse(*level), options[0]));
            let Some(added) = self.best_sum(&candidates, &cap, need as usize) else { continue };
            let mut chosen = kept.clone();
            chosen.extend(added);
            if allocate(instance, &chosen).total == allocation.total + need {
                return Some(chosen);
            }
        }
        None
    }

    /// An upper bound on the preference of any plan that spends exactly `total`, all of it
    /// credit. It forgets which lot pays which category and keeps what the cents and the
    /// expiry levels say: every plan's prices add up to exactly `total`, and those of the
    /// options bought at a level or later to no more than the credit that lasts that long.
    /// Every such plan is a choice this table weighs (an item with options at several levels
    /// is placed at its earliest, which can only allow more), so none does better. Exact
    /// integers throughout. `None` when the table would be too large, or when a `must` item
    /// cannot be paid by credit at all.
    pub fn bound(&self, total: i64) -> Option<i64> {
        let instance = self.instance;
        let levels = instance.levels.len();
        let mut cap = vec![0i64; levels + 1];
        for k in 0..instance.credits.len() {
            cap[instance.credit_level[k]] += instance.credit_amount[k];
        }
        for j in (0..levels).rev() {
            cap[j] += cap[j + 1];
        }
        if total < 0 || total > cap[0] {
            return None;
        }
        let mut candidates: Vec<(usize, Vec<usize>, bool)> = Vec::new();
        for group in self.groups {
            let fits = |o: &usize| {
                let opt = &instance.options[*o];
                opt.level < levels && opt.price <= cap[opt.level].min(total)
            };
            let options: Vec<usize> = group.options.iter().copied().filter(fits).collect();
            match (options.is_empty(), group.must) {
                (true, true) => return None,
                (true, false) => {}
                (false, must) => candidates.push((Placement::Earliest.of(instance, &options), options, must)),
            }
        }
        let work: usize = candidates.iter().map(|(_, options, _)| options.len()).sum();
        if work.saturating_mul(total as usize + 1) > MAX_BITS {
            return None;
        }
        candidates.sort_by_key(|(level, options, _)| (std::cmp::Reverse(*level), options[0]));
        let forced: Vec<bool> = candidates.iter().map(|c| c.2).collect();
        let candidates: Vec<(usize, &[usize])> = candidates.iter().map(|(l, o, _)| (*l, o.as_slice())).collect();
        // No choice adds up: no plan spends exactly `total` with credit, so none beats anything.
        Some(self.table(&candidates, &forced, &cap, total as usize, false).map_or(i64::MIN, |t| t.value))
    }

    fn is_must(&self, o: usize) -> bool {
        self.instance.options[o].want == crate::model::Want::Must
    }

    /// The most preferred choice of at most one option per candidate whose prices add up to
    /// exactly `need`, with the prices at each candidate's level or later within `cap`.
    /// Candidates come sorted by level, latest first.
    fn best_sum(&self, candidates: &[(usize, &[usize])], cap: &[i64], need: usize) -> Option<Vec<usize>> {
        let table = self.table(candidates, &[], cap, need, true)?;
        let Table { took, which, planes, words, .. } = table;
        let mut added = Vec::new();
        let mut s = need;
        for (n, (_, options)) in candidates.iter().enumerate().rev() {
            if took[n * words + s / 64] & (1 << (s % 64)) != 0 {
                let plane = planes[n];
                let m = (0..choice_bits(options.len()))
                    .filter(|b| which[plane + b * words + s / 64] & (1 << (s % 64)) != 0)
                    .fold(0, |m, b| m | 1 << b);
                let o = options[m];
                added.push(o);
                s -= instance_price(self.instance, o);
            }
        }
        debug_assert_eq!(s, 0, "the table's choices add up to what it reached");
        Some(added)
    }

    /// The dynamic program: per sum up to `need`, the most preferred choice of at most one
    /// option per candidate (exactly one for those `forced`), the prices at each level or
    /// later within `cap`. With `remember`, it also keeps what each candidate took, to
    /// rebuild the choice for `need`. `None` when no choice adds up to `need`.
    fn table(
        &self,
        candidates: &[(usize, &[usize])],
        forced: &[bool],
        cap: &[i64],
        need: usize,
        remember: bool,
    ) -> Option<Table> {
        let instance = self.instance;
        let width = need + 1;
        let words = if remember { width.div_ceil(64) } else { 0 };
        let mut best = vec![UNREACHED; width];
        best[0] = 0;
        let mut next = best.clone();
        // took: whether candidate n improved sum s; for a candidate with several options,
        // `choice_bits` more bits per sum say which option the table holds there.
        let mut took = vec![0u64; candidates.len() * words];
        let mut planes: Vec<usize> = Vec::with_capacity(candidates.len());
        let mut plane_words = 0;
        for (_, options) in candidates {
            planes.push(plane_words);
            plane_words += choice_bits(options.len()) * words;
        }
        let mut which = vec![0u64; plane_words];
        let mut level = candidates.first().map_or(0, |c| c.0);
        for (n, (at, options)) in candidates.iter().enumerate() {
            if *at != level {
                cut(&mut best, cap[level]);
                level = *at;
            }
            let row = &mut took[n * words..(n + 1) * words];
            let forced = forced.get(n).copied().unwrap_or(false);
            if let (&[o], false) = (&options[..], forced) {
                let opt = &instance.options[o];
                let (price, weight) = (opt.price as usize, self.weights.of(opt.want));
                for s in (price..width).rev() {
                    let from = best[s - price];
                    if from != UNREACHED && from + weight > best[s] {
                        best[s] = from + weight;
                        if remember {
                            row[s / 64] |= 1 << (s % 64);
                        }
                    }
                }
                continue;
            }
            let bits = choice_bits(options.len());
            let plane = &mut which[planes[n]..planes[n] + bits * words];
            if forced {
                next.fill(UNREACHED);
            } else {
                next.copy_from_slice(&best);
            }
            for (m, &o) in options.iter().enumerate() {
                let opt = &instance.options[o];
                let (price, weight) = (opt.price as usize, self.weights.of(opt.want));
                for s in price..width {
                    let from = best[s - price];
                    if from != UNREACHED && from + weight > next[s] {
                        next[s] = from + weight;
                        if !remember {
                            continue;
                        }
                        row[s / 64] |= 1 << (s % 64);
                        for b in 0..bits {
                            let word = &mut plane[b * words + s / 64];
                            if m >> b & 1 == 1 {
                                *word |= 1 << (s % 64);
                            } else {
                                *word &= !(1 << (s % 64));
                            }
                        }
                    }
                }
            }
            std::mem::swap(&mut best, &mut next);
        }
        cut(&mut best, cap[level]);
        (best[need] != UNREACHED).then_some(Table { value: best[need], took, which, planes, words })
    }
}

/// What [`Refiller::table`] found for the sum asked for.
struct Table {
    value: i64,
    took: Vec<u64>,
    which: Vec<u64>,
    planes: Vec<usize>,
    words: usize,
}

fn instance_price(instance: &Instance, o: usize) -> usize {
    instance.options[o].price as usize
}

/// How many bits tell which of `options` options was taken (none when there is one).
fn choice_bits(options: usize) -> usize {
    (usize::BITS - options.saturating_sub(1).leading_zeros()) as usize
}

/// No sum above `cap` is allowed from here on.
fn cut(best: &mut [i64], cap: i64) {
    let from = (cap.max(-1) + 1) as usize;
    if from < best.len() {
        best[from..].fill(UNREACHED);
    }
}

#[cfg(test)]
mod tests {
    use unspent_core::date::add_days;
    use unspent_core::{Category, Currency, Date, Money};

    use super::*;
    use crate::exact::item_groups;
    use crate::model::{Credit, Item, Request, Sale, Want};

    fn as_of() -> Date {
        Date::new(2026, 1, 10).unwrap()
    }

    fn usd(minor: i64) -> Money {
        Money::from_minor(minor, Currency::USD)
    }

    fn credit(id: &str, amount: i64, expires: i64) -> Credit {
        Credit {
            id: id.into(),
            remaining: usd(amount),
            expires_on: Some(add_days(as_of(), expires)),
            categories: vec![Category::Ebook],
        }
    }

    fn item(title: &str, price: i64, want: Want, sale: Option<(i64, i64)>) -> Item {
        let sales = sale
            .map(|(price, from)| Sale {
                price: usd(price),
                from: add_days(as_of(), from),
                to: add_days(as_of(), from + 3),
            })
            .into_iter()
            .collect();
        Item { id: title.into(), title: title.into(), category: Category::Ebook, want, price: usd(price), sales }
    }

    /// The titles and prices a refill from nothing buys, to reach `goal` credit.
    fn refill(credits: Vec<Credit>, items: Vec<Item>, goal: i64) -> Option<Vec<(String, i64)>> {
        let request = Request { as_of: as_of(), credits, items, budgets: Default::default(), time_limit: None };
        let instance = Instance::new(&request, Currency::USD);
        let groups = item_groups(&instance);
        let refiller = Refiller::new(&instance, &groups, Weights { want: 10, maybe: 1 });
        let chosen = refiller.refill(&[], 1 << crate::network::category_index(Category::Ebook), goal)?;
        let mut bought: Vec<(String, i64)> = chosen
            .iter()
            .map(|&o| (request.items[instance.options[o].item].title.clone(), instance.options[o].price))
            .collect();
        bought.sort();
        Some(bought)
    }

    #[test]
    fn a_refill_spends_the_credit_to_the_cent() {
        // $5.00 of credit: only 1.99 + 3.01 adds up exactly (0.99 + 3.01 + 0.99 would need the
        // same book twice).
        let items = vec![
            item("a", 199, Want::Maybe, None),
            item("b", 301, Want::Maybe, None),
            item("c", 250, Want::Want, None),
            item("d", 99, Want::Want, None),
        ];
        let bought = refill(vec![credit("k", 500, 30)], items, 500).expect("an exact refill exists");
        assert_eq!(bought, [("a".to_string(), 199), ("b".to_string(), 301)]);
    }

    #[test]
    fn a_refill_prefers_wanted_items_among_exact_sums() {
        let items = vec![
            item("a", 199, Want::Maybe, None),
            item("b", 301, Want::Maybe, None),
            item("c", 250, Want::Want, None),
            item("d", 150, Want::Want, None),
            item("e", 100, Want::Maybe, None),
        ];
        let bought = refill(vec![credit("k", 500, 30)], items, 500).expect("an exact refill exists");
        assert_eq!(bought, [("c".to_string(), 250), ("d".to_string(), 150), ("e".to_string(), 100)]);
    }

    #[test]
    fn a_refill_keeps_late_purchases_within_the_credit_that_lasts() {
        // Credit: $2.00 until day 5, $3.00 until day 30. Sales from day 10 can only be paid
        // from the $3.00, so the two wanted sales (1.50 + 2.00) cannot both be bought, even
        // though with the 1.50 maybe they add up to exactly 5.00.
        let credits = vec![credit("short", 200, 5), credit("long", 300, 30)];
        let items = vec![
            item("sale1", 900, Want::Want, Some((150, 10))),
            item("sale2", 900, Want::Want, Some((200, 10))),
            item("x", 150, Want::Maybe, None),
            item("y", 160, Want::Maybe, None),
            item("z", 200, Want::Maybe, None),
        ];
        let bought = refill(credits, items, 500).expect("an exact refill exists");
        assert_eq!(bought, [("sale1".to_string(), 150), ("x".to_string(), 150), ("z".to_string(), 200)]);
    }

    #[test]
    fn a_refill_picks_the_one_price_of_an_item_that_adds_up() {
        // Regular 4.50, a sale at 3.00 from day 1 and one at 2.01 from day 2: only the
        // second sale and the 2.99 book spend $5.00 exactly.
        let mut multi = item("multi", 450, Want::Want, Some((300, 1)));
        multi.sales.push(Sale { price: usd(201), from: add_days(as_of(), 2), to: add_days(as_of(), 4) });
        let items = vec![multi, item("b", 299, Want::Maybe, None), item("c", 120, Want::Want, None)];
        let bought = refill(vec![credit("k", 500, 30)], items, 500).expect("an exact refill exists");
        assert_eq!(bought, [("b".to_string(), 299), ("multi".to_string(), 201)]);
    }

    #[test]
    fn no_refill_when_no_sum_is_exact() {
        let items = vec![item("a", 199, Want::Want, None), item("b", 299, Want::Want, None)];
        assert_eq!(refill(vec![credit("k", 500, 30)], items, 500), None);
    }
}
