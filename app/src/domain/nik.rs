//! The NIK (Nomor Induk Kependudukan), Indonesia's 16-digit national identity number.
//!
//! Layout (Permendagri on population administration): `PP KK CC DDMMYY SSSS`, where `PP` is the
//! province, `KK` the regency or city, `CC` the district, `DDMMYY` the birth date (women add 40 to
//! the day) and `SSSS` a serial number from 0001.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::field::ErrorCode;

/// The number of digits in a NIK.
pub const NIK_DIGITS: usize = 16;

/// The province codes of the Ministry of Home Affairs (Kemendagri, Kepmendagri
/// 100.1.1-6117/2022 and its successors), 38 provinces. 93–96 are the Papua provinces formed in
/// 2022 (Papua Selatan, Papua Tengah, Papua Pegunungan, Papua Barat Daya); people registered
/// before the split keep their 91/92 NIK, so both stay valid.
pub const PROVINCE_CODES: [u8; 38] = [
    11, 12, 13, 14, 15, 16, 17, 18, 19, // Aceh … Kepulauan Bangka Belitung
    21, // Kepulauan Riau
    31, 32, 33, 34, 35, 36, // DKI Jakarta … Banten
    51, 52, 53, // Bali, Nusa Tenggara Barat, Nusa Tenggara Timur
    61, 62, 63, 64, 65, // Kalimantan Barat … Kalimantan Utara
    71, 72, 73, 74, 75, 76, // Sulawesi Utara … Sulawesi Barat
    81, 82, // Maluku, Maluku Utara
    91, 92, 93, 94, 95, 96, // Papua, Papua Barat, Papua Selatan … Papua Barat Daya
];

/// What women add to the day of birth in a NIK.
const FEMALE_DAY_OFFSET: u8 = 40;

/// A well-formed NIK: 16 digits, a real province, a real birth date and a non-zero serial.
///
/// Personal data: its `Debug` shows only the [masked](Nik::masked) form, so it never reaches a
/// log in full. Serialised as the plain 16 digits (for storage), deserialised through
/// [`Nik::parse`].
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Nik(String);

/// The birth date written in a NIK. The century is not part of a NIK.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NikBirthDate {
    /// The day of the month, 1–31 (women's +40 already removed).
    pub day: u8,
    /// The month, 1–12.
    pub month: u8,
    /// The last two digits of the year, 0–99.
    pub year_of_century: u8,
}

impl Nik {
    /// Parses a NIK as typed. Surrounding whitespace is trimmed, and spaces, dots and dashes
    /// between the digits are dropped, because people copy a NIK grouped (`3503 0112 …`) or with
    /// the region written as `35.03.01`.
    ///
    /// # Errors
    /// [`ErrorCode::Required`] when empty, then in this order: `NikNotDigits`, `NikLength`,
    /// `NikUnknownProvince`, `NikInvalidBirthDate`, `NikZeroSerial`.
    pub fn parse(raw: &str) -> Result<Nik, ErrorCode> {
        let digits: String = raw
            .chars()
            .filter(|c| !(c.is_whitespace() || matches!(c, '.' | '-')))
            .collect();
        if digits.is_empty() {
            return Err(ErrorCode::Required);
        }
        if !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(ErrorCode::NikNotDigits);
        }
        if digits.len() != NIK_DIGITS {
            return Err(ErrorCode::NikLength);
        }
        let bytes = digits.as_bytes();
        if !PROVINCE_CODES.contains(&two_digits(bytes, 0)) {
            return Err(ErrorCode::NikUnknownProvince);
        }
        let date = birth_date(bytes);
        if !is_real_date(date.day, date.month, date.year_of_century) {
            return Err(ErrorCode::NikInvalidBirthDate);
        }
        if &digits[12..] == "0000" {
            return Err(ErrorCode::NikZeroSerial);
        }
        Ok(Nik(digits))
    }

    /// The 16 digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The NIK with its middle eight digits hidden, `3503••••••••0001`, for screens and logs.
    pub fn masked(&self) -> String {
        mask(&self.0)
    }

    /// The province code, the first two digits.
    pub fn province_code(&self) -> u8 {
        two_digits(self.0.as_bytes(), 0)
    }

    /// The birth date in digits 7–12, the women's +40 removed.
    pub fn birth_date_parts(&self) -> NikBirthDate {
        birth_date(self.0.as_bytes())
    }

    /// Whether the NIK was issued to a woman (day of birth written as 41–71).
    pub fn is_female(&self) -> bool {
        two_digits(self.0.as_bytes(), 6) > FEMALE_DAY_OFFSET
    }
}

/// Masks any text as a NIK would be: the first and last four characters shown, the rest as `•`.
/// Texts of eight characters or fewer are hidden entirely. Used for raw, unparsed input too.
pub(crate) fn mask(raw: &str) -> String {
    let chars: Vec<char> = raw.chars().collect();
    if chars.len() <= 8 {
        return "•".repeat(chars.len());
    }
    let hidden = chars.len() - 8;
    chars[..4]
        .iter()
        .chain(std::iter::repeat_n(&'•', hidden))
        .chain(&chars[chars.len() - 4..])
        .collect()
}

/// The number in the two ASCII digits at `at`.
fn two_digits(bytes: &[u8], at: usize) -> u8 {
    (bytes[at] - b'0') * 10 + (bytes[at + 1] - b'0')
}

fn birth_date(bytes: &[u8]) -> NikBirthDate {
    let written_day = two_digits(bytes, 6);
    NikBirthDate {
        day: if written_day > FEMALE_DAY_OFFSET {
            written_day - FEMALE_DAY_OFFSET
        } else {
            written_day
        },
        month: two_digits(bytes, 8),
        year_of_century: two_digits(bytes, 10),
    }
}

/// Whether day/month exist in the year `year_of_century` of the 1900s or 2000s. 29 February is
/// accepted when the two-digit year is divisible by four: 19YY and 20YY are then both leap years,
/// except 1900, which we accept because 2000 was one and the century is not in the NIK.
fn is_real_date(day: u8, month: u8, year_of_century: u8) -> bool {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year_of_century.is_multiple_of(4) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

impl fmt::Debug for Nik {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Nik").field(&self.masked()).finish()
    }
}

impl TryFrom<String> for Nik {
    type Error = ErrorCode;

    fn try_from(raw: String) -> Result<Nik, ErrorCode> {
        Nik::parse(&raw)
    }
}

impl From<Nik> for String {
    fn from(nik: Nik) -> String {
        nik.0
    }
}

impl AsRef<str> for Nik {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Jawa Timur (35), Trenggalek (03), a district (01), born 1 December 1989, serial 0001.
    const MALE: &str = "3503010112890001";
    /// The same, for a woman: day 01 + 40 = 41.
    const FEMALE: &str = "3503014112890002";

    #[test]
    fn a_valid_male_nik_is_accepted() {
        let nik = Nik::parse(MALE).expect("valid NIK");
        assert_eq!(nik.as_str(), MALE);
        assert!(!nik.is_female());
        assert_eq!(nik.province_code(), 35);
        assert_eq!(
            nik.birth_date_parts(),
            NikBirthDate {
                day: 1,
                month: 12,
                year_of_century: 89
            }
        );
    }

    #[test]
    fn female_nik_adds_forty_to_the_day() {
        let nik = Nik::parse(FEMALE).expect("valid NIK");
        assert!(nik.is_female());
        assert_eq!(nik.birth_date_parts().day, 1);
        assert!(
            Nik::parse("3503017112890002").is_ok(),
            "31 + 40 = 71 is the last day"
        );
        assert_eq!(
            Nik::parse("3503017212890002"),
            Err(ErrorCode::NikInvalidBirthDate)
        );
        assert_eq!(
            Nik::parse("3503014012890002"),
            Err(ErrorCode::NikInvalidBirthDate)
        );
    }

    #[test]
    fn province_zero_zero_is_rejected() {
        assert_eq!(
            Nik::parse("0003010112890001"),
            Err(ErrorCode::NikUnknownProvince)
        );
        assert_eq!(
            Nik::parse("2003010112890001"),
            Err(ErrorCode::NikUnknownProvince)
        );
    }

    #[test]
    fn the_new_papua_provinces_are_known() {
        assert!(Nik::parse("9601010112890001").is_ok());
        assert_eq!(
            Nik::parse("9701010112890001"),
            Err(ErrorCode::NikUnknownProvince)
        );
    }

    #[test]
    fn thirty_first_of_february_is_rejected() {
        assert_eq!(
            Nik::parse("3503013102890001"),
            Err(ErrorCode::NikInvalidBirthDate)
        );
        assert_eq!(
            Nik::parse("3503017102890001"),
            Err(ErrorCode::NikInvalidBirthDate)
        );
        assert_eq!(
            Nik::parse("3503013104890001"),
            Err(ErrorCode::NikInvalidBirthDate)
        );
        assert_eq!(
            Nik::parse("3503010113890001"),
            Err(ErrorCode::NikInvalidBirthDate)
        );
        assert_eq!(
            Nik::parse("3503010012890001"),
            Err(ErrorCode::NikInvalidBirthDate)
        );
    }

    #[test]
    fn leap_day_is_accepted_only_in_years_divisible_by_four() {
        assert!(Nik::parse("3503012902880001").is_ok());
        assert!(
            Nik::parse("3503016902000001").is_ok(),
            "a woman born 29 Feb 2000"
        );
        assert_eq!(
            Nik::parse("3503012902890001"),
            Err(ErrorCode::NikInvalidBirthDate)
        );
    }

    #[test]
    fn serial_zero_zero_zero_zero_is_rejected() {
        assert_eq!(
            Nik::parse("3503010112890000"),
            Err(ErrorCode::NikZeroSerial)
        );
    }

    #[test]
    fn fifteen_digits_are_rejected() {
        assert_eq!(Nik::parse("350301011289000"), Err(ErrorCode::NikLength));
        assert_eq!(Nik::parse("35030101128900011"), Err(ErrorCode::NikLength));
    }

    #[test]
    fn letters_are_rejected() {
        assert_eq!(Nik::parse("35030101128900O1"), Err(ErrorCode::NikNotDigits));
        assert_eq!(
            Nik::parse("３５０３010112890001"),
            Err(ErrorCode::NikNotDigits)
        );
    }

    #[test]
    fn an_empty_nik_is_required() {
        assert_eq!(Nik::parse("  "), Err(ErrorCode::Required));
    }

    #[test]
    fn grouped_and_dotted_niks_are_accepted() {
        for typed in [
            " 3503 0101 1289 0001 ",
            "35.03.01.011289.0001",
            "3503-0101-1289-0001",
        ] {
            assert_eq!(
                Nik::parse(typed).map(|nik| nik.as_str().to_owned()),
                Ok(MALE.to_owned())
            );
        }
    }

    #[test]
    fn masked_shows_only_the_first_and_last_four_digits() {
        let nik = Nik::parse(MALE).expect("valid NIK");
        assert_eq!(nik.masked(), "3503••••••••0001");
    }

    #[test]
    fn debug_never_prints_the_full_nik() {
        let nik = Nik::parse(MALE).expect("valid NIK");
        let debug = format!("{nik:?}");
        assert!(!debug.contains(MALE));
        assert!(debug.contains("3503••••••••0001"));
    }

    #[test]
    fn short_raw_text_is_masked_completely() {
        assert_eq!(mask("1234"), "••••");
        assert_eq!(mask("123456789"), "1234•6789");
    }

    proptest! {
        #[test]
        fn parsing_arbitrary_text_never_panics(raw in any::<String>()) {
            let _ = Nik::parse(&raw);
        }

        #[test]
        fn a_parsed_nik_parses_again_to_itself(raw in "[0-9]{16}") {
            if let Ok(nik) = Nik::parse(&raw) {
                prop_assert_eq!(Nik::parse(nik.as_str()), Ok(nik.clone()));
                prop_assert_eq!(nik.masked().chars().count(), NIK_DIGITS);
            }
        }
    }
}
