//! Hit counters for rate limits, in the database so every server instance shares them.
//!
//! Each bucket counts hits per fixed window, and a limit is checked against a sliding estimate:
//! this window's hits plus the previous window's, weighted by how much of it still overlaps the
//! last full window's length. A client cannot spend a whole allowance at the end of one window and
//! another at the start of the next.

use super::{Db, StorageError, to_millis};
use chrono::{DateTime, Utc};
use std::time::Duration;

/// Counts one hit on `bucket` at `now`, and returns the hits in the last `window` so far, this
/// one included (the sliding estimate, rounded up). Windows older than a day are dropped on the
/// way.
pub async fn hit(
    db: &Db,
    bucket: &str,
    window: Duration,
    now: DateTime<Utc>,
) -> Result<i64, StorageError> {
    let (window_ms, now_ms, window_start) = window_at(window, now);
    let mut tx = db.begin().await?;
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
    let previous: Option<i64> =
        sqlx::query_scalar("SELECT hits FROM rate_limits WHERE bucket = $1 AND window_start = $2")
            .bind(bucket)
            .bind(window_start - window_ms)
            .fetch_optional(&mut *tx)
            .await?;
    tx.commit().await?;
    let overlap = window_ms - (now_ms - window_start);
    Ok(hits + sliding_share(previous.unwrap_or(0), overlap, window_ms))
}

/// The hits on `bucket` in the last `window` at `now` (the sliding estimate), without counting one.
pub async fn hits(
    db: &Db,
    bucket: &str,
    window: Duration,
    now: DateTime<Utc>,
) -> Result<i64, StorageError> {
    let (window_ms, now_ms, window_start) = window_at(window, now);
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT window_start, hits FROM rate_limits WHERE bucket = $1 AND window_start >= $2",
    )
    .bind(bucket)
    .bind(window_start - window_ms)
    .fetch_all(db.pool())
    .await?;
    let of = |start: i64| {
        rows.iter()
            .find(|(window, _)| *window == start)
            .map_or(0, |(_, hits)| *hits)
    };
    let overlap = window_ms - (now_ms - window_start);
    Ok(of(window_start) + sliding_share(of(window_start - window_ms), overlap, window_ms))
}

/// The window's length, `now` and the start of the window holding it, in milliseconds.
fn window_at(window: Duration, now: DateTime<Utc>) -> (i64, i64, i64) {
    let window_ms = i64::try_from(window.as_millis()).unwrap_or(i64::MAX).max(1);
    let now_ms = to_millis(now);
    (window_ms, now_ms, now_ms - now_ms.rem_euclid(window_ms))
}

/// `previous` hits weighted by `overlap / window`, rounded up.
fn sliding_share(previous: i64, overlap: i64, window: i64) -> i64 {
    let weighted = i128::from(previous) * i128::from(overlap);
    let share = (weighted + i128::from(window) - 1) / i128::from(window);
    i64::try_from(share).unwrap_or(i64::MAX)
}

/// A limit on how often one client may do one thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    /// What is counted: the prefix of its buckets.
    pub action: &'static str,
    /// Hits allowed per window.
    pub max: i64,
    /// The window.
    pub window: Duration,
}

impl Limit {
    /// Counts one hit by `client` at `now` and tells whether it goes over the limit. `client` is
    /// a keyed pseudonym ([`crate::personal_data::Protector::pseudonym`] of an address or a
    /// username), never the personal data itself.
    pub async fn exceeded(
        &self,
        db: &Db,
        client: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let hits = hit(db, &format!("{}:{client}", self.action), self.window, now).await?;
        Ok(hits > self.max)
    }

    /// Whether `client` has used up its allowance at `now`, without counting a hit: for limits
    /// that count only failures ([`Limit::count`] after each one).
    pub async fn used_up(
        &self,
        db: &Db,
        client: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StorageError> {
        let bucket = format!("{}:{client}", self.action);
        Ok(hits(db, &bucket, self.window, now).await? >= self.max)
    }

    /// Counts one hit by `client` at `now`; the hits in the window so far, this one included.
    pub async fn count(
        &self,
        db: &Db,
        client: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, StorageError> {
        hit(db, &format!("{}:{client}", self.action), self.window, now).await
    }

    /// How long until the current window ends: when to try again.
    pub fn retry_after(&self, now: DateTime<Utc>) -> chrono::Duration {
        window_end(self.window, now) - now
    }
}

/// When the window that contains `now` ends.
pub fn window_end(window: Duration, now: DateTime<Utc>) -> DateTime<Utc> {
    let (window_ms, _, start) = window_at(window, now);
    let end = start + window_ms;
    DateTime::from_timestamp_millis(end).unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::sliding_share;

    #[test]
    fn the_previous_window_counts_as_much_as_it_still_overlaps() {
        assert_eq!(sliding_share(5, 60_000, 60_000), 5);
        assert_eq!(sliding_share(5, 59_000, 60_000), 5, "rounded up");
        assert_eq!(sliding_share(10, 30_000, 60_000), 5);
        assert_eq!(sliding_share(10, 1, 60_000), 1);
        assert_eq!(sliding_share(0, 60_000, 60_000), 0);
    }
}
