//! The reporter's name, the title, the text, the addresses, the phone number, the social media
//! account and the topic, each parsed.

use super::*;
use crate::domain::field::ErrorCode;
use crate::domain::text;
use serde::{Deserialize, Serialize};
use std::fmt;

text_newtype! {
    /// A reporter's name: 3–100 characters of letters, spaces and `. , ' -` (with at least one
    /// letter), so titles and degrees fit ("Ir. H. Budi Santoso, M.T.").
    ReporterName
}
hide_text!(ReporterName);

impl ReporterName {
    /// Parses a name: whitespace trimmed and collapsed.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `InvalidNameCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<ReporterName, ErrorCode> {
        let name = text::single_line(raw);
        text::check(&name, 0, usize::MAX, false)?;
        let allowed = |c: char| c.is_alphabetic() || c.is_ascii_whitespace() || ".,'’-".contains(c);
        if !name.chars().all(allowed) || !name.chars().any(char::is_alphabetic) {
            return Err(ErrorCode::InvalidNameCharacters);
        }
        text::check(&name, NAME_MIN_CHARS, NAME_MAX_CHARS, false)?;
        Ok(ReporterName(name))
    }
}

text_newtype! {
    /// A complaint's title: one line of 10–150 characters.
    Title
}
show_text!(Title);

impl Title {
    /// Parses a title: whitespace trimmed and collapsed.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<Title, ErrorCode> {
        let title = text::single_line(raw);
        text::check(&title, TITLE_MIN_CHARS, TITLE_MAX_CHARS, false)?;
        Ok(Title(title))
    }
}

text_newtype! {
    /// The complaint text: 30–5000 characters, paragraphs kept.
    Content
}
show_text!(Content);

impl Content {
    /// Parses the complaint text: line breaks unified, tabs made spaces, trailing spaces and
    /// runs of empty lines removed, the whole trimmed.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<Content, ErrorCode> {
        let content = text::multi_line(raw);
        text::check(&content, CONTENT_MIN_CHARS, CONTENT_MAX_CHARS, true)?;
        Ok(Content(content))
    }
}

text_newtype! {
    /// A written address, of the incident or of the reporter's home: one line of 5–300
    /// characters.
    Address
}
hide_text!(Address);

impl Address {
    /// Parses an address: whitespace trimmed and collapsed.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<Address, ErrorCode> {
        let address = text::single_line(raw);
        text::check(&address, ADDRESS_MIN_CHARS, ADDRESS_MAX_CHARS, false)?;
        Ok(Address(address))
    }
}

text_newtype! {
    /// A reporter's account on the social network a complaint came from: one line of 2–100
    /// characters, as the desk copied it ("@budi_s on Instagram").
    SocialMediaAccount
}
hide_text!(SocialMediaAccount);

impl SocialMediaAccount {
    /// Parses an account: whitespace trimmed and collapsed.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<SocialMediaAccount, ErrorCode> {
        let account = text::single_line(raw);
        text::check(&account, ACCOUNT_MIN_CHARS, ACCOUNT_MAX_CHARS, false)?;
        Ok(SocialMediaAccount(account))
    }
}

text_newtype! {
    /// A complaint's topic within its category: one line of 3–100 characters ("Jalan
    /// berlubang" under roads).
    Topic
}
show_text!(Topic);

impl Topic {
    /// Parses a topic: whitespace trimmed and collapsed.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<Topic, ErrorCode> {
        let topic = text::single_line(raw);
        text::check(&topic, TOPIC_MIN_CHARS, TOPIC_MAX_CHARS, false)?;
        Ok(Topic(topic))
    }
}

text_newtype! {
    /// An Indonesian phone number in international form, `+62` and 8–13 digits:
    /// `+6281234567890`.
    Phone
}
hide_text!(Phone);

impl Phone {
    /// Parses a phone number written as `0812-3456-7890`, `62 812 3456 7890`,
    /// `+62 (812) 3456.7890` or `(031) 5312144`: spaces, dashes, dots and brackets are dropped,
    /// the prefix `+62`, `62` or `0` is required, and the rest must be 8–13 digits not starting
    /// with 0.
    ///
    /// # Errors
    /// `Required` when empty, else `InvalidPhone`.
    pub fn parse(raw: &str) -> Result<Phone, ErrorCode> {
        let compact: String = raw
            .chars()
            .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '.' | '(' | ')')))
            .collect();
        if compact.is_empty() {
            return Err(ErrorCode::Required);
        }
        let national = ["+62", "62", "0"]
            .iter()
            .find_map(|prefix| compact.strip_prefix(prefix))
            .ok_or(ErrorCode::InvalidPhone)?;
        let valid = (PHONE_MIN_DIGITS..=PHONE_MAX_DIGITS).contains(&national.len())
            && national.chars().all(|c| c.is_ascii_digit())
            && !national.starts_with('0');
        if !valid {
            return Err(ErrorCode::InvalidPhone);
        }
        Ok(Phone(format!("+62{national}")))
    }
}
