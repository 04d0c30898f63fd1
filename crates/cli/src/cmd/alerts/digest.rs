//! `unspent digest`: the weekly summary, printed or sent.

use std::collections::BTreeSet;

use unspent_alerts::digest::{self, DigestInput};
use unspent_alerts::message::Message;
use unspent_alerts::reconcile::reconcile;
use unspent_core::date::add_days;

use super::{config, ledger, now_rfc3339, send, send_error};
use crate::alerts_args::DigestArgs;
use crate::alerts_config::Channel;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output;

pub async fn digest(ctx: &Context, args: DigestArgs) -> Result<()> {
    let config = config(ctx)?;
    let email = match (args.send, &config.email) {
        (true, None) => {
            return Err(CliError::input(format!(
                "--send needs an [email] table in {} (see `unspent remind --help`)",
                config.describe_source()
            )));
        }
        (true, Some(email)) => Some(email.clone()),
        (false, _) => None,
    };
    let ledger = ledger(ctx).await?;
    let events = ctx.store.events().await?;
    let newest_mail = ctx.store.newest_mail_seen().await?;
    let recs = reconcile(&events, ctx.today, newest_mail, &config.alerts.missing);
    let last = ctx.store.last_digest().await?;
    let through_seq = ctx.store.newest_event_seq().await?;
    let new_lots: BTreeSet<String> = match &last {
        Some(mark) => ctx.store.event_ids_after(mark.through_seq).await?,
        // The first digest calls the last week's grants new.
        None => {
            let week_ago = add_days(ctx.today, -7);
            ledger.lots.iter().filter(|l| l.granted_on.is_some_and(|g| g > week_ago)).map(|l| l.id.clone()).collect()
        }
    };
    let content = digest::build(&DigestInput {
        today: ctx.today,
        since: last.as_ref().map(|m| m.sent_on),
        ledger: &ledger,
        new_lots: &new_lots,
        reconciliations: &recs,
        catalog: &ctx.catalog,
    });
    match email {
        Some(settings) => {
            let message =
                Message { subject: content.subject.clone(), text: content.text(), html: Some(content.html()) };
            send(&Channel::Email(settings.clone()), &message, serde_json::Value::Null).await.map_err(send_error)?;
            ctx.store.record_digest(ctx.today, through_seq, "email", &now_rfc3339()).await?;
            output::println(format!("sent the digest to {}: {}", settings.to.join(", "), content.subject))
        }
        None => {
            output::println(if args.html { content.html() } else { content.text() })?;
            if args.mark {
                ctx.store.record_digest(ctx.today, through_seq, "manual", &now_rfc3339()).await?;
                ctx.note("Remembered: the next digest lists what is new from now on.");
            }
            Ok(())
        }
    }
}
