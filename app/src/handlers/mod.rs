//! Plain HTTP endpoints beside the Leptos pages (server only). Every such route is listed here.
//!
//! | method | path     | handler                              |
//! |--------|----------|--------------------------------------|
//! | POST   | `/lapor` | [`file_complaint::submit`]: the filing form's multipart post |

pub mod file_complaint;

use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::post;

/// The routes of this module, to be merged into the server's router.
pub fn routes() -> Router<AppState> {
    Router::new().route(
        "/lapor",
        post(file_complaint::submit).layer(DefaultBodyLimit::max(file_complaint::MAX_BODY_BYTES)),
    )
}
