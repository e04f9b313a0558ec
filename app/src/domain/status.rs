//! The life of a complaint: its statuses, who may move it, and where to.
//!
//! The machine follows the five SOPs:
//!
//! ```text
//!  Submitted ──Verify──▶ Verified ──Dispatch{agency}──▶ Dispatched ──AcceptDispatch──▶ InProgress
//!   │  ▲   │               ▲  │                            │                          │   ▲
//!   │  │   └─Escalate─┐    │  └─Escalate──▶ Escalated      └─ReturnDispatch{reason}─┐  │   │
//!   │  Resubmit       ▼    └──────────────────────────────────────────────────────────┘  │   │
//!   │  │          Escalated                                         ProposeResolution ◀──┘   │
//!   ▼  │                                                                   │                 │
//!  ReturnedToReporter                        ResolutionProposed ◀──────────┘                 │
//!   (ReturnToReporter{reason})                 │ Validate        │ SendBack{reason} ─────────┤
//!                                              ▼                                             │
//!                                          AwaitingReporter ── Reject{reason} (reopening) ───┘
//!                                              │ Confirm → Closed(Confirmed)
//!                                              │ CloseNoAnswer → Closed(NoAnswer)
//!  Withdraw, from any open status → Closed(Withdrawn)
//! ```
//!
//! Decisions:
//! - Accepting a dispatch *is* the agency's first response: the complaint becomes
//!   "Sedang Ditindaklanjuti" at once (Surabaya: the first response within 1×24 h changes the
//!   status; Cilacap: Admin OPD accepts within 15 minutes). There is no separate "accepted" state;
//!   later progress notes are not status changes.
//! - The agency's internal steps (liaison's memo to the head, the head's instructions, the field
//!   report) are `DispositionNote` / `FieldReport` records, not statuses; the head of an agency
//!   therefore has no status transition of its own.
//! - The main desk may record the reporter's actions on the reporter's behalf (resubmit, confirm,
//!   reject, withdraw): complaints by WhatsApp, SMS or phone have no portal account (Trenggalek,
//!   Surabaya step 15 "me-reply sesuai dengan kanal").
//! - `CloseNoAnswer` closes a complaint whose reporter stays silent: after the answer
//!   (Surabaya steps 12–14) or after it was returned as incomplete (Trenggalek step 2c). When the
//!   silence is long enough is the SOP profile's business ([`crate::domain::sop`]); the machine
//!   only checks the status and the role.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::complaint::{AgencyCode, Visibility};
use super::field::ErrorCode;
use super::text;
use super::tracking_code::TrackingCode;
use crate::i18n::Text;

/// The shortest reason accepted, in characters: enough to say what is missing.
pub const REASON_MIN_CHARS: usize = 5;
/// The longest reason accepted, in characters.
pub const REASON_MAX_CHARS: usize = 2000;

/// A non-empty explanation, required whenever a complaint goes back (returned, sent back,
/// rejected): 5–2000 characters, paragraphs kept.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reason(String);

impl Reason {
    /// How a reason is labelled in forms and error messages.
    pub const LABEL: Text = Text::new("Alasan", "Reason");

    /// Parses a reason, normalised like complaint text.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`; render them with
    /// [`ErrorCode::message`] and [`Reason::LABEL`].
    pub fn parse(raw: &str) -> Result<Reason, ErrorCode> {
        let reason = text::multi_line(raw);
        text::check(&reason, REASON_MIN_CHARS, REASON_MAX_CHARS, true)?;
        Ok(Reason(reason))
    }

    /// The reason's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Reason {
    type Error = ErrorCode;

    fn try_from(raw: String) -> Result<Reason, ErrorCode> {
        Reason::parse(&raw)
    }
}

impl From<Reason> for String {
    fn from(reason: Reason) -> String {
        reason.0
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The shortest answer accepted, in characters: a sentence that says what was done.
pub const ANSWER_MIN_CHARS: usize = 20;
/// The longest answer accepted, in characters.
pub const ANSWER_MAX_CHARS: usize = 5000;

/// The agency's answer to a complaint (tindak lanjut): what it did or decided, written for the
/// reporter, who reads it once the main desk validates it. 20–5000 characters, paragraphs kept.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AnswerText(String);

impl AnswerText {
    /// How an answer is labelled in forms and error messages.
    pub const LABEL: Text = Text::new("Jawaban tindak lanjut", "Answer");

    /// Parses an answer, normalised like complaint text.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<AnswerText, ErrorCode> {
        let answer = text::multi_line(raw);
        text::check(&answer, ANSWER_MIN_CHARS, ANSWER_MAX_CHARS, true)?;
        Ok(AnswerText(answer))
    }

    /// The answer's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for AnswerText {
    type Error = ErrorCode;

    fn try_from(raw: String) -> Result<Self, Self::Error> {
        AnswerText::parse(&raw)
    }
}

impl From<AnswerText> for String {
    fn from(answer: AnswerText) -> Self {
        answer.0
    }
}

/// The most characters of an SP4N-LAPOR! tracking number.
const SP4N_TICKET_MAX_CHARS: usize = 32;

/// The tracking number SP4N-LAPOR! gave a complaint escalated to it (e.g. `#1234567`), kept so
/// the reporter can follow it there. Stored without the `#`, upper-cased: 4–32 ASCII letters,
/// digits and dashes, at least one digit.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Sp4nTicket(String);

impl Sp4nTicket {
    /// How a ticket number is labelled in forms and error messages.
    pub const LABEL: Text = Text::new("Nomor tiket SP4N-LAPOR!", "SP4N-LAPOR! ticket number");

    /// Parses a ticket number as copied from SP4N-LAPOR!: trimmed, an optional leading `#`
    /// dropped, upper-cased.
    ///
    /// # Errors
    /// `Required` when empty, `TooShort`/`TooLong`, or `InvalidChoice` for other characters.
    pub fn parse(raw: &str) -> Result<Sp4nTicket, ErrorCode> {
        let raw = raw.trim();
        let ticket = raw
            .strip_prefix('#')
            .unwrap_or(raw)
            .trim()
            .to_ascii_uppercase();
        if ticket.is_empty() {
            return Err(ErrorCode::Required);
        }
        if !(ticket
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
            && ticket.chars().any(|c| c.is_ascii_digit()))
        {
            return Err(ErrorCode::InvalidChoice);
        }
        if ticket.len() < 4 {
            return Err(ErrorCode::TooShort { min: 4 });
        }
        if ticket.len() > SP4N_TICKET_MAX_CHARS {
            return Err(ErrorCode::TooLong {
                max: SP4N_TICKET_MAX_CHARS,
            });
        }
        Ok(Sp4nTicket(ticket))
    }

    /// The ticket number, without `#`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Sp4nTicket {
    type Error = ErrorCode;

    fn try_from(raw: String) -> Result<Sp4nTicket, ErrorCode> {
        Sp4nTicket::parse(&raw)
    }
}

impl From<Sp4nTicket> for String {
    fn from(ticket: Sp4nTicket) -> String {
        ticket.0
    }
}

impl fmt::Display for Sp4nTicket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

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
    pub const ALL: [Status; 12] = [
        Status::Submitted,
        Status::ReturnedToReporter,
        Status::Verified,
        Status::Dispatched,
        Status::InProgress,
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
            Status::ResolutionProposed => Text::new("Menunggu Validasi", "Awaiting validation"),
            Status::AwaitingReporter => {
                Text::new("Sudah Ditindaklanjuti", "Answered, awaiting the reporter")
            }
            Status::Closed(_) => Text::new("Selesai", "Closed"),
            Status::Escalated => Text::new("Diteruskan ke SP4N-LAPOR!", "Forwarded to SP4N-LAPOR!"),
        }
    }

    /// Whether the reporter is told (by e-mail or message) when someone else moves their
    /// complaint to this status: returned to them, passed to an agency, answered, closed
    /// without their answer, forwarded to SP4N-LAPOR!.
    pub const fn tells_reporter(self) -> bool {
        matches!(
            self,
            Status::ReturnedToReporter
                | Status::Dispatched
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

/// Who acts on a complaint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The citizen who filed it (pelapor).
    Reporter,
    /// The main desk: Admin Utama / Admin Kabupaten / operator Diskominfo.
    MainDesk,
    /// An agency's desk officer (Admin OPD).
    AgencyAdmin,
    /// An agency's liaison officer (Pejabat Penghubung).
    Liaison,
    /// The head of an agency (Kepala OPD).
    AgencyHead,
    /// The portal itself: scheduled jobs such as closing unanswered complaints.
    System,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 6] = [
        Role::Reporter,
        Role::MainDesk,
        Role::AgencyAdmin,
        Role::Liaison,
        Role::AgencyHead,
        Role::System,
    ];

    /// The stable snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            Role::Reporter => "reporter",
            Role::MainDesk => "main_desk",
            Role::AgencyAdmin => "agency_admin",
            Role::Liaison => "liaison",
            Role::AgencyHead => "agency_head",
            Role::System => "system",
        }
    }

    /// The role for a code, the inverse of [`Role::code`].
    pub fn parse_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    /// The role as the SOPs name it.
    pub const fn label(self) -> Text {
        match self {
            Role::Reporter => Text::new("Pelapor", "Reporter"),
            Role::MainDesk => Text::new("Admin Utama", "Main desk"),
            Role::AgencyAdmin => Text::new("Admin OPD", "Agency desk officer"),
            Role::Liaison => Text::new("Pejabat Penghubung", "Liaison officer"),
            Role::AgencyHead => Text::new("Kepala OPD", "Head of agency"),
            Role::System => Text::new("Sistem", "System"),
        }
    }
}

/// Something done to a complaint, with what it needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// The main desk finds the complaint complete and clear, and decides who may see it: the
    /// reporter's wish is a request, the desk's choice is the decision (no default).
    Verify {
        /// Public, anonymous or confidential.
        visibility: Visibility,
    },
    /// The main desk returns an incomplete complaint to the reporter.
    ReturnToReporter {
        /// What is missing or unclear.
        reason: Reason,
    },
    /// The reporter (or the desk for them) sends the completed complaint again.
    Resubmit,
    /// The main desk dispatches the complaint to an agency.
    Dispatch {
        /// The agency that must act.
        agency: AgencyCode,
        /// What the desk asks of it, if anything (for officers only).
        note: Option<Reason>,
    },
    /// The agency accepts the dispatch; this is its first response.
    AcceptDispatch,
    /// The agency returns a dispatch that is not its business to the main desk.
    ReturnDispatch {
        /// Why it is not the agency's.
        reason: Reason,
    },
    /// The agency proposes its answer: what it did or decided, for the reporter once validated.
    ProposeResolution {
        /// The answer's text.
        answer: AnswerText,
    },
    /// The main desk accepts the answer's substance and sends it to the reporter.
    Validate,
    /// The main desk sends the answer back to the agency for fixing.
    SendBack {
        /// What the answer lacks.
        reason: Reason,
    },
    /// The reporter accepts the answer.
    Confirm,
    /// The reporter rejects the answer: the complaint reopens at the agency.
    Reject {
        /// Why the answer does not solve it.
        reason: Reason,
    },
    /// The reporter did not answer in time: close the complaint.
    CloseNoAnswer,
    /// The reporter withdraws the complaint.
    Withdraw,
    /// The main desk forwards a complaint outside its jurisdiction to SP4N-LAPOR!.
    Escalate {
        /// The number SP4N-LAPOR! gave it.
        ticket: Sp4nTicket,
    },
    /// The main desk closes the complaint as the same as another: its reporter is moved to the
    /// other's updates.
    MarkDuplicate {
        /// The other complaint's tracking code.
        original: TrackingCode,
    },
}

impl Action {
    /// The kind of action, without its data.
    pub const fn kind(&self) -> ActionKind {
        match self {
            Action::Verify { .. } => ActionKind::Verify,
            Action::ReturnToReporter { .. } => ActionKind::ReturnToReporter,
            Action::Resubmit => ActionKind::Resubmit,
            Action::Dispatch { .. } => ActionKind::Dispatch,
            Action::AcceptDispatch => ActionKind::AcceptDispatch,
            Action::ReturnDispatch { .. } => ActionKind::ReturnDispatch,
            Action::ProposeResolution { .. } => ActionKind::ProposeResolution,
            Action::Validate => ActionKind::Validate,
            Action::SendBack { .. } => ActionKind::SendBack,
            Action::Confirm => ActionKind::Confirm,
            Action::Reject { .. } => ActionKind::Reject,
            Action::CloseNoAnswer => ActionKind::CloseNoAnswer,
            Action::Withdraw => ActionKind::Withdraw,
            Action::Escalate { .. } => ActionKind::Escalate,
            Action::MarkDuplicate { .. } => ActionKind::MarkDuplicate,
        }
    }

    /// The roles that may take this action.
    pub const fn allowed_roles(&self) -> &'static [Role] {
        self.kind().allowed_roles()
    }
}

/// The fields of a desk's action form, as typed (empty when the form has no such field).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionForm {
    /// Visibility code of a verification.
    #[serde(default)]
    pub visibility: String,
    /// Reason of a return, send-back or rejection.
    #[serde(default)]
    pub reason: String,
    /// Agency code of a dispatch.
    #[serde(default)]
    pub agency: String,
    /// SP4N-LAPOR! ticket of an escalation.
    #[serde(default)]
    pub ticket: String,
    /// The agency's answer, with a proposed resolution.
    #[serde(default)]
    pub answer: String,
    /// The other complaint's tracking code, when marking a duplicate.
    #[serde(default)]
    pub original: String,
    /// The desk's note to the agency, with a dispatch (optional).
    #[serde(default)]
    pub note: String,
}

/// How the visibility choice is labelled.
pub const VISIBILITY_LABEL: Text = Text::new("Sifat aduan", "Visibility");
/// How a dispatch's note is labelled.
pub const DISPATCH_NOTE_LABEL: Text = Text::new(
    "Catatan untuk perangkat daerah (opsional)",
    "Note for the agency (optional)",
);
/// How the original of a duplicate is labelled.
pub const ORIGINAL_LABEL: Text = Text::new(
    "Kode aduan yang sama",
    "Tracking code of the same complaint",
);
/// How the agency choice is labelled.
pub const AGENCY_LABEL: Text = Text::new("Perangkat daerah", "Agency");

/// An [`Action`] without its data: for buttons, permissions and the audit trail.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// See [`Action::Verify`].
    Verify,
    /// See [`Action::ReturnToReporter`].
    ReturnToReporter,
    /// See [`Action::Resubmit`].
    Resubmit,
    /// See [`Action::Dispatch`].
    Dispatch,
    /// See [`Action::AcceptDispatch`].
    AcceptDispatch,
    /// See [`Action::ReturnDispatch`].
    ReturnDispatch,
    /// See [`Action::ProposeResolution`].
    ProposeResolution,
    /// See [`Action::Validate`].
    Validate,
    /// See [`Action::SendBack`].
    SendBack,
    /// See [`Action::Confirm`].
    Confirm,
    /// See [`Action::Reject`].
    Reject,
    /// See [`Action::CloseNoAnswer`].
    CloseNoAnswer,
    /// See [`Action::Withdraw`].
    Withdraw,
    /// See [`Action::Escalate`].
    Escalate,
    /// See [`Action::MarkDuplicate`].
    MarkDuplicate,
}

const MAIN_DESK: &[Role] = &[Role::MainDesk];
const AGENCY: &[Role] = &[Role::AgencyAdmin, Role::Liaison];
const REPORTER: &[Role] = &[Role::Reporter, Role::MainDesk];
const SCHEDULER: &[Role] = &[Role::System, Role::MainDesk];

impl ActionKind {
    /// Every kind, in the order buttons should appear.
    pub const ALL: [ActionKind; 15] = [
        ActionKind::Verify,
        ActionKind::Dispatch,
        ActionKind::AcceptDispatch,
        ActionKind::ProposeResolution,
        ActionKind::Validate,
        ActionKind::Confirm,
        ActionKind::Resubmit,
        ActionKind::ReturnToReporter,
        ActionKind::ReturnDispatch,
        ActionKind::SendBack,
        ActionKind::Reject,
        ActionKind::Escalate,
        ActionKind::MarkDuplicate,
        ActionKind::CloseNoAnswer,
        ActionKind::Withdraw,
    ];

    /// The stable snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            ActionKind::Verify => "verify",
            ActionKind::ReturnToReporter => "return_to_reporter",
            ActionKind::Resubmit => "resubmit",
            ActionKind::Dispatch => "dispatch",
            ActionKind::AcceptDispatch => "accept_dispatch",
            ActionKind::ReturnDispatch => "return_dispatch",
            ActionKind::ProposeResolution => "propose_resolution",
            ActionKind::Validate => "validate",
            ActionKind::SendBack => "send_back",
            ActionKind::Confirm => "confirm",
            ActionKind::Reject => "reject",
            ActionKind::CloseNoAnswer => "close_no_answer",
            ActionKind::Withdraw => "withdraw",
            ActionKind::Escalate => "escalate",
            ActionKind::MarkDuplicate => "mark_duplicate",
        }
    }

    /// The kind for a code, the inverse of [`ActionKind::code`].
    pub fn parse_code(code: &str) -> Option<ActionKind> {
        ActionKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// The button label.
    pub const fn label(self) -> Text {
        match self {
            ActionKind::Verify => Text::new("Verifikasi", "Verify"),
            ActionKind::ReturnToReporter => {
                Text::new("Kembalikan ke pelapor", "Return to reporter")
            }
            ActionKind::Resubmit => Text::new("Kirim ulang", "Resubmit"),
            ActionKind::Dispatch => Text::new("Disposisikan", "Dispatch"),
            ActionKind::AcceptDispatch => Text::new("Terima disposisi", "Accept dispatch"),
            ActionKind::ReturnDispatch => {
                Text::new("Kembalikan ke Admin Utama", "Return to main desk")
            }
            ActionKind::ProposeResolution => {
                Text::new("Kirim hasil tindak lanjut", "Submit the answer")
            }
            ActionKind::Validate => Text::new("Validasi", "Validate"),
            ActionKind::SendBack => Text::new("Minta perbaikan", "Send back for fixing"),
            ActionKind::Confirm => Text::new("Konfirmasi selesai", "Confirm resolved"),
            ActionKind::Reject => Text::new("Tolak jawaban", "Reject the answer"),
            ActionKind::CloseNoAnswer => {
                Text::new("Tutup tanpa konfirmasi", "Close without answer")
            }
            ActionKind::Withdraw => Text::new("Cabut aduan", "Withdraw"),
            ActionKind::Escalate => Text::new("Teruskan ke SP4N-LAPOR!", "Forward to SP4N-LAPOR!"),
            ActionKind::MarkDuplicate => Text::new("Tandai duplikat", "Mark as duplicate"),
        }
    }

    /// The roles the SOPs let take this action. The main desk also acts for reporters who came
    /// by WhatsApp, SMS or phone and for the scheduler; the agency's admin and liaison share the
    /// agency's actions.
    pub const fn allowed_roles(self) -> &'static [Role] {
        match self {
            ActionKind::Verify
            | ActionKind::ReturnToReporter
            | ActionKind::Dispatch
            | ActionKind::Validate
            | ActionKind::SendBack
            | ActionKind::Escalate
            | ActionKind::MarkDuplicate => MAIN_DESK,
            ActionKind::AcceptDispatch
            | ActionKind::ReturnDispatch
            | ActionKind::ProposeResolution => AGENCY,
            ActionKind::Resubmit
            | ActionKind::Confirm
            | ActionKind::Reject
            | ActionKind::Withdraw => REPORTER,
            ActionKind::CloseNoAnswer => SCHEDULER,
        }
    }

    /// Whether the action needs a [`Reason`].
    pub const fn needs_reason(self) -> bool {
        matches!(
            self,
            ActionKind::ReturnToReporter
                | ActionKind::ReturnDispatch
                | ActionKind::SendBack
                | ActionKind::Reject
        )
    }
}

impl ActionKind {
    /// Whether the note kept with this action may be shown to the reporter on the tracking page:
    /// why the complaint came back to them, their own reason or comment, and the SP4N-LAPOR!
    /// number. What passes between the desk and an agency (a returned dispatch, an answer sent
    /// back) stays internal; a dispatch's note is the agency's code, shown by name elsewhere.
    pub const fn note_is_public(self) -> bool {
        matches!(
            self,
            ActionKind::ReturnToReporter
                | ActionKind::Confirm
                | ActionKind::Reject
                | ActionKind::Escalate
                | ActionKind::MarkDuplicate
        )
    }
}

impl Action {
    /// The action of `kind` built from a desk form's fields, each checked by its own rules: the
    /// visibility of a verification, the reason of a return or send-back, the agency of a
    /// dispatch, the ticket of an escalation. Fields the kind does not use are ignored.
    ///
    /// # Errors
    /// Every problem, each with the label of the field it concerns.
    pub fn from_form(
        kind: ActionKind,
        form: &ActionForm,
    ) -> Result<Action, Vec<(Text, ErrorCode)>> {
        let reason = || Reason::parse(&form.reason).map_err(|code| vec![(Reason::LABEL, code)]);
        Ok(match kind {
            ActionKind::Verify => Action::Verify {
                visibility: Visibility::ALL
                    .into_iter()
                    .find(|visibility| visibility.code() == form.visibility.trim())
                    .ok_or_else(|| {
                        let code = if form.visibility.trim().is_empty() {
                            ErrorCode::Required
                        } else {
                            ErrorCode::InvalidChoice
                        };
                        vec![(VISIBILITY_LABEL, code)]
                    })?,
            },
            ActionKind::ReturnToReporter => Action::ReturnToReporter { reason: reason()? },
            ActionKind::ReturnDispatch => Action::ReturnDispatch { reason: reason()? },
            ActionKind::SendBack => Action::SendBack { reason: reason()? },
            ActionKind::Reject => Action::Reject { reason: reason()? },
            ActionKind::Dispatch => Action::Dispatch {
                agency: AgencyCode::parse(&form.agency)
                    .map_err(|code| vec![(AGENCY_LABEL, code)])?,
                note: match form.note.trim() {
                    "" => None,
                    raw => {
                        Some(Reason::parse(raw).map_err(|code| vec![(DISPATCH_NOTE_LABEL, code)])?)
                    }
                },
            },
            ActionKind::Escalate => Action::Escalate {
                ticket: Sp4nTicket::parse(&form.ticket)
                    .map_err(|code| vec![(Sp4nTicket::LABEL, code)])?,
            },
            ActionKind::MarkDuplicate => Action::MarkDuplicate {
                original: match form.original.trim() {
                    "" => return Err(vec![(ORIGINAL_LABEL, ErrorCode::Required)]),
                    typed => TrackingCode::parse(&typed.to_uppercase())
                        .map_err(|_| vec![(ORIGINAL_LABEL, ErrorCode::InvalidChoice)])?,
                },
            },
            ActionKind::Resubmit => Action::Resubmit,
            ActionKind::AcceptDispatch => Action::AcceptDispatch,
            ActionKind::ProposeResolution => Action::ProposeResolution {
                answer: AnswerText::parse(&form.answer)
                    .map_err(|code| vec![(AnswerText::LABEL, code)])?,
            },
            ActionKind::Validate => Action::Validate,
            ActionKind::Confirm => Action::Confirm,
            ActionKind::CloseNoAnswer => Action::CloseNoAnswer,
            ActionKind::Withdraw => Action::Withdraw,
        })
    }

    /// What the timeline keeps of the action's data: the visibility decided, the reason, the
    /// agency's answer, the agency's code or the SP4N-LAPOR! number. `None` for actions that carry nothing.
    pub fn note(&self) -> Option<String> {
        match self {
            Action::ReturnToReporter { reason }
            | Action::ReturnDispatch { reason }
            | Action::SendBack { reason }
            | Action::Reject { reason } => Some(reason.as_str().to_owned()),
            Action::Dispatch { agency, note } => Some(match note {
                Some(note) => format!("{agency}\n{note}"),
                None => agency.as_str().to_owned(),
            }),
            Action::Escalate { ticket } => Some(ticket.as_str().to_owned()),
            Action::MarkDuplicate { original } => Some(original.to_string()),
            Action::Verify { visibility } => Some(visibility.code().to_owned()),
            Action::ProposeResolution { answer } => Some(answer.as_str().to_owned()),
            Action::Resubmit
            | Action::AcceptDispatch
            | Action::Validate
            | Action::Confirm
            | Action::CloseNoAnswer
            | Action::Withdraw => None,
        }
    }
}

/// The one table of transitions: where `kind` takes a complaint in `status`, if anywhere.
const fn next_status(status: Status, kind: ActionKind) -> Option<Status> {
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
        (S::InProgress, A::ProposeResolution) => Some(S::ResolutionProposed),
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reason() -> Reason {
        Reason::parse("Foto lokasi belum dilampirkan").expect("valid reason")
    }

    /// A sample action of each kind.
    fn sample(kind: ActionKind) -> Action {
        match kind {
            ActionKind::Verify => Action::Verify {
                visibility: Visibility::Anonymous,
            },
            ActionKind::ReturnToReporter => Action::ReturnToReporter { reason: reason() },
            ActionKind::Resubmit => Action::Resubmit,
            ActionKind::Dispatch => Action::Dispatch {
                agency: AgencyCode::parse("dinas-pupr").expect("valid code"),
                note: None,
            },
            ActionKind::AcceptDispatch => Action::AcceptDispatch,
            ActionKind::ReturnDispatch => Action::ReturnDispatch { reason: reason() },
            ActionKind::ProposeResolution => Action::ProposeResolution {
                answer: AnswerText::parse("Lampu sudah diganti dan menyala kembali.").unwrap(),
            },
            ActionKind::Validate => Action::Validate,
            ActionKind::SendBack => Action::SendBack { reason: reason() },
            ActionKind::Confirm => Action::Confirm,
            ActionKind::Reject => Action::Reject { reason: reason() },
            ActionKind::CloseNoAnswer => Action::CloseNoAnswer,
            ActionKind::Withdraw => Action::Withdraw,
            ActionKind::Escalate => Action::Escalate {
                ticket: Sp4nTicket::parse("#1234567").expect("valid ticket"),
            },
            ActionKind::MarkDuplicate => Action::MarkDuplicate {
                original: original(),
            },
        }
    }

    fn original() -> TrackingCode {
        let prefix = crate::domain::tracking_code::RegionPrefix::parse("ADU").unwrap();
        TrackingCode::from_random_bytes(&prefix, &[7, 1, 2, 3, 4])
    }

    fn run(steps: &[(ActionKind, Role)]) -> Result<ComplaintState, TransitionError> {
        steps
            .iter()
            .try_fold(ComplaintState::new(), |state, (kind, role)| {
                state.apply(&sample(*kind), *role)
            })
    }

    #[test]
    fn a_complaint_follows_the_sop_from_filing_to_confirmation() {
        use ActionKind as A;
        let state = run(&[
            (A::Verify, Role::MainDesk),
            (A::Dispatch, Role::MainDesk),
            (A::AcceptDispatch, Role::AgencyAdmin),
            (A::ProposeResolution, Role::Liaison),
            (A::Validate, Role::MainDesk),
            (A::Confirm, Role::Reporter),
        ])
        .expect("the happy path");
        assert_eq!(state.status(), Status::Closed(Closure::Confirmed));
        assert_eq!(state.reopen_count(), 0);
    }

    #[test]
    fn a_rejected_answer_reopens_the_complaint_at_the_agency() {
        use ActionKind as A;
        let state = run(&[
            (A::Verify, Role::MainDesk),
            (A::Dispatch, Role::MainDesk),
            (A::AcceptDispatch, Role::Liaison),
            (A::ProposeResolution, Role::AgencyAdmin),
            (A::SendBack, Role::MainDesk),
            (A::ProposeResolution, Role::AgencyAdmin),
            (A::Validate, Role::MainDesk),
            (A::Reject, Role::Reporter),
        ])
        .expect("a reopening");
        assert_eq!(state.status(), Status::InProgress);
        assert_eq!(state.reopen_count(), 1);
    }

    #[test]
    fn a_returned_complaint_can_be_resubmitted_or_closes_without_answer() {
        use ActionKind as A;
        let returned = run(&[(A::ReturnToReporter, Role::MainDesk)]).expect("returned");
        assert_eq!(returned.status(), Status::ReturnedToReporter);
        let again = returned
            .apply(&Action::Resubmit, Role::Reporter)
            .expect("resubmitted");
        assert_eq!(again.status(), Status::Submitted);
        let closed = returned
            .apply(&Action::CloseNoAnswer, Role::System)
            .expect("closed");
        assert_eq!(closed.status(), Status::Closed(Closure::NoAnswer));
    }

    #[test]
    fn an_agency_can_return_a_dispatch_to_the_main_desk() {
        use ActionKind as A;
        let state = run(&[
            (A::Verify, Role::MainDesk),
            (A::Dispatch, Role::MainDesk),
            (A::ReturnDispatch, Role::AgencyAdmin),
        ])
        .expect("returned dispatch");
        assert_eq!(state.status(), Status::Verified);
    }

    #[test]
    fn out_of_jurisdiction_complaints_are_escalated_with_their_ticket() {
        assert_eq!(
            apply(
                Status::Submitted,
                &sample(ActionKind::Escalate),
                Role::MainDesk
            ),
            Ok(Status::Escalated)
        );
        assert_eq!(
            apply(
                Status::Verified,
                &sample(ActionKind::Escalate),
                Role::MainDesk
            ),
            Ok(Status::Escalated)
        );
        assert_eq!(
            apply(
                Status::InProgress,
                &sample(ActionKind::Escalate),
                Role::MainDesk
            ),
            Err(TransitionError::NotAllowed {
                from: Status::InProgress,
                action: ActionKind::Escalate
            })
        );
        assert!(!Status::Escalated.is_open());
    }

    #[test]
    fn the_reporter_can_withdraw_from_every_open_status() {
        for status in Status::ALL {
            let result = apply(status, &Action::Withdraw, Role::Reporter);
            if status.is_open() {
                assert_eq!(result, Ok(Status::Closed(Closure::Withdrawn)), "{status}");
            } else {
                assert!(result.is_err(), "{status}");
            }
        }
    }

    #[test]
    fn a_second_rejection_puts_the_complaint_under_oversight() {
        let reject = Action::Reject { reason: reason() };
        let once = ComplaintState::restore(Status::AwaitingReporter, 0)
            .apply(&reject, Role::Reporter)
            .unwrap();
        assert!(!once.under_oversight());
        let twice = ComplaintState::restore(Status::AwaitingReporter, once.reopen_count())
            .apply(&reject, Role::Reporter)
            .unwrap();
        assert!(twice.under_oversight());
        assert_eq!(
            twice.status(),
            Status::InProgress,
            "the agency still answers"
        );
    }

    #[test]
    fn a_desk_form_builds_the_action_its_kind_needs() {
        let form = ActionForm {
            visibility: "confidential".into(),
            reason: "Lokasi kurang jelas, mohon dilengkapi.".into(),
            agency: "dishub".into(),
            ticket: "#1234567".into(),
            answer: "Lampu sudah diganti dan menyala kembali sejak Senin.".into(),
            original: original().as_str().to_lowercase(),
            note: "Mohon ditindaklanjuti hari ini.".into(),
        };
        assert_eq!(
            Action::from_form(ActionKind::Verify, &form),
            Ok(Action::Verify {
                visibility: Visibility::Confidential
            })
        );
        for kind in ActionKind::ALL {
            let action = Action::from_form(kind, &form).expect("every field is valid");
            assert_eq!(action.kind(), kind);
        }
        let empty = ActionForm::default();
        assert_eq!(
            Action::from_form(ActionKind::Verify, &empty),
            Err(vec![(VISIBILITY_LABEL, ErrorCode::Required)]),
            "verification has no default visibility"
        );
        assert_eq!(
            Action::from_form(ActionKind::SendBack, &empty),
            Err(vec![(Reason::LABEL, ErrorCode::Required)])
        );
        assert!(Action::from_form(ActionKind::Dispatch, &empty).is_err());
        assert!(Action::from_form(ActionKind::Escalate, &empty).is_err());
        assert_eq!(
            Action::from_form(ActionKind::ProposeResolution, &empty),
            Err(vec![(AnswerText::LABEL, ErrorCode::Required)]),
            "an answer says what was done"
        );
        assert_eq!(
            Action::from_form(ActionKind::Validate, &empty),
            Ok(Action::Validate)
        );
    }

    #[test]
    fn an_agency_cannot_verify_and_a_reporter_cannot_dispatch() {
        assert_eq!(
            apply(
                Status::Submitted,
                &Action::Verify {
                    visibility: Visibility::Public
                },
                Role::AgencyAdmin
            ),
            Err(TransitionError::WrongRole {
                action: ActionKind::Verify,
                role: Role::AgencyAdmin
            })
        );
        assert_eq!(
            apply(
                Status::Verified,
                &sample(ActionKind::Dispatch),
                Role::Reporter
            ),
            Err(TransitionError::WrongRole {
                action: ActionKind::Dispatch,
                role: Role::Reporter
            })
        );
    }

    #[test]
    fn closed_complaints_have_no_outgoing_transitions() {
        for closure in Closure::ALL {
            for role in Role::ALL {
                assert!(Status::Closed(closure).available_actions(role).is_empty());
            }
        }
    }

    #[test]
    fn the_head_of_an_agency_has_no_status_transitions() {
        for status in Status::ALL {
            assert!(status.available_actions(Role::AgencyHead).is_empty());
        }
    }

    #[test]
    fn the_main_desk_sees_verify_return_escalate_and_withdraw_on_a_new_complaint() {
        assert_eq!(
            Status::Submitted.available_actions(Role::MainDesk),
            [
                ActionKind::Verify,
                ActionKind::ReturnToReporter,
                ActionKind::Escalate,
                ActionKind::MarkDuplicate,
                ActionKind::Withdraw
            ]
        );
        assert_eq!(
            Status::Submitted.available_actions(Role::Reporter),
            [ActionKind::Withdraw]
        );
    }

    #[test]
    fn status_codes_round_trip_and_labels_follow_the_sops() {
        for status in Status::ALL {
            assert_eq!(Status::parse_code(status.code()), Some(status));
        }
        assert_eq!(Status::parse_code("selesai"), None);
        assert_eq!(Status::InProgress.label().id, "Sedang Ditindaklanjuti");
        assert_eq!(Status::AwaitingReporter.label().id, "Sudah Ditindaklanjuti");
        assert_eq!(Status::Closed(Closure::NoAnswer).label().id, "Selesai");
    }

    #[test]
    fn role_and_action_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse_code(role.code()), Some(role));
        }
        for kind in ActionKind::ALL {
            assert_eq!(ActionKind::parse_code(kind.code()), Some(kind));
            assert_eq!(sample(kind).kind(), kind);
            assert_eq!(
                kind.needs_reason(),
                matches!(
                    sample(kind),
                    Action::ReturnToReporter { .. }
                        | Action::ReturnDispatch { .. }
                        | Action::SendBack { .. }
                        | Action::Reject { .. }
                )
            );
        }
    }

    #[test]
    fn serde_names_are_the_codes() {
        use serde::de::{IntoDeserializer, value::Error};
        for status in Status::ALL {
            let deserializer = IntoDeserializer::<Error>::into_deserializer(status.code());
            assert_eq!(Status::deserialize(deserializer), Ok(status));
        }
        for role in Role::ALL {
            let deserializer = IntoDeserializer::<Error>::into_deserializer(role.code());
            assert_eq!(Role::deserialize(deserializer), Ok(role));
        }
        for kind in ActionKind::ALL {
            let deserializer = IntoDeserializer::<Error>::into_deserializer(kind.code());
            assert_eq!(ActionKind::deserialize(deserializer), Ok(kind));
        }
        for closure in Closure::ALL {
            let deserializer = IntoDeserializer::<Error>::into_deserializer(closure.code());
            assert_eq!(Closure::deserialize(deserializer), Ok(closure));
        }
    }

    #[test]
    fn a_reason_must_say_something() {
        assert_eq!(Reason::parse("   "), Err(ErrorCode::Required));
        assert_eq!(
            Reason::parse("no"),
            Err(ErrorCode::TooShort {
                min: REASON_MIN_CHARS
            })
        );
        assert_eq!(
            Reason::parse(&"x".repeat(REASON_MAX_CHARS + 1)),
            Err(ErrorCode::TooLong {
                max: REASON_MAX_CHARS
            })
        );
        assert_eq!(
            Reason::parse("  KTP tidak terbaca \n").map(String::from),
            Ok("KTP tidak terbaca".to_owned())
        );
    }

    #[test]
    fn sp4n_tickets_are_normalised() {
        assert_eq!(
            Sp4nTicket::parse(" #1234567 ").map(|t| t.to_string()),
            Ok("#1234567".to_owned())
        );
        assert_eq!(
            Sp4nTicket::parse("lapor-99x").map(String::from),
            Ok("LAPOR-99X".to_owned())
        );
        assert_eq!(Sp4nTicket::parse("#"), Err(ErrorCode::Required));
        assert_eq!(Sp4nTicket::parse("12"), Err(ErrorCode::TooShort { min: 4 }));
        assert_eq!(Sp4nTicket::parse("abcdef"), Err(ErrorCode::InvalidChoice));
        assert_eq!(Sp4nTicket::parse("12 34"), Err(ErrorCode::InvalidChoice));
    }

    #[test]
    fn transition_errors_explain_themselves() {
        let error = TransitionError::NotAllowed {
            from: Status::Closed(Closure::Confirmed),
            action: ActionKind::Reject,
        };
        assert_eq!(
            error.message(crate::i18n::Locale::Id),
            "\"Tolak jawaban\" tidak dapat dilakukan pada aduan berstatus Selesai."
        );
    }

    fn any_step() -> impl Strategy<Value = (ActionKind, Role)> {
        (
            prop::sample::select(ActionKind::ALL.to_vec()),
            prop::sample::select(Role::ALL.to_vec()),
        )
    }

    proptest! {
        #[test]
        fn random_actions_never_reach_an_inconsistent_state(steps in prop::collection::vec(any_step(), 0..60)) {
            let mut state = ComplaintState::new();
            for (kind, role) in steps {
                let before = state;
                let result = state.apply(&sample(kind), role);
                // An action is accepted exactly when the role is allowed and the status offers it.
                let offered = before.available_actions(role).contains(&kind);
                prop_assert_eq!(result.is_ok(), offered);
                match result {
                    Ok(after) => {
                        prop_assert!(before.status().is_open(), "left a finished status");
                        prop_assert!(kind.allowed_roles().contains(&role));
                        prop_assert!(after.reopen_count() >= before.reopen_count());
                        prop_assert_eq!(
                            after.reopen_count() - before.reopen_count(),
                            u32::from(kind == ActionKind::Reject)
                        );
                        if let Status::Closed(_) = after.status() {
                            prop_assert!(Role::ALL.iter().all(|r| after.available_actions(*r).is_empty()));
                        }
                        state = after;
                    }
                    Err(TransitionError::WrongRole { action, role: who }) => {
                        prop_assert_eq!((action, who), (kind, role));
                        prop_assert!(!kind.allowed_roles().contains(&role));
                    }
                    Err(TransitionError::NotAllowed { from, action }) => {
                        prop_assert_eq!((from, action), (before.status(), kind));
                        prop_assert!(kind.allowed_roles().contains(&role));
                    }
                }
            }
        }

        #[test]
        fn every_open_status_can_still_be_finished(status in prop::sample::select(Status::ALL.to_vec())) {
            // No dead ends: from any open status some role has some action.
            let stuck = Role::ALL.iter().all(|role| status.available_actions(*role).is_empty());
            prop_assert_eq!(stuck, !status.is_open());
        }

        #[test]
        fn reasons_never_panic_and_round_trip(raw in any::<String>()) {
            if let Ok(reason) = Reason::parse(&raw) {
                prop_assert_eq!(Reason::parse(reason.as_str()), Ok(reason.clone()));
            }
            if let Ok(ticket) = Sp4nTicket::parse(&raw) {
                prop_assert_eq!(Sp4nTicket::parse(&ticket.to_string()), Ok(ticket.clone()));
            }
        }
    }

    #[test]
    fn the_main_desk_closes_a_duplicate_before_an_agency_works_on_it() {
        let duplicate = sample(ActionKind::MarkDuplicate);
        for from in [
            Status::Submitted,
            Status::ReturnedToReporter,
            Status::Verified,
        ] {
            assert_eq!(
                apply(from, &duplicate, Role::MainDesk),
                Ok(Status::Closed(Closure::Duplicate))
            );
        }
        assert!(apply(Status::InProgress, &duplicate, Role::MainDesk).is_err());
        assert!(apply(Status::Submitted, &duplicate, Role::AgencyAdmin).is_err());
        assert!(Status::Closed(Closure::Duplicate).tells_reporter());
        assert_eq!(duplicate.note(), Some(original().to_string()));
        let missing = ActionForm::default();
        assert_eq!(
            Action::from_form(ActionKind::MarkDuplicate, &missing),
            Err(vec![(ORIGINAL_LABEL, ErrorCode::Required)])
        );
        let mistyped = ActionForm {
            original: "ADU-1234".into(),
            ..ActionForm::default()
        };
        assert_eq!(
            Action::from_form(ActionKind::MarkDuplicate, &mistyped),
            Err(vec![(ORIGINAL_LABEL, ErrorCode::InvalidChoice)])
        );
    }

    /// Every transition the SOPs allow, written out by hand (not derived from the code): from,
    /// action, the roles that may take it, to. Anything not listed is refused.
    const SOP_TRANSITIONS: &[(&str, &str, &[&str], &str)] = &[
        ("submitted", "verify", DESK, "verified"),
        (
            "submitted",
            "return_to_reporter",
            DESK,
            "returned_to_reporter",
        ),
        ("submitted", "escalate", DESK, "escalated"),
        ("submitted", "mark_duplicate", DESK, "closed_duplicate"),
        ("submitted", "withdraw", FOR_REPORTER, "closed_withdrawn"),
        (
            "returned_to_reporter",
            "resubmit",
            FOR_REPORTER,
            "submitted",
        ),
        (
            "returned_to_reporter",
            "mark_duplicate",
            DESK,
            "closed_duplicate",
        ),
        (
            "returned_to_reporter",
            "close_no_answer",
            ON_SILENCE,
            "closed_no_answer",
        ),
        (
            "returned_to_reporter",
            "withdraw",
            FOR_REPORTER,
            "closed_withdrawn",
        ),
        ("verified", "dispatch", DESK, "dispatched"),
        ("verified", "escalate", DESK, "escalated"),
        ("verified", "mark_duplicate", DESK, "closed_duplicate"),
        ("verified", "withdraw", FOR_REPORTER, "closed_withdrawn"),
        ("dispatched", "accept_dispatch", AGENCY_DESK, "in_progress"),
        ("dispatched", "return_dispatch", AGENCY_DESK, "verified"),
        ("dispatched", "withdraw", FOR_REPORTER, "closed_withdrawn"),
        (
            "in_progress",
            "propose_resolution",
            AGENCY_DESK,
            "resolution_proposed",
        ),
        ("in_progress", "withdraw", FOR_REPORTER, "closed_withdrawn"),
        ("resolution_proposed", "validate", DESK, "awaiting_reporter"),
        ("resolution_proposed", "send_back", DESK, "in_progress"),
        (
            "resolution_proposed",
            "withdraw",
            FOR_REPORTER,
            "closed_withdrawn",
        ),
        (
            "awaiting_reporter",
            "confirm",
            FOR_REPORTER,
            "closed_confirmed",
        ),
        ("awaiting_reporter", "reject", FOR_REPORTER, "in_progress"),
        (
            "awaiting_reporter",
            "close_no_answer",
            ON_SILENCE,
            "closed_no_answer",
        ),
        (
            "awaiting_reporter",
            "withdraw",
            FOR_REPORTER,
            "closed_withdrawn",
        ),
    ];
    /// The main desk's steps.
    const DESK: &[&str] = &["main_desk"];
    /// The agency's desk: its admin and its liaison (the head has no step of the machine).
    const AGENCY_DESK: &[&str] = &["agency_admin", "liaison"];
    /// The reporter's steps, which the main desk may record for a reporter without the portal.
    const FOR_REPORTER: &[&str] = &["reporter", "main_desk"];
    /// Closing on the reporter's silence: the scheduler, or the main desk.
    const ON_SILENCE: &[&str] = &["system", "main_desk"];

    #[test]
    fn every_status_action_and_role_does_what_the_hand_written_table_says() {
        let mut checked = 0;
        for status in Status::ALL {
            for kind in ActionKind::ALL {
                for role in Role::ALL {
                    let listed = SOP_TRANSITIONS.iter().find(|(from, action, _, _)| {
                        *from == status.code() && *action == kind.code()
                    });
                    let ever_allowed = SOP_TRANSITIONS.iter().any(|(_, action, roles, _)| {
                        *action == kind.code() && roles.contains(&role.code())
                    });
                    let expected = match listed {
                        Some((_, _, roles, to)) if roles.contains(&role.code()) => {
                            Ok(Status::parse_code(to).expect("a status in the table"))
                        }
                        _ if !ever_allowed => {
                            Err(TransitionError::WrongRole { action: kind, role })
                        }
                        _ => Err(TransitionError::NotAllowed {
                            from: status,
                            action: kind,
                        }),
                    };
                    assert_eq!(
                        apply(status, &sample(kind), role),
                        expected,
                        "{} {} by {}",
                        status.code(),
                        kind.code(),
                        role.code()
                    );
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 12 * 15 * 6);
    }
}
