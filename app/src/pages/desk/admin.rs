//! `/petugas/admin`: the system administrator manages the desk's lists (complaint categories,
//! agencies) and the officers' accounts, and sees the SOP profile in force. The forms post to
//! [`crate::handlers::admin`], which checks the role again.

use super::{OfficerBar, SignInFirst};
use crate::api::ApiError;
use crate::api::admin::{AccountRow, Administration, ManagedChoice, TemplateRow, admin_overview};
use crate::components::language::{tr, use_locale};
use crate::domain::desk_list::{CODE_LABEL, NAME_EN_LABEL, NAME_ID_LABEL};
use crate::domain::officer::OfficerRole;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

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
        sop_profile,
        sop_profiles,
        sop_steps,
        categories,
        agencies,
        accounts,
        templates,
    } = overview;
    let sop_profiles_for_steps = sop_profiles.clone();
    let agency_choices: Vec<(String, String)> = agencies
        .iter()
        .filter(|agency| agency.active)
        .map(|agency| (agency.code.clone(), agency.name_id.clone()))
        .collect();
    view! {
        <OfficerBar officer/>
        <h1>{tr(ui::ADMIN_HEADING)}</h1>
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
        <h2>{tr(ui::ADMIN_CATEGORIES)}</h2>
        <ListTable list="kategori" entries=categories two_names=true/>
        <h2>{tr(ui::ADMIN_AGENCIES)}</h2>
        <ListTable list="opd" entries=agencies two_names=false/>
        <h2>{tr(ui::ADMIN_ACCOUNTS)}</h2>
        <Accounts accounts agencies=agency_choices/>
        <h2>{tr(ui::ADMIN_TEMPLATES)}</h2>
        <Templates templates/>
    }
    .into_any()
}

/// Each SOP profile's time standards, step by step, folded under its name: what putting it in
/// force would ask of the desk and the agencies.
#[component]
fn SopSteps(
    profiles: Vec<(String, String)>,
    steps: Vec<crate::api::admin::SopProfileSteps>,
) -> impl IntoView {
    let locale = use_locale();
    profiles
        .into_iter()
        .map(|(id, name)| {
            let rows = steps
                .iter()
                .find(|profile| profile.id == id)
                .map(|profile| profile.steps.clone())
                .unwrap_or_default();
            view! {
                <details class="sop-profile" data-testid=format!("sop-steps-{id}")>
                    <summary>{name}</summary>
                    <table class="stats-table">
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|(step, standards)| {
                                    view! {
                                        <tr>
                                            <th scope="row">{move || step.label().get(locale.get())}</th>
                                            <td>
                                                {move || {
                                                    standards
                                                        .iter()
                                                        .map(|standard| standard.describe(locale.get()))
                                                        .collect::<Vec<_>>()
                                                        .join(" + ")
                                                }}
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </details>
            }
        })
        .collect_view()
}

/// One list: its entries with a switch each, and the form that adds one.
#[component]
fn ListTable(list: &'static str, entries: Vec<ManagedChoice>, two_names: bool) -> impl IntoView {
    let locale = use_locale();
    let rows = entries
        .into_iter()
        .map(|entry| {
            let (action, label) = if entry.active {
                ("nonaktifkan", ui::ADMIN_DEACTIVATE)
            } else {
                ("aktifkan", ui::ADMIN_ACTIVATE)
            };
            let code = entry.code.clone();
            let row_key = entry.code.clone();
            let shown = entry.code.clone();
            let name = move || {
                if locale.get() == crate::i18n::Locale::En {
                    entry.name_en.clone()
                } else {
                    entry.name_id.clone()
                }
            };
            view! {
                <tr data-code=row_key>
                    <td>
                        <code>{shown}</code>
                    </td>
                    <td>
                        {name}
                        {(!entry.active)
                            .then(|| view! { " (" {tr(ui::ADMIN_INACTIVE)} ")" })}
                    </td>
                    <td>
                        <form method="post" action="/petugas/admin/daftar">
                            <input type="hidden" name="daftar" value=list/>
                            <input type="hidden" name="aksi" value=action/>
                            <input type="hidden" name="kode" value=code/>
                            <button class="button" type="submit">{tr(label)}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let id = |field: &str| format!("{list}-{field}");
    view! {
        <table class="data" data-testid=format!("list-{list}")>
            <tbody>{rows}</tbody>
        </table>
        <form method="post" action="/petugas/admin/daftar" class="desk-action">
            <input type="hidden" name="daftar" value=list/>
            <input type="hidden" name="aksi" value="tambah"/>
            <label for=id("kode")>{tr(CODE_LABEL)}</label>
            <input id=id("kode") name="kode" required pattern="[a-z0-9-]+"/>
            <label for=id("nama")>{tr(NAME_ID_LABEL)}</label>
            <input id=id("nama") name="nama" required/>
            {two_names
                .then(|| {
                    view! {
                        <label for=id("nama-en")>{tr(NAME_EN_LABEL)}</label>
                        <input id=id("nama-en") name="nama_en" required/>
                    }
                })}
            <button class="button primary" type="submit">{tr(ui::ADMIN_ADD)}</button>
        </form>
    }
    .into_any()
}

/// The response templates with a switch each, and the form that adds one.
#[component]
fn Templates(templates: Vec<TemplateRow>) -> impl IntoView {
    use crate::domain::status::ActionKind;
    use crate::domain::template::{
        ACTION_LABEL, BODY_LABEL, CATEGORY_LABEL, TITLE_LABEL, takes_template,
    };
    let locale = use_locale();
    let rows = templates
        .into_iter()
        .map(|template| {
            let (action, label) = if template.active {
                ("nonaktifkan", ui::ADMIN_DEACTIVATE)
            } else {
                ("aktifkan", ui::ADMIN_ACTIVATE)
            };
            let step = template.action;
            view! {
                <tr>
                    <td>{move || step.label().get(locale.get())}</td>
                    <td>{template.category.unwrap_or_else(|| "*".to_owned())}</td>
                    <td title=template.body>
                        {template.title}
                        {(!template.active)
                            .then(|| view! { " (" {tr(ui::ADMIN_INACTIVE)} ")" })}
                    </td>
                    <td>
                        <form method="post" action="/petugas/admin/templat">
                            <input type="hidden" name="aksi" value=action/>
                            <input type="hidden" name="id" value=template.id.to_string()/>
                            <button class="button" type="submit">{tr(label)}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data" data-testid="templates">
            <tbody>{rows}</tbody>
        </table>
        <form method="post" action="/petugas/admin/templat" class="desk-action">
            <input type="hidden" name="aksi" value="tambah"/>
            <label for="templat-tindakan">{tr(ACTION_LABEL)}</label>
            <select id="templat-tindakan" name="tindakan" required>
                {ActionKind::ALL
                    .into_iter()
                    .filter(|kind| takes_template(*kind))
                    .map(|kind| {
                        view! {
                            <option value=kind.code()>
                                {move || kind.label().get(locale.get())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="templat-kategori">{tr(CATEGORY_LABEL)}</label>
            <input id="templat-kategori" name="kategori"/>
            <label for="templat-judul">{tr(TITLE_LABEL)}</label>
            <input id="templat-judul" name="judul" required/>
            <label for="templat-isi">{tr(BODY_LABEL)}</label>
            <textarea id="templat-isi" name="isi" rows="4" required></textarea>
            <button class="button primary" type="submit">{tr(ui::ADMIN_ADD)}</button>
        </form>
    }
    .into_any()
}

/// The accounts with a switch each, and the form that creates one (its agency chosen from the
/// list, never typed).
#[component]
fn Accounts(accounts: Vec<AccountRow>, agencies: Vec<(String, String)>) -> impl IntoView {
    let locale = use_locale();
    let rows = accounts
        .into_iter()
        .map(|account| {
            let (action, label) = if account.active {
                ("nonaktifkan", ui::ADMIN_DEACTIVATE)
            } else {
                ("aktifkan", ui::ADMIN_ACTIVATE)
            };
            let role = account.role;
            let row_key = account.username.clone();
            let shown = account.username.clone();
            view! {
                <tr data-username=row_key>
                    <td>
                        <code>{shown}</code>
                    </td>
                    <td>{account.display_name}</td>
                    <td>
                        {move || role.label().get(locale.get())}
                        {account.agency.map(|agency| format!(" · {agency}"))}
                        {account.has_email.then_some(" · ✉")}
                        {(!account.active)
                            .then(|| view! { " (" {tr(ui::ADMIN_INACTIVE)} ")" })}
                    </td>
                    <td>
                        <form method="post" action="/petugas/admin/akun">
                            <input type="hidden" name="aksi" value=action/>
                            <input type="hidden" name="pengguna" value=account.username/>
                            <button class="button" type="submit">{tr(label)}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data" data-testid="accounts">
            <tbody>{rows}</tbody>
        </table>
        <form method="post" action="/petugas/admin/akun" class="desk-action">
            <input type="hidden" name="aksi" value="buat"/>
            <label for="akun-pengguna">{tr(ui::ADMIN_USERNAME)}</label>
            <input id="akun-pengguna" name="pengguna" required autocomplete="off"/>
            <label for="akun-nama">{tr(ui::ADMIN_DISPLAY_NAME)}</label>
            <input id="akun-nama" name="nama" required/>
            <label for="akun-peran">{tr(ui::ADMIN_ROLE)}</label>
            <select id="akun-peran" name="peran" required>
                {OfficerRole::ALL
                    .into_iter()
                    .map(|role| {
                        view! {
                            <option value=role.code()>
                                {move || role.label().get(locale.get())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="akun-opd">{tr(ui::ADMIN_AGENCY_OF_ACCOUNT)}</label>
            <select id="akun-opd" name="opd">
                <option value="">"—"</option>
                {agencies
                    .into_iter()
                    .map(|(code, name)| view! { <option value=code>{name}</option> })
                    .collect_view()}
            </select>
            <label for="akun-email">{tr(ui::ADMIN_EMAIL)}</label>
            <input id="akun-email" name="email" type="email"/>
            <button class="button primary" type="submit">{tr(ui::ADMIN_ADD)}</button>
        </form>
    }
    .into_any()
}
