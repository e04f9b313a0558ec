//! Who is calling, as axum extractors, all in this one file: checked from the request's head, so
//! a handler that takes a body lists its extractor first and nothing reads the body of a caller
//! who is not allowed. Officers: [`Officer`] (any signed-in), [`SystemAdmin`], [`ActingOn`] and
//! [`MainDeskOn`] (a complaint in their scope); reporters: [`Reporter`] (the access cookie). The
//! client's network, for the rate limits, is [`crate::auth::client::ClientNetwork`].

use super::scope::visible_complaint;
use super::session;
use crate::domain::officer::OfficerRole;
use crate::domain::status::Role;
use crate::domain::tracking_code::TrackingCode;
use crate::state::AppState;
use crate::storage::complaints::ReporterView;
use crate::storage::officers::SessionOfficer;
use axum::extract::{FromRequestParts, Path};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::HashMap;

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

/// The signed-in system administrator. Anyone else, signed in or not, gets `403`: the
/// administration's forms are only on its own pages, so nothing else posts to them.
#[derive(Debug)]
pub struct SystemAdmin(pub SessionOfficer);

impl FromRequestParts<AppState> for SystemAdmin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match Officer::from_request_parts(parts, state).await {
            Ok(Officer(officer)) if officer.scope.role == OfficerRole::SystemAdmin => {
                Ok(SystemAdmin(officer))
            }
            _ => Err(StatusCode::FORBIDDEN.into_response()),
        }
    }
}

/// The complaint named by the path's `{code}`, as a signed-in officer whose role acts on
/// complaints opens it. Without a session: `303` to the login page; a role that never acts (the
/// system administrator, the head of an agency): `403`; a code that does not exist or is outside
/// the officer's scope: `404` alike, so codes cannot be probed.
#[derive(Debug)]
pub struct ActingOn {
    /// The officer.
    pub officer: SessionOfficer,
    /// The role they act in.
    pub role: Role,
    /// The complaint.
    pub code: TrackingCode,
}

impl FromRequestParts<AppState> for ActingOn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Officer(officer) = Officer::from_request_parts(parts, state).await?;
        let Some(role) = officer.scope.role.acting_role() else {
            return Err(StatusCode::FORBIDDEN.into_response());
        };
        let code = path_code(parts, state, &officer).await?;
        Ok(ActingOn {
            officer,
            role,
            code,
        })
    }
}

/// The complaint named by the path's `{code}`, opened by the main desk. Without a session:
/// `303` to the login page; a code that does not exist or is outside the officer's scope: `404`;
/// an officer who may see it but is not the main desk: `403`.
#[derive(Debug)]
pub struct MainDeskOn {
    /// The officer.
    pub officer: SessionOfficer,
    /// The complaint.
    pub code: TrackingCode,
}

impl FromRequestParts<AppState> for MainDeskOn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Officer(officer) = Officer::from_request_parts(parts, state).await?;
        let code = path_code(parts, state, &officer).await?;
        if officer.scope.role != OfficerRole::MainDesk {
            return Err(StatusCode::FORBIDDEN.into_response());
        }
        Ok(MainDeskOn { officer, code })
    }
}

/// The path's `{code}`, if `officer` may see that complaint; else `404`.
async fn path_code(
    parts: &mut Parts,
    state: &AppState,
    officer: &SessionOfficer,
) -> Result<TrackingCode, Response> {
    let code = code_in_path(parts, state).await?.unwrap_or_default();
    visible_complaint(state, officer, &code)
        .await
        .ok_or_else(|| StatusCode::NOT_FOUND.into_response())
}

/// The path's `{code}` parameter as written, if the route has one; the path extractor's own
/// refusal for a path it cannot read.
async fn code_in_path(parts: &mut Parts, state: &AppState) -> Result<Option<String>, Response> {
    let Path(mut params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(IntoResponse::into_response)?;
    Ok(params.remove("code"))
}

/// The reporter of the complaint in the path (`{code}`), by the access cookie this browser got
/// with the PIN: checked from the request's head, before a body (a photo) is read. Without
/// access, the caller is sent to the tracking form.
#[derive(Debug)]
pub struct Reporter {
    /// The complaint's code.
    pub code: TrackingCode,
    /// The complaint as its reporter sees it.
    pub complaint: ReporterView,
}

impl FromRequestParts<AppState> for Reporter {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let refused = || Redirect::to("/lacak").into_response();
        let code = code_in_path(parts, state)
            .await
            .ok()
            .flatten()
            .ok_or_else(refused)?;
        let (code, complaint) =
            super::reporter::authorised(state, &code, &parts.headers, chrono::Utc::now())
                .await
                .ok_or_else(refused)?;
        Ok(Reporter { code, complaint })
    }
}
