//! The system administrator's view: the desk's lists and the officers' accounts.

use super::ApiError;
use super::desk::OfficerSummary;
use crate::domain::officer::OfficerRole;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One entry of a desk list, inactive ones included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagedChoice {
    /// Code.
    pub code: String,
    /// Name in Bahasa Indonesia (an agency's one name).
    pub name_id: String,
    /// Name in English.
    pub name_en: String,
    /// Whether forms offer it.
    pub active: bool,
}

/// One officer account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountRow {
    /// Login name.
    pub username: String,
    /// Name.
    pub display_name: String,
    /// Role.
    pub role: OfficerRole,
    /// Agency code, for agency roles.
    pub agency: Option<String>,
    /// Where reminders reach them by e-mail, if anywhere (shown to the system administrator
    /// only, to edit it).
    pub email: Option<String>,
    /// Whether it may log in.
    pub active: bool,
}

/// One response template.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateRow {
    /// Its id.
    pub id: i64,
    /// The step it fills.
    pub action: crate::domain::status::ActionKind,
    /// The category it is for; `None` for all.
    pub category: Option<String>,
    /// Its title.
    pub title: String,
    /// Its text.
    pub body: String,
    /// Whether it is offered.
    pub active: bool,
}

/// One SOP profile's time standards, by the steps it gives a time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SopProfileSteps {
    /// The profile's id.
    pub id: String,
    /// Its latest version.
    #[serde(default)]
    pub version: u32,
    /// Each step with a time, and its standards.
    pub steps: Vec<(
        crate::domain::sop::Step,
        Vec<crate::domain::sop::TimeStandard>,
    )>,
    /// The fields it asks of a complaint beyond the portal's own.
    #[serde(default)]
    pub required_fields: crate::domain::complaint::RequiredFields,
}

/// A district as the administrator keeps it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictRow {
    /// Its code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its centre (latitude, longitude).
    pub centre: (f64, f64),
    /// Whether new complaints are placed in it.
    pub active: bool,
}

/// A village as the administrator keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VillageRow {
    /// Its code.
    pub code: String,
    /// Its district's code.
    pub district: String,
    /// Its name.
    pub name: String,
    /// Whether the intake offers it.
    pub active: bool,
}

/// What the system administrator manages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Administration {
    /// Who is looking.
    pub officer: OfficerSummary,
    /// The id of the SOP profile in force.
    pub sop_profile: String,
    /// Every SOP profile there is: id and the government's name.
    pub sop_profiles: Vec<(String, String)>,
    /// Each profile's time standards by step (id, then each step it gives a time), so the
    /// administrator reads what a profile asks before putting it in force.
    #[serde(default)]
    pub sop_steps: Vec<SopProfileSteps>,
    /// The prefix of tracking codes, from the server's settings.
    #[serde(default)]
    pub region_prefix: String,
    /// Whether an administrator has put an SOP profile in force here (rather than running on
    /// the configured default).
    #[serde(default)]
    pub sop_chosen: bool,
    /// The districts (kecamatan).
    #[serde(default)]
    pub districts: Vec<DistrictRow>,
    /// Their villages (desa / kelurahan).
    #[serde(default)]
    pub villages: Vec<VillageRow>,
    /// Complaint categories.
    pub categories: Vec<ManagedChoice>,
    /// Each category's default agency (category code to agency code), where it has one.
    #[serde(default)]
    pub default_agencies: std::collections::BTreeMap<String, String>,
    /// Agencies.
    pub agencies: Vec<ManagedChoice>,
    /// Accounts.
    pub accounts: Vec<AccountRow>,
    /// Response templates.
    pub templates: Vec<TemplateRow>,
    /// The days off under the profile in force, from the start of this year on.
    #[serde(default)]
    pub days_off: Vec<crate::domain::sop::DayOff>,
    /// The years whose days off were entered.
    #[serde(default)]
    pub calendar_years: Vec<i32>,
    /// The year nobody entered, when it runs or begins soon.
    #[serde(default)]
    pub calendar_gap: Option<crate::domain::sop::CalendarGap>,
    /// The office hours of the profile in force.
    #[serde(default)]
    pub office_hours: Option<crate::domain::sop::OfficeHours>,
    /// The privacy notice in force, if one was written.
    #[serde(default)]
    pub privacy: Option<crate::domain::privacy::PrivacyNotice>,
}

/// The desk's lists and accounts, for the system administrator only.
#[server(endpoint = "admin/overview")]
pub async fn admin_overview() -> Result<Administration, ApiError> {
    use crate::storage::desk_lists::{self, List, ManagedEntry};
    use crate::storage::officers;

    let (state, crate::auth::extract::SystemAdmin(officer)) =
        super::extract::<crate::auth::extract::SystemAdmin>().await?;
    let choices = |entries: Vec<ManagedEntry>| {
        entries
            .into_iter()
            .map(|managed| ManagedChoice {
                code: managed.entry.code,
                name_id: managed.entry.name_id,
                name_en: managed.entry.name_en,
                active: managed.active,
            })
            .collect()
    };
    let categories = desk_lists::managed(&state.db, List::Categories)
        .await
        .map_err(super::unexpected)?;
    let agencies = desk_lists::managed(&state.db, List::Agencies)
        .await
        .map_err(super::unexpected)?;
    let districts = desk_lists::managed_districts(&state.db)
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .map(|(district, active)| DistrictRow {
            code: district.code,
            name: district.name,
            centre: (district.latitude, district.longitude),
            active,
        })
        .collect();
    let villages = desk_lists::managed_villages(&state.db)
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .map(|(village, active)| VillageRow {
            code: village.code,
            district: village.district,
            name: village.name,
            active,
        })
        .collect();
    let sop_chosen = crate::storage::desk_settings::sop_profile(&state.db)
        .await
        .map_err(super::unexpected)?
        .is_some();
    let default_agencies = desk_lists::default_agencies(&state.db)
        .await
        .map_err(super::unexpected)?;
    let accounts = officers::accounts(&state.db)
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .map(|account| AccountRow {
            username: account.username,
            display_name: account.display_name,
            role: account.scope.role,
            agency: account.scope.agency,
            email: account.email,
            active: account.active,
        })
        .collect();
    let templates = crate::storage::templates::all(&state.db)
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .map(|template| TemplateRow {
            id: template.id,
            action: template.action,
            category: template.category,
            title: template.title,
            body: template.body,
            active: template.active,
        })
        .collect();
    let sop = state.sop.get();
    // The latest version of every stored profile that reads (one that does not is logged by
    // the refresh that would put it in force).
    let stored_profiles: Vec<(crate::domain::sop::SopProfile, u32)> =
        crate::storage::sop_profiles::latest(&state.db)
            .await
            .map_err(super::unexpected)?
            .into_iter()
            .filter_map(|stored| {
                let document =
                    crate::domain::sop::ProfileDocument::from_toml(&stored.document).ok()?;
                let profile = document
                    .into_profile(crate::domain::sop::Calendar::default())
                    .ok()?;
                Some((profile, stored.version))
            })
            .collect();
    let today = state.today();
    let this_year = chrono::NaiveDate::from_ymd_opt(state.this_year(), 1, 1).unwrap_or(today);
    let days_off = crate::storage::days_off::list(&state.db, &sop.id)
        .await
        .map_err(super::unexpected)?
        .into_iter()
        .filter(|day| day.date >= this_year)
        .collect();
    let privacy = super::complaints::privacy_notice_in_force(&state)
        .await
        .map_err(super::unexpected)?;
    Ok(Administration {
        privacy,
        officer: super::desk::OfficerSummary::of(&officer),
        sop_profile: sop.id.clone(),
        days_off,
        calendar_years: sop.calendar.years().collect(),
        calendar_gap: sop.calendar.gap(today),
        office_hours: Some(sop.office_hours.clone()),
        sop_steps: stored_profiles
            .iter()
            .map(|(profile, version)| {
                let steps = crate::domain::sop::Step::ALL
                    .into_iter()
                    .map(|step| (step, profile.standards(step)))
                    .filter(|(_, standards)| !standards.is_empty())
                    .collect();
                SopProfileSteps {
                    id: profile.id.clone(),
                    version: *version,
                    steps,
                    required_fields: profile.required_fields.clone(),
                }
            })
            .collect(),
        sop_profiles: stored_profiles
            .into_iter()
            .map(|(profile, _)| (profile.id, profile.name))
            .collect(),
        region_prefix: state.region_prefix.as_str().to_owned(),
        sop_chosen,
        districts,
        villages,
        categories: choices(categories),
        default_agencies,
        agencies: choices(agencies),
        accounts,
        templates,
    })
}
