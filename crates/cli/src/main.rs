//! `unspent`: the command-line edge of unspent.
//!
//! This crate is the only one that knows about the terminal, the clock,
//! environment variables, configuration files and exit codes. It parses
//! arguments (`args`), opens the store and the program catalog (`context`),
//! and hands each subcommand (`cmd`) to the library crates.

mod alerts_args;
mod alerts_config;
mod args;
mod cmd;
mod context;
mod dto;
mod error;
mod output;

use std::process::ExitCode;

use clap::Parser;

use crate::args::Cli;
use crate::error::CliError;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            return report(CliError::internal(format!("cannot start the async runtime: {e}")));
        }
    };
    match runtime.block_on(cmd::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => report(error),
    }
}

fn report(error: CliError) -> ExitCode {
    if error.is_broken_pipe() {
        return ExitCode::SUCCESS;
    }
    eprintln!("unspent: {error}");
    ExitCode::from(error.exit_code())
}
