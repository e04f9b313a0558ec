//! The desk's search: a tracking code opens its complaint, anything else filters the queue.

use super::*;
use crate::auth::extract::Officer;
use crate::domain::tracking_code::TrackingCode;
use crate::state::AppState;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

/// The queue's filter form.
#[derive(Debug, Default, Deserialize)]
pub struct SearchPost {
    #[serde(default)]
    status: String,
    #[serde(default)]
    kategori: String,
    #[serde(default)]
    opd: String,
    #[serde(default)]
    kanal: String,
    #[serde(default)]
    dari: String,
    #[serde(default)]
    sampai: String,
    #[serde(default)]
    urut: String,
    /// Words, or a tracking code.
    #[serde(default)]
    cari: String,
}

/// Longest search accepted, in characters.
const MAX_SEARCH_CHARS: usize = 200;

/// `POST /petugas/cari`: the queue's filters. A tracking code goes straight to its complaint;
/// other words are kept behind a random handle for this officer, and the queue is shown again
/// with the filters and the handle in its URL, never the words (they are often a reporter's name
/// or number, and URLs end up in browser history and proxy logs).
#[tracing::instrument(skip_all)]
pub async fn search(
    State(state): State<AppState>,
    Officer(officer): Officer,
    Form(form): Form<SearchPost>,
) -> Response {
    let words = form.cari.trim();
    if let Ok(code) = TrackingCode::parse(words) {
        return Redirect::to(&format!("/petugas/aduan/{code}")).into_response();
    }
    let mut query: Vec<(&str, String)> = [
        ("status", &form.status),
        ("kategori", &form.kategori),
        ("opd", &form.opd),
        ("kanal", &form.kanal),
        ("dari", &form.dari),
        ("sampai", &form.sampai),
        ("urut", &form.urut),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .map(|(name, value)| (name, value.trim().to_owned()))
    .collect();
    if !words.is_empty() {
        let words: String = words.chars().take(MAX_SEARCH_CHARS).collect();
        let mut bytes = [0u8; 16];
        if getrandom::fill(&mut bytes).is_err() {
            return failure(&"no random source");
        }
        let handle: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
        if let Err(error) =
            crate::storage::desk::save_search(&state.db, &handle, officer.id, &words, Utc::now())
                .await
        {
            return failure(&error);
        }
        query.push(("q", handle));
    }
    let query = serde_urlencoded::to_string(&query).unwrap_or_default();
    let target = if query.is_empty() {
        "/petugas".to_owned()
    } else {
        format!("/petugas?{query}")
    };
    Redirect::to(&target).into_response()
}
