//! The codes of categories and agencies.

use super::*;
use crate::domain::field::ErrorCode;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Parses a code as used for categories and agencies: trimmed, lower-cased, 1–64 characters of
/// ASCII letters, digits, `.`, `_` and `-`, starting with a letter or digit.
pub(crate) fn parse_code(raw: &str) -> Result<String, ErrorCode> {
    let code = raw.trim().to_ascii_lowercase();
    if code.is_empty() {
        return Err(ErrorCode::Required);
    }
    let well_formed = code.len() <= CODE_MAX_CHARS
        && code.starts_with(|c: char| c.is_ascii_alphanumeric())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if well_formed {
        Ok(code)
    } else {
        Err(ErrorCode::InvalidChoice)
    }
}

text_newtype! {
    /// The code of a complaint category, e.g. `infrastruktur.jalan`. Free for now; the list of
    /// categories lives in the database.
    CategoryCode
}
show_text!(CategoryCode);

impl CategoryCode {
    /// Parses a category code; see the rules of [`AgencyCode::parse`].
    ///
    /// # Errors
    /// `Required` when empty, else `InvalidChoice`.
    pub fn parse(raw: &str) -> Result<CategoryCode, ErrorCode> {
        parse_code(raw).map(CategoryCode)
    }
}

text_newtype! {
    /// The code of an agency (OPD / SKPD / instansi vertikal), e.g. `dinas-pupr`.
    AgencyCode
}
show_text!(AgencyCode);

impl AgencyCode {
    /// Parses an agency code: trimmed and lower-cased; 1–64 characters of ASCII letters, digits,
    /// `.`, `_` and `-`, starting with a letter or digit.
    ///
    /// # Errors
    /// `Required` when empty, else `InvalidChoice`.
    pub fn parse(raw: &str) -> Result<AgencyCode, ErrorCode> {
        parse_code(raw).map(AgencyCode)
    }
}
