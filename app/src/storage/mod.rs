//! The storage layer: the only module that speaks SQL.
//!
//! Queries go through sqlx's `Any` driver with `$1` placeholders, so one set of queries serves
//! every backend that `DATABASE_URL` selects; each backend keeps its own migrations folder
//! (`migrations/<backend>/`), embedded in the binary and run at start, and a test
//! (`server/tests/http/storage.rs`) fails if their tables or columns differ. To stay portable the
//! columns hold only integers, floats, text and bytes: instants are `BIGINT` milliseconds since
//! the Unix epoch (UTC), flags are integers. Every integration test runs on both backends.

pub mod api_keys;
pub mod complaints;
pub mod contacts;
pub mod days_off;
pub mod desk;
pub mod desk_lists;
pub mod desk_settings;
pub mod erasure;
pub mod followers;
pub mod migrate;
pub mod monitoring;
pub mod officers;
pub mod open311;
pub mod outbox;
pub mod privacy_notices;
pub mod public_list;
pub mod rate_limits;
pub mod redactions;
pub mod reminders;
pub mod reports;
pub mod retention;
pub mod rows;
pub mod satisfaction;
pub mod seed;
pub mod sop_profiles;
pub mod statistics;
pub mod templates;
pub mod transitions;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use std::str::FromStr;
use std::time::Duration;

/// A transaction that writes ([`Db::begin`]): a use case opens one, passes it to each query
/// module it writes through, and commits.
pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

/// The database backends Aduan can run on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite in the data folder: the default, needs no server.
    Sqlite,
    /// A PostgreSQL server: several instances can share it.
    Postgres,
}

/// Why the storage layer failed. Messages never contain personal data or secrets.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The connection string names a database this build cannot use.
    #[error("unsupported database URL scheme (expected sqlite:// or postgres://)")]
    UnsupportedBackend,
    /// A row that should be unique already exists (SQL error class 23, unique violation).
    #[error("a record with the same key already exists")]
    Conflict,
    /// A stored value is not one the domain accepts: the database was edited by hand or is corrupt.
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// Applying the migrations failed.
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// Any other database error.
    #[error("database error: {0}")]
    Database(sqlx::Error),
}

impl From<sqlx::Error> for StorageError {
    fn from(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::Database(db) if db.is_unique_violation() => Self::Conflict,
            _ => Self::Database(error),
        }
    }
}

/// A pool of connections to the database, shared by every request through the app's state.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

impl Db {
    /// Connects to the database named by `url`, creating an SQLite file (and its folder) if needed,
    /// and applies any migration not yet applied.
    pub async fn connect(url: &str) -> Result<Self, StorageError> {
        Self::connect_trusting(url, None).await
    }

    /// [`Db::connect`], and PostgreSQL's TLS (`sslmode` in the URL: `require`, `verify-ca`,
    /// `verify-full`) trusting the authorities in `extra_ca` unless the URL names its own
    /// `sslrootcert`.
    pub async fn connect_trusting(
        url: &str,
        extra_ca: Option<&std::path::Path>,
    ) -> Result<Self, StorageError> {
        sqlx::any::install_default_drivers();
        crate::tls::install_crypto_provider();
        let backend = if url.starts_with("sqlite:") {
            Backend::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            return Err(StorageError::UnsupportedBackend);
        };
        let url = match backend {
            Backend::Sqlite => sqlite_url(url)?,
            Backend::Postgres => match extra_ca {
                Some(file) if !url.contains("sslrootcert=") => {
                    let separator = if url.contains('?') { '&' } else { '?' };
                    format!("{url}{separator}sslrootcert={}", file.display())
                }
                _ => url.to_owned(),
            },
        };
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers run beside the writer; FULL sync makes a committed
                        // complaint survive a power cut; the timeout queues writers instead of failing.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        let db = Self { pool, backend };
        db.migrate().await?;
        Ok(db)
    }

    /// Applies the embedded migrations of this backend.
    async fn migrate(&self) -> Result<(), StorageError> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::migrate!("../migrations/sqlite")
                    .run(&self.pool)
                    .await?
            }
            Backend::Postgres => {
                sqlx::migrate!("../migrations/postgres")
                    .run(&self.pool)
                    .await?
            }
        }
        Ok(())
    }

    /// The backend in use.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Starts a transaction that writes. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), waiting its turn behind other writers (the busy timeout): a deferred
    /// transaction takes it only at its first write, and if another writer committed after the
    /// transaction began, SQLite fails it with "database is locked" at once instead of waiting.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// The pool's connections: how many are open, and how many of those are idle (`/metrics`).
    pub fn connections(&self) -> (u32, usize) {
        (self.pool.size(), self.pool.num_idle())
    }

    /// The connection pool, for the query modules.
    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Closes every connection (the server calls this on shutdown so SQLite checkpoints its log).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Makes sure an SQLite file can be created: `mode=rwc` and an existing parent folder.
/// The file of an SQLite database URL (`sqlite://data/aduan.db?mode=rwc` → `data/aduan.db`);
/// `None` for another backend or an in-memory database.
pub fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let path = url
        .strip_prefix("sqlite:")?
        .trim_start_matches("//")
        .split('?')
        .next()
        .unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then(|| std::path::PathBuf::from(path))
}

/// Writes a consistent copy of the whole SQLite database to the new file `target`, while the
/// server may go on writing (`VACUUM INTO`: one read transaction, a compact file).
pub async fn copy_sqlite_into(db: &Db, target: &std::path::Path) -> Result<(), StorageError> {
    if db.backend() != Backend::Sqlite {
        return Err(StorageError::UnsupportedBackend);
    }
    let target = target.to_str().ok_or_else(|| {
        StorageError::Database(sqlx::Error::Protocol("a backup path must be UTF-8".into()))
    })?;
    sqlx::query("VACUUM INTO $1")
        .bind(target.to_owned())
        .execute(db.pool())
        .await?;
    Ok(())
}

/// How many complaints the database holds (the backup and restore commands report it).
pub async fn complaint_count(db: &Db) -> Result<i64, StorageError> {
    Ok(
        sqlx::query_scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM complaints")
            .fetch_one(db.pool())
            .await?,
    )
}

fn sqlite_url(url: &str) -> Result<String, StorageError> {
    let path = url
        .trim_start_matches("sqlite:")
        .trim_start_matches("//")
        .split('?')
        .next()
        .unwrap_or_default();
    if let Some(parent) = std::path::Path::new(path).parent()
        && path != ":memory:"
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .map_err(|error| StorageError::Database(sqlx::Error::Io(error)))?;
    }
    Ok(if url.contains("mode=") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    })
}

/// The codes of the statuses a complaint is still handled in, quoted for an SQL `IN (…)`: from the
/// enum, never from a request.
pub(crate) fn open_status_list() -> String {
    crate::domain::status::Status::ALL
        .into_iter()
        .filter(|status| status.is_open())
        .map(|status| format!("'{}'", status.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Milliseconds since the Unix epoch, the form every instant is stored in.
pub(crate) fn to_millis(at: chrono::DateTime<chrono::Utc>) -> i64 {
    at.timestamp_millis()
}

/// The instant a stored millisecond count stands for.
pub(crate) fn from_millis(millis: i64) -> Result<chrono::DateTime<chrono::Utc>, StorageError> {
    chrono::DateTime::from_timestamp_millis(millis)
        .ok_or_else(|| StorageError::Corrupt(format!("timestamp {millis} out of range")))
}

/// Whether the link to the database is encrypted: PostgreSQL's word for this connection
/// (`pg_stat_ssl`); `None` for SQLite, a file with no link. Logged at start.
pub async fn link_is_encrypted(db: &Db) -> Result<Option<bool>, StorageError> {
    match db.backend() {
        Backend::Sqlite => Ok(None),
        Backend::Postgres => {
            let encrypted: bool =
                sqlx::query_scalar("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                    .fetch_one(db.pool())
                    .await?;
            Ok(Some(encrypted))
        }
    }
}

/// The generation of what the public pages show: one more after every write to a table they read
/// (the triggers of migration 0036), for the server's page cache.
pub async fn page_generation(db: &Db) -> Result<i64, StorageError> {
    let generation = sqlx::query_scalar("SELECT generation FROM page_generation WHERE id = 1")
        .fetch_one(db.pool())
        .await?;
    Ok(generation)
}

/// Whether the database answers a trivial query (`/readyz`).
pub async fn ping(db: &Db) -> Result<(), StorageError> {
    sqlx::query("SELECT 1").execute(db.pool()).await?;
    Ok(())
}
