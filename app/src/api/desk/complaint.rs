//! One complaint as the desk works on it, and the whole NIK for the main desk (recorded).
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::super::ApiError;
use super::OfficerSummary;
use crate::domain::desk_list::Choice;
use crate::domain::sop::TimeStandard;
use crate::domain::status::{ActionKind, Role, Status};
use crate::domain::timeline::EntryKind;
use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What an officer may see of the reporter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReporterDetails {
    /// Name.
    pub name: String,
    /// Phone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Home address, where the SOP asked for it.
    #[serde(default)]
    pub home_address: Option<String>,
    /// The social media account the complaint came from, where the SOP asked for it.
    #[serde(default)]
    pub social_media_account: Option<String>,
    /// NIK, masked (`3503••••••••0001`).
    pub nik_masked: String,
}

/// One timeline step, as officers see it (every note).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeskTimelineItem {
    /// When.
    pub at: DateTime<FixedOffset>,
    /// Who, by role.
    pub actor_role: Role,
    /// The officer who took it, by name, if an officer did.
    pub officer: Option<String>,
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
    /// The village the desk's intake placed it in, by name.
    #[serde(default)]
    pub village: Option<String>,
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
    /// The category's name in each language (Indonesian, English).
    pub category_name: Option<(String, String)>,
    /// The topic within the category, where the SOP asked for it.
    #[serde(default)]
    pub topic: Option<String>,
    /// The agency's name.
    pub agency: Option<String>,
    /// The reporter, unless the complaint is anonymous and the officer is not the main desk.
    pub reporter: Option<ReporterDetails>,
    /// Filed at: when it arrived, for one the desk entered later.
    pub filed_at: DateTime<FixedOffset>,
    /// When the desk entered a complaint that came by another channel, and whether that was
    /// later than the SOP's intake row allows.
    pub entered: Option<(DateTime<FixedOffset>, bool)>,
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
    /// The reporter's erasure request and their reason, for the main desk only.
    #[serde(default)]
    pub erasure: Option<(crate::domain::erasure::ErasureState, Option<String>)>,
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
    /// The agencies: the dispatch form's choices, and the names of the timeline's dispatches.
    pub agencies: Vec<Choice>,
    /// The agency the complaint's category is usually dispatched to, chosen first on the
    /// dispatch form.
    #[serde(default)]
    pub default_agency: Option<String>,
    /// The officer it is assigned to, by name.
    pub assignee: Option<String>,
    /// The officers this officer may give it to now (id, name): none when they may not assign.
    pub assignable: Vec<(i64, String)>,
    /// When tracking by PIN was locked for too many wrong PINs, if it was in the last day: the
    /// reporter was told; the desk can reassure them or help them in.
    pub pin_locked_at: Option<DateTime<FixedOffset>>,
    /// The office whose desk this is (the SOP profile's government), for printed files.
    #[serde(default)]
    pub office: String,
    /// When the reporter's personal data was removed after the retention period, if it was:
    /// there is no reporter to show.
    #[serde(default)]
    pub anonymised_at: Option<DateTime<FixedOffset>>,
}

/// One complaint on the desk, for an officer who may see it.
#[server(endpoint = "desk/complaint")]
pub async fn desk_complaint(code: String) -> Result<ComplaintOnDesk, ApiError> {
    use crate::domain::complaint::Visibility;
    use crate::storage::{complaints, desk_lists};

    let (state, crate::auth::extract::Officer(officer)) =
        crate::api::extract::<crate::auth::extract::Officer>().await?;
    let (code, record) = server::on_desk(&state, &officer, &code).await?;
    let timeline = complaints::timeline(&state.db, record.id)
        .await
        .map_err(crate::api::unexpected)?;
    let main_desk = officer.scope.role == crate::domain::officer::OfficerRole::MainDesk;
    let erasure = if main_desk {
        let (state, reason) = crate::storage::erasure::state(&state.db, record.id)
            .await
            .map_err(crate::api::unexpected)?;
        (state != crate::domain::erasure::ErasureState::NotAsked).then_some((state, reason))
    } else {
        None
    };
    let anonymous = record.visibility == Visibility::Anonymous.code();
    let reporter =
        ((main_desk || !anonymous) && record.anonymised_at.is_none()).then(|| ReporterDetails {
            name: record.reporter_name.clone(),
            phone: record.phone.clone(),
            email: record.email.clone(),
            home_address: record.reporter_address.clone(),
            social_media_account: record.social_media_account.clone(),
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
    let may_assign = officer.scope.role.acting_role().is_some_and(|role| {
        crate::domain::timeline::EntryKind::Assigned.may_record(role, record.status)
    });
    let assignable = if may_assign {
        crate::storage::officers::accounts(&state.db)
            .await
            .map_err(crate::api::unexpected)?
            .into_iter()
            .filter(|account| account.active && officer.scope.may_assign_to(&account.scope))
            .map(|account| (account.id.0, account.display_name))
            .collect()
    } else {
        Vec::new()
    };
    let templates = crate::storage::templates::offered(&state.db, record.category.as_deref())
        .await
        .map_err(crate::api::unexpected)?
        .into_iter()
        .filter(|template| actions.contains(&template.action))
        .map(|template| TemplateChoice {
            action: template.action,
            title: template.title,
            body: template.body,
        })
        .collect();
    // The dispatch form's choices, and the names the timeline gives its dispatches.
    let agencies = desk_lists::agencies(&state.db)
        .await
        .map_err(crate::api::unexpected)?
        .into_iter()
        .map(Choice::from)
        .collect();
    let default_agency = match (&record.category, actions.contains(&ActionKind::Dispatch)) {
        (Some(category), true) => desk_lists::default_agencies(&state.db)
            .await
            .map_err(crate::api::unexpected)?
            .remove(category),
        _ => None,
    };
    let local = |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&state.utc_offset);
    let pin_locked_at = crate::storage::reminders::pin_locked_since(
        &state.db,
        record.id,
        chrono::Utc::now() - chrono::Duration::days(1),
    )
    .await
    .map_err(crate::api::unexpected)?
    .map(local);
    // Timed by the version of the SOP it was filed under.
    let clock = state.step_clock().pinned(record.sop.as_ref());
    let sop = clock.sop.clone();
    Ok(ComplaintOnDesk {
        anonymised_at: record.anonymised_at.map(local),
        office: sop.name.clone(),
        pin_locked_at,
        officer: OfficerSummary::of(&officer),
        tracking_code: code.to_string(),
        title: record.title,
        content: record.content,
        address: record.address,
        village: record.village,
        latitude: record.latitude,
        longitude: record.longitude,
        status: record.status,
        visibility: record.visibility,
        channel: record.channel,
        category_name: record.category_name,
        topic: record.topic,
        category: record.category,
        agency: record.agency_name,
        reporter,
        filed_at: local(record.created_at),
        entered: record.entered_at.map(|entered| {
            let late = clock
                .intake_due(record.created_at)
                .is_some_and(|(_, due)| entered > due);
            (local(entered), late)
        }),
        standards: record
            .status
            .current_step()
            .map(|step| sop.standards(step))
            .unwrap_or_default(),
        deadline: sop.status_deadline(record.status, local(record.status_since)),
        reopen_count: record.reopen_count,
        oversight: sop
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
                officer: entry.officer_name,
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
        erasure,
        duplicate_of: record.duplicate_of,
        duplicates: record.duplicates,
        assignee: record.assignee,
        assignable,
        records: officer
            .scope
            .role
            .acting_role()
            .map(|role| {
                EntryKind::OFFICER_RECORDS
                    .into_iter()
                    .filter(|kind| kind.may_record(role, record.status))
                    .collect()
            })
            .unwrap_or_default(),
        templates,
        actions,
        agencies,
        default_agency,
    })
}

/// The whole NIK of the complaint's reporter, for the main desk only; every reveal is recorded
/// (who, which complaint, when) before the NIK is returned.
#[server(endpoint = "desk/reveal-nik")]
pub async fn reveal_nik(code: String) -> Result<String, ApiError> {
    use crate::storage::desk;

    let (state, crate::auth::extract::MainDesk(officer)) =
        crate::api::extract::<crate::auth::extract::MainDesk>().await?;
    let (_, record) = server::on_desk(&state, &officer, &code).await?;
    if record.anonymised_at.is_some() {
        return Err(ApiError::NotFound);
    }
    let nik = state
        .protector
        .open_nik(&record.nik_sealed)
        .map_err(crate::api::unexpected)?;
    desk::record_nik_reveal(&state.db, officer.id, record.id, chrono::Utc::now())
        .await
        .map_err(crate::api::unexpected)?;
    tracing::info!(
        officer = officer.id.0,
        "NIK revealed (recorded on the complaint)"
    );
    Ok(nik.as_str().to_owned())
}

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::domain::tracking_code::TrackingCode;
    use crate::state::AppState;
    use crate::storage::desk::DeskRecord;
    use crate::storage::officers::SessionOfficer;

    /// The complaint with `code` as the desk reads it, if `officer` may see it: not found alike
    /// for a code that does not exist and one outside their scope.
    pub(super) async fn on_desk(
        state: &AppState,
        officer: &SessionOfficer,
        code: &str,
    ) -> Result<(TrackingCode, DeskRecord), ApiError> {
        let code = crate::auth::scope::visible_complaint(state, officer, code)
            .await
            .ok_or(ApiError::NotFound)?;
        let record = crate::storage::desk::find(&state.db, &code)
            .await
            .map_err(crate::api::unexpected)?
            .ok_or(ApiError::NotFound)?;
        Ok((code, record))
    }
}
