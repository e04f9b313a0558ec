//! An officer sets up their own account: a password only they know and an authenticator only
//! they enrolled. The system administrator who made the account handed over a one-time set-up
//! code and never learns either; an officer renewing both gives their current password for a
//! code of their own.
//!
//! - `POST /petugas/siapkan`: username, set-up code and the new password, twice. The answer shows
//!   the new authenticator key and asks for its first code.
//! - `POST /petugas/siapkan/konfirmasi`: the same code and the authenticator's first code. The key
//!   comes into force, the old recovery codes go, new ones are shown once, every session ends.
//! - `POST /petugas/akun/ulang`: a signed-in officer's current password; the answer is the first
//!   step's form for a fresh code of their own.
//!
//! Codes are guessed no faster than passwords: the same throttle as the login counts every try.

use super::{escape, small_page};
use crate::auth::client::ClientNetwork;
use crate::auth::extract::Officer;
use crate::auth::throttle::Attempt;
use crate::auth::{accounts, password, totp};
use crate::i18n::{Locale, ui};
use crate::site::setup_problem as problem;
use crate::state::AppState;
use crate::storage::officers::{self, Setup};
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;

/// The first step's form.
#[derive(Deserialize)]
pub struct Begin {
    pengguna: String,
    kode: String,
    sandi: String,
    sandi_lagi: String,
}

/// The second step's form.
#[derive(Deserialize)]
pub struct Confirm {
    pengguna: String,
    kode: String,
    otp: String,
}

/// A renewal's form.
#[derive(Deserialize)]
pub struct Renew {
    sandi: String,
}

/// Back to the first step's page with a problem, the username kept (never the code or password).
fn back(username: &str, problem: &str) -> Response {
    let query = serde_urlencoded::to_string([("pengguna", username), ("galat", problem)])
        .unwrap_or_default();
    Redirect::to(&format!("/petugas/siapkan?{query}")).into_response()
}

/// The set-up waiting on `username` whose code is `code`, unexpired; counted as a try either way.
async fn setup_for(
    state: &AppState,
    network: &ClientNetwork,
    username: &str,
    code: &str,
    now: DateTime<Utc>,
) -> Result<Setup, Response> {
    let attempt = Attempt::new(state, username, &network.0);
    match attempt.refused(state, now).await {
        Ok(false) => {}
        Ok(true) => return Err(back(username, problem::LIMITED)),
        Err(error) => return Err(failure(&error)),
    }
    let setup = match officers::find_setup(&state.db, username).await {
        Ok(setup) => setup,
        Err(error) => return Err(failure(&error)),
    };
    match setup {
        Some(setup)
            if setup.expires_at > now
                && state
                    .protector
                    .setup_code_matches(username, code, &setup.code_hash) =>
        {
            Ok(setup)
        }
        setup => {
            if let Err(error) = attempt
                .failed(state, setup.map(|setup| (setup.id, None)), now)
                .await
            {
                tracing::error!(%error, "wrong set-up code not counted");
            }
            tracing::info!("set-up refused: code");
            Err(back(username, problem::CODE))
        }
    }
}

/// `POST /petugas/siapkan`.
#[tracing::instrument(skip_all)]
pub async fn begin(
    State(state): State<AppState>,
    network: ClientNetwork,
    headers: HeaderMap,
    Form(form): Form<Begin>,
) -> Response {
    let locale = crate::cookies::reader_locale(&headers);
    let now = Utc::now();
    let username = form.pengguna.trim().to_lowercase();
    let setup = match setup_for(&state, &network, &username, &form.kode, now).await {
        Ok(setup) => setup,
        Err(response) => return response,
    };
    if form.sandi != form.sandi_lagi {
        return back(&username, problem::MISMATCH);
    }
    if let Err(problem) = password::check_strength(&form.sandi, &username) {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            Html(super::message_page(
                locale,
                ui::SETUP_REFUSED.get(locale),
                &[problem.message(locale)],
                None,
                &format!(
                    "/petugas/siapkan?{}",
                    serde_urlencoded::to_string([("pengguna", username.as_str())])
                        .unwrap_or_default()
                ),
                ui::DESK_BACK.get(locale),
            )),
        )
            .into_response();
    }
    let hashed = {
        let password = form.sandi.clone();
        tokio::task::spawn_blocking(move || password::hash_password(&password)).await
    };
    let Ok(Ok(password_hash)) = hashed else {
        return failure(&"the password could not be hashed");
    };
    let Ok(secret) = totp::TotpSecret::generate() else {
        return failure(&"no random source");
    };
    let sealed = match state.protector.seal_secret(secret.as_bytes()) {
        Ok(sealed) => sealed,
        Err(error) => return failure(&error),
    };
    if let Err(error) = officers::begin_setup(&state.db, setup.id, &password_hash, &sealed).await {
        return failure(&error);
    }
    tracing::info!(officer = setup.id.0, "set-up: password chosen");
    Html(authenticator_step(
        locale,
        &username,
        &form.kode,
        &secret,
        state.region_prefix.as_str(),
    ))
    .into_response()
}

/// The second step's page: the new key, and the form for its first code. The set-up code rides
/// along in a hidden field: it is what proves the next post comes from the same officer.
fn authenticator_step(
    locale: Locale,
    username: &str,
    code: &str,
    secret: &totp::TotpSecret,
    issuer: &str,
) -> String {
    let uri = totp::provisioning_uri(secret, &format!("Aduan {issuer}"), username);
    let qr = enrolment_qr(&uri)
        .map(|svg| {
            format!(
                "<figure class=\"qr\" role=\"img\" aria-label=\"{label}\" data-testid=\"totp-qr\">\
                 {svg}<figcaption>{label}</figcaption></figure>",
                label = escape(ui::SETUP_SCAN_QR.get(locale)),
            )
        })
        .unwrap_or_default();
    small_page(
        locale,
        ui::SETUP_AUTHENTICATOR_HEADING.get(locale),
        &format!(
            "<p>{intro}</p>{qr}\
             <p>{key_label}</p><p class=\"secret-key\" data-testid=\"totp-key\">{key}</p>\
             <p><a href=\"{uri}\">{open}</a></p>\
             <form method=\"post\" action=\"/petugas/siapkan/konfirmasi\" class=\"track-form\">\
             <input type=\"hidden\" name=\"pengguna\" value=\"{username}\">\
             <input type=\"hidden\" name=\"kode\" value=\"{code}\">\
             <label for=\"otp\">{otp_label}</label>\
             <input id=\"otp\" name=\"otp\" required inputmode=\"numeric\" \
             autocomplete=\"one-time-code\" spellcheck=\"false\">\
             <button class=\"button primary\" type=\"submit\">{confirm}</button></form>",
            intro = escape(ui::SETUP_AUTHENTICATOR_INTRO.get(locale)),
            key_label = escape(ui::SETUP_KEY_LABEL.get(locale)),
            key = escape(&grouped(&secret.to_base32())),
            uri = escape(&uri),
            open = escape(ui::SETUP_OPEN_IN_APP.get(locale)),
            username = escape(username),
            code = escape(code),
            otp_label = escape(ui::SETUP_OTP_LABEL.get(locale)),
            confirm = escape(ui::SETUP_CONFIRM.get(locale)),
        ),
    )
}

/// The QR code an authenticator app scans to enrol `uri`, as inline SVG (no XML declaration);
/// `None` if the URI is too long for a QR code (it never is).
fn enrolment_qr(uri: &str) -> Option<String> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::new(uri.as_bytes()).ok()?;
    let drawn = code
        .render::<svg::Color>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    let inline = drawn
        .split_once("?>")
        .map_or(drawn.as_str(), |(_, svg)| svg);
    Some(inline.to_owned())
}

/// `POST /petugas/siapkan/konfirmasi`.
#[tracing::instrument(skip_all)]
pub async fn confirm(
    State(state): State<AppState>,
    network: ClientNetwork,
    headers: HeaderMap,
    Form(form): Form<Confirm>,
) -> Response {
    let locale = crate::cookies::reader_locale(&headers);
    let now = Utc::now();
    let username = form.pengguna.trim().to_lowercase();
    let setup = match setup_for(&state, &network, &username, &form.kode, now).await {
        Ok(setup) => setup,
        Err(response) => return response,
    };
    let Some(sealed) = &setup.pending_totp_sealed else {
        return back(&username, problem::CODE);
    };
    let Ok(secret) = state.protector.open_secret(sealed) else {
        return failure(&"a pending authenticator key cannot be opened");
    };
    let secret = totp::TotpSecret::from_bytes(&secret);
    let unix = u64::try_from(now.timestamp()).unwrap_or_default();
    let Some(step) = totp::verify(&secret, form.otp.trim(), unix, None) else {
        // The key is still pending: the same page again, to try the next code.
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            Html(authenticator_step(
                locale,
                &username,
                &form.kode,
                &secret,
                state.region_prefix.as_str(),
            )),
        )
            .into_response();
    };
    let Ok(recovery_codes) = totp::new_recovery_codes(totp::RECOVERY_CODES) else {
        return failure(&"no random source");
    };
    let hashes: Vec<String> = recovery_codes
        .iter()
        .map(|code| state.protector.recovery_code_hash(code))
        .collect();
    match officers::finish_setup(&state.db, setup.id, step, &hashes).await {
        Ok(true) => {}
        Ok(false) => return back(&username, problem::CODE),
        Err(error) => return failure(&error),
    }
    tracing::info!(officer = setup.id.0, "set-up finished");
    let mut lines = vec![ui::ADMIN_RECOVERY_CODES.get(locale).to_owned()];
    lines.extend(recovery_codes);
    Html(super::message_page(
        locale,
        ui::SETUP_DONE.get(locale),
        &lines,
        Some(ui::SETUP_CODES_ONCE.get(locale)),
        "/petugas/masuk",
        ui::DESK_LOGIN.get(locale),
    ))
    .into_response()
}

/// `POST /petugas/akun/ulang`: the officer's current password, then the first step's form with
/// a fresh code of their own.
#[tracing::instrument(skip_all)]
pub async fn renew(
    State(state): State<AppState>,
    network: ClientNetwork,
    headers: HeaderMap,
    Officer(officer): Officer,
    Form(form): Form<Renew>,
) -> Response {
    let locale = crate::cookies::reader_locale(&headers);
    let now = Utc::now();
    let attempt = Attempt::new(&state, &officer.username, &network.0);
    match attempt.refused(&state, now).await {
        Ok(false) => {}
        Ok(true) => {
            return Redirect::to(&format!("/petugas/akun?galat={}", problem::LIMITED))
                .into_response();
        }
        Err(error) => return failure(&error),
    }
    let hash = match officers::password_hash(&state.db, officer.id).await {
        Ok(Some(hash)) => hash,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return failure(&error),
    };
    let verified = {
        let password = form.sandi.clone();
        tokio::task::spawn_blocking(move || password::verify_password(&password, &hash)).await
    };
    if !verified.unwrap_or(false) {
        if let Err(error) = attempt.failed(&state, None, now).await {
            tracing::error!(%error, "wrong password not counted");
        }
        return Redirect::to(&format!("/petugas/akun?galat={}", problem::CURRENT)).into_response();
    }
    let code = match accounts::issue_setup_code(
        &state.db,
        &state.protector,
        officer.id,
        &officer.username,
        now,
    )
    .await
    {
        Ok(code) => code,
        Err(error) => return failure(&error),
    };
    tracing::info!(
        officer = officer.id.0,
        "renewal of password and authenticator begun"
    );
    Html(password_step(locale, &officer.username, &code)).into_response()
}

/// The first step's form with the username and a fresh code already in it.
fn password_step(locale: Locale, username: &str, code: &str) -> String {
    small_page(
        locale,
        ui::SETUP_HEADING.get(locale),
        &format!(
            "<p>{intro}</p>\
             <form method=\"post\" action=\"/petugas/siapkan\" class=\"track-form\">\
             <input type=\"hidden\" name=\"pengguna\" value=\"{username}\">\
             <input type=\"hidden\" name=\"kode\" value=\"{code}\">\
             <label for=\"sandi\">{new}</label>\
             <input id=\"sandi\" name=\"sandi\" type=\"password\" required \
             autocomplete=\"new-password\">\
             <label for=\"sandi_lagi\">{again}</label>\
             <input id=\"sandi_lagi\" name=\"sandi_lagi\" type=\"password\" required \
             autocomplete=\"new-password\">\
             <button class=\"button primary\" type=\"submit\">{next}</button></form>",
            intro = escape(ui::SETUP_RENEW_INTRO.get(locale)),
            username = escape(username),
            code = escape(code),
            new = escape(ui::SETUP_NEW_PASSWORD.get(locale)),
            again = escape(ui::SETUP_PASSWORD_AGAIN.get(locale)),
            next = escape(ui::SETUP_NEXT.get(locale)),
        ),
    )
}

/// `text` in groups of four, as authenticator apps show keys and accept them typed.
pub(crate) fn grouped(text: &str) -> String {
    text.as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

fn failure(error: &dyn std::fmt::Display) -> Response {
    super::answer::Failure::new("an account set-up", error).into_response()
}
