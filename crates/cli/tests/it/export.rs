//! Amazon's data export and saved account pages, scanned as a user scans them:
//! both export layouts as a zip, a folder and single CSVs; the Gift Card and
//! No-Rush pages; hostile and broken inputs; the No-Rush shipping-code join.
//! Fixtures are the project's own (crates/export/fixtures), synthetic.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::Env;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../export/fixtures")
}

fn fixture(rel: &str) -> String {
    fixtures().join(rel).display().to_string()
}

/// Zips the files under `dir` (paths relative to it) into `to`.
fn zip_folder(dir: &Path, to: &Path) {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    let entries: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|p| (p.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/"), std::fs::read(p).unwrap()))
        .collect();
    std::fs::write(to, zip_of(&entries)).unwrap();
}

fn zip_of(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
    for (name, bytes) in entries {
        writer.start_file(name.as_str(), options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

fn events_of_kind(env: &Env, kind: &str) -> Vec<Value> {
    env.json(&["events", "--kind", kind]).as_array().unwrap().clone()
}

fn by_order<'a>(events: &'a [Value], order: &str, amount: &str) -> &'a Value {
    events
        .iter()
        .find(|e| e["order_id"] == order && e["amount"] == amount)
        .unwrap_or_else(|| panic!("no event for {order} {amount} in {events:#?}"))
}

/// Runs a scan, asserting success; returns its stderr (the notes a user sees).
fn scan(env: &Env, path: &str) -> String {
    let out = env.cmd().args(["scan", path]).output().unwrap();
    assert!(out.status.success(), "scan {path} failed: {}", crate::util::describe(&out));
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn both_layouts_scan_into_events_with_file_and_row_evidence() {
    let env = Env::on("2026-06-01");
    let zip = env.dir().join("Your Orders.zip");
    zip_folder(&fixtures().join("2025"), &zip);
    let zip = zip.display().to_string();
    let summary = env.json(&["scan", &zip]);
    assert_eq!((summary["found"]["redeem"].as_u64(), summary["added"].as_u64()), (Some(3), Some(3)));
    scan(&env, &fixture("legacy"));

    let redeems = events_of_kind(&env, "redeem");
    assert_eq!(redeems.len(), 4, "{redeems:#?}");
    let used = by_order(&redeems, "D01-0000011-0000011", "14.95");
    assert_eq!(used["program"], "promotional");
    assert_eq!(used["currency"], "USD");
    assert_eq!(used["expires_on"], Value::Null);
    assert_eq!(used["occurred_on"], "2026-02-14");
    let evidence = &used["evidence"];
    assert_eq!(evidence["source"], "export");
    assert_eq!(evidence["message_id"], Value::Null);
    assert_eq!(evidence["date"], "2026-02-14T19:30:00Z");
    assert_eq!(evidence["locator"], "digital-order/D01-0000011-0000011/2026-02-14/credit-used");
    assert_eq!(evidence["trust"], "user");
    let origin = evidence["origin"].as_str().unwrap();
    assert!(origin.ends_with("Your Orders.zip!Your Amazon Orders/Digital Content Orders.csv#row=5,7"), "{origin}");
    let reversal = by_order(&redeems, "D01-0000011-0000011", "-14.95");
    assert_eq!(reversal["occurred_on"], "2026-02-18");
    assert!(reversal["evidence"]["origin"].as_str().unwrap().contains("Digital Returns.csv#row=3,5"));
    by_order(&redeems, "D01-0000012-0000012", "5.00");
    let legacy = by_order(&redeems, "D01-0000001-0000001", "5.34");
    assert!(legacy["evidence"]["origin"].as_str().unwrap().ends_with("Digital Orders Monetary.csv#row=4,5"));

    // The same export again, unzipped this time: the same facts, nothing new.
    let again = env.json(&["scan", &fixture("2025")]);
    assert_eq!((again["added"].as_u64(), again["already_known"].as_u64()), (Some(0), Some(3)));
    assert_eq!(events_of_kind(&env, "redeem").len(), 4);

    let orders = env.json(&["orders"]);
    let orders = orders.as_array().unwrap();
    assert_eq!(orders.len(), 16);
    let split = orders.iter().find(|o| o["order_id"] == "112-0000002-0000002").unwrap();
    assert_eq!((split["items"].as_u64(), split["total"].as_str()), (Some(2), Some("39.32")));
    assert_eq!(split["gift_card_used"], true);
    assert_eq!(split["shipping_options"], serde_json::json!(["econ-placeholder"]));
    let refunded = orders.iter().find(|o| o["order_id"] == "113-0000012-0000012").unwrap();
    assert_eq!(refunded["refunded"], "22.50");
}

#[test]
fn unknown_files_are_reported_with_their_header_not_fatal() {
    let env = Env::on("2026-06-01");
    let notes = scan(&env, &fixture("2025"));
    assert!(
        notes.contains("not a file unspent knows") && notes.contains("(header: Date | Category | Amount)"),
        "{notes}"
    );
    let problems = env.json(&["problems"]);
    let problem = problems.as_array().unwrap().iter().find(|p| p["kind"] == "unknown").unwrap();
    assert!(problem["locator"].as_str().unwrap().ends_with("my-budget.csv"));
    assert!(problem["message"].as_str().unwrap().contains("Date | Category | Amount"));
}

#[test]
fn one_csv_alone_is_read_by_its_header() {
    let env = Env::on("2026-06-01");
    // Renamed on disk: the name proves nothing, the header does.
    let renamed = env.dir().join("download (3).csv");
    std::fs::copy(fixtures().join("legacy/Retail.OrderHistory.1/Retail.OrderHistory.1.csv"), &renamed).unwrap();
    scan(&env, &renamed.display().to_string());
    let orders = env.json(&["orders"]);
    let ids: Vec<&str> = orders.as_array().unwrap().iter().map(|o| o["order_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["112-0000001-0000001", "112-0000002-0000002", "112-0000003-0000003", "112-0000005-0000005"]);
    assert!(env.json(&["events"]).as_array().unwrap().is_empty(), "retail orders are facts, not events");
}

/// Everything a user can list, to compare before and after a refused input.
fn snapshot(env: &Env) -> Vec<Value> {
    ["events", "orders", "problems"].iter().map(|what| env.json(&[what])).collect()
}

#[test]
fn bad_inputs_fail_on_one_line_and_change_nothing() {
    let env = Env::on("2026-06-01");
    scan(&env, &fixture("legacy"));
    let before = snapshot(&env);
    let dir = env.dir();

    let bomb = dir.join("bomb.zip");
    std::fs::write(&bomb, zip_of(&[("Your Amazon Orders/Order History.csv".into(), vec![0u8; 64 << 20])])).unwrap();

    let csv = std::fs::read(fixtures().join("2025/Your Amazon Orders/Order History.csv")).unwrap();
    let traversal = dir.join("traversal.zip");
    let mut bytes = zip_of(&[("fine.csv".into(), csv.clone()), ("xxxevil.csv".into(), csv.clone())]);
    replace_all(&mut bytes, b"xxxevil.csv", b"../evil.csv");
    std::fs::write(&traversal, bytes).unwrap();

    let truncated = dir.join("truncated.zip");
    zip_folder(&fixtures().join("2025"), &truncated);
    let whole = std::fs::read(&truncated).unwrap();
    std::fs::write(&truncated, &whole[..whole.len() * 2 / 3]).unwrap();

    let missing = dir.join("Order History.csv");
    let text = String::from_utf8(csv).unwrap().replacen("\"Order ID\"", "\"Order Number\"", 1);
    std::fs::write(&missing, text).unwrap();

    let not_amazon = fixture("pages/not-amazon.html");
    let stranger = dir.join("stranger.csv");
    std::fs::write(&stranger, "name,email,phone\nA,a@example.com,1\n").unwrap();

    let cases: Vec<(String, &str)> = vec![
        (bomb.display().to_string(), "zip bomb"),
        (traversal.display().to_string(), "`../evil.csv` points outside the archive"),
        (truncated.display().to_string(), "not a readable zip archive"),
        (missing.display().to_string(), "has no `Order ID` column"),
        (not_amazon, "not a saved Amazon Gift Card balance or No-Rush rewards page"),
        (
            stranger.display().to_string(),
            "not a file of Amazon's data export that unspent knows (header: name | email | phone)",
        ),
    ];
    for (path, reason) in &cases {
        let (code, stderr) = env.fails(&["scan", path]);
        assert_eq!(code, 3, "{path}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "one line for {path}: {stderr}");
        assert!(stderr.starts_with("unspent: ") && stderr.contains(reason), "{path}: {stderr}");
    }
    let (code, stderr) = env.fails(&["scan", &dir.join("nowhere.zip").display().to_string()]);
    assert_eq!((code, stderr.lines().count()), (5, 1), "{stderr}");
    assert_eq!(snapshot(&env), before, "a refused input leaves the database as it was");
}

fn replace_all(haystack: &mut [u8], from: &[u8], to: &[u8]) {
    let mut i = 0;
    while i + from.len() <= haystack.len() {
        if &haystack[i..i + from.len()] == from {
            haystack[i..i + from.len()].copy_from_slice(to);
        }
        i += 1;
    }
}

#[test]
fn gift_card_pages_give_movements_and_a_checked_balance() {
    let env = Env::on("2026-06-01");
    let notes = scan(&env, &fixture("pages/gc-balance-us.html"));
    assert!(
        notes.contains("Amazon shows $40.00 (gift-card balance) on 2026-04-02; the ledger estimates $12.00"),
        "both figures are shown: {notes}"
    );
    let balances = events_of_kind(&env, "balance");
    assert_eq!(balances.len(), 1);
    let observed = &balances[0];
    assert_eq!((observed["amount"].as_str(), observed["balance"].as_str()), (Some("40.00"), Some("gift-card")));
    assert_eq!(observed["evidence"]["source"], "page");
    assert_eq!(observed["evidence"]["origin"], fixture("pages/gc-balance-us.html"));
    assert!(observed["evidence"]["locator"].as_str().unwrap().starts_with("gc-balance/amazon.com/2026-04-02/"));
    let redeems = events_of_kind(&env, "redeem");
    let redeem = by_order(&redeems, "113-0000011-0000011", "14.00");
    assert_eq!((redeem["program"].as_str(), redeem["occurred_on"].as_str()), (Some("gift-card"), Some("2026-03-04")));

    let check = |env: &Env| env.json(&["balance"])["checks"][0].clone();
    assert_eq!(check(&env)["agrees"], false);
    // The older page of the activity, saved separately, completes the history.
    let notes = scan(&env, &fixture("pages/gc-balance-us-page-2.html"));
    assert!(!notes.contains("Amazon shows"), "{notes}");
    assert_eq!((check(&env)["observed"].as_str(), check(&env)["agrees"].as_bool()), (Some("40.00"), Some(true)));
    let lines = env.json(&["balance"])["lines"].clone();
    let gift = lines.as_array().unwrap().iter().find(|l| l["program"] == "gift-card").unwrap();
    assert_eq!(gift["available"], "40.00");

    // Saving the same page again adds nothing.
    let again = env.json(&["scan", &fixture("pages/gc-balance-us.html")]);
    assert_eq!(again["added"], 0);

    scan(&env, &fixture("pages/gc-balance-uk.html"));
    let redeems = events_of_kind(&env, "redeem");
    let uk = by_order(&redeems, "202-0000001-0000001", "10.00");
    assert_eq!((uk["currency"].as_str(), uk["occurred_on"].as_str()), (Some("GBP"), Some("2025-11-11")));
    let stored = std::fs::read(env.db()).unwrap();
    let everything = format!("{:?}{}", snapshot(&env), String::from_utf8_lossy(&stored));
    assert!(!everything.contains("AB12-CD34EF") && !everything.contains("TST1"), "claim codes are never stored");
}

#[test]
fn a_gift_card_from_mail_claimed_on_the_page_counts_once() {
    let env = Env::on("2026-06-01");
    let mail = env.dir().join("gift.eml");
    std::fs::write(
        &mail,
        "From: \"Amazon.com\" <gc-orders@gc.email.amazon.com>\r\n\
         To: sam@example.net\r\n\
         Subject: Robin sent you a Gift Card for $50.00\r\n\
         Date: Tue, 30 Dec 2025 09:00:00 +0000\r\n\
         Message-ID: <gift-claimed-later@gc.email.amazon.com>\r\n\
         Authentication-Results: mx.example.net; dkim=pass header.d=gc.email.amazon.com; dmarc=pass\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n\
         Robin sent you a $50.00 Amazon.com eGift Card.\r\n\
         Claim code: QWER-TYUIOP-TST1. Apply it to your account at amazon.com/redeem.\r\n",
    )
    .unwrap();
    scan(&env, &mail.display().to_string());
    // The card was claimed on January 3 ("Gift Card added", $50.00) and then spent down to $40.
    scan(&env, &fixture("pages/gc-balance-us-page-2.html"));
    scan(&env, &fixture("pages/gc-balance-us.html"));
    let grants = events_of_kind(&env, "grant");
    let fifties = grants.iter().filter(|g| g["program"] == "gift-card" && g["amount"] == "50.00").count();
    assert_eq!(fifties, 2, "both sources keep their evidence: {grants:#?}");
    let lines = env.json(&["balance"])["lines"].clone();
    let gift = lines.as_array().unwrap().iter().find(|l| l["program"] == "gift-card").unwrap();
    assert_eq!(gift["available"], "40.00", "one card, counted once: {lines:#}");
    let checks = env.json(&["balance"])["checks"].clone();
    assert!(checks.as_array().unwrap().iter().all(|c| c["agrees"] == true), "{checks:#}");
}

#[test]
fn the_no_rush_page_teaches_lots_without_counting_mail_twice() {
    let env = Env::on("2026-05-03");
    // One of the page's rewards is already known (from mail; typed in here).
    env.add(&["grant", "--program", "no-rush", "--amount", "$1.00", "--expires", "2026-06-30", "--on", "2026-04-01"]);
    let notes = scan(&env, &fixture("pages/norush-us.html"));
    assert!(notes.contains("Saved No-Rush rewards page: balance $4.00 (seen 2026-05-03), 3 rows."), "{notes}");
    let credits = env.json(&["credits"]);
    let mut lots: Vec<(String, String)> = credits
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["expires_on"].as_str().unwrap().to_string(), l["remaining"].as_str().unwrap().to_string()))
        .collect();
    lots.sort();
    assert_eq!(
        lots,
        [
            ("2026-05-03".into(), "1.00".into()),
            ("2026-05-15".into(), "1.00".into()),
            ("2026-06-30".into(), "1.00".into()),
            ("2026-06-30".into(), "1.00".into()),
        ],
        "$2.00 expiring June 30: the $1.00 already known and $1.00 learned from the page"
    );
    let checks = env.json(&["balance"])["checks"].clone();
    assert!(checks.as_array().unwrap().iter().all(|c| c["agrees"] == true), "{checks:#}");
    assert_eq!(env.json(&["scan", &fixture("pages/norush-us.html")])["added"], 0);
    assert_eq!(env.json(&["credits"]).as_array().unwrap().len(), 4);

    // A page of Amazon Day rewards in the UK, and an empty page.
    scan(&env, &fixture("pages/norush-uk-amazon-day.html"));
    let gbp: Vec<Value> = env
        .json(&["credits", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["currency"] == "GBP")
        .cloned()
        .collect();
    assert_eq!((gbp.len(), gbp[0]["expires_on"].as_str()), (1, Some("2026-09-17")));
    scan(&env, &fixture("pages/norush-us-zero.html"));
}

#[test]
fn no_rush_credits_joined_to_orders_teach_the_shipping_option() {
    let env = Env::on("2026-06-01");
    // Stand-ins for two "Benefit Confirmation for your Order" e-mails, naming their orders.
    for order in ["112-0000002-0000002", "113-0000010-0000010"] {
        env.add(&["grant", "--program", "no-rush", "--amount", "$1.00", "--order", order, "--expires", "2026-09-01"]);
    }
    scan(&env, &fixture("legacy"));
    let notes = scan(&env, &fixture("2025"));
    assert!(notes.contains("No-Rush shipments use shipping option `econ-placeholder`"), "{notes}");
    assert!(notes.contains("2 orders shipped that way have no No-Rush credit"), "{notes}");

    let shipping = env.json(&["orders", "--shipping"]);
    assert_eq!(shipping["no_rush_codes"], serde_json::json!(["econ-placeholder"]));
    let options = shipping["options"].as_array().unwrap();
    let econ = options.iter().find(|o| o["option"] == "econ-placeholder").unwrap();
    assert_eq!((econ["orders"].as_u64(), econ["no_rush"].as_u64()), (Some(4), Some(2)));
    let next = options.iter().find(|o| o["option"] == "next-1dc").unwrap();
    assert_eq!(next["no_rush_code"], false);

    let missing = env.json(&["orders", "--uncredited"]);
    let ids: Vec<&str> = missing.as_array().unwrap().iter().map(|o| o["order_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["112-0000004-0000004", "113-0000012-0000012"]);
    let table = env.ok(&["orders", "--shipping"]);
    assert!(table.contains("econ-placeholder") && table.contains("yes"), "{table}");

    // Reconciliation takes those orders as promised No-Rush rewards: with no mail
    // scanned, whether the credit came cannot be checked yet.
    let missing = env.json(&["missing", "--all"]);
    for id in ["112-0000004-0000004", "113-0000012-0000012"] {
        let promise = missing.as_array().unwrap().iter().find(|p| p["order_id"] == id).expect(id);
        assert_eq!((&promise["program"], &promise["status"]), (&Value::from("no-rush"), &Value::from("cannot-check")));
    }
    let draft = env.ok(&["claim", "112-0000004-0000004", "--anyway"]);
    assert!(draft.contains("112-0000004-0000004") && draft.contains("No-Rush"), "{draft}");
}

#[test]
fn a_folder_with_mail_pages_and_the_export_reads_each_once() {
    let env = Env::on("2026-06-01");
    let dir = env.dir().join("Downloads");
    std::fs::create_dir_all(dir.join("Your Orders")).unwrap();
    for (name, bytes) in [
        ("Your Orders/Order History.csv", "2025/Your Amazon Orders/Order History.csv"),
        ("Your Orders/Digital Content Orders.csv", "2025/Your Amazon Orders/Digital Content Orders.csv"),
        ("gift cards.html", "pages/gc-balance-us.html"),
    ] {
        std::fs::copy(fixtures().join(bytes), dir.join(name)).unwrap();
    }
    // A mailbox without an extension and a hidden file sit beside the export.
    std::fs::write(
        dir.join("All mail"),
        "From someone@example.com Mon Jan  5 10:00:00 2026\nSubject: hi\n\nhello, world, again\n",
    )
    .unwrap();
    std::fs::write(dir.join(".cache.csv"), "a,b,c\n1,2,3\n").unwrap();
    let notes = scan(&env, &dir.display().to_string());
    assert!(notes.contains("Saved Gift Card Balance page"), "{notes}");
    assert_eq!(events_of_kind(&env, "redeem").len(), 2 + 3, "two digital credit uses, three gift-card uses");
    assert_eq!(events_of_kind(&env, "balance").len(), 1);
    let problems = env.json(&["problems"]);
    assert!(
        problems.as_array().unwrap().iter().all(|p| !p["locator"].as_str().unwrap().contains(".cache")),
        "{problems:#}"
    );
    assert_eq!(env.json(&["scan", &dir.display().to_string()])["added"], 0);
}
