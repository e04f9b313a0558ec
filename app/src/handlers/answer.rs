//! How the web edge answers what went wrong: one policy for every handler.
//!
//! - **The caller's mistake** (a field, a stale page, a step the status machine refuses):
//!   [`Refusal`], a small page in the reader's language that names every problem and leads back
//!   to the page they came from, where their input waits. Nothing is logged but the request's
//!   own span: a mistake is not an incident.
//! - **Not allowed**: a bare status from the extractors in [`crate::auth::extract`] (`303` to the
//!   login page, `403`, and `404` alike for what does not exist and what is outside the caller's
//!   scope), never a reason that tells a prober what exists.
//! - **Our failure** (the database, the photo store, sealing): [`Failure`], logged at error level
//!   with its cause and what was being done; the caller sees a bare `500`, never the cause.
//!   Clients with a format of their own (the filing form's uploader, Open311) get the same
//!   status in their format, from their handler.

use crate::i18n::{Locale, Text};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

/// A refused post: its problems on a small page, and the way back.
#[derive(Debug)]
pub struct Refusal<'a> {
    /// The reader's language.
    pub locale: Locale,
    /// The status: `422` for the post's content, `409` for a stale page.
    pub status: StatusCode,
    /// The page's heading.
    pub title: Text,
    /// Every problem, in the reader's language.
    pub problems: &'a [String],
    /// The page to go back to, and the link's words.
    pub back: (&'a str, Text),
}

impl IntoResponse for Refusal<'_> {
    fn into_response(self) -> Response {
        let (href, label) = self.back;
        (
            self.status,
            Html(super::message_page(
                self.locale,
                self.title.get(self.locale),
                self.problems,
                None,
                href,
                label.get(self.locale),
            )),
        )
            .into_response()
    }
}

/// Something on our side failed while `during` was being done.
#[derive(Debug)]
pub struct Failure {
    /// What was being done, for the log (`"a desk action"`).
    pub during: &'static str,
    /// The cause, for the log only.
    pub cause: String,
}

impl Failure {
    /// A failure of `cause` during `during`.
    pub fn new(during: &'static str, cause: &dyn std::fmt::Display) -> Failure {
        Failure {
            during,
            cause: cause.to_string(),
        }
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        tracing::error!(error = %self.cause, during = self.during, "request failed");
        StatusCode::INTERNAL_SERVER_ERROR.into_response()
    }
}
