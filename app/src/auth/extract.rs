//! Who is calling, as axum extractors: checked from the request's head, so a handler that takes
//! a body lists its extractor first and nothing reads the body of a caller who is not allowed.

use super::session;
use crate::state::AppState;
use crate::storage::officers::SessionOfficer;
use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};

/// The officer whose open session the request carries. Without one, the caller is sent to the
/// login page (`303`).
#[derive(Debug)]
pub struct Officer(pub SessionOfficer);

impl FromRequestParts<AppState> for Officer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match session::current_officer(state, &parts.headers, chrono::Utc::now()).await {
            Ok(Some(officer)) => Ok(Officer(officer)),
            Ok(None) => Err(Redirect::to("/petugas/masuk").into_response()),
            Err(error) => {
                tracing::error!(%error, "session look-up failed");
                Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
            }
        }
    }
}
