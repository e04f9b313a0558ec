//! Server functions, one module per aggregate. Each is a public HTTP endpoint: it checks its input
//! (and, once officers exist, who is asking) on the server and answers with a typed [`ApiError`].

pub mod admin;
pub mod complaints;
pub mod desk;
pub mod public_list;
pub mod reports;
pub mod statistics;
pub mod tracking;

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What a server function can answer instead of its result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum ApiError {
    /// The input is not acceptable; the message says why (in English, for logs and clients).
    #[error("invalid input: {0}")]
    Validation(String),
    /// Nothing by that identifier (or nothing this caller may see).
    #[error("not found")]
    NotFound,
    /// The caller may not do this.
    #[error("forbidden")]
    Forbidden,
    /// Someone else changed it first.
    #[error("conflict")]
    Conflict,
    /// Anything else: details stay in the server's log.
    #[error("unexpected error")]
    Unexpected,
    /// The call itself failed (network, encoding).
    #[error("request failed: {0}")]
    Transport(String),
}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        ApiError::Transport(value.to_string())
    }
}

/// Logs an unexpected server-side error and returns the opaque [`ApiError::Unexpected`].
#[cfg(feature = "ssr")]
pub(crate) fn unexpected(error: impl std::fmt::Display) -> ApiError {
    tracing::error!(%error, "server function failed");
    ApiError::Unexpected
}

/// The application state of the request being served.
#[cfg(feature = "ssr")]
pub(crate) fn state() -> Result<crate::state::AppState, ApiError> {
    leptos::prelude::use_context::<crate::state::AppState>()
        .ok_or_else(|| unexpected("application state missing from the request context"))
}
