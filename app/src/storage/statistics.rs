//! The statistics' storage: the daily tallies ([`crate::domain::statistics`]) kept in step with
//! every filing and transition, read back as sums over a period. Raw counts: publishing goes
//! through [`crate::domain::disclosure`].

use super::{Db, StorageError, from_millis, to_millis};
use crate::domain::location::GeoPoint;
use crate::domain::statistics::{Dimension, Facts, Tally};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;
use std::collections::BTreeMap;

/// How far from a district's centroid a complaint still counts in it.
const DISTRICT_REACH_M: f64 = 15_000.0;

/// A complaint's facts as stored, with the instants its step clock needs.
#[derive(Clone, Debug)]
pub struct Stored {
    /// What the statistics count it by.
    pub facts: Facts,
    /// When its current step falls due.
    pub step_due_at: Option<DateTime<Utc>>,
}

/// Reads the facts of complaint `id` inside `tx`.
pub async fn stored(tx: &mut super::Tx, id: i64) -> Result<Stored, StorageError> {
    let row = sqlx::query(
        "SELECT filed_on, status, category, agency, channel, district, reopen_count, rating, \
         created_at, first_response_at, answered_at, step_due_at FROM complaints WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    let created: i64 = row.try_get("created_at")?;
    let minutes_since_filing = |column: &str| -> Result<Option<i64>, StorageError> {
        let at: Option<i64> = row.try_get(column)?;
        Ok(at.map(|at| (at - created) / 60_000))
    };
    let filed_on: String = row.try_get("filed_on")?;
    let status: String = row.try_get("status")?;
    let reopen_count: i64 = row.try_get("reopen_count")?;
    let rating: Option<i64> = row.try_get("rating")?;
    let step_due_at: Option<i64> = row.try_get("step_due_at")?;
    Ok(Stored {
        facts: Facts {
            filed_on: parse_day(&filed_on)?,
            status: super::rows::parse_status(&status)?,
            category: row.try_get("category")?,
            agency: row.try_get("agency")?,
            channel: row.try_get("channel")?,
            district: row.try_get("district")?,
            reopened: reopen_count > 0,
            rating: rating.and_then(|rating| u8::try_from(rating).ok()),
            first_response_minutes: minutes_since_filing("first_response_at")?,
            answer_minutes: minutes_since_filing("answered_at")?,
        },
        step_due_at: step_due_at.map(from_millis).transpose()?,
    })
}

fn parse_day(text: &str) -> Result<NaiveDate, StorageError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| StorageError::Corrupt(format!("day {text:?}")))
}

/// Adds `deltas` to the daily tallies, inside `tx`.
pub async fn apply(tx: &mut super::Tx, deltas: &[(Tally, i64)]) -> Result<(), StorageError> {
    for (tally, delta) in deltas {
        sqlx::query(
            "INSERT INTO stats_daily (day, dimension, key, n) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (day, dimension, key) DO UPDATE SET n = stats_daily.n + excluded.n",
        )
        .bind(tally.day.to_string())
        .bind(tally.dimension.code())
        .bind(tally.key.as_str())
        .bind(*delta)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// The district nearest `point`, from the desk's list (those offered), inside `tx`.
pub async fn district_of(
    tx: &mut super::Tx,
    point: GeoPoint,
) -> Result<Option<String>, StorageError> {
    let rows = sqlx::query("SELECT code, latitude, longitude FROM districts WHERE active = 1")
        .fetch_all(&mut **tx)
        .await?;
    let mut places = Vec::with_capacity(rows.len());
    for row in rows {
        let code: String = row.try_get("code")?;
        let (latitude, longitude): (f64, f64) =
            (row.try_get("latitude")?, row.try_get("longitude")?);
        if let Ok(centroid) = GeoPoint::new(latitude, longitude) {
            places.push((code, centroid));
        }
    }
    Ok(point
        .nearest(
            places.iter().map(|(code, centroid)| (code, *centroid)),
            DISTRICT_REACH_M,
        )
        .cloned())
}

/// Stores when complaint `id`'s current step falls due, inside `tx`.
pub async fn set_step_due(
    tx: &mut super::Tx,
    id: i64,
    due: Option<DateTime<Utc>>,
) -> Result<(), StorageError> {
    sqlx::query("UPDATE complaints SET step_due_at = $1 WHERE id = $2")
        .bind(due.map(to_millis))
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The number of the latest timeline entry: it grows with every filing and every step, the
/// changes that move the statistics. Cheap (the largest key of an index).
pub async fn last_change(db: &Db) -> Result<i64, StorageError> {
    Ok(
        sqlx::query_scalar("SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM complaint_events")
            .fetch_one(db.pool())
            .await?,
    )
}

/// The tallies summed over the days from `from` to `to` (both included): by dimension code, then
/// key.
pub async fn sums(
    db: &Db,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<BTreeMap<String, BTreeMap<String, u64>>, StorageError> {
    let rows = sqlx::query(
        "SELECT dimension, key, CAST(SUM(n) AS BIGINT) AS n FROM stats_daily \
         WHERE day >= $1 AND day <= $2 GROUP BY dimension, key",
    )
    .bind(from.to_string())
    .bind(to.to_string())
    .fetch_all(db.pool())
    .await?;
    let mut sums = BTreeMap::<String, BTreeMap<String, u64>>::new();
    for row in rows {
        let n: i64 = row.try_get("n")?;
        if n > 0 {
            sums.entry(row.try_get("dimension")?)
                .or_default()
                .insert(row.try_get("key")?, u64::try_from(n).unwrap_or_default());
        }
    }
    Ok(sums)
}

/// Complaints filed in each month (`YYYY-MM`) from `from` to `to` (both included).
pub async fn by_month(
    db: &Db,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<(String, u64)>, StorageError> {
    let rows = sqlx::query(
        "SELECT substr(day, 1, 7) AS month, CAST(SUM(n) AS BIGINT) AS n FROM stats_daily \
         WHERE dimension = $1 AND day >= $2 AND day <= $3 GROUP BY substr(day, 1, 7) \
         ORDER BY month",
    )
    .bind(Dimension::Status.code())
    .bind(from.to_string())
    .bind(to.to_string())
    .fetch_all(db.pool())
    .await?;
    let mut months = Vec::with_capacity(rows.len());
    for row in rows {
        let n: i64 = row.try_get("n")?;
        if n > 0 {
            months.push((row.try_get("month")?, u64::try_from(n).unwrap_or_default()));
        }
    }
    Ok(months)
}

/// A tally that differs from a count of the complaints themselves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mismatch {
    /// The day.
    pub day: String,
    /// The dimension code.
    pub dimension: String,
    /// The key.
    pub key: String,
    /// The tally kept.
    pub kept: i64,
    /// The count of the complaints.
    pub counted: i64,
}

/// Checks the kept tallies of what complaints are now (status, category, agency, channel,
/// district, reopened, rating) against a count of the complaints themselves: empty when they
/// agree (`aduan stats verify`, and the tests).
pub async fn verify(db: &Db) -> Result<Vec<Mismatch>, StorageError> {
    let mut counted = BTreeMap::<(String, String, String), i64>::new();
    for (dimension, expression, filter) in [
        ("status", "status", "1 = 1"),
        ("category", "COALESCE(category, '')", "1 = 1"),
        ("agency", "COALESCE(agency, '')", "1 = 1"),
        ("channel", "channel", "1 = 1"),
        ("district", "COALESCE(district, '')", "1 = 1"),
        ("reopened", "'1'", "reopen_count > 0"),
        ("rating", "CAST(rating AS TEXT)", "rating IS NOT NULL"),
    ] {
        let rows = sqlx::query(&format!(
            "SELECT filed_on, {expression} AS k, CAST(COUNT(*) AS BIGINT) AS n FROM complaints \
             WHERE {filter} GROUP BY 1, 2"
        ))
        .fetch_all(db.pool())
        .await?;
        for row in rows {
            counted.insert(
                (
                    row.try_get("filed_on")?,
                    dimension.to_owned(),
                    row.try_get("k")?,
                ),
                row.try_get("n")?,
            );
        }
    }
    let rows = sqlx::query(
        "SELECT day, dimension, key, n FROM stats_daily WHERE dimension IN \
         ('status', 'category', 'agency', 'channel', 'district', 'reopened', 'rating')",
    )
    .fetch_all(db.pool())
    .await?;
    let mut kept = BTreeMap::<(String, String, String), i64>::new();
    for row in rows {
        let n: i64 = row.try_get("n")?;
        if n != 0 {
            kept.insert(
                (
                    row.try_get("day")?,
                    row.try_get("dimension")?,
                    row.try_get("key")?,
                ),
                n,
            );
        }
    }
    let mut mismatches = Vec::new();
    let keys: std::collections::BTreeSet<_> = counted.keys().chain(kept.keys()).cloned().collect();
    for key in keys {
        let (kept, counted) = (
            kept.get(&key).copied().unwrap_or_default(),
            counted.get(&key).copied().unwrap_or_default(),
        );
        if kept != counted {
            let (day, dimension, key) = key;
            mismatches.push(Mismatch {
                day,
                dimension,
                key,
                kept,
                counted,
            });
        }
    }
    Ok(mismatches)
}

/// How an agency fared with the desk in a period: dispatches it received, dispatches it returned
/// as not its business, answers the desk sent back for fixing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgencyBounces {
    /// The agency's name.
    pub agency: String,
    /// Dispatched to it.
    pub dispatched: u64,
    /// Returned by it to the main desk.
    pub returned: u64,
    /// Its answers sent back by the main desk.
    pub sent_back: u64,
    /// Dispatches the main desk pulled back from it.
    pub recalled: u64,
    /// Reminders the main desk sent it.
    pub reminded: u64,
}

/// Dispatches, returned dispatches, answers sent back, recalls and reminders per agency, for steps taken from `from`
/// (inclusive) to `to` (exclusive), by agency name.
pub async fn bounces(
    db: &Db,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<AgencyBounces>, StorageError> {
    let rows = sqlx::query(
        "SELECT COALESCE(a.name, e.agency) AS agency, e.action, COUNT(*) AS n \
         FROM complaint_events e LEFT JOIN agencies a ON a.code = e.agency \
         WHERE e.at >= $1 AND e.at < $2 AND e.agency IS NOT NULL \
         AND e.action IN ('dispatch', 'return_dispatch', 'send_back', 'recall', 'remind_agency') \
         GROUP BY COALESCE(a.name, e.agency), e.action",
    )
    .bind(to_millis(from))
    .bind(to_millis(to))
    .fetch_all(db.pool())
    .await?;
    let mut by_agency = std::collections::BTreeMap::<String, AgencyBounces>::new();
    for row in rows {
        let agency: String = row.try_get("agency")?;
        let action: String = row.try_get("action")?;
        let n: i64 = row.try_get("n")?;
        let entry = by_agency
            .entry(agency.clone())
            .or_insert_with(|| AgencyBounces {
                agency,
                ..AgencyBounces::default()
            });
        let count = u64::try_from(n).unwrap_or_default();
        match action.as_str() {
            "dispatch" => entry.dispatched += count,
            "return_dispatch" => entry.returned += count,
            "recall" => entry.recalled += count,
            "remind_agency" => entry.reminded += count,
            _ => entry.sent_back += count,
        }
    }
    Ok(by_agency.into_values().collect())
}
