//! What every request handler and server function can reach: the database and the site options.

use crate::blobs::Blobs;
use crate::domain::period::Period;
use crate::domain::public_statistics::PublicStatistics;
use crate::domain::sop::SopProfile;
use crate::domain::tracking_code::RegionPrefix;
use crate::personal_data::Protector;
use crate::storage::Db;
use axum::extract::FromRef;
use chrono::NaiveDate;
use leptos::config::LeptosOptions;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

/// The application's shared state, cloned cheaply into each request.
#[derive(Clone, Debug)]
pub struct AppState {
    /// Where the built site is and what its files are called.
    pub leptos_options: LeptosOptions,
    /// The built browser files' names (content-hashed after `build_site`).
    pub assets: Arc<crate::assets::Assets>,
    /// Recent public statistics (see [`crate::services::statistics::published`]).
    pub statistics_cache: StatisticsCache,
    /// The database.
    pub db: Db,
    /// Uploaded files (photos): the data folder, or a shared object store.
    pub blobs: Blobs,
    /// Seals and hashes personal data.
    pub protector: Protector,
    /// The letters this desk's tracking codes start with.
    pub region_prefix: RegionPrefix,
    /// The desk's SOP in force: time standards and calendar.
    pub sop: SopInForce,
    /// The desk's time zone.
    pub utc_offset: chrono::FixedOffset,
    /// Whether the site is served over HTTPS (see [`crate::settings::Settings::secure_cookies`]).
    pub secure_cookies: bool,
    /// What messages to reporters need (their links' base, the time zone).
    pub notifier: crate::domain::notice::Notifier,
    /// The time, for the scheduler (tests set it).
    pub clock: std::sync::Arc<dyn crate::clock::Clock>,
    /// Where messages go: the gateway's webhook, or only the log.
    pub delivery: crate::notify::Delivery,
    /// How many runtime workers the watchdog finds stuck (`/readyz`).
    pub liveness: crate::watchdog::Liveness,
    /// The reverse proxies whose forwarded header names the client.
    pub trusted_proxies: crate::settings::TrustedProxies,
    /// Photo decodes allowed at once: each may take hundreds of MiB at the pixel limit.
    pub photo_permits: std::sync::Arc<tokio::sync::Semaphore>,
    /// When the scheduler last finished a round here (`/readyz`, `/metrics`).
    pub scheduler_beat: SchedulerBeat,
}

/// The scheduler's pulse in this process: whether it runs here, and when its last round ended.
#[derive(Clone, Debug, Default)]
pub struct SchedulerBeat(Arc<Mutex<Option<std::time::Instant>>>);

impl SchedulerBeat {
    /// The scheduler starts here: its lag counts from now until its first round ends.
    pub fn start(&self) {
        self.beat();
    }

    /// A round ended.
    pub fn beat(&self) {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(std::time::Instant::now());
    }

    /// How long since the last round ended (or the scheduler started); `None` when it does not
    /// run in this process.
    pub fn lag(&self) -> Option<std::time::Duration> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .map(|at| at.elapsed())
    }
}

impl AppState {
    /// The SOP in force and the desk's time zone, to time a filing or a transition by.
    pub fn step_clock(&self) -> crate::domain::sop::StepClock {
        crate::domain::sop::StepClock {
            sop: self.sop.get(),
            offset: self.utc_offset,
        }
    }

    /// Today in the desk's time zone, by the application's clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock
            .now()
            .with_timezone(&self.utc_offset)
            .date_naive()
    }

    /// This year in the desk's time zone, by the application's clock.
    pub fn this_year(&self) -> i32 {
        use chrono::Datelike;
        self.today().year()
    }
}

/// Recent answers of [`crate::services::statistics::build`], by period and the day they were
/// built on, so a busy statistics page does not sum a year of tallies for every reader (60 ms at
/// 20,000 complaints: the page managed 10 a second at 64 readers).
#[derive(Clone, Debug, Default)]
pub struct StatisticsCache(pub(crate) Arc<Mutex<HashMap<(Period, NaiveDate), CachedStatistics>>>);

/// One remembered answer.
#[derive(Clone, Debug)]
pub(crate) struct CachedStatistics {
    /// The last timeline entry when it was built.
    pub(crate) last_change: i64,
    /// When it was built.
    pub(crate) built: std::time::Instant,
    /// The answer.
    pub(crate) statistics: PublicStatistics,
}

/// The SOP profile in force: the one the system administrator chose (kept in the database, so
/// every instance follows within a scheduler round), else the configured one. Cheap to clone.
#[derive(Clone, Debug)]
pub struct SopInForce(Arc<RwLock<Arc<SopProfile>>>);

impl SopInForce {
    /// Starts with `profile`.
    pub fn new(profile: SopProfile) -> SopInForce {
        SopInForce(Arc::new(RwLock::new(Arc::new(profile))))
    }

    /// The profile in force now.
    pub fn get(&self) -> Arc<SopProfile> {
        // A poisoned lock still holds a whole profile: writers only swap the pointer.
        self.0
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Puts `profile` in force in this instance.
    pub fn set(&self, profile: SopProfile) {
        *self
            .0
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(profile);
    }

    /// Follows `db`: the profile the administrator chose (else the one in force), in the latest
    /// version stored for it, with the days off kept there for it. A choice or a document the
    /// portal cannot read is logged and the profile in force kept.
    pub async fn refresh(&self, db: &Db) -> Result<(), crate::storage::StorageError> {
        use crate::domain::sop::{Calendar, ProfileDocument};
        let current = self.get();
        let id = crate::storage::desk_settings::sop_profile(db)
            .await?
            .unwrap_or_else(|| current.id.clone());
        let days = crate::storage::days_off::list(db, &id).await?;
        let calendar = Calendar::new(&days);
        let stored = crate::storage::sop_profiles::latest_of(db, &id).await?;
        let read = match stored {
            Some(stored) => ProfileDocument::from_toml(&stored.document)
                .map_err(|problem| vec![problem])
                .and_then(|document| document.into_profile(calendar.clone()))
                .map_err(|problems| {
                    tracing::error!(
                        id,
                        version = stored.version,
                        problems = problems.len(),
                        "the stored SOP profile cannot be read; keeping the one in force"
                    );
                }),
            None => crate::domain::sop::profile_by_id(&id).ok_or_else(|| {
                tracing::error!(
                    id,
                    "the chosen SOP profile is unknown; keeping the one in force"
                );
            }),
        };
        let profile = match read {
            Ok(mut profile) => {
                profile.calendar = calendar;
                profile
            }
            Err(()) => (*current).clone(),
        };
        if profile != *current {
            self.set(profile);
        }
        Ok(())
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
