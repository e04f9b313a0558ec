//! The districts (kecamatan), each with its centre, and their villages (desa / kelurahan).

use super::{AdminTable, Inactive, Switch};
use crate::api::admin::{DistrictRow, VillageRow};
use crate::components::language::tr;
use crate::domain::desk_list::{CODE_LABEL, NAME_ID_LABEL};
use crate::i18n::ui;
use leptos::prelude::*;

/// The districts with a switch each, and the form that adds one.
#[component]
pub(super) fn Districts(districts: Vec<DistrictRow>) -> impl IntoView {
    use crate::domain::desk_list::CENTRE_LABEL;
    let rows = districts
        .into_iter()
        .map(|district| {
            let active = district.active;
            let (latitude, longitude) = district.centre;
            let (row_key, shown) = (district.code.clone(), district.code.clone());
            view! {
                <tr data-code=row_key>
                    <td>
                        <code>{shown}</code>
                    </td>
                    <td>
                        {district.name}
                        <Inactive active=district.active/>
                    </td>
                    <td>{format!("{latitude:.4}, {longitude:.4}")}</td>
                    <td>
                        <Switch action="/petugas/admin/daftar" active fields=vec![("daftar", "kecamatan".to_owned()), ("kode", district.code)]/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <AdminTable testid="list-kecamatan" headers=vec![CODE_LABEL, NAME_ID_LABEL, CENTRE_LABEL]>
            {rows}
        </AdminTable>
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
pub(super) fn Villages(villages: Vec<VillageRow>, districts: Vec<DistrictRow>) -> impl IntoView {
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
            let active = village.active;
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
                        <Inactive active=village.active/>
                    </td>
                    <td>
                        <Switch action="/petugas/admin/daftar" active fields=vec![("daftar", "desa".to_owned()), ("kode", village.code)]/>
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
        <AdminTable testid="list-desa" headers=vec![DISTRICT_LABEL, CODE_LABEL, NAME_ID_LABEL]>
            {rows}
        </AdminTable>
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
