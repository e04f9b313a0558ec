//! SOP profiles: each local government's time standards (mutu baku waktu) as data, and the one
//! function that turns a standard into a deadline.
//!
//! A profile lists the rows of its SOP table that carry a time, each mapped to a [`Step`] of the
//! portal. Several rows may map to one step (Trenggalek's agency works through four rows before
//! its answer reaches the desk); a step's deadline then runs through the rows one after another.
//! A step the SOP gives no time has no deadline (`None`).
//!
//! Deadlines of working days end at the end of the Nth working day after the start day
//! (23:59:59 in the start's time zone): the day work arrives does not count, weekends and
//! days off are skipped, and a complaint that arrives on a Saturday is due as if it arrived on
//! Friday evening. That matches how the SOPs count "3 hari kerja" and never gives an officer less
//! than N full working days. Working minutes and hours count only office hours
//! ([`OfficeHours`]): a Cilacap complaint filed on Saturday night is due 15 office minutes after
//! Monday's opening. Days, hours and minutes are wall-clock durations.
//!
//! The days off ([`days_off`]) are data: the desk keeps them in its database and the profile in
//! force reads them from there ([`crate::state::SopInForce`]); the profiles compiled here start
//! with the decree shipped with the portal.

mod calendar;
mod clock;
pub mod days_off;
mod document;
mod office_hours;
mod profile;
mod profiles;
mod reporter_waits;
mod retention;
mod standard;
mod step;
mod versions;

pub use calendar::*;
pub use clock::*;
pub use days_off::{DayOff, DayOffKind};
pub use document::*;
pub use office_hours::*;
pub use profile::*;
pub use profiles::*;
pub use reporter_waits::*;
pub use retention::*;
pub use standard::*;
pub use step::*;
pub use versions::*;

#[cfg(test)]
mod tests;
