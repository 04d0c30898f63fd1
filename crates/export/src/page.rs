//! Saved Amazon account pages ("Save page as" in a browser), read offline.
//!
//! Two pages are understood:
//!
//! - **Gift Card balance** (`/gc/balance`): the balance (`#gc-ui-balance-gc-balance-value`)
//!   and the activity table `Date | Description | Amount | Closing balance`.
//!   Each row is a movement of the gift-card balance (a `grant` when money
//!   comes in, a `redeem` when it is applied to an order). The closing
//!   balance of the newest row on the first page is the balance Amazon
//!   shows: one `balance` observation per page, dated by that row, which the
//!   ledger checks its own estimate against. Older pages of the activity
//!   (saved separately) add their movements only.
//! - **No-Rush rewards** (`/norushcredits`): each reward row ("$1.00 expires
//!   on …", "… expires in 12 days on …", "… expires today on …") is a
//!   `balance` observation of the No-Rush program for that expiry date, plus
//!   the total. The ledger turns what it cannot explain from other evidence
//!   into lots with that expiry, and compares the rest.
//!
//! Locators are built from the page kind and each row's content, so saving
//! the same page twice, or pages whose activity overlaps, adds nothing.
//! Claim codes shown on the page are never kept.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use unspent_core::date::{add_days, parse_date, scan_dates};
use unspent_core::marketplace::DateOrder;
use unspent_core::{
    BalanceKind, Date, Event, EventKind, Evidence, Marketplace, Money, Problem, ProblemKind, ProgramId, Recorded,
    SourceKind, Trust,
};

/// Which page was saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    GiftCardBalance,
    NoRushRewards,
}

impl PageKind {
    pub fn title(self) -> &'static str {
        match self {
            PageKind::GiftCardBalance => "Gift Card Balance",
            PageKind::NoRushRewards => "No-Rush rewards",
        }
    }
}

/// What one saved page said.
#[derive(Clone, Debug)]
pub struct PageReading {
    pub kind: PageKind,
    pub marketplace: Option<Marketplace>,
    /// The balance the page shows.
    pub balance: Option<Money>,
    /// The day the balance was seen (from the page, or the save date given).
    pub observed_on: Option<Date>,
    /// Activity or reward rows read.
    pub rows: usize,
    pub events: Vec<Recorded>,
    pub problems: Vec<Problem>,
}

/// Why a file is not a page unspent can read. One line each.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error("{file}: not an HTML page")]
    NotHtml { file: String },
    #[error("{file}: not a saved Amazon Gift Card balance or No-Rush rewards page{}", title.as_ref().map(|t| format!(" (its title is \"{t}\")")).unwrap_or_default())]
    NotAmazon { file: String, title: Option<String> },
}

/// Whether bytes look like an HTML document or a saved fragment of one.
pub fn is_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let trimmed = text.trim_start();
    trimmed.starts_with('<')
        && ["<!doctype html", "<html", "<head", "<body", "<div", "<table", "<meta", "<title"]
            .iter()
            .any(|tag| trimmed.contains(tag))
}

/// Reads a saved page. `saved_on` is when the file was saved (its
/// modification day), used only when the page itself does not date what it shows.
pub fn read_page(file: &str, bytes: &[u8], saved_on: Option<Date>) -> Result<PageReading, PageError> {
    if !is_html(bytes) {
        return Err(PageError::NotHtml { file: file.into() });
    }
    let html = Html::parse_document(&String::from_utf8_lossy(bytes));
    let marketplace = saved_from_marketplace(&html);
    if let Some(reading) = gift_card_page(file, &html, marketplace, saved_on) {
        return Ok(reading);
    }
    if let Some(reading) = no_rush_page(file, &html, marketplace, saved_on) {
        return Ok(reading);
    }
    let title = first_text(&html.root_element(), &SELECTORS.title).filter(|t| !t.is_empty());
    Err(PageError::NotAmazon { file: file.into(), title })
}

struct Selectors {
    title: Selector,
    gc_balance: Selector,
    gc_table: Selector,
    any_table: Selector,
    tr: Selector,
    td: Selector,
    th: Selector,
    span: Selector,
    link: Selector,
    a: Selector,
    headings: Selector,
    h1: Selector,
    reward_rows: Selector,
    h6: Selector,
    h3: Selector,
    canonical: Selector,
}

static SELECTORS: LazyLock<Selectors> = LazyLock::new(|| {
    let s = |css: &str| Selector::parse(css).expect("selector parses");
    Selectors {
        title: s("title"),
        gc_balance: s("#gc-ui-balance-gc-balance-value"),
        gc_table: s("div#gc-balance-table table.a-bordered"),
        any_table: s("table"),
        tr: s("tr"),
        td: s("td"),
        th: s("th"),
        span: s("span"),
        link: s("a.a-link-normal"),
        a: s("a[href]"),
        headings: s("h1, h2"),
        h1: s("h1"),
        reward_rows: s("div.a-spacing-none > div.a-row"),
        h6: s("h6"),
        h3: s("h3"),
        canonical: s("link[rel=canonical], meta[property='og:url']"),
    }
});

// ---------------------------------------------------------------- gift card

/// How a description on the gift-card activity reads. The wording of rows
/// other than these has not been seen; such rows still count (by their
/// sign) and are reported so the table can grow.
const GIFT_CARD_ROWS: &[(&str, RowMeaning)] = &[
    ("applied to", RowMeaning::Applied),
    ("refund", RowMeaning::Refund),
    ("reload", RowMeaning::Reload),
    ("trade-in", RowMeaning::Program(ProgramId::TRADE_IN)),
    ("trade in", RowMeaning::Program(ProgramId::TRADE_IN)),
    ("shopper panel", RowMeaning::Program(ProgramId::SHOPPER_PANEL)),
    ("gift card added", RowMeaning::Claimed),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RowMeaning {
    /// Balance spent on an order: a redeem.
    Applied,
    /// Money back from an order into the balance: new gift-card balance.
    Refund,
    /// The user's own money added ("Gift Card Balance added from Reload"):
    /// spendable balance like any other, so it is a grant.
    Reload,
    /// A gift card claimed into the balance.
    Claimed,
    /// Paid in by another program (Trade-In, Shopper Panel).
    Program(&'static str),
}

struct ActivityRow {
    position: usize,
    date: Date,
    description: String,
    order_id: Option<String>,
    amount: Money,
    closing: Money,
}

fn gift_card_page(file: &str, html: &Html, host: Option<Marketplace>, saved_on: Option<Date>) -> Option<PageReading> {
    let root = html.root_element();
    let balance_text = first_text(&root, &SELECTORS.gc_balance);
    let table = root.select(&SELECTORS.gc_table).next().or_else(|| {
        root.select(&SELECTORS.any_table).find(|t| {
            let headers: Vec<String> = t.select(&SELECTORS.th).map(|h| squash(&text_of(&h)).to_lowercase()).collect();
            headers.len() >= 4 && headers[0] == "date" && headers[3].starts_with("closing")
        })
    });
    if balance_text.is_none() && table.is_none() {
        return None;
    }
    let marketplace = host.or_else(|| description_marketplace(&root)).or_else(|| link_marketplace(&root));
    let mut page = Reading::new(file, PageKind::GiftCardBalance, marketplace);
    let balance = balance_text.as_deref().and_then(|t| page.money(t, "the balance", &format!("{file}#balance")));
    let rows = table.map(|t| page.activity_rows(&t)).unwrap_or_default();
    let domain = domain_of(page.marketplace);
    let mut occurrences: HashMap<String, usize> = HashMap::new();
    for row in &rows {
        let content = format!(
            "gc-balance/{domain}/{}/{}/{}/{}",
            row.date,
            slug(&row.description),
            row.amount.to_decimal_string(),
            row.closing.to_decimal_string()
        );
        let n = occurrences.entry(content.clone()).and_modify(|n| *n += 1).or_insert(1);
        let locator = if *n == 1 { content } else { format!("{content}#{n}") };
        page.movement(row, &locator);
    }
    let newest = rows.iter().max_by_key(|r| (r.date, std::cmp::Reverse(r.position)));
    let observation = match (newest, balance) {
        // The first page: its newest row closes at the balance shown.
        (Some(row), Some(balance)) if row.closing == balance => Some((row.date, balance, row_locator(row, &domain))),
        // An older page of the activity: its rows are history, not today's balance.
        (Some(_), _) => None,
        (None, Some(balance)) => saved_on
            .map(|day| (day, balance, format!("gc-balance/{domain}/no-activity/{}", balance.to_decimal_string()))),
        (None, None) => None,
    };
    if let Some((day, amount, locator)) = observation {
        let mut event = Event::new(EventKind::Balance);
        event.amount = Some(amount);
        event.balance = Some(BalanceKind::GiftCard);
        event.occurred_on = Some(day);
        event.marketplace = page.marketplace;
        event.note = Some("gift-card balance shown on the saved Gift Card page".into());
        page.push(event, &locator, 1);
        page.observed_on = Some(day);
    }
    page.balance = balance;
    page.rows = rows.len();
    Some(page.done())
}

fn row_locator(row: &ActivityRow, domain: &str) -> String {
    format!(
        "gc-balance/{domain}/{}/{}/{}/{}",
        row.date,
        slug(&row.description),
        row.amount.to_decimal_string(),
        row.closing.to_decimal_string()
    )
}

impl Reading {
    fn activity_rows(&mut self, table: &ElementRef<'_>) -> Vec<ActivityRow> {
        let mut rows = Vec::new();
        for (position, tr) in table.select(&SELECTORS.tr).enumerate() {
            let cells: Vec<ElementRef<'_>> = tr.select(&SELECTORS.td).collect();
            if cells.len() < 4 {
                continue;
            }
            let where_ = format!("{}#row={}", self.file, position);
            let date_text = squash(&text_of(&cells[0]));
            let Some(date) = self.date(&date_text, &where_) else { continue };
            let description = cells[1]
                .select(&SELECTORS.span)
                .next()
                .map(|s| squash(&text_of(&s)))
                .unwrap_or_else(|| squash(&text_of(&cells[1])));
            let description = redact_codes(&description);
            let order_id = cells[1]
                .select(&SELECTORS.link)
                .next()
                .and_then(|a| order_id_in(&text_of(&a)).or_else(|| a.attr("href").and_then(order_id_in)));
            let Some(amount) = self.money(&text_of(&cells[2]), "the amount", &where_) else { continue };
            let Some(closing) = self.money(&text_of(&cells[3]), "the closing balance", &where_) else { continue };
            rows.push(ActivityRow { position, date, description, order_id, amount, closing });
        }
        rows
    }

    fn movement(&mut self, row: &ActivityRow, locator: &str) {
        // A row of nothing (a zero-amount adjustment) moves no money: neither grant nor use.
        if row.amount.is_zero() {
            return;
        }
        let lower = row.description.to_lowercase();
        let meaning = GIFT_CARD_ROWS.iter().find(|(phrase, _)| lower.contains(phrase)).map(|(_, m)| *m);
        let meaning = match (meaning, row.amount.is_negative()) {
            (Some(RowMeaning::Applied), true) => RowMeaning::Applied,
            (Some(known), false) if known != RowMeaning::Applied => known,
            (_, true) => {
                self.unknown_row(row, locator, "counted as balance spent");
                RowMeaning::Applied
            }
            (_, false) => {
                self.unknown_row(row, locator, "counted as money added to the balance");
                RowMeaning::Claimed
            }
        };
        let mut event = match meaning {
            RowMeaning::Applied => Event::new(EventKind::Redeem),
            _ => Event::new(EventKind::Grant),
        };
        event.program = Some(ProgramId::known(match meaning {
            RowMeaning::Program(id) => id,
            _ => ProgramId::GIFT_CARD,
        }));
        event.amount = Some(row.amount.abs());
        event.order_id = row.order_id.clone();
        event.occurred_on = Some(row.date);
        event.balance = (meaning == RowMeaning::Applied).then_some(BalanceKind::GiftCard);
        event.marketplace = self.marketplace;
        event.note = Some(match meaning {
            RowMeaning::Reload => format!("{} (your own money added to the balance)", row.description),
            _ => row.description.clone(),
        });
        self.push(event, locator, 0);
    }

    fn unknown_row(&mut self, row: &ActivityRow, locator: &str, treated: &str) {
        let message = format!(
            "gift-card activity `{}` ({}) is not a row unspent knows; {treated}",
            row.description,
            row.amount.to_decimal_string()
        );
        self.problem(ProblemKind::Unknown, locator, message);
    }
}

/// The marketplace the descriptions name ("Gift Card applied to Amazon.co.uk order").
fn description_marketplace(root: &ElementRef<'_>) -> Option<Marketplace> {
    let text = text_of(root).to_lowercase();
    Marketplace::ALL.into_iter().rev().find(|m| {
        let needle = format!("{} order", m.domain());
        text.contains(&needle)
    })
}

// ---------------------------------------------------------------- No-Rush

static EXPIRES_IN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)expires\s+in\s+(\d{1,4})\s+days?\s+on\s+(.+)").expect("regex compiles"));
static EXPIRES_TODAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)expires\s+today\s+on\s+(.+)").expect("regex compiles"));
static EXPIRES_ON: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)expires\s+on\s+(.+)").expect("regex compiles"));

struct Reward {
    name: Option<String>,
    amount: Money,
    expires_on: Date,
    /// The day the page was looked at, when the row says ("in 12 days on …", "today on …").
    seen_on: Option<Date>,
}

fn no_rush_page(file: &str, html: &Html, host: Option<Marketplace>, saved_on: Option<Date>) -> Option<PageReading> {
    let root = html.root_element();
    let heading = root.select(&SELECTORS.headings).find(|h| {
        let text = squash(&text_of(h)).to_lowercase();
        text.contains("no-rush") && text.contains("reward balance")
    })?;
    let total_text = total_text(&heading);
    let currency_hint = total_text.as_deref().and_then(|t| Money::scan(t, host).into_iter().next()).map(|(_, m)| m);
    let marketplace = host
        .or_else(|| currency_hint.and_then(|m| Marketplace::from_currency(m.currency())))
        .or_else(|| link_marketplace(&root));
    let mut page = Reading::new(file, PageKind::NoRushRewards, marketplace);
    let total = total_text.as_deref().and_then(|t| page.money(t, "the reward balance", &format!("{file}#total")));
    let rewards = page.rewards(&root);
    let seen_on = rewards.iter().find_map(|r| r.seen_on);
    let observed_on = seen_on.or(saved_on);
    let day_part = seen_on.map_or("undated".to_string(), |d| d.to_string());
    let domain = domain_of(page.marketplace);
    let mut occurrences: HashMap<String, usize> = HashMap::new();
    for reward in &rewards {
        let content =
            format!("norush/{domain}/{day_part}/expires-{}/{}", reward.expires_on, reward.amount.to_decimal_string());
        let n = occurrences.entry(content.clone()).and_modify(|n| *n += 1).or_insert(1);
        let locator = if *n == 1 { content } else { format!("{content}#{n}") };
        let mut event = no_rush_observation(reward.amount, observed_on, page.marketplace);
        event.expires_on = Some(reward.expires_on);
        event.note = Some(match &reward.name {
            Some(name) => format!("{name}: No-Rush reward shown on the saved rewards page"),
            None => "No-Rush reward shown on the saved rewards page".into(),
        });
        page.push(event, &locator, 0);
    }
    if let Some(total) = total {
        let mut event = no_rush_observation(total, observed_on, page.marketplace);
        event.note = Some("No-Rush reward balance shown on the saved rewards page".into());
        let locator = format!("norush/{domain}/{day_part}/total/{}", total.to_decimal_string());
        page.push(event, &locator, 0);
        let listed: i64 =
            rewards.iter().filter(|r| r.amount.currency() == total.currency()).map(|r| r.amount.minor()).sum();
        if !rewards.is_empty() && listed != total.minor() {
            let message = format!(
                "the page shows a balance of {total} but its rows add up to {}",
                Money::from_minor(listed, total.currency())
            );
            page.problem(ProblemKind::Incomplete, &locator, message);
        }
    }
    page.balance = total;
    page.observed_on = observed_on;
    page.rows = rewards.len();
    Some(page.done())
}

fn no_rush_observation(amount: Money, on: Option<Date>, marketplace: Option<Marketplace>) -> Event {
    let mut event = Event::new(EventKind::Balance);
    event.program = Some(ProgramId::known(ProgramId::NO_RUSH));
    event.amount = Some(amount);
    event.balance = Some(BalanceKind::Digital);
    event.occurred_on = on;
    event.marketplace = marketplace;
    event
}

/// The text that carries the total: the next block after the heading's
/// (": $3.00"), or the heading itself when it holds the amount.
fn total_text(heading: &ElementRef<'_>) -> Option<String> {
    let own = squash(&text_of(heading));
    if Money::scan(&own, None).into_iter().next().is_some() {
        return Some(own);
    }
    let container = heading.parent().and_then(ElementRef::wrap)?;
    let next = container.next_siblings().filter_map(ElementRef::wrap).next()?;
    let text = next.select(&SELECTORS.h1).next().map(|h| text_of(&h)).unwrap_or_else(|| text_of(&next));
    Some(squash(&text))
}

impl Reading {
    fn rewards(&mut self, root: &ElementRef<'_>) -> Vec<Reward> {
        let mut rewards = Vec::new();
        for (position, row) in root.select(&SELECTORS.reward_rows).enumerate() {
            let text = squash(&text_of(&row));
            if !text.to_lowercase().contains("expires") {
                continue;
            }
            let where_ = format!("{}#reward={}", self.file, position + 1);
            let expiry_text = row
                .select(&SELECTORS.span)
                .map(|s| squash(&text_of(&s)))
                .find(|t| t.to_lowercase().contains("expires"))
                .unwrap_or_else(|| text.clone());
            let Some((expires_on, seen_on)) = self.expiry(&expiry_text, &where_) else { continue };
            let amount_text = first_text(&row, &SELECTORS.h3)
                .or_else(|| expiry_text.to_lowercase().find("expires").map(|i| expiry_text[..i].to_string()));
            let Some(amount) = amount_text.and_then(|t| self.money(&t, "the reward amount", &where_)) else { continue };
            let name = first_text(&row, &SELECTORS.h6).filter(|n| !n.is_empty());
            rewards.push(Reward { name, amount, expires_on, seen_on });
        }
        rewards
    }

    /// The expiry date of a reward row, and the day the page was seen when the row tells.
    fn expiry(&mut self, text: &str, where_: &str) -> Option<(Date, Option<Date>)> {
        let (rest, days_left) = if let Some(caps) = EXPIRES_IN.captures(text) {
            (caps.get(2)?.as_str(), caps[1].parse::<i64>().ok())
        } else if let Some(caps) = EXPIRES_TODAY.captures(text) {
            (caps.get(1)?.as_str(), Some(0))
        } else if let Some(caps) = EXPIRES_ON.captures(text) {
            (caps.get(1)?.as_str(), None)
        } else {
            self.problem(ProblemKind::Incomplete, where_, format!("cannot read the expiry in `{text}`"));
            return None;
        };
        let expires_on = self.date(rest.trim().trim_end_matches('.'), where_)?;
        Some((expires_on, days_left.map(|d| add_days(expires_on, -d))))
    }
}

// ---------------------------------------------------------------- shared

/// A page being read: its events and problems so far.
struct Reading {
    file: String,
    kind: PageKind,
    marketplace: Option<Marketplace>,
    balance: Option<Money>,
    observed_on: Option<Date>,
    rows: usize,
    events: Vec<Recorded>,
    problems: Vec<Problem>,
}

impl Reading {
    fn new(file: &str, kind: PageKind, marketplace: Option<Marketplace>) -> Reading {
        Reading {
            file: file.to_string(),
            kind,
            marketplace,
            balance: None,
            observed_on: None,
            rows: 0,
            events: Vec::new(),
            problems: Vec::new(),
        }
    }

    fn done(self) -> PageReading {
        PageReading {
            kind: self.kind,
            marketplace: self.marketplace,
            balance: self.balance,
            observed_on: self.observed_on,
            rows: self.rows,
            events: self.events,
            problems: self.problems,
        }
    }

    fn push(&mut self, event: Event, locator: &str, index: usize) {
        let evidence = Evidence {
            source: SourceKind::Page,
            locator: locator.to_string(),
            origin: Some(self.file.clone()),
            sender: None,
            subject: Some(format!("Saved page: {} ({})", self.kind.title(), domain_of(self.marketplace))),
            date: None,
            trust: Trust::User,
        };
        self.events.push(Recorded::new(event, evidence, index));
    }

    fn problem(&mut self, kind: ProblemKind, locator: &str, message: String) {
        self.problems.push(Problem {
            kind,
            source: SourceKind::Page,
            locator: locator.to_string(),
            origin: Some(self.file.clone()),
            message,
        });
    }

    fn money(&mut self, text: &str, what: &str, where_: &str) -> Option<Money> {
        let text = squash(text);
        let text = text.trim_start_matches(':').trim();
        let found = Money::parse(text, self.marketplace)
            .ok()
            .or_else(|| Money::scan(text, self.marketplace).into_iter().next().map(|(_, m)| m));
        if found.is_none() {
            self.problem(ProblemKind::Incomplete, where_, format!("cannot read {what} `{text}`"));
        }
        found
    }

    fn date(&mut self, text: &str, where_: &str) -> Option<Date> {
        let order = self.marketplace.map_or(DateOrder::Ambiguous, Marketplace::date_order);
        let parsed =
            parse_date(text, order).ok().or_else(|| scan_dates(text, order).into_iter().find_map(|(_, d)| d.ok()));
        if parsed.is_none() {
            self.problem(ProblemKind::Incomplete, where_, format!("cannot read the date `{text}`"));
        }
        parsed
    }
}

/// The marketplace the page was saved from: the browser's "saved from url"
/// comment, or the page's canonical address.
fn saved_from_marketplace(html: &Html) -> Option<Marketplace> {
    for node in html.tree.root().descendants() {
        if let Some(comment) = node.value().as_comment()
            && let Some(url) = comment.split("saved from url=").nth(1)
        {
            let url = url.split_once(')').map_or(url, |(_, rest)| rest);
            if let Some(m) = url_marketplace(url) {
                return Some(m);
            }
        }
    }
    html.root_element()
        .select(&SELECTORS.canonical)
        .find_map(|e| e.attr("href").or_else(|| e.attr("content")).and_then(url_marketplace))
}

/// The last resort: the first absolute Amazon link on the page (footers may link abroad).
fn link_marketplace(root: &ElementRef<'_>) -> Option<Marketplace> {
    root.select(&SELECTORS.a).filter_map(|a| a.attr("href")).find_map(url_marketplace)
}

fn url_marketplace(url: &str) -> Option<Marketplace> {
    let rest = url.trim().strip_prefix("https://").or_else(|| url.trim().strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    Marketplace::from_host(host)
}

fn domain_of(marketplace: Option<Marketplace>) -> String {
    marketplace.map_or("amazon".to_string(), |m| m.domain().to_string())
}

fn order_id_in(text: &str) -> Option<String> {
    static ORDER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(?:\d{3}|D\d{2})-\d{7}-\d{7}\b").expect("regex compiles"));
    ORDER.find(text).map(|m| m.as_str().to_string())
}

/// Removes anything shaped like a gift-card claim code, so none is ever stored.
fn redact_codes(text: &str) -> String {
    static CODE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)claim code:?[^;]*;?|\b[a-z0-9]{4}-[a-z0-9]{6}-[a-z0-9]{4,5}\b").expect("regex compiles")
    });
    squash(&CODE.replace_all(text, ""))
}

fn slug(text: &str) -> String {
    text.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("-")
}

fn text_of(element: &ElementRef<'_>) -> String {
    element.text().collect::<Vec<_>>().join(" ")
}

fn first_text(element: &ElementRef<'_>, selector: &Selector) -> Option<String> {
    element.select(selector).next().map(|e| squash(&text_of(&e)))
}

/// Collapses runs of whitespace (including non-breaking spaces) to one space.
fn squash(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_codes_are_never_kept() {
        assert_eq!(
            redact_codes("Gift Card added Claim code: xxxx-xxxxxx-8HBR; Serial number: 1"),
            "Gift Card added Serial number: 1"
        );
        assert_eq!(redact_codes("code AB12-CD34EF-GH56 here"), "code here");
    }

    #[test]
    fn order_ids_are_found_in_links() {
        let href = "/gp/your-account/order-details/ref=x?ie=UTF8&orderID=D01-1234567-7654321";
        assert_eq!(order_id_in(href).as_deref(), Some("D01-1234567-7654321"));
        assert_eq!(order_id_in("111-1234567-1234567").as_deref(), Some("111-1234567-1234567"));
        assert_eq!(order_id_in("no order"), None);
    }

    #[test]
    fn html_is_told_from_other_text() {
        assert!(is_html(b"\xEF\xBB\xBF<!DOCTYPE html><html></html>"));
        assert!(is_html(b"  <div id=\"gc-balance-table\"></div>"));
        assert!(!is_html(b"Order ID,Order Date\n"));
        assert!(!is_html(b"From nobody Mon Jan 1 00:00:00 2026\n"));
    }
}
