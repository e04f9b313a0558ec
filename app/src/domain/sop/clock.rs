//! The clock a step is timed by: the SOP in force, read in the desk's time zone.

use super::SopProfile;
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

    /// When the step of `status`, entered at `at`, falls due.
    pub fn due(&self, status: Status, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.sop
            .status_deadline(status, at.with_timezone(&self.offset))
            .map(|due| due.with_timezone(&Utc))
    }
}
