//! Reads what a user can download from Amazon without unspent ever logging
//! in: the "Request Your Data" export (a zip of CSV files, the unzipped
//! folder, or one CSV) and account pages saved with the browser's "Save
//! page as" (Gift Card balance, No-Rush rewards).
//!
//! Pure: bytes in; [credit events](unspent_core::Event) with their evidence,
//! [order facts](Order) and [problems](unspent_core::Problem) out. It never
//! opens a file, never writes one (zip archives are read in memory only,
//! under hard caps: see [`Limits`]), never reads the clock, and knows nothing
//! about SQL or terminals.
//!
//! - [`ExportReader`] takes the files of one export in any order and layout
//!   (legacy `Retail.OrderHistory.N.csv` / `Digital-Ordering.1/…` and the
//!   2025 `Your Amazon Orders/…` files). Each file is recognised by its header
//!   row through a table of column aliases, never by its name; rows repeated
//!   across parts are read once.
//! - [`read_page`] reads one saved page.
//! - [`sniff`] tells a zip, a saved page and a CSV apart by content.
//!
//! Every event's locator names the fact (an order and a day, a page row's
//! content), not the file it was found in, so re-importing the same export
//! or page, a re-download, or a later export that repeats old orders adds
//! nothing; the evidence's origin names the file and rows.

mod archive;
mod layout;
mod page;
mod reader;
mod rows;
mod table;
mod values;

pub use archive::{ArchiveError, Limits};
pub use layout::FileKind;
pub use page::{PageError, PageKind, PageReading, is_html, read_page};
pub use reader::{CsvError, ExportReader, ExportReading, FileReport, Order, OrderKind, is_csv_candidate};

/// What a file is, by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    Zip,
    Html,
    /// Text that could be a CSV file (the header decides whether it is Amazon's).
    Text,
    Other,
}

/// Tells a zip archive, a saved page and text apart without trusting the file name.
pub fn sniff(head: &[u8]) -> Sniffed {
    if archive::is_zip(head) {
        Sniffed::Zip
    } else if is_html(head) {
        Sniffed::Html
    } else if head.iter().take(8192).any(|b| *b == 0) {
        Sniffed::Other
    } else {
        Sniffed::Text
    }
}

#[cfg(test)]
mod tests;
