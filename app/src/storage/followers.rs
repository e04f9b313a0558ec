//! Followers of a complaint: citizens who asked for its updates instead of filing it again.

use super::complaints::ComplaintId;
use super::contacts::Recipient;
use super::outbox::Transport;
use super::rows::parse_status;
use super::{Db, StorageError};
use crate::domain::complaint::{Contact, Visibility};
use crate::domain::tracking_code::TrackingCode;
use crate::i18n::Locale;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// What a follow request came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Followed {
    /// Now following.
    Started,
    /// This contact already follows it.
    Already,
    /// No open, non-confidential complaint has that code.
    NotFollowable,
}

/// Adds `contact` to the followers of the complaint with `code`, if it is open and not
/// confidential.
pub async fn follow(
    db: &Db,
    code: &TrackingCode,
    contact: &Contact,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<Followed, StorageError> {
    let row = sqlx::query("SELECT id, status, visibility FROM complaints WHERE tracking_code = $1")
        .bind(code.as_str())
        .fetch_optional(db.pool())
        .await?;
    let Some(row) = row else {
        return Ok(Followed::NotFollowable);
    };
    let status: String = row.try_get("status")?;
    let visibility: String = row.try_get("visibility")?;
    if !parse_status(&status)?.is_open() || visibility == Visibility::Confidential.code() {
        return Ok(Followed::NotFollowable);
    }
    let id = ComplaintId(row.try_get("id")?);
    let (transport, address) = match contact {
        Contact::Email(email) => (Transport::Email, email.as_str()),
        Contact::Phone(phone) => (Transport::Webhook, phone.as_str()),
    };
    let recipient = Recipient {
        transport,
        address: address.to_owned(),
        locale,
    };
    let mut tx = db.begin().await?;
    let started = super::contacts::add_follower(&mut tx, id, &recipient, now).await?;
    tx.commit().await?;
    Ok(if started {
        Followed::Started
    } else {
        Followed::Already
    })
}
