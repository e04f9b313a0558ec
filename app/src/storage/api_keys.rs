//! Keys for machine clients of the Open311 API: created and revoked by the system administrator
//! (`aduan admin api-key …`), stored as keyed hashes, each with a scope.

use super::{Db, StorageError, from_millis, to_millis};
use crate::personal_data::{ProtectionError, Protector};
use chrono::{DateTime, Utc};
use sqlx::Row;

/// What a key may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// File complaints (and read).
    Create,
    /// Read only.
    Read,
}

impl Scope {
    /// The stored code.
    pub const fn code(self) -> &'static str {
        match self {
            Scope::Create => "create",
            Scope::Read => "read",
        }
    }

    /// The scope of a stored code.
    pub fn parse_code(code: &str) -> Option<Scope> {
        match code {
            "create" => Some(Scope::Create),
            "read" => Some(Scope::Read),
            _ => None,
        }
    }
}

/// A key as listed (never the key itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiKey {
    /// Its id.
    pub id: i64,
    /// Who it is for, e.g. "WhatsApp gateway".
    pub name: String,
    /// What it may do.
    pub scope: Scope,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<DateTime<Utc>>,
    /// When it was last used.
    pub last_used_at: Option<DateTime<Utc>>,
}

/// Why a key could not be made.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// No secure random bytes.
    #[error(transparent)]
    Random(#[from] ProtectionError),
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Makes a key named `name` with `scope`; returns its id and the key, shown only now.
pub async fn create(
    db: &Db,
    protector: &Protector,
    name: &str,
    scope: Scope,
    now: DateTime<Utc>,
) -> Result<(i64, String), KeyError> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|_| ProtectionError::Random)?;
    let key = format!(
        "aduan_{}",
        bytes
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect::<String>()
    );
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO api_keys (name, key_hash, scope, created_at) VALUES ($1, $2, $3, $4) \
         RETURNING id",
    )
    .bind(name.trim())
    .bind(protector.api_key_hash(&key))
    .bind(scope.code())
    .bind(to_millis(now))
    .fetch_one(db.pool())
    .await
    .map_err(StorageError::from)?;
    Ok((id, key))
}

/// Revokes key `id`; false if there is no such key or it was already revoked.
pub async fn revoke(db: &Db, id: i64, now: DateTime<Utc>) -> Result<bool, StorageError> {
    let changed =
        sqlx::query("UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(to_millis(now))
            .bind(id)
            .execute(db.pool())
            .await?
            .rows_affected();
    Ok(changed == 1)
}

/// Every key, newest first.
pub async fn list(db: &Db) -> Result<Vec<ApiKey>, StorageError> {
    let rows = sqlx::query(
        "SELECT id, name, scope, created_at, revoked_at, last_used_at FROM api_keys \
         ORDER BY id DESC",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter().map(read).collect()
}

fn read(row: &sqlx::any::AnyRow) -> Result<ApiKey, StorageError> {
    let scope: String = row.try_get("scope")?;
    let revoked: Option<i64> = row.try_get("revoked_at")?;
    let used: Option<i64> = row.try_get("last_used_at")?;
    Ok(ApiKey {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        scope: Scope::parse_code(&scope)
            .ok_or_else(|| StorageError::Corrupt(format!("api key scope {scope:?}")))?,
        created_at: from_millis(row.try_get("created_at")?)?,
        revoked_at: revoked.map(from_millis).transpose()?,
        last_used_at: used.map(from_millis).transpose()?,
    })
}

/// The live (not revoked) key whose hash is `key_hash`, marked as used at `now`.
pub async fn authenticate(
    db: &Db,
    key_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<ApiKey>, StorageError> {
    let row = sqlx::query(
        "UPDATE api_keys SET last_used_at = $1 WHERE key_hash = $2 AND revoked_at IS NULL \
         RETURNING id, name, scope, created_at, revoked_at, last_used_at",
    )
    .bind(to_millis(now))
    .bind(key_hash)
    .fetch_optional(db.pool())
    .await?;
    row.as_ref().map(read).transpose()
}
