//! Dev harness: read `.eml` files, folders of them (Maildir too) or an mbox
//! file, and print the events in the shape of `unspent events --json`.
//!
//!     cargo run -p unspent-mail --example extract -- PATH... > events.json
//!     cargo run -p unspent-mail --example extract -- --problems PATH...
//!
//! Events are de-duplicated by id, as the store does. `--problems` prints
//! the problems (one JSON object a line) to stderr as well; `--explain`
//! prints how each message was read.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use unspent_core::{Recorded, SourceKind, Trust};
use unspent_mail::{MailContext, extract};

fn main() {
    let mut show_problems = false;
    let mut explain = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--problems" => show_problems = true,
            "--explain" => explain = true,
            "-h" | "--help" => {
                eprintln!("usage: extract [--problems] PATH...  (.eml files, folders, an mbox file)");
                return;
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    let mut messages = Vec::new();
    for path in &paths {
        collect(path, &mut messages);
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (origin, source, raw) in &messages {
        let extraction = extract(raw, &MailContext { source: *source, origin: Some(origin) });
        if explain {
            eprintln!("=== {origin}\n{}", unspent_mail::explain(raw));
        }
        if show_problems {
            for p in &extraction.problems {
                eprintln!(
                    "{}",
                    json!({"kind": p.kind.as_str(), "locator": p.locator, "origin": p.origin, "message": p.message})
                );
            }
        }
        for record in &extraction.events {
            if seen.insert(record.id.clone()) {
                out.push(to_json(record));
            }
        }
    }
    println!("{}", serde_json::to_string_pretty(&out).expect("JSON serialises"));
    eprintln!("{} messages, {} events", messages.len(), out.len());
}

fn collect(path: &Path, out: &mut Vec<(String, SourceKind, Vec<u8>)>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(dir) => dir.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return eprintln!("{}: {e}", path.display()),
        };
        entries.sort();
        for entry in entries {
            let name = entry.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if !name.starts_with('.') && !name.ends_with(".json") && !name.ends_with(".md") && name != "tmp" {
                collect(&entry, out);
            }
        }
        return;
    }
    let raw = match std::fs::read(path) {
        Ok(raw) => raw,
        Err(e) => return eprintln!("{}: {e}", path.display()),
    };
    if raw.starts_with(b"From ") {
        for (offset, message) in split_mbox(&raw) {
            out.push((format!("{}:{offset}", path.display()), SourceKind::Mbox, message));
        }
    } else {
        let source = if path.components().any(|c| c.as_os_str() == "cur" || c.as_os_str() == "new") {
            SourceKind::Maildir
        } else {
            SourceKind::Eml
        };
        out.push((path.display().to_string(), source, raw));
    }
}

/// Splits an mboxrd file at `From ` lines and undoes `>From ` quoting.
fn split_mbox(raw: &[u8]) -> Vec<(usize, Vec<u8>)> {
    let mut messages = Vec::new();
    let mut current: Option<(usize, Vec<u8>)> = None;
    let mut offset = 0;
    for line in raw.split_inclusive(|b| *b == b'\n') {
        if line.starts_with(b"From ") {
            messages.extend(current.take());
            current = Some((offset, Vec::new()));
        } else if let Some((_, body)) = current.as_mut() {
            let unquoted = line.iter().position(|b| *b != b'>').filter(|&n| n > 0 && line[n..].starts_with(b"From "));
            body.extend_from_slice(if unquoted.is_some() { &line[1..] } else { line });
        }
        offset += line.len();
    }
    messages.extend(current);
    messages
}

fn to_json(r: &Recorded) -> Value {
    let e = &r.event;
    let v = &r.evidence;
    json!({
        "id": r.id,
        "kind": e.kind.as_str(),
        "program": e.program.as_ref().map(|p| p.as_str().to_string()),
        "amount": e.amount.map(|m| m.to_decimal_string()),
        "currency": e.amount.map(|m| m.currency().code()),
        "points": e.points,
        "code": e.code,
        "expires_on": e.expires_on.map(|d| d.to_string()),
        "order_id": e.order_id,
        "occurred_on": e.occurred_on.map(|d| d.to_string()),
        "categories": e.categories.as_ref().map(|c| c.iter().map(|c| c.as_str()).collect::<Vec<_>>()),
        "percent_off": e.percent_off,
        "min_purchase": e.min_purchase.map(|m| m.to_string()),
        "marketplace": e.marketplace.map(|m| m.code()),
        "note": e.note,
        "evidence": {
            "source": v.source.as_str(),
            "message_id": v.locator,
            "subject": v.subject,
            "date": v.date,
            "locator": v.locator,
            "origin": v.origin,
            "sender": v.sender,
            "trust": v.trust.as_str(),
            "trust_reason": match &v.trust { Trust::Rejected(reason) => Some(reason.clone()), _ => None },
        },
    })
}
