//! The statistics' tallies kept in step with every filing and step, in the same transaction:
//! what moves is decided by [`crate::domain::statistics`], stored by
//! [`crate::storage::statistics`].

use crate::domain::sop::StepClock;
use crate::domain::statistics::{self, Moment};
use crate::domain::status::ActionKind;
use crate::storage::StorageError;
use crate::storage::Tx;
use crate::storage::complaints::ComplaintId;
use crate::storage::statistics::{Stored, apply, set_step_due, stored};
use chrono::{DateTime, Utc};

/// A complaint's facts before a step, read inside the step's transaction: what
/// [`count_transition`] moves its tallies from.
pub async fn before_step(tx: &mut Tx, id: ComplaintId) -> Result<Stored, StorageError> {
    stored(tx, id.0).await
}

/// Counts a complaint that just changed from `before` (read inside `tx` before the change) by
/// `action` at `now`: moves its tallies, counts the step it left as kept or not and the step it
/// entered as due, its clock counted from `since` (`now`, or earlier for a clock that resumes),
/// and the reporter's verdict ([`statistics::transition`]); stores its new step deadline.
pub async fn count_transition(
    tx: &mut Tx,
    id: ComplaintId,
    before: &Stored,
    action: ActionKind,
    clock: &StepClock,
    (since, now): (DateTime<Utc>, DateTime<Utc>),
) -> Result<(), StorageError> {
    let after = stored(tx, id.0).await?;
    let due = if before.facts.status == after.facts.status {
        after.step_due_at
    } else {
        clock.due(after.facts.status, since)
    };
    if before.facts.status != after.facts.status {
        set_step_due(tx, id.0, due).await?;
    }
    let deltas = statistics::transition(
        &Moment {
            facts: &before.facts,
            due: before.step_due_at.map(|due| (clock.day(due), now <= due)),
        },
        &Moment {
            facts: &after.facts,
            due: due.map(|due| (clock.day(due), false)),
        },
        action,
        clock.day(now),
    );
    apply(tx, &deltas).await
}

/// Counts a complaint just filed (its facts read inside `tx`) and starts its first step's clock,
/// both at `now`, when it arrived. One the desk `entered` later, having come by another channel,
/// also counts the SOP's intake row, kept if it was entered in time
/// ([`crate::domain::sop::SopProfile::intake_step`]).
pub async fn count_filing(
    tx: &mut Tx,
    id: ComplaintId,
    clock: &StepClock,
    (now, entered): (DateTime<Utc>, Option<DateTime<Utc>>),
) -> Result<(), StorageError> {
    let filed = stored(tx, id.0).await?;
    let due = clock.due(filed.facts.status, now);
    set_step_due(tx, id.0, due).await?;
    let mut deltas = statistics::filing(&Moment {
        facts: &filed.facts,
        due: due.map(|due| (clock.day(due), false)),
    });
    if let Some(entered) = entered
        && let Some((step, intake_due)) = clock.intake_due(now)
    {
        deltas.extend(statistics::intake(
            step,
            clock.day(intake_due),
            entered <= intake_due,
        ));
    }
    apply(tx, &deltas).await
}
