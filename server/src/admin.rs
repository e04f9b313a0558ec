//! `aduan admin create`: the command line that makes officer accounts, the first system
//! administrator included (there is never a default password).
//!
//! ```text
//! aduan admin create --username budi --name "Budi Santoso" --role main_desk
//! aduan admin create --username sari --name "Sari" --role agency_admin --agency dishub
//! ```
//!
//! The password is read from `ADUAN_ADMIN_PASSWORD` if set, else as one line on standard input.
//! The authenticator secret and the recovery codes are printed once, for the new officer.

use app::auth::accounts::{self, AccountRequest, CreatedAccount};
use app::domain::officer::OfficerRole;
use app::settings::Settings;

/// What went wrong, as one line for the terminal.
pub type AdminError = String;

/// The usage text.
pub const USAGE: &str = "usage: aduan admin create --username NAME --name \"FULL NAME\" \
--role main_desk|agency_admin|liaison|agency_head|system_admin [--agency CODE] [--email ADDRESS]\n\
The password comes from ADUAN_ADMIN_PASSWORD or one line on standard input.";

/// Parses `create …` arguments (after `admin`) into a request, the password still missing.
pub fn parse_create(args: &[String]) -> Result<AccountRequest, AdminError> {
    let mut args = args.iter();
    if args.next().map(String::as_str) != Some("create") {
        return Err(USAGE.to_owned());
    }
    let (mut username, mut name, mut role, mut agency, mut email) = (None, None, None, None, None);
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?
            .clone();
        match flag.as_str() {
            "--username" => username = Some(value),
            "--name" => name = Some(value),
            "--role" => {
                role = Some(
                    OfficerRole::parse_code(&value)
                        .ok_or_else(|| format!("unknown role `{value}`\n{USAGE}"))?,
                );
            }
            "--agency" => agency = Some(value),
            "--email" => email = Some(value),
            other => return Err(format!("unknown option `{other}`\n{USAGE}")),
        }
    }
    Ok(AccountRequest {
        username: username.ok_or_else(|| format!("--username is required\n{USAGE}"))?,
        display_name: name.ok_or_else(|| format!("--name is required\n{USAGE}"))?,
        role: role.ok_or_else(|| format!("--role is required\n{USAGE}"))?,
        agency,
        email,
        password: String::new(),
    })
}

/// Creates the account against the configured database.
pub async fn create(
    settings: &Settings,
    request: &AccountRequest,
) -> Result<CreatedAccount, AdminError> {
    let (db, protector) = crate::open_store(settings)
        .await
        .map_err(|error| error.to_string())?;
    let created = accounts::create(&db, &protector, request, "Aduan", chrono::Utc::now())
        .await
        .map_err(|error| error.to_string());
    db.close().await;
    created
}

/// What the terminal shows after creating an account.
pub fn describe(request: &AccountRequest, created: &CreatedAccount) -> String {
    format!(
        "created officer `{}` ({})\n\n\
         Authenticator (TOTP) secret: {}\n\
         otpauth URI: {}\n\n\
         Recovery codes (each works once; keep them apart from the phone):\n  {}\n",
        request.username.trim().to_lowercase(),
        request.role.code(),
        created.totp_base32,
        created.totp_uri,
        created.recovery_codes.join("\n  "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &[&str]) -> Vec<String> {
        line.iter().map(|arg| (*arg).to_owned()).collect()
    }

    #[test]
    fn create_reads_every_option() {
        let request = parse_create(&args(&[
            "create",
            "--username",
            "sari",
            "--name",
            "Sari W",
            "--role",
            "agency_admin",
            "--agency",
            "dishub",
        ]))
        .unwrap();
        assert_eq!(request.username, "sari");
        assert_eq!(request.display_name, "Sari W");
        assert_eq!(request.role, OfficerRole::AgencyAdmin);
        assert_eq!(request.agency.as_deref(), Some("dishub"));
    }

    #[test]
    fn missing_or_unknown_options_explain_the_usage() {
        let error = parse_create(&args(&["create", "--username", "sari"])).unwrap_err();
        assert!(
            error.contains("--name is required") && error.contains("usage"),
            "{error}"
        );
        let error = parse_create(&args(&["create", "--role", "boss"])).unwrap_err();
        assert!(error.contains("unknown role `boss`"), "{error}");
        assert!(parse_create(&args(&["delete"])).is_err());
    }
}
