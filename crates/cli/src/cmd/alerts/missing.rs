//! `unspent missing`, `unspent claim` and `unspent add promise`.

use comfy_table::{Cell, Color};
use serde::Serialize;
use unspent_alerts::claim;
use unspent_alerts::reconcile::{Reconciliation, Status, reconcile};
use unspent_core::order::Order;
use unspent_core::{Date, Event, EventKind, Evidence, Marketplace, Money, ProgramId, Recorded, SourceKind, Trust};

use super::config;
use crate::alerts_args::{AddPromise, ClaimArgs, MissingArgs};
use crate::cmd::parse_money;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{self, colored, print_json, print_table, table};

async fn reconciliations(ctx: &Context, as_of: Date) -> Result<Vec<Reconciliation>> {
    let config = config(ctx)?;
    let mut events = ctx.store.events().await?;
    let shipped_no_rush = ctx.store.no_rush_orders_without_credit().await?;
    let promises: Vec<Recorded> = shipped_no_rush
        .iter()
        .map(|order| promise_from_shipping(order, typical_no_rush_reward(&events, order)))
        .collect();
    events.extend(promises);
    let newest_mail = ctx.store.newest_mail_seen().await?;
    Ok(reconcile(&events, as_of, newest_mail, &config.alerts.missing))
}

/// The No-Rush reward this user most often got in the order's currency: what
/// an order shipped No-Rush most likely earned (Amazon's reward varies by
/// offer, so it is only ever a default for the claim).
fn typical_no_rush_reward(events: &[Recorded], order: &Order) -> Option<Money> {
    let currency = order.total.map(|m| m.currency()).or(order.marketplace.map(|m| m.currency()))?;
    let mut counts: std::collections::BTreeMap<i64, usize> = Default::default();
    for r in events.iter().filter(|r| r.evidence.trust.counts()) {
        let e = &r.event;
        let no_rush =
            e.kind == EventKind::Grant && e.program.as_ref().is_some_and(|p| p.as_str() == ProgramId::NO_RUSH);
        if let Some(amount) = e.amount.filter(|m| no_rush && m.currency() == currency) {
            *counts.entry(amount.minor()).or_default() += 1;
        }
    }
    let (minor, _) = counts.into_iter().max_by_key(|(minor, n)| (*n, std::cmp::Reverse(*minor)))?;
    Some(Money::from_minor(minor, currency))
}

/// An order the data export shows shipped with the shipping option learned to
/// mean No-Rush, which no mail names: the reward was promised at checkout even
/// if no confirmation mail says so. Derived each time, never stored.
fn promise_from_shipping(order: &Order, typical: Option<Money>) -> Recorded {
    let mut event = Event::new(EventKind::Promise);
    event.program = Some(ProgramId::known(ProgramId::NO_RUSH));
    event.order_id = Some(order.order_id.clone());
    event.occurred_on = order.ordered_on;
    event.marketplace = order.marketplace;
    event.amount = typical;
    let amount = typical.map(|m| format!("; {m} like your other No-Rush rewards")).unwrap_or_default();
    event.note = Some(format!("shipped with {} (learned to mean No-Rush){amount}", order.shipping_options.join(", ")));
    let evidence = Evidence {
        source: SourceKind::Export,
        locator: format!("order/{}/no-rush-shipping", order.order_id),
        origin: order.origin.clone(),
        sender: None,
        subject: Some("Amazon data export: an order shipped No-Rush".into()),
        date: order.ordered_on.map(|d| d.to_string()),
        trust: Trust::User,
    };
    Recorded::new(event, evidence, 0)
}

#[derive(Serialize)]
struct PromiseJson {
    order_id: Option<String>,
    program: String,
    amount: Option<String>,
    currency: Option<&'static str>,
    status: &'static str,
    promised_on: Option<String>,
    due_on: Option<String>,
    received_amount: Option<String>,
    received_on: Option<String>,
    promise_id: String,
    grant_id: Option<String>,
    /// How far scanned mail reaches (what `cannot-check` is judged on).
    mail_seen_until: Option<String>,
    explanation: String,
    evidence_subject: Option<String>,
}

impl From<&Reconciliation> for PromiseJson {
    fn from(r: &Reconciliation) -> Self {
        PromiseJson {
            order_id: r.order_id.clone(),
            program: r.program.to_string(),
            amount: r.amount.map(|m| m.to_decimal_string()),
            currency: r.amount.or(r.received).map(|m| m.currency().code()),
            status: r.status.as_str(),
            promised_on: r.promised_on.map(|d| d.to_string()),
            due_on: r.due_on.map(|d| d.to_string()),
            received_amount: r.received.map(|m| m.to_decimal_string()),
            received_on: r.received_on.map(|d| d.to_string()),
            promise_id: r.promise.id.clone(),
            grant_id: r.grant.as_ref().map(|g| g.id.clone()),
            mail_seen_until: r.mail_seen_until.map(|d| d.to_string()),
            explanation: r.explain(),
            evidence_subject: r.promise.evidence.subject.clone(),
        }
    }
}

pub async fn missing(ctx: &Context, args: MissingArgs) -> Result<()> {
    let as_of = ctx.date_or_today("--as-of", args.as_of.as_deref())?;
    let recs = reconciliations(ctx, as_of).await?;
    if args.json {
        return print_json(&recs.iter().map(PromiseJson::from).collect::<Vec<_>>());
    }
    if recs.is_empty() {
        return output::println(
            "No promised credits recorded. Scanning order mail finds No-Rush promises; \
             `unspent add promise --program no-rush --order ID` records one by hand.",
        );
    }
    let shown: Vec<&Reconciliation> = recs.iter().filter(|r| args.all || r.status != Status::Received).collect();
    if shown.is_empty() {
        output::println(format!("All {} promised credits arrived on time.", recs.len()))?;
        return Ok(());
    }
    let mut t = table(ctx.color, &["order", "program", "amount", "promised", "status", "why"]);
    for r in &shown {
        let tint = match r.status {
            Status::Missing | Status::WrongAmount => Color::Red,
            Status::CannotCheck => Color::Yellow,
            Status::Expected => Color::Reset,
            Status::Received | Status::Resolved => Color::Green,
        };
        t.add_row(vec![
            Cell::new(r.order_id.clone().unwrap_or_else(|| "-".into())),
            Cell::new(&r.program),
            Cell::new(r.amount.map(unspent_alerts::text::money).unwrap_or_else(|| "?".into())),
            Cell::new(r.promised_on.map(|d| d.to_string()).unwrap_or_default()),
            colored(ctx.color, r.status.as_str(), tint),
            Cell::new(r.explain()),
        ]);
    }
    print_table(&t)?;
    let claimable = shown.iter().filter(|r| r.status.is_claimable()).count();
    if claimable > 0 {
        ctx.note(format!(
            "`unspent claim ORDER_ID` drafts the message to customer service for the {claimable} to claim."
        ));
    }
    if !args.all && shown.len() < recs.len() {
        ctx.note(format!("{} received on time not shown (--all shows them).", recs.len() - shown.len()));
    }
    Ok(())
}

pub async fn claim(ctx: &Context, args: ClaimArgs) -> Result<()> {
    let as_of = ctx.date_or_today("--as-of", args.as_of.as_deref())?;
    let wanted = args.order_id.trim();
    if wanted.is_empty() {
        return Err(CliError::input("give the order number, e.g. `unspent claim 111-1234567-1234567`"));
    }
    let forced = args.marketplace.as_deref().map(str::parse::<Marketplace>).transpose().map_err(CliError::input)?;
    let recs = reconciliations(ctx, as_of).await?;
    let found: Vec<&Reconciliation> =
        recs.iter().filter(|r| r.order_id.as_deref().map(str::trim) == Some(wanted)).collect();
    if found.is_empty() {
        return Err(CliError::input(format!(
            "no promised credit is recorded for order {wanted}: `unspent missing --all` lists the promises, \
             `unspent add promise --program no-rush --order {wanted} --amount …` records one"
        )));
    }
    let mut drafts = Vec::new();
    for rec in found {
        refuse_unless_claimable(rec, args.anyway)?;
        let marketplace = marketplace_of(rec, forced)?;
        let draft = claim::draft(rec, marketplace).map_err(CliError::input)?;
        drafts.push(format!("Subject: {}\n\n{}\n", draft.subject, draft.body));
    }
    output::println(drafts.join("\n----\n\n"))
}

fn refuse_unless_claimable(rec: &Reconciliation, anyway: bool) -> Result<()> {
    let order = rec.order_id.as_deref().unwrap_or_default();
    let on = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_else(|| "an unknown day".into());
    match rec.status {
        Status::Missing | Status::WrongAmount => Ok(()),
        Status::Received | Status::Resolved => Err(CliError::input(format!(
            "the {} credit for order {order} arrived on {} ({}): nothing to claim",
            rec.program,
            on(rec.received_on),
            rec.grant.as_ref().map(|g| g.id.as_str()).unwrap_or_default()
        ))),
        _ if anyway => Ok(()),
        Status::Expected => Err(CliError::input(format!(
            "the {} credit for order {order} can still arrive until {}; claim after that, or pass --anyway",
            rec.program,
            on(rec.due_on)
        ))),
        Status::CannotCheck => Err(CliError::input(format!(
            "cannot tell whether the {} credit for order {order} arrived: {}; scan newer mail first, or pass --anyway",
            rec.program,
            rec.explain()
        ))),
    }
}

fn marketplace_of(rec: &Reconciliation, forced: Option<Marketplace>) -> Result<Marketplace> {
    let currency = rec.amount.or(rec.received).map(|m| m.currency());
    forced
        .or(rec.promise.event.marketplace)
        .or(rec.grant.as_ref().and_then(|g| g.event.marketplace))
        .or(currency.and_then(Marketplace::from_currency))
        .ok_or_else(|| {
            CliError::input(format!(
                "which Amazon is order {} from? pass --marketplace DE or FR (or US, UK, CA, JP)",
                rec.order_id.as_deref().unwrap_or_default()
            ))
        })
}

/// `unspent add promise`: the event to record.
pub fn promise_event(ctx: &Context, args: AddPromise) -> Result<Event> {
    let program = ctx.catalog.require(&args.program).map_err(CliError::input)?;
    let mut event = Event::new(EventKind::Promise);
    event.program = Some(program.id.clone());
    event.order_id = match args.order.as_deref().map(str::trim) {
        Some("") => return Err(CliError::input("--order must not be empty")),
        other => other.map(String::from),
    };
    event.amount = match &args.amount {
        Some(text) => {
            let money = parse_money(text, args.currency.as_deref())?;
            if money.minor() <= 0 {
                return Err(CliError::input(format!("the promised amount must be more than zero, not {money}")));
            }
            Some(money)
        }
        None if args.currency.is_some() => return Err(CliError::input("--currency needs --amount")),
        None => None,
    };
    event.occurred_on = Some(ctx.date_or_today("--on", args.on.as_deref())?);
    event.marketplace = match &args.marketplace {
        Some(m) => Some(m.parse::<Marketplace>().map_err(CliError::input)?),
        None => event.amount.and_then(|m| Marketplace::from_currency(m.currency())),
    };
    event.note = args.note;
    if event.order_id.is_none() {
        ctx.note("Without --order the promise is matched by amount and date only, and cannot be claimed.");
    }
    Ok(event)
}
