//! A complaint's photos for the desk, and the black-out of a public copy.

use super::*;
use crate::auth::extract::{MainDeskOn, Refused, Viewing};
use crate::domain::timeline::EntryKind;
use crate::state::AppState;
use crate::storage::complaints;
use crate::storage::redactions;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

/// `GET /petugas/aduan/{code}/foto/{n}`.
///
/// Any refusal answers `404`: an image is never a page to be sent to the login form from.
pub async fn photo(
    viewing: Result<Viewing, Refused>,
    State(state): State<AppState>,
    Path((_, position)): Path<(String, u32)>,
    Query(version): Query<PhotoVersion>,
) -> Response {
    let Ok(Viewing { code, .. }) = viewing else {
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
    MainDeskOn { officer, code }: MainDeskOn,
    headers: HeaderMap,
    Form(form): Form<PhotoRedactionPost>,
) -> Response {
    use crate::domain::photo::Blackout;
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
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
    let records = match crate::services::photos::store(&state, std::slice::from_ref(&copy)).await {
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
