//! The wishlist: items the user wants, with their prices and sales.

use sqlx::Row;
use unspent_core::date::parse_iso_date;
use unspent_core::{Category, Currency, Date, Money};

use crate::{Store, StoreError};

/// A sale price and the days it holds (both included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WishSale {
    pub price: Money,
    pub from: Date,
    pub to: Date,
}

/// A wishlist item as stored. `want` is `must`, `want` or `maybe` (checked by the database too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wish {
    pub id: i64,
    pub title: String,
    pub price: Money,
    pub category: Category,
    pub want: String,
    pub sales: Vec<WishSale>,
}

impl Store {
    /// Adds `wishes` in one transaction: all of them or, on any error, none. Returns their ids.
    /// The `id` of each given wish is ignored.
    pub async fn add_wishes(&self, wishes: &[Wish], added_at: &str) -> Result<Vec<i64>, StoreError> {
        let mut tx = self.pool().begin().await?;
        let mut ids = Vec::with_capacity(wishes.len());
        for wish in wishes {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO wishlist (title, price_minor, currency, category, want, added_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(&wish.title)
            .bind(wish.price.minor())
            .bind(wish.price.currency().code())
            .bind(wish.category.as_str())
            .bind(&wish.want)
            .bind(added_at)
            .fetch_one(&mut *tx)
            .await?;
            for sale in &wish.sales {
                sqlx::query(
                    "INSERT INTO wishlist_sales (item_id, price_minor, sale_from, sale_to) VALUES ($1, $2, $3, $4)",
                )
                .bind(id)
                .bind(sale.price.minor())
                .bind(sale.from.to_string())
                .bind(sale.to.to_string())
                .execute(&mut *tx)
                .await?;
            }
            ids.push(id);
        }
        tx.commit().await?;
        Ok(ids)
    }

    /// Every wishlist item, oldest first, with its sales in date order.
    pub async fn wishes(&self) -> Result<Vec<Wish>, StoreError> {
        let rows = sqlx::query("SELECT id, title, price_minor, currency, category, want FROM wishlist ORDER BY id")
            .fetch_all(self.pool())
            .await?;
        let sales = sqlx::query(
            "SELECT s.item_id, s.price_minor, w.currency, s.sale_from, s.sale_to FROM wishlist_sales s \
             JOIN wishlist w ON w.id = s.item_id ORDER BY s.item_id, s.sale_from, s.id",
        )
        .fetch_all(self.pool())
        .await?;
        let mut wishes = Vec::with_capacity(rows.len());
        for row in rows {
            let currency = currency(row.try_get("currency")?)?;
            let category: String = row.try_get("category")?;
            wishes.push(Wish {
                id: row.try_get("id")?,
                title: row.try_get("title")?,
                price: Money::from_minor(row.try_get("price_minor")?, currency),
                category: category.parse().map_err(StoreError::Damaged)?,
                want: row.try_get("want")?,
                sales: Vec::new(),
            });
        }
        for row in sales {
            let item: i64 = row.try_get("item_id")?;
            let sale = WishSale {
                price: Money::from_minor(row.try_get("price_minor")?, currency(row.try_get("currency")?)?),
                from: date(row.try_get("sale_from")?)?,
                to: date(row.try_get("sale_to")?)?,
            };
            if let Some(wish) = wishes.iter_mut().find(|w| w.id == item) {
                wish.sales.push(sale);
            }
        }
        Ok(wishes)
    }

    /// Removes the items with these ids (and their sales); returns how many were removed.
    pub async fn remove_wishes(&self, ids: &[i64]) -> Result<u64, StoreError> {
        let mut tx = self.pool().begin().await?;
        let mut removed = 0;
        for id in ids {
            removed +=
                sqlx::query("DELETE FROM wishlist WHERE id = $1").bind(id).execute(&mut *tx).await?.rows_affected();
        }
        tx.commit().await?;
        Ok(removed)
    }
}

fn currency(code: String) -> Result<Currency, StoreError> {
    Currency::from_code(&code).map_err(|e| StoreError::Damaged(format!("wishlist: {e}")))
}

fn date(text: String) -> Result<Date, StoreError> {
    parse_iso_date(&text).map_err(|e| StoreError::Damaged(format!("wishlist: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd(minor: i64) -> Money {
        Money::from_minor(minor, Currency::USD)
    }

    fn wish(title: &str, sales: Vec<WishSale>) -> Wish {
        Wish { id: 0, title: title.into(), price: usd(499), category: Category::Ebook, want: "want".into(), sales }
    }

    #[tokio::test]
    async fn wishes_round_trip_and_are_removed_with_their_sales() {
        let store = Store::open_in_memory().await.unwrap();
        let d = |m, day| Date::new(2026, m, day).unwrap();
        let sale = WishSale { price: usd(299), from: d(2, 1), to: d(2, 7) };
        let ids = store.add_wishes(&[wish("A", vec![sale.clone()]), wish("B", vec![])], "t").await.unwrap();
        let all = store.wishes().await.unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!((all[0].id, all[0].sales.clone()), (ids[0], vec![sale]));
        assert_eq!(store.remove_wishes(&[ids[0]]).await.unwrap(), 1);
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM wishlist_sales").fetch_one(store.pool()).await.unwrap();
        assert_eq!(count, 0, "sales go with their item");
        assert_eq!(store.wishes().await.unwrap()[0].title, "B");
    }

    #[tokio::test]
    async fn a_failing_batch_adds_nothing() {
        let store = Store::open_in_memory().await.unwrap();
        let mut bad = wish("bad", vec![]);
        bad.want = "someday".into();
        assert!(store.add_wishes(&[wish("good", vec![]), bad], "t").await.is_err());
        assert!(store.wishes().await.unwrap().is_empty());
    }
}
