//! `unspent scan`: read sources into the store, batch by batch, and report.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use unspent_core::{EventKind, Recorded};
use unspent_store::ImportOutcome;

use super::scan_export;
use crate::args::ScanArgs;
use crate::context::Context;
use crate::error::{CliError, Result};
use crate::output;

/// What a scan read and changed, summed over every path.
#[derive(Debug, Default, Serialize)]
pub struct ScanReport {
    /// Messages, rows or pages read.
    pub documents: u64,
    /// Of those, the ones from Amazon (or Amazon's own files).
    pub amazon: u64,
    /// Events read, by kind, whether new or already known.
    pub found: BTreeMap<&'static str, usize>,
    /// Events new to the database.
    pub added: usize,
    /// Events already recorded from the same evidence.
    pub already_known: usize,
    /// Problems met (bad messages, rows, pages; suspicious senders).
    pub problems: usize,
}

impl ScanReport {
    /// Counts one imported batch.
    pub fn absorb(&mut self, events: &[Recorded], problems: usize, outcome: ImportOutcome) {
        for record in events {
            *self.found.entry(record.event.kind.as_str()).or_default() += 1;
        }
        self.added += outcome.added;
        self.already_known += outcome.already_known;
        self.problems += problems;
    }

    fn print(&self, ctx: &Context) -> Result<()> {
        let kinds: Vec<String> =
            EventKind::ALL.iter().filter_map(|k| self.found.get(k.as_str()).map(|n| format!("{n} {k}"))).collect();
        output::println(format!(
            "Read {} documents ({} from Amazon): found {} ({} new, {} already known); {} problems.",
            self.documents,
            self.amazon,
            if kinds.is_empty() { "no events".to_string() } else { kinds.join(", ") },
            self.added,
            self.already_known,
            self.problems
        ))?;
        if self.problems > 0 {
            ctx.note("See `unspent problems` for what could not be read and where to find it.");
        }
        Ok(())
    }
}

pub async fn run(ctx: &Context, args: ScanArgs) -> Result<()> {
    let mut report = ScanReport::default();
    for target in &args.paths {
        let path = Path::new(target);
        if !path.exists() {
            return Err(CliError::source(format!("{target}: no such file or directory")));
        }
        scan_export::scan_file(ctx, path, &mut report).await?;
    }
    if args.json { output::print_json(&report) } else { report.print(ctx) }
}
