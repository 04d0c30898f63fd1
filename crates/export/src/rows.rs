//! Typed rows of each known file, read through the column alias table.

use unspent_core::{Currency, Date, Marketplace};

use crate::layout::{FileKind, col};
use crate::table::{Record, Table};
use crate::values::{currency_of, day_of, marketplace_of, timestamp_text};

/// Where a row is: the file (inside its container) and the spreadsheet row number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Origin {
    pub file: String,
    pub row: usize,
}

/// How a monetary component of a digital order was paid for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Offer {
    /// `Promotion`: a credit (promotional balance) paid this part.
    Promotion,
    /// `Coupon`: a discount code, not a balance.
    Coupon,
    /// `Not Applicable`: an ordinary charge.
    Charge,
    /// Some other code, kept for the record.
    Other(String),
    /// The file has no `Offer Type Code` column (some layouts): a negative
    /// component is then taken as a promotion.
    Unstated,
}

impl Offer {
    fn read(table: &Table, record: &Record) -> Offer {
        let Some(column) = table.column(col::OFFER_TYPE.aliases) else { return Offer::Unstated };
        match record.get(Some(column)) {
            None => Offer::Charge,
            Some(code) if code.eq_ignore_ascii_case("promotion") => Offer::Promotion,
            Some(code) if code.eq_ignore_ascii_case("coupon") => Offer::Coupon,
            Some(code) => Offer::Other(code.to_string()),
        }
    }

    /// Whether a component with this offer and sign is a use of credit.
    pub fn is_credit(&self, negative: bool) -> bool {
        match self {
            Offer::Promotion => true,
            Offer::Unstated => negative,
            Offer::Coupon | Offer::Charge | Offer::Other(_) => false,
        }
    }

    fn key(&self) -> &str {
        match self {
            Offer::Promotion => "promotion",
            Offer::Coupon => "coupon",
            Offer::Charge => "charge",
            Offer::Other(code) => code,
            Offer::Unstated => "",
        }
    }
}

/// One shipment item of a retail order (legacy and 2025 layouts alike).
#[derive(Clone, Debug)]
pub(crate) struct RetailRow {
    pub order_id: String,
    pub ordered_on: Option<Date>,
    pub website: Option<String>,
    pub marketplace: Option<Marketplace>,
    pub currency: Option<Currency>,
    pub total: Option<String>,
    pub payment: Option<String>,
    pub status: Option<String>,
    pub shipping_option: Option<String>,
    pub origin: Origin,
}

/// One monetary component of a digital order (2025 file, or the legacy monetary file).
#[derive(Clone, Debug)]
pub(crate) struct DigitalRow {
    /// Absent in the legacy monetary file until joined through the delivery packet.
    pub order_id: Option<String>,
    pub packet: Option<String>,
    pub ordered_on: Option<Date>,
    pub timestamp: Option<String>,
    pub marketplace: Option<Marketplace>,
    pub currency: Option<Currency>,
    pub amount: Option<String>,
    pub item_id: Option<String>,
    pub component: Option<String>,
    pub offer: Offer,
    pub status: Option<String>,
    pub payment: Option<String>,
    pub origin: Origin,
}

impl DigitalRow {
    /// The identity of a component across parts and layouts; `None` when the
    /// row names no item (then only identical rows are duplicates).
    pub fn identity(&self) -> Option<String> {
        let order = self.order_id.as_deref().or(self.packet.as_deref())?;
        let item = self.item_id.as_deref()?;
        Some(join(&[
            order,
            item,
            &self.component.as_deref().unwrap_or_default().to_ascii_lowercase(),
            self.offer.key(),
            self.amount.as_deref().unwrap_or_default(),
            self.currency.map(|c| c.code()).unwrap_or_default(),
        ]))
    }
}

/// A digital order of the legacy `Digital Orders.csv`: what a delivery packet belongs to.
#[derive(Clone, Debug)]
pub(crate) struct LegacyOrder {
    pub order_id: String,
    pub ordered_on: Option<Date>,
    pub timestamp: Option<String>,
    pub marketplace: Option<Marketplace>,
    pub status: Option<String>,
}

/// One monetary component of a digital return.
#[derive(Clone, Debug)]
pub(crate) struct ReturnRow {
    pub order_id: String,
    pub returned_on: Option<Date>,
    pub timestamp: Option<String>,
    pub currency: Option<Currency>,
    pub amount: Option<String>,
    pub offer: Offer,
    pub status: Option<String>,
    pub origin: Origin,
}

/// One row of `Refund Details.csv`.
#[derive(Clone, Debug)]
pub(crate) struct RefundRow {
    pub order_id: String,
    pub currency: Option<Currency>,
    pub amount: Option<String>,
    pub disbursement: Option<String>,
}

/// A typed row of any known file.
pub(crate) enum Row {
    Retail(RetailRow),
    Digital(DigitalRow),
    LegacyOrder { packet: String, order: LegacyOrder },
    Return(ReturnRow),
    Refund(RefundRow),
}

/// Why a record of a known file was not used.
pub(crate) struct RowProblem {
    pub row: usize,
    pub message: String,
}

/// Reads one record of a table of `kind`.
pub(crate) fn read(kind: FileKind, table: &Table, record: &Record, file: &str) -> Result<Row, RowProblem> {
    let text = |c: crate::layout::Col| record.get(table.column(c.aliases)).map(str::to_string);
    let origin = Origin { file: file.to_string(), row: record.row };
    let missing = |c: crate::layout::Col| RowProblem { row: record.row, message: format!("no {} in this row", c.name) };
    let marketplace = text(col::WEBSITE).or_else(|| text(col::MARKETPLACE)).as_deref().and_then(marketplace_of);
    let date = |c| text(c).and_then(|t| day_of(&t, marketplace));
    let stamp = |c| text(c).and_then(|t| timestamp_text(&t));
    let currency = text(col::CURRENCY).as_deref().and_then(currency_of);
    let bad_date = |c: crate::layout::Col| -> Option<RowProblem> {
        let raw = text(c)?;
        day_of(&raw, marketplace)
            .is_none()
            .then(|| RowProblem { row: record.row, message: format!("cannot read the {} `{raw}`", c.name) })
    };
    match kind {
        FileKind::RetailOrders => {
            let order_id = text(col::ORDER_ID).ok_or_else(|| missing(col::ORDER_ID))?;
            if let Some(problem) = bad_date(col::ORDER_DATE) {
                return Err(problem);
            }
            Ok(Row::Retail(RetailRow {
                order_id,
                ordered_on: date(col::ORDER_DATE),
                website: text(col::WEBSITE),
                marketplace,
                currency,
                total: text(col::TOTAL),
                payment: text(col::PAYMENT),
                status: text(col::ORDER_STATUS),
                shipping_option: text(col::SHIPPING_OPTION),
                origin,
            }))
        }
        FileKind::DigitalOrders | FileKind::LegacyDigitalMonetary => {
            let order_id = text(col::ORDER_ID);
            let packet = text(col::PACKET);
            if order_id.is_none() && (kind == FileKind::DigitalOrders || packet.is_none()) {
                return Err(missing(col::ORDER_ID));
            }
            if let Some(problem) = bad_date(col::ORDER_DATE) {
                return Err(problem);
            }
            Ok(Row::Digital(DigitalRow {
                order_id,
                packet,
                ordered_on: date(col::ORDER_DATE),
                timestamp: stamp(col::ORDER_DATE),
                marketplace,
                currency,
                amount: text(col::AMOUNT),
                item_id: text(col::ITEM_ID),
                component: text(col::COMPONENT),
                offer: Offer::read(table, record),
                status: text(col::ORDER_STATUS),
                payment: text(col::PAYMENT_INFORMATION),
                origin,
            }))
        }
        FileKind::LegacyDigitalOrders => {
            let order_id = text(col::ORDER_ID).ok_or_else(|| missing(col::ORDER_ID))?;
            let packet = text(col::PACKET).ok_or_else(|| missing(col::PACKET))?;
            if let Some(problem) = bad_date(col::ORDER_DATE) {
                return Err(problem);
            }
            Ok(Row::LegacyOrder {
                packet,
                order: LegacyOrder {
                    order_id,
                    ordered_on: date(col::ORDER_DATE),
                    timestamp: stamp(col::ORDER_DATE),
                    marketplace,
                    status: text(col::ORDER_STATUS),
                },
            })
        }
        FileKind::DigitalReturns => {
            let order_id = text(col::ORDER_ID).ok_or_else(|| missing(col::ORDER_ID))?;
            if let Some(problem) = bad_date(col::RETURN_DATE) {
                return Err(problem);
            }
            Ok(Row::Return(ReturnRow {
                order_id,
                returned_on: date(col::RETURN_DATE),
                timestamp: stamp(col::RETURN_DATE),
                currency,
                amount: text(col::AMOUNT),
                offer: Offer::read(table, record),
                status: text(col::RETURN_STATUS),
                origin,
            }))
        }
        FileKind::RefundDetails => {
            let order_id = text(col::ORDER_ID).ok_or_else(|| missing(col::ORDER_ID))?;
            Ok(Row::Refund(RefundRow {
                order_id,
                currency,
                amount: text(col::REFUND_AMOUNT),
                disbursement: text(col::DISBURSEMENT),
            }))
        }
    }
}

/// The identity of a retail row across parts and layouts: the columns both
/// layouts share, through their aliases.
pub(crate) fn retail_identity(table: &Table, record: &Record) -> String {
    let columns = [
        col::ORDER_ID,
        col::ORDER_DATE,
        col::ASIN,
        col::PRODUCT_NAME,
        col::QUANTITY,
        col::UNIT_PRICE,
        col::TOTAL,
        col::SHIP_DATE,
        col::TRACKING,
        col::SHIPPING_OPTION,
        col::PAYMENT,
        col::SHIPMENT_STATUS,
    ];
    let values: Vec<&str> = columns.iter().map(|c| record.get(table.column(c.aliases)).unwrap_or_default()).collect();
    join(&values)
}

/// The identity of any other row: every cell, cleaned.
pub(crate) fn full_identity(record: &Record) -> String {
    let values: Vec<&str> = record.cells.iter().map(|c| crate::table::clean(c).unwrap_or_default()).collect();
    join(&values)
}

fn join(parts: &[&str]) -> String {
    parts.join("\u{1f}")
}
