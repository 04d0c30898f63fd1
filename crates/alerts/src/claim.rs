//! The message for Amazon customer service about a credit that did not arrive.
//!
//! The words are data (`data/claims.toml`, one table per marketplace) so a
//! translation can be fixed without touching code; this module fills in the
//! order, the dates and amounts written the marketplace's way, and where the
//! promise was made, quoting the evidence.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;
use unspent_core::marketplace::Language;
use unspent_core::{Marketplace, SourceKind};

use crate::reconcile::{Reconciliation, Status, evidence_day};
use crate::text::{long_date, money_in};

const CLAIMS: &str = include_str!("../data/claims.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Phrases {
    subject: String,
    subject_wrong_amount: String,
    body: String,
    body_wrong_amount: String,
    received_nothing: String,
    received_amount: String,
    evidence_mail: String,
    evidence_manual: String,
    evidence_other: String,
    programs: BTreeMap<String, ProgramPhrases>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgramPhrases {
    name: String,
    promise: String,
}

static PHRASES: LazyLock<BTreeMap<String, Phrases>> =
    LazyLock::new(|| toml::from_str(CLAIMS).expect("data/claims.toml is valid (checked by a test)"));

/// A claim ready to paste into chat or an e-mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    pub marketplace: Marketplace,
    pub subject: String,
    pub body: String,
}

/// Why no claim can be drafted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClaimError {
    #[error(
        "the promise for order {0} has no amount, so there is nothing exact to claim; add one with `unspent add promise --order {0} --amount …`"
    )]
    NoAmount(String),
    #[error("the promise has no order number; Amazon needs one to look into it")]
    NoOrder,
}

/// Drafts the claim for `rec` in `marketplace`'s language. Any status can be
/// drafted (the CLI decides whether it is time to claim); a wrong amount gets
/// the "please add the difference" wording.
pub fn draft(rec: &Reconciliation, marketplace: Marketplace) -> Result<Claim, ClaimError> {
    let order_id = rec.order_id.clone().ok_or(ClaimError::NoOrder)?;
    let amount = rec.amount.ok_or_else(|| ClaimError::NoAmount(order_id.clone()))?;
    let phrases = &PHRASES[marketplace.code()];
    let program = phrases
        .programs
        .get(rec.program.as_str())
        .or_else(|| phrases.programs.get("default"))
        .expect("every marketplace has a default programme phrase (checked by a test)");
    let date = |d: Option<unspent_core::Date>| d.map(|d| long_date(d, marketplace)).unwrap_or_else(|| "?".into());
    let received = match (rec.status, rec.received) {
        (Status::WrongAmount, Some(got)) => {
            fill(&phrases.received_amount, &[("amount", money_in(got, marketplace)), ("date", date(rec.received_on))])
        }
        _ => phrases.received_nothing.clone(),
    };
    let vars = [
        ("order_id", order_id.clone()),
        ("order_date", date(rec.promised_on)),
        ("program", program.name.clone()),
        ("promise", program.promise.clone()),
        ("amount", money_in(amount, marketplace)),
        ("received", received),
        ("due_date", date(rec.due_on)),
        ("evidence", evidence(rec, phrases, marketplace)),
        ("site", marketplace.domain().to_string()),
    ];
    let (subject, body) = if rec.status == Status::WrongAmount {
        (&phrases.subject_wrong_amount, &phrases.body_wrong_amount)
    } else {
        (&phrases.subject, &phrases.body)
    };
    Ok(Claim { marketplace, subject: fill(subject, &vars), body: fill(body, &vars) })
}

/// Where the promise was made, quoting the mail's subject and date when it came from mail.
fn evidence(rec: &Reconciliation, phrases: &Phrases, marketplace: Marketplace) -> String {
    let ev = &rec.promise.evidence;
    // A manual entry's own date is when it was typed; the promise's day is what the user vouches for.
    let day = match ev.source {
        SourceKind::Manual => rec.promised_on,
        _ => evidence_day(ev).or(rec.promised_on),
    };
    let day = day.map(|d| long_date(d, marketplace)).unwrap_or_default();
    let is_mail = matches!(ev.source, SourceKind::Mbox | SourceKind::Maildir | SourceKind::Eml | SourceKind::Imap);
    match (&ev.subject, ev.source) {
        (Some(subject), _) if is_mail => fill(&phrases.evidence_mail, &[("subject", subject.clone()), ("date", day)]),
        (_, SourceKind::Manual) => {
            let note = rec.promise.event.note.as_deref().map(|n| quote_note(n, marketplace)).unwrap_or_default();
            fill(&phrases.evidence_manual, &[("site", marketplace.domain().into()), ("date", day), ("note", note)])
        }
        _ => fill(&phrases.evidence_other, &[("site", marketplace.domain().into())]),
    }
}

fn quote_note(note: &str, marketplace: Marketplace) -> String {
    match marketplace.language() {
        Language::Ja => format!("：「{note}」"),
        Language::De => format!(": „{note}“"),
        Language::Fr => format!(" : « {note} »"),
        Language::En => format!(": \"{note}\""),
    }
}

/// Replaces each `{name}` in `template`. Values are inserted verbatim and never rescanned.
fn fill(template: &str, vars: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if vars.iter().any(|(k, _)| *k == name) => {
                out.push_str(&vars.iter().find(|(k, _)| *k == name).expect("checked").1);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reconcile::reconcile;
    use crate::settings::GraceSettings;
    use unspent_core::{Currency, Date, Event, EventKind, Evidence, Money, ProgramId, Recorded, Trust};

    fn missing_promise(marketplace: Marketplace, source: SourceKind) -> Reconciliation {
        let mut e = Event::new(EventKind::Promise);
        e.program = Some(ProgramId::known("no-rush"));
        e.order_id = Some("250-1234567-7654321".into());
        e.amount = Some(Money::from_minor(100, marketplace.currency()));
        e.occurred_on = Some(Date::new(2026, 3, 5).unwrap());
        e.marketplace = Some(marketplace);
        e.note = Some("No-Rush chosen".into());
        let evidence = Evidence {
            source,
            locator: "<order@amazon>".into(),
            origin: None,
            sender: Some(format!("auto-confirm@{}", marketplace.domain())),
            subject: Some("Your order 250-1234567-7654321".into()),
            date: Some("2026-03-05T10:00:00Z".into()),
            trust: Trust::Verified,
        };
        let rec = Recorded { id: "p".into(), event: e, evidence };
        reconcile(
            &[rec],
            Date::new(2026, 4, 1).unwrap(),
            Some(Date::new(2026, 4, 1).unwrap()),
            &GraceSettings::default(),
        )
        .remove(0)
    }

    #[test]
    fn the_claims_file_has_every_marketplace_and_a_default_programme() {
        for m in Marketplace::ALL {
            let p = PHRASES.get(m.code()).unwrap_or_else(|| panic!("{m} missing"));
            assert!(p.programs.contains_key("default") && p.programs.contains_key("no-rush"), "{m}");
        }
    }

    #[test]
    fn a_claim_per_marketplace_in_its_language_with_every_fact() {
        let expected = [
            (Marketplace::Us, "$1.00", "March 5, 2026", "Missing No-Rush reward", "March 19, 2026"),
            (Marketplace::Uk, "£1.00", "5 March 2026", "No-Rush Delivery", "19 March 2026"),
            (Marketplace::Ca, "CDN$ 1.00", "March 5, 2026", "FREE No-Rush Shipping", "March 19, 2026"),
            (Marketplace::De, "1,00 €", "5. März 2026", "Fehlende No-Rush-Gutschrift", "19. März 2026"),
            (Marketplace::Fr, "1,00 €", "5 mars 2026", "crédit No-Rush manquant", "19 mars 2026"),
            (Marketplace::Jp, "￥100", "2026年3月5日", "付与されていません", "2026年3月19日"),
        ];
        for (m, amount, date, phrase, due) in expected {
            let rec = missing_promise(m, SourceKind::Mbox);
            assert_eq!(rec.status, Status::Missing);
            let claim = draft(&rec, m).unwrap();
            let all = format!("{}\n{}", claim.subject, claim.body);
            for needle in [amount, date, phrase, due, "250-1234567-7654321", "Your order 250-1234567-7654321"] {
                assert!(all.contains(needle), "{m}: `{needle}` not in\n{all}");
            }
            assert!(!all.contains('{') && !all.contains('}'), "{m}: unfilled placeholder\n{all}");
        }
    }

    #[test]
    fn wrong_amount_asks_for_the_difference_and_manual_promises_quote_the_note() {
        let mut rec = missing_promise(Marketplace::Us, SourceKind::Manual);
        rec.status = Status::WrongAmount;
        rec.received = Some(Money::from_minor(50, Currency::USD));
        rec.received_on = Some(Date::new(2026, 3, 9).unwrap());
        let claim = draft(&rec, Marketplace::Us).unwrap();
        assert!(claim.subject.starts_with("Wrong No-Rush reward amount"));
        assert!(claim.body.contains("only $0.50 arrived on March 9, 2026"), "{}", claim.body);
        assert!(claim.body.contains("add the difference"));
        assert!(
            claim.body.contains("at checkout on amazon.com (my note of March 5, 2026: \"No-Rush chosen\")"),
            "{}",
            claim.body
        );
    }

    #[test]
    fn placeholders_are_filled_once_and_unknown_braces_kept() {
        assert_eq!(fill("{a} {b} {c", &[("a", "{b}".into()), ("b", "2".into())]), "{b} 2 {c");
    }

    #[test]
    fn no_amount_or_order_is_a_clear_error() {
        let mut rec = missing_promise(Marketplace::Us, SourceKind::Mbox);
        rec.amount = None;
        assert!(matches!(draft(&rec, Marketplace::Us), Err(ClaimError::NoAmount(_))));
        rec.order_id = None;
        assert_eq!(draft(&rec, Marketplace::Us), Err(ClaimError::NoOrder));
    }
}
