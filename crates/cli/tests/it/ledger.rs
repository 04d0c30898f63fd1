//! Manual entries, the ledger views and the JSON contract, end to end.

use serde_json::Value;

use crate::util::Env;

fn find<'a>(list: &'a Value, id: &str) -> &'a Value {
    list.as_array().unwrap().iter().find(|v| v["id"] == id).unwrap_or_else(|| panic!("{id} not in {list:#}"))
}

#[test]
fn credits_follow_the_contract_and_fifo_by_expiry() {
    let env = Env::on("2026-01-15");
    let late = env.add(&[
        "grant",
        "--program",
        "no-rush",
        "--amount",
        "1.00",
        "--currency",
        "USD",
        "--expires",
        "2026-03-01",
        "--on",
        "2026-01-01",
    ]);
    let early = env.add(&[
        "grant",
        "--program",
        "no-rush",
        "--amount",
        "$1",
        "--expires",
        "2026-02-01",
        "--on",
        "2026-01-02",
        "--order",
        "111-1111111-1111111",
    ]);
    let gift =
        env.add(&["grant", "--program", "gift-card", "--amount", "25.00", "--currency", "USD", "--on", "2026-01-01"]);
    env.add(&[
        "redeem",
        "--amount",
        "1.50",
        "--currency",
        "USD",
        "--order",
        "D01-0000001-0000001",
        "--on",
        "2026-01-10",
    ]);

    let credits = env.json(&["credits"]);
    let lot = find(&credits, &late);
    assert_eq!(lot["program"], "no-rush");
    assert_eq!(lot["amount"], "1.00");
    assert_eq!(lot["remaining"], "0.50");
    assert_eq!(lot["currency"], "USD");
    assert_eq!(lot["expires_on"], "2026-03-01");
    assert_eq!(lot["categories"], serde_json::json!(["ebook", "music", "video", "app"]));
    assert_eq!(lot["estimated"], true);
    assert!(credits.as_array().unwrap().iter().all(|l| l["id"] != early), "the used-up lot is not listed");
    assert_eq!(find(&credits, &gift)["remaining"], "25.00");
    assert_eq!(find(&credits, &gift)["expires_on"], Value::Null);

    let before = env.json(&["credits", "--as-of", "2026-01-05"]);
    assert_eq!(find(&before, &early)["remaining"], "1.00", "the redeem had not happened yet");

    let soon = env.json(&["credits", "--expiring", "50"]);
    assert_eq!(soon.as_array().unwrap().len(), 1, "{soon:#}");
    let all = env.json(&["credits", "--all"]);
    assert_eq!(find(&all, &early)["status"], "used");
}

#[test]
fn a_credit_can_be_used_on_its_expiry_day_and_not_after() {
    let env = Env::on("2026-02-01");
    let id =
        env.add(&["grant", "--program", "no-rush", "--amount", "2.00", "--currency", "USD", "--expires", "2026-02-01"]);
    assert_eq!(find(&env.json(&["credits"]), &id)["days_left"], 0);
    let after = env.json(&["credits", "--as-of", "2026-02-02"]);
    assert!(after.as_array().unwrap().is_empty(), "{after:#}");
    let balance = env.json(&["balance", "--as-of", "2026-02-02"]);
    assert_eq!(balance["lines"][0]["expired"], "2.00");
}

#[test]
fn events_follow_the_contract() {
    let env = Env::new();
    env.add(&[
        "grant",
        "--program",
        "promotional",
        "--amount",
        "1.000,00 €",
        "--expires",
        "2026-06-30",
        "--categories",
        "video,ebook",
    ]);
    env.add(&["points", "--points", "45"]);
    env.add(&[
        "code",
        "--code",
        "SAVE5NOW",
        "--amount",
        "5",
        "--currency",
        "USD",
        "--min",
        "10",
        "--expires",
        "2026-03-01",
    ]);
    let events = env.json(&["events"]);
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 3);
    for e in events {
        for key in ["kind", "program", "amount", "currency", "points", "code", "expires_on", "order_id", "evidence"] {
            assert!(e.get(key).is_some(), "{key} missing from {e:#}");
        }
        for key in ["source", "message_id", "subject", "date"] {
            assert!(e["evidence"].get(key).is_some(), "evidence.{key} missing from {e:#}");
        }
        assert_eq!(e["evidence"]["source"], "manual");
    }
    assert_eq!((&events[0]["amount"], &events[0]["currency"]), (&Value::from("1000.00"), &Value::from("EUR")));
    assert_eq!(events[0]["categories"], serde_json::json!(["ebook", "video"]));
    assert_eq!((&events[1]["kind"], &events[1]["points"]), (&Value::from("points"), &Value::from(45)));
    assert_eq!((&events[2]["code"], &events[2]["min_purchase"]), (&Value::from("SAVE5NOW"), &Value::from("USD 10.00")));
    assert_eq!(env.json(&["events", "--kind", "points"]).as_array().unwrap().len(), 1);
}

#[test]
fn bad_values_are_refused_with_one_line_and_nothing_written() {
    let env = Env::new();
    let cases: &[(&[&str], &str)] = &[
        (&["add", "grant", "--program", "no-rush", "--amount", "1.00", "--currency", "XYZ"], "unknown currency"),
        (&["add", "grant", "--program", "no-rush", "--amount", "-1.00", "--currency", "USD"], "more than zero"),
        (&["add", "grant", "--program", "no-rush", "--amount", "1.0.0", "--currency", "USD"], "not an amount"),
        (&["add", "grant", "--program", "no-rush", "--amount", "1.001", "--currency", "USD"], "more decimals"),
        (&["add", "grant", "--program", "no-rush", "--amount", "1.00"], "say which currency"),
        (&["add", "grant", "--program", "no-rush", "--amount", "£1", "--currency", "USD"], "is in GBP"),
        (
            &["add", "grant", "--program", "no-rush", "--amount", "1", "--currency", "USD", "--expires", "2026-02-30"],
            "not a real calendar date",
        ),
        (
            &["add", "grant", "--program", "no-rush", "--amount", "1", "--currency", "USD", "--expires", "31/12/2026"],
            "not a date",
        ),
        (&["add", "grant", "--program", "bogus", "--amount", "1", "--currency", "USD"], "unknown program"),
        (
            &["add", "grant", "--program", "no-rush", "--amount", "1", "--currency", "USD", "--categories", "toys"],
            "unknown category",
        ),
        (&["add", "points", "--points", "0"], "positive"),
        (&["credits", "--as-of", "yesterday"], "not a date"),
    ];
    for (args, needle) in cases {
        let (code, stderr) = env.fails(args);
        assert_eq!(code, 3, "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: expected `{needle}` in {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    }
    assert!(env.json(&["events"]).as_array().unwrap().is_empty());
}

#[test]
fn a_corrupt_or_foreign_database_is_never_recreated() {
    let env = Env::new();
    let junk = b"SQLite format 3\0 but not really; these are someone's notes".repeat(100);
    std::fs::write(env.db(), &junk).unwrap();
    let (code, stderr) = env.fails(&["credits"]);
    assert_eq!(code, 4, "{stderr}");
    assert!(stderr.contains("left untouched"), "{stderr}");
    assert_eq!(std::fs::read(env.db()).unwrap(), junk);

    let (code, stderr) = env.fails(&["--db", env.dir().to_str().unwrap(), "credits"]);
    assert_eq!(code, 4, "a directory is not a database: {stderr}");
    let blocker = env.dir().join("file");
    std::fs::write(&blocker, "x").unwrap();
    let inside_a_file = blocker.join("unspent.db");
    let (code, stderr) = env.fails(&["--db", inside_a_file.to_str().unwrap(), "credits"]);
    assert_eq!(code, 4, "{stderr}");
}

#[test]
fn an_import_killed_midway_leaves_no_partial_batch() {
    let env = Env::new();
    let kept = env.dir().join("demo.db");
    let out = env
        .cmd()
        .args(["demo", "--keep", kept.to_str().unwrap()])
        .env("UNSPENT_FAULT_ABORT_AFTER_EVENTS", "3")
        .output()
        .unwrap();
    assert!(!out.status.success(), "the process was meant to abort: {}", crate::util::describe(&out));
    let events = env.json(&["--db", kept.to_str().unwrap(), "events"]);
    assert!(events.as_array().unwrap().is_empty(), "a partial batch was committed: {events:#}");
    let again = env.ok(&["demo"]);
    assert!(again.contains("Read 12 documents"), "{again}");
}

#[test]
fn an_observed_balance_that_disagrees_is_shown_with_both_figures() {
    let env = Env::on("2026-03-01");
    env.add(&["grant", "--program", "trade-in", "--amount", "10.00", "--currency", "USD", "--on", "2026-01-01"]);
    env.add(&["balance", "--amount", "7.50", "--currency", "USD", "--balance", "gift-card", "--on", "2026-02-01"]);
    let out = env.cmd().args(["balance"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("USD 7.50") && stderr.contains("USD 10.00"), "{stderr}");
    let json = env.json(&["balance"]);
    assert_eq!(json["checks"][0]["observed"], "7.50");
    assert_eq!(json["checks"][0]["estimated"], "10.00");
    assert_eq!(json["checks"][0]["agrees"], false);
    assert_eq!(json["lines"][0]["available"], "10.00", "the estimate is not overwritten");
}

#[test]
fn exports_parse_back_as_csv_and_json() {
    let env = Env::new();
    env.add(&["grant", "--program", "no-rush", "--amount", "1.00", "--currency", "USD", "--note", "comma, \"quoted\""]);
    env.add(&["grant", "--program", "gift-card", "--amount", "¥1,500"]);
    let csv_text = env.ok(&["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    assert!(rows.iter().any(|r| &r[col("currency")] == "JPY" && &r[col("remaining")] == "1500"));
    let out = env.dir().join("events.csv");
    env.ok(&["export", "--format", "csv", "--what", "events", "--out", out.to_str().unwrap()]);
    let mut events = csv::Reader::from_path(&out).unwrap();
    assert_eq!(events.records().count(), 2);
    let json: Value = serde_json::from_str(&env.ok(&["export", "--format", "json"])).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
}

/// Loads a Beancount journal with Beancount itself (installed by scripts/setup.d/40-beancount.sh)
/// and prints its errors, its balances per account and currency, and each transaction's flag.
const BEANCOUNT_READ: &str = r#"
import json, sys
from beancount import loader
from beancount.core import data, realization
entries, errors, _ = loader.load_file(sys.argv[1])
real = realization.realize(entries)
balances = {}
for acc in realization.iter_children(real):
    for pos in acc.balance:
        balances[f"{acc.account} {pos.units.currency}"] = str(pos.units.number)
txns = [e for e in entries if isinstance(e, data.Transaction)]
print(json.dumps({
    "errors": [str(e.message) for e in errors],
    "balances": balances,
    "flags": {t.meta.get("redeem", t.meta.get("lot")): t.flag for t in txns},
    "posting_lots": sorted(p.meta["lot"] for t in txns for p in t.postings if p.meta and "lot" in p.meta),
}))
"#;

#[test]
fn the_beancount_journal_checks_and_adds_up_to_the_ledger() {
    let python = std::env::var("UNSPENT_TEST_PYTHON").unwrap_or_else(|_| {
        panic!("UNSPENT_TEST_PYTHON is not set: this test reads the journal with Beancount, which scripts/setup.d/40-beancount.sh installs; run it with scripts/test")
    });
    let env = Env::on("2026-05-01");
    let add = |args: &[&str]| env.add(args).trim().to_string();
    // Spent by the first redeem; another credit of $2 lasts past --as-of.
    let used_up =
        add(&["grant", "--program", "no-rush", "--amount", "$1.00", "--expires", "2026-03-31", "--on", "2026-01-05"]);
    let later =
        add(&["grant", "--program", "no-rush", "--amount", "$2.00", "--expires", "2026-06-30", "--on", "2026-01-10"]);
    let lost = add(&[
        "grant",
        "--program",
        "promotional",
        "--amount",
        "$3.00",
        "--expires",
        "2026-04-15",
        "--on",
        "2026-01-20",
        "--categories",
        "video",
    ]);
    let card =
        add(&["grant", "--program", "gift-card", "--amount", "£20", "--on", "2026-01-02", "--marketplace", "UK"]);
    // Spans two lots, chosen by the ledger: flagged `!`, one posting per lot.
    let spread = add(&["redeem", "--amount", "$1.50", "--order", "D01-1", "--on", "2026-02-15"]);
    // Names its lot: not an estimate.
    let named = add(&["redeem", "--amount", "$0.50", "--lot", &lost, "--on", "2026-02-20"]);
    add(&["redeem", "--amount", "£5", "--program", "gift-card", "--order", "202-1", "--on", "2026-03-01"]);
    // After --as-of: not in the journal.
    add(&["redeem", "--amount", "$1.00", "--on", "2026-05-10"]);
    add(&["grant", "--program", "promotional", "--amount", "$9.00", "--on", "2026-05-20"]);

    let path = env.dir().join("credits.beancount");
    env.ok(&["export", "--format", "beancount", "--out", path.to_str().unwrap()]);
    let out = std::process::Command::new(&python).arg("-c").arg(BEANCOUNT_READ).arg(&path).output().unwrap();
    assert!(out.status.success(), "Beancount could not read the journal: {}", String::from_utf8_lossy(&out.stderr));
    let read: Value = serde_json::from_slice(&out.stdout).unwrap();
    let journal = std::fs::read_to_string(&path).unwrap();
    assert_eq!(read["errors"], serde_json::json!([]), "bean-check's errors (balance assertions included):\n{journal}");

    // What Beancount adds up is what `unspent credits` shows on the day.
    let credits = env.json(&["credits"]);
    let remaining = |id: &str| find(&credits, id)["remaining"].as_str().unwrap().to_string();
    let balances = &read["balances"];
    assert_eq!(balances["Assets:Amazon:Credit:No-Rush USD"], remaining(&later), "{journal}");
    assert_eq!(balances["Assets:Amazon:Balance:Gift-Card GBP"], remaining(&card).as_str());
    assert!(balances["Assets:Amazon:Credit:Promotional USD"].is_null(), "expired, so empty: {journal}");
    assert!(journal.contains("balance Assets:Amazon:Credit:Promotional 0.00 USD"), "{journal}");
    assert_eq!(balances["Expenses:Amazon:Expired:Promotional USD"], "2.00");
    assert_eq!(balances["Expenses:Amazon:Orders USD"], "2.00");
    assert_eq!(balances["Income:Amazon:Promotional USD"], "-3.00", "the $9 granted after --as-of is left out");
    assert_eq!((read["flags"][&spread].as_str(), read["flags"][&named].as_str()), (Some("!"), Some("*")));
    let mut lots = vec![used_up, lost.clone(), lost, card];
    lots.sort();
    assert_eq!(read["posting_lots"], serde_json::json!(lots));

    let (code, message) = env.fails(&["export", "--format", "beancount", "--what", "events"]);
    assert_eq!(code, 2);
    assert!(message.contains("use json or csv"), "{message}");
}
