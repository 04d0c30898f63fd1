//! E-mail over SMTP with lettre: implicit TLS, STARTTLS, or plain text to
//! this machine only.

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};
use serde::Deserialize;

use crate::{Outgoing, SendError, TIMEOUT, is_loopback};

/// How the connection to the SMTP server is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte (usually port 465).
    Tls,
    /// Plain connection upgraded with STARTTLS, which is required (usually port 587).
    Starttls,
    /// No encryption: only accepted for a server on this machine (a local relay).
    None,
}

impl Security {
    pub fn default_port(self) -> u16 {
        match self {
            Security::Tls => 465,
            Security::Starttls => 587,
            Security::None => 25,
        }
    }
}

/// Where and how to send e-mail. The password is passed in, never read here.
#[derive(Clone, Debug)]
pub struct SmtpSettings {
    pub host: String,
    pub port: Option<u16>,
    pub security: Security,
    pub username: Option<String>,
    pub password: Option<String>,
    pub from: String,
    pub to: Vec<String>,
    /// Extra trusted root certificates (PEM), for a server with a private CA.
    pub extra_roots_pem: Option<Vec<u8>>,
}

impl SmtpSettings {
    fn port(&self) -> u16 {
        self.port.unwrap_or(self.security.default_port())
    }

    /// `host:port`, for messages.
    pub fn server(&self) -> String {
        format!("{}:{}", self.host, self.port())
    }
}

/// Checks what can be checked without connecting: addresses, and no password over plain text.
pub fn validate(settings: &SmtpSettings) -> Result<(), SendError> {
    build_message(settings, &Outgoing { subject: "check".into(), text: "check".into(), html: None })?;
    if settings.host.trim().is_empty() {
        return Err(SendError::Settings("e-mail: `host` is empty".into()));
    }
    if settings.security == Security::None && !is_loopback(&settings.host) {
        return Err(SendError::Settings(format!(
            "e-mail: security = \"none\" is only allowed for a server on this machine, not {}; use \"starttls\" or \"tls\"",
            settings.host
        )));
    }
    if settings.username.is_some() != settings.password.is_some() {
        return Err(SendError::Settings("e-mail: a username needs a password and a password needs a username".into()));
    }
    Ok(())
}

/// Sends `mail` to every recipient in `settings`, as one message.
pub fn send_email(settings: &SmtpSettings, mail: &Outgoing) -> Result<(), SendError> {
    validate(settings)?;
    let message = build_message(settings, mail)?;
    let transport = transport(settings)?;
    transport.send(&message).map(|_| ()).map_err(|e| delivery_error(settings, &e))
}

fn mailbox(text: &str, field: &str) -> Result<Mailbox, SendError> {
    text.parse::<Mailbox>()
        .map_err(|e| SendError::Settings(format!("e-mail: `{field}` address `{text}` is invalid ({e})")))
}

fn build_message(settings: &SmtpSettings, mail: &Outgoing) -> Result<Message, SendError> {
    if settings.to.is_empty() {
        return Err(SendError::Settings("e-mail: `to` names no recipient".into()));
    }
    let mut builder = Message::builder()
        .from(mailbox(&settings.from, "from")?)
        .subject(mail.subject.clone())
        .user_agent(format!("unspent {}", env!("CARGO_PKG_VERSION")))
        // RFC 3834: automatic mail, so vacation responders stay quiet.
        .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("Auto-Submitted"), "auto-generated".into()));
    for to in &settings.to {
        builder = builder.to(mailbox(to, "to")?);
    }
    let built = match &mail.html {
        Some(html) => builder.multipart(MultiPart::alternative_plain_html(mail.text.clone(), html.clone())),
        None => builder.singlepart(SinglePart::plain(mail.text.clone())),
    };
    built.map_err(|e| SendError::Settings(format!("e-mail: cannot build the message ({e})")))
}

fn transport(settings: &SmtpSettings) -> Result<SmtpTransport, SendError> {
    let tls = match settings.security {
        Security::None => Tls::None,
        Security::Tls => Tls::Wrapper(tls_parameters(settings)?),
        Security::Starttls => Tls::Required(tls_parameters(settings)?),
    };
    let mut builder =
        SmtpTransport::builder_dangerous(settings.host.as_str()).port(settings.port()).tls(tls).timeout(Some(TIMEOUT));
    if let (Some(user), Some(password)) = (&settings.username, &settings.password) {
        builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
    }
    Ok(builder.build())
}

fn tls_parameters(settings: &SmtpSettings) -> Result<TlsParameters, SendError> {
    let mut builder = TlsParameters::builder(settings.host.clone());
    if let Some(pem) = &settings.extra_roots_pem {
        let cert = Certificate::from_pem(pem)
            .map_err(|e| SendError::Settings(format!("e-mail: the CA certificate is not PEM ({e})")))?;
        builder = builder.add_root_certificate(cert);
    }
    builder.build_rustls().map_err(|e| SendError::Settings(format!("e-mail: TLS setup failed ({e})")))
}

fn delivery_error(settings: &SmtpSettings, error: &lettre::transport::smtp::Error) -> SendError {
    let mut reason = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        let text = cause.to_string();
        if !reason.contains(&text) {
            reason.push_str(": ");
            reason.push_str(&text);
        }
        source = cause.source();
    }
    let what = if error.is_permanent() {
        "refused the message"
    } else if error.is_transient() {
        "could not take the message now"
    } else if error.is_timeout() {
        "did not answer in time"
    } else if error.is_tls() {
        "could not be reached securely"
    } else {
        "could not be reached"
    };
    SendError::Delivery(format!("e-mail: SMTP server {} {what} ({reason})", settings.server()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> SmtpSettings {
        SmtpSettings {
            host: "127.0.0.1".into(),
            port: Some(2525),
            security: Security::None,
            username: None,
            password: None,
            from: "unspent <me@example.org>".into(),
            to: vec!["me@example.org".into()],
            extra_roots_pem: None,
        }
    }

    #[test]
    fn plain_text_smtp_only_to_this_machine() {
        assert!(validate(&settings()).is_ok());
        let remote = SmtpSettings { host: "smtp.example.org".into(), ..settings() };
        assert!(validate(&remote).unwrap_err().to_string().contains("only allowed for a server on this machine"));
        let starttls = SmtpSettings { security: Security::Starttls, ..remote };
        assert!(validate(&starttls).is_ok());
    }

    #[test]
    fn bad_addresses_are_settings_errors() {
        let bad = SmtpSettings { to: vec!["not an address".into()], ..settings() };
        let error = validate(&bad).unwrap_err();
        assert!(error.is_settings() && error.to_string().contains("`to` address `not an address`"), "{error}");
        assert!(validate(&SmtpSettings { to: vec![], ..settings() }).is_err());
        assert!(validate(&SmtpSettings { username: Some("u".into()), ..settings() }).is_err());
    }

    #[test]
    fn html_goes_as_multipart_alternative() {
        let mail = Outgoing { subject: "Crédit £1".into(), text: "plain".into(), html: Some("<p>rich</p>".into()) };
        let raw = String::from_utf8(build_message(&settings(), &mail).unwrap().formatted()).unwrap();
        assert!(raw.contains("multipart/alternative"), "{raw}");
        assert!(raw.contains("Auto-Submitted: auto-generated"));
        assert!(raw.contains("Subject: =?utf-8?"), "non-ASCII subjects are encoded: {raw}");
    }
}
