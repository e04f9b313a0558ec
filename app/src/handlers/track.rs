//! The reporter's side of a filed complaint: opening it with the tracking code and PIN, answering
//! the desk's resolution, and the complaint's photos.
//!
//! - `POST /lacak` checks the code and PIN ([`TRACK_LIMIT`] attempts per client network per
//!   hour, one message for an unknown code and a wrong PIN alike, so codes cannot be
//!   probed) and gives the browser an access cookie for that complaint ([`access_cookie`]).
//! - `POST /lacak/{code}/jawab` records the reporter's answer: confirm (with an optional
//!   comment), reject (with a reason and optionally a photo: it reopens at the agency) or
//!   withdraw.
//! - `POST /lacak/{code}/sensor` asks the desk to remove personal details from what others see.
//! - `POST /lacak/{code}/survei` takes the satisfaction survey, once, after an answered complaint
//!   closed.
//! - `POST /lacak/{code}/lengkapi` takes the reporter's corrections of a complaint the desk
//!   returned as incomplete, and sends it again.
//! - `GET /lacak/{code}/foto/{n}` serves a photo to the reporter holding the cookie.
//!
//! Every one of them answers a browser: a `303` back to the tracking page, which shows the result.

use super::photos;
use crate::auth::extract::{Refused, Reporter};
use crate::auth::reporter::{access_cookie, authorised};
use crate::domain::complaint::Revision;
use crate::domain::feedback::{Comment, Feedback};
use crate::domain::field::Field;
use crate::domain::field::FieldError;
use crate::domain::photo::Photo;
use crate::domain::redaction::RedactionRequest;
use crate::domain::status::{Action, CLARIFICATION_ANSWER_LABEL, Reason, Role};
use crate::domain::tracking_code::TrackingCode;
use crate::i18n::{Locale, ui};
use crate::services::act::{self, Act, ActError};
use crate::site::{track_done as done, track_problem as problem};
use crate::state::AppState;
use crate::storage::complaints::{self, ReporterView};
use crate::storage::rate_limits::Limit;
use crate::storage::redactions;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::time::Duration;

/// Code-and-PIN attempts accepted from one client network per hour.
pub const TRACK_LIMIT: Limit = Limit {
    action: "track",
    max: 20,
    window: Duration::from_secs(60 * 60),
};
/// Wrong PINs accepted for one complaint per day, from however many networks: past it, the
/// complaint cannot be opened by PIN until the day's window passes (docs/security.md gives the
/// arithmetic), and its reporter is told.
pub const PIN_FAILURE_LIMIT: Limit = Limit {
    action: "pin-failure",
    max: 10,
    window: Duration::from_secs(24 * 60 * 60),
};
/// The largest answer accepted: a rejection's photo at its limit, plus the text fields.
pub const ANSWER_MAX_BODY_BYTES: usize = crate::domain::photo::MAX_PHOTO_BYTES as usize + 64 * 1024;
/// The tracking page's form.
#[derive(Debug, Deserialize)]
pub struct Unlock {
    /// The tracking code, as typed.
    kode: String,
    /// The PIN, as typed.
    pin: String,
}

/// `POST /lacak`: opens a complaint with its code and PIN.
#[tracing::instrument(skip_all)]
pub async fn unlock(
    State(state): State<AppState>,
    client: crate::auth::client::ClientNetwork,
    Form(form): Form<Unlock>,
) -> Response {
    let now = Utc::now();
    let typed_code = form.kode.trim().to_uppercase();
    let back = |problem: &str| {
        let query = serde_urlencoded_pair("kode", &typed_code);
        Redirect::to(&format!("/lacak?{query}&galat={problem}")).into_response()
    };
    match TRACK_LIMIT.exceeded(&state.db, &client.0, now).await {
        Ok(true) => {
            tracing::info!("tracking attempts rate limited");
            return back(problem::LIMITED);
        }
        Ok(false) => {}
        // Failing closed: without a counter, PINs could be guessed at full speed.
        Err(error) => {
            tracing::error!(%error, "rate limit unavailable");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    }
    let Ok(code) = TrackingCode::parse(&typed_code) else {
        return back(problem::WRONG);
    };
    let complaint = match complaints::find_for_reporter(&state.db, &code).await {
        Ok(complaint) => complaint,
        Err(error) => {
            tracing::error!(%error, "complaint look-up failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let Some(complaint) = complaint else {
        tracing::info!("tracking code or PIN did not match");
        return back(problem::WRONG);
    };
    match check_pin(&state, &complaint, &form.pin, now).await {
        Ok(()) => {}
        Err(PinRefused::Problem(problem)) => return back(problem),
        Err(PinRefused::Unavailable) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
    let mut response = Redirect::to(&format!("/lacak/{code}")).into_response();
    super::append_cookie(
        &mut response,
        &access_cookie(&state, &code, &complaint.pin_hash, now),
    );
    response
}

/// Why a PIN typed for a complaint was not taken.
pub(super) enum PinRefused {
    /// Wrong, or the complaint is locked for the day: the `galat` code to show.
    Problem(&'static str),
    /// The counters could not be read or written: failing closed.
    Unavailable,
}

/// Checks `pin` for `complaint`, per complaint whatever network the guesses come from: refused
/// while the day's wrong PINs are used up ([`PIN_FAILURE_LIMIT`]); a wrong one is counted, and
/// the last one locks the complaint and tells its reporter. The caller checks the network's
/// attempts ([`TRACK_LIMIT`]) first.
pub(super) async fn check_pin(
    state: &AppState,
    complaint: &ReporterView,
    pin: &str,
    now: DateTime<Utc>,
) -> Result<(), PinRefused> {
    let code = complaint.tracking_code.as_str();
    let target = state.protector.pseudonym(code);
    match PIN_FAILURE_LIMIT.used_up(&state.db, &target, now).await {
        Ok(false) => {}
        Ok(true) => {
            tracing::info!("PIN attempts on a locked complaint");
            return Err(PinRefused::Problem(problem::LOCKED));
        }
        Err(error) => {
            tracing::error!(%error, "PIN failure count unavailable");
            return Err(PinRefused::Unavailable);
        }
    }
    if state.protector.pin_matches(code, pin, &complaint.pin_hash) {
        return Ok(());
    }
    tracing::info!("tracking code or PIN did not match");
    match pin_failed(state, complaint, &target, now).await {
        Ok(true) => Err(PinRefused::Problem(problem::LOCKED)),
        Ok(false) => Err(PinRefused::Problem(problem::WRONG)),
        Err(error) => {
            tracing::error!(%error, "PIN failure not counted");
            Err(PinRefused::Unavailable)
        }
    }
}

/// Counts a wrong PIN for `complaint`; at the day's limit, locks it and tells its reporter (once
/// a day). `true` when it is now locked.
async fn pin_failed(
    state: &AppState,
    complaint: &ReporterView,
    target: &str,
    now: DateTime<Utc>,
) -> Result<bool, crate::storage::StorageError> {
    let failures = PIN_FAILURE_LIMIT.count(&state.db, target, now).await?;
    if failures < PIN_FAILURE_LIMIT.max {
        return Ok(false);
    }
    let window_start = crate::storage::rate_limits::window_end(PIN_FAILURE_LIMIT.window, now)
        - chrono::Duration::from_std(PIN_FAILURE_LIMIT.window).expect("a day fits");
    if crate::services::reminders::lock_pin_attempts(
        &state.db,
        &state.notifier,
        complaint.id,
        &complaint.tracking_code,
        window_start,
        now,
    )
    .await?
    {
        tracing::warn!(
            complaint = complaint.id.0,
            "PIN attempts locked for the day"
        );
    }
    Ok(true)
}

/// The reporter's answer to the desk's resolution, or a withdrawal.
#[derive(Debug, Default, Deserialize)]
pub struct Answer {
    /// `konfirmasi`, `tolak`, `keterangan` or `cabut`.
    keputusan: String,
    /// The comment of a confirmation.
    #[serde(default)]
    komentar: String,
    /// The reason of a rejection, or the answer to the agency's question.
    #[serde(default)]
    alasan: String,
}

/// `POST /lacak/{code}/jawab`: confirms, rejects or answers the agency's question (each of the
/// two with an optional photo), or withdraws.
#[tracing::instrument(skip_all)]
pub async fn answer(
    State(state): State<AppState>,
    headers: HeaderMap,
    Reporter { code, .. }: Reporter,
    post: photos::WithPhotos<Answer>,
) -> Response {
    let photos::WithPhotos {
        form,
        photos: mut uploads,
    } = post;
    // One photo at most, with a rejection or a clarification.
    if uploads.len() > 1 {
        return StatusCode::BAD_REQUEST.into_response();
    }
    let photo = uploads.pop();
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let page = format!("/lacak/{code}");
    let (action, feedback, done) = match form.keputusan.as_str() {
        done::CONFIRMED => {
            let comment = match Comment::parse_optional(&form.komentar) {
                Ok(comment) => comment,
                Err(code) => {
                    return refused(locale, &page, vec![code.message(locale, Comment::LABEL)]);
                }
            };
            let feedback = Feedback {
                comment: comment.map(|comment| comment.as_str().to_owned()),
            };
            (Action::Confirm, Some(feedback), done::CONFIRMED)
        }
        done::REJECTED | done::CLARIFIED => {
            let clarifies = form.keputusan == done::CLARIFIED;
            let label = if clarifies {
                CLARIFICATION_ANSWER_LABEL
            } else {
                Reason::LABEL
            };
            let reason = Reason::parse(&form.alasan);
            let photo_check = photo.as_ref().map(|photo| Photo::parse(&photo.meta));
            match (reason, photo_check) {
                (Ok(answer), None | Some(Ok(_))) if clarifies => {
                    (Action::Clarify { answer }, None, done::CLARIFIED)
                }
                (Ok(reason), None | Some(Ok(_))) => {
                    (Action::Reject { reason }, None, done::REJECTED)
                }
                (reason, photo_check) => {
                    let problems = [
                        reason.err().map(|code| code.message(locale, label)),
                        photo_check
                            .and_then(Result::err)
                            .map(|code| FieldError::new(Field::Photos, code).message(locale)),
                    ];
                    return refused(locale, &page, problems.into_iter().flatten().collect());
                }
            }
        }
        done::WITHDRAWN => (Action::Withdraw { reason: None }, None, done::WITHDRAWN),
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    // Only a rejection or a clarification carries evidence; a photo sent with anything else is
    // ignored.
    let photo = photo.filter(|_| matches!(action, Action::Reject { .. } | Action::Clarify { .. }));
    let records = match photo {
        None => Vec::new(),
        Some(photo) => match kept_photo(&state, photo, locale, &page).await {
            Ok(records) => records,
            Err(refusal) => return refusal,
        },
    };
    let act = Act {
        feedback: feedback.as_ref(),
        photos: &records,
        ..Act::new(&action, Role::Reporter)
    };
    reporter_acts(&state, &code, &act, locale, done, now).await
}

/// Processes and stores the photo of a rejection; the refusal page (leading back to `page`) if
/// it is unusable or cannot be stored.
async fn kept_photo(
    state: &AppState,
    photo: photos::Upload,
    locale: Locale,
    page: &str,
) -> Result<Vec<crate::storage::complaints::PhotoRecord>, Response> {
    let processed = photos::process(state, vec![photo.bytes])
        .await
        .map_err(|errors| {
            let problems = errors.iter().map(|error| error.message(locale)).collect();
            refused(locale, page, problems)
        })?;
    crate::services::photos::store(state, &processed)
        .await
        .map_err(|error| {
            tracing::error!(%error, "rejection photo not stored");
            unavailable(locale, page)
        })
}

/// The reporter's request to remove personal details from what others see.
#[derive(Debug, Deserialize)]
pub struct RedactionAsk {
    /// What should be removed.
    permintaan: String,
}

/// `POST /lacak/{code}/sensor`: the reporter asks the desk to remove personal details they put in
/// the title or text by mistake. Recorded once however often it is sent while it waits.
#[tracing::instrument(skip_all)]
pub async fn request_redaction(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Form(form): Form<RedactionAsk>,
) -> Response {
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let Some((code, complaint)) = authorised(&state, &code, &headers, now).await else {
        return Redirect::to("/lacak").into_response();
    };
    let page = format!("/lacak/{code}");
    let request = match RedactionRequest::parse(&form.permintaan) {
        Ok(request) => request,
        Err(error) => {
            let problem = error.message(locale, RedactionRequest::LABEL);
            return refused(locale, &page, vec![problem]);
        }
    };
    match redactions::request(&state.db, complaint.id, &request, now).await {
        Ok(new) => {
            tracing::info!(%code, new, "reporter asked for personal details to be removed");
            Redirect::to(&format!("{page}?selesai={}", done::REDACTION_ASKED)).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "redaction request not stored");
            unavailable(locale, &page)
        }
    }
}

/// The longest survey body accepted: nine `uN=4` pairs take 44 bytes.
pub const SURVEY_MAX_BODY_BYTES: usize = 1024;

/// `POST /lacak/{code}/survei`: the reporter's answers to the satisfaction survey
/// ([`crate::domain::satisfaction`]), fields `u1` to `u9` each `1`–`4`. Recorded once, only for
/// a complaint answered and closed; a second one (a doubled tap) is told it no longer applies.
#[tracing::instrument(skip_all)]
pub async fn survey(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Form(form): Form<std::collections::HashMap<String, String>>,
) -> Response {
    use crate::domain::satisfaction::Survey;
    use crate::services::satisfaction::{self, SurveyRefused};
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let Some((code, complaint)) = authorised(&state, &code, &headers, now).await else {
        return Redirect::to("/lacak").into_response();
    };
    let page = format!("/lacak/{code}");
    let survey = match Survey::parse(|field| form.get(field).map(String::as_str)) {
        Ok(survey) => survey,
        Err(problem) => return refused(locale, &page, vec![problem.message(locale)]),
    };
    match satisfaction::answer(&state, complaint.id, &survey, now).await {
        Ok(()) => {
            tracing::info!(%code, "reporter answered the satisfaction survey");
            Redirect::to(&format!("{page}?selesai={}", done::SURVEYED)).into_response()
        }
        Err(SurveyRefused::NotOffered) => {
            Redirect::to(&format!("{page}?galat={}", problem::NOT_POSSIBLE)).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "satisfaction survey not stored");
            unavailable(locale, &page)
        }
    }
}

/// The corrected complaint, after the desk returned it as incomplete.
#[derive(Debug, Deserialize)]
pub struct Completion {
    /// The corrected title.
    title: String,
    /// The corrected text.
    content: String,
    /// The corrected address.
    address: String,
}

/// `POST /lacak/{code}/lengkapi`: the reporter corrects a returned complaint and sends it again
/// (same code; the timeline shows the resubmission, the earlier text stays for officers).
#[tracing::instrument(skip_all)]
pub async fn complete(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Form(form): Form<Completion>,
) -> Response {
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let Some((code, _complaint)) = authorised(&state, &code, &headers, now).await else {
        return Redirect::to("/lacak").into_response();
    };
    let revision = match Revision::parse(&form.title, &form.content, &form.address) {
        Ok(revision) => revision,
        Err(errors) => {
            let problems: Vec<String> = errors.iter().map(|error| error.message(locale)).collect();
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Html(completion_refused(locale, &code, &problems, &form)),
            )
                .into_response();
        }
    };
    let act = Act {
        revision: Some(&revision),
        ..Act::new(&Action::Resubmit, Role::Reporter)
    };
    reporter_acts(&state, &code, &act, locale, done::RESUBMITTED, now).await
}

/// Records the reporter's action and sends them back to the tracking page: with `?selesai=done`
/// when it was recorded, `?galat=` when it no longer applies, an error page when storage failed.
async fn reporter_acts(
    state: &AppState,
    code: &TrackingCode,
    act: &Act<'_>,
    locale: Locale,
    done: &str,
    now: DateTime<Utc>,
) -> Response {
    let page = format!("/lacak/{code}");
    match act::act(
        &state.db,
        &state.notifier,
        &state.step_clock(),
        code,
        act,
        now,
    )
    .await
    {
        Ok(acted) => {
            tracing::info!(
                %code,
                action = act.action.kind().code(),
                status = %acted.after.status(),
                "reporter acted"
            );
            Redirect::to(&format!("{page}?selesai={done}")).into_response()
        }
        Err(ActError::Refused(_) | ActError::Stale { .. } | ActError::NoOriginal) => {
            Redirect::to(&format!("{page}?galat={}", problem::NOT_POSSIBLE)).into_response()
        }
        Err(ActError::NotFound) => Redirect::to("/lacak").into_response(),
        Err(ActError::Storage(error)) => {
            tracing::error!(%error, "reporter's action not stored");
            unavailable(locale, &page)
        }
    }
}

/// A `500` page: nothing was recorded, try again later.
pub(super) fn unavailable(locale: Locale, page: &str) -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        Html(crate::handlers::message_page(
            locale,
            ui::TRACK_UNAVAILABLE.get(locale),
            &[],
            None,
            page,
            ui::TRACK_BACK.get(locale),
        )),
    )
        .into_response()
}

/// The refused correction: the problems, and the form again with everything as typed.
fn completion_refused(
    locale: Locale,
    code: &TrackingCode,
    problems: &[String],
    form: &Completion,
) -> String {
    use super::escape;
    let page = super::message_page(
        locale,
        ui::TRACK_ANSWER_REFUSED.get(locale),
        problems,
        None,
        &format!("/lacak/{code}"),
        ui::TRACK_BACK.get(locale),
    );
    let again = format!(
        "<form method=\"post\" action=\"/lacak/{code}/lengkapi\" class=\"track-form\">\
         <label for=\"title\">{title_label}</label>\
         <input id=\"title\" name=\"title\" value=\"{title}\" required>\
         <label for=\"content\">{content_label}</label>\
         <textarea id=\"content\" name=\"content\" rows=\"6\" required>{content}</textarea>\
         <label for=\"address\">{address_label}</label>\
         <input id=\"address\" name=\"address\" value=\"{address}\" required>\
         <button class=\"button primary\" type=\"submit\">{send}</button></form>",
        title_label = escape(Field::Title.label().get(locale)),
        title = escape(&form.title),
        content_label = escape(Field::Content.label().get(locale)),
        content = escape(&form.content),
        address_label = escape(Field::Address.label().get(locale)),
        address = escape(&form.address),
        send = escape(ui::TRACK_RESUBMIT.get(locale)),
    );
    page.replace("</main>", &format!("{again}</main>"))
}

/// `GET /lacak/{code}/foto/{n}`: the `n`th photo of the complaint, to its reporter. Any refusal
/// answers `404`, as for a photo that does not exist.
pub async fn photo(
    reporter: Result<Reporter, Refused>,
    State(state): State<AppState>,
    Path((_, position)): Path<(String, u32)>,
) -> Response {
    let Ok(Reporter { complaint, .. }) = reporter else {
        return StatusCode::NOT_FOUND.into_response();
    };
    photo_response(&state, complaint.id, position, |photo| {
        photo.reporter_may_see()
    })
    .await
}

/// The `position`th photo of complaint `id` as a response (private caching, no sniffing), if
/// `may_see` allows it.
pub(crate) async fn photo_response(
    state: &AppState,
    id: crate::storage::complaints::ComplaintId,
    position: u32,
    may_see: impl Fn(&complaints::StoredPhoto) -> bool,
) -> Response {
    let stored = match complaints::photo(&state.db, id, position).await {
        Ok(Some(stored)) if may_see(&stored) => stored,
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "photo look-up failed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    match state.blobs.get(&stored.storage_key).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, stored.content_type),
                (header::CACHE_CONTROL, "private, max-age=86400".to_owned()),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            ],
            bytes,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, key = %stored.storage_key, "stored photo unreadable");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// A `422` page naming the problem, leading back to the tracking page (the browser's own checks
/// normally stop such a form before it is sent).
pub(super) fn refused(locale: Locale, page: &str, problems: Vec<String>) -> Response {
    super::answer::Refusal {
        locale,
        status: StatusCode::UNPROCESSABLE_ENTITY,
        title: ui::TRACK_ANSWER_REFUSED,
        problems: &problems,
        back: (page, ui::TRACK_BACK),
    }
    .into_response()
}

/// `name=value` with the value percent-encoded for a query string.
fn serde_urlencoded_pair(name: &str, value: &str) -> String {
    let encoded: String = value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect();
    format!("{name}={encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(serde_urlencoded_pair("kode", "ADU-AB12"), "kode=ADU-AB12");
        assert_eq!(
            serde_urlencoded_pair("kode", "a b&c=d"),
            "kode=a%20b%26c%3Dd"
        );
    }
}
