//! Reading single values of the export: dates, amounts, marketplaces.

use std::str::FromStr;

use unspent_core::date::{parse_date, parse_iso_date};
use unspent_core::marketplace::DateOrder;
use unspent_core::{Currency, Date, Marketplace, Money};

/// The UTC day of an export timestamp (`2023-05-31T13:00:59.799Z`), or of a
/// plain date. Numeric dates in other forms are read in the marketplace's order.
pub(crate) fn day_of(text: &str, marketplace: Option<Marketplace>) -> Option<Date> {
    let text = text.trim();
    let rfc3339 = text.replacen(' ', "T", 1).replace(" UTC", "Z");
    if let Ok(timestamp) = jiff::Timestamp::from_str(&rfc3339) {
        return Some(timestamp.to_zoned_datetime(jiff::tz::TimeZone::UTC).date());
    }
    if let Some(day) = text.get(..10).and_then(|d| parse_iso_date(d).ok()) {
        return Some(day);
    }
    parse_date(text, marketplace.map_or(DateOrder::Ambiguous, Marketplace::date_order)).ok()
}

/// The RFC 3339 form of a timestamp cell, for evidence; `None` if it is not one.
pub(crate) fn timestamp_text(text: &str) -> Option<String> {
    let rfc3339 = text.trim().replacen(' ', "T", 1).replace(" UTC", "Z");
    jiff::Timestamp::from_str(&rfc3339).ok().map(|t| t.to_string())
}

/// The marketplace a `Website` / `Marketplace` cell names (`Amazon.com`, `www.amazon.co.uk`).
pub(crate) fn marketplace_of(text: &str) -> Option<Marketplace> {
    let host = text.trim().trim_start_matches("https://").trim_start_matches("http://");
    let host = host.split('/').next().unwrap_or(host).to_ascii_lowercase();
    Marketplace::from_host(host.trim_start_matches("www."))
}

/// An amount cell in `currency`: a plain decimal (`-13.59`), or with its own symbol.
pub(crate) fn amount_of(text: &str, currency: Currency) -> Option<Money> {
    if let Ok(money) = Money::parse_decimal(text, currency) {
        return Some(money);
    }
    Money::parse(text, Marketplace::from_currency(currency)).ok().filter(|m| m.currency() == currency)
}

/// A currency cell (`USD`, `usd`).
pub(crate) fn currency_of(text: &str) -> Option<Currency> {
    Currency::from_code(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn timestamps_become_their_utc_day() {
        assert_eq!(day_of("2023-05-31T13:00:59.799Z", None), Some(d(2023, 5, 31)));
        assert_eq!(day_of("2023-05-31T23:30:00-05:00", None), Some(d(2023, 6, 1)));
        assert_eq!(day_of("2023-05-31 13:00:59 UTC", None), Some(d(2023, 5, 31)));
        assert_eq!(day_of("2023-05-31", None), Some(d(2023, 5, 31)));
        assert_eq!(day_of("05/31/2023", Some(Marketplace::Us)), Some(d(2023, 5, 31)));
        assert_eq!(day_of("05/06/2023", None), None, "ambiguous without a marketplace");
        assert_eq!(day_of("soon", None), None);
    }

    #[test]
    fn websites_name_marketplaces() {
        assert_eq!(marketplace_of("Amazon.com"), Some(Marketplace::Us));
        assert_eq!(marketplace_of("www.amazon.co.uk"), Some(Marketplace::Uk));
        assert_eq!(marketplace_of("https://www.amazon.de/"), Some(Marketplace::De));
        assert_eq!(marketplace_of("www.audible.com.au"), None);
        assert_eq!(marketplace_of("Amazon.com.au"), None);
    }

    #[test]
    fn amounts_are_exact() {
        assert_eq!(amount_of("-13.59", Currency::USD), Some(Money::from_minor(-1359, Currency::USD)));
        assert_eq!(amount_of("0.0", Currency::USD), Some(Money::from_minor(0, Currency::USD)));
        assert_eq!(amount_of("$1.00", Currency::USD), Some(Money::from_minor(100, Currency::USD)));
        assert_eq!(amount_of("£1.00", Currency::USD), None);
        assert_eq!(amount_of("500", Currency::JPY), Some(Money::from_minor(500, Currency::JPY)));
        assert_eq!(amount_of("1.005", Currency::USD), None);
    }
}
