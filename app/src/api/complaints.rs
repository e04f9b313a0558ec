//! Server functions about complaints, for citizens.
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::ApiError;
use crate::domain::complaint::RequiredFields;
use crate::domain::desk_list::Choice;
use crate::domain::status::Status;
use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the reporter sees right after filing: the code to follow the complaint by, and no
/// personal data (anyone holding the code may see this).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    /// The tracking code, `ADU-XXXX-XXXX`.
    pub tracking_code: String,
    /// Where the complaint stands.
    pub status: Status,
    /// When it was accepted, in the desk's time zone.
    pub received_at: DateTime<FixedOffset>,
    /// How many photos were stored with it.
    pub photo_count: i64,
    /// The reporter's PIN, only on the first view right after filing (it is stored hashed).
    pub pin: Option<String>,
}

/// The receipt of the complaint with this tracking code (`code`: as the reporter typed it).
#[server(endpoint = "complaints/receipt")]
pub async fn complaint_receipt(code: String) -> Result<Receipt, ApiError> {
    use crate::domain::tracking_code::TrackingCode;
    use crate::storage::complaints;

    let code =
        TrackingCode::parse(&code).map_err(|error| ApiError::Validation(error.to_string()))?;
    let state = super::state()?;
    let summary = complaints::find_summary(&state.db, &code)
        .await
        .map_err(super::unexpected)?
        .ok_or(ApiError::NotFound)?;
    Ok(Receipt {
        pin: take_receipt_pin(&summary.tracking_code),
        tracking_code: summary.tracking_code.to_string(),
        status: summary.status,
        received_at: summary.created_at.with_timezone(&state.utc_offset),
        photo_count: summary.photo_count,
    })
}

/// The PIN the filing handler left in the receipt cookie for this code, clearing the cookie so
/// the PIN is shown once.
#[cfg(feature = "ssr")]
fn take_receipt_pin(code: &crate::domain::tracking_code::TrackingCode) -> Option<String> {
    use crate::site::RECEIPT_COOKIE;
    use axum::http::{HeaderValue, header};

    let parts = use_context::<axum::http::request::Parts>()?;
    let state = super::state().ok()?;
    let pin = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|header| crate::cookies::value(header, RECEIPT_COOKIE))
        .and_then(|value| state.protector.open_receipt(value))
        .filter(|(cookie_code, _)| *cookie_code == code.as_str())
        .map(|(_, pin)| pin)?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let secure = if state.secure_cookies { "; Secure" } else { "" };
        let expired =
            format!("{RECEIPT_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict{secure}");
        if let Ok(value) = HeaderValue::from_str(&expired) {
            response.append_header(header::SET_COOKIE, value);
        }
    }
    Some(pin)
}

#[cfg(feature = "ssr")]
impl From<crate::storage::desk_lists::ListEntry> for crate::domain::desk_list::Choice {
    fn from(entry: crate::storage::desk_lists::ListEntry) -> Self {
        Self {
            code: entry.code,
            name_id: entry.name_id,
            name_en: entry.name_en,
        }
    }
}

/// The desk's lists the filing form offers, and the fields the SOP in force asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskLists {
    /// Complaint categories.
    pub categories: Vec<Choice>,
    /// Agencies (OPD), for a citizen who knows which one is in charge.
    pub agencies: Vec<Choice>,
    /// The fields the SOP in force requires beyond the portal's own.
    #[serde(default)]
    pub required: RequiredFields,
    /// The privacy notice in force, which the reporter accepts with the filing.
    #[serde(default)]
    pub privacy: Option<crate::domain::privacy::PrivacyNotice>,
}

/// The fields the SOP in force requires beyond the portal's own, as the page renders: the
/// server's answer, sent with its HTML and read back as the browser hydrates the page. `None`
/// when the browser renders the form itself (the form's lists then bring them).
pub fn required_fields_now() -> Option<RequiredFields> {
    leptos::prelude::SharedValue::new(|| {
        #[cfg(feature = "ssr")]
        let required = super::state()
            .ok()
            .map(|state| state.sop.get().required_fields.clone());
        #[cfg(not(feature = "ssr"))]
        let required = None;
        required
    })
    .into_inner()
}

/// The categories and agencies a citizen can choose from, and the fields the SOP in force asks
/// for.
#[server(endpoint = "complaints/choices")]
pub async fn filing_choices() -> Result<DeskLists, ApiError> {
    use crate::storage::desk_lists;

    let state = super::state()?;
    Ok(DeskLists {
        categories: desk_lists::categories(&state.db)
            .await
            .map_err(super::unexpected)?
            .into_iter()
            .map(Choice::from)
            .collect(),
        agencies: desk_lists::agencies(&state.db)
            .await
            .map_err(super::unexpected)?
            .into_iter()
            .map(Choice::from)
            .collect(),
        required: state.sop.get().required_fields.clone(),
        privacy: privacy_notice_in_force(&state)
            .await
            .map_err(super::unexpected)?,
    })
}

/// The privacy notice in force, with the SOP in force's retention period.
#[cfg(feature = "ssr")]
pub(crate) async fn privacy_notice_in_force(
    state: &crate::state::AppState,
) -> Result<Option<crate::domain::privacy::PrivacyNotice>, crate::storage::StorageError> {
    Ok(crate::storage::privacy_notices::current(&state.db)
        .await?
        .map(|stored| crate::domain::privacy::PrivacyNotice {
            version: stored.version,
            text: stored.text,
            retention_days: state.sop.get().retention.days(),
        }))
}

/// The privacy notice in force, for its own page (`/privasi`) and for the message channels that
/// link to it.
#[server(endpoint = "privacy/notice")]
pub async fn privacy_notice() -> Result<Option<crate::domain::privacy::PrivacyNotice>, ApiError> {
    let state = super::state()?;
    privacy_notice_in_force(&state)
        .await
        .map_err(super::unexpected)
}

/// How far around a place "already reported?" looks, in metres (FixMyStreet's rule).
pub const NEARBY_RADIUS_M: f64 = 250.0;
/// How many nearby complaints are shown at most.
pub const NEARBY_LIMIT: usize = 5;

/// An open complaint near the place a citizen is about to report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Nearby {
    /// Its tracking code, to follow it by (the public receipt shows no personal data).
    pub tracking_code: String,
    /// Its title, masked as on the public list (the reporter's name, long numbers, e-mails).
    pub title: String,
    /// Where it stands.
    pub status: Status,
    /// When it was filed.
    pub filed_on: chrono::NaiveDate,
    /// Within how many metres of the place asked about it is: a band ([`NEARBY_BANDS_M`]), never
    /// a distance, so that asking from several points cannot pin a reporter's spot.
    pub within_m: u32,
}

/// The distance bands the nearby list speaks in, in metres; the last is [`NEARBY_RADIUS_M`].
pub const NEARBY_BANDS_M: [u32; 2] = [100, 250];

/// Nearby look-ups accepted from one client network per hour: the form asks again as the place
/// or category changes, and a village office's citizens may share one address; enough to stop a
/// script sweeping a regency point by point.
#[cfg(feature = "ssr")]
pub const NEARBY_CLIENT_LIMIT: crate::storage::rate_limits::Limit =
    crate::storage::rate_limits::Limit {
        action: "nearby",
        max: 300,
        window: std::time::Duration::from_secs(60 * 60),
    };

/// Open, public complaints of `category` within [`NEARBY_RADIUS_M`] of the coordinates, nearest
/// first, so a citizen can see the problem is already reported.
#[server(endpoint = "complaints/nearby")]
pub async fn nearby_complaints(
    category: String,
    latitude: String,
    longitude: String,
) -> Result<Vec<Nearby>, ApiError> {
    use crate::domain::location::GeoPoint;
    use crate::storage::complaints;

    let category = category.trim();
    if category.is_empty() {
        return Ok(Vec::new());
    }
    let point = GeoPoint::parse(&latitude, &longitude)
        .map_err(|error| ApiError::Validation(error.to_string()))?;
    let state = super::state()?;
    if super::over_limit(&state, &NEARBY_CLIENT_LIMIT).await? {
        // The list only helps; over the limit it stays empty and the filing goes on.
        tracing::info!("nearby look-ups rate limited");
        return Ok(Vec::new());
    }
    let found = complaints::nearby_open(&state.db, category, point, NEARBY_RADIUS_M, NEARBY_LIMIT)
        .await
        .map_err(super::unexpected)?;
    Ok(found
        .into_iter()
        .map(|complaint| Nearby {
            tracking_code: complaint.tracking_code,
            title: crate::domain::redaction::mask_name(&complaint.title, &complaint.reporter_name),
            status: complaint.status,
            filed_on: complaint.created_at.date_naive(),
            within_m: NEARBY_BANDS_M
                .into_iter()
                .find(|band| complaint.distance_m < f64::from(*band))
                .unwrap_or(NEARBY_BANDS_M[NEARBY_BANDS_M.len() - 1]),
        })
        .collect())
}

/// Follow requests accepted from one client network per hour.
#[cfg(feature = "ssr")]
pub const FOLLOW_LIMIT: crate::storage::rate_limits::Limit = crate::storage::rate_limits::Limit {
    action: "follow",
    max: 20,
    window: std::time::Duration::from_secs(60 * 60),
};

/// Asks for the updates of the open public complaint `code` at `contact` (an e-mail address or
/// a phone number), instead of filing the same problem again. `true` when newly following,
/// `false` when this contact already follows it.
#[server(endpoint = "complaints/follow")]
pub async fn follow_complaint(code: String, contact: String) -> Result<bool, ApiError> {
    use crate::domain::complaint::Contact;
    use crate::domain::tracking_code::TrackingCode;
    use crate::storage::followers::{self, Followed};

    let state = super::state()?;
    let now = chrono::Utc::now();
    let contact =
        Contact::parse(&contact).map_err(|code| ApiError::Validation(code.code().to_owned()))?;
    let code = TrackingCode::parse(&code).map_err(|_| ApiError::NotFound)?;
    if super::over_limit(&state, &FOLLOW_LIMIT).await? {
        return Err(ApiError::Forbidden);
    }
    let locale = use_context::<axum::http::request::Parts>()
        .map(|parts| crate::cookies::reader_locale(&parts.headers))
        .unwrap_or_default();
    match followers::follow(&state.db, &code, &contact, locale, now)
        .await
        .map_err(super::unexpected)?
    {
        Followed::Started => Ok(true),
        Followed::Already => Ok(false),
        Followed::NotFollowable => Err(ApiError::NotFound),
    }
}
