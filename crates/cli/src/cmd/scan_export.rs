//! Scanning Amazon's data export (zip, folder, CSV) and saved account pages.

use std::path::Path;

use super::scan::ScanReport;
use crate::context::Context;
use crate::error::{CliError, Result};

/// Reads one export zip, export folder, CSV file or saved page into the store.
pub async fn scan_file(_ctx: &Context, path: &Path, _report: &mut ScanReport) -> Result<()> {
    Err(CliError::source(format!("{}: reading this kind of file is not built yet", path.display())))
}
