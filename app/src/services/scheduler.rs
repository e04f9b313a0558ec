//! The scheduler inside the server (no cron needed): every [`TICK`] it sends the confirmation
//! reminder to reporters whose answer waits past the SOP's confirmation period, closes the
//! complaints still unanswered after the reminder period (Surabaya's SOP: 7 days, then 7 more),
//! reminds the officers in charge when a step's SOP deadline nears (three quarters of its time)
//! and when it has passed, and delivers the outbox.
//!
//! Every round decides from the database alone and records each step in the step's own
//! transaction, so a crash or restart at any moment neither skips nor repeats a reminder or a
//! closing, and two servers may run it at once.

use super::act::{self, Act, ActError};
use super::reminders::{send_confirmation_reminder, send_officer_reminder};
use crate::domain::sop::Step;
use crate::domain::status::{Action, Role, Status};
use crate::i18n::moment::format_moment;
use crate::state::AppState;
use crate::storage::StorageError;
use crate::storage::reminders::{self, OfficerReminder};
use chrono::{DateTime, Utc};

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
}

/// One round at `now`.
pub async fn run_once(state: &AppState, now: DateTime<Utc>) -> Result<Round, StorageError> {
    let mut round = Round::default();
    // Another instance's administrator may have put another SOP in force.
    state.sop.refresh(&state.db).await?;
    for waiting in reminders::awaiting_reporter(&state.db).await? {
        let since = waiting.since.with_timezone(&state.utc_offset);
        let closes_at = state.sop.get().no_answer_deadline(since);
        if closes_at.is_some_and(|closes_at| closes_at <= now) {
            let act = Act {
                expected: Some(Status::AwaitingReporter),
                ..Act::new(&Action::CloseNoAnswer, Role::System)
            };
            match act::act(
                &state.db,
                &state.notifier,
                &state.step_clock(),
                &waiting.tracking_code,
                &act,
                now,
            )
            .await
            {
                Ok(_) => {
                    round.closed += 1;
                    tracing::info!(
                        complaint = waiting.id.0,
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
            continue;
        }
        let remind_at = state.sop.get().deadline(Step::ReporterConfirmation, since);
        if let (Some(remind_at), Some(closes_at)) = (remind_at, closes_at)
            && remind_at <= now
            && send_confirmation_reminder(
                &state.db,
                &state.notifier,
                &waiting,
                &format_moment(&closes_at),
                now,
            )
            .await?
        {
            round.reminders += 1;
            tracing::info!(complaint = waiting.id.0, "confirmation reminder sent");
        }
    }
    for running in reminders::running_for_officers(&state.db).await? {
        let since = running.since.with_timezone(&state.utc_offset);
        let Some((due_soon, deadline)) = state.sop.get().due_soon(running.status, since) else {
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
    round.delivered =
        crate::notify::deliver_due(&state.db, &state.delivery, &state.protector, now).await?;
    Ok(round)
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
                "scheduler round done"
            ),
            Err(error) => tracing::error!(%error, "scheduler round failed"),
        }
    }
}
