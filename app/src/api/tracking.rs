//! The reporter's tracking view of a complaint: status, SOP clock, timeline and photos.
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::ApiError;
use crate::domain::sop::TimeStandard;
use crate::domain::status::Status;
use crate::domain::timeline::EntryKind;
use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A complaint as its reporter follows it. Never carries the reporter's name, NIK, phone or
/// e-mail, nor an officer's name or an internal note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tracking {
    /// The tracking code.
    pub tracking_code: String,
    /// The title the reporter gave.
    pub title: String,
    /// What the reporter wrote.
    pub content: String,
    /// The address the reporter gave.
    pub address: String,
    /// Where it stands.
    pub status: Status,
    /// When it was filed, in the desk's time zone.
    pub filed_at: DateTime<FixedOffset>,
    /// The agency (OPD) in charge, once dispatched.
    pub agency: Option<String>,
    /// The SOP's time standards of the current step (empty when none runs).
    pub standards: Vec<TimeStandard>,
    /// When the current step is due by the SOP, in the desk's time zone.
    pub deadline: Option<DateTime<FixedOffset>>,
    /// When it closes without the reporter's reply, while it waits for them (to confirm an
    /// answer, or to complete what was returned) and the SOP profile does not wait for ever.
    #[serde(default)]
    pub closes_at: Option<DateTime<FixedOffset>>,
    /// How often the reporter rejected an answer.
    pub reopen_count: u32,
    /// The office watching over it after repeated rejections, if it is.
    pub oversight: Option<String>,
    /// The star rating the reporter gave on confirming, while the portal asked for one (retired
    /// for the satisfaction survey).
    pub rating: Option<u8>,
    /// The agency's latest validated answer.
    pub answer: Option<String>,
    /// Every step so far, oldest first.
    pub timeline: Vec<TimelineItem>,
    /// Addresses of the complaint's photos.
    pub photos: Vec<String>,
    /// Whether the reporter is asked to confirm or reject an answer now.
    pub can_answer: bool,
    /// Whether the reporter may still withdraw it.
    pub can_withdraw: bool,
    /// Whether the desk returned it for the reporter to complete.
    pub can_complete: bool,
    /// The agency's question, while it waits for the reporter's clarification.
    pub question: Option<String>,
    /// The title and text others see, when the desk removed personal details from them.
    pub public_text: Option<(String, String)>,
    /// Whether the reporter's request to remove personal details waits for the desk.
    pub redaction_pending: bool,
    /// Where the satisfaction survey stands.
    #[serde(default)]
    pub survey: SurveyOffer,
    /// Where the reporter's request to erase their data stands.
    pub erasure: crate::domain::erasure::ErasureState,
}

/// Where a complaint's satisfaction survey stands for its reporter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SurveyOffer {
    /// Not offered: the complaint is open, or closed without an answer.
    #[default]
    NotOffered,
    /// Offered and not yet answered.
    Open,
    /// Answered.
    Answered,
}

/// One step of the timeline, as the reporter sees it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineItem {
    /// When, in the desk's time zone.
    pub at: DateTime<FixedOffset>,
    /// What was done.
    pub kind: EntryKind,
    /// The status it led to.
    pub status_after: Status,
    /// The public note (why it was returned, the reporter's own reason or comment, the
    /// SP4N-LAPOR! number); internal notes are left out.
    pub note: Option<String>,
    /// Addresses of the photos added with it (the reporter's, with a rejection).
    pub photos: Vec<String>,
}

/// The complaint with tracking `code`, for a browser holding its access cookie.
///
/// An unknown code and a missing or expired cookie both answer [`ApiError::Forbidden`], so the
/// page asks for the PIN either way and nobody learns which codes exist.
#[server(endpoint = "complaints/track")]
pub async fn track_complaint(code: String) -> Result<Tracking, ApiError> {
    use crate::auth::reporter;
    use crate::domain::status::{ActionKind, Role};
    use crate::domain::tracking_code::TrackingCode;
    use crate::storage::complaints;

    let state = super::state()?;
    let now = chrono::Utc::now();
    let code = TrackingCode::parse(&code).map_err(|_| ApiError::Forbidden)?;
    let complaint = complaints::find_for_reporter(&state.db, &code)
        .await
        .map_err(super::unexpected)?
        .ok_or(ApiError::Forbidden)?;
    let parts = use_context::<axum::http::request::Parts>()
        .ok_or_else(|| super::unexpected("request parts missing from the context"))?;
    if !reporter::has_access(&state, &parts.headers, &complaint, now) {
        return Err(ApiError::Forbidden);
    }
    let timeline = complaints::timeline(&state.db, complaint.id)
        .await
        .map_err(super::unexpected)?;
    let survey = {
        let survey = crate::storage::satisfaction::state(&state.db, complaint.id)
            .await
            .map_err(super::unexpected)?;
        if survey.surveyed {
            SurveyOffer::Answered
        } else if crate::domain::satisfaction::is_offered(complaint.status, survey.answered) {
            SurveyOffer::Open
        } else {
            SurveyOffer::NotOffered
        }
    };
    let (erasure, _) = crate::storage::erasure::state(&state.db, complaint.id)
        .await
        .map_err(super::unexpected)?;

    let offset = state.utc_offset;
    let local = |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&offset);
    let step = complaint.status.current_step();
    // Timed by the version of the SOP it was filed under.
    let sop = state.sop.pinned(complaint.sop.as_ref());
    let timeline = public_timeline(timeline, local, |position| {
        format!("/lacak/{code}/foto/{position}")
    });
    Ok(Tracking {
        tracking_code: code.to_string(),
        title: complaint.title,
        content: complaint.content,
        address: complaint.address,
        status: complaint.status,
        filed_at: local(complaint.created_at),
        agency: complaint.agency_name,
        standards: step.map(|step| sop.standards(step)).unwrap_or_default(),
        deadline: sop.status_deadline(complaint.status, local(complaint.status_since)),
        closes_at: {
            let since = local(complaint.status_since);
            match complaint.status {
                Status::AwaitingReporter => sop.no_answer_deadline(since),
                Status::ReturnedToReporter => {
                    sop.completion_deadlines(since).map(|(_, closes)| closes)
                }
                _ => None,
            }
        },
        reopen_count: complaint.reopen_count,
        oversight: sop
            .watching(&crate::domain::status::ComplaintState::restore(
                complaint.status,
                complaint.reopen_count,
            ))
            .map(str::to_owned),
        rating: complaint.rating,
        answer: timeline
            .iter()
            .rev()
            .find(|item| item.kind == EntryKind::Action(ActionKind::Validate))
            .and_then(|item| item.note.clone()),
        question: (complaint.status == Status::AwaitingClarification)
            .then(|| {
                timeline
                    .iter()
                    .rev()
                    .find(|item| item.kind == EntryKind::Action(ActionKind::RequestClarification))
                    .and_then(|item| item.note.clone())
            })
            .flatten(),
        timeline,
        photos: complaint
            .photo_positions
            .iter()
            .map(|position| format!("/lacak/{code}/foto/{position}"))
            .collect(),
        can_answer: complaint.status == Status::AwaitingReporter,
        can_complete: complaint.status == Status::ReturnedToReporter,
        can_withdraw: complaint
            .status
            .available_actions(Role::Reporter)
            .contains(&ActionKind::Withdraw),
        public_text: complaint.public_text,
        redaction_pending: complaint.redaction_pending,
        survey,
        erasure,
    })
}

/// The timeline as the reporter may read it: every step but the officers' internal records, with
/// only the public notes and the reporter's own photos, and at each validation the answer it
/// validated with its photos (the last one proposed before it; answers sent back for fixing stay
/// internal). A field visit shows as having happened, without its report; an approval the portal
/// passed on itself, where the SOP has none, does not show.
#[cfg(feature = "ssr")]
pub(crate) fn public_timeline(
    entries: Vec<crate::storage::complaints::TimelineEntry>,
    local: impl Fn(chrono::DateTime<chrono::Utc>) -> DateTime<FixedOffset>,
    photo_url: impl Fn(u32) -> String,
) -> Vec<TimelineItem> {
    use crate::domain::status::{ActionKind, Role};
    let mut proposed: Option<(Option<String>, Vec<u32>)> = None;
    entries
        .into_iter()
        .filter(|entry| !entry.kind.is_internal())
        .filter(|entry| {
            !(entry.actor_role == Role::System && entry.kind.action() == Some(ActionKind::Approve))
        })
        .map(|entry| {
            let (note, photos) = match entry.kind.action() {
                Some(ActionKind::ProposeResolution) => {
                    proposed = Some((entry.note, entry.photo_positions));
                    (None, Vec::new())
                }
                Some(ActionKind::Validate) => proposed.take().unwrap_or_default(),
                _ if entry.actor_role == Role::Reporter => (
                    entry.note.filter(|_| entry.kind.note_is_public()),
                    entry.photo_positions,
                ),
                _ => (
                    entry.note.filter(|_| entry.kind.note_is_public()),
                    Vec::new(),
                ),
            };
            let photos = photos.into_iter().map(&photo_url).collect();
            TimelineItem {
                at: local(entry.at),
                kind: entry.kind,
                status_after: entry.status_after,
                note,
                photos,
            }
        })
        .collect()
}
