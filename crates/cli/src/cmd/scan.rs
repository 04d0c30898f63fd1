//! `unspent scan`: read sources into the store, batch by batch, and report.
//!
//! Every argument is detected first (by content: [`unspent_sources::detect`]),
//! so a typo fails the command before anything is read (exit 5). Mail is
//! read by [`scan_mail`] (files) and [`scan_imap`] (a live mailbox); Amazon's
//! export files and saved pages go to [`scan_export`]. When a source fails
//! half-way (an I/O or network error), what was read is kept, the other
//! sources are still scanned, and the command exits with the first error.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use unspent_core::{EventKind, Problem, Recorded};
use unspent_mail::{Extraction, Verdict};
use unspent_sources::Input;
use unspent_store::{Batch, ImportOutcome};

use super::{scan_export, scan_imap, scan_mail};
use crate::args::ScanArgs;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output;

/// What a scan read and changed, summed over every path.
#[derive(Debug, Default, Serialize)]
pub struct ScanReport {
    /// Messages, rows or pages read.
    pub documents: u64,
    /// Of those, the ones from Amazon (or Amazon's own files).
    pub amazon: u64,
    /// Events read, by kind, whether new or already known.
    pub found: BTreeMap<&'static str, usize>,
    /// Events new to the database.
    pub added: usize,
    /// Events already recorded from the same evidence.
    pub already_known: usize,
    /// Problems met (bad messages, rows, pages; suspicious senders).
    pub problems: usize,
    /// Messages that claimed to be Amazon's and were not believed.
    pub rejected: u64,
    /// Google Takeout chat transcripts, skipped.
    pub chats_skipped: u64,
    /// Bytes of mail files read.
    pub bytes: u64,
    /// Messages downloaded from IMAP servers.
    pub fetched: u64,
}

impl ScanReport {
    /// Counts one imported batch.
    pub fn absorb(&mut self, events: &[Recorded], problems: usize, outcome: ImportOutcome) {
        for record in events {
            *self.found.entry(record.event.kind.as_str()).or_default() += 1;
        }
        self.added += outcome.added;
        self.already_known += outcome.already_known;
        self.problems += problems;
    }

    fn print(&self, ctx: &Context) -> Result<()> {
        let kinds: Vec<String> =
            EventKind::ALL.iter().filter_map(|k| self.found.get(k.as_str()).map(|n| format!("{n} {k}"))).collect();
        let mut extra = Vec::new();
        if self.rejected > 0 {
            extra.push(format!("{} not believed (look-alike or failed authentication)", self.rejected));
        }
        if self.chats_skipped > 0 {
            extra.push(format!("{} chat transcripts skipped", self.chats_skipped));
        }
        output::println(format!(
            "Read {} documents ({} from Amazon{}): found {} ({} new, {} already known); {} problems.",
            self.documents,
            self.amazon,
            extra.iter().map(|e| format!(", {e}")).collect::<String>(),
            if kinds.is_empty() { "no events".to_string() } else { kinds.join(", ") },
            self.added,
            self.already_known,
            self.problems
        ))?;
        if self.problems > 0 {
            ctx.note("See `unspent problems` for what could not be read and where to find it.");
        }
        Ok(())
    }
}

pub async fn run(ctx: &Context, args: ScanArgs) -> Result<()> {
    let inputs = args
        .paths
        .iter()
        .map(|arg| unspent_sources::detect(arg).map_err(CliError::source))
        .collect::<Result<Vec<_>>>()?;
    if inputs.iter().any(|i| matches!(i, Input::Imap(_))) {
        scan_imap::check_credentials(ctx, &args)?;
    }
    let mut report = ScanReport::default();
    let mut first_error: Option<CliError> = None;
    for input in inputs {
        if let Err(error) = scan_input(ctx, &args, input, &mut report).await {
            if first_error.is_some() {
                eprintln!("unspent: {error}");
            }
            first_error.get_or_insert(error);
        }
    }
    if args.json {
        output::print_json(&report)?
    } else {
        report.print(ctx)?
    }
    first_error.map_or(Ok(()), Err)
}

async fn scan_input(ctx: &Context, args: &ScanArgs, input: Input, report: &mut ScanReport) -> Result<()> {
    match input {
        Input::Export(path) => scan_export::scan_file(ctx, &path, report).await,
        Input::Imap(url) => scan_imap::scan(ctx, args, &url, report).await,
        Input::Mbox(path) => scan_mail::scan_mbox(ctx, args, &path, None, report).await,
        Input::Packed(path, packed) => scan_mail::scan_mbox(ctx, args, &path, Some(packed), report).await,
        Input::Maildir(root) => {
            let files = unspent_sources::maildir_messages(&root)
                .map_err(|e| CliError::source(format!("{}: cannot list the Maildir: {e}", root.display())))?;
            scan_mail::scan_files(ctx, args, unspent_core::SourceKind::Maildir, &root, files, report).await
        }
        Input::Eml(path) => {
            scan_mail::scan_files(ctx, args, unspent_core::SourceKind::Eml, &path, vec![path.clone()], report).await
        }
        Input::MailFolder { root, messages, mboxes, export } => {
            if !messages.is_empty() {
                scan_mail::scan_files(ctx, args, unspent_core::SourceKind::Eml, &root, messages, report).await?;
            }
            for mbox in mboxes {
                scan_mail::scan_mbox(ctx, args, &mbox, None, report).await?;
            }
            if export {
                scan_export::scan_file(ctx, &root, report).await?;
            }
            Ok(())
        }
    }
}

/// A progress bar on stderr, only when a person is watching it.
pub(super) fn progress_bar(ctx: &Context, total: Option<u64>, unit_is_bytes: bool) -> ProgressBar {
    if ctx.quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match total {
        Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
    };
    let template = if unit_is_bytes {
        "{spinner} {msg} [{wide_bar}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}"
    } else {
        "{spinner} {msg} [{wide_bar}] {pos}/{len} messages ETA {eta}"
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Collects what extraction found and writes it to the store in batches:
/// one transaction each, so a scan killed midway keeps what it committed
/// and a rerun completes it (event ids are idempotent).
pub(super) struct Recorder<'a> {
    ctx: &'a Context,
    source: String,
    started_at: String,
    events: Vec<Recorded>,
    problems: Vec<Problem>,
    since_flush: usize,
    last_flush: Instant,
    commit_every: usize,
}

impl<'a> Recorder<'a> {
    pub fn new(ctx: &'a Context, source: String, commit_every: usize) -> Recorder<'a> {
        Recorder {
            ctx,
            source,
            started_at: super::add::now_rfc3339(),
            events: Vec::new(),
            problems: Vec::new(),
            since_flush: 0,
            last_flush: Instant::now(),
            commit_every: commit_every.max(1),
        }
    }

    /// One message's extraction.
    pub async fn extracted(&mut self, extraction: Extraction, report: &mut ScanReport) -> Result<()> {
        match extraction.verdict {
            Verdict::Amazon => report.amazon += 1,
            Verdict::Rejected => report.rejected += 1,
            Verdict::NotAmazon => {}
        }
        self.events.extend(extraction.events);
        self.problems.extend(extraction.problems);
        self.since_flush += 1;
        self.maybe_flush(report).await
    }

    pub async fn problem(&mut self, problem: Problem, report: &mut ScanReport) -> Result<()> {
        self.problems.push(problem);
        self.since_flush += 1;
        self.maybe_flush(report).await
    }

    async fn maybe_flush(&mut self, report: &mut ScanReport) -> Result<()> {
        let due = self.since_flush >= self.commit_every
            || self.events.len() + self.problems.len() >= 2000
            || self.last_flush.elapsed() >= Duration::from_secs(2);
        if due { self.flush(report).await } else { Ok(()) }
    }

    /// Writes what is pending, in one transaction.
    pub async fn flush(&mut self, report: &mut ScanReport) -> Result<()> {
        self.since_flush = 0;
        self.last_flush = Instant::now();
        if self.events.is_empty() && self.problems.is_empty() {
            return Ok(());
        }
        let batch = Batch {
            source: self.source.clone(),
            started_at: self.started_at.clone(),
            events: std::mem::take(&mut self.events),
            problems: std::mem::take(&mut self.problems),
        };
        let outcome = self.ctx.store.import(&batch).await?;
        report.absorb(&batch.events, batch.problems.len(), outcome);
        Ok(())
    }
}
