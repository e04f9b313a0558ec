//! The command line of `aduan`, read by clap: `aduan --help` lists the commands, `--help` on
//! each explains its flags, and a wrong flag or value is named with the usage beside it. With
//! no command at all it prints the help instead of starting a server: `aduan serve` starts it.

use app::domain::officer::OfficerRole;
use app::storage::api_keys::Scope;
use clap::{Parser, Subcommand};

/// Aduan: the public-service complaint portal of a regional government.
///
/// Settings come from `aduan.toml` in the working folder and `ADUAN_*` environment variables
/// (see docs/deploy.md).
#[derive(Debug, Parser)]
#[command(name = "aduan", version, arg_required_else_help = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start the web server (until SIGTERM or Ctrl-C, then drain the requests in flight).
    Serve,
    /// Officer accounts and the API keys of machine clients.
    Admin {
        /// Which.
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Fill the database with realistic generated complaints, for demonstrations and benchmarks.
    Seed {
        /// How many complaints.
        #[arg(long, value_parser = parse_count)]
        complaints: u64,
        /// Over how many days before today.
        #[arg(long, default_value_t = 365, value_parser = clap::value_parser!(u32).range(1..=3660))]
        days: u32,
        /// The random seed: the same seed writes the same complaints.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Check the statistics' tallies against the complaints, or time a year of statistics.
    Stats {
        /// Which.
        #[command(subcommand)]
        command: StatsCommand,
    },
    /// Copy the SQLite database into an empty PostgreSQL database and compare every table.
    MigrateTo {
        /// The target, e.g. postgres://aduan@db:5432/aduan.
        #[arg(value_parser = parse_postgres_url)]
        url: String,
    },
    /// Back up an SQLite desk while it serves: the database, the photos and a manifest of
    /// checksums, into a new folder. The secret key is left out: keep it apart.
    Backup {
        /// The new (or empty) folder to write.
        dir: std::path::PathBuf,
    },
    /// Restore a backup made by `aduan backup` into a data folder without a database, after
    /// checking every checksum.
    Restore {
        /// The backup's folder.
        dir: std::path::PathBuf,
    },
}

/// `aduan admin …`.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Make an officer account (the first system administrator included): its authenticator
    /// key and recovery codes are printed once. The password is read from
    /// ADUAN_ADMIN_PASSWORD, else from the terminal without echo (or one line of standard
    /// input when it is not a terminal).
    Create {
        /// The login name: 3 to 32 lowercase letters, digits, '.', '-' or '_'.
        #[arg(long)]
        username: String,
        /// The name other officers see.
        #[arg(long)]
        name: String,
        /// The role.
        #[arg(long, value_parser = parse_role)]
        role: OfficerRole,
        /// The agency's code, for agency roles (agency_admin, liaison, agency_head).
        #[arg(long)]
        agency: Option<String>,
        /// Where deadline reminders go.
        #[arg(long)]
        email: Option<String>,
    },
    /// The keys of machine clients (Open311, a WhatsApp or SMS gateway).
    ApiKey {
        /// Which.
        #[command(subcommand)]
        command: ApiKeyCommand,
    },
}

/// `aduan admin api-key …`.
#[derive(Clone, Debug, PartialEq, Eq, Subcommand)]
pub enum ApiKeyCommand {
    /// Make a key; it is printed once.
    Create {
        /// Who it is for.
        #[arg(long, value_parser = parse_name)]
        name: String,
        /// What it may do: create (file complaints) or read.
        #[arg(long, value_parser = parse_scope)]
        scope: Scope,
    },
    /// List the keys, revoked ones too.
    List,
    /// Revoke a key at once.
    Revoke {
        /// Its number, from `list`.
        #[arg(long)]
        id: i64,
    },
}

/// `aduan stats …`.
#[derive(Debug, Subcommand)]
pub enum StatsCommand {
    /// Check every tally against a count of the complaints; fails when one disagrees.
    Verify,
    /// Time the sums behind a year of public statistics.
    Bench {
        /// How many runs (the median is reported).
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..))]
        runs: u64,
    },
}

fn parse_role(raw: &str) -> Result<OfficerRole, String> {
    OfficerRole::parse_code(raw).ok_or_else(|| {
        let roles: Vec<&str> = OfficerRole::ALL.iter().map(|role| role.code()).collect();
        format!("one of {}", roles.join(", "))
    })
}

fn parse_scope(raw: &str) -> Result<Scope, String> {
    Scope::parse_code(raw).ok_or_else(|| "create or read".to_owned())
}

fn parse_name(raw: &str) -> Result<String, String> {
    Some(raw.trim().to_owned())
        .filter(|name| !name.is_empty())
        .ok_or_else(|| "a name is needed".to_owned())
}

/// A count, with `_` allowed between digits (`1_000_000`).
fn parse_count(raw: &str) -> Result<u64, String> {
    raw.replace('_', "")
        .parse::<u64>()
        .ok()
        .filter(|count| *count > 0)
        .ok_or_else(|| "a whole number above 0".to_owned())
}

fn parse_postgres_url(raw: &str) -> Result<String, String> {
    if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
        Ok(raw.to_owned())
    } else {
        Err("a PostgreSQL URL (postgres://user@host:5432/database)".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use clap::error::ErrorKind;

    fn parse(line: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("aduan").chain(line.iter().copied()))
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn no_command_prints_the_help_instead_of_starting_a_server() {
        let error = parse(&[]).unwrap_err();
        assert_eq!(
            error.kind(),
            ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        );
        let help = error.to_string();
        for command in ["serve", "admin", "seed", "stats", "migrate-to"] {
            assert!(help.contains(command), "{help}");
        }
        assert!(matches!(parse(&["serve"]).unwrap().command, Command::Serve));
    }

    #[test]
    fn every_command_has_its_help() {
        for line in [
            &["--help"][..],
            &["serve", "--help"],
            &["admin", "create", "--help"],
            &["admin", "api-key", "create", "--help"],
            &["seed", "--help"],
            &["stats", "bench", "--help"],
            &["migrate-to", "--help"],
        ] {
            let error = parse(line).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::DisplayHelp, "{line:?}");
            assert!(error.to_string().contains("Usage: aduan"), "{line:?}");
        }
    }

    #[test]
    fn create_reads_every_option() {
        let cli = parse(&[
            "admin",
            "create",
            "--username",
            "sari",
            "--name",
            "Sari W",
            "--role",
            "agency_admin",
            "--agency",
            "dishub",
        ])
        .unwrap();
        let Command::Admin {
            command:
                AdminCommand::Create {
                    username,
                    name,
                    role,
                    agency,
                    email,
                },
        } = cli.command
        else {
            panic!("not admin create");
        };
        assert_eq!(
            (
                username.as_str(),
                name.as_str(),
                role,
                agency.as_deref(),
                email
            ),
            (
                "sari",
                "Sari W",
                OfficerRole::AgencyAdmin,
                Some("dishub"),
                None
            )
        );
    }

    #[test]
    fn a_wrong_or_missing_flag_is_named() {
        let error = parse(&["admin", "create", "--username", "sari"]).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::MissingRequiredArgument);
        assert!(error.to_string().contains("--name"), "{error}");
        let error = parse(&[
            "admin",
            "create",
            "--username",
            "s",
            "--name",
            "S",
            "--role",
            "boss",
        ])
        .unwrap_err();
        assert!(
            error.to_string().contains("--role") && error.to_string().contains("main_desk"),
            "{error}"
        );
        let error = parse(&["seed", "--rows", "5"]).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::UnknownArgument);
        assert!(error.to_string().contains("--rows"), "{error}");
        assert!(parse(&["seed", "--complaints", "ten"]).is_err());
        assert!(parse(&["seed", "--complaints", "5", "--days", "0"]).is_err());
        assert!(parse(&["migrate-to", "mysql://x"]).is_err());
        assert!(parse(&["admin", "api-key", "revoke", "--id", "tiga"]).is_err());
        assert!(
            parse(&[
                "admin", "api-key", "create", "--name", "x", "--scope", "all"
            ])
            .is_err()
        );
    }

    #[test]
    fn seed_and_api_key_values_are_read() {
        let Command::Seed {
            complaints,
            days,
            seed,
        } = parse(&["seed", "--complaints", "1_000_000", "--days", "30"])
            .unwrap()
            .command
        else {
            panic!("not seed");
        };
        assert_eq!((complaints, days, seed), (1_000_000, 30, 1));
        let Command::Admin {
            command: AdminCommand::ApiKey { command },
        } = parse(&[
            "admin",
            "api-key",
            "create",
            "--name",
            "WA gateway",
            "--scope",
            "create",
        ])
        .unwrap()
        .command
        else {
            panic!("not api-key");
        };
        assert_eq!(
            command,
            ApiKeyCommand::Create {
                name: "WA gateway".into(),
                scope: Scope::Create
            }
        );
    }
}
