//! The public list of complaints (`/aduan`): only complaints the main desk verified as public or
//! anonymous, never a confidential one or one still waiting for verification; only what may be
//! shown of them (the title as redacted, the reporter's name for initials, the agency's validated
//! answer). Personal data is masked by the caller ([`crate::api::public_list`]).

use super::{Db, StorageError, from_millis};
use chrono::{DateTime, Utc};
use sqlx::Row;

/// Statuses a complaint has only before the main desk verified it: never listed.
const UNVERIFIED: [&str; 2] = ["submitted", "returned_to_reporter"];

/// One listed complaint, as stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    /// The title the public sees (the desk's redaction, if any).
    pub title: String,
    /// Category code.
    pub category: Option<String>,
    /// District name.
    pub district: Option<String>,
    /// Agency name.
    pub agency: Option<String>,
    /// Status code.
    pub status: String,
    /// `public` or `anonymous`.
    pub visibility: String,
    /// The reporter's name, for initials (never listed as it is).
    pub reporter_name: String,
    /// When it was filed.
    pub filed_at: DateTime<Utc>,
    /// When its status last changed.
    pub status_since: DateTime<Utc>,
    /// The agency's answer as validated by the main desk, if any.
    pub answer: Option<String>,
}

/// A page of the list: up to `limit` complaints after skipping `offset`, newest first, whose
/// public title contains `search` (any case), and whether more follow.
pub async fn page(
    db: &Db,
    search: Option<&str>,
    limit: u32,
    offset: u64,
) -> Result<(Vec<Listed>, bool), StorageError> {
    let pattern = search
        .map(|search| {
            let escaped = search
                .to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("%{escaped}%")
        })
        .unwrap_or_else(|| "%".to_owned());
    let filter = format!(
        "c.visibility IN ('public', 'anonymous') AND c.status NOT IN ('{}', '{}') \
         AND c.status <> 'closed_duplicate' \
         AND LOWER(COALESCE(c.public_title, c.title)) LIKE $1 ESCAPE '\\'",
        UNVERIFIED[0], UNVERIFIED[1]
    );
    let rows = sqlx::query(&format!(
        "SELECT c.id, COALESCE(c.public_title, c.title) AS title, c.category, d.name AS district, \
         a.name AS agency, c.status, c.visibility, c.reporter_name, c.created_at, \
         c.status_since, \
         (SELECT e.note FROM complaint_events e WHERE e.complaint_id = c.id \
          AND e.action = 'propose_resolution' AND e.at <= (SELECT MAX(v.at) \
          FROM complaint_events v WHERE v.complaint_id = c.id AND v.action = 'validate') \
          ORDER BY e.at DESC, e.id DESC LIMIT 1) AS answer \
         FROM complaints c \
         LEFT JOIN districts d ON d.code = c.district \
         LEFT JOIN agencies a ON a.code = c.agency \
         WHERE {filter} ORDER BY c.created_at DESC, c.id DESC LIMIT $2 OFFSET $3"
    ))
    .bind(&pattern)
    .bind(i64::from(limit) + 1)
    .bind(i64::try_from(offset).unwrap_or(i64::MAX))
    .fetch_all(db.pool())
    .await?;
    let more = rows.len() > limit as usize;
    let mut listed = Vec::with_capacity(rows.len());
    for row in rows.into_iter().take(limit as usize) {
        listed.push(Listed {
            title: row.try_get("title")?,
            category: row.try_get("category")?,
            district: row.try_get("district")?,
            agency: row.try_get("agency")?,
            status: row.try_get("status")?,
            visibility: row.try_get("visibility")?,
            reporter_name: row.try_get("reporter_name")?,
            filed_at: from_millis(row.try_get("created_at")?)?,
            status_since: from_millis(row.try_get("status_since")?)?,
            answer: row.try_get("answer")?,
        });
    }
    Ok((listed, more))
}
