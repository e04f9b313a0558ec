//! The SOP profiles as documents (`/petugas/admin/sop/...`): the system administrator downloads
//! one as TOML, and imports an edited or a new one as its next version. Only the system
//! administrator, and only a body a document fits in.

use super::admin::{ImportForm, text_import_refused};
use crate::auth::extract::SystemAdmin;
use crate::domain::sop::{Calendar, MAX_DOCUMENT_BYTES, ProfileDocument};
use crate::i18n::ui;
use crate::state::AppState;
use crate::storage::{StorageError, sop_profiles};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

/// The largest body of an import: a document of [`MAX_DOCUMENT_BYTES`], form-encoded (each
/// byte at most three).
pub const MAX_IMPORT_BODY: usize = 3 * MAX_DOCUMENT_BYTES + 1024;

/// `GET /petugas/admin/sop/{id}.toml`: the latest version of a profile, as a file to keep or
/// edit.
#[tracing::instrument(skip_all)]
pub async fn document(
    State(state): State<AppState>,
    SystemAdmin(_admin): SystemAdmin,
    Path(file): Path<String>,
) -> Response {
    let Some(id) = file.strip_suffix(".toml") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match sop_profiles::latest_of(&state.db, id).await {
        Ok(Some(stored)) => {
            // Stored ids are checked on import ([a-z0-9_]): safe in a header.
            let disposition = format!(
                "attachment; filename=\"sop-{}-v{}.toml\"",
                stored.id, stored.version
            );
            (
                [
                    (
                        header::CONTENT_TYPE,
                        "application/toml; charset=utf-8".to_owned(),
                    ),
                    (header::CONTENT_DISPOSITION, disposition),
                ],
                stored.document,
            )
                .into_response()
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => failure(&error),
    }
}

/// An imported document.
#[derive(Deserialize)]
pub struct Import {
    /// The profile's TOML.
    toml: String,
}

/// `POST /petugas/admin/sop/impor`: checks a profile's document whole and stores it as the
/// next version of its id (a new id is a new profile); the same text as the latest version
/// stores nothing. When the profile is the one in force, its new version is in force at once
/// here and within a scheduler round elsewhere.
#[tracing::instrument(skip_all)]
pub async fn import(
    State(state): State<AppState>,
    SystemAdmin(_admin): SystemAdmin,
    headers: HeaderMap,
    Form(form): Form<Import>,
) -> Response {
    let locale = crate::cookies::reader_locale(&headers);
    let checked = ProfileDocument::from_toml(&form.toml)
        .map_err(|problem| vec![problem])
        .and_then(|document| {
            let id = document.id.clone();
            document.into_profile(Calendar::default()).map(|_| id)
        });
    let id = match checked {
        Ok(id) => id,
        Err(problems) => {
            let problems: Vec<String> = problems
                .iter()
                .map(|problem| problem.message(locale))
                .collect();
            let form_again = ImportForm {
                action: "/petugas/admin/sop/impor",
                hidden: None,
                field: "toml",
                label: ui::ADMIN_PROFILE_TOML,
                again: ui::ADMIN_PROFILE_IMPORT,
                back: "#sop",
                title: ui::ADMIN_PROFILE_REFUSED,
            };
            return text_import_refused(locale, &problems, &form_again, &form.toml);
        }
    };
    match sop_profiles::put(&state.db, &id, form.toml.trim(), Utc::now()).await {
        Ok((version, new)) => {
            tracing::info!(profile = id, version, new, "SOP profile imported");
            if id == state.sop.get().id
                && let Err(error) = state.sop.refresh(&state.db).await
            {
                return failure(&error);
            }
            Redirect::to("/petugas/admin?selesai=profil#sop").into_response()
        }
        Err(StorageError::Conflict) => StatusCode::CONFLICT.into_response(),
        Err(error) => failure(&error),
    }
}

fn failure(error: &dyn std::fmt::Display) -> Response {
    super::answer::Failure::new("an SOP profile request", error).into_response()
}
