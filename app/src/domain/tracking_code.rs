//! The code a reporter follows a complaint by: `TGK-7KQM-X3TB`.
//!
//! - A prefix of three letters names the desk's region (`TGK` Trenggalek, `SBY` Surabaya; `ADU` by
//!   default), so a code passed around on WhatsApp says where it belongs.
//! - Eight characters from a 32-letter alphabet without the look-alikes 0/O and 1/I, so a code
//!   read out over the phone or copied from a screenshot survives: seven random (35 bits, from the
//!   server's secure random source; the domain has none) and a check character (Luhn mod 32), so
//!   a single mistyped character or two swapped neighbours are caught before any look-up.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The characters of a code: digits 2–9 and the letters without I and O.
pub const ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/// The region prefix when a desk configures none ("aduan").
pub const DEFAULT_PREFIX: &str = "ADU";
/// Letters in a region prefix.
pub const PREFIX_CHARS: usize = 3;
/// Characters after the prefix: the random ones and the check character.
pub const CODE_CHARS: usize = 8;
/// The random characters of a code.
const RANDOM_CHARS: usize = CODE_CHARS - 1;

/// A complaint's tracking code, always in the canonical form `PFX-XXXX-XXXX`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TrackingCode(String);

/// A desk's region prefix: exactly three letters A–Z, kept upper-case (a fixed length keeps a
/// code with a missing character from reading as a shorter prefix).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RegionPrefix(String);

impl RegionPrefix {
    /// Parses a prefix such as `tgk`; `None` unless it is three ASCII letters.
    pub fn parse(raw: &str) -> Option<RegionPrefix> {
        let prefix = raw.trim().to_ascii_uppercase();
        (prefix.len() == PREFIX_CHARS && prefix.bytes().all(|b| b.is_ascii_uppercase()))
            .then_some(RegionPrefix(prefix))
    }

    /// The prefix, upper-case.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for RegionPrefix {
    fn default() -> Self {
        RegionPrefix(DEFAULT_PREFIX.to_owned())
    }
}

/// Why a typed tracking code was not understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(rename_all = "snake_case")]
pub enum TrackingCodeError {
    /// Nothing was entered.
    #[error("enter a tracking code")]
    Empty,
    /// Not a prefix and eight characters, or characters outside the alphabet.
    #[error("a tracking code looks like ADU-7KQM-X3TB")]
    Malformed,
    /// Well-formed, but the check character does not match: a character was mistyped.
    #[error("the tracking code has a typing error")]
    Mistyped,
}

impl TrackingCodeError {
    /// A sentence for the reporter in `locale`.
    pub fn message(&self, locale: crate::i18n::Locale) -> &'static str {
        let text = match self {
            TrackingCodeError::Empty => {
                crate::i18n::Text::new("Masukkan kode pelacakan.", "Enter a tracking code.")
            }
            TrackingCodeError::Malformed => crate::i18n::Text::new(
                "Kode pelacakan berbentuk ADU-XXXX-XXXX, misalnya ADU-7KQM-X3TB.",
                "A tracking code looks like ADU-XXXX-XXXX, for example ADU-7KQM-X3TB.",
            ),
            TrackingCodeError::Mistyped => crate::i18n::Text::new(
                "Ada karakter yang salah ketik dalam kode pelacakan. Periksa kembali setiap huruf dan angka.",
                "A character of the tracking code is mistyped. Check each letter and digit again.",
            ),
        };
        text.get(locale)
    }
}

impl TrackingCode {
    /// How many random bytes [`TrackingCode::from_random_bytes`] takes (35 of the 40 bits are used).
    pub const RANDOM_BYTES: usize = 5;

    /// The code for random bits from the server's secure random source, under `prefix`.
    pub fn from_random_bytes(
        prefix: &RegionPrefix,
        bytes: &[u8; TrackingCode::RANDOM_BYTES],
    ) -> TrackingCode {
        let bits = bytes
            .iter()
            .fold(0u64, |acc, byte| (acc << 8) | u64::from(*byte));
        let mut body: Vec<u8> = (0..RANDOM_CHARS)
            .rev()
            .map(|position| ALPHABET[((bits >> (position * 5)) & 0x1F) as usize])
            .collect();
        body.push(check_character(&body));
        TrackingCode::canonical(prefix.as_str(), &body)
    }

    /// Parses a code as a reporter types it: any case, with or without dashes and spaces
    /// (`tgk 7kqm x3tb`, `TGK7KQMX3TB`). The prefix is required: it says which desk the code
    /// belongs to.
    ///
    /// # Errors
    /// [`TrackingCodeError::Empty`], [`TrackingCodeError::Malformed`], or
    /// [`TrackingCodeError::Mistyped`] when the check character does not match.
    pub fn parse(raw: &str) -> Result<TrackingCode, TrackingCodeError> {
        let compact: Vec<u8> = raw
            .chars()
            .filter(|c| !(c.is_whitespace() || *c == '-'))
            .map(|c| c.to_ascii_uppercase())
            .map(|c| u8::try_from(c).unwrap_or(0))
            .collect();
        if compact.is_empty() {
            return Err(TrackingCodeError::Empty);
        }
        if compact.len() != PREFIX_CHARS + CODE_CHARS {
            return Err(TrackingCodeError::Malformed);
        }
        let (prefix, body) = compact.split_at(compact.len() - CODE_CHARS);
        if !prefix.iter().all(u8::is_ascii_uppercase) || !body.iter().all(|b| ALPHABET.contains(b))
        {
            return Err(TrackingCodeError::Malformed);
        }
        if !luhn_sum(body, 1).is_multiple_of(32) {
            return Err(TrackingCodeError::Mistyped);
        }
        let prefix = std::str::from_utf8(prefix).map_err(|_| TrackingCodeError::Malformed)?;
        Ok(TrackingCode::canonical(prefix, body))
    }

    /// `PFX-XXXX-XXXX` from checked characters.
    fn canonical(prefix: &str, body: &[u8]) -> TrackingCode {
        let body = String::from_utf8_lossy(body);
        let (first, second) = body.split_at(CODE_CHARS / 2);
        TrackingCode(format!("{prefix}-{first}-{second}"))
    }

    /// The canonical form, `PFX-XXXX-XXXX`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The value of an alphabet character (0–31).
fn value_of(byte: u8) -> u32 {
    ALPHABET.iter().position(|b| *b == byte).unwrap_or(0) as u32
}

/// Luhn mod 32 over `chars` from the right, doubling every other one starting with `first_factor`.
fn luhn_sum(chars: &[u8], first_factor: u32) -> u32 {
    let mut factor = first_factor;
    chars.iter().rev().fold(0, |sum, byte| {
        let addend = factor * value_of(*byte);
        factor = if factor == 2 { 1 } else { 2 };
        sum + addend / 32 + addend % 32
    })
}

/// The character that makes the Luhn mod 32 sum of `payload` plus itself a multiple of 32.
fn check_character(payload: &[u8]) -> u8 {
    let remainder = luhn_sum(payload, 2) % 32;
    ALPHABET[((32 - remainder) % 32) as usize]
}

impl fmt::Display for TrackingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for TrackingCode {
    type Error = TrackingCodeError;

    fn try_from(raw: String) -> Result<TrackingCode, TrackingCodeError> {
        TrackingCode::parse(&raw)
    }
}

impl From<TrackingCode> for String {
    fn from(code: TrackingCode) -> String {
        code.0
    }
}

impl std::str::FromStr for TrackingCode {
    type Err = TrackingCodeError;

    fn from_str(raw: &str) -> Result<TrackingCode, TrackingCodeError> {
        TrackingCode::parse(raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn code(bytes: [u8; 5]) -> TrackingCode {
        TrackingCode::from_random_bytes(&RegionPrefix::default(), &bytes)
    }

    #[test]
    fn random_bytes_make_a_canonical_code_with_a_check_character() {
        // All zero bits: seven '2's (value 0) and a check character of value 0.
        assert_eq!(code([0; 5]).as_str(), "ADU-2222-2222");
        let ones = code([0xFF; 5]);
        assert!(ones.as_str().starts_with("ADU-ZZZZ-ZZZ"), "{ones}");
        assert_eq!(TrackingCode::parse(ones.as_str()), Ok(ones.clone()));
    }

    #[test]
    fn the_region_prefix_leads_the_code() {
        let trenggalek = RegionPrefix::parse("tgk").unwrap();
        let code = TrackingCode::from_random_bytes(&trenggalek, &[1, 2, 3, 4, 5]);
        assert!(code.as_str().starts_with("TGK-"), "{code}");
        assert_eq!(TrackingCode::parse(&code.as_str().to_lowercase()), Ok(code));
        for bad in ["T", "TG", "TGKA", "T9K", ""] {
            assert_eq!(RegionPrefix::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_alphabet_has_no_look_alikes_and_no_repeats() {
        for confusing in [b'0', b'O', b'1', b'I'] {
            assert!(!ALPHABET.contains(&confusing));
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 32);
    }

    #[test]
    fn codes_are_read_in_any_case_with_or_without_dashes() {
        let canonical = code([0x12, 0x34, 0x56, 0x78, 0x9A]);
        let compact = canonical.as_str().replace('-', "");
        for typed in [
            canonical.as_str().to_owned(),
            canonical.as_str().to_lowercase(),
            format!(" {} ", canonical.as_str().replace('-', " ")),
            compact.clone(),
            compact.to_lowercase(),
        ] {
            assert_eq!(
                TrackingCode::parse(&typed),
                Ok(canonical.clone()),
                "{typed}"
            );
        }
    }

    #[test]
    fn look_alikes_wrong_lengths_and_missing_prefixes_are_malformed() {
        for typed in [
            "ADU-2222-2220",
            "ADU-2222-222I",
            "ADU-2222-222",
            "2222-2222",
            "A-2222-2222",
            "ADUXY-2222-2222",
            "AD9-2222-2222",
            "ADU-2222-222É",
        ] {
            assert_eq!(
                TrackingCode::parse(typed),
                Err(TrackingCodeError::Malformed),
                "{typed}"
            );
        }
        assert_eq!(TrackingCode::parse(" - "), Err(TrackingCodeError::Empty));
    }

    #[test]
    fn a_single_mistyped_character_is_caught() {
        let canonical = code([0xA5, 0x5A, 0x3C, 0xC3, 0x0F]);
        let body: Vec<u8> = canonical
            .as_str()
            .bytes()
            .filter(|b| *b != b'-')
            .skip(3)
            .collect();
        for position in 0..CODE_CHARS {
            for replacement in ALPHABET.iter().copied().filter(|b| *b != body[position]) {
                let mut typo = body.clone();
                typo[position] = replacement;
                let typed = format!("ADU{}", String::from_utf8(typo).unwrap());
                assert_eq!(
                    TrackingCode::parse(&typed),
                    Err(TrackingCodeError::Mistyped),
                    "{typed}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn every_generated_code_parses_back_to_itself(bytes in any::<[u8; 5]>()) {
            let code = code(bytes);
            prop_assert_eq!(TrackingCode::parse(code.as_str()), Ok(code.clone()));
            prop_assert_eq!(TrackingCode::parse(&code.as_str().to_lowercase().replace('-', "")), Ok(code));
        }

        #[test]
        fn swapping_two_different_neighbours_is_caught(bytes in any::<[u8; 5]>(), at in 0usize..CODE_CHARS - 1) {
            let canonical = code(bytes);
            let mut body: Vec<u8> = canonical.as_str().bytes().filter(|b| *b != b'-').skip(3).collect();
            prop_assume!(body[at] != body[at + 1]);
            // Luhn mod N misses one swap: two values summing to N-1 under doubling; allow none here
            // but the one class the algorithm cannot see.
            let (a, b) = (value_of(body[at]), value_of(body[at + 1]));
            prop_assume!(a + b != 31);
            body.swap(at, at + 1);
            let typed = format!("ADU{}", String::from_utf8(body).unwrap());
            prop_assert_eq!(TrackingCode::parse(&typed), Err(TrackingCodeError::Mistyped));
        }

        #[test]
        fn parsing_arbitrary_text_never_panics(raw in any::<String>()) {
            let _ = TrackingCode::parse(&raw);
        }
    }
}
