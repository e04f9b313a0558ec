//! `/petugas/siapkan`: an officer sets up their account with the administrator's one-time code,
//! and `/petugas/akun`: a signed-in officer renews their password and authenticator. The forms
//! post to [`crate::handlers::setup`].

use super::{FormProblem, UsernameField};
use crate::components::language::tr;
use crate::i18n::ui;
use crate::site::setup_problem as problem;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The first step of setting up an account.
#[component]
pub fn DeskSetupPage() -> impl IntoView {
    let query = use_query_map();
    let (username, problem) = query.with_untracked(|query| {
        (
            query.get("pengguna").unwrap_or_default(),
            match query.get("galat").as_deref() {
                Some(problem::CODE) => Some(ui::SETUP_WRONG_CODE),
                Some(problem::MISMATCH) => Some(ui::SETUP_MISMATCH),
                Some(problem::LIMITED) => Some(ui::SETUP_LIMITED),
                _ => None,
            },
        )
    });
    view! {
        <Title text=tr(ui::SETUP_HEADING)/>
        <section class="desk-login">
            <h1>{tr(ui::SETUP_HEADING)}</h1>
            <p>{tr(ui::SETUP_INTRO)}</p>
            <form method="post" action="/petugas/siapkan" class="track-form">
                <FormProblem text=problem testid="setup-problem"/>
                <UsernameField value=username/>
                <label for="kode">{tr(ui::SETUP_CODE_LABEL)}</label>
                <input id="kode" name="kode" required autocomplete="off" spellcheck="false"/>
                <label for="sandi">{tr(ui::SETUP_NEW_PASSWORD)}</label>
                <input
                    id="sandi"
                    name="sandi"
                    type="password"
                    required
                    minlength="12"
                    autocomplete="new-password"
                />
                <label for="sandi_lagi">{tr(ui::SETUP_PASSWORD_AGAIN)}</label>
                <input
                    id="sandi_lagi"
                    name="sandi_lagi"
                    type="password"
                    required
                    minlength="12"
                    autocomplete="new-password"
                />
                <button class="button primary" type="submit">{tr(ui::SETUP_NEXT)}</button>
            </form>
        </section>
    }
}

/// A signed-in officer's account: renewing the password and the authenticator.
#[component]
pub fn DeskAccountPage() -> impl IntoView {
    let query = use_query_map();
    let problem = query.with_untracked(|query| match query.get("galat").as_deref() {
        Some(problem::CURRENT) => Some(ui::ACCOUNT_WRONG_PASSWORD),
        Some(problem::LIMITED) => Some(ui::SETUP_LIMITED),
        _ => None,
    });
    view! {
        <Title text=tr(ui::ACCOUNT_HEADING)/>
        <section class="desk-login">
            <p>
                <a href="/petugas">{tr(ui::DESK_QUEUE_HEADING)}</a>
            </p>
            <h1>{tr(ui::ACCOUNT_HEADING)}</h1>
            <p>{tr(ui::ACCOUNT_INTRO)}</p>
            <form method="post" action="/petugas/akun/ulang" class="track-form">
                {problem
                    .map(|text| {
                        view! {
                            <p class="problem" role="alert" data-testid="account-problem">
                                {tr(text)}
                            </p>
                        }
                    })}
                <label for="sandi">{tr(ui::ACCOUNT_CURRENT_PASSWORD)}</label>
                <input
                    id="sandi"
                    name="sandi"
                    type="password"
                    required
                    autocomplete="current-password"
                />
                <button class="button primary" type="submit">{tr(ui::ACCOUNT_RENEW)}</button>
            </form>
        </section>
    }
}
