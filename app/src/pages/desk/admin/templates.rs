//! The response templates the desk's written steps offer.

use super::{AdminTable, Inactive, Switch};
use crate::api::admin::TemplateRow;
use crate::components::language::{tr, use_locale};
use crate::i18n::ui;
use leptos::prelude::*;

/// The response templates with a switch each, and the form that adds one.
#[component]
pub(super) fn Templates(
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
            let active = template.active;
            let step = template.action;
            let category = category_name(template.category);
            view! {
                <tr>
                    <td>{move || step.label().get(locale.get())}</td>
                    <td>{category}</td>
                    <td title=template.body>
                        {template.title}
                        <Inactive active=template.active/>
                    </td>
                    <td>
                        <Switch action="/petugas/admin/templat" active fields=vec![("id", template.id.to_string())]/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <AdminTable testid="templates" headers=vec![ACTION_LABEL, CATEGORY_LABEL, TITLE_LABEL]>
            {rows}
        </AdminTable>
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
