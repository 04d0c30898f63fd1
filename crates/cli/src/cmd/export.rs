//! `unspent export`: the ledger or the event log as JSON or CSV, or the
//! ledger as a Beancount journal.

use std::fs::File;
use std::io::{BufWriter, Write};

use unspent_core::ledger::Lot;

use super::journal;
use super::list::ledger;
use crate::args::{ExportArgs, ExportFormat, ExportWhat};
use crate::context::Context;
use crate::dto::{EventJson, LotJson};
use crate::error::{CliError, Result};

pub async fn run(ctx: &Context, args: ExportArgs) -> Result<()> {
    let as_of = ctx.date_or_today("--as-of", args.as_of.as_deref())?;
    if (args.what, args.format) == (ExportWhat::Events, ExportFormat::Beancount) {
        return Err(CliError::usage(
            "--format beancount writes the credits (a journal); use json or csv for --what events",
        ));
    }
    let mut out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).map_err(|e| CliError::source(format!("cannot write {}: {e}", path.display())))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    match (args.what, args.format) {
        (ExportWhat::Credits, format) => {
            let ledger = ledger(ctx).await?;
            let lots: Vec<LotJson> = ledger.lots.iter().map(|l: &Lot| LotJson::new(l, as_of)).collect();
            match format {
                ExportFormat::Json => write_json(&mut out, &lots)?,
                ExportFormat::Csv => write_lots_csv(&mut out, &lots)?,
                ExportFormat::Beancount => {
                    out.write_all(journal::beancount(&ledger, &ctx.catalog, as_of).as_bytes())?
                }
            }
        }
        (ExportWhat::Events, format) => {
            let events = ctx.store.events().await?;
            let events: Vec<EventJson> = events.iter().map(EventJson::from).collect();
            match format {
                ExportFormat::Json => write_json(&mut out, &events)?,
                ExportFormat::Csv => write_events_csv(&mut out, &events)?,
                ExportFormat::Beancount => unreachable!("refused above"),
            }
        }
    }
    out.flush()?;
    if let Some(path) = &args.out {
        ctx.note(format!("wrote {}", path.display()));
    }
    Ok(())
}

fn write_json<T: serde::Serialize>(out: &mut dyn Write, value: &T) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

fn text(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("")
}

fn write_lots_csv(out: &mut dyn Write, lots: &[LotJson]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "program",
        "amount",
        "remaining",
        "currency",
        "expires_on",
        "expiry",
        "days_left",
        "status",
        "categories",
        "balance",
        "granted_on",
        "order_id",
        "estimated",
    ])?;
    for l in lots {
        w.write_record([
            l.id.as_str(),
            &l.program,
            &l.amount,
            &l.remaining,
            l.currency,
            text(&l.expires_on),
            l.expiry,
            &l.days_left.map(|d| d.to_string()).unwrap_or_default(),
            l.status,
            &l.categories.join(" "),
            l.balance,
            text(&l.granted_on),
            text(&l.order_id),
            if l.estimated { "true" } else { "false" },
        ])?;
    }
    w.flush()?;
    Ok(())
}

fn write_events_csv(out: &mut dyn Write, events: &[EventJson]) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "kind",
        "program",
        "amount",
        "currency",
        "points",
        "code",
        "expires_on",
        "order_id",
        "occurred_on",
        "source",
        "locator",
        "origin",
        "sender",
        "subject",
        "date",
        "trust",
    ])?;
    for e in events {
        w.write_record([
            e.id.as_str(),
            e.kind,
            text(&e.program),
            text(&e.amount),
            e.currency.unwrap_or(""),
            &e.points.map(|p| p.to_string()).unwrap_or_default(),
            text(&e.code),
            text(&e.expires_on),
            text(&e.order_id),
            text(&e.occurred_on),
            e.evidence.source,
            &e.evidence.locator,
            text(&e.evidence.origin),
            text(&e.evidence.sender),
            text(&e.evidence.subject),
            text(&e.evidence.date),
            &e.evidence.trust,
        ])?;
    }
    w.flush()?;
    Ok(())
}
