//! Calendar dates as each marketplace writes them.
//!
//! A date is a civil date with no time zone: Amazon states expiry as a day
//! ("expires on March 5, 2026"), and a credit that expires on a day can
//! still be spent that day. All-numeric dates are read in the order of the
//! marketplace that wrote them (`05/03/2026` is 5 March in the UK and
//! March 5 in the US); when the order is unknown and both readings are
//! possible, the date is reported as ambiguous rather than guessed.

use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::marketplace::DateOrder;

pub use jiff::civil::Date;

/// Why a piece of text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("`{0}` is not a date (expected e.g. 2026-03-05 or March 5, 2026)")]
    Unrecognised(String),
    #[error("`{0}` is not a real calendar date")]
    Impossible(String),
    #[error("`{0}` could be day-first or month-first; the marketplace does not say which")]
    Ambiguous(String),
}

/// Parses the whole of `text` as one date.
pub fn parse_date(text: &str, order: DateOrder) -> Result<Date, DateError> {
    let trimmed = WEEKDAY_PREFIX.find(text.trim()).map_or(text.trim(), |m| text.trim()[m.end()..].trim());
    match scan_dates(trimmed, order).into_iter().next() {
        Some((range, result)) if range == (0..trimmed.len()) => result,
        _ => Err(DateError::Unrecognised(trimmed.to_string())),
    }
}

/// The length in bytes of a weekday written before a date at the start of
/// `text` ("Thursday ", "Sat., ", "jeudi ", "Montag, "), or 0. Prose puts one
/// between a cue and its date ("spend it by Thursday 9 April 2026").
pub fn weekday_prefix_len(text: &str) -> usize {
    WEEKDAY_PREFIX.find(text).map_or(0, |m| m.end())
}

/// Parses `YYYY-MM-DD` strictly, as used on the command line and in JSON.
pub fn parse_iso_date(text: &str) -> Result<Date, DateError> {
    let t = text.trim();
    let ok_shape = t.len() == 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-';
    let parts = (t.get(0..4), t.get(5..7), t.get(8..10));
    match (ok_shape, parts) {
        (true, (Some(y), Some(m), Some(d))) => {
            civil(y.parse().ok(), m.parse().ok(), d.parse().ok()).ok_or_else(|| DateError::Impossible(t.to_string()))
        }
        _ => Err(DateError::Unrecognised(t.to_string())),
    }
}

/// Finds every date in `text`, in order of appearance, with the reading of each.
/// Overlapping matches are resolved in favour of the earliest, longest one.
pub fn scan_dates(text: &str, order: DateOrder) -> Vec<(Range<usize>, Result<Date, DateError>)> {
    let mut found: Vec<(Range<usize>, Result<Date, DateError>)> = Vec::new();
    for pattern in PATTERNS.iter() {
        for caps in pattern.regex.captures_iter(text) {
            let whole = caps.get(0).expect("group 0 always exists");
            let range = whole.start()..whole.end();
            if found.iter().any(|(r, _)| r.start < range.end && range.start < r.end) {
                continue;
            }
            found.push((range, (pattern.read)(&caps, order)));
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    epoch_day(to) - epoch_day(from)
}

/// `date` moved by `days` (which may be negative); saturates at the calendar's ends.
pub fn add_days(date: Date, days: i64) -> Date {
    from_epoch_day(epoch_day(date) + days)
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar.
fn epoch_day(date: Date) -> i64 {
    // Howard Hinnant's days_from_civil: exact integer arithmetic.
    let (y, m, d) = (i64::from(date.year()), i64::from(date.month()), i64::from(date.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn from_epoch_day(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let clamped = y.clamp(-9999, 9999) as i16;
    Date::new(clamped, m as i8, d as i8).unwrap_or(if y < 0 { Date::MIN } else { Date::MAX })
}

fn civil(year: Option<i32>, month: Option<i32>, day: Option<i32>) -> Option<Date> {
    let (year, month, day) = (year?, month?, day?);
    let year = i16::try_from(year).ok()?;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

fn full_year(text: &str) -> Option<i32> {
    let value: i32 = text.parse().ok()?;
    match text.len() {
        2 => Some(2000 + value),
        4 => Some(value),
        _ => None,
    }
}

struct Pattern {
    regex: Regex,
    read: fn(&Captures<'_>, DateOrder) -> Result<Date, DateError>,
}

/// Month names in English, German and French, with their usual abbreviations.
const MONTH_NAMES: &[(&str, i32)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("jänner", 1),
    ("janvier", 1),
    ("janv", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("fevr", 2),
    ("fév", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mär", 3),
    ("mars", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("avr", 4),
    ("may", 5),
    ("mai", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juin", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("juillet", 7),
    ("juil", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("septembre", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("okt", 10),
    ("octobre", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("dez", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
];

fn month_number(name: &str) -> Option<i32> {
    let lower = name.trim_end_matches('.').to_lowercase();
    MONTH_NAMES.iter().find(|(n, _)| *n == lower).map(|(_, m)| *m)
}

fn month_alternation() -> String {
    let mut names: Vec<&str> = MONTH_NAMES.iter().map(|(n, _)| *n).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|")
}

fn group<'a>(caps: &'a Captures<'_>, name: &str) -> &'a str {
    caps.name(name).map(|m| m.as_str()).unwrap_or("")
}

fn impossible(caps: &Captures<'_>) -> DateError {
    DateError::Impossible(caps[0].to_string())
}

fn read_ymd(caps: &Captures<'_>, _: DateOrder) -> Result<Date, DateError> {
    civil(group(caps, "y").parse().ok(), group(caps, "m").parse().ok(), group(caps, "d").parse().ok())
        .ok_or_else(|| impossible(caps))
}

fn read_named_month(caps: &Captures<'_>, _: DateOrder) -> Result<Date, DateError> {
    civil(full_year(group(caps, "y")), month_number(group(caps, "mon")), group(caps, "d").parse().ok())
        .ok_or_else(|| impossible(caps))
}

fn read_dotted(caps: &Captures<'_>, _: DateOrder) -> Result<Date, DateError> {
    // `05.03.2026` is day-first wherever it is written.
    civil(full_year(group(caps, "c")), group(caps, "b").parse().ok(), group(caps, "a").parse().ok())
        .ok_or_else(|| impossible(caps))
}

fn read_numeric(caps: &Captures<'_>, order: DateOrder) -> Result<Date, DateError> {
    let (a, b): (i32, i32) = match (group(caps, "a").parse(), group(caps, "b").parse()) {
        (Ok(a), Ok(b)) => (a, b),
        _ => return Err(impossible(caps)),
    };
    let year = full_year(group(caps, "c"));
    let month_first = civil(year, Some(a), Some(b));
    let day_first = civil(year, Some(b), Some(a));
    match order {
        DateOrder::MonthFirst => month_first.ok_or_else(|| impossible(caps)),
        DateOrder::DayFirst | DateOrder::YearFirst => day_first.ok_or_else(|| impossible(caps)),
        DateOrder::Ambiguous => match (month_first, day_first) {
            (Some(x), Some(y)) if x == y => Ok(x),
            (Some(_), Some(_)) => Err(DateError::Ambiguous(caps[0].to_string())),
            (Some(x), None) | (None, Some(x)) => Ok(x),
            (None, None) => Err(impossible(caps)),
        },
    }
}

/// "Tuesday, " and the like before a date, in English, German and French.
static WEEKDAY_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+",
    )
    .expect("weekday regex compiles")
});

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    let months = month_alternation();
    // Digits are set off by anything but ASCII letters and digits: a date
    // written right against Japanese words ("特典は2026/06/06まで") is read,
    // where Unicode's `\b` finds no boundary between は and 2.
    const B: &str = r"(?-u:\b)";
    let build = |re: String, read| Pattern { regex: Regex::new(&re).expect("date regex compiles"), read };
    vec![
        // 2026年3月5日
        build(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日".into(), read_ymd as _),
        // 2026-03-05, 2026/03/05, 2026.03.05
        build(
            format!(r"{B}(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P<sep2>[-/.])(?P<d>\d{{1,2}}){B}"),
            read_ymd as _,
        ),
        // Tuesday, March 5, 2026 / Mar. 5th 2026
        build(
            format!(r"(?i)\b(?P<mon>{months})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){B}"),
            read_named_month as _,
        ),
        // 5 March 2026, 5. März 2026, 1er mars 2026, 5 mars, 2026
        build(
            format!(r"(?i){B}(?P<d>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s*(?P<mon>{months})\.?,?\s+(?P<y>\d{{4}}){B}"),
            read_named_month as _,
        ),
        // 05.03.2026
        build(format!(r"{B}(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})\.(?P<c>\d{{4}}|\d{{2}}){B}"), read_dotted as _),
        // 03/05/2026, 3-5-26
        build(format!(r"{B}(?P<a>\d{{1,2}})[/-](?P<b>\d{{1,2}})[/-](?P<c>\d{{4}}|\d{{2}}){B}"), read_numeric as _),
    ]
});

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn reads_each_marketplace_form() {
        use DateOrder::*;
        let cases: &[(&str, DateOrder, Date)] = &[
            ("March 5, 2026", MonthFirst, d(2026, 3, 5)),
            ("Mar 5, 2026", MonthFirst, d(2026, 3, 5)),
            ("Sept. 17, 2025", MonthFirst, d(2025, 9, 17)),
            ("Tuesday, March 5th, 2026", MonthFirst, d(2026, 3, 5)),
            ("03/05/2026", MonthFirst, d(2026, 3, 5)),
            ("05/03/2026", DayFirst, d(2026, 3, 5)),
            ("9/17/17", MonthFirst, d(2017, 9, 17)),
            ("05.03.2026", MonthFirst, d(2026, 3, 5)),
            ("5. März 2026", DayFirst, d(2026, 3, 5)),
            ("29. April 2026", DayFirst, d(2026, 4, 29)),
            ("5 mars 2026", DayFirst, d(2026, 3, 5)),
            ("1er mars 2026", DayFirst, d(2026, 3, 1)),
            ("12 juin 2025", DayFirst, d(2025, 6, 12)),
            ("30 octobre 2025", DayFirst, d(2025, 10, 30)),
            ("17 février 2026", DayFirst, d(2026, 2, 17)),
            ("24 December 2026", DayFirst, d(2026, 12, 24)),
            ("2026年3月5日", YearFirst, d(2026, 3, 5)),
            ("2026/03/23", YearFirst, d(2026, 3, 23)),
            ("2026-03-05", Ambiguous, d(2026, 3, 5)),
            ("25/12/2026", Ambiguous, d(2026, 12, 25)),
        ];
        for (text, order, want) in cases {
            assert_eq!(parse_date(text, *order), Ok(*want), "{text}");
        }
    }

    #[test]
    fn finds_dates_written_against_japanese_words() {
        let found = |text: &str| scan_dates(text, DateOrder::YearFirst).into_iter().map(|(_, d)| d).collect::<Vec<_>>();
        assert_eq!(found("特典は2026/06/06までご利用いただけます"), vec![Ok(d(2026, 6, 6))]);
        assert_eq!(found("有効期限は2026-09-30です"), vec![Ok(d(2026, 9, 30))]);
        assert_eq!(found("期限は5.3.2026まで"), vec![Ok(d(2026, 3, 5))]);
        // Still whole numbers: no date inside a longer run of digits or letters.
        assert!(found("x12026/06/06").is_empty());
        assert!(found("ab2026/06/061").is_empty());
    }

    #[test]
    fn refuses_to_guess() {
        assert!(matches!(parse_date("03/05/2026", DateOrder::Ambiguous), Err(DateError::Ambiguous(_))));
        assert!(matches!(parse_date("February 30, 2026", DateOrder::MonthFirst), Err(DateError::Impossible(_))));
        assert!(matches!(parse_date("13/13/2026", DateOrder::DayFirst), Err(DateError::Impossible(_))));
        assert!(matches!(parse_date("soon", DateOrder::MonthFirst), Err(DateError::Unrecognised(_))));
        assert!(matches!(parse_iso_date("2026-02-30"), Err(DateError::Impossible(_))));
        assert!(matches!(parse_iso_date("2026-2-3"), Err(DateError::Unrecognised(_))));
        assert_eq!(parse_iso_date("2024-02-29"), Ok(d(2024, 2, 29)));
    }

    #[test]
    fn scans_dates_in_prose() {
        let text = "Ordered 2025-12-01. Your reward expires on 10/04/2026 (or 24 December 2026).";
        let got: Vec<_> = scan_dates(text, DateOrder::DayFirst).into_iter().map(|(_, r)| r.unwrap()).collect();
        assert_eq!(got, [d(2025, 12, 1), d(2026, 4, 10), d(2026, 12, 24)]);
    }

    #[test]
    fn measures_a_leading_weekday() {
        assert_eq!(weekday_prefix_len("Thursday 9 April 2026"), "Thursday ".len());
        assert_eq!(weekday_prefix_len("Sat., 4 July 2026"), "Sat., ".len());
        assert_eq!(weekday_prefix_len("jeudi 9 juillet 2026"), "jeudi ".len());
        assert_eq!(weekday_prefix_len("Montag, 31. August 2026"), "Montag, ".len());
        assert_eq!(weekday_prefix_len("9 April 2026"), 0);
        assert_eq!(weekday_prefix_len("Sunshine 9 April"), 0);
        assert_eq!(weekday_prefix_len("Monday"), 0);
    }

    #[test]
    fn day_arithmetic_is_exact() {
        assert_eq!(days_between(d(2026, 2, 28), d(2026, 3, 1)), 1);
        assert_eq!(days_between(d(2024, 2, 28), d(2024, 3, 1)), 2);
        assert_eq!(days_between(d(2026, 12, 31), d(2026, 1, 1)), -364);
        assert_eq!(add_days(d(2026, 1, 31), 30), d(2026, 3, 2));
        assert_eq!(add_days(d(2026, 3, 1), -1), d(2026, 2, 28));
        for offset in [-800_000, -1, 0, 1, 365, 10_000] {
            let base = d(2000, 1, 1);
            assert_eq!(days_between(base, add_days(base, offset)), offset);
        }
    }
}
