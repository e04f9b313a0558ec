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
//! The command line is read by [`crate::cli`]. The password is read from `ADUAN_ADMIN_PASSWORD`
//! if set, else from the terminal without echo (see `main.rs`). The authenticator secret and
//! the recovery codes are printed once, for the new officer.

use app::auth::accounts::{self, AccountRequest, CreatedAccount};
use app::settings::Settings;
use app::storage::api_keys;

/// What went wrong, as one line for the terminal.
pub type AdminError = String;

pub use crate::cli::ApiKeyCommand;

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
