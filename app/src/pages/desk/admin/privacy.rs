//! The privacy notice: the version in force as reporters read it, and the form that publishes
//! the next version.

use crate::components::language::tr;
use crate::components::privacy::PrivacyNoticeFacts;
use crate::domain::privacy::{
    CONTROLLER_LABEL, DPO_LABEL, PURPOSE_EN_LABEL, PURPOSE_ID_LABEL, PrivacyNotice,
};
use crate::i18n::ui;
use leptos::prelude::*;

/// The notice in force and the form for its next version, filled with the one in force.
#[component]
pub(super) fn PrivacyNoticeForm(notice: Option<PrivacyNotice>) -> impl IntoView {
    let text = notice.as_ref().map(|notice| notice.text.clone());
    let field = move |pick: fn(&crate::domain::privacy::NoticeText) -> &String| {
        text.as_ref().map(pick).cloned().unwrap_or_default()
    };
    let (controller, purpose_id, purpose_en, contact) = (
        field(|text| &text.controller),
        field(|text| &text.purpose_id),
        field(|text| &text.purpose_en),
        field(|text| &text.dpo_contact),
    );
    view! {
        <p class="hint">{tr(ui::ADMIN_PRIVACY_HINT)}</p>
        {notice
            .map(|notice| {
                let version = notice.version.number();
                view! {
                    <p data-testid="privacy-in-force">
                        {tr(ui::ADMIN_PRIVACY_IN_FORCE)} " " {version}
                    </p>
                    <PrivacyNoticeFacts notice/>
                }
            })}
        <form
            method="post"
            action="/petugas/admin/privasi"
            class="desk-action admin-add"
            data-testid="privacy-form"
        >
            <label for="privasi-pengendali">{tr(CONTROLLER_LABEL)}</label>
            <input id="privasi-pengendali" name="pengendali" value=controller required/>
            <label for="privasi-tujuan">{tr(PURPOSE_ID_LABEL)}</label>
            <textarea id="privasi-tujuan" name="tujuan" rows="6" required>
                {purpose_id}
            </textarea>
            <label for="privasi-tujuan-en">{tr(PURPOSE_EN_LABEL)}</label>
            <textarea id="privasi-tujuan-en" name="tujuan_en" rows="6" required>
                {purpose_en}
            </textarea>
            <label for="privasi-kontak">{tr(DPO_LABEL)}</label>
            <input id="privasi-kontak" name="kontak" value=contact required/>
            <button class="button" type="submit">{tr(ui::ADMIN_PRIVACY_PUBLISH)}</button>
        </form>
    }
}
