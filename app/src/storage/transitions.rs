//! The one place a stored complaint changes status: the status machine
//! ([`crate::domain::status`]) decides, this module records the decision and its timeline entry in
//! one transaction.

use super::complaints::{ComplaintId, PhotoRecord, insert_photos, parse_status};
use super::officers::OfficerId;
use super::outbox::{self, NewMessage, Transport};
use super::statistics::{self, StepClock};
use super::{Db, StorageError, to_millis};
use crate::domain::complaint::Revision;
use crate::domain::notice::{Notice, compose};
use crate::domain::status::{Action, ComplaintState, Role, Status, TransitionError};
use crate::domain::timeline::EntryKind;
use crate::domain::tracking_code::TrackingCode;
use crate::i18n::Locale;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// The reporter's rating and comment, kept when they confirm an answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feedback {
    /// 1 (poor) to 5 (very good).
    pub rating: Option<u8>,
    /// What they want to add.
    pub comment: Option<String>,
}

/// Why an action was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum ActError {
    /// No complaint has that tracking code.
    #[error("no complaint with that tracking code")]
    NotFound,
    /// The status machine refused the action (wrong role, or not possible in this status).
    #[error(transparent)]
    Refused(#[from] TransitionError),
    /// A duplicate's original: no other complaint has that tracking code.
    #[error("no other complaint has the original's tracking code")]
    NoOriginal,
    /// The complaint is no longer in the status the actor saw: someone acted first.
    #[error("the complaint changed from {expected} to {actual} before this action")]
    Stale {
        /// The status the actor's page showed.
        expected: Status,
        /// The status it has now.
        actual: Status,
    },
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl From<sqlx::Error> for ActError {
    fn from(error: sqlx::Error) -> Self {
        ActError::Storage(error.into())
    }
}

/// What an action changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Acted {
    /// The complaint acted on.
    pub id: ComplaintId,
    /// Its state before.
    pub before: ComplaintState,
    /// Its state now.
    pub after: ComplaintState,
}

/// What announcing a change to the reporter needs: the site's public address for the tracking
/// link and the desk's time zone for dates.
#[derive(Clone, Debug)]
pub struct Notifier {
    /// The site's address as reporters reach it, e.g. `https://aduan.trenggalekkab.go.id`.
    pub public_url: String,
    /// The desk's time zone.
    pub utc_offset: chrono::FixedOffset,
}

impl Notifier {
    /// The tracking page of `code` (the reporter's, behind their PIN).
    pub fn tracking_link(&self, code: &str) -> String {
        format!("{}/lacak/{code}", self.public_url.trim_end_matches('/'))
    }

    /// The desk's page of `code`, for officers.
    pub fn desk_link(&self, code: &str) -> String {
        format!(
            "{}/petugas/aduan/{code}",
            self.public_url.trim_end_matches('/')
        )
    }

    /// The public status page of `code`, for followers.
    pub fn status_link(&self, code: &str) -> String {
        format!(
            "{}/lapor/terkirim/{code}",
            self.public_url.trim_end_matches('/')
        )
    }
}

/// One action, with who takes it and what they saw.
#[derive(Clone, Copy, Debug)]
pub struct Act<'a> {
    /// What is done.
    pub action: &'a Action,
    /// In which role.
    pub role: Role,
    /// The officer acting, if one is.
    pub officer: Option<OfficerId>,
    /// The status the actor's page showed: the action is refused as [`ActError::Stale`] if the
    /// complaint has moved on since. `None` to act on whatever status it has.
    pub expected: Option<Status>,
    /// The reporter's rating and comment, with a confirmation.
    pub feedback: Option<&'a Feedback>,
    /// The reporter's corrections, with a resubmission (the earlier text is kept).
    pub revision: Option<&'a Revision>,
    /// Photos added with the action (a rejection's evidence), already in the blob store.
    pub photos: &'a [PhotoRecord],
}

impl<'a> Act<'a> {
    /// `action` by `role`, with no officer, expectation or feedback.
    pub fn new(action: &'a Action, role: Role) -> Act<'a> {
        Act {
            action,
            role,
            officer: None,
            expected: None,
            feedback: None,
            revision: None,
            photos: &[],
        }
    }
}

/// Applies an action to the complaint with `code` at `now`: checks it against the status
/// machine, queues the reporter's message when someone else moved it to a status they hear about
/// ([`Status::tells_reporter`]), stores the new status (with the visibility decided at verification, the agency of a
/// dispatch and the reporter's feedback of a confirmation) and appends the timeline entry, all or nothing.
///
/// Two actions on one complaint run one after the other, never interleaved: the second sees the
/// first's status, so a doubled tap is refused by the machine (or as stale) instead of applied
/// twice.
pub async fn act(
    db: &Db,
    notifier: &Notifier,
    clock: &StepClock,
    code: &TrackingCode,
    act: &Act<'_>,
    now: DateTime<Utc>,
) -> Result<Acted, ActError> {
    let Act {
        action,
        role,
        officer,
        expected,
        feedback,
        revision,
        photos,
    } = *act;
    let at = to_millis(now);
    let mut tx = db.begin().await?;
    // Writing first takes the write lock (the row's on PostgreSQL, the database's on SQLite)
    // before the status is read, so no other action can change it until this one commits.
    let touched =
        sqlx::query("UPDATE complaints SET updated_at = updated_at WHERE tracking_code = $1")
            .bind(code.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
    if touched == 0 {
        return Err(ActError::NotFound);
    }
    let row =
        sqlx::query("SELECT id, status, reopen_count FROM complaints WHERE tracking_code = $1")
            .bind(code.as_str())
            .fetch_one(&mut *tx)
            .await?;
    let id: i64 = row.try_get("id")?;
    let status: String = row.try_get("status")?;
    let reopen_count: i64 = row.try_get("reopen_count")?;
    let before = ComplaintState::restore(
        parse_status(&status)?,
        u32::try_from(reopen_count).unwrap_or(u32::MAX),
    );
    if let Some(expected) = expected
        && expected != before.status()
    {
        return Err(ActError::Stale {
            expected,
            actual: before.status(),
        });
    }
    let after = before.apply(action, role)?;
    let counted = statistics::stored(&mut tx, id).await?;
    if let Action::MarkDuplicate { original } = action {
        merge_into(&mut tx, ComplaintId(id), original, now).await?;
    }

    let agency = match action {
        Action::Dispatch { agency, .. } => Some(agency.as_str()),
        _ => None,
    };
    let visibility = match action {
        Action::Verify { visibility } => Some(visibility.code()),
        _ => None,
    };
    let rating = feedback.and_then(|feedback| feedback.rating).map(i64::from);
    let comment = feedback.and_then(|feedback| feedback.comment.as_deref());
    sqlx::query(
        "UPDATE complaints SET status = $1, reopen_count = $2, status_since = $3, updated_at = $3, \
         agency = COALESCE($4, agency), rating = COALESCE($5, rating), \
         feedback = COALESCE($6, feedback), visibility = COALESCE($7, visibility), \
         first_response_at = COALESCE(first_response_at, $9), \
         answered_at = COALESCE(answered_at, $10) WHERE id = $8",
    )
    .bind(after.status().code())
    .bind(i64::from(after.reopen_count()))
    .bind(at)
    .bind(agency)
    .bind(rating)
    .bind(comment)
    .bind(visibility)
    .bind(id)
    // An officer's first step answers the complaint first; the first validated answer reaches
    // the reporter.
    .bind((!matches!(role, Role::Reporter | Role::System)).then_some(at))
    .bind((after.status() == Status::AwaitingReporter).then_some(at))
    .execute(&mut *tx)
    .await?;
    statistics::count_transition(&mut tx, id, &counted, action.kind(), clock, now).await?;

    if let Some(revision) = revision {
        sqlx::query(
            "INSERT INTO complaint_revisions (complaint_id, at, title, content, address) \
             SELECT id, $1, title, content, address FROM complaints WHERE id = $2",
        )
        .bind(at)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE complaints SET title = $1, content = $2, address = $3 WHERE id = $4")
            .bind(revision.title().as_str())
            .bind(revision.content().as_str())
            .bind(revision.address().as_str())
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }

    let note = action.note().or_else(|| comment.map(str::to_owned));
    let entry = Entry {
        kind: EntryKind::Action(action.kind()),
        role,
        officer,
        status: after.status(),
        note: note.as_deref(),
    };
    let event = record(&mut tx, ComplaintId(id), &entry, now).await?;
    insert_photos(&mut tx, ComplaintId(id), Some(event), photos).await?;

    let news = after.status();
    if news != before.status() && news.tells_reporter() && role != Role::Reporter {
        let notice = Notice::StatusChanged(news);
        tell_reporter(&mut tx, notifier, ComplaintId(id), code, &notice, now).await?;
    }
    if news != before.status() && news.tells_followers() {
        tell_followers(&mut tx, notifier, ComplaintId(id), code, news, now).await?;
    }
    tx.commit().await?;
    Ok(Acted {
        id: ComplaintId(id),
        before,
        after,
    })
}

/// One timeline entry to append.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// What it records.
    pub kind: EntryKind,
    /// Who acted.
    pub role: Role,
    /// The officer who acted, if one did.
    pub officer: Option<OfficerId>,
    /// The complaint's status after it (for a record beside the machine: the status it has).
    pub status: Status,
    /// What the timeline keeps of it.
    pub note: Option<&'a str>,
}

/// Appends `entry` to complaint `id`'s timeline inside `tx`, with the agency the complaint is with
/// now; returns the entry's id.
pub(crate) async fn record(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: ComplaintId,
    entry: &Entry<'_>,
    now: DateTime<Utc>,
) -> Result<i64, StorageError> {
    let event: i64 = sqlx::query_scalar(
        "INSERT INTO complaint_events (complaint_id, at, actor_role, action, status_after, note, \
         officer_id, agency) \
         SELECT $1, $2, $3, $4, $5, $6, $7, agency FROM complaints WHERE id = $1 RETURNING id",
    )
    .bind(id.0)
    .bind(to_millis(now))
    .bind(entry.role.code())
    .bind(entry.kind.code())
    .bind(entry.status.code())
    .bind(entry.note)
    .bind(entry.officer.map(|officer| officer.0))
    .fetch_one(&mut **tx)
    .await?;
    Ok(event)
}

/// Why a record was not added.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// No complaint has that tracking code.
    #[error("no complaint with that tracking code")]
    NotFound,
    /// The role may not add this record to a complaint in its status
    /// ([`EntryKind::may_record`]).
    #[error("a {role:?} may not add {kind:?} to a complaint that is {status}")]
    NotAllowed {
        /// The record tried.
        kind: EntryKind,
        /// Who tried.
        role: Role,
        /// The complaint's status.
        status: Status,
    },
    /// The complaint is no longer in the status the officer's page showed.
    #[error("the complaint changed from {expected} to {actual} before this record")]
    Stale {
        /// The status the page showed.
        expected: Status,
        /// The status it has now.
        actual: Status,
    },
    /// The database failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl From<sqlx::Error> for RecordError {
    fn from(error: sqlx::Error) -> Self {
        RecordError::Storage(error.into())
    }
}

/// Adds a record beside the status machine (a disposition note, a field report) to the complaint
/// with `code`, with its photos, if [`EntryKind::may_record`] allows it to `entry.role` in the
/// complaint's status now and that status is still `entry.status`, the one the officer's page
/// showed ([`RecordError::Stale`] otherwise).
pub async fn add_record(
    db: &Db,
    code: &TrackingCode,
    entry: &Entry<'_>,
    photos: &[PhotoRecord],
    now: DateTime<Utc>,
) -> Result<(), RecordError> {
    let mut tx = db.begin().await?;
    // Writing first takes the write lock: the status cannot change before the record is added.
    let row = sqlx::query(
        "UPDATE complaints SET updated_at = updated_at WHERE tracking_code = $1 \
         RETURNING id, status",
    )
    .bind(code.as_str())
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(RecordError::NotFound)?;
    let id = ComplaintId(row.try_get("id")?);
    let status: String = row.try_get("status")?;
    let status = parse_status(&status)?;
    if status != entry.status {
        return Err(RecordError::Stale {
            expected: entry.status,
            actual: status,
        });
    }
    if !entry.kind.may_record(entry.role, status) {
        return Err(RecordError::NotAllowed {
            kind: entry.kind,
            role: entry.role,
            status,
        });
    }
    let event = record(&mut tx, id, entry, now).await?;
    insert_photos(&mut tx, id, Some(event), photos).await?;
    tx.commit().await?;
    Ok(())
}

/// Closes complaint `id` as a duplicate of the one with tracking code `original` (or of the
/// complaint that one was itself merged into), inside `tx`: links it and makes its reporter a
/// follower of the original, so they hear how it goes on.
async fn merge_into(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: ComplaintId,
    original: &TrackingCode,
    now: DateTime<Utc>,
) -> Result<(), ActError> {
    let row = sqlx::query(
        "SELECT COALESCE(duplicate_of, id) AS root FROM complaints WHERE tracking_code = $1",
    )
    .bind(original.as_str())
    .fetch_optional(&mut **tx)
    .await?
    .ok_or(ActError::NoOriginal)?;
    let root: i64 = row.try_get("root")?;
    if root == id.0 {
        return Err(ActError::NoOriginal);
    }
    sqlx::query("UPDATE complaints SET duplicate_of = $1 WHERE id = $2")
        .bind(root)
        .bind(id.0)
        .execute(&mut **tx)
        .await?;
    if let Some((transport, recipient, locale)) = reporter_route(tx, id).await? {
        sqlx::query(
            "INSERT INTO followers (complaint_id, transport, recipient, locale, created_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .bind(root)
        .bind(transport.code())
        .bind(recipient)
        .bind(locale.code())
        .bind(to_millis(now))
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// How the reporter of complaint `id` is reached, in their language: through the channel they
/// used (e-mail for e-mail, the WhatsApp/SMS gateway for WhatsApp, SMS and phone), else whichever
/// contact they left (e-mail first); `None` for a reporter who left no contact.
async fn reporter_route(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: ComplaintId,
) -> Result<Option<(Transport, String, Locale)>, StorageError> {
    let row = sqlx::query("SELECT channel, email, phone, locale FROM complaints WHERE id = $1")
        .bind(id.0)
        .fetch_one(&mut **tx)
        .await?;
    let channel: String = row.try_get("channel")?;
    let email: Option<String> = row.try_get("email")?;
    let phone: Option<String> = row.try_get("phone")?;
    let locale: String = row.try_get("locale")?;
    let by_phone = matches!(channel.as_str(), "whatsapp" | "sms" | "phone");
    let route = match (by_phone, email, phone) {
        (true, _, Some(phone)) => Some((Transport::Webhook, phone)),
        (_, Some(email), _) => Some((Transport::Email, email)),
        (_, None, Some(phone)) => Some((Transport::Webhook, phone)),
        (_, None, None) => None,
    };
    let language = Locale::from_code(&locale).unwrap_or_default();
    Ok(route.map(|(transport, recipient)| (transport, recipient, language)))
}

/// Queues `notice` for the reporter of complaint `id`, inside `tx`, by [`reporter_route`].
/// Nothing is queued for a reporter who left no contact.
pub(crate) async fn tell_reporter(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    notifier: &Notifier,
    id: ComplaintId,
    code: &TrackingCode,
    notice: &Notice,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    tell_reporter_secret(tx, notifier, id, code, notice, None, now).await
}

/// [`tell_reporter`] for a notice whose text holds [`outbox::SECRET_PLACEHOLDER`], with the
/// secret it stands for, sealed.
pub(crate) async fn tell_reporter_secret(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    notifier: &Notifier,
    id: ComplaintId,
    code: &TrackingCode,
    notice: &Notice,
    sealed_secret: Option<&[u8]>,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let Some((transport, recipient, language)) = reporter_route(tx, id).await? else {
        return Ok(());
    };
    let (subject, body) = compose(
        notice,
        code.as_str(),
        &notifier.tracking_link(code.as_str()),
        language,
    );
    outbox::enqueue(
        tx,
        &NewMessage {
            complaint: Some(id),
            transport,
            recipient: &recipient,
            locale: language.code(),
            subject: &subject,
            body: &body,
            sealed_secret,
        },
        now,
    )
    .await
}

/// Queues the news of `status` for every follower of complaint `id`, inside `tx`.
async fn tell_followers(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    notifier: &Notifier,
    id: ComplaintId,
    code: &TrackingCode,
    status: Status,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    let rows =
        sqlx::query("SELECT transport, recipient, locale FROM followers WHERE complaint_id = $1")
            .bind(id.0)
            .fetch_all(&mut **tx)
            .await?;
    for row in rows {
        let transport: String = row.try_get("transport")?;
        let recipient: String = row.try_get("recipient")?;
        let locale: String = row.try_get("locale")?;
        let language = Locale::from_code(&locale).unwrap_or_default();
        let (subject, body) = compose(
            &Notice::FollowedStatusChanged(status),
            code.as_str(),
            &notifier.status_link(code.as_str()),
            language,
        );
        outbox::enqueue(
            tx,
            &NewMessage {
                complaint: Some(id),
                transport: Transport::parse(&transport)?,
                recipient: &recipient,
                locale: language.code(),
                subject: &subject,
                body: &body,
                sealed_secret: None,
            },
            now,
        )
        .await?;
    }
    Ok(())
}
