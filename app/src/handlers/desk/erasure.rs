//! The main desk's decision on a reporter's erasure request ([`crate::domain::erasure`]).

use super::{failure, refused};
use crate::auth::extract::MainDeskOn;
use crate::domain::erasure::ErasureDecision;
use crate::domain::timeline::EntryKind;
use crate::services::erasure::{self, Decided};
use crate::site::desk_problem as problem;
use crate::state::AppState;
use crate::storage::complaints;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

/// The decision form.
#[derive(Debug, Deserialize)]
pub struct ErasurePost {
    /// `setuju` (approve) or `tolak` (refuse).
    keputusan: String,
    /// Why it is refused, for the reporter.
    #[serde(default)]
    jawaban: String,
}

/// `POST /petugas/aduan/{code}/hapus-data`: approves (erasing at once when the complaint is
/// finished, else when it is) or refuses with an answer. Main desk only.
#[tracing::instrument(skip_all)]
pub async fn decide_erasure(
    State(state): State<AppState>,
    MainDeskOn { officer, code }: MainDeskOn,
    headers: HeaderMap,
    Form(form): Form<ErasurePost>,
) -> Response {
    let now = Utc::now();
    let locale = crate::cookies::reader_locale(&headers);
    let page = format!("/petugas/aduan/{code}");
    let decision = match form.keputusan.as_str() {
        "setuju" => ErasureDecision::Approve,
        "tolak" => match ErasureDecision::refuse(&form.jawaban) {
            Ok(decision) => decision,
            Err(error) => {
                let problem = error.message(locale, ErasureDecision::ANSWER_LABEL);
                return refused(locale, &page, &[problem], StatusCode::UNPROCESSABLE_ENTITY);
            }
        },
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    let complaint = match complaints::find_for_reporter(&state.db, &code).await {
        Ok(Some(complaint)) => complaint,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return failure(&error),
    };
    let decided = erasure::decide(
        &state.db,
        &state.notifier,
        complaint.id,
        &code,
        officer.id,
        &decision,
        now,
    )
    .await;
    match decided {
        Ok(Decided::NothingWaiting) => {
            Redirect::to(&format!("{page}?galat={}", problem::STALE)).into_response()
        }
        Ok(decided) => {
            tracing::info!(
                officer = officer.id.0,
                decision = decision.code(),
                erased = matches!(decided, Decided::Erased(_)),
                "erasure request decided"
            );
            Redirect::to(&format!(
                "{page}?selesai={}",
                EntryKind::ErasureDecided.code()
            ))
            .into_response()
        }
        Err(error) => failure(&error),
    }
}
