//! One module per subcommand; `run` dispatches.

mod add;
mod alerts;
mod demo;
mod export;
mod journal;
mod list;
mod orders;
mod plan;
mod scan;
mod scan_export;
mod scan_imap;
mod scan_mail;
mod wish;

use unspent_core::{Currency, Money};

use crate::args::{Amount, Cli, Command};
use crate::context::Context;
use crate::error::{CliError, Result};

pub async fn run(mut cli: Cli) -> Result<()> {
    cli.global.ignore_empty_values();
    match cli.command {
        Command::Demo(args) => demo::run(&cli.global, args).await,
        Command::Programs(args) => {
            list::programs(&Context::with_store(&cli.global, unspent_store::Store::open_in_memory().await?)?, args)
        }
        command => {
            let ctx = Context::open(&cli.global).await?;
            let result = dispatch(&ctx, command).await;
            ctx.store.close().await;
            result
        }
    }
}

async fn dispatch(ctx: &Context, command: Command) -> Result<()> {
    match command {
        Command::Add(add) => add::run(ctx, add).await,
        Command::Scan(args) => scan::run(ctx, args).await,
        Command::Events(args) => list::events(ctx, args).await,
        Command::Credits(args) => list::credits(ctx, args).await,
        Command::Balance(args) => list::balance(ctx, args).await,
        Command::Export(args) => export::run(ctx, args).await,
        Command::Problems(args) => list::problems(ctx, args).await,
        Command::Wish(command) => wish::run(ctx, command).await,
        Command::Plan(args) => plan::plan(ctx, args).await,
        Command::Codes(args) => plan::codes(ctx, args).await,
        Command::Points(args) => plan::points(ctx, args).await,
        Command::Remind(args) => alerts::remind(ctx, args).await,
        Command::Calendar(args) => alerts::calendar(ctx, args).await,
        Command::Missing(args) => alerts::missing(ctx, args).await,
        Command::Claim(args) => alerts::claim(ctx, args).await,
        Command::Digest(args) => alerts::digest(ctx, args).await,
        Command::Orders(args) => orders::run(ctx, args).await,
        Command::Demo(_) | Command::Programs(_) => {
            unreachable!("handled before the database is opened")
        }
    }
}

/// Reads `--amount` and `--currency`: the amount may carry its own symbol.
pub fn parse_amount(amount: &Amount) -> Result<Money> {
    parse_money(&amount.amount, amount.currency.as_deref())
}

pub fn parse_money(text: &str, currency: Option<&str>) -> Result<Money> {
    let given = currency.map(Currency::from_code).transpose().map_err(CliError::input)?;
    let plain = text.trim().chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+'));
    let money = if plain {
        let currency = given.ok_or_else(|| {
            CliError::input(format!(
                "say which currency `{text}` is in: add --currency USD (or GBP, EUR, CAD, JPY…), or write it as '$1.00'"
            ))
        })?;
        Money::parse_decimal(text, currency)
    } else {
        Money::parse(text, None)
    }
    .map_err(|e| CliError::input(format!("--amount: {e}")))?;
    if let Some(given) = given.filter(|c| *c != money.currency()) {
        return Err(CliError::input(format!(
            "--amount `{text}` is in {} but --currency says {given}",
            money.currency()
        )));
    }
    Ok(money)
}
