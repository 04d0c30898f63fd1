//! What a path or URL holds, judged by its content, never by its name.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::imap::ImapUrl;
use crate::packed::{Packed, sniff_packed};

/// How many bytes of a file are looked at to tell what it is.
const SNIFF: usize = 8192;
/// How deep and how wide a folder is searched for mail and export files.
const MAX_DEPTH: usize = 8;
const MAX_ENTRIES: usize = 1_000_000;

/// One thing to scan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// An mbox file (mboxo, mboxrd, Google Takeout).
    Mbox(PathBuf),
    /// A Maildir (a folder with `cur/` and/or `new/`), with its Maildir++ subfolders.
    Maildir(PathBuf),
    /// A folder of messages (`.eml` or any other name) and/or mbox files.
    /// `export` is set when it also holds Amazon export files.
    MailFolder { root: PathBuf, messages: Vec<PathBuf>, mboxes: Vec<PathBuf>, export: bool },
    /// One message.
    Eml(PathBuf),
    /// Mail in an archive: a Takeout `.zip`/`.tgz` with mbox files, or a gzipped mbox.
    Packed(PathBuf, Packed),
    /// A live IMAP mailbox.
    Imap(ImapUrl),
    /// Amazon's data export or a saved page: a zip, a CSV, an HTML page, or
    /// a folder holding them. Read by the export reader, not by this crate.
    Export(PathBuf),
}

impl Input {
    /// A short name for the kind, for messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Input::Mbox(_) => "mbox",
            Input::Maildir(_) => "Maildir",
            Input::MailFolder { .. } => "folder of messages",
            Input::Eml(_) => "message",
            Input::Packed(..) => "archive of mail",
            Input::Imap(_) => "IMAP mailbox",
            Input::Export(_) => "Amazon export or saved page",
        }
    }
}

/// Why an argument cannot be scanned. One line a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum DetectError {
    #[error("{0}: no such file or directory")]
    NotFound(String),
    #[error("{path}: cannot read it: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("{0}: is empty")]
    Empty(String),
    #[error("{0}: cannot tell what this is (not an mbox, an e-mail, a Maildir, an Amazon export or a saved page)")]
    Unknown(String),
    #[error(
        "{0}: a gzip file with no mbox inside (unspent reads Takeout .zip and .tgz archives and gzipped mbox files)"
    )]
    PackedWithoutMail(String),
    #[error("{0}: holds no mail and no Amazon export files")]
    EmptyFolder(String),
    #[error("{0}")]
    BadUrl(String),
}

/// What the first bytes of a file say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    Mbox,
    Message,
    Zip,
    Csv,
    Html,
    Unknown,
}

impl Sniffed {
    fn is_export(self) -> bool {
        matches!(self, Sniffed::Zip | Sniffed::Csv | Sniffed::Html)
    }
}

/// Judges one argument: an `imap://`/`imaps://` URL, a file or a folder.
pub fn detect(arg: &str) -> Result<Input, DetectError> {
    if let Some(url) = ImapUrl::recognise(arg) {
        return url.map(Input::Imap).map_err(DetectError::BadUrl);
    }
    let path = Path::new(arg);
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => DetectError::NotFound(arg.to_string()),
        _ => DetectError::Unreadable { path: arg.to_string(), reason: e.to_string() },
    })?;
    if meta.is_dir() {
        return detect_folder(path);
    }
    let head = read_head(path).map_err(|e| DetectError::Unreadable { path: arg.to_string(), reason: e.to_string() })?;
    if head.is_empty() {
        return Err(DetectError::Empty(arg.to_string()));
    }
    let unreadable = |e: io::Error| DetectError::Unreadable { path: arg.to_string(), reason: e.to_string() };
    if let Some(packed) = sniff_packed(path, &head).map_err(unreadable)? {
        return Ok(Input::Packed(path.to_path_buf(), packed));
    }
    if head.starts_with(b"\x1f\x8b") {
        return Err(DetectError::PackedWithoutMail(arg.to_string()));
    }
    match sniff(&head) {
        Sniffed::Mbox => Ok(Input::Mbox(path.to_path_buf())),
        Sniffed::Message => Ok(Input::Eml(path.to_path_buf())),
        Sniffed::Zip | Sniffed::Csv | Sniffed::Html => Ok(Input::Export(path.to_path_buf())),
        Sniffed::Unknown => Err(DetectError::Unknown(arg.to_string())),
    }
}

fn read_head(path: &Path) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(SNIFF);
    File::open(path)?.take(SNIFF as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// Tells a file's kind from its first bytes.
pub fn sniff(head: &[u8]) -> Sniffed {
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return Sniffed::Zip;
    }
    if head.starts_with(b"From ") {
        return Sniffed::Mbox;
    }
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let trimmed = text.trim_ascii_start();
    if looks_like_html(trimmed) {
        return Sniffed::Html;
    }
    if looks_like_message(text) {
        return Sniffed::Message;
    }
    if looks_like_csv(text) {
        return Sniffed::Csv;
    }
    Sniffed::Unknown
}

fn looks_like_html(text: &[u8]) -> bool {
    let lower = text.to_ascii_lowercase();
    if lower.starts_with(b"<?xml") {
        return memchr::memmem::find(&lower, b"<html").is_some();
    }
    [&b"<!doctype html"[..], b"<html", b"<!-- saved from", b"<head", b"<meta", b"<body"]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// RFC 5322 header fields from the first line on, including at least one
/// that every message carries.
fn looks_like_message(text: &[u8]) -> bool {
    let headers = crate::message::header_block(text);
    if headers.contains(&0) {
        return false; // a binary body is fine, binary headers are not
    }
    let mut fields = 0;
    let mut known = false;
    for (n, line) in headers.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        if matches!(line[0], b' ' | b'\t') {
            if n == 0 {
                return false;
            }
            continue; // folded continuation
        }
        let Some(colon) = memchr::memchr(b':', line) else {
            if n > 0 && !known_line_end(headers, line) {
                break; // the sniffed head ends mid-line
            }
            return false;
        };
        let name = &line[..colon];
        if name.is_empty() || !name.iter().all(|&b| b.is_ascii_graphic() && b != b':') {
            return false;
        }
        fields += 1;
        known |= is_known_field(name);
    }
    fields > 0 && known
}

/// Fields that only mail has (a CSV header row has no `Name:` first).
fn is_known_field(name: &[u8]) -> bool {
    const FIELDS: [&str; 14] = [
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "delivered-to",
        "reply-to",
        "sender",
        "dkim-signature",
        "authentication-results",
    ];
    let lower = name.to_ascii_lowercase();
    FIELDS.iter().any(|k| lower == k.as_bytes())
        || [&b"content-"[..], b"x-", b"arc-"].iter().any(|p| lower.starts_with(p))
}

fn known_line_end(headers: &[u8], line: &[u8]) -> bool {
    // whether `line` is complete (followed by a newline) rather than cut by the sniff limit
    let end = line.as_ptr() as usize - headers.as_ptr() as usize + line.len();
    end < headers.len()
}

/// A first line of comma-, tab- or semicolon-separated text.
fn looks_like_csv(text: &[u8]) -> bool {
    if text.contains(&0) || std::str::from_utf8(&text[..text.len().min(SNIFF - 4)]).is_err() && !mostly_text(text) {
        return false;
    }
    let first = text.split(|&b| b == b'\n').next().unwrap_or(&[]);
    !first.trim_ascii().is_empty() && first.iter().any(|&b| matches!(b, b',' | b'\t' | b';'))
}

fn mostly_text(text: &[u8]) -> bool {
    let printable = text.iter().filter(|&&b| b >= 0x20 || matches!(b, b'\n' | b'\r' | b'\t')).count();
    printable * 100 >= text.len() * 98
}

fn is_maildir(dir: &Path) -> bool {
    dir.join("cur").is_dir() || dir.join("new").is_dir()
}

fn detect_folder(root: &Path) -> Result<Input, DetectError> {
    if is_maildir(root) {
        return Ok(Input::Maildir(root.to_path_buf()));
    }
    let mut messages = Vec::new();
    let mut mboxes = Vec::new();
    let mut export = false;
    let mut seen = 0usize;
    walk(root, 0, &mut seen, &mut |path, kind| match kind {
        Sniffed::Message => messages.push(path),
        Sniffed::Mbox => mboxes.push(path),
        k if k.is_export() => export = true,
        _ => {}
    })
    .map_err(|e| DetectError::Unreadable { path: root.display().to_string(), reason: e.to_string() })?;
    if messages.is_empty() && mboxes.is_empty() {
        return if export {
            Ok(Input::Export(root.to_path_buf()))
        } else {
            Err(DetectError::EmptyFolder(root.display().to_string()))
        };
    }
    messages.sort();
    mboxes.sort();
    Ok(Input::MailFolder { root: root.to_path_buf(), messages, mboxes, export })
}

/// Visits the files under `dir` (not following symbolic links to folders,
/// skipping hidden entries and Maildir `tmp/`), with their sniffed kind.
fn walk(dir: &Path, depth: usize, seen: &mut usize, visit: &mut dyn FnMut(PathBuf, Sniffed)) -> io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    let maildir = is_maildir(dir);
    for entry in entries {
        *seen += 1;
        if *seen > MAX_ENTRIES {
            return Ok(());
        }
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') || (maildir && name == "tmp") {
            continue;
        }
        let kind = entry.file_type()?;
        let path = entry.path();
        if kind.is_dir() {
            if depth < MAX_DEPTH {
                walk(&path, depth + 1, seen, visit)?;
            }
        } else if kind.is_file() || (kind.is_symlink() && path.is_file()) {
            // A file that cannot be read is simply not mail; it is not worth failing the folder.
            if let Ok(head) = read_head(&path)
                && !head.is_empty()
            {
                visit(path, sniff(&head));
            }
        }
    }
    Ok(())
}

/// The message files of a Maildir: `cur/` and `new/` of the folder and of
/// its Maildir++ subfolders (`.Sent/`, `.Archive.2024/`…), sorted.
pub fn maildir_messages(root: &Path) -> io::Result<Vec<PathBuf>> {
    let mut folders = vec![root.to_path_buf()];
    for entry in std::fs::read_dir(root)? {
        let entry = entry?;
        let is_sub = entry.file_name().to_string_lossy().starts_with('.') && entry.file_type()?.is_dir();
        if is_sub && is_maildir(&entry.path()) {
            folders.push(entry.path());
        }
    }
    let mut files = Vec::new();
    for folder in folders {
        for sub in ["cur", "new"] {
            let dir = folder.join(sub);
            if !dir.is_dir() {
                continue;
            }
            for entry in std::fs::read_dir(&dir)? {
                let entry = entry?;
                if !entry.file_name().to_string_lossy().starts_with('.') && entry.file_type()?.is_file() {
                    files.push(entry.path());
                }
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_told_apart_by_content() {
        assert_eq!(sniff(b"From 123@xxx Mon Jan 05 10:00:00 +0000 2024\nFrom: a\n"), Sniffed::Mbox);
        assert_eq!(
            sniff(b"Return-Path: <a@b>\r\nReceived: from x\r\n\tby y\r\nSubject: hi\r\n\r\nbody"),
            Sniffed::Message
        );
        assert_eq!(sniff(b"X-Custom: 1\nFrom: a@b\nTo: c@d\n\nhello"), Sniffed::Message);
        assert_eq!(sniff(b"Website,Order ID,Order Date\namazon.com,1,2024\n"), Sniffed::Csv);
        assert_eq!(sniff(b"\xEF\xBB\xBF\"Order ID\",\"Date\"\n"), Sniffed::Csv);
        assert_eq!(sniff(b"PK\x03\x04rest"), Sniffed::Zip);
        assert_eq!(sniff(b"  <!DOCTYPE html><html>"), Sniffed::Html);
        assert_eq!(sniff(b"<!-- saved from url=(0042)https://www.amazon.com/ -->\n<html>"), Sniffed::Html);
        assert_eq!(sniff(b"\x00\x01\x02garbage\xff\xfe"), Sniffed::Unknown);
        assert_eq!(sniff(b"just some words\nand more\n"), Sniffed::Unknown);
        assert_eq!(sniff(b"Content-Type: multipart/mixed; boundary=\"a\"\n\n--a\n"), Sniffed::Message);
        assert_ne!(sniff(b"Name: x, y\nthis line has no colon\n"), Sniffed::Message);
        // a header block cut by the sniff limit is still a message
        assert_eq!(sniff(b"From: a@b\nSubject: a very long subj"), Sniffed::Message);
    }
}
