//! The clock a step is timed by: the SOP in force, read in the desk's time zone.

use super::{ProfileVersions, SopPin, SopProfile, Step};
use crate::domain::status::Status;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use std::sync::Arc;

/// The clock a transition is timed by: the desk's time zone and SOP.
#[derive(Clone, Debug)]
pub struct StepClock {
    /// The SOP in force, or the version a complaint was filed under ([`StepClock::pinned`]).
    pub sop: Arc<SopProfile>,
    /// The desk's time zone.
    pub offset: FixedOffset,
    /// Every version the desk knows, to time a complaint by its own.
    pub versions: Arc<ProfileVersions>,
}

impl StepClock {
    /// A clock of `sop` alone, in `offset`.
    pub fn new(sop: SopProfile, offset: FixedOffset) -> StepClock {
        StepClock {
            sop: Arc::new(sop),
            offset,
            versions: Arc::default(),
        }
    }

    /// The clock of a complaint filed under `pin`: that version when the desk knows it, else
    /// the SOP in force (complaints filed before versions were kept have none).
    pub fn pinned(&self, pin: Option<&SopPin>) -> StepClock {
        let sop = pin
            .and_then(|pin| self.versions.get(pin))
            .unwrap_or(&self.sop)
            .clone();
        StepClock {
            sop,
            ..self.clone()
        }
    }

    /// The desk's date of `at`.
    pub fn day(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.offset).date_naive()
    }

    /// The step that times a complaint's way from its channel into the portal, and when it
    /// falls due for one that arrived `at` ([`SopProfile::intake_step`]).
    pub fn intake_due(&self, at: DateTime<Utc>) -> Option<(Step, DateTime<Utc>)> {
        let step = self.sop.intake_step()?;
        let due = self.sop.deadline(step, at.with_timezone(&self.offset))?;
        Some((step, due.with_timezone(&Utc)))
    }

    /// When the step of `status`, entered at `at`, falls due.
    pub fn due(&self, status: Status, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.sop
            .status_deadline(status, at.with_timezone(&self.offset))
            .map(|due| due.with_timezone(&Utc))
    }
}
