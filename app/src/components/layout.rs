//! The frame around every page: header with the product name and the language switch.

use crate::bundle::Bundle;
use crate::components::language::{CitizenLanguageSwitch, LanguageSwitch, tr};
use crate::i18n::ui;
use leptos::prelude::*;

/// The site header.
#[component]
pub fn Header(
    /// The bundle of the page: the desk's pages hydrate whole, so their home link (the citizens'
    /// page) loads the page instead of routing and their switch changes the page in place; the
    /// citizens' pages are server HTML with islands, so theirs is an island that loads the page.
    bundle: Bundle,
) -> impl IntoView {
    let desk = bundle == Bundle::Desk;
    view! {
        <header class="site-header">
            <a class="brand" href="/" rel=desk.then_some("external")>
                <span class="brand-name">{tr(ui::APP_NAME)}</span>
                <span class="brand-tagline">{tr(ui::TAGLINE)}</span>
            </a>
            {if desk {
                view! { <LanguageSwitch/> }.into_any()
            } else {
                view! { <CitizenLanguageSwitch/> }.into_any()
            }}
        </header>
    }
}

/// The citizens' pages' footer: the privacy notice, which every page that asks for or shows
/// personal data is under.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <a href=crate::site::PRIVACY_PATH>{tr(ui::PRIVACY_HEADING)}</a>
        </footer>
    }
}
