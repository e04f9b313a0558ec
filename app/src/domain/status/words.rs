//! The words some actions carry: a reason, an answer, an SP4N-LAPOR! ticket, each checked.

use crate::domain::field::ErrorCode;
use crate::domain::text;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};
use std::fmt;

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
