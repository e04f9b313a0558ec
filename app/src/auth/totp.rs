//! The second factor: time-based one-time codes (TOTP, RFC 6238) and single-use recovery codes.
//!
//! An officer's authenticator app (Google Authenticator, Aegis, FreeOTP…) shares a random
//! [`TotpSecret`] with the server, given once as a QR code of [`provisioning_uri`]. Both derive a
//! [`DIGITS`]-digit code from the secret and the current [`STEP_SECONDS`]-second step with
//! HMAC-SHA1, the parameters every authenticator app supports. [`verify`] accepts the code of the
//! step before and after too (clocks drift, people type slowly) but never a step at or before the
//! last one used, so an overheard code cannot be replayed.
//!
//! Recovery codes ([`new_recovery_codes`]) let an officer in once each without the phone; only
//! their [`recovery_code_hash`] is stored.

pub use crate::personal_data::recovery_code_hash;
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use std::fmt;

type HmacSha1 = Hmac<Sha1>;

/// Digits in a code.
pub const DIGITS: usize = 6;
/// Seconds in a time step: a code changes this often.
pub const STEP_SECONDS: u64 = 30;
/// Steps either side of the current one whose codes are still accepted.
pub const WINDOW_STEPS: u64 = 1;
/// Bytes in a new secret: 160 bits, the HMAC-SHA1 block RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;
/// The fewest bytes an imported secret may have (RFC 4226 requires 128 bits).
pub const MIN_SECRET_BYTES: usize = 16;
/// Recovery codes an officer is usually given.
pub const RECOVERY_CODES: usize = 10;
/// Symbols recovery codes are made of: lowercase letters and digits without `0`, `o`, `1`, `l`
/// and `i`, which are easily mistaken for one another on paper.
pub const RECOVERY_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
/// Symbols in a recovery code, written as two groups of four: `k7mp-3xqa`.
const RECOVERY_SYMBOLS: usize = 8;
/// The RFC 4648 base32 alphabet.
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Why a secret or a recovery code could not be made or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TotpError {
    /// The system's random source failed.
    #[error("no random source available")]
    Random,
    /// The text is not base32 of a secret of at least [`MIN_SECRET_BYTES`] bytes.
    #[error("the secret must be base32 of at least {MIN_SECRET_BYTES} bytes")]
    MalformedSecret,
}

/// The key an officer's authenticator shares with the server. Never printed; stored sealed
/// ([`crate::personal_data::Protector::seal_secret`] of [`TotpSecret::as_bytes`]).
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Vec<u8>);

impl fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TotpSecret([redacted])")
    }
}

impl TotpSecret {
    /// A new random secret of [`SECRET_BYTES`] bytes.
    pub fn generate() -> Result<Self, TotpError> {
        let mut bytes = vec![0u8; SECRET_BYTES];
        getrandom::fill(&mut bytes).map_err(|_| TotpError::Random)?;
        Ok(Self(bytes))
    }

    /// The secret with these bytes, as [`TotpSecret::as_bytes`] gave them (after opening the
    /// sealed copy). HMAC takes keys of any length, so any bytes make a secret.
    pub fn from_bytes(bytes: &[u8]) -> Self {
        Self(bytes.to_vec())
    }

    /// The secret's bytes, to seal for storage.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The secret as authenticator apps take it typed in: RFC 4648 base32, uppercase, without
    /// padding.
    pub fn to_base32(&self) -> String {
        base32_encode(&self.0)
    }

    /// A secret from base32 text, ignoring case, spaces, hyphens and trailing `=` padding
    /// (`"gezd gnbv…"` as some apps show it). Refused when it is not canonical base32 or decodes to
    /// fewer than [`MIN_SECRET_BYTES`] bytes.
    pub fn from_base32(text: &str) -> Result<Self, TotpError> {
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        let bytes =
            base32_decode(compact.trim_end_matches('=')).ok_or(TotpError::MalformedSecret)?;
        if bytes.len() < MIN_SECRET_BYTES {
            return Err(TotpError::MalformedSecret);
        }
        Ok(Self(bytes))
    }
}

/// The [`DIGITS`]-digit code for the time step holding `unix_seconds`.
pub fn code_at(secret: &TotpSecret, unix_seconds: u64) -> String {
    hotp(secret.as_bytes(), unix_seconds / STEP_SECONDS, DIGITS)
}

/// Checks `code` (exactly [`DIGITS`] ASCII digits) against the steps from [`WINDOW_STEPS`] before
/// to [`WINDOW_STEPS`] after the one holding `unix_seconds`, skipping every step at or before
/// `last_used_step`. Returns the step that matched, which the caller stores as the new
/// `last_used_step` (only if it is still greater than the stored one, in the same statement, so
/// two logins racing with one code cannot both pass); `None` if no step matched.
pub fn verify(
    secret: &TotpSecret,
    code: &str,
    unix_seconds: u64,
    last_used_step: Option<u64>,
) -> Option<u64> {
    if code.len() != DIGITS || !code.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let current = unix_seconds / STEP_SECONDS;
    let first = current.saturating_sub(WINDOW_STEPS);
    let last = current.saturating_add(WINDOW_STEPS);
    let mut matched = None;
    // Every step in the window is computed and compared, matched or not, so the time taken does
    // not tell which one matched.
    for step in first..=last {
        let fresh = last_used_step.is_none_or(|used| step > used);
        let equal = constant_time_eq(
            hotp(secret.as_bytes(), step, DIGITS).as_bytes(),
            code.as_bytes(),
        );
        if fresh && equal && matched.is_none() {
            matched = Some(step);
        }
    }
    matched
}

/// The `otpauth://` URI an authenticator app reads from a QR code:
/// `otpauth://totp/Issuer:account?secret=…&issuer=Issuer&algorithm=SHA1&digits=6&period=30`,
/// with the issuer and account percent-encoded.
pub fn provisioning_uri(secret: &TotpSecret, issuer: &str, account: &str) -> String {
    let issuer = crate::site::percent_encode(issuer);
    format!(
        "otpauth://totp/{issuer}:{account}?secret={secret}&issuer={issuer}\
         &algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        account = crate::site::percent_encode(account),
        secret = secret.to_base32(),
    )
}

/// `count` new, distinct recovery codes such as `k7mp-3xqa`: 8 symbols of
/// [`RECOVERY_ALPHABET`] (about 40 bits), shown to the officer once.
pub fn new_recovery_codes(count: usize) -> Result<Vec<String>, TotpError> {
    let mut codes = Vec::with_capacity(count);
    while codes.len() < count {
        let code = new_recovery_code()?;
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    Ok(codes)
}

/// A new one-time set-up code such as `k7mp3-xqa9d-…`: 20 symbols of [`RECOVERY_ALPHABET`]
/// (about 99 bits) in groups of five, for the officer to type once.
pub fn new_setup_code() -> Result<String, TotpError> {
    let symbols: String = (0..4)
        .map(|_| new_recovery_code())
        .collect::<Result<Vec<_>, _>>()?
        .concat()
        .chars()
        .filter(|c| *c != '-')
        .take(20)
        .collect();
    Ok(symbols
        .as_bytes()
        .chunks(5)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join("-"))
}

/// One recovery code; rejection sampling keeps every symbol equally likely.
fn new_recovery_code() -> Result<String, TotpError> {
    let alphabet = RECOVERY_ALPHABET.len();
    // The largest multiple of the alphabet's size that fits in a byte.
    let limit = 256 / alphabet * alphabet;
    let mut symbols = String::with_capacity(RECOVERY_SYMBOLS + 1);
    while symbols.len() < RECOVERY_SYMBOLS + 1 {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|_| TotpError::Random)?;
        for byte in bytes.map(usize::from) {
            if byte < limit && symbols.len() < RECOVERY_SYMBOLS + 1 {
                if symbols.len() == RECOVERY_SYMBOLS / 2 {
                    symbols.push('-');
                }
                symbols.push(char::from(RECOVERY_ALPHABET[byte % alphabet]));
            }
        }
    }
    Ok(symbols)
}

/// HOTP (RFC 4226): HMAC-SHA1 of the big-endian counter, dynamically truncated to `digits` (at
/// most 9) decimal digits.
fn hotp(key: &[u8], counter: u64, digits: usize) -> String {
    debug_assert!(
        (1..=9).contains(&digits),
        "{digits} digits do not fit a u32"
    );
    let mut mac = HmacSha1::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(&counter.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = usize::from(hash[hash.len() - 1] & 0x0f);
    let truncated = u32::from_be_bytes([
        hash[offset],
        hash[offset + 1],
        hash[offset + 2],
        hash[offset + 3],
    ]) & 0x7fff_ffff;
    let modulus = 10u32.pow(digits as u32);
    format!("{:0digits$}", truncated % modulus)
}

/// Whether `a` and `b` are equal, in time that depends only on their lengths.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

/// RFC 4648 base32, uppercase, without padding.
fn base32_encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let mut buffer: u16 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u16::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            text.push(char::from(BASE32[usize::from((buffer >> bits) & 31)]));
        }
        buffer &= (1 << bits) - 1;
    }
    if bits > 0 {
        text.push(char::from(BASE32[usize::from((buffer << (5 - bits)) & 31)]));
    }
    text
}

/// RFC 4648 base32 without padding, in either case; `None` for a symbol outside the alphabet, a
/// length no byte string encodes to, or unused trailing bits that are not zero.
fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() * 5 / 8);
    let mut buffer: u16 = 0;
    let mut bits = 0;
    for symbol in text.bytes() {
        let value = BASE32
            .iter()
            .position(|&letter| letter == symbol.to_ascii_uppercase())?;
        buffer = (buffer << 5) | value as u16;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    // Five or more bits left over means a symbol too many; leftover bits must be zero padding.
    (bits < 5 && buffer == 0).then_some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The RFC 6238 (appendix B) and RFC 4226 (appendix D) SHA-1 key.
    const RFC_KEY: &[u8] = b"12345678901234567890";

    fn rfc_secret() -> TotpSecret {
        TotpSecret::from_bytes(RFC_KEY)
    }

    #[test]
    fn codes_match_the_rfc_6238_sha1_test_vectors() {
        for (unix_seconds, expected) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(hotp(RFC_KEY, unix_seconds / STEP_SECONDS, 8), expected);
            // Six digits are the last six of the eight.
            assert_eq!(code_at(&rfc_secret(), unix_seconds), expected[2..]);
        }
    }

    #[test]
    fn codes_match_the_rfc_4226_hotp_test_vectors() {
        let expected = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        for (counter, code) in expected.into_iter().enumerate() {
            assert_eq!(hotp(RFC_KEY, counter as u64, DIGITS), code);
        }
    }

    #[test]
    fn a_code_is_accepted_in_its_step_and_one_either_side() {
        let secret = rfc_secret();
        let now = 1_234_567_890;
        let step = now / STEP_SECONDS;
        let code = code_at(&secret, now);
        assert_eq!(verify(&secret, &code, now, None), Some(step));
        assert_eq!(verify(&secret, &code, now + STEP_SECONDS, None), Some(step));
        assert_eq!(verify(&secret, &code, now - STEP_SECONDS, None), Some(step));
        assert_eq!(verify(&secret, &code, now + 2 * STEP_SECONDS, None), None);
        assert_eq!(verify(&secret, &code, now - 2 * STEP_SECONDS, None), None);
        // At the start of time there is no step before.
        assert_eq!(verify(&secret, &code_at(&secret, 0), 0, None), Some(0));
    }

    #[test]
    fn a_used_step_and_every_earlier_one_are_refused() {
        let secret = rfc_secret();
        let now = 1_234_567_890;
        let step = now / STEP_SECONDS;
        let code = code_at(&secret, now);
        assert_eq!(verify(&secret, &code, now, Some(step - 1)), Some(step));
        assert_eq!(verify(&secret, &code, now, Some(step)), None, "replayed");
        assert_eq!(verify(&secret, &code, now, Some(step + 1)), None);
        let previous = code_at(&secret, now - STEP_SECONDS);
        assert_eq!(verify(&secret, &previous, now, Some(step)), None);
        let next = code_at(&secret, now + STEP_SECONDS);
        assert_eq!(verify(&secret, &next, now, Some(step)), Some(step + 1));
    }

    #[test]
    fn anything_but_six_digits_of_the_right_code_is_refused() {
        let secret = rfc_secret();
        let now = 1_234_567_890;
        let code = code_at(&secret, now);
        for wrong in ["", "12345", "1234567", "abcdef", " 12345", "١٢٣٤٥٦"] {
            assert_eq!(verify(&secret, wrong, now, None), None, "{wrong:?}");
        }
        assert_eq!(verify(&secret, &format!("{code} "), now, None), None);
        let other = TotpSecret::from_bytes(b"abcdefghijabcdefghij");
        assert_eq!(verify(&other, &code, now, None), None);
    }

    #[test]
    fn base32_follows_rfc_4648_without_padding() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32_encode(plain.as_bytes()), encoded);
            assert_eq!(base32_decode(encoded).unwrap(), plain.as_bytes());
        }
        assert_eq!(rfc_secret().to_base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    #[test]
    fn base32_decoding_refuses_what_no_encoder_writes() {
        assert_eq!(base32_decode("M"), None, "a symbol too many");
        assert_eq!(base32_decode("MZX"), None);
        assert_eq!(base32_decode("MZXW6Y"), None);
        assert_eq!(base32_decode("MZ"), None, "trailing bits not zero");
        assert_eq!(base32_decode("MZXW1"), None, "1 is not base32");
        assert_eq!(base32_decode("MZ=XQ"), None);
    }

    #[test]
    fn a_secret_round_trips_through_base32() {
        let secret = TotpSecret::generate().unwrap();
        assert_eq!(secret.as_bytes().len(), SECRET_BYTES);
        let text = secret.to_base32();
        assert_eq!(text.len(), 32);
        assert!(text.bytes().all(|byte| BASE32.contains(&byte)));
        assert_eq!(TotpSecret::from_base32(&text).unwrap(), secret);
        assert_ne!(TotpSecret::generate().unwrap(), secret, "random");
    }

    #[test]
    fn a_typed_secret_may_use_lowercase_spaces_hyphens_and_padding() {
        let secret = rfc_secret();
        for typed in [
            "gezdgnbvgy3tqojqgezdgnbvgy3tqojq",
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ",
            "gezd-gnbv-gy3t-qojq-gezd-gnbv-gy3t-qojq",
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ======",
        ] {
            assert_eq!(
                TotpSecret::from_base32(typed),
                Ok(secret.clone()),
                "{typed}"
            );
        }
        for wrong in [
            "",
            "GEZDGNBVGY3TQOJQ",
            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ!",
            "0EZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        ] {
            assert_eq!(
                TotpSecret::from_base32(wrong),
                Err(TotpError::MalformedSecret),
                "{wrong}"
            );
        }
    }

    #[test]
    fn a_secret_never_prints() {
        let secret = rfc_secret();
        let printed = format!("{secret:?}");
        assert!(
            !printed.contains("1234") && !printed.contains("GEZD"),
            "{printed}"
        );
    }

    #[test]
    fn the_provisioning_uri_names_issuer_account_and_parameters() {
        assert_eq!(
            provisioning_uri(
                &rfc_secret(),
                "Aduan Kota Malang",
                "budi.s@malangkota.go.id"
            ),
            "otpauth://totp/Aduan%20Kota%20Malang:budi.s%40malangkota.go.id\
             ?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Aduan%20Kota%20Malang\
             &algorithm=SHA1&digits=6&period=30"
        );
        let uri = provisioning_uri(&rfc_secret(), "A:B&C", "x?y#z");
        assert!(
            uri.starts_with("otpauth://totp/A%3AB%26C:x%3Fy%23z?"),
            "{uri}"
        );
    }

    #[test]
    fn recovery_codes_are_distinct_unambiguous_pairs_of_four() {
        let codes = new_recovery_codes(RECOVERY_CODES).unwrap();
        assert_eq!(codes.len(), RECOVERY_CODES);
        for code in &codes {
            let (left, right) = code.split_once('-').unwrap();
            assert_eq!((left.len(), right.len()), (4, 4), "{code}");
            assert!(
                left.bytes()
                    .chain(right.bytes())
                    .all(|byte| RECOVERY_ALPHABET.contains(&byte)),
                "{code}"
            );
        }
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
        assert!(new_recovery_codes(0).unwrap().is_empty());
        for confusable in b"01oil" {
            assert!(!RECOVERY_ALPHABET.contains(confusable));
        }
    }

    #[test]
    fn a_recovery_code_hashes_alike_however_it_is_typed() {
        let stored = recovery_code_hash("k7mp-3xqa");
        assert_eq!(stored.len(), 64);
        assert!(!stored.contains("k7mp"));
        for typed in ["k7mp-3xqa", "K7MP-3XQA", " k7mp 3xqa ", "k7mp3xqa"] {
            assert_eq!(recovery_code_hash(typed), stored, "{typed}");
        }
        assert_ne!(recovery_code_hash("k7mp-3xqb"), stored);
        // SHA-256 of "abc".
        assert_eq!(
            recovery_code_hash("ABC"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
