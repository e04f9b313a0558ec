//! What can be done to a complaint: the actions, with the data each needs, built from a desk form.

use super::*;
use crate::domain::complaint::{AgencyCode, Visibility};
use crate::domain::field::ErrorCode;
use crate::domain::tracking_code::TrackingCode;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

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
    /// The main desk pulls a dispatch back from an agency that does not act on it (to dispatch
    /// it again, to another agency or the same): the agency no longer sees it.
    Recall {
        /// Why it is pulled back.
        reason: Reason,
    },
    /// The agency asks the reporter for more information before it can act (klarifikasi).
    RequestClarification {
        /// What the agency needs to know, for the reporter.
        question: Reason,
    },
    /// The reporter (or the desk for them) answers the agency's question.
    Clarify {
        /// The reporter's answer.
        answer: Reason,
    },
    /// The agency proposes its answer: what it did or decided, for the reporter once validated.
    ProposeResolution {
        /// The answer's text.
        answer: AnswerText,
    },
    /// The head of the agency approves the drafted answer (disahkan): it goes to the main desk.
    Approve,
    /// The head of the agency returns the drafted answer for revision.
    ReturnDraft {
        /// What the draft lacks.
        reason: Reason,
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
    /// The reporter withdraws the complaint (or the main desk does, on their word).
    Withdraw {
        /// Why: required of the desk, which withdraws on the reporter's behalf; the reporter's
        /// own withdrawal needs none.
        reason: Option<Reason>,
    },
    /// The main desk forwards a complaint outside its jurisdiction to SP4N-LAPOR!.
    Escalate {
        /// The number SP4N-LAPOR! gave it.
        ticket: Sp4nTicket,
        /// Why it is outside the desk's jurisdiction.
        reason: Reason,
    },
    /// The main desk closes the complaint as the same as another: its reporter is moved to the
    /// other's updates.
    MarkDuplicate {
        /// The other complaint's tracking code.
        original: TrackingCode,
        /// Why they are the same.
        reason: Reason,
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
            Action::Recall { .. } => ActionKind::Recall,
            Action::RequestClarification { .. } => ActionKind::RequestClarification,
            Action::Clarify { .. } => ActionKind::Clarify,
            Action::ProposeResolution { .. } => ActionKind::ProposeResolution,
            Action::Approve => ActionKind::Approve,
            Action::ReturnDraft { .. } => ActionKind::ReturnDraft,
            Action::Validate => ActionKind::Validate,
            Action::SendBack { .. } => ActionKind::SendBack,
            Action::Confirm => ActionKind::Confirm,
            Action::Reject { .. } => ActionKind::Reject,
            Action::CloseNoAnswer => ActionKind::CloseNoAnswer,
            Action::Withdraw { .. } => ActionKind::Withdraw,
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
    /// `1` when the officer ticked that they are sure of an action that cannot be undone
    /// ([`ActionKind::is_irreversible`]).
    #[serde(default)]
    pub confirmed: String,
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
/// How the agency's question to the reporter is labelled.
pub const CLARIFICATION_QUESTION_LABEL: Text = Text::new(
    "Keterangan yang diperlukan dari pelapor",
    "What the agency needs to know from the reporter",
);
/// How the reporter's answer to the agency's question is labelled.
pub const CLARIFICATION_ANSWER_LABEL: Text = Text::new("Keterangan Anda", "Your answer");
/// How the agency choice is labelled.
pub const AGENCY_LABEL: Text = Text::new("Perangkat daerah", "Agency");
/// How the confirmation of an action that cannot be undone is named in a refusal.
pub const CONFIRM_LABEL: Text = Text::new("Centang konfirmasi", "The confirmation tick");

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
    /// See [`Action::RequestClarification`].
    RequestClarification,
    /// See [`Action::Clarify`].
    Clarify,
    /// See [`Action::Approve`].
    Approve,
    /// See [`Action::ReturnDraft`].
    ReturnDraft,
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
    /// See [`Action::Recall`].
    Recall,
}

const MAIN_DESK: &[Role] = &[Role::MainDesk];
const AGENCY: &[Role] = &[Role::AgencyAdmin, Role::Liaison];
const REPORTER: &[Role] = &[Role::Reporter, Role::MainDesk];
const SCHEDULER: &[Role] = &[Role::System, Role::MainDesk];
/// The main desk validates; where the SOP has no validation, the portal passes the answer on.
const VALIDATION: &[Role] = &[Role::MainDesk, Role::System];
/// The agency's head approves; where the SOP has no approval, the portal passes the draft on.
const APPROVAL: &[Role] = &[Role::AgencyHead, Role::System];
const AGENCY_HEAD: &[Role] = &[Role::AgencyHead];

impl ActionKind {
    /// Every kind, in the order buttons should appear.
    pub const ALL: [ActionKind; 20] = [
        ActionKind::Verify,
        ActionKind::Dispatch,
        ActionKind::AcceptDispatch,
        ActionKind::ProposeResolution,
        ActionKind::RequestClarification,
        ActionKind::Clarify,
        ActionKind::Approve,
        ActionKind::Validate,
        ActionKind::Confirm,
        ActionKind::Resubmit,
        ActionKind::ReturnToReporter,
        ActionKind::ReturnDispatch,
        ActionKind::Recall,
        ActionKind::ReturnDraft,
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
            ActionKind::Recall => "recall",
            ActionKind::ProposeResolution => "propose_resolution",
            ActionKind::Approve => "approve",
            ActionKind::RequestClarification => "request_clarification",
            ActionKind::Clarify => "clarify",
            ActionKind::ReturnDraft => "return_draft",
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
            ActionKind::Approve => Text::new("Sahkan jawaban", "Approve the answer"),
            ActionKind::RequestClarification => Text::new(
                "Minta keterangan pelapor",
                "Ask the reporter for more information",
            ),
            ActionKind::Clarify => Text::new("Keterangan pelapor", "The reporter's clarification"),
            ActionKind::ReturnDraft => Text::new(
                "Kembalikan konsep untuk perbaikan",
                "Return the draft for revision",
            ),
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
            ActionKind::Recall => Text::new(
                "Tarik kembali dari perangkat daerah",
                "Recall from the agency",
            ),
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
            | ActionKind::SendBack
            | ActionKind::Escalate
            | ActionKind::MarkDuplicate
            | ActionKind::Recall => MAIN_DESK,
            ActionKind::AcceptDispatch
            | ActionKind::ReturnDispatch
            | ActionKind::RequestClarification
            | ActionKind::ProposeResolution => AGENCY,
            ActionKind::Resubmit
            | ActionKind::Clarify
            | ActionKind::Confirm
            | ActionKind::Reject
            | ActionKind::Withdraw => REPORTER,
            ActionKind::CloseNoAnswer => SCHEDULER,
            ActionKind::Validate => VALIDATION,
            ActionKind::Approve => APPROVAL,
            ActionKind::ReturnDraft => AGENCY_HEAD,
        }
    }

    /// Whether the action needs a [`Reason`] (from the desk, for a withdrawal).
    pub const fn needs_reason(self) -> bool {
        matches!(
            self,
            ActionKind::ReturnToReporter
                | ActionKind::ReturnDispatch
                | ActionKind::Recall
                | ActionKind::ReturnDraft
                | ActionKind::SendBack
                | ActionKind::RequestClarification
                | ActionKind::Clarify
                | ActionKind::Reject
                | ActionKind::Withdraw
                | ActionKind::Escalate
                | ActionKind::MarkDuplicate
        )
    }

    /// Whether the desk's form asks the officer to confirm it: it closes the complaint for good
    /// (a withdrawal on the reporter's behalf, a duplicate, an escalation out of jurisdiction).
    pub const fn is_irreversible(self) -> bool {
        matches!(
            self,
            ActionKind::Withdraw | ActionKind::Escalate | ActionKind::MarkDuplicate
        )
    }
}

impl ActionKind {
    /// Whether the note kept with this action may be shown to the reporter on the tracking page:
    /// why the complaint came back to them, what the agency asks of them and their answer,
    /// their own reason or comment, and the SP4N-LAPOR! number. What passes between the desk and an agency (a returned dispatch, an answer sent
    /// back) stays internal; a dispatch's note is the agency's code, shown by name elsewhere.
    pub const fn note_is_public(self) -> bool {
        matches!(
            self,
            ActionKind::ReturnToReporter
                | ActionKind::RequestClarification
                | ActionKind::Clarify
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
        let unconfirmed = kind.is_irreversible() && form.confirmed.trim() != "1";
        let built = Self::from_form_fields(kind, form);
        match (built, unconfirmed) {
            (Ok(action), false) => Ok(action),
            (Ok(_), true) => Err(vec![(CONFIRM_LABEL, ErrorCode::Required)]),
            (Err(mut problems), true) => {
                problems.push((CONFIRM_LABEL, ErrorCode::Required));
                Err(problems)
            }
            (Err(problems), false) => Err(problems),
        }
    }

    fn from_form_fields(
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
            ActionKind::Recall => Action::Recall { reason: reason()? },
            ActionKind::SendBack => Action::SendBack { reason: reason()? },
            ActionKind::ReturnDraft => Action::ReturnDraft { reason: reason()? },
            ActionKind::RequestClarification => Action::RequestClarification {
                question: Reason::parse(&form.reason)
                    .map_err(|code| vec![(CLARIFICATION_QUESTION_LABEL, code)])?,
            },
            ActionKind::Clarify => Action::Clarify {
                answer: Reason::parse(&form.reason)
                    .map_err(|code| vec![(CLARIFICATION_ANSWER_LABEL, code)])?,
            },
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
            ActionKind::Escalate => {
                let ticket =
                    Sp4nTicket::parse(&form.ticket).map_err(|code| vec![(Sp4nTicket::LABEL, code)]);
                match (ticket, reason()) {
                    (Ok(ticket), Ok(reason)) => Action::Escalate { ticket, reason },
                    (ticket, reason) => {
                        return Err([ticket.err(), reason.err()]
                            .into_iter()
                            .flatten()
                            .flatten()
                            .collect());
                    }
                }
            }
            ActionKind::MarkDuplicate => {
                let original = match form.original.trim() {
                    "" => Err(vec![(ORIGINAL_LABEL, ErrorCode::Required)]),
                    typed => TrackingCode::parse(&typed.to_uppercase())
                        .map_err(|_| vec![(ORIGINAL_LABEL, ErrorCode::InvalidChoice)]),
                };
                match (original, reason()) {
                    (Ok(original), Ok(reason)) => Action::MarkDuplicate { original, reason },
                    (original, reason) => {
                        return Err([original.err(), reason.err()]
                            .into_iter()
                            .flatten()
                            .flatten()
                            .collect());
                    }
                }
            }
            ActionKind::Resubmit => Action::Resubmit,
            ActionKind::AcceptDispatch => Action::AcceptDispatch,
            ActionKind::ProposeResolution => Action::ProposeResolution {
                answer: AnswerText::parse(&form.answer)
                    .map_err(|code| vec![(AnswerText::LABEL, code)])?,
            },
            ActionKind::Validate => Action::Validate,
            ActionKind::Approve => Action::Approve,
            ActionKind::Confirm => Action::Confirm,
            ActionKind::CloseNoAnswer => Action::CloseNoAnswer,
            // The desk's form: a withdrawal on the reporter's behalf says why.
            ActionKind::Withdraw => Action::Withdraw {
                reason: Some(reason()?),
            },
        })
    }

    /// What the timeline keeps of the action's data: the visibility decided, the reason, the
    /// agency's answer, the agency's code or the SP4N-LAPOR! number. `None` for actions that carry nothing.
    pub fn note(&self) -> Option<String> {
        match self {
            Action::ReturnToReporter { reason }
            | Action::ReturnDispatch { reason }
            | Action::Recall { reason }
            | Action::SendBack { reason }
            | Action::ReturnDraft { reason }
            | Action::RequestClarification { question: reason }
            | Action::Clarify { answer: reason }
            | Action::Reject { reason } => Some(reason.as_str().to_owned()),
            Action::Dispatch { agency, note } => Some(match note {
                Some(note) => format!("{agency}\n{note}"),
                None => agency.as_str().to_owned(),
            }),
            Action::Escalate { ticket, reason } => Some(format!(
                "{ticket}\n{reason}",
                ticket = ticket.as_str(),
                reason = reason.as_str()
            )),
            Action::MarkDuplicate { original, reason } => {
                Some(format!("{original}\n{}", reason.as_str()))
            }
            Action::Withdraw { reason } => reason.as_ref().map(|reason| reason.as_str().to_owned()),
            Action::Verify { visibility } => Some(visibility.code().to_owned()),
            Action::ProposeResolution { answer } => Some(answer.as_str().to_owned()),
            Action::Resubmit
            | Action::AcceptDispatch
            | Action::Validate
            | Action::Approve
            | Action::Confirm
            | Action::CloseNoAnswer => None,
        }
    }
}
