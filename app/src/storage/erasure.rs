//! The reporter's erasure requests and the main desk's decisions ([`crate::domain::erasure`]).

use super::complaints::ComplaintId;
use super::officers::OfficerId;
use super::rows::parse_status;
use super::transitions::{Entry, record};
use super::{Db, StorageError, Tx, from_millis, to_millis};
use crate::domain::erasure::{ErasureDecision, ErasureReason, ErasureState, decision_due};
use crate::domain::status::{Role, Status};
use crate::domain::timeline::EntryKind;
use chrono::{DateTime, Utc};
use sqlx::Row;

/// Records the reporter's request for complaint `id`, with its timeline entry. Once per
/// complaint: returns whether this one was new.
pub async fn request(
    db: &Db,
    id: ComplaintId,
    reason: Option<&ErasureReason>,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let mut tx = db.begin().await?;
    let status: String = sqlx::query_scalar(
        "UPDATE complaints SET updated_at = updated_at WHERE id = $1 RETURNING status",
    )
    .bind(id.0)
    .fetch_one(&mut *tx)
    .await?;
    let new = sqlx::query(
        "INSERT INTO erasure_requests (complaint_id, requested_at, reason) VALUES ($1, $2, $3) \
         ON CONFLICT (complaint_id) DO NOTHING",
    )
    .bind(id.0)
    .bind(to_millis(now))
    .bind(reason.map(ErasureReason::as_str))
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !new {
        return Ok(false);
    }
    let entry = Entry {
        kind: EntryKind::ErasureRequested,
        role: Role::Reporter,
        officer: None,
        status: parse_status(&status)?,
        note: None,
    };
    record(&mut tx, id, &entry, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Where complaint `id`'s request stands, and the reporter's reason (main desk only).
pub async fn state(
    db: &Db,
    id: ComplaintId,
) -> Result<(ErasureState, Option<String>), StorageError> {
    let row = sqlx::query(
        "SELECT r.requested_at, r.reason, r.decision, r.answer, c.anonymised_at \
         FROM erasure_requests r JOIN complaints c ON c.id = r.complaint_id \
         WHERE r.complaint_id = $1",
    )
    .bind(id.0)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else {
        return Ok((ErasureState::NotAsked, None));
    };
    let requested_at = from_millis(row.try_get("requested_at")?)?;
    let decision: Option<String> = row.try_get("decision")?;
    let anonymised: Option<i64> = row.try_get("anonymised_at")?;
    let state = match decision.as_deref() {
        None => ErasureState::Pending {
            requested_at,
            due: decision_due(requested_at),
        },
        Some("approved") if anonymised.is_some() => ErasureState::Erased,
        Some("approved") => ErasureState::Held,
        Some("refused") => ErasureState::Refused {
            answer: row
                .try_get::<Option<String>, _>("answer")?
                .unwrap_or_default(),
        },
        Some(other) => return Err(StorageError::Corrupt(format!("erasure decision {other:?}"))),
    };
    Ok((state, row.try_get("reason")?))
}

/// Records `officer`'s decision on complaint `id`'s waiting request inside `tx`, with its
/// timeline entry. Returns the complaint's status, or `None` when no request was waiting (none,
/// or decided already): the caller drops `tx`.
pub async fn record_decision(
    tx: &mut Tx,
    id: ComplaintId,
    officer: OfficerId,
    decision: &ErasureDecision,
    now: DateTime<Utc>,
) -> Result<Option<Status>, StorageError> {
    let status: String = sqlx::query_scalar(
        "UPDATE complaints SET updated_at = updated_at WHERE id = $1 RETURNING status",
    )
    .bind(id.0)
    .fetch_one(&mut **tx)
    .await?;
    let status = parse_status(&status)?;
    let answer = match decision {
        ErasureDecision::Approve => None,
        ErasureDecision::Refuse(answer) => Some(answer.as_str()),
    };
    let updated = sqlx::query(
        "UPDATE erasure_requests SET decided_at = $2, decision = $3, decided_by = $4, \
         answer = $5 WHERE complaint_id = $1 AND decided_at IS NULL",
    )
    .bind(id.0)
    .bind(to_millis(now))
    .bind(decision.code())
    .bind(officer.0)
    .bind(answer)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if updated == 0 {
        return Ok(None);
    }
    let entry = Entry {
        kind: EntryKind::ErasureDecided,
        role: Role::MainDesk,
        officer: Some(officer),
        status,
        note: Some(decision.code()),
    };
    record(tx, id, &entry, now).await?;
    Ok(Some(status))
}

/// Complaints whose erasure was approved while they were open, finished since and not yet
/// anonymised: at most `limit`.
pub async fn approved_and_finished(db: &Db, limit: u32) -> Result<Vec<ComplaintId>, StorageError> {
    let codes = super::retention::finished_codes();
    let placeholders: Vec<String> = (0..codes.len()).map(|i| format!("${}", i + 2)).collect();
    let sql = format!(
        "SELECT c.id FROM erasure_requests r JOIN complaints c ON c.id = r.complaint_id \
         WHERE r.decision = 'approved' AND c.anonymised_at IS NULL AND c.status IN ({}) \
         ORDER BY r.decided_at LIMIT $1",
        placeholders.join(", ")
    );
    let mut query = sqlx::query_scalar(&sql).bind(i64::from(limit));
    for code in codes {
        query = query.bind(code);
    }
    let ids: Vec<i64> = query.fetch_all(db.pool()).await?;
    Ok(ids.into_iter().map(ComplaintId).collect())
}
