//! Whose message it is: sender domain, look-alikes and authentication results.
//!
//! Only the From address's domain can make a message Amazon's; display
//! names, Sender and Return-Path can only make it suspicious, never more
//! trusted. A message from an Amazon domain is rejected when its
//! Authentication-Results say DMARC failed, or (when there is no DMARC
//! verdict) that DKIM or SPF failed for an Amazon domain. A DMARC pass
//! outweighs a failed SPF check: forwarding breaks SPF, not the message.

use unspent_core::{Currency, Marketplace, Trust};

use crate::mime::Mail;

/// Amazon's retail domains (`amazon.<tld>`); their subdomains count too.
pub const AMAZON_TLDS: &[&str] = &[
    "com", "co.uk", "ca", "de", "fr", "co.jp", "es", "it", "nl", "se", "pl", "com.be", "com.au", "in", "com.mx",
    "com.br", "sg", "ae", "sa", "com.tr", "eg",
];

/// Amazon-owned domains that are not storefronts: not counted, not suspicious either.
const AMAZON_OWNED_OTHER: &[&str] = &[
    "amazonses.com",
    "amazonaws.com",
    "amazon.jobs",
    "amazon.science",
    "amazonpay.com",
    "amazonpay.in",
    "amazonlogistics.com",
    "amazontrust.com",
    "amazon.cn",
    "amazon.com.sg",
    "amazon.co.za",
    "amzn.to",
    "amzn.com",
];

/// The outcome for one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub verdict: crate::Verdict,
    pub trust: Trust,
    /// Why it is suspicious, for a [`ProblemKind::Suspicious`](unspent_core::ProblemKind) problem.
    pub suspicion: Option<String>,
    /// The storefront the sender's domain names, when it is one of the six.
    pub marketplace: Option<Marketplace>,
    /// What a bare `$` means for this sender (AUD on amazon.com.au…), when not USD.
    pub dollar: Option<Currency>,
}

pub fn assess(mail: &Mail) -> Assessment {
    let Some(from) = &mail.from else {
        return not_amazon("the message has no sender address".into());
    };
    let domain = from.domain().unwrap_or_default();
    if !is_amazon_domain(&domain) {
        let reason = format!("sender domain `{domain}` is not an Amazon domain");
        return match look_alike(&domain, from.name.as_deref()) {
            Some(why) => rejected(reason, why),
            None => not_amazon(reason),
        };
    }
    let claimed = [mail.sender.as_ref().and_then(|s| s.domain()), mail.return_path.as_ref().and_then(|r| domain_of(r))];
    for other in claimed.iter().flatten() {
        if !is_amazon_domain(other) && look_alike(other, None).is_some() {
            return rejected(
                format!("from {domain} but sent on behalf of `{other}`"),
                format!("claims to be from {domain} but its envelope names the look-alike domain `{other}`"),
            );
        }
    }
    let auth = authentication(&mail.auth_results, &domain);
    if let Some(failed) = auth.failed {
        return rejected(
            format!("authentication failed for {domain} ({failed})"),
            format!("claims to be from {domain} but its Authentication-Results say {failed}"),
        );
    }
    let marketplace = Marketplace::from_host(&domain);
    Assessment {
        verdict: crate::Verdict::Amazon,
        trust: if auth.passed { Trust::Verified } else { Trust::Unverified },
        suspicion: None,
        marketplace,
        dollar: dollar_of(&domain),
    }
}

fn not_amazon(reason: String) -> Assessment {
    Assessment {
        verdict: crate::Verdict::NotAmazon,
        trust: Trust::Rejected(reason),
        suspicion: None,
        marketplace: None,
        dollar: None,
    }
}

fn rejected(reason: String, suspicion: String) -> Assessment {
    Assessment {
        verdict: crate::Verdict::Rejected,
        trust: Trust::Rejected(reason),
        suspicion: Some(suspicion),
        marketplace: None,
        dollar: None,
    }
}

/// `amazon.<tld>` for a storefront TLD, or any subdomain of one.
pub fn is_amazon_domain(domain: &str) -> bool {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    AMAZON_TLDS.iter().any(|tld| {
        let base = format!("amazon.{tld}");
        domain == base || domain.ends_with(&format!(".{base}"))
    })
}

fn is_amazon_owned_other(domain: &str) -> bool {
    AMAZON_OWNED_OTHER.iter().any(|d| domain == *d || domain.ends_with(&format!(".{d}")))
}

/// Why a non-Amazon sender pretends to be Amazon, if it does: a domain
/// that spells or embeds "amazon" (`amaz0n.com`, `amazon-rewards.net`,
/// `amazon.com.evil.net`), or an "Amazon" display name on another domain.
pub fn look_alike(domain: &str, display_name: Option<&str>) -> Option<String> {
    if is_amazon_owned_other(domain) {
        return None;
    }
    let folded = skeleton(domain);
    if folded.contains("amazon") || folded.contains("amzn") {
        return Some(format!("the sender domain `{domain}` imitates an Amazon domain"));
    }
    if domain.split(['.', '-']).any(|label| near_amazon(&skeleton(label))) {
        return Some(format!("the sender domain `{domain}` imitates an Amazon domain"));
    }
    let name = display_name.map(skeleton)?;
    (name.contains("amazon") || name.contains("amzn"))
        .then(|| format!("the display name says Amazon but the address is at `{domain}`"))
}

/// Lower case with the usual homoglyphs folded (`0`→o, `1`→l, `rn`→m,
/// Cyrillic а/о/е…), and separators removed.
fn skeleton(text: &str) -> String {
    let mapped: String = text
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            '0' | 'о' | 'ο' | '○' => Some('o'),
            '1' | 'ı' | '|' | 'і' => Some('l'),
            'а' | 'α' | '@' | '4' => Some('a'),
            'е' | '3' => Some('e'),
            'м' => Some('m'),
            'ʐ' => Some('z'),
            'п' | 'η' => Some('n'),
            ' ' | '-' | '_' | '.' | '\u{200b}' => None,
            c => Some(c),
        })
        .collect();
    mapped.replace("rn", "m").replace("vv", "w")
}

/// One edit away from "amazon" (amazom, amazn, arnazon after folding, amaazon).
fn near_amazon(label: &str) -> bool {
    const TARGET: &str = "amazon";
    let n = label.chars().count();
    if !(5..=7).contains(&n) || label == TARGET {
        return false;
    }
    edit_distance(label, TARGET) <= 1
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

fn domain_of(address: &str) -> Option<String> {
    let (_, domain) = address.rsplit_once('@')?;
    let domain = domain.trim().trim_end_matches(['>', '.']).to_ascii_lowercase();
    (!domain.is_empty()).then_some(domain)
}

/// What a bare `$` means on storefronts outside the six whose dollar is not the US one.
fn dollar_of(domain: &str) -> Option<Currency> {
    let code = [("amazon.com.au", "AUD"), ("amazon.com.mx", "MXN"), ("amazon.sg", "SGD")]
        .into_iter()
        .find(|(d, _)| domain == *d || domain.ends_with(&format!(".{d}")))
        .map(|(_, code)| code)?;
    Currency::from_code(code).ok()
}

struct Authentication {
    passed: bool,
    /// The failed checks, as `dkim=fail, dmarc=fail`.
    failed: Option<String>,
}

/// Reads Authentication-Results (RFC 8601): `authserv-id; method=result props; …`.
fn authentication(headers: &[String], from_domain: &str) -> Authentication {
    let mut fails: Vec<String> = Vec::new();
    let (mut dmarc_pass, mut dmarc_fail, mut dkim_pass) = (false, false, false);
    for header in headers {
        for clause in header.split(';').skip(1) {
            let clause = clause.trim().to_ascii_lowercase();
            let Some((method, rest)) = clause.split_once('=') else { continue };
            let method = method.trim();
            let result: String = rest.trim_start().chars().take_while(|c| c.is_ascii_alphabetic()).collect();
            if !matches!(method, "dkim" | "spf" | "dmarc") {
                continue;
            }
            let about_amazon = concerns(&clause, from_domain);
            match (method, result.as_str()) {
                ("dmarc", "pass") if about_amazon => dmarc_pass = true,
                ("dmarc", "fail") if about_amazon => dmarc_fail = true,
                ("dkim", "pass") if about_amazon => dkim_pass = true,
                _ => {}
            }
            if result == "fail" && about_amazon {
                let label = format!("{method}=fail");
                if !fails.contains(&label) {
                    fails.push(label);
                }
            }
        }
    }
    let failed = if dmarc_fail || (!dmarc_pass && !fails.is_empty()) { Some(fails.join(", ")) } else { None };
    Authentication { passed: failed.is_none() && (dmarc_pass || dkim_pass), failed }
}

/// Whether a result clause is about the sender's domain: it names an Amazon
/// domain (or the From domain), or names no domain at all.
fn concerns(clause: &str, from_domain: &str) -> bool {
    let domains: Vec<String> = clause
        .split_whitespace()
        .filter_map(|token| {
            let (key, value) = token.split_once('=')?;
            if !matches!(key, "header.i" | "header.d" | "header.from" | "smtp.mailfrom" | "smtp.helo") {
                return None;
            }
            let value = value.trim_matches(['"', '(', ')', ',']);
            Some(value.rsplit_once('@').map_or(value, |(_, d)| d).to_string())
        })
        .collect();
    domains.is_empty()
        || domains.iter().any(|d| {
            d == from_domain
                || is_amazon_domain(d)
                || is_amazon_owned_other(d)
                || d.ends_with(&format!(".{from_domain}"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Verdict;
    use crate::mime::Mailbox;

    fn mail(name: Option<&str>, address: &str, auth: &[&str]) -> Mail {
        Mail {
            from: Some(Mailbox { name: name.map(String::from), address: address.into() }),
            auth_results: auth.iter().map(|s| s.to_string()).collect(),
            ..Mail::default()
        }
    }

    #[test]
    fn storefront_domains_and_their_subdomains_are_amazon() {
        for d in
            ["amazon.com", "gc.email.amazon.com", "AMAZON.CO.JP", "amazon.com.au", "marketplace.amazon.de", "amazon.eg"]
        {
            assert!(is_amazon_domain(d), "{d}");
        }
        for d in
            ["amazon.com.evil.net", "notamazon.com", "amazon-rewards.net", "amaz0n.com", "amazon.co", "xamazon.com"]
        {
            assert!(!is_amazon_domain(d), "{d}");
        }
    }

    #[test]
    fn look_alikes_are_rejected_as_suspicious() {
        for (name, address) in [
            (None, "a@amaz0n.com"),
            (None, "a@amazon-rewards.net"),
            (None, "a@amazon.com.evil.net"),
            (None, "a@arnazon.com"),
            (None, "a@amazn.co"),
            (Some("Amazon.com"), "no-reply@secure-account-center.info"),
            (Some("amazon.com Rewards"), "x@example.net"),
            (Some("Аmazon"), "x@example.net"),
        ] {
            let a = assess(&mail(name, address, &[]));
            assert_eq!(a.verdict, Verdict::Rejected, "{name:?} {address}");
            assert!(a.suspicion.is_some());
        }
    }

    #[test]
    fn ordinary_mail_is_not_amazon_and_not_suspicious() {
        for address in ["friend@example.org", "x@amazonses.com", "news@bookshop.example", "bounce@amazonaws.com"] {
            let a = assess(&mail(Some("Riley"), address, &[]));
            assert_eq!(a.verdict, Verdict::NotAmazon, "{address}");
            assert_eq!(a.suspicion, None);
        }
    }

    #[test]
    fn failed_authentication_rejects_and_dmarc_pass_survives_forwarding() {
        let spoof = assess(&mail(
            Some("Amazon.com"),
            "no-reply@amazon.com",
            &[
                "mx.google.com; dkim=fail header.i=@amazon.com; spf=fail smtp.mailfrom=amazon.com; dmarc=fail (p=QUARANTINE) header.from=amazon.com",
            ],
        ));
        assert_eq!(spoof.verdict, Verdict::Rejected);
        assert!(spoof.suspicion.unwrap().contains("dkim=fail, spf=fail, dmarc=fail"));

        let only_dkim =
            assess(&mail(None, "no-reply@amazon.com", &["mx; dkim=fail (bad signature) header.d=amazon.com"]));
        assert_eq!(only_dkim.verdict, Verdict::Rejected);

        let forwarded = assess(&mail(
            None,
            "no-reply@amazon.com",
            &[
                "mx; dkim=pass header.d=amazon.com; spf=fail smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com",
            ],
        ));
        assert_eq!(forwarded.verdict, Verdict::Amazon);
        assert_eq!(forwarded.trust, Trust::Verified);

        let list_signature =
            assess(&mail(None, "no-reply@amazon.co.uk", &["mx; dkim=fail header.d=lists.example.org"]));
        assert_eq!(list_signature.verdict, Verdict::Amazon);
        assert_eq!(list_signature.trust, Trust::Unverified);
        assert_eq!(list_signature.marketplace, Some(Marketplace::Uk));
    }

    #[test]
    fn envelope_look_alikes_only_ever_lower_trust() {
        let mut m = mail(Some("Amazon"), "no-reply@amazon.com", &[]);
        m.return_path = Some("bounce@amazon-mail-services.net".into());
        assert_eq!(assess(&m).verdict, Verdict::Rejected);
        let mut ses = mail(Some("Amazon"), "no-reply@amazon.com", &[]);
        ses.return_path = Some("0100019@amazonses.com".into());
        assert_eq!(assess(&ses).verdict, Verdict::Amazon);
        let mut upgrade = mail(Some("Shop"), "x@shop.example", &[]);
        upgrade.sender = Some(Mailbox { name: None, address: "no-reply@amazon.com".into() });
        assert_eq!(assess(&upgrade).verdict, Verdict::NotAmazon);
    }
}
