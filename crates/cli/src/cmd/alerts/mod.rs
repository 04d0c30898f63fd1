//! The alert commands: `remind`, `calendar`, `missing`, `claim`, `digest` and `add promise`.
//!
//! What to say and when is decided by `unspent-alerts`; delivery is
//! `unspent-notify`; this module reads the settings, the clock and the
//! store, and records a send only after the channel accepted it.

mod calendar;
mod digest;
mod missing;
mod remind;

pub use calendar::calendar;
pub use digest::digest;
pub use missing::{claim, missing, promise_event};
pub use remind::remind;

use unspent_alerts::message::Message;
use unspent_core::ledger::Ledger;
use unspent_notify::{Outgoing, SendError};

use crate::alerts_config::{self, Channel, Config};
use crate::context::Context;
use crate::error::{CliError, Result};

fn config(ctx: &Context) -> Result<Config> {
    alerts_config::load(&ctx.config.0, ctx.config.1)
}

async fn ledger(ctx: &Context) -> Result<Ledger> {
    Ok(Ledger::build(&ctx.catalog, &ctx.store.events().await?))
}

/// Sends `message` through `channel` off the async workers (SMTP and HTTP calls block).
async fn send(channel: &Channel, message: &Message, details: serde_json::Value) -> Result<(), SendError> {
    let outgoing =
        Outgoing { subject: message.subject.clone(), text: message.text.clone(), html: message.html.clone() };
    let channel = channel.clone();
    tokio::task::spawn_blocking(move || match &channel {
        Channel::Email(settings) => unspent_notify::send_email(settings, &outgoing),
        Channel::Webhook(hook) => unspent_notify::post_webhook(hook, &outgoing, &details),
    })
    .await
    .unwrap_or_else(|e| Err(SendError::Delivery(format!("the sending task failed: {e}"))))
}

fn send_error(error: SendError) -> CliError {
    match error {
        SendError::Settings(text) => CliError::input(text),
        SendError::Delivery(text) => CliError::network(text),
    }
}

fn now_rfc3339() -> String {
    super::add::now_rfc3339()
}
