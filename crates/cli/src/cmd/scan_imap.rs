//! Scanning a live IMAP mailbox, read-only and incrementally.
//!
//! The password comes from `UNSPENT_IMAP_PASSWORD` or `--password-file`
//! (mode 0600), never from the command line, and is never stored. After
//! each chunk of messages is written to the store, the mailbox's mark
//! (UIDVALIDITY + last UID read) is advanced, so an interrupted scan goes
//! on where it stopped and a second scan fetches only new mail.

use rayon::prelude::*;
use unspent_core::SourceKind;
use unspent_sources::imap::{self, ConnectOptions, ImapError, ImapUrl, Secret, Selection};
use unspent_sources::message::{header_block, is_gmail_chat, strip_envelope};
use unspent_store::ImapMark;

use super::scan::{Recorder, ScanReport, progress_bar};
use super::scan_mail::extract_safely;
use crate::args::ScanArgs;
use crate::context::{Context, imap_password_from_env};
use crate::error::{CliError, Result};

/// Messages fetched per round trip (and per database commit).
const CHUNK: usize = 50;

/// Fails early, before anything is read, when no password is available.
pub fn check_credentials(_ctx: &Context, args: &ScanArgs) -> Result<()> {
    password(args).map(|_| ())
}

fn password(args: &ScanArgs) -> Result<Secret> {
    if let Some(path) = &args.password_file {
        return read_password_file(path);
    }
    imap_password_from_env().map(Secret::new).ok_or_else(|| {
        CliError::usage(
            "an IMAP scan needs the password: set UNSPENT_IMAP_PASSWORD or pass --password-file FILE (mode 0600)",
        )
    })
}

fn read_password_file(path: &std::path::Path) -> Result<Secret> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| CliError::source(format!("--password-file {shown}: {e}")))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(CliError::input(format!(
                "--password-file {shown} can be read by other users (mode {mode:03o}); run `chmod 600 {shown}` first"
            )));
        }
    }
    let _ = meta;
    let text = std::fs::read_to_string(path).map_err(|e| CliError::source(format!("--password-file {shown}: {e}")))?;
    let line = text.strip_suffix('\n').unwrap_or(&text);
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.is_empty() {
        return Err(CliError::input(format!("--password-file {shown} is empty")));
    }
    Ok(Secret::new(line.to_string()))
}

fn imap_error(error: ImapError) -> CliError {
    match error {
        ImapError::Refused(_) => CliError::usage(error),
        ImapError::Login { .. } => CliError::source(error),
        _ => CliError::network(error),
    }
}

pub async fn scan(ctx: &Context, args: &ScanArgs, url: &ImapUrl, report: &mut ScanReport) -> Result<()> {
    let options = ConnectOptions {
        password: password(args)?,
        ca_file: args.ca_file.clone(),
        allow_plaintext: args.insecure_plaintext,
    };
    let (mut session, status) = imap::connect(url, &options).await.map_err(imap_error)?;
    let result = read_mailbox(ctx, args, url, &mut session, status, report).await;
    session.logout().await;
    result
}

async fn read_mailbox(
    ctx: &Context,
    args: &ScanArgs,
    url: &ImapUrl,
    session: &mut imap::ImapSession,
    status: imap::MailboxStatus,
    report: &mut ScanReport,
) -> Result<()> {
    let selection = if args.fetch_all { Selection::All } else { Selection::FromAmazon };
    let account = url.account();
    let source = url.to_string();
    let previous = ctx.store.imap_mark(&account, &url.mailbox).await?;
    // Go on from the last mark unless the server renumbered the mailbox or
    // the last scan fetched fewer messages than this one wants.
    let after = match &previous {
        Some(mark)
            if mark.uid_validity == status.uid_validity
                && (mark.selection == selection.as_str() || mark.selection == Selection::All.as_str()) =>
        {
            mark.last_uid
        }
        Some(_) => {
            ctx.note(format!(
                "{source}: the mailbox changed on the server (UIDVALIDITY) or wider selection; reading it all again"
            ));
            0
        }
        None => 0,
    };
    let uids = session.search(after, selection).await.map_err(imap_error)?;
    let bar = progress_bar(ctx, Some(uids.len() as u64), false);
    bar.set_message(url.mailbox.clone());
    let mut recorder = Recorder::new(ctx, source.clone(), args.commit_every);
    let mut mark =
        ImapMark { selection: selection.as_str().to_string(), uid_validity: status.uid_validity, last_uid: after };
    for chunk in uids.chunks(CHUNK) {
        let fetched = session.fetch(chunk).await.map_err(imap_error)?;
        report.fetched += fetched.len() as u64;
        report.documents += fetched.len() as u64;
        let base = format!("{source};UIDVALIDITY={}", status.uid_validity);
        let extractions = tokio::task::spawn_blocking(move || {
            fetched
                .into_par_iter()
                .filter(|(_, raw)| {
                    let headers = header_block(strip_envelope(raw));
                    !is_gmail_chat(headers) && unspent_mail::may_matter(headers)
                })
                .map(|(uid, raw)| extract_safely(&raw, SourceKind::Imap, &format!("{base}/;UID={uid}")))
                .collect::<Vec<_>>()
        })
        .await
        .map_err(|e| CliError::internal(format!("{source}: extraction crashed: {e}")))?;
        for extraction in extractions {
            recorder.extracted(extraction, report).await?;
        }
        // The events first, then the mark: a crash in between refetches one chunk.
        recorder.flush(report).await?;
        mark.last_uid = chunk[chunk.len() - 1];
        ctx.store.set_imap_mark(&account, &url.mailbox, &mark, &super::add::now_rfc3339()).await?;
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    // Messages the search skipped need not be looked at again either.
    mark.last_uid = mark.last_uid.max(status.uid_next.map_or(0, |n| n.saturating_sub(1)));
    let now = super::add::now_rfc3339();
    ctx.store.set_imap_mark(&account, &url.mailbox, &mark, &now).await?;
    // A live mailbox was read up to the moment of the scan.
    ctx.store.note_coverage(&source, SourceKind::Imap, ctx.today, &now).await?;
    Ok(())
}
