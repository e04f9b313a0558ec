//! Open data: the public statistics as CSV and JSON at stable addresses, with the same
//! disclosure control as the page.
//!
//! `GET /statistik.csv?tahun=2026&bulan=11` and `GET /statistik.json?tahun=2026`: `bulan` (a
//! month) or `kuartal` (a quarter) optional; `dari` and `sampai` for any days; without any, the
//! current year. A malformed query gets 400 with the accepted keys.

use crate::domain::period::{Period, PeriodQuery};
use crate::services::statistics;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

const NO_SUCH_PERIOD: &str = "Periode tidak dikenal / no such period \
    (tahun, bulan 1-12, kuartal 1-4, or dari and sampai as YYYY-MM-DD)";

impl PeriodQuery {
    fn period(&self, state: &AppState) -> Option<Period> {
        Period::asked(self, state.this_year())
    }
}

/// `GET /statistik.csv`.
pub async fn csv(State(state): State<AppState>, Query(query): Query<PeriodQuery>) -> Response {
    let Some(period) = query.period(&state) else {
        return (StatusCode::BAD_REQUEST, NO_SUCH_PERIOD).into_response();
    };
    match statistics::published(&state, period).await {
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
#[utoipa::path(get, path = "/statistik.json", tag = "statistics",
    params(
        ("tahun" = Option<i32>, Query, description = "Year (default: this year)"),
        ("bulan" = Option<u32>, Query, description = "A month of it, 1-12"),
        ("kuartal" = Option<u32>, Query, description = "A quarter of it, 1-4"),
        ("dari" = Option<String>, Query, description = "First day of a custom period, YYYY-MM-DD"),
        ("sampai" = Option<String>, Query, description = "Last day of a custom period, YYYY-MM-DD"),
    ),
    responses(
        (status = 200, description = "The period's figures, every count through the disclosure rule", body = crate::domain::public_statistics::PublicStatistics),
        (status = 400, description = "No such period", body = String, content_type = "text/plain"),
    ))]
pub async fn json(State(state): State<AppState>, Query(query): Query<PeriodQuery>) -> Response {
    let Some(period) = query.period(&state) else {
        return (StatusCode::BAD_REQUEST, NO_SUCH_PERIOD).into_response();
    };
    match statistics::published(&state, period).await {
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
