//! Who is told what about a complaint, queued in the transaction of the change it announces:
//! the reporter through their channel, the followers through theirs, the officers in charge by
//! e-mail. Delivery comes after, from the outbox ([`crate::notify`]).

use crate::domain::notice::{Notice, Notifier, compose};
use crate::domain::status::Status;
use crate::domain::tracking_code::TrackingCode;
use crate::i18n::Locale;
use crate::storage::complaints::ComplaintId;
use crate::storage::contacts::{self, Recipient};
use crate::storage::outbox::{self, NewMessage, Transport};
use crate::storage::{StorageError, Tx};
use chrono::{DateTime, Utc};

/// Queues `notice` for the reporter of complaint `id`, inside `tx`, through
/// [`contacts::ReporterContact::recipient`]; with `sealed_secret`, the secret the notice's
/// [`outbox::SECRET_PLACEHOLDER`] stands for. Nothing is queued for a reporter who left no
/// contact.
pub async fn tell_reporter(
    tx: &mut Tx,
    notifier: &Notifier,
    id: ComplaintId,
    code: &TrackingCode,
    notice: &Notice,
    sealed_secret: Option<&[u8]>,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let Some(recipient) = contacts::reporter(tx, id).await?.recipient() else {
        return Ok(());
    };
    let link = notifier.tracking_link(code.as_str());
    let (subject, body) = compose(notice, code.as_str(), &link, recipient.locale);
    queue(tx, id, &recipient, &subject, &body, sealed_secret, now).await
}

/// Queues the news of `status` for every follower of complaint `id`, inside `tx`.
pub async fn tell_followers(
    tx: &mut Tx,
    notifier: &Notifier,
    id: ComplaintId,
    code: &TrackingCode,
    status: Status,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let link = notifier.status_link(code.as_str());
    for follower in contacts::followers(tx, id).await? {
        let notice = Notice::FollowedStatusChanged(status);
        let (subject, body) = compose(&notice, code.as_str(), &link, follower.locale);
        queue(tx, id, &follower, &subject, &body, None, now).await?;
    }
    Ok(())
}

/// Makes the reporter of complaint `id` a follower of complaint `original`, inside `tx`: a
/// duplicate's reporter hears how the original goes on.
pub async fn follow_original(
    tx: &mut Tx,
    id: ComplaintId,
    original: ComplaintId,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    if let Some(recipient) = contacts::reporter(tx, id).await?.recipient() {
        contacts::add_follower(tx, original, &recipient, now).await?;
    }
    Ok(())
}

/// Queues `notice` by e-mail, in Indonesian (an officer's language is not recorded), for each of
/// `emails`, with the desk's link to complaint `id`, inside `tx`.
pub async fn tell_officers(
    tx: &mut Tx,
    notifier: &Notifier,
    id: ComplaintId,
    code: &TrackingCode,
    notice: &Notice,
    emails: &[String],
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let link = notifier.desk_link(code.as_str());
    let (subject, body) = compose(notice, code.as_str(), &link, Locale::Id);
    for email in emails {
        let recipient = Recipient {
            transport: Transport::Email,
            address: email.clone(),
            locale: Locale::Id,
        };
        queue(tx, id, &recipient, &subject, &body, None, now).await?;
    }
    Ok(())
}

async fn queue(
    tx: &mut Tx,
    id: ComplaintId,
    recipient: &Recipient,
    subject: &str,
    body: &str,
    sealed_secret: Option<&[u8]>,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    outbox::enqueue(
        tx,
        &NewMessage {
            complaint: Some(id),
            transport: recipient.transport,
            recipient: &recipient.address,
            locale: recipient.locale.code(),
            subject,
            body,
            sealed_secret,
        },
        now,
    )
    .await
}
