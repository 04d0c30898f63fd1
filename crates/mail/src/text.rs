//! One message as text: normalised, case-folded and cut into segments.
//!
//! Everything the rules look at (cues, amounts, dates, order ids) is found
//! by byte offset in [`Doc::text`]; [`Doc::folded`] is the same text in
//! lower case with the same offsets, so a cue found in one is a position
//! in the other. A segment is a sentence or a line (a table row rendered
//! from HTML stays one line): the unit within which a cue and an amount
//! are taken to speak about each other.

use std::ops::Range;

/// The subject and body of a message, ready for the rules.
#[derive(Debug)]
pub struct Doc {
    /// The subject on the first line (always segment 0), a blank line, then the body.
    pub text: String,
    /// `text` in lower case, byte for byte at the same offsets.
    pub folded: String,
    pub segments: Vec<Range<usize>>,
    /// Where each line of `text` starts (for `line_of` without rescanning a long line).
    line_starts: Vec<usize>,
}

impl Doc {
    pub fn new(subject: &str, body: &str) -> Doc {
        let subject = normalise(subject).replace(['\n', '\t'], " ");
        let body = normalise(body);
        let mut text = String::with_capacity(subject.len() + body.len() + 2);
        text.push_str(subject.trim());
        let subject_end = text.len();
        text.push_str("\n\n");
        text.push_str(&body);
        let text = spell_out_dashed_dates(text);
        let mut segments = Vec::with_capacity(16);
        segments.push(0..subject_end);
        segments.extend(split_segments(&text, subject_end + 2));
        let folded = rejoin_wrapped(fold(&text), &segments);
        let line_starts =
            std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1)).collect();
        Doc { text, folded, segments, line_starts }
    }

    /// The index of the segment holding byte `pos` (the nearest one before it
    /// when `pos` falls between segments).
    pub fn segment_of(&self, pos: usize) -> usize {
        match self.segments.binary_search_by(|r| r.start.cmp(&pos)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        }
    }

    /// The line (between newlines) holding byte `pos`.
    pub fn line_of(&self, pos: usize) -> Range<usize> {
        let pos = pos.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= pos).saturating_sub(1);
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let end = self.line_starts.get(line + 1).map_or(self.text.len(), |next| next - 1);
        start..end.max(start)
    }
}

/// A line break inside a segment is a hard wrap of its prose: in the folded
/// text it is a space, so that a cue reads across it ("automatisch" /
/// "verrechnet", "has been" / "added"). Breaks between segments stay.
fn rejoin_wrapped(folded: String, segments: &[Range<usize>]) -> String {
    let mut bytes = folded.into_bytes();
    for range in segments {
        let Some(segment) = bytes.get_mut(range.clone()) else { continue };
        for b in segment.iter_mut().filter(|b| **b == b'\n') {
            *b = b' ';
        }
    }
    // Only ASCII bytes were replaced by ASCII bytes: still UTF-8 (the
    // fallback is never taken, and would keep every offset if it were).
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `31-Mar-2026` as `31 Mar 2026`, which the date reader knows (same length,
/// so offsets stay put).
fn spell_out_dashed_dates(text: String) -> String {
    static DASHED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(\d{1,2})-([A-Za-zÀ-ÿ]{3,9}\.?)-(\d{4})\b").expect("dashed date regex compiles")
    });
    if !DASHED.is_match(&text) {
        return text;
    }
    DASHED
        .replace_all(&text, |caps: &regex::Captures<'_>| {
            let spelled = format!("{} {} {}", &caps[1], &caps[2], &caps[3]);
            let known =
                unspent_core::date::parse_date(&spelled, unspent_core::marketplace::DateOrder::DayFirst).is_ok();
            if known { spelled } else { caps[0].to_string() }
        })
        .into_owned()
}

/// Lower case that keeps every character's byte length, so offsets into the
/// folded text are offsets into the original. The rare characters whose
/// lower case is longer or shorter stay as they are.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Makes the many ways mail writes the same text look alike: line endings,
/// exotic spaces and dashes, typographic quotes, full-width ASCII (common in
/// Japanese mail), invisible characters, and table padding (runs of spaces
/// become one tab, the cell separator).
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut spaces = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    continue;
                }
                '\n'
            }
            '\u{a0}' | '\u{202f}' | '\u{2000}'..='\u{200a}' | '\u{3000}' | '\u{205f}' => ' ',
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{34f}' => continue,
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '\u{ff07}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2033}' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{fe63}' => '-',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{ffe1}' => '£',
            // A tab separates cells, as a run of padding does.
            '\t' => {
                spaces += 2;
                continue;
            }
            c if c.is_control() && c != '\n' => ' ',
            c => c,
        };
        if c == ' ' {
            spaces += 1;
            continue;
        }
        flush_spaces(&mut out, spaces);
        spaces = 0;
        if c == '\n' {
            while out.ends_with([' ', '\t']) {
                out.pop();
            }
        }
        out.push(c);
    }
    flush_spaces(&mut out, spaces);
    squeeze_blank_lines(&out)
}

fn flush_spaces(out: &mut String, spaces: usize) {
    if spaces == 0 || out.is_empty() || out.ends_with('\n') {
        return;
    }
    out.push(if spaces == 1 { ' ' } else { '\t' });
}

fn squeeze_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut newlines = 0;
    for c in text.trim_end().chars() {
        if c == '\n' {
            newlines += 1;
            if newlines > 2 {
                continue;
            }
        } else {
            newlines = 0;
        }
        out.push(c);
    }
    out
}

/// Cuts `text[from..]` into sentences and lines.
fn split_segments(text: &str, from: usize) -> Vec<Range<usize>> {
    let mut segments = Vec::new();
    let mut start = from.min(text.len());
    let bytes = text.as_bytes();
    let mut iter = text[start..].char_indices().map(|(i, c)| (i + from, c)).peekable();
    while let Some((i, c)) = iter.next() {
        let end_here = match c {
            '\n' => !joins_next_line(text, i),
            '。' | '！' | '？' => {
                push_segment(&mut segments, text, start, i + c.len_utf8());
                start = i + c.len_utf8();
                continue;
            }
            '.' | '!' | '?' => ends_sentence(text, i),
            _ => false,
        };
        if !end_here {
            continue;
        }
        let end = if c == '\n' { i } else { i + 1 };
        push_segment(&mut segments, text, start, end);
        start = end;
        while start < bytes.len() && (bytes[start] == b' ' || bytes[start] == b'\n') {
            start += 1;
        }
        while iter.peek().is_some_and(|(j, _)| *j < start) {
            iter.next();
        }
    }
    push_segment(&mut segments, text, start, text.len());
    segments
}

fn push_segment(segments: &mut Vec<Range<usize>>, text: &str, start: usize, end: usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        segments.push(start + lead..end - trail);
    }
}

/// A sentence ends at `.`, `!` or `?` followed by white space and then not
/// a lower-case letter or digit (so `Mar. 5`, `approx. 3` and `U.S. customers`
/// stay whole), unless the word before is a single letter or a common
/// abbreviation.
fn ends_sentence(text: &str, at: usize) -> bool {
    let after = &text[at + 1..];
    let Some(next_char) = after.chars().next() else { return true };
    if next_char != ' ' && next_char != '\n' && next_char != '\t' {
        return false;
    }
    let following = after.trim_start_matches([' ', '\t', '\n']);
    match following.chars().next() {
        None => return true,
        Some(c) if c.is_lowercase() || c.is_ascii_digit() => return false,
        _ => {}
    }
    if text.as_bytes()[at] != b'.' {
        return true;
    }
    // "am 30. September 2026": a German day number, not the end of a sentence.
    let digits_before = text[..at].chars().rev().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits_before) {
        let next_word: String = following.chars().take_while(|c| c.is_alphabetic()).collect();
        if GERMAN_MONTHS.iter().any(|m| next_word.eq_ignore_ascii_case(m)) {
            return false;
        }
    }
    let word: String = text[..at].chars().rev().take_while(|c| c.is_alphabetic()).collect();
    let word: String = word.chars().rev().collect::<String>().to_lowercase();
    !(word.chars().count() == 1 || ABBREVIATIONS.contains(&word.as_str()))
}

const GERMAN_MONTHS: &[&str] = &[
    "januar",
    "jänner",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
    "jan",
    "feb",
    "mär",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "nov",
    "dez",
];

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "no", "nr", "vs", "etc", "inc", "ltd", "co", "approx", "ca", "bzw", "z", "usw",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "avr", "juil",
    "déc", "okt", "dez",
];

/// Hard-wrapped plain text continues a sentence on the next line: a long
/// line that does not end a sentence or a label, followed by a line that
/// starts in lower case (or with a number, an amount or a parenthesis), is
/// one segment with it. A next line starting with a capital continues the
/// sentence too when the line breaks off after a word that cannot end one
/// ("… using No-Rush" / "Delivery, so …", "… spend it until" / "Sunday 10 May"):
/// a heading or a new item would not follow a line of running prose.
fn joins_next_line(text: &str, newline: usize) -> bool {
    let line_start = text[..newline].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..newline].trim_end();
    if line.chars().count() < 40 || line.ends_with(['.', ':', '!', '?', '。', ':', ';']) || line.contains('\t') {
        return false;
    }
    let next = &text[newline + 1..];
    let Some(first) = next.chars().next() else { return false };
    if is_list_item(line) || is_list_item(next.split('\n').next().unwrap_or("")) {
        return false;
    }
    if first.is_lowercase() || first.is_ascii_digit() || "$£€¥￥(".contains(first) {
        return true;
    }
    first.is_uppercase() && is_running_prose(line) && continues_sentence(next)
}

/// A line of a paragraph rather than a heading or a label: many words, or a
/// last word that needs one after it.
fn is_running_prose(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let last = words.last().map_or(String::new(), |w| w.to_lowercase());
    let dangling = DANGLING_WORDS.contains(&last.as_str());
    (words.len() >= 9 && line.chars().count() >= 60) || (dangling && words.len() >= 5)
}

/// Whether a line starting with a capital reads as the rest of a sentence:
/// its first word is followed by a comma, a lower-case word or a number,
/// not by a colon (a label) or another capitalised word (a heading).
fn continues_sentence(next: &str) -> bool {
    let line = next.split('\n').next().unwrap_or("");
    if is_list_item(line) {
        return false;
    }
    let mut words = line.split_whitespace();
    let Some(first) = words.next() else { return false };
    if first.ends_with(':') {
        return false;
    }
    if first.ends_with([',', ';']) {
        return true;
    }
    words.next().and_then(|w| w.chars().next()).is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

/// Words a sentence does not end on (articles, prepositions, conjunctions),
/// in English, German and French.
const DANGLING_WORDS: &[&str] = &[
    "a", "an", "the", "your", "our", "of", "to", "and", "or", "on", "in", "for", "by", "until", "till", "through",
    "from", "with", "at", "before", "after", "using", "via", "is", "are", "was", "has", "have", "be", "de", "la", "le",
    "les", "du", "des", "à", "au", "aux", "et", "ou", "pour", "sur", "avec", "avant", "jusqu'au", "votre", "vos",
    "der", "die", "das", "den", "dem", "und", "oder", "für", "bis", "zum", "zur", "ihr", "ihre", "ihren", "ihrem",
    "mit", "von", "vom", "am", "im", "per", "par",
];

/// A line of a list: `- item`, `* item`, `• item`, `1. item`, `2) item`.
pub fn is_list_item(line: &str) -> bool {
    let line = line.trim_start();
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '·' | '◦' | '▪' | '–' | '—' | '+') => chars.next() == Some(' '),
        // Japanese lists need no space after the mark.
        Some('・' | '･') => chars.next().is_some_and(|c| !c.is_whitespace()),
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            let numbered = line.len() - rest.len() <= 2 && (rest.starts_with(") ") || rest.starts_with(". "));
            // "5. März 2026" is a German date, not the fifth item.
            let next_word =
                |rest: &str| -> String { rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect() };
            numbered && !GERMAN_MONTHS.iter().any(|m| next_word(&rest[2..]).eq_ignore_ascii_case(m))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(doc: &Doc) -> Vec<&str> {
        doc.segments.iter().map(|r| &doc.text[r.clone()]).collect()
    }

    #[test]
    fn normalises_spaces_quotes_and_full_width() {
        let text = normalise("We\u{2019}ve added\u{a0}1,00\u{a0}€\r\nTotal:\u{3000}\u{ff12}\u{ff10}\u{ff10}円\u{200b}");
        assert_eq!(text, "We've added 1,00 €\nTotal: 200円");
        assert_eq!(normalise("Reward      $2.00   credit  \n\n\n\nNext"), "Reward\t$2.00\tcredit\n\nNext");
        assert_eq!(normalise("Amazon Day reward\t-$1.00 \t"), "Amazon Day reward\t-$1.00");
    }

    #[test]
    fn folding_keeps_offsets() {
        let text = "Gültig BIS 5. MÄRZ İstanbul ẞ";
        let folded = fold(text);
        assert_eq!(folded.len(), text.len());
        assert!(folded.starts_with("gültig bis 5. märz"));
    }

    #[test]
    fn splits_sentences_but_not_abbreviations_or_amounts() {
        let doc = Doc::new(
            "Subject here",
            "Thanks for order #111-1. We've added a $2.00 reward. It expires Mar. 5, 2026.\nBenefit:  $1\n注文を承りました。有効期限: 2026/03/23",
        );
        assert_eq!(
            segments(&doc),
            [
                "Subject here",
                "Thanks for order #111-1.",
                "We've added a $2.00 reward.",
                "It expires Mar. 5, 2026.",
                "Benefit:\t$1",
                "注文を承りました。",
                "有効期限: 2026/03/23"
            ]
        );
        assert_eq!(doc.segment_of(doc.text.find("$2.00").unwrap()), 2);
    }

    #[test]
    fn rejoins_lines_broken_before_a_capital_only_inside_prose() {
        let doc = Doc::new(
            "",
            "Thanks for waiting. Order 202-1 left the warehouse today using No-Rush\nDelivery, so a reward was added to your account and you can spend it until\nSunday 10 May 2026.\nOrder Summary For Your Records And Other Long Headings Here\nItems: $5",
        );
        assert_eq!(
            segments(&doc)[1..],
            [
                "Thanks for waiting.",
                "Order 202-1 left the warehouse today using No-Rush\nDelivery, so a reward was added to your account and you can spend it until\nSunday 10 May 2026.",
                "Order Summary For Your Records And Other Long Headings Here",
                "Items: $5"
            ]
        );
    }

    #[test]
    fn recognises_list_items() {
        for item in
            ["- $3 toward music", "* BOOKS5: $5 off", "• FILM2DE – 2 €", "1) READ5: $5", "12. Item", "・BOOK300JP"]
        {
            assert!(is_list_item(item), "{item}");
        }
        for line in ["-$10.00", "2026-05-01 expiry", "Reward: $1", "123. not a list", "5. März 2026: Ablauf"] {
            assert!(!is_list_item(line), "{line}");
        }
    }

    #[test]
    fn rejoins_hard_wrapped_lines() {
        let doc = Doc::new(
            "",
            "Thanks for choosing No-Rush Shipping for your order. We've added a\n$2 digital reward to your account, valid on select\neBooks and apps.\nExpires: June 1, 2026",
        );
        assert_eq!(
            segments(&doc)[1..],
            [
                "Thanks for choosing No-Rush Shipping for your order.",
                "We've added a\n$2 digital reward to your account, valid on select\neBooks and apps.",
                "Expires: June 1, 2026"
            ]
        );
    }
}
