//! The words of an expiry reminder, for every channel.
//!
//! One run sends one message per channel holding every reminder due on it,
//! soonest expiry first.

use unspent_core::{Date, ProgramCatalog};

use crate::schedule::Reminder;
use crate::text;

/// A message ready for a channel: a subject/title and a plain-text body,
/// optionally an HTML body (e-mail only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// The reminder message for `reminders` (at least one), as of `today`.
pub fn reminder_message(reminders: &[Reminder], today: Date, catalog: &ProgramCatalog) -> Message {
    let totals = text::join_totals(&text::totals(reminders.iter().map(|r| r.remaining)));
    let first = &reminders[0];
    let subject = if reminders.len() == 1 {
        format!(
            "Amazon credit expires {}: {} {}",
            text::in_days(first.days_left),
            text::money(first.remaining),
            program_name(catalog, first.program.as_str())
        )
    } else {
        format!(
            "{} Amazon credits expire soon ({totals}), the first {}",
            reminders.len(),
            text::in_days(first.days_left)
        )
    };
    let mut body = String::new();
    for r in reminders {
        body.push_str(&reminder_line(r, today, catalog));
        body.push('\n');
    }
    if reminders.len() > 1 {
        body.push_str(&format!("\nTotal: {totals}\n"));
    }
    body.push_str("\nSpend them before they expire; `unspent credits` lists them all.\n");
    Message { subject, text: body, html: None }
}

/// `- $1.00 No-Rush and Amazon Day rewards expires Tue 31 Mar 2026 (in 7 days); can buy: ebook, music (ev-…)`
pub fn reminder_line(r: &Reminder, today: Date, catalog: &ProgramCatalog) -> String {
    let program = catalog.get(r.program.as_str());
    let name = program.map_or(r.program.as_str(), |p| p.name.as_str());
    let mut line = format!(
        "- {} {name} expires {} ({})",
        text::money(r.remaining),
        text::day(r.expires_on),
        text::in_days(r.days_left)
    );
    if let Some(program) = program.filter(|p| !p.categories.is_empty()) {
        let cats: Vec<&str> = program.categories.iter().map(|c| c.as_str()).collect();
        line.push_str(&format!("; can buy: {}", cats.join(", ")));
    }
    line.push_str(&format!("  [{}]", r.lot_id));
    let late = r.late_by(today);
    if late > 0 {
        line.push_str(&format!(
            "\n  (this {}-day reminder was due on {}; it is sent now because unspent did not run or did not know this credit then)",
            r.offset,
            text::day(r.due_on)
        ));
    }
    line
}

fn program_name<'a>(catalog: &'a ProgramCatalog, id: &'a str) -> &'a str {
    catalog.get(id).map_or(id, |p| p.name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use unspent_core::{Currency, Money, ProgramId};

    fn reminder(lot: &str, minor: i64, expires: Date, offset: u32, today: Date) -> Reminder {
        Reminder {
            lot_id: lot.into(),
            program: ProgramId::known("no-rush"),
            remaining: Money::from_minor(minor, Currency::USD),
            expires_on: expires,
            offset,
            due_on: crate::schedule::due_on(expires, offset),
            covers: vec![offset],
            days_left: unspent_core::date::days_between(today, expires),
        }
    }

    #[test]
    fn one_reminder_names_amount_program_and_day() {
        let today = Date::new(2026, 3, 24).unwrap();
        let expires = Date::new(2026, 3, 31).unwrap();
        let m = reminder_message(&[reminder("ev-1", 100, expires, 7, today)], today, &ProgramCatalog::builtin());
        assert_eq!(m.subject, "Amazon credit expires in 7 days: $1.00 No-Rush and Amazon Day rewards");
        assert!(
            m.text.contains("expires Tue 31 Mar 2026 (in 7 days); can buy: ebook, music, video, app  [ev-1]"),
            "{}",
            m.text
        );
        assert!(!m.text.contains("was due on"));
    }

    #[test]
    fn several_reminders_are_totalled_and_late_ones_say_so() {
        let today = Date::new(2026, 3, 26).unwrap();
        let rs = [
            reminder("ev-1", 100, Date::new(2026, 3, 27).unwrap(), 1, today),
            reminder("ev-2", 250, Date::new(2026, 3, 31).unwrap(), 7, today),
        ];
        let m = reminder_message(&rs, today, &ProgramCatalog::builtin());
        assert_eq!(m.subject, "2 Amazon credits expire soon ($3.50), the first tomorrow");
        assert!(m.text.contains("Total: $3.50"));
        assert!(m.text.contains("this 7-day reminder was due on Tue 24 Mar 2026"), "{}", m.text);
    }
}
