//! Extraction on arbitrary bytes: never a panic, never a grant from a
//! message that does not even come from an Amazon domain.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unspent_core::SourceKind;
use unspent_mail::{MailContext, Verdict, extract, may_matter};
use unspent_sources::message::header_block;

fuzz_target!(
    init: {
        // libfuzzer-sys aborts on every panic, even one `extract` catches on
        // purpose (a debug assertion inside mail-parser). Put the default hook
        // back: a panic that escapes `extract` still aborts (libfuzzer-sys
        // catches it at the boundary), a caught one is only printed.
        let _ = std::panic::take_hook();
    },
    |data: &[u8]| {
    let _ = may_matter(header_block(data));
    let ctx = MailContext { source: SourceKind::Mbox, origin: Some("fuzz:0") };
    let extraction = extract(data, &ctx);
    if extraction.verdict != Verdict::Amazon {
        assert!(
            extraction.events.iter().all(|e| !e.evidence.trust.counts() || e.event.kind != unspent_core::EventKind::Grant),
            "a grant from a message that is not believed to be Amazon's"
        );
    }
    }
);
