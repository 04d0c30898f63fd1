//! Reads one e-mail into credit events.
//!
//! Pure: bytes in, [`Extraction`] out. It never fails and never panics on
//! a bad message: what it cannot read becomes a [`Problem`], never a
//! guess. It knows nothing about files, mailboxes, IMAP, SQL or the clock.
//!
//! The steps, one module each:
//! 1. [`mime`] decodes the message (the only module that knows mail-parser;
//!    [`html`] renders HTML-only bodies);
//! 2. [`trust`] decides whose it is from the sender's domain and the
//!    Authentication-Results: only `amazon.<tld>` senders count, look-alikes
//!    are flagged;
//! 3. [`identity`] names it by Message-ID (or a content hash), so every copy
//!    of a message yields the same event ids;
//! 4. [`text`] normalises and segments the subject and body, [`phrases`]
//!    finds the cues of the data/phrases tables in it, and [`rules`] turns
//!    cues, amounts, dates and order ids into events.
//!
//! [`may_matter`] is the cheap header-only test a scanner runs first.

mod html;
mod identity;
mod mime;
mod phrases;
mod prefilter;
mod rules;
mod text;
mod trust;

use unspent_core::date::add_days;
use unspent_core::{Date, Evidence, Problem, ProblemKind, Recorded, SourceKind, Trust};

/// Where the message was found, for its evidence.
#[derive(Clone, Debug)]
pub struct MailContext<'a> {
    pub source: SourceKind,
    /// Where this copy is: `path:offset`, a Maildir file, an IMAP UID.
    pub origin: Option<&'a str>,
}

/// What one message said.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// The message's evidence, when it could be identified at all.
    pub evidence: Option<Evidence>,
    pub events: Vec<Recorded>,
    pub problems: Vec<Problem>,
    pub verdict: Verdict,
}

/// Whose message it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Verdict {
    /// Not from Amazon (ordinary mail, a forward by the user).
    #[default]
    NotAmazon,
    /// From an Amazon domain and believed.
    Amazon,
    /// Claims to be Amazon but is not believed (look-alike, failed authentication).
    Rejected,
}

/// Reads one raw RFC 5322 message.
pub fn extract(raw: &[u8], ctx: &MailContext<'_>) -> Extraction {
    let problem = |kind: ProblemKind, locator: &str, message: String| Problem {
        kind,
        source: ctx.source,
        locator: locator.to_string(),
        origin: ctx.origin.map(str::to_string),
        message,
    };
    let parsed = (!raw.iter().all(u8::is_ascii_whitespace)).then(|| mime::read(raw)).flatten();
    let Some(mail) = parsed.filter(|m| !m.headerless) else {
        let locator = ctx.origin.map_or_else(|| identity::content_hash(raw), str::to_string);
        return Extraction {
            problems: vec![problem(
                ProblemKind::Unreadable,
                &locator,
                "not an e-mail message (no header fields)".into(),
            )],
            ..Extraction::default()
        };
    };

    let locator = identity::locator(mail.message_id.as_deref(), raw);
    let assessment = trust::assess(&mail);
    let mut evidence = Evidence {
        source: ctx.source,
        locator: locator.clone(),
        origin: ctx.origin.map(str::to_string),
        sender: mail.from.as_ref().map(|f| f.address.clone()),
        subject: mail.subject.clone(),
        date: mail.date.map(rfc3339_utc),
        trust: assessment.trust.clone(),
    };
    let mut extraction = Extraction { verdict: assessment.verdict, ..Extraction::default() };
    if let Some(why) = &assessment.suspicion {
        extraction.problems.push(problem(ProblemKind::Suspicious, &locator, format!("not counted: {why}")));
    }
    if assessment.verdict == Verdict::Amazon && is_forwarded_copy(&mail) {
        extraction.verdict = Verdict::NotAmazon;
        evidence.trust = Trust::Rejected("a forwarded or quoted copy, not Amazon's own message".into());
    }
    if extraction.verdict != Verdict::Amazon {
        extraction.evidence = Some(evidence);
        return extraction;
    }

    let damaged = match (mail.decoding_trouble, mail.structure_damaged) {
        (true, _) => Some("part of it could not be decoded (unknown charset or broken encoding)"),
        (false, true) => Some("its MIME structure is broken (a multipart section never ends)"),
        (false, false) => None,
    };
    let doc = text::Doc::new(mail.subject.as_deref().unwrap_or(""), &mail.body);
    let context = rules::Context {
        marketplace: assessment.marketplace,
        dollar: assessment.dollar,
        occurred_on: mail.date.map(utc_date),
        sender: mail.from.as_ref().map(|f| f.address.clone()),
    };
    let mut findings = rules::read(&doc, &context);
    if findings.says_more_elsewhere && !mail.html_alternative.is_empty() {
        // The plain-text part may be a stub ("view this message in a browser"):
        // what it does not say, the HTML part may.
        let html_doc =
            text::Doc::new(mail.subject.as_deref().unwrap_or(""), &mime::render_html(&mail.html_alternative));
        let from_html = rules::read(&html_doc, &context);
        if !from_html.events.is_empty() {
            findings = from_html;
        }
    }
    for (kind, message) in findings.problems {
        extraction.problems.push(problem(kind, &locator, message));
    }
    if let Some(why) = damaged {
        // A damaged message is not evidence enough to count money: say what it
        // seemed to hold, so the user can check it by hand, and count nothing.
        let seen: Vec<String> = findings.events.iter().map(describe_withheld).collect();
        let seen = if seen.is_empty() { String::new() } else { format!(" It seems to mention: {}.", seen.join("; ")) };
        extraction.problems.push(problem(
            ProblemKind::Incomplete,
            &locator,
            format!("not counted: {why}; check this message by hand.{seen}"),
        ));
        findings.events.clear();
    }
    if !findings.events.is_empty() && mail.date.is_none() {
        extraction.problems.push(problem(
            ProblemKind::Incomplete,
            &locator,
            "the message has no readable Date header; its credits are recorded without a date".into(),
        ));
    }
    extraction.events = findings
        .events
        .into_iter()
        .enumerate()
        .map(|(index, event)| Recorded::new(event, evidence.clone(), index))
        .collect();
    extraction.evidence = Some(evidence);
    extraction
}

/// A diagnostic: how the rules read a message (its segments, the cues,
/// amounts and dates in each, and what each amount was taken for). For
/// finding out why a new template is misread; the format may change.
pub fn explain(raw: &[u8]) -> String {
    let Some(mail) = mime::read(raw) else { return "not an e-mail message".into() };
    let assessment = trust::assess(&mail);
    let doc = text::Doc::new(mail.subject.as_deref().unwrap_or(""), &mail.body);
    let context = rules::Context {
        marketplace: assessment.marketplace,
        dollar: assessment.dollar,
        occurred_on: mail.date.map(utc_date),
        sender: mail.from.as_ref().map(|f| f.address.clone()),
    };
    let mut out =
        format!("verdict: {:?} ({:?})\n{}", assessment.verdict, assessment.trust, rules::explain(&doc, &context));
    if rules::read(&doc, &context).says_more_elsewhere && !mail.html_alternative.is_empty() {
        let html_doc =
            text::Doc::new(mail.subject.as_deref().unwrap_or(""), &mime::render_html(&mail.html_alternative));
        out.push_str("--- the plain text yields no credit: the HTML part, read instead when it yields one\n");
        out.push_str(&rules::explain(&html_doc, &context));
    }
    out
}

/// Whether a message with this header block (everything before the first
/// blank line) could carry a credit. Cheap: called for every message of a
/// 20 GB mailbox. False positives cost a MIME parse; false negatives lose credits.
pub fn may_matter(headers: &[u8]) -> bool {
    prefilter::may_matter(headers)
}

fn describe_withheld(event: &unspent_core::Event) -> String {
    let mut text = event.kind.to_string();
    if let Some(program) = &event.program {
        text.push_str(&format!(" {program}"));
    }
    if let Some(amount) = event.amount {
        text.push_str(&format!(" {amount}"));
    }
    if let Some(points) = event.points {
        text.push_str(&format!(" {points} points"));
    }
    text
}

/// Amazon does not forward mail: a forward that arrives from an Amazon
/// address (a relay, a shared mailbox) still adds nothing new. A reply
/// ("Re:") from Amazon's customer service is Amazon's own message.
fn is_forwarded_copy(mail: &mime::Mail) -> bool {
    let subject = mail.subject.as_deref().unwrap_or("").trim_start().to_lowercase();
    let prefixed = ["fwd:", "fw:", "wg:", "tr:", "転送:", "fwd :", "tr :"].iter().any(|p| subject.starts_with(p));
    prefixed
        && ["forwarded message", "original message", "weitergeleitete nachricht", "message transféré", "転送"]
            .iter()
            .any(|marker| mail.body.to_lowercase().contains(marker))
}

/// The civil date (UTC) of a Unix timestamp.
fn utc_date(seconds: i64) -> Date {
    add_days(Date::constant(1970, 1, 1), seconds.div_euclid(86_400))
}

fn rfc3339_utc(seconds: i64) -> String {
    let date = utc_date(seconds);
    let of_day = seconds.rem_euclid(86_400);
    format!("{date}T{:02}:{:02}:{:02}Z", of_day / 3600, of_day % 3600 / 60, of_day % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_utc() {
        assert_eq!(utc_date(0).to_string(), "1970-01-01");
        assert_eq!(rfc3339_utc(1_772_609_400), "2026-03-04T07:30:00Z");
        assert_eq!(rfc3339_utc(-1), "1969-12-31T23:59:59Z");
    }
}
