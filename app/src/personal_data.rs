//! Protection of personal data at rest (UU 27/2022 on personal data protection).
//!
//! - The NIK is stored sealed with AES-256-GCM; beside it a keyed hash (HMAC-SHA256) lets the desk
//!   find a reporter's other complaints without decrypting every row.
//! - The PIN a reporter tracks a complaint with is stored only as a keyed hash. Once given, the
//!   reporter's browser keeps a signed, expiring access token instead ([`Protector::access_token`]).
//!
//! Every key is derived from one master key ([`MasterKey`], from the settings) with HMAC under a
//! distinct label, so one compromised purpose does not expose another.

use crate::domain::nik::Nik;
use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::fmt;

type HmacSha256 = Hmac<Sha256>;

/// Length of the master key, in bytes.
pub const MASTER_KEY_BYTES: usize = 32;
/// Digits in a reporter's PIN: with [`crate::handlers::track::PIN_FAILURE_LIMIT`] (10 wrong PINs
/// a day per complaint), a year of guessing opens one complaint in 10^10 / 3,650, about one in
/// 2.7 million (docs/security.md).
pub const PIN_DIGITS: usize = 10;
const NONCE_BYTES: usize = 12;
/// Marks the sealing format, so a later key rotation or cipher change can tell rows apart.
const SEAL_VERSION: u8 = 1;

/// The one secret every protection key is derived from. Never printed.
#[derive(Clone)]
pub struct MasterKey([u8; MASTER_KEY_BYTES]);

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey([redacted])")
    }
}

/// Why a key or a sealed value could not be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProtectionError {
    /// The configured key is not 64 hexadecimal characters.
    #[error("the secret key must be {} hexadecimal characters", MASTER_KEY_BYTES * 2)]
    MalformedKey,
    /// The system's random source failed.
    #[error("no random source available")]
    Random,
    /// A sealed value is damaged or was sealed under another key.
    #[error("sealed data cannot be opened (wrong key or damaged)")]
    Unsealable,
}

impl MasterKey {
    /// Parses a key written as 64 hexadecimal characters.
    pub fn from_hex(hex: &str) -> Result<Self, ProtectionError> {
        let hex = hex.trim();
        if hex.len() != MASTER_KEY_BYTES * 2 {
            return Err(ProtectionError::MalformedKey);
        }
        let mut key = [0u8; MASTER_KEY_BYTES];
        for (byte, pair) in key.iter_mut().zip(hex.as_bytes().chunks(2)) {
            let text = std::str::from_utf8(pair).map_err(|_| ProtectionError::MalformedKey)?;
            *byte = u8::from_str_radix(text, 16).map_err(|_| ProtectionError::MalformedKey)?;
        }
        Ok(Self(key))
    }

    /// A new random key.
    pub fn generate() -> Result<Self, ProtectionError> {
        let mut key = [0u8; MASTER_KEY_BYTES];
        getrandom::fill(&mut key).map_err(|_| ProtectionError::Random)?;
        Ok(Self(key))
    }

    /// The key in the file at `path`, or a new one written there (readable by the owner only)
    /// if the file does not exist yet. The flag says whether the key was just made.
    pub fn load_or_create(path: &std::path::Path) -> Result<(Self, bool), KeyFileError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Ok((Self::from_hex(&text).map_err(KeyFileError::Invalid)?, false)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let key = Self::generate().map_err(KeyFileError::Invalid)?;
                if let Some(folder) = path.parent() {
                    std::fs::create_dir_all(folder).map_err(KeyFileError::Io)?;
                }
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                let mut file = options.open(path).map_err(KeyFileError::Io)?;
                std::io::Write::write_all(&mut file, key.to_hex().as_bytes())
                    .and_then(|()| file.sync_all())
                    .map_err(KeyFileError::Io)?;
                Ok((key, true))
            }
            Err(error) => Err(KeyFileError::Io(error)),
        }
    }

    /// The key as 64 hexadecimal characters, to write to a key file.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|byte| format!("{byte:02x}")).collect()
    }

    /// A key for one purpose: HMAC-SHA256(master, label).
    fn derive(&self, label: &str) -> [u8; 32] {
        let mut mac = HmacSha256::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(label.as_bytes());
        mac.finalize().into_bytes().into()
    }
}

/// Why the key file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// Reading or writing the file failed.
    #[error("key file: {0}")]
    Io(std::io::Error),
    /// The file does not hold a valid key.
    #[error("key file: {0}")]
    Invalid(ProtectionError),
}

/// A NIK as stored: sealed for officers who may see it, hashed for look-ups.
#[derive(Clone, PartialEq, Eq)]
pub struct SealedNik {
    /// Version byte, nonce and AES-256-GCM ciphertext with its tag.
    pub sealed: Vec<u8>,
    /// HMAC-SHA256 of the NIK under the look-up key, as lowercase hex.
    pub lookup: String,
}

impl fmt::Debug for SealedNik {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SealedNik([sealed])")
    }
}

/// Seals, opens and hashes personal data with keys derived from one [`MasterKey`].
#[derive(Clone)]
pub struct Protector {
    cipher: Aes256Gcm,
    lookup_key: [u8; 32],
    pin_key: [u8; 32],
    access_key: [u8; 32],
    secrets: Aes256Gcm,
}

impl fmt::Debug for Protector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Protector([keys redacted])")
    }
}

impl Protector {
    /// Derives the purpose keys from the master key.
    pub fn new(master: &MasterKey) -> Self {
        let encryption_key = master.derive("aduan/nik-encryption/v1");
        Self {
            cipher: Aes256Gcm::new_from_slice(&encryption_key).expect("a 32-byte key fits AES-256"),
            lookup_key: master.derive("aduan/nik-lookup/v1"),
            pin_key: master.derive("aduan/tracking-pin/v1"),
            access_key: master.derive("aduan/tracking-access/v1"),
            secrets: Aes256Gcm::new_from_slice(&master.derive("aduan/secret-sealing/v1"))
                .expect("a 32-byte key fits AES-256"),
        }
    }

    /// Seals a NIK with a fresh random nonce.
    pub fn seal_nik(&self, nik: &Nik) -> Result<SealedNik, ProtectionError> {
        Ok(SealedNik {
            sealed: seal(&self.cipher, nik.as_str().as_bytes())?,
            lookup: self.nik_lookup(nik),
        })
    }

    /// Opens a sealed NIK. Only code that has checked the reader may show the result.
    pub fn open_nik(&self, sealed: &[u8]) -> Result<Nik, ProtectionError> {
        let plain = open(&self.cipher, sealed)?;
        let text = String::from_utf8(plain).map_err(|_| ProtectionError::Unsealable)?;
        Nik::parse(&text).map_err(|_| ProtectionError::Unsealable)
    }

    /// The keyed hash a NIK is looked up by.
    pub fn nik_lookup(&self, nik: &Nik) -> String {
        hex(&mac(&self.lookup_key, &[nik.as_str().as_bytes()]))
    }

    /// A stable stand-in for a value that must not be stored as it is (a client's IP address in a
    /// rate-limit counter): keyed, so it cannot be reversed by trying every address.
    pub fn pseudonym(&self, value: &str) -> String {
        hex(&mac(&self.lookup_key, &[b"pseudonym:", value.as_bytes()]))[..32].to_owned()
    }

    /// A new random PIN of [`PIN_DIGITS`] digits, shown to the reporter once.
    pub fn new_pin() -> Result<String, ProtectionError> {
        // Rejection sampling keeps every PIN equally likely.
        let limit = 10u64.pow(PIN_DIGITS as u32);
        let zone = u64::MAX - u64::MAX % limit;
        loop {
            let mut bytes = [0u8; 8];
            getrandom::fill(&mut bytes).map_err(|_| ProtectionError::Random)?;
            let value = u64::from_le_bytes(bytes);
            if value < zone {
                return Ok(format!("{:0width$}", value % limit, width = PIN_DIGITS));
            }
        }
    }

    /// The stored form of a complaint's PIN, bound to its tracking code.
    pub fn pin_hash(&self, tracking_code: &str, pin: &str) -> String {
        hex(&mac(
            &self.pin_key,
            &[tracking_code.as_bytes(), b":", pin_digits(pin).as_bytes()],
        ))
    }

    /// Whether `pin` is the PIN of the complaint with `tracking_code`, in constant time.
    pub fn pin_matches(&self, tracking_code: &str, pin: &str, stored_hash: &str) -> bool {
        let mut mac = HmacSha256::new_from_slice(&self.pin_key).expect("any key length");
        mac.update(tracking_code.as_bytes());
        mac.update(b":");
        mac.update(pin_digits(pin).as_bytes());
        match unhex(stored_hash) {
            Some(expected) => mac.verify_slice(&expected).is_ok(),
            None => false,
        }
    }
}

impl Protector {
    /// Seals a secret the server must read back (an officer's TOTP key), under its own key.
    pub fn seal_secret(&self, plain: &[u8]) -> Result<Vec<u8>, ProtectionError> {
        seal(&self.secrets, plain)
    }

    /// Opens a secret sealed by [`Protector::seal_secret`].
    pub fn open_secret(&self, sealed: &[u8]) -> Result<Vec<u8>, ProtectionError> {
        open(&self.secrets, sealed)
    }

    /// The receipt cookie's value for a new complaint's code and PIN: sealed, so the PIN never
    /// travels or sits in a browser's cookie store in clear.
    pub fn seal_receipt(&self, tracking_code: &str, pin: &str) -> Result<String, ProtectionError> {
        Ok(hex(&self.seal_secret(
            format!("{tracking_code}.{pin}").as_bytes(),
        )?))
    }

    /// The code and PIN of a receipt cookie made by [`Protector::seal_receipt`]; `None` for
    /// anything else.
    pub fn open_receipt(&self, value: &str) -> Option<(String, String)> {
        let plain = self.open_secret(&unhex(value)?).ok()?;
        let (code, pin) = String::from_utf8(plain)
            .ok()?
            .split_once('.')
            .map(|(code, pin)| (code.to_owned(), pin.to_owned()))?;
        Some((code, pin))
    }

    /// The stored form of an API key: keyed, so a copy of the database gives no usable key.
    pub fn api_key_hash(&self, key: &str) -> String {
        hex(&mac(
            &self.lookup_key,
            &[b"api-key:", key.trim().as_bytes()],
        ))
    }

    /// The stored form of a one-time set-up code for the account `username` (case, spaces and
    /// hyphens ignored): keyed, and bound to the account.
    pub fn setup_code_hash(&self, username: &str, code: &str) -> String {
        hex(&self.setup_code_mac(username, code).finalize().into_bytes())
    }

    /// Whether `code` is the set-up code whose stored form is `stored_hash`, in constant time
    /// (the MAC's own comparison).
    pub fn setup_code_matches(&self, username: &str, code: &str, stored_hash: &str) -> bool {
        unhex(stored_hash).is_some_and(|expected| {
            self.setup_code_mac(username, code)
                .verify_slice(&expected)
                .is_ok()
        })
    }

    /// The keyed MAC of a set-up code as typed: spaces and hyphens dropped, lower-cased.
    fn setup_code_mac(&self, username: &str, code: &str) -> HmacSha256 {
        let normalised: String = code
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_lowercase)
            .collect();
        let mut mac = HmacSha256::new_from_slice(&self.lookup_key).expect("any key length");
        for part in [
            b"setup-code:".as_slice(),
            username.as_bytes(),
            b":",
            normalised.as_bytes(),
        ] {
            mac.update(part);
        }
        mac
    }

    /// The stored form of an officer's recovery code: keyed, so a copy of the database does not
    /// let its ~40 bits be tried offline.
    pub fn recovery_code_hash(&self, code: &str) -> String {
        let normalised = recovery_code_hash(code);
        hex(&mac(
            &self.lookup_key,
            &[b"recovery-code:", normalised.as_bytes()],
        ))
    }

    /// A token proving its holder gave the right PIN for `tracking_code`, valid until
    /// `expires_at_ms` (milliseconds since the Unix epoch): `<expiry>.<HMAC>`. It is bound to the
    /// stored PIN hash, so a new PIN voids every token given for the old one.
    pub fn access_token(&self, tracking_code: &str, pin_hash: &str, expires_at_ms: i64) -> String {
        let expiry = expires_at_ms.to_string();
        let tag = mac(
            &self.access_key,
            &[
                tracking_code.as_bytes(),
                b":",
                pin_hash.as_bytes(),
                b":",
                expiry.as_bytes(),
            ],
        );
        format!("{expiry}.{}", hex(&tag))
    }

    /// Whether `token` was made by [`Protector::access_token`] for this code and PIN hash and has
    /// not expired at `now_ms`. Compared in constant time.
    pub fn access_token_valid(
        &self,
        tracking_code: &str,
        pin_hash: &str,
        token: &str,
        now_ms: i64,
    ) -> bool {
        let Some((expiry, tag)) = token.split_once('.') else {
            return false;
        };
        let Ok(expires_at_ms) = expiry.parse::<i64>() else {
            return false;
        };
        if expires_at_ms <= now_ms {
            return false;
        }
        let Some(tag) = unhex(tag) else {
            return false;
        };
        let mut mac = HmacSha256::new_from_slice(&self.access_key).expect("any key length");
        for part in [
            tracking_code.as_bytes(),
            b":",
            pin_hash.as_bytes(),
            b":",
            expiry.as_bytes(),
        ] {
            mac.update(part);
        }
        mac.verify_slice(&tag).is_ok()
    }
}

/// Version byte, fresh random nonce, AES-256-GCM ciphertext and tag.
fn seal(cipher: &Aes256Gcm, plain: &[u8]) -> Result<Vec<u8>, ProtectionError> {
    let mut nonce = [0u8; NONCE_BYTES];
    getrandom::fill(&mut nonce).map_err(|_| ProtectionError::Random)?;
    let ciphertext = cipher
        .encrypt(&Nonce::from(nonce), plain)
        .map_err(|_| ProtectionError::Unsealable)?;
    let mut sealed = Vec::with_capacity(1 + NONCE_BYTES + ciphertext.len());
    sealed.push(SEAL_VERSION);
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(&ciphertext);
    Ok(sealed)
}

fn open(cipher: &Aes256Gcm, sealed: &[u8]) -> Result<Vec<u8>, ProtectionError> {
    let (&version, rest) = sealed.split_first().ok_or(ProtectionError::Unsealable)?;
    if version != SEAL_VERSION || rest.len() < NONCE_BYTES {
        return Err(ProtectionError::Unsealable);
    }
    let (nonce, ciphertext) = rest.split_at(NONCE_BYTES);
    let nonce: [u8; NONCE_BYTES] = nonce.try_into().map_err(|_| ProtectionError::Unsealable)?;
    cipher
        .decrypt(&Nonce::from(nonce), ciphertext)
        .map_err(|_| ProtectionError::Unsealable)
}

/// A PIN as typed, without the spaces, dots and dashes a reporter may write it with (`12345 67890`).
fn pin_digits(pin: &str) -> String {
    pin.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.'))
        .collect()
}

fn mac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = HmacSha256::new_from_slice(key).expect("any key length");
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    text.as_bytes()
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
        .collect()
}

/// The stored form of a recovery code: SHA-256 as lowercase hex of the code without spaces and
/// hyphens, in lowercase, so `K7MP 3XQA` matches `k7mp-3xqa`.
pub fn recovery_code_hash(code: &str) -> String {
    let normalised: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    <Sha256 as sha2::Digest>::digest(normalised.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn protector() -> Protector {
        Protector::new(&MasterKey::from_hex(&"11".repeat(32)).unwrap())
    }

    fn nik() -> Nik {
        Nik::parse("3503015708900001").unwrap()
    }

    #[test]
    fn a_set_up_code_matches_however_it_is_typed_and_only_for_its_account() {
        let protector = protector();
        let stored = protector.setup_code_hash("siti", "k7mp-3xqa-9d2f");
        for typed in ["k7mp-3xqa-9d2f", "K7MP 3XQA 9D2F", " k7mp3xqa9d2f "] {
            assert!(
                protector.setup_code_matches("siti", typed, &stored),
                "{typed}"
            );
        }
        assert!(!protector.setup_code_matches("siti", "k7mp-3xqa-9d2g", &stored));
        assert!(!protector.setup_code_matches("budi", "k7mp-3xqa-9d2f", &stored));
        assert!(!protector.setup_code_matches("siti", "k7mp-3xqa-9d2f", "not hex"));
        assert!(!protector.setup_code_matches("siti", "k7mp-3xqa-9d2f", &stored[..32]));
    }

    #[test]
    fn a_sealed_secret_opens_only_under_its_own_key() {
        let protector = protector();
        let sealed = protector.seal_secret(b"totp secret bytes").unwrap();
        assert_eq!(
            protector.open_secret(&sealed).unwrap(),
            b"totp secret bytes"
        );
        assert_eq!(
            protector.open_nik(&sealed),
            Err(ProtectionError::Unsealable)
        );
        let mut damaged = sealed.clone();
        *damaged.last_mut().unwrap() ^= 1;
        assert_eq!(
            protector.open_secret(&damaged),
            Err(ProtectionError::Unsealable)
        );
    }

    #[test]
    fn an_access_token_opens_only_its_complaint_until_it_expires() {
        let protector = protector();
        let pin_hash = protector.pin_hash("ADU-AAAA-AAAA", "123456");
        let token = protector.access_token("ADU-AAAA-AAAA", &pin_hash, 2_000);
        assert!(protector.access_token_valid("ADU-AAAA-AAAA", &pin_hash, &token, 1_999));
        assert!(!protector.access_token_valid("ADU-AAAA-AAAA", &pin_hash, &token, 2_000));
        assert!(!protector.access_token_valid("ADU-BBBB-BBBB", &pin_hash, &token, 1_000));
        let new_pin = protector.pin_hash("ADU-AAAA-AAAA", "654321");
        assert!(!protector.access_token_valid("ADU-AAAA-AAAA", &new_pin, &token, 1_000));
        let later = token.replacen("2000", "9999", 1);
        assert!(!protector.access_token_valid("ADU-AAAA-AAAA", &pin_hash, &later, 1_000));
        for garbage in ["", ".", "2000.", "x.00", "2000.zz"] {
            assert!(!protector.access_token_valid("ADU-AAAA-AAAA", &pin_hash, garbage, 1_000));
        }
    }

    #[test]
    fn a_sealed_nik_opens_to_the_same_nik_and_hides_it() {
        let protector = protector();
        let sealed = protector.seal_nik(&nik()).unwrap();
        assert_eq!(protector.open_nik(&sealed.sealed).unwrap(), nik());
        let haystack = String::from_utf8_lossy(&sealed.sealed);
        assert!(!haystack.contains("3503015708900001"));
        assert!(!format!("{sealed:?}").contains("3503"));
    }

    #[test]
    fn sealing_twice_gives_different_bytes_but_the_same_lookup() {
        let protector = protector();
        let first = protector.seal_nik(&nik()).unwrap();
        let second = protector.seal_nik(&nik()).unwrap();
        assert_ne!(first.sealed, second.sealed, "fresh nonce each time");
        assert_eq!(first.lookup, second.lookup);
        assert_eq!(first.lookup.len(), 64);
    }

    #[test]
    fn another_key_cannot_open_or_match() {
        let sealed = protector().seal_nik(&nik()).unwrap();
        let other = Protector::new(&MasterKey::from_hex(&"22".repeat(32)).unwrap());
        assert_eq!(
            other.open_nik(&sealed.sealed),
            Err(ProtectionError::Unsealable)
        );
        assert_ne!(other.nik_lookup(&nik()), sealed.lookup);
    }

    #[test]
    fn a_tampered_seal_is_refused() {
        let protector = protector();
        let mut sealed = protector.seal_nik(&nik()).unwrap().sealed;
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert_eq!(
            protector.open_nik(&sealed),
            Err(ProtectionError::Unsealable)
        );
        assert_eq!(protector.open_nik(&[]), Err(ProtectionError::Unsealable));
        assert_eq!(
            protector.open_nik(&[9, 1, 2]),
            Err(ProtectionError::Unsealable)
        );
    }

    #[test]
    fn pins_are_ten_digits_and_match_only_their_code() {
        let protector = protector();
        let pin = Protector::new_pin().unwrap();
        assert_eq!(pin.len(), PIN_DIGITS);
        assert!(pin.chars().all(|c| c.is_ascii_digit()));
        let stored = protector.pin_hash("ADU-2345-6789", &pin);
        assert!(protector.pin_matches("ADU-2345-6789", &pin, &stored));
        assert!(protector.pin_matches("ADU-2345-6789", &format!(" {pin} "), &stored));
        let grouped = format!("{} {}", &pin[..5], &pin[5..]);
        assert!(protector.pin_matches("ADU-2345-6789", &grouped, &stored));
        assert!(!protector.pin_matches("ADU-2345-678A", &pin, &stored));
        let wrong = if pin == "000000" { "000001" } else { "000000" };
        assert!(!protector.pin_matches("ADU-2345-6789", wrong, &stored));
        assert!(!protector.pin_matches("ADU-2345-6789", &pin, "zz"));
    }

    #[test]
    fn a_key_file_is_made_once_private_and_read_back() {
        let folder = std::env::temp_dir().join(format!("aduan-key-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        let path = folder.join("secret.key");
        let (made, created) = MasterKey::load_or_create(&path).unwrap();
        assert!(created);
        let (read, created_again) = MasterKey::load_or_create(&path).unwrap();
        assert!(!created_again);
        assert_eq!(made.0, read.0);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(&path, "not a key").unwrap();
        assert!(matches!(
            MasterKey::load_or_create(&path),
            Err(KeyFileError::Invalid(ProtectionError::MalformedKey))
        ));
        let _ = std::fs::remove_dir_all(folder);
    }

    #[test]
    fn keys_parse_from_hex_and_never_print() {
        let key = MasterKey::generate().unwrap();
        assert_eq!(MasterKey::from_hex(&key.to_hex()).unwrap().0, key.0);
        assert!(!format!("{key:?}").contains(&key.to_hex()));
        assert!(matches!(
            MasterKey::from_hex("abc"),
            Err(ProtectionError::MalformedKey)
        ));
        assert!(MasterKey::from_hex(&"g".repeat(64)).is_err());
    }
}
