//! The export reader: files in, in any order; events, orders and problems out.
//!
//! Files are added one by one (from a zip, a folder or alone) and read into
//! typed rows; nothing is decided until [`ExportReader::finish`], because
//! legacy digital money only gets its order through another file, and a
//! return's currency may only be known from its order.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{Read, Seek};

use unspent_core::{
    BalanceKind, Currency, Date, Event, EventKind, Evidence, Marketplace, Money, Problem, ProblemKind, ProgramId,
    Recorded, SourceKind, Trust,
};

pub use unspent_core::order::{Order, OrderKind};

use crate::archive::{self, ArchiveError, Limits, Visit};
use crate::layout::{Detected, FileKind, detect};
use crate::rows::{self, DigitalRow, LegacyOrder, Origin, RefundRow, RetailRow, ReturnRow, Row};
use crate::table::{Table, TableError};
use crate::values::amount_of;

/// Problems reported per file before the rest are summed up in one line.
const PROBLEMS_PER_FILE: usize = 20;

/// Why a single CSV given on its own could not be read. One line each.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("{file}: empty file")]
    Empty { file: String },
    #[error("{file}: not a CSV file (binary content)")]
    Binary { file: String },
    #[error("{file}: not a CSV file (no header row)")]
    NoHeader { file: String },
    #[error("{file}: not a file of Amazon's data export that unspent knows (header: {header})")]
    Unknown { file: String, header: String },
    #[error(
        "{file}: looks like Amazon's {kind} file but has no `{column}` column (Amazon may have renamed it; header: {header})"
    )]
    MissingColumn { file: String, kind: FileKind, column: &'static str, header: String },
}

/// One file the reader met, for the summary a user sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileReport {
    pub file: String,
    /// `None` when the file is not one unspent knows.
    pub kind: Option<FileKind>,
    pub rows: usize,
    pub duplicates: usize,
    /// The header row of a file that was not recognised or could not be read.
    pub header: Option<String>,
}

/// Everything read from one export.
#[derive(Clone, Debug, Default)]
pub struct ExportReading {
    pub events: Vec<Recorded>,
    pub orders: Vec<Order>,
    pub problems: Vec<Problem>,
    pub files: Vec<FileReport>,
    /// Data rows read in recognised files.
    pub rows: u64,
    /// Of those, rows already seen in another part or layout (ignored).
    pub duplicate_rows: u64,
}

/// Reads the files of one export into one [`ExportReading`].
#[derive(Debug, Default)]
pub struct ExportReader {
    limits: Limits,
    retail: Vec<RetailRow>,
    digital: Vec<DigitalRow>,
    legacy_orders: HashMap<String, LegacyOrder>,
    returns: Vec<ReturnRow>,
    refunds: Vec<RefundRow>,
    /// Rows already read, by a hash of their identity (a 64-bit hash of a
    /// few hundred thousand rows collides with odds of about one in a billion).
    seen: HashSet<(FileKind, u64)>,
    reading: ExportReading,
}

impl ExportReader {
    pub fn new(limits: Limits) -> ExportReader {
        ExportReader { limits, ..ExportReader::default() }
    }

    /// Reads one CSV given on its own. Anything but a known Amazon file is an error.
    pub fn add_csv(&mut self, file: &str, bytes: &[u8]) -> Result<FileKind, CsvError> {
        let table = Table::parse(bytes).map_err(|e| match e {
            TableError::Empty => CsvError::Empty { file: file.into() },
            TableError::Binary => CsvError::Binary { file: file.into() },
            TableError::NoHeader => CsvError::NoHeader { file: file.into() },
        })?;
        match detect(&table) {
            Detected::Known(kind) => {
                self.read_table(kind, table, file);
                Ok(kind)
            }
            Detected::MissingColumn { kind, column } => {
                Err(CsvError::MissingColumn { file: file.into(), kind, column, header: table.header_line() })
            }
            Detected::Unknown => Err(CsvError::Unknown { file: file.into(), header: table.header_line() }),
        }
    }

    /// Reads one file found inside an export (a zip entry or a file in a
    /// folder). Files that are not Amazon's, or not CSV, are reported, not fatal.
    pub fn add_member(&mut self, file: &str, bytes: &[u8]) {
        if !is_csv_candidate(file, bytes) {
            return;
        }
        match self.add_csv(file, bytes) {
            Ok(_) => {}
            Err(CsvError::Empty { .. }) => self.note_file(file, None, None),
            Err(error @ (CsvError::Binary { .. } | CsvError::NoHeader { .. })) => {
                self.note_file(file, None, None);
                self.problem(ProblemKind::Unreadable, file, error.to_string());
            }
            Err(CsvError::Unknown { header, .. }) => {
                self.note_file(file, None, Some(header.clone()));
                let message = format!("not a file of Amazon's export that unspent knows; its header: {header}");
                self.problem(ProblemKind::Unknown, file, message);
            }
            Err(error) => {
                if let CsvError::MissingColumn { kind, header, .. } = &error {
                    self.note_file(file, Some(*kind), Some(header.clone()));
                }
                self.problem(ProblemKind::Unreadable, file, format!("{error}; this file was not read"));
            }
        }
    }

    /// Reads every file of a zip archive, in memory, under `limits`. A hostile
    /// or broken archive is refused whole; what the reader already took from
    /// it must then be thrown away by the caller (nothing is written here).
    pub fn add_zip<R: Read + Seek>(&mut self, name: &str, reader: R) -> Result<(), ArchiveError> {
        let limits = self.limits;
        archive::walk(reader, &limits, &mut |visit| match visit {
            Visit::File { path, bytes } => self.add_member(&format!("{name}!{path}"), &bytes),
            Visit::Skipped { path, why } => {
                self.problem(ProblemKind::Unreadable, &format!("{name}!{path}"), why.message());
            }
        })
    }

    /// Turns everything read into events, orders and problems.
    pub fn finish(mut self) -> ExportReading {
        self.join_legacy_digital();
        let digital = dedupe_digital(std::mem::take(&mut self.digital), &mut self.reading.duplicate_rows);
        let currencies = order_currencies(&digital);
        let mut orders = retail_orders(&self.retail);
        orders.extend(digital_orders(&digital));
        self.digital_redeems(&digital);
        self.return_reversals(&currencies);
        add_refunds(&mut orders, &self.refunds);
        let mut reading = self.reading;
        reading.orders = orders.into_values().collect();
        reading
    }

    fn read_table(&mut self, kind: FileKind, mut table: Table<'_>, file: &str) {
        let mut report = FileReport { file: file.into(), kind: Some(kind), rows: 0, duplicates: 0, header: None };
        let mut problems = Vec::new();
        while let Some(next) = table.next_record() {
            let record = match next {
                Ok(record) => record,
                Err((row, reason)) => {
                    problems.push(rows::RowProblem { row, message: format!("unreadable CSV record: {reason}") });
                    continue;
                }
            };
            report.rows += 1;
            let identity = match kind {
                FileKind::RetailOrders => rows::retail_identity(&table, &record),
                _ => rows::full_identity(&record),
            };
            if !self.seen.insert((kind, fingerprint(&identity))) {
                report.duplicates += 1;
                continue;
            }
            match rows::read(kind, &table, &record, file) {
                Ok(Row::Retail(row)) => self.retail.push(row),
                Ok(Row::Digital(row)) => self.digital.push(row),
                Ok(Row::LegacyOrder { packet, order }) => {
                    self.legacy_orders.entry(packet).or_insert(order);
                }
                Ok(Row::Return(row)) => self.returns.push(row),
                Ok(Row::Refund(row)) => self.refunds.push(row),
                Err(problem) => problems.push(problem),
            }
        }
        self.reading.rows += report.rows as u64;
        self.reading.duplicate_rows += report.duplicates as u64;
        self.reading.files.push(report);
        let total = problems.len();
        for p in problems.into_iter().take(PROBLEMS_PER_FILE) {
            self.problem(ProblemKind::Incomplete, &format!("{file}#row={}", p.row), p.message);
        }
        if total > PROBLEMS_PER_FILE {
            let message = format!("{} more rows could not be read", total - PROBLEMS_PER_FILE);
            self.problem(ProblemKind::Incomplete, file, message);
        }
    }

    fn note_file(&mut self, file: &str, kind: Option<FileKind>, header: Option<String>) {
        self.reading.files.push(FileReport { file: file.into(), kind, rows: 0, duplicates: 0, header });
    }

    fn problem(&mut self, kind: ProblemKind, locator: &str, message: String) {
        self.reading.problems.push(Problem {
            kind,
            source: SourceKind::Export,
            locator: locator.to_string(),
            origin: Some(locator.split('#').next().unwrap_or(locator).to_string()),
            message,
        });
    }

    /// Gives legacy monetary rows their order id and date through the delivery packet.
    fn join_legacy_digital(&mut self) {
        let mut orphans: BTreeSet<String> = BTreeSet::new();
        for row in self.digital.iter_mut().filter(|r| r.order_id.is_none()) {
            let Some(packet) = row.packet.clone() else { continue };
            match self.legacy_orders.get(&packet) {
                Some(order) => {
                    row.order_id = Some(order.order_id.clone());
                    row.ordered_on = row.ordered_on.or(order.ordered_on);
                    row.timestamp = row.timestamp.clone().or_else(|| order.timestamp.clone());
                    row.marketplace = row.marketplace.or(order.marketplace);
                    row.status = row.status.clone().or_else(|| order.status.clone());
                }
                None => {
                    if row.offer.is_credit(row.amount.as_deref().is_some_and(|a| a.starts_with('-'))) {
                        orphans.insert(packet);
                    }
                }
            }
        }
        for packet in orphans {
            let message = format!(
                "credit use for delivery packet {packet} has no row in the legacy Digital Orders.csv: its order and date are unknown"
            );
            self.problem(ProblemKind::Incomplete, &format!("digital-packet/{packet}"), message);
        }
    }

    /// One `redeem` per digital order and day: the net of its promotion rows.
    fn digital_redeems(&mut self, digital: &[DigitalRow]) {
        let mut groups: BTreeMap<(String, Option<Date>), Vec<&DigitalRow>> = BTreeMap::new();
        for row in digital.iter().filter(|r| !failed(r.status.as_deref())) {
            let key = match (&row.order_id, &row.packet) {
                (Some(order), _) => format!("digital-order/{order}"),
                (None, Some(packet)) => format!("digital-packet/{packet}"),
                (None, None) => continue,
            };
            groups.entry((key, row.ordered_on)).or_default().push(row);
        }
        for ((key, day), rows) in groups {
            let credit_rows: Vec<&DigitalRow> =
                rows.iter().copied().filter(|r| r.offer.is_credit(is_negative(r.amount.as_deref()))).collect();
            if credit_rows.is_empty() {
                continue;
            }
            let currency = rows
                .iter()
                .find_map(|r| r.currency)
                .or_else(|| rows.iter().find_map(|r| r.marketplace).map(Marketplace::currency));
            let locator = format!("{key}/{}/credit-used", day.map_or("undated".into(), |d| d.to_string()));
            let Some(currency) = currency else {
                self.problem(ProblemKind::Incomplete, &locator, "credit used, but the currency is not stated".into());
                continue;
            };
            let parts: Vec<Component<'_>> = credit_rows.iter().map(Component::from).collect();
            let Some(net) = self.total(&parts, currency, false) else { continue };
            if net.minor() == 0 {
                continue;
            }
            if net.minor() > 0 {
                let message = format!("promotion rows add up to +{net}, not a use of credit; left out");
                self.problem(ProblemKind::Incomplete, &locator, message);
                continue;
            }
            let first = credit_rows[0];
            let mut event = Event::new(EventKind::Redeem);
            event.program = Some(ProgramId::known(ProgramId::PROMOTIONAL));
            event.amount = Some(net.abs());
            event.order_id = first.order_id.clone();
            event.occurred_on = day;
            event.balance = Some(BalanceKind::Digital);
            event.marketplace = rows.iter().find_map(|r| r.marketplace);
            event.note = Some("credit used on a digital order (the order's Promotion rows in the export)".into());
            let origins: Vec<&Origin> = credit_rows.iter().map(|r| &r.origin).collect();
            let evidence = export_evidence(&locator, &origins, first.timestamp.clone());
            self.reading.events.push(Recorded::new(event, evidence, 0));
        }
    }

    /// One negative `redeem` (a reversal: the credit came back) per completed digital return and day.
    fn return_reversals(&mut self, currencies: &HashMap<String, Currency>) {
        let mut groups: BTreeMap<(String, Option<Date>), Vec<ReturnRow>> = BTreeMap::new();
        for row in std::mem::take(&mut self.returns) {
            // A return still in progress has given nothing back yet.
            if row.status.as_deref().is_some_and(|s| !s.to_ascii_lowercase().contains("complete")) {
                continue;
            }
            groups.entry((row.order_id.clone(), row.returned_on)).or_default().push(row);
        }
        for ((order_id, day), rows) in groups {
            let credit_rows: Vec<&ReturnRow> =
                rows.iter().filter(|r| r.offer.is_credit(is_negative(r.amount.as_deref()))).collect();
            if credit_rows.is_empty() {
                continue;
            }
            let locator =
                format!("digital-return/{order_id}/{}/credit-back", day.map_or("undated".into(), |d| d.to_string()));
            let currency = rows.iter().find_map(|r| r.currency).or_else(|| currencies.get(&order_id).copied());
            let Some(currency) = currency else {
                let message = "credit given back, but neither the return nor its order states a currency".into();
                self.problem(ProblemKind::Incomplete, &locator, message);
                continue;
            };
            let parts: Vec<Component<'_>> = credit_rows.iter().map(Component::from).collect();
            let Some(back) = self.total(&parts, currency, true) else { continue };
            if back.is_zero() {
                continue;
            }
            let mut event = Event::new(EventKind::Redeem);
            event.program = Some(ProgramId::known(ProgramId::PROMOTIONAL));
            event.amount = Some(back.negated());
            event.order_id = Some(order_id.clone());
            event.occurred_on = day;
            event.balance = Some(BalanceKind::Digital);
            event.marketplace = Marketplace::from_currency(currency);
            event.note = Some("credit given back by a digital return (Digital Returns.csv)".into());
            let origins: Vec<&Origin> = credit_rows.iter().map(|r| &r.origin).collect();
            let evidence = export_evidence(&locator, &origins, credit_rows[0].timestamp.clone());
            self.reading.events.push(Recorded::new(event, evidence, 0));
        }
    }

    /// The sum of the parts' amounts (of their magnitudes when `absolute`),
    /// or `None` with a problem when one of them cannot be read.
    fn total(&mut self, parts: &[Component<'_>], currency: Currency, absolute: bool) -> Option<Money> {
        let mut total = Money::zero(currency);
        for part in parts {
            let amount = self.amount(part.amount, part.currency.unwrap_or(currency), currency, part.origin)?;
            total = total.checked_add(if absolute { amount.abs() } else { amount }).ok()?;
        }
        Some(total)
    }

    fn amount(&mut self, text: Option<&str>, stated: Currency, wanted: Currency, origin: &Origin) -> Option<Money> {
        let locator = format!("{}#row={}", origin.file, origin.row);
        if stated != wanted {
            let message = format!("amounts of one order are in {stated} and {wanted}; the order was left out");
            self.problem(ProblemKind::Incomplete, &locator, message);
            return None;
        }
        let Some(text) = text else {
            self.problem(ProblemKind::Incomplete, &locator, "no Transaction Amount; the order was left out".into());
            return None;
        };
        match amount_of(text, wanted) {
            Some(money) => Some(money),
            None => {
                let message = format!("cannot read the amount `{text}` as {wanted}; the order was left out");
                self.problem(ProblemKind::Incomplete, &locator, message);
                None
            }
        }
    }
}

/// One monetary component, as the sums see it.
struct Component<'a> {
    amount: Option<&'a str>,
    currency: Option<Currency>,
    origin: &'a Origin,
}

impl<'a> From<&&'a DigitalRow> for Component<'a> {
    fn from(row: &&'a DigitalRow) -> Self {
        Component { amount: row.amount.as_deref(), currency: row.currency, origin: &row.origin }
    }
}

impl<'a> From<&&'a ReturnRow> for Component<'a> {
    fn from(row: &&'a ReturnRow) -> Self {
        Component { amount: row.amount.as_deref(), currency: row.currency, origin: &row.origin }
    }
}

/// A stable hash (the same in every run: SipHash with fixed keys).
fn fingerprint(identity: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    identity.hash(&mut hasher);
    hasher.finish()
}

fn is_negative(amount: Option<&str>) -> bool {
    amount.is_some_and(|a| a.trim_start().starts_with('-'))
}

fn failed(status: Option<&str>) -> bool {
    status.is_some_and(|s| {
        let s = s.to_ascii_lowercase();
        s.contains("fail") || s.contains("cancel")
    })
}

/// Drops components already seen in another part or layout.
fn dedupe_digital(rows: Vec<DigitalRow>, duplicates: &mut u64) -> Vec<DigitalRow> {
    let mut seen = HashSet::new();
    rows.into_iter()
        .filter(|row| {
            let fresh = row.identity().is_none_or(|id| seen.insert(id));
            if !fresh {
                *duplicates += 1;
            }
            fresh
        })
        .collect()
}

/// The currency each digital order was paid in, for returns that do not say.
fn order_currencies(digital: &[DigitalRow]) -> HashMap<String, Currency> {
    let mut map = HashMap::new();
    for row in digital {
        if let (Some(order), Some(currency)) = (&row.order_id, row.currency.or(row.marketplace.map(|m| m.currency()))) {
            map.entry(order.clone()).or_insert(currency);
        }
    }
    map
}

fn retail_orders(rows: &[RetailRow]) -> BTreeMap<String, Order> {
    let mut orders: BTreeMap<String, Order> = BTreeMap::new();
    let mut payments: HashMap<String, BTreeSet<String>> = HashMap::new();
    for row in rows {
        let order = orders.entry(row.order_id.clone()).or_insert_with(|| empty_order(&row.order_id, &row.origin));
        order.kind = OrderKind::Retail;
        order.items += 1;
        order.ordered_on = min_date(order.ordered_on, row.ordered_on);
        order.website = order.website.take().or_else(|| row.website.clone());
        order.marketplace = order.marketplace.or(row.marketplace);
        order.status = order.status.take().or_else(|| row.status.clone());
        if let Some(option) = &row.shipping_option
            && !order.shipping_options.contains(option)
        {
            order.shipping_options.push(option.clone());
        }
        let currency = row.currency.or(row.marketplace.map(Marketplace::currency));
        if let (Some(total), Some(currency)) = (row.total.as_deref(), currency)
            && let Some(amount) = amount_of(total, currency)
        {
            order.total = match order.total {
                None => Some(amount),
                Some(sum) => sum.checked_add(amount).ok(),
            };
        }
        if let Some(payment) = &row.payment {
            payments.entry(row.order_id.clone()).or_default().insert(payment.clone());
        }
    }
    for (id, methods) in payments {
        if let Some(order) = orders.get_mut(&id) {
            order.gift_card_used = methods.iter().any(|m| paid_by_gift_card(m));
            order.payment = Some(methods.into_iter().collect::<Vec<_>>().join(" | "));
        }
    }
    for order in orders.values_mut() {
        order.shipping_options.sort();
    }
    orders
}

fn digital_orders(rows: &[DigitalRow]) -> BTreeMap<String, Order> {
    let mut orders: BTreeMap<String, Order> = BTreeMap::new();
    for row in rows {
        let Some(id) = &row.order_id else { continue };
        let order = orders.entry(id.clone()).or_insert_with(|| empty_order(id, &row.origin));
        order.kind = OrderKind::Digital;
        order.items += 1;
        order.ordered_on = min_date(order.ordered_on, row.ordered_on);
        order.marketplace = order.marketplace.or(row.marketplace);
        order.status = order.status.take().or_else(|| row.status.clone());
        order.payment = order.payment.take().or_else(|| row.payment.clone());
        order.gift_card_used |= row.payment.as_deref().is_some_and(paid_by_gift_card);
        let Some(currency) = row.currency.or(row.marketplace.map(Marketplace::currency)) else { continue };
        let Some(amount) = row.amount.as_deref().and_then(|a| amount_of(a, currency)) else { continue };
        order.total = add(order.total, amount);
        if row.offer.is_credit(amount.is_negative()) {
            order.credit_used = add(order.credit_used, amount.negated());
        }
    }
    orders
}

fn add_refunds(orders: &mut BTreeMap<String, Order>, refunds: &[RefundRow]) {
    for refund in refunds {
        let Some(order) = orders.get_mut(&refund.order_id) else { continue };
        let currency =
            refund.currency.or(order.total.map(Money::currency)).or(order.marketplace.map(Marketplace::currency));
        let Some(amount) = currency.and_then(|c| refund.amount.as_deref().and_then(|a| amount_of(a, c))) else {
            continue;
        };
        order.refunded = add(order.refunded, amount);
        if refund.disbursement.as_deref().is_some_and(paid_by_gift_card) {
            order.gift_card_used = true;
        }
    }
}

fn add(sum: Option<Money>, amount: Money) -> Option<Money> {
    match sum {
        None => Some(amount),
        Some(sum) => sum.checked_add(amount).ok().or(Some(sum)),
    }
}

fn empty_order(id: &str, origin: &Origin) -> Order {
    Order {
        order_id: id.to_string(),
        kind: OrderKind::of(id),
        ordered_on: None,
        website: None,
        marketplace: None,
        total: None,
        items: 0,
        payment: None,
        gift_card_used: false,
        status: None,
        shipping_options: Vec::new(),
        credit_used: None,
        refunded: None,
        origin: Some(format!("{}#row={}", origin.file, origin.row)),
    }
}

fn min_date(a: Option<Date>, b: Option<Date>) -> Option<Date> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// `Gift Certificate/Card` in a payment method means gift-card balance paid part of the order.
fn paid_by_gift_card(method: &str) -> bool {
    let lower = method.to_ascii_lowercase();
    lower.contains("gift certificate") || lower.contains("gift card")
}

/// Evidence for an event read from export rows: the content-based locator
/// (stable across re-downloads and layouts) and every row it came from.
fn export_evidence(locator: &str, origins: &[&Origin], timestamp: Option<String>) -> Evidence {
    let mut by_file: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for origin in origins {
        by_file.entry(origin.file.as_str()).or_default().push(origin.row);
    }
    let origin = by_file
        .iter()
        .map(|(file, rows)| {
            let rows: Vec<String> = rows.iter().map(usize::to_string).collect();
            format!("{file}#row={}", rows.join(","))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let first_file = origins.first().map(|o| o.file.as_str()).unwrap_or_default();
    let base = first_file.rsplit(['!', '/', '\\']).next().unwrap_or(first_file);
    Evidence {
        source: SourceKind::Export,
        locator: locator.to_string(),
        origin: Some(origin),
        sender: None,
        subject: Some(format!("Amazon data export: {base}")),
        date: timestamp,
        trust: Trust::User,
    }
}

/// Whether a file inside an export is worth reading as CSV: named `.csv`, or
/// unnamed text whose first line has several comma-separated fields. The
/// first few kilobytes are enough to tell.
pub fn is_csv_candidate(file: &str, bytes: &[u8]) -> bool {
    let name = file.rsplit(['!', '/', '\\']).next().unwrap_or(file).to_ascii_lowercase();
    if name.ends_with(".csv") {
        return true;
    }
    if name.rsplit_once('.').is_some_and(|(_, ext)| ext.len() <= 5 && !ext.is_empty()) {
        return false;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let first_line = head.split(|b| *b == b'\n').next().unwrap_or_default();
    !head.contains(&0) && first_line.iter().filter(|b| **b == b',').count() >= 2
}
