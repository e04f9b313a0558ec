//! What the desk reads beside the complaint: duplicates, and the NIK, masked until revealed.

use super::*;
use crate::components::language::tr;
use crate::i18n::ui;

/// The links between duplicates: the complaint this one was merged into, or those merged into it.
#[component]
pub(super) fn Duplicates(duplicate_of: Option<String>, duplicates: Vec<String>) -> impl IntoView {
    let link = |code: String| {
        view! { <a href=format!("/petugas/aduan/{code}")>{code.clone()}</a> " " }
    };
    view! {
        {duplicate_of
            .map(|code| {
                view! {
                    <p class="notice" data-testid="duplicate-of">
                        {tr(ui::DESK_DUPLICATE_OF)} " " {link(code)}
                    </p>
                }
            })}
        {(!duplicates.is_empty())
            .then(|| {
                view! {
                    <p data-testid="duplicates">
                        {tr(ui::DESK_DUPLICATES)} " "
                        {duplicates.into_iter().map(link).collect_view()}
                    </p>
                }
            })}
    }
}

/// The NIK, masked; the main desk may reveal it whole (each reveal is recorded on the server).
#[component]
pub(super) fn NikField(masked: String, code: String, may_reveal: bool) -> impl IntoView {
    let shown = RwSignal::new(masked);
    let reveal = move |_| {
        let code = code.clone();
        leptos::task::spawn_local(async move {
            if let Ok(nik) = crate::api::desk::reveal_nik(code).await {
                shown.set(nik);
            }
        });
    };
    view! {
        <span data-testid="nik">{move || shown.get()}</span>
        {may_reveal
            .then(|| {
                view! {
                    " "
                    <button class="button" type="button" on:click=reveal>
                        {tr(ui::DESK_REVEAL_NIK)}
                    </button>
                }
            })}
    }
    .into_any()
}
