//! Where a citizen wants updates: an e-mail address or a phone number.

use super::*;
use crate::domain::field::ErrorCode;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a citizen wants updates: an e-mail address or an Indonesian phone number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    /// By e-mail.
    Email(Email),
    /// By WhatsApp or SMS.
    Phone(Phone),
}

impl Contact {
    /// How the contact field is labelled.
    pub const LABEL: Text = Text::new("E-mail atau nomor HP", "E-mail or mobile number");

    /// An address with `@` is read as e-mail, anything else as a phone number.
    ///
    /// # Errors
    /// As [`Email::parse`] or [`Phone::parse`].
    pub fn parse(raw: &str) -> Result<Contact, ErrorCode> {
        if raw.contains('@') {
            Email::parse(raw).map(Contact::Email)
        } else {
            Phone::parse(raw).map(Contact::Phone)
        }
    }
}

text_newtype! {
    /// An email address that passes a sanity check: `local@domain.tld`, no spaces, the domain
    /// lower-cased.
    Email
}
hide_text!(Email);

impl Email {
    /// Parses an email address. Deliberately simple: one `@`, a local part of 1–64 visible ASCII
    /// characters, and a domain of dot-separated labels (letters, digits, inner hyphens) ending
    /// in a top-level domain of two letters or more. Whether it exists is for a confirmation
    /// mail to tell.
    ///
    /// # Errors
    /// `Required` when empty, `TooLong` over 254 characters, else `InvalidEmail`.
    pub fn parse(raw: &str) -> Result<Email, ErrorCode> {
        let email = raw.trim();
        if email.is_empty() {
            return Err(ErrorCode::Required);
        }
        if email.chars().count() > EMAIL_MAX_CHARS {
            return Err(ErrorCode::TooLong {
                max: EMAIL_MAX_CHARS,
            });
        }
        let (local, domain) = email.split_once('@').ok_or(ErrorCode::InvalidEmail)?;
        let local_ok = (1..=64).contains(&local.len())
            && local
                .chars()
                .all(|c| c.is_ascii_graphic() && !"@\"(),:;<>[\\]".contains(c))
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..");
        let domain = domain.to_ascii_lowercase();
        let labels: Vec<&str> = domain.split('.').collect();
        let label_ok = |label: &&str| {
            (1..=63).contains(&label.len())
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        };
        let tld_ok = labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
        if !(local_ok && labels.len() >= 2 && labels.iter().all(label_ok) && tld_ok) {
            return Err(ErrorCode::InvalidEmail);
        }
        Ok(Email(format!("{local}@{domain}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::field::Field;

    #[test]
    fn a_revision_names_every_broken_field() {
        let revision = Revision::parse(
            "Lampu jalan mati di Jalan Soekarno-Hatta",
            "Sudah dua minggu lampu jalan di depan pasar mati, jalan gelap sekali.",
            "Jl. Soekarno-Hatta depan Pasar Pon",
        )
        .unwrap();
        assert_eq!(
            revision.title().as_str(),
            "Lampu jalan mati di Jalan Soekarno-Hatta"
        );
        let errors = Revision::parse("Lampu", "", "Jl. Soekarno-Hatta").unwrap_err();
        let fields: Vec<Field> = errors.iter().map(|error| error.field).collect();
        assert_eq!(fields, [Field::Title, Field::Content]);
    }

    #[test]
    fn a_contact_is_an_email_or_a_phone() {
        assert!(matches!(
            Contact::parse("warga@example.id"),
            Ok(Contact::Email(_))
        ));
        assert!(matches!(
            Contact::parse("0812-3456-7890"),
            Ok(Contact::Phone(_))
        ));
        assert_eq!(Contact::parse("warga@"), Err(ErrorCode::InvalidEmail));
        assert_eq!(Contact::parse("12"), Err(ErrorCode::InvalidPhone));
        assert_eq!(Contact::parse(" "), Err(ErrorCode::Required));
    }
}
