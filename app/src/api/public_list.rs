//! The public list of complaints: what anyone may read of the complaints the main desk verified
//! as public or anonymous. The reporter appears only as initials (or "anonymous"); every title
//! and answer is masked of the reporter's name, numbers like NIKs and phones, and e-mail
//! addresses; no location finer than the district.
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::ApiError;
use crate::domain::desk_list::Choice;
use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Complaints per page.
pub const PAGE_SIZE: u32 = 20;
/// The longest search accepted.
pub const MAX_SEARCH_CHARS: usize = 100;

/// One complaint as the public list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicComplaint {
    /// The title, masked.
    pub title: String,
    /// Category code.
    pub category: Option<String>,
    /// District name.
    pub district: Option<String>,
    /// The agency handling it.
    pub agency: Option<String>,
    /// Status code.
    pub status: String,
    /// The reporter's initials; `None` when they asked to stay anonymous.
    pub reporter_initials: Option<String>,
    /// The day it was filed, in the desk's time zone.
    pub filed_on: NaiveDate,
    /// The day its status last changed.
    pub updated_on: NaiveDate,
    /// The agency's validated answer, masked.
    pub answer: Option<String>,
}

/// A page of the public list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicPage {
    /// The complaints on it.
    pub complaints: Vec<PublicComplaint>,
    /// Its number, from 1.
    pub page: u32,
    /// Whether another page follows.
    pub more: bool,
    /// The search it answers, if any.
    pub search: Option<String>,
    /// The category names.
    pub categories: Vec<Choice>,
}

/// Page `page` (from 1) of the public list, of the complaints whose title contains `search`.
#[server(endpoint = "public_complaints")]
pub async fn public_complaints(
    search: Option<String>,
    page: Option<u32>,
) -> Result<PublicPage, ApiError> {
    use crate::domain::redaction::{initials, mask_name};
    use crate::storage::{desk_lists, public_list};

    let state = super::state()?;
    let search = search
        .map(|search| search.trim().to_owned())
        .filter(|search| !search.is_empty());
    if search
        .as_ref()
        .is_some_and(|search| search.chars().count() > MAX_SEARCH_CHARS)
    {
        return Err(ApiError::Validation(format!(
            "search: at most {MAX_SEARCH_CHARS} characters"
        )));
    }
    let page = page.unwrap_or(1).clamp(1, 10_000);
    let (listed, more) = public_list::page(
        &state.db,
        search.as_deref(),
        PAGE_SIZE,
        u64::from(page - 1) * u64::from(PAGE_SIZE),
    )
    .await
    .map_err(super::unexpected)?;
    let day = |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&state.utc_offset).date_naive();
    let complaints = listed
        .into_iter()
        .map(|listed| PublicComplaint {
            title: mask_name(&listed.title, &listed.reporter_name),
            category: listed.category,
            district: listed.district,
            agency: listed.agency,
            status: listed.status,
            reporter_initials: (listed.visibility == "public")
                .then(|| initials(&listed.reporter_name)),
            filed_on: day(listed.filed_at),
            updated_on: day(listed.status_since),
            answer: listed
                .answer
                .map(|answer| mask_name(&answer, &listed.reporter_name)),
        })
        // A search matches the stored title; only what still matches once masked is listed, so
        // searching for a name or a number finds nothing it would reveal.
        .filter(|complaint| {
            search.as_ref().is_none_or(|search| {
                complaint
                    .title
                    .to_lowercase()
                    .contains(&search.to_lowercase())
            })
        })
        .collect();
    let categories = desk_lists::categories(&state.db)
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .map(Choice::from)
        .collect();
    Ok(PublicPage {
        complaints,
        page,
        more,
        search,
        categories,
    })
}
