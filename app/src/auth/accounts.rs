//! Creating officer accounts: every account gets a strong password and a second factor from the
//! start, so no officer ever works on one factor.

use super::password::PasswordProblem;
use super::{password, totp};
use crate::domain::complaint::Email;
use crate::domain::officer::{OfficerRole, OfficerScope};
use crate::i18n::{Locale, Text};
use crate::personal_data::{ProtectionError, Protector};
use crate::storage::officers::{self, NewOfficer, OfficerId};
use crate::storage::{Db, StorageError, desk_lists};

use super::totp::RECOVERY_CODES;

/// A new account as an administrator describes it.
#[derive(Clone)]
pub struct AccountRequest {
    /// Login name: 3–32 lowercase letters, digits, dots, dashes or underscores.
    pub username: String,
    /// Name shown to other officers.
    pub display_name: String,
    /// Role.
    pub role: OfficerRole,
    /// Agency code, for agency roles.
    pub agency: Option<String>,
    /// Where deadline reminders go, if anywhere.
    pub email: Option<String>,
    /// The initial password.
    pub password: String,
}

impl std::fmt::Debug for AccountRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccountRequest")
            .field("username", &self.username)
            .field("role", &self.role)
            .field("agency", &self.agency)
            .finish_non_exhaustive()
    }
}

/// What the new officer must be given, once: the authenticator secret and the recovery codes.
#[derive(Clone, Debug)]
pub struct CreatedAccount {
    /// The account's id.
    pub id: OfficerId,
    /// The TOTP secret in base32, for typing into an authenticator app.
    pub totp_base32: String,
    /// The `otpauth://` URI, for a QR code.
    pub totp_uri: String,
    /// One-time recovery codes.
    pub recovery_codes: Vec<String>,
}

/// Why an account was not created.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// The username is not acceptable.
    #[error("the username must be 3 to 32 characters: lowercase letters, digits, '.', '-' or '_'")]
    Username,
    /// The display name is empty or too long.
    #[error("the name must be 1 to 100 characters")]
    DisplayName,
    /// The e-mail address is not one.
    #[error("the e-mail address is not valid")]
    Email,
    /// Role and agency do not fit together, or the agency is not on the desk's list.
    #[error("{0}")]
    Scope(ScopeProblem),
    /// The password is too weak.
    #[error("{}", .0.message(Locale::En))]
    Password(PasswordProblem),
    /// The username is taken.
    #[error("an officer with this username already exists")]
    Taken,
    /// Randomness or sealing failed.
    #[error(transparent)]
    Protection(#[from] ProtectionError),
    /// Hashing failed.
    #[error("the password could not be hashed")]
    Hashing,
    /// The database failed.
    #[error(transparent)]
    Storage(StorageError),
}

impl AccountError {
    /// What the system administrator's page says of a refused account, in `locale`; `None` for a
    /// failure on our side, which the page does not explain.
    pub fn message(&self, locale: Locale) -> Option<String> {
        let text = match self {
            AccountError::Username => Text::new(
                "Nama pengguna harus 3 sampai 32 karakter: huruf kecil, angka, '.', '-' atau '_'.",
                "The username must be 3 to 32 characters: lowercase letters, digits, '.', '-' or '_'.",
            ),
            AccountError::DisplayName => Text::new(
                "Nama harus 1 sampai 100 karakter.",
                "The name must be 1 to 100 characters.",
            ),
            AccountError::Email => Text::new(
                "Alamat e-mail tidak valid.",
                "The e-mail address is not valid.",
            ),
            AccountError::Scope(ScopeProblem::AgencyNeeded) => Text::new(
                "Peran perangkat daerah memerlukan perangkat daerahnya.",
                "An agency role needs its agency.",
            ),
            AccountError::Scope(ScopeProblem::NoAgencyForRole) => Text::new(
                "Hanya peran perangkat daerah yang terikat pada perangkat daerah.",
                "Only agency roles belong to an agency.",
            ),
            AccountError::Scope(ScopeProblem::UnknownAgency(agency)) => {
                return Some(match locale {
                    Locale::Id => format!("Perangkat daerah `{agency}` tidak ada dalam daftar."),
                    Locale::En => format!("`{agency}` is not on the desk's list of agencies."),
                });
            }
            AccountError::Password(problem) => return Some(problem.message(locale)),
            AccountError::Taken => Text::new(
                "Sudah ada petugas dengan nama pengguna ini.",
                "An officer with this username already exists.",
            ),
            AccountError::Protection(_) | AccountError::Hashing | AccountError::Storage(_) => {
                return None;
            }
        };
        Some(text.get(locale).to_owned())
    }
}

/// Why a role and an agency do not fit together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScopeProblem {
    /// An agency role without an agency.
    #[error("an agency role needs --agency")]
    AgencyNeeded,
    /// An agency given to a role that has none.
    #[error("only agency roles belong to an agency")]
    NoAgencyForRole,
    /// An agency the desk does not list.
    #[error("`{0}` is not on the desk's list of agencies")]
    UnknownAgency(String),
}

impl From<StorageError> for AccountError {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Conflict => AccountError::Taken,
            other => AccountError::Storage(other),
        }
    }
}

/// An account request's fields, checked.
struct Checked {
    username: String,
    display_name: String,
    email: Option<Email>,
    scope: OfficerScope,
}

/// Checks every field of `request` but the password.
async fn check(db: &Db, request: &AccountRequest) -> Result<Checked, AccountError> {
    let username = request.username.trim().to_lowercase();
    let valid_username = (3..=32).contains(&username.chars().count())
        && username
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_'));
    if !valid_username {
        return Err(AccountError::Username);
    }
    let display_name = request.display_name.trim().to_owned();
    if display_name.is_empty() || display_name.chars().count() > 100 {
        return Err(AccountError::DisplayName);
    }
    let email = match request.email.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(raw) => Some(Email::parse(raw).map_err(|_| AccountError::Email)?),
    };
    let scope = OfficerScope::new(request.role, request.agency.clone()).map_err(|_| {
        AccountError::Scope(if request.role.is_agency_role() {
            ScopeProblem::AgencyNeeded
        } else {
            ScopeProblem::NoAgencyForRole
        })
    })?;
    if let Some(agency) = &scope.agency {
        let known = desk_lists::agencies(db).await?;
        if !known.iter().any(|entry| &entry.code == agency) {
            return Err(AccountError::Scope(ScopeProblem::UnknownAgency(
                agency.clone(),
            )));
        }
    }
    Ok(Checked {
        username,
        display_name,
        email,
        scope,
    })
}

/// Changes an existing account's name, e-mail address, role and agency, checked as a new
/// account's are (`request.password` is ignored; the username names the account and does not
/// change). `Ok(false)` when no account has that username.
pub async fn update(db: &Db, request: &AccountRequest) -> Result<bool, AccountError> {
    let Checked {
        username,
        display_name,
        email,
        scope,
    } = check(db, request).await?;
    Ok(officers::update(
        db,
        &username,
        &display_name,
        email.as_ref().map(Email::as_str),
        &scope,
    )
    .await?)
}

/// How long a set-up code works.
pub const SETUP_CODE_HOURS: i64 = 72;

/// Stores a new account without a password or second factor, and gives it a one-time set-up
/// code, valid [`SETUP_CODE_HOURS`]: its officer chooses both at `/petugas/siapkan`, so the
/// system administrator who made it never knows either. `request.password` is ignored.
pub async fn create_for_setup(
    db: &Db,
    protector: &Protector,
    request: &AccountRequest,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(OfficerId, String), AccountError> {
    let Checked {
        username,
        display_name,
        email,
        scope,
    } = check(db, request).await?;
    let id = officers::create(
        db,
        &NewOfficer {
            username: &username,
            display_name: &display_name,
            email: email.as_ref().map(Email::as_str),
            scope: &scope,
            // No password and no key yet: nothing logs in until the set-up is done.
            password_hash: "",
            totp_sealed: &[],
            recovery_code_hashes: &[],
        },
        now,
    )
    .await?;
    let code = issue_setup_code(db, protector, id, &username, now).await?;
    Ok((id, code))
}

/// A fresh one-time set-up code for account `id` (named `username`), replacing any earlier one.
pub async fn issue_setup_code(
    db: &Db,
    protector: &Protector,
    id: OfficerId,
    username: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<String, AccountError> {
    let code = totp::new_setup_code().map_err(|_| ProtectionError::Random)?;
    officers::set_setup_code(
        db,
        id,
        &protector.setup_code_hash(username, &code),
        now + chrono::Duration::hours(SETUP_CODE_HOURS),
    )
    .await?;
    Ok(code)
}

/// Checks and stores a new account; `issuer` names the desk in authenticator apps.
pub async fn create(
    db: &Db,
    protector: &Protector,
    request: &AccountRequest,
    issuer: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<CreatedAccount, AccountError> {
    let Checked {
        username,
        display_name,
        email,
        scope,
    } = check(db, request).await?;
    let display_name = display_name.as_str();
    password::check_strength(&request.password, &username).map_err(AccountError::Password)?;
    let password_hash =
        password::hash_password(&request.password).map_err(|_| AccountError::Hashing)?;

    let secret = totp::TotpSecret::generate().map_err(|_| ProtectionError::Random)?;
    let totp_sealed = protector.seal_secret(secret.as_bytes())?;
    let recovery_codes =
        totp::new_recovery_codes(RECOVERY_CODES).map_err(|_| ProtectionError::Random)?;
    let recovery_code_hashes: Vec<String> = recovery_codes
        .iter()
        .map(|code| protector.recovery_code_hash(code))
        .collect();
    let id = officers::create(
        db,
        &NewOfficer {
            username: &username,
            display_name,
            email: email.as_ref().map(Email::as_str),
            scope: &scope,
            password_hash: &password_hash,
            totp_sealed: &totp_sealed,
            recovery_code_hashes: &recovery_code_hashes,
        },
        now,
    )
    .await?;
    Ok(CreatedAccount {
        id,
        totp_base32: secret.to_base32(),
        totp_uri: totp::provisioning_uri(&secret, issuer, &username),
        recovery_codes,
    })
}
