//! The listing commands: events, credits, balance, problems, programs.

use comfy_table::{Cell, Color};
use serde::Serialize;
use unspent_core::ledger::{Ledger, Lot, LotStatus};
use unspent_core::{Date, EventKind, Money, MoneyStyle, Recorded};

use crate::args::{BalanceArgs, CreditsArgs, EventsArgs, ListArgs, ProgramsArgs};
use crate::context::Context;
use crate::dto::{BalanceLineJson, CheckJson, EventJson, LotJson, ProblemJson, UnmatchedJson};
use crate::error::{CliError, Result};
use crate::output::{self, colored, print_json, print_table, table};

/// Every event, optionally of one kind.
pub async fn events(ctx: &Context, args: EventsArgs) -> Result<()> {
    let kind = args.kind.as_deref().map(str::parse::<EventKind>).transpose().map_err(CliError::input)?;
    let events: Vec<Recorded> =
        ctx.store.events().await?.into_iter().filter(|r| kind.is_none_or(|k| r.event.kind == k)).collect();
    if args.list.json {
        return print_json(&events.iter().map(EventJson::from).collect::<Vec<_>>());
    }
    if events.is_empty() {
        return output::println("No events yet. Run `unspent scan PATH` on your mail, or `unspent add grant …`.");
    }
    let mut t = table(ctx.color, &["id", "kind", "program", "amount", "expires", "order", "from"]);
    for r in &events {
        let e = &r.event;
        let amount = e
            .amount
            .map(|m| m.format(MoneyStyle::Iso, true))
            .or(e.points.map(|p| format!("{p} pts")))
            .or(e.code.clone());
        t.add_row(vec![
            Cell::new(&r.id),
            Cell::new(e.kind),
            Cell::new(e.program.as_ref().map(|p| p.to_string()).unwrap_or_default()),
            Cell::new(amount.unwrap_or_default()),
            Cell::new(e.expires_on.map(|d| d.to_string()).unwrap_or_default()),
            Cell::new(e.order_id.clone().unwrap_or_default()),
            Cell::new(r.evidence.subject.clone().unwrap_or_else(|| r.evidence.source.to_string())),
        ]);
    }
    print_table(&t)
}

pub async fn ledger(ctx: &Context) -> Result<Ledger> {
    Ok(Ledger::build(&ctx.catalog, &ctx.store.events().await?))
}

/// The lots: by default those usable on the day, soonest-expiring first.
pub async fn credits(ctx: &Context, args: CreditsArgs) -> Result<()> {
    let as_of = ctx.date_or_today("--as-of", args.as_of.as_deref())?;
    if args.expiring.is_some_and(|d| d < 0) {
        return Err(CliError::input("--expiring takes a number of days, 0 or more"));
    }
    let ledger = ledger(ctx).await?;
    let lots: Vec<&Lot> = if args.all {
        ledger
            .lots
            .iter()
            .filter(|l| args.expiring.is_none_or(|d| l.days_left(as_of).is_some_and(|left| (0..=d).contains(&left))))
            .collect()
    } else {
        ledger.active_lots(as_of, args.expiring)
    };
    if args.list.json {
        print_json(&lots.iter().map(|l| LotJson::new(l, as_of)).collect::<Vec<_>>())?;
    } else {
        print_credits_table(ctx, &lots, as_of, args.expiring)?;
        if lots.iter().any(|l| l.has_estimated_uses()) {
            ctx.note("* some of this credit's use was assigned soonest-expiring first: Amazon does not say which credit an order used. A balance you record (`unspent add balance`) or scan (a saved balance page) checks the estimate.");
        }
    }
    explain_discrepancies(ctx, &ledger);
    Ok(())
}

fn print_credits_table(ctx: &Context, lots: &[&Lot], as_of: Date, expiring: Option<i64>) -> Result<()> {
    if lots.is_empty() {
        let window = expiring.map(|d| format!(" expiring within {d} days")).unwrap_or_default();
        return output::println(format!("No credits{window} as of {as_of}."));
    }
    let mut t = table(ctx.color, &["id", "program", "remaining", "currency", "expires", "days left", "can buy"]);
    for lot in lots {
        let status = lot.status(as_of);
        let days = lot.days_left(as_of);
        let (days_text, tint) = match (status, days) {
            (LotStatus::Active, Some(d)) if d <= 7 => (d.to_string(), Color::Red),
            (LotStatus::Active, Some(d)) if d <= 30 => (d.to_string(), Color::Yellow),
            (LotStatus::Active, Some(d)) => (d.to_string(), Color::Reset),
            (LotStatus::Active, None) => (String::new(), Color::Reset),
            (other, _) => (other.as_str().to_string(), Color::DarkGrey),
        };
        let expires = match (lot.expires_on, lot.expiry_basis.as_str()) {
            (Some(d), "rule") => format!("{d} (by rule)"),
            (Some(d), _) => d.to_string(),
            (None, basis) => basis.to_string(),
        };
        let remaining = lot.remaining_on(as_of);
        let mark = if lot.has_estimated_uses() { "*" } else { "" };
        t.add_row(vec![
            Cell::new(&lot.id),
            Cell::new(&lot.program),
            Cell::new(format!("{}{mark}", plain_amount(remaining))),
            Cell::new(lot.currency()),
            Cell::new(expires),
            colored(ctx.color, days_text, tint),
            Cell::new(lot.categories.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ")),
        ]);
    }
    print_table(&t)?;
    for (currency, total) in totals(lots.iter().map(|l| l.remaining_on(as_of))) {
        output::println(format!("Total {currency}: {}", plain_amount(total)))?;
    }
    Ok(())
}

fn plain_amount(m: Money) -> String {
    m.format(MoneyStyle::Symbol, true)
}

fn totals(amounts: impl Iterator<Item = Money>) -> Vec<(unspent_core::Currency, Money)> {
    let mut sums: std::collections::BTreeMap<unspent_core::Currency, i64> = Default::default();
    for m in amounts {
        *sums.entry(m.currency()).or_default() += m.minor();
    }
    sums.into_iter().map(|(c, minor)| (c, Money::from_minor(minor, c))).collect()
}

/// Says, on stderr, where the evidence does not add up: uses no known credit explains, balances that disagree.
fn explain_discrepancies(ctx: &Context, ledger: &Ledger) {
    for u in &ledger.unmatched {
        let order = u.order_id.as_deref().map(|o| format!(" on order {o}")).unwrap_or_default();
        ctx.note(format!("note: {} of credit used{order} matches no credit unspent knows of (scan more mail, or `unspent add grant`)", u.amount));
    }
    for c in ledger.checks.iter().filter(|c| !c.agrees()) {
        let on = c.on.map(|d| format!(" on {d}")).unwrap_or_default();
        let what = match (&c.program, c.expires_on) {
            (Some(program), Some(expiry)) => format!("{} of {program} credit expiring {expiry}", c.observed),
            (Some(program), None) => format!("{} of {program} credit", c.observed),
            (None, _) => format!("a {} balance of {}", c.balance.as_str(), c.observed),
        };
        ctx.note(format!(
            "note: Amazon showed {what}{on}, but the ledger estimates {}: some credits or uses are missing from what was scanned",
            c.estimated
        ));
    }
}

#[derive(Serialize)]
struct BalanceJson {
    as_of: String,
    lines: Vec<BalanceLineJson>,
    checks: Vec<CheckJson>,
    unmatched_uses: Vec<UnmatchedJson>,
    points: i64,
}

/// Totals per program and currency, grouped by balance.
pub async fn balance(ctx: &Context, args: BalanceArgs) -> Result<()> {
    let as_of = ctx.date_or_today("--as-of", args.as_of.as_deref())?;
    let ledger = ledger(ctx).await?;
    let mut lines = ledger.balances(as_of, 30);
    lines.sort_by(|a, b| (a.balance, a.currency, &a.program).cmp(&(b.balance, b.currency, &b.program)));
    if args.list.json {
        return print_json(&BalanceJson {
            as_of: as_of.to_string(),
            lines: lines.iter().map(BalanceLineJson::from).collect(),
            checks: ledger.checks.iter().map(CheckJson::from).collect(),
            unmatched_uses: ledger.unmatched.iter().map(UnmatchedJson::from).collect(),
            points: ledger.points_balance(as_of),
        });
    }
    if lines.is_empty() {
        return output::println(format!("No credits as of {as_of}."));
    }
    let mut t = table(ctx.color, &["balance", "program", "available", "expiring in 30 days", "expired unused"]);
    for line in &lines {
        t.add_row(vec![
            Cell::new(line.balance.as_str()),
            Cell::new(&line.program),
            Cell::new(plain_amount(line.available)),
            colored(
                ctx.color,
                plain_amount(line.expiring_soon),
                if line.expiring_soon.is_zero() { Color::Reset } else { Color::Yellow },
            ),
            colored(
                ctx.color,
                plain_amount(line.expired),
                if line.expired.is_zero() { Color::Reset } else { Color::Red },
            ),
        ]);
    }
    print_table(&t)?;
    for kind in [unspent_core::BalanceKind::Digital, unspent_core::BalanceKind::GiftCard] {
        for (currency, total) in totals(lines.iter().filter(|l| l.balance == kind).map(|l| l.available)) {
            output::println(format!("{} balance {currency}: {}", kind.as_str(), plain_amount(total)))?;
        }
    }
    let points = ledger.points_balance(as_of);
    if points > 0 {
        output::println(format!("Kindle points: {points}"))?;
    }
    explain_discrepancies(ctx, &ledger);
    Ok(())
}

/// What readers could not read or would not believe.
pub async fn problems(ctx: &Context, args: ListArgs) -> Result<()> {
    let problems = ctx.store.problems().await?;
    if args.json {
        return print_json(&problems.iter().map(ProblemJson::from).collect::<Vec<_>>());
    }
    if problems.is_empty() {
        return output::println("No problems recorded.");
    }
    let mut t = table(ctx.color, &["kind", "source", "what", "where", "why"]);
    for p in &problems {
        t.add_row(vec![
            Cell::new(p.kind),
            Cell::new(p.source),
            Cell::new(&p.locator),
            Cell::new(p.origin.clone().unwrap_or_default()),
            Cell::new(&p.message),
        ]);
    }
    print_table(&t)
}

#[derive(Serialize)]
struct ProgramJson {
    id: String,
    name: String,
    balance: &'static str,
    categories: Vec<&'static str>,
    closed_on: Option<String>,
    facts: String,
}

pub fn programs(ctx: &Context, args: ProgramsArgs) -> Result<()> {
    if args.defaults {
        return output::println(unspent_core::ProgramCatalog::builtin_toml().trim_end());
    }
    let programs: Vec<ProgramJson> = ctx
        .catalog
        .iter()
        .map(|p| ProgramJson {
            id: p.id.to_string(),
            name: p.name.clone(),
            balance: p.balance.as_str(),
            categories: p.categories.iter().map(|c| c.as_str()).collect(),
            closed_on: p.closed_on.map(|d| d.to_string()),
            facts: p.facts.clone(),
        })
        .collect();
    if args.list.json {
        return print_json(&programs);
    }
    let mut t = table(ctx.color, &["id", "name", "balance", "can buy", "notes"]);
    for p in &programs {
        let closed = p.closed_on.as_ref().map(|d| format!("closed {d}. ")).unwrap_or_default();
        t.add_row(vec![
            Cell::new(&p.id),
            Cell::new(&p.name),
            Cell::new(p.balance),
            Cell::new(p.categories.join(", ")),
            Cell::new(format!("{closed}{}", p.facts)),
        ]);
    }
    print_table(&t)
}
