//! The officers' accounts: made without a password (the officer sets it up), changed, stopped.

use super::{AdminTable, AgencySelect, Inactive, Switch};
use crate::api::admin::AccountRow;
use crate::components::language::{tr, use_locale};
use crate::domain::officer::OfficerRole;
use crate::i18n::ui;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The accounts with a switch and a folded form that changes each, and the form that creates
/// one (its agency chosen from the list, never typed).
#[component]
pub(super) fn Accounts(
    accounts: Vec<AccountRow>,
    agencies: Vec<(String, String)>,
    /// Every agency's name by code, inactive ones too.
    agency_names: BTreeMap<String, String>,
) -> impl IntoView {
    let locale = use_locale();
    let rows = accounts
        .into_iter()
        .map(|account| {
            let active = account.active;
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
                        <Inactive active=account.active/>
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
                        <Switch action="/petugas/admin/akun" active fields=vec![("pengguna", account.username)]/>
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
        <AdminTable testid="accounts" headers=vec![ui::ADMIN_USERNAME, ui::ADMIN_DISPLAY_NAME, ui::ADMIN_ROLE]>
            {rows}
        </AdminTable>
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
        <AgencySelect id=id("opd") agencies chosen=agency/>
        <label for=id("email")>{tr(ui::ADMIN_EMAIL)}</label>
        <input id=id("email") name="email" type="email" value=email/>
    }
    .into_any()
}
