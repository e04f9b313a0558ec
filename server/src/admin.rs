//! `aduan admin create`: the command line that makes officer accounts, the first system
//! administrator included (there is never a default password).
//!
//! ```text
//! aduan admin create --username budi --name "Budi Santoso" --role main_desk
//! aduan admin create --username sari --name "Sari" --role agency_admin --agency dishub
//! aduan admin api-key create --name "WhatsApp gateway" --scope create
//! aduan admin api-key list
//! aduan admin api-key revoke --id 3
//! ```
//!
//! The password is read from `ADUAN_ADMIN_PASSWORD` if set, else as one line on standard input.
//! The authenticator secret and the recovery codes are printed once, for the new officer.

use app::auth::accounts::{self, AccountRequest, CreatedAccount};
use app::domain::officer::OfficerRole;
use app::settings::Settings;
use app::storage::api_keys::{self, Scope};

/// What went wrong, as one line for the terminal.
pub type AdminError = String;

/// The usage text.
pub const USAGE: &str = "usage: aduan admin create --username NAME --name \"FULL NAME\" \
--role main_desk|agency_admin|liaison|agency_head|system_admin [--agency CODE] [--email ADDRESS]\n\
The password comes from ADUAN_ADMIN_PASSWORD or one line on standard input.";

/// The usage text of `aduan admin api-key`.
pub const API_KEY_USAGE: &str = "usage: aduan admin api-key create --name NAME --scope create|read\n\
       aduan admin api-key list\n\
       aduan admin api-key revoke --id ID";

/// An API key command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiKeyCommand {
    /// Make a key.
    Create {
        /// Who it is for.
        name: String,
        /// What it may do.
        scope: Scope,
    },
    /// List the keys.
    List,
    /// Revoke a key.
    Revoke {
        /// Its id.
        id: i64,
    },
}

/// Parses `api-key …` arguments (after `admin`).
pub fn parse_api_key(args: &[String]) -> Result<ApiKeyCommand, AdminError> {
    let usage = || API_KEY_USAGE.to_owned();
    let (command, flags) = match args {
        [first, command, flags @ ..] if first == "api-key" => (command.as_str(), flags),
        _ => return Err(usage()),
    };
    let mut values = std::collections::BTreeMap::new();
    let mut flags = flags.iter();
    while let Some(flag) = flags.next() {
        let value = flags
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{API_KEY_USAGE}"))?;
        values.insert(flag.as_str(), value.clone());
    }
    let known: &[&str] = match command {
        "create" => &["--name", "--scope"],
        "revoke" => &["--id"],
        "list" => &[],
        _ => return Err(usage()),
    };
    if let Some(unknown) = values.keys().find(|flag| !known.contains(flag)) {
        return Err(format!("unknown option `{unknown}`\n{API_KEY_USAGE}"));
    }
    match command {
        "create" => {
            let name = values
                .get("--name")
                .map(|name| name.trim().to_owned())
                .filter(|name| !name.is_empty())
                .ok_or_else(|| format!("--name is required\n{API_KEY_USAGE}"))?;
            let scope = values
                .get("--scope")
                .and_then(|scope| Scope::parse_code(scope))
                .ok_or_else(|| format!("--scope must be create or read\n{API_KEY_USAGE}"))?;
            Ok(ApiKeyCommand::Create { name, scope })
        }
        "revoke" => {
            let id = values
                .get("--id")
                .and_then(|id| id.parse().ok())
                .ok_or_else(|| format!("--id takes a key's number\n{API_KEY_USAGE}"))?;
            Ok(ApiKeyCommand::Revoke { id })
        }
        _ => Ok(ApiKeyCommand::List),
    }
}

/// Runs an API key command against the configured database; returns what to print.
pub async fn api_key(settings: &Settings, command: &ApiKeyCommand) -> Result<String, AdminError> {
    let (db, protector) = crate::open_store(settings)
        .await
        .map_err(|error| error.to_string())?;
    let now = chrono::Utc::now();
    let outcome = match command {
        ApiKeyCommand::Create { name, scope } => api_keys::create(&db, &protector, name, *scope, now)
            .await
            .map(|(id, key)| {
                format!(
                    "created API key {id} for `{name}` ({})\n\nKey (shown only now; give it to the client):\n  {key}\n",
                    scope.code()
                )
            })
            .map_err(|error| error.to_string()),
        ApiKeyCommand::Revoke { id } => match api_keys::revoke(&db, *id, now).await {
            Ok(true) => Ok(format!("revoked API key {id}\n")),
            Ok(false) => Err(format!("no live API key {id}")),
            Err(error) => Err(error.to_string()),
        },
        ApiKeyCommand::List => api_keys::list(&db)
            .await
            .map(|keys| {
                let mut text = String::from("id\tscope\tcreated\trevoked\tlast used\tname\n");
                for key in keys {
                    let day = |at: Option<chrono::DateTime<chrono::Utc>>| {
                        at.map_or_else(|| "-".to_owned(), |at| at.format("%Y-%m-%d").to_string())
                    };
                    text.push_str(&format!(
                        "{}\t{}\t{}\t{}\t{}\t{}\n",
                        key.id,
                        key.scope.code(),
                        day(Some(key.created_at)),
                        day(key.revoked_at),
                        day(key.last_used_at),
                        key.name
                    ));
                }
                text
            })
            .map_err(|error| error.to_string()),
    };
    db.close().await;
    outcome
}

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

    #[test]
    fn api_key_commands_are_read_and_checked() {
        assert_eq!(
            parse_api_key(&args(&[
                "api-key",
                "create",
                "--name",
                "WA gateway",
                "--scope",
                "create"
            ])),
            Ok(ApiKeyCommand::Create {
                name: "WA gateway".into(),
                scope: Scope::Create
            })
        );
        assert_eq!(
            parse_api_key(&args(&["api-key", "list"])),
            Ok(ApiKeyCommand::List)
        );
        assert_eq!(
            parse_api_key(&args(&["api-key", "revoke", "--id", "3"])),
            Ok(ApiKeyCommand::Revoke { id: 3 })
        );
        let error = parse_api_key(&args(&[
            "api-key", "create", "--name", "x", "--scope", "all",
        ]))
        .unwrap_err();
        assert!(error.contains("--scope must be create or read"), "{error}");
        assert!(parse_api_key(&args(&["api-key", "revoke", "--id", "tiga"])).is_err());
        assert!(parse_api_key(&args(&["api-key", "list", "--all", "1"])).is_err());
    }
}
