//! `aduan`: the command line ([`server::cli`]). `aduan serve` starts the web server with the
//! settings from `aduan.toml` and `ADUAN_*` variables; `aduan admin …` makes officer accounts
//! and API keys (see `server::admin`); `aduan seed …`, `aduan stats …` and `aduan migrate-to …`
//! are the data commands (see `server::maintenance`). `aduan` alone prints the help.

use app::settings::Settings;
use clap::Parser;
use server::Application;
use server::cli::{AdminCommand, Cli, Command};
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    // The command line first: `--help` or a wrong flag needs no settings and no runtime.
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("aduan: cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let code = runtime.block_on(run(cli));
    // Dropping a runtime waits for every worker thread without end; a worker stuck in a request
    // (the drain time is over by now) must not keep the process alive.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    code
}

async fn run(cli: Cli) -> ExitCode {
    let settings = match Settings::load() {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("aduan: {error}");
            return ExitCode::FAILURE;
        }
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_new(&settings.log).unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();

    match cli.command {
        Command::Serve => serve(&settings).await,
        Command::Admin {
            command: AdminCommand::ApiKey { command },
        } => finish(server::admin::api_key(&settings, &command).await),
        Command::Admin {
            command:
                AdminCommand::Create {
                    username,
                    name,
                    role,
                    agency,
                    email,
                },
        } => {
            let request = app::auth::accounts::AccountRequest {
                username,
                display_name: name,
                role,
                agency,
                email,
                password: String::new(),
            };
            create_officer(&settings, request).await
        }
        Command::Seed {
            complaints,
            days,
            seed,
        } => {
            let options = app::storage::seed::SeedOptions {
                complaints,
                days,
                until: chrono::Utc::now(),
                seed,
            };
            finish(server::maintenance::seed(&settings, &options).await)
        }
        Command::Stats { command } => finish(server::maintenance::stats(&settings, &command).await),
        Command::MigrateTo { url } => {
            finish(server::maintenance::migrate_to(&settings, &url).await)
        }
        Command::Backup { dir } => finish(server::backup::backup(&settings, &dir).await),
        Command::Restore { dir } => finish(server::backup::restore(&settings, &dir).await),
    }
}

/// `aduan serve`: until SIGTERM or Ctrl-C.
async fn serve(settings: &Settings) -> ExitCode {
    let application = match Application::build(settings).await {
        Ok(application) => application,
        Err(error) => {
            tracing::error!(%error, "cannot start");
            return ExitCode::FAILURE;
        }
    };
    match application.run_until_stopped().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "server stopped with an error");
            ExitCode::FAILURE
        }
    }
}

/// `aduan admin create …`: the password from `ADUAN_ADMIN_PASSWORD`, else typed at the
/// terminal without echo, else one line of standard input (a script's pipe).
async fn create_officer(
    settings: &Settings,
    mut request: app::auth::accounts::AccountRequest,
) -> ExitCode {
    use std::io::IsTerminal;
    request.password = match std::env::var("ADUAN_ADMIN_PASSWORD") {
        Ok(password) if !password.is_empty() => password,
        _ if std::io::stdin().is_terminal() => {
            match rpassword::prompt_password("password for the new officer: ") {
                Ok(password) => password,
                Err(error) => {
                    eprintln!("aduan: cannot read the password: {error}");
                    return ExitCode::from(2);
                }
            }
        }
        _ => {
            let mut line = String::new();
            if std::io::stdin().read_line(&mut line).is_err() {
                eprintln!("aduan: no password on standard input");
                return ExitCode::from(2);
            }
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    match server::admin::create(settings, &request).await {
        Ok(created) => {
            print!("{}", server::admin::describe(&request, &created));
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("aduan: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Prints a command's outcome: its report on standard output, or its error.
fn finish(outcome: Result<String, String>) -> ExitCode {
    match outcome {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("aduan: {message}");
            ExitCode::FAILURE
        }
    }
}
