//! The sending edge of unspent: e-mail over SMTP and webhooks.
//!
//! This crate does network I/O and nothing else: it takes a finished
//! [`Outgoing`] message and delivers it, or says in one line why it could
//! not. It does not decide what to say or when (that is `unspent-alerts`),
//! does not read configuration files or the environment (the CLI passes
//! settings in, passwords included), and keeps no record of what was sent
//! (the store does, after a send here succeeded).
//!
//! TLS is rustls with the ring provider and the Mozilla root certificates
//! (webpki-roots), plus any extra root a user names for a private server.
//! Calls block; run them off the async runtime's worker threads.

use std::time::Duration;

pub mod smtp;
pub mod webhook;

pub use smtp::{Security, SmtpSettings, send_email};
pub use webhook::{Webhook, WebhookFormat, post_webhook};

/// How long one connection attempt or exchange may take.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// A message ready to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    pub subject: String,
    pub text: String,
    /// An HTML alternative (e-mail only; webhooks send the text).
    pub html: Option<String>,
}

/// Why a message was not delivered. Each message is one line a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The settings cannot work (bad address, bad URL, password over plain text…): fix the config.
    #[error("{0}")]
    Settings(String),
    /// The peer could not be reached or refused the message: try again later.
    #[error("{0}")]
    Delivery(String),
}

impl SendError {
    pub fn is_settings(&self) -> bool {
        matches!(self, SendError::Settings(_))
    }
}

/// Whether `host` names this machine, where plain-text SMTP cannot be overheard.
pub fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost") || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}
