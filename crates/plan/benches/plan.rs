//! The planner at the size the issue sets: 200 credits × 2,000 wishlist items with
//! sale windows, exact optimizer side by side with the greedy baseline.
//!
//! `cargo bench -p unspent-plan` runs it under criterion. Before timing, it prints
//! one solve per scenario: time, whether optimality was proven, and how much more
//! credit the optimum uses than greedy. The instances are generated from a fixed
//! seed, so every run solves the same problems.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use unspent_core::date::add_days;
use unspent_core::{Category, Currency, Date, Money};
use unspent_plan::{Credit, Item, Proof, Request, Sale, Want, greedy, optimize};

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> i64 {
        (self.next() % n) as i64
    }

    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64)
    }
}

const DIGITAL: [Category; 4] = [Category::Ebook, Category::Music, Category::Video, Category::App];

/// A heavy but realistic account: mostly $1-$3 No-Rush rewards for digital items,
/// some $5-$20 promotional credits for anything, Kindle $3 rewards for ebooks;
/// a wishlist of ebooks, music, video, apps and physical items, half of them with
/// one or two sales in the next three months.
fn instance(seed: u64, lots: usize, items: usize, budget: Option<i64>) -> Request {
    let mut rng = Rng(seed.max(1));
    let as_of = Date::new(2026, 1, 10).unwrap();
    let usd = |minor| Money::from_minor(minor, Currency::USD);
    let credits = (0..lots)
        .map(|n| {
            let (amount, categories) = match rng.below(100) {
                0..70 => (rng.range(1, 3) * 100, DIGITAL.to_vec()),
                70..85 => (rng.range(5, 20) * 100, Category::ALL.to_vec()),
                _ => (300, vec![Category::Ebook]),
            };
            let expires = (rng.below(100) >= 5).then(|| add_days(as_of, rng.range(1, 120)));
            Credit { id: format!("lot-{n}"), remaining: usd(amount), expires_on: expires, categories }
        })
        .collect();
    let items = (0..items)
        .map(|n| {
            let category = match rng.below(100) {
                0..50 => Category::Ebook,
                50..65 => Category::Music,
                65..80 => Category::Video,
                80..90 => Category::App,
                _ => Category::Physical,
            };
            let price = match category {
                Category::Ebook => rng.range(0, 14) * 100 + 99,
                Category::Music => rng.range(0, 12) * 100 + 99,
                Category::Video => rng.range(2, 19) * 100 + 99,
                Category::App => rng.range(0, 9) * 100 + 99,
                Category::Physical => rng.range(500, 6000),
            };
            let want = match rng.below(100) {
                0..1 => Want::Must,
                1..41 => Want::Want,
                _ => Want::Maybe,
            };
            let sale_count = match rng.below(100) {
                0..50 => 0,
                50..90 => 1,
                _ => 2,
            };
            let sales = (0..sale_count)
                .map(|_| {
                    let off = rng.range(20, 70);
                    let from = add_days(as_of, rng.range(-5, 90));
                    Sale { price: usd((price * (100 - off) / 100).max(1)), from, to: add_days(from, rng.range(1, 14)) }
                })
                .collect();
            Item { id: n.to_string(), title: format!("item {n}"), category, want, price: usd(price), sales }
        })
        .collect();
    let budgets: BTreeMap<Currency, Money> = budget.map(|b| (Currency::USD, usd(b))).into_iter().collect();
    let limit = std::env::var("PLAN_TIME_LIMIT").ok().and_then(|s| s.parse().ok()).unwrap_or(10.0);
    Request { as_of, credits, items, budgets, time_limit: Some(Duration::from_secs_f64(limit)) }
}

fn report(name: &str, request: &Request) {
    let started = Instant::now();
    let plan = optimize(request).expect("valid");
    let took = started.elapsed();
    let started = Instant::now();
    let baseline = greedy(request).expect("valid");
    let greedy_took = started.elapsed();
    unspent_plan::check(request, &plan).expect("the optimum passes the checker");
    unspent_plan::check(request, &baseline).expect("greedy passes the checker");
    let (o, g) = (plan.score(Currency::USD), baseline.score(Currency::USD));
    let proof = match plan.currencies[0].proof {
        Proof::Optimal => "proven optimal".to_string(),
        Proof::TimeLimit { stage, incumbent, bound } => {
            format!("time limit in {}: {incumbent} vs bound {bound}", stage.as_str())
        }
    };
    println!(
        "{name}: exact {took:.2?} ({proof}): credit {} oop {} wants {} maybes {} | greedy {greedy_took:.2?}: credit {} oop {} | optimum uses {} more credit (minor units)",
        o.credit_used,
        o.out_of_pocket,
        o.wants,
        o.maybes,
        g.credit_used,
        g.out_of_pocket,
        o.credit_used - g.credit_used
    );
}

fn scenarios() -> Vec<(&'static str, Request)> {
    vec![
        ("200x2000 no budget", instance(7, 200, 2000, None)),
        ("200x2000 budget $0", instance(7, 200, 2000, Some(0))),
        ("200x2000 budget $25", instance(11, 200, 2000, Some(2500))),
    ]
}

/// `PLAN_SWEEP=N`: the same report for N more seeds (from `PLAN_SWEEP_FROM`, 100 by
/// default), with and without a $0 budget, at the size or `PLAN_SWEEP_SIZE`
/// (credits x items, e.g. `500x5000`), to show how typical the fixed scenarios are.
fn sweep(seeds: u64) {
    let (mut proven, mut total, mut slowest) = (0, 0, Duration::ZERO);
    let first: u64 = std::env::var("PLAN_SWEEP_FROM").ok().and_then(|s| s.parse().ok()).unwrap_or(100);
    let size = std::env::var("PLAN_SWEEP_SIZE").unwrap_or_else(|_| "200x2000".into());
    let (lots, items) = size
        .split_once('x')
        .and_then(|(l, i)| Some((l.parse().ok()?, i.parse().ok()?)))
        .expect("PLAN_SWEEP_SIZE is credits x items, e.g. 500x5000");
    for seed in first..first + seeds {
        for budget in [None, Some(0)] {
            let request = instance(seed, lots, items, budget);
            let started = Instant::now();
            let plan = optimize(&request).expect("valid");
            let took = started.elapsed();
            unspent_plan::check(&request, &plan).expect("the optimum passes the checker");
            total += 1;
            slowest = slowest.max(took);
            if plan.is_proven_optimal() {
                proven += 1;
            }
            let name = format!("seed {seed} budget {budget:?}");
            report(&name, &request);
        }
    }
    println!("sweep: {proven} of {total} proven optimal; slowest {slowest:.2?}");
}

fn bench(c: &mut Criterion) {
    let scenarios = scenarios();
    for (name, request) in &scenarios {
        report(name, request);
    }
    if let Some(seeds) = std::env::var("PLAN_SWEEP").ok().and_then(|s| s.parse().ok()) {
        sweep(seeds);
    }
    if std::env::var_os("PLAN_REPORT_ONLY").is_some() {
        return;
    }
    let mut group = c.benchmark_group("plan");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    for (name, request) in &scenarios {
        group.bench_function(format!("exact {name}"), |b| b.iter(|| optimize(request).unwrap()));
        group.bench_function(format!("greedy {name}"), |b| b.iter(|| greedy(request).unwrap()));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
