//! The built browser files under `/pkg`: served pre-compressed (brotli, else gzip, as the browser
//! accepts) and, when their names carry a content hash, cacheable for a year.

use app::state::AppState;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use std::sync::Arc;
use tower_http::services::ServeDir;

/// A year: the longest lifetime browsers honour, for files whose name changes with their content.
const FOREVER: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");
/// Files under a fixed name: the browser asks again each time (cheaply, by date).
const REVALIDATE: HeaderValue = HeaderValue::from_static("no-cache");

/// The `/pkg` routes: the site's `pkg` folder and its `.br`/`.gz` siblings.
pub fn routes(state: &AppState) -> Router<AppState> {
    let folder = std::path::Path::new(state.leptos_options.site_root.as_ref()).join("pkg");
    Router::new()
        .fallback_service(
            ServeDir::new(folder)
                .precompressed_br()
                .precompressed_gzip(),
        )
        .layer(middleware::from_fn_with_state(
            state.assets.clone(),
            cache_headers,
        ))
}

/// Sets each answer's lifetime by its file name.
async fn cache_headers(
    State(assets): State<Arc<app::assets::Assets>>,
    request: Request,
    next: Next,
) -> Response {
    let file = request
        .uri()
        .path()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    let mut response = next.run(request).await;
    if response.status().is_success() {
        let lifetime = if assets.is_content_named(&file) {
            FOREVER
        } else {
            REVALIDATE
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, lifetime);
    }
    response
}
