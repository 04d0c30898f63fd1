//! `unspent plan`, `unspent codes [check]` and `unspent points`: the planner's views.

use std::collections::BTreeMap;
use std::time::Duration;

use comfy_table::Cell;
use serde::Serialize;
use unspent_core::ledger::{ExpiryBasis, Ledger};
use unspent_core::{Currency, Date, EventKind, Money, MoneyStyle, ProgramId};
use unspent_plan::codes::{Code, Verdict, check_codes};
use unspent_plan::{Credit, Item, Plan, Proof, Request, Sale, Want};

use super::list::ledger;
use super::parse_money;
use crate::args::{CodesArgs, CodesCommand, PlanArgs, PlanOptions, PointsArgs};
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{self, print_json, print_table, table};

/// The request for the planner: expiring lots on the day, the wishlist, budgets.
async fn request(ctx: &Context, options: &PlanOptions) -> Result<(Request, Ledger)> {
    let as_of = ctx.date_or_today("--as-of", options.as_of.as_deref())?;
    if !(options.time_limit > 0.0 && options.time_limit <= 86_400.0) {
        return Err(CliError::input("--time-limit takes a number of seconds between 0 and 86400"));
    }
    let ledger = ledger(ctx).await?;
    let credits: Vec<Credit> = ledger
        .active_lots(as_of, None)
        .into_iter()
        .filter(|l| options.all_credits || l.expiry_basis != ExpiryBasis::Never)
        .map(|l| Credit {
            id: l.id.clone(),
            remaining: l.remaining_on(as_of),
            expires_on: l.expires_on,
            categories: l.categories.clone(),
        })
        .collect();
    let items: Vec<Item> = ctx
        .store
        .wishes()
        .await?
        .into_iter()
        .map(|w| Item {
            id: w.id.to_string(),
            title: w.title,
            category: w.category,
            want: w.want.parse().unwrap_or(Want::Want),
            price: w.price,
            sales: w.sales.into_iter().map(|s| Sale { price: s.price, from: s.from, to: s.to }).collect(),
        })
        .collect();
    let mut currencies: Vec<Currency> =
        credits.iter().map(Credit::currency).chain(items.iter().map(Item::currency)).collect();
    currencies.sort();
    currencies.dedup();
    let mut budgets: BTreeMap<Currency, Money> = BTreeMap::new();
    for text in &options.budget {
        let plain = text.trim().chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ','));
        if plain {
            for &currency in &currencies {
                budgets.insert(currency, parse_money(text, Some(currency.code())).map_err(budget_error)?);
            }
        } else {
            let money = parse_money(text, None).map_err(budget_error)?;
            budgets.insert(money.currency(), money);
        }
    }
    if let Some(negative) = budgets.values().find(|b| b.is_negative()) {
        return Err(CliError::input(format!("--budget cannot be negative ({negative})")));
    }
    let request =
        Request { as_of, credits, items, budgets, time_limit: Some(Duration::from_secs_f64(options.time_limit)) };
    Ok((request, ledger))
}

fn budget_error(e: CliError) -> CliError {
    CliError::input(e.to_string().replace("--amount", "--budget"))
}

/// The exact plan and the greedy one, both checked independently.
fn solve(request: &Request) -> Result<(Plan, Plan)> {
    let exact = unspent_plan::optimize(request).map_err(CliError::input)?;
    let greedy = unspent_plan::greedy(request).map_err(CliError::input)?;
    unspent_plan::check(request, &exact)
        .map_err(|v| CliError::internal(format!("the optimizer made an {v}: please report this")))?;
    unspent_plan::check(request, &greedy)
        .map_err(|v| CliError::internal(format!("the greedy baseline made an {v}: please report this")))?;
    Ok((exact, greedy))
}

#[derive(Serialize)]
struct PlanJson {
    as_of: String,
    proven_optimal: bool,
    purchases: Vec<PurchaseJson>,
    /// Decimal strings when the plan is in one currency; objects keyed by currency otherwise.
    credit_used: serde_json::Value,
    out_of_pocket: serde_json::Value,
    credit_expiring_unused: serde_json::Value,
    currency: Option<&'static str>,
    by_currency: Vec<TotalsJson>,
    unused: Vec<UnusedJson>,
}

#[derive(Serialize)]
struct PurchaseJson {
    item: String,
    item_id: String,
    category: &'static str,
    want: &'static str,
    date: String,
    /// The last day this purchase can be made and still be paid as planned.
    buy_by: Option<String>,
    window: &'static str,
    price: String,
    currency: &'static str,
    credit: String,
    out_of_pocket: String,
    credits: Vec<CreditUseJson>,
}

#[derive(Serialize)]
struct CreditUseJson {
    lot: String,
    amount: String,
}

#[derive(Serialize)]
struct TotalsJson {
    currency: &'static str,
    credit_used: String,
    out_of_pocket: String,
    credit_expiring_unused: String,
    greedy_credit_used: String,
    more_than_greedy: String,
    budget: Option<String>,
    optimality: OptimalityJson,
    infeasible: Option<String>,
}

#[derive(Serialize)]
struct OptimalityJson {
    proven: bool,
    /// Which objective the time limit interrupted: credit_used, out_of_pocket or preference.
    stage: Option<&'static str>,
    incumbent: Option<String>,
    bound: Option<String>,
}

#[derive(Serialize)]
struct UnusedJson {
    lot: String,
    amount: String,
    currency: &'static str,
    expires_on: Option<String>,
    reason: String,
}

/// Per currency: the plan's totals, and each credit left over with why.
struct Summary {
    totals: Vec<TotalsJson>,
    unused: Vec<UnusedJson>,
}

fn summarize(request: &Request, exact: &Plan, greedy: &Plan) -> Summary {
    let mut used: Vec<i64> = vec![0; request.credits.len()];
    for p in exact.purchases() {
        for &(k, amount) in &p.credits {
            used[k] += amount;
        }
    }
    let mut unused = Vec::new();
    let mut expiring_unused: BTreeMap<Currency, i64> = BTreeMap::new();
    for (k, credit) in request.credits.iter().enumerate() {
        let left = credit.remaining.minor() - used[k];
        if left <= 0 {
            continue;
        }
        if credit.expires_on.is_some() {
            *expiring_unused.entry(credit.currency()).or_default() += left;
        }
        unused.push(UnusedJson {
            lot: credit.id.clone(),
            amount: Money::from_minor(left, credit.currency()).to_decimal_string(),
            currency: credit.currency().code(),
            expires_on: credit.expires_on.map(|d| d.to_string()),
            reason: why_unused(request, exact, credit),
        });
    }
    let totals = exact
        .currencies
        .iter()
        .map(|part| {
            let c = part.currency;
            let m = |minor: i64| Money::from_minor(minor, c).to_decimal_string();
            let greedy_used = greedy.score(c).credit_used;
            let optimality = match part.proof {
                Proof::Optimal => OptimalityJson { proven: true, stage: None, incumbent: None, bound: None },
                Proof::TimeLimit { stage, incumbent, bound } => {
                    let show = |v: i64| match stage {
                        unspent_plan::Stage::Preference => v.to_string(),
                        _ => m(v),
                    };
                    OptimalityJson {
                        proven: false,
                        stage: Some(stage.as_str()),
                        incumbent: Some(show(incumbent)),
                        bound: (bound != i64::MAX).then(|| show(bound)),
                    }
                }
            };
            TotalsJson {
                currency: c.code(),
                credit_used: m(part.score.credit_used),
                out_of_pocket: m(part.score.out_of_pocket),
                credit_expiring_unused: m(expiring_unused.get(&c).copied().unwrap_or(0)),
                greedy_credit_used: m(greedy_used),
                more_than_greedy: m(part.score.credit_used - greedy_used),
                budget: request.budgets.get(&c).map(|b| b.to_decimal_string()),
                optimality,
                infeasible: part.infeasible.as_ref().map(|i| {
                    format!(
                        "the must items need at least {} out of pocket, over the budget of {}: nothing is planned in {c}",
                        i.must_needs, i.budget
                    )
                }),
            }
        })
        .collect();
    Summary { totals, unused }
}

fn why_unused(request: &Request, plan: &Plan, credit: &Credit) -> String {
    let cats = credit.categories.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ");
    let can_pay_something = request.items.iter().any(|item| {
        item.windows(request.as_of)
            .into_iter()
            .flatten()
            .any(|w| credit.can_pay(item.category, item.currency(), w.first_day))
    });
    if credit.expires_on.is_none() && !can_pay_something {
        return format!("no wished-for item it can pay for ({cats}); it does not expire");
    }
    if !can_pay_something {
        let by = credit.expires_on.map(|d| format!(" before {d}")).unwrap_or_default();
        return format!("no wished-for item it can pay for ({cats}) can be bought{by}");
    }
    let part = plan.currencies.iter().find(|p| p.currency == credit.currency());
    if part.is_some_and(|p| p.infeasible.is_some()) {
        return "the must items do not fit the budget, so nothing is planned".into();
    }
    if request.budgets.contains_key(&credit.currency()) {
        return "every item it could pay for is bought already or would exceed the budget".into();
    }
    "every item it could pay for is already paid by credit".into()
}

fn totals_value(totals: &[TotalsJson], pick: impl Fn(&TotalsJson) -> &String) -> serde_json::Value {
    match totals {
        [one] => serde_json::Value::String(pick(one).clone()),
        many => serde_json::Value::Object(
            many.iter().map(|t| (t.currency.to_string(), serde_json::Value::String(pick(t).clone()))).collect(),
        ),
    }
}

fn purchases_json(request: &Request, plan: &Plan) -> Vec<PurchaseJson> {
    plan.purchases()
        .map(|p| {
            let item = &request.items[p.item];
            let c = p.price.currency();
            let window = item.window(request.as_of, p.window);
            let lots_end = p.credits.iter().filter_map(|&(k, _)| request.credits[k].expires_on).min();
            let buy_by = [window.and_then(|w| w.last_day), lots_end].into_iter().flatten().min();
            PurchaseJson {
                item: item.title.clone(),
                item_id: item.id.clone(),
                category: item.category.as_str(),
                want: item.want.as_str(),
                date: p.date.to_string(),
                buy_by: buy_by.map(|d| d.to_string()),
                window: if p.window == 0 { "regular" } else { "sale" },
                price: p.price.to_decimal_string(),
                currency: c.code(),
                credit: Money::from_minor(p.credit_minor(), c).to_decimal_string(),
                out_of_pocket: Money::from_minor(p.out_of_pocket_minor(), c).to_decimal_string(),
                credits: p
                    .credits
                    .iter()
                    .map(|&(k, amount)| CreditUseJson {
                        lot: request.credits[k].id.clone(),
                        amount: Money::from_minor(amount, c).to_decimal_string(),
                    })
                    .collect(),
            }
        })
        .collect()
}

pub async fn plan(ctx: &Context, args: PlanArgs) -> Result<()> {
    let (request, _) = request(ctx, &args.options).await?;
    let (exact, greedy) = solve(&request)?;
    let summary = summarize(&request, &exact, &greedy);
    let purchases = purchases_json(&request, &exact);
    let infeasible: Vec<String> = summary.totals.iter().filter_map(|t| t.infeasible.clone()).collect();
    if args.list.json {
        print_json(&PlanJson {
            as_of: request.as_of.to_string(),
            proven_optimal: exact.is_proven_optimal(),
            credit_used: totals_value(&summary.totals, |t| &t.credit_used),
            out_of_pocket: totals_value(&summary.totals, |t| &t.out_of_pocket),
            credit_expiring_unused: totals_value(&summary.totals, |t| &t.credit_expiring_unused),
            currency: match summary.totals.as_slice() {
                [one] => Some(one.currency),
                _ => None,
            },
            purchases,
            by_currency: summary.totals,
            unused: summary.unused,
        })?;
    } else {
        print_plan(ctx, &request, &purchases, &summary)?;
    }
    match infeasible.first() {
        Some(reason) => Err(CliError::input(reason)),
        None => Ok(()),
    }
}

fn print_plan(ctx: &Context, request: &Request, purchases: &[PurchaseJson], summary: &Summary) -> Result<()> {
    if request.items.is_empty() {
        output::println(
            "The wishlist is empty: add what you would buy with `unspent wish add` or `unspent wish import`.",
        )?;
    }
    if request.credits.is_empty() {
        output::println(format!("No expiring credit on {} to plan with.", request.as_of))?;
    }
    if !purchases.is_empty() {
        output::println(format!("Plan as of {}: buy these", request.as_of))?;
        let mut t = table(ctx.color, &["item", "on", "buy by", "price", "credit", "you pay", "credits used"]);
        for p in purchases {
            let sale = if p.window == "sale" { " (sale)" } else { "" };
            let lots = p.credits.iter().map(|c| format!("{} {}", c.lot, c.amount)).collect::<Vec<_>>().join(", ");
            t.add_row(vec![
                Cell::new(&p.item),
                Cell::new(&p.date),
                Cell::new(p.buy_by.clone().unwrap_or_default()),
                Cell::new(format!("{} {}{sale}", p.price, p.currency)),
                Cell::new(&p.credit),
                Cell::new(&p.out_of_pocket),
                Cell::new(lots),
            ]);
        }
        print_table(&t)?;
    }
    for t in &summary.totals {
        if let Some(reason) = &t.infeasible {
            output::println(format!("No plan in {}: {reason}.", t.currency))?;
            continue;
        }
        output::println(format!(
            "{}: credit used {}, out of pocket {}, credit that will expire unused {}.",
            t.currency, t.credit_used, t.out_of_pocket, t.credit_expiring_unused
        ))?;
        output::println(format!(
            "  Greedy (soonest-expiring credit to the cheapest item) would use {}: the optimum uses {} more.",
            t.greedy_credit_used, t.more_than_greedy
        ))?;
        if !t.optimality.proven {
            output::println(format!(
                "  Not proven optimal within the time limit: stopped while improving {} ({} found, proven bound {}). Raise --time-limit to search longer.",
                t.optimality.stage.unwrap_or(""),
                t.optimality.incumbent.clone().unwrap_or_default(),
                t.optimality.bound.clone().unwrap_or_else(|| "unknown".into())
            ))?;
        }
    }
    if !summary.unused.is_empty() {
        output::println("Credit left over:")?;
        for u in &summary.unused {
            let expires = u.expires_on.as_deref().map(|d| format!(", expires {d}")).unwrap_or_default();
            output::println(format!("  {} {} {}{expires}: {}", u.lot, u.amount, u.currency, u.reason))?;
        }
    }
    Ok(())
}

/// Saved codes: from `code` events (mail or `add code`), trusted evidence only.
async fn saved_codes(ctx: &Context) -> Result<Vec<Code>> {
    Ok(ctx
        .store
        .events()
        .await?
        .into_iter()
        .filter(|r| r.event.kind == EventKind::Code && r.evidence.trust.counts())
        .filter_map(|r| {
            Some(Code {
                id: r.id.clone(),
                code: r.event.code.clone()?,
                amount: r.event.amount,
                percent_off: r.event.percent_off,
                min_purchase: r.event.min_purchase,
                categories: r.event.categories.clone(),
                expires_on: r.event.expires_on,
            })
        })
        .collect())
}

#[derive(Serialize)]
struct CodeJson {
    id: String,
    code: String,
    amount: Option<String>,
    currency: Option<&'static str>,
    percent_off: Option<u32>,
    min_purchase: Option<String>,
    categories: Option<Vec<&'static str>>,
    expires_on: Option<String>,
    status: &'static str,
}

fn code_json(code: &Code, today: Date) -> CodeJson {
    CodeJson {
        id: code.id.clone(),
        code: code.code.clone(),
        amount: code.amount.map(Money::to_decimal_string),
        currency: code.amount.or(code.min_purchase).map(|m| m.currency().code()),
        percent_off: code.percent_off,
        min_purchase: code.min_purchase.map(Money::to_decimal_string),
        categories: code.categories.as_ref().map(|c| c.iter().map(|c| c.as_str()).collect()),
        expires_on: code.expires_on.map(|d| d.to_string()),
        status: if code.expires_on.is_some_and(|e| e < today) { "expired" } else { "active" },
    }
}

fn terms(code: &Code) -> String {
    let off = match (code.amount, code.percent_off) {
        (Some(a), _) => format!("{} off", a.format(MoneyStyle::Symbol, true)),
        (None, Some(p)) => format!("{p}% off"),
        (None, None) => "no stated discount".into(),
    };
    let min = code.min_purchase.map(|m| format!(", min {}", m.format(MoneyStyle::Symbol, true))).unwrap_or_default();
    let cats = code
        .categories
        .as_ref()
        .map(|c| format!(", {}", c.iter().map(|c| c.as_str()).collect::<Vec<_>>().join("/")))
        .unwrap_or_default();
    format!("{off}{min}{cats}")
}

pub async fn codes(ctx: &Context, args: CodesArgs) -> Result<()> {
    let codes = saved_codes(ctx).await?;
    match args.command {
        Some(CodesCommand::Check(check)) => {
            codes_check(ctx, &codes, check.options, check.list.json || args.list.json).await
        }
        None => {
            if args.list.json {
                return print_json(&codes.iter().map(|c| code_json(c, ctx.today)).collect::<Vec<_>>());
            }
            if codes.is_empty() {
                return output::println("No promo codes saved. Scan your mail, or `unspent add code --code CODE …`.");
            }
            let mut t = table(ctx.color, &["code", "terms", "expires", "status", "id"]);
            for c in &codes {
                let j = code_json(c, ctx.today);
                t.add_row(vec![
                    Cell::new(&c.code),
                    Cell::new(terms(c)),
                    Cell::new(j.expires_on.unwrap_or_else(|| "not stated".into())),
                    Cell::new(j.status),
                    Cell::new(&c.id),
                ]);
            }
            print_table(&t)
        }
    }
}

#[derive(Serialize)]
struct CodeCheckJson {
    code: String,
    id: String,
    applies: bool,
    day: Option<String>,
    saving: Option<String>,
    currency: Option<&'static str>,
    items: Vec<String>,
    reason: Option<String>,
}

async fn codes_check(ctx: &Context, codes: &[Code], options: PlanOptions, json: bool) -> Result<()> {
    let (request, _) = request(ctx, &options).await?;
    let (exact, _) = solve(&request)?;
    let verdicts = check_codes(codes, &request, &exact);
    let rows: Vec<CodeCheckJson> = codes
        .iter()
        .zip(verdicts)
        .map(|(code, verdict)| {
            let base = CodeCheckJson {
                code: code.code.clone(),
                id: code.id.clone(),
                applies: false,
                day: None,
                saving: None,
                currency: None,
                items: vec![],
                reason: None,
            };
            match verdict {
                Verdict::Applies { day, saving, items } => CodeCheckJson {
                    applies: true,
                    day: Some(day.to_string()),
                    saving: Some(saving.to_decimal_string()),
                    currency: Some(saving.currency().code()),
                    items: items.iter().map(|&i| request.items[i].title.clone()).collect(),
                    ..base
                },
                Verdict::Expired => CodeCheckJson { reason: Some("expired".into()), ..base },
                Verdict::NoMatch(reason) => CodeCheckJson { reason: Some(reason), ..base },
            }
        })
        .collect();
    if json {
        return print_json(&rows);
    }
    if rows.is_empty() {
        return output::println("No promo codes saved.");
    }
    let mut t = table(ctx.color, &["code", "applies", "order of", "saves", "on", "why not"]);
    for r in &rows {
        t.add_row(vec![
            Cell::new(&r.code),
            Cell::new(if r.applies { "yes" } else { "no" }),
            Cell::new(r.day.clone().unwrap_or_default()),
            Cell::new(r.saving.as_ref().map(|s| format!("{s} {}", r.currency.unwrap_or(""))).unwrap_or_default()),
            Cell::new(r.items.join(", ")),
            Cell::new(r.reason.clone().unwrap_or_default()),
        ]);
    }
    print_table(&t)?;
    ctx.note(
        "Savings are for the planned orders (purchases on the same day); the plan itself does not count on codes.",
    );
    Ok(())
}

#[derive(Serialize)]
struct PointsJson {
    as_of: String,
    program: &'static str,
    balance: i64,
    expiring: Vec<PointsExpiryJson>,
    pace_days: i64,
    earned_in_pace_window: i64,
    points_per_reward: i64,
    reward: String,
    currency: &'static str,
    next_reward_on: Option<String>,
    expire_unused: Vec<PointsExpiryJson>,
    expire_unused_total: i64,
}

#[derive(Serialize)]
struct PointsExpiryJson {
    expires_on: Option<String>,
    points: i64,
}

pub async fn points(ctx: &Context, args: PointsArgs) -> Result<()> {
    let as_of = ctx.date_or_today("--as-of", args.as_of.as_deref())?;
    let ledger = ledger(ctx).await?;
    let program = ctx
        .catalog
        .get(ProgramId::KINDLE_REWARDS)
        .ok_or_else(|| CliError::input("the programs file has no kindle-rewards program"))?;
    let rule =
        program.points.ok_or_else(|| CliError::input("kindle-rewards has no points rule in the programs file"))?;
    let lots: Vec<_> =
        ledger.points.iter().filter(|p| p.program.as_str() == ProgramId::KINDLE_REWARDS).cloned().collect();
    let projection = unspent_plan::points::project(&lots, as_of, rule.points_per_reward, |d| rule.expiry.expiry_for(d));
    let view = PointsJson {
        as_of: as_of.to_string(),
        program: ProgramId::KINDLE_REWARDS,
        balance: projection.balance,
        expiring: projection
            .expiring
            .iter()
            .map(|(d, n)| PointsExpiryJson { expires_on: d.map(|d| d.to_string()), points: *n })
            .collect(),
        pace_days: unspent_plan::points::PACE_DAYS,
        earned_in_pace_window: projection.earned_recently,
        points_per_reward: rule.points_per_reward,
        reward: rule.reward.to_decimal_string(),
        currency: rule.reward.currency().code(),
        next_reward_on: projection.next_reward.map(|d| d.to_string()),
        expire_unused: projection
            .expire_unused
            .iter()
            .map(|(d, n)| PointsExpiryJson { expires_on: Some(d.to_string()), points: *n })
            .collect(),
        expire_unused_total: projection.expire_unused.iter().map(|(_, n)| n).sum(),
    };
    if args.list.json {
        return print_json(&view);
    }
    output::println(format!("Kindle points on {as_of}: {}", view.balance))?;
    for e in &view.expiring {
        output::println(format!("  {} expire {}", e.points, e.expires_on.clone().unwrap_or_else(|| "never".into())))?;
    }
    let per_day = view.earned_in_pace_window as f64 / view.pace_days as f64;
    output::println(format!(
        "Pace: {} points in the last {} days (about {per_day:.1} a day).",
        view.earned_in_pace_window, view.pace_days
    ))?;
    match projection.next_reward {
        Some(day) if day == as_of => output::println(format!(
            "You have {} points or more: a {} {} reward is due now.",
            view.points_per_reward, view.reward, view.currency
        ))?,
        Some(day) => output::println(format!(
            "Next {}-point reward ({} {}) at this pace: {day} ({} days).",
            view.points_per_reward,
            view.reward,
            view.currency,
            unspent_core::date::days_between(as_of, day)
        ))?,
        None => output::println(format!(
            "At this pace no {}-point reward arrives within a year: points expire 3 months after they are earned.",
            view.points_per_reward
        ))?,
    }
    if view.expire_unused_total > 0 {
        output::println(format!("Points that will expire unused at this pace: {}", view.expire_unused_total))?;
        for e in &view.expire_unused {
            output::println(format!("  {} on {}", e.points, e.expires_on.clone().unwrap_or_default()))?;
        }
    }
    Ok(())
}
