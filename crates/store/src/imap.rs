//! How far each IMAP mailbox has been read (incremental scans).

use crate::{Store, StoreError};

/// Where a mailbox's last scan stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImapMark {
    /// Which messages were fetched (`from-amazon`, `all`): a scan with a
    /// wider selection must start again from the beginning.
    pub selection: String,
    pub uid_validity: u32,
    /// Every message with a UID up to this one has been read.
    pub last_uid: u32,
}

impl Store {
    /// Where the last scan of `mailbox` in `account` stopped, if it was scanned.
    pub async fn imap_mark(&self, account: &str, mailbox: &str) -> Result<Option<ImapMark>, StoreError> {
        let row: Option<(String, i64, i64)> = sqlx::query_as(
            "SELECT selection, uid_validity, last_uid FROM imap_state WHERE account = $1 AND mailbox = $2",
        )
        .bind(account)
        .bind(mailbox)
        .fetch_optional(self.pool())
        .await?;
        row.map(|(selection, validity, last)| {
            let validity =
                u32::try_from(validity).map_err(|_| StoreError::Damaged("imap_state.uid_validity".into()))?;
            let last_uid = u32::try_from(last).map_err(|_| StoreError::Damaged("imap_state.last_uid".into()))?;
            Ok(ImapMark { selection, uid_validity: validity, last_uid })
        })
        .transpose()
    }

    /// Records that `mailbox` has been read up to `mark.last_uid`. Call it
    /// only after the events of those messages are imported.
    pub async fn set_imap_mark(
        &self,
        account: &str,
        mailbox: &str,
        mark: &ImapMark,
        scanned_at: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO imap_state (account, mailbox, selection, uid_validity, last_uid, scanned_at) \
             VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (account, mailbox) DO UPDATE SET selection = excluded.selection, \
             uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, scanned_at = excluded.scanned_at",
        )
        .bind(account)
        .bind(mailbox)
        .bind(&mark.selection)
        .bind(i64::from(mark.uid_validity))
        .bind(i64::from(mark.last_uid))
        .bind(scanned_at)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn marks_are_kept_per_account_and_mailbox() {
        let store = Store::open_in_memory().await.unwrap();
        assert_eq!(store.imap_mark("me@h:993", "INBOX").await.unwrap(), None);
        let mark = ImapMark { selection: "from-amazon".into(), uid_validity: 7, last_uid: 42 };
        store.set_imap_mark("me@h:993", "INBOX", &mark, "t1").await.unwrap();
        let later = ImapMark { last_uid: u32::MAX, ..mark.clone() };
        store.set_imap_mark("me@h:993", "Archive", &later, "t1").await.unwrap();
        assert_eq!(store.imap_mark("me@h:993", "INBOX").await.unwrap(), Some(mark));
        assert_eq!(store.imap_mark("me@h:993", "Archive").await.unwrap(), Some(later));
    }
}
