//! `aduan`: starts the web server with the settings from `aduan.toml` and `ADUAN_*` variables;
//! `aduan admin create …` makes an officer account (see `server::admin`); `aduan seed …` and
//! `aduan stats …` are the data commands (see `server::maintenance`).

use app::settings::Settings;
use server::Application;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
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
    let code = runtime.block_on(run());
    // Dropping a runtime waits for every worker thread without end; a worker stuck in a request
    // (the drain time is over by now) must not keep the process alive.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    code
}

async fn run() -> ExitCode {
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

    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("serve") => {}
        Some("admin") => return admin(&settings, &args[1..]).await,
        Some("seed") => {
            return finish(match server::maintenance::parse_seed(&args[1..]) {
                Ok(options) => server::maintenance::seed(&settings, &options).await,
                Err(usage) => Err(usage),
            });
        }
        Some("stats") => return finish(server::maintenance::stats(&settings, &args[1..]).await),
        Some("migrate-to") => {
            return finish(server::maintenance::migrate_to(&settings, &args[1..]).await);
        }
        Some(other) => {
            eprintln!(
                "aduan: unknown command `{other}`\nusage: aduan [serve | admin … | seed … | stats … | migrate-to URL]"
            );
            return ExitCode::from(2);
        }
    }

    let application = match Application::build(&settings).await {
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

/// `aduan admin create …` and `aduan admin api-key …`.
async fn admin(settings: &Settings, args: &[String]) -> ExitCode {
    if args.first().map(String::as_str) == Some("api-key") {
        return finish(match server::admin::parse_api_key(args) {
            Ok(command) => server::admin::api_key(settings, &command).await,
            Err(usage) => Err(usage),
        });
    }
    let mut request = match server::admin::parse_create(args) {
        Ok(request) => request,
        Err(message) => {
            eprintln!("aduan: {message}");
            return ExitCode::from(2);
        }
    };
    request.password = match std::env::var("ADUAN_ADMIN_PASSWORD") {
        Ok(password) if !password.is_empty() => password,
        _ => {
            eprintln!("password for the new officer (one line):");
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
