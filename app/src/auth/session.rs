//! Officers' sessions: a random token in an HTTP-only cookie, only its SHA-256 in the database,
//! closed after [`IDLE_TIMEOUT`] without use or [`ABSOLUTE_TIMEOUT`] after login.

use crate::personal_data::ProtectionError;
use crate::state::AppState;
use crate::storage::StorageError;
use crate::storage::officers::{self, OfficerId, SessionOfficer};
use axum::http::{HeaderMap, header};
use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

/// A session unused this long is closed.
pub const IDLE_TIMEOUT: Duration = Duration::hours(2);
/// A session this old is closed, used or not.
pub const ABSOLUTE_TIMEOUT: Duration = Duration::hours(12);
/// Random bytes in a session token.
const TOKEN_BYTES: usize = 32;

/// The session cookie's name: with the `__Host-` prefix over HTTPS (the browser then refuses it
/// from any other host or path, and without `Secure`).
pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-aduan_session"
    } else {
        "aduan_session"
    }
}

/// The stored form of a token.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Opens a session for `officer` and returns the `Set-Cookie` value that carries it.
pub async fn open(
    state: &AppState,
    officer: OfficerId,
    now: DateTime<Utc>,
) -> Result<String, SessionError> {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut bytes).map_err(|_| ProtectionError::Random)?;
    let token: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
    officers::create_session(&state.db, &token_hash(&token), officer, now).await?;
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    Ok(format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{secure}",
        cookie_name(state.secure_cookies),
        ABSOLUTE_TIMEOUT.num_seconds()
    ))
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie(state: &AppState) -> String {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    format!(
        "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}",
        cookie_name(state.secure_cookies)
    )
}

/// The session token the request carries, if any.
pub fn token(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let name = cookie_name(state.secure_cookies);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|header| crate::cookies::value(header, name))
        .map(str::to_owned)
}

/// The officer whose open session the request carries.
pub async fn current_officer(
    state: &AppState,
    headers: &HeaderMap,
    now: DateTime<Utc>,
) -> Result<Option<SessionOfficer>, StorageError> {
    let Some(token) = token(state, headers) else {
        return Ok(None);
    };
    officers::session_officer(
        &state.db,
        &token_hash(&token),
        now,
        IDLE_TIMEOUT,
        ABSOLUTE_TIMEOUT,
    )
    .await
}

/// Why a session could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// No randomness for the token.
    #[error(transparent)]
    Random(#[from] ProtectionError),
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_stored_hashed_and_the_prefix_needs_https() {
        let hash = token_hash("abc");
        assert_eq!(
            hash,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(cookie_name(true), "__Host-aduan_session");
        assert_eq!(cookie_name(false), "aduan_session");
    }
}
