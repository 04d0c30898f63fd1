//! Cheap looks at a raw message's header block, without a MIME parse.
//!
//! These run on every message of a mailbox, so they only scan bytes: no
//! allocation unless a value is returned, no decoding of encoded words.

use std::borrow::Cow;

use memchr::memmem;
use unspent_core::Date;

/// The message without its mbox envelope line (`From … 2024\n`), if it has one.
pub fn strip_envelope(raw: &[u8]) -> &[u8] {
    if raw.starts_with(b"From ") {
        match memchr::memchr(b'\n', raw) {
            Some(nl) => &raw[nl + 1..],
            None => &[],
        }
    } else {
        raw
    }
}

/// The header block of a message (without envelope line): everything
/// before the first blank line, or the whole message when it has none.
pub fn header_block(message: &[u8]) -> &[u8] {
    match crate::mbox::find_header_end(message) {
        Some(end) => &message[..end],
        None => message,
    }
}

/// Undoes mbox quoting: a line `>From ` becomes `From `, `>>From ` becomes
/// `>From ` (mboxrd; for mboxo files this is also right for every line the
/// writer quoted). Borrows when there is nothing to undo.
pub fn unquote_mboxrd(message: &[u8]) -> Cow<'_, [u8]> {
    let finder = memmem::Finder::new(b">From ");
    let quoted_line = |at: usize| {
        // `at` is where ">From " starts; quoted when only '>' precede it on its line
        let line_start = message[..at].iter().rposition(|&b| b != b'>').map_or(0, |i| i + 1);
        line_start == 0 || message[line_start - 1] == b'\n'
    };
    let mut hits = finder.find_iter(message).filter(|&at| quoted_line(at)).peekable();
    if hits.peek().is_none() {
        return Cow::Borrowed(message);
    }
    let mut out = Vec::with_capacity(message.len());
    let mut copied = 0;
    for at in hits {
        // Drop one '>' of the run that ends at `at` (the first one of the line).
        let line_start = message[..at].iter().rposition(|&b| b != b'>').map_or(0, |i| i + 1);
        if line_start < copied {
            continue;
        }
        out.extend_from_slice(&message[copied..line_start]);
        copied = line_start + 1;
    }
    out.extend_from_slice(&message[copied..]);
    Cow::Owned(out)
}

/// The value of the first header field `name` (case-insensitive), with
/// folded continuation lines joined, trimmed. `None` when absent.
pub fn header_value<'a>(headers: &'a [u8], name: &str) -> Option<Cow<'a, [u8]>> {
    let name = name.as_bytes();
    let mut at = 0;
    while at < headers.len() {
        let line_end = memchr::memchr(b'\n', &headers[at..]).map_or(headers.len(), |i| at + i);
        let line = &headers[at..line_end];
        if line.len() > name.len() && line[name.len()] == b':' && line[..name.len()].eq_ignore_ascii_case(name) {
            let first = &line[name.len() + 1..];
            let mut end = line_end;
            // continuation lines start with a space or a tab
            while end + 1 < headers.len() && matches!(headers[end + 1], b' ' | b'\t') {
                end = memchr::memchr(b'\n', &headers[end + 1..]).map_or(headers.len(), |i| end + 1 + i);
            }
            if end == line_end {
                return Some(Cow::Borrowed(first.trim_ascii()));
            }
            let mut value = first.trim_ascii().to_vec();
            for cont in headers[line_end..end].split(|&b| b == b'\n') {
                let cont = cont.trim_ascii();
                if !cont.is_empty() {
                    value.push(b' ');
                    value.extend_from_slice(cont);
                }
            }
            return Some(Cow::Owned(value));
        }
        at = line_end + 1;
    }
    None
}

/// Whether Google Takeout labelled the message `Chat` (a chat transcript
/// stored as a message, never a credit).
pub fn is_gmail_chat(headers: &[u8]) -> bool {
    let Some(labels) = header_value(headers, "X-Gmail-Labels") else { return false };
    labels
        .split(|&b| b == b',')
        .any(|label| label.trim_ascii().trim_ascii_matches_quote().eq_ignore_ascii_case(b"Chat"))
}

trait TrimQuote {
    fn trim_ascii_matches_quote(&self) -> &[u8];
}

impl TrimQuote for [u8] {
    fn trim_ascii_matches_quote(&self) -> &[u8] {
        let s = self.strip_prefix(b"\"").unwrap_or(self);
        s.strip_suffix(b"\"").unwrap_or(s)
    }
}

/// The day the message says it was written (`Date:`), in its own offset.
pub fn header_date(headers: &[u8]) -> Option<Date> {
    let value = header_value(headers, "Date")?;
    let text = std::str::from_utf8(&value).ok()?;
    // A trailing comment such as "(UTC)" or "(PST)" is common and harmless.
    let text = match text.find('(') {
        Some(i) => text[..i].trim(),
        None => text.trim(),
    };
    let parser = jiff::fmt::rfc2822::DateTimeParser::new().relaxed_weekday(true);
    parser.parse_zoned_datetime(text).ok().map(|zdt| zdt.date())
}

/// The Message-ID without angle brackets' surroundings trimmed, when present.
pub fn message_id(headers: &[u8]) -> Option<String> {
    let value = header_value(headers, "Message-ID")?;
    let text = String::from_utf8_lossy(&value).trim().to_string();
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_is_undone_one_level_at_line_starts_only() {
        let raw = b"Subject: x\n\n>From here\n>>From there\nnot >From this\n>From";
        assert_eq!(&*unquote_mboxrd(raw), b"Subject: x\n\nFrom here\n>From there\nnot >From this\n>From".as_slice());
        assert!(matches!(unquote_mboxrd(b"plain\nFrom x\n"), Cow::Borrowed(_)));
        assert_eq!(&*unquote_mboxrd(b">From a"), b"From a");
    }

    #[test]
    fn header_values_are_found_case_insensitively_and_unfolded() {
        let h = b"From: a@b\r\nx-gmail-labels: Inbox,\r\n Important\r\nSubject: hi\r\n";
        assert_eq!(header_value(h, "X-Gmail-Labels").as_deref(), Some(b"Inbox, Important".as_slice()));
        assert_eq!(header_value(h, "subject").as_deref(), Some(b"hi".as_slice()));
        assert_eq!(header_value(h, "Date"), None);
        assert_eq!(header_value(b"Fromage: x\n", "From"), None);
    }

    #[test]
    fn chat_is_a_label_not_a_substring() {
        assert!(is_gmail_chat(b"X-Gmail-Labels: Archived,Chat\n"));
        assert!(is_gmail_chat(b"X-Gmail-Labels: \"Chat\",Opened\n"));
        assert!(!is_gmail_chat(b"X-Gmail-Labels: Chatter,Inbox\n"));
        assert!(!is_gmail_chat(b"Subject: Chat\n"));
    }

    #[test]
    fn dates_are_read_in_their_own_offset() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        assert_eq!(header_date(b"Date: Mon, 5 Jan 2026 23:30:00 -0800\n"), Some(d(2026, 1, 5)));
        assert_eq!(header_date(b"Date: Tue, 6 Jan 2026 10:00:00 +0000 (UTC)\n"), Some(d(2026, 1, 6)));
        assert_eq!(header_date(b"Date: Friday, 6 Jan 2026 10:00:00 +0000\n"), None);
        assert_eq!(header_date(b"Date: yesterday\n"), None);
    }

    #[test]
    fn envelope_and_headers_are_found() {
        let raw = b"From x Mon Jan 5 10:00:00 2026\nA: 1\r\n\r\nbody";
        let msg = strip_envelope(raw);
        assert_eq!(msg, b"A: 1\r\n\r\nbody");
        assert_eq!(header_block(msg), b"A: 1\r\n");
        assert_eq!(header_block(b"A: 1\nB: 2"), b"A: 1\nB: 2");
    }
}
