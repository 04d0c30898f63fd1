use proptest::prelude::*;

use super::*;

/// Records everything, wanting every message (or those `want` accepts).
#[derive(Default)]
struct Recorder {
    want_all: bool,
    wanted_headers: Vec<(u64, Vec<u8>)>,
    messages: Vec<(u64, Vec<u8>)>,
    skipped: Vec<(u64, u64, Option<SplitProblem>)>,
}

impl Sink for Recorder {
    fn wants(&mut self, offset: u64, headers: &[u8]) -> bool {
        self.wanted_headers.push((offset, headers.to_vec()));
        self.want_all || memchr::memmem::find(headers, b"amazon").is_some()
    }
    fn message(&mut self, offset: u64, raw: &[u8]) {
        self.messages.push((offset, raw.to_vec()));
    }
    fn skipped(&mut self, offset: u64, len: u64, problem: Option<SplitProblem>) {
        self.skipped.push((offset, len, problem));
    }
}

fn small(block: usize) -> Limits {
    Limits { block, max_header: 4096, max_message: 1 << 20 }
}

/// Splits `bytes` every way: in memory and through reads of several block sizes,
/// checks that all agree, and returns the in-memory result.
fn split_all_ways(bytes: &[u8], want_all: bool, limits: Limits) -> Recorder {
    let mut reference = Recorder { want_all, ..Recorder::default() };
    let stats = split_slice(bytes, limits, &mut reference);
    assert_eq!(stats.bytes, bytes.len() as u64);
    for block in [4096, 4099, 65536] {
        let mut rec = Recorder { want_all, ..Recorder::default() };
        let stats2 = split_reader(&mut &*bytes, Limits { block, ..limits }, &mut rec).unwrap();
        assert_eq!(stats, stats2, "block {block}");
        assert_eq!(rec.messages, reference.messages, "block {block}");
        assert_eq!(rec.skipped, reference.skipped, "block {block}");
        assert_eq!(rec.wanted_headers, reference.wanted_headers, "block {block}");
    }
    reference
}

/// The pieces, in file order, must tile the input exactly.
fn assert_tiles(bytes: &[u8], rec: &Recorder) {
    let mut pieces: Vec<(u64, u64)> = rec.messages.iter().map(|(o, m)| (*o, m.len() as u64)).collect();
    pieces.extend(rec.skipped.iter().map(|(o, l, _)| (*o, *l)));
    pieces.sort();
    let mut at = 0;
    for (o, l) in pieces {
        assert_eq!(o, at, "pieces must be contiguous");
        at += l;
    }
    assert_eq!(at, bytes.len() as u64);
    for (o, m) in &rec.messages {
        assert_eq!(&bytes[*o as usize..*o as usize + m.len()], &m[..]);
    }
}

const ENVELOPE: &str = "From 1234567890@xxx Mon Jan 05 10:33:00 +0000 2024\n";

fn mbox_of(messages: &[&str]) -> String {
    messages.iter().map(|m| format!("{ENVELOPE}{m}\n")).collect()
}

#[test]
fn messages_are_split_at_envelope_lines_only() {
    let text = mbox_of(&[
        "From: a@amazon.com\nSubject: one\n\nbody\n>From the desk of quoting\nFrom the desk of nobody\n",
        "From: b@example.org\nSubject: two\n\nsecond body\n",
        "From: c@amazon.com\r\nSubject: three\r\n\r\nthird\r\n",
    ]);
    let rec = split_all_ways(text.as_bytes(), false, small(4096));
    assert_tiles(text.as_bytes(), &rec);
    assert_eq!(rec.wanted_headers.len(), 3);
    assert_eq!(rec.wanted_headers[1].1, b"From: b@example.org\nSubject: two\n");
    assert_eq!(rec.wanted_headers[2].1, b"From: c@amazon.com\r\nSubject: three\r\n");
    assert_eq!(rec.messages.len(), 2);
    assert!(rec.messages[0].1.ends_with(b"From the desk of nobody\n\n"));
    assert_eq!(rec.skipped.len(), 1);
    assert_eq!(rec.skipped[0].2, None);
}

#[test]
fn mutt_and_thunderbird_postmarks_are_boundaries() {
    assert!(is_envelope(b"From MAILER-DAEMON Fri Jul  8 12:08:34 2011"));
    assert!(is_envelope(b"From - Mon Jan 05 10:33:00 2024"));
    assert!(is_envelope(b"From user@host Mon Jan  5 9:33:00 2024"));
    assert!(!is_envelope(b"From the desk of someone who starts a line with From"));
    assert!(!is_envelope(b"From: someone@example.com"));
}

#[test]
fn leading_garbage_is_reported_not_dropped() {
    let text = format!("garbage\x00\x01\n{}", mbox_of(&["From: a@amazon.com\n\nx\n"]));
    let rec = split_all_ways(text.as_bytes(), true, small(4096));
    assert_tiles(text.as_bytes(), &rec);
    assert_eq!(rec.skipped, vec![(0, 10, Some(SplitProblem::NotMbox))]);
    assert_eq!(rec.messages.len(), 1);
}

#[test]
fn a_message_without_blank_line_ends_at_the_next_envelope() {
    let text = format!("{ENVELOPE}From: a@amazon.com\nSubject: headers only\n{ENVELOPE}From: b@amazon.com\n\nbody\n");
    let rec = split_all_ways(text.as_bytes(), true, small(4096));
    assert_tiles(text.as_bytes(), &rec);
    assert_eq!(rec.messages.len(), 2);
    assert_eq!(rec.wanted_headers[0].1, b"From: a@amazon.com\nSubject: headers only");
}

#[test]
fn a_truncated_file_still_yields_its_last_message() {
    let full = mbox_of(&["From: a@amazon.com\n\nbody one\n", "From: b@amazon.com\nSubject: cut"]);
    for cut in [full.len() - 3, full.len() / 2 + 10, ENVELOPE.len() + 3, 3] {
        let bytes = &full.as_bytes()[..cut];
        let rec = split_all_ways(bytes, true, small(4096));
        assert_tiles(bytes, &rec);
    }
}

#[test]
fn unwanted_huge_messages_are_never_buffered_and_wanted_ones_are_capped() {
    let big = "x".repeat(3 << 20);
    let text = mbox_of(&[
        &format!("From: a@example.org\n\n{big}\n"),
        &format!("From: b@amazon.com\n\n{big}\n"),
        "From: c@amazon.com\n\nsmall\n",
    ]);
    let mut rec = Recorder::default();
    let limits = Limits { block: 64 << 10, max_header: 4096, max_message: 1 << 20 };
    let mut reader = text.as_bytes();
    split_reader(&mut reader, limits, &mut rec).unwrap();
    assert_tiles(text.as_bytes(), &rec);
    assert_eq!(rec.messages.len(), 1, "only the small wanted message is passed on");
    assert_eq!(rec.skipped.iter().map(|s| s.2).collect::<Vec<_>>(), vec![None, Some(SplitProblem::TooLarge)]);
}

#[test]
fn the_cap_is_per_message_not_per_file() {
    let filler = format!("From: a@example.org\n\n{}\n", "z".repeat(100_000));
    let mut parts = vec![filler.as_str(); 30];
    parts.push("From: b@amazon.com\n\nwanted\n");
    parts.extend(vec![filler.as_str(); 30]);
    let text = mbox_of(&parts);
    let limits = Limits { block: 64 << 10, max_header: 4096, max_message: 1 << 20 };
    let mut rec = Recorder::default();
    split_slice(text.as_bytes(), limits, &mut rec);
    assert_eq!(rec.messages.len(), 1);
    let mut rec = Recorder::default();
    split_reader(&mut text.as_bytes(), limits, &mut rec).unwrap();
    assert_eq!(rec.messages.len(), 1);
}

#[test]
fn a_single_huge_line_is_an_unreadable_message_not_a_crash() {
    let text = format!("{ENVELOPE}{}", "y".repeat(50 << 20));
    let mut rec = Recorder { want_all: true, ..Recorder::default() };
    let stats = split_reader(&mut text.as_bytes(), Limits::default(), &mut rec).unwrap();
    assert_eq!(stats.messages, 1);
    assert_eq!(rec.skipped, vec![(0, text.len() as u64, Some(SplitProblem::HeaderTooLong))]);
}

#[test]
fn an_empty_file_has_no_messages() {
    let rec = split_all_ways(b"", true, small(4096));
    assert!(rec.messages.is_empty() && rec.skipped.is_empty());
}

fn message_strategy() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        "[a-zA-Z0-9 :<>@.=-]{0,60}",
        Just("From the start of a line".to_string()),
        Just(">From quoted".to_string()),
        Just("From 1@xxx Mon Jan 05 10:33:00 +0000 2024".to_string()),
        Just(String::new()),
        Just("From: x@amazon.com".to_string()),
    ];
    proptest::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Joining what the splitter yields gives back the file, byte for byte,
    /// however it is read.
    #[test]
    fn split_then_join_is_identity(
        messages in proptest::collection::vec(message_strategy(), 0..12),
        crlf in any::<bool>(),
        tail in "[a-z\n]{0,8}",
        block in 4096usize..5000,
    ) {
        let mut text = mbox_of(&messages.iter().map(String::as_str).collect::<Vec<_>>()) + &tail;
        if crlf { text = text.replace('\n', "\r\n"); }
        let bytes = text.as_bytes();
        let rec = split_all_ways(bytes, true, Limits { block, max_header: 4096, max_message: 1 << 20 });
        assert_tiles(bytes, &rec);
    }

    #[test]
    fn arbitrary_bytes_never_break_the_splitter(bytes in proptest::collection::vec(any::<u8>(), 0..3000), pre in any::<bool>()) {
        let mut input = if pre { ENVELOPE.as_bytes().to_vec() } else { Vec::new() };
        input.extend_from_slice(&bytes);
        let rec = split_all_ways(&input, true, Limits { block: 4096, max_header: 512, max_message: 2048 });
        assert_tiles(&input, &rec);
    }
}
