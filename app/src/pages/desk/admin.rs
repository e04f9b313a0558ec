//! `/petugas/admin`: the system administrator manages the desk's lists (complaint categories,
//! agencies) and the officers' accounts, and sees the SOP profile in force. The forms post to
//! [`crate::handlers::admin`], which checks the role again.

use super::{OfficerBar, SignInFirst};
use crate::api::ApiError;
use crate::api::admin::{
    AccountRow, Administration, DistrictRow, ManagedChoice, TemplateRow, VillageRow, admin_overview,
};
use crate::components::language::{tr, use_locale};
use crate::domain::desk_list::{CODE_LABEL, NAME_EN_LABEL, NAME_ID_LABEL};
use crate::domain::officer::OfficerRole;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use std::collections::BTreeMap;

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
        ("kecamatan", ui::ADMIN_DISTRICTS),
        ("kategori", ui::ADMIN_CATEGORIES),
        ("opd", ui::ADMIN_AGENCIES),
        ("akun", ui::ADMIN_ACCOUNTS),
        ("templat", ui::ADMIN_TEMPLATES),
    ];
    view! {
        <OfficerBar officer/>
        <h1>{tr(ui::ADMIN_HEADING)}</h1>
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
    }
    .into_any()
}

/// What a new region still has to set up, step by step, each with what is there now.
#[derive(Clone, Debug)]
struct Checklist {
    /// (what, what is there, whether it is done, the section that does it).
    steps: Vec<(crate::i18n::Text, String, bool, &'static str)>,
}

impl Checklist {
    fn of(
        region_prefix: &str,
        sop_chosen: bool,
        districts: &[DistrictRow],
        categories: &[ManagedChoice],
        default_agencies: &BTreeMap<String, String>,
        agencies: &[ManagedChoice],
        accounts: &[AccountRow],
    ) -> Checklist {
        let active_districts = districts.iter().filter(|district| district.active).count();
        let active_agencies: Vec<&str> = agencies
            .iter()
            .filter(|agency| agency.active)
            .map(|agency| agency.code.as_str())
            .collect();
        let active_categories: Vec<&str> = categories
            .iter()
            .filter(|category| category.active)
            .map(|category| category.code.as_str())
            .collect();
        let with_default = active_categories
            .iter()
            .filter(|code| default_agencies.contains_key(**code))
            .count();
        let main_desk = accounts
            .iter()
            .filter(|account| account.active && account.role == OfficerRole::MainDesk)
            .count();
        let staffed = active_agencies
            .iter()
            .filter(|code| {
                accounts
                    .iter()
                    .any(|account| account.active && account.agency.as_deref() == Some(**code))
            })
            .count();
        Checklist {
            steps: vec![
                (
                    ui::SETUP_PREFIX,
                    region_prefix.to_owned(),
                    true,
                    "persiapan",
                ),
                (ui::SETUP_SOP, String::new(), sop_chosen, "sop"),
                (
                    ui::SETUP_DISTRICTS,
                    active_districts.to_string(),
                    active_districts > 0,
                    "kecamatan",
                ),
                (
                    ui::SETUP_AGENCIES,
                    active_agencies.len().to_string(),
                    !active_agencies.is_empty(),
                    "opd",
                ),
                (
                    ui::SETUP_CATEGORIES,
                    format!("{} ({with_default})", active_categories.len()),
                    !active_categories.is_empty(),
                    "kategori",
                ),
                (
                    ui::SETUP_MAIN_DESK,
                    main_desk.to_string(),
                    main_desk > 0,
                    "akun",
                ),
                (
                    ui::SETUP_AGENCY_ACCOUNTS,
                    format!("{staffed} / {}", active_agencies.len()),
                    staffed == active_agencies.len() && staffed > 0,
                    "akun",
                ),
            ],
        }
    }

    fn done(&self) -> bool {
        self.steps.iter().all(|(_, _, done, _)| *done)
    }
}

/// The first-run checklist: open while a step is left, folded once every one is done.
#[component]
fn SetupChecklist(checklist: Checklist) -> impl IntoView {
    let open = !checklist.done();
    let rows = checklist
        .steps
        .into_iter()
        .map(|(text, state, done, section)| {
            view! {
                <li class=if done { "done" } else { "todo" } data-done=done.to_string()>
                    <span class="mark">
                        {if done { tr(ui::CHECKLIST_DONE) } else { tr(ui::CHECKLIST_TODO) }}
                    </span>
                    <a href=format!("#{section}") target="_self">
                        {tr(text)}
                    </a>
                    {(!state.is_empty()).then(|| view! { <strong>{state}</strong> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <details
            id="persiapan"
            class="admin-section setup-checklist"
            open=open
            data-testid="setup-checklist"
        >
            <summary>
                <h2>{tr(ui::SETUP_CHECKLIST)}</h2>
            </summary>
            <p class="hint">{tr(ui::SETUP_CHECKLIST_INTRO)}</p>
            <ol>{rows}</ol>
        </details>
    }
}

/// The districts with a switch each, and the form that adds one.
#[component]
fn Districts(districts: Vec<DistrictRow>) -> impl IntoView {
    use crate::domain::desk_list::CENTRE_LABEL;
    let rows = districts
        .into_iter()
        .map(|district| {
            let (action, label) = if district.active {
                ("nonaktifkan", ui::ADMIN_DEACTIVATE)
            } else {
                ("aktifkan", ui::ADMIN_ACTIVATE)
            };
            let (latitude, longitude) = district.centre;
            let (row_key, shown) = (district.code.clone(), district.code.clone());
            view! {
                <tr data-code=row_key>
                    <td>
                        <code>{shown}</code>
                    </td>
                    <td>
                        {district.name}
                        {(!district.active)
                            .then(|| view! { " (" {tr(ui::ADMIN_INACTIVE)} ")" })}
                    </td>
                    <td>{format!("{latitude:.4}, {longitude:.4}")}</td>
                    <td>
                        <form method="post" action="/petugas/admin/daftar">
                            <input type="hidden" name="daftar" value="kecamatan"/>
                            <input type="hidden" name="aksi" value=action/>
                            <input type="hidden" name="kode" value=district.code/>
                            <button class="button small" type="submit">{tr(label)}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data admin-list" data-testid="list-kecamatan">
            <thead>
                <tr>
                    <th scope="col">{tr(CODE_LABEL)}</th>
                    <th scope="col">{tr(NAME_ID_LABEL)}</th>
                    <th scope="col">{tr(CENTRE_LABEL)}</th>
                    <th scope="col"></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <form method="post" action="/petugas/admin/daftar" class="desk-action admin-add">
            <input type="hidden" name="daftar" value="kecamatan"/>
            <input type="hidden" name="aksi" value="tambah"/>
            <label for="kecamatan-kode">{tr(CODE_LABEL)}</label>
            <input id="kecamatan-kode" name="kode" required pattern="[a-z0-9._-]+"/>
            <label for="kecamatan-nama">{tr(NAME_ID_LABEL)}</label>
            <input id="kecamatan-nama" name="nama" required/>
            <fieldset class="coordinates">
                <legend>{tr(CENTRE_LABEL)}</legend>
                <label for="kecamatan-lintang">{tr(ui::FORM_LATITUDE)}</label>
                <input id="kecamatan-lintang" name="lintang" required inputmode="decimal"/>
                <label for="kecamatan-bujur">{tr(ui::FORM_LONGITUDE)}</label>
                <input id="kecamatan-bujur" name="bujur" required inputmode="decimal"/>
            </fieldset>
            <button class="button primary" type="submit">{tr(ui::ADMIN_ADD)}</button>
        </form>
    }
    .into_any()
}

/// The villages with their district and a switch each, and the form that adds one.
#[component]
fn Villages(villages: Vec<VillageRow>, districts: Vec<DistrictRow>) -> impl IntoView {
    use crate::domain::desk_list::DISTRICT_LABEL;
    let district_name = |code: &str| {
        districts
            .iter()
            .find(|district| district.code == code)
            .map_or_else(|| code.to_owned(), |district| district.name.clone())
    };
    let rows = villages
        .into_iter()
        .map(|village| {
            let (action, label) = if village.active {
                ("nonaktifkan", ui::ADMIN_DEACTIVATE)
            } else {
                ("aktifkan", ui::ADMIN_ACTIVATE)
            };
            let district = district_name(&village.district);
            let (row_key, shown) = (village.code.clone(), village.code.clone());
            view! {
                <tr data-code=row_key>
                    <td>{district}</td>
                    <td>
                        <code>{shown}</code>
                    </td>
                    <td>
                        {village.name}
                        {(!village.active)
                            .then(|| view! { " (" {tr(ui::ADMIN_INACTIVE)} ")" })}
                    </td>
                    <td>
                        <form method="post" action="/petugas/admin/daftar">
                            <input type="hidden" name="daftar" value="desa"/>
                            <input type="hidden" name="aksi" value=action/>
                            <input type="hidden" name="kode" value=village.code/>
                            <button class="button small" type="submit">{tr(label)}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let choices = districts
        .iter()
        .filter(|district| district.active)
        .map(|district| {
            view! { <option value=district.code.clone()>{district.name.clone()}</option> }
        })
        .collect_view();
    view! {
        <table class="data admin-list" data-testid="list-desa">
            <thead>
                <tr>
                    <th scope="col">{tr(DISTRICT_LABEL)}</th>
                    <th scope="col">{tr(CODE_LABEL)}</th>
                    <th scope="col">{tr(NAME_ID_LABEL)}</th>
                    <th scope="col"></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <form method="post" action="/petugas/admin/daftar" class="desk-action admin-add">
            <input type="hidden" name="daftar" value="desa"/>
            <input type="hidden" name="aksi" value="tambah"/>
            <label for="desa-kecamatan">{tr(DISTRICT_LABEL)}</label>
            <select id="desa-kecamatan" name="kecamatan" required>
                <option value="">"—"</option>
                {choices}
            </select>
            <label for="desa-kode">{tr(CODE_LABEL)}</label>
            <input id="desa-kode" name="kode" required pattern="[a-z0-9._-]+"/>
            <label for="desa-nama">{tr(NAME_ID_LABEL)}</label>
            <input id="desa-nama" name="nama" required/>
            <button class="button primary" type="submit">{tr(ui::ADMIN_ADD)}</button>
        </form>
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

/// A category's default agency: the map of defaults, and the agencies to choose from.
type Defaults = (BTreeMap<String, String>, Vec<(String, String)>);

/// One list: its entries with a switch each, and the form that adds one; for the categories
/// (`defaults` given), each one's default agency too.
#[component]
fn ListTable(
    list: &'static str,
    entries: Vec<ManagedChoice>,
    two_names: bool,
    defaults: Option<Defaults>,
) -> impl IntoView {
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
            let default_form = defaults.as_ref().map(|(chosen, agencies)| {
                view! {
                    <td>
                        <DefaultAgency
                            category=entry.code.clone()
                            chosen=chosen.get(&entry.code).cloned()
                            agencies=agencies.clone()
                        />
                    </td>
                }
            });
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
                    {default_form}
                    <td>
                        <form method="post" action="/petugas/admin/daftar">
                            <input type="hidden" name="daftar" value=list/>
                            <input type="hidden" name="aksi" value=action/>
                            <input type="hidden" name="kode" value=code/>
                            <button class="button small" type="submit">{tr(label)}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let has_defaults = defaults.is_some();
    let id = |field: &str| format!("{list}-{field}");
    view! {
        <table class="data admin-list" data-testid=format!("list-{list}")>
            <thead>
                <tr>
                    <th scope="col">{tr(CODE_LABEL)}</th>
                    <th scope="col">{tr(NAME_ID_LABEL)}</th>
                    {has_defaults
                        .then(|| view! { <th scope="col">{tr(ui::ADMIN_DEFAULT_AGENCY)}</th> })}
                    <th scope="col"></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <form method="post" action="/petugas/admin/daftar" class="desk-action admin-add">
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

/// The form that sets the agency a category's complaints are usually dispatched to.
#[component]
fn DefaultAgency(
    category: String,
    chosen: Option<String>,
    agencies: Vec<(String, String)>,
) -> impl IntoView {
    let select_id = format!("opd-bawaan-{category}");
    view! {
        <form method="post" action="/petugas/admin/daftar" class="desk-action inline">
            <input type="hidden" name="daftar" value="kategori"/>
            <input type="hidden" name="aksi" value="opd-bawaan"/>
            <input type="hidden" name="kode" value=category/>
            <label class="visually-hidden" for=select_id.clone()>
                {tr(ui::ADMIN_DEFAULT_AGENCY)}
            </label>
            <select id=select_id name="opd">
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
            <button class="button small" type="submit">{tr(ui::ADMIN_SAVE)}</button>
        </form>
    }
}

/// The response templates with a switch each, and the form that adds one.
#[component]
fn Templates(
    templates: Vec<TemplateRow>,
    categories: Vec<(String, String, String)>,
) -> impl IntoView {
    use crate::domain::status::ActionKind;
    use crate::domain::template::{
        ACTION_LABEL, BODY_LABEL, CATEGORY_LABEL, TITLE_LABEL, takes_template,
    };
    let locale = use_locale();
    let category_name = {
        let categories = categories.clone();
        move |code: Option<String>| -> Signal<String> {
            let names = code.and_then(|code| {
                categories
                    .iter()
                    .find(|(candidate, _, _)| *candidate == code)
                    .map(|(_, id, en)| (id.clone(), en.clone()))
                    .or(Some((code.clone(), code)))
            });
            Signal::derive(move || match (&names, locale.get()) {
                (Some((_, en)), crate::i18n::Locale::En) => en.clone(),
                (Some((id, _)), _) => id.clone(),
                (None, locale) => ui::ADMIN_ANY_CATEGORY.get(locale).to_owned(),
            })
        }
    };
    let rows = templates
        .into_iter()
        .map(|template| {
            let (action, label) = if template.active {
                ("nonaktifkan", ui::ADMIN_DEACTIVATE)
            } else {
                ("aktifkan", ui::ADMIN_ACTIVATE)
            };
            let step = template.action;
            let category = category_name(template.category);
            view! {
                <tr>
                    <td>{move || step.label().get(locale.get())}</td>
                    <td>{category}</td>
                    <td title=template.body>
                        {template.title}
                        {(!template.active)
                            .then(|| view! { " (" {tr(ui::ADMIN_INACTIVE)} ")" })}
                    </td>
                    <td>
                        <form method="post" action="/petugas/admin/templat">
                            <input type="hidden" name="aksi" value=action/>
                            <input type="hidden" name="id" value=template.id.to_string()/>
                            <button class="button small" type="submit">{tr(label)}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data admin-list" data-testid="templates">
            <thead>
                <tr>
                    <th scope="col">{tr(ACTION_LABEL)}</th>
                    <th scope="col">{tr(CATEGORY_LABEL)}</th>
                    <th scope="col">{tr(TITLE_LABEL)}</th>
                    <th scope="col"></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <form method="post" action="/petugas/admin/templat" class="desk-action admin-add">
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
            <select id="templat-kategori" name="kategori">
                <option value="">{tr(ui::ADMIN_ANY_CATEGORY)}</option>
                {categories
                    .into_iter()
                    .map(|(code, id, en)| {
                        view! {
                            <option value=code>
                                {move || {
                                    if locale.get() == crate::i18n::Locale::En {
                                        en.clone()
                                    } else {
                                        id.clone()
                                    }
                                }}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="templat-judul">{tr(TITLE_LABEL)}</label>
            <input id="templat-judul" name="judul" required/>
            <label for="templat-isi">{tr(BODY_LABEL)}</label>
            <textarea id="templat-isi" name="isi" rows="4" required></textarea>
            <button class="button primary" type="submit">{tr(ui::ADMIN_ADD)}</button>
        </form>
    }
    .into_any()
}

/// The accounts with a switch and a folded form that changes each, and the form that creates
/// one (its agency chosen from the list, never typed).
#[component]
fn Accounts(
    accounts: Vec<AccountRow>,
    agencies: Vec<(String, String)>,
    /// Every agency's name by code, inactive ones too.
    agency_names: BTreeMap<String, String>,
) -> impl IntoView {
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
            let agency = account
                .agency
                .as_ref()
                .map(|code| agency_names.get(code).cloned().unwrap_or_else(|| code.clone()));
            let edit = AccountFields {
                prefix: format!("ubah-{}", account.username),
                display_name: account.display_name.clone(),
                role: Some(role),
                agency: account.agency.clone(),
                email: account.email.clone().unwrap_or_default(),
            };
            view! {
                <tr data-username=row_key>
                    <td>
                        <code>{shown}</code>
                    </td>
                    <td>{account.display_name}</td>
                    <td>
                        {move || role.label().get(locale.get())}
                        {agency.map(|agency| format!(" · {agency}"))}
                        {account.email.map(|email| view! { <span title=email>" · ✉"</span> })}
                        {(!account.active)
                            .then(|| view! { " (" {tr(ui::ADMIN_INACTIVE)} ")" })}
                    </td>
                    <td class="account-buttons">
                        <details class="account-edit">
                            <summary class="button small">{tr(ui::ADMIN_EDIT_ACCOUNT)}</summary>
                            <form method="post" action="/petugas/admin/akun" class="desk-action">
                                <input type="hidden" name="aksi" value="ubah"/>
                                <input type="hidden" name="pengguna" value=account.username.clone()/>
                                <AccountFieldset fields=edit agencies=agencies.clone()/>
                                <button class="button primary" type="submit">
                                    {tr(ui::ADMIN_SAVE)}
                                </button>
                            </form>
                        </details>
                        <form method="post" action="/petugas/admin/akun">
                            <input type="hidden" name="aksi" value=action/>
                            <input type="hidden" name="pengguna" value=account.username/>
                            <button class="button small" type="submit">{tr(label)}</button>
                        </form>
                    </td>
                </tr>
            }
            .into_any()
        })
        .collect_view();
    let new_account = AccountFields {
        prefix: "akun".to_owned(),
        display_name: String::new(),
        role: None,
        agency: None,
        email: String::new(),
    };
    view! {
        <table class="data admin-list" data-testid="accounts">
            <thead>
                <tr>
                    <th scope="col">{tr(ui::ADMIN_USERNAME)}</th>
                    <th scope="col">{tr(ui::ADMIN_DISPLAY_NAME)}</th>
                    <th scope="col">{tr(ui::ADMIN_ROLE)}</th>
                    <th scope="col"></th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <form method="post" action="/petugas/admin/akun" class="desk-action admin-add">
            <input type="hidden" name="aksi" value="buat"/>
            <label for="akun-pengguna">{tr(ui::ADMIN_USERNAME)}</label>
            <input id="akun-pengguna" name="pengguna" required autocomplete="off"/>
            <AccountFieldset fields=new_account agencies/>
            <button class="button primary" type="submit">{tr(ui::ADMIN_ADD)}</button>
        </form>
    }
    .into_any()
}

/// What an account form starts with.
struct AccountFields {
    /// The fields' id prefix, unique on the page.
    prefix: String,
    display_name: String,
    role: Option<OfficerRole>,
    agency: Option<String>,
    email: String,
}

/// An account's name, role, agency and e-mail address, for creating or changing it.
#[component]
fn AccountFieldset(fields: AccountFields, agencies: Vec<(String, String)>) -> impl IntoView {
    let locale = use_locale();
    let AccountFields {
        prefix,
        display_name,
        role,
        agency,
        email,
    } = fields;
    let id = move |field: &str| format!("{prefix}-{field}");
    view! {
        <label for=id("nama")>{tr(ui::ADMIN_DISPLAY_NAME)}</label>
        <input id=id("nama") name="nama" required value=display_name/>
        <label for=id("peran")>{tr(ui::ADMIN_ROLE)}</label>
        <select id=id("peran") name="peran" required>
            {OfficerRole::ALL
                .into_iter()
                .map(|candidate| {
                    view! {
                        <option value=candidate.code() selected=role == Some(candidate)>
                            {move || candidate.label().get(locale.get())}
                        </option>
                    }
                })
                .collect_view()}
        </select>
        <label for=id("opd")>{tr(ui::ADMIN_AGENCY_OF_ACCOUNT)}</label>
        <select id=id("opd") name="opd">
            <option value="">"—"</option>
            {agencies
                .into_iter()
                .map(|(code, name)| {
                    let selected = agency.as_deref() == Some(code.as_str());
                    view! {
                        <option value=code selected=selected>
                            {name}
                        </option>
                    }
                })
                .collect_view()}
        </select>
        <label for=id("email")>{tr(ui::ADMIN_EMAIL)}</label>
        <input id=id("email") name="email" type="email" value=email/>
    }
    .into_any()
}
