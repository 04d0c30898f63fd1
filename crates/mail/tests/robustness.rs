//! Hostile and odd input: `extract` never panics, never invents a grant from
//! third-party mail, reads every copy of a message alike, never stores a
//! gift-card claim code, and `may_matter` never drops a message that counts.

mod common;

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use unspent_core::{SourceKind, Trust};
use unspent_mail::{MailContext, Verdict, extract, may_matter};

use common::{fixtures, grants, header_block};

fn ctx(source: SourceKind) -> MailContext<'static> {
    MailContext { source, origin: None }
}

/// ../shared/third-party-mail beside the workspace: real and malformed
/// messages from mail-parser's test suite.
fn third_party_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/third-party-mail");
    assert!(
        dir.is_dir(),
        "{} is missing: these tests need the shared folder beside the workspace (CI has it; see docs/notes/mail.md)",
        dir.display()
    );
    dir
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("readable folder").filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_under(&path, out);
        } else if path.extension().is_some_and(|x| x == "eml") {
            out.push(path);
        }
    }
}

#[test]
fn third_party_mail_yields_no_grant_and_no_panic() {
    let mut paths = Vec::new();
    files_under(&third_party_dir(), &mut paths);
    assert!(paths.len() >= 50, "expected the third-party messages, found {}", paths.len());
    for path in &paths {
        let raw = std::fs::read(path).expect("readable message");
        let _ = may_matter(header_block(&raw));
        let extraction = extract(&raw, &ctx(SourceKind::Eml));
        assert!(grants(&extraction).is_empty(), "{} yielded a grant", path.display());
    }
}

#[test]
fn mutated_fixtures_never_panic() {
    let mut seed: u64 = 0x5eed_1234_abcd_ef01;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut ran = 0;
    for fixture in fixtures() {
        let raw = &fixture.raw;
        for round in 0..40 {
            let mut bytes = raw.clone();
            match round % 4 {
                0 => bytes.truncate((next() as usize) % (raw.len() + 1)),
                1 => {
                    for _ in 0..1 + next() % 8 {
                        let at = (next() as usize) % bytes.len().max(1);
                        if let Some(b) = bytes.get_mut(at) {
                            *b = next() as u8;
                        }
                    }
                }
                2 => {
                    let at = (next() as usize) % (bytes.len() + 1);
                    let junk: Vec<u8> = (0..next() % 64).map(|_| next() as u8).collect();
                    bytes.splice(at..at, junk);
                }
                _ => {
                    let a = (next() as usize) % (bytes.len() + 1);
                    let b = (next() as usize) % (bytes.len() + 1);
                    let (a, b) = (a.min(b), a.max(b));
                    let copy = bytes[a..b].to_vec();
                    bytes.splice(a..a, copy);
                }
            }
            let _ = may_matter(header_block(&bytes));
            let _ = extract(&bytes, &ctx(SourceKind::Mbox));
            ran += 1;
        }
    }
    assert!(ran > 0, "no fixtures to mutate");
}

#[test]
fn hostile_markup_and_sizes_are_survived() {
    let deep = format!(
        "From: a@amazon.com\nContent-Type: text/html\n\n{}We've added a $5.00 promotional credit.{}",
        "<table><tr><td>".repeat(20_000),
        "</td></tr></table>".repeat(20_000)
    );
    let extraction = extract(deep.as_bytes(), &ctx(SourceKind::Eml));
    assert_eq!(grants(&extraction).len(), 1);

    // Just under the depth at which layout is skipped: html2text must cope.
    let nested = format!(
        "From: a@amazon.com\nContent-Type: text/html\n\n{}We've added a $5.00 promotional credit.{}",
        "<table><tr><td><div>".repeat(95),
        "</div></td></tr></table>".repeat(95)
    );
    let started = std::time::Instant::now();
    assert_eq!(grants(&extract(nested.as_bytes(), &ctx(SourceKind::Eml))).len(), 1);
    assert!(started.elapsed().as_secs() < 20, "nested tables took {:?}", started.elapsed());

    let mut nested_parts = String::from("From: a@amazon.com\nContent-Type: multipart/mixed; boundary=b0\n\n");
    for depth in 0..5_000 {
        nested_parts.push_str(&format!("--b{depth}\nContent-Type: multipart/mixed; boundary=b{}\n\n", depth + 1));
    }
    nested_parts.push_str("--b5000\nContent-Type: text/plain\n\nWe've added a $1.00 credit.\n");
    let _ = extract(nested_parts.as_bytes(), &ctx(SourceKind::Eml));
    let mut nested_messages = String::new();
    for _ in 0..2_000 {
        nested_messages.push_str("From: a@amazon.com\nContent-Type: message/rfc822\n\n");
    }
    nested_messages.push_str("From: a@amazon.com\n\nWe've added a $1.00 credit.\n");
    let _ = extract(nested_messages.as_bytes(), &ctx(SourceKind::Eml));

    let long_line = format!("From: a@amazon.com\nSubject: x\n\n{}$5.00 credit added", "$".repeat(300_000));
    let _ = extract(long_line.as_bytes(), &ctx(SourceKind::Eml));
    let many_parts = format!(
        "From: a@amazon.com\nContent-Type: multipart/mixed; boundary=b\n\n{}--b--\n",
        "--b\nContent-Type: text/plain\n\ncredit $1.00 added\n".repeat(2_000)
    );
    let _ = extract(many_parts.as_bytes(), &ctx(SourceKind::Eml));
    for raw in
        [&b""[..], b"\n\n\n", b"From:", b"From: <@>\n\n", b":\n:\n", b"\xff\xfe\xfd", b"Subject: =?utf-8?B?////?=\n\n"]
    {
        let _ = extract(raw, &ctx(SourceKind::Eml));
        let _ = may_matter(raw);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = may_matter(&bytes);
        let _ = extract(&bytes, &ctx(SourceKind::Imap));
    }

    #[test]
    fn arbitrary_text_in_an_amazon_message_never_panics(body in "\\PC{0,400}", subject in "\\PC{0,60}") {
        let raw = format!("From: \"Amazon.com\" <no-reply@amazon.com>\nSubject: {subject}\nDate: Tue, 03 Mar 2026 10:15:00 +0000\n\n{body}");
        let _ = extract(raw.as_bytes(), &ctx(SourceKind::Maildir));
        let html = format!("From: no-reply@amazon.co.jp\nContent-Type: text/html; charset=utf-8\n\n<p>{body}</p><table><tr><td>{subject}</td></tr></table>");
        let _ = extract(html.as_bytes(), &ctx(SourceKind::Maildir));
    }

    /// Text built from the pieces the rules slice around (list marks, dates
    /// after numbers, labels, dot leaders, brackets, codes, multibyte words)
    /// in any order: the offsets the rules compute must stay on characters.
    #[test]
    fn pieces_the_rules_slice_around_never_panic(pieces in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let body: String = pieces.iter().map(|&i| PIECES[i]).collect();
        let raw = format!("From: <no-reply@amazon.de>\nSubject: Gutschrift\nDate: Tue, 03 Mar 2026 10:15:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n{body}");
        let _ = extract(raw.as_bytes(), &ctx(SourceKind::Eml));
        let html = format!("From: <no-reply@amazon.fr>\nContent-Type: text/html; charset=utf-8\n\n<table><tr><td>{body}</td><TD x=1>{body}</td></tr></table><td");
        let _ = extract(html.as_bytes(), &ctx(SourceKind::Eml));
    }
}

const PIECES: &[&str] = &[
    "\n",
    "\n\n",
    " ",
    "\t",
    "- ",
    "* ",
    "• ",
    "・",
    "1) ",
    "12. ",
    "5. ",
    "März ",
    "2026",
    "Thursday ",
    "jeudi ",
    "by ",
    "until ",
    "bis ",
    "jusqu'au ",
    "expires ",
    ": ",
    ":",
    "......",
    "(",
    ")",
    "-",
    "$1.00",
    "1,00 €",
    "£1",
    "25p",
    "￥500",
    "300円",
    "円",
    "code ",
    "codes:",
    "BOOKS5",
    "SAVE10 ",
    "B0ABCDEFGH",
    "points ",
    "your ",
    "300 ",
    "Kindle ",
    "Purchased: ",
    "Total: ",
    "up to ",
    "Sie haben ",
    "erhalten",
    "added ",
    "reward ",
    "Gutschrift ",
    "will arrive ",
    "discount ",
    "each ",
    "apiece",
    "We've added a",
    "Delivery, so ",
    "is now on your account:",
    "特典",
    "付与しました。",
    "有効期限：",
    "(日)",
    "é",
    "ß",
    "\u{2003}",
    "<td>",
];

#[test]
fn every_copy_of_a_message_reads_alike() {
    for fixture in fixtures() {
        let lf = fixture.extraction();
        let crlf_bytes: Vec<u8> = fixture
            .raw
            .split(|b| *b == b'\n')
            .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
            .collect::<Vec<_>>()
            .join(&b"\r\n"[..]);
        let mut mboxed = crlf_bytes.clone();
        mboxed.extend_from_slice(b"\r\n\r\n");
        for copy in [extract(&crlf_bytes, &ctx(SourceKind::Imap)), extract(&mboxed, &ctx(SourceKind::Mbox))] {
            let ids = |e: &unspent_mail::Extraction| e.events.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
            assert_eq!(ids(&lf), ids(&copy), "{}: a copy read differently", fixture.name);
            assert_eq!(
                lf.evidence.as_ref().map(|e| &e.locator),
                copy.evidence.as_ref().map(|e| &e.locator),
                "{}",
                fixture.name
            );
        }
        let again = fixture.extraction();
        assert_eq!(
            lf.events.iter().map(|r| &r.id).collect::<Vec<_>>(),
            again.events.iter().map(|r| &r.id).collect::<Vec<_>>()
        );
    }
}

#[test]
fn events_of_one_message_have_distinct_ids() {
    for fixture in fixtures() {
        let extraction = fixture.extraction();
        let mut ids: Vec<&String> = extraction.events.iter().map(|r| &r.id).collect();
        let before = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(before, ids.len(), "{}", fixture.name);
    }
}

#[test]
fn the_prefilter_keeps_every_message_that_counts_or_is_flagged() {
    for fixture in fixtures() {
        let extraction = fixture.extraction();
        if extraction.verdict != Verdict::NotAmazon || !extraction.events.is_empty() {
            assert!(may_matter(header_block(&fixture.raw)), "{}: may_matter dropped it", fixture.name);
        }
    }
}

#[test]
fn claim_codes_are_never_stored_in_clear() {
    let claim = regex_lite_claim_code();
    for fixture in fixtures() {
        for record in fixture.extraction().events {
            let texts = [record.event.note.clone(), record.event.code.clone()];
            for text in texts.iter().flatten() {
                assert!(!claim(text), "{}: {text}", fixture.name);
            }
        }
    }
}

/// A gift-card claim code (`XXXX-XXXXXX-XXXX`, any group lengths of 4+).
fn regex_lite_claim_code() -> impl Fn(&str) -> bool {
    |text: &str| {
        text.split(|c: char| c.is_whitespace() || c == '(' || c == ')').any(|token| {
            let groups: Vec<&str> = token.split('-').collect();
            groups.len() >= 3 && groups.iter().all(|g| g.len() >= 4 && g.chars().all(|c| c.is_ascii_alphanumeric()))
        })
    }
}

#[test]
fn rejected_and_foreign_messages_carry_their_reason() {
    for fixture in fixtures() {
        let extraction = fixture.extraction();
        match extraction.verdict {
            Verdict::Amazon => {
                let trust = &extraction.evidence.as_ref().expect("evidence").trust;
                assert!(matches!(trust, Trust::Verified | Trust::Unverified), "{}", fixture.name);
            }
            Verdict::Rejected => {
                assert!(extraction.events.is_empty(), "{}", fixture.name);
                assert!(matches!(extraction.evidence.as_ref().map(|e| &e.trust), Some(Trust::Rejected(_))));
            }
            Verdict::NotAmazon => assert!(extraction.events.is_empty(), "{}", fixture.name),
        }
    }
}

/// Found by fuzzing `extract`: nested `message/rfc822` parts whose headers are
/// cut short inside a multipart reach a `debug_assert!` in mail-parser 0.11.
/// A debug build must read it as a message it cannot use, not panic.
#[test]
fn nested_message_parts_cut_short_do_not_panic() {
    let boundary = "=_b0undary";
    let raw = format!(
        "From: someone@example.org\nContent-Type: multipart/mixed;\n boundary=\"{boundary}\"\nSubject: x\n\n\
         --{boundary}tail\nContent-Type: message/rfc822;\n name\n\nDM\u{7f}\u{7f}\0t\n\
         Content-Type: message/rfc822;7\n\n\n--{boundary}--\n"
    );
    let extraction = extract(raw.as_bytes(), &ctx(SourceKind::Mbox));
    assert!(extraction.events.is_empty());
}

/// Found by the `extract` fuzz target (a mutation of one of this crate's No-Rush
/// fixtures, kept in `tests/regressions/`): undecodable bytes read as U+FFFD put the
/// 240th byte of a credit segment inside a character, where a look at the segment cut it.
#[test]
fn a_segment_cut_inside_a_character_does_not_panic() {
    let raw = include_bytes!("regressions/fuzz-char-boundary-240.eml");
    let extraction = extract(raw, &ctx(SourceKind::Mbox));
    assert!(
        extraction.events.iter().all(|e| e.event.kind != unspent_core::EventKind::Grant || e.event.amount.is_some())
    );
}
