//! What a reporter corrects in a complaint returned to them as incomplete.

use super::*;
use crate::domain::field::{Field, FieldError, FieldErrors};

/// What a reporter corrects in a complaint returned to them as incomplete: its title, text and
/// address, each checked by the same rules as at filing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    title: Title,
    content: Content,
    address: Address,
}

impl Revision {
    /// Parses the corrected fields, reporting every problem at once.
    ///
    /// # Errors
    /// One [`FieldError`] per field that breaks its rule.
    pub fn parse(title: &str, content: &str, address: &str) -> Result<Revision, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = Title::parse(title)
            .map_err(|code| errors.push(FieldError::new(Field::Title, code)))
            .ok();
        let content = Content::parse(content)
            .map_err(|code| errors.push(FieldError::new(Field::Content, code)))
            .ok();
        let address = Address::parse(address)
            .map_err(|code| errors.push(FieldError::new(Field::Address, code)))
            .ok();
        match (title, content, address) {
            (Some(title), Some(content), Some(address)) if errors.is_empty() => Ok(Revision {
                title,
                content,
                address,
            }),
            _ => Err(errors),
        }
    }

    /// The corrected title.
    pub fn title(&self) -> &Title {
        &self.title
    }

    /// The corrected text.
    pub fn content(&self) -> &Content {
        &self.content
    }

    /// The corrected address.
    pub fn address(&self) -> &Address {
        &self.address
    }
}
