//! Compressed answers for what anyone may read: the pages, JSON and server functions a citizen's
//! phone fetches on a slow network go gzipped when the browser accepts it.
//!
//! Gzip, not brotli, for what is made per request: at quality 5 brotli saved a sixth more of
//! `/lapor` (3,320 B against about 3,900 B) but halved the server's throughput and took its p99
//! past 50 ms (docs/benchmarks.md); the built files, compressed once, are brotli.
//!
//! Never compressed: an answer to a request that carries a credential (an officer's session, a
//! reporter's access or receipt cookie, any cookie but the language's) or that sets one. A
//! compressed answer's length leaks how well an attacker's reflected guess matches a secret on
//! the same page (BREACH); without the victim's credentials there is no secret to guess, and the
//! per-response values a stranger gets (the script nonce, the form's submission key) are fresh
//! each time. The built files under `/pkg` keep their precompressed siblings
//! ([`crate::site_files`]), and photos are never recompressed.

use app::cookies::LOCALE_COOKIE;
use axum::extract::Request;
use axum::http::{Extensions, HeaderMap, StatusCode, Version, header};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, Predicate};

/// Gzip's level, 5 of 9: most of the saving of the highest at a small part of its cost.
pub const QUALITY: i32 = 5;

/// Marks an answer that must not be compressed (see the module's documentation).
#[derive(Clone, Copy, Debug)]
struct Credentialed;

/// Whether a request carries a credential: a cookie other than the reader's language, or an
/// `Authorization` header.
pub fn carries_credentials(headers: &HeaderMap) -> bool {
    headers.contains_key(header::AUTHORIZATION)
        || headers
            .get_all(header::COOKIE)
            .iter()
            .map(|value| value.to_str().unwrap_or("?"))
            .flat_map(|value| value.split(';'))
            .map(|pair| pair.split_once('=').map_or(pair, |(name, _)| name).trim())
            .any(|name| !name.is_empty() && name != LOCALE_COOKIE)
}

/// Marks the answer to a request with credentials, for [`layer`]'s predicate.
pub async fn mark_credentialed(request: Request, next: Next) -> Response {
    let credentialed = carries_credentials(request.headers());
    let mut response = next.run(request).await;
    if credentialed {
        response.extensions_mut().insert(Credentialed);
    }
    response
}

/// Whether an answer may be compressed: not one to a request with credentials, not one that
/// sets a cookie; and, as tower-http's default, not a tiny one, an image or an event stream.
fn anyone_may_read(
    _: StatusCode,
    _: Version,
    headers: &HeaderMap,
    extensions: &Extensions,
) -> bool {
    extensions.get::<Credentialed>().is_none() && !headers.contains_key(header::SET_COOKIE)
}

/// The compression layer; [`mark_credentialed`] must run inside it.
pub fn layer() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new()
        .no_br()
        .no_deflate()
        .no_zstd()
        .quality(CompressionLevel::Precise(QUALITY))
        .compress_when(DefaultPredicate::new().and(anyone_may_read))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn with_cookie(cookie: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(cookie).unwrap());
        headers
    }

    #[test]
    fn only_the_language_cookie_leaves_a_request_without_credentials() {
        assert!(!carries_credentials(&HeaderMap::new()));
        assert!(!carries_credentials(&with_cookie("aduan_lang=en")));
        assert!(!carries_credentials(&with_cookie(" aduan_lang=en ; ")));
        assert!(carries_credentials(&with_cookie("aduan_session=abc")));
        assert!(carries_credentials(&with_cookie(
            "aduan_lang=id; __Host-aduan_session=abc"
        )));
        assert!(carries_credentials(&with_cookie("aduan_receipt=x")));
        assert!(carries_credentials(&with_cookie("aduan_akses_ADU-X=t")));
        assert!(carries_credentials(&with_cookie("no_equals_sign")));
        let mut bearer = HeaderMap::new();
        bearer.insert(header::AUTHORIZATION, HeaderValue::from_static("Bearer x"));
        assert!(carries_credentials(&bearer));
    }
}
