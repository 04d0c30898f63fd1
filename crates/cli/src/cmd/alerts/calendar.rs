//! `unspent calendar`: the iCalendar file of expiry dates.

use std::io::Write;
use std::path::Path;

use unspent_alerts::calendar::{self, CalendarOptions, Entry};
use unspent_alerts::settings::{Recurrence, parse_time};

use super::{config, ledger};
use crate::alerts_args::{CalendarArgs, RecurrenceArg};
use crate::context::Context;
use crate::error::{CliError, Result};

pub async fn calendar(ctx: &Context, args: CalendarArgs) -> Result<()> {
    let config = config(ctx)?;
    let alarm_time = match &args.alarm_time {
        Some(text) => parse_time(text).map_err(|e| CliError::input(format!("--alarm-time: {e}")))?,
        None => config.alerts.calendar.alarm_time().map_err(CliError::input)?,
    };
    let check_balances = match args.check_balances {
        Some(RecurrenceArg::Weekly) => Some(Recurrence::Weekly),
        Some(RecurrenceArg::Monthly) => Some(Recurrence::Monthly),
        None => config.alerts.calendar.check_balances,
    };
    let ledger = ledger(ctx).await?;
    let stored = ctx.store.reminder_offsets().await?;
    let entries: Vec<Entry> = ledger
        .lots
        .iter()
        .map(|lot| Entry {
            lot,
            offsets: config.alerts.reminders.offsets_for(lot, stored.get(&lot.id).map(Vec::as_slice)),
        })
        .collect();
    let options = CalendarOptions {
        today: ctx.today,
        alarm_time,
        check_balances,
        generated_at: jiff::Timestamp::now().as_second(),
    };
    let file = calendar::build(&entries, &ctx.catalog, &options);
    match &args.out {
        Some(path) => write_atomically(path, file.ics.as_bytes())?,
        None => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            out.write_all(file.ics.as_bytes())?;
            out.flush()?;
        }
    }
    let mut summary = format!("{} credit{} in the calendar", file.events, if file.events == 1 { "" } else { "s" });
    if file.cancelled > 0 {
        summary.push_str(&format!(", {} used up (cancelled)", file.cancelled));
    }
    if let Some(path) = &args.out {
        summary.push_str(&format!(", written to {}", path.display()));
    }
    ctx.note(summary);
    if file.without_expiry > 0 {
        ctx.note(format!(
            "{} credit{} left out: the expiry date is not known (`unspent credits` shows them)",
            file.without_expiry,
            if file.without_expiry == 1 { " is" } else { "s are" }
        ));
    }
    Ok(())
}

/// Writes to a temporary file beside `path` and renames it over, so a
/// calendar app watching the file never reads half of it.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let fail = |e: std::io::Error| CliError::source(format!("cannot write {}: {e}", path.display()));
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    // Keep the permissions of the file being replaced (a new one stays private: 0600).
    if let Ok(meta) = std::fs::metadata(path) {
        temp.as_file().set_permissions(meta.permissions()).map_err(fail)?;
    }
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}
