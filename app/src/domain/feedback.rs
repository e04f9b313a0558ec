//! The reporter's answer to a resolution: an optional rating and comment on a confirmation.

use super::field::ErrorCode;
use super::text;
use crate::i18n::Text;

/// The longest comment accepted, in characters.
pub const COMMENT_MAX_CHARS: usize = 2000;

/// How satisfied the reporter is, 1 (poor) to 5 (very good).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rating(u8);

impl Rating {
    /// How a rating is labelled in forms and error messages.
    pub const LABEL: Text = Text::new("Penilaian", "Rating");

    /// Parses an optional rating: empty is `None`, else a whole number from 1 to 5.
    ///
    /// # Errors
    /// [`ErrorCode::InvalidChoice`] for anything else.
    pub fn parse_optional(raw: &str) -> Result<Option<Rating>, ErrorCode> {
        match raw.trim() {
            "" => Ok(None),
            value => match value.parse::<u8>() {
                Ok(stars @ 1..=5) => Ok(Some(Rating(stars))),
                _ => Err(ErrorCode::InvalidChoice),
            },
        }
    }

    /// The rating as a number, 1–5.
    pub const fn get(self) -> u8 {
        self.0
    }
}

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
        let comment = text::multi_line(raw);
        if comment.is_empty() {
            return Ok(None);
        }
        text::check(&comment, 1, COMMENT_MAX_CHARS, true)?;
        Ok(Some(Comment(comment)))
    }

    /// The comment's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The reporter's rating and comment, kept when they confirm an answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feedback {
    /// 1 (poor) to 5 (very good).
    pub rating: Option<u8>,
    /// What they want to add.
    pub comment: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rating_is_one_to_five_or_nothing() {
        assert_eq!(Rating::parse_optional(" "), Ok(None));
        assert_eq!(
            Rating::parse_optional("4").map(|r| r.map(Rating::get)),
            Ok(Some(4))
        );
        for bad in ["0", "6", "-1", "4.5", "lima"] {
            assert_eq!(
                Rating::parse_optional(bad),
                Err(ErrorCode::InvalidChoice),
                "{bad}"
            );
        }
    }

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
