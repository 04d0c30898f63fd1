//! The iCalendar file of expiry dates (`unspent calendar`).
//!
//! One all-day event per credit on its expiry day, with an alarm at each
//! reminder offset. Choices that matter to calendar apps:
//!
//! - **Stable UIDs** (`<lot id>@unspent`, the lot id being derived from the
//!   evidence), so importing the file again updates events instead of
//!   adding copies. `SEQUENCE` is the number of recorded uses of the credit:
//!   it grows whenever the amount left changes, which is when the event does.
//! - A credit used up before it expires is written once more with
//!   `STATUS:CANCELLED`, so a re-import takes it off the calendar.
//! - **All-day events** (`DTSTART;VALUE=DATE`, `DTEND` the next day): an
//!   expiry is a day, not an instant, and a date has no time zone.
//! - **Alarms are relative** to the event's start (`TRIGGER:-P6DT15H` is
//!   09:00 seven days before), never absolute UTC instants: the start of an
//!   all-day event is local midnight wherever the user is, and RFC 5545
//!   counts the `D` part in calendar days, so the alarm stays at 09:00 local
//!   across daylight-saving changes. The hour part never crosses a DST
//!   change, which happen after midnight, not in the evening before it.
//! - The file never embeds the clock: `DTSTAMP` is the `generated_at`
//!   the caller passes, so two runs at the same instant give identical bytes.

use chrono::{NaiveDate, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, EventLike, EventStatus, Property};
use unspent_core::date::add_days;
use unspent_core::ledger::{Lot, LotStatus};
use unspent_core::{Date, ProgramCatalog};

use crate::settings::Recurrence;
use crate::text;

/// What goes into the file besides the credits.
#[derive(Clone, Debug)]
pub struct CalendarOptions {
    pub today: Date,
    /// Local time of day for alarms.
    pub alarm_time: (u8, u8),
    pub check_balances: Option<Recurrence>,
    /// Seconds since the Unix epoch, for `DTSTAMP`.
    pub generated_at: i64,
}

/// One credit for the calendar, with its reminder offsets.
pub struct Entry<'a> {
    pub lot: &'a Lot,
    pub offsets: Vec<u32>,
}

/// The file and what went into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarFile {
    pub ics: String,
    /// Credits written as upcoming events.
    pub events: usize,
    /// Credits used up before their expiry, written as cancelled.
    pub cancelled: usize,
    /// Active credits left out because their expiry date is not known.
    pub without_expiry: usize,
}

pub const PRODID: &str = "-//unspent//Amazon credit expiry dates//EN";

/// The UID of a credit's event: stable across runs and machines.
pub fn event_uid(lot_id: &str) -> String {
    format!("{lot_id}@unspent")
}

/// Builds the calendar from `entries` (any lots: those with nothing left to remind about are skipped).
pub fn build(entries: &[Entry<'_>], catalog: &ProgramCatalog, options: &CalendarOptions) -> CalendarFile {
    let stamp = Utc.timestamp_opt(options.generated_at, 0).single().unwrap_or_default();
    // `Calendar::new()` carries the crate's own PRODID; RFC 5545 allows exactly one.
    let mut calendar = Calendar::empty();
    calendar.append_property(Property::new("VERSION", "2.0"));
    calendar.append_property(Property::new("PRODID", PRODID));
    calendar.append_property(Property::new("CALSCALE", "GREGORIAN"));
    calendar.append_property(Property::new("METHOD", "PUBLISH"));
    calendar.name("Amazon credits (unspent)");
    calendar.description("When each Amazon credit expires, with reminders before.");
    let (mut events, mut cancelled, mut without_expiry) = (0, 0, 0);
    for entry in entries {
        let lot = entry.lot;
        let status = lot.status(options.today);
        let Some(expires_on) = lot.expires_on else {
            without_expiry += usize::from(status == LotStatus::Active);
            continue;
        };
        let upcoming = options.today <= expires_on;
        match status {
            LotStatus::Active => {
                calendar.push(credit_event(lot, expires_on, &entry.offsets, catalog, options, stamp));
                events += 1;
            }
            LotStatus::UsedUp if upcoming => {
                calendar.push(cancelled_event(lot, expires_on, catalog, stamp));
                cancelled += 1;
            }
            _ => {}
        }
    }
    if let Some(recurrence) = options.check_balances {
        calendar.push(check_balances_event(recurrence, options, stamp));
    }
    let ics = without_alarm_stamps(&calendar.done().to_string());
    CalendarFile { ics, events, cancelled, without_expiry }
}

fn naive(date: Date) -> NaiveDate {
    NaiveDate::from_ymd_opt(i32::from(date.year()), date.month() as u32, date.day() as u32)
        .expect("a civil date is a valid chrono date")
}

fn credit_event(
    lot: &Lot,
    expires_on: Date,
    offsets: &[u32],
    catalog: &ProgramCatalog,
    options: &CalendarOptions,
    stamp: chrono::DateTime<Utc>,
) -> icalendar::Event {
    let remaining = lot.remaining_on(options.today);
    let name = catalog.get(lot.program.as_str()).map_or(lot.program.as_str(), |p| p.name.as_str());
    let mut event = icalendar::Event::with_uid(&event_uid(&lot.id));
    event
        .timestamp(stamp)
        .starts(naive(expires_on))
        .ends(naive(add_days(expires_on, 1)))
        .summary(&format!("Amazon credit expires: {} {name}", text::money(remaining)))
        .description(&describe(lot, remaining, name))
        .status(EventStatus::Confirmed)
        .add_property("SEQUENCE", lot.uses.len().to_string())
        .add_property("TRANSP", "TRANSPARENT")
        .add_property("CATEGORIES", "Amazon credit");
    for offset in offsets {
        let what = format!(
            "{} {name} expires {}",
            text::money(remaining),
            if *offset == 0 { "today".to_string() } else { text::in_days(i64::from(*offset)) }
        );
        let mut alarm = Alarm::display(&what, chrono::Duration::zero());
        alarm
            .append_property(
                Property::new("TRIGGER", trigger(*offset, options.alarm_time)).add_parameter("RELATED", "START").done(),
            )
            .append_property(Property::new("UID", format!("{}-{offset}d@unspent", lot.id)));
        event.alarm(alarm);
    }
    event.done()
}

fn describe(lot: &Lot, remaining: unspent_core::Money, name: &str) -> String {
    let mut lines = vec![format!("{} left of {} ({name})", text::money(remaining), text::money(lot.granted))];
    if !lot.categories.is_empty() {
        let cats: Vec<&str> = lot.categories.iter().map(|c| c.as_str()).collect();
        lines.push(format!("Can buy: {}", cats.join(", ")));
    }
    if let Some(on) = lot.granted_on {
        lines.push(format!("Granted: {on}"));
    }
    if let Some(order) = &lot.order_id {
        lines.push(format!("Order: {order}"));
    }
    if let Some(m) = lot.marketplace {
        lines.push(format!("Marketplace: {}", m.domain()));
    }
    lines.push(format!("Credit id: {} (unspent credits)", lot.id));
    lines.join("\n")
}

fn cancelled_event(
    lot: &Lot,
    expires_on: Date,
    catalog: &ProgramCatalog,
    stamp: chrono::DateTime<Utc>,
) -> icalendar::Event {
    let name = catalog.get(lot.program.as_str()).map_or(lot.program.as_str(), |p| p.name.as_str());
    icalendar::Event::with_uid(&event_uid(&lot.id))
        .timestamp(stamp)
        .starts(naive(expires_on))
        .ends(naive(add_days(expires_on, 1)))
        .summary(&format!("Amazon credit used up: {} {name}", text::money(lot.granted)))
        .status(EventStatus::Cancelled)
        .add_property("SEQUENCE", (lot.uses.len() + 1).to_string())
        .add_property("TRANSP", "TRANSPARENT")
        .done()
}

fn check_balances_event(
    recurrence: Recurrence,
    options: &CalendarOptions,
    stamp: chrono::DateTime<Utc>,
) -> icalendar::Event {
    let rule = match recurrence {
        Recurrence::Weekly => "FREQ=WEEKLY",
        Recurrence::Monthly => "FREQ=MONTHLY",
    };
    let mut alarm = Alarm::display("Check your Amazon credit balances", chrono::Duration::zero());
    alarm
        .append_property(
            Property::new("TRIGGER", trigger(0, options.alarm_time)).add_parameter("RELATED", "START").done(),
        )
        .append_property(Property::new("UID", "check-balances-alarm@unspent"));
    icalendar::Event::with_uid("check-balances@unspent")
        .timestamp(stamp)
        .starts(naive(options.today))
        .ends(naive(add_days(options.today, 1)))
        .summary("Check your Amazon credit balances")
        .description(
            "Look at the No-Rush rewards and gift-card balance pages (e.g. amazon.com/norushcredits and \
             amazon.com/gc/balance), save them, and run `unspent scan` on the saved pages and your newest mail.",
        )
        .add_property("RRULE", rule)
        .add_property("TRANSP", "TRANSPARENT")
        .alarm(alarm)
        .done()
}

/// The alarm `offset` days before an all-day event, at `hh:mm` local time,
/// as a duration from the event's start (local midnight of the expiry day).
pub fn trigger(offset: u32, (hour, minute): (u8, u8)) -> String {
    let after_midnight = u32::from(hour) * 60 + u32::from(minute);
    if offset == 0 {
        return match (hour, minute) {
            (0, 0) => "PT0S".into(),
            (h, 0) => format!("PT{h}H"),
            (h, m) => format!("PT{h}H{m}M"),
        };
    }
    if after_midnight == 0 {
        return format!("-P{offset}D");
    }
    let before = 24 * 60 - after_midnight;
    let days = offset - 1;
    let (h, m) = (before / 60, before % 60);
    let time = match (h, m) {
        (h, 0) => format!("{h}H"),
        (0, m) => format!("{m}M"),
        (h, m) => format!("{h}H{m}M"),
    };
    if days == 0 { format!("-PT{time}") } else { format!("-P{days}DT{time}") }
}

/// The icalendar crate stamps every component it writes, alarms included,
/// with the current time when it has no `DTSTAMP`; RFC 5545 has no `DTSTAMP`
/// in `VALARM` and our output must not depend on the clock, so the alarms'
/// stamps are removed.
fn without_alarm_stamps(ics: &str) -> String {
    let mut out = String::with_capacity(ics.len());
    let mut in_alarm = false;
    for line in ics.split_inclusive("\r\n") {
        match line.trim_end() {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            l if in_alarm && l.starts_with("DTSTAMP") => continue,
            _ => {}
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unspent_core::ledger::{ExpiryBasis, LotUse};
    use unspent_core::{BalanceKind, Category, Currency, Money, ProgramId};

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn lot(id: &str, expires: Option<Date>) -> Lot {
        Lot {
            id: id.into(),
            program: ProgramId::known("no-rush"),
            granted: Money::from_minor(100, Currency::USD),
            granted_on: Some(d(2026, 1, 2)),
            expires_on: expires,
            expiry_basis: ExpiryBasis::Stated,
            categories: vec![Category::Ebook, Category::Video],
            balance: BalanceKind::Digital,
            order_id: Some("111-2223334-5556667".into()),
            marketplace: None,
            closed_on: None,
            uses: vec![],
        }
    }

    fn options() -> CalendarOptions {
        CalendarOptions { today: d(2026, 3, 1), alarm_time: (9, 0), check_balances: None, generated_at: 1_772_323_200 }
    }

    #[test]
    fn triggers_put_alarms_at_the_local_time_on_the_right_day() {
        assert_eq!(trigger(7, (9, 0)), "-P6DT15H");
        assert_eq!(trigger(1, (9, 0)), "-PT15H");
        assert_eq!(trigger(1, (9, 30)), "-PT14H30M");
        assert_eq!(trigger(30, (0, 0)), "-P30D");
        assert_eq!(trigger(2, (23, 59)), "-P1DT1M");
        assert_eq!(trigger(0, (9, 0)), "PT9H");
        assert_eq!(trigger(0, (7, 45)), "PT7H45M");
    }

    #[test]
    fn the_file_parses_back_with_dates_uids_and_one_alarm_per_offset() {
        let lots = [lot("ev-aaaaaaaaaaaa", Some(d(2026, 3, 31))), lot("ev-bbbbbbbbbbbb", None)];
        let entries: Vec<Entry> = lots.iter().map(|l| Entry { lot: l, offsets: vec![30, 7, 1] }).collect();
        let file = build(&entries, &ProgramCatalog::builtin(), &options());
        assert_eq!((file.events, file.cancelled, file.without_expiry), (1, 0, 1));
        let parsed: icalendar::Calendar = file.ics.parse().expect("our own output parses");
        let events: Vec<&icalendar::Event> = parsed.events().collect();
        assert_eq!(events.len(), 1);
        let event = events[0];
        assert_eq!(event.get_uid(), Some("ev-aaaaaaaaaaaa@unspent"));
        assert_eq!(
            event.get_start(),
            Some(icalendar::DatePerhapsTime::Date(NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()))
        );
        assert_eq!(
            event.get_end(),
            Some(icalendar::DatePerhapsTime::Date(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()))
        );
        assert_eq!(event.get_summary(), Some("Amazon credit expires: $1.00 No-Rush and Amazon Day rewards"));
        assert!(file.ics.contains("TRIGGER;RELATED=START:-P29DT15H\r\n"));
        assert_eq!(file.ics.matches("BEGIN:VALARM").count(), 3);
        assert!(
            !file.ics.split("BEGIN:VALARM").skip(1).any(|a| a.split("END:VALARM").next().unwrap().contains("DTSTAMP"))
        );
        assert!(file.ics.contains("DTSTAMP:20260301T000000Z"));
        assert_eq!(file.ics.matches("\r\nPRODID:").count(), 1, "exactly one PRODID");
        assert!(file.ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//unspent//"));
    }

    #[test]
    fn the_same_input_gives_the_same_bytes() {
        let l = lot("ev-aaaaaaaaaaaa", Some(d(2026, 3, 31)));
        let entries = [Entry { lot: &l, offsets: vec![7] }];
        let a = build(&entries, &ProgramCatalog::builtin(), &options()).ics;
        let b = build(&entries, &ProgramCatalog::builtin(), &options()).ics;
        assert_eq!(a, b);
    }

    #[test]
    fn used_up_credits_are_cancelled_and_the_balance_check_repeats() {
        let mut used = lot("ev-cccccccccccc", Some(d(2026, 3, 31)));
        used.uses.push(LotUse {
            redeem_id: "r".into(),
            amount: Money::from_minor(100, Currency::USD),
            on: Some(d(2026, 2, 1)),
            order_id: None,
            estimated: false,
        });
        let expired = lot("ev-dddddddddddd", Some(d(2026, 2, 1)));
        let entries = [Entry { lot: &used, offsets: vec![7] }, Entry { lot: &expired, offsets: vec![7] }];
        let mut opts = options();
        opts.check_balances = Some(Recurrence::Monthly);
        let file = build(&entries, &ProgramCatalog::builtin(), &opts);
        assert_eq!((file.events, file.cancelled), (0, 1));
        assert!(file.ics.contains("STATUS:CANCELLED\r\n") && file.ics.contains("SEQUENCE:2\r\n"));
        assert!(file.ics.contains("RRULE:FREQ=MONTHLY\r\n") && file.ics.contains("UID:check-balances@unspent\r\n"));
        assert!(!file.ics.contains("ev-dddddddddddd"));
    }
}
