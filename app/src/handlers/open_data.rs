//! Open data: the public statistics as CSV and JSON at stable addresses, with the same
//! disclosure control as the page.
//!
//! `GET /statistik.csv?tahun=2026&bulan=11` and `GET /statistik.json?tahun=2026`: `bulan` (a
//! month) or `kuartal` (a quarter) optional; `dari` and `sampai` for any days; without any, the
//! current year. A malformed query gets 400 with the accepted keys.

use crate::api::statistics::{self, Period, PeriodQuery};
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

const NO_SUCH_PERIOD: &str = "Periode tidak dikenal / no such period \
    (tahun, bulan 1-12, kuartal 1-4, or dari and sampai as YYYY-MM-DD)";

impl PeriodQuery {
    fn period(&self, state: &AppState) -> Option<Period> {
        Period::asked(self, state.utc_offset)
    }
}

/// `GET /statistik.csv`.
pub async fn csv(State(state): State<AppState>, Query(query): Query<PeriodQuery>) -> Response {
    let Some(period) = query.period(&state) else {
        return (StatusCode::BAD_REQUEST, NO_SUCH_PERIOD).into_response();
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
        return (StatusCode::BAD_REQUEST, NO_SUCH_PERIOD).into_response();
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
