//! The complaint's timeline as the desk reads it, internal notes included.

use super::*;
use crate::api::desk::DeskTimelineItem;
use crate::components::language::{tr, use_locale};
use crate::components::photos::PhotoStrip;
use crate::domain::timeline::{EntryKind, FieldReport};
use crate::i18n::moment::format_moment;

#[component]
pub(super) fn DeskTimelineRow(item: DeskTimelineItem) -> impl IntoView {
    let locale = use_locale();
    let DeskTimelineItem {
        at,
        actor_role,
        kind,
        status_after,
        note,
        photos,
    } = item;
    view! {
        <li>
            <time datetime=at.to_rfc3339()>{format_moment(&at)}</time>
            <strong>{move || kind.label().get(locale.get())}</strong>
            <span class="status-after">
                {move || {
                    format!(
                        "{} · {}",
                        actor_role.label().get(locale.get()),
                        status_after.label().get(locale.get()),
                    )
                }}
            </span>
            {note.map(|note| view! { <DeskNote kind note/> })}
            <PhotoStrip photos/>
        </li>
    }
}

/// A timeline note: a field report with its parts labelled, any other note as written.
#[component]
fn DeskNote(kind: EntryKind, note: String) -> impl IntoView {
    let report = (kind == EntryKind::FieldReport)
        .then(|| FieldReport::from_note(&note))
        .flatten();
    match report {
        Some(report) => view! {
            <dl class="note field-report" data-testid="field-report">
                <dt>{tr(FieldReport::DATE_LABEL)}</dt>
                <dd>{report.visited_on().format("%d-%m-%Y").to_string()}</dd>
                <dt>{tr(FieldReport::VISITORS_LABEL)}</dt>
                <dd>{report.visitors().to_owned()}</dd>
                <dt>{tr(FieldReport::FINDINGS_LABEL)}</dt>
                <dd class="complaint-text">{report.findings().to_owned()}</dd>
            </dl>
        }
        .into_any(),
        None => view! { <p class="note">{note}</p> }.into_any(),
    }
}
