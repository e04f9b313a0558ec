//! What the officers' desk reads: the queue of complaints waiting for a role, and one complaint
//! with its reporter's details (for the page to mask or hide as the officer's role demands).

use super::complaints::ComplaintId;
use super::rows::parse_tracking_code;
use super::rows::{ComplaintRow, parse_status};
use super::{Db, StorageError, from_millis};
use crate::domain::officer::{OfficerRole, OfficerScope};
use crate::domain::status::Status;
use crate::domain::tracking_code::TrackingCode;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// The most complaints a queue shows at once.
pub const QUEUE_LIMIT: i64 = 500;

/// One line of a queue.
#[derive(Clone, Debug, PartialEq)]
pub struct QueueRow {
    /// Tracking code.
    pub tracking_code: TrackingCode,
    /// Title.
    pub title: String,
    /// Status.
    pub status: Status,
    /// When it entered the status.
    pub status_since: DateTime<Utc>,
    /// When it was filed.
    pub created_at: DateTime<Utc>,
    /// The agency's name, once known.
    pub agency_name: Option<String>,
    /// The category's name in each language (Indonesian, English), if it has one.
    pub category_name: Option<(String, String)>,
    /// The officer it is assigned to, by id and name.
    pub assignee: Option<(super::officers::OfficerId, String)>,
    /// How often the reporter reopened it.
    pub reopen_count: u32,
    /// The SOP profile version it was filed under, if it keeps one.
    pub sop: Option<crate::domain::sop::SopPin>,
}

/// What a queue is narrowed to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// Only this status (any status, closed ones included); `None`: every open one.
    pub status: Option<Status>,
    /// Only complaints whose title or text contains this, ignoring case.
    pub search: Option<String>,
    /// Only this category (its code).
    pub category: Option<String>,
    /// Only this agency (its code): the main desk's choice; an agency always sees its own.
    pub agency: Option<String>,
    /// Only this channel (its code).
    pub channel: Option<String>,
    /// Only complaints filed at or after this instant.
    pub filed_from: Option<DateTime<Utc>>,
    /// Only complaints filed before this instant.
    pub filed_before: Option<DateTime<Utc>>,
}

/// The complaints an officer may see, oldest status first (the caller sorts by deadline). The
/// main desk sees every one; an agency sees the ones dispatched to it.
pub async fn queue(
    db: &Db,
    scope: &OfficerScope,
    filter: &QueueFilter,
) -> Result<Vec<QueueRow>, StorageError> {
    let statuses = match filter.status {
        Some(status) => format!("'{}'", status.code()),
        None => Status::ALL
            .into_iter()
            .filter(|status| status.is_open())
            .map(|status| format!("'{}'", status.code()))
            .collect::<Vec<_>>()
            .join(", "),
    };
    let agency = match scope.role {
        OfficerRole::MainDesk => filter.agency.as_deref(),
        OfficerRole::SystemAdmin => return Ok(Vec::new()),
        _ => scope.agency.as_deref(),
    };
    let pattern = match filter.search.as_deref().map(str::trim) {
        Some(search) if !search.is_empty() => format!(
            "%{}%",
            search
                .to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        ),
        _ => "%".to_owned(),
    };
    // Status codes come from the enum, never from the request: safe to inline.
    let sql = format!(
        "SELECT c.tracking_code, c.title, c.status, c.status_since, c.created_at, \
         c.reopen_count, c.sop_profile, c.sop_version, a.name AS agency_name, \
         k.name_id AS category_id, \
         k.name_en AS category_en, c.assignee_id, s.display_name AS assignee_name \
         FROM complaints c LEFT JOIN agencies a ON a.code = c.agency \
         LEFT JOIN categories k ON k.code = c.category \
         LEFT JOIN officers s ON s.id = c.assignee_id \
         WHERE c.status IN ({statuses}) AND ($3 = '' OR c.agency = $3) \
         AND ($8 = '' OR (c.agency = $8 AND (SELECT e.action FROM complaint_events e \
         WHERE e.complaint_id = c.id AND e.action IN ('dispatch', 'return_dispatch', 'recall') \
         ORDER BY e.at DESC, e.id DESC LIMIT 1) = 'dispatch')) \
         AND ($4 = '' OR c.category = $4) AND ($5 = '' OR c.channel = $5) \
         AND c.created_at >= $6 AND c.created_at < $7 \
         AND (LOWER(c.title) LIKE $2 ESCAPE '\\' OR LOWER(c.content) LIKE $2 ESCAPE '\\') \
         ORDER BY c.status_since LIMIT $1"
    );
    let rows = sqlx::query(&sql)
        .bind(QUEUE_LIMIT)
        .bind(pattern)
        .bind(agency.unwrap_or_default())
        .bind(filter.category.as_deref().unwrap_or_default())
        .bind(filter.channel.as_deref().unwrap_or_default())
        .bind(filter.filed_from.map_or(i64::MIN, super::to_millis))
        .bind(filter.filed_before.map_or(i64::MAX, super::to_millis))
        // An agency's queue: only what the desk's last dispatch sent it, not returned (the
        // dispatch record, as `OfficerScope::may_see` reads it; never the reporter's pick).
        .bind(match scope.role {
            OfficerRole::MainDesk => "",
            _ => scope.agency.as_deref().unwrap_or("(no agency)"),
        })
        .fetch_all(db.pool())
        .await?;
    let mut queue = Vec::with_capacity(rows.len());
    for row in rows {
        let code: String = row.try_get("tracking_code")?;
        let status: String = row.try_get("status")?;
        let reopen_count: i64 = row.try_get("reopen_count")?;
        let entry = QueueRow {
            tracking_code: parse_tracking_code(&code)?,
            title: row.try_get("title")?,
            status: parse_status(&status)?,
            status_since: from_millis(row.try_get("status_since")?)?,
            created_at: from_millis(row.try_get("created_at")?)?,
            agency_name: row.try_get("agency_name")?,
            category_name: row
                .try_get::<Option<String>, _>("category_id")?
                .zip(row.try_get::<Option<String>, _>("category_en")?),
            assignee: row
                .try_get::<Option<i64>, _>("assignee_id")?
                .map(super::officers::OfficerId)
                .zip(row.try_get::<Option<String>, _>("assignee_name")?),
            reopen_count: u32::try_from(reopen_count).unwrap_or(u32::MAX),
            sop: crate::domain::sop::SopPin::stored(
                row.try_get("sop_profile")?,
                row.try_get("sop_version")?,
            ),
        };
        queue.push(entry);
    }
    Ok(queue)
}

/// One complaint as the desk reads it, personal data included: the caller decides what the
/// officer may see of it.
#[derive(Clone, Debug, PartialEq)]
pub struct DeskRecord {
    /// Its id.
    pub id: ComplaintId,
    /// The SOP profile version it was filed under, if it keeps one.
    pub sop: Option<crate::domain::sop::SopPin>,
    /// Its status.
    pub status: Status,
    /// When it entered the status.
    pub status_since: DateTime<Utc>,
    /// How often the reporter reopened it.
    pub reopen_count: u32,
    /// When it was filed: when it arrived, for one the desk entered later.
    pub created_at: DateTime<Utc>,
    /// When the desk entered it, for one that came by another channel and was entered later.
    pub entered_at: Option<DateTime<Utc>>,
    /// Title.
    pub title: String,
    /// Text.
    pub content: String,
    /// Address of the incident.
    pub address: String,
    /// The village (desa / kelurahan) the desk's intake placed it in, by name.
    pub village: Option<String>,
    /// Latitude of the incident.
    pub latitude: f64,
    /// Longitude of the incident.
    pub longitude: f64,
    /// Category code.
    pub category: Option<String>,
    /// The category's name in each language (Indonesian, English).
    pub category_name: Option<(String, String)>,
    /// Agency code.
    pub agency: Option<String>,
    /// Agency name.
    pub agency_name: Option<String>,
    /// Channel code.
    pub channel: String,
    /// Visibility code (the reporter's wish until verification, then the desk's decision).
    pub visibility: String,
    /// The reporter's name.
    pub reporter_name: String,
    /// The reporter's phone.
    pub phone: Option<String>,
    /// The reporter's e-mail.
    pub email: Option<String>,
    /// The reporter's home address, where the SOP asked for it.
    pub reporter_address: Option<String>,
    /// The reporter's social media account, where the SOP asked for it.
    pub social_media_account: Option<String>,
    /// The topic within the category, where the SOP asked for it.
    pub topic: Option<String>,
    /// The sealed NIK.
    pub nik_sealed: Vec<u8>,
    /// Positions of the photos filed with it.
    pub photo_positions: Vec<u32>,
    /// The title and text others see, when the desk removed personal details from them.
    pub public_text: Option<(String, String)>,
    /// Positions of the filed photos that have a public copy (areas blacked out).
    pub public_copies: Vec<u32>,
    /// The tracking code of the complaint this one was merged into, if it was.
    pub duplicate_of: Option<String>,
    /// The tracking codes of the complaints merged into this one.
    pub duplicates: Vec<String>,
    /// The name of the officer it is assigned to.
    pub assignee: Option<String>,
    /// The reporter's requests to remove personal details, not yet handled.
    pub redaction_requests: Vec<super::redactions::PendingRequest>,
    /// When its reporter's personal data was removed after the retention period, if it was
    /// ([`super::retention::anonymise`]).
    pub anonymised_at: Option<DateTime<Utc>>,
}

/// The complaint with `code`, for the desk.
pub async fn find(db: &Db, code: &TrackingCode) -> Result<Option<DeskRecord>, StorageError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        complaint: ComplaintRow,
        agency_name: Option<String>,
        category_id: Option<String>,
        category_en: Option<String>,
        duplicate_of: Option<String>,
        assignee: Option<String>,
        village: Option<String>,
        entered_at: Option<i64>,
        anonymised_at: Option<i64>,
        reporter_address: Option<String>,
        social_media_account: Option<String>,
        topic: Option<String>,
    }
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT {}, c.entered_at, c.anonymised_at, c.reporter_address, c.social_media_account, c.topic, a.name AS agency_name, k.name_id AS category_id, \
         k.name_en AS category_en, o.tracking_code AS duplicate_of, \
         s.display_name AS assignee, v.name AS village \
         FROM complaints c LEFT JOIN complaints o ON o.id = c.duplicate_of \
         LEFT JOIN villages v ON v.code = c.village \
         LEFT JOIN categories k ON k.code = c.category \
         LEFT JOIN officers s ON s.id = c.assignee_id \
         LEFT JOIN agencies a ON a.code = c.agency WHERE c.tracking_code = $1",
        ComplaintRow::COLUMNS
    ))
    .bind(code.as_str())
    .fetch_optional(db.pool())
    .await?;
    let Some(Row {
        complaint: row,
        agency_name,
        category_id,
        category_en,
        duplicate_of,
        assignee,
        village,
        entered_at,
        anonymised_at,
        reporter_address,
        social_media_account,
        topic,
    }) = row
    else {
        return Ok(None);
    };
    let id = row.id;
    Ok(Some(DeskRecord {
        id: row.id(),
        sop: row.pin(),
        status: row.status()?,
        status_since: row.status_since()?,
        reopen_count: row.reopen_count(),
        created_at: row.created_at()?,
        entered_at: entered_at.map(super::from_millis).transpose()?,
        anonymised_at: anonymised_at.map(super::from_millis).transpose()?,
        public_text: row.public_text(),
        title: row.title,
        content: row.content,
        address: row.address,
        village,
        latitude: row.latitude,
        longitude: row.longitude,
        category_name: category_id.zip(category_en),
        category: row.category,
        agency: row.agency,
        agency_name,
        channel: row.channel,
        visibility: row.visibility,
        reporter_name: row.reporter_name,
        phone: row.phone,
        email: row.email,
        reporter_address,
        social_media_account,
        topic,
        nik_sealed: row.nik_sealed,
        photo_positions: super::complaints::photo_positions(db, ComplaintId(id)).await?,
        redaction_requests: super::redactions::pending(db, ComplaintId(id)).await?,
        public_copies: sqlx::query_scalar::<_, i64>(
            "SELECT position FROM complaint_photos WHERE complaint_id = $1 \
             AND event_id IS NULL AND public_key IS NOT NULL ORDER BY position",
        )
        .bind(id)
        .fetch_all(db.pool())
        .await?
        .into_iter()
        .filter_map(|position| u32::try_from(position).ok())
        .collect(),
        duplicate_of,
        assignee,
        duplicates: sqlx::query_scalar(
            "SELECT tracking_code FROM complaints WHERE duplicate_of = $1 ORDER BY created_at",
        )
        .bind(id)
        .fetch_all(db.pool())
        .await?,
    }))
}

/// Records that `officer` revealed the whole NIK of complaint `complaint` at `now`.
pub async fn record_nik_reveal(
    db: &Db,
    officer: super::officers::OfficerId,
    complaint: ComplaintId,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query("INSERT INTO nik_reveals (officer_id, complaint_id, at) VALUES ($1, $2, $3)")
        .bind(officer.0)
        .bind(complaint.0)
        .bind(super::to_millis(now))
        .execute(db.pool())
        .await?;
    Ok(())
}

/// How long a search handle keeps its words.
const SEARCH_KEPT_MS: i64 = 24 * 60 * 60 * 1000;

/// Keeps `words` that officer `officer` searched for under `handle` (random, made by the caller),
/// dropping searches older than a day on the way.
pub async fn save_search(
    db: &Db,
    handle: &str,
    officer: super::officers::OfficerId,
    words: &str,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM desk_searches WHERE created_at < $1")
        .bind(super::to_millis(now) - SEARCH_KEPT_MS)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO desk_searches (handle, officer_id, words, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(handle)
    .bind(officer.0)
    .bind(words)
    .bind(super::to_millis(now))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The words officer `officer` searched for under `handle` in the last day; `None` for another
/// officer's handle, an old one or none.
pub async fn find_search(
    db: &Db,
    handle: &str,
    officer: super::officers::OfficerId,
    now: DateTime<Utc>,
) -> Result<Option<String>, StorageError> {
    Ok(sqlx::query_scalar(
        "SELECT words FROM desk_searches WHERE handle = $1 AND officer_id = $2 AND created_at >= $3",
    )
    .bind(handle)
    .bind(officer.0)
    .bind(super::to_millis(now) - SEARCH_KEPT_MS)
    .fetch_optional(db.pool())
    .await?)
}
