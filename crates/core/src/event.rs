//! Events: single facts read from evidence, and the evidence itself.
//!
//! Everything unspent knows is an event with the evidence it came from.
//! Balances and lots are never stored; they are derived from events by the
//! [`ledger`](crate::ledger). An event's identity is a hash of where it came
//! from (its [`Evidence::idempotency_key`]), so reading the same evidence
//! twice, from any container, yields the same id and adds nothing.

use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

use crate::date::Date;
use crate::marketplace::Marketplace;
use crate::money::Money;
use crate::program::{BalanceKind, Category, ProgramId};

/// What kind of fact an event states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventKind {
    /// A credit was issued to the user: it becomes a lot.
    Grant,
    /// A credit was used on an order (a negative amount is a reversal: the credit came back).
    Redeem,
    /// A credit is expected to follow (No-Rush chosen, trade-in accepted, promotion enrolled).
    Promise,
    /// Loyalty points (Kindle Rewards) were earned.
    Points,
    /// A promo code was offered to the user.
    Code,
    /// Marketing for a credit that could be earned: never a grant.
    Offer,
    /// A reminder about an existing credit ("expires soon"): never a new grant.
    Notice,
    /// A balance seen on a page or statement at a point in time.
    Balance,
}

impl EventKind {
    pub const ALL: [EventKind; 8] = [
        EventKind::Grant,
        EventKind::Redeem,
        EventKind::Promise,
        EventKind::Points,
        EventKind::Code,
        EventKind::Offer,
        EventKind::Notice,
        EventKind::Balance,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Grant => "grant",
            EventKind::Redeem => "redeem",
            EventKind::Promise => "promise",
            EventKind::Points => "points",
            EventKind::Code => "code",
            EventKind::Offer => "offer",
            EventKind::Notice => "notice",
            EventKind::Balance => "balance",
        }
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EventKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s.trim()).ok_or_else(|| format!("unknown event kind `{s}`"))
    }
}

/// One fact. Which fields are meaningful depends on `kind`; the rest stay `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub kind: EventKind,
    pub program: Option<ProgramId>,
    /// Grant, redeem, promise, code (amount off), offer, notice, balance.
    pub amount: Option<Money>,
    /// Points earned (points events).
    pub points: Option<i64>,
    /// The promo or claim code (code events).
    pub code: Option<String>,
    pub expires_on: Option<Date>,
    pub order_id: Option<String>,
    /// The day the fact happened: the grant, the order, the observation.
    pub occurred_on: Option<Date>,
    /// What the credit can buy when its terms say so; `None` means the program's default.
    pub categories: Option<Vec<Category>>,
    /// Percent off, for codes that are not a fixed amount.
    pub percent_off: Option<u32>,
    /// Minimum purchase a code or promotion requires.
    pub min_purchase: Option<Money>,
    /// The lot a redeem names, when the evidence says which credit was used.
    pub lot: Option<String>,
    /// Which balance a balance observation is of.
    pub balance: Option<BalanceKind>,
    pub marketplace: Option<Marketplace>,
    pub note: Option<String>,
}

impl Event {
    /// An event of `kind` with every optional field empty.
    pub fn new(kind: EventKind) -> Event {
        Event {
            kind,
            program: None,
            amount: None,
            points: None,
            code: None,
            expires_on: None,
            order_id: None,
            occurred_on: None,
            categories: None,
            percent_off: None,
            min_purchase: None,
            lot: None,
            balance: None,
            marketplace: None,
            note: None,
        }
    }
}

/// Where a piece of evidence was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    Mbox,
    Maildir,
    Eml,
    Imap,
    /// Amazon's "Request Your Data" export (zip, folder or CSV).
    Export,
    /// A saved Amazon account page.
    Page,
    /// Typed in by the user.
    Manual,
}

impl SourceKind {
    pub const ALL: [SourceKind; 7] = [
        SourceKind::Mbox,
        SourceKind::Maildir,
        SourceKind::Eml,
        SourceKind::Imap,
        SourceKind::Export,
        SourceKind::Page,
        SourceKind::Manual,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Mbox => "mbox",
            SourceKind::Maildir => "maildir",
            SourceKind::Eml => "eml",
            SourceKind::Imap => "imap",
            SourceKind::Export => "export",
            SourceKind::Page => "page",
            SourceKind::Manual => "manual",
        }
    }

    /// Sources whose locators name the same things. A message has one
    /// Message-ID whether it sits in an mbox, a Maildir or on a server.
    pub fn identity_scope(self) -> &'static str {
        match self {
            SourceKind::Mbox | SourceKind::Maildir | SourceKind::Eml | SourceKind::Imap => "mail",
            SourceKind::Export => "export",
            SourceKind::Page => "page",
            SourceKind::Manual => "manual",
        }
    }
}

impl fmt::Display for SourceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SourceKind {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SourceKind::ALL.into_iter().find(|k| k.as_str() == s.trim()).ok_or_else(|| format!("unknown source `{s}`"))
    }
}

/// Whether evidence can be believed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trust {
    /// From an Amazon domain with passing authentication results.
    Verified,
    /// From an Amazon domain; no authentication results to check.
    Unverified,
    /// Not Amazon's, or forged: flagged, never counted. The reason says why.
    Rejected(String),
    /// The user's own files (export, saved pages) or typing.
    User,
}

impl Trust {
    pub fn counts(&self) -> bool {
        !matches!(self, Trust::Rejected(_))
    }

    pub fn as_str(&self) -> &str {
        match self {
            Trust::Verified => "verified",
            Trust::Unverified => "unverified",
            Trust::Rejected(_) => "rejected",
            Trust::User => "user",
        }
    }
}

/// Where a fact came from, precisely enough to find it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub source: SourceKind,
    /// What the evidence is, independent of where it is stored: a
    /// Message-ID, `file.csv#row`, `page.html#row`, a manual entry's id.
    pub locator: String,
    /// Where this copy was found: a path and byte offset, an IMAP UID…
    pub origin: Option<String>,
    /// The sender's address (never the display name).
    pub sender: Option<String>,
    pub subject: Option<String>,
    /// The message's date, RFC 3339, or the file's date when known.
    pub date: Option<String>,
    pub trust: Trust,
}

impl Evidence {
    /// The key that makes re-reading the same evidence a no-op: the scope of
    /// the source, the locator, and the event's index within the evidence.
    pub fn idempotency_key(&self, index: usize) -> String {
        format!("{}:{}#{}", self.source.identity_scope(), self.locator, index)
    }
}

/// An event's stable id, derived from its idempotency key: `ev-` and 12 hex digits.
pub fn event_id(idempotency_key: &str) -> String {
    let digest = Sha256::digest(idempotency_key.as_bytes());
    let hex: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("ev-{hex}")
}

/// An event as recorded: with its stable id and evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    pub id: String,
    pub event: Event,
    pub evidence: Evidence,
}

impl Recorded {
    /// The `index`-th event read from `evidence`.
    pub fn new(event: Event, evidence: Evidence, index: usize) -> Recorded {
        Recorded { id: event_id(&evidence.idempotency_key(index)), event, evidence }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(source: SourceKind, locator: &str) -> Evidence {
        Evidence {
            source,
            locator: locator.into(),
            origin: None,
            sender: None,
            subject: None,
            date: None,
            trust: Trust::User,
        }
    }

    #[test]
    fn the_same_message_in_any_mail_container_has_one_identity() {
        let a = Recorded::new(Event::new(EventKind::Grant), evidence(SourceKind::Mbox, "<m1@amazon.com>"), 0);
        let b = Recorded::new(Event::new(EventKind::Grant), evidence(SourceKind::Imap, "<m1@amazon.com>"), 0);
        let c = Recorded::new(Event::new(EventKind::Grant), evidence(SourceKind::Mbox, "<m1@amazon.com>"), 1);
        let d = Recorded::new(Event::new(EventKind::Grant), evidence(SourceKind::Export, "<m1@amazon.com>"), 0);
        assert_eq!(a.id, b.id);
        assert_ne!(a.id, c.id);
        assert_ne!(a.id, d.id);
        assert!(a.id.starts_with("ev-") && a.id.len() == 15);
    }
}
