//! How fast `may_matter` and `extract` are, on the messages you give it.
//!
//!     cargo run --release -p unspent-mail --example throughput -- PATH... [--rounds N]
//!
//! PATH: `.eml` files or folders of them. Prints messages per second and
//! bytes per second for the header pre-filter and for full extraction.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

use unspent_core::SourceKind;
use unspent_mail::{MailContext, extract, may_matter};

fn main() {
    let mut rounds = 20usize;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--rounds" {
            rounds = args.next().and_then(|n| n.parse().ok()).unwrap_or(rounds);
        } else {
            paths.push(PathBuf::from(arg));
        }
    }
    let mut messages = Vec::new();
    for path in &paths {
        collect(path, &mut messages);
    }
    if messages.is_empty() {
        eprintln!("usage: throughput PATH... [--rounds N]  (.eml files or folders)");
        std::process::exit(2);
    }
    let bytes: usize = messages.iter().map(Vec::len).sum();
    let headers: Vec<&[u8]> = messages.iter().map(|m| header_block(m)).collect();
    let header_bytes: usize = headers.iter().map(|h| h.len()).sum();

    let started = Instant::now();
    let mut kept = 0usize;
    for _ in 0..rounds * 50 {
        for h in &headers {
            kept += usize::from(may_matter(black_box(h)));
        }
    }
    let prefilter = started.elapsed().as_secs_f64();
    let filtered = (rounds * 50 * headers.len()) as f64;
    println!(
        "may_matter: {:.0} headers/s, {:.0} MB/s of headers ({} of {} kept)",
        filtered / prefilter,
        (rounds * 50 * header_bytes) as f64 / prefilter / 1e6,
        kept / (rounds * 50),
        headers.len()
    );

    let ctx = MailContext { source: SourceKind::Eml, origin: None };
    let started = Instant::now();
    let mut events = 0usize;
    for _ in 0..rounds {
        for m in &messages {
            events += extract(black_box(m), &ctx).events.len();
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let n = (rounds * messages.len()) as f64;
    println!(
        "extract:    {:.0} messages/s, {:.1} MB/s, {:.1} µs/message ({} messages, {} events a round)",
        n / elapsed,
        (rounds * bytes) as f64 / elapsed / 1e6,
        elapsed / n * 1e6,
        messages.len(),
        events / rounds
    );
}

fn collect(path: &Path, out: &mut Vec<Vec<u8>>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(path).into_iter().flatten().filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for entry in entries {
            collect(&entry, out);
        }
    } else if path.extension().is_some_and(|x| x == "eml")
        && let Ok(raw) = std::fs::read(path)
    {
        out.push(raw);
    }
}

fn header_block(raw: &[u8]) -> &[u8] {
    let mut at = 0;
    while let Some(nl) = raw[at..].iter().position(|b| *b == b'\n') {
        let line = &raw[at..at + nl];
        if line.is_empty() || line == b"\r" {
            return &raw[..at];
        }
        at += nl + 1;
    }
    raw
}
