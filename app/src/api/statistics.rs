//! The public statistics as a server function: the page's one call (built and remembered in
//! [`crate::services::statistics`]).
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::ApiError;
use crate::domain::period::PeriodQuery;
use crate::domain::public_statistics::PublicStatistics;
use leptos::prelude::*;

/// The public statistics of the period `period` asks for (this year when it names none).
#[server(endpoint = "statistics")]
pub async fn statistics_of_period(period: PeriodQuery) -> Result<PublicStatistics, ApiError> {
    let state = super::state()?;
    let period = crate::domain::period::Period::asked(&period, state.this_year())
        .ok_or_else(|| ApiError::Validation("no such period".to_owned()))?;
    crate::services::statistics::published(&state, period)
        .await
        .map_err(super::unexpected)
}
