//! The reporter's erasure request as the main desk decides it ([`crate::domain::erasure`]).

use crate::components::language::{tr, use_locale};
use crate::domain::erasure::{ANSWER_MIN_CHARS, ErasureDecision, ErasureState, TEXT_MAX_CHARS};
use crate::i18n::moment::format_moment;
use crate::i18n::ui;
use leptos::prelude::*;

/// Where the request stands, the reporter's reason, and while it waits the two decisions.
#[component]
pub(super) fn ErasureRequest(
    state: ErasureState,
    reason: Option<String>,
    url: String,
    offset: chrono::FixedOffset,
) -> impl IntoView {
    let locale = use_locale();
    let reason = reason.map(|reason| {
        view! {
            <p data-testid="erasure-reason">
                {tr(ui::DESK_ERASURE_REASON)} " " <q class="complaint-text">{reason}</q>
            </p>
        }
    });
    let due = match &state {
        ErasureState::Pending { due, .. } => {
            let due = due.with_timezone(&offset);
            Some(view! {
                <p data-testid="erasure-due">
                    {move || {
                        ui::DESK_ERASURE_PENDING
                            .get(locale.get())
                            .replace("{due}", &format_moment(&due))
                    }}
                </p>
            })
        }
        _ => None,
    };
    let body = match state {
        ErasureState::Pending { .. } => view! {
            <p class="hint">{tr(ui::DESK_ERASURE_HINT)}</p>
            <form method="post" action=url.clone() class="desk-action">
                <input type="hidden" name="keputusan" value="setuju"/>
                <button class="button danger" type="submit">
                    {tr(ui::DESK_ERASURE_APPROVE)}
                </button>
            </form>
            <form method="post" action=url class="desk-action">
                <input type="hidden" name="keputusan" value="tolak"/>
                <label for="erasure-answer">{tr(ErasureDecision::ANSWER_LABEL)}</label>
                <textarea
                    id="erasure-answer"
                    name="jawaban"
                    rows="3"
                    required
                    minlength=ANSWER_MIN_CHARS.to_string()
                    maxlength=TEXT_MAX_CHARS.to_string()
                ></textarea>
                <button class="button" type="submit">
                    {tr(ui::DESK_ERASURE_REFUSE)}
                </button>
            </form>
        }
        .into_any(),
        ErasureState::Held => {
            view! { <p data-testid="erasure-decided">{tr(ui::TRACK_ERASURE_HELD)}</p> }.into_any()
        }
        ErasureState::Erased => {
            view! { <p data-testid="erasure-decided">{tr(ui::TRACK_ERASURE_DONE)}</p> }.into_any()
        }
        ErasureState::Refused { answer } => view! {
            <p data-testid="erasure-decided">{tr(ui::DESK_ERASURE_REFUSED)}</p>
            <p class="complaint-text">{answer}</p>
        }
        .into_any(),
        ErasureState::NotAsked => ().into_any(),
    };
    view! {
        <section class="notice" data-testid="erasure-request">
            <h2>{tr(ui::DESK_ERASURE_HEADING)}</h2>
            {due}
            {reason}
            {body}
        </section>
    }
}
