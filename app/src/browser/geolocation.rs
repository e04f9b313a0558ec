//! The phone's current position, for the incident's location.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Position, PositionOptions};

use super::{BrowserError, Outcome, has, settle};

/// How long the browser may look for a position once it is allowed to, in milliseconds. A cold
/// GPS on a cheap phone needs a while; longer than this and the citizen should type an address.
pub const TIMEOUT_MS: u32 = 15_000;

/// How old a position the browser already knows may be, in milliseconds: the citizen is still
/// at the incident, and a recent fix comes back at once.
pub const MAXIMUM_AGE_MS: u32 = 30_000;

/// How long to wait for any answer at all, in milliseconds. The browser's own timeout only
/// starts once permission is granted; an ignored permission prompt (or a browser that never
/// calls back) would otherwise leave the form waiting for ever.
const GUARD_MS: i32 = 30_000;

/// The phone's current position as `(latitude, longitude)` in decimal degrees (WGS 84), asked
/// with high accuracy and a [`TIMEOUT_MS`] limit. The first call shows the browser's permission
/// prompt.
///
/// # Errors
/// [`BrowserError::GeolocationUnsupported`], [`BrowserError::LocationPermissionDenied`],
/// [`BrowserError::LocationUnavailable`] or [`BrowserError::LocationTimeout`] (also when no
/// answer comes within 30 seconds, e.g. the permission prompt was left open).
pub async fn current_position() -> Result<(f64, f64), BrowserError> {
    let window = web_sys::window().ok_or(BrowserError::GeolocationUnsupported)?;
    let navigator = window.navigator();
    if !has(&navigator, "geolocation") {
        return Err(BrowserError::GeolocationUnsupported);
    }
    let geolocation = navigator
        .geolocation()
        .map_err(|_| BrowserError::GeolocationUnsupported)?;
    let options = PositionOptions::new();
    options.set_enable_high_accuracy(true);
    options.set_timeout(TIMEOUT_MS);
    options.set_maximum_age(MAXIMUM_AGE_MS);

    let mut guard = None;
    let outcome = settle(|resolve, reject| {
        geolocation.get_current_position_with_error_callback_and_options(
            resolve,
            Some(reject),
            &options,
        )?;
        // `reject` called with no argument: a timeout without an error code.
        guard = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(reject, GUARD_MS)
            .ok();
        Ok(())
    })
    .await;
    if let Some(handle) = guard {
        window.clear_timeout_with_handle(handle);
    }

    match outcome {
        Outcome::Done(position) => {
            let coords = position.unchecked_into::<Position>().coords();
            Ok((coords.latitude(), coords.longitude()))
        }
        Outcome::Failed(error) => Err(BrowserError::from_position_error_code(error_code(&error))),
        Outcome::Threw => Err(BrowserError::GeolocationUnsupported),
    }
}

/// The `code` of a `GeolocationPositionError`; `None` for anything else (our guard timer).
fn error_code(error: &JsValue) -> Option<u16> {
    if !error.is_object() {
        return None;
    }
    let code = js_sys::Reflect::get(error, &JsValue::from_str("code")).ok()?;
    code.as_f64()
        .filter(|code| (0.0..=f64::from(u16::MAX)).contains(code))
        .map(|code| code as u16)
}
