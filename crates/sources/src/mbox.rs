//! Splitting an mbox into messages at disk speed, in bounded memory.
//!
//! A message starts at a line `From ` (the envelope line) at the start of
//! the file or right after a newline. Body lines that start with `From ` are
//! quoted by mbox writers (`>From `), but some writers (mboxo) do it
//! inconsistently, so a `From ` line only counts as a boundary when it looks
//! like an envelope: it carries a time of day (`Mon Jan  5 10:33:00 2024`,
//! Takeout's `From 1234@xxx Mon Jan 05 10:33:00 +0000 2024`). Prose such as
//! "From the desk of…" does not split a message.
//!
//! The splitter reads the file through a window that normally holds one
//! block. It decides, from each message's header block alone, whether the
//! caller wants the whole message ([`Sink::wants`]); a message nobody wants
//! is never buffered, whatever its size. Only wanted messages are kept in
//! the window until they end, up to [`Limits::max_message`]: beyond that
//! the message is reported and skipped, so memory stays bounded by the
//! limits, never by the file.
//!
//! With [`Mbox::open`] the file is read with plain reads. [`Mbox::open_mmap`]
//! maps it instead (faster on large files, and zero-copy); it is `unsafe`
//! because a mapped file that another process truncates or changes while
//! it is read is undefined behaviour, and it falls back to reads when the
//! map cannot be made.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use memchr::memmem;

/// The longest envelope (`From `) line accepted. Real ones are under 100 bytes.
const MAX_ENVELOPE: usize = 1024;

/// What bounds the splitter's memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// How much is read at a time, and the window's usual size.
    pub block: usize,
    /// A header block longer than this makes the message unreadable.
    pub max_header: usize,
    /// A wanted message longer than this is reported and skipped.
    pub max_message: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { block: 1 << 20, max_header: 1 << 20, max_message: 64 << 20 }
    }
}

/// Why a stretch of the file was not passed on as a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SplitProblem {
    /// Bytes before the first `From ` line: not part of any message.
    NotMbox,
    /// No end of the header block within [`Limits::max_header`] bytes.
    HeaderTooLong,
    /// Wanted, but longer than [`Limits::max_message`].
    TooLarge,
}

impl SplitProblem {
    /// One line for the user, given the limits in force.
    pub fn describe(self, limits: &Limits) -> String {
        match self {
            SplitProblem::NotMbox => "bytes before the first `From ` line are not part of any message".into(),
            SplitProblem::HeaderTooLong => {
                format!("no end of the header block within {} bytes: not a readable message", limits.max_header)
            }
            SplitProblem::TooLarge => format!(
                "message larger than {} MiB, skipped (it may be Amazon's: look at it by hand)",
                limits.max_message >> 20
            ),
        }
    }
}

/// Receives what the splitter finds, in file order.
pub trait Sink {
    /// A message starts at `offset`; `headers` is its header block (after
    /// the envelope line, up to the blank line). Return true to receive the
    /// whole message through [`Sink::message`].
    fn wants(&mut self, offset: u64, headers: &[u8]) -> bool;

    /// A wanted message, whole: from its envelope line to just before the
    /// next one, exactly as stored (still `>From `-quoted: see
    /// [`crate::message::unquote_mboxrd`]).
    fn message(&mut self, offset: u64, raw: &[u8]);

    /// A stretch of `len` bytes at `offset` that was not passed on: a
    /// message not wanted (`problem` is `None`), or one that could not be.
    fn skipped(&mut self, offset: u64, len: u64, problem: Option<SplitProblem>);

    /// Everything before `offset` has been dealt with.
    fn progress(&mut self, _offset: u64) {}
}

/// What one split saw.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SplitStats {
    pub bytes: u64,
    /// Messages seen (wanted or not), not counting a leading non-mbox stretch.
    pub messages: u64,
}

/// An mbox file, ready to split.
pub struct Mbox {
    path: PathBuf,
    file: File,
    map: Option<memmap2::Mmap>,
    limits: Limits,
}

impl Mbox {
    /// Opens `path` to be read with plain reads.
    pub fn open(path: &Path) -> io::Result<Mbox> {
        Ok(Mbox { path: path.to_path_buf(), file: File::open(path)?, map: None, limits: Limits::default() })
    }

    /// Opens `path` memory-mapped, falling back to plain reads when the map
    /// cannot be made (a pipe, a file system without mmap, no address space).
    ///
    /// # Safety
    ///
    /// The caller promises that no process truncates or modifies the file
    /// while it is mapped: that would be undefined behaviour (in practice a
    /// SIGBUS or torn reads). An mbox that a mail client is appending to is
    /// not safe to map; use [`Mbox::open`] for it.
    pub unsafe fn open_mmap(path: &Path) -> io::Result<Mbox> {
        let mut mbox = Mbox::open(path)?;
        // SAFETY: the caller of this function promised that the file is not
        // modified while mapped; the map lives no longer than `mbox`.
        // Without a map, plain reads it is.
        if let Ok(map) = unsafe { memmap2::Mmap::map(&mbox.file) } {
            #[cfg(unix)]
            let _ = map.advise(memmap2::Advice::Sequential);
            mbox.map = Some(map);
        }
        Ok(mbox)
    }

    /// Replaces the default limits.
    pub fn with_limits(mut self, limits: Limits) -> Mbox {
        self.limits = limits;
        self
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file is being read through a memory map.
    pub fn is_mapped(&self) -> bool {
        self.map.is_some()
    }

    /// The file's size when it was opened.
    pub fn len(&self) -> u64 {
        match &self.map {
            Some(map) => map.len() as u64,
            None => self.file.metadata().map(|m| m.len()).unwrap_or(0),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Splits the whole file, passing what it finds to `sink`.
    pub fn split(&mut self, sink: &mut dyn Sink) -> io::Result<SplitStats> {
        match &self.map {
            Some(map) => Ok(split_slice(map, self.limits, sink)),
            None => split_reader(&mut self.file, self.limits, sink),
        }
    }
}

/// Splits bytes already in memory (a memory map, a test, a fuzz input).
pub fn split_slice(bytes: &[u8], limits: Limits, sink: &mut dyn Sink) -> SplitStats {
    let mut splitter = Splitter::new(limits, bytes);
    let retain = splitter.round(bytes, 0, true, sink);
    debug_assert_eq!(retain, bytes.len());
    sink.progress(bytes.len() as u64);
    splitter.stats
}

/// Splits whatever `reader` yields, holding at most a window of it.
pub fn split_reader(reader: &mut dyn Read, limits: Limits, sink: &mut dyn Sink) -> io::Result<SplitStats> {
    let block = limits.block.max(4096);
    let mut buf = vec![0u8; block];
    let mut filled = read_some(reader, &mut buf[..])?;
    let mut eof = filled < buf.len();
    let mut splitter = Splitter::new(limits, &buf[..filled]);
    let mut base = 0u64;
    loop {
        let retain = splitter.round(&buf[..filled], base, eof, sink);
        sink.progress(base + retain as u64);
        if eof {
            return Ok(splitter.stats);
        }
        buf.copy_within(retain..filled, 0);
        base += retain as u64;
        filled -= retain;
        if buf.len() - filled < block / 2 {
            buf.resize(filled + block, 0); // a long message is being kept: grow
        } else if buf.len() > 4 * block && filled < block {
            buf.truncate(2 * block); // it ended: give the memory back
            buf.shrink_to_fit();
        }
        let got = read_some(reader, &mut buf[filled..])?;
        eof = got < buf.len() - filled;
        filled += got;
    }
}

/// Reads until `buf` is full or the reader is exhausted.
fn read_some(reader: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match reader.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(got) => n += got,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

#[derive(Clone, Copy, Debug)]
enum State {
    /// A message's envelope line starts at this file offset.
    Start {
        start: u64,
    },
    /// In a message (or a non-mbox stretch) that started at `start`,
    /// looking for the next boundary from file offset `scan`.
    Body {
        start: u64,
        keep: bool,
        scan: u64,
        problem: Option<SplitProblem>,
    },
    Done,
}

enum Boundary {
    /// A valid envelope line starts here.
    At(usize),
    /// A candidate at this index needs more bytes to be judged.
    NeedMore(usize),
    /// None before the end; scanning may resume from this index.
    None(usize),
}

struct Splitter {
    limits: Limits,
    finder: memmem::Finder<'static>,
    state: State,
    stats: SplitStats,
}

impl Splitter {
    fn new(limits: Limits, first: &[u8]) -> Splitter {
        let state = if first.is_empty() {
            State::Done
        } else if first.starts_with(b"From ") || (first.len() < 5 && b"From ".starts_with(first)) {
            State::Start { start: 0 }
        } else {
            State::Body { start: 0, keep: false, scan: 0, problem: Some(SplitProblem::NotMbox) }
        };
        Splitter { limits, finder: memmem::Finder::new(b"\nFrom ").into_owned(), state, stats: SplitStats::default() }
    }

    /// Processes the window `w` (file offset `base`). Returns the index of
    /// the first byte that must still be in the window next round; at the
    /// end of the input (`eof`) everything is dealt with and it returns `w.len()`.
    fn round(&mut self, w: &[u8], base: u64, eof: bool, sink: &mut dyn Sink) -> usize {
        loop {
            match self.state {
                State::Done => {
                    self.stats.bytes = base + w.len() as u64;
                    return w.len();
                }
                State::Start { start } => {
                    let s = (start - base) as usize;
                    if s >= w.len() {
                        if eof {
                            self.state = State::Done;
                            continue;
                        }
                        return s.min(w.len());
                    }
                    match self.start_message(w, base, s, eof, sink) {
                        Some(next) => self.state = next,
                        None => return s,
                    }
                }
                State::Body { start, keep, scan, problem } => {
                    let from = (scan - base) as usize;
                    // Only a kept message is still in the window from its start.
                    let s = keep.then(|| (start - base) as usize);
                    match self.next_boundary(w, from, eof) {
                        Boundary::At(b) => {
                            self.finish(start, base + b as u64, s.map(|s| &w[s..b]), problem, sink);
                            self.state = State::Start { start: base + b as u64 };
                        }
                        Boundary::None(_) if eof => {
                            self.finish(start, base + w.len() as u64, s.map(|s| &w[s..]), problem, sink);
                            self.state = State::Done;
                        }
                        Boundary::NeedMore(resume) | Boundary::None(resume) => {
                            // Holding a kept message until it ends: not beyond the cap.
                            let (keep, problem) = match s {
                                Some(s) if w.len() - s > self.limits.max_message => {
                                    (false, Some(SplitProblem::TooLarge))
                                }
                                _ => (keep, problem),
                            };
                            self.state = State::Body { start, keep, scan: base + resume as u64, problem };
                            return if keep { s.unwrap_or(resume) } else { resume };
                        }
                    }
                }
            }
        }
    }

    /// Reads the envelope line and header block of the message at `s` and
    /// asks the sink whether it wants it. `None` means more bytes are needed.
    fn start_message(&mut self, w: &[u8], base: u64, s: usize, eof: bool, sink: &mut dyn Sink) -> Option<State> {
        let start = base + s as u64;
        let max_header = self.limits.max_header;
        let envelope_end = memchr::memchr(b'\n', &w[s..w.len().min(s + MAX_ENVELOPE)]);
        let Some(envelope_end) = envelope_end else {
            if !eof && w.len() - s < MAX_ENVELOPE {
                return None;
            }
            // No newline: the message is an envelope line and nothing else
            // (a truncated file), or not a message at all.
            let problem = (w.len() - s >= MAX_ENVELOPE).then_some(SplitProblem::HeaderTooLong);
            self.stats.messages += 1;
            let keep = problem.is_none() && sink.wants(start, b"");
            return Some(State::Body { start, keep, scan: start + 1, problem });
        };
        let h0 = s + envelope_end + 1;
        let limit = w.len().min(h0.saturating_add(max_header));
        let header_end = find_header_end(&w[h0..limit]).map(|e| h0 + e);
        // A message with no blank line ends at the next boundary.
        let scan_to = header_end.unwrap_or(limit);
        let boundary = match self.next_boundary(&w[..scan_to], s, eof && scan_to == w.len()) {
            Boundary::At(b) => Some(b),
            _ => None,
        };
        match (header_end, boundary) {
            (_, Some(b)) => {
                self.stats.messages += 1;
                let headers = trim_newline(&w[h0.min(b)..b]);
                let keep = sink.wants(start, headers);
                self.finish(start, base + b as u64, keep.then(|| &w[s..b]), None, sink);
                Some(State::Start { start: base + b as u64 })
            }
            (Some(he), None) => {
                self.stats.messages += 1;
                let keep = sink.wants(start, &w[h0..he]);
                Some(State::Body { start, keep, scan: base + he as u64, problem: None })
            }
            (None, None) if limit - h0 >= max_header => {
                self.stats.messages += 1;
                Some(State::Body {
                    start,
                    keep: false,
                    scan: base + h0 as u64,
                    problem: Some(SplitProblem::HeaderTooLong),
                })
            }
            (None, None) if eof => {
                // Headers only, up to the end of the file.
                self.stats.messages += 1;
                let keep = sink.wants(start, trim_newline(&w[h0..]));
                self.finish(start, base + w.len() as u64, keep.then(|| &w[s..]), None, sink);
                Some(State::Done)
            }
            (None, None) => None,
        }
    }

    /// A message from `start` to `end` is over: pass it on when it was kept
    /// (`kept` holds its bytes), or report it skipped.
    fn finish(
        &mut self,
        start: u64,
        end: u64,
        kept: Option<&[u8]>,
        problem: Option<SplitProblem>,
        sink: &mut dyn Sink,
    ) {
        match kept {
            Some(raw) if problem.is_none() && raw.len() <= self.limits.max_message => sink.message(start, raw),
            Some(_) => sink.skipped(start, end - start, problem.or(Some(SplitProblem::TooLarge))),
            None if end > start => sink.skipped(start, end - start, problem),
            None => {}
        }
        sink.progress(end);
    }

    /// Finds the next envelope line in `w` whose newline is at or after `from`.
    fn next_boundary(&self, w: &[u8], from: usize, eof: bool) -> Boundary {
        let mut at = from;
        while at < w.len() {
            let Some(i) = self.finder.find(&w[at..]) else { break };
            let nl = at + i;
            let line = nl + 1;
            let window = &w[line..w.len().min(line + MAX_ENVELOPE)];
            match memchr::memchr(b'\n', window) {
                Some(e) if is_envelope(&window[..e]) => return Boundary::At(line),
                Some(_) => {}
                None if !eof && window.len() < MAX_ENVELOPE => return Boundary::NeedMore(nl),
                None if eof && is_envelope(window) => return Boundary::At(line),
                None => {}
            }
            at = nl + 1;
        }
        // A partial "\nFrom " may sit in the last five bytes.
        let resume = if eof { w.len() } else { w.len().saturating_sub(5).max(from) };
        Boundary::None(resume)
    }
}

/// Whether a `From ` line (without its newline) is an envelope line: it
/// must carry a time of day, as every mbox writer's postmark does.
pub fn is_envelope(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"From ") else { return false };
    // hh:mm with one or two hour digits
    rest.windows(4).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit())
}

/// The index of the blank line that ends a header block (`\n\n` or
/// `\n\r\n`), i.e. the length of the headers including their last newline.
/// A block that starts with a blank line has no headers.
pub fn find_header_end(bytes: &[u8]) -> Option<usize> {
    if bytes.starts_with(b"\n") || bytes.starts_with(b"\r\n") {
        return Some(0);
    }
    let mut at = 0;
    while let Some(i) = memchr::memchr(b'\n', &bytes[at..]) {
        let nl = at + i;
        match bytes.get(nl + 1) {
            Some(b'\n') => return Some(nl + 1),
            Some(b'\r') if bytes.get(nl + 2) == Some(&b'\n') => return Some(nl + 1),
            None => return None,
            _ => at = nl + 1,
        }
    }
    None
}

fn trim_newline(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes.strip_suffix(b"\r").unwrap_or(bytes)
}

#[cfg(test)]
mod tests;
