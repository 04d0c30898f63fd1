//! `unspent add …`: manual entries, recorded like any other evidence.

use std::time::{SystemTime, UNIX_EPOCH};

use unspent_core::date::Date;
use unspent_core::program::Unit;
use unspent_core::{
    BalanceKind, Category, Event, EventKind, Evidence, Marketplace, Money, ProgramId, Recorded, SourceKind, Trust,
};
use unspent_store::Batch;

use super::{parse_amount, parse_money};
use crate::args::{AddBalance, AddCode, AddCommand, AddGrant, AddPoints, AddRedeem};
use crate::context::{Context, parse_date_arg};
use crate::error::{CliError, Result};
use crate::output;

pub async fn run(ctx: &Context, command: AddCommand) -> Result<()> {
    let event = match command {
        AddCommand::Grant(args) => grant(ctx, args)?,
        AddCommand::Redeem(args) => redeem(ctx, args)?,
        AddCommand::Points(args) => points(ctx, args)?,
        AddCommand::Code(args) => code(ctx, args)?,
        AddCommand::Balance(args) => balance(ctx, args)?,
        AddCommand::Promise(args) => super::alerts::promise_event(ctx, args)?,
    };
    let summary = describe(&event);
    let record = Recorded::new(event, manual_evidence(), 0);
    let batch =
        Batch { source: "manual".into(), started_at: now_rfc3339(), events: vec![record.clone()], problems: vec![] };
    ctx.store.import(&batch).await?;
    output::println(format!("{}  {summary}", record.id))
}

fn grant(ctx: &Context, args: AddGrant) -> Result<Event> {
    let program = ctx.catalog.require(&args.program).map_err(CliError::input)?;
    if program.unit == Unit::Points {
        return Err(CliError::input(format!("{} earns points: use `unspent add points`", program.id)));
    }
    let amount = positive(parse_amount(&args.amount)?)?;
    let mut event = Event::new(EventKind::Grant);
    event.program = Some(program.id.clone());
    event.amount = Some(amount);
    event.expires_on = optional_date("--expires", args.expires.as_deref())?;
    event.categories = args.categories.as_deref().map(categories).transpose()?;
    event.order_id = args.order;
    event.occurred_on = Some(ctx.date_or_today("--on", args.on.as_deref())?);
    event.marketplace = match args.marketplace {
        Some(m) => Some(m.parse::<Marketplace>().map_err(CliError::input)?),
        None => Marketplace::from_currency(amount.currency()),
    };
    event.note = args.note;
    if let (Some(expires), Some(on)) = (event.expires_on, event.occurred_on)
        && expires < on
    {
        return Err(CliError::input(format!("--expires {expires} is before the day it was granted ({on})")));
    }
    Ok(event)
}

fn redeem(ctx: &Context, args: AddRedeem) -> Result<Event> {
    let amount = parse_amount(&args.amount)?;
    if amount.is_zero() {
        return Err(CliError::input("--amount must not be zero"));
    }
    let program = args.program.as_deref().unwrap_or(ProgramId::PROMOTIONAL);
    let mut event = Event::new(EventKind::Redeem);
    event.program = Some(ctx.catalog.require(program).map_err(CliError::input)?.id.clone());
    event.amount = Some(amount);
    event.order_id = args.order;
    event.lot = args.lot;
    event.occurred_on = Some(ctx.date_or_today("--on", args.on.as_deref())?);
    event.note = args.note;
    Ok(event)
}

fn points(ctx: &Context, args: AddPoints) -> Result<Event> {
    if args.points <= 0 {
        return Err(CliError::input("--points must be a positive number"));
    }
    let program = ctx.catalog.require(&args.program).map_err(CliError::input)?;
    if program.unit != Unit::Points {
        return Err(CliError::input(format!("{} does not earn points", program.id)));
    }
    let mut event = Event::new(EventKind::Points);
    event.program = Some(program.id.clone());
    event.points = Some(args.points);
    event.expires_on = optional_date("--expires", args.expires.as_deref())?;
    event.occurred_on = Some(ctx.date_or_today("--on", args.on.as_deref())?);
    event.note = args.note;
    Ok(event)
}

fn code(ctx: &Context, args: AddCode) -> Result<Event> {
    let code = args.code.trim().to_string();
    if code.is_empty() || code.chars().any(char::is_whitespace) {
        return Err(CliError::input("--code must be one word, as typed at checkout"));
    }
    let mut event = Event::new(EventKind::Code);
    event.program = Some(ProgramId::known(ProgramId::PROMO_CODE));
    event.code = Some(code);
    event.amount =
        args.amount.as_deref().map(|a| parse_money(a, args.currency.as_deref()).and_then(positive)).transpose()?;
    event.percent_off = match args.percent {
        Some(p) if p == 0 || p > 100 => {
            return Err(CliError::input("--percent must be between 1 and 100"));
        }
        other => other,
    };
    let min_currency = args.currency.as_deref().or(event.amount.map(|m| m.currency().code()));
    event.min_purchase = args.min.as_deref().map(|m| parse_money(m, min_currency).and_then(positive)).transpose()?;
    event.categories = args.categories.as_deref().map(categories).transpose()?;
    event.expires_on = optional_date("--expires", args.expires.as_deref())?;
    event.occurred_on = Some(ctx.date_or_today("--on", args.on.as_deref())?);
    event.note = args.note;
    Ok(event)
}

fn balance(ctx: &Context, args: AddBalance) -> Result<Event> {
    let amount = parse_amount(&args.amount)?;
    if amount.is_negative() {
        return Err(CliError::input("a balance cannot be negative"));
    }
    let kind: BalanceKind = args.balance.parse().map_err(CliError::input)?;
    if kind == BalanceKind::None {
        return Err(CliError::input("--balance must be digital or gift-card"));
    }
    let mut event = Event::new(EventKind::Balance);
    event.amount = Some(amount);
    event.balance = Some(kind);
    event.program = args
        .program
        .as_deref()
        .map(|p| ctx.catalog.require(p).map(|p| p.id.clone()))
        .transpose()
        .map_err(CliError::input)?;
    event.occurred_on = Some(ctx.date_or_today("--on", args.on.as_deref())?);
    Ok(event)
}

fn positive(money: Money) -> Result<Money> {
    if money.minor() > 0 {
        Ok(money)
    } else {
        Err(CliError::input(format!("the amount must be more than zero, not {money}")))
    }
}

fn optional_date(flag: &str, text: Option<&str>) -> Result<Option<Date>> {
    text.map(|t| parse_date_arg(flag, t)).transpose()
}

fn categories(text: &str) -> Result<Vec<Category>> {
    let list = Category::parse_list(text).map_err(|e| CliError::input(format!("--categories: {e}")))?;
    if list.is_empty() {
        return Err(CliError::input("--categories: name at least one of ebook, music, video, app, physical"));
    }
    Ok(list)
}

fn describe(event: &Event) -> String {
    let mut parts = vec![event.kind.to_string()];
    parts.extend(event.program.as_ref().map(|p| p.to_string()));
    parts.extend(event.amount.map(|m| m.to_string()));
    parts.extend(event.points.map(|p| format!("{p} points")));
    parts.extend(event.code.clone());
    parts.extend(event.percent_off.map(|p| format!("{p}% off")));
    parts.extend(event.order_id.as_ref().map(|o| format!("order {o}")));
    parts.extend(event.expires_on.map(|d| format!("expires {d}")));
    if let Some(categories) = &event.categories {
        parts.push(format!("for {}", categories.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(",")));
    }
    parts.join("  ")
}

/// Each manual entry is its own evidence: a unique locator from the clock and process.
fn manual_evidence() -> Evidence {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or_default();
    Evidence {
        source: SourceKind::Manual,
        locator: format!("manual-{nanos:x}-{:x}", std::process::id()),
        origin: None,
        sender: None,
        subject: None,
        date: Some(now_rfc3339()),
        trust: Trust::User,
    }
}

pub fn now_rfc3339() -> String {
    jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .map(|t| t.to_string())
        .unwrap_or_else(|_| jiff::Timestamp::now().to_string())
}
