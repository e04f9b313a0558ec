//! The record of reminders, at most one of each kind per wait (the reporter's confirmation
//! reminder, a PIN lock's notice, the officers' reminders that a step's SOP deadline nears or has
//! passed), and the complaints that may be due one. Sending them is
//! [`crate::services::reminders`].

use super::complaints::ComplaintId;
use super::rows::parse_status;
use super::rows::parse_tracking_code;
use super::{Db, StorageError, Tx, from_millis, to_millis};
use crate::domain::officer::InCharge;
use crate::domain::sop::SopPin;
use crate::domain::status::Status;
use crate::domain::tracking_code::TrackingCode;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// A complaint waiting for its reporter: their confirmation, or the completion of what was
/// returned to them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waiting {
    /// Its id.
    pub id: ComplaintId,
    /// Its tracking code.
    pub tracking_code: TrackingCode,
    /// Since when it waits.
    pub since: DateTime<Utc>,
    /// What it waits for: [`Status::AwaitingReporter`] (the confirmation of an answer) or
    /// [`Status::ReturnedToReporter`] (the completion of what was returned).
    pub status: Status,
    /// The SOP profile version it was filed under, if it keeps one.
    pub sop: Option<SopPin>,
}

/// Every complaint waiting for its reporter's confirmation.
pub async fn awaiting_reporter(db: &Db) -> Result<Vec<Waiting>, StorageError> {
    waiting_in(db, Status::AwaitingReporter).await
}

/// Every complaint returned to its reporter to complete.
pub async fn returned_to_reporter(db: &Db) -> Result<Vec<Waiting>, StorageError> {
    waiting_in(db, Status::ReturnedToReporter).await
}

async fn waiting_in(db: &Db, status: Status) -> Result<Vec<Waiting>, StorageError> {
    let rows = sqlx::query(
        "SELECT id, tracking_code, status, status_since, sop_profile, sop_version \
         FROM complaints WHERE status = $1",
    )
    .bind(status.code())
    .fetch_all(db.pool())
    .await?;
    rows.into_iter()
        .map(|row| {
            let status: String = row.try_get("status")?;
            let status = parse_status(&status)?;
            let code: String = row.try_get("tracking_code")?;
            Ok(Waiting {
                id: ComplaintId(row.try_get("id")?),
                tracking_code: parse_tracking_code(&code)?,
                since: from_millis(row.try_get("status_since")?)?,
                status,
                sop: SopPin::stored(row.try_get("sop_profile")?, row.try_get("sop_version")?),
            })
        })
        .collect()
}

/// Records reminder `kind` of complaint `id` for the cycle that began at `cycle_start`, inside
/// `tx`, unless it was recorded already: `true` when this call recorded it (and so must send it).
/// The record and its message share the transaction, so a crash or a second scheduler neither
/// skips nor doubles one.
pub async fn record_once(
    tx: &mut Tx,
    id: ComplaintId,
    kind: Kind,
    cycle_start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let inserted = sqlx::query(
        "INSERT INTO reminders (complaint_id, kind, cycle_start, sent_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind(id.0)
    .bind(kind.code())
    .bind(to_millis(cycle_start))
    .bind(to_millis(now))
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}

/// When the PIN attempts on complaint `id` were last locked, if since `since`: the desk sees it.
pub async fn pin_locked_since(
    db: &Db,
    id: ComplaintId,
    since: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, StorageError> {
    let at: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(sent_at) FROM reminders WHERE complaint_id = $1 AND kind = $3 \
         AND sent_at >= $2",
    )
    .bind(id.0)
    .bind(to_millis(since))
    .bind(Kind::PinLocked.code())
    .fetch_one(db.pool())
    .await?;
    at.map(super::from_millis).transpose()
}

/// A complaint whose SOP clock runs for officers (see [`InCharge`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Running {
    /// Its id.
    pub id: ComplaintId,
    /// Its tracking code.
    pub tracking_code: TrackingCode,
    /// Its status.
    pub status: Status,
    /// Since when it is in that status: the start of the step's clock.
    pub since: DateTime<Utc>,
    /// The agency it is dispatched to, if it is.
    pub agency: Option<String>,
    /// The SOP profile version it was filed under, if it keeps one.
    pub sop: Option<SopPin>,
}

/// The officers' reminders about a step's deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficerReminder {
    /// The deadline nears.
    DueSoon,
    /// The deadline has passed.
    Overdue,
}

/// What a reminder record is of: one of each per complaint and cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The reporter's confirmation reminder; its cycle is the wait for their answer.
    Confirmation,
    /// The reminder to complete a returned complaint; its cycle is the wait for it.
    Completion,
    /// The PIN attempts locked; its cycle is the lock's window.
    PinLocked,
    /// An officers' reminder; its cycle is the step.
    Officer(OfficerReminder),
}

impl Kind {
    const fn code(self) -> &'static str {
        match self {
            Kind::Confirmation => "confirmation",
            Kind::Completion => "completion",
            Kind::PinLocked => "pin_locked",
            Kind::Officer(OfficerReminder::DueSoon) => "officer_due_soon",
            Kind::Officer(OfficerReminder::Overdue) => "officer_overdue",
        }
    }
}

/// Every complaint whose step's clock runs for officers and that has not yet had its overdue
/// reminder for this step.
pub async fn running_for_officers(db: &Db) -> Result<Vec<Running>, StorageError> {
    let statuses: Vec<&str> = Status::ALL
        .into_iter()
        .filter(|status| InCharge::of(*status).is_some())
        .map(Status::code)
        .collect();
    // Status codes come from the enum, never from a request: safe to inline.
    let sql = format!(
        "SELECT c.id, c.tracking_code, c.status, c.status_since, c.agency, c.sop_profile, \
         c.sop_version FROM complaints c \
         WHERE c.status IN ('{}') AND NOT EXISTS (SELECT 1 FROM reminders r \
         WHERE r.complaint_id = c.id AND r.kind = '{}' AND r.cycle_start = c.status_since)",
        statuses.join("', '"),
        Kind::Officer(OfficerReminder::Overdue).code(),
    );
    sqlx::query(&sql)
        .fetch_all(db.pool())
        .await?
        .into_iter()
        .map(|row| {
            let status: String = row.try_get("status")?;
            let code: String = row.try_get("tracking_code")?;
            Ok(Running {
                id: ComplaintId(row.try_get("id")?),
                tracking_code: parse_tracking_code(&code)?,
                status: parse_status(&status)?,
                since: from_millis(row.try_get("status_since")?)?,
                agency: row.try_get("agency")?,
                sop: SopPin::stored(row.try_get("sop_profile")?, row.try_get("sop_version")?),
            })
        })
        .collect()
}
