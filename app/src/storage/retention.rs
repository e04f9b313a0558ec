//! Retention: the finished complaints whose personal data may be due to go, the one transaction
//! that anonymises a complaint, and the photo files waiting to be deleted. When is decided by
//! [`crate::domain::sop::Retention`]; the step is [`crate::services::retention`].

use super::complaints::ComplaintId;
use super::{Db, StorageError, Tx, from_millis, to_millis};
use crate::domain::location::GeoPoint;
use crate::domain::sop::SopPin;
use crate::domain::status::Status;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// A finished complaint that still holds its reporter's personal data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finished {
    /// Its id.
    pub id: ComplaintId,
    /// When it was finished (closed, or forwarded to SP4N-LAPOR!).
    pub finished_at: DateTime<Utc>,
    /// The SOP profile version it was filed under, if it keeps one: its retention applies.
    pub sop: Option<SopPin>,
}

/// What one anonymisation removed: kinds of data, never the data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Anonymisation {
    /// The kinds removed, as the codes [`Anonymisation::record`] keeps (`name`, `nik`, ...).
    pub removed: Vec<&'static str>,
    /// Photo files no longer named by the complaint, queued for deletion.
    pub photos_deleted: usize,
}

impl Anonymisation {
    /// The comma-separated codes kept in `anonymisations.removed`.
    pub fn record(&self) -> String {
        self.removed.join(",")
    }
}

/// The codes of the statuses in which a complaint is finished: its personal data's purpose is
/// spent once the retention period has passed.
pub(crate) fn finished_codes() -> Vec<&'static str> {
    Status::ALL
        .into_iter()
        .filter(|status| !status.is_open())
        .map(Status::code)
        .collect()
}

/// Finished complaints not yet anonymised that were finished at or before `cutoff`, oldest first,
/// at most `limit`.
pub async fn finished_before(
    db: &Db,
    cutoff: DateTime<Utc>,
    limit: u32,
) -> Result<Vec<Finished>, StorageError> {
    let codes = finished_codes();
    let placeholders: Vec<String> = (0..codes.len()).map(|i| format!("${}", i + 3)).collect();
    let sql = format!(
        "SELECT id, status_since, sop_profile, sop_version FROM complaints \
         WHERE anonymised_at IS NULL AND status_since <= $1 AND status IN ({}) \
         ORDER BY status_since, id LIMIT $2",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql)
        .bind(to_millis(cutoff))
        .bind(i64::from(limit));
    for code in codes {
        query = query.bind(code);
    }
    query
        .fetch_all(db.pool())
        .await?
        .into_iter()
        .map(|row| {
            Ok(Finished {
                id: ComplaintId(row.try_get("id")?),
                finished_at: from_millis(row.try_get("status_since")?)?,
                sop: SopPin::stored(row.try_get("sop_profile")?, row.try_get("sop_version")?),
            })
        })
        .collect()
}

/// Anonymises complaint `id` inside `tx`, if it is finished and no one did it before: removes
/// the reporter's name, NIK, phone, e-mail, home address and social media account; keeps of its
/// place only [`GeoPoint::anonymised`] and the district's name; keeps the desk's public wording
/// of its title and content where the desk made one; deletes its earlier revisions, its
/// followers, its messages and its filing receipt, empties the words of its redaction requests,
/// and replaces each photo by its public copy (areas blacked out) or, without one, removes it.
/// The files no longer named are queued in `blob_deletions`. Its statuses, timeline, category,
/// agency, district and dates, and so every statistic, stay.
///
/// `None` when another scheduler anonymised it first or it is not finished: the caller drops
/// `tx`. Recorded in `anonymisations`, whose key makes it happen once.
pub async fn anonymise(
    tx: &mut Tx,
    id: ComplaintId,
    now: DateTime<Utc>,
) -> Result<Option<Anonymisation>, StorageError> {
    let claimed = sqlx::query(
        "INSERT INTO anonymisations (complaint_id, at, removed, photos_deleted) \
         VALUES ($1, $2, '', 0) ON CONFLICT DO NOTHING",
    )
    .bind(id.0)
    .bind(to_millis(now))
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if claimed == 0 {
        return Ok(None);
    }
    let Some(row) = sqlx::query(
        "SELECT status, reporter_name, phone, email, reporter_address, social_media_account, \
         latitude, longitude, district, public_title, public_content \
         FROM complaints WHERE id = $1 AND anonymised_at IS NULL",
    )
    .bind(id.0)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(None);
    };
    let status: String = row.try_get("status")?;
    if super::rows::parse_status(&status)?.is_open() {
        return Ok(None);
    }
    let mut removed = vec!["name", "nik"];
    for (column, code) in [
        ("phone", "phone"),
        ("email", "email"),
        ("reporter_address", "home_address"),
        ("social_media_account", "social_media_account"),
    ] {
        if row.try_get::<Option<String>, _>(column)?.is_some() {
            removed.push(code);
        }
    }
    removed.push("exact_location");
    let district: Option<String> = row.try_get("district")?;
    let centroid = match &district {
        Some(code) => {
            sqlx::query("SELECT name, latitude, longitude FROM districts WHERE code = $1")
                .bind(code)
                .fetch_optional(&mut **tx)
                .await?
                .map(|row| -> Result<_, StorageError> {
                    Ok((
                        row.try_get::<String, _>("name")?,
                        row.try_get::<f64, _>("latitude")?,
                        row.try_get::<f64, _>("longitude")?,
                    ))
                })
                .transpose()?
        }
        None => None,
    };
    let reported = GeoPoint::new(row.try_get("latitude")?, row.try_get("longitude")?)
        .map_err(|_| StorageError::Corrupt(format!("location of complaint {}", id.0)))?;
    let kept = reported.anonymised(
        centroid
            .as_ref()
            .and_then(|(_, latitude, longitude)| GeoPoint::new(*latitude, *longitude).ok()),
    );
    let place_name = centroid.map(|(name, _, _)| name).unwrap_or_default();
    if row.try_get::<Option<String>, _>("public_title")?.is_some()
        || row
            .try_get::<Option<String>, _>("public_content")?
            .is_some()
    {
        removed.push("unredacted_text");
    }
    sqlx::query(
        "UPDATE complaints SET reporter_name = '', nik_sealed = $2, nik_lookup = '', \
         phone = NULL, email = NULL, reporter_address = NULL, social_media_account = NULL, \
         latitude = $3, longitude = $4, address = $5, \
         title = COALESCE(public_title, title), content = COALESCE(public_content, content), \
         anonymised_at = $6 WHERE id = $1",
    )
    .bind(id.0)
    .bind(Vec::<u8>::new())
    .bind(kept.latitude())
    .bind(kept.longitude())
    .bind(place_name)
    .bind(to_millis(now))
    .execute(&mut **tx)
    .await?;
    for (sql, code) in [
        (
            "DELETE FROM complaint_revisions WHERE complaint_id = $1",
            "revisions",
        ),
        ("DELETE FROM followers WHERE complaint_id = $1", "followers"),
        (
            "DELETE FROM outbox_attempts WHERE outbox_id IN \
             (SELECT id FROM outbox WHERE complaint_id = $1)",
            "",
        ),
        ("DELETE FROM outbox WHERE complaint_id = $1", "messages"),
        ("DELETE FROM filing_receipts WHERE complaint_id = $1", ""),
        (
            "UPDATE redaction_requests SET note = '' WHERE complaint_id = $1 AND note <> ''",
            "redaction_notes",
        ),
    ] {
        let affected = sqlx::query(sql)
            .bind(id.0)
            .execute(&mut **tx)
            .await?
            .rows_affected();
        if affected > 0 && !code.is_empty() {
            removed.push(code);
        }
    }
    let photos = sqlx::query(
        "SELECT position, storage_key, public_key FROM complaint_photos WHERE complaint_id = $1",
    )
    .bind(id.0)
    .fetch_all(&mut **tx)
    .await?;
    let mut photos_deleted = 0;
    for photo in photos {
        let position: i64 = photo.try_get("position")?;
        let original: String = photo.try_get("storage_key")?;
        match photo.try_get::<Option<String>, _>("public_key")? {
            Some(public) => {
                sqlx::query(
                    "UPDATE complaint_photos SET storage_key = $3 \
                     WHERE complaint_id = $1 AND position = $2",
                )
                .bind(id.0)
                .bind(position)
                .bind(&public)
                .execute(&mut **tx)
                .await?;
            }
            None => {
                sqlx::query(
                    "DELETE FROM complaint_photos WHERE complaint_id = $1 AND position = $2",
                )
                .bind(id.0)
                .bind(position)
                .execute(&mut **tx)
                .await?;
            }
        }
        sqlx::query(
            "INSERT INTO blob_deletions (storage_key, queued_at) VALUES ($1, $2) \
             ON CONFLICT DO NOTHING",
        )
        .bind(&original)
        .bind(to_millis(now))
        .execute(&mut **tx)
        .await?;
        photos_deleted += 1;
    }
    if photos_deleted > 0 {
        removed.push("original_photos");
    }
    let anonymisation = Anonymisation {
        removed,
        photos_deleted,
    };
    sqlx::query(
        "UPDATE anonymisations SET removed = $2, photos_deleted = $3 WHERE complaint_id = $1",
    )
    .bind(id.0)
    .bind(anonymisation.record())
    .bind(i64::try_from(photos_deleted).unwrap_or(i64::MAX))
    .execute(&mut **tx)
    .await?;
    Ok(Some(anonymisation))
}

/// When complaint `id` was anonymised and what was removed, if it was.
pub async fn record(
    db: &Db,
    id: ComplaintId,
) -> Result<Option<(DateTime<Utc>, Vec<String>)>, StorageError> {
    sqlx::query("SELECT at, removed FROM anonymisations WHERE complaint_id = $1")
        .bind(id.0)
        .fetch_optional(db.pool())
        .await?
        .map(|row| {
            let removed: String = row.try_get("removed")?;
            Ok((
                from_millis(row.try_get("at")?)?,
                removed.split(',').map(str::to_owned).collect(),
            ))
        })
        .transpose()
}

/// The photo files queued for deletion that no photo row names any more (as its original or
/// its public copy): another complaint may hold the same file, since files are named by their
/// content. At most `limit`.
pub async fn unreferenced_blobs(db: &Db, limit: u32) -> Result<Vec<String>, StorageError> {
    Ok(sqlx::query_scalar(
        "SELECT d.storage_key FROM blob_deletions d WHERE NOT EXISTS \
         (SELECT 1 FROM complaint_photos p \
          WHERE p.storage_key = d.storage_key OR p.public_key = d.storage_key) \
         ORDER BY d.queued_at LIMIT $1",
    )
    .bind(i64::from(limit))
    .fetch_all(db.pool())
    .await?)
}

/// The queued files that a photo row names again: they stay in the store.
pub async fn forget_referenced_blobs(db: &Db) -> Result<u64, StorageError> {
    Ok(sqlx::query(
        "DELETE FROM blob_deletions WHERE EXISTS (SELECT 1 FROM complaint_photos p \
         WHERE p.storage_key = blob_deletions.storage_key \
         OR p.public_key = blob_deletions.storage_key)",
    )
    .execute(db.pool())
    .await?
    .rows_affected())
}

/// Takes `key` off the queue once its file is deleted.
pub async fn blob_deleted(db: &Db, key: &str) -> Result<(), StorageError> {
    sqlx::query("DELETE FROM blob_deletions WHERE storage_key = $1")
        .bind(key)
        .execute(db.pool())
        .await?;
    Ok(())
}
