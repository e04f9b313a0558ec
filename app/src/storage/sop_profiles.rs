//! The SOP profiles a region keeps as documents ([`ProfileDocument`]), shared by every
//! instance: each change is a new version of its id, and the earlier versions stay.

use super::{Db, StorageError, from_millis, to_millis};
use crate::domain::sop::{ProfileDocument, all_profiles};
use chrono::{DateTime, Utc};
use sqlx::Row;

/// One version of a profile, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredProfile {
    /// The profile's id.
    pub id: String,
    /// Its version: 1 for the portal's own, one more for each change.
    pub version: u32,
    /// Its document, as TOML.
    pub document: String,
    /// When this version was stored.
    pub created_at: DateTime<Utc>,
}

fn stored(row: &sqlx::any::AnyRow) -> Result<StoredProfile, StorageError> {
    let version: i64 = row.try_get("version")?;
    Ok(StoredProfile {
        id: row.try_get("id")?,
        version: u32::try_from(version)
            .map_err(|_| StorageError::Corrupt(format!("SOP profile version {version}")))?,
        document: row.try_get("document")?,
        created_at: from_millis(row.try_get("created_at")?)?,
    })
}

/// Where a version came from.
const SHIPPED: &str = "shipped";
const IMPORTED: &str = "imported";

/// Writes the portal's five profiles in at every start: as version 1 into a database that never
/// had them, and as the next version when the portal's own changed since (a corrected row in a
/// new release), unless the region put a version of its own above it, which stays. Instances
/// starting at once on one database write each version once: the one that comes second finds
/// it there. Returns how many versions this call wrote.
pub async fn seed_shipped(db: &Db, now: DateTime<Utc>) -> Result<usize, StorageError> {
    let mut written = 0;
    for profile in all_profiles() {
        let document = ProfileDocument::of(&profile)
            .to_toml()
            .map_err(|error| StorageError::Corrupt(format!("shipped profile: {error}")))?;
        let mut tx = db.begin().await?;
        let latest = sqlx::query(
            "SELECT version, document, source FROM sop_profiles WHERE id = $1 \
             ORDER BY version DESC LIMIT 1",
        )
        .bind(&profile.id)
        .fetch_optional(&mut *tx)
        .await?;
        let next = match latest {
            None => Some(1),
            Some(row) => {
                let source: String = row.try_get("source")?;
                let stored: String = row.try_get("document")?;
                let version: i64 = row.try_get("version")?;
                (source == SHIPPED && stored != document).then_some(version + 1)
            }
        };
        if let Some(version) = next {
            written += sqlx::query(
                "INSERT INTO sop_profiles (id, version, document, source, created_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id, version) DO NOTHING",
            )
            .bind(&profile.id)
            .bind(version)
            .bind(&document)
            .bind(SHIPPED)
            .bind(to_millis(now))
            .execute(&mut *tx)
            .await?
            .rows_affected() as usize;
        }
        tx.commit().await?;
    }
    Ok(written)
}

async fn insert(
    tx: &mut super::Tx,
    id: &str,
    version: i64,
    document: &str,
    source: &str,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO sop_profiles (id, version, document, source, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(version)
    .bind(document)
    .bind(source)
    .bind(to_millis(now))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Every version of every profile, by id and version.
pub async fn all(db: &Db) -> Result<Vec<StoredProfile>, StorageError> {
    let rows = sqlx::query(
        "SELECT id, version, document, created_at FROM sop_profiles ORDER BY id, version",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(stored).collect()
}

/// The latest version of every profile, by id.
pub async fn latest(db: &Db) -> Result<Vec<StoredProfile>, StorageError> {
    let rows = sqlx::query(
        "SELECT id, version, document, created_at FROM sop_profiles p \
         WHERE version = (SELECT MAX(version) FROM sop_profiles q WHERE q.id = p.id) ORDER BY id",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(stored).collect()
}

/// The latest version of profile `id`, if there is one.
pub async fn latest_of(db: &Db, id: &str) -> Result<Option<StoredProfile>, StorageError> {
    let row = sqlx::query(
        "SELECT id, version, document, created_at FROM sop_profiles WHERE id = $1 \
         ORDER BY version DESC LIMIT 1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(stored).transpose()
}

/// Stores a region's `document` as the next version of profile `id` (version 1 for a new id),
/// unless it is the same as the latest: returns the version that holds it and whether it is new. Two
/// administrators importing at once: one gets [`StorageError::Conflict`].
pub async fn put(
    db: &Db,
    id: &str,
    document: &str,
    now: DateTime<Utc>,
) -> Result<(u32, bool), StorageError> {
    let mut tx = db.begin().await?;
    let latest = sqlx::query(
        "SELECT version, document FROM sop_profiles WHERE id = $1 ORDER BY version DESC LIMIT 1",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let (version, same) = match latest {
        Some(row) => {
            let version: i64 = row.try_get("version")?;
            let stored: String = row.try_get("document")?;
            (version, stored == document)
        }
        None => (0, false),
    };
    if same {
        return Ok((u32::try_from(version).unwrap_or(u32::MAX), false));
    }
    let next = version + 1;
    insert(&mut tx, id, next, document, IMPORTED, now).await?;
    tx.commit().await?;
    Ok((u32::try_from(next).unwrap_or(u32::MAX), true))
}
