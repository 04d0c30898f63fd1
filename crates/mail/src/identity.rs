//! A message's identity: its Message-ID, or a hash of what it says.
//!
//! The same message copied into an mbox, a Maildir and an IMAP folder must
//! get the same identity, so the hash covers only what every copy keeps:
//! the From, To, Date and Subject fields and the body, with line endings
//! normalised and trailing white space dropped. Headers that delivery and
//! archiving add (Received, Status, X-Gmail-Labels…) are left out.

use sha2::{Digest, Sha256};

/// The locator events of this message are recorded under.
pub fn locator(message_id: Option<&str>, raw: &[u8]) -> String {
    match message_id {
        Some(id) => id.to_string(),
        None => content_hash(raw),
    }
}

/// `sha256:` and 32 hex digits of the message's stable content.
pub fn content_hash(raw: &[u8]) -> String {
    let (headers, body) = split_header_block(raw);
    let mut hasher = Sha256::new();
    for name in ["from", "to", "date", "subject"] {
        hasher.update(name.as_bytes());
        hasher.update(b":");
        if let Some(value) = header_value(headers, name.as_bytes()) {
            hasher.update(&value);
        }
        hasher.update(b"\n");
    }
    hasher.update(b"\n");
    hasher.update(normalise_body(body));
    let digest = hasher.finalize();
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// The header block and the body, split at the first empty line.
pub fn split_header_block(raw: &[u8]) -> (&[u8], &[u8]) {
    let mut at = 0;
    while let Some(nl) = memchr::memchr(b'\n', &raw[at..]) {
        let line_end = at + nl;
        let line = &raw[at..line_end];
        if line.is_empty() || line == b"\r" {
            return (&raw[..at], &raw[line_end + 1..]);
        }
        at = line_end + 1;
    }
    (raw, &[])
}

/// The unfolded value of the first header named `name` (ASCII, any case),
/// with runs of white space collapsed.
pub fn header_value(headers: &[u8], name: &[u8]) -> Option<Vec<u8>> {
    let mut lines = headers.split(|b| *b == b'\n').peekable();
    while let Some(line) = lines.next() {
        let Some(colon) = memchr::memchr(b':', line) else { continue };
        if !line[..colon].trim_ascii().eq_ignore_ascii_case(name) || line.first().is_some_and(u8::is_ascii_whitespace) {
            continue;
        }
        let mut value = line[colon + 1..].to_vec();
        while let Some(next) = lines.peek() {
            if !next.first().is_some_and(|b| *b == b' ' || *b == b'\t') {
                break;
            }
            value.push(b' ');
            value.extend_from_slice(next);
            lines.next();
        }
        return Some(collapse_whitespace(&value));
    }
    None
}

fn collapse_whitespace(bytes: &[u8]) -> Vec<u8> {
    bytes.split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(&b' ')
}

fn normalise_body(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    for line in body.split(|b| *b == b'\n') {
        out.extend_from_slice(line.strip_suffix(b"\r").unwrap_or(line).trim_ascii_end());
        out.push(b'\n');
    }
    while out.last().is_some_and(|b| b.is_ascii_whitespace()) {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_in_any_container_hash_alike() {
        let eml = b"From: a@amazon.com\nSubject: Your\n credit\nDate: Mon, 1 Jan 2026 00:00:00 +0000\n\nBody line\n";
        let imap = b"Return-Path: <x@y>\r\nX-Gmail-Labels: Inbox\r\nFrom: a@amazon.com\r\nSubject: Your credit\r\nDate: Mon, 1 Jan 2026 00:00:00 +0000\r\nStatus: RO\r\n\r\nBody line  \r\n\r\n\r\n";
        assert_eq!(content_hash(eml), content_hash(imap));
        assert!(content_hash(eml).starts_with("sha256:") && content_hash(eml).len() == 39);
        let other = b"From: a@amazon.com\nSubject: Your credit\nDate: Mon, 1 Jan 2026 00:00:00 +0000\n\nBody line 2\n";
        assert_ne!(content_hash(eml), content_hash(other));
    }

    #[test]
    fn the_message_id_wins_when_there_is_one() {
        assert_eq!(locator(Some("<x@amazon.com>"), b"anything"), "<x@amazon.com>");
        assert_eq!(locator(None, b""), content_hash(b""));
    }
}
