//! Settings the system administrator changes while the desk runs, shared by every instance.

use super::{Db, StorageError, to_millis};
use chrono::{DateTime, Utc};

const SOP_PROFILE: &str = "sop_profile";

/// The id of the SOP profile the administrator put in force, if they chose one.
pub async fn sop_profile(db: &Db) -> Result<Option<String>, StorageError> {
    Ok(
        sqlx::query_scalar("SELECT value FROM desk_settings WHERE name = $1")
            .bind(SOP_PROFILE)
            .fetch_optional(db.pool())
            .await?,
    )
}

/// Puts the SOP profile `id` in force.
pub async fn set_sop_profile(db: &Db, id: &str, now: DateTime<Utc>) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO desk_settings (name, value, changed_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET value = $2, changed_at = $3",
    )
    .bind(SOP_PROFILE)
    .bind(id)
    .bind(to_millis(now))
    .execute(db.pool())
    .await?;
    Ok(())
}
