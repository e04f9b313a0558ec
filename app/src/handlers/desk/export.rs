//! `GET /petugas/antrean.csv`: the queue as the officer sees it (the same filters, tab and
//! order, every page), as CSV in the reader's language.

use super::*;
use crate::api::ApiError;
use crate::api::desk::{QueueQuery, QueueTab, server::queue_items};
use crate::auth::extract::Officer;
use crate::csv::cell;
use crate::i18n::moment::format_moment;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use std::collections::HashMap;

/// The queue's current view as CSV: one line per complaint, the officer's scope as on the page.
pub async fn queue_csv(
    Officer(officer): Officer,
    State(state): State<AppState>,
    Query(address): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let locale = crate::cookies::reader_locale(&headers);
    let filter = QueueQuery::from_address(|name| address.get(name).cloned());
    let tab = QueueTab::parse(filter.tab.as_deref());
    let items = match queue_items(&state, &officer, &filter).await {
        Ok((items, _)) => items,
        Err(ApiError::Validation(problem)) => {
            return (StatusCode::BAD_REQUEST, problem).into_response();
        }
        Err(error) => return failure(&error),
    };
    let now = chrono::Utc::now().with_timezone(&state.utc_offset);
    let headings = [
        ui::QUEUE_COLUMN_CODE,
        ui::QUEUE_COLUMN_TITLE,
        crate::domain::field::Field::Category.label(),
        ui::TRACK_AGENCY,
        ui::DESK_ASSIGNEE,
        ui::TRACK_STATUS,
        ui::QUEUE_COLUMN_STEP,
        ui::TRACK_DEADLINE,
        ui::DESK_OVERDUE,
        ui::QUEUE_COLUMN_AGE,
    ];
    let mut csv = headings
        .iter()
        .map(|heading| cell(heading.get(locale)))
        .collect::<Vec<_>>()
        .join(",");
    csv.push('\n');
    for item in items.iter().filter(|item| tab.holds(item)) {
        let category = item.category.as_ref().map(|(id, en)| match locale {
            Locale::Id => id.as_str(),
            Locale::En => en.as_str(),
        });
        let step = crate::domain::sop::step_for(item.status).map(|step| step.label().get(locale));
        let line = [
            item.tracking_code.clone(),
            item.title.clone(),
            category.unwrap_or_default().to_owned(),
            item.agency.clone().unwrap_or_default(),
            item.assignee.clone().unwrap_or_default(),
            item.status.label().get(locale).to_owned(),
            step.unwrap_or_default().to_owned(),
            item.deadline
                .map(|deadline| format_moment(&deadline))
                .unwrap_or_default(),
            if item.overdue { "1" } else { "0" }.to_owned(),
            item.age_days(now).to_string(),
        ];
        csv.push_str(
            &line
                .iter()
                .map(|value| cell(value))
                .collect::<Vec<_>>()
                .join(","),
        );
        csv.push('\n');
    }
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"antrean-{}.csv\"",
                    now.format("%Y-%m-%d")
                ),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        csv,
    )
        .into_response()
}
