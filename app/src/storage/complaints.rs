//! Complaints: storing an accepted one with its photos and first timeline entry, and reading one back.

use super::rows::parse_tracking_code;
use super::rows::{ComplaintRow, EventRow, parse_status};
use super::{Db, StorageError, Tx, from_millis, to_millis};
use crate::domain::complaint::NewComplaint;
use crate::domain::status::{Role, Status};
use crate::domain::timeline::EntryKind;
use crate::domain::tracking_code::TrackingCode;
use crate::personal_data::SealedNik;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// A stored complaint's database id. Never shown to citizens: they use the [`TrackingCode`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ComplaintId(pub i64);

/// A photo already written to the blob store, to be recorded with its complaint.
#[derive(Clone, Debug)]
pub struct PhotoRecord {
    /// MIME type of the stored file.
    pub content_type: String,
    /// Size in bytes.
    pub size_bytes: u64,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// SHA-256 of the stored bytes, lowercase hex.
    pub sha256: String,
    /// Where the blob store keeps it.
    pub storage_key: String,
}

/// Everything stored when a citizen files: the accepted complaint and what the server added.
#[derive(Debug)]
pub struct Filing<'a> {
    /// The complaint as parsed by the shared rules.
    pub complaint: &'a NewComplaint,
    /// Its new tracking code.
    pub code: &'a TrackingCode,
    /// The stored form of the filing's key: a keyed hash of the browser's submission key, or an
    /// Open311 token.
    pub submission_key: Option<&'a str>,
    /// The receipt the same browser's retry gets again: the PIN sealed under the server's key,
    /// and until when.
    pub receipt: Option<(&'a [u8], DateTime<Utc>)>,
    /// Keyed hash of the reporter's PIN.
    pub pin_hash: &'a str,
    /// The reporter's NIK, sealed.
    pub nik: &'a SealedNik,
    /// The photos, already on disk.
    pub photos: &'a [PhotoRecord],
    /// The language the reporter filed in: their messages are written in it.
    pub locale: crate::i18n::Locale,
    /// The desk's date of filing, the day the statistics count it on.
    pub filed_on: chrono::NaiveDate,
    /// The district its location falls in, if any ([`super::statistics::district_of`]); the
    /// caller finds it inside the same transaction.
    pub district: Option<&'a str>,
    /// The village the desk's intake placed it in.
    pub village: Option<&'a str>,
    /// The main-desk officer who entered it for a citizen who came by another channel.
    pub intake_officer: Option<super::officers::OfficerId>,
    /// When the desk entered it, when that is later than its arrival (the filing's `now`).
    pub entered_at: Option<DateTime<Utc>>,
    /// The SOP profile version it is filed under.
    pub sop: &'a crate::domain::sop::SopPin,
}

/// What a reporter may see of their complaint right after filing: no personal data.
#[derive(Clone, Debug, PartialEq)]
pub struct ComplaintSummary {
    /// The code the reporter follows it by.
    pub tracking_code: TrackingCode,
    /// Where it stands.
    pub status: Status,
    /// Its title, as the public sees it (personal details removed, if the desk did).
    pub title: String,
    /// When it was accepted.
    pub created_at: DateTime<Utc>,
    /// How many photos were filed with it.
    pub photo_count: i64,
}

/// Stores an accepted complaint, its photos, its receipt and the first entry of its timeline,
/// inside `tx`.
///
/// # Errors
/// [`StorageError::Conflict`] if the tracking code or the submission key is taken: the caller
/// drops `tx`, looks the key up ([`refile_by_submission_key`]) and otherwise draws another code.
pub async fn insert(
    tx: &mut Tx,
    filing: &Filing<'_>,
    now: DateTime<Utc>,
) -> Result<ComplaintId, StorageError> {
    let Filing {
        complaint,
        code,
        submission_key,
        pin_hash,
        nik,
        photos,
        locale,
        filed_on,
        district,
        village,
        intake_officer,
        receipt,
        entered_at,
        sop,
    } = filing;
    let at = to_millis(now);
    let status = Status::Submitted;
    let id: i64 = sqlx::query(
        "INSERT INTO complaints (tracking_code, submission_key, pin_hash, status, reporter_name, \
         nik_sealed, nik_lookup, phone, email, title, content, category, agency, channel, \
         visibility, latitude, longitude, address, created_at, updated_at, status_since, locale, \
         filed_on, district, village, entered_at, sop_profile, sop_version, reporter_address, \
         social_media_account, topic, privacy_notice_version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, \
         $18, $19, $19, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30) \
         RETURNING id",
    )
    .bind(code.as_str())
    .bind(*submission_key)
    .bind(*pin_hash)
    .bind(status.code())
    .bind(complaint.reporter_name().as_str())
    .bind(nik.sealed.as_slice())
    .bind(nik.lookup.as_str())
    .bind(complaint.phone().map(|phone| phone.as_str()))
    .bind(complaint.email().map(|email| email.as_str()))
    .bind(complaint.title().as_str())
    .bind(complaint.content().as_str())
    .bind(complaint.category().map(|category| category.as_str()))
    .bind(complaint.agency().map(|agency| agency.as_str()))
    .bind(complaint.channel().code())
    .bind(complaint.visibility().code())
    .bind(complaint.location().latitude())
    .bind(complaint.location().longitude())
    .bind(complaint.address().as_str())
    .bind(at)
    .bind(locale.code())
    .bind(filed_on.to_string())
    .bind(*district)
    .bind(*village)
    .bind(entered_at.map(to_millis))
    .bind(&sop.id)
    .bind(i64::from(sop.version))
    .bind(complaint.reporter_address().map(|address| address.as_str()))
    .bind(
        complaint
            .social_media_account()
            .map(|account| account.as_str()),
    )
    .bind(complaint.topic().map(|topic| topic.as_str()))
    .bind(i64::from(complaint.privacy_notice().number()))
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?;

    insert_photos(tx, ComplaintId(id), None, photos).await?;
    if let Some((sealed_pin, until)) = receipt {
        // Receipts live for minutes: the stale ones go as new ones come.
        sqlx::query("DELETE FROM filing_receipts WHERE expires_at < $1")
            .bind(at)
            .execute(&mut **tx)
            .await?;
        sqlx::query(
            "INSERT INTO filing_receipts (complaint_id, sealed_pin, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(*sealed_pin)
        .bind(to_millis(*until))
        .execute(&mut **tx)
        .await?;
    }

    sqlx::query(
        "INSERT INTO complaint_events (complaint_id, at, actor_role, action, status_after, note, \
         officer_id) VALUES ($1, $2, $3, $4, $5, NULL, $6)",
    )
    .bind(id)
    .bind(at)
    .bind(if intake_officer.is_some() {
        Role::MainDesk.code()
    } else {
        Role::Reporter.code()
    })
    .bind(EntryKind::Filed.code())
    .bind(status.code())
    .bind(intake_officer.map(|officer| officer.0))
    .execute(&mut **tx)
    .await?;

    Ok(ComplaintId(id))
}

/// Records `photos` (already in the blob store) for complaint `id`, inside `tx`, after the ones it
/// has: the filing's (`event` is `None`) or those added with one timeline entry.
pub(crate) async fn insert_photos(
    tx: &mut Tx,
    id: ComplaintId,
    event: Option<i64>,
    photos: &[PhotoRecord],
) -> Result<(), StorageError> {
    if photos.is_empty() {
        return Ok(());
    }
    let taken: i64 = sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM complaint_photos WHERE complaint_id = $1",
    )
    .bind(id.0)
    .fetch_one(&mut **tx)
    .await?;
    for (offset, photo) in (0_i64..).zip(photos) {
        sqlx::query(
            "INSERT INTO complaint_photos (complaint_id, position, content_type, size_bytes, \
             width, height, sha256, storage_key, event_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(id.0)
        .bind(taken + offset)
        .bind(photo.content_type.as_str())
        .bind(i64::try_from(photo.size_bytes).unwrap_or(i64::MAX))
        .bind(i64::from(photo.width))
        .bind(i64::from(photo.height))
        .bind(photo.sha256.as_str())
        .bind(photo.storage_key.as_str())
        .bind(event)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// A web filing found again by its stored submission key: a retry of the same post.
#[derive(Debug)]
pub struct Retried {
    /// The complaint's tracking code.
    pub code: TrackingCode,
    /// Its PIN, sealed, while the receipt may still be given again; `None` after.
    pub sealed_pin: Option<Vec<u8>>,
}

/// The web filing made under `stored_key` (the keyed hash of a browser's submission key), with
/// its sealed PIN if its receipt has not expired at `now`. Open311 filings are never found here:
/// their tokens are public handles, not keys.
pub async fn retried_filing(
    db: &Db,
    stored_key: &str,
    now: DateTime<Utc>,
) -> Result<Option<Retried>, StorageError> {
    let row = sqlx::query(
        "SELECT c.tracking_code, r.sealed_pin, r.expires_at FROM complaints c \
         LEFT JOIN filing_receipts r ON r.complaint_id = c.id \
         WHERE c.submission_key = $1 AND c.api_key_id IS NULL",
    )
    .bind(stored_key)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let code: String = row.try_get("tracking_code")?;
    let code = parse_tracking_code(&code)?;
    let expires_at: Option<i64> = row.try_get("expires_at")?;
    let sealed_pin = match expires_at {
        Some(expires_at) if expires_at > to_millis(now) => row.try_get("sealed_pin")?,
        _ => None,
    };
    Ok(Some(Retried { code, sealed_pin }))
}

/// The reporter's view of a complaint right after filing, by its tracking code.
pub async fn find_summary(
    db: &Db,
    code: &TrackingCode,
) -> Result<Option<ComplaintSummary>, StorageError> {
    let row = sqlx::query(
        "SELECT c.tracking_code, c.status, COALESCE(c.public_title, c.title) AS title, \
         c.created_at, (SELECT COUNT(*) FROM complaint_photos p \
         WHERE p.complaint_id = c.id AND p.event_id IS NULL) AS photo_count \
         FROM complaints c WHERE c.tracking_code = $1",
    )
    .bind(code.as_str())
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let stored_code: String = row.try_get("tracking_code")?;
    let status: String = row.try_get("status")?;
    Ok(Some(ComplaintSummary {
        tracking_code: parse_tracking_code(&stored_code)?,
        status: parse_status(&status)?,
        title: row.try_get("title")?,
        created_at: from_millis(row.try_get("created_at")?)?,
        photo_count: row.try_get("photo_count")?,
    }))
}

/// An open complaint near a place, as a citizen about to file may see it: nothing personal,
/// no exact location.
#[derive(Clone, Debug, PartialEq)]
pub struct NearbyComplaint {
    /// Its tracking code.
    pub tracking_code: String,
    /// Its title, as the public sees it (the desk's redaction, if any; masked by the caller).
    pub title: String,
    /// The reporter's name, only to mask it in the title (never shown).
    pub reporter_name: String,
    /// Where it stands.
    pub status: Status,
    /// When it was filed.
    pub created_at: DateTime<Utc>,
    /// How far it is from the place asked about, in metres.
    pub distance_m: f64,
}

/// Up to `limit` open complaints of `category` within `radius_m` of `point`, nearest first: only
/// those the main desk verified as public or anonymous (never a confidential one, nor one still
/// waiting for verification, which may turn out confidential).
pub async fn nearby_open(
    db: &Db,
    category: &str,
    point: crate::domain::location::GeoPoint,
    radius_m: f64,
    limit: usize,
) -> Result<Vec<NearbyComplaint>, StorageError> {
    let (min_lat, max_lat, min_lon, max_lon) = point.bounding_box(radius_m);
    let rows = sqlx::query(
        "SELECT tracking_code, COALESCE(public_title, title) AS title, reporter_name, status, \
         created_at, latitude, longitude FROM complaints \
         WHERE category = $1 AND visibility IN ('public', 'anonymous') \
         AND status NOT IN ('submitted', 'returned_to_reporter') \
         AND latitude BETWEEN $2 AND $3 AND longitude BETWEEN $4 AND $5",
    )
    .bind(category)
    .bind(min_lat)
    .bind(max_lat)
    .bind(min_lon)
    .bind(max_lon)
    .fetch_all(db.pool())
    .await?;
    let mut nearby = Vec::new();
    for row in rows {
        let status: String = row.try_get("status")?;
        let status = parse_status(&status)?;
        let place = crate::domain::location::GeoPoint::new(
            row.try_get("latitude")?,
            row.try_get("longitude")?,
        )
        .map_err(|_| StorageError::Corrupt("a stored location is outside the bounds".into()))?;
        let distance_m = point.distance_m(&place);
        if status.is_open() && distance_m <= radius_m {
            nearby.push(NearbyComplaint {
                tracking_code: row.try_get("tracking_code")?,
                title: row.try_get("title")?,
                reporter_name: row.try_get("reporter_name")?,
                status,
                created_at: from_millis(row.try_get("created_at")?)?,
                distance_m,
            });
        }
    }
    nearby.sort_by(|a, b| a.distance_m.total_cmp(&b.distance_m));
    nearby.truncate(limit);
    Ok(nearby)
}

/// What the reporter sees on the tracking page once they gave the PIN: their complaint without
/// the personal data they filed it with (name, NIK, phone, e-mail).
#[derive(Clone, Debug, PartialEq)]
pub struct ReporterView {
    /// The complaint's id, for the timeline and photo look-ups.
    pub id: ComplaintId,
    /// The SOP profile version it was filed under, if it keeps one.
    pub sop: Option<crate::domain::sop::SopPin>,
    /// Its tracking code.
    pub tracking_code: TrackingCode,
    /// Keyed hash of the PIN, to check the reporter's PIN or access token against.
    pub pin_hash: String,
    /// Where it stands.
    pub status: Status,
    /// When it entered that status: the start of the current step's SOP clock.
    pub status_since: DateTime<Utc>,
    /// How often the reporter rejected an answer.
    pub reopen_count: u32,
    /// When it was filed.
    pub created_at: DateTime<Utc>,
    /// Its title.
    pub title: String,
    /// What the reporter wrote.
    pub content: String,
    /// The address the reporter gave.
    pub address: String,
    /// The name of the agency (OPD) in charge, once known.
    pub agency_name: Option<String>,
    /// The reporter's rating when confirming (1–5).
    pub rating: Option<u8>,
    /// The positions of the photos filed with it, in order.
    pub photo_positions: Vec<u32>,
    /// The title and text others see, when the desk removed personal details from them.
    pub public_text: Option<(String, String)>,
    /// Whether the reporter asked for personal details to be removed and the desk has not yet.
    pub redaction_pending: bool,
}

/// The reporter's view of the complaint with `code`, if there is one.
pub async fn find_for_reporter(
    db: &Db,
    code: &TrackingCode,
) -> Result<Option<ReporterView>, StorageError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        complaint: ComplaintRow,
        agency_name: Option<String>,
        redactions_pending: i64,
    }
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {}, a.name AS agency_name, \
         (SELECT CAST(COUNT(*) AS BIGINT) FROM redaction_requests r \
          WHERE r.complaint_id = c.id AND r.handled_at IS NULL) AS redactions_pending \
         FROM complaints c LEFT JOIN agencies a ON a.code = c.agency \
         WHERE c.tracking_code = $1",
        ComplaintRow::COLUMNS
    ))
    .bind(code.as_str())
    .fetch_optional(db.pool())
    .await?;
    let Some(Row {
        complaint,
        agency_name,
        redactions_pending,
    }) = row
    else {
        return Ok(None);
    };
    Ok(Some(ReporterView {
        id: complaint.id(),
        sop: complaint.pin(),
        tracking_code: code.clone(),
        status: complaint.status()?,
        status_since: complaint.status_since()?,
        reopen_count: complaint.reopen_count(),
        created_at: complaint.created_at()?,
        rating: complaint.rating(),
        photo_positions: photo_positions(db, complaint.id()).await?,
        public_text: complaint.public_text(),
        agency_name,
        redaction_pending: redactions_pending > 0,
        pin_hash: complaint.pin_hash,
        title: complaint.title,
        content: complaint.content,
        address: complaint.address,
    }))
}

/// The positions of the photos complaint `id` was filed with, in order (those added later belong
/// to their [`TimelineEntry`]).
pub(crate) async fn photo_positions(db: &Db, id: ComplaintId) -> Result<Vec<u32>, StorageError> {
    let positions: Vec<i64> = sqlx::query_scalar(
        "SELECT position FROM complaint_photos WHERE complaint_id = $1 AND event_id IS NULL \
         ORDER BY position",
    )
    .bind(id.0)
    .fetch_all(db.pool())
    .await?;
    Ok(positions
        .into_iter()
        .filter_map(|position| u32::try_from(position).ok())
        .collect())
}

/// One step of a complaint's timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// Who acted.
    pub actor_role: Role,
    /// What was done.
    pub kind: EntryKind,
    /// The status it led to.
    pub status_after: Status,
    /// The note kept with it (reason, agency, ticket, comment), if any. Not all are public: see
    /// [`crate::domain::status::ActionKind::note_is_public`].
    pub note: Option<String>,
    /// The positions of the photos added with it (a rejection's), in order.
    pub photo_positions: Vec<u32>,
    /// The name of the officer who took it, if one did: for the desk only, never shown to the
    /// reporter or the public.
    pub officer_name: Option<String>,
}

/// Every step of the complaint `id`, oldest first.
pub async fn timeline(db: &Db, id: ComplaintId) -> Result<Vec<TimelineEntry>, StorageError> {
    let rows: Vec<EventRow> = sqlx::query_as(&format!(
        "SELECT {} FROM complaint_events e LEFT JOIN officers o ON o.id = e.officer_id \
         WHERE e.complaint_id = $1 ORDER BY e.at, e.id",
        EventRow::COLUMNS
    ))
    .bind(id.0)
    .fetch_all(db.pool())
    .await?;
    let photos = sqlx::query(
        "SELECT event_id, position FROM complaint_photos \
         WHERE complaint_id = $1 AND event_id IS NOT NULL ORDER BY position",
    )
    .bind(id.0)
    .fetch_all(db.pool())
    .await?
    .into_iter()
    .map(|row| {
        Ok((
            row.try_get::<i64, _>("event_id")?,
            row.try_get::<i64, _>("position")?,
        ))
    })
    .collect::<Result<Vec<(i64, i64)>, StorageError>>()?;
    rows.into_iter()
        .map(|row| {
            Ok(TimelineEntry {
                at: row.at()?,
                actor_role: row.role()?,
                kind: row.kind()?,
                status_after: row.status_after()?,
                photo_positions: photos
                    .iter()
                    .filter(|(owner, _)| *owner == row.id)
                    .filter_map(|(_, position)| u32::try_from(*position).ok())
                    .collect(),
                note: row.note,
                officer_name: row.officer_name,
            })
        })
        .collect()
}

/// A stored photo of a complaint: its type and where the blob store keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredPhoto {
    /// MIME type.
    pub content_type: String,
    /// The blob store's key.
    pub storage_key: String,
    /// Who added it after the filing (with a timeline entry); `None` for the filing's photos.
    pub added_by: Option<Role>,
    /// Whether it came with an agency's answer that the main desk validated: the reporter sees it.
    pub validated_answer: bool,
    /// Where the blob store keeps its copy for the public (areas blacked out), if the desk made one.
    pub public_key: Option<String>,
}

impl StoredPhoto {
    /// Whether the reporter sees it: the photos they sent and those of a validated answer, not an
    /// agency's field report's or an answer sent back for fixing.
    pub fn reporter_may_see(&self) -> bool {
        self.validated_answer || self.added_by.is_none_or(|role| role == Role::Reporter)
    }
}

/// The positions of every photo of complaint `id`, the filing's and those added later, in order.
pub async fn all_photo_positions(db: &Db, id: ComplaintId) -> Result<Vec<u32>, StorageError> {
    let positions: Vec<i64> = sqlx::query_scalar(
        "SELECT position FROM complaint_photos WHERE complaint_id = $1 ORDER BY position",
    )
    .bind(id.0)
    .fetch_all(db.pool())
    .await?;
    positions
        .into_iter()
        .map(|position| {
            u32::try_from(position).map_err(|_| StorageError::Corrupt(position.to_string()))
        })
        .collect()
}

/// The photo at `position` of complaint `id`.
pub async fn photo(
    db: &Db,
    id: ComplaintId,
    position: u32,
) -> Result<Option<StoredPhoto>, StorageError> {
    let row = sqlx::query(
        "SELECT p.content_type, p.storage_key, p.public_key, e.actor_role, \
         CASE WHEN e.action = 'propose_resolution' AND EXISTS (SELECT 1 FROM complaint_events v \
           WHERE v.complaint_id = e.complaint_id AND v.action = 'validate' AND v.id > e.id \
           AND NOT EXISTS (SELECT 1 FROM complaint_events q WHERE q.complaint_id = e.complaint_id \
             AND q.action = 'propose_resolution' AND q.id > e.id AND q.id < v.id)) \
         THEN 1 ELSE 0 END AS validated_answer \
         FROM complaint_photos p LEFT JOIN complaint_events e ON e.id = p.event_id \
         WHERE p.complaint_id = $1 AND p.position = $2",
    )
    .bind(id.0)
    .bind(i64::from(position))
    .fetch_optional(db.pool())
    .await?;
    row.map(|row| {
        Ok(StoredPhoto {
            content_type: row.try_get("content_type")?,
            storage_key: row.try_get("storage_key")?,
            added_by: row
                .try_get::<Option<String>, _>("actor_role")?
                .map(|role| {
                    Role::parse_code(&role)
                        .ok_or_else(|| StorageError::Corrupt(format!("role {role:?}")))
                })
                .transpose()?,
            validated_answer: row.try_get::<i64, _>("validated_answer")? == 1,
            public_key: row.try_get("public_key")?,
        })
    })
    .transpose()
}

/// The dispatch record of the complaint with `code`, oldest first: each dispatch with its agency,
/// and each return or recall of one, from its timeline. What decides which agencies' officers may see it
/// ([`crate::domain::officer::OfficerScope::may_see`]). `None` when no complaint has the code.
pub async fn dispatch_record(
    db: &Db,
    code: &TrackingCode,
) -> Result<Option<Vec<(String, Option<String>)>>, StorageError> {
    let rows = sqlx::query(
        "SELECT e.action, e.agency FROM complaints c LEFT JOIN complaint_events e \
         ON e.complaint_id = c.id AND e.action IN ('dispatch', 'return_dispatch', 'recall') \
         WHERE c.tracking_code = $1 ORDER BY e.at, e.id",
    )
    .bind(code.as_str())
    .fetch_all(db.pool())
    .await?;
    if rows.is_empty() {
        return Ok(None);
    }
    let mut record = Vec::new();
    for row in rows {
        if let Some(action) = row.try_get::<Option<String>, _>("action")? {
            record.push((action, row.try_get("agency")?));
        }
    }
    Ok(Some(record))
}
