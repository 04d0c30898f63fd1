//! Reminders, calendar, missing credits, claims and the digest, run as a user runs them,
//! against real servers: aiosmtpd (started by scripts/setup.d/30-alerts.sh), an HTTP
//! listener on loopback in this file, and Python's `icalendar` as an independent parser.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::mpsc;
use std::thread;

use assert_cmd::Command;
use unspent_core::{
    Currency, Date, Event, EventKind, Evidence, Marketplace, Money, ProgramId, Recorded, SourceKind, Trust,
};
use unspent_store::{Batch, Store};

/// A variable set by scripts/setup.d/30-alerts.sh; the test fails (never skips) without it.
fn setup_var(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: the alert tests need the servers started by scripts/setup.d/30-alerts.sh; run them with scripts/test")
    })
}

/// One user's world: a database, a settings file, a fixed "today".
struct World {
    dir: tempfile::TempDir,
}

impl World {
    fn new() -> World {
        let world = World { dir: tempfile::tempdir().unwrap() };
        world.write_config("");
        world
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("unspent.db")
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config.toml")
    }

    fn write_config(&self, text: &str) {
        std::fs::write(self.config(), text).unwrap();
    }

    fn run(&self, today: &str, args: &[&str]) -> Output {
        Command::cargo_bin("unspent")
            .unwrap()
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg-config"))
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("NO_COLOR", "1")
            .arg("--db")
            .arg(self.db())
            .arg("--config")
            .arg(self.config())
            .arg("--today")
            .arg(today)
            .args(args)
            .output()
            .unwrap()
    }

    /// Runs and expects success; returns stdout.
    fn ok(&self, today: &str, args: &[&str]) -> String {
        let out = self.run(today, args);
        assert!(out.status.success(), "unspent {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Adds a No-Rush grant by hand and returns its id.
    fn grant(&self, amount: &str, on: &str, expires: &str) -> String {
        let out = self.ok(on, &["add", "grant", "--program", "no-rush", "--amount", amount, "--expires", expires]);
        out.split_whitespace().next().unwrap().to_string()
    }

    fn store<T>(&self, f: impl AsyncFnOnce(&Store) -> T) -> T {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let store = Store::open(&self.db()).await.unwrap();
            let out = f(&store).await;
            store.close().await;
            out
        })
    }

    fn event_count(&self) -> i64 {
        self.store(async |s| s.event_count().await.unwrap())
    }

    fn sent_count(&self) -> usize {
        self.store(async |s| s.sent_reminders().await.unwrap().len())
    }
}

fn smtp_config(server: &str, to: &str) -> String {
    let (host, port) = server.split_once(':').unwrap();
    format!(
        "[email]\nhost = \"{host}\"\nport = {port}\nsecurity = \"none\"\nfrom = \"unspent <unspent@example.org>\"\nto = \"{to}\"\n"
    )
}

/// The messages aiosmtpd delivered to `to`, oldest first.
fn delivered(maildir: &str, to: &str) -> Vec<String> {
    let mut found: Vec<(std::time::SystemTime, String)> = Vec::new();
    for entry in std::fs::read_dir(Path::new(maildir).join("new")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        if text.lines().any(|l| l.eq_ignore_ascii_case(&format!("To: {to}"))) {
            found.push((std::fs::metadata(&path).unwrap().modified().unwrap(), text));
        }
    }
    found.sort();
    found.into_iter().map(|(_, t)| t).collect()
}

/// A header's value, unfolded.
fn header(message: &str, name: &str) -> Option<String> {
    let head = message.split("\n\n").next().unwrap_or_default().replace("\r\n", "\n");
    let unfolded = head.replace("\n ", " ").replace("\n\t", " ");
    unfolded.lines().find_map(|l| l.strip_prefix(&format!("{name}: ")).map(String::from))
}

/// A recipient no other test or earlier run used, so messages can be told apart in the shared Maildir.
fn recipient(test: &str) -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    format!("{test}-{}-{nanos}@example.org", std::process::id())
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn python(script: &str, args: &[&str]) -> String {
    let python = setup_var("UNSPENT_TEST_PYTHON");
    let out = std::process::Command::new(python).arg("-c").arg(script).args(args).output().unwrap();
    assert!(out.status.success(), "python failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn reminders_go_out_on_their_days_across_dst_and_month_ends_and_never_twice() {
    let server = setup_var("UNSPENT_TEST_SMTP");
    let maildir = setup_var("UNSPENT_TEST_SMTP_MAILDIR");
    let to = &recipient("dst-and-month-ends");
    let world = World::new();
    world.write_config(&(smtp_config(&server, to) + "[reminders]\ndays = [30, 7, 1]\n"));
    // 2026-03-08: US clocks change; 2026-03-29: EU clocks change; 2026-03-01 follows a 28-day February.
    let a = world.grant("$1.00", "2026-01-10", "2026-03-09");
    let b = world.grant("$2.50", "2026-01-10", "2026-03-31");

    let mut sent_on = Vec::new();
    let mut day = Date::new(2026, 2, 1).unwrap();
    while day <= Date::new(2026, 4, 2).unwrap() {
        let today = day.to_string();
        let first = world.ok(&today, &["remind"]);
        let again = world.ok(&today, &["remind"]);
        assert!(!again.starts_with("sent"), "a rerun on {today} sent again: {again}");
        if first.starts_with("sent") {
            sent_on.push(today);
        }
        day = day.tomorrow().unwrap();
    }
    assert_eq!(
        sent_on,
        ["2026-02-07", "2026-03-01", "2026-03-02", "2026-03-08", "2026-03-24", "2026-03-30"],
        "30/7/1 days before 2026-03-09 and 2026-03-31"
    );
    let mail = delivered(&maildir, to);
    assert_eq!(mail.len(), 6);
    assert_eq!(
        header(&mail[0], "Subject").as_deref(),
        Some("Amazon credit expires in 30 days: $1.00 No-Rush and Amazon Day rewards")
    );
    assert_eq!(header(&mail[0], "From").as_deref(), Some("unspent <unspent@example.org>"));
    assert_eq!(header(&mail[0], "Auto-Submitted").as_deref(), Some("auto-generated"));
    assert!(
        mail[0].contains(&format!("[{a}]")) && mail[0].contains("expires Mon 9 Mar 2026 (in 30 days)"),
        "{}",
        mail[0]
    );
    assert!(mail[5].contains(&format!("[{b}]")) && mail[5].contains("(tomorrow)"), "{}", mail[5]);
    assert_eq!(world.sent_count(), 6);
}

#[test]
fn a_missed_run_catches_up_once_and_says_so() {
    let server = setup_var("UNSPENT_TEST_SMTP");
    let maildir = setup_var("UNSPENT_TEST_SMTP_MAILDIR");
    let to = &recipient("catch-up");
    let world = World::new();
    world.write_config(&smtp_config(&server, to));
    world.grant("$1.00", "2026-01-10", "2026-03-31");
    // Nothing ran between 2026-02-20 and 2026-03-27: the 30- and 7-day reminders were missed.
    world.ok("2026-02-20", &["remind"]);
    let out = world.run("2026-03-27", &["remind"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("the 7-day reminder was due on 2026-03-24 and is sent late"));
    world.ok("2026-03-28", &["remind"]);
    let mail = delivered(&maildir, to);
    assert_eq!(mail.len(), 1, "one catch-up message, not one per missed offset");
    assert!(mail[0].contains("this 7-day reminder was due on Tue 24 Mar 2026"));
    let list = world.ok("2026-03-28", &["remind", "list", "--json"]);
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    let sent: Vec<bool> = list[0]["reminders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| !r["sent_via"].as_array().unwrap().is_empty())
        .collect();
    assert_eq!(sent, [true, true, false], "the 30-day reminder is covered by the late 7-day one");
}

#[test]
fn an_unreachable_smtp_server_keeps_the_reminder_for_the_next_run() {
    let server = setup_var("UNSPENT_TEST_SMTP");
    let maildir = setup_var("UNSPENT_TEST_SMTP_MAILDIR");
    let to = &recipient("retry-smtp");
    let world = World::new();
    world.write_config(&smtp_config(&format!("127.0.0.1:{}", closed_port()), to));
    world.grant("$1.00", "2026-01-10", "2026-03-31");
    let before = world.event_count();

    let out = world.run("2026-03-24", &["remind"]);
    assert_eq!(out.status.code(), Some(6), "network failure exit code");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("stays due and will be tried on the next run"), "{stderr}");
    assert_eq!(stderr.lines().last().unwrap().matches("unspent:").count(), 1, "one-line error: {stderr}");
    assert_eq!((world.sent_count(), world.event_count()), (0, before), "nothing recorded");

    world.write_config(&smtp_config(&server, to));
    assert!(world.ok("2026-03-25", &["remind"]).starts_with("sent 1 reminder via email"));
    assert_eq!(delivered(&maildir, to).len(), 1);
    assert!(!world.ok("2026-03-25", &["remind"]).starts_with("sent"));
}

#[test]
fn starttls_with_a_private_ca_delivers() {
    let server = setup_var("UNSPENT_TEST_SMTP_TLS");
    let maildir = setup_var("UNSPENT_TEST_SMTP_TLS_MAILDIR");
    let ca = setup_var("UNSPENT_TEST_SMTP_CA");
    let to = &recipient("starttls");
    let world = World::new();
    let (host, port) = server.split_once(':').unwrap();
    world.write_config(&format!(
        "[email]\nhost = \"{host}\"\nport = {port}\nsecurity = \"starttls\"\nfrom = \"unspent@example.org\"\nto = \"{to}\"\nca_file = \"{ca}\"\n"
    ));
    world.grant("£1.00", "2026-01-10", "2026-03-31");
    assert!(world.ok("2026-03-30", &["remind"]).starts_with("sent 1 reminder via email"));
    let mail = delivered(&maildir, to);
    assert_eq!(mail.len(), 1);
    assert!(mail[0].contains("£1.00") || mail[0].contains("=C2=A31.00"), "{}", mail[0]);

    // Without the CA the server's certificate is not trusted: a clear error, nothing recorded.
    let world = World::new();
    world.write_config(&format!(
        "[email]\nhost = \"{host}\"\nport = {port}\nsecurity = \"starttls\"\nfrom = \"unspent@example.org\"\nto = \"{to}\"\n"
    ));
    world.grant("£1.00", "2026-01-10", "2026-03-31");
    let out = world.run("2026-03-30", &["remind"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&out.stderr).to_lowercase().contains("certificate"));
    assert_eq!(world.sent_count(), 0);
}

/// A loopback HTTP server answering each request with the next status; hands back each raw request.
fn http_server(statuses: Vec<u16>) -> (String, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for status in statuses {
            let Ok((mut stream, _)) = listener.accept() else { return };
            stream.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            let mut length = 0usize;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap();
                }
                let end = line == "\r\n";
                head.push_str(&line);
                if end {
                    break;
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let reply = format!("HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            stream.write_all(reply.as_bytes()).unwrap();
            tx.send(head + &String::from_utf8_lossy(&body)).unwrap();
        }
    });
    (url, rx)
}

#[test]
fn webhooks_post_json_and_a_failed_post_is_retried() {
    let (url, requests) = http_server(vec![500, 200]);
    let world = World::new();
    world.write_config(&format!("[[webhook]]\nurl = \"{url}\"\nname = \"home\"\n"));
    let lot = world.grant("$1.00", "2026-01-10", "2026-03-31");

    let out = world.run("2026-03-24", &["remind"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&out.stderr).contains("webhook home answered HTTP 500"));
    assert_eq!(world.sent_count(), 0);
    requests.recv().unwrap();

    assert!(world.ok("2026-03-25", &["remind"]).starts_with("sent 1 reminder via webhook:home"));
    let request = requests.recv().unwrap();
    assert!(request.starts_with("POST /hook HTTP/1.1\r\n"), "{request}");
    assert!(request.to_ascii_lowercase().contains("content-type: application/json"));
    let body: serde_json::Value = serde_json::from_str(request.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(body["title"], "Amazon credit expires in 6 days: $1.00 No-Rush and Amazon Day rewards");
    assert_eq!(body["reminders"][0]["lot_id"], lot.as_str());
    assert_eq!(body["reminders"][0]["remaining"], "1.00");
    assert_eq!(body["reminders"][0]["expires_on"], "2026-03-31");
    assert_eq!(body["reminders"][0]["offset_days"], 7);
    assert!(!world.ok("2026-03-25", &["remind"]).starts_with("sent"), "no double send");
}

#[test]
fn ntfy_webhooks_get_text_with_a_title_header() {
    let (url, requests) = http_server(vec![200]);
    let world = World::new();
    world.write_config(&format!("[[webhook]]\nurl = \"{url}\"\nformat = \"ntfy\"\n"));
    world.grant("€2.00", "2026-01-10", "2026-03-31");
    assert!(world.ok("2026-03-30", &["remind"]).contains("via webhook:127.0.0.1/hook"));
    let request = requests.recv().unwrap();
    let title = request.lines().find_map(|l| l.strip_prefix("title: ").or_else(|| l.strip_prefix("Title: "))).unwrap();
    assert!(title.starts_with("=?UTF-8?B?"), "non-ASCII title is an encoded word: {title}");
    let text = request.split("\r\n\r\n").nth(1).unwrap();
    assert!(text.starts_with("- 2,00 € No-Rush and Amazon Day rewards expires Tue 31 Mar 2026 (tomorrow)"), "{text}");
}

#[test]
fn a_malformed_webhook_url_is_a_clear_error_and_changes_nothing() {
    let world = World::new();
    world.grant("$1.00", "2026-01-10", "2026-03-31");
    world.write_config("[[webhook]]\nurl = \"ntfy.sh/my-topic\"\n");
    let out = world.run("2026-03-30", &["remind"]);
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("webhook URL `ntfy.sh/my-topic` has no scheme"), "{stderr}");
    assert_eq!(world.sent_count(), 0);

    world.write_config("");
    let dry = world.ok("2026-03-30", &["remind", "--dry-run"]);
    assert!(dry.contains("(tomorrow)"), "still due: {dry}");
    assert_eq!(world.sent_count(), 0, "a dry run records nothing");
    let out = world.run("2026-03-30", &["remind"]);
    assert_eq!(out.status.code(), Some(3), "no channel configured");
}

#[test]
fn per_credit_days_override_the_settings() {
    let world = World::new();
    world.write_config("[reminders]\ndays = [30]\nprograms = { no-rush = [10] }\n");
    let lot = world.grant("$1.00", "2026-01-10", "2026-03-31");
    let days = |world: &World| -> Vec<u64> {
        let list: serde_json::Value =
            serde_json::from_str(&world.ok("2026-03-01", &["remind", "list", "--json"])).unwrap();
        list[0]["reminders"].as_array().unwrap().iter().map(|r| r["offset_days"].as_u64().unwrap()).collect()
    };
    assert_eq!(days(&world), [10]);
    world.ok("2026-03-01", &["remind", "set", &lot, "--days", "3,14"]);
    assert_eq!(days(&world), [14, 3]);
    world.ok("2026-03-01", &["remind", "set", &lot, "--off"]);
    assert!(days(&world).is_empty());
    world.ok("2026-03-01", &["remind", "clear", &lot]);
    assert_eq!(days(&world), [10]);
    let out = world.run("2026-03-01", &["remind", "set", "ev-000000000000", "--days", "3"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no credit has the id `ev-000000000000`"));
    let out = world.run("2026-03-01", &["remind", "set", &lot, "--days", "3,x"]);
    assert_eq!(out.status.code(), Some(3));
}

const READ_ICS: &str = r#"
import datetime, json, sys
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
assert str(cal["VERSION"]) == "2.0", cal["VERSION"]
assert str(cal["PRODID"]).startswith("-//unspent//"), cal["PRODID"]
out = []
for ev in cal.walk("VEVENT"):
    start = ev.decoded("DTSTART")
    end = ev.decoded("DTEND")
    alarms = []
    for alarm in ev.walk("VALARM"):
        trigger = alarm.decoded("TRIGGER")
        local_midnight = datetime.datetime.combine(start, datetime.time(0, 0))
        alarms.append({"trigger": alarm["TRIGGER"].to_ical().decode(), "fires": (local_midnight + trigger).isoformat(),
                       "related": alarm["TRIGGER"].params.get("RELATED", "START"), "action": str(alarm["ACTION"])})
    out.append({"uid": str(ev["UID"]), "summary": str(ev["SUMMARY"]), "description": str(ev.get("DESCRIPTION", "")),
                "start": start.isoformat(), "start_is_date": type(start) is datetime.date,
                "value": ev["DTSTART"].params.get("VALUE"), "end": end.isoformat(), "status": str(ev.get("STATUS", "")),
                "rrule": ev["RRULE"].to_ical().decode() if "RRULE" in ev else None, "alarms": alarms})
print(json.dumps(out))
"#;

fn read_ics(path: &Path) -> serde_json::Value {
    serde_json::from_str(&python(READ_ICS, &[path.to_str().unwrap()])).unwrap()
}

#[test]
fn the_calendar_parses_back_with_dates_alarms_and_stable_uids() {
    let world = World::new();
    world.write_config("[reminders]\ndays = [30, 7, 1]\n");
    let a = world.grant("$1.00", "2026-01-10", "2026-03-09");
    let b = world.grant("$2.50", "2026-01-10", "2026-03-31");
    world.ok("2026-01-10", &["add", "grant", "--program", "promotional", "--amount", "$5", "--currency", "USD"]);
    let ics = world.dir.path().join("credits.ics");
    let out = world.run("2026-02-01", &["calendar", "--out", ics.to_str().unwrap(), "--check-balances", "monthly"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 credit is left out: the expiry date is not known"));

    let events = read_ics(&ics);
    let events = events.as_array().unwrap();
    assert_eq!(events.len(), 3);
    let by_uid =
        |uid: &str| events.iter().find(|e| e["uid"] == uid).unwrap_or_else(|| panic!("{uid} not in {events:?}"));
    let ea = by_uid(&format!("{a}@unspent"));
    assert_eq!((ea["start"].as_str(), ea["end"].as_str()), (Some("2026-03-09"), Some("2026-03-10")));
    assert_eq!((ea["start_is_date"].as_bool(), ea["value"].as_str()), (Some(true), Some("DATE")));
    assert_eq!(ea["summary"], "Amazon credit expires: $1.00 No-Rush and Amazon Day rewards");
    assert!(ea["description"].as_str().unwrap().contains("Can buy: ebook, music, video, app"));
    // 09:00 local on each reminder day, also across the US (Mar 8) and EU (Mar 29) clock changes.
    let fires = |e: &serde_json::Value| -> Vec<String> {
        e["alarms"].as_array().unwrap().iter().map(|a| a["fires"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(fires(ea), ["2026-02-07T09:00:00", "2026-03-02T09:00:00", "2026-03-08T09:00:00"]);
    let eb = by_uid(&format!("{b}@unspent"));
    assert_eq!(fires(eb), ["2026-03-01T09:00:00", "2026-03-24T09:00:00", "2026-03-30T09:00:00"]);
    assert!(eb["alarms"].as_array().unwrap().iter().all(|a| a["related"] == "START" && a["action"] == "DISPLAY"));
    let check = by_uid("check-balances@unspent");
    assert_eq!(check["rrule"], "FREQ=MONTHLY");

    // Rerun later with a different alarm time: the same UIDs (an update, not copies); used-up credits are cancelled.
    world.ok(
        "2026-02-02",
        &["add", "redeem", "--amount", "$2.50", "--lot", &b, "--program", "no-rush", "--on", "2026-02-02"],
    );
    world.ok("2026-02-03", &["calendar", "--out", ics.to_str().unwrap(), "--alarm-time", "07:30"]);
    let again = read_ics(&ics);
    let uids: Vec<&str> = again.as_array().unwrap().iter().map(|e| e["uid"].as_str().unwrap()).collect();
    assert_eq!(uids, [format!("{a}@unspent"), format!("{b}@unspent")]);
    assert_eq!(again[1]["status"], "CANCELLED");
    assert_eq!(fires(&again[0])[0], "2026-02-07T07:30:00");
}

/// Imports events as if read from mail (the mail extractor's job), and records how far mail reaches.
fn import_mail(world: &World, events: Vec<(Event, &str, &str)>, mail_seen_until: Option<Date>) {
    world.store(async |store| {
        for (n, (event, subject, date)) in events.into_iter().enumerate() {
            let evidence = Evidence {
                source: SourceKind::Mbox,
                locator: format!("<m{n}-{subject}@amazon.example>"),
                origin: Some("test.mbox".into()),
                sender: Some("auto-confirm@amazon.com".into()),
                subject: Some(subject.to_string()),
                date: Some(format!("{date}T12:00:00Z")),
                trust: Trust::Verified,
            };
            let batch = Batch {
                source: "test.mbox".into(),
                started_at: "2026-01-01T00:00:00Z".into(),
                events: vec![Recorded::new(event, evidence, 0)],
                problems: vec![],
            };
            store.import(&batch).await.unwrap();
        }
        if let Some(day) = mail_seen_until {
            store.note_coverage("test.mbox", SourceKind::Mbox, day, "2026-01-01T00:00:00Z").await.unwrap();
        }
    });
}

fn mail_event(kind: EventKind, order: &str, minor: i64, currency: Currency, on: &str, market: Marketplace) -> Event {
    let mut e = Event::new(kind);
    e.program = Some(ProgramId::known("no-rush"));
    e.order_id = Some(order.into());
    e.amount = Some(Money::from_minor(minor, currency));
    e.occurred_on = Some(unspent_core::date::parse_iso_date(on).unwrap());
    e.marketplace = Some(market);
    if kind == EventKind::Grant {
        e.expires_on = Some(Date::new(2026, 6, 30).unwrap());
    }
    e
}

#[test]
fn missing_credits_in_every_state() {
    let world = World::new();
    let us = Marketplace::Us;
    let usd = Currency::USD;
    import_mail(
        &world,
        vec![
            (
                mail_event(EventKind::Promise, "111-0000001-0000001", 100, usd, "2026-03-20", us),
                "Your Amazon.com order",
                "2026-03-20",
            ),
            (
                mail_event(EventKind::Promise, "111-0000002-0000002", 100, usd, "2026-03-01", us),
                "Your Amazon.com order",
                "2026-03-01",
            ),
            (
                mail_event(EventKind::Grant, "111-0000002-0000002", 100, usd, "2026-03-05", us),
                "Benefit Confirmation for your Order",
                "2026-03-05",
            ),
            (
                mail_event(EventKind::Promise, "111-0000003-0000003", 100, usd, "2026-02-01", us),
                "Your Amazon.com order",
                "2026-02-01",
            ),
            (
                mail_event(EventKind::Promise, "111-0000004-0000004", 200, usd, "2026-03-01", us),
                "Your Amazon.com order",
                "2026-03-01",
            ),
            (
                mail_event(EventKind::Grant, "111-0000004-0000004", 100, usd, "2026-03-04", us),
                "Benefit Confirmation for your Order",
                "2026-03-04",
            ),
            (
                mail_event(EventKind::Promise, "111-0000005-0000005", 100, usd, "2026-02-01", us),
                "Your Amazon.com order",
                "2026-02-01",
            ),
            (
                mail_event(EventKind::Grant, "111-0000005-0000005", 100, usd, "2026-03-01", us),
                "Benefit Confirmation for your Order",
                "2026-03-01",
            ),
        ],
        Some(Date::new(2026, 3, 24).unwrap()),
    );
    world.ok(
        "2026-03-10",
        &[
            "add",
            "promise",
            "--program",
            "no-rush",
            "--order",
            "111-0000006-0000006",
            "--amount",
            "1.00",
            "--currency",
            "USD",
            "--on",
            "2026-03-15",
        ],
    );
    let status = |world: &World, as_of: &str| -> Vec<(String, String)> {
        let json: serde_json::Value =
            serde_json::from_str(&world.ok("2026-03-25", &["missing", "--json", "--as-of", as_of])).unwrap();
        json.as_array()
            .unwrap()
            .iter()
            .map(|r| (r["order_id"].as_str().unwrap().to_string(), r["status"].as_str().unwrap().to_string()))
            .collect()
    };
    let got = status(&world, "2026-03-25");
    let want = [
        ("111-0000003-0000003", "missing"),
        ("111-0000005-0000005", "resolved"),
        ("111-0000002-0000002", "received"),
        ("111-0000004-0000004", "wrong-amount"),
        ("111-0000006-0000006", "expected"),
        ("111-0000001-0000001", "expected"),
    ];
    assert_eq!(got, want.map(|(o, s)| (o.to_string(), s.to_string())));
    // Later, the 2026-03-15 promise is past its window, but the newest mail is from 2026-03-24: cannot check.
    let later = status(&world, "2026-04-05");
    assert!(later.contains(&("111-0000006-0000006".into(), "cannot-check".into())), "{later:?}");
    assert!(later.contains(&("111-0000001-0000001".into(), "cannot-check".into())), "{later:?}");

    let json: serde_json::Value =
        serde_json::from_str(&world.ok("2026-03-25", &["missing", "--json", "--as-of", "2026-03-25"])).unwrap();
    let wrong = json.as_array().unwrap().iter().find(|r| r["status"] == "wrong-amount").unwrap();
    assert_eq!(
        (&wrong["amount"], &wrong["currency"], &wrong["promised_on"], &wrong["program"], &wrong["received_amount"]),
        (&"2.00".into(), &"USD".into(), &"2026-03-01".into(), &"no-rush".into(), &"1.00".into())
    );
    let table = world.ok("2026-03-25", &["missing"]);
    assert!(
        table.contains("wrong-amount") && !table.contains("111-0000002-0000002"),
        "received hidden without --all:\n{table}"
    );
}

#[test]
fn a_claim_per_marketplace_in_its_language() {
    let world = World::new();
    let cases = [
        (Marketplace::Us, "111-1000000-0000001", "Your Amazon.com order #111-1000000-0000001", "For my order", "$1.00"),
        (Marketplace::Uk, "202-1000000-0000002", "Your Amazon.co.uk order", "No-Rush Delivery", "£1.00"),
        (Marketplace::Ca, "702-1000000-0000003", "Your Amazon.ca order", "FREE No-Rush Shipping", "CDN$ 1.00"),
        (Marketplace::De, "302-1000000-0000004", "Ihre Amazon.de Bestellung", "bei meiner Bestellung", "1,00 €"),
        (Marketplace::Fr, "402-1000000-0000005", "Votre commande Amazon.fr", "Pour ma commande", "1,00 €"),
        (Marketplace::Jp, "503-1000000-0000006", "Amazon.co.jp ご注文の確認", "注文番号", "￥100"),
    ];
    let events = cases
        .iter()
        .map(|(m, order, subject, _, _)| {
            let minor = 100;
            (mail_event(EventKind::Promise, order, minor, m.currency(), "2026-02-02", *m), *subject, "2026-02-02")
        })
        .collect();
    import_mail(&world, events, Some(Date::new(2026, 3, 20).unwrap()));
    for (m, order, subject, phrase, amount) in cases {
        let claim = world.ok("2026-03-20", &["claim", order]);
        for needle in [order, subject, phrase, amount] {
            assert!(claim.contains(needle), "{m}: `{needle}` missing from\n{claim}");
        }
        assert!(!claim.contains('{'), "{m}: unfilled placeholder\n{claim}");
    }
    let de = world.ok("2026-03-20", &["claim", "302-1000000-0000004"]);
    assert!(
        de.contains("Bestelldatum: 2. Februar 2026")
            && de.contains("E-Mail „Ihre Amazon.de Bestellung“ vom 2. Februar 2026"),
        "{de}"
    );
    let jp = world.ok("2026-03-20", &["claim", "503-1000000-0000006"]);
    assert!(jp.contains("注文日：2026年2月2日"), "{jp}");

    let before = world.event_count();
    let out = world.run("2026-03-20", &["claim", "999-0000000-0000000"]);
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no promised credit is recorded for order 999-0000000-0000000"), "{stderr}");
    assert_eq!(world.event_count(), before, "a bad claim changes nothing");
    // Too early to claim: a clear refusal, unless --anyway.
    let out = world.run("2026-02-05", &["claim", "111-1000000-0000001"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("can still arrive until 2026-02-16"));
    assert!(
        world
            .ok("2026-02-05", &["claim", "111-1000000-0000001", "--anyway"])
            .contains("Subject: Missing No-Rush reward")
    );
}

const READ_MAIL: &str = r#"
import email, email.policy, json, sys
msg = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
parts = [{"type": p.get_content_type(), "body": p.get_content()} for p in msg.walk() if not p.is_multipart()]
print(json.dumps({"type": msg.get_content_type(), "subject": msg["subject"], "parts": parts}))
"#;

#[test]
fn the_digest_is_sent_as_text_and_html_and_counts_from_the_last_one() {
    let server = setup_var("UNSPENT_TEST_SMTP");
    let maildir = setup_var("UNSPENT_TEST_SMTP_MAILDIR");
    let to = &recipient("digest");
    let world = World::new();
    world.write_config(&smtp_config(&server, to));
    world.grant("$2.00", "2026-02-27", "2026-03-20");
    world.grant("$3.00", "2025-11-01", "2026-01-31");
    world.ok("2026-02-01", &["add", "points", "--points", "250", "--on", "2026-02-01"]);
    world.ok(
        "2026-02-01",
        &["add", "promise", "--program", "no-rush", "--order", "111-7", "--amount", "$1", "--on", "2026-02-01"],
    );
    import_mail(&world, vec![], Some(Date::new(2026, 3, 1).unwrap()));

    let printed = world.ok("2026-03-02", &["digest"]);
    assert!(printed.contains("EXPIRING IN THE NEXT 30 DAYS") && printed.contains("Total: $2.00"), "{printed}");
    assert!(printed.contains("LOST TO EXPIRY SO FAR\n  $3.00"), "{printed}");
    assert!(printed.contains("250 points; 50 more for your next $3.00 reward"));
    assert!(printed.contains("unspent claim 111-7"));

    let out = world.ok("2026-03-02", &["digest", "--send"]);
    assert!(out.starts_with(&format!("sent the digest to {to}")));
    let mail = delivered(&maildir, to);
    assert_eq!(mail.len(), 1);
    let file = world.dir.path().join("digest.eml");
    std::fs::write(&file, &mail[0]).unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&python(READ_MAIL, &[file.to_str().unwrap()])).unwrap();
    assert_eq!(parsed["type"], "multipart/alternative");
    assert_eq!(parsed["subject"], "Your Amazon credits: $2.00 expires within 30 days (1 credit), 1 missing");
    let types: Vec<&str> = parsed["parts"].as_array().unwrap().iter().map(|p| p["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["text/plain", "text/html"]);
    let html = parsed["parts"][1]["body"].as_str().unwrap();
    assert!(html.contains("<!DOCTYPE html>") && html.contains("$2.00") && html.contains("111-7"));
    assert!(parsed["parts"][0]["body"].as_str().unwrap().contains("NEW CREDITS\n  - $2.00"));

    let next = world.ok("2026-03-09", &["digest"]);
    assert!(next.contains("since the last digest (Mon 2 Mar 2026)") && next.contains("NEW CREDITS\n  None."), "{next}");
}
