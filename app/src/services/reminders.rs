//! Reminders, each sent at most once per wait: the record and its messages are written in one
//! transaction, so a crash, a restart or a second scheduler neither skips nor doubles one.

use super::notices;
use crate::domain::notice::{Notice, Notifier};
use crate::domain::officer::InCharge;
use crate::domain::status::Status;
use crate::domain::tracking_code::TrackingCode;
use crate::storage::complaints::ComplaintId;
use crate::storage::contacts;
use crate::storage::reminders::{Kind, OfficerReminder, Running, Waiting, record_once};
use crate::storage::{Db, StorageError};
use chrono::{DateTime, Utc};

/// Sends the reminder of this wait for the reporter, unless it was sent already: to confirm the
/// answer, or to complete what was returned to them ([`Waiting::status`]); without it the
/// complaint closes at `closes_at`, as shown. `true` when this call sent it.
pub async fn send_reporter_reminder(
    db: &Db,
    notifier: &Notifier,
    waiting: &Waiting,
    closes_at: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let closes_at = closes_at.to_owned();
    let (kind, notice) = if waiting.status == Status::ReturnedToReporter {
        (Kind::Completion, Notice::CompletionReminder { closes_at })
    } else {
        (
            Kind::Confirmation,
            Notice::ConfirmationReminder { closes_at },
        )
    };
    let mut tx = db.begin().await?;
    if !record_once(&mut tx, waiting.id, kind, waiting.since, now).await? {
        return Ok(false);
    }
    let code = &waiting.tracking_code;
    notices::tell_reporter(&mut tx, notifier, waiting.id, code, &notice, None, now).await?;
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
    if !record_once(&mut tx, id, Kind::PinLocked, window_start, now).await? {
        return Ok(false);
    }
    notices::tell_reporter(&mut tx, notifier, id, code, &Notice::PinLocked, None, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Queues `reminder` about `running`'s deadline (`deadline`, as shown) for every officer in
/// charge who has an e-mail address, unless this step already had it. `true` when this call sent
/// it.
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
    let kind = Kind::Officer(reminder);
    if !record_once(&mut tx, running.id, kind, running.since, now).await? {
        return Ok(false);
    }
    let emails =
        contacts::officers_in_charge(&mut tx, in_charge, running.agency.as_deref()).await?;
    let notice = Notice::OfficerDeadline {
        status: running.status,
        deadline: deadline.to_owned(),
        overdue: reminder == OfficerReminder::Overdue,
    };
    let code = &running.tracking_code;
    notices::tell_officers(&mut tx, notifier, running.id, code, &notice, &emails, now).await?;
    tx.commit().await?;
    Ok(true)
}
