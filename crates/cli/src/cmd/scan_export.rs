//! Scanning Amazon's data export (zip, folder, CSV) and saved account pages.
//!
//! Each path is one batch: everything read from it is written in one
//! transaction, or, when the input is refused (a zip bomb, a path that
//! escapes the archive, a truncated zip, a CSV missing a column the reader
//! needs, a page that is not Amazon's), nothing is written and the scan stops
//! with a one-line error.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use unspent_core::ledger::Ledger;
use unspent_core::{Date, EventKind, MoneyStyle, Problem, Recorded};
use unspent_export::{
    ExportReader, ExportReading, Limits, Order, PageReading, Sniffed, is_csv_candidate, read_page, sniff,
};
use unspent_store::Batch;

use super::add::now_rfc3339;
use super::scan::ScanReport;
use crate::context::Context;
use crate::error::{CliError, Result};

/// The largest CSV or page read whole (a heavy buyer's order history is tens of megabytes).
const MAX_FILE_BYTES: u64 = 512 << 20;
/// Unknown files named one by one before the rest are counted.
const UNKNOWN_FILES_SHOWN: usize = 5;

/// Reads one export zip, export folder, CSV file or saved page into the store.
pub async fn scan_file(ctx: &Context, path: &Path, report: &mut ScanReport) -> Result<()> {
    let shown = path.display().to_string();
    let metadata = std::fs::metadata(path).map_err(|e| unreadable(&shown, &e))?;
    if metadata.is_dir() {
        let reading = read_folder(ctx, path, &shown)?;
        return import(ctx, &shown, reading, report).await;
    }
    let head = read_head(path, &shown)?;
    match sniff(&head) {
        Sniffed::Zip => {
            let file = File::open(path).map_err(|e| unreadable(&shown, &e))?;
            let mut reader = ExportReader::new(Limits::default());
            reader.add_zip(&shown, BufReader::new(file)).map_err(|e| CliError::input(format!("{shown}: {e}")))?;
            let reading = Reading::from_export(reader.finish());
            require_amazon_files(&shown, &reading)?;
            import(ctx, &shown, reading, report).await
        }
        Sniffed::Html => {
            let bytes = read_whole(path, &shown)?;
            let page = read_page(&shown, &bytes, saved_on(ctx, &metadata)).map_err(CliError::input)?;
            import(ctx, &shown, Reading::from_page(page), report).await
        }
        Sniffed::Text => {
            let bytes = read_whole(path, &shown)?;
            let mut reader = ExportReader::new(Limits::default());
            reader.add_csv(&shown, &bytes).map_err(CliError::input)?;
            import(ctx, &shown, Reading::from_export(reader.finish()), report).await
        }
        Sniffed::Other => Err(CliError::input(format!(
            "{shown}: not an Amazon data export (.zip, folder or CSV) or a saved Amazon page"
        ))),
    }
}

/// Everything read from one path: the export's and the pages' results together.
#[derive(Default)]
struct Reading {
    events: Vec<Recorded>,
    problems: Vec<Problem>,
    orders: Vec<Order>,
    export: Option<ExportReading>,
    pages: Vec<PageReading>,
}

impl Reading {
    fn from_export(mut export: ExportReading) -> Reading {
        Reading {
            events: std::mem::take(&mut export.events),
            problems: std::mem::take(&mut export.problems),
            orders: std::mem::take(&mut export.orders),
            export: Some(export),
            pages: Vec::new(),
        }
    }

    fn from_page(mut page: PageReading) -> Reading {
        Reading {
            events: std::mem::take(&mut page.events),
            problems: std::mem::take(&mut page.problems),
            pages: vec![page],
            ..Reading::default()
        }
    }

    /// Documents read (rows of known files, unknown files, pages) and, of those, Amazon's.
    fn documents(&self) -> (u64, u64) {
        let export = self.export.as_ref();
        let rows = export.map_or(0, |e| e.rows);
        let unknown = export.map_or(0, |e| e.files.iter().filter(|f| f.kind.is_none()).count() as u64);
        let pages = self.pages.len() as u64;
        (rows + unknown + pages, rows + pages)
    }
}

/// Reads a folder: an unzipped export, saved pages, or both. Files are
/// recognised by content; the folder is walked without following links.
fn read_folder(ctx: &Context, dir: &Path, shown: &str) -> Result<Reading> {
    let limits = Limits::default();
    let mut reader = ExportReader::new(limits);
    let mut reading = Reading::default();
    let mut budget = Budget { files: 0, bytes: 0, limits };
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&next)
            .map_err(|e| unreadable(&next.display().to_string(), &e))?
            .filter_map(|entry| entry.ok())
            .collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_dir() {
                stack.push(path);
                continue;
            }
            if !kind.is_file() {
                continue;
            }
            budget.count(&path)?;
            let name = path.display().to_string();
            let head = read_head(&path, &name)?;
            match sniff(&head) {
                Sniffed::Zip => {
                    let file = File::open(&path).map_err(|e| unreadable(&name, &e))?;
                    reader.add_zip(&name, BufReader::new(file)).map_err(|e| CliError::input(format!("{name}: {e}")))?;
                }
                Sniffed::Html => {
                    let bytes = budget.read(&path, &name)?;
                    let metadata = entry.metadata().map_err(|e| unreadable(&name, &e))?;
                    match read_page(&name, &bytes, saved_on(ctx, &metadata)) {
                        Ok(page) => reading.pages.push(page),
                        // A folder may hold other pages too: only a page given on its own must be Amazon's.
                        Err(error) => ctx.note(format!("note: skipped {error}")),
                    }
                }
                // Only what looks like a CSV from its first bytes is read whole (not a big mbox beside it).
                Sniffed::Text if is_csv_candidate(&name, &head) => {
                    let bytes = budget.read(&path, &name)?;
                    reader.add_member(&name, &bytes);
                }
                Sniffed::Text | Sniffed::Other => {}
            }
        }
    }
    let mut export = Reading::from_export(reader.finish());
    for mut page in reading.pages {
        export.events.append(&mut page.events);
        export.problems.append(&mut page.problems);
        export.pages.push(page);
    }
    if export.pages.is_empty() {
        require_amazon_files(shown, &export)?;
    }
    Ok(export)
}

/// What a folder may make the scan read.
struct Budget {
    files: usize,
    bytes: u64,
    limits: Limits,
}

impl Budget {
    fn count(&mut self, path: &Path) -> Result<()> {
        self.files += 1;
        if self.files > self.limits.max_entries {
            return Err(CliError::input(format!(
                "{}: more than {} files: this is not an Amazon data export folder",
                path.parent().unwrap_or(path).display(),
                self.limits.max_entries
            )));
        }
        Ok(())
    }

    fn read(&mut self, path: &Path, shown: &str) -> Result<Vec<u8>> {
        let bytes = read_whole(path, shown)?;
        self.bytes += bytes.len() as u64;
        if self.bytes > self.limits.max_total_bytes {
            return Err(CliError::input(format!(
                "{shown}: the folder holds too much data to be an Amazon data export"
            )));
        }
        Ok(bytes)
    }
}

/// A zip or folder with no file the reader knows is refused, naming what it did hold.
fn require_amazon_files(shown: &str, reading: &Reading) -> Result<()> {
    let Some(export) = &reading.export else { return Ok(()) };
    if export.files.iter().any(|f| f.kind.is_some()) {
        return Ok(());
    }
    let first = export.files.iter().find_map(|f| f.header.as_ref().map(|h| format!("; first CSV: {} ({h})", f.file)));
    Err(CliError::input(format!(
        "{shown}: no file of Amazon's data export inside ({} CSV files read{})",
        export.files.len(),
        first.unwrap_or_default()
    )))
}

async fn import(ctx: &Context, shown: &str, reading: Reading, report: &mut ScanReport) -> Result<()> {
    let (documents, amazon) = reading.documents();
    let Reading { events, problems, orders, export, pages } = reading;
    let batch = Batch { source: shown.to_string(), started_at: now_rfc3339(), events, problems };
    let outcome = ctx.store.import_with_orders(&batch, &orders).await?;
    report.documents += documents;
    report.amazon += amazon;
    report.absorb(&batch.events, batch.problems.len(), outcome.import);
    if let Some(export) = &export {
        describe_export(ctx, shown, export, outcome.orders_added, outcome.orders_known);
    }
    for page in &pages {
        describe_page(ctx, page);
    }
    explain_balances(ctx, &batch.events).await?;
    if !orders.is_empty() {
        explain_shipping(ctx).await?;
    }
    Ok(())
}

/// One line on what the export held, and a line per file it did not know.
fn describe_export(ctx: &Context, shown: &str, export: &ExportReading, added: usize, known: usize) {
    let mut kinds: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for file in export.files.iter().filter(|f| f.kind.is_some() && f.header.is_none()) {
        let entry = kinds.entry(file.kind.map(|k| k.to_string()).unwrap_or_default()).or_default();
        *entry = (entry.0 + 1, entry.1 + file.rows, entry.2 + file.duplicates);
    }
    let files: Vec<String> = kinds
        .iter()
        .map(|(kind, (n, rows, repeated))| {
            let times = if *n > 1 { format!(" ×{n}") } else { String::new() };
            let repeated = if *repeated > 0 { format!(", {repeated} repeated") } else { String::new() };
            format!("{kind}{times} ({rows} row{}{repeated})", if *rows == 1 { "" } else { "s" })
        })
        .collect();
    if !files.is_empty() {
        ctx.note(format!(
            "{shown}: {}; {} orders ({added} new, {known} already known).",
            files.join(", "),
            added + known
        ));
    }
    for file in export.files.iter().filter(|f| f.kind.is_some() && f.header.is_some()) {
        let kind = file.kind.map(|k| k.to_string()).unwrap_or_default();
        ctx.note(format!(
            "warning: {} looks like Amazon's {kind} file but lacks a column unspent needs, so it was not read \
             (Amazon may have changed the export; see `unspent problems`)",
            file.file
        ));
    }
    let unknown: Vec<_> = export.files.iter().filter(|f| f.kind.is_none() && f.header.is_some()).collect();
    for file in unknown.iter().take(UNKNOWN_FILES_SHOWN) {
        ctx.note(format!(
            "note: not a file unspent knows: {} (header: {})",
            file.file,
            file.header.as_deref().unwrap_or("")
        ));
    }
    if unknown.len() > UNKNOWN_FILES_SHOWN {
        ctx.note(format!(
            "note: … and {} more files unspent does not know (see `unspent problems`)",
            unknown.len() - UNKNOWN_FILES_SHOWN
        ));
    }
}

fn describe_page(ctx: &Context, page: &PageReading) {
    let balance = page.balance.map(|b| format!(": balance {}", b.format(MoneyStyle::Symbol, true))).unwrap_or_default();
    let seen = page.observed_on.map(|d| format!(" (seen {d})")).unwrap_or_default();
    ctx.note(format!("Saved {} page{balance}{seen}, {} rows.", page.kind.title(), page.rows));
}

/// Shows, for the balances this scan observed, where Amazon and the ledger
/// disagree (both figures), and the lots a page taught that nothing else showed.
async fn explain_balances(ctx: &Context, events: &[Recorded]) -> Result<()> {
    let observed: BTreeSet<&str> =
        events.iter().filter(|r| r.event.kind == EventKind::Balance).map(|r| r.id.as_str()).collect();
    if observed.is_empty() {
        return Ok(());
    }
    let ledger = Ledger::build(&ctx.catalog, &ctx.store.events().await?);
    for lot in ledger.lots.iter().filter(|l| observed.contains(l.id.as_str())) {
        let expires = lot.expires_on.map(|d| format!(" expiring {d}")).unwrap_or_default();
        ctx.note(format!(
            "note: the page shows {} of {} credit{expires} that no scanned mail shows; it is now credit {}",
            lot.granted.format(MoneyStyle::Symbol, true),
            lot.program,
            lot.id
        ));
    }
    for check in ledger.checks.iter().filter(|c| observed.contains(c.event_id.as_str()) && !c.agrees()) {
        let what = match (&check.program, check.expires_on) {
            (Some(program), Some(expiry)) => format!("{program} credit expiring {expiry}"),
            (Some(program), None) => format!("{program} balance"),
            (None, _) => format!("{} balance", check.balance.as_str()),
        };
        let on = check.on.map(|d| format!(" on {d}")).unwrap_or_default();
        let why = if check.observed.minor() > check.estimated.minor() {
            "some credits are not in what was scanned yet"
        } else {
            "some uses are not in what was scanned yet"
        };
        ctx.note(format!(
            "note: Amazon shows {} ({what}){on}; the ledger estimates {}: {why}",
            check.observed.format(MoneyStyle::Symbol, true),
            check.estimated.format(MoneyStyle::Symbol, true)
        ));
    }
    Ok(())
}

/// Says what joining No-Rush credits to the export's orders has taught so far.
async fn explain_shipping(ctx: &Context) -> Result<()> {
    let options = ctx.store.shipping_options().await?;
    let learned: Vec<_> = options.iter().filter(|o| o.learned).collect();
    if learned.is_empty() {
        if options.iter().all(|o| o.no_rush == 0) {
            ctx.note("To learn which shipping option means No-Rush, scan the mail with your \"Benefit Confirmation\" e-mails too.");
        }
        return Ok(());
    }
    for option in &learned {
        ctx.note(format!(
            "No-Rush shipments use shipping option `{}` (learned from {} of {} orders with a No-Rush credit; see `unspent orders --shipping`).",
            option.option, option.no_rush, option.orders
        ));
    }
    let missing = ctx.store.no_rush_orders_without_credit().await?.len();
    if missing > 0 {
        let orders = if missing == 1 { "order" } else { "orders" };
        ctx.note(format!("{missing} {orders} shipped that way have no No-Rush credit: `unspent orders --uncredited`."));
    }
    Ok(())
}

/// The day a page file was saved (its modification day), never after "today".
fn saved_on(ctx: &Context, metadata: &std::fs::Metadata) -> Option<Date> {
    let modified = metadata.modified().ok()?;
    let timestamp = jiff::Timestamp::try_from(modified).ok()?;
    let day = timestamp.to_zoned_datetime(jiff::tz::TimeZone::system()).date();
    Some(day.min(ctx.today))
}

fn read_head(path: &Path, shown: &str) -> Result<Vec<u8>> {
    let file = File::open(path).map_err(|e| unreadable(shown, &e))?;
    let mut head = Vec::with_capacity(8192);
    file.take(8192).read_to_end(&mut head).map_err(|e| unreadable(shown, &e))?;
    Ok(head)
}

fn read_whole(path: &Path, shown: &str) -> Result<Vec<u8>> {
    let file = File::open(path).map_err(|e| unreadable(shown, &e))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| unreadable(shown, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(CliError::input(format!(
            "{shown}: larger than {} MiB: not a file of Amazon's data export or a saved page",
            MAX_FILE_BYTES >> 20
        )));
    }
    Ok(bytes)
}

fn unreadable(shown: &str, error: &std::io::Error) -> CliError {
    CliError::source(format!("{shown}: cannot read: {error}"))
}
