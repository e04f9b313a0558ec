//! Server functions of the officers' desk. Each checks the session and the officer's scope on the
//! server: without a session they answer [`ApiError::Forbidden`], and a complaint outside the
//! officer's agency is [`ApiError::NotFound`], exactly like one that does not exist.
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::ApiError;
use crate::domain::desk_list::Choice;
use crate::domain::officer::OfficerRole;
use crate::domain::sop::TimeStandard;
use crate::domain::status::{ActionKind, Role, Status};
use crate::domain::timeline::EntryKind;
use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The signed-in officer, as pages show them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerSummary {
    /// Their name.
    pub display_name: String,
    /// Their role.
    pub role: OfficerRole,
    /// Their agency's code.
    pub agency: Option<String>,
}

/// One line of the queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    /// Tracking code.
    pub tracking_code: String,
    /// Title.
    pub title: String,
    /// Status.
    pub status: Status,
    /// When it was filed, in the desk's time zone.
    pub filed_at: DateTime<FixedOffset>,
    /// When the current step is due.
    pub deadline: Option<DateTime<FixedOffset>>,
    /// Past its deadline.
    pub overdue: bool,
    /// Due today.
    pub due_today: bool,
    /// Whether this officer has an action to take now.
    pub waiting_for_me: bool,
    /// The agency's name.
    pub agency: Option<String>,
    /// Times reopened by the reporter.
    pub reopen_count: u32,
    /// The office watching over it after repeated rejections, if it is.
    pub oversight: Option<String>,
}

/// The officer's queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Queue {
    /// Who is looking.
    pub officer: OfficerSummary,
    /// The complaints, waiting for this officer first, then by nearest deadline.
    pub items: Vec<QueueItem>,
    /// The words searched for, to show in the search field again.
    pub search: Option<String>,
}

/// What an officer may see of the reporter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReporterDetails {
    /// Name.
    pub name: String,
    /// Phone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// NIK, masked (`3503••••••••0001`).
    pub nik_masked: String,
}

/// One timeline step, as officers see it (every note).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeskTimelineItem {
    /// When.
    pub at: DateTime<FixedOffset>,
    /// Who.
    pub actor_role: Role,
    /// What.
    pub kind: EntryKind,
    /// The status it led to.
    pub status_after: Status,
    /// The note.
    pub note: Option<String>,
    /// Addresses of the photos added with it.
    pub photos: Vec<String>,
}

/// A response template offered on a written step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateChoice {
    /// The step it fills.
    pub action: ActionKind,
    /// Its title.
    pub title: String,
    /// Its text.
    pub body: String,
}

/// A complaint on the desk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComplaintOnDesk {
    /// Who is looking.
    pub officer: OfficerSummary,
    /// Tracking code.
    pub tracking_code: String,
    /// Title.
    pub title: String,
    /// Text.
    pub content: String,
    /// Address of the incident.
    pub address: String,
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
    /// Status.
    pub status: Status,
    /// Visibility code: the reporter's wish before verification, the desk's decision after.
    pub visibility: String,
    /// Channel code.
    pub channel: String,
    /// Category code.
    pub category: Option<String>,
    /// The agency's name.
    pub agency: Option<String>,
    /// The reporter, unless the complaint is anonymous and the officer is not the main desk.
    pub reporter: Option<ReporterDetails>,
    /// Filed at.
    pub filed_at: DateTime<FixedOffset>,
    /// The current step's SOP standards.
    pub standards: Vec<TimeStandard>,
    /// The current step's deadline.
    pub deadline: Option<DateTime<FixedOffset>>,
    /// Times reopened.
    pub reopen_count: u32,
    /// The office watching over it after repeated rejections, if it is.
    pub oversight: Option<String>,
    /// The timeline.
    pub timeline: Vec<DeskTimelineItem>,
    /// Photo addresses.
    pub photos: Vec<String>,
    /// The title and text others see, when the desk removed personal details from them.
    pub public_text: Option<(String, String)>,
    /// The filed photos as the redaction form offers them: position, original's address, and
    /// the public copy's address if the desk made one.
    pub photo_copies: Vec<(u32, String, Option<String>)>,
    /// The reporter's unhandled requests to remove personal details (when, what): shown to the
    /// main desk only, since they may quote the very detail.
    pub redaction_requests: Vec<(DateTime<FixedOffset>, String)>,
    /// Whether this officer may set the public version of the title and text.
    pub can_redact: bool,
    /// The tracking code of the complaint this one was merged into, if it was.
    pub duplicate_of: Option<String>,
    /// The tracking codes of the complaints merged into this one.
    pub duplicates: Vec<String>,
    /// What this officer may do now.
    pub actions: Vec<ActionKind>,
    /// The records (internal note, field report) this officer may add now.
    pub records: Vec<EntryKind>,
    /// Ready texts for this officer's written steps, this category's first.
    pub templates: Vec<TemplateChoice>,
    /// Agencies to dispatch to.
    pub agencies: Vec<Choice>,
    /// When tracking by PIN was locked for too many wrong PINs, if it was in the last day: the
    /// reporter was told; the desk can reassure them or help them in.
    pub pin_locked_at: Option<DateTime<FixedOffset>>,
}

#[cfg(feature = "ssr")]
impl OfficerSummary {
    /// `officer` as pages show them.
    pub fn of(officer: &crate::storage::officers::SessionOfficer) -> OfficerSummary {
        OfficerSummary {
            display_name: officer.display_name.clone(),
            role: officer.scope.role,
            agency: officer.scope.agency.clone(),
        }
    }
}

/// The queue page's filters, as typed (empty: any).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueQuery {
    /// A status code.
    pub status: Option<String>,
    /// Words in the title or text (machine clients; the queue page sends `search_handle`).
    pub search: Option<String>,
    /// The handle the queue page's search was kept under (`q`): the words never travel in a URL.
    #[serde(default)]
    pub search_handle: Option<String>,
    /// A category code.
    pub category: Option<String>,
    /// An agency code (the main desk's filter).
    pub agency: Option<String>,
    /// A channel code.
    pub channel: Option<String>,
    /// Filed on or after this day (`YYYY-MM-DD`, the desk's time zone).
    pub from: Option<String>,
    /// Filed on or before this day.
    pub to: Option<String>,
}

/// The signed-in officer, as pages show them.
#[server(endpoint = "desk/officer")]
pub async fn desk_officer() -> Result<OfficerSummary, ApiError> {
    let (_, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
    Ok(OfficerSummary::of(&officer))
}

/// The signed-in officer's queue, narrowed by the queue page's filters (empty or absent: any).
#[server(endpoint = "desk/queue")]
pub async fn desk_queue(filter: QueueQuery) -> Result<Queue, ApiError> {
    use crate::storage::desk::{self, QueueFilter};

    let (state, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
    let given = |value: Option<String>| {
        value
            .map(|value| value.trim().to_owned())
            .filter(|value| !value.is_empty())
    };
    let day = |value: Option<String>, days_after: i64| {
        given(value)
            .map(|value| {
                chrono::NaiveDate::parse_from_str(&value, "%Y-%m-%d")
                    .map_err(|_| ApiError::Validation(format!("not a date: {value:?}")))
                    .map(|date| {
                        (date + chrono::Days::new(u64::try_from(days_after).unwrap_or(0)))
                            .and_time(chrono::NaiveTime::MIN)
                            .and_local_timezone(state.utc_offset)
                            .single()
                            .map(|at| at.with_timezone(&chrono::Utc))
                    })
            })
            .transpose()
            .map(Option::flatten)
    };
    let filter = QueueFilter {
        status: given(filter.status)
            .map(|code| {
                Status::parse_code(&code)
                    .ok_or_else(|| ApiError::Validation(format!("no status {code:?}")))
            })
            .transpose()?,
        search: match given(filter.search_handle) {
            Some(handle) => desk::find_search(&state.db, &handle, officer.id, chrono::Utc::now())
                .await
                .map_err(super::unexpected)?,
            None => given(filter.search),
        },
        category: given(filter.category),
        agency: given(filter.agency),
        channel: given(filter.channel),
        filed_from: day(filter.from.clone(), 0)?,
        filed_before: day(filter.to.clone(), 1)?,
    };
    let now = chrono::Utc::now().with_timezone(&state.utc_offset);
    let role = officer.scope.role.acting_role();
    let searched = filter.search.clone();
    let rows = desk::queue(&state.db, &officer.scope, &filter)
        .await
        .map_err(super::unexpected)?;
    let mut items: Vec<QueueItem> = rows
        .into_iter()
        .map(|row| {
            let deadline = state.sop.get().status_deadline(
                row.status,
                row.status_since.with_timezone(&state.utc_offset),
            );
            QueueItem {
                tracking_code: row.tracking_code.to_string(),
                title: row.title,
                status: row.status,
                filed_at: row.created_at.with_timezone(&state.utc_offset),
                overdue: deadline.is_some_and(|deadline| deadline < now),
                due_today: deadline.is_some_and(|deadline| {
                    deadline >= now && deadline.date_naive() == now.date_naive()
                }),
                deadline,
                waiting_for_me: role.is_some_and(|role| {
                    row.status.available_actions(role).into_iter().any(|kind| {
                        !matches!(kind, ActionKind::Withdraw | ActionKind::CloseNoAnswer)
                    })
                }),
                agency: row.agency_name,
                oversight: state
                    .sop
                    .get()
                    .watching(&crate::domain::status::ComplaintState::restore(
                        row.status,
                        row.reopen_count,
                    ))
                    .map(str::to_owned),
                reopen_count: row.reopen_count,
            }
        })
        .collect();
    items.sort_by(|a, b| {
        b.waiting_for_me
            .cmp(&a.waiting_for_me)
            .then_with(|| match (a.deadline, b.deadline) {
                (Some(a), Some(b)) => a.cmp(&b),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => a.filed_at.cmp(&b.filed_at),
            })
    });
    Ok(Queue {
        officer: OfficerSummary::of(&officer),
        items,
        search: searched,
    })
}

/// One complaint on the desk, for an officer who may see it.
#[server(endpoint = "desk/complaint")]
pub async fn desk_complaint(code: String) -> Result<ComplaintOnDesk, ApiError> {
    use crate::domain::complaint::Visibility;
    use crate::storage::{complaints, desk, desk_lists};

    let (state, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
    let code = crate::auth::scope::visible_complaint(&state, &officer, &code)
        .await
        .ok_or(ApiError::NotFound)?;
    let record = desk::find(&state.db, &code)
        .await
        .map_err(super::unexpected)?
        .ok_or(ApiError::NotFound)?;
    let timeline = complaints::timeline(&state.db, record.id)
        .await
        .map_err(super::unexpected)?;
    let main_desk = officer.scope.role == OfficerRole::MainDesk;
    let anonymous = record.visibility == Visibility::Anonymous.code();
    let reporter = (main_desk || !anonymous).then(|| ReporterDetails {
        name: record.reporter_name.clone(),
        phone: record.phone.clone(),
        email: record.email.clone(),
        nik_masked: state
            .protector
            .open_nik(&record.nik_sealed)
            .map(|nik| nik.masked())
            .unwrap_or_else(|_| "••••".to_owned()),
    });
    let actions: Vec<ActionKind> = officer
        .scope
        .role
        .acting_role()
        .map(|role| {
            record
                .status
                .available_actions(role)
                .into_iter()
                .filter(|kind| !matches!(kind, ActionKind::CloseNoAnswer))
                .collect()
        })
        .unwrap_or_default();
    let templates = crate::storage::templates::offered(&state.db, record.category.as_deref())
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .filter(|template| actions.contains(&template.action))
        .map(|template| TemplateChoice {
            action: template.action,
            title: template.title,
            body: template.body,
        })
        .collect();
    let agencies = if actions.contains(&ActionKind::Dispatch) {
        desk_lists::agencies(&state.db)
            .await
            .map_err(super::unexpected)?
            .into_iter()
            .map(Choice::from)
            .collect()
    } else {
        Vec::new()
    };
    let local = |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&state.utc_offset);
    let pin_locked_at = crate::storage::reminders::pin_locked_since(
        &state.db,
        record.id,
        chrono::Utc::now() - chrono::Duration::days(1),
    )
    .await
    .map_err(super::unexpected)?
    .map(local);
    Ok(ComplaintOnDesk {
        pin_locked_at,
        officer: OfficerSummary::of(&officer),
        tracking_code: code.to_string(),
        title: record.title,
        content: record.content,
        address: record.address,
        latitude: record.latitude,
        longitude: record.longitude,
        status: record.status,
        visibility: record.visibility,
        channel: record.channel,
        category: record.category,
        agency: record.agency_name,
        reporter,
        filed_at: local(record.created_at),
        standards: record
            .status
            .current_step()
            .map(|step| state.sop.get().standards(step).collect())
            .unwrap_or_default(),
        deadline: state
            .sop
            .get()
            .status_deadline(record.status, local(record.status_since)),
        reopen_count: record.reopen_count,
        oversight: state
            .sop
            .get()
            .watching(&crate::domain::status::ComplaintState::restore(
                record.status,
                record.reopen_count,
            ))
            .map(str::to_owned),
        timeline: timeline
            .into_iter()
            .map(|entry| DeskTimelineItem {
                at: local(entry.at),
                actor_role: entry.actor_role,
                kind: entry.kind,
                status_after: entry.status_after,
                note: entry.note,
                photos: entry
                    .photo_positions
                    .iter()
                    .map(|position| format!("/petugas/aduan/{code}/foto/{position}"))
                    .collect(),
            })
            .collect(),
        photos: record
            .photo_positions
            .iter()
            .map(|position| format!("/petugas/aduan/{code}/foto/{position}"))
            .collect(),
        public_text: record.public_text,
        photo_copies: record
            .photo_positions
            .iter()
            .map(|position| {
                let original = format!("/petugas/aduan/{code}/foto/{position}");
                let copy = record
                    .public_copies
                    .contains(position)
                    .then(|| format!("{original}?versi=umum"));
                (*position, original, copy)
            })
            .collect(),
        redaction_requests: if main_desk {
            record
                .redaction_requests
                .into_iter()
                .map(|request| (local(request.at), request.note))
                .collect()
        } else {
            Vec::new()
        },
        can_redact: main_desk,
        duplicate_of: record.duplicate_of,
        duplicates: record.duplicates,
        records: officer
            .scope
            .role
            .acting_role()
            .map(|role| {
                EntryKind::AGENCY_RECORDS
                    .into_iter()
                    .filter(|kind| kind.may_record(role, record.status))
                    .collect()
            })
            .unwrap_or_default(),
        templates,
        actions,
        agencies,
    })
}

/// The whole NIK of the complaint's reporter, for the main desk only; every reveal is recorded
/// (who, which complaint, when) before the NIK is returned.
#[server(endpoint = "desk/reveal-nik")]
pub async fn reveal_nik(code: String) -> Result<String, ApiError> {
    use crate::storage::desk;

    let (state, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
    if officer.scope.role != OfficerRole::MainDesk {
        return Err(ApiError::Forbidden);
    }
    let code = crate::auth::scope::visible_complaint(&state, &officer, &code)
        .await
        .ok_or(ApiError::NotFound)?;
    let record = desk::find(&state.db, &code)
        .await
        .map_err(super::unexpected)?
        .ok_or(ApiError::NotFound)?;
    let nik = state
        .protector
        .open_nik(&record.nik_sealed)
        .map_err(super::unexpected)?;
    desk::record_nik_reveal(&state.db, officer.id, record.id, chrono::Utc::now())
        .await
        .map_err(super::unexpected)?;
    tracing::info!(
        officer = officer.id.0,
        "NIK revealed (recorded on the complaint)"
    );
    Ok(nik.as_str().to_owned())
}

/// One agency's line of the bounce report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BounceLine {
    /// The agency's name.
    pub agency: String,
    /// Complaints dispatched to it.
    pub dispatched: u64,
    /// Dispatches it returned as not its business.
    pub returned: u64,
    /// Its answers the main desk sent back for fixing.
    pub sent_back: u64,
}

/// How often each agency bounced complaints in a period, for the main desk.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BounceReport {
    /// Who is looking.
    pub officer: OfficerSummary,
    /// The period.
    pub period: crate::domain::period::Period,
    /// One line per agency that had any.
    pub lines: Vec<BounceLine>,
}

/// The bounce report of a year (`year`; this year when `None`) or one of its months, for the
/// main desk only.
#[server(endpoint = "desk/bounces")]
pub async fn desk_bounces(year: Option<i32>, month: Option<u32>) -> Result<BounceReport, ApiError> {
    use crate::storage::statistics;

    let (state, crate::auth::extract::Officer(officer)) =
        super::extract::<crate::auth::extract::Officer>().await?;
    if officer.scope.role != OfficerRole::MainDesk {
        return Err(ApiError::Forbidden);
    }
    let period = crate::domain::period::Period::of_or_this_year(year, month, state.this_year())
        .ok_or_else(|| ApiError::Validation("no such period".to_owned()))?;
    let (from, to) = period.instants(state.utc_offset);
    let lines = statistics::bounces(&state.db, from, to)
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .map(|line| BounceLine {
            agency: line.agency,
            dispatched: line.dispatched,
            returned: line.returned,
            sent_back: line.sent_back,
        })
        .collect();
    Ok(BounceReport {
        officer: OfficerSummary::of(&officer),
        period,
        lines,
    })
}
