//! The days off the office calendar skips, kept by the system administrator and shared by every
//! instance (see [`crate::domain::sop::days_off`]).

use super::{Db, StorageError, to_millis};
use crate::domain::sop::{DayOff, DayOffKind, days_off};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

/// The `desk_settings` row that records the shipped decree was written in.
const SEEDED: &str = "days_off_seeded";

/// The profile a day belongs to: none (empty) for the decree's days, `profile_id` for a
/// regional one.
fn owner(kind: DayOffKind, profile_id: &str) -> &str {
    if kind.is_national() { "" } else { profile_id }
}

/// Writes the decree shipped with the portal ([`days_off::shipped`]) into a database that never
/// had it, once: a day the administrator removed later stays removed across restarts.
pub async fn seed_shipped(db: &Db, now: DateTime<Utc>) -> Result<bool, StorageError> {
    let mut tx = db.begin().await?;
    let claimed = sqlx::query(
        "INSERT INTO desk_settings (name, value, changed_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO NOTHING",
    )
    .bind(SEEDED)
    .bind("shipped")
    .bind(to_millis(now))
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if claimed {
        for day in days_off::shipped() {
            upsert(&mut tx, "", &day, now).await?;
        }
    }
    tx.commit().await?;
    Ok(claimed)
}

async fn upsert(
    tx: &mut super::Tx,
    profile_id: &str,
    day: &DayOff,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO days_off (day, profile_id, kind, name, changed_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (day, profile_id) DO UPDATE SET kind = $3, name = $4, changed_at = $5",
    )
    .bind(day.date.format("%Y-%m-%d").to_string())
    .bind(owner(day.kind, profile_id))
    .bind(day.kind.code())
    .bind(&day.name)
    .bind(to_millis(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Adds `days` (or changes the kind and name of those already there on the same date), the
/// regional ones for `profile_id`; all or none.
pub async fn put(
    db: &Db,
    profile_id: &str,
    days: &[DayOff],
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let mut tx = db.begin().await?;
    for day in days {
        upsert(&mut tx, profile_id, day, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Removes the day off on `date` of `kind`'s owner (the decree's, or `profile_id`'s regional
/// one); whether there was one.
pub async fn remove(
    db: &Db,
    profile_id: &str,
    date: NaiveDate,
    kind: DayOffKind,
) -> Result<bool, StorageError> {
    let removed = sqlx::query("DELETE FROM days_off WHERE day = $1 AND profile_id = $2")
        .bind(date.format("%Y-%m-%d").to_string())
        .bind(owner(kind, profile_id))
        .execute(db.pool())
        .await?
        .rows_affected();
    Ok(removed > 0)
}

/// The days off under `profile_id`: the decree's and its regional ones, by date. A row that no
/// longer reads (edited by hand into nonsense) is skipped and logged.
pub async fn list(db: &Db, profile_id: &str) -> Result<Vec<DayOff>, StorageError> {
    let rows = sqlx::query(
        "SELECT day, kind, name FROM days_off WHERE profile_id = '' OR profile_id = $1 \
         ORDER BY day, profile_id",
    )
    .bind(profile_id)
    .fetch_all(db.pool())
    .await?;
    let mut days = Vec::with_capacity(rows.len());
    for row in rows {
        let (day, kind, name): (String, String, String) =
            (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
        match (
            NaiveDate::parse_from_str(&day, "%Y-%m-%d"),
            DayOffKind::parse_code(&kind),
        ) {
            (Ok(date), Some(kind)) => days.push(DayOff { date, kind, name }),
            _ => tracing::error!(day, kind, "a stored day off does not read; skipped"),
        }
    }
    Ok(days)
}
