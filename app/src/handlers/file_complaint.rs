//! `POST /lapor`: a citizen files a complaint.
//!
//! The form posts as `multipart/form-data`: natively when the WebAssembly has not loaded (or
//! JavaScript is off), else from the page's own upload with a progress bar, asking for JSON.
//! Either way the server:
//! 1. limits submissions per client network ([`SUBMIT_LIMIT`]);
//! 2. reads the parts with byte limits, sniffing each photo's real format from its bytes;
//! 3. parses the form with the same [`NewComplaint::parse`] the browser ran;
//! 4. answers a repeated submission key with the receipt it already gave (idempotency: the same
//!    code and PIN for [`crate::services::filing::RECEIPT_RETRY_WINDOW`], then the code alone;
//!    never a new PIN, so a key that leaked cannot take the complaint over);
//! 5. decodes each photo under pixel limits and re-encodes it without metadata
//!    ([`crate::images`]), names it by its content hash and writes it durably;
//! 6. seals the NIK and stores the complaint in one transaction;
//! 7. answers with the tracking code (`303` to the receipt, or JSON) and hands the one-time PIN to
//!    the receipt page in a short-lived, HTTP-only cookie ([`RECEIPT_COOKIE`]), with the access
//!    cookie that opens the tracking page in this browser without the PIN
//!    ([`crate::auth::reporter::access_cookie`]).
//!
//! A refusal names every problem in the reader's language: a `422` page (or JSON) for the form,
//! `429` with the wait for the rate limit, `413` for an oversized post.

use super::photos;
use crate::domain::complaint::{Channel, ComplaintInput, NewComplaint};
use crate::domain::field::{ErrorCode, Field, FieldError, FieldErrors};
use crate::domain::officer::OfficerRole;
use crate::domain::photo::{MAX_PHOTO_BYTES, MAX_PHOTOS};
use crate::i18n::{Locale, Text, ui};
use crate::services::filing::{self, Filed, Filing, FilingError, FilingKey};
use crate::site::{FieldProblem, FilingAnswer, RECEIPT_COOKIE};
use crate::state::AppState;
use crate::storage::rate_limits::Limit;
use axum::extract::multipart::{MultipartError, MultipartRejection};
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use std::time::Duration;

/// The largest request accepted: every photo at its limit, plus room for the text fields.
pub const MAX_BODY_BYTES: usize = MAX_PHOTOS * (MAX_PHOTO_BYTES as usize) + 1024 * 1024;
/// Submissions accepted from one client network per hour.
pub const SUBMIT_LIMIT: Limit = Limit {
    action: "submit",
    max: 10,
    window: Duration::from_secs(60 * 60),
};
/// The form field carrying the browser's key for one filing.
pub use crate::browser_logic::SUBMISSION_KEY_FIELD;

/// Longest submission key accepted (a UUID is 36 characters).
const MAX_SUBMISSION_KEY_CHARS: usize = 64;

/// The form as it arrived: the raw input, the browser's key, and the photos' bytes.
struct Received {
    input: ComplaintInput,
    submission_key: Option<String>,
    photos: Vec<Vec<u8>>,
    /// The district the desk's intake chose (`kecamatan`), for a complaint without coordinates.
    district: Option<String>,
    /// When the complaint reached the desk by its own channel, as typed (`diterima`).
    received: String,
    /// The village the desk's intake chose (`desa`).
    village: Option<String>,
}

/// How the client wants its answer.
#[derive(Clone, Copy)]
struct Reply {
    locale: Locale,
    json: bool,
    /// Served over HTTPS: cookies carry `Secure`.
    secure: bool,
}

/// Handles the filing form's post.
#[tracing::instrument(skip_all)]
pub async fn submit(
    State(state): State<AppState>,
    client: crate::auth::client::ClientNetwork,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let reply = Reply {
        locale: crate::cookies::reader_locale(&headers),
        json: headers
            .get(header::ACCEPT)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|accept| accept.contains("application/json")),
        secure: state.secure_cookies,
    };

    // The main desk enters complaints from other channels all day: its session is the check,
    // not the public's per-network limit.
    let desk_officer =
        match crate::auth::session::current_officer(&state, &headers, chrono::Utc::now()).await {
            Ok(officer) => officer.filter(|officer| officer.scope.role == OfficerRole::MainDesk),
            Err(error) => return reply.failure(&error.into()),
        };
    if desk_officer.is_none()
        && let Some(refusal) = rate_limited(&state, &client, reply).await
    {
        return refusal;
    }

    // Not multipart, or without a boundary: as unreadable as a form cut off halfway.
    let received = match multipart {
        Ok(multipart) => read_form(multipart).await,
        Err(rejection) => Err(FormError::from(rejection)),
    };
    let received = match received {
        Ok(received) => received,
        Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return reply.message(StatusCode::PAYLOAD_TOO_LARGE, ui::SUBMIT_TOO_LARGE);
        }
        Err(error) => {
            tracing::info!(%error, "unreadable complaint form");
            return reply.message(StatusCode::BAD_REQUEST, ui::SUBMIT_UNREADABLE);
        }
    };
    // The desk's intake of a call, a letter or a visit may place the complaint by its district
    // (the officer's own position would be wrong): its centroid, with the address typed.
    let mut received = received;
    if desk_officer.is_some()
        && received.input.latitude.trim().is_empty()
        && received.input.longitude.trim().is_empty()
        && let Some(code) = &received.district
    {
        match crate::storage::desk_lists::districts(&state.db).await {
            Ok(districts) => {
                if let Some(district) = districts.iter().find(|district| &district.code == code) {
                    received.input.latitude = district.latitude.to_string();
                    received.input.longitude = district.longitude.to_string();
                }
            }
            Err(error) => return reply.failure(&error.into()),
        }
    }
    // Held to the fields the SOP in force asks for, as the form was.
    let sop = state.sop.get();
    let complaint = match NewComplaint::parse(&received.input, &sop.required_fields) {
        Ok(complaint) => complaint,
        Err(errors) => {
            tracing::info!(count = errors.len(), "complaint refused");
            return reply.field_errors(&errors);
        }
    };
    // A complaint that came by WhatsApp, SMS, phone, e-mail, social media or in person is entered
    // by the main desk on the citizen's behalf; from anyone else only the web form is accepted.
    let intake_officer = if complaint.channel() == Channel::Web {
        None
    } else if let Some(officer) = &desk_officer {
        Some(officer.id)
    } else {
        tracing::info!("a channel other than the web form, without the main desk");
        return reply.field_errors(&FieldErrors::from(FieldError::new(
            Field::Channel,
            ErrorCode::InvalidChoice,
        )));
    };

    // The desk's intake may say when the call, the letter or the message came in: the SOP's
    // clock counts from then. Only the main desk, and only for another channel.
    let received_at = if intake_officer.is_some() {
        let now = chrono::Utc::now().with_timezone(&state.utc_offset);
        match crate::domain::complaint::parse_received(&received.received, now) {
            Ok(at) => at.map(|at| at.with_timezone(&chrono::Utc)),
            Err(error) => {
                return reply.message(StatusCode::UNPROCESSABLE_ENTITY, error.message());
            }
        }
    } else {
        None
    };
    // The village, from the desk's intake only, must be offered and in the district chosen.
    let village = match (&intake_officer, &received.village) {
        (Some(_), Some(code)) => match crate::storage::desk_lists::villages(&state.db).await {
            Ok(villages) => {
                let fits = villages.iter().any(|village| {
                    &village.code == code
                        && received
                            .district
                            .as_ref()
                            .is_none_or(|district| &village.district == district)
                });
                if !fits {
                    return reply
                        .message(StatusCode::UNPROCESSABLE_ENTITY, ui::INTAKE_UNKNOWN_VILLAGE);
                }
                Some(code.as_str())
            }
            Err(error) => return reply.failure(&error.into()),
        },
        _ => None,
    };

    match filing::unknown_choices(&state, &complaint).await {
        Ok(errors) if errors.is_empty() => {}
        Ok(errors) => return reply.field_errors(&errors),
        Err(error) => return reply.failure(&error.into()),
    }

    let filing_key = received
        .submission_key
        .as_deref()
        .map(|key| FilingKey::browser(&state, key));
    if let Some(key) = &filing_key {
        match filing::retried(&state, key).await {
            Ok(Some(filed)) => {
                tracing::info!("repeated submission answered with its receipt");
                return reply.accepted(&filed);
            }
            Ok(None) => {}
            Err(error) => return reply.failure(&error),
        }
    }

    let processed = match photos::process(&state, received.photos).await {
        Ok(processed) => processed,
        Err(errors) => return reply.field_errors(&errors),
    };
    let filing = Filing {
        complaint: &complaint,
        key: filing_key.as_ref(),
        photos: &processed,
        locale: reply.locale,
        intake_officer,
        by_channel: intake_officer.is_some(),
        received_at,
        village,
    };
    match filing::file(&state, &filing).await {
        Ok(filed) => {
            tracing::info!("complaint accepted");
            reply.accepted(&filed)
        }
        Err(error) => reply.failure(&error),
    }
}

/// Counts this submission against the client's network; `Some` refusal when over the limit.
async fn rate_limited(
    state: &AppState,
    client: &crate::auth::client::ClientNetwork,
    reply: Reply,
) -> Option<Response> {
    let now = chrono::Utc::now();
    match SUBMIT_LIMIT.exceeded(&state.db, &client.0, now).await {
        Ok(true) => {
            let wait = SUBMIT_LIMIT.retry_after(now);
            let minutes = (wait.num_seconds() + 59) / 60;
            tracing::info!(minutes, "submission rate limited");
            let mut response = reply.text(
                StatusCode::TOO_MANY_REQUESTS,
                ui::SUBMIT_RATE_LIMITED
                    .get(reply.locale)
                    .replace("{minutes}", &minutes.max(1).to_string()),
            );
            if let Ok(value) = HeaderValue::from_str(&(minutes.max(1) * 60).to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            Some(response)
        }
        Ok(_) => None,
        Err(error) => {
            // Failing open: a broken counter must not stop citizens from filing.
            tracing::error!(%error, "rate limit unavailable");
            None
        }
    }
}

/// Why a post is not a form that can be read.
#[derive(Debug, thiserror::Error)]
enum FormError {
    /// Not `multipart/form-data`, or without a boundary.
    #[error(transparent)]
    NotMultipart(#[from] MultipartRejection),
    /// Cut off, malformed, or over the size limit.
    #[error(transparent)]
    Multipart(#[from] MultipartError),
    /// A text field whose bytes are not UTF-8: refused rather than stored with replacement
    /// characters where the reporter's words were.
    #[error("the field {0:?} is not UTF-8")]
    NotUtf8(String),
}

impl FormError {
    fn status(&self) -> StatusCode {
        match self {
            FormError::Multipart(error) => error.status(),
            FormError::NotMultipart(_) | FormError::NotUtf8(_) => StatusCode::BAD_REQUEST,
        }
    }
}

/// Reads every part of the form. A photo's type is what its bytes are, not what the browser
/// claims; its size is what arrived.
async fn read_form(mut multipart: Multipart) -> Result<Received, FormError> {
    let mut input = ComplaintInput::default();
    let mut submission_key = None;
    let mut district = None;
    let mut village = None;
    let mut received = String::new();
    let mut photos = Vec::new();
    while let Some(part) = multipart.next_field().await? {
        let name = part.name().unwrap_or_default().to_owned();
        if name == Field::Photos.name() {
            if let Some(upload) = photos::read(part).await? {
                input.photos.push(upload.meta);
                photos.push(upload.bytes);
            }
            continue;
        }
        let value = String::from_utf8(part.bytes().await?.to_vec())
            .map_err(|_| FormError::NotUtf8(name.clone()))?;
        match name.as_str() {
            "latitude" => input.latitude = value,
            "longitude" => input.longitude = value,
            crate::site::RECEIVED_FIELD => received = value,
            crate::site::DISTRICT_FIELD => {
                district = Some(value.trim().to_owned()).filter(|code| !code.is_empty())
            }
            crate::site::VILLAGE_FIELD => {
                village = Some(value.trim().to_owned()).filter(|code| !code.is_empty())
            }
            SUBMISSION_KEY_FIELD => {
                let key = value.trim();
                if !key.is_empty()
                    && key.len() <= MAX_SUBMISSION_KEY_CHARS
                    && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                {
                    submission_key = Some(key.to_owned());
                }
            }
            _ => {
                if let Some(text) = Field::from_name(&name).and_then(|field| input.text_mut(field))
                {
                    *text = value;
                }
            }
        }
    }
    Ok(Received {
        input,
        submission_key,
        photos,
        district,
        received,
        village,
    })
}

impl Reply {
    /// `303` to the receipt (or JSON with the code), with the PIN in the one-time receipt cookie.
    fn accepted(&self, filed: &Filed) -> Response {
        let receipt_url = format!("/lapor/terkirim/{}", filed.code);
        let mut response = if self.json {
            axum::Json(FilingAnswer::Filed {
                tracking_code: filed.code.as_str().to_owned(),
                receipt_url: receipt_url.clone(),
            })
            .into_response()
        } else {
            Redirect::to(&receipt_url).into_response()
        };
        // A retry after the receipt window gets the code alone: the PIN was shown at filing.
        let secure = if self.secure { "; Secure" } else { "" };
        let receipt = filed.receipt.as_ref().map(|sealed| {
            format!(
                "{RECEIPT_COOKIE}={sealed}; Path=/; Max-Age=900; HttpOnly; SameSite=Strict{secure}"
            )
        });
        for cookie in receipt.iter().chain(&filed.access_cookie) {
            super::append_cookie(&mut response, cookie);
        }
        response
    }

    fn field_errors(&self, errors: &FieldErrors) -> Response {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        crate::monitoring::count_filing_refused("invalid");
        if self.json {
            let errors = errors
                .iter()
                .map(|error| FieldProblem {
                    field: error.field.name().to_owned(),
                    code: error.code.code().to_owned(),
                    message: error.message(self.locale),
                })
                .collect();
            return (status, axum::Json(FilingAnswer::Refused { errors })).into_response();
        }
        let messages: Vec<String> = errors.iter().map(|e| e.message(self.locale)).collect();
        (status, Html(refusal_page(self.locale, &messages))).into_response()
    }

    fn failure(&self, error: &FilingError) -> Response {
        tracing::error!(%error, "complaint could not be stored");
        self.message(StatusCode::INTERNAL_SERVER_ERROR, ui::SUBMIT_FAILED)
    }

    fn message(&self, status: StatusCode, text: Text) -> Response {
        self.text(status, text.get(self.locale).to_owned())
    }

    fn text(&self, status: StatusCode, message: String) -> Response {
        crate::monitoring::count_filing_refused(match status {
            StatusCode::PAYLOAD_TOO_LARGE => "too_large",
            StatusCode::BAD_REQUEST => "unreadable",
            StatusCode::TOO_MANY_REQUESTS => "limited",
            status if status.is_server_error() => "failed",
            _ => "invalid",
        });
        if self.json {
            return (status, axum::Json(FilingAnswer::Failed { message })).into_response();
        }
        (status, Html(refusal_page(self.locale, &[message]))).into_response()
    }
}

/// A small page that says what went wrong and leads back to the form, where the draft waits.
fn refusal_page(locale: Locale, problems: &[String]) -> String {
    super::message_page(
        locale,
        ui::SUBMIT_REFUSED.get(locale),
        problems,
        Some(ui::SUBMIT_BACK_HINT.get(locale)),
        "/lapor",
        ui::SUBMIT_BACK.get(locale),
    )
}
