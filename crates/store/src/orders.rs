//! Orders from Amazon's data export, and what joining them to No-Rush
//! credits teaches.
//!
//! Amazon does not document which `Shipping Option` code a No-Rush shipment
//! carries. Each No-Rush credit from mail names its order; the export names
//! each order's shipping option; joining the two shows which code the
//! credited orders used. Once learned, orders with that code and no credit
//! are the No-Rush credits that never arrived.

use std::collections::{BTreeMap, BTreeSet};

use sqlx::Row;
use sqlx::sqlite::SqliteRow;
use unspent_core::date::parse_iso_date;
use unspent_core::order::{Order, OrderKind};
use unspent_core::{Currency, Marketplace, Money};

use crate::{Batch, ImportOutcome, Store, StoreError};

/// What an export import changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportOutcome {
    pub import: ImportOutcome,
    /// Orders new to the database.
    pub orders_added: usize,
    /// Orders already known (refined with what this import adds).
    pub orders_known: usize,
}

/// One shipping option and how the orders that used it relate to No-Rush.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShippingOption {
    /// The code as Amazon wrote it (`next-1dc`, `std-sns-us`, …).
    pub option: String,
    /// Orders that used it.
    pub orders: u32,
    /// Of those, the ones old enough for their credit mail to have been scanned.
    pub judged: u32,
    /// Orders with a No-Rush credit (or a promise of one) that used it.
    pub no_rush: u32,
    /// Of those, orders that used no other option: the clearest evidence.
    pub no_rush_only: u32,
    /// Whether unspent takes this code to mean No-Rush (see [`ShippingOption::learn`]).
    pub learned: bool,
}

impl ShippingOption {
    /// The rule: at least one No-Rush order used only this option, and at
    /// least half of the orders using it that can be judged got a No-Rush
    /// credit. A common option that a No-Rush order happened to share fails
    /// the second test; a No-Rush option whose credits mostly went missing
    /// would too, which is why the counts are always shown next to the verdict.
    fn learn(&mut self) {
        self.learned = self.no_rush_only >= 1 && 2 * self.no_rush >= self.judged.max(1);
    }
}

/// Evidence that an order was shipped No-Rush: a trusted grant or promise of the program, naming it.
const NO_RUSH_ORDERS: &str = "SELECT DISTINCT order_id FROM events WHERE program = 'no-rush' \
    AND kind IN ('grant', 'promise') AND order_id IS NOT NULL AND ev_trust <> 'rejected'";

/// Rows written per INSERT (18 parameters each: well under SQLite's 32,766).
const ORDERS_PER_STATEMENT: usize = 500;

/// A later export refines an order; a partial file (fewer rows) never shrinks it.
const UPSERT: &str = " ON CONFLICT (order_id) DO UPDATE SET \
     kind = excluded.kind, \
     ordered_on = COALESCE(excluded.ordered_on, orders.ordered_on), \
     website = COALESCE(excluded.website, orders.website), \
     marketplace = COALESCE(excluded.marketplace, orders.marketplace), \
     total_minor = CASE WHEN excluded.items >= orders.items AND excluded.total_minor IS NOT NULL \
         THEN excluded.total_minor ELSE orders.total_minor END, \
     total_currency = CASE WHEN excluded.items >= orders.items AND excluded.total_minor IS NOT NULL \
         THEN excluded.total_currency ELSE orders.total_currency END, \
     items = CASE WHEN excluded.items > orders.items THEN excluded.items ELSE orders.items END, \
     payment = COALESCE(excluded.payment, orders.payment), \
     gift_card_used = CASE WHEN excluded.gift_card_used = 1 OR orders.gift_card_used = 1 THEN 1 ELSE 0 END, \
     status = COALESCE(excluded.status, orders.status), \
     credit_used_minor = COALESCE(excluded.credit_used_minor, orders.credit_used_minor), \
     credit_currency = CASE WHEN excluded.credit_used_minor IS NULL THEN orders.credit_currency \
         ELSE excluded.credit_currency END, \
     refunded_minor = COALESCE(excluded.refunded_minor, orders.refunded_minor), \
     refund_currency = CASE WHEN excluded.refunded_minor IS NULL THEN orders.refund_currency \
         ELSE excluded.refund_currency END, \
     origin = COALESCE(orders.origin, excluded.origin), \
     last_import_id = excluded.last_import_id \
     RETURNING first_import_id";

impl Store {
    /// Imports a batch of events and the orders read with it, in one
    /// transaction: either all of it is written or none of it.
    pub async fn import_with_orders(&self, batch: &Batch, orders: &[Order]) -> Result<ExportOutcome, StoreError> {
        let mut tx = self.pool().begin().await?;
        let (import, import_id) = self.write_batch(&mut tx, batch).await?;
        let mut outcome = ExportOutcome { import, ..ExportOutcome::default() };
        // Many rows per statement: a heavy buyer's export has 100,000 orders,
        // and one statement per order costs a round trip to SQLite's thread each.
        for chunk in orders.chunks(ORDERS_PER_STATEMENT) {
            let mut insert = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "INSERT INTO orders (order_id, kind, ordered_on, website, marketplace, total_minor, total_currency, \
                 items, payment, gift_card_used, status, credit_used_minor, credit_currency, refunded_minor, \
                 refund_currency, origin, first_import_id, last_import_id) ",
            );
            insert.push_values(chunk, |mut row, order| {
                row.push_bind(order.order_id.clone())
                    .push_bind(order.kind.as_str())
                    .push_bind(order.ordered_on.map(|d| d.to_string()))
                    .push_bind(order.website.clone())
                    .push_bind(order.marketplace.map(|m| m.code()))
                    .push_bind(order.total.map(Money::minor))
                    .push_bind(order.total.map(|m| m.currency().code()))
                    .push_bind(i64::from(order.items))
                    .push_bind(order.payment.clone())
                    .push_bind(i64::from(order.gift_card_used))
                    .push_bind(order.status.clone())
                    .push_bind(order.credit_used.map(Money::minor))
                    .push_bind(order.credit_used.map(|m| m.currency().code()))
                    .push_bind(order.refunded.map(Money::minor))
                    .push_bind(order.refunded.map(|m| m.currency().code()))
                    .push_bind(order.origin.clone())
                    .push_bind(import_id)
                    .push_bind(import_id);
            });
            insert.push(UPSERT);
            let firsts: Vec<i64> = insert.build_query_scalar().fetch_all(&mut *tx).await?;
            let added = firsts.iter().filter(|first| **first == import_id).count();
            outcome.orders_added += added;
            outcome.orders_known += firsts.len() - added;
        }
        let options: Vec<(&str, &str)> =
            orders.iter().flat_map(|o| o.shipping_options.iter().map(|s| (o.order_id.as_str(), s.as_str()))).collect();
        for chunk in options.chunks(ORDERS_PER_STATEMENT) {
            let mut insert =
                sqlx::QueryBuilder::<sqlx::Sqlite>::new("INSERT INTO order_shipping (order_id, shipping_option) ");
            insert.push_values(chunk, |mut row, (order, option)| {
                row.push_bind(order.to_string()).push_bind(option.to_string());
            });
            insert.push(" ON CONFLICT DO NOTHING");
            insert.build().execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(outcome)
    }

    /// Every order, oldest first.
    pub async fn orders(&self) -> Result<Vec<Order>, StoreError> {
        let mut options: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let rows =
            sqlx::query("SELECT order_id, shipping_option FROM order_shipping ORDER BY order_id, shipping_option")
                .fetch_all(self.pool())
                .await?;
        for row in rows {
            options.entry(row.try_get("order_id")?).or_default().push(row.try_get("shipping_option")?);
        }
        let rows = sqlx::query(
            "SELECT order_id, kind, ordered_on, website, marketplace, total_minor, total_currency, items, payment, \
             gift_card_used, status, credit_used_minor, credit_currency, refunded_minor, refund_currency, origin \
             FROM orders ORDER BY ordered_on IS NULL, ordered_on, order_id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let mut order = order_from_row(row)?;
                order.shipping_options = options.remove(&order.order_id).unwrap_or_default();
                Ok(order)
            })
            .collect()
    }

    /// Orders that a trusted No-Rush grant (a credit received) names.
    pub async fn no_rush_credited_orders(&self) -> Result<BTreeSet<String>, StoreError> {
        let ids: Vec<String> = sqlx::query_scalar(
            "SELECT DISTINCT order_id FROM events WHERE program = 'no-rush' AND kind = 'grant' \
             AND order_id IS NOT NULL AND ev_trust <> 'rejected'",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(ids.into_iter().collect())
    }

    /// Every shipping option the export shows, joined to No-Rush evidence,
    /// with the verdict of the learning rule. Orders placed after the newest
    /// scanned mail are not judged (their credit mail may not be scanned yet).
    pub async fn shipping_options(&self) -> Result<Vec<ShippingOption>, StoreError> {
        let horizon = self.newest_mail_seen().await?.map(|d| d.to_string());
        let sql = format!(
            "WITH no_rush AS ({NO_RUSH_ORDERS}), \
             option_count AS (SELECT order_id, COUNT(*) AS n FROM order_shipping GROUP BY order_id) \
             SELECT s.shipping_option AS option, COUNT(*) AS orders, \
             SUM(CASE WHEN $1 IS NULL OR o.ordered_on IS NULL OR o.ordered_on <= $1 THEN 1 ELSE 0 END) AS judged, \
             SUM(CASE WHEN nr.order_id IS NOT NULL THEN 1 ELSE 0 END) AS no_rush, \
             SUM(CASE WHEN nr.order_id IS NOT NULL AND c.n = 1 THEN 1 ELSE 0 END) AS no_rush_only \
             FROM order_shipping s \
             JOIN orders o ON o.order_id = s.order_id \
             JOIN option_count c ON c.order_id = s.order_id \
             LEFT JOIN no_rush nr ON nr.order_id = s.order_id \
             GROUP BY s.shipping_option \
             ORDER BY no_rush DESC, orders DESC, s.shipping_option"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(horizon).fetch_all(self.pool()).await?;
        rows.iter()
            .map(|row| {
                let count = |name: &str| -> Result<u32, StoreError> {
                    let n: i64 = row.try_get(name)?;
                    Ok(u32::try_from(n).unwrap_or(u32::MAX))
                };
                let mut option = ShippingOption {
                    option: row.try_get("option")?,
                    orders: count("orders")?,
                    judged: count("judged")?,
                    no_rush: count("no_rush")?,
                    no_rush_only: count("no_rush_only")?,
                    learned: false,
                };
                option.learn();
                Ok(option)
            })
            .collect()
    }

    /// The shipping option codes learned to mean No-Rush.
    pub async fn no_rush_shipping_codes(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.shipping_options().await?.into_iter().filter(|o| o.learned).map(|o| o.option).collect())
    }

    /// Orders shipped with a learned No-Rush code that no No-Rush grant names:
    /// credits that may never have arrived. Callers decide how long to wait
    /// after the order before calling one missing.
    pub async fn no_rush_orders_without_credit(&self) -> Result<Vec<Order>, StoreError> {
        let codes: BTreeSet<String> = self.no_rush_shipping_codes().await?.into_iter().collect();
        if codes.is_empty() {
            return Ok(Vec::new());
        }
        let credited = self.no_rush_credited_orders().await?;
        Ok(self
            .orders()
            .await?
            .into_iter()
            .filter(|o| o.shipping_options.iter().any(|s| codes.contains(s)) && !credited.contains(&o.order_id))
            .collect())
    }
}

fn order_from_row(row: &SqliteRow) -> Result<Order, StoreError> {
    let damaged = |what: String| StoreError::Damaged(format!("orders: {what}"));
    let money = |minor: &str, currency: &str| -> Result<Option<Money>, StoreError> {
        let minor: Option<i64> = row.try_get(minor)?;
        let code: Option<String> = row.try_get(currency)?;
        match (minor, code) {
            (Some(minor), Some(code)) => {
                Ok(Some(Money::from_minor(minor, Currency::from_code(&code).map_err(|e| damaged(e.to_string()))?)))
            }
            _ => Ok(None),
        }
    };
    let ordered_on: Option<String> = row.try_get("ordered_on")?;
    let marketplace: Option<String> = row.try_get("marketplace")?;
    let items: i64 = row.try_get("items")?;
    let gift: i64 = row.try_get("gift_card_used")?;
    Ok(Order {
        order_id: row.try_get("order_id")?,
        kind: {
            let kind: String = row.try_get("kind")?;
            kind.parse::<OrderKind>().map_err(StoreError::Damaged)?
        },
        ordered_on: ordered_on.map(|d| parse_iso_date(&d).map_err(|e| damaged(e.to_string()))).transpose()?,
        website: row.try_get("website")?,
        marketplace: marketplace.map(|m| m.parse::<Marketplace>().map_err(damaged)).transpose()?,
        total: money("total_minor", "total_currency")?,
        items: u32::try_from(items).unwrap_or(u32::MAX),
        payment: row.try_get("payment")?,
        gift_card_used: gift != 0,
        status: row.try_get("status")?,
        shipping_options: Vec::new(),
        credit_used: money("credit_used_minor", "credit_currency")?,
        refunded: money("refunded_minor", "refund_currency")?,
        origin: row.try_get("origin")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unspent_core::{Date, Event, EventKind, Evidence, ProgramId, Recorded, SourceKind, Trust};

    fn day(m: i8, d: i8) -> Date {
        Date::new(2026, m, d).unwrap()
    }

    fn order(id: &str, on: Date, options: &[&str], items: u32, total: i64) -> Order {
        Order {
            order_id: id.into(),
            kind: OrderKind::Retail,
            ordered_on: Some(on),
            website: Some("Amazon.com".into()),
            marketplace: Some(Marketplace::Us),
            total: Some(Money::from_minor(total, Currency::USD)),
            items,
            payment: Some("Visa - 0001".into()),
            gift_card_used: false,
            status: Some("Closed".into()),
            shipping_options: options.iter().map(|s| s.to_string()).collect(),
            credit_used: None,
            refunded: None,
            origin: Some(format!("Order History.csv#row={items}")),
        }
    }

    /// A "Benefit Confirmation" e-mail's grant, as the mail reader records it.
    fn no_rush_mail(message_id: &str, order_id: &str, trust: Trust) -> Recorded {
        let mut grant = Event::new(EventKind::Grant);
        grant.program = Some(ProgramId::known(ProgramId::NO_RUSH));
        grant.amount = Some(Money::from_minor(100, Currency::USD));
        grant.order_id = Some(order_id.into());
        let evidence = Evidence {
            source: SourceKind::Mbox,
            locator: message_id.into(),
            origin: Some("mail.mbox:0".into()),
            sender: Some("no-reply@amazon.com".into()),
            subject: Some("Benefit Confirmation for your Order".into()),
            date: Some("2026-02-01T10:00:00Z".into()),
            trust,
        };
        Recorded::new(grant, evidence, 0)
    }

    fn batch(events: Vec<Recorded>) -> Batch {
        Batch { source: "test".into(), started_at: "2026-03-01T00:00:00Z".into(), events, problems: vec![] }
    }

    #[tokio::test]
    async fn orders_upsert_without_shrinking_or_duplicating() {
        let store = Store::open_in_memory().await.unwrap();
        let full = order("111-1", day(1, 5), &["next-1dc"], 2, 3000);
        let first = store.import_with_orders(&batch(vec![]), std::slice::from_ref(&full)).await.unwrap();
        assert_eq!((first.orders_added, first.orders_known), (1, 0));
        // A later, partial file (one shipment only) refines the status but not the total.
        let mut partial = order("111-1", day(1, 5), &["std-us"], 1, 1000);
        partial.status = Some("Returned".into());
        partial.gift_card_used = true;
        let second = store.import_with_orders(&batch(vec![]), &[partial]).await.unwrap();
        assert_eq!((second.orders_added, second.orders_known), (0, 1));
        let orders = store.orders().await.unwrap();
        assert_eq!(orders.len(), 1);
        let got = &orders[0];
        assert_eq!((got.items, got.total), (2, Some(Money::from_minor(3000, Currency::USD))));
        assert_eq!((got.status.as_deref(), got.gift_card_used), (Some("Returned"), true));
        assert_eq!(got.shipping_options, ["next-1dc", "std-us"]);
        assert_eq!(got.origin, full.origin, "the first row found stays the origin");
    }

    #[tokio::test]
    async fn no_rush_mail_joined_to_orders_teaches_the_shipping_code() {
        let store = Store::open_in_memory().await.unwrap();
        let orders = vec![
            order("111-1", day(1, 5), &["econ-x"], 1, 1000),
            order("111-2", day(1, 9), &["econ-x", "next-1dc"], 2, 1000),
            order("111-3", day(1, 12), &["econ-x"], 1, 1000),
            order("111-4", day(1, 14), &["next-1dc"], 1, 1000),
            order("111-5", day(1, 15), &["next-1dc"], 1, 1000),
            order("111-6", day(1, 20), &["next-1dc"], 1, 1000),
        ];
        let mail = vec![
            no_rush_mail("<a@amazon.com>", "111-1", Trust::Verified),
            no_rush_mail("<b@amazon.com>", "111-2", Trust::Unverified),
            // A forged credit mail teaches nothing.
            no_rush_mail("<c@evil>", "111-4", Trust::Rejected("dkim=fail".into())),
        ];
        store.import(&batch(mail)).await.unwrap();
        store.import_with_orders(&batch(vec![]), &orders).await.unwrap();
        let options = store.shipping_options().await.unwrap();
        let econ = options.iter().find(|o| o.option == "econ-x").unwrap();
        assert_eq!((econ.orders, econ.no_rush, econ.no_rush_only, econ.learned), (3, 2, 1, true));
        let next = options.iter().find(|o| o.option == "next-1dc").unwrap();
        assert_eq!((next.orders, next.no_rush, next.no_rush_only, next.learned), (4, 1, 0, false));
        assert_eq!(store.no_rush_shipping_codes().await.unwrap(), ["econ-x"]);
        let missing: Vec<String> =
            store.no_rush_orders_without_credit().await.unwrap().into_iter().map(|o| o.order_id).collect();
        assert_eq!(missing, ["111-3"]);
    }

    #[tokio::test]
    async fn orders_after_the_newest_mail_are_not_judged() {
        let store = Store::open_in_memory().await.unwrap();
        store.import(&batch(vec![no_rush_mail("<a@amazon.com>", "111-1", Trust::Verified)])).await.unwrap();
        store.note_coverage("mail.mbox", SourceKind::Mbox, day(1, 31), "t").await.unwrap();
        let orders: Vec<Order> = std::iter::once(order("111-1", day(1, 5), &["econ-x"], 1, 100))
            .chain((2..6).map(|n| order(&format!("111-{n}"), day(3, n as i8), &["econ-x"], 1, 100)))
            .collect();
        store.import_with_orders(&batch(vec![]), &orders).await.unwrap();
        let econ = store.shipping_options().await.unwrap().remove(0);
        assert_eq!((econ.orders, econ.judged, econ.learned), (5, 1, true));
    }

    #[tokio::test]
    async fn a_failed_order_write_leaves_the_batch_unwritten() {
        let store = Store::open_in_memory().await.unwrap();
        let mut bad = order("111-1", day(1, 5), &["x"], 1, 100);
        bad.kind = OrderKind::Digital;
        sqlx::query("CREATE TRIGGER refuse BEFORE INSERT ON orders WHEN NEW.kind = 'digital' BEGIN SELECT RAISE(ABORT, 'refused'); END")
            .execute(store.pool())
            .await
            .unwrap();
        let events = vec![no_rush_mail("<a@amazon.com>", "111-1", Trust::Verified)];
        assert!(store.import_with_orders(&batch(events), &[bad]).await.is_err());
        assert_eq!(store.event_count().await.unwrap(), 0);
        assert!(store.orders().await.unwrap().is_empty());
    }
}
