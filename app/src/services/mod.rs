//! The use cases: what the site does, each written once, between the web edge (`handlers`,
//! `api`) and the rules and records below it (`domain`, `storage`). A use case takes the state
//! and what was asked, opens the transaction, applies the rules and writes the rows, the
//! statistics' tallies and the messages it announces, all or nothing.
//!
//! - [`filing`]: a complaint filed, from the web form, the desk's intake or Open311.
//! - [`act`]: a step on a complaint (an officer's, the reporter's answer, the scheduler's
//!   closing) and the records officers add beside the status machine.
//! - [`reminders`]: the reminders sent once per wait.
//! - [`scheduler`]: the round that sends reminders, closes unanswered complaints and delivers
//!   the outbox.
//! - [`notices`]: who is told what, queued with the change it announces.
//! - [`tallies`]: the statistics' tallies moved with each filing and step.
//! - [`photos`]: photos written to the blob store before the rows that name them.
//! - [`retention`]: finished complaints anonymised once their profile's retention has passed.
//! - [`statistics`]: a period's public figures, built from the tallies and remembered.

pub mod act;
pub mod erasure;
pub mod filing;
pub mod notices;
pub mod photos;
pub mod reminders;
pub mod retention;
pub mod satisfaction;
pub mod scheduler;
pub mod statistics;
pub mod tallies;
