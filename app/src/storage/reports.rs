//! The desk's reports (officers only): what a day brought, moved and left overdue, and the oldest
//! complaints still open. The monthly recap's volumes and compliance come from the statistics'
//! tallies ([`super::statistics::sums`]).

use super::{Db, StorageError, from_millis, to_millis};
use chrono::{DateTime, Utc};
use sqlx::Row;

/// One kind of step taken in a period, credited to whoever took it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Move {
    /// The role code of who took it (`agency_admin`, `liaison` and `agency_head` as one:
    /// `agency`), for the main desk, the reporter and the system.
    pub actor: String,
    /// The agency's name, when an agency's officer took it; `""` otherwise.
    pub agency: String,
    /// The action's or record's code.
    pub code: String,
    /// How many.
    pub n: i64,
}

/// Steps and records taken from `from` (inclusive) to `to` (exclusive), credited to who took
/// them: an agency (by name) for its officers' steps, else the main desk, the reporter or the
/// system (by role); by code, how many.
pub async fn moves(
    db: &Db,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Move>, StorageError> {
    let rows: Vec<Move> = sqlx::query_as(
        "SELECT CASE WHEN e.actor_role IN ('agency_admin', 'liaison', 'agency_head') \
         THEN 'agency' ELSE e.actor_role END AS actor, \
         CASE WHEN e.actor_role IN ('agency_admin', 'liaison', 'agency_head') \
         THEN COALESCE(a.name, COALESCE(e.agency, '')) ELSE '' END AS agency, \
         e.action AS code, CAST(COUNT(*) AS BIGINT) AS n FROM complaint_events e \
         LEFT JOIN agencies a ON a.code = e.agency \
         WHERE e.at >= $1 AND e.at < $2 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
    )
    .bind(to_millis(from))
    .bind(to_millis(to))
    .fetch_all(db.pool())
    .await?;
    Ok(rows)
}

/// A count by agency name and a status code, as [`overdue`] reads it.
#[derive(sqlx::FromRow)]
struct Count {
    agency: String,
    code: String,
    n: i64,
}

impl Count {
    fn into_tuple(self) -> (String, String, u64) {
        (
            self.agency,
            self.code,
            u64::try_from(self.n).unwrap_or_default(),
        )
    }
}

/// Open complaints whose step was due before `now`: by agency name (`""`: the main desk's) and
/// status code, how many.
pub async fn overdue(
    db: &Db,
    now: DateTime<Utc>,
) -> Result<Vec<(String, String, u64)>, StorageError> {
    let rows: Vec<Count> = sqlx::query_as(&format!(
        "SELECT COALESCE(a.name, '') AS agency, c.status AS code, CAST(COUNT(*) AS BIGINT) AS n \
         FROM complaints c LEFT JOIN agencies a ON a.code = c.agency \
         WHERE c.step_due_at < $1 AND c.status IN ({}) GROUP BY 1, 2 ORDER BY 1, 2",
        super::open_status_list()
    ))
    .bind(to_millis(now))
    .fetch_all(db.pool())
    .await?;
    Ok(rows.into_iter().map(Count::into_tuple).collect())
}

/// A complaint still open, for the list of the slowest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenCase {
    /// Its tracking code.
    pub tracking_code: String,
    /// Its title.
    pub title: String,
    /// Status code.
    pub status: String,
    /// The agency's name, if dispatched.
    pub agency: Option<String>,
    /// When it was filed.
    pub filed_at: DateTime<Utc>,
    /// When its current step falls due.
    pub due_at: Option<DateTime<Utc>>,
}

/// The `limit` complaints filed before `before` that have been open longest.
pub async fn slowest_open(
    db: &Db,
    before: DateTime<Utc>,
    limit: u32,
) -> Result<Vec<OpenCase>, StorageError> {
    let rows = sqlx::query(&format!(
        "SELECT c.tracking_code, COALESCE(c.public_title, c.title) AS title, c.status, \
         a.name AS agency, c.created_at, c.step_due_at FROM complaints c \
         LEFT JOIN agencies a ON a.code = c.agency \
         WHERE c.status IN ({}) AND c.created_at < $1 ORDER BY c.created_at, c.id LIMIT $2",
        super::open_status_list()
    ))
    .bind(to_millis(before))
    .bind(i64::from(limit))
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| {
            let due: Option<i64> = row.try_get("step_due_at")?;
            Ok(OpenCase {
                tracking_code: row.try_get("tracking_code")?,
                title: row.try_get("title")?,
                status: row.try_get("status")?,
                agency: row.try_get("agency")?,
                filed_at: from_millis(row.try_get("created_at")?)?,
                due_at: due.map(from_millis).transpose()?,
            })
        })
        .collect()
}

/// The e-mail addresses of the active officers of `agency`: where its monitoring report goes.
pub async fn agency_addresses(db: &Db, agency: &str) -> Result<Vec<String>, StorageError> {
    let addresses: Vec<String> = sqlx::query_scalar(
        "SELECT email FROM officers WHERE agency = $1 AND active = 1 AND email IS NOT NULL \
         AND email <> '' ORDER BY id",
    )
    .bind(agency)
    .fetch_all(db.pool())
    .await?;
    Ok(addresses)
}

/// Queues a report by e-mail to each of `recipients`, in one transaction: all or none.
pub async fn queue_report(
    db: &Db,
    recipients: &[String],
    subject: &str,
    body: &str,
    now: DateTime<Utc>,
) -> Result<usize, StorageError> {
    use super::outbox::{NewMessage, Transport, enqueue};
    let mut tx = db.begin().await?;
    for recipient in recipients {
        enqueue(
            &mut tx,
            &NewMessage {
                complaint: None,
                transport: Transport::Email,
                recipient,
                locale: "id",
                subject,
                body,
                sealed_secret: None,
            },
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(recipients.len())
}
