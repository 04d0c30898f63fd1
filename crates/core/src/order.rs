//! Orders: what Amazon's data export says about each one.
//!
//! An order is a fact about a purchase, not an event of the ledger: it
//! records what shipping option and payment an order used, so that credits
//! read from mail can be joined to it (which shipping option means No-Rush
//! is learned this way).

use std::str::FromStr;

use crate::date::Date;
use crate::marketplace::Marketplace;
use crate::money::Money;

/// What kind of order an order id belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrderKind {
    Retail,
    Digital,
}

impl OrderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OrderKind::Retail => "retail",
            OrderKind::Digital => "digital",
        }
    }

    /// Digital order ids start with `D` (`D01-…`); retail ones are `NNN-NNNNNNN-NNNNNNN`.
    pub fn of(order_id: &str) -> OrderKind {
        if order_id.starts_with('D') { OrderKind::Digital } else { OrderKind::Retail }
    }
}

/// What Amazon's data export says about one order: facts, not events (the
/// export does not say which credit paid for what).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order {
    pub order_id: String,
    pub kind: OrderKind,
    pub ordered_on: Option<Date>,
    pub website: Option<String>,
    pub marketplace: Option<Marketplace>,
    /// Σ `Total Owed` / `Total Amount` over the order's rows (never `Shipment Item Subtotal`).
    pub total: Option<Money>,
    /// Rows (shipment items or monetary components) the order has in the export.
    pub items: u32,
    /// The payment method text(s), e.g. `Visa - 1234 and Gift Certificate/Card`.
    pub payment: Option<String>,
    /// Whether gift-card balance paid some of it (the export does not say how much).
    pub gift_card_used: bool,
    pub status: Option<String>,
    /// Every `Shipping Option` its shipments used, as Amazon wrote them.
    pub shipping_options: Vec<String>,
    /// Credit (promotional balance) used on it: the net of its `Promotion` rows.
    pub credit_used: Option<Money>,
    /// Σ `Refund Amount` in `Refund Details.csv`.
    pub refunded: Option<Money>,
    /// Where its first row is (file and row), when known.
    pub origin: Option<String>,
}

impl FromStr for OrderKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "retail" => Ok(OrderKind::Retail),
            "digital" => Ok(OrderKind::Digital),
            other => Err(format!("unknown order kind `{other}`")),
        }
    }
}
