//! The privacy notice as a reporter reads it: on the filing form before the consent box, and on
//! its own page (`/privasi`).

use crate::components::language::use_locale;
use crate::domain::privacy::{CONTROLLER_LABEL, DPO_LABEL, PrivacyNotice, RETENTION_LABEL};
use crate::i18n::Text;
use leptos::prelude::*;

/// Why the data is processed (the heading of the purpose).
const PURPOSE_LABEL: Text = Text::new("Tujuan dan dasar", "Purpose and basis");

/// Who processes the data, why, how long it is kept and whom to ask: the four things UU 27/2022
/// says a reporter is told before they give it.
#[component]
pub fn PrivacyNoticeFacts(
    /// The notice in force.
    notice: PrivacyNotice,
) -> impl IntoView {
    let locale = use_locale();
    let PrivacyNotice {
        version: _,
        text,
        retention_days,
    } = notice.clone();
    let purpose = {
        let text = text.clone();
        move || text.purpose(locale.get()).to_owned()
    };
    let retention = move || notice.retention(locale.get());
    view! {
        <dl class="facts privacy-notice" data-testid="privacy-notice" data-retention-days=retention_days>
            <dt>{move || CONTROLLER_LABEL.get(locale.get())}</dt>
            <dd>{text.controller}</dd>
            <dt>{move || PURPOSE_LABEL.get(locale.get())}</dt>
            <dd class="privacy-purpose">{purpose}</dd>
            <dt>{move || RETENTION_LABEL.get(locale.get())}</dt>
            <dd>{retention}</dd>
            <dt>{move || DPO_LABEL.get(locale.get())}</dt>
            <dd>{text.dpo_contact}</dd>
        </dl>
    }
}
