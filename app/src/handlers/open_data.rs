//! Open data: the public statistics as CSV and JSON at stable addresses, with the same
//! disclosure control as the page.
//!
//! `GET /statistik.csv?tahun=2026&bulan=11` and `GET /statistik.json?tahun=2026` (`bulan`
//! optional; without `tahun`, the current year).

use crate::api::statistics::{self, Period};
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// The period asked for.
#[derive(Debug, Deserialize)]
pub struct PeriodQuery {
    /// Year.
    tahun: Option<i32>,
    /// Month, 1–12.
    bulan: Option<u32>,
}

impl PeriodQuery {
    fn period(&self, state: &AppState) -> Option<Period> {
        Period::of_or_this_year(self.tahun, self.bulan, state.utc_offset)
    }
}

/// `GET /statistik.csv`.
pub async fn csv(State(state): State<AppState>, Query(query): Query<PeriodQuery>) -> Response {
    let Some(period) = query.period(&state) else {
        return (StatusCode::BAD_REQUEST, "tahun/bulan: no such period").into_response();
    };
    match statistics::build(&state, period).await {
        Ok(published) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=300"),
            ],
            published.to_csv(),
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "statistics unavailable");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `GET /statistik.json`.
pub async fn json(State(state): State<AppState>, Query(query): Query<PeriodQuery>) -> Response {
    let Some(period) = query.period(&state) else {
        return (StatusCode::BAD_REQUEST, "tahun/bulan: no such period").into_response();
    };
    match statistics::build(&state, period).await {
        Ok(published) => (
            [(header::CACHE_CONTROL, "public, max-age=300")],
            axum::Json(published),
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "statistics unavailable");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
