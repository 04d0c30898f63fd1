//! How fast `may_matter` and `extract` are, on the messages you give it.
//!
//!     cargo run --release -p unspent-mail --example throughput -- PATH... [--rounds N]
//!     cargo run --release -p unspent-mail --example throughput -- --hostile
//!
//! PATH: `.eml` files or folders of them. Prints messages per second and
//! bytes per second for the header pre-filter and for full extraction.
//! `--hostile` times messages built to punish anything quadratic: a 350 KB
//! message on one line full of amounts, credit words and dates; 5,000
//! labelled lines with codes; an HTML table of 3,000 rows; 80 tables of 60
//! rows under an expiry header.

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
        } else if arg == "--hostile" {
            hostile();
            return;
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

/// Times each hostile message (see the crate doc of this example).
fn hostile() {
    let header = |kind: &str| {
        format!(
            "From: Amazon <no-reply@amazon.com>\r\nTo: u@example.org\r\nSubject: Your codes and rewards\r\n\
             Date: Tue, 03 Mar 2026 10:15:00 +0000\r\nMessage-ID: <{kind}@hostile.test>\r\nMIME-Version: 1.0\r\n\
             Content-Type: text/{kind}; charset=utf-8\r\n\r\n"
        )
    };
    let one_line: Vec<String> = (0..4000)
        .map(|i| {
            format!(
                "we've added a ${}.{:02} credit and (${}.99) earned points until June {}, 2026 balance so far",
                i % 90 + 1,
                i % 100,
                i % 7,
                i % 28 + 1
            )
        })
        .collect();
    let list: Vec<String> = (0..5000)
        .map(|i| {
            format!("CODE{i:05}X: ${}.00 off Kindle books, reward credit expires 04/{:02}/2026", i % 50 + 1, i % 28 + 1)
        })
        .collect();
    let rows: String = (0..3000)
        .map(|i| {
            format!(
                "<tr><td>11{}-{i:07}-{i:07}</td><td>${}.00 reward</td><td>May {}, 2026</td></tr>",
                i % 10,
                i % 9 + 1,
                i % 28 + 1
            )
        })
        .collect();
    let table: String = std::iter::once("Order\tCredit\tUse by".to_string())
        .chain((0..60).map(|i| format!("114-{i:07}-{i:07}\t$1.00\tApr {}, 2026", i % 28 + 1)))
        .collect::<Vec<_>>()
        .join("\n");
    let messages = [
        ("one line of 350 KB", format!("{}{}\n", header("plain"), one_line.join(" "))),
        (
            "5,000 labelled lines with codes",
            format!("{}Use a promo code below:\n{}\n", header("plain"), list.join("\n")),
        ),
        (
            "an HTML table of 3,000 rows",
            format!(
                "{}<p>Benefit Confirmation: we've added these rewards.</p><table><tr><th>Order</th><th>Reward</th>\
                 <th>Expires</th></tr>{rows}</table>",
                header("html")
            ),
        ),
        (
            "80 tables of 60 rows",
            format!("{}Benefit Confirmation\n{}\n", header("plain"), vec![table; 80].join("\n\n")),
        ),
    ];
    let ctx = MailContext { source: SourceKind::Eml, origin: None };
    for (name, message) in &messages {
        let started = Instant::now();
        let events = extract(black_box(message.as_bytes()), &ctx).events.len();
        println!(
            "{name}: {} KB in {:.1} ms ({events} events)",
            message.len() / 1024,
            started.elapsed().as_secs_f64() * 1e3
        );
    }
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
