//! The frame around every page: header with the product name and the language switch.

use crate::components::language::{LanguageSwitch, tr};
use crate::i18n::ui;
use leptos::prelude::*;

/// The site header.
#[component]
pub fn Header(
    /// The home page belongs to the other bundle: its link loads the page instead of routing.
    external_home: bool,
) -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="/" rel=external_home.then_some("external")>
                <span class="brand-name">{tr(ui::APP_NAME)}</span>
                <span class="brand-tagline">{tr(ui::TAGLINE)}</span>
            </a>
            <LanguageSwitch/>
        </header>
    }
}
