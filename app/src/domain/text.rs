//! Whitespace normalisation and character checks shared by the free-text fields.
//!
//! Every function here is idempotent: normalising a normalised text changes nothing, so a value
//! parsed once parses again to itself.

use super::field::ErrorCode;

/// Trims and collapses every run of whitespace (tabs and line breaks included) into one space.
pub(crate) fn single_line(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Normalises a multi-line text: line breaks become `\n`, tabs become spaces, trailing spaces
/// go, more than one empty line in a row becomes one, and the whole text is trimmed.
pub(crate) fn multi_line(raw: &str) -> String {
    let unified = raw
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', " ");
    let mut out = String::with_capacity(unified.len());
    let mut pending_breaks = 0usize;
    for line in unified.split('\n') {
        let line = line.trim_end();
        if line.trim_start().is_empty() {
            pending_breaks += 1;
            continue;
        }
        if !out.is_empty() {
            // One break ends the previous line; a second one keeps a paragraph gap.
            out.push_str(if pending_breaks > 1 { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        pending_breaks = 1;
    }
    out.trim().to_owned()
}

/// Whether `c` may not appear in a stored text: control characters (C0, DEL, C1) and the
/// bidirectional overrides and isolates that can disguise text ("Trojan Source"). A line break is
/// allowed when `allow_newline`.
pub(crate) fn is_forbidden(c: char, allow_newline: bool) -> bool {
    if c == '\n' {
        return !allow_newline;
    }
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// An optional multi-line text of at most `max` characters, normalised by [`multi_line`]: empty
/// is `None`.
///
/// # Errors
/// `ControlCharacters` or `TooLong`.
pub(crate) fn optional_multi_line(raw: &str, max: usize) -> Result<Option<String>, ErrorCode> {
    let text = multi_line(raw);
    if text.is_empty() {
        return Ok(None);
    }
    check(&text, 1, max, true)?;
    Ok(Some(text))
}

/// Checks a normalised text: not empty, no forbidden characters, and between `min` and `max`
/// characters (Unicode scalar values, as a reader counts them, not bytes).
pub(crate) fn check(
    text: &str,
    min: usize,
    max: usize,
    allow_newline: bool,
) -> Result<(), ErrorCode> {
    if text.is_empty() {
        return Err(ErrorCode::Required);
    }
    if text.chars().any(|c| is_forbidden(c, allow_newline)) {
        return Err(ErrorCode::ControlCharacters);
    }
    let length = text.chars().count();
    if length < min {
        return Err(ErrorCode::TooShort { min });
    }
    if length > max {
        return Err(ErrorCode::TooLong { max });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn single_line_collapses_inner_whitespace() {
        assert_eq!(
            single_line("  Jalan \t rusak\n parah  "),
            "Jalan rusak parah"
        );
    }

    #[test]
    fn multi_line_keeps_one_paragraph_gap() {
        assert_eq!(
            multi_line("\r\n  Baris satu  \r\n\r\n\r\n\tBaris dua\rBaris tiga \n\n"),
            "Baris satu\n\n Baris dua\nBaris tiga"
        );
    }

    #[test]
    fn bidirectional_overrides_are_forbidden() {
        assert!(is_forbidden('\u{202E}', true));
        assert!(is_forbidden('\u{0}', true));
        assert!(is_forbidden('\n', false));
        assert!(!is_forbidden('\n', true));
        assert!(!is_forbidden('é', false));
    }

    proptest! {
        #[test]
        fn normalising_twice_changes_nothing(raw in any::<String>()) {
            let once = single_line(&raw);
            prop_assert_eq!(single_line(&once), once);
            let once = multi_line(&raw);
            prop_assert_eq!(multi_line(&once), once);
        }

        #[test]
        fn normalising_mixed_lines_twice_changes_nothing(raw in "[ a\t\r\n]{0,30}") {
            let once = multi_line(&raw);
            prop_assert_eq!(multi_line(&once), once);
        }
    }
}
