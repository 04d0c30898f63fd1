//! Amazon marketplaces: which currency, language and date order each uses.

use std::fmt;
use std::str::FromStr;

use crate::money::Currency;

/// One of the six Amazon storefronts unspent understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Marketplace {
    Us,
    Uk,
    Ca,
    De,
    Fr,
    Jp,
}

/// The language a marketplace writes its mail and pages in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    En,
    De,
    Fr,
    Ja,
}

/// How a marketplace orders the parts of an all-numeric date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// `03/05/2026` is March 5 (amazon.com).
    MonthFirst,
    /// `05/03/2026` is 5 March (amazon.co.uk, .de, .fr).
    DayFirst,
    /// `2026/03/05` (amazon.co.jp).
    YearFirst,
    /// Both orders are in use (amazon.ca): only unambiguous numeric dates are read.
    Ambiguous,
}

impl Marketplace {
    pub const ALL: [Marketplace; 6] =
        [Marketplace::Us, Marketplace::Uk, Marketplace::Ca, Marketplace::De, Marketplace::Fr, Marketplace::Jp];

    /// Two-letter code used on the command line and in JSON: `US`, `UK`, …
    pub fn code(self) -> &'static str {
        match self {
            Marketplace::Us => "US",
            Marketplace::Uk => "UK",
            Marketplace::Ca => "CA",
            Marketplace::De => "DE",
            Marketplace::Fr => "FR",
            Marketplace::Jp => "JP",
        }
    }

    pub fn domain(self) -> &'static str {
        match self {
            Marketplace::Us => "amazon.com",
            Marketplace::Uk => "amazon.co.uk",
            Marketplace::Ca => "amazon.ca",
            Marketplace::De => "amazon.de",
            Marketplace::Fr => "amazon.fr",
            Marketplace::Jp => "amazon.co.jp",
        }
    }

    pub fn currency(self) -> Currency {
        match self {
            Marketplace::Us => Currency::USD,
            Marketplace::Uk => Currency::GBP,
            Marketplace::Ca => Currency::CAD,
            Marketplace::De | Marketplace::Fr => Currency::EUR,
            Marketplace::Jp => Currency::JPY,
        }
    }

    pub fn language(self) -> Language {
        match self {
            Marketplace::Us | Marketplace::Uk | Marketplace::Ca => Language::En,
            Marketplace::De => Language::De,
            Marketplace::Fr => Language::Fr,
            Marketplace::Jp => Language::Ja,
        }
    }

    pub fn date_order(self) -> DateOrder {
        match self {
            Marketplace::Us => DateOrder::MonthFirst,
            Marketplace::Uk | Marketplace::De | Marketplace::Fr => DateOrder::DayFirst,
            Marketplace::Jp => DateOrder::YearFirst,
            Marketplace::Ca => DateOrder::Ambiguous,
        }
    }

    /// The marketplace whose domain `host` is or is under (`gc.email.amazon.com` → US).
    /// Host names are compared case-insensitively and must match whole labels.
    pub fn from_host(host: &str) -> Option<Marketplace> {
        let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
        Marketplace::ALL.into_iter().find(|m| {
            let domain = m.domain();
            host == domain || host.strip_suffix(domain).is_some_and(|rest| rest.ends_with('.'))
        })
    }

    /// The marketplace a currency most likely comes from.
    pub fn from_currency(currency: Currency) -> Option<Marketplace> {
        match currency.code() {
            "USD" => Some(Marketplace::Us),
            "GBP" => Some(Marketplace::Uk),
            "CAD" => Some(Marketplace::Ca),
            "JPY" => Some(Marketplace::Jp),
            _ => None,
        }
    }
}

impl fmt::Display for Marketplace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Marketplace {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_uppercase();
        let wanted = if wanted == "GB" { "UK".to_string() } else { wanted };
        Marketplace::ALL
            .into_iter()
            .find(|m| m.code() == wanted || m.domain() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| format!("unknown marketplace `{s}` (use US, UK, CA, DE, FR or JP)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_match_whole_labels_only() {
        assert_eq!(Marketplace::from_host("gc.email.amazon.com"), Some(Marketplace::Us));
        assert_eq!(Marketplace::from_host("AMAZON.CO.UK"), Some(Marketplace::Uk));
        assert_eq!(Marketplace::from_host("amazon.co.jp"), Some(Marketplace::Jp));
        assert_eq!(Marketplace::from_host("notamazon.com"), None);
        assert_eq!(Marketplace::from_host("amazon.com.evil.net"), None);
        assert_eq!("gb".parse::<Marketplace>(), Ok(Marketplace::Uk));
    }
}
