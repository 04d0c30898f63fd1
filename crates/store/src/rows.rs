//! Events and problems to and from rows.

use sqlx::sqlite::{SqlitePool, SqliteRow};
use sqlx::{Row, Sqlite, Transaction};
use unspent_core::date::parse_iso_date;
use unspent_core::{
    BalanceKind, Category, Currency, Date, Event, EventKind, Evidence, Marketplace, Money, Problem, ProblemKind,
    ProgramId, Recorded, SourceKind, Trust,
};

use crate::StoreError;

const EVENT_COLUMNS: &str = "id, kind, program, amount_minor, currency, points, code, expires_on, order_id, occurred_on, \
    categories, percent_off, min_purchase_minor, min_purchase_currency, lot, balance, marketplace, note, \
    ev_source, ev_locator, ev_origin, ev_sender, ev_subject, ev_date, ev_trust, ev_trust_reason";

pub(crate) async fn insert_event(
    tx: &mut Transaction<'_, Sqlite>,
    import_id: i64,
    record: &Recorded,
) -> Result<bool, StoreError> {
    let e = &record.event;
    let v = &record.evidence;
    let (trust, reason) = match &v.trust {
        Trust::Rejected(reason) => ("rejected", Some(reason.as_str())),
        other => (other.as_str(), None),
    };
    let categories = e.categories.as_ref().map(|c| c.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(","));
    let result = sqlx::query(
        "INSERT INTO events (id, import_id, kind, program, amount_minor, currency, points, code, \
         expires_on, order_id, occurred_on, categories, percent_off, min_purchase_minor, min_purchase_currency, lot, \
         balance, marketplace, note, ev_source, ev_locator, ev_origin, ev_sender, ev_subject, ev_date, ev_trust, \
         ev_trust_reason) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, \
         $23, $24, $25, $26, $27) ON CONFLICT DO NOTHING",
    )
    .bind(&record.id)
    .bind(import_id)
    .bind(e.kind.as_str())
    .bind(e.program.as_ref().map(|p| p.as_str().to_string()))
    .bind(e.amount.map(|m| m.minor()))
    .bind(e.amount.map(|m| m.currency().code()))
    .bind(e.points)
    .bind(e.code.as_deref())
    .bind(e.expires_on.map(|d| d.to_string()))
    .bind(e.order_id.as_deref())
    .bind(e.occurred_on.map(|d| d.to_string()))
    .bind(categories)
    .bind(e.percent_off.map(i64::from))
    .bind(e.min_purchase.map(|m| m.minor()))
    .bind(e.min_purchase.map(|m| m.currency().code()))
    .bind(e.lot.as_deref())
    .bind(e.balance.map(|b| b.as_str()))
    .bind(e.marketplace.map(|m| m.code()))
    .bind(e.note.as_deref())
    .bind(v.source.as_str())
    .bind(&v.locator)
    .bind(v.origin.as_deref())
    .bind(v.sender.as_deref())
    .bind(v.subject.as_deref())
    .bind(v.date.as_deref())
    .bind(trust)
    .bind(reason)
    .execute(&mut **tx)
    .await?;
    Ok(result.rows_affected() == 1)
}

pub(crate) async fn insert_problem(
    tx: &mut Transaction<'_, Sqlite>,
    import_id: i64,
    problem: &Problem,
) -> Result<bool, StoreError> {
    let result = sqlx::query(
        "INSERT INTO problems (import_id, kind, source, locator, origin, message) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT DO NOTHING",
    )
    .bind(import_id)
    .bind(problem.kind.as_str())
    .bind(problem.source.as_str())
    .bind(&problem.locator)
    .bind(problem.origin.as_deref())
    .bind(&problem.message)
    .execute(&mut **tx)
    .await?;
    Ok(result.rows_affected() == 1)
}

pub(crate) async fn all_events(pool: &SqlitePool) -> Result<Vec<Recorded>, StoreError> {
    let sql = format!("SELECT {EVENT_COLUMNS} FROM events ORDER BY seq");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(pool).await?;
    rows.iter().map(event_from_row).collect()
}

pub(crate) async fn event_by_id(pool: &SqlitePool, id: &str) -> Result<Option<Recorded>, StoreError> {
    let sql = format!("SELECT {EVENT_COLUMNS} FROM events WHERE id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(pool).await?;
    row.as_ref().map(event_from_row).transpose()
}

pub(crate) async fn all_problems(pool: &SqlitePool) -> Result<Vec<Problem>, StoreError> {
    let rows =
        sqlx::query("SELECT kind, source, locator, origin, message FROM problems ORDER BY id").fetch_all(pool).await?;
    rows.iter()
        .map(|row| {
            let kind: String = row.try_get("kind")?;
            let source: String = row.try_get("source")?;
            Ok(Problem {
                kind: ProblemKind::parse(&kind).ok_or_else(|| damaged(format!("problem kind `{kind}`")))?,
                source: source.parse().map_err(damaged)?,
                locator: row.try_get("locator")?,
                origin: row.try_get("origin")?,
                message: row.try_get("message")?,
            })
        })
        .collect()
}

fn damaged(what: impl std::fmt::Display) -> StoreError {
    StoreError::Damaged(what.to_string())
}

fn date_column(row: &SqliteRow, column: &str) -> Result<Option<Date>, StoreError> {
    let text: Option<String> = row.try_get(column)?;
    text.map(|t| parse_iso_date(&t).map_err(|e| damaged(format!("{column}: {e}")))).transpose()
}

fn money_columns(row: &SqliteRow, minor: &str, currency: &str) -> Result<Option<Money>, StoreError> {
    let minor: Option<i64> = row.try_get(minor)?;
    let code: Option<String> = row.try_get(currency)?;
    match (minor, code) {
        (Some(minor), Some(code)) => {
            let currency = Currency::from_code(&code).map_err(damaged)?;
            Ok(Some(Money::from_minor(minor, currency)))
        }
        (None, _) => Ok(None),
        (Some(_), None) => Err(damaged("an amount without a currency")),
    }
}

fn event_from_row(row: &SqliteRow) -> Result<Recorded, StoreError> {
    let kind: String = row.try_get("kind")?;
    let mut event = Event::new(kind.parse::<EventKind>().map_err(damaged)?);
    let program: Option<String> = row.try_get("program")?;
    event.program = program.map(|p| ProgramId::new(&p).map_err(damaged)).transpose()?;
    event.amount = money_columns(row, "amount_minor", "currency")?;
    event.points = row.try_get("points")?;
    event.code = row.try_get("code")?;
    event.expires_on = date_column(row, "expires_on")?;
    event.order_id = row.try_get("order_id")?;
    event.occurred_on = date_column(row, "occurred_on")?;
    let categories: Option<String> = row.try_get("categories")?;
    event.categories = categories.map(|c| Category::parse_list(&c).map_err(damaged)).transpose()?;
    let percent: Option<i64> = row.try_get("percent_off")?;
    event.percent_off = percent.map(|p| u32::try_from(p).map_err(damaged)).transpose()?;
    event.min_purchase = money_columns(row, "min_purchase_minor", "min_purchase_currency")?;
    event.lot = row.try_get("lot")?;
    let balance: Option<String> = row.try_get("balance")?;
    event.balance = balance.map(|b| b.parse::<BalanceKind>().map_err(damaged)).transpose()?;
    let marketplace: Option<String> = row.try_get("marketplace")?;
    event.marketplace = marketplace.map(|m| m.parse::<Marketplace>().map_err(damaged)).transpose()?;
    event.note = row.try_get("note")?;

    let source: String = row.try_get("ev_source")?;
    let trust: String = row.try_get("ev_trust")?;
    let reason: Option<String> = row.try_get("ev_trust_reason")?;
    let trust = match trust.as_str() {
        "verified" => Trust::Verified,
        "unverified" => Trust::Unverified,
        "user" => Trust::User,
        "rejected" => Trust::Rejected(reason.unwrap_or_default()),
        other => return Err(damaged(format!("trust `{other}`"))),
    };
    let evidence = Evidence {
        source: source.parse::<SourceKind>().map_err(damaged)?,
        locator: row.try_get("ev_locator")?,
        origin: row.try_get("ev_origin")?,
        sender: row.try_get("ev_sender")?,
        subject: row.try_get("ev_subject")?,
        date: row.try_get("ev_date")?,
        trust,
    };
    Ok(Recorded { id: row.try_get("id")?, event, evidence })
}
