//! The browser entry point: hydrates the server-rendered page so the shared rules run as the user types.

/// Called by the generated JavaScript once the WebAssembly module has loaded.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // One crate, two bundles: `build_site` builds it once per app, so the citizens' pages never
    // download the officers' desk.
    // The citizens' pages are server HTML with islands: only the islands hydrate, so nothing of
    // the pages around them is in the bundle.
    #[cfg(not(feature = "desk"))]
    app::hydrate_citizen_islands();
    #[cfg(feature = "desk")]
    {
        leptos::mount::hydrate_body(app::DeskApp);
        app::browser::kept_forms::install();
    }
    // A mark that the page is live: the browser tests and the time-to-interactive benchmark wait
    // for it instead of guessing.
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("data-hydrated", "");
    }
}
