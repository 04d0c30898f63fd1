//! The greedy baseline: what a careful person does by hand. `must` items are
//! bought first at their cheapest price; then the soonest-expiring credit pays
//! for the cheapest eligible item, topping up items already chosen before buying
//! new ones, and never buying something whose unpaid rest would break the budget.
//!
//! It is kept to show how much more credit the exact optimizer finds, and as a
//! starting plan for it.

use unspent_core::Money;

use crate::exact::score_of;
use crate::model::{CurrencyPlan, Infeasible, Plan, PlanError, Proof, Purchase, Request, Want};
use crate::network::{Allocation, Instance};

/// The greedy plan for every currency.
pub fn greedy(request: &Request) -> Result<Plan, PlanError> {
    request.validate()?;
    let currencies = request
        .currencies()
        .into_iter()
        .map(|currency| {
            let instance = Instance::new(request, currency);
            let groups = all_options(&instance);
            let budget = request.budget(currency);
            let run = run(&instance, groups.iter().map(|(m, o)| (*m, o.as_slice())), budget);
            let allocation = Allocation {
                total: run.paid.iter().flatten().map(|(_, a)| a).sum(),
                paid: run.paid.clone(),
                ..Allocation::default()
            };
            let score = score_of(&instance, &run.chosen, &allocation);
            if budget.is_some_and(|b| score.out_of_pocket > b) {
                return CurrencyPlan {
                    currency,
                    purchases: Vec::new(),
                    score: Default::default(),
                    proof: Proof::Optimal,
                    infeasible: Some(Infeasible {
                        currency,
                        budget: Money::from_minor(budget.unwrap_or(0), currency),
                        must_needs: Money::from_minor(score.out_of_pocket, currency),
                    }),
                };
            }
            let purchases: Vec<Purchase> = crate::exact::purchases_of(request, &instance, &run.chosen, &allocation);
            CurrencyPlan { currency, purchases, score, proof: Proof::Optimal, infeasible: None }
        })
        .collect();
    Ok(Plan { as_of: request.as_of, currencies })
}

fn all_options(instance: &Instance) -> Vec<(bool, Vec<usize>)> {
    instance
        .items
        .iter()
        .map(|&item| {
            let options: Vec<usize> =
                (0..instance.options.len()).filter(|&o| instance.options[o].item == item).collect();
            let must = options.first().is_some_and(|&o| instance.options[o].want == Want::Must);
            (must, options)
        })
        .collect()
}

/// The greedy choice among `groups` (per item: is it a must, its options), when it fits the budget.
pub(crate) fn greedy_choice<'a>(
    request: &Request,
    instance: &Instance,
    groups: impl Iterator<Item = (bool, &'a [usize])>,
) -> Option<Vec<usize>> {
    let budget = request.budget(instance.currency);
    let run = run(instance, groups, budget);
    run.within_budget.then_some(run.chosen)
}

struct Run {
    chosen: Vec<usize>,
    /// Per chosen option: (instance credit index, amount).
    paid: Vec<Vec<(usize, i64)>>,
    within_budget: bool,
}

fn run<'a>(instance: &Instance, groups: impl Iterator<Item = (bool, &'a [usize])>, budget: Option<i64>) -> Run {
    let groups: Vec<(bool, &[usize])> = groups.filter(|(_, options)| !options.is_empty()).collect();
    let opt = |o: usize| &instance.options[o];
    let mut chosen: Vec<usize> = Vec::new();
    let mut paid: Vec<Vec<(usize, i64)>> = Vec::new();
    let mut bought = vec![false; groups.len()];
    for (g, (must, options)) in groups.iter().enumerate() {
        if *must {
            let cheapest = options.iter().copied().min_by_key(|&o| (opt(o).price, opt(o).date)).expect("not empty");
            chosen.push(cheapest);
            paid.push(Vec::new());
            bought[g] = true;
        }
    }
    let mut out_of_pocket: i64 = chosen.iter().map(|&o| opt(o).price).sum();
    let within = |oop: i64| budget.is_none_or(|b| oop <= b);

    let mut lots: Vec<usize> = (0..instance.credits.len()).collect();
    lots.sort_by_key(|&k| (instance.credit_level[k], k));
    for k in lots {
        let mut left = instance.credit_amount[k];
        let can_pay = |o: usize| {
            instance.credit_level[k] >= opt(o).level && instance.credit_categories[k] & (1 << opt(o).category) != 0
        };
        while left > 0 {
            let unpaid = |n: usize| opt(chosen[n]).price - paid[n].iter().map(|(_, a)| a).sum::<i64>();
            let top_up = (0..chosen.len())
                .filter(|&n| unpaid(n) > 0 && can_pay(chosen[n]))
                .min_by_key(|&n| (opt(chosen[n]).price, n));
            if let Some(n) = top_up {
                let take = left.min(unpaid(n));
                paid[n].push((k, take));
                left -= take;
                out_of_pocket -= take;
                continue;
            }
            let next = groups
                .iter()
                .enumerate()
                .filter(|(g, _)| !bought[*g])
                .flat_map(|(g, (_, options))| options.iter().map(move |&o| (g, o)))
                .filter(|&(_, o)| can_pay(o) && within(out_of_pocket + (opt(o).price - left).max(0)))
                .min_by_key(|&(g, o)| (opt(o).price, opt(o).date, g));
            let Some((g, o)) = next else { break };
            let take = left.min(opt(o).price);
            bought[g] = true;
            chosen.push(o);
            paid.push(vec![(k, take)]);
            out_of_pocket += opt(o).price - take;
            left -= take;
        }
    }
    Run { chosen, paid, within_budget: within(out_of_pocket) }
}
