//! Officers' passwords: what is strong enough, and how they are stored and checked.
//!
//! The rules follow NIST SP 800-63B: a minimum length and a list of passwords attackers try first,
//! no composition rules (a digit and a symbol) that only make passwords harder to remember.
//! Passwords are stored as argon2id PHC strings with the parameters OWASP recommends
//! ([`MEMORY_KIB`], [`ITERATIONS`], [`LANES`]); the string carries its own salt and parameters, so
//! older hashes keep verifying after the parameters change ([`needs_rehash`]).

use crate::i18n::Locale;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

/// The fewest characters a password may have.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// The most characters a password may have: room for any passphrase, a bound on the work a login
/// costs.
pub const MAX_PASSWORD_CHARS: usize = 256;
/// Argon2 memory cost, in KiB (19 MiB).
pub const MEMORY_KIB: u32 = 19_456;
/// Argon2 passes over the memory.
pub const ITERATIONS: u32 = 2;
/// Argon2 degree of parallelism.
pub const LANES: u32 = 1;
/// Random bytes in each password's salt.
const SALT_BYTES: usize = 16;

/// A hash of a password nobody knows, made with the current parameters: [`dummy_verify`] checks
/// against it when the username is unknown.
const DUMMY_HASH: &str = concat!(
    "$argon2id$v=19$m=19456,t=2,p=1$30ITYMVbNzoW09woxZ0IMA",
    "$hNcqcI8fkFRLsNNyqH42DRkoI9YVCIJpcQWXU5oIOoo",
);

/// Well-known and breached passwords, lowercase, one a line.
static COMMON_PASSWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("common_passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
});

/// Why a password may not be chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PasswordProblem {
    /// Fewer than `min` characters.
    TooShort {
        /// [`MIN_PASSWORD_CHARS`].
        min: usize,
    },
    /// More than `max` characters.
    TooLong {
        /// [`MAX_PASSWORD_CHARS`].
        max: usize,
    },
    /// The username appears in the password, in any case.
    ContainsUsername,
    /// One of the passwords attackers try first.
    Common,
}

impl PasswordProblem {
    /// A sentence for the officer choosing the password, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        let id = locale == Locale::Id;
        match self {
            PasswordProblem::TooShort { min } if id => {
                format!("Kata sandi minimal {min} karakter; gabungan beberapa kata mudah diingat.")
            }
            PasswordProblem::TooShort { min } => format!(
                "The password must be at least {min} characters long; a few words together are \
                 easy to remember."
            ),
            PasswordProblem::TooLong { max } if id => {
                format!("Kata sandi maksimal {max} karakter.")
            }
            PasswordProblem::TooLong { max } => {
                format!("The password must be at most {max} characters long.")
            }
            PasswordProblem::ContainsUsername if id => {
                "Kata sandi tidak boleh memuat nama pengguna.".to_owned()
            }
            PasswordProblem::ContainsUsername => {
                "The password must not contain the username.".to_owned()
            }
            PasswordProblem::Common if id => {
                "Kata sandi ini terlalu umum dan mudah ditebak; pilih kata sandi lain.".to_owned()
            }
            PasswordProblem::Common => {
                "This password is too common and easy to guess; choose another one.".to_owned()
            }
        }
    }
}

impl fmt::Display for PasswordProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for PasswordProblem {}

/// Why a password could not be hashed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    /// The system's random source failed.
    #[error("no random source available")]
    Random,
    /// Argon2 refused the input or its parameters.
    #[error("password hashing failed: {0}")]
    Hashing(argon2::password_hash::Error),
}

/// Whether `password` may be chosen by the officer called `username`: long enough, not too long,
/// without the username (if it has at least 3 characters) and not a well-known password. Lengths
/// count characters, not bytes; comparisons ignore case.
pub fn check_strength(password: &str, username: &str) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort {
            min: MIN_PASSWORD_CHARS,
        });
    }
    if length > MAX_PASSWORD_CHARS {
        return Err(PasswordProblem::TooLong {
            max: MAX_PASSWORD_CHARS,
        });
    }
    let lowercase = password.to_lowercase();
    let username = username.trim().to_lowercase();
    if username.chars().count() >= 3 && lowercase.contains(&username) {
        return Err(PasswordProblem::ContainsUsername);
    }
    if COMMON_PASSWORDS.contains(lowercase.as_str()) {
        return Err(PasswordProblem::Common);
    }
    Ok(())
}

/// The argon2id PHC string to store for `password`, with a fresh random salt:
/// `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`. Check the password with [`check_strength`]
/// first; this function hashes whatever it is given.
pub fn hash_password(password: &str) -> Result<String, PasswordError> {
    let mut salt = [0u8; SALT_BYTES];
    getrandom::fill(&mut salt).map_err(|_| PasswordError::Random)?;
    let salt = SaltString::encode_b64(&salt).map_err(PasswordError::Hashing)?;
    let hash = hasher()
        .hash_password(password.as_bytes(), &salt)
        .map_err(PasswordError::Hashing)?;
    Ok(hash.to_string())
}

/// Whether `password` is the one `phc` (from [`hash_password`]) was made from, compared in
/// constant time, with the parameters the string records. `false` for a malformed string.
pub fn verify_password(password: &str, phc: &str) -> bool {
    let Ok(hash) = PasswordHash::new(phc) else {
        tracing::error!("a stored password hash is malformed");
        return false;
    };
    hasher().verify_password(password.as_bytes(), &hash).is_ok()
}

/// Does the work of one [`verify_password`] against a hash nobody has the password of, for a login
/// with an unknown username: it then takes as long as one with a wrong password.
pub fn dummy_verify(password: &str) {
    std::hint::black_box(verify_password(password, DUMMY_HASH));
}

/// Whether `phc` was made with other than the current algorithm and parameters (or cannot be
/// read), so the password should be hashed again the next time the officer logs in with it.
pub fn needs_rehash(phc: &str) -> bool {
    let Ok(hash) = PasswordHash::new(phc) else {
        return true;
    };
    hash.algorithm != Algorithm::Argon2id.ident()
        || hash.version != Some(Version::V0x13.into())
        || Params::try_from(&hash).map_or(true, |params| {
            (params.m_cost(), params.t_cost(), params.p_cost()) != (MEMORY_KIB, ITERATIONS, LANES)
        })
}

/// Argon2id with the current parameters.
fn hasher() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None)
        .expect("the argon2 parameters are within the algorithm's limits");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_uncommon_password_is_strong_enough() {
        assert_eq!(
            check_strength("kopi tubruk di teras", "budi.santoso"),
            Ok(())
        );
        assert_eq!(check_strength("Gunung-Merapi-Pagi-7", "sari"), Ok(()));
    }

    #[test]
    fn the_length_is_counted_in_characters_between_the_limits() {
        let short = PasswordProblem::TooShort {
            min: MIN_PASSWORD_CHARS,
        };
        assert_eq!(check_strength("", "budi"), Err(short));
        assert_eq!(check_strength("xk3!vQ9#mP2", "budi"), Err(short));
        assert_eq!(check_strength("xk3!vQ9#mP2w", "budi"), Ok(()));
        // Eleven characters in 22 bytes are still too short.
        assert_eq!(check_strength(&"é".repeat(11), "budi"), Err(short));
        assert_eq!(check_strength(&"é".repeat(12), "budi"), Ok(()));

        let long = PasswordProblem::TooLong {
            max: MAX_PASSWORD_CHARS,
        };
        let varied: String = (0..MAX_PASSWORD_CHARS)
            .map(|i| char::from(b'a' + (i % 26) as u8))
            .collect();
        assert_eq!(check_strength(&varied, "budi"), Ok(()));
        assert_eq!(check_strength(&format!("{varied}z"), "budi"), Err(long));
    }

    #[test]
    fn the_username_may_not_appear_in_any_case() {
        assert_eq!(
            check_strength("selamat-pagi-BudiS-2024", "budis"),
            Err(PasswordProblem::ContainsUsername)
        );
        assert_eq!(
            check_strength("xk3!vQ9#mP2w", " XK3 "),
            Err(PasswordProblem::ContainsUsername)
        );
        // Usernames shorter than three characters would forbid too much.
        assert_eq!(check_strength("xk3!vQ9#mP2w", "xk"), Ok(()));
        assert_eq!(check_strength("xk3!vQ9#mP2w", ""), Ok(()));
    }

    #[test]
    fn common_passwords_are_refused_in_any_case() {
        for common in [
            "password1234",
            "Password1234",
            "QWERTYUIOP123",
            "123456789012",
            "indonesia123",
            "Bismillah123",
            "akusayangkamu",
        ] {
            assert_eq!(
                check_strength(common, "petugas.a"),
                Err(PasswordProblem::Common),
                "{common}"
            );
        }
        // Only the whole password is compared.
        assert_eq!(check_strength("password1234 kopi", "budi"), Ok(()));
    }

    #[test]
    fn the_common_list_is_lowercase_unique_and_long_enough_to_matter() {
        let lines: Vec<&str> = include_str!("common_passwords.txt").lines().collect();
        let unique: HashSet<&str> = lines.iter().copied().collect();
        assert_eq!(unique.len(), lines.len(), "no duplicates");
        assert_eq!(COMMON_PASSWORDS.len(), lines.len());
        for line in &lines {
            assert!(!line.is_empty() && line.trim() == *line, "{line:?}");
            assert_eq!(line.to_lowercase(), *line);
        }
        // Shorter entries are refused for their length already.
        let long_enough = lines
            .iter()
            .filter(|line| line.chars().count() >= MIN_PASSWORD_CHARS)
            .count();
        assert!(
            long_enough >= 150,
            "only {long_enough} entries of 12+ characters"
        );
    }

    #[test]
    fn every_problem_has_a_sentence_in_both_languages() {
        let problems = [
            PasswordProblem::TooShort {
                min: MIN_PASSWORD_CHARS,
            },
            PasswordProblem::TooLong {
                max: MAX_PASSWORD_CHARS,
            },
            PasswordProblem::ContainsUsername,
            PasswordProblem::Common,
        ];
        for problem in problems {
            let id = problem.message(Locale::Id);
            let en = problem.message(Locale::En);
            assert!(id.starts_with("Kata sandi"), "{id}");
            assert!(en.ends_with('.') && id.ends_with('.'));
            assert_ne!(id, en);
            assert_eq!(problem.to_string(), en);
        }
        assert_eq!(
            problems[0].message(Locale::Id),
            "Kata sandi minimal 12 karakter; gabungan beberapa kata mudah diingat."
        );
        assert!(problems[1].message(Locale::En).contains("256"));
    }

    #[test]
    fn a_hash_verifies_its_own_password_only() {
        let phc = hash_password("kopi tubruk di teras").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(!phc.contains("kopi"));
        assert!(verify_password("kopi tubruk di teras", &phc));
        assert!(!verify_password("kopi tubruk di teras ", &phc));
        assert!(!needs_rehash(&phc));

        let again = hash_password("kopi tubruk di teras").unwrap();
        assert_ne!(phc, again, "a fresh salt each time");
    }

    #[test]
    fn a_malformed_hash_verifies_nothing() {
        for phc in [
            "",
            "kopi tubruk di teras",
            "$argon2id$v=19$m=19456,t=2,p=1$",
        ] {
            assert!(!verify_password("kopi tubruk di teras", phc));
            assert!(needs_rehash(phc));
        }
    }

    #[test]
    fn the_dummy_hash_costs_what_a_real_one_does() {
        assert!(!needs_rehash(DUMMY_HASH), "same algorithm and parameters");
        dummy_verify("kopi tubruk di teras");
    }

    #[test]
    fn older_parameters_need_a_new_hash() {
        let salt_and_hash = DUMMY_HASH.rsplitn(3, '$').take(2).collect::<Vec<_>>();
        let (hash, salt) = (salt_and_hash[0], salt_and_hash[1]);
        for parameters in [
            "$argon2id$v=19$m=4096,t=3,p=1",
            "$argon2id$v=19$m=19456,t=1,p=1",
            "$argon2i$v=19$m=19456,t=2,p=1",
            "$argon2id$v=16$m=19456,t=2,p=1",
        ] {
            assert!(
                needs_rehash(&format!("{parameters}${salt}${hash}")),
                "{parameters}"
            );
        }
    }
}
