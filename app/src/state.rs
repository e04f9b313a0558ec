//! What every request handler and server function can reach: the database and the site options.

use crate::blobs::LocalBlobs;
use crate::domain::tracking_code::RegionPrefix;
use crate::personal_data::Protector;
use crate::storage::Db;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;

/// The application's shared state, cloned cheaply into each request.
#[derive(Clone, Debug)]
pub struct AppState {
    /// Where the built site is and what its files are called.
    pub leptos_options: LeptosOptions,
    /// The database.
    pub db: Db,
    /// Uploaded files (photos), in the data folder.
    pub blobs: LocalBlobs,
    /// Seals and hashes personal data.
    pub protector: Protector,
    /// The letters this desk's tracking codes start with.
    pub region_prefix: RegionPrefix,
    /// The desk's SOP: time standards and calendar.
    pub sop: std::sync::Arc<crate::domain::sop::SopProfile>,
    /// The desk's time zone.
    pub utc_offset: chrono::FixedOffset,
    /// Whether the site is served over HTTPS (see [`crate::settings::Settings::secure_cookies`]).
    pub secure_cookies: bool,
    /// What messages to reporters need (their links' base, the time zone).
    pub notifier: crate::storage::transitions::Notifier,
    /// The time, for the scheduler (tests set it).
    pub clock: std::sync::Arc<dyn crate::clock::Clock>,
    /// Where messages go: the gateway's webhook, or only the log.
    pub delivery: crate::notify::Delivery,
    /// Photo decodes allowed at once: each may take hundreds of MiB at the pixel limit.
    pub photo_permits: std::sync::Arc<tokio::sync::Semaphore>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
