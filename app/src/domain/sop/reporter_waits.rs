//! How long the portal waits for a reporter where the SOP's table gives no time: for their
//! confirmation of an answer, and for a returned complaint to be completed (Trenggalek's row 2c
//! returns what is incomplete, and says no more). Each wait is a first period, a reminder, and a
//! second period after which the complaint closes without answer.

use super::TimeStandard;
use serde::{Deserialize, Serialize};

/// One wait for the reporter: `first`, then a reminder, then `after_reminder` before it closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReporterWait {
    /// From the start of the wait to the reminder.
    pub first: TimeStandard,
    /// From the reminder to the closing.
    pub after_reminder: TimeStandard,
}

impl ReporterWait {
    /// Seven days, a reminder, seven more: Surabaya's confirmation window, the one SOP that
    /// times it, and the portal's default for waits the others leave open.
    pub const SEVEN_AND_SEVEN: ReporterWait = ReporterWait {
        first: TimeStandard::Days(7),
        after_reminder: TimeStandard::Days(7),
    };
}

/// The profile's waits for the reporter; `None` waits for ever, as a region may choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReporterWaits {
    /// For the confirmation of an answer, where the SOP's rows do not time it
    /// ([`super::Step::ReporterConfirmation`], [`super::Step::ReporterReminder`]).
    pub confirmation: Option<ReporterWait>,
    /// For a complaint returned as incomplete to be completed and sent again.
    pub completion: Option<ReporterWait>,
}

impl Default for ReporterWaits {
    fn default() -> ReporterWaits {
        ReporterWaits {
            confirmation: Some(ReporterWait::SEVEN_AND_SEVEN),
            completion: Some(ReporterWait::SEVEN_AND_SEVEN),
        }
    }
}
