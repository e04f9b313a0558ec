//! What the officer deciding on an answer reads first (the agency's head approving the draft,
//! the main desk validating it): the agency's latest answer with its photos and the latest field
//! report, beside the buttons rather than at the bottom of the history.

use super::timeline::DeskTimelineRow;
use crate::api::desk::DeskTimelineItem;
use crate::components::language::tr;
use crate::domain::status::ActionKind;
use crate::domain::timeline::EntryKind;
use crate::i18n::ui;
use leptos::prelude::*;

/// The entries to read before deciding on an answer.
#[derive(Clone, Debug)]
pub(super) struct ReadFirst {
    entries: Vec<DeskTimelineItem>,
}

impl ReadFirst {
    /// The latest answer and field report of `timeline`, when `actions` decide on an answer
    /// (the head approves or returns the draft, the main desk validates or sends it back) and
    /// there is one of them.
    pub(super) fn from_timeline(
        timeline: &[DeskTimelineItem],
        actions: &[ActionKind],
    ) -> Option<ReadFirst> {
        let decides = actions.iter().any(|kind| {
            matches!(
                kind,
                ActionKind::Approve
                    | ActionKind::ReturnDraft
                    | ActionKind::Validate
                    | ActionKind::SendBack
            )
        });
        if !decides {
            return None;
        }
        let latest = |kind: EntryKind| {
            timeline
                .iter()
                .rev()
                .find(|item| item.kind == kind)
                .cloned()
        };
        let entries: Vec<DeskTimelineItem> = [
            latest(EntryKind::Action(ActionKind::ProposeResolution)),
            latest(EntryKind::FieldReport),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!entries.is_empty()).then_some(ReadFirst { entries })
    }
}

/// The entries, as the timeline shows them.
#[component]
pub(super) fn ReadFirstView(read_first: ReadFirst) -> impl IntoView {
    view! {
        <section class="read-first" data-testid="read-first">
            <h3>{tr(ui::DESK_READ_FIRST)}</h3>
            <ol class="timeline">
                {read_first
                    .entries
                    .into_iter()
                    .map(|item| view! { <DeskTimelineRow item agencies=Vec::new() scope="baca"/> })
                    .collect_view()}
            </ol>
        </section>
    }
}
