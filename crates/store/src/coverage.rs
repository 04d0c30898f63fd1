//! How far scanned sources reach in time.

use unspent_core::date::parse_iso_date;
use unspent_core::{Date, SourceKind};

use crate::{Store, StoreError};

impl Store {
    /// Records that `source` (a path or URL) held mail up to `newest_seen`.
    /// Keeps the later date when the source was scanned before.
    pub async fn note_coverage(
        &self,
        source: &str,
        kind: SourceKind,
        newest_seen: Date,
        scanned_at: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO coverage (source, kind, newest_seen, scanned_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (source) DO UPDATE SET \
             newest_seen = MAX(coverage.newest_seen, excluded.newest_seen), scanned_at = excluded.scanned_at",
        )
        .bind(source)
        .bind(kind.as_str())
        .bind(newest_seen.to_string())
        .bind(scanned_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The newest message date seen in any scanned mail source, if any was scanned.
    pub async fn newest_mail_seen(&self) -> Result<Option<Date>, StoreError> {
        let newest: Option<String> = sqlx::query_scalar(
            "SELECT MAX(newest_seen) FROM coverage WHERE kind IN ('mbox', 'maildir', 'eml', 'imap')",
        )
        .fetch_one(self.pool())
        .await?;
        newest.map(|d| parse_iso_date(&d).map_err(|e| StoreError::Damaged(format!("coverage: {e}")))).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn coverage_keeps_the_newest_date_per_source() {
        let store = Store::open_in_memory().await.unwrap();
        assert_eq!(store.newest_mail_seen().await.unwrap(), None);
        let d = |m, day| Date::new(2026, m, day).unwrap();
        store.note_coverage("a.mbox", SourceKind::Mbox, d(3, 1), "t1").await.unwrap();
        store.note_coverage("a.mbox", SourceKind::Mbox, d(2, 1), "t2").await.unwrap();
        store.note_coverage("Your Orders.zip", SourceKind::Export, d(9, 1), "t3").await.unwrap();
        assert_eq!(store.newest_mail_seen().await.unwrap(), Some(d(3, 1)));
    }
}
