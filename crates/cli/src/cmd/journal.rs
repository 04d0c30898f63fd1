//! `unspent export --format beancount`: the credits as a Beancount journal, for
//! people who keep their accounts in plain text.
//!
//! Each program has an asset account under the balance it lands in
//! (`Assets:Amazon:Credit:No-Rush`, `Assets:Amazon:Balance:Trade-In`) and an
//! income account it comes from. The journal has a transaction per grant, per
//! use of credit (one posting per lot it drew on, flagged `!` when the ledger
//! chose the lot because the evidence did not say), and per expiry or closure
//! of what was left; then, for the day after `--as-of`, a `balance` assertion
//! per account and currency computed from the ledger's own figures. So
//! `bean-check` proves the journal adds up to what `unspent credits` shows.
//! Nothing after `--as-of` is written. Kindle points are not money and stay out
//! (their rewards, once converted, are credits like any other).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use unspent_core::date::add_days;
use unspent_core::ledger::{ExpiryBasis, LotUse};
use unspent_core::{BalanceKind, Date, Ledger, Lot, LotStatus, Money, ProgramCatalog};

const PAYEE: &str = "Amazon";
const SPENT: &str = "Expenses:Amazon:Orders";

/// The journal of `ledger` as it stood at the end of `as_of`.
pub fn beancount(ledger: &Ledger, catalog: &ProgramCatalog, as_of: Date) -> String {
    let lots: Vec<&Lot> = ledger.lots.iter().filter(|lot| granted_on(lot, as_of) <= as_of).collect();
    let mut entries: Vec<Entry> = Vec::new();
    for lot in &lots {
        entries.push(grant(lot, catalog, as_of));
        if let Some(entry) = write_off(lot, as_of) {
            entries.push(entry);
        }
    }
    entries.extend(uses(&lots, as_of));
    entries.sort_by(|a, b| (a.date, a.rank, &a.key).cmp(&(b.date, b.rank, &b.key)));

    let mut out = String::new();
    let _ = writeln!(out, "; Amazon credits as of {as_of}, written by `unspent export --format beancount`.");
    let _ = writeln!(out, "; `!` marks a use of credit whose lot the ledger chose (soonest-expiring first).\n");
    let opened_on = entries.first().map_or(as_of, |e| e.date);
    for account in accounts(&entries) {
        let _ = writeln!(out, "{opened_on} open {account}");
    }
    out.push('\n');
    for entry in &entries {
        out.push_str(&entry.text);
        out.push('\n');
    }
    let checked_on = add_days(as_of, 1);
    for ((account, _), left) in balances(&lots, as_of) {
        let _ = writeln!(out, "{checked_on} balance {account} {}", amount(left));
    }
    out
}

/// One dated transaction; `rank` orders a day's grants before its uses and write-offs.
struct Entry {
    date: Date,
    rank: u8,
    key: String,
    accounts: Vec<String>,
    text: String,
}

impl Entry {
    fn new(
        date: Date,
        rank: u8,
        key: &str,
        (flag, narration): (char, &str),
        meta: &[(&str, String)],
        postings: &[Posting],
    ) -> Entry {
        let mut text = format!("{date} {flag} {} {}\n", quoted(PAYEE), quoted(narration));
        for (key, value) in meta {
            let _ = writeln!(text, "  {key}: {value}");
        }
        for posting in postings {
            let _ = match posting.amount {
                Some(money) => writeln!(text, "  {}  {}", posting.account, amount(money)),
                None => writeln!(text, "  {}", posting.account),
            };
            if let Some(lot) = posting.lot {
                let _ = writeln!(text, "    lot: {}", quoted(lot));
            }
        }
        let accounts = postings.iter().map(|p| p.account.to_string()).collect();
        Entry { date, rank, key: key.to_string(), accounts, text }
    }
}

fn granted_on(lot: &Lot, as_of: Date) -> Date {
    lot.granted_on.unwrap_or(as_of)
}

fn grant(lot: &Lot, catalog: &ProgramCatalog, as_of: Date) -> Entry {
    let name = catalog.get(lot.program.as_str()).map_or(lot.program.as_str(), |p| p.name.as_str());
    let mut meta = vec![("lot", quoted(&lot.id))];
    if let Some(expires) = lot.expires_on {
        meta.push(("expires", expires.to_string()));
        if lot.expiry_basis == ExpiryBasis::Rule {
            meta.push(("expiry", quoted("by the programme's rule, not stated by Amazon")));
        }
    }
    if let Some(order) = &lot.order_id {
        meta.push(("order", quoted(order)));
    }
    if lot.granted_on.is_none() {
        meta.push(("granted", quoted("unknown day; dated --as-of")));
    }
    let asset = asset_account(lot);
    let income = format!("Income:Amazon:{}", component(lot.program.as_str()));
    let postings = [Posting::of(&asset, lot.granted), Posting::rest(&income)];
    Entry::new(granted_on(lot, as_of), 0, &lot.id, ('*', name), &meta, &postings)
}

/// Each redeem once, with a posting for every lot it drew on.
fn uses(lots: &[&Lot], as_of: Date) -> Vec<Entry> {
    let mut by_redeem: BTreeMap<&str, Vec<(&Lot, &LotUse)>> = BTreeMap::new();
    for lot in lots {
        for used in &lot.uses {
            by_redeem.entry(used.redeem_id.as_str()).or_default().push((lot, used));
        }
    }
    by_redeem
        .into_iter()
        .filter_map(|(redeem_id, parts)| {
            let date = parts.iter().map(|(lot, used)| used.on.unwrap_or(granted_on(lot, as_of))).max()?;
            if date > as_of {
                return None;
            }
            let flag = if parts.iter().any(|(_, used)| used.estimated) { '!' } else { '*' };
            let order = parts.iter().find_map(|(_, used)| used.order_id.as_deref());
            let narration = match (order, parts[0].1.amount.is_negative()) {
                (Some(order), false) => format!("Credit used on order {order}"),
                (Some(order), true) => format!("Credit given back for order {order}"),
                (None, false) => "Credit used".to_string(),
                (None, true) => "Credit given back".to_string(),
            };
            let assets: Vec<String> = parts.iter().map(|(lot, _)| asset_account(lot)).collect();
            let mut postings: Vec<Posting> = parts
                .iter()
                .zip(&assets)
                .map(|((lot, used), asset)| Posting { lot: Some(&lot.id), ..Posting::of(asset, used.amount.negated()) })
                .collect();
            postings.push(Posting::rest(SPENT));
            let meta = [("redeem", quoted(redeem_id))];
            Some(Entry::new(date, 1, redeem_id, (flag, &narration), &meta, &postings))
        })
        .collect()
}

/// What an expired lot still held, lost on the day after its expiry (or a closed
/// programme's, refunded on its closing day), dated after any use it saw.
fn write_off(lot: &Lot, as_of: Date) -> Option<Entry> {
    let (start, narration, to) = match lot.status(as_of) {
        LotStatus::Expired => (add_days(lot.expires_on?, 1), "Credit expired unused", "Expired"),
        LotStatus::Closed => (lot.closed_on?, "Programme closed; Amazon refunded the balance", "Closed"),
        _ => return None,
    };
    let left = lot.remaining_on(as_of);
    if left.minor() <= 0 {
        return None;
    }
    let last_use = lot.uses.iter().filter_map(|u| u.on).filter(|on| *on <= as_of).max();
    let date = last_use.map_or(start, |on| on.max(start));
    let asset = asset_account(lot);
    let lost = format!("Expenses:Amazon:{to}:{}", component(lot.program.as_str()));
    let postings = [Posting::of(&asset, left.negated()), Posting::rest(&lost)];
    Some(Entry::new(date, 2, &lot.id, ('*', narration), &[("lot", quoted(&lot.id))], &postings))
}

/// What each account holds at the end of `as_of`, from the ledger's own arithmetic.
fn balances(lots: &[&Lot], as_of: Date) -> BTreeMap<(String, &'static str), Money> {
    let mut totals: BTreeMap<(String, &'static str), Money> = BTreeMap::new();
    for lot in lots {
        let left = match lot.status(as_of) {
            LotStatus::Expired | LotStatus::Closed => 0,
            _ => lot.remaining_on(as_of).minor(),
        };
        let total =
            totals.entry((asset_account(lot), lot.currency().code())).or_insert(Money::from_minor(0, lot.currency()));
        *total = Money::from_minor(total.minor() + left, lot.currency());
    }
    totals
}

fn accounts(entries: &[Entry]) -> Vec<&str> {
    let mut names: Vec<&str> = entries.iter().flat_map(|e| e.accounts.iter().map(String::as_str)).collect();
    names.sort_unstable();
    names.dedup();
    names
}

fn asset_account(lot: &Lot) -> String {
    let balance = match lot.balance {
        BalanceKind::Digital => "Credit",
        BalanceKind::GiftCard => "Balance",
        BalanceKind::None => "Other",
    };
    format!("Assets:Amazon:{balance}:{}", component(lot.program.as_str()))
}

/// A program id as an account name component: `no-rush` → `No-Rush`. Beancount
/// wants each component to start with a capital letter or digit and hold only
/// letters, digits and dashes; a user's own program ids are cleaned to fit.
fn component(id: &str) -> String {
    let words: Vec<String> = id
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map(|c| c.to_ascii_uppercase()).into_iter().chain(chars).collect()
        })
        .collect();
    if words.is_empty() { "Other".to_string() } else { words.join("-") }
}

/// One leg of a transaction; the leg without an amount takes what balances it.
struct Posting<'a> {
    account: &'a str,
    amount: Option<Money>,
    lot: Option<&'a str>,
}

impl<'a> Posting<'a> {
    fn of(account: &'a str, amount: Money) -> Posting<'a> {
        Posting { account, amount: Some(amount), lot: None }
    }

    fn rest(account: &'a str) -> Posting<'a> {
        Posting { account, amount: None, lot: None }
    }
}

fn amount(money: Money) -> String {
    format!("{} {}", money.to_decimal_string(), money.currency().code())
}

/// A Beancount string: backslashes and quotes escaped, on one line.
fn quoted(text: &str) -> String {
    let clean: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    format!("\"{}\"", clean.replace('\\', "\\\\").replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_ids_become_account_components() {
        assert_eq!(component("no-rush"), "No-Rush");
        assert_eq!(component("kindle-rewards"), "Kindle-Rewards");
        assert_eq!(component("my programme 2"), "My-Programme-2");
        assert_eq!(component("--"), "Other");
    }

    #[test]
    fn strings_are_escaped_onto_one_line() {
        assert_eq!(quoted("a \"b\" \\ c\nd"), "\"a \\\"b\\\" \\\\ c d\"");
    }
}
