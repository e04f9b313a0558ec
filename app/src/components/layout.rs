//! The frame around every page: header with the product name and the language switch.

use crate::components::language::{LanguageSwitch, tr};
use crate::i18n::ui;
use leptos::prelude::*;

/// The site header.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-name">{tr(ui::APP_NAME)}</span>
                <span class="brand-tagline">{tr(ui::TAGLINE)}</span>
            </a>
            <LanguageSwitch/>
        </header>
    }
}
