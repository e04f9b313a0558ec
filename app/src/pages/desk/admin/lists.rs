//! The complaint categories (each with its default agency) and the agencies.

use super::{AdminTable, AgencySelect, Inactive, Switch};
use crate::api::admin::ManagedChoice;
use crate::components::language::{tr, use_locale};
use crate::domain::desk_list::{CODE_LABEL, NAME_EN_LABEL, NAME_ID_LABEL};
use crate::i18n::ui;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// A category's default agency: the map of defaults, and the agencies to choose from.
pub(super) type Defaults = (BTreeMap<String, String>, Vec<(String, String)>);

/// One list: its entries with a switch each, and the form that adds one; for the categories
/// (`defaults` given), each one's default agency too.
#[component]
pub(super) fn ListTable(
    list: &'static str,
    entries: Vec<ManagedChoice>,
    two_names: bool,
    defaults: Option<Defaults>,
) -> impl IntoView {
    let locale = use_locale();
    let rows = entries
        .into_iter()
        .map(|entry| {
            let active = entry.active;
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
                        <Inactive active=entry.active/>
                    </td>
                    {default_form}
                    <td>
                        <Switch action="/petugas/admin/daftar" active fields=vec![("daftar", list.to_owned()), ("kode", code)]/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let mut headers = vec![CODE_LABEL, NAME_ID_LABEL];
    if defaults.is_some() {
        headers.push(ui::ADMIN_DEFAULT_AGENCY);
    }
    let id = |field: &str| format!("{list}-{field}");
    view! {
        <AdminTable testid=format!("list-{list}") headers>
            {rows}
        </AdminTable>
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
            <AgencySelect id=select_id agencies chosen/>
            <button class="button small" type="submit">{tr(ui::ADMIN_SAVE)}</button>
        </form>
    }
}
