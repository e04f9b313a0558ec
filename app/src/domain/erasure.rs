//! The reporter's request to erase their personal data (UU 27/2022), and the main desk's decision.
//!
//! - The reporter asks once per complaint, from the tracking page, with an optional reason.
//! - The main desk decides within [`DECISION_DAYS`]: it approves, or refuses with an answer the
//!   reporter reads (a legal obligation to keep the data, a complaint under investigation).
//! - An approved request erases at once what the retention period would erase later
//!   ([`crate::storage::retention::anonymise`]). While the complaint is still open it is on legal
//!   hold: the desk needs the reporter's data to handle it, so an approved request is carried out
//!   the moment the complaint is finished.

use super::field::ErrorCode;
use super::text;
use crate::i18n::Text;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// The days the main desk has to decide a request (three times 24 hours).
pub const DECISION_DAYS: i64 = 3;

/// The longest reason or answer accepted, in characters.
pub const TEXT_MAX_CHARS: usize = 1000;
/// The shortest refusal answer accepted: a sentence the reporter can act on.
pub const ANSWER_MIN_CHARS: usize = 20;

/// When a request made at `requested_at` must be decided.
pub fn decision_due(requested_at: DateTime<Utc>) -> DateTime<Utc> {
    requested_at + Duration::days(DECISION_DAYS)
}

/// The reporter's reason: optional, up to [`TEXT_MAX_CHARS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErasureReason(String);

impl ErasureReason {
    /// How the reason is labelled.
    pub const LABEL: Text = Text::new("Alasan (tidak wajib)", "Reason (optional)");

    /// Parses an optional reason, normalised like complaint text: empty is `None`.
    ///
    /// # Errors
    /// `ControlCharacters` or `TooLong`.
    pub fn parse_optional(raw: &str) -> Result<Option<ErasureReason>, ErrorCode> {
        Ok(text::optional_multi_line(raw, TEXT_MAX_CHARS)?.map(ErasureReason))
    }

    /// The reason's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The main desk's answer to a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErasureDecision {
    /// Erase: now if the complaint is finished, else the moment it is.
    Approve,
    /// Keep the data, for the reason given to the reporter.
    Refuse(String),
}

impl ErasureDecision {
    /// How the refusal's answer is labelled.
    pub const ANSWER_LABEL: Text = Text::new(
        "Alasan penolakan untuk pelapor",
        "Why it is refused, for the reporter",
    );

    /// A refusal with `answer`: 20–1000 characters.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn refuse(answer: &str) -> Result<ErasureDecision, ErrorCode> {
        let answer = text::multi_line(answer);
        text::check(&answer, ANSWER_MIN_CHARS, TEXT_MAX_CHARS, true)?;
        Ok(ErasureDecision::Refuse(answer))
    }

    /// The stored code.
    pub const fn code(&self) -> &'static str {
        match self {
            ErasureDecision::Approve => "approved",
            ErasureDecision::Refuse(_) => "refused",
        }
    }
}

/// Where a complaint's erasure request stands, as its reporter and the desk see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ErasureState {
    /// Nobody asked.
    NotAsked,
    /// Asked, waiting for the main desk until `due`.
    Pending {
        /// When it was asked.
        requested_at: DateTime<Utc>,
        /// When the desk must have decided.
        due: DateTime<Utc>,
    },
    /// Approved, and waiting for the complaint to be finished (legal hold).
    Held,
    /// Approved and carried out: the personal data is gone.
    Erased,
    /// Refused, with the desk's answer.
    Refused {
        /// Why.
        answer: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_needs_an_answer_the_reporter_can_act_on() {
        assert_eq!(
            ErasureDecision::refuse("tidak"),
            Err(ErrorCode::TooShort {
                min: ANSWER_MIN_CHARS
            })
        );
        let refusal =
            ErasureDecision::refuse("  Aduan masih diperiksa Inspektorat, data wajib disimpan. ")
                .unwrap();
        assert_eq!(
            refusal,
            ErasureDecision::Refuse(
                "Aduan masih diperiksa Inspektorat, data wajib disimpan.".to_owned()
            )
        );
        assert_eq!(refusal.code(), "refused");
        assert_eq!(ErasureDecision::Approve.code(), "approved");
    }

    #[test]
    fn a_reason_is_optional_and_bounded() {
        assert_eq!(ErasureReason::parse_optional("  "), Ok(None));
        assert_eq!(
            ErasureReason::parse_optional(&"a".repeat(TEXT_MAX_CHARS + 1)),
            Err(ErrorCode::TooLong {
                max: TEXT_MAX_CHARS
            })
        );
        assert_eq!(
            ErasureReason::parse_optional("Saya pindah kota.")
                .unwrap()
                .unwrap()
                .as_str(),
            "Saya pindah kota."
        );
    }

    #[test]
    fn the_desk_has_three_days() {
        let asked = DateTime::parse_from_rfc3339("2026-12-01T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            decision_due(asked).to_rfc3339(),
            "2026-12-04T09:00:00+00:00"
        );
    }
}
