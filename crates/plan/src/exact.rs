//! The exact optimizer: a mixed-integer program per currency, solved by good_lp
//! with the pure-Rust microlp solver, one objective after the other.
//!
//! Why a MILP and not a hand-made combinatorial search: for a fixed set of
//! purchases the allocation is a flow problem (see [`crate::network`]), but
//! choosing the set is not: with a budget of zero, "which items can credit pay
//! for entirely" is subset-sum, so no polynomial method is known and any exact
//! method is a branch-and-bound. An LP-based branch-and-bound on the compact
//! flow formulation gives strong bounds, a time limit with a proven gap, and a
//! model short enough to read; microlp needs no C toolchain.
//!
//! The objectives are lexicographic, so they are solved in sequence rather than
//! as one weighted sum (weights of 10^12 would defeat a floating-point solver's
//! tolerances): (1) the most credit used, (2) with that much credit, the least
//! spent (out of pocket = spent − credit), (3) with both fixed, the most `want`
//! then `maybe` items. Each optimum is an integer, so it is fixed for the next
//! stage with a half-unit margin, which absorbs the solver's rounding and admits
//! no other integer. The solver's floats never reach the plan: its choice of
//! purchases is re-paid exactly by integer max-flow, and the scores are recomputed
//! from that.
//!
//! Shortcuts that keep the solver's work small, each exact:
//! - Without a budget, stage 1 is a max-flow: every item at its regular price on
//!   the plan's day can take at least as much credit as at any sale (a sale is
//!   cheaper and later, validated), so buying everything that way reaches the most
//!   credit any plan can use.
//! - With a budget, the plan without one is tried first: if it fits the budget it
//!   is optimal with the budget too.
//! - Items no credit can pay for are left out unless they are `must`.
//! - Without a budget, categories linked by no credit are independent problems.

use std::time::{Duration, Instant};

use good_lp::solvers::microlp::microlp;
use good_lp::{
    Expression, ProblemVariables, ResolutionError, Solution, SolutionStatus, SolverModel, Variable,
    WithInitialSolution, WithTimeLimit, constraint, variable,
};
use unspent_core::Money;

use crate::model::{CurrencyPlan, Infeasible, Plan, PlanError, Proof, Purchase, Request, Score, Stage, Want};
use crate::network::{Allocation, CATEGORIES, Filler, Instance, allocate};

/// The optimal plan (or, past the request's time limit, the best found with its proven gap).
pub fn optimize(request: &Request) -> Result<Plan, PlanError> {
    request.validate()?;
    let clock = Clock::new(request.time_limit);
    let currencies = request
        .currencies()
        .into_iter()
        .map(|currency| {
            let instance = Instance::new(request, currency);
            solve_currency(request, &instance, &clock)
        })
        .collect();
    Ok(Plan { as_of: request.as_of, currencies })
}

/// The time budget. The only clock this crate reads is this monotonic timer,
/// and only when the user set a limit: results never depend on it otherwise.
struct Clock {
    deadline: Option<Instant>,
}

impl Clock {
    fn new(limit: Option<Duration>) -> Clock {
        Clock { deadline: limit.map(|l| Instant::now() + l) }
    }

    fn remaining(&self) -> Option<f64> {
        self.deadline.map(|d| d.saturating_duration_since(Instant::now()).as_secs_f64().max(0.001))
    }
}

fn solve_currency(request: &Request, instance: &Instance, clock: &Clock) -> CurrencyPlan {
    let groups = item_groups(instance);
    let budget = request.budget(instance.currency);
    let free = solve_without_budget(instance, &groups, clock);
    let fits = budget.is_none_or(|b| free.score.out_of_pocket <= b);
    let outcome = if fits { free } else { solve_with_budget(request, instance, &groups, budget.unwrap_or(0), clock) };
    outcome.into_plan(request, instance)
}

/// One item and the options worth considering for it.
#[derive(Clone, Debug)]
struct Group {
    must: bool,
    /// Indices into `instance.options`.
    options: Vec<usize>,
}

/// Per item: the options credit can pay for, plus (for a `must` item) its cheapest option
/// when none can be paid with credit, since it is bought anyway.
fn item_groups(instance: &Instance) -> Vec<Group> {
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

/// Stages 1-3 with no budget: stage 1 by max-flow, then each independent part by MILP.
fn solve_without_budget(instance: &Instance, groups: &[Group], clock: &Clock) -> Outcome {
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
        let milp = Milp::new(instance, &part, None);
        let (picked, part_proof) = milp.stages_after_credit(most_credit, start, clock);
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

fn solve_with_budget(request: &Request, instance: &Instance, groups: &[Group], budget: i64, clock: &Clock) -> Outcome {
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
    match milp.solve(Goal::MostCredit, Fixed::default(), start.as_deref(), clock) {
        Err(StageError::Infeasible) => {
            let musts: Vec<Group> = groups.iter().filter(|g| g.must).cloned().collect();
            let needs = Milp::new(instance, &musts, None)
                .solve(Goal::LeastOutOfPocket, Fixed::default(), None, &Clock::new(None))
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
        Err(StageError::TimedOut { bound }) => {
            let chosen = start.unwrap_or_default();
            let result = outcome(instance, chosen, Proof::Optimal);
            let incumbent = result.score.credit_used;
            Outcome {
                proof: Proof::TimeLimit {
                    stage: Stage::CreditUsed,
                    incumbent,
                    bound: bound.unwrap_or(instance.total_credit()),
                },
                ..result
            }
        }
        Ok(first) => {
            let credit = exact_credit(instance, &first.chosen);
            if !first.proven {
                let proof =
                    Proof::TimeLimit { stage: Stage::CreditUsed, incumbent: credit, bound: first.bound_floor() };
                return outcome(instance, first.chosen, proof);
            }
            let (chosen, proof) = milp.stages_after_credit(credit, first.chosen, clock);
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

/// What the current stage optimizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Goal {
    MostCredit,
    LeastSpent,
    MostPreferred,
    LeastOutOfPocket,
}

/// Optima of earlier stages, held fixed.
#[derive(Clone, Copy, Debug, Default)]
struct Fixed {
    min_credit: Option<i64>,
    max_spent: Option<i64>,
}

struct StageResult {
    chosen: Vec<usize>,
    value: f64,
    bound: Option<f64>,
    proven: bool,
}

impl StageResult {
    fn bound_floor(&self) -> i64 {
        self.bound.map_or(i64::MAX, |b| (b + 1e-6).floor() as i64)
    }
}

enum StageError {
    Infeasible,
    TimedOut { bound: Option<i64> },
}

/// The mixed-integer program for some items of one currency.
///
/// Variables: `y[o]` (option `o` bought, binary), `a[o]` (credit it gets, 0..price),
/// `f[k][c]` (credit `k` sent to category `c`'s hub at its expiry level), `g[c][j]`
/// (credit flowing from level `j` down to `j - 1` in category `c`). Constraints:
/// `a[o] ≤ price·y[o]`; `Σ_c f[k][c] ≤ remaining[k]`; flow balance at every hub; at most one
/// option per item (exactly one for `must`); and out of pocket `Σ price·y − Σ a ≤ budget`.
struct Milp<'a> {
    instance: &'a Instance,
    groups: &'a [Group],
    budget: Option<i64>,
}

struct Vars {
    y: Vec<Variable>,
    a: Vec<Option<Variable>>,
    f: Vec<[Option<Variable>; CATEGORIES]>,
    g: Vec<Vec<Option<Variable>>>,
    /// `options[n]` is the instance option behind `y[n]`.
    options: Vec<usize>,
}

impl<'a> Milp<'a> {
    fn new(instance: &'a Instance, groups: &'a [Group], budget: Option<i64>) -> Milp<'a> {
        Milp { instance, groups, budget }
    }

    /// Stages 2 and 3, given the most credit stage 1 found, from a starting choice.
    fn stages_after_credit(&self, credit: i64, start: Vec<usize>, clock: &Clock) -> (Vec<usize>, Proof) {
        let fixed = Fixed { min_credit: Some(credit), max_spent: None };
        let second = match self.solve(Goal::LeastSpent, fixed, Some(&start), clock) {
            Ok(result) => result,
            Err(_) => {
                let spent = self.spent(&start);
                let proof = Proof::TimeLimit { stage: Stage::OutOfPocket, incumbent: spent - credit, bound: 0 };
                return (start, proof);
            }
        };
        let spent = self.spent(&second.chosen);
        if !second.proven {
            let bound = second.bound.map_or(credit, |b| (b - 1e-6).ceil() as i64);
            let proof =
                Proof::TimeLimit { stage: Stage::OutOfPocket, incumbent: spent - credit, bound: bound - credit };
            return (second.chosen, proof);
        }
        let fixed = Fixed { min_credit: Some(credit), max_spent: Some(spent) };
        match self.solve(Goal::MostPreferred, fixed, Some(&second.chosen), clock) {
            Ok(third) if third.proven => (third.chosen, Proof::Optimal),
            Ok(third) => {
                let preference = self.preference(&third.chosen);
                let bound = third.bound_floor();
                (third.chosen, Proof::TimeLimit { stage: Stage::Preference, incumbent: preference, bound })
            }
            Err(_) => {
                let preference = self.preference(&second.chosen);
                (second.chosen, Proof::TimeLimit { stage: Stage::Preference, incumbent: preference, bound: i64::MAX })
            }
        }
    }

    fn spent(&self, chosen: &[usize]) -> i64 {
        chosen.iter().map(|&o| self.instance.options[o].price).sum()
    }

    /// Stage 3's objective: `want` items weigh more than all `maybe` items together.
    fn weight(&self, o: usize) -> i64 {
        let maybes =
            self.groups.iter().filter(|g| self.instance.options[g.options[0]].want == Want::Maybe).count() as i64;
        match self.instance.options[o].want {
            Want::Must => 0,
            Want::Want => maybes + 1,
            Want::Maybe => 1,
        }
    }

    fn preference(&self, chosen: &[usize]) -> i64 {
        chosen.iter().map(|&o| self.weight(o)).sum()
    }

    fn solve(
        &self,
        goal: Goal,
        fixed: Fixed,
        start: Option<&[usize]>,
        clock: &Clock,
    ) -> Result<StageResult, StageError> {
        let instance = self.instance;
        let levels = instance.levels.len();
        let mut problem = ProblemVariables::new();
        let options: Vec<usize> = self.groups.iter().flat_map(|g| g.options.iter().copied()).collect();
        let y: Vec<Variable> = options.iter().map(|_| problem.add(variable().binary())).collect();
        let a: Vec<Option<Variable>> = options
            .iter()
            .map(|&o| {
                let opt = &instance.options[o];
                (opt.level < levels).then(|| problem.add(variable().min(0).max(opt.price as f64)))
            })
            .collect();
        let used_categories: u8 = options.iter().fold(0, |m, &o| m | 1 << instance.options[o].category);
        let f: Vec<[Option<Variable>; CATEGORIES]> = (0..instance.credits.len())
            .map(|k| {
                std::array::from_fn(|c| {
                    let usable = instance.credit_categories[k] & used_categories & (1 << c) != 0;
                    usable.then(|| problem.add(variable().min(0).max(instance.credit_amount[k] as f64)))
                })
            })
            .collect();
        let g: Vec<Vec<Option<Variable>>> = (0..CATEGORIES)
            .map(|c| {
                (0..levels)
                    .map(|j| (j >= 1 && used_categories & (1 << c) != 0).then(|| problem.add(variable().min(0))))
                    .collect()
            })
            .collect();
        let vars = Vars { y, a, f, g, options };

        let credit: Expression = vars.a.iter().flatten().map(|v| Expression::from(*v)).sum();
        let spent: Expression =
            vars.options.iter().zip(&vars.y).map(|(&o, &y)| instance.options[o].price as f64 * y).sum();
        let objective: Expression = match goal {
            Goal::MostCredit => credit.clone(),
            Goal::LeastSpent => spent.clone(),
            Goal::MostPreferred => vars.options.iter().zip(&vars.y).map(|(&o, &y)| self.weight(o) as f64 * y).sum(),
            Goal::LeastOutOfPocket => spent.clone() - credit.clone(),
        };
        let unsolved = match goal {
            Goal::MostCredit | Goal::MostPreferred => problem.maximise(objective),
            Goal::LeastSpent | Goal::LeastOutOfPocket => problem.minimise(objective),
        };
        let mut model = unsolved.using(microlp);
        for (n, &o) in vars.options.iter().enumerate() {
            if let Some(a) = vars.a[n] {
                model.add_constraint(constraint!(a <= instance.options[o].price as f64 * vars.y[n]));
            }
        }
        for (k, edges) in vars.f.iter().enumerate() {
            let out: Expression = edges.iter().flatten().map(|v| Expression::from(*v)).sum();
            if edges.iter().any(Option::is_some) {
                model.add_constraint(constraint!(out <= instance.credit_amount[k] as f64));
            }
        }
        for c in (0..CATEGORIES).filter(|c| used_categories & (1 << c) != 0) {
            for j in 0..levels {
                let mut balance = Expression::from(0.0);
                for k in (0..instance.credits.len()).filter(|&k| instance.credit_level[k] == j) {
                    if let Some(v) = vars.f[k][c] {
                        balance += v;
                    }
                }
                if let Some(Some(down_from_above)) = vars.g[c].get(j + 1) {
                    balance += *down_from_above;
                }
                if let Some(down) = vars.g[c][j] {
                    balance -= down;
                }
                for (n, &o) in vars.options.iter().enumerate() {
                    let opt = &instance.options[o];
                    if opt.category == c && opt.level == j {
                        balance -= vars.a[n].expect("a payable option has a credit variable");
                    }
                }
                model.add_constraint(constraint!(balance == 0.0));
            }
        }
        let mut offset = 0;
        for group in self.groups {
            let picks: Expression =
                vars.y[offset..offset + group.options.len()].iter().map(|v| Expression::from(*v)).sum();
            offset += group.options.len();
            if group.must {
                model.add_constraint(constraint!(picks == 1.0));
            } else {
                model.add_constraint(constraint!(picks <= 1.0));
            }
        }
        if let Some(budget) = self.budget {
            model.add_constraint(constraint!(spent.clone() - credit.clone() <= budget as f64));
        }
        if let Some(min_credit) = fixed.min_credit {
            model.add_constraint(constraint!(credit.clone() >= min_credit as f64 - 0.5));
        }
        if let Some(max_spent) = fixed.max_spent {
            model.add_constraint(constraint!(spent.clone() <= max_spent as f64 + 0.5));
        }
        if let Some(start) = start {
            model = model.with_initial_solution(self.warm_start(&vars, start));
        }
        if let Some(seconds) = clock.remaining() {
            model = model.with_time_limit(seconds);
        }
        let solution = match model.solve() {
            Ok(solution) => solution,
            Err(ResolutionError::Infeasible) => return Err(StageError::Infeasible),
            Err(_) => return Err(StageError::TimedOut { bound: None }),
        };
        let chosen: Vec<usize> =
            vars.options.iter().zip(&vars.y).filter(|(_, y)| solution.value(**y) > 0.5).map(|(&o, _)| o).collect();
        let proven = matches!(solution.status(), SolutionStatus::Optimal);
        let inner = solution.into_inner();
        Ok(StageResult { chosen, value: inner.objective(), bound: inner.stats().best_bound, proven })
    }

    /// A complete starting point from a choice of options, paid exactly by max-flow.
    fn warm_start(&self, vars: &Vars, start: &[usize]) -> Vec<(Variable, f64)> {
        let instance = self.instance;
        let allocation = allocate(instance, start);
        let mut values = Vec::new();
        for (n, &o) in vars.options.iter().enumerate() {
            let position = start.iter().position(|&s| s == o);
            values.push((vars.y[n], if position.is_some() { 1.0 } else { 0.0 }));
            if let Some(a) = vars.a[n] {
                values.push((a, position.map_or(0.0, |p| allocation.per_option[p] as f64)));
            }
        }
        for (k, edges) in vars.f.iter().enumerate() {
            for (c, v) in edges.iter().enumerate() {
                if let Some(v) = v {
                    values.push((*v, allocation.credit_to_hub[k][c] as f64));
                }
            }
        }
        for (c, edges) in vars.g.iter().enumerate() {
            for (j, v) in edges.iter().enumerate() {
                if let Some(v) = v {
                    values.push((*v, allocation.chain[c][j] as f64));
                }
            }
        }
        values
    }
}
