//! Officer accounts, their second factor and their sessions.

use super::rows::OfficerRow;
use super::{Db, StorageError, from_millis, to_millis};
use crate::domain::officer::OfficerScope;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// An officer's database id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OfficerId(pub i64);

/// A new account, with its secrets already protected.
#[derive(Debug)]
pub struct NewOfficer<'a> {
    /// Login name, unique.
    pub username: &'a str,
    /// Name shown to other officers.
    pub display_name: &'a str,
    /// Where deadline reminders go.
    pub email: Option<&'a str>,
    /// Role and agency.
    pub scope: &'a OfficerScope,
    /// argon2id PHC string.
    pub password_hash: &'a str,
    /// The TOTP secret, sealed.
    pub totp_sealed: &'a [u8],
    /// SHA-256 hashes of the one-time recovery codes.
    pub recovery_code_hashes: &'a [String],
}

/// Stores a new account with its recovery codes.
///
/// # Errors
/// [`StorageError::Conflict`] when the username is taken.
pub async fn create(
    db: &Db,
    officer: &NewOfficer<'_>,
    now: DateTime<Utc>,
) -> Result<OfficerId, StorageError> {
    let mut tx = db.begin().await?;
    let id: i64 = sqlx::query(
        "INSERT INTO officers (username, display_name, role, agency, password_hash, totp_sealed, \
         created_at, email) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(officer.username)
    .bind(officer.display_name)
    .bind(officer.scope.role.code())
    .bind(officer.scope.agency.as_deref())
    .bind(officer.password_hash)
    .bind(officer.totp_sealed)
    .bind(to_millis(now))
    .bind(officer.email)
    .fetch_one(&mut *tx)
    .await?
    .try_get("id")?;
    for hash in officer.recovery_code_hashes {
        sqlx::query("INSERT INTO officer_recovery_codes (officer_id, code_hash) VALUES ($1, $2)")
            .bind(id)
            .bind(hash.as_str())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(OfficerId(id))
}

/// An account as login needs it.
#[derive(Clone)]
pub struct OfficerLogin {
    /// Its id.
    pub id: OfficerId,
    /// argon2id PHC string.
    pub password_hash: String,
    /// The sealed TOTP secret.
    pub totp_sealed: Vec<u8>,
    /// The last TOTP step accepted.
    pub totp_last_step: Option<u64>,
    /// Whether the account may log in.
    pub active: bool,
    /// Where the officer hears of their account (many wrong logins), if anywhere.
    pub email: Option<String>,
}

impl std::fmt::Debug for OfficerLogin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OfficerLogin")
            .field("id", &self.id)
            .field("active", &self.active)
            .finish_non_exhaustive()
    }
}

/// The account named `username`, for checking a login.
pub async fn find_login(db: &Db, username: &str) -> Result<Option<OfficerLogin>, StorageError> {
    let row = sqlx::query(
        "SELECT id, password_hash, totp_sealed, totp_last_step, active, email FROM officers \
         WHERE username = $1",
    )
    .bind(username)
    .fetch_optional(db.pool())
    .await?;
    row.map(|row| {
        let last_step: Option<i64> = row.try_get("totp_last_step")?;
        let active: i64 = row.try_get("active")?;
        Ok(OfficerLogin {
            id: OfficerId(row.try_get("id")?),
            password_hash: row.try_get("password_hash")?,
            totp_sealed: row.try_get("totp_sealed")?,
            totp_last_step: last_step.and_then(|step| u64::try_from(step).ok()),
            active: active != 0,
            email: row.try_get("email")?,
        })
    })
    .transpose()
}

/// Records that the TOTP code of `step` was used. `false` when that step (or a later one) was
/// already used: the code is a replay, even if two logins race with it.
pub async fn use_totp_step(db: &Db, id: OfficerId, step: u64) -> Result<bool, StorageError> {
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    let updated = sqlx::query(
        "UPDATE officers SET totp_last_step = $1 \
         WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
    )
    .bind(step)
    .bind(id.0)
    .execute(db.pool())
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// Spends a recovery code (by its hash). `false` when it is unknown or already spent.
pub async fn use_recovery_code(
    db: &Db,
    id: OfficerId,
    code_hash: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let updated = sqlx::query(
        "UPDATE officer_recovery_codes SET used_at = $1 \
         WHERE officer_id = $2 AND code_hash = $3 AND used_at IS NULL",
    )
    .bind(to_millis(now))
    .bind(id.0)
    .bind(code_hash)
    .execute(db.pool())
    .await?
    .rows_affected();
    Ok(updated == 1)
}

/// The officer behind a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionOfficer {
    /// Their id.
    pub id: OfficerId,
    /// Their login name.
    pub username: String,
    /// Their name.
    pub display_name: String,
    /// Their role and agency.
    pub scope: OfficerScope,
    /// Their agency's name, for agency roles.
    pub agency_name: Option<String>,
}

/// Opens a session for `officer` under the hash of its token.
pub async fn create_session(
    db: &Db,
    token_hash: &str,
    officer: OfficerId,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, officer_id, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $3)",
    )
    .bind(token_hash)
    .bind(officer.0)
    .bind(to_millis(now))
    .execute(db.pool())
    .await?;
    Ok(())
}

/// The officer of the session with `token_hash`, if it is still open at `now`: used within
/// `idle` of its last use and within `absolute` of its start, and the account is active. An open
/// session's last use becomes `now`; an expired one is deleted.
pub async fn session_officer(
    db: &Db,
    token_hash: &str,
    now: DateTime<Utc>,
    idle: chrono::Duration,
    absolute: chrono::Duration,
) -> Result<Option<SessionOfficer>, StorageError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        created_at: i64,
        last_seen_at: i64,
        agency_name: Option<String>,
        #[sqlx(flatten)]
        officer: OfficerRow,
    }
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT s.created_at, s.last_seen_at, a.name AS agency_name, {} FROM sessions s \
         JOIN officers o ON o.id = s.officer_id LEFT JOIN agencies a ON a.code = o.agency \
         WHERE s.token_hash = $1",
        OfficerRow::COLUMNS
    ))
    .bind(token_hash)
    .fetch_optional(db.pool())
    .await?;
    let Some(Row {
        created_at,
        last_seen_at,
        agency_name,
        officer,
    }) = row
    else {
        return Ok(None);
    };
    let (created_at, last_seen_at) = (from_millis(created_at)?, from_millis(last_seen_at)?);
    if !officer.active() || now - last_seen_at > idle || now - created_at > absolute {
        delete_session(db, token_hash).await?;
        return Ok(None);
    }
    let scope = officer.scope()?;
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
        .bind(to_millis(now))
        .bind(token_hash)
        .execute(db.pool())
        .await?;
    Ok(Some(SessionOfficer {
        id: officer.id(),
        username: officer.username,
        display_name: officer.display_name,
        scope,
        agency_name,
    }))
}

/// Ends one session.
pub async fn delete_session(db: &Db, token_hash: &str) -> Result<(), StorageError> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Ends every session of an officer ("log out everywhere").
pub async fn delete_sessions_of(db: &Db, officer: OfficerId) -> Result<(), StorageError> {
    sqlx::query("DELETE FROM sessions WHERE officer_id = $1")
        .bind(officer.0)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// An account as the system administrator sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// Its id.
    pub id: OfficerId,
    /// Login name.
    pub username: String,
    /// Name shown to other officers.
    pub display_name: String,
    /// Role and agency.
    pub scope: OfficerScope,
    /// Where deadline reminders go.
    pub email: Option<String>,
    /// Whether it may log in.
    pub active: bool,
}

/// The account with `id`, without its secrets, inside `tx`.
pub async fn account_in(
    tx: &mut super::Tx,
    id: OfficerId,
) -> Result<Option<OfficerRow>, StorageError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {} FROM officers o WHERE o.id = $1",
        OfficerRow::COLUMNS
    ))
    .bind(id.0)
    .fetch_optional(&mut **tx)
    .await?)
}

/// Every account, by username.
pub async fn accounts(db: &Db) -> Result<Vec<Account>, StorageError> {
    let rows: Vec<OfficerRow> = sqlx::query_as(&format!(
        "SELECT {} FROM officers o ORDER BY o.username",
        OfficerRow::COLUMNS
    ))
    .fetch_all(db.pool())
    .await?;
    rows.into_iter()
        .map(|row| {
            Ok(Account {
                id: row.id(),
                scope: row.scope()?,
                active: row.active(),
                username: row.username,
                display_name: row.display_name,
                email: row.email,
            })
        })
        .collect()
}

/// Changes the name, e-mail address, role and agency of the account `username`; `false` when
/// no account has that username. Its sessions stay open and act with the new role from their
/// next request (a session reads the account on every request).
pub async fn update(
    db: &Db,
    username: &str,
    display_name: &str,
    email: Option<&str>,
    scope: &OfficerScope,
) -> Result<bool, StorageError> {
    let changed = sqlx::query(
        "UPDATE officers SET display_name = $1, email = $2, role = $3, agency = $4 \
         WHERE username = $5",
    )
    .bind(display_name)
    .bind(email)
    .bind(scope.role.code())
    .bind(scope.agency.as_deref())
    .bind(username)
    .execute(db.pool())
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Lets the account `username` log in again, or stops it (ending its sessions at once);
/// `false` when no account has that username.
pub async fn set_active(db: &Db, username: &str, active: bool) -> Result<bool, StorageError> {
    let mut tx = db.begin().await?;
    let changed = sqlx::query("UPDATE officers SET active = $1 WHERE username = $2")
        .bind(i64::from(active))
        .bind(username)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if !active {
        sqlx::query(
            "DELETE FROM sessions WHERE officer_id IN \
             (SELECT id FROM officers WHERE username = $1)",
        )
        .bind(username)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(changed == 1)
}

/// An account waiting for its officer to set it up (see [`set_setup_code`]).
#[derive(Clone)]
pub struct Setup {
    /// Its id.
    pub id: OfficerId,
    /// The keyed hash of its one-time set-up code.
    pub code_hash: String,
    /// Until when the code works.
    pub expires_at: DateTime<Utc>,
    /// The new authenticator key, sealed, once the officer chose a password (step one).
    pub pending_totp_sealed: Option<Vec<u8>>,
}

impl std::fmt::Debug for Setup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Setup")
            .field("id", &self.id)
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// Gives account `id` a one-time set-up code (its keyed hash), valid until `expires_at`: its
/// officer chooses a password and enrols an authenticator with it.
pub async fn set_setup_code(
    db: &Db,
    id: OfficerId,
    code_hash: &str,
    expires_at: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "UPDATE officers SET setup_code_hash = $1, setup_expires_at = $2, \
         pending_totp_sealed = NULL WHERE id = $3",
    )
    .bind(code_hash)
    .bind(to_millis(expires_at))
    .bind(id.0)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// The set-up waiting on the active account `username`, if any.
pub async fn find_setup(db: &Db, username: &str) -> Result<Option<Setup>, StorageError> {
    let row = sqlx::query(
        "SELECT id, setup_code_hash, setup_expires_at, pending_totp_sealed FROM officers \
         WHERE username = $1 AND active = 1 AND setup_code_hash IS NOT NULL",
    )
    .bind(username)
    .fetch_optional(db.pool())
    .await?;
    row.map(|row| {
        Ok(Setup {
            id: OfficerId(row.try_get("id")?),
            code_hash: row.try_get("setup_code_hash")?,
            expires_at: from_millis(row.try_get("setup_expires_at")?)?,
            pending_totp_sealed: row.try_get("pending_totp_sealed")?,
        })
    })
    .transpose()
}

/// Step one of a set-up: the password the officer chose, and the new authenticator key waiting
/// for its first code.
pub async fn begin_setup(
    db: &Db,
    id: OfficerId,
    password_hash: &str,
    pending_totp_sealed: &[u8],
) -> Result<(), StorageError> {
    sqlx::query(
        "UPDATE officers SET password_hash = $1, pending_totp_sealed = $2 \
         WHERE id = $3 AND setup_code_hash IS NOT NULL",
    )
    .bind(password_hash)
    .bind(pending_totp_sealed)
    .bind(id.0)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Step two: the authenticator answered with `step`'s code. Its key comes into force, the
/// recovery codes are replaced, the set-up code is spent and every session of the account ends.
/// The confirming code may still log in once (the officer's next move); no earlier one can.
/// `false` when the set-up was already finished (the same code twice).
pub async fn finish_setup(
    db: &Db,
    id: OfficerId,
    step: u64,
    recovery_code_hashes: &[String],
) -> Result<bool, StorageError> {
    let mut tx = db.begin().await?;
    let finished = sqlx::query(
        "UPDATE officers SET totp_sealed = pending_totp_sealed, totp_last_step = $1, \
         pending_totp_sealed = NULL, setup_code_hash = NULL, setup_expires_at = NULL \
         WHERE id = $2 AND pending_totp_sealed IS NOT NULL AND setup_code_hash IS NOT NULL",
    )
    .bind(i64::try_from(step.saturating_sub(1)).unwrap_or(i64::MAX))
    .bind(id.0)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if finished != 1 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM officer_recovery_codes WHERE officer_id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    for hash in recovery_code_hashes {
        sqlx::query("INSERT INTO officer_recovery_codes (officer_id, code_hash) VALUES ($1, $2)")
            .bind(id.0)
            .bind(hash.as_str())
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("DELETE FROM sessions WHERE officer_id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// The password hash of account `id`, to check an officer's current password.
pub async fn password_hash(db: &Db, id: OfficerId) -> Result<Option<String>, StorageError> {
    Ok(
        sqlx::query_scalar("SELECT password_hash FROM officers WHERE id = $1")
            .bind(id.0)
            .fetch_optional(db.pool())
            .await?,
    )
}
