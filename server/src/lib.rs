//! Aduan's web server: wires the settings, the database and the routes of `app` into one axum
//! application. [`Application::build`] is what `main` runs and what the integration tests start on
//! port 0 with a database of their own.

pub mod admin;
pub mod backup;
pub mod cli;
pub mod compression;
pub mod maintenance;
pub mod page_cache;
pub mod site_files;

use app::assets::Assets;
use app::blobs::{Blobs, LocalBlobs};
use app::clock::{Clock, SystemClock};
use app::domain::notice::Notifier;
use app::notify::Delivery;
use app::personal_data::{KeyFileError, MasterKey, ProtectionError, Protector};
use app::settings::Settings;
use app::state::AppState;
use app::storage::Db;
use app::{CitizenApp, DeskApp, shell};
use axum::serve::ListenerExt;
use axum::{Router, middleware};
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list};
use std::future::IntoFuture;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

/// How long requests under way may take to finish once the server is told to stop.
pub const SHUTDOWN_DRAIN: Duration = Duration::from_secs(10);

/// A built server, bound to its port and ready to run.
pub struct Application {
    listener: TcpListener,
    /// `/metrics`'s own listener, when `metrics_bind` is set.
    metrics_listener: Option<TcpListener>,
    router: Router,
    state: AppState,
    /// Whether the scheduler's rounds run beside the server (see [`Application::without_scheduler`]).
    scheduler: bool,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The database could not be opened or migrated.
    #[error(transparent)]
    Storage(#[from] app::storage::StorageError),
    /// The configured secret key is malformed.
    #[error("ADUAN_SECRET_KEY / secret_key: {0}")]
    SecretKey(ProtectionError),
    /// The key file in the data folder could not be read or made.
    #[error(transparent)]
    KeyFile(#[from] KeyFileError),
    /// The data folder cannot be made or closed to other users.
    #[error("data_dir {path}: {source}")]
    DataDir {
        /// The folder.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The built site's list of file names is unreadable.
    #[error("site files: {0}")]
    Assets(String),
    /// The object storage settings are unusable.
    #[error("s3_endpoint: {0}")]
    ObjectStore(String),
    /// The webhook's client cannot be built.
    #[error("webhook_url: {0}")]
    Webhook(String),
    /// The mail settings are unusable.
    #[error("smtp_relay / smtp_from: {0}")]
    Mail(String),
    /// The listen address could not be bound.
    #[error("cannot listen on {address}: {source}")]
    Bind {
        /// The address.
        address: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
}

impl Application {
    /// Opens the database (running its migrations), binds the listen address and builds the routes.
    pub async fn build(settings: &Settings) -> Result<Self, StartError> {
        Self::build_with_clock(settings, Arc::new(SystemClock)).await
    }

    /// [`Application::build`] with the scheduler on `clock` (tests drive it through days).
    pub async fn build_with_clock(
        settings: &Settings,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, StartError> {
        let (db, protector) = open_store(settings).await?;
        let listener =
            TcpListener::bind(settings.bind)
                .await
                .map_err(|source| StartError::Bind {
                    address: settings.bind,
                    source,
                })?;
        let metrics_listener = match settings.metrics_bind {
            None => None,
            Some(address) => {
                // The recorder first, so the first requests are counted.
                if app::monitoring::handle().is_none() {
                    tracing::warn!("another metrics recorder is installed: /metrics stays empty");
                }
                Some(
                    TcpListener::bind(address)
                        .await
                        .map_err(|source| StartError::Bind { address, source })?,
                )
            }
        };
        let leptos_options = LeptosOptions::builder()
            .output_name("aduan")
            .site_root(settings.site_root.to_string_lossy().as_ref())
            .site_pkg_dir("pkg")
            .site_addr(settings.bind)
            .build();
        let assets = Assets::load(&settings.site_root).map_err(StartError::Assets)?;
        if !assets.hashed() {
            tracing::info!(
                "no pkg/assets.txt in the site folder: plain file names, no long caching"
            );
        }
        let state = AppState {
            leptos_options,
            assets: Arc::new(assets),
            statistics_cache: Default::default(),
            db: db.clone(),
            blobs: match &settings.object_store {
                Some(config) => Blobs::S3(
                    app::blobs::s3::S3Blobs::new(config, &settings.tls_roots)
                        .map_err(StartError::ObjectStore)?,
                ),
                None => Blobs::Local(LocalBlobs::new(&settings.data_dir)),
            },
            protector,
            region_prefix: settings.region_prefix.clone(),
            sop: app::state::SopInForce::new(settings.sop.clone()),
            utc_offset: settings.utc_offset,
            secure_cookies: settings.secure_cookies,
            notifier: Notifier {
                public_url: settings.public_url.clone(),
                utc_offset: settings.utc_offset,
            },
            clock,
            delivery: Delivery::new(
                settings.webhook_url.clone(),
                settings
                    .webhook_secret
                    .as_ref()
                    .map(|secret| secret.expose().clone()),
                &settings.tls_roots,
            )
            .map_err(StartError::Webhook)?
            .with_smtp(
                settings.smtp.as_ref(),
                &settings.smtp_from,
                &settings.tls_roots,
            )
            .map_err(StartError::Mail)?,
            trusted_proxies: settings.trusted_proxies.clone(),
            liveness: app::watchdog::start(
                tokio::runtime::Handle::current(),
                app::watchdog::STUCK_AFTER,
            ),
            // Two decodes at most, whatever the cores: each may take 160 MB (`app::images`).
            photo_permits: std::sync::Arc::new(tokio::sync::Semaphore::new(
                std::thread::available_parallelism()
                    .map_or(2, usize::from)
                    .min(2),
            )),
            scheduler_beat: Default::default(),
        };
        if app::storage::days_off::seed_shipped(&db, chrono::Utc::now()).await? {
            tracing::info!("the shipped calendar of days off was written into the database");
        }
        let profiles = app::storage::sop_profiles::seed_shipped(&db, chrono::Utc::now()).await?;
        if profiles > 0 {
            tracing::info!(
                profiles,
                "the portal's SOP profiles were written into the database"
            );
        }
        // The administrator's choice of SOP, if any, wins over the configured default; the days
        // off come from the database.
        state.sop.refresh(&db).await?;
        // The portal's own privacy notice, for the office of the SOP in force, until the
        // administrator publishes theirs.
        let notice = app::domain::privacy::NoticeText::shipped(&state.sop.get().name);
        if app::storage::privacy_notices::seed_shipped(&db, &notice, chrono::Utc::now()).await? {
            tracing::info!("the portal's privacy notice was written into the database");
        }
        Ok(Self {
            listener,
            metrics_listener,
            router: router(state.clone()),
            state,
            scheduler: true,
        })
    }

    /// This server without the scheduler's rounds beside it: something else drives them (the
    /// integration tests call `run_once` at the instants they choose, and a round of the server's
    /// own on the real clock would race theirs).
    pub fn without_scheduler(mut self) -> Self {
        self.scheduler = false;
        self
    }

    /// The address actually bound (with the real port when the settings asked for port 0).
    pub fn address(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has a local address")
    }

    /// The address `/metrics` is served on, if any.
    pub fn metrics_address(&self) -> Option<SocketAddr> {
        self.metrics_listener
            .as_ref()
            .and_then(|listener| listener.local_addr().ok())
    }

    /// The application's state: its database, keys and clock.
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until Ctrl-C or SIGTERM, with the scheduler running beside, then lets the requests
    /// under way finish for at most [`SHUTDOWN_DRAIN`] and closes the database.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        tracing::info!(address = %self.address(), "listening");
        let scheduler = self
            .scheduler
            .then(|| tokio::spawn(app::services::scheduler::run(self.state.clone())));
        let metrics = self.metrics_listener.map(|listener| {
            tracing::info!(address = ?listener.local_addr().ok(), "metrics at /metrics");
            let router = app::handlers::metrics::routes().with_state(self.state.clone());
            tokio::spawn(async move { axum::serve(listener, router).await })
        });
        // Pages stream in several writes; with Nagle's algorithm each later write waited for the
        // client's delayed ACK (40 ms on Linux): every streamed page took 44 ms (scripts/bench load).
        let listener = self.listener.tap_io(|connection| {
            if let Err(error) = connection.set_nodelay(true) {
                tracing::debug!(%error, "cannot set TCP_NODELAY");
            }
        });
        let stopping = Arc::new(tokio::sync::Notify::new());
        let serve = axum::serve(
            listener,
            self.router
                .into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown({
            let stopping = stopping.clone();
            async move {
                shutdown_signal().await;
                stopping.notify_one();
            }
        });
        // Requests under way get `SHUTDOWN_DRAIN` to finish; one that never does (a stalled
        // upload, a worker stuck in a render) must not keep the process from exiting.
        tokio::select! {
            served = serve.into_future() => served?,
            () = async {
                stopping.notified().await;
                tokio::time::sleep(SHUTDOWN_DRAIN).await;
            } => {
                tracing::warn!(
                    seconds = SHUTDOWN_DRAIN.as_secs(),
                    "requests still under way after the drain time; stopping without them"
                );
            }
        }
        if let Some(scheduler) = scheduler {
            scheduler.abort();
        }
        if let Some(metrics) = metrics {
            metrics.abort();
        }
        // Bounded too: a connection held by a stuck request must not hold the exit.
        if tokio::time::timeout(Duration::from_secs(2), self.state.db.close())
            .await
            .is_err()
        {
            tracing::warn!("the database pool did not close in time");
        }
        Ok(())
    }
}

/// Opens the database (running its migrations) and the personal-data keys: what both the server
/// and the `admin` command need.
pub async fn open_store(settings: &Settings) -> Result<(Db, Protector), StartError> {
    private_folder(&settings.data_dir).map_err(|source| StartError::DataDir {
        path: settings.data_dir.clone(),
        source,
    })?;
    let master_key = match &settings.secret_key {
        Some(hex) => MasterKey::from_hex(hex.expose()).map_err(StartError::SecretKey)?,
        None => {
            let path = settings.data_dir.join("secret.key");
            let (key, created) = MasterKey::load_or_create(&path)?;
            if created {
                tracing::warn!(
                    path = %path.display(),
                    "made a new secret key; keep a copy apart from the database backups"
                );
            }
            key
        }
    };
    let db =
        Db::connect_trusting(settings.database_url.expose(), settings.tls_roots.file()).await?;
    match app::storage::link_is_encrypted(&db).await {
        Ok(Some(true)) => tracing::info!("the database link is encrypted (TLS)"),
        Ok(Some(false)) => tracing::warn!(
            "the database link is not encrypted: add sslmode=require (or verify-full) to the URL \
             unless the database is on this machine"
        ),
        Ok(None) | Err(_) => {}
    }
    Ok((db, Protector::new(&master_key)))
}

/// Makes the data folder if needed and closes it to everyone but this user: the database, the
/// photos and the key file inside are personal data, whatever the umask made them.
fn private_folder(path: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Every route of the site: the pages and server functions of `app`, then the built static files.
fn router(state: AppState) -> Router {
    // Both apps' pages; `shell` picks each page's bundle by its path.
    let mut pages = generate_route_list(CitizenApp);
    pages.extend(generate_route_list(DeskApp));
    let context_state = state.clone();
    Router::new()
        .merge(app::handlers::routes())
        .nest("/pkg", site_files::routes(&state))
        .leptos_routes_with_context(
            &state,
            pages,
            move || provide_context(context_state.clone()),
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        // Strangers' public pages from copies while nothing they show has changed.
        .layer(middleware::from_fn_with_state(
            (state.clone(), page_cache::PageCache::default()),
            page_cache::serve,
        ))
        // Each route's body limit, before anything reads a body (`guard::body_limit`).
        .layer(middleware::from_fn(app::handlers::guard::limit_body))
        .layer(middleware::from_fn(app::handlers::guard::refuse_cross_site))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            app::handlers::guard::security_headers,
        ))
        .route_layer(middleware::from_fn(app::handlers::metrics::count_route))
        .layer(middleware::from_fn(app::handlers::metrics::count_other))
        .layer(middleware::from_fn(compression::mark_credentialed))
        .layer(compression::layer())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        // If the handler cannot be installed the server simply runs until killed.
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
