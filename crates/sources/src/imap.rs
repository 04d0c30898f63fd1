//! Reading a live IMAP mailbox, read-only, over TLS.
//!
//! The mailbox is opened with `EXAMINE` (read-only) and messages are
//! fetched with `BODY.PEEK[]`, so nothing on the server changes: no flag is
//! set, `\Seen` included. Only messages a server-side `SEARCH` selects are
//! downloaded (by default those whose `From` mentions "amazon"; the search
//! is a prefilter only, extraction still judges the sender). UIDs above a
//! given one can be asked for, so a second scan fetches only new mail.
//!
//! TLS is rustls with the Mozilla root certificates, plus the CA given in
//! [`ConnectOptions::ca_file`]. Verification is never turned off. `imap://` is
//! upgraded with STARTTLS; plain text is only allowed to a loopback server that
//! does not offer STARTTLS, or when explicitly asked.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use futures_util::TryStreamExt;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, ServerName};
use tokio_rustls::rustls::{self, ClientConfig, RootCertStore};

/// How long any one network step may take before the scan gives up.
const STEP_TIMEOUT: Duration = Duration::from_secs(120);

/// `imaps://user@host[:port]/MAILBOX` (or `imap://` for plain text).
#[derive(Clone, PartialEq, Eq)]
pub struct ImapUrl {
    pub tls: bool,
    pub user: String,
    pub host: String,
    pub port: u16,
    pub mailbox: String,
}

impl fmt::Debug for ImapUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl fmt::Display for ImapUrl {
    /// The URL without secrets: what the store records as the source.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = if self.tls { "imaps" } else { "imap" };
        let host = if self.host.contains(':') { format!("[{}]", self.host) } else { self.host.clone() };
        write!(f, "{scheme}://{}@{host}:{}/{}", percent_encode(&self.user), self.port, percent_encode(&self.mailbox))
    }
}

impl ImapUrl {
    /// `None` when `arg` is not an IMAP URL at all; otherwise the URL or why it is wrong.
    pub fn recognise(arg: &str) -> Option<Result<ImapUrl, String>> {
        let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
        let (tls, rest) = if lower.starts_with("imaps://") {
            (true, &arg[8..])
        } else if lower.starts_with("imap://") {
            (false, &arg[7..])
        } else {
            return None;
        };
        Some(ImapUrl::parse_rest(tls, rest).map_err(|why| format!("{}: {why}", redact(arg))))
    }

    fn parse_rest(tls: bool, rest: &str) -> Result<ImapUrl, String> {
        let (authority, mailbox) = rest.split_once('/').unwrap_or((rest, ""));
        let Some((userinfo, hostport)) = authority.rsplit_once('@') else {
            return Err("say who to log in as: imaps://USER@HOST/INBOX".into());
        };
        if userinfo.contains(':') {
            return Err("do not put the password in the URL (it would end up in your shell history): \
                 set UNSPENT_IMAP_PASSWORD or use --password-file"
                .into());
        }
        let user = percent_decode(userinfo)?;
        if user.is_empty() {
            return Err("the user name is empty".into());
        }
        let default_port = if tls { 993 } else { 143 };
        let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
            let (host, after) = v6.split_once(']').ok_or("unclosed [ in the host")?;
            let port = match after.strip_prefix(':') {
                Some(p) => p.parse().map_err(|_| format!("bad port `{p}`"))?,
                None if after.is_empty() => default_port,
                None => return Err(format!("unexpected `{after}` after the host")),
            };
            (host.to_string(), port)
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (h.to_string(), p.parse().map_err(|_| format!("bad port `{p}`"))?),
                None => (hostport.to_string(), default_port),
            }
        };
        if host.is_empty() {
            return Err("the host is empty".into());
        }
        let mailbox = match percent_decode(mailbox.trim_end_matches('/'))? {
            m if m.is_empty() => "INBOX".to_string(),
            m => m,
        };
        Ok(ImapUrl { tls, user, host: host.to_ascii_lowercase(), port, mailbox })
    }

    /// `user@host:port`: whose mailboxes these are, for the incremental state.
    pub fn account(&self) -> String {
        format!("{}@{}:{}", self.user, self.host, self.port)
    }

    pub fn is_loopback(&self) -> bool {
        self.host == "localhost" || self.host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
    }
}

fn redact(arg: &str) -> String {
    // never echo what may be a password
    match (arg.find("://"), arg.rfind('@')) {
        (Some(s), Some(at)) if arg[s + 3..at].contains(':') => format!("{}://…@{}", &arg[..s], &arg[at + 1..]),
        _ => arg.to_string(),
    }
}

fn percent_decode(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3).ok_or("a % is not followed by two hex digits")?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| format!("bad escape `%{hex}`"))?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "escapes that are not UTF-8".to_string())
}

fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=".contains(&b) || b == b'/' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A password that never shows up in debug output.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(text: String) -> Secret {
        Secret(text)
    }
    fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// How to reach and trust the server.
#[derive(Clone, Debug)]
pub struct ConnectOptions {
    pub password: Secret,
    /// A PEM file of CA certificates to trust besides the usual ones.
    pub ca_file: Option<PathBuf>,
    /// With `imap://`, log in without STARTTLS (the password in plain text).
    pub allow_plaintext: bool,
}

/// Why talking to the server failed. One line; never contains the password.
#[derive(Debug, thiserror::Error)]
pub enum ImapError {
    #[error("{0}")]
    Refused(String),
    #[error("cannot connect to {host}:{port}: {reason}")]
    Connect { host: String, port: u16, reason: String },
    #[error("TLS with {host} failed: {reason}")]
    Tls { host: String, reason: String },
    #[error("{user}@{host} could not log in: {reason}")]
    Login { user: String, host: String, reason: String },
    #[error("the server refused {what}: {reason}")]
    Server { what: String, reason: String },
    #[error("the server took longer than {0} s to answer")]
    Timeout(u64),
}

/// What `EXAMINE` said about the mailbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MailboxStatus {
    pub uid_validity: u32,
    /// The UID the next message will get, when the server says.
    pub uid_next: Option<u32>,
    pub exists: u32,
}

/// Which messages to download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    /// Those whose From header mentions "amazon" (server-side SEARCH).
    FromAmazon,
    /// Every message.
    All,
}

impl Selection {
    pub fn as_str(self) -> &'static str {
        match self {
            Selection::FromAmazon => "from-amazon",
            Selection::All => "all",
        }
    }
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + fmt::Debug> Io for T {}

/// A logged-in session with one mailbox examined (read-only).
pub struct ImapSession {
    session: async_imap::Session<Box<dyn Io>>,
    url: ImapUrl,
}

async fn step<T, E: fmt::Display>(what: &str, fut: impl Future<Output = Result<T, E>>) -> Result<T, ImapError> {
    match tokio::time::timeout(STEP_TIMEOUT, fut).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(ImapError::Server { what: what.to_string(), reason: one_line(&e.to_string()) }),
        Err(_) => Err(ImapError::Timeout(STEP_TIMEOUT.as_secs())),
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Connects, logs in and examines the URL's mailbox.
///
/// `imap://` is upgraded with STARTTLS before the password is sent, verified
/// like `imaps://`. Only a loopback server that does not offer STARTTLS, or
/// `allow_plaintext`, gets the password in plain text.
pub async fn connect(url: &ImapUrl, options: &ConnectOptions) -> Result<(ImapSession, MailboxStatus), ImapError> {
    let connect_err = |reason: String| ImapError::Connect { host: url.host.clone(), port: url.port, reason };
    let tcp = match tokio::time::timeout(STEP_TIMEOUT, TcpStream::connect((url.host.as_str(), url.port))).await {
        Ok(Ok(tcp)) => tcp,
        Ok(Err(e)) => return Err(connect_err(e.to_string())),
        Err(_) => return Err(ImapError::Timeout(STEP_TIMEOUT.as_secs())),
    };
    let io: Box<dyn Io> = if url.tls { Box::new(tls_handshake(url, options, tcp).await?) } else { Box::new(tcp) };
    let mut client = async_imap::Client::new(io);
    match step("the greeting", async { client.read_response().await }).await? {
        Some(_) => {}
        None => return Err(connect_err("the server closed the connection before greeting".into())),
    }
    if !url.tls && !options.allow_plaintext {
        client = start_tls(client, url, options).await?;
    }
    let session = match tokio::time::timeout(STEP_TIMEOUT, client.login(&url.user, options.password.expose())).await {
        Ok(Ok(session)) => session,
        Ok(Err((e, _))) => {
            return Err(ImapError::Login {
                user: url.user.clone(),
                host: url.host.clone(),
                reason: one_line(&e.to_string()),
            });
        }
        Err(_) => return Err(ImapError::Timeout(STEP_TIMEOUT.as_secs())),
    };
    let mut session = ImapSession { session, url: url.clone() };
    let status = session.examine().await?;
    Ok((session, status))
}

/// Upgrades a plain connection with STARTTLS (RFC 3501 §6.2.1; the server sends
/// no second greeting). A server that refuses it keeps the plain connection only
/// on this machine.
async fn start_tls(
    mut client: async_imap::Client<Box<dyn Io>>,
    url: &ImapUrl,
    options: &ConnectOptions,
) -> Result<async_imap::Client<Box<dyn Io>>, ImapError> {
    match step("STARTTLS", client.run_command_and_check_ok("STARTTLS", None)).await {
        Ok(()) => {
            let tls = tls_handshake(url, options, client.into_inner()).await?;
            Ok(async_imap::Client::new(Box::new(tls)))
        }
        Err(ImapError::Server { .. }) if url.is_loopback() => Ok(client),
        Err(ImapError::Server { reason, .. }) => Err(ImapError::Refused(format!(
            "{url}: the server does not offer STARTTLS ({reason}), so imap:// would send your password \
             unencrypted; use imaps:// (or --insecure-plaintext if you really mean it)"
        ))),
        Err(other) => Err(other),
    }
}

async fn tls_handshake<S: AsyncRead + AsyncWrite + Unpin>(
    url: &ImapUrl,
    options: &ConnectOptions,
    stream: S,
) -> Result<tokio_rustls::client::TlsStream<S>, ImapError> {
    let config =
        tls_config(options.ca_file.as_deref()).map_err(|reason| ImapError::Tls { host: url.host.clone(), reason })?;
    let name = ServerName::try_from(url.host.clone())
        .map_err(|e| ImapError::Tls { host: url.host.clone(), reason: e.to_string() })?;
    step("the TLS handshake", TlsConnector::from(Arc::new(config)).connect(name, stream)).await.map_err(|e| match e {
        ImapError::Server { reason, .. } => ImapError::Tls {
            host: url.host.clone(),
            reason: if reason.contains("UnknownIssuer") {
                format!("{reason} (a self-signed server? trust its CA with --ca-file)")
            } else {
                reason
            },
        },
        other => other,
    })
}

fn tls_config(ca_file: Option<&std::path::Path>) -> Result<ClientConfig, String> {
    let mut roots = RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
    if let Some(path) = ca_file {
        let certs: Vec<CertificateDer<'static>> =
            CertificateDer::pem_file_iter(path)
                .and_then(|iter| iter.collect())
                .map_err(|e| format!("cannot read --ca-file {}: {e}", path.display()))?;
        if certs.is_empty() {
            return Err(format!("--ca-file {} holds no PEM certificate", path.display()));
        }
        for cert in certs {
            roots.add(cert).map_err(|e| format!("--ca-file {}: {e}", path.display()))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

impl ImapSession {
    async fn examine(&mut self) -> Result<MailboxStatus, ImapError> {
        let name = utf7_imap(&self.url.mailbox);
        let what = format!("to open mailbox {} read-only", self.url.mailbox);
        let mailbox = step(&what, self.session.examine(&name)).await?;
        let uid_validity = mailbox
            .uid_validity
            .ok_or_else(|| ImapError::Server { what: what.clone(), reason: "it gave no UIDVALIDITY".into() })?;
        Ok(MailboxStatus { uid_validity, uid_next: mailbox.uid_next, exists: mailbox.exists })
    }

    /// The UIDs above `after` that `selection` picks, ascending.
    pub async fn search(&mut self, after: u32, selection: Selection) -> Result<Vec<u32>, ImapError> {
        let mut query = format!("UID {}:*", after.saturating_add(1));
        if selection == Selection::FromAmazon {
            query.push_str(" FROM \"amazon\"");
        }
        let uids = step("to search the mailbox", self.session.uid_search(&query)).await?;
        // `n:*` always matches the last message, even when its UID is below n.
        let mut uids: Vec<u32> = uids.into_iter().filter(|&u| u > after).collect();
        uids.sort_unstable();
        Ok(uids)
    }

    /// Downloads the messages with these UIDs without marking them read.
    /// Returns `(uid, raw message)` in the order the server sends them.
    pub async fn fetch(&mut self, uids: &[u32]) -> Result<Vec<(u32, Vec<u8>)>, ImapError> {
        if uids.is_empty() {
            return Ok(Vec::new());
        }
        let set = uid_set(uids);
        let wanted: std::collections::HashSet<u32> = uids.iter().copied().collect();
        let fetches: Vec<_> = step("to send messages", async {
            let stream = self.session.uid_fetch(&set, "(UID BODY.PEEK[])").await?;
            stream.try_collect::<Vec<_>>().await
        })
        .await?;
        Ok(fetches
            .into_iter()
            .filter_map(|f| {
                let uid = f.uid?;
                // unsolicited FETCH responses (flag changes) carry no body
                (wanted.contains(&uid)).then(|| f.body().map(|b| (uid, b.to_vec()))).flatten()
            })
            .collect())
    }

    /// Says goodbye; errors here do not matter any more.
    pub async fn logout(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(5), self.session.logout()).await;
    }
}

/// `1:3,7,9:10` for [1,2,3,7,9,10] (input ascending).
pub fn uid_set(uids: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            out.push_str(&start.to_string());
        } else {
            out.push_str(&format!("{start}:{end}"));
        }
        i += 1;
    }
    out
}

/// A mailbox name in IMAP's modified UTF-7 (RFC 3501 §5.1.3).
pub fn utf7_imap(name: &str) -> String {
    const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";
    let mut out = String::new();
    let mut pending: Vec<u16> = Vec::new();
    let flush = |pending: &mut Vec<u16>, out: &mut String| {
        if pending.is_empty() {
            return;
        }
        let bytes: Vec<u8> = pending.iter().flat_map(|u| u.to_be_bytes()).collect();
        out.push('&');
        for chunk in bytes.chunks(3) {
            let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (b as u32) << (16 - 8 * i));
            let chars = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
            for &c in &chars[..chunk.len() + 1] {
                out.push(B64[c as usize] as char);
            }
        }
        out.push('-');
        pending.clear();
    };
    for c in name.chars() {
        if (' '..='~').contains(&c) {
            flush(&mut pending, &mut out);
            if c == '&' {
                out.push_str("&-");
            } else {
                out.push(c);
            }
        } else {
            pending.extend(c.encode_utf16(&mut [0; 2]).iter());
        }
    }
    flush(&mut pending, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Result<ImapUrl, String> {
        ImapUrl::recognise(s).expect("an IMAP URL")
    }

    #[test]
    fn urls_are_read_with_their_defaults() {
        let u = url("imaps://me%40example.com@imap.example.com/INBOX").unwrap();
        assert_eq!(
            (u.user.as_str(), u.host.as_str(), u.port, u.mailbox.as_str()),
            ("me@example.com", "imap.example.com", 993, "INBOX")
        );
        assert_eq!(u.to_string(), "imaps://me%40example.com@imap.example.com:993/INBOX");
        let u = url("imap://bob@127.0.0.1:1143").unwrap();
        assert_eq!((u.tls, u.port, u.mailbox.as_str()), (false, 1143, "INBOX"));
        assert!(u.is_loopback());
        let u = url("IMAPS://bob@[::1]:9993/%5BGmail%5D/All%20Mail").unwrap();
        assert_eq!((u.host.as_str(), u.port, u.mailbox.as_str()), ("::1", 9993, "[Gmail]/All Mail"));
        assert!(ImapUrl::recognise("/home/me/mail.mbox").is_none());
    }

    #[test]
    fn a_password_in_the_url_is_refused_and_not_echoed() {
        let err = url("imaps://bob:hunter2@example.com/INBOX").unwrap_err();
        assert!(err.contains("UNSPENT_IMAP_PASSWORD"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");
        assert!(url("imaps://example.com/INBOX").is_err());
        assert!(url("imaps://bob@example.com:x/INBOX").is_err());
    }

    #[test]
    fn uid_sets_are_compact() {
        assert_eq!(uid_set(&[1, 2, 3, 7, 9, 10]), "1:3,7,9:10");
        assert_eq!(uid_set(&[5]), "5");
    }

    #[test]
    fn mailbox_names_use_modified_utf7() {
        assert_eq!(utf7_imap("INBOX"), "INBOX");
        assert_eq!(utf7_imap("Tom & Jerry"), "Tom &- Jerry");
        // RFC 3501's example
        assert_eq!(utf7_imap("~peter/mail/台北/日本語"), "~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        assert_eq!(utf7_imap("Entwürfe"), "Entw&APw-rfe");
    }
}
