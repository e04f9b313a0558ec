//! Retention, as the scheduler runs it: every finished complaint whose SOP profile's retention
//! ([`crate::domain::sop::Retention`]) has passed is anonymised in a transaction of its own
//! ([`crate::storage::retention::anonymise`]), then the photo files no complaint names any more
//! are deleted from the blob store.
//!
//! Once, whatever happens: the anonymisation and its record share the transaction, and the
//! record's key lets only one of two schedulers that meet on a complaint commit it. A file is
//! deleted after the commit that queued it; a crash in between leaves it queued, and the next
//! round deletes it (deleting what is gone is no error).

use crate::state::AppState;
use crate::storage::StorageError;
use crate::storage::retention::{self, Finished};
use chrono::{DateTime, Utc};

/// The most complaints one round anonymises: a backlog (a first start with years of closed
/// complaints) is worked off over several rounds instead of holding one long.
pub const PER_ROUND: u32 = 200;

/// What one round of retention did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Swept {
    /// Complaints anonymised.
    pub anonymised: usize,
    /// Photo files deleted from the blob store.
    pub files_deleted: usize,
}

/// Anonymises the complaints due at `now`, then deletes the photo files no complaint names.
pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> Result<Swept, StorageError> {
    let versions = state.sop.versions();
    let in_force = state.sop.get();
    // A complaint is due once its own profile's period has passed; none is due before the
    // shortest period of any profile the desk keeps.
    let shortest = versions
        .iter()
        .map(|profile| profile.retention)
        .chain([in_force.retention])
        .min()
        .unwrap_or_default();
    let cutoff = now - chrono::Duration::days(i64::from(shortest.days()));
    let mut swept = Swept::default();
    let candidates = retention::finished_before(&state.db, cutoff, PER_ROUND).await?;
    for Finished {
        id,
        finished_at,
        sop,
    } in candidates
    {
        let profile = state.sop.pinned(sop.as_ref());
        if profile.retention.ends(finished_at) > now {
            continue;
        }
        let mut tx = state.db.begin().await?;
        match retention::anonymise(&mut tx, id, now).await? {
            Some(anonymisation) => {
                tx.commit().await?;
                swept.anonymised += 1;
                tracing::info!(
                    complaint = id.0,
                    removed = anonymisation.record(),
                    "complaint anonymised after its retention period"
                );
            }
            // Another scheduler did it first; nothing of this transaction stays.
            None => tx.rollback().await?,
        }
    }
    // Erasures the main desk approved while the complaint was open (legal hold), due the moment
    // it is finished.
    for id in crate::storage::erasure::approved_and_finished(&state.db, PER_ROUND).await? {
        let mut tx = state.db.begin().await?;
        match retention::anonymise(&mut tx, id, now).await? {
            Some(anonymisation) => {
                tx.commit().await?;
                swept.anonymised += 1;
                tracing::info!(
                    complaint = id.0,
                    removed = anonymisation.record(),
                    "complaint anonymised at its reporter's request"
                );
            }
            None => tx.rollback().await?,
        }
    }
    retention::forget_referenced_blobs(&state.db).await?;
    for key in retention::unreferenced_blobs(&state.db, PER_ROUND).await? {
        match state.blobs.delete(&key).await {
            Ok(()) => {
                retention::blob_deleted(&state.db, &key).await?;
                swept.files_deleted += 1;
            }
            // The store is down: the file stays queued for the next round.
            Err(error) => {
                tracing::warn!(%error, "an anonymised complaint's photo file could not be deleted")
            }
        }
    }
    Ok(swept)
}
