//! `unspent demo`: the main job on the project's sample mailbox, in a throw-away database.
//!
//! The sample (`examples/mailbox.mbox`) is embedded in the binary, so the demo
//! works from any directory. It reports as of the newest mail in the sample
//! (unless `--today` says otherwise), so what it shows does not drift with
//! the calendar.

use std::path::Path;

use super::{list, scan};
use crate::args::{BalanceArgs, CreditsArgs, DemoArgs, Global, ListArgs, ScanArgs};
use crate::context::{Context, open_store_at};
use crate::error::{CliError, Result};
use crate::output;

const SAMPLE_MAILBOX: &[u8] = include_bytes!("../../../../examples/mailbox.mbox");

pub async fn run(global: &Global, args: DemoArgs) -> Result<()> {
    let scratch =
        tempfile::tempdir().map_err(|e| CliError::internal(format!("cannot make a temporary directory: {e}")))?;
    let db = args.keep.clone().unwrap_or_else(|| scratch.path().join("demo.db"));
    if args.keep.as_ref().is_some_and(|p| p.exists()) {
        return Err(CliError::usage(format!("{} exists: --keep wants a new file", db.display())));
    }
    let mailbox = scratch.path().join("sample.mbox");
    std::fs::write(&mailbox, SAMPLE_MAILBOX)
        .map_err(|e| CliError::internal(format!("cannot write the sample mailbox: {e}")))?;

    let mut ctx = Context::with_store(global, open_store_at(&db).await?)?;
    output::println("unspent demo: scanning a sample mailbox of 12 messages (examples/mailbox.mbox)…")?;
    scan::run(&ctx, scan_args(&mailbox)).await?;
    if global.today.is_none()
        && let Some(newest) = ctx.store.newest_mail_seen().await?
    {
        ctx.today = newest;
    }
    output::println(format!(
        "\nYour credits as of {} (the newest mail in the sample), soonest-expiring first:",
        ctx.today
    ))?;
    list::credits(&ctx, credits_args(None)).await?;
    output::println("\nExpiring within 30 days:")?;
    list::credits(&ctx, credits_args(Some(30))).await?;
    output::println("\nTotals:")?;
    list::balance(&ctx, BalanceArgs { list: ListArgs { json: false }, as_of: None }).await?;
    output::println(format!(
        "\nThe phishing mail and the marketing offer in the sample added nothing (see `unspent problems`).\n\
         Next: `unspent scan ~/Takeout/Mail/All\\ mail.mbox` (or a Maildir, .eml files, imaps://…) reads your own mail.{}",
        args.keep
            .as_ref()
            .map(|p| format!(
                "\nThe demo database is kept at {}: try `unspent --db {} events`.",
                p.display(),
                p.display()
            ))
            .unwrap_or_default()
    ))?;
    ctx.store.close().await;
    Ok(())
}

fn scan_args(mailbox: &Path) -> ScanArgs {
    ScanArgs {
        paths: vec![mailbox.display().to_string()],
        json: false,
        mmap: false,
        no_mmap: true,
        password_file: None,
        ca_file: None,
        insecure_plaintext: false,
        fetch_all: false,
        commit_every: 5000,
    }
}

fn credits_args(expiring: Option<i64>) -> CreditsArgs {
    CreditsArgs { list: ListArgs { json: false }, expiring, as_of: None, all: false }
}
