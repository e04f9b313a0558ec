//! The reporter's answer to a resolution: an optional comment on a confirmation.
//!
//! The 1–5 star rating asked here before is retired for the public satisfaction survey
//! ([`crate::domain::satisfaction`]), offered once the complaint closes; the ratings given before
//! stay on their complaints.

use super::field::ErrorCode;
use super::text;
use crate::i18n::Text;

/// The longest comment accepted, in characters.
pub const COMMENT_MAX_CHARS: usize = 2000;

/// What the reporter adds when confirming: up to [`COMMENT_MAX_CHARS`], paragraphs kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment(String);

impl Comment {
    /// How a comment is labelled in forms and error messages.
    pub const LABEL: Text = Text::new("Komentar", "Comment");

    /// Parses an optional comment, normalised like complaint text: empty is `None`.
    ///
    /// # Errors
    /// `ControlCharacters` or `TooLong`.
    pub fn parse_optional(raw: &str) -> Result<Option<Comment>, ErrorCode> {
        Ok(text::optional_multi_line(raw, COMMENT_MAX_CHARS)?.map(Comment))
    }

    /// The comment's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The reporter's comment, kept when they confirm an answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feedback {
    /// What they want to add.
    pub comment: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_is_optional_normalised_and_bounded() {
        assert_eq!(Comment::parse_optional(" \n "), Ok(None));
        let comment = Comment::parse_optional("  Terima kasih,\r\n\r\n\r\nsudah diperbaiki.  ")
            .unwrap()
            .unwrap();
        assert_eq!(comment.as_str(), "Terima kasih,\n\nsudah diperbaiki.");
        assert_eq!(
            Comment::parse_optional(&"a".repeat(COMMENT_MAX_CHARS + 1)),
            Err(ErrorCode::TooLong {
                max: COMMENT_MAX_CHARS
            })
        );
        assert_eq!(
            Comment::parse_optional("ok\u{202e}"),
            Err(ErrorCode::ControlCharacters)
        );
    }
}
