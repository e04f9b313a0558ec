//! The officers' desk, under `/petugas`: login, the queue, a complaint's page, the reports and
//! the intake of complaints that came by other channels. The pages read
//! through [`crate::api::desk`] (which checks the session on the server) and post their forms
//! to [`crate::handlers::desk`].

pub mod admin;
pub mod complaint;
pub mod intake;
pub mod login;
pub mod queue;
pub mod recap;
pub mod report;
pub mod setup;

use crate::api::desk::OfficerSummary;
use crate::components::language::{tr, use_locale};
use crate::i18n::ui;
use leptos::prelude::*;

/// The desk's menu on every page of a signed-in officer: the pages their role has (the queue,
/// the reports, the intake for the main desk, the administration for the system
/// administrator), then who they are, their account and the logout buttons.
#[component]
fn OfficerBar(officer: OfficerSummary) -> impl IntoView {
    use crate::domain::officer::OfficerRole;

    let locale = use_locale();
    let role = officer.role;
    let mut links = Vec::new();
    if role != OfficerRole::SystemAdmin {
        links.push(("/petugas", ui::DESK_NAV_QUEUE));
        links.push(("/petugas/laporan", ui::DESK_NAV_REPORTS));
    }
    if role == OfficerRole::MainDesk {
        links.push(("/petugas/lapor", ui::DESK_NAV_INTAKE));
    }
    if role == OfficerRole::SystemAdmin {
        links.push(("/petugas/admin", ui::ADMIN_HEADING));
    }
    view! {
        <div class="officer-bar">
            <nav class="desk-nav" aria-label=move || ui::DESK_NAV.get(locale.get())>
                {links
                    .into_iter()
                    .map(|(href, text)| view! { <a href=href>{tr(text)}</a> })
                    .collect_view()}
            </nav>
            <span class="officer" data-testid="officer">
                {officer.display_name} " · " {move || role.label().get(locale.get())}
                {officer.agency.map(|agency| format!(" · {agency}"))}
            </span>
            <a class="button small" href="/petugas/akun">{tr(ui::ACCOUNT_HEADING)}</a>
            <form method="post" action="/petugas/keluar">
                <button class="button small" type="submit">{tr(ui::DESK_LOGOUT)}</button>
            </form>
            <form method="post" action="/petugas/keluar">
                <input type="hidden" name="semua" value="1"/>
                <button class="button small" type="submit">{tr(ui::DESK_LOGOUT_EVERYWHERE)}</button>
            </form>
        </div>
    }
}

/// The warning that the days off of a year were not entered: working-day deadlines then count
/// every weekday. Nothing when the calendar knows this year and the next one is far.
#[component]
fn CalendarGapNotice(gap: Option<crate::domain::sop::CalendarGap>) -> impl IntoView {
    let locale = use_locale();
    gap.map(|gap| {
        let text = if gap.running {
            ui::CALENDAR_GAP_RUNNING
        } else {
            ui::CALENDAR_GAP_SOON
        };
        view! {
            <p class="notice warning" role="status" data-testid="calendar-gap">
                {move || text.get(locale.get()).replace("{year}", &gap.year.to_string())}
            </p>
        }
    })
}

/// Shown on desk pages without a session.
#[component]
fn SignInFirst() -> impl IntoView {
    view! {
        <p>{tr(ui::DESK_SIGN_IN_FIRST)}</p>
        <a class="button primary" href="/petugas/masuk">{tr(ui::DESK_LOGIN)}</a>
    }
}

/// The year and month a report page's address asks for (`?tahun=2026&bulan=11`), each `None`
/// when absent or not a number: the server function then takes this year or month.
fn month_query() -> impl Fn() -> (Option<i32>, Option<u32>) + Copy + Send + Sync + 'static {
    let query = leptos_router::hooks::use_query_map();
    move || {
        let query = query.read();
        (
            query.get("tahun").and_then(|year| year.parse::<i32>().ok()),
            query
                .get("bulan")
                .and_then(|month| month.parse::<u32>().ok()),
        )
    }
}

/// A refused sign-in form's problem, above its fields (`None`: nothing).
#[component]
fn FormProblem(text: Option<crate::i18n::Text>, testid: &'static str) -> impl IntoView {
    text.map(|text| {
        view! {
            <p class="problem" role="alert" data-testid=testid>
                {tr(text)}
            </p>
        }
    })
}

/// The username field of the desk's sign-in forms, filled with `value`.
#[component]
fn UsernameField(value: String) -> impl IntoView {
    view! {
        <label for="pengguna">{tr(ui::DESK_USERNAME)}</label>
        <input
            id="pengguna"
            name="pengguna"
            required
            value=value
            autocomplete="username"
            autocapitalize="none"
            spellcheck="false"
        />
    }
}
