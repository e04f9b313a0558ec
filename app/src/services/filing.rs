//! Filing a complaint, once for every way one arrives: the web form, the main desk's intake of
//! a complaint that came by WhatsApp, SMS or phone, and Open311 clients. The caller has parsed
//! the form into a [`NewComplaint`] and processed its photos; this checks the choices against the
//! desk's lists, answers a retried post with its first receipt, and stores the photos, then the
//! complaint, its first deadline and the reporter's acknowledgement, in that order.

use super::{notices, tallies};
use crate::domain::complaint::NewComplaint;
use crate::domain::field::{ErrorCode, Field, FieldError, FieldErrors};
use crate::domain::notice::Notice;
use crate::domain::sop::{Step, StepClock};
use crate::domain::tracking_code::TrackingCode;
use crate::i18n::Locale;
use crate::images::ProcessedPhoto;
use crate::personal_data::Protector;
use crate::state::AppState;
use crate::storage::officers::OfficerId;
use crate::storage::{StorageError, complaints, desk_lists, statistics};
use std::time::Duration;

/// How long a retry of the same post (its first answer lost on a weak signal) gets the same
/// receipt again, PIN included.
pub const RECEIPT_RETRY_WINDOW: Duration = Duration::from_secs(10 * 60);

/// How many times a new tracking code is drawn if the first is taken (35 random bits: never, in practice).
const CODE_ATTEMPTS: usize = 4;

/// One complaint to file.
#[derive(Clone, Copy)]
pub struct Filing<'a> {
    /// The complaint, parsed.
    pub complaint: &'a NewComplaint,
    /// The key a retry of the same post carries, if any.
    pub key: Option<&'a FilingKey<'a>>,
    /// Its photos, processed.
    pub photos: &'a [ProcessedPhoto],
    /// The reporter's language, for their messages.
    pub locale: Locale,
    /// The officer who entered it for a reporter who came by another channel.
    pub intake_officer: Option<OfficerId>,
    /// Whether the reporter hears the code and PIN through their channel rather than on a
    /// receipt page (the desk's intake, Open311).
    pub by_channel: bool,
    /// When it reached the desk by its own channel, if the desk's intake says so
    /// ([`crate::domain::complaint::parse_received`]): the complaint, its first step's clock
    /// and its tallies count from then. `None`: now.
    pub received_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The village the desk's intake placed it in (checked by the caller to be offered).
    pub village: Option<&'a str>,
}

/// A category or agency the desk does not (or no longer) offer, or a privacy notice it never
/// published.
pub async fn unknown_choices(
    state: &AppState,
    complaint: &NewComplaint,
) -> Result<FieldErrors, StorageError> {
    let mut errors = FieldErrors::new();
    if let Some(category) = complaint.category()
        && !desk_lists::is_category(&state.db, category.as_str()).await?
    {
        errors.push(FieldError::new(Field::Category, ErrorCode::InvalidChoice));
    }
    if let Some(agency) = complaint.agency()
        && !desk_lists::is_agency(&state.db, agency.as_str()).await?
    {
        errors.push(FieldError::new(Field::Agency, ErrorCode::InvalidChoice));
    }
    let published = crate::storage::privacy_notices::latest_version(&state.db).await?;
    if published.is_none_or(|latest| complaint.privacy_notice() > latest) {
        errors.push(FieldError::new(
            Field::PrivacyNotice,
            ErrorCode::InvalidChoice,
        ));
    }
    Ok(errors)
}

/// A complaint on record, the PIN for its receipt and the filer's access cookie for tracking it.
pub struct Filed {
    /// Its tracking code.
    pub code: TrackingCode,
    /// The reporter's PIN, shown once; `None` for a retry after [`RECEIPT_RETRY_WINDOW`].
    pub pin: Option<String>,
    /// The receipt cookie's sealed value, with the PIN.
    pub receipt: Option<String>,
    /// The `Set-Cookie` value that lets the filer's browser follow the complaint without the PIN.
    pub access_cookie: Option<String>,
}

impl Filed {
    fn new(state: &AppState, code: TrackingCode, pin: String) -> Filed {
        let pin_hash = state.protector.pin_hash(code.as_str(), &pin);
        let access_cookie =
            crate::auth::reporter::access_cookie(state, &code, &pin_hash, chrono::Utc::now());
        let receipt = state
            .protector
            .seal_receipt(code.as_str(), &pin)
            .map_err(|error| tracing::error!(%error, "receipt cannot be sealed"))
            .ok();
        Filed {
            code,
            pin: Some(pin),
            receipt,
            access_cookie: Some(access_cookie),
        }
    }
}

/// The key a filing is stored under, so that a retry of the same post finds it.
pub enum FilingKey<'a> {
    /// The browser's submission key, stored only as a keyed hash: a copy of the database gives
    /// no key to replay.
    Browser(String),
    /// An Open311 token: a public handle for `GET tokens/{token}`, never a key for a retry.
    Token(&'a str),
}

impl FilingKey<'_> {
    /// The filing key of a browser's submission key.
    pub fn browser(state: &AppState, key: &str) -> FilingKey<'static> {
        FilingKey::Browser(state.protector.pseudonym(&format!("submission-key:{key}")))
    }

    fn stored(&self) -> &str {
        match self {
            FilingKey::Browser(hash) => hash,
            FilingKey::Token(token) => token,
        }
    }
}

/// The receipt an earlier post with the same browser key got: the same code and PIN within
/// [`RECEIPT_RETRY_WINDOW`], the code alone after it. Never a new PIN.
pub async fn retried(state: &AppState, key: &FilingKey<'_>) -> Result<Option<Filed>, FilingError> {
    let FilingKey::Browser(stored) = key else {
        return Ok(None);
    };
    let Some(found) = complaints::retried_filing(&state.db, stored, chrono::Utc::now()).await?
    else {
        return Ok(None);
    };
    Ok(Some(match found.sealed_pin {
        Some(sealed) => {
            let pin = String::from_utf8(state.protector.open_secret(&sealed)?)
                .map_err(|_| crate::personal_data::ProtectionError::Unsealable)?;
            Filed::new(state, found.code, pin)
        }
        None => Filed {
            code: found.code,
            pin: None,
            receipt: None,
            access_cookie: None,
        },
    }))
}

/// Files a complaint: writes the photos, then the complaint. Photos first: a complaint on record always has its
/// photos on disk; a crash between the two leaves only unreferenced files (named by content, so
/// never a half-written one under a referenced name). A complaint that came by another channel
/// (`by_channel`: entered by an officer, or by a machine client) acknowledges the code and PIN
/// through it.
pub async fn file(state: &AppState, filing: &Filing<'_>) -> Result<Filed, FilingError> {
    let Filing {
        complaint,
        key: filing_key,
        photos,
        locale,
        intake_officer,
        by_channel,
        received_at,
        village,
    } = *filing;
    let records = super::photos::store(state, photos).await?;
    let protector = &state.protector;
    let nik = protector.seal_nik(complaint.nik())?;
    let verification = {
        let standards: Vec<String> = state
            .sop
            .get()
            .standards(Step::Verification)
            .iter()
            .map(|standard| standard.describe(locale))
            .collect();
        (!standards.is_empty()).then(|| standards.join(" + "))
    };
    let clock = state.step_clock();
    let sop = clock.sop.pin();
    for _ in 0..CODE_ATTEMPTS {
        let code = new_tracking_code(state)?;
        let pin = Protector::new_pin()?;
        let pin_hash = protector.pin_hash(code.as_str(), &pin);
        // Only a browser retries the same post; its receipt waits, sealed, for a few minutes.
        let sealed_pin = match filing_key {
            Some(FilingKey::Browser(_)) => Some(protector.seal_secret(pin.as_bytes())?),
            _ => None,
        };
        let entered_at = chrono::Utc::now();
        let now = received_at.unwrap_or(entered_at);
        // A reporter who came by another channel gets the code and PIN through it; the outbox
        // keeps the PIN sealed and only until the message is sent.
        let acknowledgement = Notice::Received {
            verification: verification.clone(),
            pin: by_channel.then(|| crate::storage::outbox::SECRET_PLACEHOLDER.to_owned()),
        };
        let acknowledgement_secret = if by_channel {
            Some(protector.seal_secret(pin.as_bytes())?)
        } else {
            None
        };
        let filing = complaints::Filing {
            complaint,
            code: &code,
            submission_key: filing_key.map(FilingKey::stored),
            receipt: sealed_pin.as_deref().map(|sealed| {
                (
                    sealed,
                    now + chrono::Duration::from_std(RECEIPT_RETRY_WINDOW)
                        .expect("minutes fit a chrono duration"),
                )
            }),
            pin_hash: &pin_hash,
            nik: &nik,
            photos: &records,
            locale,
            filed_on: clock.day(now),
            district: None,
            village,
            intake_officer,
            entered_at: received_at.is_some().then_some(entered_at),
            sop: &sop,
        };
        let stored = store(
            state,
            &clock,
            &filing,
            &acknowledgement,
            acknowledgement_secret.as_deref(),
            now,
        );
        match stored.await {
            Ok(()) => {
                crate::monitoring::count_filing_accepted();
                return Ok(Filed::new(state, code, pin));
            }
            Err(StorageError::Conflict) => {
                // Either the same key won a race with this post, or the code was taken.
                if let Some(key) = filing_key
                    && let Some(filed) = retried(state, key).await?
                {
                    return Ok(filed);
                }
            }
            Err(error) => return Err(error.into()),
        }
    }
    Err(FilingError::NoFreeCode)
}

/// Stores the complaint in the district its location falls in, starts its first step's clock, counts it and queues the reporter's
/// acknowledgement (`sealed_secret`: the PIN its placeholder stands for, sealed), in one
/// transaction: either all of it is on disk when this returns `Ok`, or none of it is.
async fn store(
    state: &AppState,
    clock: &StepClock,
    filing: &complaints::Filing<'_>,
    acknowledgement: &Notice,
    sealed_secret: Option<&[u8]>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), StorageError> {
    let mut tx = state.db.begin().await?;
    let district = statistics::district_of(&mut tx, filing.complaint.location()).await?;
    let filing = complaints::Filing {
        district: district.as_deref(),
        ..*filing
    };
    let id = complaints::insert(&mut tx, &filing, now).await?;
    tallies::count_filing(&mut tx, id, clock, (now, filing.entered_at)).await?;
    let notifier = &state.notifier;
    let code = filing.code;
    notices::tell_reporter(
        &mut tx,
        notifier,
        id,
        code,
        acknowledgement,
        sealed_secret,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

fn new_tracking_code(state: &AppState) -> Result<TrackingCode, FilingError> {
    let mut bytes = [0u8; TrackingCode::RANDOM_BYTES];
    getrandom::fill(&mut bytes).map_err(|_| crate::personal_data::ProtectionError::Random)?;
    Ok(TrackingCode::from_random_bytes(
        &state.region_prefix,
        &bytes,
    ))
}

/// Why an accepted complaint could not be stored: never the citizen's fault, never shown in detail.
#[derive(Debug, thiserror::Error)]
pub enum FilingError {
    /// The database failed.
    #[error("storage: {0}")]
    Storage(#[from] StorageError),
    /// The photo store failed.
    #[error("photo store: {0}")]
    Blob(#[from] std::io::Error),
    /// Sealing or hashing failed.
    #[error("protection: {0}")]
    Protection(#[from] crate::personal_data::ProtectionError),
    /// Every tracking code drawn was taken.
    #[error("no free tracking code after {CODE_ATTEMPTS} attempts")]
    NoFreeCode,
}
