//! Scanning mail files: an mbox (plain, or streamed out of a Takeout archive),
//! a Maildir, `.eml` files.
//!
//! A producer thread reads the files (the mbox splitter decides from each
//! header block alone whether a message can matter: Takeout chats and what
//! `unspent_mail::may_matter` rules out are never parsed), hands the
//! messages that can matter to rayon for extraction, and sends results over
//! a bounded channel to this task, which writes them to the store in
//! batches. Extraction runs under `catch_unwind`: a panic on one hostile
//! message becomes a problem, not a crash.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use indicatif::ProgressBar;
use tokio::sync::mpsc;
use unspent_core::date::add_days;
use unspent_core::{Date, Problem, ProblemKind, SourceKind};
use unspent_mail::{Extraction, MailContext};
use unspent_sources::mbox::{Limits, Mbox, Sink, SplitProblem, split_reader};
use unspent_sources::message::{header_block, header_date, is_gmail_chat, strip_envelope, unquote_mboxrd};
use unspent_sources::packed::{Packed, for_each_mbox};

use super::scan::{Recorder, ScanReport, progress_bar};
use crate::args::ScanArgs;
use crate::context::Context;
use crate::error::{CliError, Result};

/// Bytes of messages waiting for extraction before the reader does the work itself.
const MAX_IN_FLIGHT: usize = 64 << 20;

/// What the reading side sends to the writing side.
enum Found {
    Extracted(Box<Extraction>),
    Problem(Problem),
}

/// What the reading side counted.
#[derive(Default)]
struct Totals {
    messages: u64,
    chats: u64,
    bytes: u64,
    newest: Option<Date>,
}

impl Totals {
    fn saw_headers(&mut self, headers: &[u8], latest_believable: Date) {
        if let Some(date) = header_date(headers).filter(|d| *d <= latest_believable) {
            self.newest = self.newest.max(Some(date));
        }
    }
}

/// Reads one message into events, whatever the message holds.
pub(super) fn extract_safely(message: &[u8], source: SourceKind, origin: &str) -> Extraction {
    let ctx = MailContext { source, origin: Some(origin) };
    match std::panic::catch_unwind(AssertUnwindSafe(|| unspent_mail::extract(message, &ctx))) {
        Ok(extraction) => extraction,
        Err(_) => Extraction {
            problems: vec![Problem {
                kind: ProblemKind::Unreadable,
                source,
                locator: origin.to_string(),
                origin: Some(origin.to_string()),
                message: "unspent crashed reading this message (a bug: please report it); it was skipped".into(),
            }],
            ..Extraction::default()
        },
    }
}

/// Hands messages to rayon, or extracts them on the spot when too many
/// bytes are already waiting (so memory stays bounded).
struct Dispatcher<'s, 'scope> {
    scope: &'s rayon::Scope<'scope>,
    tx: mpsc::Sender<Found>,
    in_flight: Arc<AtomicUsize>,
    source: SourceKind,
}

impl Dispatcher<'_, '_> {
    fn extract(&self, message: Vec<u8>, origin: String) {
        let size = message.len();
        if self.in_flight.load(Ordering::Relaxed) + size > MAX_IN_FLIGHT {
            let extraction = extract_safely(&message, self.source, &origin);
            let _ = self.tx.blocking_send(Found::Extracted(Box::new(extraction)));
            return;
        }
        self.in_flight.fetch_add(size, Ordering::Relaxed);
        let (tx, in_flight, source) = (self.tx.clone(), self.in_flight.clone(), self.source);
        self.scope.spawn(move |_| {
            let extraction = extract_safely(&message, source, &origin);
            drop(message);
            in_flight.fetch_sub(size, Ordering::Relaxed);
            let _ = tx.blocking_send(Found::Extracted(Box::new(extraction)));
        });
    }

    fn problem(&self, origin: String, message: String) {
        let problem = Problem {
            kind: ProblemKind::Unreadable,
            source: self.source,
            locator: origin.clone(),
            origin: Some(origin),
            message,
        };
        let _ = self.tx.blocking_send(Found::Problem(problem));
    }

    /// The writing side gave up (a database error): stop reading.
    fn cancelled(&self) -> bool {
        self.tx.is_closed()
    }
}

fn wanted(headers: &[u8], totals: &mut Totals) -> bool {
    if is_gmail_chat(headers) {
        totals.chats += 1;
        return false;
    }
    unspent_mail::may_matter(headers)
}

struct MboxSink<'d, 's, 'scope> {
    dispatch: &'d Dispatcher<'s, 'scope>,
    name: String,
    limits: Limits,
    totals: Totals,
    latest_believable: Date,
    bar: ProgressBar,
    /// For an archive, the archive's bytes read so far (the bar's measure).
    archive_read: Option<Arc<AtomicU64>>,
}

impl Sink for MboxSink<'_, '_, '_> {
    fn wants(&mut self, _offset: u64, headers: &[u8]) -> bool {
        self.totals.saw_headers(headers, self.latest_believable);
        !self.dispatch.cancelled() && wanted(headers, &mut self.totals)
    }

    fn message(&mut self, offset: u64, raw: &[u8]) {
        let message = unquote_mboxrd(strip_envelope(raw)).into_owned();
        self.dispatch.extract(message, format!("{}:{offset}", self.name));
    }

    fn skipped(&mut self, offset: u64, _len: u64, problem: Option<SplitProblem>) {
        if let Some(problem) = problem {
            self.dispatch.problem(format!("{}:{offset}", self.name), problem.describe(&self.limits));
        }
    }

    fn progress(&mut self, offset: u64) {
        let position = self.archive_read.as_ref().map_or(offset, |read| read.load(Ordering::Relaxed));
        self.bar.set_position(position);
    }
}

/// How a mail file is named in origins, problems and coverage: its absolute path.
fn source_name(path: &Path) -> String {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string()
}

/// Scans an mbox file, or (`packed`) every mbox inside an archive, streamed.
pub async fn scan_mbox(
    ctx: &Context,
    args: &ScanArgs,
    path: &Path,
    packed: Option<Packed>,
    report: &mut ScanReport,
) -> Result<()> {
    let name = source_name(path);
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let bar = progress_bar(ctx, Some(size), true);
    bar.set_message(path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
    let use_mmap = args.mmap && !args.no_mmap;
    let latest_believable = add_days(ctx.today, 1);
    let (tx, rx) = mpsc::channel(1024);
    let producer = {
        let (path, name, bar) = (path.to_path_buf(), name.clone(), bar.clone());
        tokio::task::spawn_blocking(move || -> std::io::Result<Totals> {
            let limits = Limits::default();
            let in_flight = Arc::new(AtomicUsize::new(0));
            let archive_read = Arc::new(AtomicU64::new(0));
            rayon::scope(|scope| {
                let dispatch = Dispatcher { scope, tx, in_flight, source: SourceKind::Mbox };
                let mut sink = MboxSink {
                    dispatch: &dispatch,
                    name: name.clone(),
                    limits,
                    totals: Totals::default(),
                    latest_believable,
                    bar,
                    archive_read: packed.is_some().then(|| archive_read.clone()),
                };
                match packed {
                    Some(packed) => {
                        let found = for_each_mbox(&path, packed, archive_read, &mut |entry, stream| {
                            sink.name = format!("{name}!{entry}");
                            let stats = split_reader(stream, limits, &mut sink)?;
                            sink.totals.bytes += stats.bytes;
                            sink.totals.messages += stats.messages;
                            Ok(())
                        })
                        .map_err(|e| {
                            let why = format!("cannot read the archive to its end ({e}); was it cut short?");
                            std::io::Error::new(e.kind(), why)
                        })?;
                        if found == 0 {
                            return Err(std::io::Error::other("no mbox file inside this archive"));
                        }
                    }
                    None => {
                        let mut mbox = if use_mmap {
                            // SAFETY: the user asked for --mmap, whose help says the file must
                            // not change while it is read; Mbox falls back to reads if mapping fails.
                            unsafe { Mbox::open_mmap(&path)? }
                        } else {
                            Mbox::open(&path)?
                        }
                        .with_limits(limits);
                        let stats = mbox.split(&mut sink)?;
                        sink.totals.bytes = stats.bytes;
                        sink.totals.messages = stats.messages;
                    }
                }
                Ok(sink.totals)
            })
        })
    };
    let totals = finish(ctx, args, &name, rx, producer, report).await;
    bar.finish_and_clear();
    let totals = totals?;
    if let Some(newest) = totals.newest {
        ctx.store.note_coverage(&name, SourceKind::Mbox, newest, &super::add::now_rfc3339()).await?;
    }
    Ok(())
}

/// Scans message files: a Maildir's, an `.eml`, a folder of them.
pub async fn scan_files(
    ctx: &Context,
    args: &ScanArgs,
    kind: SourceKind,
    root: &Path,
    files: Vec<PathBuf>,
    report: &mut ScanReport,
) -> Result<()> {
    let name = source_name(root);
    let total: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    let bar = progress_bar(ctx, Some(total), true);
    bar.set_message(root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
    let latest_believable = add_days(ctx.today, 1);
    let (tx, rx) = mpsc::channel(1024);
    let producer = {
        let bar = bar.clone();
        tokio::task::spawn_blocking(move || -> std::io::Result<Totals> {
            let in_flight = Arc::new(AtomicUsize::new(0));
            let max_message = Limits::default().max_message;
            rayon::scope(|scope| {
                let dispatch = Dispatcher { scope, tx, in_flight, source: kind };
                let mut totals = Totals::default();
                for file in files {
                    if dispatch.cancelled() {
                        break;
                    }
                    read_message_file(&file, max_message, &dispatch, &mut totals, latest_believable);
                    bar.set_position(totals.bytes);
                }
                Ok(totals)
            })
        })
    };
    let totals = finish(ctx, args, &name, rx, producer, report).await;
    bar.finish_and_clear();
    let totals = totals?;
    if let Some(newest) = totals.newest {
        ctx.store.note_coverage(&name, kind, newest, &super::add::now_rfc3339()).await?;
    }
    Ok(())
}

/// How much of a message file is read to judge it from its headers.
const HEAD: u64 = 256 << 10;

fn read_message_file(file: &Path, max_message: usize, dispatch: &Dispatcher, totals: &mut Totals, latest: Date) {
    use std::io::Read;
    let origin = file.display().to_string();
    let mut bytes = Vec::new();
    // The head first: most messages are judged from their headers and never read whole.
    let opened = std::fs::File::open(file);
    let read = opened.and_then(|mut f| {
        let size = f.metadata()?.len();
        (&mut f).take(HEAD).read_to_end(&mut bytes)?;
        Ok((f, size))
    });
    let (f, size) = match read {
        Ok(read) => read,
        // A mail program moved it (Maildir flags are in the name): the next scan finds it.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => return dispatch.problem(origin, format!("cannot read this file: {e}")),
    };
    totals.messages += 1;
    totals.bytes += size.max(bytes.len() as u64);
    let headers = header_block(strip_envelope(&bytes));
    totals.saw_headers(headers, latest);
    if !wanted(headers, totals) {
        return;
    }
    if size > max_message as u64 {
        return dispatch.problem(origin, SplitProblem::TooLarge.describe(&Limits::default()));
    }
    if let Err(e) = f.take(max_message as u64 + 1 - bytes.len() as u64).read_to_end(&mut bytes) {
        return dispatch.problem(origin, format!("cannot read this file: {e}"));
    }
    let message = strip_envelope(&bytes);
    let message = if message.len() == bytes.len() { bytes } else { message.to_vec() };
    dispatch.extract(message, origin);
}

/// Writes what the producer finds until it is done, then returns its totals.
async fn finish(
    ctx: &Context,
    args: &ScanArgs,
    name: &str,
    mut rx: mpsc::Receiver<Found>,
    producer: tokio::task::JoinHandle<std::io::Result<Totals>>,
    report: &mut ScanReport,
) -> Result<Totals> {
    let mut recorder = Recorder::new(ctx, name.to_string(), args.commit_every);
    let written: Result<()> = async {
        while let Some(found) = rx.recv().await {
            match found {
                Found::Extracted(extraction) => recorder.extracted(*extraction, report).await?,
                Found::Problem(problem) => recorder.problem(problem, report).await?,
            }
        }
        recorder.flush(report).await
    }
    .await;
    drop(rx); // on a write error, lets the producer stop early
    let totals = producer.await.map_err(|e| CliError::internal(format!("{name}: the reader crashed: {e}")))?;
    written?;
    let totals = totals.map_err(|e| CliError::source(format!("{name}: {e}")))?;
    report.documents += totals.messages;
    report.chats_skipped += totals.chats;
    report.bytes += totals.bytes;
    Ok(totals)
}
