//! The complaint's timeline as the desk reads it, internal notes included.

use super::*;
use crate::api::desk::DeskTimelineItem;
use crate::components::language::{tr, use_locale};
use crate::components::photos::PhotoStrip;
use crate::domain::complaint::Visibility;
use crate::domain::desk_list::Choice;
use crate::domain::status::ActionKind;
use crate::domain::timeline::{EntryKind, FieldReport};
use crate::i18n::Locale;
use crate::i18n::moment::format_moment;

/// One entry: when, what, who (the officer by name, with their role), the status it left, and
/// its note in people's words (a verification's visibility and a dispatch's agency by name).
#[component]
pub(super) fn DeskTimelineRow(
    item: DeskTimelineItem,
    agencies: Vec<Choice>,
    /// Where on the page the row is (`riwayat`, `baca`): its photos' ids start with it.
    scope: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let DeskTimelineItem {
        at,
        actor_role,
        officer,
        kind,
        status_after,
        note,
        photos,
    } = item;
    let who = move || who_acted(officer.as_deref(), actor_role, locale.get());
    view! {
        <li>
            <time datetime=at.to_rfc3339()>{format_moment(&at)}</time>
            <strong>{move || kind.label().get(locale.get())}</strong>
            <span class="status-after" data-testid="timeline-who">
                {move || format!("{} · {}", who(), status_after.label().get(locale.get()))}
            </span>
            {note.map(|note| view! { <DeskNote kind note agencies/> })}
            <PhotoStrip photos name=format!("{scope}-{}", at.timestamp_micros())/>
        </li>
    }
}

/// Who took a step: the officer by name with their role, or the role alone (the reporter, the
/// system).
pub(super) fn who_acted(
    officer: Option<&str>,
    role: crate::domain::status::Role,
    locale: Locale,
) -> String {
    let role = role.label().get(locale);
    match officer {
        Some(name) => format!("{name} ({role})"),
        None => role.to_owned(),
    }
}

/// A stored note as people read it: a verification's visibility by its label, a dispatch's
/// agency by its name (then the desk's instruction, if any); anything else as written.
pub(super) fn readable_note(
    kind: EntryKind,
    note: &str,
    agencies: &[Choice],
    locale: Locale,
) -> String {
    match kind.action() {
        Some(ActionKind::Verify) => Visibility::ALL
            .into_iter()
            .find(|visibility| visibility.code() == note)
            .map_or_else(
                || note.to_owned(),
                |visibility| visibility.label().get(locale).to_owned(),
            ),
        Some(ActionKind::Dispatch) => {
            let (agency, instruction) = note.split_once('\n').unwrap_or((note, ""));
            let name = agencies
                .iter()
                .find(|choice| choice.code == agency)
                .map_or(agency, |choice| choice.name(locale));
            if instruction.is_empty() {
                name.to_owned()
            } else {
                format!("{name}\n{instruction}")
            }
        }
        _ => note.to_owned(),
    }
}

/// A timeline note: a field report with its parts labelled, any other note in people's words
/// ([`readable_note`]).
#[component]
fn DeskNote(kind: EntryKind, note: String, agencies: Vec<Choice>) -> impl IntoView {
    let locale = use_locale();
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
        None => view! {
            <p class="note">{move || readable_note(kind, &note, &agencies, locale.get())}</p>
        }
        .into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agencies() -> Vec<Choice> {
        vec![Choice {
            code: "dishub".to_owned(),
            name_id: "Dinas Perhubungan".to_owned(),
            name_en: "Transport Agency".to_owned(),
        }]
    }

    #[test]
    fn a_verification_shows_its_visibility_and_a_dispatch_its_agency_by_name() {
        let verify = EntryKind::Action(ActionKind::Verify);
        assert_eq!(
            readable_note(verify, "public", &agencies(), Locale::Id),
            Visibility::Public.label().get(Locale::Id)
        );
        let dispatch = EntryKind::Action(ActionKind::Dispatch);
        assert_eq!(
            readable_note(dispatch, "dishub", &agencies(), Locale::En),
            "Transport Agency"
        );
        assert_eq!(
            readable_note(dispatch, "dishub\nCek lampu", &agencies(), Locale::Id),
            "Dinas Perhubungan\nCek lampu"
        );
        // An agency no longer on the list keeps its code; other notes stay as written.
        assert_eq!(
            readable_note(dispatch, "lama", &agencies(), Locale::Id),
            "lama"
        );
        let reject = EntryKind::Action(ActionKind::Reject);
        assert_eq!(
            readable_note(reject, "public", &agencies(), Locale::Id),
            "public"
        );
    }
}
