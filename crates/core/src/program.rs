//! Credit programs as data: what each one pays in, which balance it lands
//! in, what it can buy and how its expiry is known.
//!
//! The catalog is read from TOML (the built-in `data/programs.toml`, which
//! a user file may override); nothing about a program is decided in code.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::Deserialize;

use crate::date::{Date, add_days};
use crate::marketplace::Marketplace;
use crate::money::{Currency, Money};

const BUILTIN: &str = include_str!("../../../data/programs.toml");

/// What a credit can buy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Ebook,
    Music,
    Video,
    App,
    Physical,
}

impl Category {
    pub const ALL: [Category; 5] =
        [Category::Ebook, Category::Music, Category::Video, Category::App, Category::Physical];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Ebook => "ebook",
            Category::Music => "music",
            Category::Video => "video",
            Category::App => "app",
            Category::Physical => "physical",
        }
    }

    /// Parses a comma-separated list such as `ebook,music`; duplicates collapse.
    pub fn parse_list(text: &str) -> Result<Vec<Category>, String> {
        let mut out: Vec<Category> = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let category = part.parse()?;
            if !out.contains(&category) {
                out.push(category);
            }
        }
        out.sort();
        Ok(out)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Category {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == wanted)
            .ok_or_else(|| format!("unknown category `{s}` (use ebook, music, video, app or physical)"))
    }
}

/// Which of the account's balances a program pays into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BalanceKind {
    /// The promotional / digital-credit balance, spent on eligible items only.
    Digital,
    /// The gift-card balance ("Amazon Balance"), spent on almost anything.
    GiftCard,
    /// Not a balance at all (promo codes, points before they convert).
    None,
}

impl BalanceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BalanceKind::Digital => "digital",
            BalanceKind::GiftCard => "gift-card",
            BalanceKind::None => "none",
        }
    }
}

impl FromStr for BalanceKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "digital" => Ok(BalanceKind::Digital),
            "gift-card" => Ok(BalanceKind::GiftCard),
            "none" => Ok(BalanceKind::None),
            other => Err(format!("unknown balance `{other}` (use digital, gift-card or none)")),
        }
    }
}

/// What a program's amounts count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Money,
    Points,
    /// Amazon Coins: one coin is one cent.
    Coins,
}

/// How the expiry of a grant is known when its evidence does not state it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpiryRule {
    /// Only the evidence knows; without it the expiry is unknown.
    Stated,
    /// The credit does not expire.
    Never,
    /// A fixed time after the grant.
    After { amount: u32, unit: PeriodUnit },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodUnit {
    Days,
    Months,
    Years,
}

impl ExpiryRule {
    /// The expiry a grant on `granted_on` gets from this rule, if the rule gives one.
    pub fn expiry_for(self, granted_on: Date) -> Option<Date> {
        match self {
            ExpiryRule::Stated | ExpiryRule::Never => None,
            ExpiryRule::After { amount, unit: PeriodUnit::Days } => Some(add_days(granted_on, i64::from(amount))),
            ExpiryRule::After { amount, unit: PeriodUnit::Months } => Some(add_months(granted_on, amount)),
            ExpiryRule::After { amount, unit: PeriodUnit::Years } => {
                Some(add_months(granted_on, amount.saturating_mul(12)))
            }
        }
    }
}

/// Calendar months later, clamped to the month's last day (Jan 31 + 1m = Feb 28/29).
fn add_months(date: Date, months: u32) -> Date {
    let total = i64::from(date.year()) * 12 + i64::from(date.month() - 1) + i64::from(months);
    let (year, month) = (total.div_euclid(12), total.rem_euclid(12) + 1);
    let year = year.clamp(-9999, 9999) as i16;
    let first = Date::new(year, month as i8, 1).unwrap_or(Date::MAX);
    let day = date.day().min(first.days_in_month());
    Date::new(year, month as i8, day).unwrap_or(Date::MAX)
}

impl FromStr for ExpiryRule {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        match s {
            "stated" => return Ok(ExpiryRule::Stated),
            "never" => return Ok(ExpiryRule::Never),
            _ => {}
        }
        let bad = || format!("bad expiry rule `{s}` (use stated, never, or a period like 90d, 3m, 10y)");
        let (digits, unit) = s.split_at(s.len().checked_sub(1).ok_or_else(bad)?);
        let amount: u32 = digits.parse().map_err(|_| bad())?;
        let unit = match unit {
            "d" => PeriodUnit::Days,
            "m" => PeriodUnit::Months,
            "y" => PeriodUnit::Years,
            _ => return Err(bad()),
        };
        Ok(ExpiryRule::After { amount, unit })
    }
}

/// A validated program id: lowercase letters, digits and dashes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProgramId(String);

impl ProgramId {
    pub const NO_RUSH: &'static str = "no-rush";
    pub const PROMOTIONAL: &'static str = "promotional";
    pub const KINDLE_REWARDS: &'static str = "kindle-rewards";
    pub const SHOPPER_PANEL: &'static str = "shopper-panel";
    pub const TRADE_IN: &'static str = "trade-in";
    pub const GIFT_CARD: &'static str = "gift-card";
    pub const PROMO_CODE: &'static str = "promo-code";
    pub const COINS: &'static str = "coins";

    pub fn new(id: &str) -> Result<ProgramId, String> {
        let ok = !id.is_empty()
            && id.len() <= 40
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if ok {
            Ok(ProgramId(id.to_string()))
        } else {
            Err(format!("`{id}` is not a program id (lowercase letters, digits, dashes)"))
        }
    }

    /// An id known to be valid at compile time (one of the constants above).
    pub fn known(id: &'static str) -> ProgramId {
        ProgramId(id.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ProgramId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How Kindle-style points turn into money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PointsRule {
    pub points_per_reward: i64,
    pub reward: Money,
    pub expiry: ExpiryRule,
}

/// One credit program.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub id: ProgramId,
    pub name: String,
    pub unit: Unit,
    pub balance: BalanceKind,
    pub categories: Vec<Category>,
    pub expiry: ExpiryRule,
    pub expiry_by_marketplace: BTreeMap<Marketplace, ExpiryRule>,
    pub closed_on: Option<Date>,
    pub points: Option<PointsRule>,
    pub facts: String,
}

impl Program {
    /// The expiry rule that applies in `marketplace` (the general rule when unknown).
    pub fn expiry_in(&self, marketplace: Option<Marketplace>) -> ExpiryRule {
        marketplace.and_then(|m| self.expiry_by_marketplace.get(&m).copied()).unwrap_or(self.expiry)
    }

    /// Whether the programme had closed by `on`.
    pub fn is_closed_on(&self, on: Date) -> bool {
        self.closed_on.is_some_and(|closed| closed <= on)
    }
}

/// Why a programs file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("programs file is not valid TOML: {0}")]
    Toml(String),
    #[error("program `{id}`: {reason}")]
    Invalid { id: String, reason: String },
}

/// Every program unspent knows, in file order.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramCatalog {
    programs: Vec<Program>,
}

impl ProgramCatalog {
    /// The catalog shipped in the binary.
    pub fn builtin() -> ProgramCatalog {
        ProgramCatalog::from_toml(BUILTIN).expect("the built-in programs.toml is valid")
    }

    /// The built-in text, for `unspent programs --defaults` and for users to copy.
    pub fn builtin_toml() -> &'static str {
        BUILTIN
    }

    pub fn from_toml(text: &str) -> Result<ProgramCatalog, CatalogError> {
        let file: ProgramsFile = toml::from_str(text).map_err(|e| CatalogError::Toml(e.to_string()))?;
        let programs = file.program.into_iter().map(RawProgram::validate).collect::<Result<Vec<_>, _>>()?;
        Ok(ProgramCatalog { programs })
    }

    /// This catalog with the programs of `user_toml` replacing or adding to it.
    pub fn with_overrides(mut self, user_toml: &str) -> Result<ProgramCatalog, CatalogError> {
        for program in ProgramCatalog::from_toml(user_toml)?.programs {
            match self.programs.iter_mut().find(|p| p.id == program.id) {
                Some(existing) => *existing = program,
                None => self.programs.push(program),
            }
        }
        Ok(self)
    }

    pub fn get(&self, id: &str) -> Option<&Program> {
        self.programs.iter().find(|p| p.id.as_str() == id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Program> {
        self.programs.iter()
    }

    /// The program `id`, or an error listing the ones that exist.
    pub fn require(&self, id: &str) -> Result<&Program, String> {
        self.get(id).ok_or_else(|| {
            let known: Vec<&str> = self.programs.iter().map(|p| p.id.as_str()).collect();
            format!("unknown program `{id}` (known: {})", known.join(", "))
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgramsFile {
    #[serde(default)]
    program: Vec<RawProgram>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProgram {
    id: String,
    name: String,
    unit: String,
    balance: String,
    categories: Vec<String>,
    expiry: String,
    #[serde(default)]
    expiry_by_marketplace: BTreeMap<String, String>,
    closed_on: Option<toml::value::Datetime>,
    points_expiry: Option<String>,
    points_per_reward: Option<i64>,
    reward: Option<String>,
    reward_currency: Option<String>,
    #[serde(default)]
    facts: String,
}

impl RawProgram {
    fn validate(self) -> Result<Program, CatalogError> {
        let id_text = self.id.clone();
        let invalid = |reason: String| CatalogError::Invalid { id: id_text.clone(), reason };
        let id = ProgramId::new(&self.id).map_err(invalid)?;
        let unit = match self.unit.as_str() {
            "money" => Unit::Money,
            "points" => Unit::Points,
            "coins" => Unit::Coins,
            other => {
                return Err(invalid(format!("unknown unit `{other}` (use money, points or coins)")));
            }
        };
        let balance = self.balance.parse().map_err(invalid)?;
        let categories =
            self.categories.iter().map(|c| c.parse()).collect::<Result<Vec<Category>, _>>().map_err(invalid)?;
        let expiry = self.expiry.parse().map_err(invalid)?;
        let mut expiry_by_marketplace = BTreeMap::new();
        for (market, rule) in &self.expiry_by_marketplace {
            expiry_by_marketplace.insert(market.parse().map_err(invalid)?, rule.parse().map_err(invalid)?);
        }
        let closed_on = match self.closed_on {
            Some(dt) => Some(crate::date::parse_iso_date(&dt.to_string()).map_err(|e| invalid(e.to_string()))?),
            None => None,
        };
        let points = match (unit, self.points_per_reward, self.reward, self.reward_currency) {
            (Unit::Points, Some(per), Some(reward), Some(currency)) => {
                let currency = Currency::from_code(&currency).map_err(|e| invalid(e.to_string()))?;
                let reward = Money::parse_decimal(&reward, currency).map_err(|e| invalid(e.to_string()))?;
                let expiry = self.points_expiry.as_deref().unwrap_or("stated").parse().map_err(invalid)?;
                if per <= 0 {
                    return Err(invalid("points_per_reward must be positive".into()));
                }
                Some(PointsRule { points_per_reward: per, reward, expiry })
            }
            (Unit::Points, ..) => {
                return Err(invalid("a points program needs points_per_reward, reward and reward_currency".into()));
            }
            _ => None,
        };
        Ok(Program {
            id,
            name: self.name,
            unit,
            balance,
            categories,
            expiry,
            expiry_by_marketplace,
            closed_on,
            points,
            facts: self.facts,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_has_every_program() {
        let catalog = ProgramCatalog::builtin();
        for id in [
            "no-rush",
            "promotional",
            "kindle-rewards",
            "shopper-panel",
            "trade-in",
            "gift-card",
            "promo-code",
            "coins",
        ] {
            assert!(catalog.get(id).is_some(), "{id} missing");
        }
        let coins = catalog.get("coins").unwrap();
        assert!(coins.is_closed_on(Date::new(2025, 8, 20).unwrap()));
        assert!(!coins.is_closed_on(Date::new(2025, 8, 19).unwrap()));
        let gift = catalog.get("gift-card").unwrap();
        assert_eq!(gift.balance, BalanceKind::GiftCard);
        assert_eq!(gift.expiry_in(Some(Marketplace::Us)), ExpiryRule::Never);
        assert_eq!(gift.expiry_in(Some(Marketplace::Uk)), ExpiryRule::After { amount: 10, unit: PeriodUnit::Years });
        let kindle = catalog.get("kindle-rewards").unwrap().points.unwrap();
        assert_eq!((kindle.points_per_reward, kindle.reward.minor()), (300, 300));
    }

    #[test]
    fn user_file_overrides_and_extends() {
        let user = r#"
            [[program]]
            id = "no-rush"
            name = "No-Rush (mine)"
            unit = "money"
            balance = "digital"
            categories = ["ebook"]
            expiry = "90d"

            [[program]]
            id = "audible"
            name = "Audible credit"
            unit = "money"
            balance = "none"
            categories = []
            expiry = "1y"
        "#;
        let catalog = ProgramCatalog::builtin().with_overrides(user).unwrap();
        assert_eq!(catalog.get("no-rush").unwrap().categories, [Category::Ebook]);
        assert!(catalog.get("audible").is_some());
        let bad = "[[program]]\nid = \"X\"\nname = \"x\"\nunit = \"money\"\nbalance = \"digital\"\ncategories = []\nexpiry = \"stated\"";
        assert!(matches!(ProgramCatalog::from_toml(bad), Err(CatalogError::Invalid { .. })));
        assert!(matches!(ProgramCatalog::from_toml("[[program]"), Err(CatalogError::Toml(_))));
    }

    #[test]
    fn expiry_rules_add_calendar_periods() {
        let jan31 = Date::new(2026, 1, 31).unwrap();
        assert_eq!("3m".parse::<ExpiryRule>().unwrap().expiry_for(jan31), Some(Date::new(2026, 4, 30).unwrap()));
        assert_eq!("1m".parse::<ExpiryRule>().unwrap().expiry_for(jan31), Some(Date::new(2026, 2, 28).unwrap()));
        assert_eq!("10y".parse::<ExpiryRule>().unwrap().expiry_for(jan31), Some(Date::new(2036, 1, 31).unwrap()));
        assert_eq!("30d".parse::<ExpiryRule>().unwrap().expiry_for(jan31), Some(Date::new(2026, 3, 2).unwrap()));
        assert!("3w".parse::<ExpiryRule>().is_err());
        assert!("".parse::<ExpiryRule>().is_err());
    }
}
