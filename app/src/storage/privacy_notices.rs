//! The privacy notice's versions ([`crate::domain::privacy`]): the one in force is the latest.

use super::{Db, StorageError, to_millis};
use crate::domain::privacy::{NoticeText, NoticeVersion};
use chrono::{DateTime, Utc};
use sqlx::Row;

/// A version of the notice as kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredNotice {
    /// Its version.
    pub version: NoticeVersion,
    /// What it says.
    pub text: NoticeText,
}

/// The notice in force: the latest version; `None` before the first is written.
pub async fn current(db: &Db) -> Result<Option<StoredNotice>, StorageError> {
    sqlx::query(
        "SELECT version, controller, purpose_id, purpose_en, dpo_contact \
         FROM privacy_notices ORDER BY version DESC LIMIT 1",
    )
    .fetch_optional(db.pool())
    .await?
    .map(|row| {
        Ok(StoredNotice {
            version: version_of(row.try_get("version")?)?,
            text: NoticeText {
                controller: row.try_get("controller")?,
                purpose_id: row.try_get("purpose_id")?,
                purpose_en: row.try_get("purpose_en")?,
                dpo_contact: row.try_get("dpo_contact")?,
            },
        })
    })
    .transpose()
}

/// The version in force (the latest), without its text: what a filing's consent is checked
/// against. `None` before the first is written.
pub async fn latest_version(db: &Db) -> Result<Option<NoticeVersion>, StorageError> {
    let latest: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM privacy_notices")
        .fetch_one(db.pool())
        .await?;
    latest.map(version_of).transpose()
}

/// A stored version number as a version.
fn version_of(stored: i64) -> Result<NoticeVersion, StorageError> {
    u32::try_from(stored)
        .ok()
        .and_then(NoticeVersion::new)
        .ok_or_else(|| StorageError::Corrupt(format!("notice version {stored}")))
}

/// Publishes `text` as the next version, by officer `by`; returns its version.
///
/// # Errors
/// [`StorageError::Conflict`] when another administrator published the same version at once.
pub async fn publish(
    db: &Db,
    text: &NoticeText,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<NoticeVersion, StorageError> {
    let version = latest_version(db)
        .await?
        .map_or(NoticeVersion::FIRST, NoticeVersion::next);
    if insert(db, version, text, by, now).await? {
        Ok(version)
    } else {
        Err(StorageError::Conflict)
    }
}

/// Writes the portal's own notice as version 1 if there is none yet (at start; two instances
/// starting at once write it once). `true` when this call wrote it.
pub async fn seed_shipped(
    db: &Db,
    text: &NoticeText,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    insert(db, NoticeVersion::FIRST, text, None, now).await
}

/// Writes `version` unless it is there already; `true` when this call wrote it.
async fn insert(
    db: &Db,
    version: NoticeVersion,
    text: &NoticeText,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let written = sqlx::query(
        "INSERT INTO privacy_notices \
         (version, controller, purpose_id, purpose_en, dpo_contact, published_at, published_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (version) DO NOTHING",
    )
    .bind(i64::from(version.number()))
    .bind(&text.controller)
    .bind(&text.purpose_id)
    .bind(&text.purpose_en)
    .bind(&text.dpo_contact)
    .bind(to_millis(now))
    .bind(by)
    .execute(db.pool())
    .await?
    .rows_affected();
    Ok(written == 1)
}

/// The notice version the reporter of complaint `id` accepted, if it keeps one.
pub async fn accepted_for(
    db: &Db,
    id: super::complaints::ComplaintId,
) -> Result<Option<i64>, StorageError> {
    Ok(
        sqlx::query_scalar("SELECT privacy_notice_version FROM complaints WHERE id = $1")
            .bind(id.0)
            .fetch_one(db.pool())
            .await?,
    )
}
