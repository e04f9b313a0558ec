//! Response templates ([`crate::domain::template`]): kept by the system administrator, offered
//! on the complaint page's written steps.

use super::{Db, StorageError, to_millis};
use crate::domain::status::ActionKind;
use crate::domain::template::NewTemplate;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// A stored template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// Its id.
    pub id: i64,
    /// The step it fills.
    pub action: ActionKind,
    /// The category it is for; `None` for all.
    pub category: Option<String>,
    /// Its title.
    pub title: String,
    /// Its text.
    pub body: String,
    /// Whether it is offered.
    pub active: bool,
}

/// Every template, offered or not, by step and title.
pub async fn all(db: &Db) -> Result<Vec<Template>, StorageError> {
    rows(
        db,
        "SELECT id, action, category, title, body, active FROM response_templates \
              ORDER BY action, title, id",
        None,
    )
    .await
}

/// The offered templates for a complaint of `category`: those for it, then those for all.
pub async fn offered(db: &Db, category: Option<&str>) -> Result<Vec<Template>, StorageError> {
    rows(
        db,
        "SELECT id, action, category, title, body, active FROM response_templates \
         WHERE active = 1 AND (category IS NULL OR category = $1) \
         ORDER BY action, CASE WHEN category IS NULL THEN 1 ELSE 0 END, title, id",
        Some(category.unwrap_or("")),
    )
    .await
}

async fn rows(db: &Db, sql: &str, bind: Option<&str>) -> Result<Vec<Template>, StorageError> {
    let mut query = sqlx::query(sql);
    if let Some(value) = bind {
        query = query.bind(value);
    }
    query
        .fetch_all(db.pool())
        .await?
        .into_iter()
        .map(|row| {
            let action: String = row.try_get("action")?;
            let active: i64 = row.try_get("active")?;
            Ok(Template {
                id: row.try_get("id")?,
                action: ActionKind::parse_code(&action)
                    .ok_or_else(|| StorageError::Corrupt(format!("template action {action:?}")))?,
                category: row.try_get("category")?,
                title: row.try_get("title")?,
                body: row.try_get("body")?,
                active: active != 0,
            })
        })
        .collect()
}

/// Stores a new template, offered at once.
pub async fn add(db: &Db, template: &NewTemplate, now: DateTime<Utc>) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO response_templates (action, category, title, body, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(template.action().code())
    .bind(template.category().map(|category| category.as_str()))
    .bind(template.title())
    .bind(template.body())
    .bind(to_millis(now))
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Offers template `id` again, or stops offering it; `false` when there is no such template.
pub async fn set_active(db: &Db, id: i64, active: bool) -> Result<bool, StorageError> {
    let changed = sqlx::query("UPDATE response_templates SET active = $1 WHERE id = $2")
        .bind(i64::from(active))
        .bind(id)
        .execute(db.pool())
        .await?
        .rows_affected();
    Ok(changed == 1)
}
