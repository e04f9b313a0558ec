//! Layers in front of every route: body size limits, cross-site request refusal and the security
//! headers.

use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The content policy of every response: scripts, styles and images from this site only (the
/// WebAssembly needs `wasm-unsafe-eval`), no inline script, photo previews from `blob:` URLs, no
/// framing, forms posting only here. Pages rendered by Leptos get [`page_policy`] instead.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
     script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' blob: data:; object-src 'none'; base-uri 'self'; form-action 'self'; \
     frame-ancestors 'none'";

/// The content policy of one rendered page: [`CONTENT_SECURITY_POLICY`] plus the inline scripts
/// that carry this response's `nonce` (Leptos's hydration start and its streamed resources), so
/// an injected inline script never runs.
pub fn page_policy(nonce: &str) -> String {
    CONTENT_SECURITY_POLICY.replacen(
        "script-src 'self'",
        &format!("script-src 'self' 'nonce-{nonce}'"),
        1,
    )
}

/// A body no route but the photo uploads needs more of: forms, server functions, JSON.
pub const SMALL_BODY_BYTES: usize = 64 * 1024;

/// The largest body `method` `path` may send, decided before a byte of it is read. Only the
/// routes that take photos accept more than [`SMALL_BODY_BYTES`]; the filing form and Open311
/// get twice their own limit here, so that a post somewhat too large still reaches the handler,
/// which answers with a message for the citizen (its own `DefaultBodyLimit`).
pub fn body_limit(method: &Method, path: &str) -> usize {
    use super::file_complaint::MAX_BODY_BYTES;
    if *method != Method::POST {
        return SMALL_BODY_BYTES;
    }
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match segments.as_slice() {
        ["lapor"] | ["open311", "v2", "requests.json" | "requests.xml"] => 2 * MAX_BODY_BYTES,
        ["petugas", "aduan", _, "tindakan" | "catatan"] => MAX_BODY_BYTES,
        ["lacak", _, "jawab"] => super::track::ANSWER_MAX_BODY_BYTES,
        ["petugas", "admin", "libur"] => super::admin::MAX_DAYS_OFF_BODY,
        ["petugas", "admin", "sop", "impor"] => super::sop_profiles::MAX_IMPORT_BODY,
        _ => SMALL_BODY_BYTES,
    }
}

/// Holds every request body to [`body_limit`]: a declared length over it is refused at once
/// (`413`, before the handler runs), and a body without one is cut off there.
pub async fn limit_body(request: Request, next: Next) -> Response {
    let limit = body_limit(request.method(), request.uri().path());
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        tracing::info!(path = %request.uri().path(), "request body over its route's limit");
        return (
            StatusCode::PAYLOAD_TOO_LARGE,
            "Kiriman terlalu besar. / The request is too large.",
        )
            .into_response();
    }
    let (parts, body) = request.into_parts();
    let body = axum::body::Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}

/// Refuses a state-changing request (anything but GET, HEAD, OPTIONS) that a browser says came
/// from elsewhere: `Sec-Fetch-Site` of `cross-site` or `same-site` (a sibling subdomain), or an
/// `Origin` that is not this host. This
/// covers the forms, the plain endpoints and every server function, which otherwise accept
/// cross-site form posts. Requests without either header (non-browser clients) carry no
/// victim's cookies and pass.
pub async fn refuse_cross_site(request: Request, next: Next) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let fetch_site = headers
        .get("sec-fetch-site")
        .and_then(|value| value.to_str().ok());
    let cross_site = match fetch_site {
        Some(site) => site == "cross-site" || site == "same-site",
        None => match (
            headers
                .get(header::ORIGIN)
                .and_then(|value| value.to_str().ok()),
            headers
                .get(header::HOST)
                .and_then(|value| value.to_str().ok()),
        ) {
            (Some("null"), _) => true,
            (Some(origin), Some(host)) => origin_host(origin) != Some(host),
            (Some(_), None) => true,
            (None, _) => false,
        },
    };
    if cross_site {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        return (
            StatusCode::FORBIDDEN,
            "Permintaan dari situs lain ditolak. / Requests from other sites are refused.",
        )
            .into_response();
    }
    next.run(request).await
}

/// `host[:port]` of an `Origin` header value.
fn origin_host(origin: &str) -> Option<&str> {
    origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
}

/// Adds the security headers to every response: the content policy, no MIME sniffing, no
/// referrer beyond this site, and HSTS when the site is served over HTTPS.
pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if state.secure_cookies {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_origin_host_is_read_from_either_scheme() {
        assert_eq!(origin_host("http://127.0.0.1:3000"), Some("127.0.0.1:3000"));
        assert_eq!(origin_host("https://aduan.go.id"), Some("aduan.go.id"));
        assert_eq!(origin_host("null"), None);
    }
}
