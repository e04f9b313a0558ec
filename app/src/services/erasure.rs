//! The main desk's decision on a reporter's erasure request, as one use case
//! ([`crate::domain::erasure`]): recorded with its timeline entry; for a finished complaint
//! approved, the anonymisation at once; otherwise the reporter told through their channel, while
//! their contact is still there to tell.

use crate::domain::erasure::ErasureDecision;
use crate::domain::notice::{Notice, Notifier};
use crate::domain::tracking_code::TrackingCode;
use crate::storage::complaints::ComplaintId;
use crate::storage::officers::OfficerId;
use crate::storage::retention::{self, Anonymisation};
use crate::storage::{Db, StorageError, erasure};
use chrono::{DateTime, Utc};

/// What a decision did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decided {
    /// There was no request waiting (none, or decided already).
    NothingWaiting,
    /// Approved for a finished complaint: erased now.
    Erased(Anonymisation),
    /// Approved while the complaint is open: held until it is finished.
    Held,
    /// Refused.
    Refused,
}

/// Records `officer`'s decision on complaint `id`'s waiting request, in one transaction.
pub async fn decide(
    db: &Db,
    notifier: &Notifier,
    id: ComplaintId,
    code: &TrackingCode,
    officer: OfficerId,
    decision: &ErasureDecision,
    now: DateTime<Utc>,
) -> Result<Decided, StorageError> {
    let mut tx = db.begin().await?;
    let Some(status) = erasure::record_decision(&mut tx, id, officer, decision, now).await? else {
        return Ok(Decided::NothingWaiting);
    };
    let decided = match decision {
        ErasureDecision::Approve if !status.is_open() => {
            match retention::anonymise(&mut tx, id, now).await? {
                Some(anonymisation) => Decided::Erased(anonymisation),
                // Already anonymised by its retention period: nothing is left to erase.
                None => Decided::Erased(Anonymisation::default()),
            }
        }
        ErasureDecision::Approve => Decided::Held,
        ErasureDecision::Refuse(_) => Decided::Refused,
    };
    // Erased, the reporter's contact is gone with the rest: the tracking page says so.
    let notice = match (&decided, decision) {
        (Decided::Held, _) => Some(Notice::ErasureHeld),
        (Decided::Refused, ErasureDecision::Refuse(answer)) => Some(Notice::ErasureRefused {
            answer: answer.clone(),
        }),
        _ => None,
    };
    if let Some(notice) = notice {
        super::notices::tell_reporter(&mut tx, notifier, id, code, &notice, None, now).await?;
    }
    tx.commit().await?;
    Ok(decided)
}
