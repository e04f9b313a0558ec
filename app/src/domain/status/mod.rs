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

mod action;
mod machine;
mod role;
mod state;
mod words;

pub use action::*;
pub use machine::*;
pub use role::*;
pub use state::*;
pub use words::*;

#[cfg(test)]
mod tests;
