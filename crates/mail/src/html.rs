//! HTML bodies rendered to text, with table cells of a row on one line.
//!
//! html2text lays a table row out on one line ("Reward   $2.00"), which
//! keeps a label next to its value; mail-parser's own converter runs all
//! cells together with no line breaks between rows, so it is only the
//! fallback for markup too big or too deeply nested to lay out safely.
//! html2text pads a column to its widest cell, so the widest label would be
//! one space from its value ("Claim code AAAA-…"): every cell is opened with
//! two em spaces, which survive layout and become the cell separator (a tab)
//! when the text is normalised.

use std::panic::{AssertUnwindSafe, catch_unwind};

/// Wide enough that no table row or sentence is wrapped.
const WIDTH: usize = 1_000;
/// Beyond this much markup, layout costs more than it helps.
const MAX_LAYOUT_BYTES: usize = 2_000_000;
/// Deeper nesting than real mail uses: hostile markup, rendered flat.
const MAX_LAYOUT_DEPTH: usize = 200;

pub fn to_text(markup: &str) -> String {
    if markup.len() > MAX_LAYOUT_BYTES || nesting_depth(markup) > MAX_LAYOUT_DEPTH {
        return flat(markup);
    }
    let marked = mark_cells(markup);
    // html2text is not ours; a panic in it must cost one body, not the scan.
    let laid_out = catch_unwind(AssertUnwindSafe(|| {
        html2text::config::plain_no_decorate()
            .no_table_borders()
            .allow_width_overflow()
            .link_footnotes(false)
            .string_from_read(marked.as_bytes(), WIDTH)
    }));
    match laid_out {
        Ok(Ok(text)) => text,
        _ => flat(markup),
    }
}

/// Two em spaces at the start of every table cell (`<td …>`, `<th …>`):
/// text inside the cell, so the parser keeps it there, and not white space
/// to HTML, so layout keeps it.
fn mark_cells(markup: &str) -> String {
    const MARK: &str = "\u{2003}\u{2003}";
    let bytes = markup.as_bytes();
    let mut out = String::with_capacity(markup.len() + markup.len() / 16);
    let mut copied = 0;
    for at in memchr::memchr_iter(b'<', bytes) {
        let name = bytes.get(at + 1..at + 3).unwrap_or(&[]);
        let after = bytes.get(at + 3).copied();
        let cell = name.eq_ignore_ascii_case(b"td") || name.eq_ignore_ascii_case(b"th");
        if !cell || !matches!(after, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) || at < copied {
            continue;
        }
        let Some(close) = memchr::memchr(b'>', &bytes[at..]) else { break };
        let end = at + close + 1;
        out.push_str(&markup[copied..end]);
        out.push_str(MARK);
        copied = end;
    }
    out.push_str(&markup[copied..]);
    out
}

fn flat(markup: &str) -> String {
    mail_parser::decoders::html::html_to_text(markup)
}

/// How deeply elements nest, counted cheaply from the tags (void and
/// self-closing elements do not nest).
fn nesting_depth(markup: &str) -> usize {
    let bytes = markup.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    for at in memchr::memchr_iter(b'<', bytes) {
        let rest = &bytes[at + 1..];
        match rest.first() {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_len = rest.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
                let name = &rest[..name_len];
                let self_closing = memchr::memchr(b'>', rest).is_some_and(|end| end > 0 && rest[end - 1] == b'/');
                if !self_closing && !VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            _ => {}
        }
    }
    deepest
}

const VOID: &[&[u8]] = &[
    b"br", b"img", b"hr", b"meta", b"link", b"input", b"wbr", b"col", b"area", b"base", b"source", b"p", b"li", b"td",
    b"tr", b"th", b"option",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_a_table_row_on_one_line() {
        let text = to_text(
            "<html><head><style>td{x:y}</style></head><body><p>Hi there.</p><table><tr><td>Reward</td><td><b>$2.00</b> credit</td></tr><tr><td>Expires</td><td>March&nbsp;5, 2026</td></tr></table></body></html>",
        );
        let lines: Vec<&str> = text.lines().map(str::trim_end).filter(|l| !l.is_empty()).collect();
        assert!(lines.iter().any(|l| l.starts_with("Reward") && l.ends_with("$2.00 credit")), "{text}");
        assert!(lines.iter().any(|l| l.starts_with("Expires") && l.contains("5, 2026")), "{text}");
        assert!(!text.contains("x:y"));
    }

    #[test]
    fn keeps_cells_apart_even_in_the_widest_column() {
        let text = to_text(
            "<table><tr><td>Amount</td><td>$25.00</td></tr><TR><TH class=x>Claim code</TH><td>AAAA-BBBBBB-CCCC</td></tr></table><thead>",
        );
        let normalised = crate::text::normalise(&text);
        assert!(normalised.contains("Claim code\tAAAA-BBBBBB-CCCC"), "{normalised:?}");
        assert!(normalised.contains("Amount\t$25.00"), "{normalised:?}");
        assert_eq!(mark_cells("<tdx><thead>a</thead>"), "<tdx><thead>a</thead>");
        assert_eq!(mark_cells("<td"), "<td");
    }

    #[test]
    fn deep_nesting_is_rendered_flat_without_recursion() {
        let markup = format!("{}$5.00 credit{}", "<div>".repeat(50_000), "</div>".repeat(50_000));
        assert!(nesting_depth(&markup) > MAX_LAYOUT_DEPTH);
        assert!(to_text(&markup).contains("$5.00 credit"));
    }
}
