//! What Prometheus is told about the work waiting (`/metrics`): open complaints per status and
//! how many are past their step's deadline, and the outbox's backlog.

use super::{Db, StorageError, open_status_list, to_millis};
use chrono::{DateTime, Utc};

/// Open complaints in one status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    /// The status's code (`submitted`, `dispatched` …).
    pub status: String,
    /// How many.
    pub count: i64,
    /// How many of them are past their step's deadline.
    pub overdue: i64,
}

/// The work waiting at `now`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backlog {
    /// Per open status that has any.
    pub waiting: Vec<Waiting>,
    /// Messages not yet delivered nor given up.
    pub outbox_pending: i64,
    /// Messages given up.
    pub outbox_failed: i64,
}

/// Counts the work waiting at `now`.
pub async fn backlog(db: &Db, now: DateTime<Utc>) -> Result<Backlog, StorageError> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(&format!(
        "SELECT status, COUNT(*), \
                CAST(SUM(CASE WHEN step_due_at IS NOT NULL AND step_due_at < $1 THEN 1 ELSE 0 END) \
                     AS BIGINT) \
         FROM complaints WHERE status IN ({}) GROUP BY status ORDER BY status",
        open_status_list()
    ))
    .bind(to_millis(now))
    .fetch_all(db.pool())
    .await?;
    let (outbox_pending, outbox_failed): (i64, i64) = sqlx::query_as(
        "SELECT CAST(COALESCE(SUM(CASE WHEN delivered_at IS NULL AND failed_at IS NULL \
                                       THEN 1 ELSE 0 END), 0) AS BIGINT), \
                CAST(COALESCE(SUM(CASE WHEN failed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM outbox",
    )
    .fetch_one(db.pool())
    .await?;
    Ok(Backlog {
        waiting: rows
            .into_iter()
            .map(|(status, count, overdue)| Waiting {
                status,
                count,
                overdue,
            })
            .collect(),
        outbox_pending,
        outbox_failed,
    })
}
