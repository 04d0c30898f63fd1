//! The mbox splitter and the header helpers on arbitrary bytes: no panic,
//! and what the splitter yields tiles the input exactly, however it is read.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unspent_sources::mbox::{Limits, Sink, SplitProblem, split_reader, split_slice};
use unspent_sources::message;

#[derive(Default, PartialEq, Debug)]
struct Pieces {
    pieces: Vec<(u64, u64, bool)>,
}

impl Sink for Pieces {
    fn wants(&mut self, offset: u64, headers: &[u8]) -> bool {
        let _ = message::header_value(headers, "Message-ID");
        let _ = message::header_date(headers);
        let _ = message::is_gmail_chat(headers);
        // want about half, depending on the input
        (offset as usize + headers.len()) % 2 == 0
    }
    fn message(&mut self, offset: u64, raw: &[u8]) {
        let body = message::strip_envelope(raw);
        let _ = message::header_block(body);
        let unquoted = message::unquote_mboxrd(body);
        assert!(unquoted.len() <= body.len());
        self.pieces.push((offset, raw.len() as u64, true));
    }
    fn skipped(&mut self, offset: u64, len: u64, _problem: Option<SplitProblem>) {
        self.pieces.push((offset, len, false));
    }
}

fuzz_target!(|data: &[u8]| {
    let _ = unspent_sources::sniff(data);
    let limits = Limits { block: 4096, max_header: 2048, max_message: 8192 };
    let mut whole = Pieces::default();
    let stats = split_slice(data, limits, &mut whole);
    assert_eq!(stats.bytes, data.len() as u64);
    let mut at = 0;
    for &(offset, len, _) in &whole.pieces {
        assert_eq!(offset, at, "pieces are contiguous");
        at += len;
    }
    assert_eq!(at, data.len() as u64, "pieces cover the input");
    let mut read = Pieces::default();
    let stats2 = split_reader(&mut &data[..], limits, &mut read).unwrap();
    assert_eq!(stats, stats2);
    assert_eq!(whole, read, "reading in blocks splits the same way");
});
