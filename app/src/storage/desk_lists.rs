//! The desk's lists: complaint categories and agencies (OPD), as offered on the filing form.

use super::{Db, StorageError};
use sqlx::Row;

/// One entry of a list, as a form offers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListEntry {
    /// Stable code, stored with the complaint.
    pub code: String,
    /// Name in Bahasa Indonesia.
    pub name_id: String,
    /// Name in English (an agency's proper name stays in Bahasa Indonesia).
    pub name_en: String,
}

/// The active categories, in the desk's order.
pub async fn categories(db: &Db) -> Result<Vec<ListEntry>, StorageError> {
    let rows = sqlx::query(
        "SELECT code, name_id, name_en FROM categories WHERE active = 1 ORDER BY position, code",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| {
            Ok(ListEntry {
                code: row.try_get("code")?,
                name_id: row.try_get("name_id")?,
                name_en: row.try_get("name_en")?,
            })
        })
        .collect()
}

/// The active agencies, in the desk's order.
pub async fn agencies(db: &Db) -> Result<Vec<ListEntry>, StorageError> {
    let rows =
        sqlx::query("SELECT code, name FROM agencies WHERE active = 1 ORDER BY position, code")
            .fetch_all(db.pool())
            .await?;
    rows.iter()
        .map(|row| {
            let name: String = row.try_get("name")?;
            Ok(ListEntry {
                code: row.try_get("code")?,
                name_id: name.clone(),
                name_en: name,
            })
        })
        .collect()
}

/// Whether `code` is an active category.
pub async fn is_category(db: &Db, code: &str) -> Result<bool, StorageError> {
    is_active(db, "categories", code).await
}

/// Whether `code` is an active agency.
pub async fn is_agency(db: &Db, code: &str) -> Result<bool, StorageError> {
    is_active(db, "agencies", code).await
}

/// `table` is one of this module's own table names, never input.
async fn is_active(db: &Db, table: &'static str, code: &str) -> Result<bool, StorageError> {
    let found: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT 1 FROM {table} WHERE code = $1 AND active = 1"
    ))
    .bind(code)
    .fetch_optional(db.pool())
    .await?;
    Ok(found.is_some())
}
