//! Acting on a complaint: an officer's step, the reporter's answer, the scheduler's closing, and
//! the records officers add beside the status machine. Each is one transaction: the status
//! machine ([`crate::domain::status`]) decides, then the new status, its timeline entry, its
//! photos, the statistics' tallies and the messages it announces are written together, or none
//! of them.

use super::{notices, tallies};
use crate::domain::complaint::Revision;
use crate::domain::feedback::Feedback;
use crate::domain::notice::{Notice, Notifier};
use crate::domain::officer::OfficerRole;
use crate::domain::sop::StepClock;
use crate::domain::status::{Action, ComplaintState, Role, Status, TransitionError};
use crate::domain::timeline::EntryKind;
use crate::domain::tracking_code::TrackingCode;
use crate::storage::complaints::{ComplaintId, PhotoRecord, insert_photos};
use crate::storage::contacts;
use crate::storage::officers::OfficerId;
use crate::storage::transitions::{self, Entry, StepRow};
use crate::storage::{Db, StorageError};
use chrono::{DateTime, TimeDelta, Utc};

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
/// machine, stores the new status (with the visibility decided at verification, the agency of a
/// dispatch and the reporter's feedback of a confirmation), appends the timeline entry, moves
/// the tallies, and queues the reporter's message when someone else moved it to a status they
/// hear about ([`Status::tells_reporter`]) and the followers' ([`Status::tells_followers`]); all
/// or nothing.
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
    let expected = act.expected;
    let mut tx = db.begin().await?;
    let (id, before, pin) = transitions::lock_pinned(&mut tx, code)
        .await?
        .ok_or(ActError::NotFound)?;
    // Timed by the version of the SOP it was filed under.
    let clock = &clock.pinned(pin.as_ref());
    if let Some(expected) = expected
        && expected != before.status()
    {
        return Err(ActError::Stale {
            expected,
            actual: before.status(),
        });
    }
    let mut after = step(&mut tx, notifier, clock, code, (id, before), act, now).await?;
    // Where the SOP has no head's approval (all but Trenggalek) or no validation by the main
    // desk (Cilacap, Tanah Bumbu), the portal passes the agency's answer on itself, in the same
    // transaction. Each step moves the complaint forward, so this ends.
    while let Some(passed_on) = clock.sop.passes_on(after.status()) {
        let system = Act::new(&passed_on, Role::System);
        after = step(&mut tx, notifier, clock, code, (id, after), &system, now).await?;
    }
    tx.commit().await?;
    Ok(Acted { id, before, after })
}

/// One step of the machine on the `locked` complaint (its id and state before), inside `tx`:
/// the new status, its timeline entry and photos, the tallies and the messages it announces.
async fn step(
    tx: &mut crate::storage::Tx,
    notifier: &Notifier,
    clock: &StepClock,
    code: &TrackingCode,
    (id, before): (ComplaintId, ComplaintState),
    act: &Act<'_>,
    now: DateTime<Utc>,
) -> Result<ComplaintState, ActError> {
    let Act {
        action,
        role,
        officer,
        feedback,
        revision,
        photos,
        ..
    } = *act;
    let after = before.apply(action, role)?;
    let counted = tallies::before_step(tx, id).await?;
    if let Action::MarkDuplicate { original, .. } = action {
        let original = transitions::link_duplicate(tx, id, original)
            .await?
            .ok_or(ActError::NoOriginal)?;
        notices::follow_original(tx, id, original, now).await?;
    }

    let comment = feedback.and_then(|feedback| feedback.comment.as_deref());
    let since = match action {
        Action::Clarify { .. } => {
            let held = transitions::held_clock(tx, id).await?;
            resumed_clock(held, clock.sop.clarification_pauses_clock, now)
        }
        _ => now,
    };
    let step = StepRow {
        after,
        agency: match action {
            Action::Dispatch { agency, .. } => Some(agency.as_str()),
            _ => None,
        },
        visibility: match action {
            Action::Verify { visibility } => Some(visibility.code()),
            _ => None,
        },
        comment,
        // An officer's first step answers the complaint first; the first validated answer
        // reaches the reporter.
        responds: !matches!(role, Role::Reporter | Role::System),
        answers: after.status() == Status::AwaitingReporter,
        holds_clock: matches!(action, Action::RequestClarification { .. }),
        since,
    };
    transitions::store_step(tx, id, &step, now).await?;
    tallies::count_transition(tx, id, &counted, action.kind(), clock, (since, now)).await?;
    if let Some(revision) = revision {
        transitions::store_revision(tx, id, revision, now).await?;
    }

    let note = action.note().or_else(|| comment.map(str::to_owned));
    let entry = Entry {
        kind: EntryKind::Action(action.kind()),
        role,
        officer,
        status: after.status(),
        note: note.as_deref(),
    };
    let event = transitions::record(tx, id, &entry, now).await?;
    insert_photos(tx, id, Some(event), photos).await?;

    let news = after.status();
    if news != before.status() && news.tells_reporter() && role != Role::Reporter {
        let notice = Notice::StatusChanged(news);
        notices::tell_reporter(tx, notifier, id, code, &notice, None, now).await?;
    }
    if news != before.status() && news.tells_followers() {
        notices::tell_followers(tx, notifier, id, code, news, now).await?;
    }
    Ok(after)
}

/// When the clock `held` by a wait (when it began, when the wait began) counts from as it runs
/// again `now`: moved on by the wait when it `pauses`, so that only the time used before the
/// wait counts, else from when it began; `now` when no clock was held.
fn resumed_clock(
    held: Option<(DateTime<Utc>, DateTime<Utc>)>,
    pauses: bool,
    now: DateTime<Utc>,
) -> DateTime<Utc> {
    match held {
        Some((began, waited_from)) if pauses => now - (waited_from - began).max(TimeDelta::zero()),
        Some((began, _)) => began,
        None => now,
    }
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

/// Adds a record beside the status machine (a disposition note, a field report, the desk's note
/// or follow-up) to the complaint with `code`, with its photos, if [`EntryKind::may_record`]
/// allows it to `entry.role` in the complaint's status now and that status is still
/// `entry.status`, the one the officer's page showed ([`RecordError::Stale`] otherwise). A
/// follow-up also queues its message: a reminder to the agency's administrators and liaisons, a
/// raise to its head.
pub async fn add_record(
    db: &Db,
    notifier: &Notifier,
    code: &TrackingCode,
    entry: &Entry<'_>,
    photos: &[PhotoRecord],
    now: DateTime<Utc>,
) -> Result<(), RecordError> {
    let mut tx = db.begin().await?;
    let (id, status) = lock_for_record(&mut tx, code, entry).await?;
    let event = transitions::record(&mut tx, id, entry, now).await?;
    insert_photos(&mut tx, id, Some(event), photos).await?;
    let follow_up = match entry.kind {
        EntryKind::AgencyReminded => {
            Some((false, &[OfficerRole::AgencyAdmin, OfficerRole::Liaison][..]))
        }
        EntryKind::RaisedWithHead => Some((true, &[OfficerRole::AgencyHead][..])),
        _ => None,
    };
    if let Some((to_head, roles)) = follow_up {
        let emails = contacts::agency_officers(&mut tx, id, roles).await?;
        let notice = Notice::AgencyFollowUp {
            status,
            to_head,
            message: entry.note.unwrap_or_default().to_owned(),
        };
        notices::tell_officers(&mut tx, notifier, id, code, &notice, &emails, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Locks the complaint with `code` inside `tx` for `entry`: its id and status, if the status is
/// still the one the officer's page showed and [`EntryKind::may_record`] allows the record.
async fn lock_for_record(
    tx: &mut crate::storage::Tx,
    code: &TrackingCode,
    entry: &Entry<'_>,
) -> Result<(ComplaintId, Status), RecordError> {
    let (id, state) = transitions::lock(tx, code)
        .await?
        .ok_or(RecordError::NotFound)?;
    let status = state.status();
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
    Ok((id, status))
}

/// Why a complaint was not given to an officer.
#[derive(Debug, thiserror::Error)]
pub enum AssignError {
    /// As for any record: not found, not allowed now, or a stale page.
    #[error(transparent)]
    Record(#[from] RecordError),
    /// The officer chosen is not one the assigner may give it to (another agency, inactive, not
    /// an account).
    #[error("that officer cannot be given this complaint")]
    NotEligible,
}

impl From<StorageError> for AssignError {
    fn from(error: StorageError) -> Self {
        AssignError::Record(RecordError::Storage(error))
    }
}

/// Gives the complaint with `code` to `assignee`, as the officer `by` (acting in `role`) whose
/// page showed `expected`: within the desk for the main desk, within the agency for its
/// administrator ([`crate::domain::officer::OfficerScope::may_assign_to`]). The timeline keeps
/// who gave it to whom; returns the assignee's name.
pub async fn assign(
    db: &Db,
    code: &TrackingCode,
    by: &crate::storage::officers::SessionOfficer,
    role: Role,
    expected: Status,
    assignee: OfficerId,
    now: DateTime<Utc>,
) -> Result<String, AssignError> {
    let mut tx = db.begin().await.map_err(StorageError::from)?;
    let chosen = crate::storage::officers::account_in(&mut tx, assignee)
        .await?
        .ok_or(AssignError::NotEligible)?;
    if !chosen.active() || !by.scope.may_assign_to(&chosen.scope()?) {
        return Err(AssignError::NotEligible);
    }
    let name = chosen.display_name.clone();
    let entry = Entry {
        kind: EntryKind::Assigned,
        role,
        officer: Some(by.id),
        status: expected,
        note: Some(&name),
    };
    let (id, _) = lock_for_record(&mut tx, code, &entry).await?;
    transitions::set_assignee(&mut tx, id, assignee).await?;
    transitions::record(&mut tx, id, &entry, now).await?;
    tx.commit().await.map_err(StorageError::from)?;
    Ok(name)
}
