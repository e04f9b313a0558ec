//! The officers' desk: logging in and out, and acting on a complaint.
//!
//! - `POST /petugas/masuk`: username, password and the authenticator's code (or a recovery
//!   code); throttled per account and client network together ([`crate::auth::throttle`]); one
//!   message for every failure.
//! - `POST /petugas/keluar`: ends this session, or every session of the officer.
//! - `POST /petugas/aduan/{code}/tindakan`: one step of the status machine, by the officer's
//!   role, on a complaint their agency may see, refused if the page they acted on was stale.
//! - `GET /petugas/aduan/{code}/foto/{n}`: a complaint's photo, to an officer who may see it.
//! - `GET /petugas/antrean.csv`: the queue's current view, as CSV.

use crate::handlers::answer::{Failure, Refusal};
use crate::i18n::{Locale, ui};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

mod act;
mod erasure;
mod export;
mod photo;
mod search;
mod session;

pub use act::*;
pub use erasure::*;
pub use export::*;
pub use photo::*;
pub use search::*;
pub use session::*;

/// A refused desk post ([`Refusal`]), leading back to `page`.
pub(super) fn refused(
    locale: Locale,
    page: &str,
    problems: &[String],
    status: StatusCode,
) -> Response {
    Refusal {
        locale,
        status,
        title: ui::DESK_ACTION_REFUSED,
        problems,
        back: (page, ui::DESK_BACK),
    }
    .into_response()
}

/// A desk request that failed on our side ([`Failure`]).
pub(super) fn failure(error: &dyn std::fmt::Display) -> Response {
    Failure::new("a desk request", error).into_response()
}
