//! The outbox: messages for reporters, written in the transaction of the change they announce and
//! delivered afterwards, with every attempt recorded.

use super::complaints::ComplaintId;
use super::rows::OutboxRow;
use super::{Db, StorageError, to_millis};
use chrono::{DateTime, Utc};

/// How a message travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Transport {
    /// E-mail over SMTP.
    Email,
    /// A POST to the WhatsApp/SMS gateway's webhook.
    Webhook,
}

impl Transport {
    /// The stored code.
    pub const fn code(self) -> &'static str {
        match self {
            Transport::Email => "email",
            Transport::Webhook => "webhook",
        }
    }

    pub(crate) fn parse(code: &str) -> Result<Transport, StorageError> {
        match code {
            "email" => Ok(Transport::Email),
            "webhook" => Ok(Transport::Webhook),
            other => Err(StorageError::Corrupt(format!("transport {other:?}"))),
        }
    }
}

/// A message to queue.
#[derive(Clone, Debug)]
pub struct NewMessage<'a> {
    /// The complaint it is about (`None`: a report to an agency).
    pub complaint: Option<ComplaintId>,
    /// How it travels.
    pub transport: Transport,
    /// E-mail address or phone number.
    pub recipient: &'a str,
    /// Its language's code.
    pub locale: &'a str,
    /// Subject line.
    pub subject: &'a str,
    /// Text; a secret it carries stands as [`SECRET_PLACEHOLDER`].
    pub body: &'a str,
    /// The secret the body's placeholder stands for, sealed under the server's key.
    pub sealed_secret: Option<&'a [u8]>,
}

/// Where a message's secret goes in its body; the secret itself is stored sealed beside it and
/// put in only as the message is sent.
pub const SECRET_PLACEHOLDER: &str = "[[RAHASIA]]";

/// Queues a message inside the caller's transaction, due at once.
pub async fn enqueue(
    tx: &mut super::Tx,
    message: &NewMessage<'_>,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO outbox (complaint_id, transport, recipient, locale, subject, body, \
         created_at, next_attempt_at, sealed_secret) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)",
    )
    .bind(message.complaint.map(|complaint| complaint.0))
    .bind(message.transport.code())
    .bind(message.recipient)
    .bind(message.locale)
    .bind(message.subject)
    .bind(message.body)
    .bind(to_millis(now))
    .bind(message.sealed_secret)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A message claimed for delivery.
#[derive(Clone)]
pub struct Claimed {
    /// Its id: the receiver's key for ignoring a repeat.
    pub id: i64,
    /// The tracking code of its complaint (`None`: a report to an agency).
    pub tracking_code: Option<String>,
    /// How it travels.
    pub transport: Transport,
    /// E-mail address or phone number.
    pub recipient: String,
    /// Its language's code.
    pub locale: String,
    /// Subject.
    pub subject: String,
    /// Text, with [`SECRET_PLACEHOLDER`] where a secret goes.
    pub body: String,
    /// The secret the body's placeholder stands for, sealed.
    pub sealed_secret: Option<Vec<u8>>,
    /// Attempts made before this one.
    pub attempts: u32,
}

impl std::fmt::Debug for Claimed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Claimed")
            .field("id", &self.id)
            .field("transport", &self.transport)
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

/// Claims up to `limit` due messages for `lease`: no other sender takes them until it runs out.
pub async fn claim_due(
    db: &Db,
    now: DateTime<Utc>,
    lease: chrono::Duration,
    limit: i64,
) -> Result<Vec<Claimed>, StorageError> {
    let at = to_millis(now);
    let candidates: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM outbox WHERE delivered_at IS NULL AND failed_at IS NULL \
         AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1) \
         ORDER BY next_attempt_at, id LIMIT $2",
    )
    .bind(at)
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for id in candidates {
        let taken = sqlx::query(
            "UPDATE outbox SET claimed_until = $1 WHERE id = $2 AND delivered_at IS NULL \
             AND failed_at IS NULL AND (claimed_until IS NULL OR claimed_until < $3)",
        )
        .bind(to_millis(now + lease))
        .bind(id)
        .bind(at)
        .execute(db.pool())
        .await?
        .rows_affected();
        if taken == 0 {
            continue;
        }
        let row: OutboxRow = sqlx::query_as(&format!(
            "SELECT {} FROM outbox o LEFT JOIN complaints c ON c.id = o.complaint_id \
             WHERE o.id = $1",
            OutboxRow::COLUMNS
        ))
        .bind(id)
        .fetch_one(db.pool())
        .await?;
        claimed.push(Claimed {
            transport: row.transport()?,
            attempts: row.attempts(),
            id: row.id,
            tracking_code: row.tracking_code,
            recipient: row.recipient,
            locale: row.locale,
            subject: row.subject,
            body: row.body,
            sealed_secret: row.sealed_secret,
        });
    }
    Ok(claimed)
}

/// What became of one attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Delivered.
    Delivered,
    /// Failed; try again at the given time.
    RetryAt(DateTime<Utc>, String),
    /// Failed for the last time.
    GaveUp(String),
}

/// Records an attempt on a claimed message and releases the claim.
pub async fn record_attempt(
    db: &Db,
    id: i64,
    now: DateTime<Utc>,
    outcome: &Outcome,
) -> Result<(), StorageError> {
    let at = to_millis(now);
    let mut tx = db.begin().await?;
    let (ok, error) = match outcome {
        Outcome::Delivered => (1_i64, None),
        Outcome::RetryAt(_, error) | Outcome::GaveUp(error) => (0, Some(error.as_str())),
    };
    sqlx::query("INSERT INTO outbox_attempts (outbox_id, at, ok, error) VALUES ($1, $2, $3, $4)")
        .bind(id)
        .bind(at)
        .bind(ok)
        .bind(error)
        .execute(&mut *tx)
        .await?;
    let (delivered, next, failed) = match outcome {
        Outcome::Delivered => (Some(at), None, None),
        Outcome::RetryAt(next, _) => (None, Some(to_millis(*next)), None),
        Outcome::GaveUp(_) => (None, None, Some(at)),
    };
    // Delivered or given up, the message never goes again: its secret goes now.
    let keep_secret = i64::from(matches!(outcome, Outcome::RetryAt(..)));
    sqlx::query(
        "UPDATE outbox SET attempts = attempts + 1, claimed_until = NULL, \
         delivered_at = $1, next_attempt_at = COALESCE($2, next_attempt_at), failed_at = $3, \
         sealed_secret = CASE WHEN $5 = 1 THEN sealed_secret ELSE NULL END WHERE id = $4",
    )
    .bind(delivered)
    .bind(next)
    .bind(failed)
    .bind(id)
    .bind(keep_secret)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}
