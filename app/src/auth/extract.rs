//! Who is calling, as axum extractors, all in this one file: checked from the request's head, so
//! a handler that takes a body lists its extractor first and nothing reads the body of a caller
//! who is not allowed. Officers: [`Officer`] (any signed-in), [`MainDesk`], [`SystemAdmin`],
//! [`Viewing`], [`ActingOn`] and [`MainDeskOn`] (a complaint in their scope); reporters: [`Reporter`] (the access cookie). The
//! client's network, for the rate limits, is [`crate::auth::client::ClientNetwork`].
//!
//! Every extractor refuses with one type, [`Refused`]: axum handlers answer it as it is
//! (a redirect to the right form, `403` or `404`); server functions take the same extractors
//! through [`crate::api::extract`], which turns it into their error type.

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

/// Why a caller was turned away, for every extractor here. Nothing in it names what exists: a
/// complaint outside the caller's scope is [`Refused::NotFound`] like one that does not exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// No officer session: `303` to the login page.
    SignedOut,
    /// No access to the reporter's complaint from this browser: `303` to the tracking form.
    NoReporterAccess,
    /// Signed in, in a role that may not do this: `403`.
    Forbidden,
    /// No complaint by that code in the caller's scope: `404`.
    NotFound,
    /// The path's parameters could not be read: `400`.
    BadPath,
    /// The session could not be looked up (logged where it failed): `500`.
    Failed,
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        match self {
            Refused::SignedOut => Redirect::to("/petugas/masuk").into_response(),
            Refused::NoReporterAccess => Redirect::to("/lacak").into_response(),
            Refused::Forbidden => StatusCode::FORBIDDEN.into_response(),
            Refused::NotFound => StatusCode::NOT_FOUND.into_response(),
            Refused::BadPath => StatusCode::BAD_REQUEST.into_response(),
            Refused::Failed => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        }
    }
}

/// The officer whose open session the request carries. Without one, the caller is sent to the
/// login page (`303`).
#[derive(Debug)]
pub struct Officer(pub SessionOfficer);

impl FromRequestParts<AppState> for Officer {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        match session::current_officer(state, &parts.headers, chrono::Utc::now()).await {
            Ok(Some(officer)) => Ok(Officer(officer)),
            Ok(None) => Err(Refused::SignedOut),
            Err(error) => {
                tracing::error!(%error, "session look-up failed");
                Err(Refused::Failed)
            }
        }
    }
}

/// The signed-in system administrator. Anyone else, signed in or not, gets `403`: the
/// administration's forms are only on its own pages, so nothing else posts to them.
#[derive(Debug)]
pub struct SystemAdmin(pub SessionOfficer);

impl FromRequestParts<AppState> for SystemAdmin {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        match Officer::from_request_parts(parts, state).await {
            Ok(Officer(officer)) if officer.scope.role == OfficerRole::SystemAdmin => {
                Ok(SystemAdmin(officer))
            }
            Err(Refused::Failed) => Err(Refused::Failed),
            _ => Err(Refused::Forbidden),
        }
    }
}

/// The signed-in main-desk officer. Without a session: `303` to the login page; any other role:
/// `403`.
#[derive(Debug)]
pub struct MainDesk(pub SessionOfficer);

impl FromRequestParts<AppState> for MainDesk {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        let Officer(officer) = Officer::from_request_parts(parts, state).await?;
        if officer.scope.role != OfficerRole::MainDesk {
            return Err(Refused::Forbidden);
        }
        Ok(MainDesk(officer))
    }
}

/// The complaint named by the path's `{code}`, as a signed-in officer who may see it (any role,
/// the head of an agency included). Without a session: `303` to the login page; a code that does
/// not exist or is outside the officer's scope: `404` alike.
#[derive(Debug)]
pub struct Viewing {
    /// The officer.
    pub officer: SessionOfficer,
    /// The complaint.
    pub code: TrackingCode,
}

impl FromRequestParts<AppState> for Viewing {
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        let Officer(officer) = Officer::from_request_parts(parts, state).await?;
        let code = path_code(parts, state, &officer).await?;
        Ok(Viewing { officer, code })
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
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        let Officer(officer) = Officer::from_request_parts(parts, state).await?;
        let Some(role) = officer.scope.role.acting_role() else {
            return Err(Refused::Forbidden);
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
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        let Officer(officer) = Officer::from_request_parts(parts, state).await?;
        let code = path_code(parts, state, &officer).await?;
        if officer.scope.role != OfficerRole::MainDesk {
            return Err(Refused::Forbidden);
        }
        Ok(MainDeskOn { officer, code })
    }
}

/// The path's `{code}`, if `officer` may see that complaint; else `404`.
async fn path_code(
    parts: &mut Parts,
    state: &AppState,
    officer: &SessionOfficer,
) -> Result<TrackingCode, Refused> {
    let code = code_in_path(parts, state).await?.unwrap_or_default();
    visible_complaint(state, officer, &code)
        .await
        .ok_or(Refused::NotFound)
}

/// The path's `{code}` parameter as written, if the route has one; the path extractor's own
/// [`Refused::BadPath`] for a path it cannot read.
async fn code_in_path(parts: &mut Parts, state: &AppState) -> Result<Option<String>, Refused> {
    let Path(mut params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| Refused::BadPath)?;
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
    type Rejection = Refused;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Refused> {
        let code = code_in_path(parts, state)
            .await
            .ok()
            .flatten()
            .ok_or(Refused::NoReporterAccess)?;
        let (code, complaint) =
            super::reporter::authorised(state, &code, &parts.headers, chrono::Utc::now())
                .await
                .ok_or(Refused::NoReporterAccess)?;
        Ok(Reporter { code, complaint })
    }
}
