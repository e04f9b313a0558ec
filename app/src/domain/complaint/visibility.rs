//! Who may see a complaint (anonim / rahasia).

use crate::domain::field::ErrorCode;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// Who may see a complaint (anonim / rahasia).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// The complaint and the reporter's name are public.
    #[default]
    Public,
    /// The complaint is public; the reporter's identity is hidden from everyone but the desk.
    Anonymous,
    /// Neither the complaint nor the reporter is ever public.
    Confidential,
}

impl Visibility {
    /// Every visibility, the default first.
    pub const ALL: [Visibility; 3] = [
        Visibility::Public,
        Visibility::Anonymous,
        Visibility::Confidential,
    ];

    /// The stable snake_case code for forms, JSON and the database.
    pub const fn code(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Anonymous => "anonymous",
            Visibility::Confidential => "confidential",
        }
    }

    /// The visibility's name for people.
    pub const fn label(self) -> Text {
        match self {
            Visibility::Public => Text::new("Publik", "Public"),
            Visibility::Anonymous => Text::new("Anonim", "Anonymous"),
            Visibility::Confidential => Text::new("Rahasia", "Confidential"),
        }
    }

    /// Parses a visibility code; an empty one means [`Visibility::Public`].
    ///
    /// # Errors
    /// `InvalidChoice` for an unknown code.
    pub fn parse(raw: &str) -> Result<Visibility, ErrorCode> {
        let code = raw.trim();
        if code.is_empty() {
            return Ok(Visibility::default());
        }
        Visibility::ALL
            .into_iter()
            .find(|visibility| visibility.code().eq_ignore_ascii_case(code))
            .ok_or(ErrorCode::InvalidChoice)
    }
}
