//! Where a complaint stands, as its reporter and the desk both see it first.

use crate::components::language::{tr, use_locale};
use crate::domain::sop::TimeStandard;
use crate::domain::status::Status;
use crate::i18n::moment::format_moment;
use crate::i18n::ui;
use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;

/// The complaint's status (with the reason it closed), when it was filed, the agency in charge,
/// the SOP's time standard for the current step and its deadline, and how often the reporter
/// reopened it; then `children`, the page's own rows (the desk's visibility and channel, the
/// reporter's rating).
#[component]
pub fn ComplaintFacts(
    /// Where it stands.
    status: Status,
    /// When it was filed.
    filed_at: DateTime<FixedOffset>,
    /// The agency in charge, once dispatched.
    agency: Option<String>,
    /// The SOP's time standards for the current step.
    standards: Vec<TimeStandard>,
    /// When the current step falls due.
    deadline: Option<DateTime<FixedOffset>>,
    /// How often the reporter rejected an answer.
    reopen_count: u32,
    /// Put before the test ids of the rows (`desk-` on the desk's page).
    #[prop(optional)]
    test_prefix: &'static str,
    /// The page's own rows, after these.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let locale = use_locale();
    let status_text = move || {
        let locale = locale.get();
        match status {
            Status::Closed(closure) => format!(
                "{} ({})",
                status.label().get(locale),
                closure.label().get(locale)
            ),
            _ => status.label().get(locale).to_owned(),
        }
    };
    let has_standard = !standards.is_empty();
    let standard_text = move || {
        standards
            .iter()
            .map(|standard| standard.describe(locale.get()))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let id = move |name: &str| format!("{test_prefix}{name}");
    view! {
        <dl class="facts">
            <dt>{tr(ui::TRACK_STATUS)}</dt>
            <dd data-testid=id("status")>{status_text}</dd>
            <dt>{tr(ui::TRACK_FILED_AT)}</dt>
            <dd>{format_moment(&filed_at)}</dd>
            <dt>{tr(ui::TRACK_AGENCY)}</dt>
            <dd data-testid=id("agency")>
                {match agency {
                    Some(name) => name.into_any(),
                    None => tr(ui::TRACK_AGENCY_PENDING).into_any(),
                }}
            </dd>
            {has_standard
                .then(|| {
                    view! {
                        <dt>{tr(ui::TRACK_STANDARD)}</dt>
                        <dd>{standard_text}</dd>
                    }
                })}
            {deadline
                .map(|deadline| {
                    view! {
                        <dt>{tr(ui::TRACK_DEADLINE)}</dt>
                        <dd data-testid=id("deadline")>{format_moment(&deadline)}</dd>
                    }
                })}
            {(reopen_count > 0)
                .then(|| {
                    view! {
                        <dt>{tr(ui::TRACK_REOPENED)}</dt>
                        <dd data-testid=id("reopened")>{format!("{reopen_count}×")}</dd>
                    }
                })}
            {children.map(|children| children())}
        </dl>
    }
}
