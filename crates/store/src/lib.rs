//! The event store: unspent's only owner of SQL.
//!
//! [`Store`] keeps the event log, the problems readers reported, and the
//! small amount of bookkeeping later features need, in one SQLite file
//! (WAL mode, versioned migrations embedded in the binary). It knows
//! nothing about mail, CSV, terminals or the clock: callers pass "now".
//!
//! Guarantees:
//! - **Idempotent**: an event's id is derived from its evidence, so
//!   importing the same evidence twice adds nothing.
//! - **Atomic batches**: [`Store::import`] writes one batch in one
//!   transaction; a crash mid-batch leaves the database as it was.
//! - **Never clobbers**: a file that is not an unspent database, or is
//!   corrupt, is reported and left alone, never recreated.

mod coverage;
mod imap;
mod orders;
mod reminders;
mod rows;
mod wishlist;

use std::path::{Path, PathBuf};
use std::str::FromStr;

use sqlx::ConnectOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use unspent_core::{Problem, Recorded};

pub use imap::ImapMark;
pub use orders::{ExportOutcome, ShippingOption};
pub use reminders::{DigestMark, SentReminder};
pub use sqlx;
pub use wishlist::{Wish, WishSale};

/// Why the store could not do what was asked. Each message is one line a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot open database {path}: {reason}")]
    Open { path: PathBuf, reason: String },
    #[error("{path} is not an unspent database or is corrupt ({reason}); it was left untouched")]
    Corrupt { path: PathBuf, reason: String },
    #[error("database {path} was written by a newer unspent ({reason}); upgrade unspent")]
    TooNew { path: PathBuf, reason: String },
    #[error("database {path} is locked by another unspent process; try again when it finishes")]
    Locked { path: PathBuf },
    #[error("database error: {0}")]
    Sql(String),
    #[error("stored data is damaged: {0}")]
    Damaged(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        StoreError::Sql(error.to_string())
    }
}

/// One batch to import: everything read from one source in one go.
#[derive(Clone, Debug, Default)]
pub struct Batch {
    /// What was read, for the import log: a path, an IMAP URL, `manual`.
    pub source: String,
    /// When the import started, RFC 3339 (the caller reads the clock).
    pub started_at: String,
    pub events: Vec<Recorded>,
    pub problems: Vec<Problem>,
}

/// What an import changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    /// Events new to the database.
    pub added: usize,
    /// Events already recorded from the same evidence.
    pub already_known: usize,
    /// Problems new to the database.
    pub problems_added: usize,
}

/// A connection to one unspent database.
#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
    path: PathBuf,
    abort_after: Option<usize>,
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

impl Store {
    /// Opens the database at `path`, creating it (and nothing else) when it does
    /// not exist, and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
            && !parent.exists()
        {
            std::fs::create_dir_all(parent)
                .map_err(|e| StoreError::Open { path: path.to_path_buf(), reason: e.to_string() })?;
        }
        if path.is_dir() {
            return Err(StoreError::Open { path: path.to_path_buf(), reason: "it is a directory".into() });
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(std::time::Duration::from_secs(10))
            .disable_statement_logging();
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .map_err(|e| classify_open_error(path, e))?;
        let store = Store { pool, path: path.to_path_buf(), abort_after: None };
        store.check_integrity().await?;
        MIGRATOR.run(&store.pool).await.map_err(|e| classify_migrate_error(path, e))?;
        Ok(store)
    }

    /// Opens a private database in memory (tests, `demo`).
    pub async fn open_in_memory() -> Result<Store, StoreError> {
        let options = SqliteConnectOptions::from_str("sqlite::memory:")?.foreign_keys(true);
        let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await?;
        MIGRATOR.run(&pool).await.map_err(|e| StoreError::Sql(e.to_string()))?;
        Ok(Store { pool, path: PathBuf::from(":memory:"), abort_after: None })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection pool, for the crates that add their own tables via
    /// migrations here. Only store code should write SQL against it.
    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Fault injection for crash-safety tests: abort the process after
    /// inserting `n` events of a batch, inside its transaction.
    pub fn abort_after_events(&mut self, n: usize) {
        self.abort_after = Some(n);
    }

    async fn check_integrity(&self) -> Result<(), StoreError> {
        let corrupt = |reason: String| StoreError::Corrupt { path: self.path.clone(), reason };
        let verdict: String =
            sqlx::query_scalar("PRAGMA quick_check").fetch_one(&self.pool).await.map_err(
                |e| match classify_open_error(&self.path, e) {
                    StoreError::Sql(reason) => corrupt(reason),
                    other => other,
                },
            )?;
        if verdict != "ok" {
            return Err(corrupt(verdict));
        }
        let foreign: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name <> '_sqlx_migrations'",
        )
        .fetch_one(&self.pool)
        .await?;
        let ours: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'")
                .fetch_one(&self.pool)
                .await?;
        if foreign > 0 && ours == 0 {
            return Err(corrupt("it holds tables of another program".into()));
        }
        Ok(())
    }

    /// Imports one batch in one transaction. Events whose evidence is already
    /// recorded are skipped; nothing of the batch is written if any write fails.
    pub async fn import(&self, batch: &Batch) -> Result<ImportOutcome, StoreError> {
        let mut tx = self.pool.begin().await.map_err(|e| self.classify(e))?;
        let (outcome, _) = self.write_batch(&mut tx, batch).await?;
        tx.commit().await.map_err(|e| self.classify(e))?;
        Ok(outcome)
    }

    /// Writes a batch inside `tx` (the caller commits); returns what changed and the import's id.
    pub(crate) async fn write_batch(
        &self,
        tx: &mut sqlx::Transaction<'_, sqlx::Sqlite>,
        batch: &Batch,
    ) -> Result<(ImportOutcome, i64), StoreError> {
        let import_id: i64 = sqlx::query_scalar(
            "INSERT INTO imports (source, started_at, events_seen, events_added, problems) VALUES ($1, $2, $3, 0, 0) RETURNING id",
        )
        .bind(&batch.source)
        .bind(&batch.started_at)
        .bind(batch.events.len() as i64)
        .fetch_one(&mut **tx)
        .await
        .map_err(|e| self.classify(e))?;

        let mut outcome = ImportOutcome::default();
        for (n, record) in batch.events.iter().enumerate() {
            if self.abort_after == Some(n) {
                std::process::abort();
            }
            let inserted = rows::insert_event(tx, import_id, record).await?;
            if inserted {
                outcome.added += 1;
            } else {
                outcome.already_known += 1;
            }
        }
        for problem in &batch.problems {
            if rows::insert_problem(tx, import_id, problem).await? {
                outcome.problems_added += 1;
            }
        }
        sqlx::query("UPDATE imports SET events_added = $1, problems = $2 WHERE id = $3")
            .bind(outcome.added as i64)
            .bind(outcome.problems_added as i64)
            .bind(import_id)
            .execute(&mut **tx)
            .await?;
        Ok((outcome, import_id))
    }

    /// Every recorded event, in the order it was first recorded.
    pub async fn events(&self) -> Result<Vec<Recorded>, StoreError> {
        rows::all_events(&self.pool).await
    }

    /// One event by its id.
    pub async fn event(&self, id: &str) -> Result<Option<Recorded>, StoreError> {
        rows::event_by_id(&self.pool, id).await
    }

    /// Every recorded problem, newest import last.
    pub async fn problems(&self) -> Result<Vec<Problem>, StoreError> {
        rows::all_problems(&self.pool).await
    }

    /// How many events are recorded.
    pub async fn event_count(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM events").fetch_one(&self.pool).await?)
    }

    /// Closes the database cleanly (checkpointing the WAL).
    pub async fn close(self) {
        self.pool.close().await;
    }

    fn classify(&self, error: sqlx::Error) -> StoreError {
        classify_open_error(&self.path, error)
    }
}

fn classify_open_error(path: &Path, error: sqlx::Error) -> StoreError {
    let text = error.to_string();
    let lower = text.to_lowercase();
    if lower.contains("not a database") || lower.contains("malformed") || lower.contains("corrupt") {
        StoreError::Corrupt { path: path.to_path_buf(), reason: text }
    } else if lower.contains("database is locked") || lower.contains("busy") {
        StoreError::Locked { path: path.to_path_buf() }
    } else if lower.contains("unable to open") || lower.contains("permission") || lower.contains("readonly") {
        StoreError::Open { path: path.to_path_buf(), reason: text }
    } else {
        StoreError::Sql(text)
    }
}

fn classify_migrate_error(path: &Path, error: sqlx::migrate::MigrateError) -> StoreError {
    use sqlx::migrate::MigrateError;
    match error {
        MigrateError::VersionMissing(v) => StoreError::TooNew {
            path: path.to_path_buf(),
            reason: format!("it has schema version {v}, unknown to this build"),
        },
        MigrateError::VersionMismatch(v) => StoreError::Corrupt {
            path: path.to_path_buf(),
            reason: format!("schema version {v} differs from this build's"),
        },
        MigrateError::Execute(e) => classify_open_error(path, e),
        other => StoreError::Sql(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unspent_core::{Currency, Date, Event, EventKind, Evidence, Money, ProblemKind, ProgramId, SourceKind, Trust};

    fn sample_batch() -> Batch {
        let evidence = Evidence {
            source: SourceKind::Mbox,
            locator: "<m1@amazon.com>".into(),
            origin: Some("mail.mbox:0".into()),
            sender: Some("no-reply@amazon.com".into()),
            subject: Some("Benefit Confirmation for your Order".into()),
            date: Some("2026-01-02T03:04:05Z".into()),
            trust: Trust::Verified,
        };
        let mut grant = Event::new(EventKind::Grant);
        grant.program = Some(ProgramId::known("no-rush"));
        grant.amount = Some(Money::from_minor(100, Currency::USD));
        grant.expires_on = Some(Date::new(2026, 3, 5).unwrap());
        grant.order_id = Some("111-1234567-1234567".into());
        grant.categories = Some(vec![unspent_core::Category::Ebook, unspent_core::Category::Video]);
        let mut code = Event::new(EventKind::Code);
        code.code = Some("SAVE5".into());
        code.percent_off = Some(20);
        code.min_purchase = Some(Money::from_minor(1000, Currency::EUR));
        let problem = Problem {
            kind: ProblemKind::Suspicious,
            source: SourceKind::Mbox,
            locator: "<x@evil>".into(),
            origin: None,
            message: "look-alike sender".into(),
        };
        Batch {
            source: "mail.mbox".into(),
            started_at: "2026-01-02T00:00:00Z".into(),
            events: vec![Recorded::new(grant, evidence.clone(), 0), Recorded::new(code, evidence, 1)],
            problems: vec![problem],
        }
    }

    #[tokio::test]
    async fn importing_the_same_evidence_twice_adds_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("u.db")).await.unwrap();
        let batch = sample_batch();
        let first = store.import(&batch).await.unwrap();
        let second = store.import(&batch).await.unwrap();
        assert_eq!((first.added, first.already_known, first.problems_added), (2, 0, 1));
        assert_eq!((second.added, second.already_known, second.problems_added), (0, 2, 0));
        let events = store.events().await.unwrap();
        assert_eq!(events, batch.events, "every field survives a round trip");
        assert_eq!(store.problems().await.unwrap(), batch.problems);
    }

    #[tokio::test]
    async fn a_file_that_is_not_a_database_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("u.db");
        let junk = b"this is my thesis, not a database".repeat(200);
        std::fs::write(&path, &junk).unwrap();
        let error = Store::open(&path).await.unwrap_err();
        assert!(matches!(error, StoreError::Corrupt { .. }), "{error}");
        assert_eq!(std::fs::read(&path).unwrap(), junk);
    }

    #[tokio::test]
    async fn another_programs_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        let options = SqliteConnectOptions::new().filename(&path).create_if_missing(true);
        let pool = SqlitePoolOptions::new().connect_with(options).await.unwrap();
        sqlx::query("CREATE TABLE recipes (name TEXT)").execute(&pool).await.unwrap();
        pool.close().await;
        let error = Store::open(&path).await.unwrap_err();
        assert!(matches!(error, StoreError::Corrupt { .. }), "{error}");
    }

    #[tokio::test]
    async fn a_database_from_a_newer_build_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("u.db");
        let store = Store::open(&path).await.unwrap();
        sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (9999, 'future', 1, x'00', 0)")
            .execute(store.pool())
            .await
            .unwrap();
        store.close().await;
        let error = Store::open(&path).await.unwrap_err();
        assert!(matches!(error, StoreError::TooNew { .. }), "{error}");
    }
}
