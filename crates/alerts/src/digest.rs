//! The weekly digest: what changed, what is about to expire, what is missing.
//!
//! [`build`] gathers the content from the ledger and the reconciliation;
//! [`Digest::text`] and [`Digest::html`] render it with askama templates
//! (`templates/digest.txt`, `templates/digest.html`). The HTML is made for
//! mail clients: inline styles, one narrow column, a few small tables, no
//! images, no scripts, nothing external.

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use unspent_core::date::days_between;
use unspent_core::ledger::{Ledger, Lot, LotStatus};
use unspent_core::{Date, Marketplace, ProgramCatalog, ProgramId};

use crate::reconcile::{Reconciliation, Status};
use crate::text;

/// Credits expiring within this many days are listed.
pub const EXPIRING_WINDOW: i64 = 30;

/// What the digest is made from.
pub struct DigestInput<'a> {
    pub today: Date,
    /// The day of the previous digest, if there was one.
    pub since: Option<Date>,
    pub ledger: &'a Ledger,
    /// Lots recorded since the previous digest (by the store's record, not their grant date:
    /// a credit found today in old mail is news today).
    pub new_lots: &'a BTreeSet<String>,
    pub reconciliations: &'a [Reconciliation],
    pub catalog: &'a ProgramCatalog,
}

/// One credit or promise, formatted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub amount: String,
    pub what: String,
    pub when: String,
    pub id: String,
}

/// The digest's content, ready to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digest {
    pub subject: String,
    pub today: String,
    pub since: String,
    pub new_credits: Vec<Line>,
    pub expiring: Vec<Line>,
    pub expiring_total: String,
    pub missing: Vec<Line>,
    pub cannot_check: Option<String>,
    pub points: Vec<String>,
    pub lost: Option<String>,
    pub checklist: Vec<String>,
}

#[derive(Template)]
#[template(path = "digest.txt")]
struct TextTemplate<'a> {
    d: &'a Digest,
}

#[derive(Template)]
#[template(path = "digest.html")]
struct HtmlTemplate<'a> {
    d: &'a Digest,
}

impl Digest {
    pub fn text(&self) -> String {
        TextTemplate { d: self }.render().expect("the text template renders from plain strings")
    }

    pub fn html(&self) -> String {
        HtmlTemplate { d: self }.render().expect("the HTML template renders from plain strings")
    }
}

pub fn build(input: &DigestInput<'_>) -> Digest {
    let today = input.today;
    let name = |p: &ProgramId| input.catalog.get(p.as_str()).map_or(p.as_str().to_string(), |p| p.name.clone());
    let lot_line = |lot: &Lot, when: String| Line {
        amount: text::money(lot.remaining_on(today)),
        what: name(&lot.program),
        when,
        id: lot.id.clone(),
    };

    let mut new_lots: Vec<&Lot> = input.ledger.lots.iter().filter(|l| input.new_lots.contains(&l.id)).collect();
    new_lots.sort_by_key(|l| (l.granted_on, l.id.clone()));
    let new_credits = new_lots.iter().map(|l| lot_line(l, expiry_words(l, today))).collect::<Vec<_>>();

    let expiring_lots = input.ledger.active_lots(today, Some(EXPIRING_WINDOW));
    let expiring: Vec<Line> = expiring_lots
        .iter()
        .map(|l| {
            let e = l.expires_on.expect("active_lots with a window only returns lots that expire");
            lot_line(l, format!("expires {} ({})", text::day(e), text::in_days(days_between(today, e))))
        })
        .collect();
    let expiring_total = text::join_totals(&text::totals(expiring_lots.iter().map(|l| l.remaining_on(today))));

    let missing: Vec<Line> = input
        .reconciliations
        .iter()
        .filter(|r| r.status.is_claimable())
        .map(|r| Line {
            amount: r.amount.map(text::money).unwrap_or_else(|| "?".into()),
            what: format!("{} for order {}", name(&r.program), r.order_id.as_deref().unwrap_or("(no order number)")),
            when: format!("{}: {}", r.status.as_str(), r.explain()),
            id: r.order_id.clone().unwrap_or_else(|| r.promise.id.clone()),
        })
        .collect();
    let unchecked: Vec<&Reconciliation> =
        input.reconciliations.iter().filter(|r| r.status == Status::CannotCheck).collect();
    let cannot_check = (!unchecked.is_empty()).then(|| {
        let seen = unchecked[0].mail_seen_until.map_or("no mail has been scanned yet".to_string(), |d| {
            format!("the newest mail scanned is from {}", text::day(d))
        });
        format!(
            "{} promised credit{} cannot be checked: {seen}. Scan your recent mail to check {}.",
            unchecked.len(),
            if unchecked.len() == 1 { "" } else { "s" },
            if unchecked.len() == 1 { "it" } else { "them" }
        )
    });

    let lost_totals = text::totals(
        input.ledger.lots.iter().filter(|l| l.status(today) == LotStatus::Expired).map(|l| l.remaining_on(today)),
    );
    let lost = (!lost_totals.is_empty()).then(|| text::join_totals(&lost_totals));

    let expiring_count = expiring.len();
    let subject = match (expiring_count, missing.len()) {
        (0, 0) => format!("Your Amazon credits: nothing expires in the next {EXPIRING_WINDOW} days"),
        (0, m) => format!("Your Amazon credits: {m} missing credit{}", plural(m)),
        (n, 0) => format!(
            "Your Amazon credits: {expiring_total} expires within {EXPIRING_WINDOW} days ({n} credit{})",
            plural(n)
        ),
        (n, m) => format!(
            "Your Amazon credits: {expiring_total} expires within {EXPIRING_WINDOW} days ({n} credit{}), {m} missing",
            plural(n)
        ),
    };
    let since = match input.since {
        Some(d) => format!("since the last digest ({})", text::day(d)),
        None => "first digest".to_string(),
    };
    Digest {
        subject,
        today: text::day(today),
        since,
        new_credits,
        expiring,
        expiring_total,
        missing,
        cannot_check,
        points: points_lines(input),
        lost,
        checklist: checklist(input, new_lots.len()),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn expiry_words(lot: &Lot, today: Date) -> String {
    match lot.expires_on {
        Some(e) if e < today => format!("expired {}", text::day(e)),
        Some(e) => format!("expires {}", text::day(e)),
        None => match lot.expiry_basis.as_str() {
            "never" => "does not expire".into(),
            _ => "expiry unknown: check its terms".into(),
        },
    }
}

/// Kindle-style points: the balance, how many more make the next reward, and the next points to expire.
fn points_lines(input: &DigestInput<'_>) -> Vec<String> {
    let today = input.today;
    let mut lines = Vec::new();
    let programs: BTreeSet<&ProgramId> = input.ledger.points.iter().map(|p| &p.program).collect();
    for program in programs {
        let Some(rule) = input.catalog.get(program.as_str()).and_then(|p| p.points) else { continue };
        let live: Vec<_> = input
            .ledger
            .points
            .iter()
            .filter(|p| &p.program == program && p.remaining > 0)
            .filter(|p| p.earned_on.is_none_or(|e| e <= today) && p.expires_on.is_none_or(|e| today <= e))
            .collect();
        let balance: i64 = live.iter().map(|p| p.remaining).sum();
        let to_next = rule.points_per_reward - balance.rem_euclid(rule.points_per_reward);
        let name = input.catalog.get(program.as_str()).map_or(program.as_str(), |p| p.name.as_str());
        lines.push(format!(
            "{name}: {balance} points; {to_next} more for your next {} reward.",
            text::money(rule.reward)
        ));
        let mut by_day: BTreeMap<Date, i64> = BTreeMap::new();
        for p in &live {
            if let Some(e) = p.expires_on {
                *by_day.entry(e).or_default() += p.remaining;
            }
        }
        if let Some((day, points)) = by_day.into_iter().next() {
            lines.push(format!(
                "{points} of them expire on {} ({}).",
                text::day(day),
                text::in_days(days_between(today, day))
            ));
        }
    }
    lines
}

/// The habits that find credits, with the user's own marketplace in the links.
fn checklist(input: &DigestInput<'_>, new_count: usize) -> Vec<String> {
    let mut seen: BTreeMap<Marketplace, usize> = BTreeMap::new();
    for lot in &input.ledger.lots {
        if let Some(m) = lot.marketplace {
            *seen.entry(m).or_default() += 1;
        }
    }
    let site = seen.into_iter().max_by_key(|(_, n)| *n).map_or(Marketplace::Us, |(m, _)| m).domain();
    let mut items = vec![
        format!(
            "Check your balance pages ({site}/norushcredits and {site}/gc/balance); save them and run `unspent scan` on the saved pages."
        ),
        "Upload this month's receipts to the Amazon Shopper Panel, if you are a member.".to_string(),
        "Choose No-Rush delivery when you are not in a hurry: it usually earns a digital credit.".to_string(),
    ];
    items.push(match new_count {
        0 => "Read the terms of new credits: what each one can buy and when it expires.".to_string(),
        n => format!("Read the terms of the {n} new credit{}: what each one can buy and when it expires.", plural(n)),
    });
    if input.reconciliations.iter().any(|r| r.status == Status::CannotCheck) {
        items.push("Scan your newest mail, so missing credits can be checked.".to_string());
    }
    if input.reconciliations.iter().any(|r| r.status.is_claimable()) {
        items.push(
            "Claim missing credits: `unspent claim ORDER_ID` drafts the message for customer service.".to_string(),
        );
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile::reconcile;
    use crate::settings::GraceSettings;
    use unspent_core::{Currency, Event, EventKind, Evidence, Money, Recorded, SourceKind, Trust};

    fn d(m: i8, day: i8) -> Date {
        Date::new(2026, m, day).unwrap()
    }

    fn rec(id: &str, mut e: Event) -> Recorded {
        if e.program.is_none() {
            e.program = Some(ProgramId::known("no-rush"));
        }
        let evidence = Evidence {
            source: SourceKind::Manual,
            locator: id.into(),
            origin: None,
            sender: None,
            subject: None,
            date: None,
            trust: Trust::User,
        };
        Recorded { id: id.into(), event: e, evidence }
    }

    fn grant(id: &str, minor: i64, on: Date, expires: Date) -> Recorded {
        let mut e = Event::new(EventKind::Grant);
        e.amount = Some(Money::from_minor(minor, Currency::USD));
        e.occurred_on = Some(on);
        e.expires_on = Some(expires);
        rec(id, e)
    }

    fn sample() -> Digest {
        let mut points = Event::new(EventKind::Points);
        points.program = Some(ProgramId::known("kindle-rewards"));
        points.points = Some(250);
        points.occurred_on = Some(d(2, 1));
        let mut promise = Event::new(EventKind::Promise);
        promise.order_id = Some("111-0000000-0000001".into());
        promise.amount = Some(Money::from_minor(100, Currency::USD));
        promise.occurred_on = Some(d(2, 1));
        let events = vec![
            grant("ev-new", 200, d(3, 2), d(3, 20)),
            grant("ev-old", 100, d(1, 2), d(4, 30)),
            grant("ev-lost", 300, d(1, 2), d(2, 1)),
            rec("ev-points", points),
            rec("ev-promise", promise),
        ];
        let catalog = ProgramCatalog::builtin();
        let ledger = Ledger::build(&catalog, &events);
        let recs = reconcile(&events, d(3, 6), Some(d(3, 5)), &GraceSettings::default());
        let new_lots: BTreeSet<String> = ["ev-new".to_string()].into();
        build(&DigestInput {
            today: d(3, 6),
            since: Some(d(2, 27)),
            ledger: &ledger,
            new_lots: &new_lots,
            reconciliations: &recs,
            catalog: &catalog,
        })
    }

    #[test]
    fn content_covers_every_section() {
        let digest = sample();
        assert_eq!(digest.subject, "Your Amazon credits: $2.00 expires within 30 days (1 credit), 1 missing");
        assert_eq!(digest.new_credits.len(), 1);
        assert_eq!(digest.expiring[0].when, "expires Fri 20 Mar 2026 (in 14 days)");
        assert_eq!(digest.missing[0].what, "No-Rush and Amazon Day rewards for order 111-0000000-0000001");
        assert_eq!(digest.lost.as_deref(), Some("$3.00"));
        assert_eq!(digest.points[0], "Kindle Rewards: 250 points; 50 more for your next $3.00 reward.");
        assert_eq!(digest.points[1], "250 of them expire on Fri 1 May 2026 (in 56 days).");
        assert!(digest.checklist.iter().any(|c| c.contains("Shopper Panel")));
        assert!(digest.checklist.iter().any(|c| c.contains("unspent claim")));
    }

    #[test]
    fn text_and_html_render_the_same_facts() {
        let digest = sample();
        let text = digest.text();
        let html = digest.html();
        for needle in ["$2.00", "111-0000000-0000001", "250 points", "$3.00", "Shopper Panel", "since the last digest"]
        {
            assert!(text.contains(needle), "text lacks {needle}:\n{text}");
            assert!(html.contains(needle), "html lacks {needle}:\n{html}");
        }
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(!html.contains("<script") && !html.contains("<link"));
    }

    #[test]
    fn html_escapes_what_came_from_mail() {
        let mut digest = sample();
        digest.missing[0].what = "<b>order</b> & co".into();
        let html = digest.html();
        assert!(html.contains("&#60;b&#62;order&#60;/b&#62; &#38; co"), "{html}");
        assert!(!html.contains("<b>order"));
    }
}
