//! What the Open311 API reads: service requests as the public may see them (the same rule as the
//! public list: verified public or anonymous complaints only), and the token of a request filed
//! through the API.

use super::{Db, StorageError, from_millis, to_millis};
use chrono::{DateTime, Utc};
use sqlx::Row;

/// The most requests one answer holds (the spec's suggested limit).
pub const MAX_REQUESTS: u32 = 1000;

/// The filters of `GET requests`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestFilter {
    /// Only these tracking codes.
    pub codes: Vec<String>,
    /// Only this category.
    pub service_code: Option<String>,
    /// Filed at or after.
    pub start: Option<DateTime<Utc>>,
    /// Filed before.
    pub end: Option<DateTime<Utc>>,
    /// Only open (`Some(true)`) or closed (`Some(false)`) ones.
    pub open: Option<bool>,
}

/// A service request as the public may see it.
#[derive(Clone, Debug, PartialEq)]
pub struct PublicRequest {
    /// Tracking code.
    pub tracking_code: String,
    /// Status code.
    pub status: String,
    /// Category code and names.
    pub category: Option<(String, String, String)>,
    /// The text as the public sees it (the desk's redaction, if any); masked by the caller.
    pub content: String,
    /// The reporter's name, for masking it out of the text (never published).
    pub reporter_name: String,
    /// The agency's name.
    pub agency: Option<String>,
    /// District name and centroid.
    pub district: Option<(String, f64, f64)>,
    /// When it was filed.
    pub filed_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
    /// When its current step falls due.
    pub due_at: Option<DateTime<Utc>>,
}

/// The requests matching `filter`, newest first, at most [`MAX_REQUESTS`].
pub async fn requests(db: &Db, filter: &RequestFilter) -> Result<Vec<PublicRequest>, StorageError> {
    // Codes are bound one by one; statuses come from the enum.
    let open = super::open_status_list();
    let mut conditions = vec![
        "c.visibility IN ('public', 'anonymous')".to_owned(),
        "c.status NOT IN ('submitted', 'returned_to_reporter', 'closed_duplicate')".to_owned(),
        "($1 = '' OR c.category = $1)".to_owned(),
        "c.created_at >= $2".to_owned(),
        "c.created_at < $3".to_owned(),
    ];
    match filter.open {
        Some(true) => conditions.push(format!("c.status IN ({open})")),
        Some(false) => conditions.push(format!("c.status NOT IN ({open})")),
        None => {}
    }
    let codes: Vec<&String> = filter.codes.iter().take(MAX_REQUESTS as usize).collect();
    if !codes.is_empty() {
        let placeholders: Vec<String> = (0..codes.len())
            .map(|index| format!("${}", index + 5))
            .collect();
        conditions.push(format!("c.tracking_code IN ({})", placeholders.join(", ")));
    }
    let sql = format!(
        "SELECT c.tracking_code, c.status, c.category, k.name_id AS category_id, \
         k.name_en AS category_en, COALESCE(c.public_content, c.content) AS content, \
         c.reporter_name, a.name AS agency, d.name AS district, d.latitude, d.longitude, \
         c.created_at, c.updated_at, c.step_due_at FROM complaints c \
         LEFT JOIN categories k ON k.code = c.category \
         LEFT JOIN agencies a ON a.code = c.agency \
         LEFT JOIN districts d ON d.code = c.district \
         WHERE {} ORDER BY c.created_at DESC, c.id DESC LIMIT $4",
        conditions.join(" AND ")
    );
    let mut query = sqlx::query(&sql)
        .bind(filter.service_code.clone().unwrap_or_default())
        .bind(filter.start.map_or(i64::MIN, to_millis))
        .bind(filter.end.map_or(i64::MAX, to_millis))
        .bind(i64::from(MAX_REQUESTS));
    for code in codes {
        query = query.bind(code.clone());
    }
    let rows = query.fetch_all(db.pool()).await?;
    rows.iter()
        .map(|row| {
            let category: Option<String> = row.try_get("category")?;
            let category_id: Option<String> = row.try_get("category_id")?;
            let category_en: Option<String> = row.try_get("category_en")?;
            let district: Option<String> = row.try_get("district")?;
            let latitude: Option<f64> = row.try_get("latitude")?;
            let longitude: Option<f64> = row.try_get("longitude")?;
            let due: Option<i64> = row.try_get("step_due_at")?;
            Ok(PublicRequest {
                tracking_code: row.try_get("tracking_code")?,
                status: row.try_get("status")?,
                category: category.map(|code| {
                    (
                        code.clone(),
                        category_id.clone().unwrap_or_else(|| code.clone()),
                        category_en.clone().unwrap_or(code),
                    )
                }),
                content: row.try_get("content")?,
                reporter_name: row.try_get("reporter_name")?,
                agency: row.try_get("agency")?,
                district: district
                    .zip(latitude.zip(longitude))
                    .map(|(name, (lat, lon))| (name, lat, lon)),
                filed_at: from_millis(row.try_get("created_at")?)?,
                updated_at: from_millis(row.try_get("updated_at")?)?,
                due_at: due.map(from_millis).transpose()?,
            })
        })
        .collect()
}

/// Marks complaint `code` as filed with API key `key_id`.
pub async fn mark_filed_by(db: &Db, code: &str, key_id: i64) -> Result<(), StorageError> {
    sqlx::query("UPDATE complaints SET api_key_id = $1 WHERE tracking_code = $2")
        .bind(key_id)
        .bind(code)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// The tracking code of the request filed under `token` (its submission key), if any.
pub async fn by_token(db: &Db, token: &str) -> Result<Option<String>, StorageError> {
    Ok(sqlx::query_scalar(
        "SELECT tracking_code FROM complaints WHERE submission_key = $1 AND api_key_id IS NOT NULL",
    )
    .bind(token)
    .fetch_optional(db.pool())
    .await?)
}

/// A complaint the public list does not show yet (still waiting for verification, or returned),
/// as its filer may follow it by its id: status, category and dates only. `None` for a
/// confidential complaint or no complaint.
pub async fn status_only(
    db: &Db,
    code: &str,
) -> Result<Option<(String, Option<String>, DateTime<Utc>, DateTime<Utc>)>, StorageError> {
    let row = sqlx::query(
        "SELECT status, category, created_at, updated_at FROM complaints \
         WHERE tracking_code = $1 AND visibility <> 'confidential'",
    )
    .bind(code)
    .fetch_optional(db.pool())
    .await?;
    row.map(|row| {
        Ok((
            row.try_get("status")?,
            row.try_get("category")?,
            from_millis(row.try_get("created_at")?)?,
            from_millis(row.try_get("updated_at")?)?,
        ))
    })
    .transpose()
}
