//! The scheduler inside the server (no cron needed): every [`TICK`] it sends the confirmation
//! reminder to reporters whose answer waits past the SOP's confirmation period, closes the
//! complaints still unanswered after the reminder period (Surabaya's SOP: 7 days, then 7 more;
//! the profile's [`crate::domain::sop::ReporterWaits`] where the SOP gives no time), does the
//! same for complaints returned as incomplete that the reporter never completes, reminds the
//! officers in charge when a step's SOP deadline nears (three quarters of its time) and when it
//! has passed, anonymises the finished complaints whose retention has passed
//! ([`super::retention`]), and delivers the outbox.
//!
//! Every round decides from the database alone and records each step in the step's own
//! transaction, so a crash or restart at any moment neither skips nor repeats a reminder or a
//! closing, and two servers may run it at once.

use super::act::{self, Act, ActError};
use super::reminders::{send_officer_reminder, send_reporter_reminder};
use crate::domain::status::{Action, Role};
use crate::i18n::moment::format_moment;
use crate::state::AppState;
use crate::storage::StorageError;
use crate::storage::reminders::{self, OfficerReminder, Waiting};
use chrono::{DateTime, FixedOffset, Utc};

/// How long without a finished round before `/readyz` calls this instance not ready: five
/// rounds missed.
pub const LATE_AFTER: std::time::Duration = std::time::Duration::from_secs(5 * 30);

/// How often the scheduler runs.
pub const TICK: std::time::Duration = std::time::Duration::from_secs(30);

/// What one round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    /// Confirmation reminders sent.
    pub reminders: usize,
    /// Complaints closed without the reporter's answer.
    pub closed: usize,
    /// Reminders to officers that a deadline nears or has passed.
    pub officer_reminders: usize,
    /// Messages delivered.
    pub delivered: usize,
    /// Complaints anonymised after their retention period, and photo files deleted with them.
    pub retention: super::retention::Swept,
}

/// One round at `now`.
pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> Result<Round, StorageError> {
    let mut round = Round::default();
    // Another instance's administrator may have put another SOP in force.
    state.sop.refresh(&state.db).await?;
    for waiting in reminders::awaiting_reporter(&state.db).await? {
        let since = waiting.since.with_timezone(&state.utc_offset);
        // Each timed by the version of the SOP it was filed under.
        let deadlines = state
            .sop
            .pinned(waiting.sop.as_ref())
            .confirmation_deadlines(since);
        wait_for_reporter(state, &waiting, deadlines, now, &mut round).await?;
    }
    for waiting in reminders::returned_to_reporter(&state.db).await? {
        let since = waiting.since.with_timezone(&state.utc_offset);
        let deadlines = state
            .sop
            .pinned(waiting.sop.as_ref())
            .completion_deadlines(since);
        wait_for_reporter(state, &waiting, deadlines, now, &mut round).await?;
    }
    for running in reminders::running_for_officers(&state.db).await? {
        let since = running.since.with_timezone(&state.utc_offset);
        let sop = state.sop.pinned(running.sop.as_ref());
        let Some((due_soon, deadline)) = sop.due_soon(running.status, since) else {
            continue;
        };
        let reminder = if deadline <= now {
            OfficerReminder::Overdue
        } else if due_soon <= now {
            OfficerReminder::DueSoon
        } else {
            continue;
        };
        if send_officer_reminder(
            &state.db,
            &state.notifier,
            &running,
            reminder,
            &format_moment(&deadline),
            now,
        )
        .await?
        {
            round.officer_reminders += 1;
            tracing::info!(
                complaint = running.id.0,
                ?reminder,
                "officers reminded of a deadline"
            );
        }
    }
    round.retention = super::retention::run_once(state, now).await?;
    round.delivered =
        crate::notify::deliver_due(&state.db, &state.delivery, &state.protector, now).await?;
    Ok(round)
}

/// One complaint waiting for its reporter (to confirm an answer, or to complete what was
/// returned), with its `(reminder, closing)` moments: closed without answer once the closing is
/// due, else reminded once the reminder is.
async fn wait_for_reporter(
    state: &AppState,
    waiting: &Waiting,
    deadlines: Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)>,
    now: DateTime<Utc>,
    round: &mut Round,
) -> Result<(), StorageError> {
    let Some((remind_at, closes_at)) = deadlines else {
        return Ok(());
    };
    let status = waiting.status;
    if closes_at <= now {
        let act = Act {
            expected: Some(status),
            ..Act::new(&Action::CloseNoAnswer, Role::System)
        };
        let code = &waiting.tracking_code;
        match act::act(
            &state.db,
            &state.notifier,
            &state.step_clock(),
            code,
            &act,
            now,
        )
        .await
        {
            Ok(_) => {
                round.closed += 1;
                tracing::info!(
                    complaint = waiting.id.0,
                    ?status,
                    "closed without the reporter's answer"
                );
            }
            // Someone acted first (the reporter answered, another server closed it).
            Err(
                ActError::Stale { .. }
                | ActError::Refused(_)
                | ActError::NotFound
                | ActError::NoOriginal,
            ) => {}
            Err(ActError::Storage(error)) => return Err(error),
        }
        return Ok(());
    }
    if remind_at > now {
        return Ok(());
    }
    let closes_at = format_moment(&closes_at);
    if send_reporter_reminder(&state.db, &state.notifier, waiting, &closes_at, now).await? {
        round.reminders += 1;
        tracing::info!(complaint = waiting.id.0, ?status, "reporter reminded");
    }
    Ok(())
}

/// Runs a round every [`TICK`] on the state's clock until the task is dropped.
pub async fn run(state: AppState) {
    let mut interval = tokio::time::interval(TICK);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    state.scheduler_beat.start();
    loop {
        interval.tick().await;
        let result = run_once(&state, state.clock.now()).await;
        // A failed round is no pulse: `/readyz` notices when rounds stop succeeding.
        if result.is_ok() {
            state.scheduler_beat.beat();
        }
        match result {
            Ok(round) if round == Round::default() => {
                tracing::debug!("scheduler round: nothing due")
            }
            Ok(round) => tracing::info!(
                reminders = round.reminders,
                closed = round.closed,
                officer_reminders = round.officer_reminders,
                delivered = round.delivered,
                anonymised = round.retention.anonymised,
                files_deleted = round.retention.files_deleted,
                "scheduler round done"
            ),
            Err(error) => tracing::error!(%error, "scheduler round failed"),
        }
    }
}
