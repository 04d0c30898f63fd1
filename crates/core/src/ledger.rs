//! The ledger: lots, balances and checks derived from events.
//!
//! A lot is one grant and what is left of it: remaining = granted − redeemed.
//! Nothing here is stored; [`Ledger::build`] replays the recorded events
//! every time, so the ledger is always exactly what the evidence says.
//!
//! When a redeem does not name the lot it used, it is applied to the lots
//! of the same currency and balance that were usable on its day, soonest
//! expiring first (lots with no expiry last). Amazon does not document the
//! order it uses, so such uses are marked `estimated`, and an observed
//! balance (a `balance` event) is compared with the estimate rather than
//! silently trusted or ignored.
//!
//! Two sources can describe one fact. A redeem of the same balance, amount
//! and order seen in two kinds of source (mail and the export, or mail and a
//! saved page) is one use, counted once. An observation of a program's
//! balance that states an expiry (a row of the No-Rush rewards page: "$2.00
//! expires on …") describes lots: when the grants the ledger knows for that
//! program and expiry add up to less, the difference becomes a lot of its
//! own (id: the observation's), so a credit seen only on a page is not lost
//! and one seen both in mail and on a page is not counted twice.
//!
//! A gift card received by mail shows again on the saved Gift Card page once it
//! is claimed ("Gift Card added", the same amount, on or after the mail's day).
//! Neither names the other (the page hides the claim code), so each such page
//! row is matched to the latest unmatched card from mail of the same amount
//! received in the year before it, and that card is counted once.

use std::collections::BTreeMap;

use crate::date::{Date, days_between};
use crate::event::{EventKind, Recorded, SourceKind};
use crate::marketplace::Marketplace;
use crate::money::{Currency, Money};
use crate::program::{BalanceKind, Category, ExpiryRule, ProgramCatalog, ProgramId};

/// How a lot's expiry date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpiryBasis {
    /// The evidence states it.
    Stated,
    /// Derived from the program's rule and the grant date.
    Rule,
    /// The credit does not expire.
    Never,
    /// Nobody said: the user should check.
    Unknown,
}

impl ExpiryBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            ExpiryBasis::Stated => "stated",
            ExpiryBasis::Rule => "rule",
            ExpiryBasis::Never => "never",
            ExpiryBasis::Unknown => "unknown",
        }
    }
}

/// One use of a lot by a redeem (negative when a reversal gave credit back).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LotUse {
    pub redeem_id: String,
    pub amount: Money,
    pub on: Option<Date>,
    pub order_id: Option<String>,
    /// True when the redeem did not name this lot and the ledger chose it.
    pub estimated: bool,
}

/// Where a lot stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LotStatus {
    /// Not granted yet on that day.
    Pending,
    /// Has money left and can still be spent (including on its expiry day).
    Active,
    /// Fully spent.
    UsedUp,
    /// Expired with money left: that money is lost.
    Expired,
    /// The programme closed (Amazon Coins): balances were refunded.
    Closed,
}

impl LotStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            LotStatus::Pending => "pending",
            LotStatus::Active => "active",
            LotStatus::UsedUp => "used",
            LotStatus::Expired => "expired",
            LotStatus::Closed => "closed",
        }
    }
}

/// One grant and what is left of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lot {
    /// The id of the grant event: stable across rescans and databases.
    pub id: String,
    pub program: ProgramId,
    pub granted: Money,
    pub granted_on: Option<Date>,
    pub expires_on: Option<Date>,
    pub expiry_basis: ExpiryBasis,
    pub categories: Vec<Category>,
    pub balance: BalanceKind,
    pub order_id: Option<String>,
    pub marketplace: Option<Marketplace>,
    pub closed_on: Option<Date>,
    pub uses: Vec<LotUse>,
}

impl Lot {
    pub fn currency(&self) -> Currency {
        self.granted.currency()
    }

    /// What is left after every recorded use.
    pub fn remaining(&self) -> Money {
        self.remaining_after(|_| true)
    }

    /// What was left at the end of `day` (uses with no date count as already made).
    pub fn remaining_on(&self, day: Date) -> Money {
        self.remaining_after(|u| u.on.is_none_or(|on| on <= day))
    }

    fn remaining_after(&self, counted: impl Fn(&LotUse) -> bool) -> Money {
        let used: i64 = self.uses.iter().filter(|u| counted(u)).map(|u| u.amount.minor()).sum();
        Money::from_minor(self.granted.minor() - used, self.currency())
    }

    /// Whether the lot existed and could be spent on `day`. A lot can be spent on its expiry day.
    pub fn is_usable_on(&self, day: Date) -> bool {
        let granted = self.granted_on.is_none_or(|g| g <= day);
        let unexpired = self.expires_on.is_none_or(|e| day <= e);
        let open = self.closed_on.is_none_or(|c| day < c);
        granted && unexpired && open
    }

    pub fn status(&self, as_of: Date) -> LotStatus {
        if self.granted_on.is_some_and(|g| g > as_of) {
            return LotStatus::Pending;
        }
        if self.remaining_on(as_of).minor() <= 0 {
            return LotStatus::UsedUp;
        }
        if self.closed_on.is_some_and(|c| c <= as_of) {
            return LotStatus::Closed;
        }
        if self.expires_on.is_some_and(|e| e < as_of) {
            return LotStatus::Expired;
        }
        LotStatus::Active
    }

    /// Days from `as_of` to the expiry day (0 on the day itself), if it expires.
    pub fn days_left(&self, as_of: Date) -> Option<i64> {
        self.expires_on.map(|e| days_between(as_of, e))
    }

    /// Whether any of this lot's uses were chosen by the ledger rather than named by evidence.
    pub fn has_estimated_uses(&self) -> bool {
        self.uses.iter().any(|u| u.estimated)
    }

    pub fn can_buy(&self, category: Category) -> bool {
        self.categories.contains(&category)
    }
}

/// Kindle-style points earned at one time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PointsLot {
    pub id: String,
    pub program: ProgramId,
    pub points: i64,
    pub remaining: i64,
    pub earned_on: Option<Date>,
    pub expires_on: Option<Date>,
}

/// A redeem (or part of one) that no known lot could pay for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmatched {
    pub redeem_id: String,
    pub amount: Money,
    pub on: Option<Date>,
    pub order_id: Option<String>,
}

/// An observed balance next to the ledger's own estimate for the same day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BalanceCheck {
    pub event_id: String,
    pub on: Option<Date>,
    pub balance: BalanceKind,
    pub program: Option<ProgramId>,
    /// When the observation was of the lots expiring on one day only.
    pub expires_on: Option<Date>,
    pub observed: Money,
    pub estimated: Money,
}

impl BalanceCheck {
    pub fn agrees(&self) -> bool {
        self.observed == self.estimated
    }
}

/// Totals for one program and currency on a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BalanceLine {
    pub program: ProgramId,
    pub balance: BalanceKind,
    pub currency: Currency,
    /// Left on active lots.
    pub available: Money,
    /// Left on lots that expired: lost.
    pub expired: Money,
    /// Active lots that expire within the `soon` window given.
    pub expiring_soon: Money,
    pub active_lots: usize,
}

/// Everything derived from the events.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ledger {
    pub lots: Vec<Lot>,
    pub points: Vec<PointsLot>,
    pub unmatched: Vec<Unmatched>,
    pub checks: Vec<BalanceCheck>,
    /// Events the ledger could not use, and why (unknown program, no amount…).
    pub skipped: Vec<(String, String)>,
}

impl Ledger {
    /// Replays `events` (in any order) into lots. Rejected evidence is ignored.
    pub fn build(catalog: &ProgramCatalog, events: &[Recorded]) -> Ledger {
        let mut ledger = Ledger::default();
        let trusted: Vec<&Recorded> = events.iter().filter(|r| r.evidence.trust.counts()).collect();
        let claimed = claimed_mail_cards(&trusted);
        for record in trusted.iter().filter(|r| r.event.kind == EventKind::Grant) {
            if let Some(card) = claimed.get(record.id.as_str()) {
                let reason = format!("the gift card of {card} (mail), claimed into the balance");
                ledger.skipped.push((record.id.clone(), reason));
                continue;
            }
            match lot_from_grant(catalog, record) {
                Ok(lot) => ledger.lots.push(lot),
                Err(reason) => ledger.skipped.push((record.id.clone(), reason)),
            }
        }
        for record in trusted.iter().filter(|r| r.event.kind == EventKind::Points) {
            ledger.add_points(catalog, record);
        }
        ledger.infer_observed_lots(catalog, &trusted);
        ledger.lots.sort_by_key(expiry_order);
        ledger.convert_points_to_rewards(catalog);

        let mut redeems: Vec<&&Recorded> = trusted.iter().filter(|r| r.event.kind == EventKind::Redeem).collect();
        redeems.sort_by(|a, b| {
            (a.event.occurred_on.is_none(), a.event.occurred_on, &a.id).cmp(&(
                b.event.occurred_on.is_none(),
                b.event.occurred_on,
                &b.id,
            ))
        });
        let mut uses_seen: BTreeMap<UseKey, (&str, &str)> = BTreeMap::new();
        for record in redeems {
            if let Some(key) = use_key(catalog, record) {
                let scope = record.evidence.source.identity_scope();
                match uses_seen.get(&key) {
                    Some((first, first_scope)) if *first_scope != scope => {
                        let reason = format!("the same use as {first} (seen in {first_scope} and {scope})");
                        ledger.skipped.push((record.id.clone(), reason));
                        continue;
                    }
                    Some(_) => {}
                    None => {
                        uses_seen.insert(key, (record.id.as_str(), scope));
                    }
                }
            }
            ledger.apply_redeem(catalog, record);
        }
        for record in trusted.iter().filter(|r| r.event.kind == EventKind::Balance) {
            ledger.check_balance(record);
        }
        ledger
    }

    pub fn lot(&self, id: &str) -> Option<&Lot> {
        self.lots.iter().find(|l| l.id == id)
    }

    /// Lots that can be spent on `as_of`, optionally only those expiring within `days`,
    /// soonest-expiring first.
    pub fn active_lots(&self, as_of: Date, expiring_within: Option<i64>) -> Vec<&Lot> {
        self.lots
            .iter()
            .filter(|l| l.status(as_of) == LotStatus::Active)
            .filter(|l| match expiring_within {
                None => true,
                Some(days) => l.days_left(as_of).is_some_and(|left| left <= days),
            })
            .collect()
    }

    /// Totals per program and currency on `as_of`; `soon_days` sets the "expiring soon" window.
    pub fn balances(&self, as_of: Date, soon_days: i64) -> Vec<BalanceLine> {
        let mut lines: BTreeMap<(ProgramId, Currency), BalanceLine> = BTreeMap::new();
        for lot in self.lots.iter().filter(|l| l.status(as_of) != LotStatus::Pending) {
            let line = lines.entry((lot.program.clone(), lot.currency())).or_insert_with(|| BalanceLine {
                program: lot.program.clone(),
                balance: lot.balance,
                currency: lot.currency(),
                available: Money::zero(lot.currency()),
                expired: Money::zero(lot.currency()),
                expiring_soon: Money::zero(lot.currency()),
                active_lots: 0,
            });
            let left = lot.remaining_on(as_of).minor().max(0);
            match lot.status(as_of) {
                LotStatus::Active => {
                    line.available = Money::from_minor(line.available.minor() + left, lot.currency());
                    line.active_lots += 1;
                    if lot.days_left(as_of).is_some_and(|d| d <= soon_days) {
                        line.expiring_soon = Money::from_minor(line.expiring_soon.minor() + left, lot.currency());
                    }
                }
                LotStatus::Expired => line.expired = Money::from_minor(line.expired.minor() + left, lot.currency()),
                LotStatus::Pending | LotStatus::UsedUp | LotStatus::Closed => {}
            }
        }
        lines.into_values().collect()
    }

    /// Unexpired points on `as_of`.
    pub fn points_balance(&self, as_of: Date) -> i64 {
        self.points
            .iter()
            .filter(|p| p.earned_on.is_none_or(|e| e <= as_of) && p.expires_on.is_none_or(|e| as_of <= e))
            .map(|p| p.remaining)
            .sum()
    }

    fn add_points(&mut self, catalog: &ProgramCatalog, record: &Recorded) {
        let event = &record.event;
        let (Some(points), Some(program)) = (event.points, event.program.clone()) else {
            self.skipped.push((record.id.clone(), "points event without points or program".into()));
            return;
        };
        let rule_expiry = catalog
            .get(program.as_str())
            .and_then(|p| p.points)
            .zip(event.occurred_on)
            .and_then(|(rule, earned)| rule.expiry.expiry_for(earned));
        self.points.push(PointsLot {
            id: record.id.clone(),
            program,
            points,
            remaining: points,
            earned_on: event.occurred_on,
            expires_on: event.expires_on.or(rule_expiry),
        });
    }

    /// A reward grant of a points program used up `points_per_reward` points:
    /// take them from the points that were live on the grant day, oldest expiry first.
    fn convert_points_to_rewards(&mut self, catalog: &ProgramCatalog) {
        self.points.sort_by_key(|p| (p.expires_on.is_none(), p.expires_on, p.earned_on));
        for lot in &self.lots {
            let Some(rule) = catalog.get(lot.program.as_str()).and_then(|p| p.points) else {
                continue;
            };
            let mut needed = rule.points_per_reward * (lot.granted.minor() / rule.reward.minor().max(1)).max(1);
            for points in self.points.iter_mut().filter(|p| p.program == lot.program) {
                let live = lot.granted_on.is_none_or(|day| is_live(points, day));
                if needed == 0 || !live {
                    continue;
                }
                let take = needed.min(points.remaining);
                points.remaining -= take;
                needed -= take;
            }
        }
    }

    fn apply_redeem(&mut self, catalog: &ProgramCatalog, record: &Recorded) {
        let event = &record.event;
        let Some(amount) = event.amount else {
            self.skipped.push((record.id.clone(), "redeem without an amount".into()));
            return;
        };
        if amount.is_negative() {
            self.reverse(record, amount.abs());
            return;
        }
        let mut left = amount.minor();
        if let Some(named) = &event.lot
            && let Some(lot) = self.lots.iter_mut().find(|l| &l.id == named && l.currency() == amount.currency())
        {
            let take = left.min(lot.remaining().minor().max(0));
            if take > 0 {
                lot.uses.push(use_of(record, take, amount.currency(), false));
                left -= take;
            }
        }
        let balance = redeem_balance(catalog, record);
        for lot in self.lots.iter_mut() {
            if left == 0 {
                break;
            }
            let eligible = lot.currency() == amount.currency()
                && lot.balance == balance
                && event.occurred_on.is_none_or(|day| lot.is_usable_on(day))
                && event.categories.as_ref().is_none_or(|cats| cats.iter().any(|c| lot.can_buy(*c)));
            let take = left.min(lot.remaining().minor().max(0));
            if eligible && take > 0 {
                lot.uses.push(use_of(record, take, amount.currency(), true));
                left -= take;
            }
        }
        if left > 0 {
            self.unmatched.push(Unmatched {
                redeem_id: record.id.clone(),
                amount: Money::from_minor(left, amount.currency()),
                on: event.occurred_on,
                order_id: event.order_id.clone(),
            });
        }
    }

    /// Gives credit back to the lots that paid for the same order, most recent use first.
    fn reverse(&mut self, record: &Recorded, amount: Money) {
        let mut left = amount.minor();
        let order = record.event.order_id.as_deref();
        let mut candidates: Vec<(usize, Option<Date>)> = Vec::new();
        for (index, lot) in self.lots.iter().enumerate() {
            for used in
                lot.uses.iter().filter(|u| u.amount.minor() > 0 && order.is_some() && u.order_id.as_deref() == order)
            {
                candidates.push((index, used.on));
            }
        }
        candidates.sort_by_key(|c| std::cmp::Reverse(c.1));
        candidates.dedup();
        for (index, _) in candidates {
            if left == 0 {
                break;
            }
            let lot = &mut self.lots[index];
            let spent_on_order: i64 =
                lot.uses.iter().filter(|u| u.order_id.as_deref() == order).map(|u| u.amount.minor()).sum();
            let give = left.min(spent_on_order.max(0));
            if give > 0 {
                lot.uses.push(use_of(record, -give, amount.currency(), true));
                left -= give;
            }
        }
        if left > 0 {
            self.unmatched.push(Unmatched {
                redeem_id: record.id.clone(),
                amount: Money::from_minor(-left, amount.currency()),
                on: record.event.occurred_on,
                order_id: record.event.order_id.clone(),
            });
        }
    }

    /// Observations of a program's lots expiring on one day that exceed the
    /// grants known for them teach a lot for the difference, dated the day of
    /// the observation (earlier observations first, so seeing the same page
    /// twice teaches nothing more).
    fn infer_observed_lots(&mut self, catalog: &ProgramCatalog, trusted: &[&Recorded]) {
        let mut observations: Vec<&&Recorded> = trusted
            .iter()
            .filter(|r| r.event.kind == EventKind::Balance && r.event.expires_on.is_some() && r.event.program.is_some())
            .collect();
        observations.sort_by(|a, b| (a.event.occurred_on, &a.id).cmp(&(b.event.occurred_on, &b.id)));
        for record in observations {
            let event = &record.event;
            let (Some(observed), Some(expires_on), Some(program_id)) = (event.amount, event.expires_on, &event.program)
            else {
                continue;
            };
            let Some(program) = catalog.get(program_id.as_str()) else { continue };
            let known: i64 = self
                .lots
                .iter()
                .filter(|l| &l.program == program_id && l.currency() == observed.currency())
                .filter(|l| l.expires_on == Some(expires_on))
                .filter(|l| match (l.granted_on, event.occurred_on) {
                    (Some(granted), Some(seen)) => granted <= seen,
                    _ => true,
                })
                .map(|l| l.granted.minor())
                .sum();
            let shortfall = observed.minor() - known;
            if shortfall <= 0 {
                continue;
            }
            self.lots.push(Lot {
                id: record.id.clone(),
                program: program_id.clone(),
                granted: Money::from_minor(shortfall, observed.currency()),
                granted_on: event.occurred_on,
                expires_on: Some(expires_on),
                expiry_basis: ExpiryBasis::Stated,
                categories: event.categories.clone().unwrap_or_else(|| program.categories.clone()),
                balance: program.balance,
                order_id: None,
                marketplace: event.marketplace,
                closed_on: program.closed_on,
                uses: Vec::new(),
            });
        }
    }

    fn check_balance(&mut self, record: &Recorded) {
        let event = &record.event;
        let Some(observed) = event.amount else { return };
        let balance = event.balance.unwrap_or(BalanceKind::GiftCard);
        let estimated: i64 = self
            .lots
            .iter()
            .filter(|l| l.balance == balance && l.currency() == observed.currency())
            .filter(|l| event.program.as_ref().is_none_or(|p| &l.program == p))
            .filter(|l| event.expires_on.is_none_or(|e| l.expires_on == Some(e)))
            .filter(|l| event.occurred_on.is_none_or(|day| l.is_usable_on(day)))
            .map(|l| match event.occurred_on {
                Some(day) => l.remaining_on(day).minor(),
                None => l.remaining().minor(),
            })
            .sum();
        self.checks.push(BalanceCheck {
            event_id: record.id.clone(),
            on: event.occurred_on,
            balance,
            program: event.program.clone(),
            expires_on: event.expires_on,
            observed,
            estimated: Money::from_minor(estimated, observed.currency()),
        });
    }
}

/// How long before its "Gift Card added" row on the page a card from mail can have arrived.
const CLAIM_WINDOW_DAYS: i64 = 366;
/// Slack for a page dated in another time zone than the mail.
const CLAIM_CLOCK_SLACK_DAYS: i64 = 2;

/// Page rows that are the claim of a gift card received by mail, mapped to that card's id.
fn claimed_mail_cards<'a>(trusted: &[&'a Recorded]) -> BTreeMap<&'a str, &'a str> {
    let gift_card = |r: &&Recorded| {
        r.event.kind == EventKind::Grant
            && r.event.program.as_ref().is_some_and(|p| p.as_str() == ProgramId::GIFT_CARD)
            && r.event.amount.is_some()
            && r.event.occurred_on.is_some()
    };
    let mut from_mail: Vec<&Recorded> =
        trusted.iter().copied().filter(gift_card).filter(|r| r.evidence.source.identity_scope() == "mail").collect();
    from_mail.sort_by(|a, b| (a.event.occurred_on, &a.id).cmp(&(b.event.occurred_on, &b.id)));
    let mut page_rows: Vec<&Recorded> = trusted
        .iter()
        .copied()
        .filter(gift_card)
        .filter(|r| r.evidence.source == SourceKind::Page && r.event.order_id.is_none())
        .collect();
    page_rows.sort_by(|a, b| (a.event.occurred_on, &a.id).cmp(&(b.event.occurred_on, &b.id)));

    let mut taken = vec![false; from_mail.len()];
    let mut claimed = BTreeMap::new();
    for row in page_rows {
        let (Some(amount), Some(added_on)) = (row.event.amount, row.event.occurred_on) else { continue };
        let card = from_mail.iter().enumerate().rev().find(|(i, card)| {
            let received_on = card.event.occurred_on.expect("filtered");
            let days_before = days_between(received_on, added_on);
            !taken[*i]
                && card.event.amount == Some(amount)
                && (-CLAIM_CLOCK_SLACK_DAYS..=CLAIM_WINDOW_DAYS).contains(&days_before)
        });
        if let Some((i, card)) = card {
            taken[i] = true;
            claimed.insert(row.id.as_str(), card.id.as_str());
        }
    }
    claimed
}

/// What makes two redeems the same use: balance, currency, signed amount and order.
type UseKey = (BalanceKind, Currency, i64, String);

/// A redeem that names its order can be recognised in another source; one that does not cannot.
fn use_key(catalog: &ProgramCatalog, record: &Recorded) -> Option<UseKey> {
    let amount = record.event.amount?;
    let order = record.event.order_id.clone()?;
    Some((redeem_balance(catalog, record), amount.currency(), amount.minor(), order))
}

fn is_live(points: &PointsLot, day: Date) -> bool {
    points.earned_on.is_none_or(|e| e <= day) && points.expires_on.is_none_or(|e| day <= e)
}

fn use_of(record: &Recorded, minor: i64, currency: Currency, estimated: bool) -> LotUse {
    LotUse {
        redeem_id: record.id.clone(),
        amount: Money::from_minor(minor, currency),
        on: record.event.occurred_on,
        order_id: record.event.order_id.clone(),
        estimated,
    }
}

/// Soonest expiry first; then lots with unknown expiry; never-expiring last.
fn expiry_order(lot: &Lot) -> (u8, Option<Date>, Option<Date>, String) {
    let rank = match (lot.expires_on, lot.expiry_basis) {
        (Some(_), _) => 0,
        (None, ExpiryBasis::Never) => 2,
        (None, _) => 1,
    };
    (rank, lot.expires_on, lot.granted_on, lot.id.clone())
}

/// The balance a redeem draws on: as stated, else its program's, else the digital balance.
fn redeem_balance(catalog: &ProgramCatalog, record: &Recorded) -> BalanceKind {
    record
        .event
        .balance
        .or_else(|| record.event.program.as_ref().and_then(|p| catalog.get(p.as_str())).map(|p| p.balance))
        .filter(|b| *b != BalanceKind::None)
        .unwrap_or(BalanceKind::Digital)
}

fn lot_from_grant(catalog: &ProgramCatalog, record: &Recorded) -> Result<Lot, String> {
    let event = &record.event;
    let program_id = event.program.clone().ok_or("grant without a program")?;
    let program = catalog.require(program_id.as_str())?;
    let granted = event.amount.ok_or("grant without an amount")?;
    if granted.minor() <= 0 {
        return Err(format!("grant of {granted} is not positive"));
    }
    let (expires_on, expiry_basis) = match event.expires_on {
        Some(date) => (Some(date), ExpiryBasis::Stated),
        None => match program.expiry_in(event.marketplace) {
            ExpiryRule::Never => (None, ExpiryBasis::Never),
            ExpiryRule::Stated => (None, ExpiryBasis::Unknown),
            rule @ ExpiryRule::After { .. } => match event.occurred_on.and_then(|on| rule.expiry_for(on)) {
                Some(date) => (Some(date), ExpiryBasis::Rule),
                None => (None, ExpiryBasis::Unknown),
            },
        },
    };
    Ok(Lot {
        id: record.id.clone(),
        program: program_id,
        granted,
        granted_on: event.occurred_on,
        expires_on,
        expiry_basis,
        categories: event.categories.clone().unwrap_or_else(|| program.categories.clone()),
        balance: program.balance,
        order_id: event.order_id.clone(),
        marketplace: event.marketplace,
        closed_on: program.closed_on,
        uses: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{Event, Evidence, SourceKind, Trust};

    fn day(m: i8, d: i8) -> Date {
        Date::new(2026, m, d).unwrap()
    }

    fn usd(minor: i64) -> Money {
        Money::from_minor(minor, Currency::USD)
    }

    fn record(id: &str, event: Event, trust: Trust) -> Recorded {
        let evidence = Evidence {
            source: SourceKind::Manual,
            locator: id.into(),
            origin: None,
            sender: None,
            subject: None,
            date: None,
            trust,
        };
        Recorded { id: id.into(), event, evidence }
    }

    fn grant(id: &str, program: &'static str, amount: Money, on: Date, expires: Option<Date>) -> Recorded {
        let mut e = Event::new(EventKind::Grant);
        e.program = Some(ProgramId::known(program));
        e.amount = Some(amount);
        e.occurred_on = Some(on);
        e.expires_on = expires;
        record(id, e, Trust::User)
    }

    fn redeem(id: &str, program: &'static str, amount: Money, on: Date, order: &str) -> Recorded {
        let mut e = Event::new(EventKind::Redeem);
        e.program = Some(ProgramId::known(program));
        e.amount = Some(amount);
        e.occurred_on = Some(on);
        e.order_id = Some(order.into());
        record(id, e, Trust::User)
    }

    #[test]
    fn redeems_take_the_soonest_expiring_eligible_lot_first() {
        let events = vec![
            grant("late", "no-rush", usd(100), day(1, 1), Some(day(3, 1))),
            grant("early", "no-rush", usd(100), day(1, 2), Some(day(2, 1))),
            grant("gift", "gift-card", usd(500), day(1, 1), None),
            grant("unknown", "promotional", usd(300), day(1, 1), None),
            redeem("r1", "promotional", usd(150), day(1, 15), "D01-1"),
        ];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        let left = |id: &str| ledger.lot(id).unwrap().remaining().minor();
        assert_eq!((left("early"), left("late"), left("unknown"), left("gift")), (0, 50, 300, 500));
        assert!(ledger.lot("late").unwrap().uses[0].estimated);
        assert!(ledger.unmatched.is_empty());
    }

    #[test]
    fn a_lot_expired_or_not_yet_granted_on_the_redeem_day_is_skipped() {
        let events = vec![
            grant("expired", "no-rush", usd(100), day(1, 1), Some(day(1, 10))),
            grant("future", "no-rush", usd(100), day(2, 1), Some(day(5, 1))),
            grant("ok", "no-rush", usd(100), day(1, 1), Some(day(1, 20))),
            redeem("r1", "promotional", usd(250), day(1, 20), "D01-2"),
        ];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        assert_eq!(ledger.lot("ok").unwrap().remaining().minor(), 0);
        assert_eq!(ledger.lot("expired").unwrap().remaining().minor(), 100);
        assert_eq!(ledger.lot("future").unwrap().remaining().minor(), 100);
        assert_eq!(ledger.unmatched.len(), 1);
        assert_eq!(ledger.unmatched[0].amount, usd(150));
    }

    #[test]
    fn gift_card_redeems_use_the_gift_card_balance_only() {
        let events = vec![
            grant("nr", "no-rush", usd(100), day(1, 1), Some(day(2, 1))),
            grant("ti", "trade-in", usd(1000), day(1, 1), None),
            redeem("r1", "gift-card", usd(400), day(1, 5), "111-1"),
        ];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        assert_eq!(ledger.lot("ti").unwrap().remaining(), usd(600));
        assert_eq!(ledger.lot("nr").unwrap().remaining(), usd(100));
    }

    #[test]
    fn a_reversal_gives_credit_back_to_the_lot_that_paid() {
        let events = vec![
            grant("a", "no-rush", usd(300), day(1, 1), Some(day(6, 1))),
            redeem("r1", "promotional", usd(200), day(1, 5), "D01-9"),
            redeem("r2", "promotional", usd(-200), day(1, 9), "D01-9"),
        ];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        assert_eq!(ledger.lot("a").unwrap().remaining(), usd(300));
        assert_eq!(ledger.lot("a").unwrap().remaining_on(day(1, 6)), usd(100));
    }

    #[test]
    fn status_counts_the_expiry_day_as_usable() {
        let events = vec![grant("a", "no-rush", usd(100), day(1, 1), Some(day(3, 5)))];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        let lot = ledger.lot("a").unwrap();
        assert_eq!(lot.status(day(3, 5)), LotStatus::Active);
        assert_eq!(lot.days_left(day(3, 5)), Some(0));
        assert_eq!(lot.status(day(3, 6)), LotStatus::Expired);
        assert_eq!(lot.status(Date::new(2025, 12, 31).unwrap()), LotStatus::Pending);
        assert_eq!(ledger.active_lots(day(3, 1), Some(3)).len(), 0);
        assert_eq!(ledger.active_lots(day(3, 1), Some(4)).len(), 1);
        let lines = ledger.balances(day(3, 6), 30);
        assert_eq!((lines[0].available, lines[0].expired), (usd(0), usd(100)));
    }

    #[test]
    fn rejected_evidence_never_counts() {
        let mut forged = grant("x", "no-rush", usd(5000), day(1, 1), None);
        forged.evidence.trust = Trust::Rejected("dkim=fail".into());
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &[forged]);
        assert!(ledger.lots.is_empty());
    }

    #[test]
    fn expiry_falls_back_to_the_program_rule() {
        let mut gc = grant("gc", "gift-card", Money::from_minor(1000, Currency::GBP), day(1, 1), None);
        gc.event.marketplace = Some(Marketplace::Uk);
        let promo = grant("promo", "promotional", usd(500), day(1, 1), None);
        let us_gc = grant("usgc", "gift-card", usd(500), day(1, 1), None);
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &[gc, promo, us_gc]);
        assert_eq!(ledger.lot("gc").unwrap().expires_on, Some(Date::new(2036, 1, 1).unwrap()));
        assert_eq!(ledger.lot("gc").unwrap().expiry_basis, ExpiryBasis::Rule);
        assert_eq!(ledger.lot("promo").unwrap().expiry_basis, ExpiryBasis::Unknown);
        assert_eq!(ledger.lot("usgc").unwrap().expiry_basis, ExpiryBasis::Never);
    }

    #[test]
    fn an_observed_balance_is_compared_not_trusted() {
        let mut observed = Event::new(EventKind::Balance);
        observed.amount = Some(usd(700));
        observed.balance = Some(BalanceKind::GiftCard);
        observed.occurred_on = Some(day(2, 1));
        let events = vec![
            grant("ti", "trade-in", usd(1000), day(1, 1), None),
            redeem("r1", "gift-card", usd(400), day(1, 5), "111-1"),
            record("b", observed, Trust::User),
        ];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        let check = &ledger.checks[0];
        assert_eq!((check.observed, check.estimated, check.agrees()), (usd(700), usd(600), false));
        assert_eq!(ledger.lot("ti").unwrap().remaining(), usd(600), "the estimate is not overwritten");
    }

    #[test]
    fn points_expire_and_convert_into_rewards() {
        let mut earned = Event::new(EventKind::Points);
        earned.program = Some(ProgramId::known("kindle-rewards"));
        earned.points = Some(350);
        earned.occurred_on = Some(day(1, 10));
        let events =
            vec![record("p", earned, Trust::User), grant("k", "kindle-rewards", usd(300), day(2, 1), Some(day(5, 1)))];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        assert_eq!(ledger.points[0].expires_on, Some(day(4, 10)));
        assert_eq!(ledger.points_balance(day(3, 1)), 50);
        assert_eq!(ledger.points_balance(day(4, 11)), 0);
    }
    fn observation(id: &str, program: &'static str, amount: Money, on: Date, expires: Option<Date>) -> Recorded {
        let mut e = Event::new(EventKind::Balance);
        e.program = Some(ProgramId::known(program));
        e.amount = Some(amount);
        e.balance = Some(BalanceKind::Digital);
        e.occurred_on = Some(on);
        e.expires_on = expires;
        let mut r = record(id, e, Trust::User);
        r.evidence.source = SourceKind::Page;
        r
    }

    #[test]
    fn a_page_teaches_the_lots_mail_did_not_show_and_nothing_twice() {
        let expiry = Some(day(5, 15));
        let mut mail = grant("mail", "no-rush", usd(100), day(1, 3), expiry);
        mail.evidence.source = SourceKind::Mbox;
        let events = vec![
            mail,
            // The page lists $2.00 expiring May 15: one credit mail showed, one it did not.
            observation("seen-1", "no-rush", usd(200), day(2, 1), expiry),
            // Saved again a month later: nothing new to learn.
            observation("seen-2", "no-rush", usd(200), day(3, 1), expiry),
            observation("other", "no-rush", usd(100), day(2, 1), Some(day(6, 1))),
        ];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        let learned = ledger.lot("seen-1").expect("the unexplained dollar becomes a lot");
        assert_eq!((learned.granted, learned.granted_on, learned.expires_on), (usd(100), Some(day(2, 1)), expiry));
        assert!(ledger.lot("seen-2").is_none());
        assert_eq!(ledger.lot("other").unwrap().granted, usd(100));
        let lines = ledger.balances(day(3, 1), 30);
        assert_eq!(lines[0].available, usd(300));
        assert!(ledger.checks.iter().all(BalanceCheck::agrees), "{:?}", ledger.checks);
    }

    #[test]
    fn a_page_showing_less_than_the_ledger_is_a_disagreement_not_a_change() {
        let expiry = Some(day(5, 15));
        let events = vec![
            grant("a", "no-rush", usd(100), day(1, 3), expiry),
            grant("b", "no-rush", usd(100), day(1, 4), expiry),
            observation("seen", "no-rush", usd(100), day(2, 1), expiry),
        ];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        assert_eq!(ledger.lots.len(), 2);
        let check = &ledger.checks[0];
        assert_eq!((check.observed, check.estimated, check.expires_on), (usd(100), usd(200), expiry));
        assert!(!check.agrees());
    }

    fn from(source: SourceKind, mut record: Recorded) -> Recorded {
        record.evidence.source = source;
        record
    }

    #[test]
    fn a_gift_card_from_mail_claimed_on_the_page_counts_once() {
        let card = |id, amount, on| grant(id, "gift-card", usd(amount), on, None);
        let events = vec![
            from(SourceKind::Mbox, card("mail-25", 2500, day(1, 10))),
            from(SourceKind::Imap, card("mail-25-again", 2500, day(3, 1))),
            from(SourceKind::Mbox, card("mail-10", 1000, day(1, 20))),
            // Claimed a week later: the same card.
            from(SourceKind::Page, card("page-25", 2500, day(1, 17))),
            // A second $25 row: the March card, claimed in April.
            from(SourceKind::Page, card("page-25-b", 2500, day(4, 2))),
            // A third $25 row has no card left in mail: a card mail never showed.
            from(SourceKind::Page, card("page-25-c", 2500, day(4, 3))),
            // A $10 row before the $10 mail arrived is another card.
            from(SourceKind::Page, card("page-10", 1000, day(1, 5))),
        ];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        let mut ids: Vec<&str> = ledger.lots.iter().map(|l| l.id.as_str()).collect();
        ids.sort_unstable();
        assert_eq!(ids, ["mail-10", "mail-25", "mail-25-again", "page-10", "page-25-c"]);
        let skipped: Vec<&str> = ledger.skipped.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(skipped, ["page-25", "page-25-b"]);
        assert!(ledger.skipped[0].1.contains("mail-25"), "{:?}", ledger.skipped);
        assert!(ledger.skipped[1].1.contains("mail-25-again"), "{:?}", ledger.skipped);
    }

    #[test]
    fn a_page_row_naming_an_order_is_a_refund_not_a_claimed_card() {
        let mut refund = grant("page-refund", "gift-card", usd(2500), day(1, 12), None);
        refund.event.order_id = Some("111-0000000-0000000".into());
        let events = vec![
            from(SourceKind::Mbox, grant("mail", "gift-card", usd(2500), day(1, 10), None)),
            from(SourceKind::Page, refund),
        ];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        assert_eq!(ledger.lots.len(), 2);
    }

    #[test]
    fn one_use_seen_in_two_sources_counts_once() {
        let mut from_mail = redeem("m", "promotional", usd(150), day(1, 15), "D01-1");
        from_mail.evidence.source = SourceKind::Mbox;
        let mut from_export = redeem("x", "promotional", usd(150), day(1, 15), "D01-1");
        from_export.evidence.source = SourceKind::Export;
        let mut second_shipment = redeem("m2", "promotional", usd(150), day(1, 16), "D01-1");
        second_shipment.evidence.source = SourceKind::Imap;
        let events = vec![grant("g", "no-rush", usd(1000), day(1, 1), None), from_mail, from_export, second_shipment];
        let ledger = Ledger::build(&ProgramCatalog::builtin(), &events);
        assert_eq!(ledger.lot("g").unwrap().remaining(), usd(700), "mail twice (two uses), the export once (a copy)");
        assert_eq!(ledger.skipped.len(), 1);
        assert_eq!(ledger.skipped[0].0, "x");
    }
}
