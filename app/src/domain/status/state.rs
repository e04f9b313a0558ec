//! Where a complaint stands: its status, and how a closed one was closed.

use super::*;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How a closed complaint ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Closure {
    /// The reporter confirmed the answer.
    Confirmed,
    /// The reporter did not answer in time (after the reminder, or after a return).
    NoAnswer,
    /// The reporter withdrew the complaint.
    Withdrawn,
    /// The main desk found it the same as another complaint: its reporter follows that one.
    Duplicate,
}

impl Closure {
    /// Every way to close.
    pub const ALL: [Closure; 4] = [
        Closure::Confirmed,
        Closure::NoAnswer,
        Closure::Withdrawn,
        Closure::Duplicate,
    ];

    /// The stable snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            Closure::Confirmed => "confirmed",
            Closure::NoAnswer => "no_answer",
            Closure::Withdrawn => "withdrawn",
            Closure::Duplicate => "duplicate",
        }
    }

    /// How the closure is described beside "Selesai".
    pub const fn label(self) -> Text {
        match self {
            Closure::Confirmed => Text::new("Dikonfirmasi pelapor", "Confirmed by the reporter"),
            Closure::NoAnswer => Text::new(
                "Tanpa konfirmasi pelapor",
                "Closed without the reporter's answer",
            ),
            Closure::Withdrawn => Text::new("Dicabut pelapor", "Withdrawn by the reporter"),
            Closure::Duplicate => Text::new(
                "Digabung dengan aduan yang sama",
                "Merged into the same complaint",
            ),
        }
    }
}

/// Where a complaint stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Status {
    /// Filed and waiting for the main desk to verify it.
    Submitted,
    /// Returned to the reporter as incomplete or unclear (dikembalikan), waiting for a resubmit.
    ReturnedToReporter,
    /// Complete and clear, waiting for the main desk to dispatch it.
    Verified,
    /// Dispatched (disposisi) to an agency, waiting for it to accept.
    Dispatched,
    /// The agency is working on it (Sedang Ditindaklanjuti).
    InProgress,
    /// The agency asked the reporter for more information (klarifikasi) and waits for the answer
    /// on the tracking page (Kapuas row 2).
    AwaitingClarification,
    /// The agency drafted its answer (konsep jawaban); its head approves it or returns it for
    /// revision before it reaches the main desk (Trenggalek rows 6–7).
    AwaitingApproval,
    /// The agency proposed an answer; the main desk checks its substance.
    ResolutionProposed,
    /// The validated answer was sent; waiting for the reporter (Sudah Ditindaklanjuti).
    AwaitingReporter,
    /// Done (Selesai).
    Closed(Closure),
    /// Outside the local government's jurisdiction: entered into SP4N-LAPOR!.
    Escalated,
}

impl Status {
    /// Every status, in the order of a complaint's life.
    pub const ALL: [Status; 14] = [
        Status::Submitted,
        Status::ReturnedToReporter,
        Status::Verified,
        Status::Dispatched,
        Status::InProgress,
        Status::AwaitingClarification,
        Status::AwaitingApproval,
        Status::ResolutionProposed,
        Status::AwaitingReporter,
        Status::Closed(Closure::Confirmed),
        Status::Closed(Closure::NoAnswer),
        Status::Closed(Closure::Withdrawn),
        Status::Closed(Closure::Duplicate),
        Status::Escalated,
    ];

    /// The stable snake_case code for the database and JSON, e.g. `"in_progress"`,
    /// `"closed_no_answer"`.
    pub const fn code(self) -> &'static str {
        match self {
            Status::Submitted => "submitted",
            Status::ReturnedToReporter => "returned_to_reporter",
            Status::Verified => "verified",
            Status::Dispatched => "dispatched",
            Status::InProgress => "in_progress",
            Status::AwaitingClarification => "awaiting_clarification",
            Status::AwaitingApproval => "awaiting_approval",
            Status::ResolutionProposed => "resolution_proposed",
            Status::AwaitingReporter => "awaiting_reporter",
            Status::Closed(Closure::Confirmed) => "closed_confirmed",
            Status::Closed(Closure::NoAnswer) => "closed_no_answer",
            Status::Closed(Closure::Withdrawn) => "closed_withdrawn",
            Status::Closed(Closure::Duplicate) => "closed_duplicate",
            Status::Escalated => "escalated",
        }
    }

    /// The status for a code, the inverse of [`Status::code`].
    pub fn parse_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.code() == code)
    }

    /// The status as the SOPs name it, for reporters and officers.
    pub const fn label(self) -> Text {
        match self {
            Status::Submitted => Text::new("Menunggu Verifikasi", "Awaiting verification"),
            Status::ReturnedToReporter => {
                Text::new("Dikembalikan ke Pelapor", "Returned to the reporter")
            }
            Status::Verified => Text::new("Terverifikasi", "Verified"),
            Status::Dispatched => Text::new(
                "Didisposisikan ke Perangkat Daerah",
                "Dispatched to an agency",
            ),
            Status::InProgress => Text::new("Sedang Ditindaklanjuti", "In progress"),
            Status::AwaitingClarification => Text::new(
                "Menunggu Keterangan Pelapor",
                "Awaiting the reporter's clarification",
            ),
            Status::AwaitingApproval => Text::new(
                "Menunggu Persetujuan Kepala OPD",
                "Awaiting the agency head's approval",
            ),
            Status::ResolutionProposed => Text::new("Menunggu Validasi", "Awaiting validation"),
            Status::AwaitingReporter => {
                Text::new("Sudah Ditindaklanjuti", "Answered, awaiting the reporter")
            }
            Status::Closed(_) => Text::new("Selesai", "Closed"),
            Status::Escalated => Text::new("Diteruskan ke SP4N-LAPOR!", "Forwarded to SP4N-LAPOR!"),
        }
    }

    /// Whether the reporter is told (by e-mail or message) when someone else moves their
    /// complaint to this status: returned to them, passed to an agency, asked for more
    /// information, answered, closed
    /// without their answer, forwarded to SP4N-LAPOR!.
    pub const fn tells_reporter(self) -> bool {
        matches!(
            self,
            Status::ReturnedToReporter
                | Status::Dispatched
                | Status::AwaitingClarification
                | Status::AwaitingReporter
                | Status::Closed(Closure::NoAnswer | Closure::Duplicate)
                | Status::Escalated
        )
    }

    /// Whether the citizens following the complaint hear about this status: passed to an agency,
    /// answered, closed in any way, forwarded to SP4N-LAPOR!.
    pub const fn tells_followers(self) -> bool {
        matches!(
            self,
            Status::Dispatched | Status::AwaitingReporter | Status::Closed(_) | Status::Escalated
        )
    }

    /// Whether the complaint is still being handled here: not closed and not escalated.
    pub const fn is_open(self) -> bool {
        !matches!(self, Status::Closed(_) | Status::Escalated)
    }

    /// The actions `role` may take now, in the order buttons should appear.
    pub fn available_actions(self, role: Role) -> Vec<ActionKind> {
        ActionKind::ALL
            .into_iter()
            .filter(|kind| {
                kind.allowed_roles().contains(&role) && next_status(self, *kind).is_some()
            })
            .collect()
    }
}

impl Status {
    /// Whether a complaint in this status waits for `role` to act: a step is theirs to take
    /// (withdrawing and closing on silence aside). An agency that asked the reporter for more
    /// information may answer without it, but waits for the reporter first.
    pub fn waits_for(self, role: Role) -> bool {
        if self == Status::AwaitingClarification
            && matches!(role, Role::AgencyAdmin | Role::Liaison)
        {
            return false;
        }
        self.available_actions(role)
            .into_iter()
            .any(|kind| !matches!(kind, ActionKind::Withdraw | ActionKind::CloseNoAnswer))
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl TryFrom<String> for Status {
    type Error = UnknownStatus;

    fn try_from(code: String) -> Result<Status, UnknownStatus> {
        Status::parse_code(&code).ok_or(UnknownStatus(code))
    }
}

impl From<Status> for String {
    fn from(status: Status) -> String {
        status.code().to_owned()
    }
}

/// A status code that names no status, e.g. from an old database row.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown complaint status code {0:?}")]
pub struct UnknownStatus(pub String);
