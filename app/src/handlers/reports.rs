//! The main desk's report exports: the monthly recap as CSV, and the monitoring-and-evaluation
//! report (monev) sent to an agency's officers through the outbox.

use crate::api::desk::OfficerSummary;
use crate::api::reports;
use crate::auth::extract::MainDesk;
use crate::domain::period::Period;
use crate::i18n::ui;
use crate::state::AppState;
use crate::storage::{desk_lists, reports as stored};
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

/// The month asked for.
#[derive(Debug, Deserialize)]
pub struct MonthQuery {
    /// Year.
    tahun: i32,
    /// Month, 1–12.
    bulan: u32,
}

/// The monitoring report's form.
#[derive(Debug, Deserialize)]
pub struct MonitoringPost {
    /// The agency's code.
    agency: String,
    /// Year.
    tahun: i32,
    /// Month, 1–12.
    bulan: u32,
}

fn failure(error: &dyn std::fmt::Display) -> Response {
    super::answer::Failure::new("a report", error).into_response()
}

/// `GET /petugas/laporan/bulanan.csv?tahun=2026&bulan=11`.
pub async fn monthly_csv(
    MainDesk(officer): MainDesk,
    State(state): State<AppState>,
    Query(query): Query<MonthQuery>,
) -> Response {
    let Some(period) = Period::of(query.tahun, Some(query.bulan)) else {
        return (
            StatusCode::BAD_REQUEST,
            "Bulan tidak dikenal / no such month (tahun, bulan 1-12)",
        )
            .into_response();
    };
    match reports::monthly(&state, OfficerSummary::of(&officer), period).await {
        Ok(recap) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!(
                        "attachment; filename=\"rekap-{}-{:02}.csv\"",
                        query.tahun, query.bulan
                    ),
                ),
                (header::CACHE_CONTROL, "no-store".to_owned()),
            ],
            recap.to_csv(),
        )
            .into_response(),
        Err(error) => failure(&error),
    }
}

/// `POST /petugas/laporan/monev`: queues the month's monitoring report to every officer of the
/// agency with an e-mail address, then back to the recap with how many were queued.
pub async fn send_monitoring(
    MainDesk(officer): MainDesk,
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<MonitoringPost>,
) -> Response {
    let locale = crate::cookies::reader_locale(&headers);
    let back = format!(
        "/petugas/laporan/bulanan?tahun={}&bulan={}",
        form.tahun, form.bulan
    );
    let refuse = |problem: &str| {
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Html(crate::handlers::message_page(
                locale,
                ui::DESK_ACTION_REFUSED.get(locale),
                &[problem.to_owned()],
                None,
                &back,
                ui::DESK_BACK.get(locale),
            )),
        )
            .into_response()
    };
    let Some(period) = Period::of(form.tahun, Some(form.bulan)) else {
        return refuse(ui::RECAP_NO_SUCH_MONTH.get(locale));
    };
    let agencies = match desk_lists::agencies(&state.db).await {
        Ok(agencies) => agencies,
        Err(error) => return failure(&error),
    };
    let Some(agency) = agencies.into_iter().find(|entry| entry.code == form.agency) else {
        return refuse(ui::RECAP_NO_SUCH_AGENCY.get(locale));
    };
    let recipients = match stored::agency_addresses(&state.db, &agency.code).await {
        Ok(recipients) => recipients,
        Err(error) => return failure(&error),
    };
    if recipients.is_empty() {
        return refuse(ui::RECAP_NO_ADDRESS.get(locale));
    }
    let recap = match reports::monthly(&state, OfficerSummary::of(&officer), period).await {
        Ok(recap) => recap,
        Err(error) => return failure(&error),
    };
    let subject = format!(
        "Laporan monev pengaduan {} {}",
        agency.name_id,
        period.from.format("%m-%Y")
    );
    let body = recap.monitoring_text(&agency.name_id);
    match stored::queue_report(&state.db, &recipients, &subject, &body, Utc::now()).await {
        Ok(queued) => {
            tracing::info!(
                officer = officer.id.0,
                agency = %agency.code,
                queued,
                "monitoring report queued"
            );
            Redirect::to(&format!("{back}&monev={queued}")).into_response()
        }
        Err(error) => failure(&error),
    }
}
