//! Kindle Rewards points: what is live, what will expire unused, and when the
//! next reward arrives at the current pace.
//!
//! Facts (amazon-facts §1.5, §3): 300 points make a $3 reward; points expire
//! 3 months after they are earned. The pace is the points earned in the last
//! [`PACE_DAYS`] days: 90, because that is the life of a point, so the pace sees
//! exactly the points that are still live if nothing was redeemed. The projection
//! walks forward day by day, earning at that pace (future points expire by the
//! same rule), converting 300 points into a reward as soon as the live balance
//! reaches it (oldest-expiring points first), and counting the points of today's
//! balance that expire before they could be converted.

use unspent_core::Date;
use unspent_core::date::add_days;
use unspent_core::ledger::PointsLot;

/// The window the pace is measured over, in days.
pub const PACE_DAYS: i64 = 90;
/// How far ahead the projection looks.
pub const HORIZON_DAYS: i64 = 366;

/// The projection for one points program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    /// Live points on the day.
    pub balance: i64,
    /// Live points by the day they expire, soonest first.
    pub expiring: Vec<(Option<Date>, i64)>,
    /// Points earned in the last [`PACE_DAYS`] days.
    pub earned_recently: i64,
    /// The day the next reward arrives at the current pace, if within [`HORIZON_DAYS`].
    pub next_reward: Option<Date>,
    /// Of today's live points, those that expire before they can become a reward, by expiry day.
    pub expire_unused: Vec<(Date, i64)>,
}

/// Projects `lots` (one program's points) from `as_of`, with `points_per_reward` (300 for
/// Kindle) and `expiry` giving the expiry of points earned on a day.
pub fn project(
    lots: &[PointsLot],
    as_of: Date,
    points_per_reward: i64,
    expiry: impl Fn(Date) -> Option<Date>,
) -> Projection {
    let live: Vec<&PointsLot> = lots
        .iter()
        .filter(|p| {
            p.remaining > 0 && p.earned_on.is_none_or(|e| e <= as_of) && p.expires_on.is_none_or(|e| as_of <= e)
        })
        .collect();
    let balance = live.iter().map(|p| p.remaining).sum();
    let mut expiring: Vec<(Option<Date>, i64)> = Vec::new();
    for p in &live {
        match expiring.iter_mut().find(|(d, _)| *d == p.expires_on) {
            Some((_, n)) => *n += p.remaining,
            None => expiring.push((p.expires_on, p.remaining)),
        }
    }
    expiring.sort_by_key(|(d, _)| (d.is_none(), *d));
    let since = add_days(as_of, -(PACE_DAYS - 1));
    let earned_recently: i64 =
        lots.iter().filter(|p| p.earned_on.is_some_and(|e| since <= e && e <= as_of)).map(|p| p.points).sum();

    // (expires_on, points, is_today's)
    let mut pool: Vec<(Option<Date>, i64, bool)> = live.iter().map(|p| (p.expires_on, p.remaining, true)).collect();
    let mut next_reward = None;
    let mut expire_unused: Vec<(Date, i64)> = Vec::new();
    let mut accrued = 0i64; // points × PACE_DAYS not yet whole
    for offset in 0..=HORIZON_DAYS {
        let day = add_days(as_of, offset);
        if offset > 0 {
            accrued += earned_recently;
            let whole = accrued / PACE_DAYS;
            if whole > 0 {
                accrued -= whole * PACE_DAYS;
                pool.push((expiry(day), whole, false));
            }
        }
        pool.retain(|&(expires, points, today)| {
            let gone = expires.is_some_and(|e| e < day);
            if gone && today {
                let e = expires.expect("gone means it expires");
                match expire_unused.iter_mut().find(|(d, _)| *d == e) {
                    Some((_, n)) => *n += points,
                    None => expire_unused.push((e, points)),
                }
            }
            !gone
        });
        if next_reward.is_none() && pool.iter().map(|p| p.1).sum::<i64>() >= points_per_reward {
            next_reward = Some(day);
            pool.sort_by_key(|(e, _, _)| (e.is_none(), *e));
            let mut needed = points_per_reward;
            for entry in pool.iter_mut() {
                let take = needed.min(entry.1);
                entry.1 -= take;
                needed -= take;
            }
            pool.retain(|p| p.1 > 0);
        }
        if next_reward.is_some() && pool.iter().all(|p| !p.2) {
            break;
        }
        // Past the first reward, keep converting so today's points that do become rewards are not counted as lost.
        if next_reward.is_some() {
            while pool.iter().map(|p| p.1).sum::<i64>() >= points_per_reward {
                pool.sort_by_key(|(e, _, _)| (e.is_none(), *e));
                let mut needed = points_per_reward;
                for entry in pool.iter_mut() {
                    let take = needed.min(entry.1);
                    entry.1 -= take;
                    needed -= take;
                }
                pool.retain(|p| p.1 > 0);
            }
        }
    }
    expire_unused.sort();
    Projection { balance, expiring, earned_recently, next_reward, expire_unused }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unspent_core::ProgramId;

    fn day(m: i8, d: i8) -> Date {
        Date::new(2026, m, d).unwrap()
    }

    fn lot(points: i64, earned: Date) -> PointsLot {
        PointsLot {
            id: format!("p{points}"),
            program: ProgramId::known("kindle-rewards"),
            points,
            remaining: points,
            earned_on: Some(earned),
            expires_on: Some(three_months(earned)),
        }
    }

    fn three_months(d: Date) -> Date {
        d.checked_add(jiff::Span::new().months(3)).unwrap()
    }

    #[test]
    fn the_next_reward_comes_at_the_recent_pace() {
        // 360 points earned in the last 90 days (110 already used): 4 a day.
        let mut used = lot(110, day(2, 1));
        used.remaining = 0;
        let lots = vec![lot(50, day(1, 15)), used, lot(200, day(3, 20))];
        let p = project(&lots, day(4, 10), 300, |d| Some(three_months(d)));
        assert_eq!((p.balance, p.earned_recently), (250, 360));
        // The 50 points of Jan 15 expire on Apr 15, before 300 are together: lost. From
        // then 200 + 4 a day reaches 300 on day 25, May 5, and uses the March points.
        assert_eq!(p.expire_unused, vec![(day(4, 15), 50)]);
        assert_eq!(p.next_reward, Some(day(5, 5)));
    }

    #[test]
    fn with_no_recent_points_no_reward_comes_and_everything_expires() {
        let lots = vec![lot(120, day(1, 1))];
        assert_eq!(project(&lots, day(3, 1), 300, |d| Some(three_months(d))).earned_recently, 120);
        let p = project(&lots, day(4, 1), 300, |d| Some(three_months(d)));
        assert_eq!((p.balance, p.earned_recently, p.next_reward), (120, 0, None));
        assert_eq!(p.expire_unused, vec![(day(4, 1), 120)]);
    }

    #[test]
    fn a_balance_over_300_converts_today() {
        let lots = vec![lot(350, day(3, 1))];
        let p = project(&lots, day(3, 2), 300, |d| Some(three_months(d)));
        assert_eq!(p.next_reward, Some(day(3, 2)));
        assert!(p.expire_unused.is_empty(), "{:?}", p.expire_unused);
    }
}
