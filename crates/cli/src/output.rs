//! Tables and JSON on stdout. Notes and progress go to stderr (see `Context::note`).

use std::io::Write;

use comfy_table::{Cell, Color, ContentArrangement, ContentLineStyle, LineStyle, Table, TableStyle};
use serde::Serialize;

use crate::error::Result;

/// Prints `value` as pretty JSON followed by a newline.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Columns apart, the header underlined, no other lines: easy to read and to `grep`.
const PLAIN: TableStyle = TableStyle::new()
    .header_lines(ContentLineStyle::none().junction(' '))
    .header_separator(LineStyle::none().fill('-').junction(' '))
    .content_lines(ContentLineStyle::none().junction(' '));

const BOXED: TableStyle = TableStyle::new()
    .header_lines(ContentLineStyle::none().junction(' '))
    .header_separator(LineStyle::none().fill('─').junction(' '))
    .content_lines(ContentLineStyle::none().junction(' '));

/// A table: Unicode rule under the header with colour, plain ASCII without.
pub fn table(color: bool, header: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_style(if color { BOXED } else { PLAIN });
    table.set_content_arrangement(ContentArrangement::Dynamic);
    if !color {
        table.force_no_tty();
    }
    table.set_header(header.iter().map(Cell::new));
    table
}

/// A cell coloured when colour is on.
pub fn colored(color: bool, text: impl ToString, tint: Color) -> Cell {
    let cell = Cell::new(text.to_string());
    if color { cell.fg(tint) } else { cell }
}

pub fn print_table(table: &Table) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "{table}")?;
    Ok(())
}

pub fn println(text: impl AsRef<str>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "{}", text.as_ref())?;
    Ok(())
}
