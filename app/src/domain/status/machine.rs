//! The machine: which action, by which role, moves which status where, and why a move is refused.

use super::*;
use serde::{Deserialize, Serialize};

/// The one table of transitions: where `kind` takes a complaint in `status`, if anywhere.
pub(super) const fn next_status(status: Status, kind: ActionKind) -> Option<Status> {
    use ActionKind as A;
    use Status as S;
    match (status, kind) {
        (S::Closed(_) | S::Escalated, _) => None,
        (_, A::Withdraw) => Some(S::Closed(Closure::Withdrawn)),
        (S::Submitted, A::Verify) => Some(S::Verified),
        (S::Submitted, A::ReturnToReporter) => Some(S::ReturnedToReporter),
        (S::Submitted | S::Verified, A::Escalate) => Some(S::Escalated),
        (S::Submitted | S::ReturnedToReporter | S::Verified, A::MarkDuplicate) => {
            Some(S::Closed(Closure::Duplicate))
        }
        (S::ReturnedToReporter, A::Resubmit) => Some(S::Submitted),
        (S::ReturnedToReporter | S::AwaitingReporter, A::CloseNoAnswer) => {
            Some(S::Closed(Closure::NoAnswer))
        }
        (S::Verified, A::Dispatch) => Some(S::Dispatched),
        (S::Dispatched, A::AcceptDispatch) => Some(S::InProgress),
        (S::Dispatched, A::ReturnDispatch) => Some(S::Verified),
        (
            S::Dispatched | S::InProgress | S::AwaitingClarification | S::AwaitingApproval,
            A::Recall,
        ) => Some(S::Verified),
        (S::InProgress, A::RequestClarification) => Some(S::AwaitingClarification),
        (S::AwaitingClarification, A::Clarify) => Some(S::InProgress),
        // The agency may answer with what it has when the reporter does not clarify.
        (S::InProgress | S::AwaitingClarification, A::ProposeResolution) => {
            Some(S::AwaitingApproval)
        }
        (S::AwaitingApproval, A::Approve) => Some(S::ResolutionProposed),
        (S::AwaitingApproval, A::ReturnDraft) => Some(S::InProgress),
        (S::ResolutionProposed, A::Validate) => Some(S::AwaitingReporter),
        (S::ResolutionProposed, A::SendBack) => Some(S::InProgress),
        (S::AwaitingReporter, A::Confirm) => Some(S::Closed(Closure::Confirmed)),
        (S::AwaitingReporter, A::Reject) => Some(S::InProgress),
        _ => None,
    }
}

/// Why an action was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum TransitionError {
    /// The role may never take this action.
    #[error("a {role:?} may not {action:?}")]
    WrongRole {
        /// The action tried.
        action: ActionKind,
        /// Who tried it.
        role: Role,
    },
    /// The action does not apply to a complaint in this status.
    #[error("cannot {action:?} a complaint that is {from}")]
    NotAllowed {
        /// The complaint's status.
        from: Status,
        /// The action tried.
        action: ActionKind,
    },
}

impl TransitionError {
    /// A sentence for the officer or reporter who tried.
    pub fn message(&self, locale: crate::i18n::Locale) -> String {
        use crate::i18n::Locale;
        match (self, locale) {
            (TransitionError::WrongRole { action, role }, Locale::Id) => format!(
                "{} tidak berwenang melakukan \"{}\".",
                role.label().get(locale),
                action.label().get(locale)
            ),
            (TransitionError::WrongRole { action, role }, Locale::En) => format!(
                "A {} may not \"{}\".",
                role.label().get(locale).to_lowercase(),
                action.label().get(locale)
            ),
            (TransitionError::NotAllowed { from, action }, Locale::Id) => format!(
                "\"{}\" tidak dapat dilakukan pada aduan berstatus {}.",
                action.label().get(locale),
                from.label().get(locale)
            ),
            (TransitionError::NotAllowed { from, action }, Locale::En) => format!(
                "\"{}\" is not possible for a complaint that is {}.",
                action.label().get(locale),
                from.label().get(locale).to_lowercase()
            ),
        }
    }
}

/// One step of the machine: the status `action` by `role` leads to from `status`.
///
/// # Errors
/// [`TransitionError::WrongRole`] when the role may never take the action (checked first), else
/// [`TransitionError::NotAllowed`] when the action does not apply in `status`.
pub fn apply(status: Status, action: &Action, role: Role) -> Result<Status, TransitionError> {
    let kind = action.kind();
    if !kind.allowed_roles().contains(&role) {
        return Err(TransitionError::WrongRole { action: kind, role });
    }
    next_status(status, kind).ok_or(TransitionError::NotAllowed {
        from: status,
        action: kind,
    })
}

/// Rejections after which a complaint is watched from above the agency (the SOP profile's
/// oversight office).
pub const OVERSIGHT_AFTER_REJECTIONS: u32 = 2;

/// A complaint's status with the history the machine keeps: how often the reporter reopened it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ComplaintState {
    status: Status,
    reopen_count: u32,
}

impl ComplaintState {
    /// A complaint just filed.
    pub const fn new() -> ComplaintState {
        ComplaintState {
            status: Status::Submitted,
            reopen_count: 0,
        }
    }

    /// A state loaded from storage.
    pub const fn restore(status: Status, reopen_count: u32) -> ComplaintState {
        ComplaintState {
            status,
            reopen_count,
        }
    }

    /// The current status.
    pub const fn status(&self) -> Status {
        self.status
    }

    /// How many times the reporter rejected an answer and so reopened the complaint.
    pub const fn reopen_count(&self) -> u32 {
        self.reopen_count
    }

    /// Whether the complaint is watched from above the agency: its reporter rejected an answer
    /// [`OVERSIGHT_AFTER_REJECTIONS`] times, so it does not simply loop between them.
    pub const fn under_oversight(&self) -> bool {
        self.reopen_count >= OVERSIGHT_AFTER_REJECTIONS
    }

    /// The state after `action` by `role`; a rejection counts as a reopening.
    ///
    /// # Errors
    /// As [`apply`].
    pub fn apply(&self, action: &Action, role: Role) -> Result<ComplaintState, TransitionError> {
        let status = apply(self.status, action, role)?;
        let reopened = u32::from(action.kind() == ActionKind::Reject);
        Ok(ComplaintState {
            status,
            reopen_count: self.reopen_count.saturating_add(reopened),
        })
    }

    /// The actions `role` may take now.
    pub fn available_actions(&self, role: Role) -> Vec<ActionKind> {
        self.status.available_actions(role)
    }
}

impl Default for ComplaintState {
    fn default() -> ComplaintState {
        ComplaintState::new()
    }
}
