//! The rows of the four tables most of the site reads (complaints, officers, timeline entries,
//! outbox messages), each decoded in this one place: a query selects a row type's
//! [`COLUMNS`](ComplaintRow::COLUMNS) and [`sqlx::FromRow`] reads them by name, so a column
//! renamed in a migration fails here and in the tests, not in a page. Stored codes turn into
//! domain types through the methods beside each row; a code the domain does not know is
//! [`StorageError::Corrupt`].

use super::complaints::ComplaintId;
use super::officers::OfficerId;
use super::outbox::Transport;
use super::{StorageError, from_millis};
use crate::domain::officer::{OfficerRole, OfficerScope};
use crate::domain::status::{Role, Status};
use crate::domain::timeline::EntryKind;
use crate::domain::tracking_code::TrackingCode;
use chrono::{DateTime, Utc};

/// A complaint's own columns, as the desk and its reporter read them (`c.` is the complaints
/// table in the query).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ComplaintRow {
    pub(crate) id: i64,
    pub(crate) tracking_code: String,
    pub(crate) pin_hash: String,
    pub(crate) status: String,
    pub(crate) status_since: i64,
    pub(crate) reopen_count: i64,
    pub(crate) created_at: i64,
    pub(crate) title: String,
    pub(crate) content: String,
    pub(crate) address: String,
    pub(crate) latitude: f64,
    pub(crate) longitude: f64,
    pub(crate) category: Option<String>,
    pub(crate) agency: Option<String>,
    pub(crate) channel: String,
    pub(crate) visibility: String,
    pub(crate) reporter_name: String,
    pub(crate) phone: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) nik_sealed: Vec<u8>,
    pub(crate) rating: Option<i64>,
    pub(crate) public_title: Option<String>,
    pub(crate) public_content: Option<String>,
    pub(crate) sop_profile: Option<String>,
    pub(crate) sop_version: Option<i64>,
}

impl ComplaintRow {
    /// The select list of [`ComplaintRow`], from the complaints table named `c`.
    pub const COLUMNS: &'static str = "c.id, c.tracking_code, c.pin_hash, c.status, \
        c.status_since, c.reopen_count, c.created_at, c.title, c.content, c.address, \
        c.latitude, c.longitude, c.category, c.agency, c.channel, c.visibility, \
        c.reporter_name, c.phone, c.email, c.nik_sealed, c.rating, c.public_title, \
        c.public_content, c.sop_profile, c.sop_version";

    /// The SOP profile version it was filed under, if it keeps one.
    pub fn pin(&self) -> Option<crate::domain::sop::SopPin> {
        crate::domain::sop::SopPin::stored(self.sop_profile.clone(), self.sop_version)
    }

    /// Its id.
    pub fn id(&self) -> ComplaintId {
        ComplaintId(self.id)
    }

    /// Its tracking code.
    pub fn tracking_code(&self) -> Result<TrackingCode, StorageError> {
        parse_tracking_code(&self.tracking_code)
    }

    /// Where it stands.
    pub fn status(&self) -> Result<Status, StorageError> {
        parse_status(&self.status)
    }

    /// When it entered its status.
    pub fn status_since(&self) -> Result<DateTime<Utc>, StorageError> {
        from_millis(self.status_since)
    }

    /// When it was filed.
    pub fn created_at(&self) -> Result<DateTime<Utc>, StorageError> {
        from_millis(self.created_at)
    }

    /// How often its reporter rejected an answer.
    pub fn reopen_count(&self) -> u32 {
        u32::try_from(self.reopen_count).unwrap_or(u32::MAX)
    }

    /// The reporter's rating, 1–5.
    pub fn rating(&self) -> Option<u8> {
        self.rating.and_then(|rating| u8::try_from(rating).ok())
    }

    /// The title and text others see, when the desk removed personal details from them.
    pub fn public_text(&self) -> Option<(String, String)> {
        self.public_title.clone().zip(self.public_content.clone())
    }
}

/// An officer's account, without its secrets (`o.` is the officers table in the query).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OfficerRow {
    pub(crate) id: i64,
    pub(crate) username: String,
    pub(crate) display_name: String,
    pub(crate) role: String,
    pub(crate) agency: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) active: i64,
}

impl OfficerRow {
    /// The select list of [`OfficerRow`], from the officers table named `o`.
    pub const COLUMNS: &'static str =
        "o.id, o.username, o.display_name, o.role, o.agency, o.email, o.active";

    /// Its id.
    pub fn id(&self) -> OfficerId {
        OfficerId(self.id)
    }

    /// Its role and agency.
    pub fn scope(&self) -> Result<OfficerScope, StorageError> {
        let role = OfficerRole::parse_code(&self.role)
            .ok_or_else(|| StorageError::Corrupt(format!("officer role {:?}", self.role)))?;
        OfficerScope::new(role, self.agency.clone())
            .map_err(|_| StorageError::Corrupt("an officer's role and agency disagree".into()))
    }

    /// Whether it may log in.
    pub fn active(&self) -> bool {
        self.active != 0
    }
}

/// One entry of a complaint's timeline (`e.` is the complaint_events table in the query).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EventRow {
    pub(crate) id: i64,
    pub(crate) at: i64,
    pub(crate) actor_role: String,
    pub(crate) action: String,
    pub(crate) status_after: String,
    pub(crate) note: Option<String>,
    pub(crate) officer_name: Option<String>,
}

impl EventRow {
    /// The select list of [`EventRow`], from the complaint_events table named `e` and the
    /// officers table joined from the left as `o` (`LEFT JOIN officers o ON o.id = e.officer_id`).
    pub const COLUMNS: &'static str = "e.id, e.at, e.actor_role, e.action, e.status_after, e.note, o.display_name AS officer_name";

    /// When it happened.
    pub fn at(&self) -> Result<DateTime<Utc>, StorageError> {
        from_millis(self.at)
    }

    /// Who acted.
    pub fn role(&self) -> Result<Role, StorageError> {
        Role::parse_code(&self.actor_role)
            .ok_or_else(|| StorageError::Corrupt(format!("role {:?}", self.actor_role)))
    }

    /// What it records.
    pub fn kind(&self) -> Result<EntryKind, StorageError> {
        EntryKind::parse_code(&self.action)
            .ok_or_else(|| StorageError::Corrupt(format!("timeline entry {:?}", self.action)))
    }

    /// The status the complaint had after it.
    pub fn status_after(&self) -> Result<Status, StorageError> {
        parse_status(&self.status_after)
    }
}

/// A queued message, with its complaint's tracking code (`o.` is the outbox table, `c.` its
/// complaint, joined from the left: a report to an agency has none).
#[derive(Clone, sqlx::FromRow)]
pub struct OutboxRow {
    pub(crate) id: i64,
    pub(crate) tracking_code: Option<String>,
    pub(crate) transport: String,
    pub(crate) recipient: String,
    pub(crate) locale: String,
    pub(crate) subject: String,
    pub(crate) body: String,
    pub(crate) sealed_secret: Option<Vec<u8>>,
    pub(crate) attempts: i64,
}

impl OutboxRow {
    /// The select list of [`OutboxRow`].
    pub const COLUMNS: &'static str = "o.id, c.tracking_code, o.transport, o.recipient, \
        o.locale, o.subject, o.body, o.sealed_secret, o.attempts";

    /// How it travels.
    pub fn transport(&self) -> Result<Transport, StorageError> {
        Transport::parse(&self.transport)
    }

    /// Attempts made so far.
    pub fn attempts(&self) -> u32 {
        u32::try_from(self.attempts).unwrap_or(u32::MAX)
    }
}

/// A stored status code as a [`Status`].
pub(crate) fn parse_status(code: &str) -> Result<Status, StorageError> {
    Status::parse_code(code).ok_or_else(|| StorageError::Corrupt(format!("status {code:?}")))
}

/// A stored tracking code as a [`TrackingCode`].
pub(crate) fn parse_tracking_code(code: &str) -> Result<TrackingCode, StorageError> {
    TrackingCode::parse(code).map_err(|_| StorageError::Corrupt(format!("tracking code {code:?}")))
}
