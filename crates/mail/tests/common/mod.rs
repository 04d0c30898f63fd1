//! Shared by the golden and robustness tests: the fixtures and their rendering.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use unspent_core::{EventKind, Recorded, SourceKind};
use unspent_mail::{Extraction, MailContext, Verdict, extract};

pub struct Fixture {
    pub name: String,
    pub path: PathBuf,
    pub raw: Vec<u8>,
}

impl Fixture {
    pub fn extraction(&self) -> Extraction {
        extract(&self.raw, &MailContext { source: SourceKind::Eml, origin: Some(&self.name) })
    }
}

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Every `.eml` fixture, sorted by name.
pub fn fixtures() -> Vec<Fixture> {
    let dir = fixtures_dir();
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| Fixture {
            name: path.file_stem().and_then(|s| s.to_str()).unwrap_or("?").to_string(),
            raw: fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
            path,
        })
        .collect()
}

/// The comparable form of an extraction. `expected_locator` `sha256:*`
/// accepts any content-hash locator; no expected locator leaves it out.
pub fn render(extraction: &Extraction, expected_locator: Option<&str>) -> Value {
    let verdict = match extraction.verdict {
        Verdict::Amazon => "amazon",
        Verdict::NotAmazon => "not_amazon",
        Verdict::Rejected => "rejected",
    };
    let mut out = json!({
        "verdict": verdict,
        "events": extraction.events.iter().map(event).collect::<Vec<_>>(),
        "problems": extraction.problems.iter().map(|p| p.kind.as_str()).collect::<Vec<_>>(),
    });
    if let Some(expected) = expected_locator {
        let locator = extraction.evidence.as_ref().map(|e| e.locator.clone()).unwrap_or_default();
        let shown =
            if expected == "sha256:*" && locator.starts_with("sha256:") { expected.to_string() } else { locator };
        out["locator"] = Value::String(shown);
    }
    out
}

pub fn event(r: &Recorded) -> Value {
    let e = &r.event;
    json!({
        "kind": e.kind.as_str(),
        "program": e.program.as_ref().map(|p| p.as_str()),
        "amount": e.amount.map(|m| m.to_decimal_string()),
        "currency": e.amount.map(|m| m.currency().code()),
        "points": e.points,
        "code": e.code,
        "expires_on": e.expires_on.map(|d| d.to_string()),
        "order_id": e.order_id,
        "categories": e.categories.as_ref().map(|c| c.iter().map(|c| c.as_str()).collect::<Vec<_>>()),
        "percent_off": e.percent_off,
        "min_purchase": e.min_purchase.map(|m| m.to_string()),
        "note": e.note,
        "occurred_on": e.occurred_on.map(|d| d.to_string()),
        "marketplace": e.marketplace.map(|m| m.code()),
    })
}

pub fn grants(extraction: &Extraction) -> Vec<&Recorded> {
    extraction.events.iter().filter(|r| r.event.kind == EventKind::Grant).collect()
}

/// The header block of a raw message (up to the first empty line).
pub fn header_block(raw: &[u8]) -> &[u8] {
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
