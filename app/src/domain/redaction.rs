//! Removing personal details a reporter put into their complaint's text by mistake (a NIK, a
//! phone number, a neighbour's name): the reporter asks ([`RedactionRequest`]), the main desk
//! writes the version others see ([`PublicText`]); the original stays, for officers only.
//!
//! [`mask_personal_data`] proposes that version: it hides what looks like an identity number,
//! phone number or e-mail address, for the desk to check and complete (names it cannot know).

use super::complaint::{Content, Title};
use super::field::{ErrorCode, Field, FieldError, FieldErrors};
use super::text;
use crate::i18n::Text;

/// The shortest request accepted, in characters: enough to say what should go.
pub const REQUEST_MIN_CHARS: usize = 5;
/// The longest request accepted, in characters.
pub const REQUEST_MAX_CHARS: usize = 1000;
/// What replaces each hidden detail.
pub const MASK: &str = "[…]";
/// Digit runs at least this long are hidden: phone numbers have 10–13 digits, a NIK 16, while
/// dates, house numbers and amounts stay readable.
const MIN_MASKED_DIGITS: usize = 10;

/// The reporter's request: what should be removed, in their words. It may quote the very detail
/// to remove, so it is shown only to the main desk and never logged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedactionRequest(String);

impl RedactionRequest {
    /// How the request is labelled in forms and error messages.
    pub const LABEL: Text = Text::new("Apa yang perlu dihapus", "What should be removed");

    /// Parses a request, normalised like complaint text.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`; render them with
    /// [`ErrorCode::message`] and [`RedactionRequest::LABEL`].
    pub fn parse(raw: &str) -> Result<RedactionRequest, ErrorCode> {
        let request = text::multi_line(raw);
        text::check(&request, REQUEST_MIN_CHARS, REQUEST_MAX_CHARS, true)?;
        Ok(RedactionRequest(request))
    }

    /// The request's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The title and text of a complaint as everyone but officers sees them, after the desk removed
/// personal details: checked by the same rules as at filing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicText {
    title: Title,
    content: Content,
}

impl PublicText {
    /// Parses the desk's version, reporting every problem at once.
    ///
    /// # Errors
    /// One [`FieldError`] per field that breaks its rule.
    pub fn parse(title: &str, content: &str) -> Result<PublicText, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = Title::parse(title)
            .map_err(|code| errors.push(FieldError::new(Field::Title, code)))
            .ok();
        let content = Content::parse(content)
            .map_err(|code| errors.push(FieldError::new(Field::Content, code)))
            .ok();
        match (title, content) {
            (Some(title), Some(content)) if errors.is_empty() => Ok(PublicText { title, content }),
            _ => Err(errors),
        }
    }

    /// The public title.
    pub fn title(&self) -> &Title {
        &self.title
    }

    /// The public text.
    pub fn content(&self) -> &Content {
        &self.content
    }
}

/// A reporter's initials for public lists: `"Siti Rahayu"` → `"S. R."` (at most three).
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().find(|c| c.is_alphabetic()))
        .take(3)
        .map(|letter| format!("{}.", letter.to_uppercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` with the reporter's `name` masked: the whole name and each of its words of three or
/// more letters, in any case, besides what [`mask_personal_data`] masks.
pub fn mask_name(text: &str, name: &str) -> String {
    let mut masked = text.to_owned();
    let mut parts: Vec<&str> = vec![name.trim()];
    parts.extend(
        name.split_whitespace()
            .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 3),
    );
    for part in parts.into_iter().filter(|part| !part.is_empty()) {
        let lower = masked.to_lowercase();
        let needle = part.to_lowercase();
        // Lower-casing can change byte lengths outside ASCII: only mask where it does not.
        if lower.len() != masked.len() {
            break;
        }
        let mut out = String::with_capacity(masked.len());
        let mut last = 0;
        for (start, _) in lower.match_indices(&needle) {
            if start < last {
                continue;
            }
            out.push_str(&masked[last..start]);
            out.push_str(MASK);
            last = start + needle.len();
        }
        out.push_str(&masked[last..]);
        masked = out;
    }
    mask_personal_data(&masked)
}

/// `text` with every run of at least ten digits (spaces, dots and dashes between them allowed,
/// a leading `+` included) and every e-mail address replaced by [`MASK`].
pub fn mask_personal_data(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(end) = digit_run_end(&chars, i) {
            out.push_str(MASK);
            i = end;
        } else if let Some(end) = email_end(&chars, i) {
            out.push_str(MASK);
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Where a maskable digit run starting at `start` ends, if one starts there.
fn digit_run_end(chars: &[char], start: usize) -> Option<usize> {
    let at_word_start = start == 0 || !chars[start - 1].is_alphanumeric();
    let first_digit = if chars[start] == '+' {
        start + 1
    } else {
        start
    };
    if !at_word_start || !chars.get(first_digit).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let mut digits = 0;
    let mut end = first_digit;
    let mut i = first_digit;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            digits += 1;
            i += 1;
            end = i;
        } else if matches!(chars[i], ' ' | '-' | '.')
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            i += 1;
        } else {
            break;
        }
    }
    let at_word_end = chars.get(end).is_none_or(|c| !c.is_alphanumeric());
    (digits >= MIN_MASKED_DIGITS && at_word_end).then_some(end)
}

/// Where an e-mail address starting at `start` ends, if one starts there: a word of address
/// characters with one `@`, something before it and a dot after it.
fn email_end(chars: &[char], start: usize) -> Option<usize> {
    let is_address_char = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+' | '@');
    if start > 0 && is_address_char(chars[start - 1]) {
        return None;
    }
    let mut end = start;
    while end < chars.len() && is_address_char(chars[end]) {
        end += 1;
    }
    // A sentence's full stop after the address is not part of it.
    while end > start && chars[end - 1] == '.' {
        end -= 1;
    }
    let word: String = chars[start..end].iter().collect();
    let (local, domain) = word.split_once('@')?;
    let valid = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.');
    valid.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_nik_and_phone_numbers_are_masked() {
        assert_eq!(
            mask_personal_data("NIK saya 3503011234567890, HP 0812-3456-7890."),
            "NIK saya […], HP […]."
        );
        assert_eq!(
            mask_personal_data("hubungi +62 812 3456 7890 ya"),
            "hubungi […] ya"
        );
    }

    #[test]
    fn dates_house_numbers_and_amounts_stay() {
        let text = "Sejak 12-11-2026 di Jl. Mawar No. 17, rugi Rp 1.500.000.";
        assert_eq!(mask_personal_data(text), text);
    }

    #[test]
    fn digits_inside_a_word_stay() {
        let text = "kode ABC1234567890 di tiket";
        assert_eq!(mask_personal_data(text), text);
    }

    #[test]
    fn e_mail_addresses_are_masked_with_the_full_stop_kept() {
        assert_eq!(
            mask_personal_data("Kirim ke budi.santoso@mail.co.id. Terima kasih"),
            "Kirim ke […]. Terima kasih"
        );
        assert_eq!(mask_personal_data("a @ b dan x@y"), "a @ b dan x@y");
    }

    #[test]
    fn a_request_needs_a_few_words() {
        assert_eq!(RedactionRequest::parse("  "), Err(ErrorCode::Required));
        assert_eq!(
            RedactionRequest::parse("NIK"),
            Err(ErrorCode::TooShort {
                min: REQUEST_MIN_CHARS
            })
        );
        let request = RedactionRequest::parse("Tolong hapus  NIK saya\r\n").unwrap();
        assert_eq!(request.as_str(), "Tolong hapus  NIK saya");
    }

    #[test]
    fn the_public_text_follows_the_filing_rules() {
        let errors = PublicText::parse("", "pendek").unwrap_err();
        let fields: Vec<Field> = errors.iter().map(|error| error.field).collect();
        assert_eq!(fields, vec![Field::Title, Field::Content]);
        let text = PublicText::parse(
            "Lampu jalan mati",
            "Lampu jalan di depan rumah […] mati sejak seminggu.",
        )
        .unwrap();
        assert_eq!(text.title().as_str(), "Lampu jalan mati");
    }

    proptest! {
        #[test]
        fn masking_twice_changes_nothing_more(text in "[a-z0-9 .@+-]{0,80}") {
            let once = mask_personal_data(&text);
            prop_assert_eq!(mask_personal_data(&once), once.clone());
        }

        #[test]
        fn no_long_digit_run_survives(prefix in "[a-z ]{0,10}", digits in "[0-9]{10,16}") {
            let masked = mask_personal_data(&format!("{prefix} {digits} x"));
            prop_assert!(!masked.contains(&digits));
        }
    }

    #[test]
    fn initials_and_names_are_all_the_public_sees_of_a_reporter() {
        assert_eq!(initials("Siti Rahayu"), "S. R.");
        assert_eq!(initials("  budi   santoso wibowo kusuma "), "B. S. W.");
        assert_eq!(initials(""), "");
        let masked = mask_name(
            "Rumah SITI rahayu di gang Siti, hubungi 0812 3456 7890",
            "Siti Rahayu",
        );
        assert!(!masked.to_lowercase().contains("siti"), "{masked}");
        assert!(!masked.to_lowercase().contains("rahayu"), "{masked}");
        assert!(!masked.contains("3456"), "{masked}");
        assert!(masked.starts_with("Rumah "), "{masked}");
    }
}
