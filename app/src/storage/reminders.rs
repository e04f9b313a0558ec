//! Reminders, at most one of each kind per wait: the reporter's confirmation reminder, and the
//! officers' reminders that a step's SOP deadline nears or has passed.

use super::complaints::{ComplaintId, parse_status};
use super::outbox::{self, NewMessage, Transport};
use super::transitions::{Notifier, tell_reporter};
use super::{Db, StorageError, from_millis, to_millis};
use crate::domain::notice::Notice;
use crate::domain::notice::compose;
use crate::domain::officer::{InCharge, OfficerRole};
use crate::domain::status::Status;
use crate::domain::tracking_code::TrackingCode;
use crate::i18n::Locale;
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

/// Records reminder `kind` of complaint `id` for the cycle that began at `cycle_start`, inside
/// `tx`, unless it was recorded already: `true` when this call recorded it (and so must send it).
/// The record and its message share the transaction, so a crash or a second scheduler neither
/// skips nor doubles one.
async fn record_once(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: ComplaintId,
    kind: &str,
    cycle_start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let inserted = sqlx::query(
        "INSERT INTO reminders (complaint_id, kind, cycle_start, sent_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind(id.0)
    .bind(kind)
    .bind(to_millis(cycle_start))
    .bind(to_millis(now))
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(inserted == 1)
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
    let mut tx = db.begin().await?;
    if !record_once(&mut tx, waiting.id, "confirmation", waiting.since, now).await? {
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

/// Records that the PIN attempts on complaint `id` were locked for the window that began at
/// `window_start`, and tells its reporter through their channel, once per window (a second
/// instance, or the next wrong PIN, finds the record). `true` when this call recorded it.
pub async fn lock_pin_attempts(
    db: &Db,
    notifier: &Notifier,
    id: ComplaintId,
    code: &TrackingCode,
    window_start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let mut tx = db.begin().await?;
    if !record_once(&mut tx, id, "pin_locked", window_start, now).await? {
        return Ok(false);
    }
    tell_reporter(&mut tx, notifier, id, code, &Notice::PinLocked, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// When the PIN attempts on complaint `id` were last locked, if since `since`: the desk sees it.
pub async fn pin_locked_since(
    db: &Db,
    id: ComplaintId,
    since: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, StorageError> {
    let at: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(sent_at) FROM reminders WHERE complaint_id = $1 AND kind = 'pin_locked' \
         AND sent_at >= $2",
    )
    .bind(id.0)
    .bind(to_millis(since))
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
}

/// The officers' reminders about a step's deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficerReminder {
    /// The deadline nears.
    DueSoon,
    /// The deadline has passed.
    Overdue,
}

impl OfficerReminder {
    const fn kind(self) -> &'static str {
        match self {
            OfficerReminder::DueSoon => "officer_due_soon",
            OfficerReminder::Overdue => "officer_overdue",
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
        "SELECT c.id, c.tracking_code, c.status, c.status_since, c.agency FROM complaints c \
         WHERE c.status IN ('{}') AND NOT EXISTS (SELECT 1 FROM reminders r \
         WHERE r.complaint_id = c.id AND r.kind = '{}' AND r.cycle_start = c.status_since)",
        statuses.join("', '"),
        OfficerReminder::Overdue.kind(),
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
                tracking_code: TrackingCode::parse(&code)
                    .map_err(|_| StorageError::Corrupt(format!("tracking code {code:?}")))?,
                status: parse_status(&status)?,
                since: from_millis(row.try_get("status_since")?)?,
                agency: row.try_get("agency")?,
            })
        })
        .collect()
}

/// Queues `reminder` about `running`'s deadline for every officer in charge who has an e-mail
/// address, unless this step already had it: the record and the messages are written in one
/// transaction, so restarts and a second scheduler neither skip nor double it. `true` when this
/// call sent it.
pub async fn send_officer_reminder(
    db: &Db,
    notifier: &Notifier,
    running: &Running,
    reminder: OfficerReminder,
    deadline: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let Some(in_charge) = InCharge::of(running.status) else {
        return Ok(false);
    };
    let mut tx = db.begin().await?;
    if !record_once(&mut tx, running.id, reminder.kind(), running.since, now).await? {
        return Ok(false);
    }
    let recipients: Vec<String> =
        match in_charge {
            InCharge::MainDesk => sqlx::query_scalar(
                "SELECT email FROM officers WHERE role = $1 AND active = 1 AND email IS NOT NULL",
            )
            .bind(OfficerRole::MainDesk.code())
            .fetch_all(&mut *tx)
            .await?,
            InCharge::Agency => {
                sqlx::query_scalar(
                    "SELECT email FROM officers WHERE agency = $1 AND role IN ($2, $3, $4) \
                 AND active = 1 AND email IS NOT NULL",
                )
                .bind(running.agency.as_deref())
                .bind(OfficerRole::AgencyAdmin.code())
                .bind(OfficerRole::Liaison.code())
                .bind(OfficerRole::AgencyHead.code())
                .fetch_all(&mut *tx)
                .await?
            }
        };
    let notice = Notice::OfficerDeadline {
        status: running.status,
        deadline: deadline.to_owned(),
        overdue: reminder == OfficerReminder::Overdue,
    };
    let code = running.tracking_code.as_str();
    let (subject, body) = compose(&notice, code, &notifier.desk_link(code), Locale::Id);
    for recipient in &recipients {
        outbox::enqueue(
            &mut tx,
            &NewMessage {
                complaint: Some(running.id),
                transport: Transport::Email,
                recipient,
                locale: Locale::Id.code(),
                subject: &subject,
                body: &body,
                sealed_secret: None,
            },
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}
