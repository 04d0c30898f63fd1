//! Small formatting helpers shared by messages, claims and the digest.

use unspent_core::marketplace::Language;
use unspent_core::{Currency, Date, Marketplace, Money, MoneyStyle};

/// An amount as a person reads it: `$1.00`, `£1.00`, `1,00 €`, `￥500`, and
/// `CDN$ 1.00` for Canadian dollars so they are never taken for US ones.
pub fn money(m: Money) -> String {
    let style = if m.currency() == Currency::CAD { MoneyStyle::CountrySymbol } else { MoneyStyle::Symbol };
    m.format(style, true)
}

/// An amount as the marketplace writes it (Amazon.co.jp writes `￥500`, Amazon.ca `CDN$ 1.00`).
pub fn money_in(m: Money, marketplace: Marketplace) -> String {
    match marketplace {
        Marketplace::Ca if m.currency() == Currency::CAD => m.format(MoneyStyle::CountrySymbol, true),
        _ => m.format(MoneyStyle::Symbol, true),
    }
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DE_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// A date in words, as the marketplace writes it: `March 5, 2026` (US, CA),
/// `5 March 2026` (UK), `5. März 2026`, `5 mars 2026`, `2026年3月5日`.
pub fn long_date(date: Date, marketplace: Marketplace) -> String {
    let (y, m, d) = (date.year(), date.month() as usize - 1, date.day());
    match (marketplace, marketplace.language()) {
        (Marketplace::Uk, _) => format!("{d} {} {y}", EN_MONTHS[m]),
        (_, Language::En) => format!("{} {d}, {y}", EN_MONTHS[m]),
        (_, Language::De) => format!("{d}. {} {y}", DE_MONTHS[m]),
        (_, Language::Fr) => format!("{d} {} {y}", FR_MONTHS[m]),
        (_, Language::Ja) => format!("{y}年{}月{d}日", m + 1),
    }
}

/// A day for English reminders and digests, unambiguous everywhere: `Tue 31 Mar 2026`.
pub fn day(date: Date) -> String {
    let weekday = match date.weekday() {
        jiff::civil::Weekday::Monday => "Mon",
        jiff::civil::Weekday::Tuesday => "Tue",
        jiff::civil::Weekday::Wednesday => "Wed",
        jiff::civil::Weekday::Thursday => "Thu",
        jiff::civil::Weekday::Friday => "Fri",
        jiff::civil::Weekday::Saturday => "Sat",
        jiff::civil::Weekday::Sunday => "Sun",
    };
    format!("{weekday} {} {} {}", date.day(), &EN_MONTHS[date.month() as usize - 1][..3], date.year())
}

/// `today`, `tomorrow`, `in 7 days`.
pub fn in_days(days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        n => format!("in {n} days"),
    }
}

/// Sums amounts per currency, in currency order, formatted: `$3.00 + £1.00`.
pub fn totals(amounts: impl IntoIterator<Item = Money>) -> Vec<Money> {
    let mut sums: std::collections::BTreeMap<Currency, i64> = Default::default();
    for m in amounts {
        *sums.entry(m.currency()).or_default() += m.minor();
    }
    sums.into_iter().map(|(c, minor)| Money::from_minor(minor, c)).collect()
}

pub fn join_totals(amounts: &[Money]) -> String {
    amounts.iter().map(|m| money(*m)).collect::<Vec<_>>().join(" + ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_each_marketplace() {
        let date = Date::new(2026, 3, 5).unwrap();
        let written: Vec<String> = Marketplace::ALL.iter().map(|m| long_date(date, *m)).collect();
        assert_eq!(
            written,
            ["March 5, 2026", "5 March 2026", "March 5, 2026", "5. März 2026", "5 mars 2026", "2026年3月5日"]
        );
        assert_eq!(day(date), "Thu 5 Mar 2026");
    }

    #[test]
    fn money_never_hides_which_dollar() {
        assert_eq!(money(Money::from_minor(100, Currency::CAD)), "CDN$ 1.00");
        assert_eq!(money(Money::from_minor(123456, Currency::USD)), "$1,234.56");
        assert_eq!(money(Money::from_minor(100, Currency::EUR)), "1,00 €");
        assert_eq!(
            join_totals(&totals([
                Money::from_minor(100, Currency::USD),
                Money::from_minor(250, Currency::USD),
                Money::from_minor(500, Currency::JPY)
            ])),
            "￥500 + $3.50"
        );
    }
}
