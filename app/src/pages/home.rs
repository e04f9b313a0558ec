//! `/`: what Aduan is and the way in to filing a complaint.

use crate::components::language::tr;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=tr(ui::TAGLINE)/>
        <section class="hero">
            <h1>{tr(ui::HOME_HEADING)}</h1>
            <p>{tr(ui::HOME_INTRO)}</p>
            <a class="button primary" href="/lapor">{tr(ui::HOME_FILE_CTA)}</a>
            <a class="button" href="/lacak">{tr(ui::HOME_TRACK_CTA)}</a>
            <a class="button" href="/statistik">{tr(ui::NAV_STATISTICS)}</a>
        </section>
    }
}
