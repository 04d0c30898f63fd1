//! The JSON shapes unspent prints. Domain types are not `Serialize`; these
//! are their public counterparts, and the field names here are a contract
//! (DESIGN.md): scripts and acceptance checks read them.

use serde::Serialize;
use unspent_core::ledger::{BalanceCheck, BalanceLine, Lot, Unmatched};
use unspent_core::{Date, Money, Problem, Recorded, SourceKind, Trust};

fn date(d: Option<Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

fn amount(m: Option<Money>) -> Option<String> {
    m.map(Money::to_decimal_string)
}

#[derive(Serialize)]
pub struct EventJson {
    pub id: String,
    pub kind: &'static str,
    pub program: Option<String>,
    pub amount: Option<String>,
    pub currency: Option<&'static str>,
    pub points: Option<i64>,
    pub code: Option<String>,
    pub expires_on: Option<String>,
    pub order_id: Option<String>,
    pub occurred_on: Option<String>,
    pub categories: Option<Vec<&'static str>>,
    pub percent_off: Option<u32>,
    pub min_purchase: Option<String>,
    pub lot: Option<String>,
    pub balance: Option<&'static str>,
    pub marketplace: Option<&'static str>,
    pub note: Option<String>,
    pub evidence: EvidenceJson,
}

#[derive(Serialize)]
pub struct EvidenceJson {
    pub source: &'static str,
    /// The Message-ID for mail; null for other sources.
    pub message_id: Option<String>,
    pub subject: Option<String>,
    pub date: Option<String>,
    pub locator: String,
    pub origin: Option<String>,
    pub sender: Option<String>,
    pub trust: String,
    pub trust_reason: Option<String>,
}

impl From<&Recorded> for EventJson {
    fn from(r: &Recorded) -> Self {
        let e = &r.event;
        let v = &r.evidence;
        let is_mail = matches!(v.source, SourceKind::Mbox | SourceKind::Maildir | SourceKind::Eml | SourceKind::Imap);
        EventJson {
            id: r.id.clone(),
            kind: e.kind.as_str(),
            program: e.program.as_ref().map(|p| p.to_string()),
            amount: amount(e.amount),
            currency: e.amount.map(|m| m.currency().code()),
            points: e.points,
            code: e.code.clone(),
            expires_on: date(e.expires_on),
            order_id: e.order_id.clone(),
            occurred_on: date(e.occurred_on),
            categories: e.categories.as_ref().map(|c| c.iter().map(|c| c.as_str()).collect()),
            percent_off: e.percent_off,
            min_purchase: e.min_purchase.map(|m| m.to_string()),
            lot: e.lot.clone(),
            balance: e.balance.map(|b| b.as_str()),
            marketplace: e.marketplace.map(|m| m.code()),
            note: e.note.clone(),
            evidence: EvidenceJson {
                source: v.source.as_str(),
                message_id: is_mail.then(|| v.locator.clone()),
                subject: v.subject.clone(),
                date: v.date.clone(),
                locator: v.locator.clone(),
                origin: v.origin.clone(),
                sender: v.sender.clone(),
                trust: v.trust.as_str().to_string(),
                trust_reason: match &v.trust {
                    Trust::Rejected(reason) => Some(reason.clone()),
                    _ => None,
                },
            },
        }
    }
}

#[derive(Serialize)]
pub struct LotJson {
    pub id: String,
    pub program: String,
    pub amount: String,
    pub remaining: String,
    pub currency: &'static str,
    pub expires_on: Option<String>,
    /// How the expiry is known: stated, rule, never, unknown.
    pub expiry: &'static str,
    pub days_left: Option<i64>,
    pub status: &'static str,
    pub categories: Vec<&'static str>,
    pub balance: &'static str,
    pub granted_on: Option<String>,
    pub order_id: Option<String>,
    /// True when some use of this credit was assigned by the soonest-expiry-first rule.
    pub estimated: bool,
    pub uses: Vec<UseJson>,
}

#[derive(Serialize)]
pub struct UseJson {
    pub redeem: String,
    pub amount: String,
    pub on: Option<String>,
    pub order_id: Option<String>,
    pub estimated: bool,
}

impl LotJson {
    pub fn new(lot: &Lot, as_of: Date) -> LotJson {
        LotJson {
            id: lot.id.clone(),
            program: lot.program.to_string(),
            amount: lot.granted.to_decimal_string(),
            remaining: lot.remaining_on(as_of).to_decimal_string(),
            currency: lot.currency().code(),
            expires_on: date(lot.expires_on),
            expiry: lot.expiry_basis.as_str(),
            days_left: lot.days_left(as_of),
            status: lot.status(as_of).as_str(),
            categories: lot.categories.iter().map(|c| c.as_str()).collect(),
            balance: lot.balance.as_str(),
            granted_on: date(lot.granted_on),
            order_id: lot.order_id.clone(),
            estimated: lot.has_estimated_uses(),
            uses: lot
                .uses
                .iter()
                .filter(|u| u.on.is_none_or(|on| on <= as_of))
                .map(|u| UseJson {
                    redeem: u.redeem_id.clone(),
                    amount: u.amount.to_decimal_string(),
                    on: date(u.on),
                    order_id: u.order_id.clone(),
                    estimated: u.estimated,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
pub struct BalanceLineJson {
    pub program: String,
    pub balance: &'static str,
    pub currency: &'static str,
    pub available: String,
    pub expiring_30_days: String,
    pub expired: String,
    pub active_credits: usize,
}

impl From<&BalanceLine> for BalanceLineJson {
    fn from(line: &BalanceLine) -> Self {
        BalanceLineJson {
            program: line.program.to_string(),
            balance: line.balance.as_str(),
            currency: line.currency.code(),
            available: line.available.to_decimal_string(),
            expiring_30_days: line.expiring_soon.to_decimal_string(),
            expired: line.expired.to_decimal_string(),
            active_credits: line.active_lots,
        }
    }
}

#[derive(Serialize)]
pub struct CheckJson {
    pub event: String,
    pub on: Option<String>,
    pub balance: &'static str,
    pub program: Option<String>,
    /// Set when the observation was of the credits expiring on one day (a No-Rush page row).
    pub expires_on: Option<String>,
    pub currency: &'static str,
    pub observed: String,
    pub estimated: String,
    pub agrees: bool,
}

impl From<&BalanceCheck> for CheckJson {
    fn from(c: &BalanceCheck) -> Self {
        CheckJson {
            event: c.event_id.clone(),
            on: date(c.on),
            balance: c.balance.as_str(),
            program: c.program.as_ref().map(|p| p.to_string()),
            expires_on: date(c.expires_on),
            currency: c.observed.currency().code(),
            observed: c.observed.to_decimal_string(),
            estimated: c.estimated.to_decimal_string(),
            agrees: c.agrees(),
        }
    }
}

#[derive(Serialize)]
pub struct UnmatchedJson {
    pub redeem: String,
    pub amount: String,
    pub currency: &'static str,
    pub on: Option<String>,
    pub order_id: Option<String>,
}

impl From<&Unmatched> for UnmatchedJson {
    fn from(u: &Unmatched) -> Self {
        UnmatchedJson {
            redeem: u.redeem_id.clone(),
            amount: u.amount.to_decimal_string(),
            currency: u.amount.currency().code(),
            on: date(u.on),
            order_id: u.order_id.clone(),
        }
    }
}

#[derive(Serialize)]
pub struct ProblemJson {
    pub kind: &'static str,
    pub source: &'static str,
    pub locator: String,
    pub origin: Option<String>,
    pub message: String,
}

impl From<&Problem> for ProblemJson {
    fn from(p: &Problem) -> Self {
        ProblemJson {
            kind: p.kind.as_str(),
            source: p.source.as_str(),
            locator: p.locator.clone(),
            origin: p.origin.clone(),
            message: p.message.clone(),
        }
    }
}

#[derive(Serialize)]
pub struct OrderJson {
    pub order_id: String,
    /// `retail` or `digital`.
    pub kind: &'static str,
    pub ordered_on: Option<String>,
    pub website: Option<String>,
    pub marketplace: Option<&'static str>,
    pub total: Option<String>,
    pub currency: Option<&'static str>,
    pub items: u32,
    pub payment: Option<String>,
    /// Gift-card balance paid part of it (the export does not say how much).
    pub gift_card_used: bool,
    pub status: Option<String>,
    pub shipping_options: Vec<String>,
    /// Credit (promotional balance) the export shows used on it.
    pub credit_used: Option<String>,
    pub refunded: Option<String>,
    /// A No-Rush credit from mail (or typed in) names this order.
    pub no_rush_credit: bool,
    /// Where its first row is in the export.
    pub origin: Option<String>,
}

impl OrderJson {
    pub fn new(order: &unspent_core::order::Order, no_rush_credit: bool) -> OrderJson {
        OrderJson {
            order_id: order.order_id.clone(),
            kind: order.kind.as_str(),
            ordered_on: date(order.ordered_on),
            website: order.website.clone(),
            marketplace: order.marketplace.map(|m| m.code()),
            total: amount(order.total),
            currency: order.total.map(|m| m.currency().code()),
            items: order.items,
            payment: order.payment.clone(),
            gift_card_used: order.gift_card_used,
            status: order.status.clone(),
            shipping_options: order.shipping_options.clone(),
            credit_used: amount(order.credit_used),
            refunded: amount(order.refunded),
            no_rush_credit,
            origin: order.origin.clone(),
        }
    }
}

#[derive(Serialize)]
pub struct ShippingOptionJson {
    pub option: String,
    pub orders: u32,
    /// Orders old enough for their No-Rush mail to have been scanned.
    pub judged: u32,
    /// Orders with a No-Rush credit (or a promise of one).
    pub no_rush: u32,
    /// Of those, orders that used no other shipping option.
    pub no_rush_only: u32,
    /// Whether unspent takes this option to mean No-Rush.
    pub no_rush_code: bool,
}

impl From<&unspent_store::ShippingOption> for ShippingOptionJson {
    fn from(o: &unspent_store::ShippingOption) -> Self {
        ShippingOptionJson {
            option: o.option.clone(),
            orders: o.orders,
            judged: o.judged,
            no_rush: o.no_rush,
            no_rush_only: o.no_rush_only,
            no_rush_code: o.learned,
        }
    }
}
