//! Exact money: integer minor units and an ISO 4217 currency.
//!
//! Nothing here uses floating point. Parsing accepts the ways Amazon's six
//! marketplaces write amounts (`$1.00`, `US$1.00`, `USD 1.00`, `£1.00`,
//! `CDN$ 1.00`, `C$1.00`, `1,00 €`, `EUR 1,00`, `￥500`, `500円`, with
//! thousands separators either way round) and rejects anything it would have
//! to guess or round.

use std::fmt;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::marketplace::Marketplace;

/// An ISO 4217 currency. Only codes ISO knows are representable.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(iso_currency::Currency);

impl Currency {
    pub const USD: Currency = Currency(iso_currency::Currency::USD);
    pub const GBP: Currency = Currency(iso_currency::Currency::GBP);
    pub const CAD: Currency = Currency(iso_currency::Currency::CAD);
    pub const EUR: Currency = Currency(iso_currency::Currency::EUR);
    pub const JPY: Currency = Currency(iso_currency::Currency::JPY);

    /// Looks up a three-letter code, case-insensitively.
    pub fn from_code(code: &str) -> Result<Currency, MoneyError> {
        let upper = code.trim().to_ascii_uppercase();
        iso_currency::Currency::from_code(&upper)
            .map(Currency)
            .ok_or_else(|| MoneyError::UnknownCurrency(code.trim().to_string()))
    }

    /// The three-letter code, e.g. `"USD"`.
    pub fn code(self) -> &'static str {
        // iso_currency returns an owned-free &'static str for its codes.
        self.0.code()
    }

    /// Digits after the decimal mark: 2 for USD, 0 for JPY.
    pub fn exponent(self) -> u32 {
        self.0.exponent().map(u32::from).unwrap_or(0)
    }

    fn uses_decimal_comma(self) -> bool {
        self == Currency::EUR
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a piece of text is not an amount of money.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("unknown currency `{0}` (use an ISO 4217 code such as USD, GBP, EUR, CAD or JPY)")]
    UnknownCurrency(String),
    #[error("`{0}` is not an amount (expected something like 1.00, $1.00 or 1,00 €)")]
    Malformed(String),
    #[error("`{text}` has more decimals than {currency} allows ({exponent})")]
    TooPrecise { text: String, currency: Currency, exponent: u32 },
    #[error("`{0}` names no currency and none was given")]
    NoCurrency(String),
    #[error("`{0}` is too large")]
    Overflow(String),
    #[error("amounts in {0} and {1} cannot be combined")]
    CurrencyMismatch(Currency, Currency),
}

/// An exact amount: integer minor units of one currency.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    minor: i64,
    currency: Currency,
}

/// How to write an amount. Every style reads back with [`Money::parse`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyStyle {
    /// The currency's everyday symbol: `$1.00`, `£1.00`, `1,00 €`, `￥500`.
    Symbol,
    /// The symbol with the country: `US$1.00`, `CDN$ 1.00` (other currencies: as `Symbol`).
    CountrySymbol,
    /// The short Canadian form `C$1.00` (other currencies: as `Symbol`).
    ShortCountrySymbol,
    /// The ISO code first: `USD 1.00`, `EUR 1,00`, `JPY 500`.
    Iso,
    /// The Japanese suffix `500円` (other currencies: as `Iso`).
    Kanji,
}

impl MoneyStyle {
    pub const ALL: [MoneyStyle; 5] = [
        MoneyStyle::Symbol,
        MoneyStyle::CountrySymbol,
        MoneyStyle::ShortCountrySymbol,
        MoneyStyle::Iso,
        MoneyStyle::Kanji,
    ];
}

impl Money {
    pub const fn from_minor(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    pub const fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    pub fn minor(self) -> i64 {
        self.minor
    }

    pub fn currency(self) -> Currency {
        self.currency
    }

    pub fn is_zero(self) -> bool {
        self.minor == 0
    }

    pub fn is_negative(self) -> bool {
        self.minor < 0
    }

    pub fn abs(self) -> Money {
        Money { minor: self.minor.saturating_abs(), ..self }
    }

    pub fn negated(self) -> Money {
        Money { minor: -self.minor, ..self }
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let minor =
            self.minor.checked_add(other.minor).ok_or_else(|| MoneyError::Overflow(format!("{self} + {other}")))?;
        Ok(Money { minor, ..self })
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.checked_add(other.negated())
    }

    fn same_currency(self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch(self.currency, other.currency))
        }
    }

    /// Parses a plain decimal in major units, as typed on the command line or
    /// found in a CSV column: `1.00`, `-0.68`, `500`, `1,234.56`, `1.234,56`.
    pub fn parse_decimal(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        let trimmed = text.trim();
        let (negative, rest) = split_sign(trimmed);
        let minor = parse_number(rest, currency, DotMeans::Decimal)
            .ok_or_else(|| classify_number_error(trimmed, rest, currency))?;
        Ok(Money { minor: if negative { -minor } else { minor }, currency })
    }

    /// Parses an amount with its currency marker (`$`, `£`, `€`, `￥`, `円`,
    /// `US$`, `CDN$`, `C$`, `CA$` or an ISO code). A bare `$` means the
    /// marketplace's dollar (CAD on amazon.ca, USD otherwise).
    pub fn parse(text: &str, marketplace: Option<Marketplace>) -> Result<Money, MoneyError> {
        let trimmed = text.trim();
        let (neg_outer, body) = split_sign(trimmed);
        if let Some(pence) = parse_pence(body) {
            return Ok(Money { minor: if neg_outer { -pence } else { pence }, currency: Currency::GBP });
        }
        let (marker, number) = split_marker(body).ok_or_else(|| MoneyError::NoCurrency(trimmed.to_string()))?;
        let currency = marker.currency(marketplace)?;
        let (neg_inner, number) = split_sign(number);
        let minor = parse_number(number, currency, DotMeans::Either)
            .ok_or_else(|| classify_number_error(trimmed, number, currency))?;
        let negative = neg_outer ^ neg_inner;
        Ok(Money { minor: if negative { -minor } else { minor }, currency })
    }

    /// The amount in major units with a dot, no grouping: `"1.00"`, `"-0.68"`, `"500"`.
    /// This is the form the JSON contract uses.
    pub fn to_decimal_string(self) -> String {
        let (int, frac) = self.split_units();
        let sign = if self.minor < 0 { "-" } else { "" };
        match frac {
            Some(frac) => format!("{sign}{int}.{frac}"),
            None => format!("{sign}{int}"),
        }
    }

    /// Writes the amount in `style`, optionally with thousands separators.
    pub fn format(self, style: MoneyStyle, grouping: bool) -> String {
        let comma = self.currency.uses_decimal_comma();
        let (int, frac) = self.split_units();
        let int = if grouping { group_thousands(&int, if comma { '.' } else { ',' }) } else { int };
        let number = match frac {
            Some(frac) => format!("{int}{}{frac}", if comma { ',' } else { '.' }),
            None => int,
        };
        let sign = if self.minor < 0 { "-" } else { "" };
        let code = self.currency.code();
        match (style, code) {
            (MoneyStyle::Symbol, "USD") | (MoneyStyle::Symbol, "CAD") => format!("{sign}${number}"),
            (MoneyStyle::Symbol, "GBP") => format!("{sign}£{number}"),
            (MoneyStyle::Symbol, "EUR") => format!("{sign}{number} €"),
            (MoneyStyle::Symbol, "JPY") => format!("{sign}￥{number}"),
            (MoneyStyle::CountrySymbol, "USD") => format!("{sign}US${number}"),
            (MoneyStyle::CountrySymbol, "CAD") => format!("{sign}CDN$ {number}"),
            (MoneyStyle::ShortCountrySymbol, "CAD") => format!("{sign}C${number}"),
            (MoneyStyle::Kanji, "JPY") => format!("{sign}{number}円"),
            (MoneyStyle::CountrySymbol | MoneyStyle::ShortCountrySymbol, _) => {
                self.format(MoneyStyle::Symbol, grouping)
            }
            _ => format!("{sign}{code} {number}"),
        }
    }

    /// Finds every amount with a currency marker in `text`, in order.
    /// Text that looks like money but does not parse is skipped.
    pub fn scan(text: &str, marketplace: Option<Marketplace>) -> Vec<(Range<usize>, Money)> {
        MONEY_RE
            .find_iter(text)
            .filter_map(|m| {
                let candidate = m.as_str().trim_end_matches(['.', ',']);
                let end = m.start() + candidate.len();
                Money::parse(candidate, marketplace).ok().map(|money| (m.start()..end, money))
            })
            .collect()
    }

    fn split_units(self) -> (String, Option<String>) {
        let exponent = self.currency.exponent();
        let magnitude = self.minor.unsigned_abs();
        if exponent == 0 {
            return (magnitude.to_string(), None);
        }
        let scale = 10u64.pow(exponent);
        ((magnitude / scale).to_string(), Some(format!("{:0width$}", magnitude % scale, width = exponent as usize)))
    }
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.currency, self.to_decimal_string())
    }
}

/// `USD 1.00`: unambiguous, and what error messages and logs use.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.currency, self.to_decimal_string())
    }
}

/// The currency marker written next to a number.
#[derive(Debug, Clone, Copy)]
enum Marker<'a> {
    Dollar,
    Fixed(Currency),
    Code(&'a str),
}

impl Marker<'_> {
    fn currency(self, marketplace: Option<Marketplace>) -> Result<Currency, MoneyError> {
        match self {
            Marker::Dollar => Ok(if marketplace == Some(Marketplace::Ca) { Currency::CAD } else { Currency::USD }),
            Marker::Fixed(c) => Ok(c),
            Marker::Code(code) => Currency::from_code(code),
        }
    }
}

/// Markers, longest first so that `US$` wins over `$`.
const PREFIXES: &[(&str, Marker<'static>)] = &[
    ("CDN$", Marker::Fixed(Currency::CAD)),
    ("CAD$", Marker::Fixed(Currency::CAD)),
    ("CA$", Marker::Fixed(Currency::CAD)),
    ("US$", Marker::Fixed(Currency::USD)),
    ("C$", Marker::Fixed(Currency::CAD)),
    ("$", Marker::Dollar),
    ("£", Marker::Fixed(Currency::GBP)),
    ("€", Marker::Fixed(Currency::EUR)),
    ("￥", Marker::Fixed(Currency::JPY)),
    ("¥", Marker::Fixed(Currency::JPY)),
];

const SUFFIXES: &[(&str, Marker<'static>)] = &[
    ("€", Marker::Fixed(Currency::EUR)),
    ("円", Marker::Fixed(Currency::JPY)),
    ("£", Marker::Fixed(Currency::GBP)),
    ("$", Marker::Dollar),
];

fn split_marker(text: &str) -> Option<(Marker<'_>, &str)> {
    let text = text.trim_matches(is_space);
    for (prefix, marker) in PREFIXES {
        if let Some(rest) = text.strip_prefix(prefix) {
            return Some((*marker, rest.trim_start_matches(is_space)));
        }
    }
    for (suffix, marker) in SUFFIXES {
        if let Some(rest) = text.strip_suffix(suffix) {
            return Some((*marker, rest.trim_end_matches(is_space)));
        }
    }
    let (head, tail) = (text.get(..3)?, text.get(3..)?);
    if head.chars().all(|c| c.is_ascii_alphabetic())
        && tail.starts_with(|c: char| c.is_ascii_digit() || is_space(c) || c == '-')
    {
        return Some((Marker::Code(head), tail.trim_start_matches(is_space)));
    }
    let cut = text.len().checked_sub(3)?;
    let (number, code) = (text.get(..cut)?, text.get(cut..)?);
    if code.chars().all(|c| c.is_ascii_alphabetic()) && number.ends_with(|c: char| c.is_ascii_digit() || is_space(c)) {
        return Some((Marker::Code(code), number.trim_end_matches(is_space)));
    }
    None
}

/// British pence written as `25p` (Shopper Panel pays "10p per receipt").
fn parse_pence(text: &str) -> Option<i64> {
    let digits = text.strip_suffix('p')?;
    let ok = (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    if ok { digits.parse().ok() } else { None }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}' || c == '\t'
}

fn split_sign(text: &str) -> (bool, &str) {
    let text = text.trim_matches(is_space);
    for minus in ['-', '−', '–'] {
        if let Some(rest) = text.strip_prefix(minus) {
            return (true, rest.trim_start_matches(is_space));
        }
    }
    if let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        return (true, inner.trim_matches(is_space));
    }
    (false, text.strip_prefix('+').unwrap_or(text))
}

/// Which mark is the decimal one when a number has a single separator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DotMeans {
    /// Machine-written numbers (CLI, CSV): `.` is the decimal mark, so `1.001` is too precise for USD.
    Decimal,
    /// Prose: the currency's own convention, so `1.000 €` is a thousand euros and `$1,000` a thousand dollars.
    Either,
}

/// Reads digits with optional grouping and decimal mark into minor units.
///
/// With both marks present the last one is decimal. A single separator
/// followed by exactly three digits is grouping unless it is the decimal
/// mark of the convention (`$1,000` is a thousand, `$1.005` is too
/// precise). Grouping must come in threes.
fn parse_number(text: &str, currency: Currency, dot: DotMeans) -> Option<i64> {
    let cleaned: String = text.chars().filter(|c| !is_space(*c) && *c != '\'').collect();
    if cleaned.is_empty() || !cleaned.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    let exponent = currency.exponent();
    let last_sep = cleaned.rfind(['.', ',']);
    let (int_part, frac_part) = match last_sep {
        None => (cleaned.as_str(), ""),
        Some(at) => {
            let sep = cleaned.as_bytes()[at];
            let tail = &cleaned[at + 1..];
            let same_kind_count = cleaned.bytes().filter(|b| *b == sep).count();
            let other_kind_present = cleaned.bytes().any(|b| (b == b'.' || b == b',') && b != sep);
            let decimal_mark = match dot {
                DotMeans::Decimal => b'.',
                DotMeans::Either if currency.uses_decimal_comma() => b',',
                DotMeans::Either => b'.',
            };
            let is_grouping = !other_kind_present
                && (same_kind_count > 1 || (tail.len() == 3 && (sep != decimal_mark || exponent == 0)));
            if is_grouping { (cleaned.as_str(), "") } else { (&cleaned[..at], tail) }
        }
    };
    let digits_int = ungroup(int_part)?;
    if frac_part.len() > exponent as usize {
        let (kept, dropped) = frac_part.split_at(exponent as usize);
        if !dropped.bytes().all(|b| b == b'0') {
            return None;
        }
        return assemble(&digits_int, kept, exponent);
    }
    if !frac_part.bytes().all(|b| b.is_ascii_digit())
        || (last_sep.is_some() && frac_part.is_empty() && int_part.len() != cleaned.len())
    {
        return None;
    }
    assemble(&digits_int, frac_part, exponent)
}

fn ungroup(int_part: &str) -> Option<String> {
    let groups: Vec<&str> = int_part.split(['.', ',']).collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return None;
        }
    }
    let digits: String = groups.concat();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) { None } else { Some(digits) }
}

fn assemble(int_digits: &str, frac: &str, exponent: u32) -> Option<i64> {
    let int: i64 = int_digits.parse().ok()?;
    let mut frac_value: i64 = if frac.is_empty() { 0 } else { frac.parse().ok()? };
    for _ in frac.len()..exponent as usize {
        frac_value *= 10;
    }
    int.checked_mul(10i64.checked_pow(exponent)?)?.checked_add(frac_value)
}

fn classify_number_error(whole: &str, number: &str, currency: Currency) -> MoneyError {
    let decimals = number.rsplit_once(['.', ',']).map(|(_, tail)| tail.len()).unwrap_or(0);
    let digits_only = number.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
    if digits_only && number.len() > 18 {
        MoneyError::Overflow(whole.to_string())
    } else if digits_only && decimals > currency.exponent() as usize {
        MoneyError::TooPrecise { text: whole.to_string(), currency, exponent: currency.exponent() }
    } else {
        MoneyError::Malformed(whole.to_string())
    }
}

fn group_thousands(int: &str, sep: char) -> String {
    let mut out = String::with_capacity(int.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

static MONEY_RE: LazyLock<Regex> = LazyLock::new(|| {
    // A marker before or after a number; the number may carry grouping and a
    // decimal mark. Validation is left to `Money::parse`. A plain space only
    // groups thousands before a suffix marker (`1 000,00 €`): after a prefix
    // marker it would swallow the next number (`$5 100 times`).
    let grouped = |sep: &str| format!(r"\d{{1,3}}(?:[{sep}]\d{{3}})+(?:[.,]\d{{1,2}})?|\d+(?:[.,]\d{{1,2}})?");
    let prefix_number = grouped(r".,\u{a0}\u{202f}");
    let suffix_number = grouped(r".,\u{a0}\u{202f} ");
    let prefix = r"(?:CDN\$|CAD\$|CA\$|US\$|C\$|\$|£|€|￥|¥|\b(?:USD|GBP|EUR|CAD|JPY)\b)";
    let suffix = r"(?:€|円|\s?(?:USD|GBP|EUR|CAD|JPY)\b)";
    // Pence: one or two digits and `p` as a word of its own (not `1080p`).
    let pence = r"\b\d{1,2}p\b";
    Regex::new(&format!(
        r"[-−]?\s?{prefix}\s?[-−]?(?:{prefix_number})|[-−]?(?:{suffix_number})[\u{{a0}}\u{{202f}} ]?{suffix}|{pence}"
    ))
    .expect("money regex compiles")
});

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd(minor: i64) -> Money {
        Money::from_minor(minor, Currency::USD)
    }

    #[test]
    fn parses_every_marketplace_style() {
        let cases: &[(&str, Option<Marketplace>, i64, Currency)] = &[
            ("$1.00", None, 100, Currency::USD),
            ("US$1.00", None, 100, Currency::USD),
            ("USD 1.00", None, 100, Currency::USD),
            ("£1.00", None, 100, Currency::GBP),
            ("CDN$ 1.00", None, 100, Currency::CAD),
            ("C$1.00", None, 100, Currency::CAD),
            ("CA$1.00", None, 100, Currency::CAD),
            ("$1.00", Some(Marketplace::Ca), 100, Currency::CAD),
            ("1,00 €", None, 100, Currency::EUR),
            ("1,00\u{a0}€", None, 100, Currency::EUR),
            ("€1.00", None, 100, Currency::EUR),
            ("EUR 1,00", None, 100, Currency::EUR),
            ("￥500", None, 500, Currency::JPY),
            ("¥1,000", None, 1000, Currency::JPY),
            ("500円", None, 500, Currency::JPY),
            ("$1,234.56", None, 123456, Currency::USD),
            ("1.234,56 €", None, 123456, Currency::EUR),
            ("$2", None, 200, Currency::USD),
            ("$1,000", None, 100000, Currency::USD),
            ("-$19.48", None, -1948, Currency::USD),
            ("$-19.48", None, -1948, Currency::USD),
            ("-£15.85", None, -1585, Currency::GBP),
            ("1 234,56 €", None, 123456, Currency::EUR),
            ("$0.5", None, 50, Currency::USD),
            ("25p", None, 25, Currency::GBP),
            ("-70p", None, -70, Currency::GBP),
        ];
        for (text, mp, minor, currency) in cases {
            let got = Money::parse(text, *mp).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(got, Money::from_minor(*minor, *currency), "{text}");
        }
    }

    #[test]
    fn rejects_what_it_would_have_to_guess() {
        assert!(matches!(Money::parse("1.00", None), Err(MoneyError::NoCurrency(_))));
        assert!(matches!(Money::parse("XYZ 1.00", None), Err(MoneyError::UnknownCurrency(_))));
        assert!(matches!(Money::parse("$1.005", None), Err(MoneyError::Malformed(_) | MoneyError::TooPrecise { .. })));
        assert!(Money::parse("$1,00,000", None).is_err());
        assert!(Money::parse("$", None).is_err());
        assert!(Money::parse("$abc", None).is_err());
        assert!(Money::parse("￥500.50", None).is_err());
        assert!(Money::parse_decimal("1.2.3.4", Currency::USD).is_err());
        assert!(Money::parse_decimal("99999999999999999999", Currency::USD).is_err());
        assert!(matches!(Money::parse_decimal("1.001", Currency::USD), Err(MoneyError::TooPrecise { .. })));
        assert_eq!(Money::parse_decimal("1,001", Currency::USD).unwrap().minor(), 100100);
        assert!(matches!(Money::parse_decimal("1.0001", Currency::USD), Err(MoneyError::TooPrecise { .. })));
    }

    #[test]
    fn decimal_strings_follow_the_contract() {
        assert_eq!(usd(100).to_decimal_string(), "1.00");
        assert_eq!(usd(-68).to_decimal_string(), "-0.68");
        assert_eq!(Money::from_minor(500, Currency::JPY).to_decimal_string(), "500");
        assert_eq!(Money::parse_decimal("'-0.68'".trim_matches('\''), Currency::USD).unwrap(), usd(-68));
        assert_eq!(Money::parse_decimal("500", Currency::JPY).unwrap().minor(), 500);
        assert_eq!(Money::parse_decimal("1", Currency::USD).unwrap().minor(), 100);
    }

    #[test]
    fn scan_finds_amounts_in_prose() {
        let text = "We've added a CDN$ 1.00 reward; total -$32.85, and 1,00 € later. Also ￥100 分 and 500円.";
        let found: Vec<String> = Money::scan(text, None).into_iter().map(|(_, m)| m.to_string()).collect();
        assert_eq!(found, ["CAD 1.00", "USD -32.85", "EUR 1.00", "JPY 100", "JPY 500"]);
        let sentence = "earned USD 10.00. Then $5 100 times, 1 000,00 € and 5.00 USD. You earned 25p; 1080p video.";
        let found: Vec<String> = Money::scan(sentence, None).into_iter().map(|(_, m)| m.to_string()).collect();
        assert_eq!(found, ["USD 10.00", "USD 5.00", "EUR 1000.00", "USD 5.00", "GBP 0.25"]);
    }

    #[test]
    fn arithmetic_refuses_mixed_currencies() {
        let gbp = Money::from_minor(1, Currency::GBP);
        assert!(matches!(usd(1).checked_add(gbp), Err(MoneyError::CurrencyMismatch(..))));
        assert_eq!(usd(150).checked_sub(usd(50)).unwrap(), usd(100));
    }

    fn any_currency() -> impl Strategy<Value = Currency> {
        prop_oneof![
            Just(Currency::USD),
            Just(Currency::GBP),
            Just(Currency::CAD),
            Just(Currency::EUR),
            Just(Currency::JPY)
        ]
    }

    proptest! {
        #[test]
        fn parse_inverts_format_for_every_style(
            minor in -1_000_000_000_000i64..1_000_000_000_000,
            currency in any_currency(),
            grouping in any::<bool>(),
        ) {
            let money = Money::from_minor(minor, currency);
            for style in MoneyStyle::ALL {
                let text = money.format(style, grouping);
                let marketplace = (currency == Currency::CAD).then_some(Marketplace::Ca);
                prop_assert_eq!(Money::parse(&text, marketplace), Ok(money), "style {:?}: {}", style, text);
            }
            prop_assert_eq!(Money::parse_decimal(&money.to_decimal_string(), currency), Ok(money));
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,24}") {
            let _ = Money::parse(&text, None);
            let _ = Money::parse_decimal(&text, Currency::USD);
            let _ = Money::scan(&text, None);
        }
    }
}
