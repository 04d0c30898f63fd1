//! `unspent scan imaps://…` against a real Dovecot (scripts/setup.d/10-dovecot.sh).
//! Each test appends its own messages to its own mailbox with a client of its own.

use std::path::Path;
use std::sync::Arc;

use futures_util::TryStreamExt;
use serde_json::Value;
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, ServerName};
use tokio_rustls::rustls::{self, ClientConfig, RootCertStore};

use crate::scan::{Mail, events, mboxrd, sample_mails, scan, unspent};

struct Server {
    host: String,
    port: u16,
    user: String,
    password: String,
    ca: String,
}

fn server() -> Server {
    let var = |name: &str| {
        std::env::var(name).unwrap_or_else(|_| {
            panic!(
                "{name} is not set: the IMAP tests need the Dovecot that scripts/setup.d/10-dovecot.sh starts; \
                 run them with scripts/test"
            )
        })
    };
    Server {
        host: var("UNSPENT_TEST_IMAP_HOST"),
        port: var("UNSPENT_TEST_IMAP_PORT").parse().expect("a port number"),
        user: var("UNSPENT_TEST_IMAP_USER"),
        password: var("UNSPENT_TEST_IMAP_PASSWORD"),
        ca: var("UNSPENT_TEST_IMAP_CA"),
    }
}

type Session = async_imap::Session<TlsStream<TcpStream>>;

impl Server {
    fn url(&self, mailbox: &str) -> String {
        format!("imaps://{}@{}:{}/{mailbox}", self.user, self.host, self.port)
    }

    /// The test's own client (it appends and reads flags; unspent never writes).
    async fn client(&self) -> Session {
        let mut roots = RootCertStore::empty();
        for cert in CertificateDer::pem_file_iter(&self.ca).unwrap() {
            roots.add(cert.unwrap()).unwrap();
        }
        let config = ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth();
        let tcp = TcpStream::connect((self.host.as_str(), self.port)).await.unwrap();
        let name = ServerName::try_from(self.host.clone()).unwrap();
        let tls = TlsConnector::from(Arc::new(config)).connect(name, tcp).await.unwrap();
        let mut client = async_imap::Client::new(tls);
        client.read_response().await.unwrap().expect("a greeting");
        client.login(&self.user, &self.password).await.map_err(|(e, _)| e).unwrap()
    }

    /// A fresh mailbox holding `mails`.
    async fn mailbox_with(&self, name: &str, mails: &[Mail]) -> String {
        let mailbox = format!("{name}-{}", std::process::id());
        let mut session = self.client().await;
        session.create(&mailbox).await.unwrap();
        for (i, mail) in mails.iter().enumerate() {
            let flags = if i == 0 { Some("(\\Flagged)") } else { None };
            session.append(&mailbox, flags, None, mail.bytes().replace('\n', "\r\n")).await.unwrap();
        }
        session.logout().await.unwrap();
        mailbox
    }

    async fn append(&self, mailbox: &str, mail: &Mail) {
        let mut session = self.client().await;
        session.append(mailbox, None, None, mail.bytes().replace('\n', "\r\n")).await.unwrap();
        session.logout().await.unwrap();
    }

    /// UID → flags of every message, read without changing anything.
    async fn flags(&self, mailbox: &str) -> Vec<(u32, Vec<String>)> {
        let mut session = self.client().await;
        session.examine(mailbox).await.unwrap();
        let fetches: Vec<_> = session.fetch("1:*", "(UID FLAGS)").await.unwrap().try_collect().await.unwrap();
        let mut flags: Vec<(u32, Vec<String>)> =
            fetches.iter().map(|f| (f.uid.unwrap(), f.flags().map(|flag| format!("{flag:?}")).collect())).collect();
        flags.sort();
        session.logout().await.unwrap();
        flags
    }
}

fn imap_scan(server: &Server, db: &Path, mailbox: &str) -> Value {
    let output = unspent(db)
        .env("UNSPENT_IMAP_PASSWORD", &server.password)
        .args(["scan", "--json", "--ca-file", &server.ca, &server.url(mailbox)])
        .output()
        .unwrap();
    assert!(output.status.success(), "IMAP scan failed: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[tokio::test]
async fn an_imap_scan_reads_only_amazon_mail_changes_nothing_and_fetches_only_new_mail() {
    let server = server();
    let mails = sample_mails();
    let mailbox = server.mailbox_with("basic", &mails).await;
    let before = server.flags(&mailbox).await;
    assert_eq!(before.len(), mails.len());

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("imap.db");
    let first = imap_scan(&server, &db, &mailbox);
    // SEARCH FROM "amazon" picks the three rewards and the chat from an amazon.com address.
    assert_eq!(first["fetched"], 4, "{first}");
    assert_eq!(first["documents"], 4, "{first}");

    // The same events as a scan of the same messages in an mbox.
    let mbox = dir.path().join("same.mbox");
    std::fs::write(&mbox, mboxrd(&mails)).unwrap();
    let mbox_db = dir.path().join("mbox.db");
    scan(&mbox_db, &[&mbox]);
    assert_eq!(events(&db), events(&mbox_db));

    // Nothing new: nothing fetched, nothing added.
    let second = imap_scan(&server, &db, &mailbox);
    assert_eq!(second["fetched"], 0, "{second}");
    assert_eq!(second["added"], 0, "{second}");

    // One new message: only it is fetched.
    let mut new = sample_mails().remove(0);
    for (k, v) in &mut new.headers {
        if k == "Message-ID" {
            *v = "<reward-new@amazon.com>".into();
        }
    }
    server.append(&mailbox, &new).await;
    let third = imap_scan(&server, &db, &mailbox);
    assert_eq!(third["fetched"], 1, "{third}");

    // The mailbox is as it was: same flags, nothing marked \Seen.
    let after = server.flags(&mailbox).await;
    assert_eq!(&after[..before.len()], &before[..]);
    assert!(after.iter().all(|(_, flags)| !flags.iter().any(|f| f.contains("Seen"))), "{after:?}");
    assert!(before[0].1.iter().any(|f| f.contains("Flagged")), "the test's own flag is there: {before:?}");

    // The password is nowhere in the database.
    for file in [db.clone(), db.with_extension("db-wal")] {
        if let Ok(bytes) = std::fs::read(&file) {
            assert!(memchr_find(&bytes, server.password.as_bytes()).is_none(), "{} holds the password", file.display());
        }
    }
}

fn memchr_find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[tokio::test]
async fn the_password_comes_only_from_the_environment_or_a_private_file() {
    let server = server();
    let mailbox = server.mailbox_with("password", &sample_mails()[..2]).await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("u.db");
    let url = server.url(&mailbox);

    let output = unspent(&db).args(["scan", "--ca-file", &server.ca, &url]).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stderr).contains("UNSPENT_IMAP_PASSWORD"));

    let file = dir.path().join("pass");
    std::fs::write(&file, format!("{}\n", server.password)).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let with_file = || {
        unspent(&db)
            .args(["scan", "--json", "--ca-file", &server.ca, "--password-file"])
            .arg(&file)
            .arg(&url)
            .output()
            .unwrap()
    };
    let output = with_file();
    assert_eq!(output.status.code(), Some(3));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("chmod 600"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let output = with_file();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));

    let output = unspent(&db)
        .env("UNSPENT_IMAP_PASSWORD", "not-the-password")
        .args(["scan", "--ca-file", &server.ca, &url])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(5), "{stderr}");
    assert!(stderr.contains("could not log in") && !stderr.contains("not-the-password"), "{stderr}");

    let output = unspent(&db).env("UNSPENT_IMAP_PASSWORD", &server.password).arg("scan").arg(&url).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "an unknown CA is refused: {stderr}");
    assert!(stderr.contains("--ca-file"), "{stderr}");
}

#[tokio::test]
async fn imap_without_s_is_upgraded_with_starttls_before_the_password_is_sent() {
    let server = server();
    let mailbox = server.mailbox_with("starttls", &sample_mails()).await;
    let port: u16 = std::env::var("UNSPENT_TEST_IMAP_STARTTLS_PORT")
        .expect("UNSPENT_TEST_IMAP_STARTTLS_PORT is not set: run the IMAP tests with scripts/test")
        .parse()
        .unwrap();
    let plain = format!("imap://{}@{}:{port}/{mailbox}", server.user, server.host);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("u.db");
    let report = {
        let output = unspent(&db)
            .env("UNSPENT_IMAP_PASSWORD", &server.password)
            .args(["scan", "--json", "--ca-file", &server.ca, &plain])
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        serde_json::from_slice::<Value>(&output.stdout).unwrap()
    };
    assert_eq!(report["found"]["grant"], 3, "{report}");

    // The upgrade is TLS, verified: without the test CA it is refused before any login.
    let output = unspent(&db).env("UNSPENT_IMAP_PASSWORD", &server.password).args(["scan", &plain]).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("--ca-file"), "{stderr}");

    // --insecure-plaintext skips STARTTLS: the same scan without the CA now logs in
    // (Dovecot lets a loopback client log in without TLS), so no TLS was attempted.
    let output = unspent(&db)
        .env("UNSPENT_IMAP_PASSWORD", &server.password)
        .args(["scan", "--insecure-plaintext", &plain])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}
