//! `unspent scan` on mail files: every container, rescans, hostile input,
//! a scan killed midway. These tests hold whatever extraction finds: they
//! compare scans with each other and count what the reader itself sees.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::Value;

pub fn unspent(db: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_unspent"));
    command
        .arg("--db")
        .arg(db)
        .env("UNSPENT_TODAY", "2026-06-01")
        .env("XDG_CONFIG_HOME", db.parent().unwrap())
        .env_remove("UNSPENT_DB")
        .env_remove("UNSPENT_IMAP_PASSWORD");
    command
}

fn run(command: &mut Command) -> Output {
    let output = command.output().expect("the unspent binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "unspent panicked:\n{stderr}");
    output
}

/// Runs `unspent scan --json ARGS` and returns its report; the scan must succeed.
pub fn scan(db: &Path, args: &[&dyn AsRef<std::ffi::OsStr>]) -> Value {
    let mut command = unspent(db);
    command.args(["scan", "--json"]);
    for arg in args {
        command.arg(arg);
    }
    let output = run(&mut command);
    assert!(output.status.success(), "scan failed ({}): {}", output.status, String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("scan --json prints JSON")
}

/// `unspent events --json` without where each copy was found (which
/// differs between containers of the same messages).
pub fn events(db: &Path) -> Vec<Value> {
    let output = run(unspent(db).args(["events", "--json"]));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let mut events: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    for event in &mut events {
        if let Some(evidence) = event.get_mut("evidence").and_then(Value::as_object_mut) {
            evidence.remove("source");
            evidence.remove("origin");
        }
    }
    events.sort_by_key(|e| e.to_string());
    events
}

pub fn problems(db: &Path) -> Vec<Value> {
    let output = run(unspent(db).args(["problems", "--json"]));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let mut problems: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    problems.sort_by_key(|p| p.to_string());
    problems
}

fn grants(db: &Path) -> usize {
    events(db).iter().filter(|e| e["kind"] == "grant").count()
}

fn n(report: &Value, field: &str) -> u64 {
    report[field].as_u64().unwrap_or_else(|| panic!("no {field} in {report}"))
}

/// A synthetic message: what a No-Rush reward, an ordinary mail and a chat look like.
pub struct Mail {
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Mail {
    fn new(headers: &[(&str, &str)], body: &str) -> Mail {
        Mail { headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), body: body.into() }
    }

    pub fn bytes(&self) -> String {
        let mut out = String::new();
        for (k, v) in &self.headers {
            out.push_str(&format!("{k}: {v}\n"));
        }
        out.push('\n');
        out.push_str(&self.body);
        out
    }
}

/// Six messages: three from Amazon, two ordinary, one Takeout chat.
pub fn sample_mails() -> Vec<Mail> {
    let reward = |n: u32, day: u32| {
        Mail::new(
            &[
                ("From", "\"Amazon.com\" <no-reply@amazon.com>"),
                ("To", "pat@example.net"),
                ("Subject", "Benefit Confirmation for your Order"),
                ("Date", &format!("Mon, {day} Mar 2026 10:00:00 -0800")),
                ("Message-ID", &format!("<reward-{n}@amazon.com>")),
                ("MIME-Version", "1.0"),
                ("Content-Type", "text/plain; charset=utf-8"),
                ("X-Gmail-Labels", "Inbox,Category Updates"),
            ],
            &format!(
                "Hello,\n\nThanks for choosing FREE No-Rush Shipping on order 111-000000{n}-1234567.\n\
                 From now on you can use your reward:\n>From the archive: quoted line\n\
                 We've added a $1.00 digital reward to your account. This reward expires on April {day}, 2026.\n"
            ),
        )
    };
    let ordinary = |n: u32| {
        Mail::new(
            &[
                ("From", "Sam <sam@example.org>"),
                ("To", "pat@example.net"),
                ("Subject", "lunch"),
                ("Date", &format!("Tue, {n} Feb 2026 12:00:00 +0000")),
                ("Message-ID", &format!("<lunch-{n}@example.org>")),
            ],
            "From the desk of Sam: lunch at noon?\n",
        )
    };
    let chat = Mail::new(
        &[
            ("From", "Amazon Friend <friend@amazon.com>"),
            ("Subject", "Chat with Amazon Friend"),
            ("Date", "Wed, 4 Feb 2026 12:00:00 +0000"),
            ("Message-ID", "<chat-1@example.org>"),
            ("X-Gmail-Labels", "Archived,Chat"),
        ],
        "you have a $1.00 credit lol\n",
    );
    vec![reward(1, 3), ordinary(2), reward(2, 9), ordinary(3), chat, reward(3, 17)]
}

const ENVELOPE: &str = "From 1234567890123@xxx Mon Jan 05 10:33:00 +0000 2026\n";

/// mboxrd: every `>*From ` line gets one more `>`.
pub fn mboxrd(mails: &[Mail]) -> String {
    mails.iter().map(|m| format!("{ENVELOPE}{}\n", quote(&m.bytes(), true))).collect()
}

/// mboxo: only `From ` lines are quoted.
fn mboxo(mails: &[Mail]) -> String {
    mails.iter().map(|m| format!("{ENVELOPE}{}\n", quote(&m.bytes(), false))).collect()
}

fn quote(text: &str, rd: bool) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            let unquoted = line.trim_start_matches('>');
            if unquoted.starts_with("From ") && (rd || unquoted.len() == line.len()) {
                format!(">{line}")
            } else {
                line.to_string()
            }
        })
        .collect()
}

fn write_maildir(root: &Path, mails: &[Mail]) {
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(root.join(sub)).unwrap();
    }
    for (i, mail) in mails.iter().enumerate() {
        let name = if i % 2 == 0 { format!("cur/1700000000.{i}.host:2,S") } else { format!("new/1700000000.{i}.host") };
        std::fs::write(root.join(name), mail.bytes().replace('\n', "\r\n")).unwrap();
    }
    // a half-delivered message in tmp/ is not read
    std::fs::write(root.join("tmp/1700000099.x.host"), "From: half@amazon.com\n").unwrap();
}

fn write_eml_folder(root: &Path, mails: &[Mail]) -> Vec<PathBuf> {
    std::fs::create_dir_all(root.join("nested")).unwrap();
    std::fs::write(root.join("README.txt"), "my saved mail\n").unwrap();
    mails
        .iter()
        .enumerate()
        .map(|(i, mail)| {
            let path = if i == 0 { root.join("nested/first.eml") } else { root.join(format!("{i:02}.msg")) };
            std::fs::write(&path, mail.bytes()).unwrap();
            path
        })
        .collect()
}

#[test]
fn every_container_of_the_same_mail_gives_the_same_events() {
    let dir = tempfile::tempdir().unwrap();
    let mails = sample_mails();
    let rd = dir.path().join("rd.mbox");
    std::fs::write(&rd, mboxrd(&mails)).unwrap();
    let o = dir.path().join("o.mbox");
    std::fs::write(&o, mboxo(&mails)).unwrap();
    let crlf = dir.path().join("crlf.mbox");
    std::fs::write(&crlf, mboxrd(&mails).replace('\n', "\r\n")).unwrap();
    let maildir = dir.path().join("Maildir");
    write_maildir(&maildir, &mails);
    let emls = dir.path().join("emls");
    write_eml_folder(&emls, &mails);

    let reference_db = dir.path().join("rd.db");
    let report = scan(&reference_db, &[&rd]);
    assert_eq!(n(&report, "documents"), 6, "{report}");
    assert_eq!(n(&report, "chats_skipped"), 1, "{report}");
    assert_eq!(n(&report, "bytes"), std::fs::metadata(&rd).unwrap().len());
    let reference = events(&reference_db);

    for (name, path, chats) in [("o", &o, 1), ("crlf", &crlf, 1), ("maildir", &maildir, 1), ("emls", &emls, 1)] {
        let db = dir.path().join(format!("{name}.db"));
        let report = scan(&db, &[path]);
        assert_eq!(n(&report, "documents"), 6, "{name}: {report}");
        assert_eq!(n(&report, "chats_skipped"), chats, "{name}: {report}");
        assert_eq!(events(&db), reference, "{name} differs from the mboxrd file");
    }

    // All of them into one database: the same messages add nothing new.
    let all_db = dir.path().join("all.db");
    let report = scan(&all_db, &[&rd, &o, &crlf, &maildir, &emls]);
    assert_eq!(n(&report, "documents"), 30, "{report}");
    assert_eq!(events(&all_db), reference);
}

/// Runs a system tool the way a user would have made the file (`tar`, `gzip`).
fn shell(program: &str, args: &[&dyn AsRef<std::ffi::OsStr>]) {
    let mut command = Command::new(program);
    for arg in args {
        command.arg(arg);
    }
    let output = command.output().unwrap_or_else(|e| panic!("{program} is needed for this test: {e}"));
    assert!(output.status.success(), "{program}: {}", String::from_utf8_lossy(&output.stderr));
}

#[test]
fn takeout_archives_and_gzipped_mboxes_are_scanned_without_unpacking() {
    use std::io::Write;

    let dir = tempfile::tempdir().unwrap();
    let mails = sample_mails();
    let mail = dir.path().join("Takeout/Mail");
    std::fs::create_dir_all(&mail).unwrap();
    let mbox = mail.join("All mail Including Spam and Trash.mbox");
    std::fs::write(&mbox, mboxrd(&mails)).unwrap();
    std::fs::write(dir.path().join("Takeout/archive_browser.html"), "<html></html>").unwrap();
    let reference_db = dir.path().join("plain.db");
    scan(&reference_db, &[&mbox]);
    let reference = events(&reference_db);

    let zip = dir.path().join("takeout-20261125T000000Z-001.zip");
    let mut writer = zip::ZipWriter::new(std::fs::File::create(&zip).unwrap());
    let deflated = zip::write::SimpleFileOptions::default();
    writer.start_file("Takeout/archive_browser.html", deflated).unwrap();
    writer.write_all(b"<html></html>").unwrap();
    writer.start_file("Takeout/Mail/All mail Including Spam and Trash.mbox", deflated).unwrap();
    writer.write_all(mboxrd(&mails).as_bytes()).unwrap();
    writer.finish().unwrap();
    let tgz = dir.path().join("takeout.tgz");
    shell("tar", &[&"-czf", &tgz, &"-C", &dir.path(), &"Takeout"]);
    shell("gzip", &[&"-k", &mbox]);
    let gz = mail.join("All mail Including Spam and Trash.mbox.gz");

    for (name, path) in [("zip", &zip), ("tgz", &tgz), ("gz", &gz)] {
        let db = dir.path().join(format!("{name}.db"));
        let report = scan(&db, &[path]);
        assert_eq!(n(&report, "documents"), 6, "{name}: {report}");
        assert_eq!(n(&report, "chats_skipped"), 1, "{name}: {report}");
        assert_eq!(events(&db), reference, "{name} differs from the plain mbox");
    }

    // A gzip with no mail inside, and an archive cut short: one line each.
    shell("gzip", &[&"-kf", &dir.path().join("Takeout/archive_browser.html")]);
    let html_gz = dir.path().join("Takeout/archive_browser.html.gz");
    let cut = dir.path().join("cut.tgz");
    let bytes = std::fs::read(&tgz).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    for (bad, why) in [(&html_gz, "no mbox inside"), (&cut, "cut.tgz")] {
        let output = run(unspent(&dir.path().join("bad.db")).arg("scan").arg(bad));
        assert!(!output.status.success(), "{}", bad.display());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(why), "{stderr}");
        assert_eq!(stderr.trim().lines().filter(|l| l.starts_with("unspent:")).count(), 1, "{stderr}");
    }
}

#[test]
fn a_single_message_file_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("credit.txt"); // named like anything: detected by content
    std::fs::write(&path, sample_mails()[0].bytes()).unwrap();
    let report = scan(&dir.path().join("u.db"), &[&path]);
    assert_eq!(n(&report, "documents"), 1);
}

#[test]
fn rescanning_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mbox = dir.path().join("mail.mbox");
    std::fs::write(&mbox, mboxrd(&sample_mails())).unwrap();
    let db = dir.path().join("u.db");
    let first = scan(&db, &[&mbox]);
    let (events_before, problems_before) = (events(&db), problems(&db));
    let second = scan(&db, &[&mbox]);
    assert_eq!(n(&second, "added"), 0, "{second}");
    assert_eq!(n(&second, "already_known"), n(&first, "added") + n(&first, "already_known"));
    assert_eq!(events(&db), events_before);
    assert_eq!(problems(&db), problems_before);
}

#[test]
fn mmap_and_plain_reads_agree() {
    let dir = tempfile::tempdir().unwrap();
    let mbox = dir.path().join("mail.mbox");
    std::fs::write(&mbox, mboxrd(&sample_mails()).repeat(50)).unwrap();
    let a = scan(&dir.path().join("a.db"), &[&"--mmap", &mbox]);
    let b = scan(&dir.path().join("b.db"), &[&"--no-mmap", &mbox]);
    assert_eq!(a, b);
    assert_eq!(n(&a, "documents"), 300);
}

fn third_party_mail() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/third-party-mail");
    assert!(
        dir.is_dir(),
        "{} is missing: the robustness tests need ../shared beside the repository (as CI has it)",
        dir.display()
    );
    dir
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else if path.extension().is_some_and(|e| e == "eml") {
            files.push(path);
        }
    }
    files.sort();
    files
}

#[test]
fn third_party_and_malformed_mail_is_read_without_panic_or_grant() {
    let root = third_party_mail();
    let dir = tempfile::tempdir().unwrap();
    let files = files_under(&root);
    assert!(files.len() > 50, "expected the third-party messages, found {}", files.len());

    // As folders, as they are.
    for sub in ["legacy", "malformed", "thirdparty"] {
        let db = dir.path().join(format!("{sub}.db"));
        let report = scan(&db, &[&root.join(sub)]);
        assert!(n(&report, "documents") > 0, "{sub}: {report}");
        assert_eq!(grants(&db), 0, "{sub} yielded a grant");
    }

    // As one mbox, each message claimed by an Amazon sender so extraction looks at it.
    let mut mbox = Vec::new();
    for file in &files {
        mbox.extend_from_slice(ENVELOPE.as_bytes());
        mbox.extend_from_slice(b"From: \"Amazon.com\" <no-reply@amazon.com>\n");
        let raw = std::fs::read(file).unwrap();
        for line in raw.split_inclusive(|&b| b == b'\n') {
            if line.trim_ascii_start().starts_with(b"From ") {
                mbox.push(b'>');
            }
            mbox.extend_from_slice(line);
        }
        mbox.extend_from_slice(b"\n\n");
    }
    let path = dir.path().join("third-party.mbox");
    std::fs::write(&path, &mbox).unwrap();
    let db = dir.path().join("mbox.db");
    let report = scan(&db, &[&path]);
    assert_eq!(n(&report, "documents"), files.len() as u64, "{report}");
    assert_eq!(grants(&db), 0);

    // Cut anywhere, even mid-header: still no panic, still no grant.
    for cut in [mbox.len() / 3, mbox.len() / 2 + 7, mbox.len() - 5] {
        let path = dir.path().join(format!("cut-{cut}.mbox"));
        std::fs::write(&path, &mbox[..cut]).unwrap();
        let db = dir.path().join(format!("cut-{cut}.db"));
        scan(&db, &[&path]);
        assert_eq!(grants(&db), 0);
    }
}

#[test]
fn hostile_mboxes_are_problems_not_crashes() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = Vec::new();
    let amazon = "From: \"Amazon.com\" <no-reply@amazon.com>\nSubject: Benefit Confirmation for your Order\n";
    // binary garbage as a body and as headers
    text.extend_from_slice(format!("{ENVELOPE}{amazon}Message-ID: <g1@amazon.com>\n\n").as_bytes());
    text.extend((0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).filter(|&b| b != b'\n'));
    text.extend_from_slice(b"\n\n");
    text.extend_from_slice(ENVELOPE.as_bytes());
    text.extend((0..5_000u32).map(|i| (i.wrapping_mul(40_503) >> 7) as u8));
    text.extend_from_slice(b"\n\n");
    // broken MIME boundaries and an unknown charset
    text.extend_from_slice(
        format!(
            "{ENVELOPE}{amazon}Message-ID: <b1@amazon.com>\nMIME-Version: 1.0\n\
             Content-Type: multipart/alternative; boundary=\"never-closed\"\n\n\
             --never-closed\nContent-Type: text/plain; charset=x-unknown-charset-42\n\
             Content-Transfer-Encoding: quoted-printable\n\nYour $5.00 credit =E2=8\n\
             --not-the-boundary\nContent-Type: text/html; charset=\"\n\n<p>half\n\n"
        )
        .as_bytes(),
    );
    // a 50 MB message that is one single line, with no end of headers
    text.extend_from_slice(ENVELOPE.as_bytes());
    text.extend_from_slice(b"From: no-reply@amazon.com ");
    text.extend(std::iter::repeat_n(b'a', 50 << 20));
    text.extend_from_slice(b"\n\n");
    // and a last ordinary message, which must still be read
    text.extend_from_slice(format!("{ENVELOPE}{amazon}Message-ID: <last@amazon.com>\n\nbye\n").as_bytes());
    let path = dir.path().join("hostile.mbox");
    std::fs::write(&path, &text).unwrap();

    let db = dir.path().join("u.db");
    let report = scan(&db, &[&path]);
    assert_eq!(n(&report, "documents"), 5, "{report}");
    assert!(n(&report, "problems") >= 1, "the 50 MB line is a problem: {report}");
    let problems = problems(&db);
    let origin = format!("{}:", std::fs::canonicalize(&path).unwrap().display());
    assert!(
        problems.iter().any(|p| p["origin"].as_str().is_some_and(|o| o.starts_with(&origin))),
        "problems say where the message is: {problems:?}"
    );
    assert_eq!(grants(&db), 0);
    // and again: nothing changes
    scan(&db, &[&path]);
    assert_eq!(self::problems(&db), problems);
}

#[test]
fn what_cannot_be_read_stops_the_scan_before_anything_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.mbox");
    std::fs::write(&good, mboxrd(&sample_mails())).unwrap();
    let garbage = dir.path().join("garbage.bin");
    std::fs::write(&garbage, (0..4096u32).map(|i| (i * 7 % 251) as u8).collect::<Vec<_>>()).unwrap();
    let empty_dir = dir.path().join("nothing");
    std::fs::create_dir(&empty_dir).unwrap();
    std::fs::write(empty_dir.join("notes.txt"), "just words\n").unwrap();
    let db = dir.path().join("u.db");
    for (bad, why) in [
        (garbage.clone(), "cannot tell what this is"),
        (dir.path().join("missing.mbox"), "no such file"),
        (empty_dir.clone(), "holds no mail"),
    ] {
        let output = run(unspent(&db).arg("scan").arg(&good).arg(&bad));
        assert_eq!(output.status.code(), Some(5), "{}", bad.display());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
        assert!(stderr.contains(why) && stderr.contains(&*bad.to_string_lossy()), "{stderr}");
    }
    // nothing of good.mbox was read: a rerun without the bad path reads it all
    let report = scan(&db, &[&good]);
    assert_eq!(n(&report, "already_known"), 0, "{report}");
}

#[test]
fn a_scan_killed_midway_then_rerun_ends_like_one_clean_scan() {
    let dir = tempfile::tempdir().unwrap();
    let mails = sample_mails();
    // Many distinct messages (unique Message-IDs), so the scan takes a while.
    let mut text = String::new();
    for copy in 0..600 {
        for mail in &mails {
            let mut bytes = mail.bytes();
            bytes = bytes.replacen("Message-ID: <", &format!("Message-ID: <c{copy}."), 1);
            text.push_str(&format!("{ENVELOPE}{}\n", quote(&bytes, true)));
        }
    }
    let path = dir.path().join("big.mbox");
    std::fs::write(&path, &text).unwrap();

    let clean = dir.path().join("clean.db");
    scan(&clean, &[&path]);

    let killed = dir.path().join("killed.db");
    let mut child = unspent(&killed)
        .args(["scan", "--commit-every", "1"])
        .arg(&path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once it has committed something (or after a moment, if nothing is ever committed).
    let started = Instant::now();
    while started.elapsed() < Duration::from_millis(1500) {
        if std::fs::metadata(killed.with_extension("db-wal")).is_ok_and(|m| m.len() > 64 << 10) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    let status = child.wait().unwrap();
    eprintln!("killed scan: {status}");

    scan(&killed, &[&path]);
    assert_eq!(events(&killed), events(&clean));
    assert_eq!(problems(&killed), problems(&clean));
}
