//! The use cases: what the site does, each written once, between the web edge (`handlers`,
//! `api`) and the rules and records below it (`domain`, `storage`). A use case takes the state
//! and what was asked, and does the whole of it.
//!
//! - [`statistics`]: a period's public figures, built from the tallies and remembered.

pub mod statistics;
