//! Server functions of the officers' desk. Each checks the session and the officer's scope on the
//! server: without a session they answer [`ApiError::Forbidden`], and a complaint outside the
//! officer's agency is [`ApiError::NotFound`], exactly like one that does not exist.

use super::ApiError;
use crate::domain::officer::OfficerRole;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

mod bounces;
mod complaint;
mod districts;
mod queue;

pub use bounces::*;
pub use complaint::*;
pub use districts::*;
pub use queue::*;

/// The signed-in officer, as pages show them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerSummary {
    /// Their name.
    pub display_name: String,
    /// Their role.
    pub role: OfficerRole,
    /// Their agency, by name (its code when the list has no name for it).
    pub agency: Option<String>,
}

#[cfg(feature = "ssr")]
impl OfficerSummary {
    /// `officer` as pages show them.
    pub fn of(officer: &crate::storage::officers::SessionOfficer) -> OfficerSummary {
        OfficerSummary {
            display_name: officer.display_name.clone(),
            role: officer.scope.role,
            agency: officer
                .agency_name
                .clone()
                .or_else(|| officer.scope.agency.clone()),
        }
    }
}

/// The signed-in officer, as pages show them.
#[server(endpoint = "desk/officer")]
pub async fn desk_officer() -> Result<OfficerSummary, ApiError> {
    let (_, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
    Ok(OfficerSummary::of(&officer))
}
