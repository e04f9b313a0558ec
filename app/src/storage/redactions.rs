//! Removing personal details from what others see of a complaint: the reporter's requests and the
//! desk's public version of the title and text ([`crate::domain::redaction`]). The original text
//! is never changed here; public pages read `COALESCE(public_title, title)`.

use super::complaints::ComplaintId;
use super::officers::OfficerId;
use super::rows::parse_status;
use super::transitions::{Entry, record};
use super::{Db, StorageError, from_millis, to_millis};
use crate::domain::redaction::{PublicText, RedactionRequest};
use crate::domain::status::Role;
use crate::domain::timeline::EntryKind;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// A reporter's request the desk has not handled yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingRequest {
    /// When it was made.
    pub at: DateTime<Utc>,
    /// What the reporter wants removed (personal data: main desk only).
    pub note: String,
}

/// Records the reporter's request for complaint `id`, with its timeline entry. The same request
/// again while the first waits (a doubled tap) records nothing more; returns whether it was new.
pub async fn request(
    db: &Db,
    id: ComplaintId,
    request: &RedactionRequest,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let mut tx = db.begin().await?;
    // Writing first takes the write lock, so two identical requests cannot both pass the check.
    let status: String = sqlx::query_scalar(
        "UPDATE complaints SET updated_at = updated_at WHERE id = $1 RETURNING status",
    )
    .bind(id.0)
    .fetch_one(&mut *tx)
    .await?;
    let repeated: i64 = sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM redaction_requests \
         WHERE complaint_id = $1 AND handled_at IS NULL AND note = $2",
    )
    .bind(id.0)
    .bind(request.as_str())
    .fetch_one(&mut *tx)
    .await?;
    if repeated > 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO redaction_requests (complaint_id, requested_at, note) VALUES ($1, $2, $3)",
    )
    .bind(id.0)
    .bind(to_millis(now))
    .bind(request.as_str())
    .execute(&mut *tx)
    .await?;
    let entry = Entry {
        kind: EntryKind::RedactionRequested,
        role: Role::Reporter,
        officer: None,
        status: parse_status(&status)?,
        note: None,
    };
    record(&mut tx, id, &entry, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// The requests of complaint `id` the desk has not handled, oldest first.
pub async fn pending(db: &Db, id: ComplaintId) -> Result<Vec<PendingRequest>, StorageError> {
    sqlx::query(
        "SELECT requested_at, note FROM redaction_requests \
         WHERE complaint_id = $1 AND handled_at IS NULL ORDER BY requested_at, id",
    )
    .bind(id.0)
    .fetch_all(db.pool())
    .await?
    .into_iter()
    .map(|row| {
        Ok(PendingRequest {
            at: from_millis(row.try_get("requested_at")?)?,
            note: row.try_get("note")?,
        })
    })
    .collect()
}

/// Sets the public version of complaint `id`'s title and text, marks its pending requests as
/// handled by `officer` and records the step on the timeline, all or nothing.
pub async fn redact(
    db: &Db,
    id: ComplaintId,
    officer: OfficerId,
    text: &PublicText,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let at = to_millis(now);
    let mut tx = db.begin().await?;
    let status: String = sqlx::query_scalar(
        "UPDATE complaints SET public_title = $1, public_content = $2, updated_at = $3 \
         WHERE id = $4 RETURNING status",
    )
    .bind(text.title().as_str())
    .bind(text.content().as_str())
    .bind(at)
    .bind(id.0)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE redaction_requests SET handled_at = $1, handled_by = $2 \
         WHERE complaint_id = $3 AND handled_at IS NULL",
    )
    .bind(at)
    .bind(officer.0)
    .bind(id.0)
    .execute(&mut *tx)
    .await?;
    let entry = Entry {
        kind: EntryKind::Redacted,
        role: Role::MainDesk,
        officer: Some(officer),
        status: parse_status(&status)?,
        note: None,
    };
    record(&mut tx, id, &entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Records `key` (already in the blob store) as the public copy of complaint `id`'s photo at
/// `position`, with the step on the timeline; `false` when there is no such photo.
pub async fn set_public_photo(
    db: &Db,
    id: ComplaintId,
    position: u32,
    key: &str,
    officer: OfficerId,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let mut tx = db.begin().await?;
    let changed = sqlx::query(
        "UPDATE complaint_photos SET public_key = $1 WHERE complaint_id = $2 AND position = $3",
    )
    .bind(key)
    .bind(id.0)
    .bind(i64::from(position))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Ok(false);
    }
    let status: String = sqlx::query_scalar("SELECT status FROM complaints WHERE id = $1")
        .bind(id.0)
        .fetch_one(&mut *tx)
        .await?;
    let note = format!("foto {}", position + 1);
    let entry = Entry {
        kind: EntryKind::Redacted,
        role: Role::MainDesk,
        officer: Some(officer),
        status: parse_status(&status)?,
        note: Some(&note),
    };
    record(&mut tx, id, &entry, now).await?;
    tx.commit().await?;
    Ok(true)
}
