//! Tests over the project's own fixtures (`fixtures/`: synthetic exports in
//! both layouts and saved pages, modelled on the documented headers and
//! selectors; no personal data).

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use unspent_core::{Currency, Date, EventKind, Money, ProblemKind, Recorded, SourceKind};
use zip::write::SimpleFileOptions;

use super::*;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn day(y: i16, m: i8, d: i8) -> Date {
    Date::new(y, m, d).unwrap()
}

fn usd(minor: i64) -> Money {
    Money::from_minor(minor, Currency::USD)
}

/// Every file under `dir`, as (path relative to `dir`, bytes), sorted.
fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(next) = stack.pop() {
        for entry in std::fs::read_dir(&next).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
                out.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn read_folder(dir: &str) -> ExportReading {
    let mut reader = ExportReader::new(Limits::default());
    for (name, bytes) in files_under(&fixtures().join(dir)) {
        reader.add_member(&format!("{dir}/{name}"), &bytes);
    }
    reader.finish()
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

fn folder_as_zip(dir: &str) -> Vec<u8> {
    let files = files_under(&fixtures().join(dir));
    let entries: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    zip_of(&entries)
}

fn redeems(reading: &ExportReading) -> Vec<(Option<&str>, Option<Date>, Money)> {
    let mut out: Vec<_> = reading
        .events
        .iter()
        .filter(|r| r.event.kind == EventKind::Redeem)
        .map(|r| (r.event.order_id.as_deref(), r.event.occurred_on, r.event.amount.unwrap()))
        .collect();
    out.sort_by_key(|(o, d, _)| (o.map(str::to_string), *d));
    out
}

fn order<'a>(reading: &'a ExportReading, id: &str) -> &'a Order {
    reading.orders.iter().find(|o| o.order_id == id).unwrap_or_else(|| panic!("order {id} missing"))
}

#[test]
fn the_legacy_layout_is_read_by_header() {
    let reading = read_folder("legacy");
    // Digital credit: the legacy money file joined to its order through the delivery packet.
    assert_eq!(redeems(&reading), [(Some("D01-0000001-0000001"), Some(day(2025, 11, 3)), usd(534))]);
    let redeem = &reading.events[0];
    assert_eq!(redeem.evidence.source, SourceKind::Export);
    assert_eq!(redeem.evidence.locator, "digital-order/D01-0000001-0000001/2025-11-03/credit-used");
    assert_eq!(
        redeem.evidence.origin.as_deref(),
        Some("legacy/Digital-Ordering.1/Digital Orders Monetary.csv#row=4,5")
    );

    let split = order(&reading, "112-0000002-0000002");
    assert_eq!((split.items, split.total, split.gift_card_used), (2, Some(usd(3932)), true));
    assert_eq!(split.shipping_options, ["econ-placeholder"]);
    assert_eq!(split.ordered_on, Some(day(2026, 1, 10)));
    assert_eq!(split.marketplace, Some(unspent_core::Marketplace::Us));
    // Repeated in part 2: counted once.
    assert_eq!(order(&reading, "112-0000003-0000003").items, 1);
    assert_eq!(reading.duplicate_rows, 1);
    let cancelled = order(&reading, "112-0000005-0000005");
    assert_eq!((cancelled.payment.as_deref(), cancelled.status.as_deref()), (None, Some("Cancelled")));
    assert!(!order(&reading, "112-0000001-0000001").gift_card_used);
    assert_eq!(order(&reading, "D01-0000001-0000001").credit_used, Some(usd(534)));

    // A CSV the reader does not know is reported with its header; README.txt is not a CSV.
    let unknown: Vec<_> = reading.problems.iter().filter(|p| p.kind == ProblemKind::Unknown).collect();
    assert_eq!(unknown.len(), 1, "{:?}", reading.problems);
    assert!(unknown[0].locator.ends_with("Retail.CartItems.1.csv"));
    assert!(unknown[0].message.contains("Added Date | ASIN | Cart List"), "{}", unknown[0].message);
    assert_eq!(reading.problems.len(), 1, "{:?}", reading.problems);
}

#[test]
fn the_2025_layout_gives_redeems_reversals_and_orders() {
    let reading = read_folder("2025");
    assert_eq!(
        redeems(&reading),
        [
            (Some("D01-0000011-0000011"), Some(day(2026, 2, 14)), usd(1495)),
            // The credit came back when the ebook was returned: a reversal.
            (Some("D01-0000011-0000011"), Some(day(2026, 2, 18)), usd(-1495)),
            // Partial credit; its row repeated in the file is read once.
            (Some("D01-0000012-0000012"), Some(day(2026, 2, 20)), usd(500)),
        ]
    );
    let reversal = reading.events.iter().find(|r| r.event.amount == Some(usd(-1495))).unwrap();
    assert_eq!(reversal.evidence.locator, "digital-return/D01-0000011-0000011/2026-02-18/credit-back");
    assert_eq!(reversal.event.program.as_ref().unwrap().as_str(), "promotional");
    // The coupon is a discount code, not credit; the free sample and the album used none.
    for id in ["D01-0000013-0000013", "D01-0000014-0000014", "D01-0000010-0000010"] {
        assert!(reading.events.iter().all(|r| r.event.order_id.as_deref() != Some(id)), "{id}");
    }
    assert_eq!(order(&reading, "D01-0000012-0000012").credit_used, Some(usd(500)));
    assert_eq!(order(&reading, "D01-0000013-0000013").credit_used, None);

    let gift = order(&reading, "113-0000011-0000011");
    assert!(gift.gift_card_used);
    assert_eq!(gift.payment.as_deref(), Some("Gift Certificate/Card"));
    let mixed = order(&reading, "113-0000012-0000012");
    assert!(mixed.gift_card_used);
    assert_eq!(mixed.refunded, Some(usd(2250)));
    assert_eq!(order(&reading, "113-0000013-0000013").status.as_deref(), Some("Authorized"));
    assert_eq!(order(&reading, "113-0000010-0000010").shipping_options, ["econ-placeholder"]);

    let kinds: Vec<Option<FileKind>> = reading.files.iter().map(|f| f.kind).collect();
    for kind in [FileKind::RetailOrders, FileKind::DigitalOrders, FileKind::DigitalReturns, FileKind::RefundDetails] {
        assert!(kinds.contains(&Some(kind)), "{kind} not recognised: {:?}", reading.files);
    }
    let budget = reading.problems.iter().find(|p| p.locator.ends_with("my-budget.csv")).unwrap();
    assert_eq!(budget.kind, ProblemKind::Unknown);
    assert!(budget.message.contains("Date | Category | Amount"));
}

#[test]
fn the_same_facts_have_the_same_ids_from_a_zip_a_folder_or_a_second_download() {
    let folder = read_folder("2025");
    let mut reader = ExportReader::new(Limits::default());
    reader.add_zip("Your Orders.zip", Cursor::new(folder_as_zip("2025"))).unwrap();
    let zipped = reader.finish();
    let ids = |r: &ExportReading| r.events.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&folder), ids(&zipped));
    let origin = zipped.events[0].evidence.origin.as_deref().unwrap();
    assert!(origin.starts_with("Your Orders.zip!Your Amazon Orders/Digital Content Orders.csv#row="), "{origin}");
}

#[test]
fn a_csv_alone_is_strict() {
    let base = fixtures().join("2025/Your Amazon Orders/Order History.csv");
    let bytes = std::fs::read(&base).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "the fixture carries Amazon's BOM");
    let mut reader = ExportReader::new(Limits::default());
    assert_eq!(reader.add_csv("Order History.csv", &bytes), Ok(FileKind::RetailOrders));

    let renamed = String::from_utf8(bytes).unwrap().replacen("\"Order Date\"", "\"Date of Order\"", 1);
    let error = reader.add_csv("Order History.csv", renamed.as_bytes()).unwrap_err();
    assert!(matches!(error, CsvError::MissingColumn { column: "Order Date", .. }), "{error}");
    assert!(error.to_string().contains("no `Order Date` column"), "{error}");

    let error = reader.add_csv("budget.csv", b"Date,Category,Amount\n2026-01-01,Food,1\n").unwrap_err();
    assert_eq!(
        error.to_string(),
        "budget.csv: not a file of Amazon's data export that unspent knows (header: Date | Category | Amount)"
    );
}

#[test]
fn both_layouts_together_count_each_fact_once() {
    let mut reader = ExportReader::new(Limits::default());
    for dir in ["legacy", "2025", "2025"] {
        for (name, bytes) in files_under(&fixtures().join(dir)) {
            reader.add_member(&format!("copy/{name}"), &bytes);
        }
    }
    let reading = reader.finish();
    assert_eq!(redeems(&reading).len(), 4);
    assert_eq!(order(&reading, "D01-0000012-0000012").credit_used, Some(usd(500)));
    assert_eq!(order(&reading, "113-0000010-0000010").items, 1);
}

#[test]
fn a_nested_zip_is_read_one_level_deep() {
    let inner = folder_as_zip("2025");
    let outer = zip_of(&[("Amazon Data/Your Orders.zip", &inner)]);
    let mut reader = ExportReader::new(Limits::default());
    reader.add_zip("all.zip", Cursor::new(outer.clone())).unwrap();
    let reading = reader.finish();
    assert_eq!(redeems(&reading).len(), 3);
    assert!(reading.events[0].evidence.origin.as_deref().unwrap().starts_with("all.zip!Amazon Data/Your Orders.zip!"));

    let deeper = zip_of(&[("again.zip", &outer)]);
    let mut reader = ExportReader::new(Limits::default());
    reader.add_zip("deep.zip", Cursor::new(deeper)).unwrap();
    let reading = reader.finish();
    assert!(reading.events.is_empty());
    assert!(
        reading.problems.iter().any(|p| p.message.contains("nested more than one level")),
        "{:?}",
        reading.problems
    );
}

#[test]
fn a_zip_bomb_is_refused_early() {
    let zeros = vec![0u8; 64 << 20];
    let bomb = zip_of(&[("Your Amazon Orders/Order History.csv", &zeros)]);
    assert!(bomb.len() < 1 << 20, "64 MiB of zeros deflates to {} bytes", bomb.len());
    let mut reader = ExportReader::new(Limits::default());
    let error = reader.add_zip("bomb.zip", Cursor::new(bomb)).unwrap_err();
    assert!(matches!(error, ArchiveError::Bomb { .. }), "{error}");
    assert!(error.to_string().contains("zip bomb"), "{error}");
}

#[test]
fn caps_hold_even_when_declared_sizes_lie_or_add_up() {
    let limits = Limits { max_entry_bytes: 1 << 20, ..Limits::default() };
    let big = vec![b'a'; 3 << 20];
    let zip = zip_of(&[("a.csv", &big)]);
    let error = ExportReader::new(limits).add_zip("big.zip", Cursor::new(zip)).unwrap_err();
    assert!(matches!(error, ArchiveError::EntryTooLarge { .. } | ArchiveError::Bomb { .. }), "{error}");

    let limits = Limits { max_total_bytes: 1 << 20, ..Limits::default() };
    let part = vec![b'x'; 600 << 10];
    let zip = zip_of(&[("a.csv", &part), ("b.csv", &part)]);
    let error = ExportReader::new(limits).add_zip("two.zip", Cursor::new(zip)).unwrap_err();
    assert!(matches!(error, ArchiveError::TooLarge(_)), "{error}");

    let limits = Limits { max_entries: 3, ..Limits::default() };
    let zip = zip_of(&[("1.csv", b"a,b"), ("2.csv", b"a,b"), ("3.csv", b"a,b"), ("4.csv", b"a,b")]);
    let error = ExportReader::new(limits).add_zip("many.zip", Cursor::new(zip)).unwrap_err();
    assert_eq!(error, ArchiveError::TooManyEntries(3));
}

#[test]
fn entries_that_escape_refuse_the_whole_zip() {
    let csv = std::fs::read(fixtures().join("2025/Your Amazon Orders/Order History.csv")).unwrap();
    for evil in ["../Order History.csv", "/etc/Order History.csv"] {
        // Written under a same-length safe name, then renamed in place: writers refuse such names.
        let safe: String = evil.chars().map(|c| if c == '.' || c == '/' { 'x' } else { c }).collect();
        let mut zip = zip_of(&[("fine.csv", &csv), (&safe, &csv)]);
        replace_all(&mut zip, safe.as_bytes(), evil.as_bytes());
        let mut reader = ExportReader::new(Limits::default());
        let error = reader.add_zip("evil.zip", Cursor::new(zip)).unwrap_err();
        assert_eq!(error, ArchiveError::Escapes(evil.into()));
        assert!(reader.finish().events.is_empty(), "nothing is read before the names are checked");
    }
}

#[test]
fn a_truncated_zip_is_refused() {
    let zip = folder_as_zip("2025");
    let cut = &zip[..zip.len() / 2];
    let error = ExportReader::new(Limits::default()).add_zip("cut.zip", Cursor::new(cut.to_vec())).unwrap_err();
    assert!(matches!(error, ArchiveError::Unreadable(_)), "{error}");
    assert!(error.to_string().contains("is the download complete?"), "{error}");
}

fn replace_all(haystack: &mut [u8], from: &[u8], to: &[u8]) {
    assert_eq!(from.len(), to.len());
    let mut i = 0;
    while i + from.len() <= haystack.len() {
        if &haystack[i..i + from.len()] == from {
            haystack[i..i + from.len()].copy_from_slice(to);
            i += from.len();
        } else {
            i += 1;
        }
    }
}

// ------------------------------------------------------------------ pages

fn page(name: &str, saved_on: Option<Date>) -> Result<PageReading, PageError> {
    let bytes = std::fs::read(fixtures().join("pages").join(name)).unwrap();
    read_page(name, &bytes, saved_on)
}

fn of_kind(reading: &PageReading, kind: EventKind) -> Vec<&Recorded> {
    reading.events.iter().filter(|r| r.event.kind == kind).collect()
}

#[test]
fn the_gift_card_page_gives_movements_and_the_balance() {
    let reading = page("gc-balance-us.html", Some(day(2026, 4, 10))).unwrap();
    assert_eq!(reading.kind, PageKind::GiftCardBalance);
    assert_eq!(reading.marketplace, Some(unspent_core::Marketplace::Us));
    assert_eq!((reading.balance, reading.rows), (Some(usd(4000)), 5));
    let redeems: Vec<_> = of_kind(&reading, EventKind::Redeem)
        .iter()
        .map(|r| (r.event.order_id.clone().unwrap(), r.event.amount.unwrap()))
        .collect();
    assert_eq!(
        redeems,
        [
            ("113-0000012-0000012".to_string(), usd(1000)),
            ("113-0000011-0000011".to_string(), usd(1400)),
            ("D01-0000010-0000010".to_string(), usd(300)),
        ]
    );
    let grants = of_kind(&reading, EventKind::Grant);
    assert_eq!(grants.len(), 2);
    assert_eq!(grants[0].event.program.as_ref().unwrap().as_str(), "gift-card");
    assert_eq!(grants[1].event.note.as_deref(), Some("Refund from Amazon.com order"));
    // The balance Amazon shows, dated by the newest row it closes.
    let balance = of_kind(&reading, EventKind::Balance);
    assert_eq!(balance.len(), 1);
    assert_eq!((balance[0].event.amount, balance[0].event.occurred_on), (Some(usd(4000)), Some(day(2026, 4, 2))));
    assert_eq!(balance[0].evidence.source, SourceKind::Page);
    // A row whose wording is unknown still counts, and is reported.
    assert_eq!(reading.problems.len(), 1);
    assert_eq!(reading.problems[0].kind, ProblemKind::Unknown);
    assert!(reading.problems[0].message.contains("Balance adjustment"));
}

#[test]
fn a_row_of_zero_moves_nothing() {
    // Found by the `export` fuzz target: a row whose amount reads $0.00.
    let mut bytes = std::fs::read(fixtures().join("pages/gc-balance-us.html")).unwrap();
    replace_all(&mut bytes, b"-$3.00", b"$0.00 ");
    let reading = read_page("zero.html", &bytes, None).unwrap();
    assert!(reading.events.iter().all(|r| r.event.amount.is_none_or(|a| !a.is_zero())), "{:#?}", reading.events);
    assert_eq!(of_kind(&reading, EventKind::Redeem).len(), 2);
    assert_eq!(of_kind(&reading, EventKind::Grant).len(), 2);
}

#[test]
fn overlapping_pages_share_the_rows_they_both_show() {
    let first = page("gc-balance-us.html", None).unwrap();
    let second = page("gc-balance-us-page-2.html", None).unwrap();
    let shared = |r: &PageReading| {
        r.events.iter().find(|e| e.event.order_id.as_deref() == Some("D01-0000010-0000010")).unwrap().id.clone()
    };
    assert_eq!(shared(&first), shared(&second));
    // Page 2's newest row closes at $52.00, not the $40.00 shown: history, not today's balance.
    assert!(of_kind(&second, EventKind::Balance).is_empty());
    let reload = second.events.iter().find(|e| e.event.note.as_deref().is_some_and(|n| n.contains("Reload"))).unwrap();
    assert_eq!((reload.event.kind, reload.event.amount), (EventKind::Grant, Some(usd(2500))));
    assert!(reload.event.note.as_deref().unwrap().contains("your own money"));
    let again = page("gc-balance-us.html", Some(day(2026, 9, 1))).unwrap();
    let ids = |r: &PageReading| r.events.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&first), ids(&again), "saving the same page again adds nothing");
}

#[test]
fn the_uk_page_reads_british_dates_and_pounds_and_keeps_no_claim_code() {
    let reading = page("gc-balance-uk.html", None).unwrap();
    let gbp = |minor| Money::from_minor(minor, Currency::GBP);
    assert_eq!(reading.marketplace, Some(unspent_core::Marketplace::Uk));
    let grant = &of_kind(&reading, EventKind::Grant)[0].event;
    assert_eq!((grant.amount, grant.occurred_on), (Some(gbp(2500)), Some(day(2025, 11, 2))));
    let redeem = &of_kind(&reading, EventKind::Redeem)[0].event;
    assert_eq!((redeem.amount, redeem.order_id.as_deref()), (Some(gbp(1000)), Some("202-0000001-0000001")));
    let balance = &of_kind(&reading, EventKind::Balance)[0].event;
    assert_eq!((balance.amount, balance.occurred_on), (Some(gbp(1500)), Some(day(2025, 11, 11))));
    let everything = format!("{:?}{:?}", reading.events, reading.problems);
    assert!(!everything.contains("AB12") && !everything.contains("GH56"), "a claim code leaked: {everything}");
}

#[test]
fn a_page_with_no_activity_is_a_balance_on_the_day_it_was_saved() {
    let reading = page("gc-balance-us-zero-activity.html", Some(day(2026, 5, 1))).unwrap();
    assert_eq!(reading.events.len(), 1);
    let event = &reading.events[0].event;
    assert_eq!(
        (event.kind, event.amount, event.occurred_on),
        (EventKind::Balance, Some(usd(0)), Some(day(2026, 5, 1)))
    );
    assert!(reading.problems.is_empty());
}

#[test]
fn the_no_rush_page_gives_lots_by_expiry_seen_on_the_day_it_tells() {
    let reading = page("norush-us.html", Some(day(2026, 6, 1))).unwrap();
    assert_eq!(reading.kind, PageKind::NoRushRewards);
    assert_eq!(reading.observed_on, Some(day(2026, 5, 3)), "12 days before May 15; 'today' is May 3");
    let rows: Vec<_> = reading
        .events
        .iter()
        .map(|r| (r.event.kind, r.event.amount.unwrap(), r.event.expires_on, r.event.occurred_on))
        .collect();
    let seen = Some(day(2026, 5, 3));
    assert_eq!(
        rows,
        [
            (EventKind::Balance, usd(100), Some(day(2026, 5, 15)), seen),
            (EventKind::Balance, usd(200), Some(day(2026, 6, 30)), seen),
            (EventKind::Balance, usd(100), Some(day(2026, 5, 3)), seen),
            (EventKind::Balance, usd(400), None, seen),
        ]
    );
    assert!(reading.events.iter().all(|r| r.event.program.as_ref().unwrap().as_str() == "no-rush"));
    assert!(reading.problems.is_empty(), "{:?}", reading.problems);
}

#[test]
fn the_amazon_day_variant_and_an_empty_page_are_read() {
    let uk = page("norush-uk-amazon-day.html", None).unwrap();
    let gbp = Money::from_minor(100, Currency::GBP);
    assert_eq!((uk.balance, uk.observed_on), (Some(gbp), Some(day(2026, 8, 18))));
    assert_eq!(uk.events[0].event.expires_on, Some(day(2026, 9, 17)));
    let zero = page("norush-us-zero.html", Some(day(2026, 5, 1))).unwrap();
    assert_eq!(zero.events.len(), 1);
    assert_eq!((zero.events[0].event.amount, zero.events[0].event.occurred_on), (Some(usd(0)), Some(day(2026, 5, 1))));
}

#[test]
fn other_pages_are_refused_with_their_title() {
    let error = page("not-amazon.html", None).unwrap_err();
    assert_eq!(
        error.to_string(),
        "not-amazon.html: not a saved Amazon Gift Card balance or No-Rush rewards page (its title is \"Grandma's Recipes\")"
    );
    assert_eq!(
        read_page("x.html", b"Order ID,Order Date\n", None).unwrap_err(),
        PageError::NotHtml { file: "x.html".into() }
    );
}

#[test]
fn sniffing_ignores_names() {
    assert_eq!(sniff(&folder_as_zip("2025")), Sniffed::Zip);
    assert_eq!(sniff(b"<!DOCTYPE html><html>"), Sniffed::Html);
    assert_eq!(sniff(b"\xEF\xBB\xBF\"Order ID\",\"Order Date\""), Sniffed::Text);
    assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0"), Sniffed::Other);
}

/// Rewrites the uncompressed size an archive declares for its entries
/// (local headers and central directory) to `size`: a bomb that lies.
fn declare_size(zip: &mut [u8], size: u32) {
    let mut i = 0;
    while i + 4 <= zip.len() {
        match &zip[i..i + 4] {
            b"PK\x03\x04" if i + 26 <= zip.len() => zip[i + 22..i + 26].copy_from_slice(&size.to_le_bytes()),
            b"PK\x01\x02" if i + 28 <= zip.len() => zip[i + 24..i + 28].copy_from_slice(&size.to_le_bytes()),
            _ => {}
        }
        i += 1;
    }
}

#[test]
fn a_bomb_that_lies_about_its_size_is_still_refused() {
    let zeros = vec![0u8; 64 << 20];
    let mut bomb = zip_of(&[("Order History.csv", &zeros)]);
    declare_size(&mut bomb, 1000);
    let error = ExportReader::new(Limits::default()).add_zip("liar.zip", Cursor::new(bomb)).unwrap_err();
    // Either the inflater stops at the declared size (and the checksum fails) or the ratio cap trips.
    assert!(matches!(error, ArchiveError::Bomb { .. } | ArchiveError::Damaged { .. }), "{error}");
}

/// Cheap deterministic mutations of `bytes`: truncations and byte flips.
fn mutations(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let step = (bytes.len() / 40).max(1);
    for cut in (0..bytes.len()).step_by(step) {
        out.push(bytes[..cut].to_vec());
        let mut flipped = bytes.to_vec();
        flipped[cut] ^= 0xA5;
        out.push(flipped);
        let mut quoted = bytes.to_vec();
        quoted[cut] = b'"';
        out.push(quoted);
    }
    out
}

#[test]
fn damaged_inputs_never_panic() {
    let zip = folder_as_zip("2025");
    for bytes in mutations(&zip) {
        let mut reader = ExportReader::new(Limits::default());
        let _ = reader.add_zip("m.zip", Cursor::new(bytes));
        let _ = reader.finish();
    }
    for (name, bytes) in
        files_under(&fixtures().join("2025")).into_iter().chain(files_under(&fixtures().join("legacy")))
    {
        for mutated in mutations(&bytes) {
            let mut reader = ExportReader::new(Limits::default());
            let _ = reader.add_csv(&name, &mutated);
            reader.add_member(&name, &mutated);
            let _ = reader.finish();
        }
    }
    for (name, bytes) in files_under(&fixtures().join("pages")) {
        for mutated in mutations(&bytes) {
            let _ = read_page(&name, &mutated, Some(day(2026, 1, 1)));
        }
    }
}

#[test]
fn a_page_saved_without_its_address_is_placed_by_its_wording() {
    // A bare fragment, as some tools save it: no "saved from" comment, no canonical link,
    // and a footer link to another marketplace that must not decide.
    let html = r#"<div id="gc-balance-table"><h2>Your Gift Card Balance:
        <span id="gc-ui-balance-gc-balance-value">£5.00</span></h2>
        <table class="a-bordered"><tr><th>Date</th><th>Description</th><th>Amount</th><th>Closing balance</th></tr>
        <tr><td>3 March 2026</td><td><span>Gift Card applied to Amazon.co.uk order</span>
        <a class="a-link-normal" href="/gp/your-account/order-details?orderID=203-1234567-1234567"><span>203-1234567-1234567</span></a></td>
        <td>-£5.00</td><td>£5.00</td></tr></table>
        <a href="https://www.amazon.com/help">Amazon.com help</a></div>"#;
    let reading = read_page("fragment.html", html.as_bytes(), None).unwrap();
    assert_eq!(reading.marketplace, Some(unspent_core::Marketplace::Uk));
    let redeem = &of_kind(&reading, EventKind::Redeem)[0].event;
    assert_eq!(redeem.occurred_on, Some(day(2026, 3, 3)));
    assert_eq!(redeem.order_id.as_deref(), Some("203-1234567-1234567"));
    assert_eq!(
        reading.events[1].evidence.locator,
        "gc-balance/amazon.co.uk/2026-03-03/gift-card-applied-to-amazon-co-uk-order/-5.00/5.00"
    );
}
