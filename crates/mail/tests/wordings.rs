//! Short wordings and what they must yield (tests/wordings/wordings.toml):
//! a cheap way to pin down how a sentence is read. Each case becomes a
//! plain UTF-8 (or HTML) message from `<mailbox>@<from>` (`no-reply` unless said); the events of the
//! kinds score.py scores are compared as a set, in its fields.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde::Deserialize;
use unspent_core::{EventKind, SourceKind};
use unspent_mail::{MailContext, Verdict, extract};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Wordings {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    from: String,
    subject: String,
    body: String,
    #[serde(default)]
    html: bool,
    /// The sender's mailbox at `from` (default `no-reply`).
    #[serde(default)]
    mailbox: Option<String>,
    expect: Vec<String>,
}

fn message(case: &Case) -> Vec<u8> {
    let kind = if case.html { "html" } else { "plain" };
    format!(
        "From: \"Amazon\" <{}@{}>\r\nTo: user@example.org\r\nSubject: {}\r\nDate: Tue, 03 Mar 2026 10:15:00 +0000\r\n\
         Message-ID: <{}@wordings.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/{kind}; charset=utf-8\r\n\
         Content-Transfer-Encoding: 8bit\r\n\r\n{}",
        case.mailbox.as_deref().unwrap_or("no-reply"),
        case.from,
        case.subject,
        case.name,
        case.body
    )
    .into_bytes()
}

fn scored(case: &Case) -> BTreeSet<String> {
    let raw = message(case);
    let extraction = extract(&raw, &MailContext { source: SourceKind::Eml, origin: Some(&case.name) });
    assert_eq!(extraction.verdict, Verdict::Amazon, "{}: not read as Amazon's", case.name);
    let or_dash = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    extraction
        .events
        .iter()
        .filter_map(|r| {
            let e = &r.event;
            let program = or_dash(e.program.as_ref().map(|p| p.as_str().to_string()));
            let amount = e.amount.map(|m| format!("{} {}", m.to_decimal_string(), m.currency().code()));
            let amount = or_dash(amount);
            let expires = or_dash(e.expires_on.map(|d| d.to_string()));
            let order = or_dash(e.order_id.clone());
            Some(match e.kind {
                EventKind::Grant => format!("grant {program} {amount} {expires} {order}"),
                EventKind::Promise => format!("promise {program} {amount} {order}"),
                EventKind::Redeem => format!("redeem {amount} {order}"),
                EventKind::Points => format!("points {} {expires}", e.points.unwrap_or(0)),
                EventKind::Code => format!("code {} {expires}", or_dash(e.code.clone())),
                _ => return None,
            })
        })
        .collect()
}

/// Every `tests/wordings/*.toml`, in name order (one file per round of wordings).
fn wording_files() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wordings");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_wording_reads_as_expected() {
    let files = wording_files();
    assert!(!files.is_empty(), "no tests/wordings/*.toml");
    let mut wrong = Vec::new();
    let mut total = 0;
    for path in &files {
        let source = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let wordings: Wordings = toml::from_str(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(!wordings.case.is_empty(), "{} has no cases", path.display());
        let mut names = BTreeSet::new();
        for case in &wordings.case {
            assert!(names.insert(case.name.clone()), "{}: case {} is named twice", path.display(), case.name);
            let expected: BTreeSet<String> = case.expect.iter().cloned().collect();
            let got = scored(case);
            if got != expected {
                wrong.push(format!("{}:\n    expected {expected:?}\n    got      {got:?}", case.name));
            }
            total += 1;
        }
    }
    assert!(wrong.is_empty(), "{} of {total} wordings read differently:\n{}", wrong.len(), wrong.join("\n"));
}
