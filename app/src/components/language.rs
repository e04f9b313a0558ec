//! The reader's language: chosen once, remembered in a cookie, read by every page.

use crate::i18n::{Locale, Text};
use leptos::prelude::*;

/// The reader's language, shared through the component tree.
#[derive(Clone, Copy, Debug)]
pub struct CurrentLocale(pub RwSignal<Locale>);

/// Decides the reader's language and makes it available to every component below.
///
/// On the server it comes from the [`crate::cookies::LOCALE_COOKIE`] cookie; in the browser it is
/// read back from the `lang` attribute the server rendered, so hydration sees the same language.
pub fn provide_locale() -> RwSignal<Locale> {
    let locale = RwSignal::new(initial_locale());
    provide_context(CurrentLocale(locale));
    locale
}

/// The reader's language as a signal (Bahasa Indonesia when nothing was provided).
pub fn use_locale() -> RwSignal<Locale> {
    use_context::<CurrentLocale>()
        .map(|current| current.0)
        .unwrap_or_else(|| RwSignal::new(Locale::default()))
}

/// A text in the reader's language, as a reactive view.
///
/// On the server the language is fixed for the whole render, so the text is chosen once, here:
/// the closure then reads no signal, and may run outside the render's reactive arena (Leptos
/// reads a page's `<Title>` there, after the first chunk; a signal read panicked under load).
pub fn tr(text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    #[cfg(feature = "ssr")]
    {
        let chosen = text.get(use_locale().get_untracked());
        move || chosen
    }
    #[cfg(not(feature = "ssr"))]
    {
        let locale = use_locale();
        move || text.get(locale.get())
    }
}

#[cfg(feature = "ssr")]
fn initial_locale() -> Locale {
    use_context::<axum::http::request::Parts>()
        .map(|parts| crate::cookies::reader_locale(&parts.headers))
        .unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
fn initial_locale() -> Locale {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Locale::from_code(&code))
        .unwrap_or_default()
}

/// Remembers the choice for a year, for every page of the site.
#[cfg(feature = "hydrate")]
fn remember(locale: Locale) {
    use wasm_bindgen::JsCast;
    if let Ok(html) = document().dyn_into::<web_sys::HtmlDocument>() {
        // A refused cookie only means the choice is not remembered on the next visit.
        let _ = html.set_cookie(&crate::cookies::locale_cookie(locale));
    }
}

#[cfg(not(feature = "hydrate"))]
fn remember(_locale: Locale) {}

/// The one-tap switch between Bahasa Indonesia and English, on the desk's pages: they hydrate
/// whole, so the page changes language in place.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let switch = move |_| {
        let next = locale.get_untracked().other();
        remember(next);
        locale.set(next);
    };
    view! {
        <button
            type="button"
            class="language-switch"
            aria-label=tr(crate::i18n::ui::SWITCH_LANGUAGE_LABEL)
            on:click=switch
        >
            {tr(crate::i18n::ui::SWITCH_LANGUAGE)}
        </button>
    }
}

/// The switch on the citizens' pages, server HTML that needs no WebAssembly: a form posting to
/// `POST /bahasa`, which remembers the other language and sends the reader back to this page.
#[component]
pub fn CitizenLanguageSwitch() -> impl IntoView {
    let locale = use_locale().get_untracked();
    let other = locale.other();
    view! {
        <form class="language-form" method="post" action=crate::site::LANGUAGE_PATH>
            <input type="hidden" name="ke" value=other.code()/>
            <input type="hidden" name="kembali" value=this_page()/>
            <button
                type="submit"
                class="language-switch"
                aria-label=crate::i18n::ui::SWITCH_LANGUAGE_LABEL.get(locale)
            >
                {crate::i18n::ui::SWITCH_LANGUAGE.get(locale)}
            </button>
        </form>
    }
}

/// The path and query of the page being rendered, where the switch sends the reader back.
#[cfg(feature = "ssr")]
fn this_page() -> String {
    use_context::<axum::http::request::Parts>()
        .and_then(|parts| {
            parts
                .uri
                .path_and_query()
                .map(|path| path.as_str().to_owned())
        })
        .unwrap_or_else(|| "/".to_owned())
}

#[cfg(not(feature = "ssr"))]
fn this_page() -> String {
    "/".to_owned()
}
