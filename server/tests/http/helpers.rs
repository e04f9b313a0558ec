//! Starts the real server on port 0 with a database of its own, and talks HTTP to it.

use app::clock::{Clock, SystemClock};
use app::settings::{Secret, Settings};
use server::Application;
use std::path::PathBuf;
use std::sync::Arc;

/// A running server and a client for it. The data folder is removed when this is dropped.
pub struct TestApp {
    /// `http://127.0.0.1:<port>`
    pub address: String,
    /// A client that keeps cookies, like a browser.
    pub client: reqwest::Client,
    /// The server's data folder (SQLite database and uploads).
    pub data_dir: PathBuf,
    /// The running server's state (its database, keys and clock).
    pub state: app::state::AppState,
    /// The server's database URL (SQLite in the data folder, or a PostgreSQL database of its own).
    pub database_url: String,
    /// `http://127.0.0.1:<port>` of `/metrics`, when [`Options::metrics`] asked for it.
    pub metrics_address: Option<String>,
    options: Options,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
    keep_data: bool,
    shares_database: bool,
}

/// A WhatsApp/SMS gateway on a loopback port that accepts every message: its webhook URL, and
/// the bodies it was given.
pub async fn capturing_gateway() -> (String, Arc<std::sync::Mutex<Vec<String>>>) {
    let received = Arc::new(std::sync::Mutex::new(Vec::new()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/kirim", listener.local_addr().unwrap());
    let router = axum::Router::new().route(
        "/kirim",
        axum::routing::post({
            let received = received.clone();
            move |body: String| async move {
                received.lock().unwrap().push(body);
                axum::http::StatusCode::OK
            }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, router).await });
    (url, received)
}

/// The object store `scripts/test` started (moto, checking signatures): its endpoint, bucket and
/// the key of the IAM user allowed into it; `None` skips the test (never under CI).
pub fn test_object_store(test: &str) -> Option<app::blobs::s3::S3Config> {
    let endpoint = needed_server("ADUAN_TEST_S3", test)?;
    let variable = |name: &str| {
        std::env::var(name).unwrap_or_else(|_| panic!("{name} is set with ADUAN_TEST_S3"))
    };
    Some(app::blobs::s3::S3Config {
        endpoint,
        bucket: variable("ADUAN_TEST_S3_BUCKET"),
        region: "us-east-1".into(),
        access_key_id: variable("ADUAN_TEST_S3_KEY_ID"),
        secret_access_key: Secret::new(variable("ADUAN_TEST_S3_SECRET")),
    })
}

/// An SMTP relay at `address` (`host:port`) spoken to without TLS or login: a test's own sink on
/// this machine.
pub fn plain_relay(address: &str) -> app::settings::SmtpSettings {
    let (host, port) = address.rsplit_once(':').expect("host:port");
    app::settings::SmtpSettings {
        host: host.to_owned(),
        port: port.parse().expect("a port"),
        tls: app::settings::SmtpTls::None,
        login: None,
    }
}

/// A new HTTP client's builder, with rustls's crypto provider installed first (reqwest is built
/// without one of its own: the server installs ring, `app::tls`).
pub fn client_builder() -> reqwest::ClientBuilder {
    app::tls::install_crypto_provider();
    reqwest::Client::builder()
}

/// Whether the suite runs under CI, where a missing real service fails a test instead of
/// skipping it.
pub fn under_ci() -> bool {
    std::env::var_os("CI").is_some_and(|value| !value.is_empty())
}

/// The server `variable` names (`ADUAN_TEST_POSTGRES`, `ADUAN_TEST_S3`) for a test that needs one;
/// `None` skips the test. Under CI a skip would pass unseen, so it fails instead, but for
/// PostgreSQL in `scripts/test`'s SQLite half (`ADUAN_TEST_POSTGRES_LATER`): its next half runs it.
pub fn needed_server(variable: &str, test: &str) -> Option<String> {
    if let Some(url) = std::env::var(variable).ok().filter(|url| !url.is_empty()) {
        return Some(url);
    }
    let later = variable == "ADUAN_TEST_POSTGRES"
        && std::env::var_os("ADUAN_TEST_POSTGRES_LATER").is_some();
    assert!(
        !under_ci() || later,
        "{variable} is not set under CI: {test} did not run"
    );
    eprintln!("{variable} is not set: {test} skipped");
    None
}

/// The PostgreSQL server the suite runs against when `ADUAN_TEST_POSTGRES` names one
/// (`postgres://postgres@127.0.0.1:5432`); unset, the suite runs on SQLite.
fn postgres_server() -> Option<String> {
    std::env::var("ADUAN_TEST_POSTGRES")
        .ok()
        .filter(|url| !url.is_empty())
        .map(|url| url.trim_end_matches('/').to_owned())
}

/// A database of the test's own: a file in its data folder, or a new PostgreSQL database.
async fn new_database(data_dir: &std::path::Path) -> String {
    let Some(server) = postgres_server() else {
        return format!("sqlite://{}", data_dir.join("aduan.db").display());
    };
    let name = data_dir
        .file_name()
        .unwrap()
        .to_string_lossy()
        .replace('-', "_");
    fresh_postgres_database(&server, &name).await;
    format!("{server}/{name}")
}

/// Makes an empty PostgreSQL database `name` on `server` (dropping any left by an earlier run);
/// returns the connection to the server's `postgres` database, to drop it with afterwards.
pub async fn fresh_postgres_database(server: &str, name: &str) -> sqlx::AnyConnection {
    sqlx::any::install_default_drivers();
    let mut admin =
        <sqlx::AnyConnection as sqlx::Connection>::connect(&format!("{server}/postgres"))
            .await
            .expect("the PostgreSQL server answers");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut admin)
        .await
        .unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .expect("a test database is created");
    admin
}

/// Drops a test's PostgreSQL database (nothing to do for SQLite: the folder goes).
fn drop_database(url: &str) {
    let Some(server) = postgres_server() else {
        return;
    };
    let Some(name) = url.rsplit('/').next().map(str::to_owned) else {
        return;
    };
    // Drop runs outside any runtime's async context: a thread with its own small runtime.
    let _ = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            if let Ok(mut admin) =
                <sqlx::AnyConnection as sqlx::Connection>::connect(&format!("{server}/postgres"))
                    .await
            {
                let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut admin)
                    .await;
            }
        });
    })
    .join();
}

/// How a test server is set up beyond the defaults.
#[derive(Clone, Debug)]
pub struct Options {
    /// The scheduler's clock.
    pub clock: Arc<dyn Clock>,
    /// The message gateway's webhook.
    pub webhook_url: Option<String>,
    /// The SMTP relay.
    pub smtp: Option<app::settings::SmtpSettings>,
    /// Certificate authorities trusted beside the system's.
    pub tls_roots: app::tls::ExtraRoots,
    /// S3-compatible object storage for photos.
    pub object_store: Option<app::blobs::s3::S3Config>,
    /// The built site's folder; by default an empty one in the data folder (plain file names).
    pub site_root: Option<PathBuf>,
    /// The reverse proxies trusted to name the client.
    pub trusted_proxies: app::settings::TrustedProxies,
    /// Served as if over HTTPS: cookies carry `Secure`.
    pub secure_cookies: bool,
    /// `/metrics` on a port of its own ([`TestApp::metrics_address`]).
    pub metrics: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            clock: Arc::new(SystemClock),
            webhook_url: None,
            smtp: None,
            tls_roots: app::tls::ExtraRoots::none(),
            object_store: None,
            site_root: None,
            trusted_proxies: Default::default(),
            secure_cookies: false,
            metrics: false,
        }
    }
}

impl TestApp {
    /// Starts a server with a fresh SQLite database in a temporary folder.
    pub async fn spawn() -> Self {
        Self::spawn_with(Options::default()).await
    }

    /// [`TestApp::spawn`] with other options.
    pub async fn spawn_with(options: Options) -> Self {
        let data_dir = std::env::temp_dir().join(format!(
            "aduan-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&data_dir);
        let database_url = new_database(&data_dir).await;
        Self::start(data_dir, database_url, options).await
    }

    /// A second server instance on this one's database and secret key, with a data folder of its
    /// own: two instances behind one load balancer.
    pub async fn spawn_beside(&self) -> Self {
        let data_dir = std::env::temp_dir().join(format!(
            "aduan-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&data_dir);
        std::fs::create_dir_all(&data_dir).unwrap();
        std::fs::copy(
            self.data_dir.join("secret.key"),
            data_dir.join("secret.key"),
        )
        .unwrap();
        let mut beside =
            Self::start(data_dir, self.database_url.clone(), self.options.clone()).await;
        // The database belongs to the first instance: only it drops it.
        beside.database_url = self.database_url.clone();
        beside.shares_database = true;
        beside
    }

    /// Stops this server and starts a new one on the same data folder, as after a crash.
    pub async fn restart(mut self) -> Self {
        self.server.abort();
        self.keep_data = true;
        let (data_dir, database_url, options) = (
            self.data_dir.clone(),
            self.database_url.clone(),
            self.options.clone(),
        );
        drop(self);
        Self::start(data_dir, database_url, options).await
    }

    /// Whether this server runs on SQLite (its database is a file in the data folder).
    pub fn on_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }

    async fn start(data_dir: PathBuf, database_url: String, options: Options) -> Self {
        let settings = Settings {
            bind: "127.0.0.1:0".parse().unwrap(),
            metrics_bind: options.metrics.then(|| "127.0.0.1:0".parse().unwrap()),
            database_url: Secret::new(database_url.clone()),
            data_dir: data_dir.clone(),
            site_root: options
                .site_root
                .clone()
                .unwrap_or_else(|| data_dir.join("site")),
            log: "warn".into(),
            region_prefix: Default::default(),
            secret_key: None,
            sop: app::domain::sop::surabaya(),
            utc_offset: chrono::FixedOffset::east_opt(7 * 3600).unwrap(),
            secure_cookies: options.secure_cookies,
            public_url: "http://aduan.test".into(),
            webhook_url: options.webhook_url.clone(),
            webhook_secret: Some(Secret::new("rahasia-gateway".into())),
            smtp: options.smtp.clone(),
            smtp_from: "Aduan Trenggalek <aduan@trenggalekkab.go.id>".into(),
            tls_roots: options.tls_roots.clone(),
            object_store: options.object_store.clone(),
            trusted_proxies: options.trusted_proxies.clone(),
        };
        // The tests drive the scheduler's rounds themselves (`run_once` at chosen instants): a
        // round of the server's own could take a step or a delivery before theirs.
        let application = Application::build_with_clock(&settings, options.clock.clone())
            .await
            .expect("the server starts")
            .without_scheduler();
        let address = format!("http://{}", application.address());
        let metrics_address = application
            .metrics_address()
            .map(|address| format!("http://{address}"));
        let state = application.state().clone();
        let server = tokio::spawn(application.run_until_stopped());
        Self {
            address,
            client: browser(),
            data_dir,
            state,
            database_url,
            options,
            server,
            keep_data: false,
            shares_database: false,
            metrics_address,
        }
    }

    /// Takes one step of the status machine on complaint `code`, as `role`, at `at`: an officer's
    /// step that the test does not need to click through.
    pub async fn act_as(
        &self,
        code: &str,
        action: &app::domain::status::Action,
        role: app::domain::status::Role,
        at: chrono::DateTime<chrono::Utc>,
    ) {
        use app::services::act::{self, Act};
        let code = app::domain::tracking_code::TrackingCode::parse(code).unwrap();
        act::act(
            &self.state.db,
            &self.state.notifier,
            &self.state.step_clock(),
            &code,
            &Act::new(action, role),
            at,
        )
        .await
        .unwrap_or_else(|error| panic!("{action:?}: {error}"));
    }

    /// Verifies complaint `code` as public and dispatches it to the transport agency, at `at`.
    pub async fn verify_and_dispatch(&self, code: &str, at: chrono::DateTime<chrono::Utc>) {
        use app::domain::complaint::{AgencyCode, Visibility};
        use app::domain::status::{Action, Role};
        let verify = Action::Verify {
            visibility: Visibility::Public,
        };
        let dispatch = Action::Dispatch {
            agency: AgencyCode::parse("dishub").unwrap(),
            note: None,
        };
        self.act_as(code, &verify, Role::MainDesk, at).await;
        self.act_as(code, &dispatch, Role::MainDesk, at).await;
    }

    /// GETs a path and returns the status and the body.
    pub async fn get(&self, path: &str) -> (reqwest::StatusCode, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("the server answers");
        let status = response.status();
        (status, response.text().await.unwrap())
    }
}

impl TestApp {
    /// A connection to the server's own database, to check what was stored.
    pub async fn database(&self) -> sqlx::AnyPool {
        sqlx::AnyPool::connect(&self.database_url)
            .await
            .expect("the test database opens")
    }

    /// POSTs a multipart form, as a browser submits the filing form.
    pub async fn post_form(&self, path: &str, form: reqwest::multipart::Form) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .multipart(form)
            .send()
            .await
            .expect("the server answers")
    }
}

impl TestApp {
    /// The server's store, opened beside it: for officers' steps that have no page yet.
    pub async fn store(&self) -> app::storage::Db {
        app::storage::Db::connect(&self.database_url)
            .await
            .expect("the store opens")
    }
}

/// An officer account made for a test, with what logging in needs.
#[derive(Clone)]
pub struct Officer {
    /// Login name.
    pub username: String,
    /// Password.
    pub password: String,
    /// The authenticator's secret.
    pub secret: app::auth::totp::TotpSecret,
    /// Unused recovery codes.
    pub recovery_codes: Vec<String>,
}

/// A password strong enough for the rules.
pub const PASSWORD: &str = "kopi-tubruk-pagi-hari-42";

impl TestApp {
    /// Makes an officer account the way `aduan admin create` does, in this server's database and
    /// under its secret key.
    pub async fn officer(&self, username: &str, role: &str, agency: Option<&str>) -> Officer {
        use app::auth::accounts::{self, AccountRequest};
        let (key, _) =
            app::personal_data::MasterKey::load_or_create(&self.data_dir.join("secret.key"))
                .expect("the server's key");
        let protector = app::personal_data::Protector::new(&key);
        let store = self.store().await;
        let request = AccountRequest {
            username: username.to_owned(),
            display_name: format!("Petugas {username}"),
            role: app::domain::officer::OfficerRole::parse_code(role).expect("a role"),
            agency: agency.map(str::to_owned),
            email: Some(format!("{username}@pemda.go.id")),
            password: PASSWORD.to_owned(),
        };
        let created = accounts::create(&store, &protector, &request, "Aduan", chrono::Utc::now())
            .await
            .expect("the account is created");
        store.close().await;
        Officer {
            username: username.to_owned(),
            password: PASSWORD.to_owned(),
            secret: app::auth::totp::TotpSecret::from_base32(&created.totp_base32).unwrap(),
            recovery_codes: created.recovery_codes,
        }
    }

    /// Seeds `complaints` made-up complaints over the `days` before now (`aduan seed`'s
    /// generator, deterministic by `seed`), with their timelines and tallies.
    pub async fn seed(&self, complaints: u64, days: u32, seed: u64) {
        let key = app::personal_data::MasterKey::load_or_create(&self.data_dir.join("secret.key"))
            .expect("the server's key")
            .0;
        let options = app::storage::seed::SeedOptions {
            complaints,
            days,
            until: chrono::Utc::now(),
            seed,
        };
        app::storage::seed::seed(
            &self.state.db,
            &app::personal_data::Protector::new(&key),
            &self.state.region_prefix,
            &self.state.step_clock(),
            &options,
        )
        .await
        .expect("the seed is written");
    }

    /// A browser signed in as a new main desk officer: its filings skip the public's rate limit
    /// (the desk enters complaints all day).
    pub async fn main_desk(&self) -> reqwest::Client {
        let desk = browser();
        self.log_in(&desk, &self.officer("meja", "main_desk", None).await)
            .await;
        desk
    }

    /// Files `form` on `/lapor` from `client`; returns the new complaint's tracking code.
    pub async fn file_from(
        &self,
        client: &reqwest::Client,
        form: reqwest::multipart::Form,
    ) -> String {
        crate::file_complaint::receipt_code(
            &client
                .post(format!("{}/lapor", self.address))
                .multipart(form)
                .send()
                .await
                .expect("the server answers"),
        )
    }

    /// Logs `officer` in from `client` with the authenticator's current code; returns where the
    /// login redirected to.
    pub async fn log_in(&self, client: &reqwest::Client, officer: &Officer) -> String {
        let now = u64::try_from(chrono::Utc::now().timestamp()).unwrap();
        let code = app::auth::totp::code_at(&officer.secret, now);
        self.log_in_with(client, officer, &officer.password, &code)
            .await
    }

    /// Posts the login form with the given password and code.
    pub async fn log_in_with(
        &self,
        client: &reqwest::Client,
        officer: &Officer,
        password: &str,
        code: &str,
    ) -> String {
        let response = client
            .post(format!("{}/petugas/masuk", self.address))
            .form(&[
                ("pengguna", officer.username.as_str()),
                ("sandi", password),
                ("kode", code),
            ])
            .send()
            .await
            .expect("the server answers");
        assert_eq!(response.status(), 303);
        response.headers()["location"].to_str().unwrap().to_owned()
    }
}

/// What a browser sees of a form post: the status, the `Location` of a redirect, the body.
pub type Posted = (u16, Option<String>, String);

/// POSTs a urlencoded form to `path` of `app` from `client`.
pub async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    form: &[(&str, &str)],
) -> Posted {
    let response = client
        .post(format!("{}{path}", app.address))
        .form(form)
        .send()
        .await
        .expect("the server answers");
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|value| value.to_str().unwrap().to_owned());
    (status, location, response.text().await.unwrap_or_default())
}

/// GETs `path` of `app` from `client`: the status and the body.
pub async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let response = client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .expect("the server answers");
    (
        response.status().as_u16(),
        response.text().await.unwrap_or_default(),
    )
}

/// A client that keeps its own cookies and does not follow redirects: another browser.
pub fn browser() -> reqwest::Client {
    client_builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
        if !self.keep_data {
            let _ = std::fs::remove_dir_all(&self.data_dir);
            if !self.shares_database {
                drop_database(&self.database_url);
            }
        }
    }
}

static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
