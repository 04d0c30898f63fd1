//! The exact optimizer, per currency, one objective after the other: (1) the most
//! credit used, (2) with that much credit, the least out of pocket, (3) with both
//! fixed, the most `want` items, then the most `maybe` items. Lexicographic
//! objectives are solved in sequence rather than as one weighted sum (weights of
//! 10^12 would defeat a floating-point solver's tolerances).
//!
//! Every stage keeps a bound that no plan can beat and the best plan found so far,
//! and is proven when the two meet:
//! - Stage 1 without a budget is a max-flow: every item at its regular price on the
//!   plan's day can take at least as much credit as at any sale (a sale is cheaper
//!   and later, validated), so buying everything that way reaches the most credit
//!   any plan can use. Categories linked by no credit are independent problems.
//! - Stage 2's bound is nothing out of pocket. With whole-dollar credits and prices
//!   ending in .99, reaching it is a subset-sum over cents, which an LP-based
//!   branch-and-bound is slow to solve even when its bound already says a plan
//!   exists: the LP pays the last cents with fractions of items. So the optimizer
//!   first asks the LP of stage 3 (with nothing out of pocket) whether such a plan
//!   might exist, and if so builds one by exact refills ([`crate::refill`]): dynamic
//!   programs over cents that keep most of the LP's choice and make the rest add up.
//! - Stage 3's bounds are that LP relaxation ([`crate::milp`]) rounded down: first
//!   for the number of `want` items, then for `maybe` items with the wants fixed, so
//!   that each bound is a whole count. Refills from the LP's choice and around the
//!   best plan find plans that meet them.
//! - Where a bound is not met, the mixed-integer program's branch-and-bound (good_lp
//!   with the pure-Rust microlp, which needs no C toolchain) searches from the best
//!   plan until it proves one or the time limit stops it; the plan then comes with
//!   the proven gap. With a budget, the plan without one is tried first: if it fits
//!   the budget it is optimal with the budget too; otherwise stage 1 is the
//!   branch-and-bound's.
//!
//! Floating point never reaches the plan. The LP and the branch-and-bound only
//! choose purchases and give bounds; bounds are rounded towards the weaker integer
//! with a margin for the solver's rounding; every plan is re-paid by integer
//! max-flow and scored from that.

use std::time::{Duration, Instant};

use unspent_core::Money;

use crate::milp::{Fixed, Goal, Milp, StageError, StageResult, Weights};
use crate::model::{CurrencyPlan, Infeasible, Plan, PlanError, Proof, Purchase, Request, Score, Stage, Want};
use crate::network::{Allocation, CATEGORIES, Filler, Instance, allocate};
use crate::refill::Refiller;

/// The optimal plan (or, past the request's time limit, the best found with its proven gap).
pub fn optimize(request: &Request) -> Result<Plan, PlanError> {
    optimize_by(request, Method::BoundsAndRefills)
}

/// How stages 2 and 3 look for plans that meet their bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Method {
    /// LP bounds and refills first, branch-and-bound only where they fall short.
    BoundsAndRefills,
    /// Branch-and-bound alone: slow at scale, but it shares nothing with the refills,
    /// so the tests compare the two.
    #[cfg(test)]
    BranchAndBound,
}

pub(crate) fn optimize_by(request: &Request, method: Method) -> Result<Plan, PlanError> {
    request.validate()?;
    let clock = Clock::new(request.time_limit);
    let currencies = request
        .currencies()
        .into_iter()
        .map(|currency| {
            let instance = Instance::new(request, currency);
            solve_currency(request, &instance, &clock, method)
        })
        .collect();
    Ok(Plan { as_of: request.as_of, currencies })
}

/// The time budget. The only clock this crate reads is this monotonic timer,
/// and only when the user set a limit: results never depend on it otherwise.
pub(crate) struct Clock {
    deadline: Option<Instant>,
}

impl Clock {
    pub(crate) fn new(limit: Option<Duration>) -> Clock {
        Clock { deadline: limit.map(|l| Instant::now() + l) }
    }

    pub(crate) fn remaining(&self) -> Option<f64> {
        self.deadline.map(|d| d.saturating_duration_since(Instant::now()).as_secs_f64().max(0.001))
    }

    pub(crate) fn expired(&self) -> bool {
        self.deadline.is_some_and(|d| Instant::now() >= d)
    }
}

fn solve_currency(request: &Request, instance: &Instance, clock: &Clock, method: Method) -> CurrencyPlan {
    let groups = item_groups(instance);
    let budget = request.budget(instance.currency);
    let free = solve_without_budget(instance, &groups, clock, method);
    let fits = budget.is_none_or(|b| free.score.out_of_pocket <= b);
    let outcome =
        if fits { free } else { solve_with_budget(request, instance, &groups, budget.unwrap_or(0), clock, method) };
    outcome.into_plan(request, instance)
}

/// One item and the options worth considering for it.
#[derive(Clone, Debug)]
pub(crate) struct Group {
    pub(crate) must: bool,
    /// Indices into `instance.options`.
    pub(crate) options: Vec<usize>,
}

/// Per item: the options credit can pay for, plus (for a `must` item) its cheapest option
/// when none can be paid with credit, since it is bought anyway.
pub(crate) fn item_groups(instance: &Instance) -> Vec<Group> {
    instance
        .items
        .iter()
        .filter_map(|&item| {
            let all: Vec<usize> = (0..instance.options.len()).filter(|&o| instance.options[o].item == item).collect();
            let must = instance.options.get(*all.first()?)?.want == Want::Must;
            let mut options: Vec<usize> = all.iter().copied().filter(|&o| instance.payable(o)).collect();
            if must
                && let Some(cheapest) = all.iter().copied().filter(|&o| !instance.payable(o)).min_by_key(|&o| {
                    let opt = &instance.options[o];
                    (opt.price, opt.date, opt.window)
                })
                && options.iter().all(|&o| instance.options[o].price > instance.options[cheapest].price)
            {
                options.push(cheapest);
            }
            (!options.is_empty()).then_some(Group { must, options })
        })
        .collect()
}

/// A solved currency before it becomes a [`CurrencyPlan`].
struct Outcome {
    chosen: Vec<usize>,
    allocation: Allocation,
    score: Score,
    proof: Proof,
    infeasible: Option<Infeasible>,
}

impl Outcome {
    fn into_plan(self, request: &Request, instance: &Instance) -> CurrencyPlan {
        let purchases = purchases_of(request, instance, &self.chosen, &self.allocation);
        CurrencyPlan {
            currency: instance.currency,
            purchases,
            score: self.score,
            proof: self.proof,
            infeasible: self.infeasible,
        }
    }
}

pub(crate) fn purchases_of(
    request: &Request,
    instance: &Instance,
    chosen: &[usize],
    allocation: &Allocation,
) -> Vec<Purchase> {
    let mut purchases: Vec<Purchase> = chosen
        .iter()
        .enumerate()
        .map(|(n, &o)| {
            let opt = &instance.options[o];
            Purchase {
                item: opt.item,
                window: opt.window,
                date: opt.date,
                price: Money::from_minor(opt.price, instance.currency),
                credits: allocation.paid[n].iter().map(|&(k, amount)| (instance.credits[k], amount)).collect(),
            }
        })
        .collect();
    purchases.sort_by(|a, b| {
        (a.date, &request.items[a.item].title, a.item).cmp(&(b.date, &request.items[b.item].title, b.item))
    });
    purchases
}

pub(crate) fn score_of(instance: &Instance, chosen: &[usize], allocation: &Allocation) -> Score {
    let spent: i64 = chosen.iter().map(|&o| instance.options[o].price).sum();
    let count = |want| chosen.iter().filter(|&&o| instance.options[o].want == want).count() as i64;
    Score {
        credit_used: allocation.total,
        out_of_pocket: spent - allocation.total,
        wants: count(Want::Want),
        maybes: count(Want::Maybe),
    }
}

fn outcome(instance: &Instance, chosen: Vec<usize>, proof: Proof) -> Outcome {
    let allocation = allocate(instance, &chosen);
    let score = score_of(instance, &chosen, &allocation);
    Outcome { chosen, allocation, score, proof, infeasible: None }
}

/// Stages 1-3 with no budget: stage 1 by max-flow, then stages 2 and 3 for each independent part.
fn solve_without_budget(instance: &Instance, groups: &[Group], clock: &Clock, method: Method) -> Outcome {
    let mut chosen = Vec::new();
    let mut proof = Proof::Optimal;
    for part in independent_parts(instance, groups) {
        let regular: Vec<usize> = part.iter().map(|g| g.options[0]).collect();
        let most_credit = allocate(instance, &regular).total;
        let start = [useful(instance, &part, &regular), fill(instance, &part, None)]
            .into_iter()
            .filter(|s| exact_credit(instance, s) == most_credit)
            .min_by_key(|s| s.iter().map(|&o| instance.options[o].price).sum::<i64>())
            .expect("buying every item at its regular price reaches the most credit");
        let (picked, part_proof) = Stages::new(instance, &part, None, clock, method).after_credit(most_credit, start);
        chosen.extend(picked);
        if proof == Proof::Optimal {
            proof = part_proof;
        }
    }
    outcome(instance, chosen, proof)
}

/// Of `options`, those worth keeping as a starting plan: those credit pays for, and every `must`.
fn useful(instance: &Instance, groups: &[Group], options: &[usize]) -> Vec<usize> {
    let allocation = allocate(instance, options);
    options
        .iter()
        .enumerate()
        .filter(|(n, o)| allocation.per_option[*n] > 0 || groups.iter().any(|g| g.must && g.options.contains(o)))
        .map(|(_, &o)| o)
        .collect()
}

/// Splits the items into groups whose categories share no credit (union-find over categories).
fn independent_parts(instance: &Instance, groups: &[Group]) -> Vec<Vec<Group>> {
    let mut parent: Vec<usize> = (0..CATEGORIES).collect();
    fn find(parent: &mut [usize], x: usize) -> usize {
        let mut x = x;
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &mask in &instance.credit_categories {
        let members: Vec<usize> = (0..CATEGORIES).filter(|c| mask & (1 << c) != 0).collect();
        for pair in members.windows(2) {
            let (a, b) = (find(&mut parent, pair[0]), find(&mut parent, pair[1]));
            parent[a] = b;
        }
    }
    let mut parts: Vec<Vec<Group>> = vec![Vec::new(); CATEGORIES];
    for group in groups {
        let root = find(&mut parent, instance.options[group.options[0]].category);
        parts[root].push(group.clone());
    }
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

fn solve_with_budget(
    request: &Request,
    instance: &Instance,
    groups: &[Group],
    budget: i64,
    clock: &Clock,
    method: Method,
) -> Outcome {
    let milp = Milp::new(instance, groups, Some(budget));
    let start = crate::greedy::greedy_choice(request, instance, groups.iter().map(|g| (g.must, g.options.as_slice())));
    let start = [start, Some(fill(instance, groups, Some(budget)))]
        .into_iter()
        .flatten()
        .map(|s| {
            let score = score_of(instance, &s, &allocate(instance, &s));
            (s, score)
        })
        .filter(|(_, score)| score.out_of_pocket <= budget)
        .max_by_key(|(_, score)| *score)
        .map(|(s, _)| s);
    match milp.solve(Goal::MostCredit, Fixed::default(), false, start.as_deref(), clock) {
        Err(StageError::Infeasible) => {
            let musts: Vec<Group> = groups.iter().filter(|g| g.must).cloned().collect();
            let needs = Milp::new(instance, &musts, None)
                .solve(Goal::LeastOutOfPocket, Fixed::default(), false, None, &Clock::new(None))
                .map(|r| r.value.round() as i64)
                .unwrap_or(0);
            Outcome {
                chosen: Vec::new(),
                allocation: Allocation::default(),
                score: Score::default(),
                proof: Proof::Optimal,
                infeasible: Some(Infeasible {
                    currency: instance.currency,
                    budget: Money::from_minor(budget, instance.currency),
                    must_needs: Money::from_minor(needs, instance.currency),
                }),
            }
        }
        Err(StageError::TimedOut) => {
            let chosen = start.unwrap_or_default();
            let result = outcome(instance, chosen, Proof::Optimal);
            let incumbent = result.score.credit_used;
            Outcome {
                proof: Proof::TimeLimit { stage: Stage::CreditUsed, incumbent, bound: instance.total_credit() },
                ..result
            }
        }
        Ok(first) => {
            let credit = exact_credit(instance, &first.chosen);
            if !first.proven && first.bound_floor() > credit {
                let proof =
                    Proof::TimeLimit { stage: Stage::CreditUsed, incumbent: credit, bound: first.bound_floor() };
                return outcome(instance, first.chosen, proof);
            }
            let (chosen, proof) =
                Stages::new(instance, groups, Some(budget), clock, method).after_credit(credit, first.chosen);
            outcome(instance, chosen, proof)
        }
    }
}

/// A starting plan by first-fit decreasing with exact gains: `must` items first, then
/// items from the dearest down, each taken only if credit pays all of it; then, from the
/// cheapest up, anything credit pays part of, within the budget. Every gain is the exact
/// extra max-flow, so the plan is feasible and its credit is what the allocation will pay.
fn fill(instance: &Instance, groups: &[Group], budget: Option<i64>) -> Vec<usize> {
    let mut filler = Filler::new(instance);
    for group in groups.iter().filter(|g| g.must) {
        let best = group
            .options
            .iter()
            .copied()
            .map(|o| (o, filler.gain(o)))
            .min_by_key(|&(o, gain)| (instance.options[o].price - gain, -gain, o))
            .expect("a group has options");
        filler.add(best.0);
    }
    let price = |o: usize| instance.options[o].price;
    let mut optional: Vec<&Group> = groups.iter().filter(|g| !g.must).collect();
    optional.sort_by_key(|g| std::cmp::Reverse(g.options.iter().map(|&o| price(o)).max()));
    let mut bought = vec![false; optional.len()];
    for (n, group) in optional.iter().enumerate() {
        let mut options = group.options.clone();
        options.sort_by_key(|&o| std::cmp::Reverse(price(o)));
        for o in options {
            if filler.gain(o) == price(o) {
                filler.add(o);
                bought[n] = true;
                break;
            }
        }
    }
    for (n, group) in optional.iter().enumerate().rev() {
        if bought[n] {
            continue;
        }
        let out_of_pocket = filler.out_of_pocket();
        let best = group
            .options
            .iter()
            .copied()
            .map(|o| (o, filler.gain(o)))
            .filter(|&(o, gain)| gain > 0 && budget.is_none_or(|b| out_of_pocket + price(o) - gain <= b))
            .max_by_key(|&(o, gain)| (gain, -price(o), std::cmp::Reverse(o)));
        if let Some((o, _)) = best {
            filler.add(o);
        }
    }
    filler.chosen
}

fn exact_credit(instance: &Instance, chosen: &[usize]) -> i64 {
    allocate(instance, chosen).total
}

/// Stages 2 and 3 for some items, once the most credit they can use is known.
///
/// Each stage has a bound that no plan can beat and a best plan so far; it is proven
/// when they meet. The bounds: nothing is paid out of pocket below zero (stage 2), and
/// the LP relaxation, rounded down, for the number of `want` items and then of `maybe`
/// items (stage 3, two steps so that each bound is a whole count). The plans: refills
/// (see [`crate::refill`]) from the LP's choice and around the best plan, which find the
/// exact-cent plans the bounds promise. Only when they fall short does the
/// branch-and-bound search, starting from the best plan, until it proves one or the
/// time limit stops it.
struct Stages<'a> {
    instance: &'a Instance,
    groups: &'a [Group],
    budget: Option<i64>,
    milp: Milp<'a>,
    refiller: Refiller<'a>,
    clock: &'a Clock,
    method: Method,
    /// How many `maybe` items there are: a `want` item weighs one more than all of them.
    maybes: i64,
    /// Per option of the instance, the group it belongs to (`None`: not one of these items).
    group_of: Vec<Option<usize>>,
    /// [`Refiller::bound`] for the credit stage 1 fixed, once asked.
    cents: std::cell::OnceCell<Option<i64>>,
}

const WANTS: Weights = Weights { want: 1, maybe: 0 };
const MAYBES: Weights = Weights { want: 0, maybe: 1 };

/// How many rounds of refills around the best plan a stage tries at most (each round
/// tries every category set once; most stages need none, the rest one or two).
const MAX_ROUNDS: usize = 4;

impl<'a> Stages<'a> {
    fn new(
        instance: &'a Instance,
        groups: &'a [Group],
        budget: Option<i64>,
        clock: &'a Clock,
        method: Method,
    ) -> Stages<'a> {
        let maybes = groups.iter().filter(|g| instance.options[g.options[0]].want == Want::Maybe).count() as i64;
        let weights = Weights { want: maybes + 1, maybe: 1 };
        let mut group_of = vec![None; instance.options.len()];
        for (n, group) in groups.iter().enumerate() {
            for &o in &group.options {
                group_of[o] = Some(n);
            }
        }
        Stages {
            instance,
            groups,
            budget,
            milp: Milp::new(instance, groups, budget),
            refiller: Refiller::new(instance, groups, weights),
            clock,
            method,
            maybes,
            group_of,
            cents: std::cell::OnceCell::new(),
        }
    }

    fn spent(&self, chosen: &[usize]) -> i64 {
        chosen.iter().map(|&o| self.instance.options[o].price).sum()
    }

    fn count(&self, chosen: &[usize], weights: Weights) -> i64 {
        chosen.iter().map(|&o| weights.of(self.instance.options[o].want)).sum()
    }

    /// Stage 3's single figure: `want` items weigh more than all `maybe` items together.
    fn preference(&self, chosen: &[usize]) -> i64 {
        self.count(chosen, WANTS) * (self.maybes + 1) + self.count(chosen, MAYBES)
    }

    /// Stages 2 and 3, given the most credit stage 1 found, from a plan that uses it.
    fn after_credit(&self, credit: i64, start: Vec<usize>) -> (Vec<usize>, Proof) {
        let (best, probe) = match self.least_spent(credit, start) {
            Ok(found) => found,
            Err(stopped) => return stopped,
        };
        let spent = self.spent(&best);
        let fixed = Fixed { min_credit: Some(credit), max_spent: Some(spent), min_preferred: None };
        let probe = probe.filter(|_| spent == credit);
        let (best, wants_bound) = self.most(WANTS, fixed, best, probe);
        let pref = self.preference(&best);
        if let Some(bound) = wants_bound {
            let bound = bound.saturating_mul(self.maybes + 1).saturating_add(self.maybes);
            return (best, Proof::TimeLimit { stage: Stage::Preference, incumbent: pref, bound });
        }
        let wants = self.count(&best, WANTS);
        let fixed = Fixed { min_preferred: Some((WANTS, wants)), ..fixed };
        let (best, maybes_bound) = self.most(MAYBES, fixed, best, None);
        match maybes_bound {
            None => (best, Proof::Optimal),
            Some(bound) => {
                let incumbent = self.preference(&best);
                let bound = (wants * (self.maybes + 1)).saturating_add(bound);
                (best, Proof::TimeLimit { stage: Stage::Preference, incumbent, bound })
            }
        }
    }

    /// Stage 2: the least spent (so the least out of pocket) with `credit` used. Returns the
    /// best plan and, when it pays nothing out of pocket, the LP that led there (it is also
    /// stage 3's first bound); or, past the time limit, the plan and its proof.
    #[allow(clippy::type_complexity)]
    fn least_spent(
        &self,
        credit: i64,
        start: Vec<usize>,
    ) -> Result<(Vec<usize>, Option<StageResult>), (Vec<usize>, Proof)> {
        let mut best = start;
        let mut probe = None;
        if self.spent(&best) > credit && self.method == Method::BoundsAndRefills {
            // Can all that credit be used with nothing out of pocket? The LP says whether it
            // might; refills from its choice, or from the start, find such a plan.
            let fixed = Fixed { min_credit: Some(credit), max_spent: Some(credit), min_preferred: None };
            if let Ok(lp) = self.milp.solve(Goal::MostPreferred(WANTS), fixed, true, None, self.clock) {
                let from_lp = self.rounded(&lp);
                if let Some(plan) = [from_lp, best.clone()]
                    .into_iter()
                    .filter_map(|base| self.repair(base, credit))
                    .find(|plan| self.valid(plan, fixed).is_some())
                {
                    best = plan;
                }
                probe = Some(lp);
            }
        }
        if self.spent(&best) > credit {
            let fixed = Fixed { min_credit: Some(credit), ..Fixed::default() };
            let proof = |chosen: &[usize], bound: i64| Proof::TimeLimit {
                stage: Stage::OutOfPocket,
                incumbent: self.spent(chosen) - credit,
                bound: bound - credit,
            };
            match self.milp.solve(Goal::LeastSpent, fixed, false, Some(&best), self.clock) {
                Ok(result) if self.valid(&result.chosen, fixed).is_some() => {
                    let bound = result.bound_ceil().unwrap_or(credit).max(credit);
                    if self.spent(&result.chosen) <= self.spent(&best) {
                        best = result.chosen;
                    }
                    // Stopped with the bound on the best plan: proven all the same.
                    if !result.proven && self.spent(&best) > bound {
                        return Err((best.clone(), proof(&best, bound)));
                    }
                }
                _ => return Err((best.clone(), proof(&best, credit))),
            }
        }
        Ok((best, probe))
    }

    /// Stage 3's steps: the most `weights`-weighted items within `fixed`, from `best`.
    /// Returns the best plan found and, when it is not proven, the bound.
    fn most(
        &self,
        weights: Weights,
        fixed: Fixed,
        mut best: Vec<usize>,
        lp: Option<StageResult>,
    ) -> (Vec<usize>, Option<i64>) {
        let goal = Goal::MostPreferred(weights);
        let count = |plan: &[usize]| self.count(plan, weights);
        // Without the LP, no plan has more than every item that counts.
        let mut bound: i64 =
            self.groups.iter().map(|g| g.options.iter().map(|&o| self.weight(o, weights)).max().unwrap_or(0)).sum();
        if self.method == Method::BoundsAndRefills {
            let lp = match lp {
                Some(lp) => Ok(lp),
                None => self.milp.solve(goal, fixed, true, None, self.clock),
            };
            if let Ok(lp) = &lp {
                bound = bound.min(lp.bound_floor());
            }
            best = self.refills(weights, fixed, best, lp.ok().as_ref(), bound);
            if count(&best) < bound
                && let Some(cents) = self.cents_bound(weights, fixed)
            {
                // The best plan is one of the choices the bound weighs, so it cannot be below.
                debug_assert!(cents >= count(&best), "the cents bound {cents} is below a plan");
                if cents >= count(&best) {
                    bound = bound.min(cents);
                }
            }
        }
        if count(&best) < bound
            && !self.clock.expired()
            && let Ok(result) = self.milp.solve(goal, fixed, false, Some(&best), self.clock)
            && self.valid(&result.chosen, fixed).is_some()
        {
            bound = if result.proven { count(&result.chosen) } else { bound.min(result.bound_floor()) };
            if count(&result.chosen) >= count(&best) {
                best = result.chosen;
            }
        }
        let value = count(&best);
        (best, (value < bound).then_some(bound))
    }

    /// The bound the cents give (see [`Refiller::bound`]), for a stage that pays nothing out
    /// of pocket: the preference no plan spending exactly the credit can beat, as a count of
    /// `want` items, or of `maybe` items once the wants are fixed.
    fn cents_bound(&self, weights: Weights, fixed: Fixed) -> Option<i64> {
        let credit = fixed.min_credit?;
        if fixed.max_spent != Some(credit) || self.clock.expired() {
            return None;
        }
        let preference = (*self.cents.get_or_init(|| self.refiller.bound(credit)))?;
        let per_want = self.maybes + 1;
        match fixed.min_preferred {
            _ if weights == WANTS => Some(preference.div_euclid(per_want)),
            Some((WANTS, wants)) if weights == MAYBES => Some(preference - wants * per_want),
            _ => None,
        }
    }

    fn weight(&self, o: usize, weights: Weights) -> i64 {
        weights.of(self.instance.options[o].want)
    }

    /// Refills towards `bound`: from the LP's choice, then around the best plan, category set
    /// by category set (the largest first, where one refill can change the most), in rounds
    /// until a round brings nothing or the bound is met.
    fn refills(
        &self,
        weights: Weights,
        fixed: Fixed,
        mut best: Vec<usize>,
        lp: Option<&StageResult>,
        bound: i64,
    ) -> Vec<usize> {
        let credit = fixed.min_credit.unwrap_or(0);
        let count = |plan: &[usize]| self.count(plan, weights);
        let better = |plan: &[usize], than: &[usize]| {
            self.valid(plan, fixed).is_some()
                && (count(plan), self.preference(plan)) > (count(than), self.preference(than))
        };
        if count(&best) < bound
            && let Some(lp) = lp
            && let Some(plan) = self.repair(self.rounded(lp), credit)
            && better(&plan, &best)
        {
            best = plan;
        }
        for _ in 0..MAX_ROUNDS {
            let mut improved = false;
            for &mask in self.refiller.masks.iter().rev() {
                if self.clock.expired() || count(&best) >= bound {
                    return best;
                }
                if let Some(plan) = self.refiller.refill(&best, mask, credit)
                    && better(&plan, &best)
                {
                    best = plan;
                    improved = true;
                }
            }
            if !improved {
                break;
            }
        }
        best
    }

    /// The LP's choice rounded down: the options it buys whole, and for each `must` item
    /// it splits, the option it leans to most.
    fn rounded(&self, lp: &StageResult) -> Vec<usize> {
        let mut chosen = lp.chosen.clone();
        let mut offset = 0;
        for group in self.groups {
            let values = &lp.values[offset..offset + group.options.len()];
            offset += group.options.len();
            if group.must && !group.options.iter().any(|o| chosen.contains(o)) {
                let most = (0..values.len()).max_by(|&a, &b| values[a].total_cmp(&values[b])).unwrap_or(0);
                chosen.push(group.options[most]);
            }
        }
        chosen
    }

    /// Refills `base`, one category set after another, until its credit reaches `goal`.
    fn repair(&self, base: Vec<usize>, goal: i64) -> Option<Vec<usize>> {
        let mut plan = base;
        let mut credit = exact_credit(self.instance, &plan);
        for &mask in &self.refiller.masks {
            if credit >= goal || self.clock.expired() {
                break;
            }
            if let Some(next) = self.refiller.refill(&plan, mask, goal) {
                let more = exact_credit(self.instance, &next);
                if more > credit {
                    (plan, credit) = (next, more);
                }
            }
        }
        (credit == goal).then_some(plan)
    }

    /// The plan's score when it keeps every rule and the fixed optima: one option per item
    /// at most, every `must` item, the budget, and at least the credit, at most the spending
    /// and at least the preferred items that earlier stages fixed.
    fn valid(&self, chosen: &[usize], fixed: Fixed) -> Option<Score> {
        let instance = self.instance;
        let mut groups: Vec<usize> = Vec::with_capacity(chosen.len());
        for &o in chosen {
            groups.push(*self.group_of.get(o)?.as_ref()?);
        }
        groups.sort_unstable();
        let once = groups.windows(2).all(|w| w[0] != w[1]);
        let musts = self.groups.iter().enumerate().filter(|(_, g)| g.must);
        let every_must = musts.clone().all(|(n, _)| groups.binary_search(&n).is_ok());
        if !once || !every_must {
            return None;
        }
        let score = score_of(instance, chosen, &allocate(instance, chosen));
        let spent = score.credit_used + score.out_of_pocket;
        let keeps = self.budget.is_none_or(|b| score.out_of_pocket <= b)
            && fixed.min_credit.is_none_or(|c| score.credit_used >= c)
            && fixed.max_spent.is_none_or(|m| spent <= m)
            && fixed.min_preferred.is_none_or(|(w, least)| self.count(chosen, w) >= least);
        keeps.then_some(score)
    }
}
