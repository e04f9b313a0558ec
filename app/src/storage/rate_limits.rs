//! Fixed-window hit counters for rate limits, in the database so every server instance shares them.

use super::{Db, StorageError, to_millis};
use chrono::{DateTime, Utc};
use std::time::Duration;

/// Counts one hit on `bucket` in the window that contains `now`, and returns the window's count
/// so far, this hit included. Windows older than a day are dropped on the way.
pub async fn hit(
    db: &Db,
    bucket: &str,
    window: Duration,
    now: DateTime<Utc>,
) -> Result<i64, StorageError> {
    let window_ms = i64::try_from(window.as_millis()).unwrap_or(i64::MAX).max(1);
    let now_ms = to_millis(now);
    let window_start = now_ms - now_ms.rem_euclid(window_ms);
    let mut tx = db.pool().begin().await?;
    sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
        .bind(now_ms - 86_400_000)
        .execute(&mut *tx)
        .await?;
    let hits: i64 = sqlx::query_scalar(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limits.hits + 1 \
         RETURNING hits",
    )
    .bind(bucket)
    .bind(window_start)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(hits)
}

/// When the window that contains `now` ends.
pub fn window_end(window: Duration, now: DateTime<Utc>) -> DateTime<Utc> {
    let window_ms = i64::try_from(window.as_millis()).unwrap_or(i64::MAX).max(1);
    let now_ms = to_millis(now);
    let end = now_ms - now_ms.rem_euclid(window_ms) + window_ms;
    DateTime::from_timestamp_millis(end).unwrap_or(now)
}
