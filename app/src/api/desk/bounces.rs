//! The bounce report: how often each agency returned, had sent back, recalled or reminded.
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::super::ApiError;
use super::OfficerSummary;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One agency's line of the bounce report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BounceLine {
    /// The agency's name.
    pub agency: String,
    /// Complaints dispatched to it.
    pub dispatched: u64,
    /// Dispatches it returned as not its business.
    pub returned: u64,
    /// Its answers the main desk sent back for fixing.
    pub sent_back: u64,
    /// Dispatches the main desk pulled back from it.
    pub recalled: u64,
    /// Reminders the main desk sent it.
    pub reminded: u64,
}

/// How often each agency bounced complaints in a period, for the main desk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BounceReport {
    /// Who is looking.
    pub officer: OfficerSummary,
    /// The period.
    pub period: crate::domain::period::Period,
    /// One line per agency that had any.
    pub lines: Vec<BounceLine>,
}

/// The bounce report of a year (`year`; this year when `None`) or one of its months, for the
/// main desk only.
#[server(endpoint = "desk/bounces")]
pub async fn desk_bounces(year: Option<i32>, month: Option<u32>) -> Result<BounceReport, ApiError> {
    use crate::storage::statistics;

    let (state, crate::auth::extract::MainDesk(officer)) =
        crate::api::extract::<crate::auth::extract::MainDesk>().await?;
    let period = crate::domain::period::Period::of_or_this_year(year, month, state.this_year())
        .ok_or_else(|| ApiError::Validation("no such period".to_owned()))?;
    let (from, to) = period.instants(state.utc_offset);
    let lines = statistics::bounces(&state.db, from, to)
        .await
        .map_err(crate::api::unexpected)?
        .into_iter()
        .map(|line| BounceLine {
            agency: line.agency,
            dispatched: line.dispatched,
            returned: line.returned,
            sent_back: line.sent_back,
            recalled: line.recalled,
            reminded: line.reminded,
        })
        .collect();
    Ok(BounceReport {
        officer: OfficerSummary::of(&officer),
        period,
        lines,
    })
}
