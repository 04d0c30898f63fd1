//! The mixed-integer program for some items of one currency, and its LP relaxation.
//!
//! Variables: `y[o]` (option `o` bought, binary), `f[k][c]` (credit `k` sent to category
//! `c`'s hub at its expiry level), `g[c][j]` (credit flowing from level `j` down to `j - 1`
//! in category `c`) and `a[c][j]` (the credit that pays for the options hanging at hub
//! `(c, j)`, together). Constraints: `a[c][j] ≤ Σ price·y` over that hub's options;
//! `Σ_c f[k][c] ≤ remaining[k]`; flow balance at every hub; at most one option per item
//! (exactly one for `must`); and out of pocket `Σ price·y − Σ a ≤ budget`.
//!
//! Paying per hub rather than per option is exact: whatever credit reaches a hub can be
//! split among the options bought there in any way that gives none more than its price.
//! It keeps the model at one row per hub instead of one per option, which is what makes
//! the LP fast enough to bound every stage at the size.

use good_lp::solvers::microlp::microlp;
use good_lp::{
    Expression, ProblemVariables, ResolutionError, Solution, SolutionStatus, SolverModel, Variable,
    WithInitialSolution, WithMipGap, WithTimeLimit, constraint, variable,
};

use crate::exact::{Clock, Group};
use crate::model::Want;
use crate::network::{CATEGORIES, Instance, allocate};

/// What a solve optimizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Goal {
    MostCredit,
    LeastSpent,
    LeastOutOfPocket,
    /// The most `weights`-weighted items.
    MostPreferred(Weights),
}

/// How much a `want` and a `maybe` item count (a `must` counts nothing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Weights {
    pub want: i64,
    pub maybe: i64,
}

impl Weights {
    pub fn of(self, want: Want) -> i64 {
        match want {
            Want::Must => 0,
            Want::Want => self.want,
            Want::Maybe => self.maybe,
        }
    }
}

/// Optima of earlier stages, held fixed.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Fixed {
    pub min_credit: Option<i64>,
    pub max_spent: Option<i64>,
    pub min_preferred: Option<(Weights, i64)>,
}

pub(crate) struct StageResult {
    /// The options bought (for a relaxation: those at 1).
    pub chosen: Vec<usize>,
    /// Per option of the model (`Milp::options`), its value: 0 or 1, or in between when relaxed.
    pub values: Vec<f64>,
    pub value: f64,
    pub bound: Option<f64>,
    pub proven: bool,
}

impl StageResult {
    /// The bound of a maximization as an integer no plan can beat: rounded down, after
    /// allowing for the solver's rounding (which could only make it look lower).
    pub fn bound_floor(&self) -> i64 {
        self.bound.map_or(i64::MAX, |b| (b + rounding(b)).floor() as i64)
    }

    /// The same for a minimization: rounded up, after allowing for the solver's rounding.
    pub fn bound_ceil(&self) -> Option<i64> {
        self.bound.map(|b| (b - rounding(b)).ceil() as i64)
    }
}

/// How far a floating-point bound may be from the exact one: far more than microlp's
/// tolerances (1e-10 on each value), far less than one unit. Too large only costs a proof
/// now and then (a bound just below an integer counts as that integer); too small could
/// claim one that does not hold.
fn rounding(bound: f64) -> f64 {
    1e-4 + 1e-7 * bound.abs()
}

pub(crate) enum StageError {
    Infeasible,
    TimedOut,
}

pub(crate) struct Milp<'a> {
    instance: &'a Instance,
    groups: &'a [Group],
    budget: Option<i64>,
    /// Every option of every group, in order.
    pub options: Vec<usize>,
}

struct Vars {
    y: Vec<Variable>,
    f: Vec<[Option<Variable>; CATEGORIES]>,
    g: Vec<Vec<Option<Variable>>>,
    a: Vec<Vec<Option<Variable>>>,
}

impl<'a> Milp<'a> {
    pub fn new(instance: &'a Instance, groups: &'a [Group], budget: Option<i64>) -> Milp<'a> {
        let options = groups.iter().flat_map(|g| g.options.iter().copied()).collect();
        Milp { instance, groups, budget, options }
    }

    /// Solves the program (or, `relaxed`, its LP relaxation) for `goal` within `fixed`,
    /// from the plan `start` if given, until proven or the clock runs out.
    ///
    /// Every objective is a whole number, so a gap under one unit is a proof: the search
    /// stops there (a relative gap that is below one unit for every plan it could find)
    /// rather than chase the last fraction the floating-point bound lags by. Should the
    /// search stop on that gap without closing it (a start it rejected), it goes on
    /// with no gap.
    pub fn solve(
        &self,
        goal: Goal,
        fixed: Fixed,
        relaxed: bool,
        start: Option<&[usize]>,
        clock: &Clock,
    ) -> Result<StageResult, StageError> {
        if relaxed {
            return self.solve_once(goal, fixed, true, start, clock, 0.0);
        }
        let scale = match (goal, start) {
            (Goal::LeastSpent | Goal::LeastOutOfPocket, Some(start)) => self.objective(goal, start),
            _ => self.largest(goal),
        };
        let gap = 0.99 / scale.max(1) as f32;
        let first = self.solve_once(goal, fixed, false, start, clock, gap)?;
        if first.proven || clock.expired() {
            return Ok(first);
        }
        let chosen = first.chosen.clone();
        self.solve_once(goal, fixed, false, Some(&chosen), clock, 0.0).or(Ok(first))
    }

    /// An integer plan's objective, from its options alone (credit by max-flow).
    fn objective(&self, goal: Goal, chosen: &[usize]) -> i64 {
        let instance = self.instance;
        let spent: i64 = chosen.iter().map(|&o| instance.options[o].price).sum();
        match goal {
            Goal::MostCredit => allocate(instance, chosen).total,
            Goal::LeastSpent => spent,
            Goal::LeastOutOfPocket => spent - allocate(instance, chosen).total,
            Goal::MostPreferred(weights) => chosen.iter().map(|&o| weights.of(instance.options[o].want)).sum(),
        }
    }

    fn solve_once(
        &self,
        goal: Goal,
        fixed: Fixed,
        relaxed: bool,
        start: Option<&[usize]>,
        clock: &Clock,
        gap: f32,
    ) -> Result<StageResult, StageError> {
        let instance = self.instance;
        let levels = instance.levels.len();
        let mut problem = ProblemVariables::new();
        let single_must: Vec<bool> = self
            .groups
            .iter()
            .flat_map(|g| std::iter::repeat_n(g.must && g.options.len() == 1, g.options.len()))
            .collect();
        let y: Vec<Variable> = single_must
            .iter()
            .map(|&forced| {
                let lowest = if forced { 1.0 } else { 0.0 };
                let v = variable().min(lowest).max(1);
                problem.add(if relaxed { v } else { v.integer() })
            })
            .collect();
        // A hub is needed where an option hangs or where credit passes through on the way down.
        let mut has_option = vec![vec![false; levels]; CATEGORIES];
        for &o in &self.options {
            let opt = &instance.options[o];
            if opt.level < levels {
                has_option[opt.category][opt.level] = true;
            }
        }
        let used_categories: u8 =
            (0..CATEGORIES).filter(|&c| has_option[c].iter().any(|&h| h)).fold(0, |m, c| m | 1 << c);
        let f: Vec<[Option<Variable>; CATEGORIES]> = (0..instance.credits.len())
            .map(|k| {
                std::array::from_fn(|c| {
                    // A credit below every option of the category cannot reach any of them.
                    let lowest = has_option[c].iter().position(|&h| h);
                    let usable = instance.credit_categories[k] & used_categories & (1 << c) != 0
                        && lowest.is_some_and(|l| l <= instance.credit_level[k]);
                    usable.then(|| problem.add(variable().min(0).max(instance.credit_amount[k] as f64)))
                })
            })
            .collect();
        let g: Vec<Vec<Option<Variable>>> = (0..CATEGORIES)
            .map(|c| {
                let lowest = has_option[c].iter().position(|&h| h);
                (0..levels).map(|j| lowest.is_some_and(|l| j > l).then(|| problem.add(variable().min(0)))).collect()
            })
            .collect();
        let a: Vec<Vec<Option<Variable>>> = (0..CATEGORIES)
            .map(|c| (0..levels).map(|j| has_option[c][j].then(|| problem.add(variable().min(0)))).collect())
            .collect();
        let vars = Vars { y, f, g, a };

        let credit: Expression = vars.a.iter().flatten().flatten().map(|v| Expression::from(*v)).sum();
        let spent: Expression =
            self.options.iter().zip(&vars.y).map(|(&o, &y)| instance.options[o].price as f64 * y).sum();
        let preferred = |weights: Weights| -> Expression {
            self.options.iter().zip(&vars.y).map(|(&o, &y)| weights.of(instance.options[o].want) as f64 * y).sum()
        };
        let unsolved = match goal {
            Goal::MostCredit => problem.maximise(credit.clone()),
            Goal::LeastSpent => problem.minimise(spent.clone()),
            Goal::LeastOutOfPocket => problem.minimise(spent.clone() - credit.clone()),
            Goal::MostPreferred(weights) => problem.maximise(preferred(weights)),
        };
        let mut model = unsolved.using(microlp);
        for (k, edges) in vars.f.iter().enumerate() {
            if edges.iter().filter(|e| e.is_some()).count() > 1 {
                let out: Expression = edges.iter().flatten().map(|v| Expression::from(*v)).sum();
                model.add_constraint(constraint!(out <= instance.credit_amount[k] as f64));
            }
        }
        for c in (0..CATEGORIES).filter(|c| used_categories & (1 << c) != 0) {
            for j in 0..levels {
                let mut balance = Expression::from(0.0);
                let mut touched = false;
                for k in (0..instance.credits.len()).filter(|&k| instance.credit_level[k] == j) {
                    if let Some(v) = vars.f[k][c] {
                        balance += v;
                        touched = true;
                    }
                }
                if let Some(Some(down_from_above)) = vars.g[c].get(j + 1) {
                    balance += *down_from_above;
                    touched = true;
                }
                if let Some(down) = vars.g[c][j] {
                    balance -= down;
                    touched = true;
                }
                if let Some(paid) = vars.a[c][j] {
                    balance -= paid;
                    touched = true;
                    let here: Expression = self
                        .options
                        .iter()
                        .zip(&vars.y)
                        .filter(|&(&o, _)| instance.options[o].category == c && instance.options[o].level == j)
                        .map(|(&o, &y)| instance.options[o].price as f64 * y)
                        .sum();
                    model.add_constraint(constraint!(paid <= here));
                }
                if touched {
                    model.add_constraint(constraint!(balance == 0.0));
                }
            }
        }
        let mut offset = 0;
        for group in self.groups {
            let picks = &vars.y[offset..offset + group.options.len()];
            offset += group.options.len();
            if picks.len() > 1 {
                let sum: Expression = picks.iter().map(|v| Expression::from(*v)).sum();
                if group.must {
                    model.add_constraint(constraint!(sum == 1.0));
                } else {
                    model.add_constraint(constraint!(sum <= 1.0));
                }
            }
        }
        if let Some(budget) = self.budget {
            model.add_constraint(constraint!(spent.clone() - credit.clone() <= budget as f64));
        }
        // Fixed optima are integers: with integer choices a half-unit margin absorbs the
        // solver's rounding and admits nothing else; a relaxation gets only a rounding margin,
        // so that its bound stays as tight as the fixed values make it.
        let margin = if relaxed { 1e-6 } else { 0.5 };
        if let Some(min_credit) = fixed.min_credit {
            model.add_constraint(constraint!(credit.clone() >= min_credit as f64 - margin));
        }
        if let Some(max_spent) = fixed.max_spent {
            model.add_constraint(constraint!(spent.clone() <= max_spent as f64 + margin));
        }
        if let Some((weights, least)) = fixed.min_preferred {
            model.add_constraint(constraint!(preferred(weights) >= least as f64 - margin));
        }
        if let Some(start) = start {
            model = model.with_initial_solution(self.warm_start(&vars, start));
        }
        if gap > 0.0 {
            model = model.with_mip_gap(gap).expect("a positive, finite gap");
        }
        if let Some(seconds) = clock.remaining() {
            model = model.with_time_limit(seconds);
        }
        let solution = match model.solve() {
            Ok(solution) => solution,
            Err(ResolutionError::Infeasible) => return Err(StageError::Infeasible),
            Err(_) => return Err(StageError::TimedOut),
        };
        let values: Vec<f64> = vars.y.iter().map(|y| solution.value(*y)).collect();
        let chosen: Vec<usize> =
            self.options.iter().zip(&values).filter(|(_, v)| **v > 1.0 - 1e-6).map(|(&o, _)| o).collect();
        let optimal = matches!(solution.status(), SolutionStatus::Optimal);
        let inner = solution.into_inner();
        let bound = if relaxed { Some(inner.objective()) } else { inner.stats().best_bound };
        let mut result = StageResult { chosen, values, value: inner.objective(), bound, proven: optimal };
        if !relaxed && !optimal {
            let value = self.objective(goal, &result.chosen);
            result.proven = match goal {
                Goal::MostCredit | Goal::MostPreferred(_) => result.bound_floor() <= value,
                Goal::LeastSpent | Goal::LeastOutOfPocket => result.bound_ceil().is_some_and(|b| b >= value),
            };
        }
        Ok(result)
    }

    /// No plan's objective is larger than this, in absolute value.
    fn largest(&self, goal: Goal) -> i64 {
        let instance = self.instance;
        let most = |value: &dyn Fn(usize) -> i64| -> i64 {
            self.groups.iter().map(|g| g.options.iter().map(|&o| value(o)).max().unwrap_or(0)).sum()
        };
        match goal {
            Goal::MostCredit => instance.total_credit(),
            Goal::LeastSpent | Goal::LeastOutOfPocket => most(&|o| instance.options[o].price),
            Goal::MostPreferred(weights) => most(&|o| weights.of(instance.options[o].want)),
        }
    }

    /// A complete starting point from a choice of options, paid exactly by max-flow.
    fn warm_start(&self, vars: &Vars, start: &[usize]) -> Vec<(Variable, f64)> {
        let instance = self.instance;
        let allocation = allocate(instance, start);
        let mut values = Vec::new();
        for (n, &o) in self.options.iter().enumerate() {
            values.push((vars.y[n], if start.contains(&o) { 1.0 } else { 0.0 }));
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
        let mut paid = vec![vec![0i64; instance.levels.len()]; CATEGORIES];
        for (n, &o) in start.iter().enumerate() {
            let opt = &instance.options[o];
            if opt.level < instance.levels.len() {
                paid[opt.category][opt.level] += allocation.per_option[n];
            }
        }
        for (c, edges) in vars.a.iter().enumerate() {
            for (j, v) in edges.iter().enumerate() {
                if let Some(v) = v {
                    values.push((*v, paid[c][j] as f64));
                }
            }
        }
        values
    }
}
