//! Who hears about a complaint: its reporter's contact, its followers, the officers in charge.
//! Rows only; who is told what is decided in [`crate::services::notices`].

use super::complaints::ComplaintId;
use super::outbox::Transport;
use super::{StorageError, Tx, to_millis};
use crate::domain::complaint::Channel;
use crate::domain::officer::{InCharge, OfficerRole};
use crate::i18n::Locale;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// How a complaint's reporter can be reached, as they filed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReporterContact {
    /// The channel they filed through (its stored code).
    pub channel: String,
    /// The e-mail address they left.
    pub email: Option<String>,
    /// The phone number they left.
    pub phone: Option<String>,
    /// Their language.
    pub locale: Locale,
}

/// One address a message goes to, in its reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    /// How the message travels.
    pub transport: Transport,
    /// The e-mail address or phone number.
    pub address: String,
    /// The reader's language.
    pub locale: Locale,
}

impl ReporterContact {
    /// Where the reporter is told things: through the channel they used (e-mail for e-mail, the
    /// WhatsApp/SMS gateway for WhatsApp, SMS and phone), else whichever contact they left
    /// (e-mail first); `None` for a reporter who left no contact.
    pub fn recipient(&self) -> Option<Recipient> {
        let by_phone = [Channel::WhatsApp, Channel::Sms, Channel::Phone]
            .iter()
            .any(|channel| channel.code() == self.channel);
        let (transport, address) = match (by_phone, &self.email, &self.phone) {
            (true, _, Some(phone)) => (Transport::Webhook, phone),
            (_, Some(email), _) => (Transport::Email, email),
            (_, None, Some(phone)) => (Transport::Webhook, phone),
            (_, None, None) => return None,
        };
        Some(Recipient {
            transport,
            address: address.clone(),
            locale: self.locale,
        })
    }
}

/// How the reporter of complaint `id` can be reached, inside `tx`.
pub async fn reporter(tx: &mut Tx, id: ComplaintId) -> Result<ReporterContact, StorageError> {
    let row = sqlx::query("SELECT channel, email, phone, locale FROM complaints WHERE id = $1")
        .bind(id.0)
        .fetch_one(&mut **tx)
        .await?;
    let locale: String = row.try_get("locale")?;
    Ok(ReporterContact {
        channel: row.try_get("channel")?,
        email: row.try_get("email")?,
        phone: row.try_get("phone")?,
        locale: Locale::from_code(&locale).unwrap_or_default(),
    })
}

/// The followers of complaint `id`, inside `tx`.
pub async fn followers(tx: &mut Tx, id: ComplaintId) -> Result<Vec<Recipient>, StorageError> {
    let rows =
        sqlx::query("SELECT transport, recipient, locale FROM followers WHERE complaint_id = $1")
            .bind(id.0)
            .fetch_all(&mut **tx)
            .await?;
    rows.into_iter()
        .map(|row| {
            let transport: String = row.try_get("transport")?;
            let locale: String = row.try_get("locale")?;
            Ok(Recipient {
                transport: Transport::parse(&transport)?,
                address: row.try_get("recipient")?,
                locale: Locale::from_code(&locale).unwrap_or_default(),
            })
        })
        .collect()
}

/// Makes `recipient` a follower of complaint `id`, inside `tx`: `false` if they followed it
/// already.
pub async fn add_follower(
    tx: &mut Tx,
    id: ComplaintId,
    recipient: &Recipient,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let inserted = sqlx::query(
        "INSERT INTO followers (complaint_id, transport, recipient, locale, created_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
    )
    .bind(id.0)
    .bind(recipient.transport.code())
    .bind(&recipient.address)
    .bind(recipient.locale.code())
    .bind(to_millis(now))
    .execute(&mut **tx)
    .await?
    .rows_affected();
    Ok(inserted == 1)
}

/// The e-mail addresses of the active officers in `roles` of the agency complaint `id` is with,
/// inside `tx`: none while it is with no agency.
pub async fn agency_officers(
    tx: &mut Tx,
    id: ComplaintId,
    roles: &[OfficerRole],
) -> Result<Vec<String>, StorageError> {
    let agency: Option<String> = sqlx::query_scalar("SELECT agency FROM complaints WHERE id = $1")
        .bind(id.0)
        .fetch_one(&mut **tx)
        .await?;
    match agency {
        Some(agency) => emails(tx, roles, Some(&agency)).await,
        None => Ok(Vec::new()),
    }
}

/// The e-mail addresses of the active officers `in_charge` of a complaint with `agency`, inside
/// `tx`: the main desk's, the agency's administrators, liaisons and head, or its head alone
/// (none for a complaint with no agency).
pub async fn officers_in_charge(
    tx: &mut Tx,
    in_charge: InCharge,
    agency: Option<&str>,
) -> Result<Vec<String>, StorageError> {
    match (in_charge, agency) {
        (InCharge::MainDesk, _) => emails(tx, &[OfficerRole::MainDesk], None).await,
        (InCharge::Agency, Some(agency)) => {
            let roles = [
                OfficerRole::AgencyAdmin,
                OfficerRole::Liaison,
                OfficerRole::AgencyHead,
            ];
            emails(tx, &roles, Some(agency)).await
        }
        (InCharge::AgencyHead, Some(agency)) => {
            emails(tx, &[OfficerRole::AgencyHead], Some(agency)).await
        }
        (InCharge::Agency | InCharge::AgencyHead, None) => Ok(Vec::new()),
    }
}

/// The e-mail addresses of the active officers in `roles`, of `agency` only when given, inside
/// `tx`, oldest account first.
async fn emails(
    tx: &mut Tx,
    roles: &[OfficerRole],
    agency: Option<&str>,
) -> Result<Vec<String>, StorageError> {
    // Role codes come from the enum, never from a request: safe to inline.
    let roles = roles
        .iter()
        .map(|role| format!("'{}'", role.code()))
        .collect::<Vec<_>>()
        .join(", ");
    let emails: Vec<String> = sqlx::query_scalar(&format!(
        "SELECT email FROM officers WHERE role IN ({roles}) AND active = 1 \
         AND email IS NOT NULL AND ($1 = '' OR agency = $1) ORDER BY id"
    ))
    // No agency code is empty: `''` stands for any agency.
    .bind(agency.unwrap_or_default())
    .fetch_all(&mut **tx)
    .await?;
    Ok(emails)
}
