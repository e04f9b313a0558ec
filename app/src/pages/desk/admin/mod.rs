//! `/petugas/admin`: the system administrator sets up and keeps the region: the checklist of a
//! new region ([`checklist`]), the SOP profile in force and its working calendar ([`calendar`]), the districts and villages
//! ([`places`]), the categories and agencies ([`lists`]), the officers' accounts
//! ([`accounts`]) and the response templates ([`templates`]). The forms post to
//! [`crate::handlers::admin`], which checks the role again.

mod accounts;
mod calendar;
mod checklist;
mod lists;
mod places;
mod privacy;
mod profiles;
mod templates;

use super::{CalendarGapNotice, OfficerBar, SignInFirst};
use crate::api::ApiError;
use crate::api::admin::{Administration, admin_overview};
use crate::components::language::tr;
use crate::i18n::{Text, ui};
use accounts::Accounts;
use calendar::WorkingCalendar;
use checklist::{Checklist, SetupChecklist};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use lists::ListTable;
use places::{Districts, Villages};
use privacy::PrivacyNoticeForm;
use profiles::{ProfileImport, SopSteps};
use templates::Templates;

/// The administration page.
#[component]
pub fn DeskAdminPage() -> impl IntoView {
    let overview = Resource::new(|| (), |()| admin_overview());
    let query = use_query_map();
    let done = move || query.read().get("selesai").is_some();
    view! {
        <Title text=tr(ui::ADMIN_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(overview) => {
                        view! {
                            {done()
                                .then(|| {
                                    view! {
                                        <p class="notice" role="status" data-testid="admin-notice">
                                            {tr(ui::DESK_DONE)}
                                        </p>
                                    }
                                })}
                            <AdminView overview/>
                        }
                            .into_any()
                    }
                    Err(ApiError::Forbidden) => {
                        view! {
                            <p>{tr(ui::ADMIN_ONLY)}</p>
                            <SignInFirst/>
                        }
                            .into_any()
                    }
                    Err(_) => view! { <p>{tr(ui::DESK_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AdminView(overview: Administration) -> impl IntoView {
    let Administration {
        officer,
        region_prefix,
        sop_chosen,
        districts,
        villages,
        sop_profile,
        sop_profiles,
        sop_steps,
        categories,
        default_agencies,
        agencies,
        accounts,
        templates,
        days_off,
        calendar_years,
        calendar_gap,
        office_hours,
        privacy,
    } = overview;
    let checklist = Checklist::of(
        &region_prefix,
        sop_chosen,
        &districts,
        &categories,
        &default_agencies,
        &agencies,
        &accounts,
    );
    let sop_profiles_for_steps = sop_profiles.clone();
    let agency_choices: Vec<(String, String)> = agencies
        .iter()
        .filter(|agency| agency.active)
        .map(|agency| (agency.code.clone(), agency.name_id.clone()))
        .collect();
    let category_names: Vec<(String, String, String)> = categories
        .iter()
        .filter(|category| category.active)
        .map(|category| {
            (
                category.code.clone(),
                category.name_id.clone(),
                category.name_en.clone(),
            )
        })
        .collect();
    let sections = [
        ("persiapan", ui::SETUP_CHECKLIST),
        ("sop", ui::ADMIN_SOP),
        ("kalender", ui::ADMIN_CALENDAR),
        ("kecamatan", ui::ADMIN_DISTRICTS),
        ("kategori", ui::ADMIN_CATEGORIES),
        ("opd", ui::ADMIN_AGENCIES),
        ("akun", ui::ADMIN_ACCOUNTS),
        ("templat", ui::ADMIN_TEMPLATES),
        ("privasi", ui::ADMIN_PRIVACY),
    ];
    view! {
        <OfficerBar officer/>
        <h1>{tr(ui::ADMIN_HEADING)}</h1>
        <CalendarGapNotice gap=calendar_gap/>
        <nav class="admin-sections" aria-label=tr(ui::ADMIN_HEADING)>
            {sections
                .into_iter()
                .map(|(anchor, text)| view! { <a href=format!("#{anchor}")>{tr(text)}</a> })
                .collect_view()}
        </nav>
        <SetupChecklist checklist/>
        <section id="sop" class="admin-section">
            <h2>{tr(ui::ADMIN_SOP)}</h2>
            <form method="post" action="/petugas/admin/sop" class="period" data-testid="sop-form">
                <label for="profil">{tr(ui::ADMIN_SOP)}</label>
                <select id="profil" name="profil">
                    {sop_profiles
                        .into_iter()
                        .map(|(id, name)| {
                            let selected = id == sop_profile;
                            view! {
                                <option value=id selected=selected>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <button class="button" type="submit">{tr(ui::ADMIN_SOP_APPLY)}</button>
            </form>
            <SopSteps profiles=sop_profiles_for_steps steps=sop_steps/>
            <ProfileImport/>
        </section>
        <section id="kalender" class="admin-section">
            <h2>{tr(ui::ADMIN_CALENDAR)}</h2>
            <WorkingCalendar days_off years=calendar_years office_hours/>
        </section>
        <section id="kecamatan" class="admin-section">
            <h2>{tr(ui::ADMIN_DISTRICTS)}</h2>
            <p class="hint">{tr(ui::ADMIN_DISTRICTS_HINT)}</p>
            <Districts districts=districts.clone()/>
            <h3>{tr(ui::ADMIN_VILLAGES)}</h3>
            <Villages villages districts/>
        </section>
        <section id="kategori" class="admin-section">
            <h2>{tr(ui::ADMIN_CATEGORIES)}</h2>
            <ListTable
                list="kategori"
                entries=categories
                two_names=true
                defaults=Some((default_agencies, agency_choices.clone()))
            />
        </section>
        <section id="opd" class="admin-section">
            <h2>{tr(ui::ADMIN_AGENCIES)}</h2>
            <ListTable list="opd" entries=agencies.clone() two_names=false defaults=None/>
        </section>
        <section id="akun" class="admin-section">
            <h2>{tr(ui::ADMIN_ACCOUNTS)}</h2>
            <Accounts
                accounts
                agencies=agency_choices
                agency_names=agencies
                    .into_iter()
                    .map(|agency| (agency.code, agency.name_id))
                    .collect()
            />
        </section>
        <section id="templat" class="admin-section">
            <h2>{tr(ui::ADMIN_TEMPLATES)}</h2>
            <Templates templates categories=category_names/>
        </section>
        <section id="privasi" class="admin-section">
            <h2>{tr(ui::ADMIN_PRIVACY)}</h2>
            <PrivacyNoticeForm notice=privacy/>
        </section>
    }
    .into_any()
}

/// The button that stops or resumes offering an entry (an account's login): a form posting
/// `aksi` (`nonaktifkan` or `aktifkan`) to `action` with the hidden `fields` that name it.
#[component]
fn Switch(
    action: &'static str,
    active: bool,
    fields: Vec<(&'static str, String)>,
) -> impl IntoView {
    let (aksi, label) = if active {
        ("nonaktifkan", ui::ADMIN_DEACTIVATE)
    } else {
        ("aktifkan", ui::ADMIN_ACTIVATE)
    };
    view! {
        <form method="post" action=action>
            {fields
                .into_iter()
                .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
                .collect_view()}
            <input type="hidden" name="aksi" value=aksi/>
            <button class="button small" type="submit">{tr(label)}</button>
        </form>
    }
}

/// " (tidak aktif)" after an entry no longer offered; nothing after one that is.
#[component]
fn Inactive(active: bool) -> impl IntoView {
    (!active).then(|| view! { " (" {tr(ui::ADMIN_INACTIVE)} ")" })
}

/// One list's table: a header per column (and an empty one over the switches), then `children`,
/// its rows.
#[component]
fn AdminTable(
    #[prop(into)] testid: String,
    headers: Vec<Text>,
    children: Children,
) -> impl IntoView {
    view! {
        <table class="data admin-list" data-testid=testid>
            <thead>
                <tr>
                    {headers
                        .into_iter()
                        .map(|header| view! { <th scope="col">{tr(header)}</th> })
                        .collect_view()}
                    <th scope="col"></th>
                </tr>
            </thead>
            <tbody>{children()}</tbody>
        </table>
    }
}

/// A select of the agencies (code, name), "—" first, `chosen` selected: an account's agency, a
/// category's default one.
#[component]
fn AgencySelect(
    #[prop(into)] id: String,
    agencies: Vec<(String, String)>,
    chosen: Option<String>,
) -> impl IntoView {
    view! {
        <select id=id name="opd">
            <option value="">"—"</option>
            {agencies
                .into_iter()
                .map(|(code, name)| {
                    let selected = chosen.as_deref() == Some(code.as_str());
                    view! {
                        <option value=code selected=selected>
                            {name}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}
