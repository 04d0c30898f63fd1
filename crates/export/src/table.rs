//! CSV files as Amazon writes them: a header row, then records.
//!
//! Amazon's files open with a UTF-8 byte-order mark, quote every field,
//! write `Not Available` / `Not Applicable` (older files: `N/A`) instead of
//! leaving a cell empty, and wrap some negative numbers in apostrophes
//! (`"'-0.68'"`). This module hides all of that: a [`Table`] hands out
//! cleaned cells, `None` for every kind of "no value", and never a guess.

use std::collections::HashMap;

/// What Amazon writes in a cell that has no value.
const SENTINELS: &[&str] = &["not available", "not applicable", "n/a"];

/// One CSV file: its header, read at once, and its records, read one at a
/// time (a big export holds millions of cells; none is kept longer than needed).
#[derive(Debug)]
pub(crate) struct Table<'a> {
    /// Header names as written (BOM and surrounding spaces removed).
    pub header: Vec<String>,
    /// Column index by normalised header name (see [`normalise`]).
    index: HashMap<String, usize>,
    bytes: &'a [u8],
    reader: csv::Reader<&'a [u8]>,
    read: usize,
}

/// One record, with the line it starts on (the header is line 1): the row a
/// spreadsheet shows, unless a cell above holds a line break.
#[derive(Debug)]
pub(crate) struct Record {
    pub row: usize,
    /// One buffer for all cells: a big export has millions of them.
    pub cells: csv::StringRecord,
}

/// Why bytes are not a CSV table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TableError {
    Empty,
    Binary,
    NoHeader,
}

impl<'a> Table<'a> {
    /// Reads the header of `bytes` as a CSV file. Ragged rows are kept
    /// (missing cells read as no value); invalid UTF-8 is replaced, not rejected.
    pub fn parse(bytes: &'a [u8]) -> Result<Table<'a>, TableError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(TableError::Empty);
        }
        if looks_binary(bytes) {
            return Err(TableError::Binary);
        }
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
        let mut record = csv::ByteRecord::new();
        let header = loop {
            match reader.read_byte_record(&mut record) {
                Ok(true) if is_blank(&record) => continue,
                Ok(true) => break csv::StringRecord::from_byte_record_lossy(record),
                Ok(false) | Err(_) => return Err(TableError::NoHeader),
            }
        };
        let header: Vec<String> =
            header.into_iter().map(|h| h.trim_start_matches('\u{feff}').trim().to_string()).collect();
        if header.len() < 2 || header.iter().all(String::is_empty) {
            return Err(TableError::NoHeader);
        }
        let mut index = HashMap::new();
        for (i, name) in header.iter().enumerate() {
            index.entry(normalise(name)).or_insert(i);
        }
        Ok(Table { header, index, bytes, reader, read: 0 })
    }

    /// The next record, or the row and reason of one the parser could not
    /// read (broken quoting); `None` at the end.
    pub fn next_record(&mut self) -> Option<Result<Record, (usize, String)>> {
        loop {
            let mut record = csv::ByteRecord::new();
            let result = self.reader.read_byte_record(&mut record);
            self.read += 1;
            let fallback = self.read + 1;
            return match result {
                Ok(false) => None,
                Ok(true) if is_blank(&record) => continue,
                Ok(true) => {
                    let row = record.position().map_or(fallback, |p| line_of(self.bytes, p));
                    Some(Ok(Record { row, cells: csv::StringRecord::from_byte_record_lossy(record) }))
                }
                Err(error) => {
                    let row = error.position().map_or(fallback, |p| line_of(self.bytes, p));
                    // After a broken record the parser may not find its footing again: stop there.
                    if matches!(error.kind(), csv::ErrorKind::Io(_)) {
                        return None;
                    }
                    Some(Err((row, error.to_string())))
                }
            };
        }
    }

    /// The index of the first column whose normalised name is one of `aliases`.
    pub fn column(&self, aliases: &[&str]) -> Option<usize> {
        aliases.iter().find_map(|a| self.index.get(*a).copied())
    }

    pub fn has(&self, aliases: &[&str]) -> bool {
        self.column(aliases).is_some()
    }

    /// The header as one line, for messages that help a user tell what changed.
    pub fn header_line(&self) -> String {
        let mut line = self.header.join(" | ");
        if line.len() > 600 {
            let cut = (0..=600).rev().find(|i| line.is_char_boundary(*i)).unwrap_or(0);
            line.truncate(cut);
            line.push_str(" …");
        }
        line
    }
}

impl Record {
    /// The cleaned value at `column`, or `None` when the cell is absent, empty or a sentinel.
    pub fn get(&self, column: Option<usize>) -> Option<&str> {
        column.and_then(|c| self.cells.get(c)).and_then(clean)
    }
}

/// A cell without padding, without Amazon's apostrophe quoting, and `None` for "no value".
pub(crate) fn clean(raw: &str) -> Option<&str> {
    let mut value = raw.trim();
    // `'-0.68'`: Amazon protects some numbers from spreadsheet formulas with apostrophes.
    if value.len() >= 2 && value.starts_with('\'') && value.ends_with('\'') {
        value = value[1..value.len() - 1].trim();
    } else if let Some(rest) = value.strip_prefix('\'')
        && (rest.starts_with(['-', '+', '=']) || rest.starts_with(|c: char| c.is_ascii_digit()))
    {
        value = rest.trim();
    }
    if value.is_empty() || SENTINELS.iter().any(|s| value.eq_ignore_ascii_case(s)) { None } else { Some(value) }
}

/// Header names compared without case, spaces or punctuation: `Order ID`,
/// `OrderId` and `order_id` are one column.
pub(crate) fn normalise(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn is_blank(record: &csv::ByteRecord) -> bool {
    record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace))
}

/// The line a record starts on. The parser's position points at any blank
/// lines it skipped before the record; count those too.
fn line_of(bytes: &[u8], position: &csv::Position) -> usize {
    let start = usize::try_from(position.byte()).unwrap_or(usize::MAX).min(bytes.len());
    let blank = bytes[start..].iter().take_while(|b| matches!(b, b'\n' | b'\r')).filter(|b| **b == b'\n').count();
    position.line() as usize + blank
}

/// NUL bytes in the first block mean a binary file, not text.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(8192).any(|b| *b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_amazon_quirks() {
        let text = "\u{feff}\"Order ID\",\"Total Discounts\",\"Ship Date\"\n\"111-1\",\"'-0.68'\",\"Not Available\"\n\n\"111-2\",\"0\"\n";
        let mut table = Table::parse(text.as_bytes()).unwrap();
        assert_eq!(table.header, ["Order ID", "Total Discounts", "Ship Date"]);
        let (id, discount, ship) =
            (table.column(&["orderid"]), table.column(&["totaldiscounts"]), table.column(&["shipdate"]));
        let records: Vec<Record> = std::iter::from_fn(|| table.next_record()).map(Result::unwrap).collect();
        assert_eq!(records.len(), 2);
        let first = &records[0];
        assert_eq!(
            (first.row, first.get(id), first.get(discount), first.get(ship)),
            (2, Some("111-1"), Some("-0.68"), None)
        );
        let ragged = &records[1];
        assert_eq!((ragged.row, ragged.get(discount), ragged.get(ship)), (4, Some("0"), None));
    }

    #[test]
    fn names_are_compared_loosely() {
        assert_eq!(normalise("Order ID"), "orderid");
        assert_eq!(normalise("OrderId"), "orderid");
        assert_eq!(normalise("\u{feff}Carrier Name & Tracking Number"), "carriernametrackingnumber");
    }

    #[test]
    fn sentinels_and_apostrophes() {
        assert_eq!(clean(" Not Applicable "), None);
        assert_eq!(clean("N/A"), None);
        assert_eq!(clean("'-1.00'"), Some("-1.00"));
        assert_eq!(clean("'-0.6"), Some("-0.6"));
        assert_eq!(clean("O'Brien"), Some("O'Brien"));
        assert_eq!(clean("'quoted words'"), Some("quoted words"));
    }

    #[test]
    fn refuses_what_is_not_a_table() {
        assert_eq!(Table::parse(b"").unwrap_err(), TableError::Empty);
        assert_eq!(Table::parse(b"\x89PNG\r\n\x1a\n\0\0\0").unwrap_err(), TableError::Binary);
        assert_eq!(Table::parse(b"just one line of prose\n").unwrap_err(), TableError::NoHeader);
    }
}
