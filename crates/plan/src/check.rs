//! An independent check of a plan against every rule, written without the
//! solvers' data structures: it reads only the request and the plan.
//! Both solvers' plans pass through it before they are shown, and the property
//! tests run it on every plan they make.

use std::collections::BTreeMap;

use unspent_core::{Currency, Money};

use crate::model::{Plan, Request, Score, Want};

/// A rule a plan breaks, in words.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid plan: {0}")]
pub struct Violation(pub String);

fn fail<T>(text: String) -> Result<T, Violation> {
    Err(Violation(text))
}

/// Checks every constraint of `plan` and returns its score per currency, recomputed.
pub fn check(request: &Request, plan: &Plan) -> Result<BTreeMap<Currency, Score>, Violation> {
    let mut given: Vec<i64> = vec![0; request.credits.len()];
    let mut bought = vec![false; request.items.len()];
    let mut scores: BTreeMap<Currency, Score> = BTreeMap::new();
    let mut infeasible: Vec<Currency> = Vec::new();
    for part in &plan.currencies {
        if part.infeasible.is_some() {
            if !part.purchases.is_empty() {
                return fail(format!("{} is infeasible but has purchases", part.currency));
            }
            infeasible.push(part.currency);
        }
        for p in &part.purchases {
            let Some(item) = request.items.get(p.item) else {
                return fail(format!("purchase of unknown item #{}", p.item));
            };
            let title = &item.title;
            if item.currency() != part.currency {
                return fail(format!("`{title}` is in {} but planned under {}", item.currency(), part.currency));
            }
            if std::mem::replace(&mut bought[p.item], true) {
                return fail(format!("`{title}` is bought twice"));
            }
            let Some(window) = item.window(request.as_of, p.window) else {
                return fail(format!("`{title}` has no price window {} on or after {}", p.window, request.as_of));
            };
            if p.date < request.as_of || !window.contains(p.date) {
                return fail(format!("`{title}` bought on {} outside its window or before {}", p.date, request.as_of));
            }
            if p.price != window.price {
                return fail(format!("`{title}` costs {} in window {}, not {}", window.price, p.window, p.price));
            }
            let mut credit = 0i64;
            for &(k, amount) in &p.credits {
                let Some(lot) = request.credits.get(k) else {
                    return fail(format!("`{title}` is paid by unknown credit #{k}"));
                };
                if amount <= 0 {
                    return fail(format!("`{title}` takes a non-positive amount from {}", lot.id));
                }
                if !lot.can_pay(item.category, item.currency(), p.date) {
                    return fail(format!(
                        "credit {} cannot pay for `{title}` ({}) on {}",
                        lot.id, item.category, p.date
                    ));
                }
                given[k] += amount;
                credit += amount;
            }
            if credit > p.price.minor() {
                return fail(format!("`{title}` receives {credit} of credit, more than its price {}", p.price));
            }
            let score = scores.entry(part.currency).or_default();
            score.credit_used += credit;
            score.out_of_pocket += p.price.minor() - credit;
            match item.want {
                Want::Want => score.wants += 1,
                Want::Maybe => score.maybes += 1,
                Want::Must => {}
            }
        }
    }
    for (k, lot) in request.credits.iter().enumerate() {
        if given[k] > lot.remaining.minor() {
            return fail(format!("credit {} gives {} but has {}", lot.id, given[k], lot.remaining));
        }
    }
    for (n, item) in request.items.iter().enumerate() {
        if item.want == Want::Must && !bought[n] && !infeasible.contains(&item.currency()) {
            return fail(format!("`{}` is a must but is not bought", item.title));
        }
    }
    for (currency, score) in &scores {
        if let Some(budget) = request.budget(*currency)
            && score.out_of_pocket > budget
        {
            return fail(format!(
                "{} out of pocket exceeds the budget of {}",
                Money::from_minor(score.out_of_pocket, *currency),
                Money::from_minor(budget, *currency)
            ));
        }
    }
    for part in &plan.currencies {
        let recomputed = scores.get(&part.currency).copied().unwrap_or_default();
        if recomputed != part.score {
            return fail(format!(
                "{} totals say {:?} but the purchases add up to {recomputed:?}",
                part.currency, part.score
            ));
        }
    }
    Ok(scores)
}
