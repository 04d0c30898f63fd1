//! The cheap test run on every message of a mailbox before it is parsed.
//!
//! A false positive costs one MIME parse; a false negative loses a credit,
//! so the test is permissive: an Amazon-ish sender (look-alikes included, so
//! they get flagged), or a subject with a credit word in any supported
//! language, or any header it cannot read without decoding (encoded words).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::phrases::Phrases;
use crate::trust;

/// Spellings of Amazon a sender field may carry, real or imitated.
const SENDER_MARKS: &[&str] =
    &["amazon", "amaz0n", "amazn", "amzn", "arnazon", "amazom", "anazon", "arnazom", "amaazon"];

static SENDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(SENDER_MARKS)
        .expect("sender marks compile")
});

static SUBJECT: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build(Phrases::builtin().subject_keywords())
        .expect("subject keywords compile")
});

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Sender,
    Subject,
    Other,
}

pub fn may_matter(headers: &[u8]) -> bool {
    let mut field = Field::Other;
    for line in headers.split(|b| *b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            break;
        }
        let value = if line[0] == b' ' || line[0] == b'\t' {
            line
        } else {
            let Some(colon) = memchr::memchr(b':', line) else {
                field = Field::Other;
                continue;
            };
            field = classify(line[..colon].trim_ascii());
            &line[colon + 1..]
        };
        let matters = match field {
            Field::Other => false,
            Field::Sender => encoded(value) || SENDER.is_match(value) || domain_near_amazon(value),
            Field::Subject => encoded(value) || SUBJECT.is_match(value),
        };
        if matters {
            return true;
        }
    }
    false
}

fn classify(name: &[u8]) -> Field {
    if name.eq_ignore_ascii_case(b"from") || name.eq_ignore_ascii_case(b"sender") {
        Field::Sender
    } else if name.eq_ignore_ascii_case(b"subject") {
        Field::Subject
    } else {
        Field::Other
    }
}

/// RFC 2047 encoded words may hide anything: read the message.
fn encoded(value: &[u8]) -> bool {
    memchr::memmem::find(value, b"=?").is_some()
}

/// Typos of the name in the address's domain (`amazpn.com`) that the
/// fixed marks miss.
fn domain_near_amazon(value: &[u8]) -> bool {
    let Some(at) = memchr::memrchr(b'@', value) else { return false };
    let domain: &[u8] = value[at + 1..].split(|b| matches!(b, b'>' | b' ' | b')' | b',')).next().unwrap_or_default();
    let Ok(domain) = std::str::from_utf8(domain) else { return true };
    trust::look_alike(&domain.to_ascii_lowercase(), None).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amazon_senders_and_look_alikes_matter() {
        for headers in [
            &b"From: \"Amazon.com\" <no-reply@amazon.com>\r\nSubject: Hello\r\n"[..],
            b"Subject: hi\nFrom: x <gc-orders@gc.email.AMAZON.com>\n",
            b"From: Rewards <x@amaz0n-rewards.net>\n",
            b"From: Rewards\n <x@amazpn.com>\n",
            b"Sender: no-reply@amazon.de\nFrom: someone@example.org\n",
            b"From: =?UTF-8?B?QW1hem9u?= <x@example.net>\n",
        ] {
            assert!(may_matter(headers), "{}", String::from_utf8_lossy(headers));
        }
    }

    #[test]
    fn credit_subjects_matter_in_every_language() {
        for subject in [
            "Your promotional credit",
            "Ihr Guthaben",
            "Votre avoir",
            "ご注文の特典確定のお知らせ",
            "=?ISO-2022-JP?B?GyRCJUIlJCUiJSQbKEI=?=",
        ] {
            let headers = format!("From: friend@example.org\nSubject: {subject}\n");
            assert!(may_matter(headers.as_bytes()), "{subject}");
        }
    }

    #[test]
    fn ordinary_mail_does_not() {
        assert!(!may_matter(
            b"From: Riley <friend@example.org>\nSubject: Dinner Friday?\nReceived: from amazon.com\n\nBody: amazon"
        ));
        assert!(!may_matter(b""));
        assert!(!may_matter(b"garbage without colon\n"));
    }
}
