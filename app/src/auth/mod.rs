//! Officers' authentication, server side only.
//!
//! An officer logs in with three things, checked in this order:
//!
//! - a password ([`password`]): at least [`password::MIN_PASSWORD_CHARS`] characters, not the
//!   username and not a well-known password ([`password::check_strength`]), stored only as an
//!   argon2id hash ([`password::hash_password`]). An unknown username costs the same time as a
//!   wrong password ([`password::dummy_verify`]), so timing does not tell which accounts exist;
//! - a time-based one-time code from an authenticator app ([`totp`], RFC 6238), never accepted
//!   twice for the same 30-second step, or instead one of the officer's single-use recovery codes
//!   ([`totp::new_recovery_codes`]), stored only as hashes;
//! - then a session ([`session`]): a random token in an HTTP-only cookie, stored only as a hash.
//!
//! [`password`] and [`totp`] are pure functions without storage; the caller keeps the password
//! hash, the sealed TOTP secret ([`crate::personal_data::Protector::seal_secret`]), the last step
//! used and the recovery code hashes. [`accounts`] creates an account with all of them at once.

pub mod accounts;
pub mod client;
pub mod extract;
pub mod password;
pub mod reporter;
pub mod scope;
pub mod session;
pub mod throttle;
pub mod totp;
