//! The export and saved-page readers on arbitrary bytes: a zip, a saved page
//! or a CSV, told apart by content as `unspent scan` does. Never a panic, and
//! never a credit event without an amount that is positive or a named reversal.
#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use unspent_core::EventKind;
use unspent_export::{ExportReader, Limits, Sniffed, read_page, sniff};

fuzz_target!(|data: &[u8]| {
    let events = match sniff(data) {
        Sniffed::Html => match read_page("fuzz.html", data, None) {
            Ok(reading) => reading.events,
            Err(_) => return,
        },
        Sniffed::Zip => {
            let mut reader = ExportReader::new(Limits::default());
            if reader.add_zip("fuzz.zip", Cursor::new(data)).is_err() {
                return;
            }
            reader.finish().events
        }
        Sniffed::Text | Sniffed::Other => {
            let mut reader = ExportReader::new(Limits::default());
            if reader.add_csv("fuzz.csv", data).is_err() {
                return;
            }
            reader.finish().events
        }
    };
    for recorded in &events {
        let event = &recorded.event;
        if event.kind == EventKind::Grant {
            assert!(event.amount.is_some_and(|a| a.minor() > 0), "a grant without a positive amount: {event:?}");
        }
    }
});
