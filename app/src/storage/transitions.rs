//! The rows a step writes: the complaint locked and read for the status machine, its new status
//! stored, its earlier text kept, its timeline entry appended, a duplicate linked to its
//! original. SQL only: what a step means is decided in [`crate::services::act`].

use super::complaints::ComplaintId;
use super::officers::OfficerId;
use super::rows::parse_status;
use super::{StorageError, Tx, from_millis, to_millis};
use crate::domain::complaint::Revision;
use crate::domain::sop::SopPin;
use crate::domain::status::{ComplaintState, Role, Status};
use crate::domain::timeline::EntryKind;
use crate::domain::tracking_code::TrackingCode;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// Takes the write lock on the complaint with `code` (the row's on PostgreSQL, the database's on
/// SQLite) and reads its state, inside `tx`: no other step can change it until `tx` ends.
/// `None` if no complaint has that code.
pub async fn lock(
    tx: &mut Tx,
    code: &TrackingCode,
) -> Result<Option<(ComplaintId, ComplaintState)>, StorageError> {
    Ok(lock_pinned(tx, code)
        .await?
        .map(|(id, state, _)| (id, state)))
}

/// [`lock`], with the SOP profile version the complaint was filed under, if it keeps one.
pub async fn lock_pinned(
    tx: &mut Tx,
    code: &TrackingCode,
) -> Result<Option<(ComplaintId, ComplaintState, Option<SopPin>)>, StorageError> {
    // Writing first takes the lock before the status is read.
    let Some(row) = sqlx::query(
        "UPDATE complaints SET updated_at = updated_at WHERE tracking_code = $1 \
         RETURNING id, status, reopen_count, sop_profile, sop_version",
    )
    .bind(code.as_str())
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(None);
    };
    let status: String = row.try_get("status")?;
    let reopen_count: i64 = row.try_get("reopen_count")?;
    let state = ComplaintState::restore(
        parse_status(&status)?,
        u32::try_from(reopen_count).unwrap_or(u32::MAX),
    );
    let pin = SopPin::stored(row.try_get("sop_profile")?, row.try_get("sop_version")?);
    Ok(Some((ComplaintId(row.try_get("id")?), state, pin)))
}

/// What one step changes in a complaint's row.
#[derive(Clone, Copy, Debug)]
pub struct StepRow<'a> {
    /// Its state after the step.
    pub after: ComplaintState,
    /// The agency it was dispatched to, with a dispatch.
    pub agency: Option<&'a str>,
    /// Who may see it, decided at verification (the stored code).
    pub visibility: Option<&'a str>,
    /// The reporter's comment, with a confirmation.
    pub comment: Option<&'a str>,
    /// Whether this step is the desk's first response (kept only the first time).
    pub responds: bool,
    /// Whether this step brings the answer to the reporter (kept only the first time).
    pub answers: bool,
    /// Whether the step puts the clock of the status it leaves on hold, to resume later
    /// ([`held_clock`]).
    pub holds_clock: bool,
    /// When the new status's clock counts from: the step's moment, or earlier for a clock that
    /// resumes.
    pub since: DateTime<Utc>,
}

/// Stores complaint `id`'s new status and what came with it, inside `tx`.
pub async fn store_step(
    tx: &mut Tx,
    id: ComplaintId,
    step: &StepRow<'_>,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let at = to_millis(now);
    // Every SET reads the row as it was: the held clock is the status_since being replaced.
    sqlx::query(
        "UPDATE complaints SET status = $1, reopen_count = $2, status_since = $10, \
         updated_at = $3, agency = COALESCE($4, agency), feedback = COALESCE($5, feedback), \
         visibility = COALESCE($6, visibility), \
         first_response_at = COALESCE(first_response_at, $8), \
         answered_at = COALESCE(answered_at, $9), \
         clock_held_since = CASE WHEN $11 = 1 THEN status_since ELSE NULL END WHERE id = $7",
    )
    .bind(step.after.status().code())
    .bind(i64::from(step.after.reopen_count()))
    .bind(at)
    .bind(step.agency)
    .bind(step.comment)
    .bind(step.visibility)
    .bind(id.0)
    .bind(step.responds.then_some(at))
    .bind(step.answers.then_some(at))
    .bind(to_millis(step.since))
    .bind(i64::from(step.holds_clock))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The clock complaint `id` has on hold, inside `tx`: when it began, and when it was put on hold
/// (the waiting status's since); `None` when none is.
pub async fn held_clock(
    tx: &mut Tx,
    id: ComplaintId,
) -> Result<Option<(DateTime<Utc>, DateTime<Utc>)>, StorageError> {
    let row = sqlx::query("SELECT clock_held_since, status_since FROM complaints WHERE id = $1")
        .bind(id.0)
        .fetch_one(&mut **tx)
        .await?;
    let held: Option<i64> = row.try_get("clock_held_since")?;
    let waiting: i64 = row.try_get("status_since")?;
    held.map(|held| Ok((from_millis(held)?, from_millis(waiting)?)))
        .transpose()
}

/// Replaces complaint `id`'s text with the reporter's `revision`, keeping the earlier text,
/// inside `tx`.
pub async fn store_revision(
    tx: &mut Tx,
    id: ComplaintId,
    revision: &Revision,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO complaint_revisions (complaint_id, at, title, content, address) \
         SELECT id, $1, title, content, address FROM complaints WHERE id = $2",
    )
    .bind(to_millis(now))
    .bind(id.0)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE complaints SET title = $1, content = $2, address = $3 WHERE id = $4")
        .bind(revision.title().as_str())
        .bind(revision.content().as_str())
        .bind(revision.address().as_str())
        .bind(id.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// One timeline entry to append.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// What it records.
    pub kind: EntryKind,
    /// Who acted.
    pub role: Role,
    /// The officer who acted, if one did.
    pub officer: Option<OfficerId>,
    /// The complaint's status after it (for a record beside the machine: the status it has).
    pub status: Status,
    /// What the timeline keeps of it.
    pub note: Option<&'a str>,
}

/// Appends `entry` to complaint `id`'s timeline inside `tx`, with the agency the complaint is with
/// now; returns the entry's id.
pub async fn record(
    tx: &mut Tx,
    id: ComplaintId,
    entry: &Entry<'_>,
    now: DateTime<Utc>,
) -> Result<i64, StorageError> {
    let event: i64 = sqlx::query_scalar(
        "INSERT INTO complaint_events (complaint_id, at, actor_role, action, status_after, note, \
         officer_id, agency) \
         SELECT $1, $2, $3, $4, $5, $6, $7, agency FROM complaints WHERE id = $1 RETURNING id",
    )
    .bind(id.0)
    .bind(to_millis(now))
    .bind(entry.role.code())
    .bind(entry.kind.code())
    .bind(entry.status.code())
    .bind(entry.note)
    .bind(entry.officer.map(|officer| officer.0))
    .fetch_one(&mut **tx)
    .await?;
    Ok(event)
}

/// Links complaint `id` as a duplicate of the one with tracking code `original`, or of the
/// complaint that one was itself merged into, inside `tx`; returns that complaint's id. `None`
/// when no other complaint has the code.
pub async fn link_duplicate(
    tx: &mut Tx,
    id: ComplaintId,
    original: &TrackingCode,
) -> Result<Option<ComplaintId>, StorageError> {
    let root: Option<i64> = sqlx::query_scalar(
        "SELECT COALESCE(duplicate_of, id) AS root FROM complaints WHERE tracking_code = $1",
    )
    .bind(original.as_str())
    .fetch_optional(&mut **tx)
    .await?;
    let Some(root) = root.filter(|root| *root != id.0) else {
        return Ok(None);
    };
    sqlx::query("UPDATE complaints SET duplicate_of = $1 WHERE id = $2")
        .bind(root)
        .bind(id.0)
        .execute(&mut **tx)
        .await?;
    Ok(Some(ComplaintId(root)))
}

/// Gives complaint `id` to `officer`, inside `tx`.
pub async fn set_assignee(
    tx: &mut Tx,
    id: ComplaintId,
    officer: OfficerId,
) -> Result<(), StorageError> {
    sqlx::query("UPDATE complaints SET assignee_id = $1 WHERE id = $2")
        .bind(officer.0)
        .bind(id.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
