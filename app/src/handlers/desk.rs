//! The officers' desk: logging in and out, and acting on a complaint.
//!
//! - `POST /petugas/masuk`: username, password and the authenticator's code (or a recovery
//!   code); throttled per account and client network together ([`crate::auth::throttle`]); one
//!   message for every failure.
//! - `POST /petugas/keluar`: ends this session, or every session of the officer.
//! - `POST /petugas/aduan/{code}/tindakan`: one step of the status machine, by the officer's
//!   role, on a complaint their agency may see, refused if the page they acted on was stale.
//! - `GET /petugas/aduan/{code}/foto/{n}`: a complaint's photo, to an officer who may see it.

use super::photos;
use crate::auth::extract::Officer;
use crate::auth::scope::visible_complaint;
use crate::auth::session::{self, signed_in};
use crate::auth::throttle::Attempt;
use crate::auth::{password, totp};
use crate::domain::field::{Field, FieldError};
use crate::domain::officer::OfficerRole;
use crate::domain::redaction::PublicText;
use crate::domain::status::{ActionForm, ActionKind, Status};
use crate::domain::timeline::EntryKind;
use crate::domain::tracking_code::TrackingCode;
use crate::i18n::{Locale, ui};
use crate::state::AppState;
use crate::storage::complaints;
use crate::storage::officers;
use crate::storage::transitions::{self, Act, ActError, Entry, RecordError};
use crate::storage::{desk_lists, redactions};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
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
            append_cookie(&mut response, &cookie);
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
    append_cookie(&mut response, &session::clear_cookie(&state));
    response
}

/// The action form of the complaint page.
#[derive(Deserialize)]
pub struct ActionPost {
    /// The action kind's code.
    aksi: String,
    /// The status the page showed.
    status: String,
    /// The action's fields.
    #[serde(flatten)]
    fields: ActionForm,
}

/// `POST /petugas/aduan/{code}/tindakan`: one step of the status machine; an agency's answer
/// may come with photos (`multipart/form-data`).
#[tracing::instrument(skip_all)]
pub async fn act(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Officer(officer): Officer,
    post: photos::WithPhotos<ActionPost>,
) -> Response {
    let photos::WithPhotos {
        form,
        photos: uploads,
    } = post;
    use crate::site::desk_problem as problem;
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let Some(role) = officer.scope.role.acting_role() else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let Some(code) = visible_complaint(&state, &officer, &code).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let page = format!("/petugas/aduan/{code}");
    let (Some(kind), Some(expected)) = (
        ActionKind::parse_code(&form.aksi),
        Status::parse_code(&form.status),
    ) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let action = match crate::domain::status::Action::from_form(kind, &form.fields) {
        Ok(action) => action,
        Err(problems) => {
            let problems: Vec<String> = problems
                .iter()
                .map(|(label, code)| code.message(locale, *label))
                .collect();
            return refused(locale, &page, &problems, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    if let crate::domain::status::Action::Dispatch { agency, .. } = &action {
        match desk_lists::agencies(&state.db).await {
            Ok(agencies) if agencies.iter().any(|entry| entry.code == agency.as_str()) => {}
            Ok(_) => {
                let message = crate::domain::field::ErrorCode::InvalidChoice
                    .message(locale, crate::domain::status::AGENCY_LABEL);
                return refused(locale, &page, &[message], StatusCode::UNPROCESSABLE_ENTITY);
            }
            Err(error) => return failure(&error),
        }
    }
    // Only an answer carries photos (what was done, for the reporter once validated).
    let uploads = if kind == ActionKind::ProposeResolution {
        uploads
    } else {
        Vec::new()
    };
    let records = match evidence(&state, uploads, locale, &page).await {
        Ok(records) => records,
        Err(refusal) => return refusal,
    };
    let act = Act {
        officer: Some(officer.id),
        expected: Some(expected),
        photos: &records,
        ..Act::new(&action, role)
    };
    match transitions::act(
        &state.db,
        &state.notifier,
        &state.step_clock(),
        &code,
        &act,
        now,
    )
    .await
    {
        Ok(acted) => {
            tracing::info!(
                officer = officer.id.0,
                action = kind.code(),
                status = %acted.after.status(),
                "officer acted"
            );
            Redirect::to(&format!("{page}?selesai={}", kind.code())).into_response()
        }
        Err(ActError::Stale { .. }) => {
            Redirect::to(&format!("{page}?galat={}", problem::STALE)).into_response()
        }
        Err(ActError::Refused(error)) => refused(
            locale,
            &page,
            &[error.message(locale)],
            StatusCode::CONFLICT,
        ),
        Err(ActError::NoOriginal) => refused(
            locale,
            &page,
            &[ui::DESK_DUPLICATE_UNKNOWN.get(locale).to_owned()],
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ActError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(ActError::Storage(error)) => failure(&error),
    }
}

/// The redaction form of the complaint page: the public version of the title and text.
#[derive(Deserialize)]
pub struct RedactionPost {
    /// The public title.
    title: String,
    /// The public text.
    content: String,
}

/// `POST /petugas/aduan/{code}/sensor`: the main desk sets what others see of the complaint's
/// title and text (the original stays for officers), handling the reporter's requests.
#[tracing::instrument(skip_all)]
pub async fn redact(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Form(form): Form<RedactionPost>,
) -> Response {
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let Some(officer) = signed_in(&state, &headers, now).await else {
        return Redirect::to("/petugas/masuk").into_response();
    };
    let Some(code) = visible_complaint(&state, &officer, &code).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if officer.scope.role != OfficerRole::MainDesk {
        return StatusCode::FORBIDDEN.into_response();
    }
    let page = format!("/petugas/aduan/{code}");
    let text = match PublicText::parse(&form.title, &form.content) {
        Ok(text) => text,
        Err(errors) => {
            let problems: Vec<String> = errors.iter().map(|error| error.message(locale)).collect();
            return refused(locale, &page, &problems, StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let complaint = match complaints::find_for_reporter(&state.db, &code).await {
        Ok(Some(complaint)) => complaint,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return failure(&error),
    };
    match redactions::redact(&state.db, complaint.id, officer.id, &text, now).await {
        Ok(()) => {
            tracing::info!(officer = officer.id.0, "public text set");
            Redirect::to(&format!("{page}?selesai={}", EntryKind::Redacted.code())).into_response()
        }
        Err(error) => failure(&error),
    }
}

/// Checks, re-encodes and stores optional photos (none, or 1 to the filing's maximum, each by
/// the filing's rules); the refusal page when one is unusable.
async fn evidence(
    state: &AppState,
    uploads: Vec<photos::Upload>,
    locale: Locale,
    page: &str,
) -> Result<Vec<crate::storage::complaints::PhotoRecord>, Response> {
    if uploads.is_empty() {
        return Ok(Vec::new());
    }
    let metas: Vec<_> = uploads.iter().map(|upload| upload.meta.clone()).collect();
    if let Err(code) = crate::domain::photo::Photos::parse(&metas) {
        let problem = FieldError::new(Field::Photos, code).message(locale);
        return Err(refused(
            locale,
            page,
            &[problem],
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let bytes = uploads.into_iter().map(|upload| upload.bytes).collect();
    let processed = photos::process(state, bytes).await.map_err(|errors| {
        let problems: Vec<String> = errors.iter().map(|error| error.message(locale)).collect();
        refused(locale, page, &problems, StatusCode::UNPROCESSABLE_ENTITY)
    })?;
    photos::store(state, &processed)
        .await
        .map_err(|error| failure(&error))
}

/// The record form of the complaint page (posted as `multipart/form-data`, with a field report's
/// photos).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RecordPost {
    /// `disposition` or `field_report`.
    jenis: String,
    /// The status the page showed.
    status: String,
    /// A disposition note's text.
    catatan: String,
    /// A field report's date (`YYYY-MM-DD`).
    tanggal: String,
    /// A field report's officers present.
    petugas: String,
    /// A field report's findings.
    temuan: String,
}

/// `POST /petugas/aduan/{code}/catatan`: an agency's officer adds an internal note (nota dinas)
/// or a field verification report with its photos, while [`EntryKind::may_record`] allows it.
#[tracing::instrument(skip_all)]
pub async fn add_record(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Officer(officer): Officer,
    post: photos::WithPhotos<RecordPost>,
) -> Response {
    use crate::domain::timeline::{FieldReport, InternalNote};
    use crate::site::desk_problem as problem;
    let photos::WithPhotos { form: post, photos } = post;
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let Some(role) = officer.scope.role.acting_role() else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let Some(code) = visible_complaint(&state, &officer, &code).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let page = format!("/petugas/aduan/{code}");
    let kind =
        EntryKind::parse_code(&post.jenis).filter(|kind| EntryKind::AGENCY_RECORDS.contains(kind));
    let (Some(kind), Some(expected)) = (kind, Status::parse_code(&post.status)) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let unprocessable =
        |problems: Vec<String>| refused(locale, &page, &problems, StatusCode::UNPROCESSABLE_ENTITY);
    let (note, uploads) = if kind == EntryKind::FieldReport {
        let today = now.with_timezone(&state.utc_offset).date_naive();
        let report = FieldReport::parse(&post.tanggal, &post.petugas, &post.temuan, today);
        let metas: Vec<_> = photos.iter().map(|upload| upload.meta.clone()).collect();
        let checked = crate::domain::photo::Photos::parse(&metas);
        match (report, checked) {
            (Ok(report), Ok(_)) => (report.to_note(), photos),
            (report, checked) => {
                let mut problems: Vec<String> = report
                    .err()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(label, code)| code.message(locale, label))
                    .collect();
                problems.extend(
                    checked
                        .err()
                        .map(|code| FieldError::new(Field::Photos, code).message(locale)),
                );
                return unprocessable(problems);
            }
        }
    } else {
        match InternalNote::parse(&post.catatan) {
            Ok(note) => (note.as_str().to_owned(), Vec::new()),
            Err(code) => return unprocessable(vec![code.message(locale, InternalNote::LABEL)]),
        }
    };
    let records = match evidence(&state, uploads, locale, &page).await {
        Ok(records) => records,
        Err(refusal) => return refusal,
    };
    let entry = Entry {
        kind,
        role,
        officer: Some(officer.id),
        status: expected,
        note: Some(&note),
    };
    match transitions::add_record(&state.db, &code, &entry, &records, now).await {
        Ok(()) => {
            tracing::info!(officer = officer.id.0, record = kind.code(), "record added");
            Redirect::to(&format!("{page}?selesai={}", kind.code())).into_response()
        }
        Err(RecordError::Stale { .. }) => {
            Redirect::to(&format!("{page}?galat={}", problem::STALE)).into_response()
        }
        Err(RecordError::NotAllowed { .. }) => refused(
            locale,
            &page,
            &[ui::DESK_RECORD_NOT_ALLOWED.get(locale).to_owned()],
            StatusCode::CONFLICT,
        ),
        Err(RecordError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(RecordError::Storage(error)) => failure(&error),
    }
}

/// `GET /petugas/aduan/{code}/foto/{n}`.
pub async fn photo(
    State(state): State<AppState>,
    Path((code, position)): Path<(String, u32)>,
    Query(version): Query<PhotoVersion>,
    headers: HeaderMap,
) -> Response {
    let Some(officer) = signed_in(&state, &headers, Utc::now()).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(code) = visible_complaint(&state, &officer, &code).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(Some(complaint)) = complaints::find_for_reporter(&state.db, &code).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if version.versi == "umum" {
        return public_photo_response(&state, complaint.id, position).await;
    }
    crate::handlers::track::photo_response(&state, complaint.id, position, |_| true).await
}

/// Which copy of a photo: the original, or (`versi=umum`) the public copy the desk blacked out.
#[derive(Debug, Default, Deserialize)]
pub struct PhotoVersion {
    #[serde(default)]
    versi: String,
}

async fn public_photo_response(
    state: &AppState,
    id: complaints::ComplaintId,
    position: u32,
) -> Response {
    let key = match complaints::photo(&state.db, id, position).await {
        Ok(Some(complaints::StoredPhoto {
            public_key: Some(key),
            ..
        })) => key,
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return failure(&error),
    };
    match state.blobs.get(&key).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "image/jpeg".to_owned()),
                (header::CACHE_CONTROL, "private, max-age=86400".to_owned()),
            ],
            bytes,
        )
            .into_response(),
        Err(error) => failure(&error),
    }
}

/// The photo redaction form: which photo, and the areas to black out.
#[derive(Deserialize)]
pub struct PhotoRedactionPost {
    /// The photo's position.
    posisi: u32,
    /// The areas, one `left,top,width,height` (percent) a line.
    area: String,
}

/// `POST /petugas/aduan/{code}/sensor-foto`: the main desk makes the public copy of a photo with
/// areas blacked out (the original stays for officers and the reporter); the timeline records it.
#[tracing::instrument(skip_all)]
pub async fn redact_photo(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Form(form): Form<PhotoRedactionPost>,
) -> Response {
    use crate::domain::photo::Blackout;
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let Some(officer) = signed_in(&state, &headers, now).await else {
        return Redirect::to("/petugas/masuk").into_response();
    };
    let Some(code) = visible_complaint(&state, &officer, &code).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if officer.scope.role != OfficerRole::MainDesk {
        return StatusCode::FORBIDDEN.into_response();
    }
    let page = format!("/petugas/aduan/{code}");
    let areas = match Blackout::parse_list(&form.area) {
        Ok(areas) => areas,
        Err(error) => {
            let problem = error.message(locale, Blackout::LABEL);
            return refused(locale, &page, &[problem], StatusCode::UNPROCESSABLE_ENTITY);
        }
    };
    let complaint = match complaints::find_for_reporter(&state.db, &code).await {
        Ok(Some(complaint)) => complaint,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return failure(&error),
    };
    let stored = match complaints::photo(&state.db, complaint.id, form.posisi).await {
        Ok(Some(stored)) => stored,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return failure(&error),
    };
    let original = match state.blobs.get(&stored.storage_key).await {
        Ok(bytes) => bytes,
        Err(error) => return failure(&error),
    };
    let copy = {
        let _permit = state.photo_permits.acquire().await;
        tokio::task::spawn_blocking(move || crate::images::black_out(&original, &areas)).await
    };
    let copy = match copy {
        Ok(Ok(copy)) => copy,
        Ok(Err(error)) => return failure(&error),
        Err(error) => return failure(&error),
    };
    let records = match photos::store(&state, std::slice::from_ref(&copy)).await {
        Ok(records) => records,
        Err(error) => return failure(&error),
    };
    let Some(record) = records.first() else {
        return failure(&"the public copy was not stored");
    };
    match redactions::set_public_photo(
        &state.db,
        complaint.id,
        form.posisi,
        &record.storage_key,
        officer.id,
        now,
    )
    .await
    {
        Ok(true) => {
            tracing::info!(officer = officer.id.0, "photo blacked out for the public");
            Redirect::to(&format!("{page}?selesai={}", EntryKind::Redacted.code())).into_response()
        }
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => failure(&error),
    }
}

fn refused(locale: Locale, page: &str, problems: &[String], status: StatusCode) -> Response {
    (
        status,
        Html(crate::handlers::message_page(
            locale,
            ui::DESK_ACTION_REFUSED.get(locale),
            problems,
            None,
            page,
            ui::DESK_BACK.get(locale),
        )),
    )
        .into_response()
}

fn failure(error: &dyn std::fmt::Display) -> Response {
    tracing::error!(%error, "desk request failed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

fn append_cookie(response: &mut Response, cookie: &str) {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

/// The queue's filter form.
#[derive(Debug, Default, Deserialize)]
pub struct SearchPost {
    #[serde(default)]
    status: String,
    #[serde(default)]
    kategori: String,
    #[serde(default)]
    opd: String,
    #[serde(default)]
    kanal: String,
    #[serde(default)]
    dari: String,
    #[serde(default)]
    sampai: String,
    /// Words, or a tracking code.
    #[serde(default)]
    cari: String,
}

/// Longest search accepted, in characters.
const MAX_SEARCH_CHARS: usize = 200;

/// `POST /petugas/cari`: the queue's filters. A tracking code goes straight to its complaint;
/// other words are kept behind a random handle for this officer, and the queue is shown again
/// with the filters and the handle in its URL, never the words (they are often a reporter's name
/// or number, and URLs end up in browser history and proxy logs).
#[tracing::instrument(skip_all)]
pub async fn search(
    State(state): State<AppState>,
    Officer(officer): Officer,
    Form(form): Form<SearchPost>,
) -> Response {
    let words = form.cari.trim();
    if let Ok(code) = TrackingCode::parse(words) {
        return Redirect::to(&format!("/petugas/aduan/{code}")).into_response();
    }
    let mut query: Vec<(&str, String)> = [
        ("status", &form.status),
        ("kategori", &form.kategori),
        ("opd", &form.opd),
        ("kanal", &form.kanal),
        ("dari", &form.dari),
        ("sampai", &form.sampai),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .map(|(name, value)| (name, value.trim().to_owned()))
    .collect();
    if !words.is_empty() {
        let words: String = words.chars().take(MAX_SEARCH_CHARS).collect();
        let mut bytes = [0u8; 16];
        if getrandom::fill(&mut bytes).is_err() {
            return failure(&"no random source");
        }
        let handle: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
        if let Err(error) =
            crate::storage::desk::save_search(&state.db, &handle, officer.id, &words, Utc::now())
                .await
        {
            return failure(&error);
        }
        query.push(("q", handle));
    }
    let query = serde_urlencoded::to_string(&query).unwrap_or_default();
    let target = if query.is_empty() {
        "/petugas".to_owned()
    } else {
        format!("/petugas?{query}")
    };
    Redirect::to(&target).into_response()
}
