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
            versions: self.sop.versions(),
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
/// 20,000 complaints: the page managed 10 a second at 64 readers), and the lock under which one
/// answer is built at a time.
#[derive(Clone, Debug, Default)]
pub struct StatisticsCache {
    pub(crate) answers: Arc<Mutex<HashMap<(Period, NaiveDate), CachedStatistics>>>,
    pub(crate) building: Arc<tokio::sync::Mutex<()>>,
    pub(crate) builds: Arc<std::sync::atomic::AtomicU64>,
}

impl StatisticsCache {
    /// How many answers were built since the server started.
    pub fn builds(&self) -> u64 {
        self.builds.load(std::sync::atomic::Ordering::Relaxed)
    }
}

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

/// The SOP profile in force, shared by every request and the scheduler, and every version of
/// every profile the desk keeps: the system administrator may put another in force or import
/// a new version while the server runs, and a complaint stays timed by the version it was filed
/// under.
#[derive(Clone, Debug)]
pub struct SopInForce(Arc<RwLock<InForce>>);

#[derive(Debug)]
struct InForce {
    current: Arc<SopProfile>,
    versions: Arc<crate::domain::sop::ProfileVersions>,
}

impl SopInForce {
    /// Starts with `profile`.
    pub fn new(profile: SopProfile) -> SopInForce {
        let current = Arc::new(profile);
        let mut versions = crate::domain::sop::ProfileVersions::default();
        versions.insert(current.clone());
        SopInForce(Arc::new(RwLock::new(InForce {
            current,
            versions: Arc::new(versions),
        })))
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, InForce> {
        // A poisoned lock still holds whole values: writers only swap pointers.
        self.0
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The profile in force now.
    pub fn get(&self) -> Arc<SopProfile> {
        self.read().current.clone()
    }

    /// Every version the desk knows.
    pub fn versions(&self) -> Arc<crate::domain::sop::ProfileVersions> {
        self.read().versions.clone()
    }

    /// The version a complaint filed under `pin` is timed by: that one when known, else the
    /// profile in force.
    pub fn pinned(&self, pin: Option<&crate::domain::sop::SopPin>) -> Arc<SopProfile> {
        let in_force = self.read();
        pin.and_then(|pin| in_force.versions.get(pin))
            .unwrap_or(&in_force.current)
            .clone()
    }

    /// Puts `profile` in force in this instance, as the version its pin names.
    pub fn set(&self, profile: SopProfile) {
        let current = Arc::new(profile);
        let mut in_force = self
            .0
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut versions = (*in_force.versions).clone();
        versions.insert(current.clone());
        *in_force = InForce {
            current,
            versions: Arc::new(versions),
        };
    }

    /// Follows `db`: every version of every profile kept there, each with the days off kept
    /// for its id, and in force the latest version of the profile the administrator chose
    /// (else of the one in force). A version or a choice the portal cannot read is logged and
    /// left out; without a readable one, the profile in force stays.
    pub async fn refresh(&self, db: &Db) -> Result<(), crate::storage::StorageError> {
        use crate::domain::sop::{Calendar, ProfileDocument, ProfileVersions};
        let current = self.get();
        let chosen = crate::storage::desk_settings::sop_profile(db)
            .await?
            .unwrap_or_else(|| current.id.clone());
        let mut calendars: std::collections::BTreeMap<String, Calendar> = Default::default();
        let mut versions = ProfileVersions::default();
        let mut latest: Option<Arc<SopProfile>> = None;
        for stored in crate::storage::sop_profiles::all(db).await? {
            if !calendars.contains_key(&stored.id) {
                let days = crate::storage::days_off::list(db, &stored.id).await?;
                calendars.insert(stored.id.clone(), Calendar::new(&days));
            }
            let calendar = calendars.get(&stored.id).cloned().unwrap_or_default();
            let read = ProfileDocument::from_toml(&stored.document)
                .map_err(|problem| vec![problem])
                .and_then(|document| document.into_profile(calendar));
            match read {
                Ok(mut profile) => {
                    profile.version = stored.version;
                    let profile = Arc::new(profile);
                    if profile.id == chosen {
                        latest = Some(profile.clone());
                    }
                    versions.insert(profile);
                }
                Err(problems) => tracing::error!(
                    id = stored.id,
                    version = stored.version,
                    problems = problems.len(),
                    "a stored SOP profile cannot be read; left out"
                ),
            }
        }
        let current = match latest {
            Some(profile) => profile,
            None => {
                let days = crate::storage::days_off::list(db, &chosen).await?;
                let fallback = crate::domain::sop::profile_by_id(&chosen).unwrap_or_else(|| {
                    tracing::error!(
                        id = chosen,
                        "the chosen SOP profile is unknown; keeping the one in force"
                    );
                    (*current).clone()
                });
                let profile = Arc::new(SopProfile {
                    calendar: Calendar::new(&days),
                    ..fallback
                });
                versions.insert(profile.clone());
                profile
            }
        };
        *self
            .0
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = InForce {
            current,
            versions: Arc::new(versions),
        };
        Ok(())
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
