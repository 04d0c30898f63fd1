//! The optimizer against brute force on thousands of small random instances,
//! and every plan through the independent checker.
//!
//! The brute force shares no code with the solvers: it enumerates every way to
//! buy or skip each item at each of its windows, pays each choice with its own
//! augmenting-path max-flow over (credit, purchase) pairs, and keeps the best
//! score. It buys on the first day of a window: a later day can only lose credits
//! that expire in between and never gains one (all credits exist on the plan's day).

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use proptest::prelude::*;
use unspent_core::date::add_days;
use unspent_core::{Category, Currency, Date, Money};

use crate::exact::{Method, optimize_by};
use crate::model::{Credit, Item, Request, Sale, Score, Want};
use crate::{check, greedy, optimize};

fn as_of() -> Date {
    Date::new(2026, 1, 10).unwrap()
}

/// The best score per currency, or `None` where the `must` items cannot fit the budget.
fn brute_force(request: &Request) -> BTreeMap<Currency, Option<Score>> {
    request.currencies().into_iter().map(|currency| (currency, brute_force_currency(request, currency))).collect()
}

fn brute_force_currency(request: &Request, currency: Currency) -> Option<Score> {
    let items: Vec<&Item> = request.items.iter().filter(|i| i.currency() == currency).collect();
    // Per item: None (skip) or Some((price, day)) per window that is still open.
    let choices: Vec<Vec<Option<(i64, Date)>>> = items
        .iter()
        .map(|item| {
            let mut list: Vec<Option<(i64, Date)>> = item
                .windows(request.as_of)
                .into_iter()
                .flatten()
                .map(|w| Some((w.price.minor(), w.first_day)))
                .collect();
            if item.want != Want::Must {
                list.push(None);
            }
            list
        })
        .collect();
    let credits: Vec<&Credit> = request.credits.iter().filter(|c| c.currency() == currency).collect();
    let budget = request.budget(currency);
    let mut best: Option<Score> = None;
    let mut pick = vec![0usize; items.len()];
    loop {
        let bought: Vec<(usize, i64, Date)> =
            pick.iter().enumerate().filter_map(|(n, &c)| choices[n][c].map(|(price, day)| (n, price, day))).collect();
        let credit = bipartite_max_flow(&credits, &items, &bought);
        let spent: i64 = bought.iter().map(|b| b.1).sum();
        let score = Score {
            credit_used: credit,
            out_of_pocket: spent - credit,
            wants: bought.iter().filter(|b| items[b.0].want == Want::Want).count() as i64,
            maybes: bought.iter().filter(|b| items[b.0].want == Want::Maybe).count() as i64,
        };
        if budget.is_none_or(|b| score.out_of_pocket <= b) && best.is_none_or(|b| score > b) {
            best = Some(score);
        }
        // Next combination (odometer).
        let mut n = 0;
        loop {
            if n == pick.len() {
                return best;
            }
            pick[n] += 1;
            if pick[n] < choices[n].len() {
                break;
            }
            pick[n] = 0;
            n += 1;
        }
    }
}

/// Edmonds-Karp on a dense matrix: source → credits → purchases → sink.
fn bipartite_max_flow(credits: &[&Credit], items: &[&Item], bought: &[(usize, i64, Date)]) -> i64 {
    let n = 2 + credits.len() + bought.len();
    let (source, sink) = (0, n - 1);
    let mut cap = vec![vec![0i64; n]; n];
    for (k, c) in credits.iter().enumerate() {
        cap[source][1 + k] = c.remaining.minor();
        for (b, &(item, _, day)) in bought.iter().enumerate() {
            if c.can_pay(items[item].category, items[item].currency(), day) {
                cap[1 + k][1 + credits.len() + b] = i64::MAX / 4;
            }
        }
    }
    for (b, &(_, price, _)) in bought.iter().enumerate() {
        cap[1 + credits.len() + b][sink] = price;
    }
    let mut total = 0;
    loop {
        let mut prev = vec![usize::MAX; n];
        prev[source] = source;
        let mut queue = std::collections::VecDeque::from([source]);
        while let Some(v) = queue.pop_front() {
            for w in 0..n {
                if prev[w] == usize::MAX && cap[v][w] > 0 {
                    prev[w] = v;
                    queue.push_back(w);
                }
            }
        }
        if prev[sink] == usize::MAX {
            return total;
        }
        let mut push = i64::MAX;
        let mut w = sink;
        while w != source {
            push = push.min(cap[prev[w]][w]);
            w = prev[w];
        }
        let mut w = sink;
        while w != source {
            cap[prev[w]][w] -= push;
            cap[w][prev[w]] += push;
            w = prev[w];
        }
        total += push;
    }
}

fn money(currency: Currency) -> impl Fn(i64) -> Money {
    move |minor| Money::from_minor(minor, currency)
}

fn currency_strategy() -> impl Strategy<Value = Currency> {
    prop_oneof![4 => Just(Currency::USD), 1 => Just(Currency::EUR)]
}

fn categories_strategy() -> impl Strategy<Value = Vec<Category>> {
    proptest::sample::subsequence(Category::ALL.to_vec(), 1..=3)
}

fn credit_strategy(amounts: RangeInclusive<i64>) -> impl Strategy<Value = (Currency, i64, Option<i64>, Vec<Category>)> {
    (currency_strategy(), amounts, proptest::option::weighted(0.8, -2i64..60), categories_strategy())
}

/// An item: currency, category index, price, want, and an optional sale (price, from, to).
type ItemDraft = (Currency, usize, i64, Want, Option<(i64, i64, i64)>);

fn item_strategy(prices: RangeInclusive<i64>) -> impl Strategy<Value = ItemDraft> {
    (
        currency_strategy(),
        0usize..5,
        prices,
        prop_oneof![1 => Just(Want::Must), 3 => Just(Want::Want), 3 => Just(Want::Maybe)],
        proptest::option::weighted(0.6, (1i64..=100, -15i64..50, 0i64..30)),
    )
}

fn request_strategy() -> impl Strategy<Value = Request> {
    request_strategy_in(1..=900, 2..=900, 800)
}

/// Small amounts, so that spending every credit exactly, with nothing out of pocket, is
/// often possible: the case the refills and the LP bounds decide at scale.
fn exact_fill_request_strategy() -> impl Strategy<Value = Request> {
    request_strategy_in(2..=15, 2..=9, 6)
}

fn request_strategy_in(
    amounts: RangeInclusive<i64>,
    prices: RangeInclusive<i64>,
    budgets: i64,
) -> impl Strategy<Value = Request> {
    (
        proptest::collection::vec(credit_strategy(amounts), 0..=6),
        proptest::collection::vec(item_strategy(prices), 0..=8),
        proptest::option::weighted(0.5, 0i64..=budgets),
        proptest::option::weighted(0.3, 0i64..=budgets),
    )
        .prop_map(|(credits, items, usd_budget, eur_budget)| {
            let day = |offset: i64| add_days(as_of(), offset);
            let credits = credits
                .into_iter()
                .enumerate()
                .map(|(n, (currency, amount, expiry, categories))| Credit {
                    id: format!("lot{n}"),
                    remaining: money(currency)(amount),
                    expires_on: expiry.map(day),
                    categories,
                })
                .collect();
            let items = items
                .into_iter()
                .enumerate()
                .map(|(n, (currency, category, price, want, sale))| Item {
                    id: n.to_string(),
                    title: format!("item {n}"),
                    category: Category::ALL[category],
                    want,
                    price: money(currency)(price),
                    sales: sale
                        .map(|(percent_off, from, length)| Sale {
                            price: money(currency)((price * (100 - percent_off.min(99)) / 100).clamp(1, price - 1)),
                            from: day(from),
                            to: day(from + length),
                        })
                        .into_iter()
                        .collect(),
                })
                .collect();
            let mut budgets = BTreeMap::new();
            if let Some(b) = usd_budget {
                budgets.insert(Currency::USD, money(Currency::USD)(b));
            }
            if let Some(b) = eur_budget {
                budgets.insert(Currency::EUR, money(Currency::EUR)(b));
            }
            Request { as_of: as_of(), credits, items, budgets, time_limit: None }
        })
}

/// Larger than brute force can check, shaped like the benchmark: whole-dollar credits,
/// prices ending in .99 or in any cents, sales, several categories and expiries. Spending
/// every credit to the cent is the hard part here, which the refills do and the
/// branch-and-bound alone does too, more slowly.
fn whole_dollar_request_strategy() -> impl Strategy<Value = Request> {
    let credit = (1i64..=5, proptest::option::weighted(0.9, 0i64..60), categories_strategy());
    let price = prop_oneof![7 => (0i64..=6).prop_map(|dollars| dollars * 100 + 99), 3 => 30i64..=900];
    let item = (
        0usize..5,
        price,
        prop_oneof![1 => Just(Want::Must), 3 => Just(Want::Want), 3 => Just(Want::Maybe)],
        proptest::option::weighted(0.5, (20i64..=70, -5i64..40, 1i64..14)),
    );
    (
        proptest::collection::vec(credit, 1..=8),
        proptest::collection::vec(item, 0..=14),
        proptest::option::weighted(0.3, 0i64..=300),
    )
        .prop_map(|(credits, items, budget)| {
            let usd = money(Currency::USD);
            let day = |offset: i64| add_days(as_of(), offset);
            let credits = credits
                .into_iter()
                .enumerate()
                .map(|(n, (dollars, expiry, categories))| Credit {
                    id: format!("lot{n}"),
                    remaining: usd(dollars * 100),
                    expires_on: expiry.map(day),
                    categories,
                })
                .collect();
            let items = items
                .into_iter()
                .enumerate()
                .map(|(n, (category, price, want, sale))| Item {
                    id: n.to_string(),
                    title: format!("item {n}"),
                    category: Category::ALL[category],
                    want,
                    price: usd(price),
                    sales: sale
                        .map(|(percent_off, from, length)| Sale {
                            price: usd((price * (100 - percent_off) / 100).clamp(1, price - 1)),
                            from: day(from),
                            to: day(from + length),
                        })
                        .into_iter()
                        .collect(),
                })
                .collect();
            let budgets = budget.map(|b| (Currency::USD, usd(b))).into_iter().collect();
            Request { as_of: as_of(), credits, items, budgets, time_limit: None }
        })
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000)
}

/// The optimizer's plan is proven, valid, as good as brute force, and at least as good as greedy.
fn matches_brute_force(request: &Request) -> Result<(), TestCaseError> {
    let exact = optimize(request).expect("valid request");
    let checked = check(request, &exact).map_err(|v| TestCaseError::fail(v.to_string()))?;
    prop_assert!(
        exact.is_proven_optimal(),
        "no time limit was set, so the plan must be proven: {:?}",
        exact.currencies
    );
    let truth = brute_force(request);
    for part in &exact.currencies {
        let best = truth[&part.currency];
        match best {
            None => {
                prop_assert!(part.infeasible.is_some(), "{}: brute force finds the musts infeasible", part.currency)
            }
            Some(best) => {
                prop_assert!(
                    part.infeasible.is_none(),
                    "{}: called infeasible, brute force found {:?}",
                    part.currency,
                    best
                );
                prop_assert_eq!(part.score, best, "{} differs from brute force", part.currency);
                prop_assert_eq!(checked.get(&part.currency).copied().unwrap_or_default(), best);
            }
        }
    }
    let baseline = greedy(request).expect("valid request");
    check(request, &baseline).map_err(|v| TestCaseError::fail(format!("greedy: {v}")))?;
    for part in &baseline.currencies {
        if part.infeasible.is_none() {
            prop_assert!(part.score <= exact.score(part.currency), "greedy beat the optimum: {:?}", part.score);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn the_optimizer_matches_brute_force_and_every_plan_is_valid(request in request_strategy()) {
        matches_brute_force(&request)?;
    }

    #[test]
    fn the_optimizer_matches_brute_force_where_credit_can_be_spent_to_the_cent(request in exact_fill_request_strategy()) {
        matches_brute_force(&request)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases() / 10, ..ProptestConfig::default() })]

    /// The refills and LP bounds against branch-and-bound alone, beyond brute force's reach.
    #[test]
    fn bounds_and_refills_agree_with_branch_and_bound(request in whole_dollar_request_strategy()) {
        let fast = optimize(&request).expect("valid request");
        check(&request, &fast).map_err(|v| TestCaseError::fail(v.to_string()))?;
        let slow = optimize_by(&request, Method::BranchAndBound).expect("valid request");
        check(&request, &slow).map_err(|v| TestCaseError::fail(format!("branch-and-bound: {v}")))?;
        prop_assert!(fast.is_proven_optimal() && slow.is_proven_optimal(), "no time limit, so both are proven");
        for part in &fast.currencies {
            prop_assert_eq!(part.score, slow.score(part.currency), "{} differs", part.currency);
            prop_assert_eq!(part.infeasible.is_some(), slow.currencies.iter().any(|p| p.currency == part.currency && p.infeasible.is_some()));
        }
    }
}

fn item(title: &str, category: Category, price: i64, want: Want, sales: Vec<Sale>) -> Item {
    Item { id: title.into(), title: title.into(), category, want, price: money(Currency::USD)(price), sales }
}

fn credit(id: &str, amount: i64, expires: Option<i64>, categories: &[Category]) -> Credit {
    Credit {
        id: id.into(),
        remaining: money(Currency::USD)(amount),
        expires_on: expires.map(|d| add_days(as_of(), d)),
        categories: categories.to_vec(),
    }
}

fn request(credits: Vec<Credit>, items: Vec<Item>, budget: Option<i64>) -> Request {
    let budgets = budget.map(|b| (Currency::USD, money(Currency::USD)(b))).into_iter().collect();
    Request { as_of: as_of(), credits, items, budgets, time_limit: None }
}

#[test]
fn the_optimum_beats_greedy_where_cheapest_first_wastes_credit() {
    // Greedy spends the $5 credit on the $2 book, then the $4 one only half fits.
    // The optimum buys the $5 album: all credit used, nothing out of pocket.
    let r = request(
        vec![credit("a", 500, Some(5), &[Category::Ebook, Category::Music])],
        vec![
            item("book", Category::Ebook, 200, Want::Want, vec![]),
            item("other book", Category::Ebook, 400, Want::Want, vec![]),
            item("album", Category::Music, 500, Want::Maybe, vec![]),
        ],
        Some(0),
    );
    let exact = optimize(&r).unwrap();
    let baseline = greedy(&r).unwrap();
    check(&r, &exact).unwrap();
    check(&r, &baseline).unwrap();
    assert_eq!(exact.score(Currency::USD), Score { credit_used: 500, out_of_pocket: 0, wants: 0, maybes: 1 });
    assert_eq!(baseline.score(Currency::USD).credit_used, 200);
}

#[test]
fn a_sale_after_the_credit_expires_is_not_worth_waiting_for() {
    let sale = Sale { price: money(Currency::USD)(150), from: add_days(as_of(), 10), to: add_days(as_of(), 20) };
    let r = request(
        vec![credit("a", 300, Some(5), &[Category::Ebook])],
        vec![item("book", Category::Ebook, 300, Want::Want, vec![sale.clone()])],
        None,
    );
    let plan = optimize(&r).unwrap();
    let p = &plan.currencies[0].purchases[0];
    assert_eq!((p.window, p.date, p.price.minor(), p.credit_minor()), (0, as_of(), 300, 300));

    // With credit that outlasts the sale, the regular price still uses more credit
    // (objective 1), but a second credit-free item shows the sale winning on objective 2.
    let r = request(
        vec![credit("a", 150, Some(30), &[Category::Ebook])],
        vec![item("book", Category::Ebook, 300, Want::Want, vec![sale])],
        None,
    );
    let plan = optimize(&r).unwrap();
    let p = &plan.currencies[0].purchases[0];
    assert_eq!((p.window, p.date, p.price.minor()), (1, add_days(as_of(), 10), 150));
}

#[test]
fn musts_that_break_the_budget_are_reported_with_what_they_need() {
    let r = request(
        vec![credit("a", 100, Some(5), &[Category::Ebook])],
        vec![
            item("must", Category::Ebook, 500, Want::Must, vec![]),
            item("x", Category::Video, 50, Want::Maybe, vec![]),
        ],
        Some(300),
    );
    let plan = optimize(&r).unwrap();
    let infeasible = plan.currencies[0].infeasible.clone().expect("infeasible");
    assert_eq!(infeasible.must_needs.minor(), 400);
    assert!(plan.currencies[0].purchases.is_empty());
    check(&r, &plan).unwrap();
}

#[test]
fn bad_requests_are_refused_with_the_reason() {
    let backwards = Sale { price: money(Currency::USD)(100), from: add_days(as_of(), 5), to: add_days(as_of(), 1) };
    let r = request(vec![], vec![item("b", Category::Ebook, 300, Want::Want, vec![backwards])], None);
    assert!(optimize(&r).unwrap_err().to_string().contains("ends before it starts"));
    let r = request(vec![], vec![item("b", Category::Ebook, 0, Want::Want, vec![])], None);
    assert!(optimize(&r).unwrap_err().to_string().contains("more than zero"));
}

/// Guards the property test against a generator that drifts into easy cases:
/// the random instances must keep exercising each rule.
#[test]
fn the_random_instances_cover_every_kind_of_case() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut seen = BTreeMap::<&str, usize>::new();
    let total = 600;
    for _ in 0..total {
        let r = request_strategy().new_tree(&mut runner).unwrap().current();
        let (exact, baseline) = (optimize(&r).unwrap(), greedy(&r).unwrap());
        let unlimited = optimize(&Request { budgets: BTreeMap::new(), ..r.clone() }).unwrap();
        for part in &exact.currencies {
            let mut saw = |what| *seen.entry(what).or_default() += 1;
            if part.infeasible.is_some() {
                saw("musts over budget");
            }
            if part.purchases.iter().any(|p| p.window > 0) {
                saw("bought on sale");
            }
            if part.purchases.iter().any(|p| p.credit_minor() > 0 && p.out_of_pocket_minor() > 0) {
                saw("partly paid by credit");
            }
            if part.purchases.iter().any(|p| p.credits.len() > 1) {
                saw("paid by several credits");
            }
            if baseline.score(part.currency).credit_used < part.score.credit_used {
                saw("greedy uses less credit");
            }
            if part.infeasible.is_none() && unlimited.score(part.currency) != part.score {
                saw("the budget changes the plan");
            }
        }
    }
    for (what, count) in &seen {
        assert!(*count * 50 >= total, "only {count} of {total} instances had {what}: {seen:?}");
    }
    assert_eq!(seen.len(), 6, "some kind of case never occurred: {seen:?}");
}
