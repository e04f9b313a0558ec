//! `/petugas/masuk`: an officer logs in with password and authenticator code.

use super::{FormProblem, UsernameField};
use crate::components::language::tr;
use crate::i18n::ui;
use crate::site::desk_problem as problem;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The login page; the form posts to `/petugas/masuk`.
#[component]
pub fn DeskLoginPage() -> impl IntoView {
    let query = use_query_map();
    let problem = match query.read_untracked().get("galat").as_deref() {
        Some(problem::WRONG) => Some(ui::DESK_LOGIN_WRONG),
        Some(problem::LIMITED) => Some(ui::DESK_LOGIN_LIMITED),
        _ => None,
    };
    view! {
        <Title text=tr(ui::DESK_LOGIN_HEADING)/>
        <section class="desk-login">
            <h1>{tr(ui::DESK_LOGIN_HEADING)}</h1>
            <form method="post" action="/petugas/masuk" class="track-form">
                <FormProblem text=problem testid="login-problem"/>
                <UsernameField value=String::new()/>
                <label for="sandi">{tr(ui::DESK_PASSWORD)}</label>
                <input
                    id="sandi"
                    name="sandi"
                    type="password"
                    required
                    autocomplete="current-password"
                />
                <label for="kode">{tr(ui::DESK_CODE)}</label>
                <input id="kode" name="kode" required autocomplete="one-time-code" spellcheck="false"/>
                <button class="button primary" type="submit">{tr(ui::DESK_LOGIN)}</button>
            </form>
        </section>
    }
}
