//! What was reminded and digested, and the per-lot reminder offsets.

use std::collections::{BTreeMap, BTreeSet};

use unspent_core::Date;
use unspent_core::date::parse_iso_date;

use crate::{Store, StoreError};

/// One reminder that went out on one channel.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SentReminder {
    pub lot_id: String,
    pub offset: u32,
    pub channel: String,
    pub due_on: Date,
    pub sent_on: Date,
}

/// The last digest delivered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigestMark {
    pub sent_on: Date,
    /// Events recorded up to this sequence number were already covered.
    pub through_seq: i64,
}

fn date_column(text: &str, what: &str) -> Result<Date, StoreError> {
    parse_iso_date(text).map_err(|e| StoreError::Damaged(format!("{what}: {e}")))
}

impl Store {
    /// Sets the reminder offsets of one lot (an empty list turns its reminders off).
    pub async fn set_reminder_offsets(&self, lot_id: &str, offsets: &[u32], set_at: &str) -> Result<(), StoreError> {
        let text = offsets.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
        sqlx::query(
            "INSERT INTO reminder_offsets (lot_id, offsets, set_at) VALUES ($1, $2, $3) \
             ON CONFLICT (lot_id) DO UPDATE SET offsets = excluded.offsets, set_at = excluded.set_at",
        )
        .bind(lot_id)
        .bind(text)
        .bind(set_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Forgets a lot's own offsets; returns whether it had any.
    pub async fn clear_reminder_offsets(&self, lot_id: &str) -> Result<bool, StoreError> {
        let done =
            sqlx::query("DELETE FROM reminder_offsets WHERE lot_id = $1").bind(lot_id).execute(self.pool()).await?;
        Ok(done.rows_affected() > 0)
    }

    /// Every lot's own offsets.
    pub async fn reminder_offsets(&self) -> Result<BTreeMap<String, Vec<u32>>, StoreError> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT lot_id, offsets FROM reminder_offsets").fetch_all(self.pool()).await?;
        rows.into_iter()
            .map(|(lot, text)| {
                let days = text
                    .split(',')
                    .filter(|p| !p.is_empty())
                    .map(|p| {
                        p.parse::<u32>()
                            .map_err(|_| StoreError::Damaged(format!("reminder offsets of {lot}: `{text}`")))
                    })
                    .collect::<Result<Vec<u32>, _>>()?;
                Ok((lot, days))
            })
            .collect()
    }

    /// Every reminder sent so far.
    pub async fn sent_reminders(&self) -> Result<Vec<SentReminder>, StoreError> {
        let rows: Vec<(String, i64, String, String, String)> = sqlx::query_as(
            "SELECT lot_id, offset_days, channel, due_on, sent_on FROM reminders_sent ORDER BY sent_at, lot_id, offset_days",
        )
        .fetch_all(self.pool())
        .await?;
        rows.into_iter()
            .map(|(lot_id, offset, channel, due_on, sent_on)| {
                Ok(SentReminder {
                    offset: u32::try_from(offset)
                        .map_err(|_| StoreError::Damaged(format!("reminder offset {offset}")))?,
                    due_on: date_column(&due_on, "reminder due date")?,
                    sent_on: date_column(&sent_on, "reminder sent date")?,
                    lot_id,
                    channel,
                })
            })
            .collect()
    }

    /// The (lot, offset, channel) keys already sent, for the scheduler.
    pub async fn sent_reminder_keys(&self) -> Result<BTreeSet<(String, u32, String)>, StoreError> {
        Ok(self.sent_reminders().await?.into_iter().map(|s| (s.lot_id, s.offset, s.channel)).collect())
    }

    /// Records reminders a channel accepted, all or none. Recording one twice is a no-op.
    pub async fn record_sent_reminders(&self, sent: &[SentReminder], sent_at: &str) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        for s in sent {
            sqlx::query(
                "INSERT INTO reminders_sent (lot_id, offset_days, channel, due_on, sent_on, sent_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            )
            .bind(&s.lot_id)
            .bind(i64::from(s.offset))
            .bind(&s.channel)
            .bind(s.due_on.to_string())
            .bind(s.sent_on.to_string())
            .bind(sent_at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The newest digest delivered, if any.
    pub async fn last_digest(&self) -> Result<Option<DigestMark>, StoreError> {
        let row: Option<(String, i64)> =
            sqlx::query_as("SELECT sent_on, through_seq FROM digests ORDER BY id DESC LIMIT 1")
                .fetch_optional(self.pool())
                .await?;
        row.map(|(on, seq)| Ok(DigestMark { sent_on: date_column(&on, "digest date")?, through_seq: seq })).transpose()
    }

    /// Records a delivered digest covering events up to `through_seq`.
    pub async fn record_digest(
        &self,
        sent_on: Date,
        through_seq: i64,
        channel: &str,
        sent_at: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO digests (sent_on, sent_at, through_seq, channel) VALUES ($1, $2, $3, $4)")
            .bind(sent_on.to_string())
            .bind(sent_at)
            .bind(through_seq)
            .bind(channel)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// The sequence number of the newest recorded event (0 when there is none).
    pub async fn newest_event_seq(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM events").fetch_one(self.pool()).await?)
    }

    /// Ids of the events recorded after sequence number `seq`.
    pub async fn event_ids_after(&self, seq: i64) -> Result<BTreeSet<String>, StoreError> {
        let ids: Vec<String> =
            sqlx::query_scalar("SELECT id FROM events WHERE seq > $1").bind(seq).fetch_all(self.pool()).await?;
        Ok(ids.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: i8, day: i8) -> Date {
        Date::new(2026, m, day).unwrap()
    }

    fn sent(lot: &str, offset: u32, channel: &str) -> SentReminder {
        SentReminder { lot_id: lot.into(), offset, channel: channel.into(), due_on: d(3, 1), sent_on: d(3, 2) }
    }

    #[tokio::test]
    async fn sent_reminders_are_recorded_once_per_lot_offset_and_channel() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("u.db");
        let store = Store::open(&path).await.unwrap();
        store.record_sent_reminders(&[sent("a", 7, "email"), sent("a", 7, "webhook:phone")], "t1").await.unwrap();
        store.record_sent_reminders(&[sent("a", 7, "email"), sent("a", 1, "email")], "t2").await.unwrap();
        store.close().await;
        let store = Store::open(&path).await.unwrap();
        let keys = store.sent_reminder_keys().await.unwrap();
        assert_eq!(keys.len(), 3);
        assert!(keys.contains(&("a".into(), 7, "webhook:phone".into())));
        assert_eq!(store.sent_reminders().await.unwrap()[0].sent_on, d(3, 2));
    }

    #[tokio::test]
    async fn lot_offsets_round_trip_and_clear() {
        let store = Store::open_in_memory().await.unwrap();
        store.set_reminder_offsets("a", &[14, 3], "t").await.unwrap();
        store.set_reminder_offsets("b", &[], "t").await.unwrap();
        store.set_reminder_offsets("a", &[5], "t").await.unwrap();
        let offsets = store.reminder_offsets().await.unwrap();
        assert_eq!((offsets["a"].clone(), offsets["b"].clone()), (vec![5], vec![]));
        assert!(store.clear_reminder_offsets("a").await.unwrap());
        assert!(!store.clear_reminder_offsets("a").await.unwrap());
    }

    #[tokio::test]
    async fn the_last_digest_is_the_newest() {
        let store = Store::open_in_memory().await.unwrap();
        assert_eq!(store.last_digest().await.unwrap(), None);
        store.record_digest(d(3, 1), 4, "email", "t1").await.unwrap();
        store.record_digest(d(3, 8), 9, "email", "t2").await.unwrap();
        assert_eq!(store.last_digest().await.unwrap(), Some(DigestMark { sent_on: d(3, 8), through_seq: 9 }));
        assert_eq!(store.newest_event_seq().await.unwrap(), 0);
        assert!(store.event_ids_after(0).await.unwrap().is_empty());
    }
}
