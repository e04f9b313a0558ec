//! What the filing form needs from the browser, for citizens on cheap phones and flaky
//! connections: the phone's location ([`geolocation`]), photos made small before upload
//! ([`photo_resize`]), a draft that survives a closed tab or a dropped connection ([`draft`]),
//! and an upload that reports its progress ([`upload`]); and for the desk, forms that keep what
//! was typed when the server refuses them ([`kept_forms`]).
//!
//! Only compiled with `hydrate` (WebAssembly in the browser). The pure rules these functions
//! follow, and [`BrowserError`], live in [`crate::browser_logic`] so they are tested natively.
//!
//! Browser callbacks are turned into futures by handing a JavaScript `Promise`'s own `resolve`
//! and `reject` functions to the browser as the callbacks (see `settle`), so most calls need
//! no Rust closure at all. The two that must run Rust code in a callback (upload progress, the
//! database upgrade) keep their `Closure` in a guard that unhooks it when dropped. Either way a
//! future dropped early leaks nothing and leaves no dangling callback; nothing is `forget`-ed.
//!
//! The futures hold JavaScript values, so they are not `Send`: run them with
//! `leptos::task::spawn_local` (or `Action::new_local` / `LocalResource`).

use js_sys::{Function, Promise};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

pub use crate::browser_logic::BrowserError;

pub mod draft;
pub mod geolocation;
pub mod kept_forms;
pub mod photo_resize;
pub mod upload;

/// How a browser call that reports through callbacks ended.
enum Outcome {
    /// The success callback was called, with this value.
    Done(JsValue),
    /// The failure callback was called, with this value.
    Failed(JsValue),
    /// The call itself threw, so no callback will come.
    Threw,
}

/// Runs `start` with a promise's `resolve` and `reject` functions, which it installs as the
/// browser's success and failure callbacks, and waits for one of them to be called.
async fn settle(start: impl FnOnce(&Function, &Function) -> Result<(), JsValue>) -> Outcome {
    let mut start = Some(start);
    let mut started = Ok(());
    // The executor runs synchronously inside `Promise::new`, so borrowing locals is fine.
    let promise = Promise::new(&mut |resolve, reject| {
        if let Some(start) = start.take() {
            started = start(&resolve, &reject);
        }
    });
    if started.is_err() {
        return Outcome::Threw;
    }
    match JsFuture::from(promise).await {
        Ok(value) => Outcome::Done(value),
        Err(reason) => Outcome::Failed(reason),
    }
}

/// Whether `object` has a property called `name` (own or inherited): how a feature is detected
/// before calling it, because calling a missing method would throw through WebAssembly.
fn has(object: &JsValue, name: &str) -> bool {
    js_sys::Reflect::has(object, &JsValue::from_str(name)).unwrap_or(false)
}
