//! What a plan is made of: credits, wishlist items with their price windows,
//! budgets, and the plan itself. Inputs are validated once, here, so the
//! solvers can trust them.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use unspent_core::{Category, Currency, Date, Money};

/// How much the user wants an item. `Must` items are always bought.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Want {
    Must,
    Want,
    Maybe,
}

impl Want {
    pub const ALL: [Want; 3] = [Want::Must, Want::Want, Want::Maybe];

    pub fn as_str(self) -> &'static str {
        match self {
            Want::Must => "must",
            Want::Want => "want",
            Want::Maybe => "maybe",
        }
    }
}

impl fmt::Display for Want {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Want {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Want::ALL
            .into_iter()
            .find(|w| w.as_str() == wanted)
            .ok_or_else(|| format!("unknown want `{s}` (use must, want or maybe)"))
    }
}

/// A credit that can pay for purchases: what is left of one lot on the plan's day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credit {
    /// The lot's id (the `id` that `unspent credits --json` shows).
    pub id: String,
    pub remaining: Money,
    /// The last day it can be spent; `None` when it does not expire (or nobody knows when).
    pub expires_on: Option<Date>,
    pub categories: Vec<Category>,
}

impl Credit {
    pub fn currency(&self) -> Currency {
        self.remaining.currency()
    }

    /// Whether this credit can pay for something of `category` in `currency` bought on `day`.
    pub fn can_pay(&self, category: Category, currency: Currency, day: Date) -> bool {
        self.currency() == currency && self.categories.contains(&category) && self.expires_on.is_none_or(|e| day <= e)
    }
}

/// A sale: a lower price valid from `from` to `to`, both days included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sale {
    pub price: Money,
    pub from: Date,
    pub to: Date,
}

/// Something on the wishlist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The wishlist's id for it (stable in the database).
    pub id: String,
    pub title: String,
    pub category: Category,
    pub want: Want,
    /// The regular price, valid from the plan's day on.
    pub price: Money,
    pub sales: Vec<Sale>,
}

impl Item {
    pub fn currency(&self) -> Currency {
        self.price.currency()
    }

    /// Every price window as of `as_of`: the regular price first (window 0), then each sale
    /// (window `n` is `sales[n - 1]`), with the earliest day it can be bought at that price.
    /// A sale that is over before `as_of` has no day and is `None`.
    pub fn windows(&self, as_of: Date) -> Vec<Option<Window>> {
        let mut out = vec![Some(Window { index: 0, price: self.price, first_day: as_of, last_day: None })];
        for (n, sale) in self.sales.iter().enumerate() {
            let first = sale.from.max(as_of);
            out.push((first <= sale.to).then_some(Window {
                index: n + 1,
                price: sale.price,
                first_day: first,
                last_day: Some(sale.to),
            }));
        }
        out
    }

    pub fn window(&self, as_of: Date, index: usize) -> Option<Window> {
        self.windows(as_of).get(index).copied().flatten()
    }
}

/// One price of an item and the days it can be bought at that price.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// 0 is the regular price; `n` is the item's `n`-th sale.
    pub index: usize,
    pub price: Money,
    pub first_day: Date,
    /// `None`: the regular price has no end.
    pub last_day: Option<Date>,
}

impl Window {
    pub fn contains(&self, day: Date) -> bool {
        self.first_day <= day && self.last_day.is_none_or(|last| day <= last)
    }
}

/// Everything the planner needs. "Today" is `as_of`; nothing here reads a clock.
#[derive(Clone, Debug)]
pub struct Request {
    pub as_of: Date,
    pub credits: Vec<Credit>,
    pub items: Vec<Item>,
    /// The most out-of-pocket money allowed, per currency (no entry: no limit).
    pub budgets: BTreeMap<Currency, Money>,
    /// Stop the exact search after this long and return the best plan with its proven gap.
    pub time_limit: Option<Duration>,
}

/// Why a request cannot be planned.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("`{title}`: the sale from {from} to {to} ends before it starts")]
    SaleEndsBeforeItStarts { title: String, from: Date, to: Date },
    #[error("`{title}`: a price must be more than zero, not {price}")]
    NotPositive { title: String, price: Money },
    #[error("`{title}`: the sale price {sale} is in another currency than the price {price}")]
    MixedCurrency { title: String, price: Money, sale: Money },
    #[error("`{title}`: the sale price {sale} is not below the regular price {price}")]
    SaleNotCheaper { title: String, price: Money, sale: Money },
    #[error("credit {id}: a negative amount ({remaining}) cannot pay for anything")]
    NegativeCredit { id: String, remaining: Money },
    #[error("a budget of {0} is negative")]
    NegativeBudget(Money),
    #[error("amounts this large ({0}) are beyond what the planner can add up exactly")]
    TooLarge(Money),
}

/// Amounts above this (about 10^15 minor units in all) could overflow sums; nobody's wishlist is that big.
const LARGEST_AMOUNT: i64 = 1 << 40;

impl Request {
    /// Checks everything the solvers rely on.
    pub fn validate(&self) -> Result<(), PlanError> {
        for item in &self.items {
            positive_price(&item.title, item.price)?;
            for sale in &item.sales {
                positive_price(&item.title, sale.price)?;
                if sale.to < sale.from {
                    return Err(PlanError::SaleEndsBeforeItStarts {
                        title: item.title.clone(),
                        from: sale.from,
                        to: sale.to,
                    });
                }
                if sale.price.currency() != item.currency() {
                    return Err(PlanError::MixedCurrency {
                        title: item.title.clone(),
                        price: item.price,
                        sale: sale.price,
                    });
                }
                // A sale at or above the regular price is a typing mistake, and the
                // solver's shortcut for the most credit it can use relies on it.
                if sale.price.minor() >= item.price.minor() {
                    return Err(PlanError::SaleNotCheaper {
                        title: item.title.clone(),
                        price: item.price,
                        sale: sale.price,
                    });
                }
            }
        }
        for credit in &self.credits {
            if credit.remaining.is_negative() {
                return Err(PlanError::NegativeCredit { id: credit.id.clone(), remaining: credit.remaining });
            }
            if credit.remaining.minor() > LARGEST_AMOUNT {
                return Err(PlanError::TooLarge(credit.remaining));
            }
        }
        for budget in self.budgets.values() {
            if budget.is_negative() {
                return Err(PlanError::NegativeBudget(*budget));
            }
        }
        Ok(())
    }

    /// Every currency that has a credit or an item, in order.
    pub fn currencies(&self) -> Vec<Currency> {
        let mut all: Vec<Currency> =
            self.credits.iter().map(Credit::currency).chain(self.items.iter().map(Item::currency)).collect();
        all.sort();
        all.dedup();
        all
    }

    pub fn budget(&self, currency: Currency) -> Option<i64> {
        self.budgets.get(&currency).map(|m| m.minor())
    }
}

fn positive_price(title: &str, price: Money) -> Result<(), PlanError> {
    if price.minor() <= 0 {
        return Err(PlanError::NotPositive { title: title.to_string(), price });
    }
    if price.minor() > LARGEST_AMOUNT {
        return Err(PlanError::TooLarge(price));
    }
    Ok(())
}

/// One thing to buy: which item, at which price window, on which day, paid how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Purchase {
    /// Index into [`Request::items`].
    pub item: usize,
    /// 0 for the regular price, `n` for the item's `n`-th sale.
    pub window: usize,
    pub date: Date,
    pub price: Money,
    /// (index into [`Request::credits`], minor units taken from it), largest first.
    pub credits: Vec<(usize, i64)>,
}

impl Purchase {
    pub fn credit_minor(&self) -> i64 {
        self.credits.iter().map(|(_, amount)| amount).sum()
    }

    pub fn out_of_pocket_minor(&self) -> i64 {
        self.price.minor() - self.credit_minor()
    }
}

/// How good a plan is, compared in this order: more credit used, less out of
/// pocket, more `want` items, more `maybe` items. All exact integers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Score {
    pub credit_used: i64,
    pub out_of_pocket: i64,
    pub wants: i64,
    pub maybes: i64,
}

impl Score {
    /// A key that sorts better plans higher.
    pub fn key(&self) -> (i64, i64, i64, i64) {
        (self.credit_used, -self.out_of_pocket, self.wants, self.maybes)
    }

    pub fn add(&mut self, other: Score) {
        self.credit_used += other.credit_used;
        self.out_of_pocket += other.out_of_pocket;
        self.wants += other.wants;
        self.maybes += other.maybes;
    }
}

impl PartialOrd for Score {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Score {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

/// Whether the exact solver proved its plan optimal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proof {
    /// No better plan exists.
    Optimal,
    /// The time limit stopped the search. `bound` is the proven limit of the stage that
    /// was running: no plan uses more credit than `bound` (stage `CreditUsed`), or none
    /// with the most credit pays less than `bound` out of pocket (stage `OutOfPocket`),
    /// or none has more wanted items (stage `Preference`).
    TimeLimit { stage: Stage, incumbent: i64, bound: i64 },
}

/// The three objectives, solved one after the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    CreditUsed,
    OutOfPocket,
    Preference,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::CreditUsed => "credit_used",
            Stage::OutOfPocket => "out_of_pocket",
            Stage::Preference => "preference",
        }
    }
}

/// Why a currency could not be planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Infeasible {
    pub currency: Currency,
    pub budget: Money,
    /// The least out-of-pocket the `must` items need.
    pub must_needs: Money,
}

/// The plan for one currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrencyPlan {
    pub currency: Currency,
    pub purchases: Vec<Purchase>,
    pub score: Score,
    pub proof: Proof,
    /// Set when the `must` items alone need more than the budget: then nothing is planned.
    pub infeasible: Option<Infeasible>,
}

/// A whole plan: one part per currency (currencies never mix).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub as_of: Date,
    pub currencies: Vec<CurrencyPlan>,
}

impl Plan {
    pub fn purchases(&self) -> impl Iterator<Item = &Purchase> {
        self.currencies.iter().flat_map(|c| c.purchases.iter())
    }

    pub fn score(&self, currency: Currency) -> Score {
        self.currencies.iter().find(|c| c.currency == currency).map(|c| c.score).unwrap_or_default()
    }

    pub fn is_proven_optimal(&self) -> bool {
        self.currencies.iter().all(|c| c.proof == Proof::Optimal)
    }
}
