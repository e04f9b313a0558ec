//! The reporter's access without an account: after the right PIN (or the filing itself), the
//! browser keeps an HTTP-only cookie, a keyed token bound to the complaint and its PIN, that
//! opens the tracking page for [`ACCESS_DAYS`] days.

use crate::domain::tracking_code::TrackingCode;
use crate::state::AppState;
use crate::storage::complaints::{self, ReporterView};
use axum::http::{HeaderMap, header};
use chrono::{DateTime, Utc};

/// How long a browser keeps access to a complaint after the PIN was given.
pub const ACCESS_DAYS: i64 = 30;
/// The access cookie's name is this followed by the tracking code.
pub const ACCESS_COOKIE_PREFIX: &str = "aduan_track_";

/// The name of the access cookie for `code`.
pub fn access_cookie_name(code: &TrackingCode) -> String {
    format!("{ACCESS_COOKIE_PREFIX}{code}")
}

/// A `Set-Cookie` value giving this browser access to the complaint for [`ACCESS_DAYS`]. The
/// cookie is HTTP-only (page scripts cannot read it) and sent on same-site requests and on
/// top-level links from elsewhere (a notification's tracking link).
pub fn access_cookie(
    state: &AppState,
    code: &TrackingCode,
    pin_hash: &str,
    now: DateTime<Utc>,
) -> String {
    let expires = now + chrono::Duration::days(ACCESS_DAYS);
    let token = state
        .protector
        .access_token(code.as_str(), pin_hash, expires.timestamp_millis());
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    format!(
        "{}={token}; Path=/; Max-Age={}; HttpOnly; SameSite=Lax{secure}",
        access_cookie_name(code),
        ACCESS_DAYS * 86_400
    )
}

/// Whether the request carries a valid access cookie for `complaint`.
pub fn has_access(
    state: &AppState,
    headers: &HeaderMap,
    complaint: &ReporterView,
    now: DateTime<Utc>,
) -> bool {
    let name = access_cookie_name(&complaint.tracking_code);
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .filter_map(|header| crate::cookies::value(header, &name))
        .any(|token| {
            state.protector.access_token_valid(
                complaint.tracking_code.as_str(),
                &complaint.pin_hash,
                token,
                now.timestamp_millis(),
            )
        })
}

/// The complaint `code` names, if the request holds a valid access cookie for it.
pub async fn authorised(
    state: &AppState,
    code: &str,
    headers: &HeaderMap,
    now: DateTime<Utc>,
) -> Option<(TrackingCode, ReporterView)> {
    let code = TrackingCode::parse(code).ok()?;
    let complaint = match complaints::find_for_reporter(&state.db, &code).await {
        Ok(complaint) => complaint?,
        Err(error) => {
            tracing::error!(%error, "complaint look-up failed");
            return None;
        }
    };
    has_access(state, headers, &complaint, now).then_some((code, complaint))
}
