//! The clock a step is timed by: the SOP in force, read in the desk's time zone.

use super::{SopProfile, Step};
use crate::domain::status::Status;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// The clock a transition is timed by: the desk's time zone and SOP.
#[derive(Clone, Debug)]
pub struct StepClock {
    /// The SOP in force.
    pub sop: std::sync::Arc<SopProfile>,
    /// The desk's time zone.
    pub offset: FixedOffset,
}

impl StepClock {
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
