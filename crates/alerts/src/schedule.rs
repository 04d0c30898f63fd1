//! Which expiry reminders are due today.
//!
//! A lot with offsets (30, 7, 1) has three reminder days: 30, 7 and 1 days
//! before it expires. A reminder is due on its day and stays due until it
//! is sent or the lot stops mattering (used up or expired), so a day on
//! which unspent did not run is caught up on the next run. When several
//! reminder days of one lot have passed unsent, only the nearest one is
//! sent, once, and it stands for the others: nobody wants "30 days left"
//! and "7 days left" in the same minute.
//!
//! What was sent is keyed by (lot, offset, channel) and recorded by the
//! caller only after a successful send; this module only reads that record.

use unspent_core::date::{add_days, days_between};
use unspent_core::ledger::{Lot, LotStatus};
use unspent_core::{Date, Money, ProgramId};

/// One reminder to send for one lot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    pub lot_id: String,
    pub program: ProgramId,
    /// What is left of the lot today.
    pub remaining: Money,
    pub expires_on: Date,
    /// The offset this reminder is for (days before expiry).
    pub offset: u32,
    /// The day it was due: `expires_on - offset`.
    pub due_on: Date,
    /// Every unsent offset this reminder stands for, furthest first (includes `offset`).
    pub covers: Vec<u32>,
    /// Days from today to expiry (0: it expires today).
    pub days_left: i64,
}

impl Reminder {
    /// Days the reminder is behind its day (0 when sent on time).
    pub fn late_by(&self, today: Date) -> i64 {
        days_between(self.due_on, today).max(0)
    }
}

/// The day the reminder `offset` days before `expires_on` is due.
pub fn due_on(expires_on: Date, offset: u32) -> Date {
    add_days(expires_on, -i64::from(offset))
}

/// The reminders due on `today` for one channel.
///
/// `offsets(lot)` gives a lot's offsets; `sent(lot_id, offset)` says whether
/// that reminder already went out on this channel. Only lots that can still
/// be spent today and have an expiry date are considered.
pub fn due_reminders<'a>(
    lots: impl IntoIterator<Item = &'a Lot>,
    today: Date,
    offsets: impl Fn(&Lot) -> Vec<u32>,
    sent: impl Fn(&str, u32) -> bool,
) -> Vec<Reminder> {
    let mut due: Vec<Reminder> = lots
        .into_iter()
        .filter(|lot| lot.status(today) == LotStatus::Active)
        .filter_map(|lot| due_for_lot(lot, today, &offsets(lot), &sent))
        .collect();
    due.sort_by(|a, b| (a.expires_on, &a.lot_id).cmp(&(b.expires_on, &b.lot_id)));
    due
}

fn due_for_lot(lot: &Lot, today: Date, offsets: &[u32], sent: &impl Fn(&str, u32) -> bool) -> Option<Reminder> {
    let expires_on = lot.expires_on?;
    let passed: Vec<u32> = offsets.iter().copied().filter(|o| due_on(expires_on, *o) <= today).collect();
    let nearest = *passed.iter().min()?;
    if sent(&lot.id, nearest) {
        return None;
    }
    let mut covers: Vec<u32> = passed.into_iter().filter(|o| !sent(&lot.id, *o)).collect();
    covers.sort_unstable_by(|a, b| b.cmp(a));
    Some(Reminder {
        lot_id: lot.id.clone(),
        program: lot.program.clone(),
        remaining: lot.remaining_on(today),
        expires_on,
        offset: nearest,
        due_on: due_on(expires_on, nearest),
        covers,
        days_left: days_between(today, expires_on),
    })
}

/// One line of a lot's reminder schedule, for `unspent remind list`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planned {
    pub offset: u32,
    pub due_on: Date,
}

/// Every reminder day of `lot` from `offsets`, furthest first.
pub fn plan(lot: &Lot, offsets: &[u32]) -> Vec<Planned> {
    let Some(expires_on) = lot.expires_on else { return Vec::new() };
    offsets.iter().map(|o| Planned { offset: *o, due_on: due_on(expires_on, *o) }).collect()
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::collections::BTreeSet;

    use super::*;
    use unspent_core::ledger::{ExpiryBasis, LotUse};
    use unspent_core::{BalanceKind, Currency};

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn lot(id: &str, granted: Date, expires: Date) -> Lot {
        Lot {
            id: id.into(),
            program: ProgramId::known("no-rush"),
            granted: Money::from_minor(100, Currency::USD),
            granted_on: Some(granted),
            expires_on: Some(expires),
            expiry_basis: ExpiryBasis::Stated,
            categories: vec![],
            balance: BalanceKind::Digital,
            order_id: None,
            marketplace: None,
            closed_on: None,
            uses: vec![],
        }
    }

    /// Runs the scheduler daily from `from` to `to`, "sending" everything due, and returns (day, offset) sent.
    fn simulate(lots: &[Lot], offsets: &[u32], days: impl Iterator<Item = Date>) -> Vec<(Date, String, u32)> {
        let sent: RefCell<BTreeSet<(String, u32)>> = RefCell::default();
        let mut log = Vec::new();
        for today in days {
            let due = due_reminders(lots, today, |_| offsets.to_vec(), |l, o| sent.borrow().contains(&(l.into(), o)));
            for r in due {
                for o in &r.covers {
                    sent.borrow_mut().insert((r.lot_id.clone(), *o));
                }
                log.push((today, r.lot_id, r.offset));
            }
        }
        log
    }

    fn every_day(from: Date, to: Date) -> impl Iterator<Item = Date> {
        (0..=days_between(from, to)).map(move |n| add_days(from, n))
    }

    #[test]
    fn each_offset_fires_once_on_its_day_across_month_ends_and_dst() {
        // 2026-03-08 is the US DST change and 2026-03-29 the EU one; civil dates do not care.
        let lots = [lot("a", d(2026, 1, 1), d(2026, 3, 31)), lot("b", d(2026, 1, 1), d(2026, 3, 9))];
        let log = simulate(&lots, &[30, 7, 1], every_day(d(2026, 1, 1), d(2026, 4, 30)));
        assert_eq!(
            log,
            vec![
                (d(2026, 2, 7), "b".into(), 30),
                (d(2026, 3, 1), "a".into(), 30),
                (d(2026, 3, 2), "b".into(), 7),
                (d(2026, 3, 8), "b".into(), 1),
                (d(2026, 3, 24), "a".into(), 7),
                (d(2026, 3, 30), "a".into(), 1),
            ]
        );
    }

    #[test]
    fn offsets_land_on_real_days_in_leap_and_common_years() {
        assert_eq!(due_on(d(2028, 3, 1), 1), d(2028, 2, 29));
        assert_eq!(due_on(d(2027, 3, 1), 1), d(2027, 2, 28));
        assert_eq!(due_on(d(2026, 3, 31), 30), d(2026, 3, 1));
        assert_eq!(due_on(d(2027, 1, 5), 7), d(2026, 12, 29));
        assert_eq!(due_on(d(2026, 5, 31), 0), d(2026, 5, 31));
    }

    #[test]
    fn a_missed_run_is_caught_up_once_with_the_nearest_offset() {
        let lots = [lot("a", d(2026, 1, 1), d(2026, 3, 31))];
        // Not run between 2026-02-01 and 2026-03-26: the 30- and 7-day reminders were missed.
        let days = every_day(d(2026, 2, 1), d(2026, 2, 1)).chain(every_day(d(2026, 3, 26), d(2026, 4, 2)));
        let log = simulate(&lots, &[30, 7, 1], days);
        assert_eq!(log, vec![(d(2026, 3, 26), "a".into(), 7), (d(2026, 3, 30), "a".into(), 1)]);
        let due = due_reminders(&lots, d(2026, 3, 26), |_| vec![30, 7, 1], |_, _| false);
        assert_eq!((due[0].covers.clone(), due[0].late_by(d(2026, 3, 26))), (vec![30, 7], 2));
    }

    #[test]
    fn a_lot_found_late_gets_one_reminder_and_nothing_after_expiry() {
        let lots = [lot("a", d(2026, 3, 28), d(2026, 3, 31))];
        let log = simulate(&lots, &[30, 7, 1], every_day(d(2026, 3, 29), d(2026, 4, 5)));
        assert_eq!(log, vec![(d(2026, 3, 29), "a".into(), 7), (d(2026, 3, 30), "a".into(), 1)]);
        assert!(due_reminders(&lots, d(2026, 4, 1), |_| vec![0], |_, _| false).is_empty());
        let on_the_day = due_reminders(&lots, d(2026, 3, 31), |_| vec![0], |_, _| false);
        assert_eq!(on_the_day[0].days_left, 0, "a lot can be spent on its expiry day");
    }

    #[test]
    fn used_up_lots_and_lots_without_expiry_get_no_reminder() {
        let mut used = lot("used", d(2026, 1, 1), d(2026, 3, 31));
        used.uses.push(LotUse {
            redeem_id: "r".into(),
            amount: Money::from_minor(100, Currency::USD),
            on: Some(d(2026, 2, 1)),
            order_id: None,
            estimated: false,
        });
        let mut never = lot("never", d(2026, 1, 1), d(2026, 3, 31));
        never.expires_on = None;
        assert!(due_reminders(&[used, never], d(2026, 3, 30), |_| vec![30, 7, 1], |_, _| false).is_empty());
    }

    #[test]
    fn a_newer_reminder_already_sent_makes_older_ones_obsolete() {
        let lots = [lot("a", d(2026, 1, 1), d(2026, 3, 31))];
        // The user added a 30-day offset after the 7-day reminder went out.
        let due = due_reminders(&lots, d(2026, 3, 25), |_| vec![30, 7, 1], |_, o| o == 7);
        assert!(due.is_empty());
    }

    #[test]
    fn plan_lists_every_day() {
        let plan = plan(&lot("a", d(2026, 1, 1), d(2026, 3, 31)), &[30, 7]);
        assert_eq!(
            plan,
            vec![Planned { offset: 30, due_on: d(2026, 3, 1) }, Planned { offset: 7, due_on: d(2026, 3, 24) }]
        );
    }
}
