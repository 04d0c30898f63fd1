//! Golden tests: every `tests/fixtures/NAME.eml` must read as `NAME.json` says.
//!
//! The fixtures and their expectations are written by hand
//! (tests/fixtures/generate.py) in wordings unlike the acceptance corpus.
//! On a mismatch the test writes `NAME.actual` next to the fixture, so
//! `diff NAME.json NAME.actual` shows what changed.

mod common;

use std::fs;

use serde_json::Value;

use common::{fixtures, render};

#[test]
fn every_fixture_reads_as_expected() {
    let mut ran = 0;
    let mut differ = Vec::new();
    for fixture in fixtures() {
        let expected_path = fixture.path.with_extension("json");
        let expected: Value = serde_json::from_str(
            &fs::read_to_string(&expected_path)
                .unwrap_or_else(|e| panic!("{}: {e} (every fixture needs its .json)", expected_path.display())),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        let actual = render(&fixture.extraction(), expected.get("locator").and_then(Value::as_str));
        let actual_path = fixture.path.with_extension("actual");
        if actual == expected {
            let _ = fs::remove_file(&actual_path);
        } else {
            let pretty = serde_json::to_string_pretty(&actual).expect("JSON serialises");
            fs::write(&actual_path, pretty + "\n").expect("can write the .actual file");
            differ.push(fixture.name.clone());
        }
        ran += 1;
    }
    assert!(ran > 0, "no fixtures found in {}", common::fixtures_dir().display());
    assert!(
        differ.is_empty(),
        "{} of {ran} fixtures read differently than expected: {}\n(see NAME.actual beside each NAME.json in {})",
        differ.len(),
        differ.join(", "),
        common::fixtures_dir().display()
    );
}
