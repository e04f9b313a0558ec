//! Logging in (password and second factor, throttled) and out.

use super::*;
use crate::auth::session::{self};
use crate::auth::throttle::Attempt;
use crate::auth::{password, totp};
use crate::state::AppState;
use crate::storage::officers;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;

/// The login form.
#[derive(Deserialize)]
pub struct Login {
    /// Username.
    pengguna: String,
    /// Password.
    sandi: String,
    /// The authenticator's six digits, or a recovery code.
    kode: String,
}

/// `POST /petugas/masuk`.
#[tracing::instrument(skip_all)]
pub async fn login(
    State(state): State<AppState>,
    client: crate::auth::client::ClientNetwork,
    Form(form): Form<Login>,
) -> Response {
    use crate::site::desk_problem as problem;
    let now = Utc::now();
    let username = form.pengguna.trim().to_lowercase();
    let back =
        |problem: &str| Redirect::to(&format!("/petugas/masuk?galat={problem}")).into_response();

    let attempt = Attempt::new(&state, &username, &client.0);
    match attempt.refused(&state, now).await {
        Ok(true) => {
            tracing::warn!("login attempts rate limited");
            return back(problem::LIMITED);
        }
        Ok(false) => {}
        // Failing closed: without the counters, passwords could be guessed at full speed.
        Err(error) => {
            tracing::error!(%error, "rate limit unavailable");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    }
    let wrong = |account: Option<(officers::OfficerId, Option<String>)>| {
        let attempt = &attempt;
        let state = &state;
        async move {
            let account = account.as_ref().map(|(id, email)| (*id, email.as_deref()));
            if let Err(error) = attempt.failed(state, account, now).await {
                tracing::error!(%error, "wrong login not counted");
            }
            back(problem::WRONG)
        }
    };

    let officer = match officers::find_login(&state.db, &username).await {
        Ok(officer) => officer,
        Err(error) => return failure(&error),
    };
    // An account never set up has no password yet: it logs in after /petugas/siapkan.
    let Some(officer) =
        officer.filter(|officer| officer.active && !officer.password_hash.is_empty())
    else {
        // The same work as a real check, so timing does not tell which usernames exist.
        let password = form.sandi.clone();
        let _ = tokio::task::spawn_blocking(move || password::dummy_verify(&password)).await;
        tracing::info!("login refused");
        return wrong(None).await;
    };
    // argon2 takes tens of milliseconds of CPU: off the async workers.
    let verified = {
        let (password, hash) = (form.sandi.clone(), officer.password_hash.clone());
        tokio::task::spawn_blocking(move || password::verify_password(&password, &hash)).await
    };
    if !verified.unwrap_or(false) {
        tracing::info!(officer = officer.id.0, "login refused: password");
        return wrong(Some((officer.id, officer.email.clone()))).await;
    }
    let second_factor = match second_factor(&state, &officer, form.kode.trim(), now).await {
        Ok(passed) => passed,
        Err(error) => return failure(&error),
    };
    if !second_factor {
        tracing::info!(officer = officer.id.0, "login refused: second factor");
        return wrong(Some((officer.id, officer.email.clone()))).await;
    }
    match session::open(&state, officer.id, now).await {
        Ok(cookie) => {
            tracing::info!(officer = officer.id.0, "officer logged in");
            let mut response = Redirect::to("/petugas").into_response();
            crate::handlers::append_cookie(&mut response, &cookie);
            response
        }
        Err(error) => failure(&error),
    }
}

/// Checks the authenticator's code (never the same time step twice) or spends a recovery code.
async fn second_factor(
    state: &AppState,
    officer: &officers::OfficerLogin,
    code: &str,
    now: DateTime<Utc>,
) -> Result<bool, crate::storage::StorageError> {
    if code.len() == totp::DIGITS && code.chars().all(|c| c.is_ascii_digit()) {
        let Ok(secret) = state.protector.open_secret(&officer.totp_sealed) else {
            tracing::error!(officer = officer.id.0, "TOTP secret cannot be opened");
            return Ok(false);
        };
        let secret = totp::TotpSecret::from_bytes(&secret);
        let unix = u64::try_from(now.timestamp()).unwrap_or_default();
        return match totp::verify(&secret, code, unix, officer.totp_last_step) {
            Some(step) => officers::use_totp_step(&state.db, officer.id, step).await,
            None => Ok(false),
        };
    }
    let hash = state.protector.recovery_code_hash(code);
    officers::use_recovery_code(&state.db, officer.id, &hash, now).await
}

/// The logout form.
#[derive(Deserialize)]
pub struct Logout {
    /// `1` to end every session of this officer.
    #[serde(default)]
    semua: String,
}

/// `POST /petugas/keluar`.
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<Logout>,
) -> Response {
    if let Some(token) = session::token(&state, &headers) {
        let ended = if form.semua == "1" {
            match session::current_officer(&state, &headers, Utc::now()).await {
                Ok(Some(officer)) => officers::delete_sessions_of(&state.db, officer.id).await,
                Ok(None) => Ok(()),
                Err(error) => Err(error),
            }
        } else {
            officers::delete_session(&state.db, &session::token_hash(&token)).await
        };
        if let Err(error) = ended {
            return failure(&error);
        }
    }
    let mut response = Redirect::to("/petugas/masuk").into_response();
    crate::handlers::append_cookie(&mut response, &session::clear_cookie(&state));
    response
}
