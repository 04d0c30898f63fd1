//! `unspent remind`: send what is due, and per-credit reminder days.

use std::collections::{BTreeMap, BTreeSet};

use comfy_table::Cell;
use serde::Serialize;
use unspent_alerts::message::reminder_message;
use unspent_alerts::schedule::{self, Reminder};
use unspent_alerts::settings::parse_days;
use unspent_core::ledger::{Ledger, Lot, LotStatus};
use unspent_store::SentReminder;

use super::{config, ledger, now_rfc3339, send, send_error};
use crate::alerts_args::{RemindAction, RemindArgs, RemindClear, RemindList, RemindSet};
use crate::alerts_config::{Channel, Config};
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output::{self, print_json, print_table, table};

pub async fn remind(ctx: &Context, args: RemindArgs) -> Result<()> {
    match args.action {
        Some(RemindAction::Set(set)) => set_days(ctx, set).await,
        Some(RemindAction::Clear(clear)) => clear_days(ctx, clear).await,
        Some(RemindAction::List(list)) => list_schedule(ctx, list).await,
        None => send_due(ctx, args.dry_run).await,
    }
}

/// Each lot's offsets: its own (database), else the settings file's rules.
fn offsets_of(config: &Config, stored: &BTreeMap<String, Vec<u32>>, lot: &Lot) -> Vec<u32> {
    config.alerts.reminders.offsets_for(lot, stored.get(&lot.id).map(Vec::as_slice))
}

async fn send_due(ctx: &Context, dry_run: bool) -> Result<()> {
    let config = config(ctx)?;
    let channels = config.channels();
    if channels.is_empty() && !dry_run {
        return Err(CliError::input(format!(
            "no reminder channel is configured: add an [email] table or a [[webhook]] to {} (see `unspent remind --help`)",
            config.describe_source()
        )));
    }
    let ledger = ledger(ctx).await?;
    let stored = ctx.store.reminder_offsets().await?;
    let sent = ctx.store.sent_reminder_keys().await?;
    let today = ctx.today;
    let due_on = |channel: &str| {
        schedule::due_reminders(
            &ledger.lots,
            today,
            |lot| offsets_of(&config, &stored, lot),
            |lot, offset| sent.contains(&(lot.to_string(), offset, channel.to_string())),
        )
    };

    if dry_run && channels.is_empty() {
        let due = due_on("");
        ctx.note("No channel is configured; this is what would be due:");
        return print_dry_run("(no channel)", &due, ctx);
    }

    let mut failures: Vec<CliError> = Vec::new();
    let mut sent_any = false;
    for channel in &channels {
        let key = channel.key();
        let due = due_on(&key);
        if due.is_empty() {
            continue;
        }
        if dry_run {
            print_dry_run(&key, &due, ctx)?;
            continue;
        }
        let message = reminder_message(&due, today, &ctx.catalog);
        match send(channel, &message, details(&due)).await {
            Ok(()) => {
                let records = records(&due, &key, today);
                ctx.store.record_sent_reminders(&records, &now_rfc3339()).await?;
                sent_any = true;
                output::println(format!("sent {} via {key}: {}", count(due.len()), message.subject))?;
                for r in due.iter().filter(|r| r.late_by(today) > 0) {
                    ctx.note(format!(
                        "  {}: the {}-day reminder was due on {} and is sent late",
                        r.lot_id, r.offset, r.due_on
                    ));
                }
            }
            Err(error) => {
                let error = send_error(error);
                ctx.note(format!("not sent via {key}: {error}; it stays due and will be tried on the next run"));
                failures.push(error);
            }
        }
    }
    if !sent_any && failures.is_empty() && !dry_run {
        output::println(next_reminder_text(ctx, &config, &ledger, &stored, &sent, &channels))?;
    }
    if dry_run && channels.iter().all(|c| due_on(&c.key()).is_empty()) {
        output::println("Nothing is due today.")?;
    }
    match failures.len() {
        0 => Ok(()),
        1 => Err(failures.remove(0)),
        n => {
            let first = failures.remove(0);
            Err(CliError::new(
                first.kind(),
                format!("{first} (and {} more channel{} failed)", n - 1, if n == 2 { "" } else { "s" }),
            ))
        }
    }
}

fn count(n: usize) -> String {
    if n == 1 { "1 reminder".into() } else { format!("{n} reminders") }
}

/// One record per offset the reminder stands for, so a missed 30-day reminder is not sent after the 7-day one.
fn records(due: &[Reminder], channel: &str, today: unspent_core::Date) -> Vec<SentReminder> {
    due.iter()
        .flat_map(|r| {
            r.covers.iter().map(move |offset| SentReminder {
                lot_id: r.lot_id.clone(),
                offset: *offset,
                channel: channel.to_string(),
                due_on: schedule::due_on(r.expires_on, *offset),
                sent_on: today,
            })
        })
        .collect()
}

#[derive(Serialize)]
struct ReminderJson {
    lot_id: String,
    program: String,
    remaining: String,
    currency: &'static str,
    expires_on: String,
    days_left: i64,
    offset_days: u32,
    due_on: String,
}

fn details(due: &[Reminder]) -> serde_json::Value {
    let list: Vec<ReminderJson> = due
        .iter()
        .map(|r| ReminderJson {
            lot_id: r.lot_id.clone(),
            program: r.program.to_string(),
            remaining: r.remaining.to_decimal_string(),
            currency: r.remaining.currency().code(),
            expires_on: r.expires_on.to_string(),
            days_left: r.days_left,
            offset_days: r.offset,
            due_on: r.due_on.to_string(),
        })
        .collect();
    serde_json::json!({ "source": "unspent", "kind": "expiry-reminder", "reminders": list })
}

fn print_dry_run(channel: &str, due: &[Reminder], ctx: &Context) -> Result<()> {
    if due.is_empty() {
        return Ok(());
    }
    let message = reminder_message(due, ctx.today, &ctx.catalog);
    output::println(format!("would send via {channel}:\nSubject: {}\n\n{}", message.subject, message.text))
}

fn next_reminder_text(
    ctx: &Context,
    config: &Config,
    ledger: &Ledger,
    stored: &BTreeMap<String, Vec<u32>>,
    sent: &BTreeSet<(String, u32, String)>,
    channels: &[Channel],
) -> String {
    let next = ledger
        .lots
        .iter()
        .filter(|l| l.status(ctx.today) == LotStatus::Active)
        .flat_map(|lot| {
            schedule::plan(lot, &offsets_of(config, stored, lot))
                .into_iter()
                .filter(|p| p.due_on > ctx.today)
                .filter(|p| channels.iter().any(|c| !sent.contains(&(lot.id.clone(), p.offset, c.key()))))
                .map(move |p| (p.due_on, lot))
        })
        .min_by_key(|(day, lot)| (*day, lot.id.clone()));
    match next {
        Some((day, lot)) => format!(
            "Nothing to remind today. Next: {} for {} {} expiring {}.",
            day,
            unspent_alerts::text::money(lot.remaining_on(ctx.today)),
            lot.program,
            lot.expires_on.map(|d| d.to_string()).unwrap_or_default()
        ),
        None => "Nothing to remind today, and no reminder is scheduled.".into(),
    }
}

async fn find_lot(ctx: &Context, id: &str) -> Result<Lot> {
    let ledger = ledger(ctx).await?;
    ledger
        .lot(id.trim())
        .cloned()
        .ok_or_else(|| CliError::input(format!("no credit has the id `{id}`; `unspent credits --all` lists the ids")))
}

async fn set_days(ctx: &Context, args: RemindSet) -> Result<()> {
    let days = match (&args.days, args.off) {
        (_, true) => Vec::new(),
        (Some(text), false) => parse_days(text).map_err(|e| CliError::input(format!("--days: {e}")))?,
        (None, false) => unreachable!("clap requires --days or --off"),
    };
    let lot = find_lot(ctx, &args.lot).await?;
    ctx.store.set_reminder_offsets(&lot.id, &days, &now_rfc3339()).await?;
    let what = if days.is_empty() {
        "no reminders".to_string()
    } else {
        format!("reminders {} day(s) before it expires", days.iter().map(u32::to_string).collect::<Vec<_>>().join(", "))
    };
    output::println(format!("{}: {what}", lot.id))?;
    if lot.expires_on.is_none() {
        ctx.note("Its expiry date is not known, so no reminder can fire until it is.");
    }
    Ok(())
}

async fn clear_days(ctx: &Context, args: RemindClear) -> Result<()> {
    let lot = find_lot(ctx, &args.lot).await?;
    if ctx.store.clear_reminder_offsets(&lot.id).await? {
        output::println(format!("{}: back to the reminder days of the settings file", lot.id))
    } else {
        output::println(format!("{}: had no reminder days of its own", lot.id))
    }
}

#[derive(Serialize)]
struct ScheduleJson {
    lot_id: String,
    program: String,
    remaining: String,
    currency: &'static str,
    expires_on: Option<String>,
    /// Where the days come from: lot (set with `remind set`), settings, or default.
    days_from: &'static str,
    reminders: Vec<PlannedJson>,
}

#[derive(Serialize)]
struct PlannedJson {
    offset_days: u32,
    due_on: String,
    sent_via: Vec<String>,
}

async fn list_schedule(ctx: &Context, args: RemindList) -> Result<()> {
    let config = config(ctx)?;
    let ledger = ledger(ctx).await?;
    let stored = ctx.store.reminder_offsets().await?;
    let sent = ctx.store.sent_reminders().await?;
    let rows: Vec<ScheduleJson> = ledger
        .active_lots(ctx.today, None)
        .into_iter()
        .map(|lot| {
            let days_from = if stored.contains_key(&lot.id) {
                "lot"
            } else if config.alerts.reminders.lots.contains_key(&lot.id)
                || config.alerts.reminders.programs.contains_key(lot.program.as_str())
                || config.source.is_some()
            {
                "settings"
            } else {
                "default"
            };
            let remaining = lot.remaining_on(ctx.today);
            ScheduleJson {
                lot_id: lot.id.clone(),
                program: lot.program.to_string(),
                remaining: remaining.to_decimal_string(),
                currency: remaining.currency().code(),
                expires_on: lot.expires_on.map(|d| d.to_string()),
                days_from,
                reminders: schedule::plan(lot, &offsets_of(&config, &stored, lot))
                    .into_iter()
                    .map(|p| PlannedJson {
                        offset_days: p.offset,
                        due_on: p.due_on.to_string(),
                        sent_via: sent
                            .iter()
                            .filter(|s| s.lot_id == lot.id && s.offset == p.offset)
                            .map(|s| format!("{} on {}", s.channel, s.sent_on))
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    if args.json {
        return print_json(&rows);
    }
    if rows.is_empty() {
        return output::println(format!("No credits to remind about as of {}.", ctx.today));
    }
    let mut t = table(ctx.color, &["id", "program", "remaining", "expires", "reminders (days before: due day)"]);
    for row in &rows {
        let plan = if row.expires_on.is_none() {
            "expiry unknown".to_string()
        } else if row.reminders.is_empty() {
            "off".to_string()
        } else {
            row.reminders
                .iter()
                .map(|p| {
                    let mark = if p.sent_via.is_empty() { "" } else { " (sent)" };
                    format!("{}: {}{mark}", p.offset_days, p.due_on)
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        t.add_row(vec![
            Cell::new(&row.lot_id),
            Cell::new(&row.program),
            Cell::new(format!("{} {}", row.remaining, row.currency)),
            Cell::new(row.expires_on.clone().unwrap_or_default()),
            Cell::new(plan),
        ]);
    }
    print_table(&t)
}
