//! Scores `unspent events --json` output against a labelled corpus's
//! `expected.json`, by the rules of ../shared/tools/score.py, and enforces
//! the acceptance bar. Used by scripts/check-corpus; works without Python.
//!
//!     corpus_score EXPECTED.json EVENTS.json
//!
//! Events match when their key fields are equal (compared as multisets):
//! grant: program, amount, currency, expires_on, order_id; redeem: amount,
//! currency, order_id; promise: program, amount, currency, order_id;
//! points: points, expires_on; code: code, expires_on. Amounts compare as
//! numbers ("2.00" = "2"). Exit 0 when grant precision and recall are at
//! least 0.99, every other kind's at least 0.95, and no message listed in
//! `negatives` yields a grant; 1 when the bar is missed; 2 on bad input.

use std::collections::{BTreeMap, BTreeSet};
use std::process::ExitCode;

use serde_json::Value;

const KINDS: [(&str, &[&str]); 5] = [
    ("grant", &["program", "amount", "currency", "expires_on", "order_id"]),
    ("redeem", &["amount", "currency", "order_id"]),
    ("promise", &["program", "amount", "currency", "order_id"]),
    ("points", &["points", "expires_on"]),
    ("code", &["code", "expires_on"]),
];
const GRANT_BAR: f64 = 0.99;
const OTHER_BAR: f64 = 0.95;

type Key = Vec<String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let [expected_path, events_path] = files[..] else {
        eprintln!("usage: corpus_score EXPECTED.json EVENTS.json [-v]");
        return ExitCode::from(2);
    };
    let expected = match read_json(expected_path) {
        Ok(v) => v,
        Err(e) => return fail_input(&e),
    };
    let events = match read_events(events_path) {
        Ok(v) => v,
        Err(e) => return fail_input(&e),
    };
    let Some(expected_events) = expected.get("events").and_then(Value::as_array) else {
        return fail_input(&format!("{expected_path}: no `events` array"));
    };
    let negatives: BTreeSet<String> = expected
        .get("negatives")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default();

    let want = multiset(expected_events.iter());
    let got = multiset(events.iter());
    let mut passed = true;
    for (kind, _) in KINDS {
        let (tp, n_want, n_got, missed, extra) = compare(&want, &got, kind);
        let precision = if n_got > 0 {
            tp as f64 / n_got as f64
        } else if n_want == 0 {
            1.0
        } else {
            0.0
        };
        let recall = if n_want > 0 { tp as f64 / n_want as f64 } else { 1.0 };
        let bar = if kind == "grant" { GRANT_BAR } else { OTHER_BAR };
        let ok = precision >= bar && recall >= bar;
        passed &= ok;
        println!(
            "{kind:8} P={precision:.3} R={recall:.3}  (matched {tp}, expected {n_want}, found {n_got}){}",
            if ok { "" } else { "  BELOW THE BAR" }
        );
        if verbose || !ok {
            for key in missed {
                println!("   missed: {}", key.join(" | "));
            }
            for key in extra {
                println!("   extra:  {}", key.join(" | "));
            }
        }
    }
    let negative_grants: BTreeSet<String> = events
        .iter()
        .filter(|e| e.get("kind").and_then(Value::as_str) == Some("grant"))
        .filter_map(message_id)
        .filter(|id| negatives.contains(id))
        .collect();
    if negative_grants.is_empty() {
        println!("negatives: none of {} yields a grant", negatives.len());
    } else {
        passed = false;
        println!("negatives: {} must yield no grant but do:", negative_grants.len());
        for id in &negative_grants {
            println!("   {id}");
        }
    }
    println!("{}", if passed { "PASS" } else { "FAIL" });
    if passed { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

fn fail_input(message: &str) -> ExitCode {
    eprintln!("corpus_score: {message}");
    ExitCode::from(2)
}

fn read_json(path: &str) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    serde_json::from_str(&text).map_err(|e| format!("{path}: not JSON ({e})"))
}

/// A JSON array, `{"events": [...]}`, or JSON lines, as score.py accepts.
fn read_events(path: &str) -> Result<Vec<Value>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let text = text.trim();
    if text.is_empty() {
        return Ok(Vec::new());
    }
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        return Ok(match value {
            Value::Array(items) => items,
            Value::Object(ref map) if map.contains_key("events") => {
                map["events"].as_array().cloned().unwrap_or_default()
            }
            other => vec![other],
        });
    }
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).map_err(|e| format!("{path}: not JSON lines ({e})")))
        .collect()
}

fn message_id(event: &Value) -> Option<String> {
    event
        .get("message_id")
        .or_else(|| event.get("evidence").and_then(|e| e.get("message_id")))
        .and_then(Value::as_str)
        .map(|s| s.trim().to_string())
}

fn multiset<'a>(events: impl Iterator<Item = &'a Value>) -> BTreeMap<Key, usize> {
    let mut out = BTreeMap::new();
    for event in events {
        if let Some(key) = key(event) {
            *out.entry(key).or_insert(0) += 1;
        }
    }
    out
}

fn key(event: &Value) -> Option<Key> {
    let kind = event.get("kind")?.as_str()?;
    let (_, fields) = KINDS.iter().find(|(k, _)| *k == kind)?;
    let mut key = vec![kind.to_string()];
    for field in *fields {
        let value = event.get(*field).unwrap_or(&Value::Null);
        key.push(normalise(field, value));
    }
    Some(key)
}

fn normalise(field: &str, value: &Value) -> String {
    let text = match value {
        Value::Null => return "null".into(),
        Value::String(s) => s.trim().to_string(),
        other => other.to_string(),
    };
    match field {
        "amount" => normalise_number(&text),
        "points" => text.parse::<f64>().map(|p| format!("{}", p as i64)).unwrap_or(text),
        "currency" | "code" => text.to_uppercase(),
        "program" => text.to_lowercase(),
        _ => text,
    }
}

/// `2.00`, `2`, `2.0` → `2`; `-0.50` → `-0.5`: equal numbers, equal text.
fn normalise_number(text: &str) -> String {
    let valid = !text.is_empty()
        && text.trim_start_matches('-').chars().all(|c| c.is_ascii_digit() || c == '.')
        && text.matches('.').count() <= 1;
    if !valid {
        return text.to_string();
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let number = if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") };
    if negative && number != "0" { format!("-{number}") } else { number }
}

fn compare(
    want: &BTreeMap<Key, usize>,
    got: &BTreeMap<Key, usize>,
    kind: &str,
) -> (usize, usize, usize, Vec<Key>, Vec<Key>) {
    let of_kind = |m: &BTreeMap<Key, usize>| -> BTreeMap<Key, usize> {
        m.iter().filter(|(k, _)| k[0] == kind).map(|(k, n)| (k.clone(), *n)).collect()
    };
    let (want, got) = (of_kind(want), of_kind(got));
    let mut tp = 0;
    let mut missed = Vec::new();
    let mut extra = Vec::new();
    for (key, n) in &want {
        let m = got.get(key).copied().unwrap_or(0);
        tp += n.min(&m);
        missed.extend(std::iter::repeat_n(key.clone(), n.saturating_sub(m)));
    }
    for (key, n) in &got {
        let w = want.get(key).copied().unwrap_or(0);
        extra.extend(std::iter::repeat_n(key.clone(), n.saturating_sub(w)));
    }
    (tp, want.values().sum(), got.values().sum(), missed, extra)
}
