//! Acting on a complaint: a step of the status machine, a redaction, a record beside the machine.

use super::*;
use crate::auth::extract::{ActingOn, MainDeskOn};
use crate::domain::field::{Field, FieldError};
use crate::domain::redaction::PublicText;
use crate::domain::status::{ActionForm, ActionKind, Status};
use crate::domain::timeline::EntryKind;
use crate::handlers::photos;
use crate::i18n::{Locale, ui};
use crate::services::act::{self, Act, ActError, RecordError};
use crate::state::AppState;
use crate::storage::complaints;
use crate::storage::transitions::Entry;
use crate::storage::{desk_lists, redactions};
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

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
    ActingOn {
        officer,
        role,
        code,
    }: ActingOn,
    headers: HeaderMap,
    post: photos::WithPhotos<ActionPost>,
) -> Response {
    let photos::WithPhotos {
        form,
        photos: uploads,
    } = post;
    use crate::site::desk_problem as problem;
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
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
    match act::act(
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
    MainDeskOn { officer, code }: MainDeskOn,
    headers: HeaderMap,
    Form(form): Form<RedactionPost>,
) -> Response {
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
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
    crate::services::photos::store(state, &processed)
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
/// or a field verification report with its photos; the main desk reminds the agency, raises the
/// complaint with the agency's head, or adds its own note; each while [`EntryKind::may_record`]
/// allows it.
#[tracing::instrument(skip_all)]
pub async fn add_record(
    State(state): State<AppState>,
    ActingOn {
        officer,
        role,
        code,
    }: ActingOn,
    headers: HeaderMap,
    post: photos::WithPhotos<RecordPost>,
) -> Response {
    use crate::domain::timeline::{FieldReport, InternalNote};
    use crate::site::desk_problem as problem;
    let photos::WithPhotos { form: post, photos } = post;
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let page = format!("/petugas/aduan/{code}");
    let kind =
        EntryKind::parse_code(&post.jenis).filter(|kind| EntryKind::OFFICER_RECORDS.contains(kind));
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
    match act::add_record(&state.db, &state.notifier, &code, &entry, &records, now).await {
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

/// The assignment form of the complaint page.
#[derive(Debug, Deserialize)]
pub struct AssignPost {
    /// The status the page showed.
    status: String,
    /// The chosen officer's id.
    petugas: i64,
}

/// `POST /petugas/aduan/{code}/tugaskan`: the main desk gives a complaint to one of its
/// officers, an agency's administrator to one of the agency's; the timeline keeps it.
#[tracing::instrument(skip_all)]
pub async fn assign(
    ActingOn {
        officer,
        role,
        code,
    }: ActingOn,
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(post): Form<AssignPost>,
) -> Response {
    use crate::services::act::AssignError;
    use crate::site::desk_problem as problem;
    let locale = crate::cookies::reader_locale(&headers);
    let page = format!("/petugas/aduan/{code}");
    let Some(expected) = Status::parse_code(&post.status) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let assignee = crate::storage::officers::OfficerId(post.petugas);
    match act::assign(
        &state.db,
        &code,
        &officer,
        role,
        expected,
        assignee,
        Utc::now(),
    )
    .await
    {
        Ok(_) => {
            tracing::info!(
                officer = officer.id.0,
                assignee = assignee.0,
                "complaint assigned"
            );
            let kind = EntryKind::Assigned.code();
            Redirect::to(&format!("{page}?selesai={kind}")).into_response()
        }
        Err(AssignError::NotEligible) => refused(
            locale,
            &page,
            &[ui::DESK_ASSIGN_NOT_ELIGIBLE.get(locale).to_owned()],
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(AssignError::Record(RecordError::Stale { .. })) => {
            Redirect::to(&format!("{page}?galat={}", problem::STALE)).into_response()
        }
        Err(AssignError::Record(RecordError::NotAllowed { .. })) => refused(
            locale,
            &page,
            &[ui::DESK_RECORD_NOT_ALLOWED.get(locale).to_owned()],
            StatusCode::CONFLICT,
        ),
        Err(AssignError::Record(RecordError::NotFound)) => StatusCode::NOT_FOUND.into_response(),
        Err(AssignError::Record(RecordError::Storage(error))) => failure(&error),
    }
}
