//! `unspent demo`: the main job on the project's sample data, in a throw-away database.

use unspent_core::date::add_days;
use unspent_core::{
    Category, Currency, Date, Event, EventKind, Evidence, Money, ProgramId, Recorded, SourceKind, Trust,
};
use unspent_store::Batch;

use super::list;
use crate::args::{BalanceArgs, CreditsArgs, DemoArgs, Global, ListArgs};
use crate::context::{Context, open_store_at};
use crate::error::{CliError, Result};
use crate::output;

pub async fn run(global: &Global, args: DemoArgs) -> Result<()> {
    let scratch =
        tempfile::tempdir().map_err(|e| CliError::internal(format!("cannot make a temporary directory: {e}")))?;
    let path = args.keep.clone().unwrap_or_else(|| scratch.path().join("demo.db"));
    if args.keep.as_ref().is_some_and(|p| p.exists()) {
        return Err(CliError::usage(format!("{} exists: --keep wants a new file", path.display())));
    }
    let ctx = Context::with_store(global, open_store_at(&path).await?)?;
    let batch = sample_batch(ctx.today);
    let outcome = ctx.store.import(&batch).await?;
    output::println(format!(
        "unspent demo: recorded {} sample events in {} (today is {}).\n",
        outcome.added,
        path.display(),
        ctx.today
    ))?;

    output::println("Your credits, soonest-expiring first:")?;
    list::credits(&ctx, CreditsArgs { list: ListArgs { json: false }, expiring: None, as_of: None, all: false })
        .await?;
    output::println("\nExpiring within 30 days:")?;
    list::credits(&ctx, CreditsArgs { list: ListArgs { json: false }, expiring: Some(30), as_of: None, all: false })
        .await?;
    output::println("\nTotals:")?;
    list::balance(&ctx, BalanceArgs { list: ListArgs { json: false }, as_of: None }).await?;
    output::println(
        "\nNext: `unspent scan ~/Takeout/Mail/All\\ mail.mbox` (or a Maildir, .eml files, imaps://…) reads your own mail.",
    )?;
    ctx.store.close().await;
    Ok(())
}

/// A small account: No-Rush rewards, a promotional credit, a gift card and one use.
fn sample_batch(today: Date) -> Batch {
    let evidence = |n: usize| Evidence {
        source: SourceKind::Manual,
        locator: format!("demo-{n}"),
        origin: None,
        sender: None,
        subject: Some("unspent demo".into()),
        date: None,
        trust: Trust::User,
    };
    let usd = |minor| Money::from_minor(minor, Currency::USD);
    let grant = |program: &'static str, amount: Money, granted: i64, expires: Option<i64>| {
        let mut e = Event::new(EventKind::Grant);
        e.program = Some(ProgramId::known(program));
        e.amount = Some(amount);
        e.occurred_on = Some(add_days(today, granted));
        e.expires_on = expires.map(|d| add_days(today, d));
        e
    };
    let mut video = grant(ProgramId::PROMOTIONAL, usd(500), -20, Some(40));
    video.categories = Some(vec![Category::Video]);
    let mut redeem = Event::new(EventKind::Redeem);
    redeem.program = Some(ProgramId::known(ProgramId::PROMOTIONAL));
    redeem.amount = Some(usd(150));
    redeem.occurred_on = Some(add_days(today, -3));
    redeem.order_id = Some("D01-0000000-0000001".into());
    let events = vec![
        grant(ProgramId::NO_RUSH, usd(100), -60, Some(5)),
        grant(ProgramId::NO_RUSH, usd(100), -30, Some(25)),
        grant(ProgramId::NO_RUSH, usd(200), -10, Some(80)),
        video,
        grant(ProgramId::GIFT_CARD, usd(2500), -90, None),
        redeem,
    ];
    let events = events.into_iter().enumerate().map(|(n, e)| Recorded::new(e, evidence(n), 0)).collect();
    Batch { source: "demo".into(), started_at: today.to_string(), events, problems: vec![] }
}
