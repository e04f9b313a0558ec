//! The SOP profiles on the administration page: each one's standards by step, its version and
//! its document to download, and the form that imports a document as a profile's next version.

use crate::components::language::{tr, use_locale};
use crate::i18n::ui;
use leptos::prelude::*;

/// Each SOP profile's time standards, step by step, folded under its name: what putting it in
/// force would ask of the desk and the agencies.
#[component]
pub(super) fn SopSteps(
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
            let profile = steps.iter().find(|profile| profile.id == id);
            let version = profile.map_or(1, |profile| profile.version);
            let required: Vec<_> = profile
                .map(|profile| profile.required_fields.iter().collect())
                .unwrap_or_default();
            let required = move || {
                if required.is_empty() {
                    return ui::ADMIN_PROFILE_NO_EXTRA_FIELDS.get(locale.get()).to_owned();
                }
                required
                    .iter()
                    .map(|field| field.field().label().get(locale.get()))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let download = format!("/petugas/admin/sop/{id}.toml");
            view! {
                <details class="sop-profile" data-testid=format!("sop-steps-{id}")>
                    <summary>
                        {move || {
                            format!(
                                "{name} · {} {version}",
                                ui::ADMIN_PROFILE_VERSION.get(locale.get()),
                            )
                        }}
                    </summary>
                    <p>
                        <a href=download download data-testid=format!("sop-download-{id}")>
                            {tr(ui::ADMIN_PROFILE_DOWNLOAD)}
                        </a>
                    </p>
                    <p data-testid=format!("sop-fields-{id}")>
                        {tr(ui::ADMIN_PROFILE_EXTRA_FIELDS)} " " {required}
                    </p>
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

/// The import of a profile's document: pasted TOML, checked whole on the server, every problem
/// shown above the form with the text left in its box.
#[component]
pub(super) fn ProfileImport() -> impl IntoView {
    view! {
        <details class="profile-import" data-testid="sop-import">
            <summary>{tr(ui::ADMIN_PROFILES)}</summary>
            <p class="hint">{tr(ui::ADMIN_PROFILES_HINT)}</p>
            <form method="post" action="/petugas/admin/sop/impor" class="desk-action">
                <label for="profil-toml">{tr(ui::ADMIN_PROFILE_TOML)}</label>
                <textarea
                    id="profil-toml"
                    name="toml"
                    rows="14"
                    required
                    spellcheck="false"
                    maxlength=crate::domain::sop::MAX_DOCUMENT_BYTES.to_string()
                ></textarea>
                <button class="button primary" type="submit">
                    {tr(ui::ADMIN_PROFILE_IMPORT)}
                </button>
            </form>
        </details>
    }
}
