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

/// The request's caller, by one of the extractors of [`crate::auth::extract`] (the same ones the
/// axum handlers take), with the application state: a server function asks for who may call it
/// before it reads anything. Their refusal becomes the server function's error:
/// [`ApiError::Forbidden`] for a caller who is signed out or in another role,
/// [`ApiError::NotFound`] for a complaint outside their scope.
#[cfg(feature = "ssr")]
pub(crate) async fn extract<T>() -> Result<(crate::state::AppState, T), ApiError>
where
    T: axum::extract::FromRequestParts<
            crate::state::AppState,
            Rejection = crate::auth::extract::Refused,
        >,
{
    let state = state()?;
    let mut parts = leptos::prelude::use_context::<axum::http::request::Parts>()
        .ok_or_else(|| unexpected("request parts missing from the context"))?;
    let caller = T::from_request_parts(&mut parts, &state).await?;
    Ok((state, caller))
}

#[cfg(feature = "ssr")]
impl From<crate::auth::extract::Refused> for ApiError {
    fn from(refused: crate::auth::extract::Refused) -> Self {
        use crate::auth::extract::Refused;
        match refused {
            Refused::SignedOut | Refused::NoReporterAccess | Refused::Forbidden => {
                ApiError::Forbidden
            }
            Refused::NotFound => ApiError::NotFound,
            Refused::BadPath => ApiError::Validation("the address cannot be read".to_owned()),
            Refused::Failed => ApiError::Unexpected,
        }
    }
}

/// Counts this call against the caller's network under `limit` (the server function's own):
/// `true` when it goes over.
#[cfg(feature = "ssr")]
pub(crate) async fn over_limit(
    state: &crate::state::AppState,
    limit: &crate::storage::rate_limits::Limit,
) -> Result<bool, ApiError> {
    let client: crate::auth::client::ClientNetwork = leptos_axum::extract_with_state(state)
        .await
        .map_err(unexpected)?;
    limit
        .exceeded(&state.db, &client.0, chrono::Utc::now())
        .await
        .map_err(unexpected)
}
