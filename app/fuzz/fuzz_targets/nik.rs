//! `Nik::parse` on arbitrary text: the input as UTF-8 when it is, and always as lossily
//! converted bytes.
//!
//! What `app::domain::nik` promises: parsing never panics; an accepted NIK is 16 ASCII digits
//! (the typed digits with spaces, dots and dashes dropped), parses again to itself, also when
//! written grouped, and its masked form and `Debug` never show it whole; a rejected one fails
//! with the first problem in the documented order.
#![no_main]

use app::domain::field::ErrorCode;
use app::domain::nik::{NIK_DIGITS, Nik, PROVINCE_CODES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    }
    check(&String::from_utf8_lossy(data));
});

fn check(raw: &str) {
    // What `parse` documents it drops between the digits.
    let digits: String = raw
        .chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '.' | '-')))
        .collect();
    match Nik::parse(raw) {
        Ok(nik) => accepted(&nik, &digits),
        Err(code) => rejected(code, &digits),
    }
}

fn accepted(nik: &Nik, digits: &str) {
    let text = nik.as_str();
    assert_eq!(
        text, digits,
        "the NIK is the typed digits, separators dropped"
    );
    assert_eq!(text.len(), NIK_DIGITS);
    assert!(text.bytes().all(|b| b.is_ascii_digit()), "{text:?}");
    assert_eq!(Nik::parse(text).as_ref(), Ok(nik), "parses again to itself");
    for grouped in [
        format!(
            " {} {} {} {} ",
            &text[..4],
            &text[4..8],
            &text[8..12],
            &text[12..]
        ),
        format!(
            "{}.{}.{}.{}.{}",
            &text[..2],
            &text[2..4],
            &text[4..6],
            &text[6..12],
            &text[12..]
        ),
        format!(
            "{}-{}-{}-{}",
            &text[..4],
            &text[4..8],
            &text[8..12],
            &text[12..]
        ),
    ] {
        assert_eq!(Nik::parse(&grouped).as_ref(), Ok(nik), "{grouped:?}");
    }

    // Personal data: only the first and last four digits ever show.
    let masked = nik.masked();
    assert!(!masked.contains(text));
    assert_eq!(masked.chars().count(), NIK_DIGITS);
    assert!(masked.starts_with(&text[..4]) && masked.ends_with(&text[12..]));
    assert_eq!(masked.chars().filter(|&c| c == '•').count(), 8);
    let debug = format!("{nik:?}");
    assert!(!debug.contains(text), "Debug leaks the NIK: {debug}");
    assert!(debug.contains(&masked));

    // The parts the layout defines.
    assert!(PROVINCE_CODES.contains(&nik.province_code()));
    assert_eq!(u32::from(nik.province_code()), number(&text[..2]));
    let date = nik.birth_date_parts();
    assert!((1..=31).contains(&date.day) && (1..=12).contains(&date.month));
    assert!(date.year_of_century < 100);
    let written_day = number(&text[6..8]);
    assert_eq!(nik.is_female(), written_day > 40);
    assert_eq!(
        u32::from(date.day) + if nik.is_female() { 40 } else { 0 },
        written_day
    );
    assert_ne!(&text[12..], "0000", "the serial starts from 0001");

    // Stored as the plain digits, read back through `parse`.
    let json = serde_json::to_string(nik).expect("a NIK serialises");
    assert_eq!(json, format!("\"{text}\""));
    assert_eq!(serde_json::from_str::<Nik>(&json).as_ref().ok(), Some(nik));
    assert_eq!(String::from(nik.clone()), text);
}

fn rejected(code: ErrorCode, digits: &str) {
    // The documented order: Required, NikNotDigits, NikLength, then the checks of a 16-digit
    // number.
    let expected_first = if digits.is_empty() {
        Some(ErrorCode::Required)
    } else if !digits.chars().all(|c| c.is_ascii_digit()) {
        Some(ErrorCode::NikNotDigits)
    } else if digits.len() != NIK_DIGITS {
        Some(ErrorCode::NikLength)
    } else {
        None
    };
    match expected_first {
        Some(expected) => assert_eq!(code, expected, "{digits:?}"),
        None => assert!(
            matches!(
                code,
                ErrorCode::NikUnknownProvince
                    | ErrorCode::NikInvalidBirthDate
                    | ErrorCode::NikZeroSerial
            ),
            "{code:?} for 16 digits"
        ),
    }
    if code == ErrorCode::NikZeroSerial {
        assert_eq!(&digits[12..], "0000");
    }
    if code == ErrorCode::NikUnknownProvince {
        assert!(
            !PROVINCE_CODES
                .iter()
                .any(|p| format!("{p:02}") == digits[..2])
        );
    }
    // A serialised NIK goes through the same check.
    let json = serde_json::to_string(digits).expect("a string serialises");
    assert!(serde_json::from_str::<Nik>(&json).is_err());
}

/// The number written in ASCII digits.
fn number(digits: &str) -> u32 {
    digits.parse().expect("ASCII digits")
}
