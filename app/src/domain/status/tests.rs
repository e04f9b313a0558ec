//! The status machine by hand and by property.

use super::*;
use crate::domain::complaint::{AgencyCode, Visibility};
use crate::domain::field::ErrorCode;
use crate::domain::tracking_code::TrackingCode;
use proptest::prelude::*;
use serde::Deserialize;

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
        ActionKind::Recall => Action::Recall { reason: reason() },
        ActionKind::ProposeResolution => Action::ProposeResolution {
            answer: AnswerText::parse("Lampu sudah diganti dan menyala kembali.").unwrap(),
        },
        ActionKind::Approve => Action::Approve,
        ActionKind::RequestClarification => Action::RequestClarification { question: reason() },
        ActionKind::Clarify => Action::Clarify { answer: reason() },
        ActionKind::ReturnDraft => Action::ReturnDraft { reason: reason() },
        ActionKind::Validate => Action::Validate,
        ActionKind::SendBack => Action::SendBack { reason: reason() },
        ActionKind::Confirm => Action::Confirm,
        ActionKind::Reject => Action::Reject { reason: reason() },
        ActionKind::CloseNoAnswer => Action::CloseNoAnswer,
        ActionKind::Withdraw => Action::Withdraw { reason: None },
        ActionKind::Escalate => Action::Escalate {
            ticket: Sp4nTicket::parse("#1234567").expect("valid ticket"),
            reason: reason(),
        },
        ActionKind::MarkDuplicate => Action::MarkDuplicate {
            original: original(),
            reason: reason(),
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
        (A::Approve, Role::AgencyHead),
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
        (A::Approve, Role::System),
        (A::SendBack, Role::MainDesk),
        (A::ProposeResolution, Role::AgencyAdmin),
        (A::Approve, Role::System),
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
        let result = apply(status, &Action::Withdraw { reason: None }, Role::Reporter);
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
        confirmed: "1".into(),
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
fn closing_for_good_asks_for_a_reason_and_a_confirmation_and_keeps_the_reason() {
    let form = ActionForm {
        reason: "Pelapor meminta lewat telepon agar aduan dicabut.".into(),
        ticket: "#1234567".into(),
        original: original().as_str().to_owned(),
        confirmed: "1".into(),
        ..ActionForm::default()
    };
    for kind in [
        ActionKind::Withdraw,
        ActionKind::Escalate,
        ActionKind::MarkDuplicate,
    ] {
        assert!(kind.is_irreversible() && kind.needs_reason(), "{kind:?}");
        let action = Action::from_form(kind, &form).expect("a reason and a confirmation");
        assert!(
            action.note().is_some_and(
                |note| note.ends_with("Pelapor meminta lewat telepon agar aduan dicabut.")
            ),
            "{kind:?}: the reason is in the timeline"
        );
        let unsure = ActionForm {
            confirmed: String::new(),
            ..form.clone()
        };
        assert_eq!(
            Action::from_form(kind, &unsure),
            Err(vec![(CONFIRM_LABEL, ErrorCode::Required)]),
            "{kind:?} without the tick"
        );
        let silent = ActionForm {
            reason: String::new(),
            ..form.clone()
        };
        assert_eq!(
            Action::from_form(kind, &silent),
            Err(vec![(Reason::LABEL, ErrorCode::Required)]),
            "{kind:?} without a reason"
        );
        let neither = ActionForm {
            reason: String::new(),
            confirmed: String::new(),
            ..form.clone()
        };
        assert_eq!(
            Action::from_form(kind, &neither).unwrap_err().len(),
            2,
            "{kind:?}: both problems at once"
        );
    }
    // Everything else goes through without a tick.
    for kind in ActionKind::ALL {
        assert_eq!(
            kind.is_irreversible(),
            matches!(
                kind,
                ActionKind::Withdraw | ActionKind::Escalate | ActionKind::MarkDuplicate
            )
        );
    }
    // The reporter's own withdrawal needs no reason and keeps none.
    assert_eq!(Action::Withdraw { reason: None }.note(), None);
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
fn the_head_of_an_agency_approves_or_returns_the_draft_and_nothing_else() {
    for status in Status::ALL {
        let expected: &[ActionKind] = if status == Status::AwaitingApproval {
            &[ActionKind::Approve, ActionKind::ReturnDraft]
        } else {
            &[]
        };
        assert_eq!(
            status.available_actions(Role::AgencyHead),
            expected,
            "{status}"
        );
    }
}

#[test]
fn a_draft_returned_by_the_head_goes_back_to_the_agency_and_no_one_else_approves_it() {
    use ActionKind as A;
    let drafted = run(&[
        (A::Verify, Role::MainDesk),
        (A::Dispatch, Role::MainDesk),
        (A::AcceptDispatch, Role::AgencyAdmin),
        (A::ProposeResolution, Role::Liaison),
    ])
    .expect("a draft");
    assert_eq!(drafted.status(), Status::AwaitingApproval);
    for role in [
        Role::Liaison,
        Role::AgencyAdmin,
        Role::MainDesk,
        Role::Reporter,
    ] {
        assert_eq!(
            drafted.apply(&Action::Approve, role),
            Err(TransitionError::WrongRole {
                action: A::Approve,
                role
            })
        );
    }
    let returned = drafted
        .apply(&sample(A::ReturnDraft), Role::AgencyHead)
        .expect("returned for revision");
    assert_eq!(returned.status(), Status::InProgress);
    assert_eq!(returned.reopen_count(), 0, "a revision is no reopening");
    let approved = returned
        .apply(&sample(A::ProposeResolution), Role::AgencyAdmin)
        .and_then(|state| state.apply(&Action::Approve, Role::AgencyHead))
        .expect("approved");
    assert_eq!(approved.status(), Status::ResolutionProposed);
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
                    | Action::Recall { .. }
                    | Action::ReturnDraft { .. }
                    | Action::RequestClarification { .. }
                    | Action::Clarify { .. }
                    | Action::SendBack { .. }
                    | Action::Reject { .. }
                    | Action::Withdraw { .. }
                    | Action::Escalate { .. }
                    | Action::MarkDuplicate { .. }
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
    assert!(
        duplicate
            .note()
            .is_some_and(|note| note.starts_with(&format!("{}\n", original()))),
        "the original first, then the reason"
    );
    let missing = ActionForm {
        reason: "Lokasi dan masalahnya sama dengan aduan itu.".into(),
        confirmed: "1".into(),
        ..ActionForm::default()
    };
    assert_eq!(
        Action::from_form(ActionKind::MarkDuplicate, &missing),
        Err(vec![(ORIGINAL_LABEL, ErrorCode::Required)])
    );
    let mistyped = ActionForm {
        original: "ADU-1234".into(),
        ..missing.clone()
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
    ("dispatched", "recall", DESK, "verified"),
    ("in_progress", "recall", DESK, "verified"),
    ("awaiting_approval", "recall", DESK, "verified"),
    ("awaiting_clarification", "recall", DESK, "verified"),
    (
        "in_progress",
        "request_clarification",
        AGENCY_DESK,
        "awaiting_clarification",
    ),
    (
        "awaiting_clarification",
        "clarify",
        FOR_REPORTER,
        "in_progress",
    ),
    (
        "awaiting_clarification",
        "propose_resolution",
        AGENCY_DESK,
        "awaiting_approval",
    ),
    (
        "awaiting_clarification",
        "withdraw",
        FOR_REPORTER,
        "closed_withdrawn",
    ),
    ("dispatched", "withdraw", FOR_REPORTER, "closed_withdrawn"),
    (
        "in_progress",
        "propose_resolution",
        AGENCY_DESK,
        "awaiting_approval",
    ),
    ("in_progress", "withdraw", FOR_REPORTER, "closed_withdrawn"),
    (
        "awaiting_approval",
        "approve",
        APPROVAL,
        "resolution_proposed",
    ),
    ("awaiting_approval", "return_draft", HEAD, "in_progress"),
    (
        "awaiting_approval",
        "withdraw",
        FOR_REPORTER,
        "closed_withdrawn",
    ),
    (
        "resolution_proposed",
        "validate",
        VALIDATION,
        "awaiting_reporter",
    ),
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
/// The agency's desk: its admin and its liaison.
const AGENCY_DESK: &[&str] = &["agency_admin", "liaison"];
/// The agency's head, who returns a draft for revision.
const HEAD: &[&str] = &["agency_head"];
/// Approving the agency's draft answer: its head, or the portal itself where the SOP has no
/// approval (all but Trenggalek).
const APPROVAL: &[&str] = &["agency_head", "system"];
/// The reporter's steps, which the main desk may record for a reporter without the portal.
const FOR_REPORTER: &[&str] = &["reporter", "main_desk"];
/// Validating the agency's answer: the main desk, or the portal itself where the SOP has no
/// validation (Cilacap, Tanah Bumbu).
const VALIDATION: &[&str] = &["main_desk", "system"];
/// Closing on the reporter's silence: the scheduler, or the main desk.
const ON_SILENCE: &[&str] = &["system", "main_desk"];

#[test]
fn every_status_action_and_role_does_what_the_hand_written_table_says() {
    let mut checked = 0;
    for status in Status::ALL {
        for kind in ActionKind::ALL {
            for role in Role::ALL {
                let listed = SOP_TRANSITIONS
                    .iter()
                    .find(|(from, action, _, _)| *from == status.code() && *action == kind.code());
                let ever_allowed = SOP_TRANSITIONS.iter().any(|(_, action, roles, _)| {
                    *action == kind.code() && roles.contains(&role.code())
                });
                let expected = match listed {
                    Some((_, _, roles, to)) if roles.contains(&role.code()) => {
                        Ok(Status::parse_code(to).expect("a status in the table"))
                    }
                    _ if !ever_allowed => Err(TransitionError::WrongRole { action: kind, role }),
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
    assert_eq!(checked, 14 * 20 * 6);
}

#[test]
fn an_agency_asking_the_reporter_waits_for_them_and_the_reporter_answers() {
    use ActionKind as A;
    let asked = run(&[
        (A::Verify, Role::MainDesk),
        (A::Dispatch, Role::MainDesk),
        (A::AcceptDispatch, Role::Liaison),
        (A::RequestClarification, Role::Liaison),
    ])
    .expect("a question");
    assert_eq!(asked.status(), Status::AwaitingClarification);
    assert!(asked.status().tells_reporter());
    assert!(!asked.status().waits_for(Role::Liaison));
    assert!(!asked.status().waits_for(Role::AgencyAdmin));
    assert!(asked.status().waits_for(Role::Reporter));
    assert_eq!(
        asked.status().current_step(),
        None,
        "no officer's clock runs"
    );
    let answered = asked
        .apply(&sample(A::Clarify), Role::Reporter)
        .expect("the reporter answers");
    assert_eq!(answered.status(), Status::InProgress);
    assert!(answered.status().waits_for(Role::Liaison));
    assert_eq!(answered.reopen_count(), 0);
    assert_eq!(
        asked.apply(&sample(A::Clarify), Role::Liaison),
        Err(TransitionError::WrongRole {
            action: A::Clarify,
            role: Role::Liaison
        })
    );
}
