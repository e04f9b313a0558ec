//! The reminders a complaint waiting for its reporter gets: at most one of each kind per wait.

use super::complaints::{ComplaintId, parse_status};
use super::transitions::{Notifier, tell_reporter};
use super::{Db, StorageError, from_millis, to_millis};
use crate::domain::status::Status;
use crate::domain::tracking_code::TrackingCode;
use crate::i18n::messages::Notice;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// A complaint waiting for its reporter's confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    /// Its id.
    pub id: ComplaintId,
    /// Its tracking code.
    pub tracking_code: TrackingCode,
    /// Since when it waits.
    pub since: DateTime<Utc>,
}

/// Every complaint waiting for its reporter's confirmation.
pub async fn awaiting_reporter(db: &Db) -> Result<Vec<Waiting>, StorageError> {
    let rows = sqlx::query(
        "SELECT id, tracking_code, status, status_since FROM complaints WHERE status = $1",
    )
    .bind(Status::AwaitingReporter.code())
    .fetch_all(db.pool())
    .await?;
    rows.into_iter()
        .map(|row| {
            let status: String = row.try_get("status")?;
            parse_status(&status)?;
            let code: String = row.try_get("tracking_code")?;
            Ok(Waiting {
                id: ComplaintId(row.try_get("id")?),
                tracking_code: TrackingCode::parse(&code)
                    .map_err(|_| StorageError::Corrupt(format!("tracking code {code:?}")))?,
                since: from_millis(row.try_get("status_since")?)?,
            })
        })
        .collect()
}

/// Sends the confirmation reminder of this wait, unless it was sent already: the record and the
/// message are written in one transaction, so a crash or a second scheduler neither skips nor
/// doubles it. `true` when this call sent it.
pub async fn send_confirmation_reminder(
    db: &Db,
    notifier: &Notifier,
    waiting: &Waiting,
    closes_at: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let mut tx = db.pool().begin().await?;
    let inserted = sqlx::query(
        "INSERT INTO reminders (complaint_id, kind, cycle_start, sent_at) \
         VALUES ($1, 'confirmation', $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(waiting.id.0)
    .bind(to_millis(waiting.since))
    .bind(to_millis(now))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if inserted == 0 {
        return Ok(false);
    }
    let notice = Notice::ConfirmationReminder {
        closes_at: closes_at.to_owned(),
    };
    tell_reporter(
        &mut tx,
        notifier,
        waiting.id,
        &waiting.tracking_code,
        &notice,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}
