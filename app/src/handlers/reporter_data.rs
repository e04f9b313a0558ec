//! The reporter's rights over their data (UU 27/2022): everything the desk holds about their
//! complaint as one JSON file, and asking for it to be erased.
//!
//! `POST /lacak/{code}/hapus` records the erasure request of the browser holding the
//! complaint's cookie, once per complaint; the main desk decides ([`crate::domain::erasure`]).
//!
//! `POST /lacak/{code}/data` answers a browser that holds the complaint's access cookie and types
//! the PIN again: the file carries the whole NIK, so a browser left open is not enough. The PIN
//! counts against the same limits as opening the complaint ([`super::track::TRACK_LIMIT`] per
//! network, [`super::track::PIN_FAILURE_LIMIT`] per complaint). The answer is never cached and
//! its download is logged without its contents.

use super::track::{PinRefused, TRACK_LIMIT, check_pin};
use crate::api::tracking::{TimelineItem, public_timeline};
use crate::auth::reporter::authorised;
use crate::site::track_problem as problem;
use crate::state::AppState;
use crate::storage::complaints::{self, ComplaintId};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

/// The longest form accepted: a PIN.
pub const MAX_BODY_BYTES: usize = 256;

/// The export form.
#[derive(Debug, Deserialize)]
pub struct ExportForm {
    /// The PIN, typed again.
    pin: String,
}

/// Everything held about one complaint, as its reporter downloads it.
#[derive(Debug, Serialize)]
pub struct ReporterData {
    /// What this file is.
    pub about: &'static str,
    /// When it was made, in the desk's time zone.
    pub exported_at: DateTime<FixedOffset>,
    /// The complaint's tracking code.
    pub tracking_code: String,
    /// The reporter as the desk holds them; empty once the retention period removed them.
    pub reporter: ReporterDetails,
    /// The complaint as filed (and corrected).
    pub complaint: ComplaintDetails,
    /// The privacy notice version the reporter accepted when filing.
    pub privacy_notice_version: Option<i64>,
    /// Every step, as the tracking page shows it (the officers' internal notes are theirs, not
    /// personal data of the reporter, and are left out).
    pub timeline: Vec<TimelineItem>,
    /// The photos the reporter sees, each with its bytes.
    pub photos: Vec<ExportedPhoto>,
    /// Whether the reporter answered the satisfaction survey (the answers themselves are only
    /// in a monthly tally and cannot be told apart).
    pub satisfaction_survey_answered: bool,
    /// When the retention period removed the personal data, if it did.
    pub anonymised_at: Option<DateTime<FixedOffset>>,
}

/// The reporter's personal data.
#[derive(Debug, Serialize)]
pub struct ReporterDetails {
    /// Name.
    pub name: String,
    /// NIK, whole.
    pub nik: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Home address, where the SOP asked for it.
    pub home_address: Option<String>,
    /// Social media account, where the SOP asked for it.
    pub social_media_account: Option<String>,
}

/// The complaint itself.
#[derive(Debug, Serialize)]
pub struct ComplaintDetails {
    /// Title.
    pub title: String,
    /// Text.
    pub content: String,
    /// Where, as written.
    pub address: String,
    /// Where, as a point.
    pub latitude: f64,
    /// Where, as a point.
    pub longitude: f64,
    /// The village (desa/kelurahan), if given.
    pub village: Option<String>,
    /// The category's code.
    pub category: Option<String>,
    /// The agency in charge.
    pub agency: Option<String>,
    /// How it came in.
    pub channel: String,
    /// Who may see it.
    pub visibility: String,
    /// Where it stands (the status code).
    pub status: String,
    /// When it was filed.
    pub filed_at: DateTime<FixedOffset>,
    /// The title and text others see, where the desk removed personal details.
    pub public_text: Option<(String, String)>,
}

/// One photo, with its bytes.
#[derive(Debug, Serialize)]
pub struct ExportedPhoto {
    /// Its number within the complaint.
    pub position: u32,
    /// MIME type.
    pub content_type: String,
    /// The bytes, base64 (RFC 4648, with padding).
    pub base64: String,
}

/// `POST /lacak/{code}/data`: the reporter's data as a JSON download, after the PIN again.
#[tracing::instrument(skip_all)]
pub async fn export(
    State(state): State<AppState>,
    Path(code): Path<String>,
    client: crate::auth::client::ClientNetwork,
    headers: HeaderMap,
    Form(form): Form<ExportForm>,
) -> Response {
    let now = Utc::now();
    let Some((code, complaint)) = authorised(&state, &code, &headers, now).await else {
        return Redirect::to("/lacak").into_response();
    };
    let back =
        |problem: &str| Redirect::to(&format!("/lacak/{code}?galat={problem}")).into_response();
    match TRACK_LIMIT.exceeded(&state.db, &client.0, now).await {
        Ok(false) => {}
        Ok(true) => return back(problem::LIMITED),
        Err(error) => {
            tracing::error!(%error, "rate limit unavailable");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    }
    match check_pin(&state, &complaint, &form.pin, now).await {
        Ok(()) => {}
        Err(PinRefused::Problem(problem)) => return back(problem),
        Err(PinRefused::Unavailable) => return StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
    let data = match gather(&state, &code, complaint.id, now).await {
        Ok(Some(data)) => data,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "reporter's data not gathered");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let Ok(body) = serde_json::to_vec_pretty(&data) else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    tracing::info!(photos = data.photos.len(), "reporter downloaded their data");
    (
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"aduan-{code}.json\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        body,
    )
        .into_response()
}

/// Why the data could not be gathered.
#[derive(Debug, thiserror::Error)]
enum GatherError {
    #[error(transparent)]
    Storage(#[from] crate::storage::StorageError),
    #[error("a photo could not be read: {0}")]
    Blob(String),
    #[error("the NIK could not be opened")]
    Nik,
}

async fn gather(
    state: &AppState,
    code: &crate::domain::tracking_code::TrackingCode,
    id: ComplaintId,
    now: DateTime<Utc>,
) -> Result<Option<ReporterData>, GatherError> {
    use base64::Engine;
    let Some(record) = crate::storage::desk::find(&state.db, code).await? else {
        return Ok(None);
    };
    let offset = state.utc_offset;
    let local = |at: DateTime<Utc>| at.with_timezone(&offset);
    let nik = if record.nik_sealed.is_empty() {
        None
    } else {
        Some(
            state
                .protector
                .open_nik(&record.nik_sealed)
                .map_err(|_| GatherError::Nik)?
                .as_str()
                .to_owned(),
        )
    };
    let timeline = public_timeline(
        complaints::timeline(&state.db, id).await?,
        local,
        |position| format!("/lacak/{code}/foto/{position}"),
    );
    let mut photos = Vec::new();
    for position in complaints::all_photo_positions(&state.db, id).await? {
        let Some(photo) = complaints::photo(&state.db, id, position).await? else {
            continue;
        };
        if !photo.reporter_may_see() {
            continue;
        }
        let bytes = state
            .blobs
            .get(&photo.storage_key)
            .await
            .map_err(|error| GatherError::Blob(error.to_string()))?;
        photos.push(ExportedPhoto {
            position,
            content_type: photo.content_type,
            base64: base64::engine::general_purpose::STANDARD.encode(bytes),
        });
    }
    let surveyed = crate::storage::satisfaction::state(&state.db, id)
        .await?
        .surveyed;
    Ok(Some(ReporterData {
        about: "Data yang disimpan layanan Aduan tentang aduan ini dan pelapornya (UU 27/2022). \
                Everything the Aduan desk holds about this complaint and its reporter.",
        exported_at: local(now),
        tracking_code: code.to_string(),
        reporter: ReporterDetails {
            name: record.reporter_name,
            nik,
            phone: record.phone,
            email: record.email,
            home_address: record.reporter_address,
            social_media_account: record.social_media_account,
        },
        complaint: ComplaintDetails {
            title: record.title,
            content: record.content,
            address: record.address,
            latitude: record.latitude,
            longitude: record.longitude,
            village: record.village,
            category: record.category,
            agency: record.agency_name,
            channel: record.channel,
            visibility: record.visibility,
            status: record.status.code().to_owned(),
            filed_at: local(record.created_at),
            public_text: record.public_text,
        },
        privacy_notice_version: crate::storage::privacy_notices::accepted_for(&state.db, id)
            .await?,
        timeline,
        photos,
        satisfaction_survey_answered: surveyed,
        anonymised_at: record.anonymised_at.map(local),
    }))
}

/// The erasure request form.
#[derive(Debug, Deserialize)]
pub struct ErasureAsk {
    /// Why, optionally.
    #[serde(default)]
    alasan: String,
}

/// `POST /lacak/{code}/hapus`: the reporter asks for their personal data to be erased.
#[tracing::instrument(skip_all)]
pub async fn request_erasure(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Form(form): Form<ErasureAsk>,
) -> Response {
    use crate::domain::erasure::ErasureReason;
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let Some((code, complaint)) = authorised(&state, &code, &headers, now).await else {
        return Redirect::to("/lacak").into_response();
    };
    let page = format!("/lacak/{code}");
    let reason = match ErasureReason::parse_optional(&form.alasan) {
        Ok(reason) => reason,
        Err(error) => {
            let problem = error.message(locale, ErasureReason::LABEL);
            return super::track::refused(locale, &page, vec![problem]);
        }
    };
    match crate::storage::erasure::request(&state.db, complaint.id, reason.as_ref(), now).await {
        Ok(true) => {
            tracing::info!("reporter asked for their data to be erased");
            Redirect::to(&format!(
                "{page}?selesai={}",
                crate::site::track_done::ERASURE_ASKED
            ))
            .into_response()
        }
        Ok(false) => {
            Redirect::to(&format!("{page}?galat={}", problem::NOT_POSSIBLE)).into_response()
        }
        Err(error) => {
            tracing::error!(%error, "erasure request not stored");
            super::track::unavailable(locale, &page)
        }
    }
}
