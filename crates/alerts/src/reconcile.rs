//! Promised credits against the grants that should follow.
//!
//! A `promise` event says a credit is expected: No-Rush chosen on an order,
//! a trade-in accepted, a promotion enrolled. Each promise is matched to at
//! most one `grant` of the same program, and each grant pays at most one
//! promise:
//!
//! 1. by order id, when both carry one (any date; a different amount makes
//!    the promise `wrong-amount`);
//! 2. otherwise by amount and currency, for a grant dated from the promise
//!    to one grace window after the promise's due day, nearest first.
//!
//! An unmatched promise is `expected` until its grace window ends, then
//! `missing`, unless the newest scanned mail is older than the end of the
//! window: then unspent cannot tell and says `cannot-check` instead (never
//! "missing" on stale data). A grant that arrives after the window turns
//! the promise `resolved`.

use std::collections::BTreeSet;

use unspent_core::date::{add_days, parse_iso_date};
use unspent_core::{Date, EventKind, Evidence, Money, ProgramId, Recorded};

use crate::settings::GraceSettings;

/// Where a promise stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Not arrived yet, still within the grace window.
    Expected,
    /// Arrived within the grace window, for the promised amount.
    Received,
    /// Past the grace window and nothing matched, with mail scanned past the window.
    Missing,
    /// A grant of the program arrived on the order, for a different amount.
    WrongAmount,
    /// Past the grace window, but the newest scanned mail is older than the window's end.
    CannotCheck,
    /// Arrived, after the grace window had ended.
    Resolved,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Expected,
        Status::Received,
        Status::Missing,
        Status::WrongAmount,
        Status::CannotCheck,
        Status::Resolved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Expected => "expected",
            Status::Received => "received",
            Status::Missing => "missing",
            Status::WrongAmount => "wrong-amount",
            Status::CannotCheck => "cannot-check",
            Status::Resolved => "resolved",
        }
    }

    /// Whether the user has something to claim.
    pub fn is_claimable(self) -> bool {
        matches!(self, Status::Missing | Status::WrongAmount)
    }
}

/// One promise and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reconciliation {
    pub promise: Recorded,
    /// Other promises for the same order, program and amount (the same fact from another mail).
    pub duplicates: Vec<String>,
    pub grant: Option<Recorded>,
    pub status: Status,
    pub program: ProgramId,
    pub order_id: Option<String>,
    pub amount: Option<Money>,
    /// The day of the promise (order or shipment), if known.
    pub promised_on: Option<Date>,
    /// The last day of the grace window.
    pub due_on: Option<Date>,
    pub received: Option<Money>,
    pub received_on: Option<Date>,
    /// What the newest scanned mail was, when the status depends on it.
    pub mail_seen_until: Option<Date>,
}

impl Reconciliation {
    /// A one-line reason for the status, for tables and the digest.
    pub fn explain(&self) -> String {
        let on = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_else(|| "an unknown day".into());
        match self.status {
            Status::Expected => format!("due by {}", on(self.due_on)),
            Status::Received => format!("arrived {}", on(self.received_on)),
            Status::Resolved => format!("arrived late, {} (due by {})", on(self.received_on), on(self.due_on)),
            Status::Missing => format!("nothing arrived by {}", on(self.due_on)),
            Status::WrongAmount => format!(
                "{} arrived {}",
                self.received.map(crate::text::money).unwrap_or_default(),
                on(self.received_on)
            ),
            Status::CannotCheck => match (self.promised_on, self.mail_seen_until) {
                (None, _) => "the promise has no date".into(),
                (_, None) => format!("due by {}, but no mail has been scanned", on(self.due_on)),
                (_, Some(seen)) => format!("due by {}, but scanned mail ends {seen}: scan newer mail", on(self.due_on)),
            },
        }
    }
}

/// The day an event happened: its own date, else its evidence's date.
pub fn event_day(record: &Recorded) -> Option<Date> {
    record.event.occurred_on.or_else(|| evidence_day(&record.evidence))
}

/// The day of the evidence itself (a mail's date), when it has one.
pub fn evidence_day(evidence: &Evidence) -> Option<Date> {
    evidence.date.as_deref().and_then(|d| d.get(..10)).and_then(|d| parse_iso_date(d).ok())
}

/// Reconciles every promise in `events` as of `as_of`.
///
/// `newest_mail` is how far scanned mail reaches; events dated after `as_of`
/// are ignored, so a past `as_of` shows what was knowable then.
pub fn reconcile(
    events: &[Recorded],
    as_of: Date,
    newest_mail: Option<Date>,
    grace: &GraceSettings,
) -> Vec<Reconciliation> {
    let visible = |r: &&Recorded| r.evidence.trust.counts() && event_day(r).is_none_or(|d| d <= as_of);
    let promises = distinct_promises(events.iter().filter(visible).filter(|r| r.event.kind == EventKind::Promise));
    let grants: Vec<&Recorded> = events
        .iter()
        .filter(visible)
        .filter(|r| r.event.kind == EventKind::Grant && r.event.program.is_some())
        .collect();
    let mut used: BTreeSet<usize> = BTreeSet::new();
    let mut matched: Vec<Option<usize>> = vec![None; promises.len()];

    for (p, (promise, _)) in promises.iter().enumerate() {
        matched[p] = match_by_order(promise, &grants, &used);
        if let Some(g) = matched[p] {
            used.insert(g);
        }
    }
    for (p, (promise, _)) in promises.iter().enumerate() {
        if matched[p].is_none() {
            let window_end = due_day(promise, grace).map(|due| add_days(due, i64::from(grace_days(promise, grace))));
            matched[p] = match_by_amount(promise, &grants, &used, window_end);
            if let Some(g) = matched[p] {
                used.insert(g);
            }
        }
    }

    let coverage = newest_mail.map(|seen| seen.min(as_of));
    promises
        .into_iter()
        .zip(matched)
        .map(|((promise, duplicates), g)| judge(promise, duplicates, g.map(|g| grants[g]), as_of, coverage, grace))
        .collect()
}

/// Promises in date order, the same fact from several mails (same program,
/// order and amount) folded into one.
fn distinct_promises<'a>(promises: impl Iterator<Item = &'a Recorded>) -> Vec<(&'a Recorded, Vec<String>)> {
    let mut sorted: Vec<&Recorded> = promises.filter(|r| r.event.program.is_some()).collect();
    sorted.sort_by(|a, b| {
        (event_day(a).is_none(), event_day(a), &a.id).cmp(&(event_day(b).is_none(), event_day(b), &b.id))
    });
    let mut out: Vec<(&Recorded, Vec<String>)> = Vec::new();
    for promise in sorted {
        let same = out.iter_mut().find(|(kept, _)| {
            promise.event.order_id.is_some()
                && kept.event.order_id == promise.event.order_id
                && kept.event.program == promise.event.program
                && kept.event.amount == promise.event.amount
        });
        match same {
            Some((_, dups)) => dups.push(promise.id.clone()),
            None => out.push((promise, Vec::new())),
        }
    }
    out
}

fn grace_days(promise: &Recorded, grace: &GraceSettings) -> u32 {
    grace.days_for(promise.event.program.as_ref().map_or("", |p| p.as_str()))
}

fn due_day(promise: &Recorded, grace: &GraceSettings) -> Option<Date> {
    event_day(promise).map(|d| add_days(d, i64::from(grace_days(promise, grace))))
}

fn same_program(promise: &Recorded, grant: &Recorded) -> bool {
    promise.event.program == grant.event.program
}

/// A grant on the same order: the right amount first, else the earliest.
fn match_by_order(promise: &Recorded, grants: &[&Recorded], used: &BTreeSet<usize>) -> Option<usize> {
    let order = promise.event.order_id.as_deref()?;
    let candidates: Vec<usize> = (0..grants.len())
        .filter(|g| !used.contains(g))
        .filter(|g| same_program(promise, grants[*g]) && grants[*g].event.order_id.as_deref() == Some(order))
        .collect();
    let right_amount =
        candidates.iter().copied().find(|g| amounts_agree(promise.event.amount, grants[*g].event.amount));
    right_amount.or_else(|| candidates.into_iter().min_by_key(|g| (event_day(grants[*g]), grants[*g].id.clone())))
}

/// A grant with no conflicting order id, the same amount and currency, dated within the window.
fn match_by_amount(
    promise: &Recorded,
    grants: &[&Recorded],
    used: &BTreeSet<usize>,
    window_end: Option<Date>,
) -> Option<usize> {
    let promised_on = event_day(promise)?;
    let window_end = window_end?;
    (0..grants.len())
        .filter(|g| !used.contains(g))
        .filter(|g| {
            let grant = grants[*g];
            let orders_conflict =
                matches!((&promise.event.order_id, &grant.event.order_id), (Some(a), Some(b)) if a != b);
            let in_window = event_day(grant).is_some_and(|d| promised_on <= d && d <= window_end);
            let amount_fits = match promise.event.amount {
                Some(amount) => grant.event.amount == Some(amount),
                None => true,
            };
            same_program(promise, grant) && !orders_conflict && in_window && amount_fits
        })
        .min_by_key(|g| (event_day(grants[*g]), grants[*g].id.clone()))
}

fn amounts_agree(promised: Option<Money>, granted: Option<Money>) -> bool {
    match (promised, granted) {
        (Some(p), Some(g)) => p == g,
        _ => true,
    }
}

fn judge(
    promise: &Recorded,
    duplicates: Vec<String>,
    grant: Option<&Recorded>,
    as_of: Date,
    coverage: Option<Date>,
    grace: &GraceSettings,
) -> Reconciliation {
    let promised_on = event_day(promise);
    let due_on = due_day(promise, grace);
    let received_on = grant.and_then(event_day);
    let status = match (grant, due_on) {
        (Some(g), _) if !amounts_agree(promise.event.amount, g.event.amount) => Status::WrongAmount,
        (Some(_), Some(due)) if received_on.is_some_and(|d| d > due) => Status::Resolved,
        (Some(_), _) => Status::Received,
        (None, None) => Status::CannotCheck,
        (None, Some(due)) if as_of <= due => Status::Expected,
        (None, Some(due)) if coverage.is_some_and(|seen| seen >= due) => Status::Missing,
        (None, Some(_)) => Status::CannotCheck,
    };
    Reconciliation {
        promise: promise.clone(),
        duplicates,
        grant: grant.cloned(),
        status,
        program: promise.event.program.clone().expect("promises without a program are filtered out"),
        order_id: promise.event.order_id.clone(),
        amount: promise.event.amount,
        promised_on,
        due_on,
        received: grant.and_then(|g| g.event.amount),
        received_on,
        mail_seen_until: coverage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unspent_core::{Currency, Event, SourceKind, Trust};

    fn d(m: i8, day: i8) -> Date {
        Date::new(2026, m, day).unwrap()
    }

    fn usd(minor: i64) -> Money {
        Money::from_minor(minor, Currency::USD)
    }

    fn record(
        id: &str,
        kind: EventKind,
        program: &'static str,
        order: Option<&str>,
        amount: Option<Money>,
        on: Date,
    ) -> Recorded {
        let mut e = Event::new(kind);
        e.program = Some(ProgramId::known(program));
        e.order_id = order.map(String::from);
        e.amount = amount;
        e.occurred_on = Some(on);
        let evidence = Evidence {
            source: SourceKind::Mbox,
            locator: format!("<{id}@amazon.com>"),
            origin: None,
            sender: Some("no-reply@amazon.com".into()),
            subject: None,
            date: None,
            trust: Trust::Verified,
        };
        Recorded { id: id.into(), event: e, evidence }
    }

    fn promise(id: &str, order: Option<&str>, amount: Option<Money>, on: Date) -> Recorded {
        record(id, EventKind::Promise, "no-rush", order, amount, on)
    }

    fn grant(id: &str, order: Option<&str>, amount: Option<Money>, on: Date) -> Recorded {
        record(id, EventKind::Grant, "no-rush", order, amount, on)
    }

    fn status_of(events: &[Recorded], as_of: Date, mail: Option<Date>) -> Vec<(String, Status)> {
        reconcile(events, as_of, mail, &GraceSettings::default())
            .into_iter()
            .map(|r| (r.promise.id.clone(), r.status))
            .collect()
    }

    #[test]
    fn every_state() {
        let events = vec![
            promise("p-expected", Some("111-1"), Some(usd(100)), d(3, 20)),
            promise("p-received", Some("111-2"), Some(usd(100)), d(3, 1)),
            grant("g-received", Some("111-2"), Some(usd(100)), d(3, 5)),
            promise("p-missing", Some("111-3"), Some(usd(100)), d(2, 1)),
            promise("p-wrong", Some("111-4"), Some(usd(200)), d(3, 1)),
            grant("g-wrong", Some("111-4"), Some(usd(100)), d(3, 4)),
            promise("p-resolved", Some("111-5"), Some(usd(100)), d(2, 1)),
            grant("g-late", Some("111-5"), Some(usd(100)), d(3, 1)),
        ];
        let got = status_of(&events, d(3, 25), Some(d(3, 24)));
        assert_eq!(
            got,
            vec![
                ("p-missing".into(), Status::Missing),
                ("p-resolved".into(), Status::Resolved),
                ("p-received".into(), Status::Received),
                ("p-wrong".into(), Status::WrongAmount),
                ("p-expected".into(), Status::Expected),
            ]
        );
    }

    #[test]
    fn stale_mail_means_cannot_check_never_missing() {
        let events = vec![promise("p", Some("111-3"), Some(usd(100)), d(2, 1))];
        // Grace ends 2026-02-15; the newest mail scanned is from 2026-02-10.
        assert_eq!(status_of(&events, d(3, 25), Some(d(2, 10)))[0].1, Status::CannotCheck);
        assert_eq!(status_of(&events, d(3, 25), None)[0].1, Status::CannotCheck);
        assert_eq!(
            status_of(&events, d(3, 25), Some(d(2, 15)))[0].1,
            Status::Missing,
            "mail up to the last day is enough"
        );
        // A past --as-of caps what the mail could have shown.
        assert_eq!(status_of(&events, d(2, 14), Some(d(3, 1)))[0].1, Status::Expected);
        assert_eq!(status_of(&events, d(2, 16), Some(d(3, 1)))[0].1, Status::Missing);
    }

    #[test]
    fn the_grace_window_is_inclusive_and_per_program() {
        let events = vec![promise("p", None, Some(usd(100)), d(3, 1)), grant("g", None, Some(usd(100)), d(3, 15))];
        let recs = reconcile(&events, d(3, 20), Some(d(3, 20)), &GraceSettings::default());
        assert_eq!((recs[0].status, recs[0].due_on), (Status::Received, Some(d(3, 15))));
        let mut longer = GraceSettings::default();
        longer.programs.insert("no-rush".into(), 30);
        let only_promise = &events[..1];
        assert_eq!(reconcile(only_promise, d(3, 20), Some(d(3, 20)), &longer)[0].status, Status::Expected);
    }

    #[test]
    fn one_grant_pays_one_promise() {
        let events = vec![
            promise("p1", None, Some(usd(100)), d(3, 1)),
            promise("p2", None, Some(usd(100)), d(3, 2)),
            grant("g1", None, Some(usd(100)), d(3, 6)),
        ];
        let got = status_of(&events, d(4, 1), Some(d(4, 1)));
        assert_eq!(got, vec![("p1".into(), Status::Received), ("p2".into(), Status::Missing)]);
    }

    #[test]
    fn order_ids_win_over_amounts_and_conflicting_orders_never_match() {
        let events = vec![
            promise("p1", Some("111-1"), Some(usd(100)), d(3, 1)),
            promise("p2", Some("111-2"), Some(usd(100)), d(3, 1)),
            grant("g-other", Some("111-9"), Some(usd(100)), d(3, 3)),
            grant("g2", Some("111-2"), Some(usd(100)), d(3, 5)),
            grant("g-anon", None, Some(usd(100)), d(3, 4)),
        ];
        let recs = reconcile(&events, d(4, 1), Some(d(4, 1)), &GraceSettings::default());
        let by_id = |id: &str| recs.iter().find(|r| r.promise.id == id).unwrap();
        assert_eq!(by_id("p2").grant.as_ref().unwrap().id, "g2");
        assert_eq!(by_id("p1").grant.as_ref().unwrap().id, "g-anon", "a grant naming another order is not it");
    }

    #[test]
    fn other_programs_currencies_and_rejected_evidence_do_not_count() {
        let mut forged = grant("g-forged", Some("111-1"), Some(usd(100)), d(3, 3));
        forged.evidence.trust = Trust::Rejected("dkim=fail".into());
        let other_program = record("g-promo", EventKind::Grant, "promotional", Some("111-1"), Some(usd(100)), d(3, 3));
        let euros = grant("g-eur", None, Some(Money::from_minor(100, Currency::EUR)), d(3, 3));
        let events = vec![promise("p", Some("111-1"), Some(usd(100)), d(3, 1)), forged, other_program, euros];
        assert_eq!(status_of(&events, d(4, 1), Some(d(4, 1)))[0].1, Status::Missing);
    }

    #[test]
    fn the_same_promise_from_two_mails_counts_once() {
        let events = vec![
            promise("p-order", Some("111-1"), Some(usd(100)), d(3, 1)),
            promise("p-shipped", Some("111-1"), Some(usd(100)), d(3, 3)),
            grant("g", Some("111-1"), Some(usd(100)), d(3, 6)),
        ];
        let recs = reconcile(&events, d(4, 1), Some(d(4, 1)), &GraceSettings::default());
        assert_eq!(recs.len(), 1);
        assert_eq!((recs[0].status, recs[0].duplicates.clone()), (Status::Received, vec!["p-shipped".to_string()]));
    }

    #[test]
    fn a_promise_without_amount_takes_any_amount_and_grants_after_as_of_are_unseen() {
        let events =
            vec![promise("p", Some("111-1"), None, d(3, 1)), grant("g", Some("111-1"), Some(usd(300)), d(3, 10))];
        assert_eq!(status_of(&events, d(3, 12), Some(d(3, 12)))[0].1, Status::Received);
        assert_eq!(status_of(&events, d(3, 9), Some(d(3, 9)))[0].1, Status::Expected);
    }
}
