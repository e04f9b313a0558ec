//! The use cases: what the site does, each written once, between the web edge (`handlers`,
//! `api`) and the rules and records below it (`domain`, `storage`). A use case takes the state
//! and what was asked, and does the whole of it.
//!
//! - [`filing`]: a complaint filed, from the web form, the desk's intake or Open311.
//! - [`photos`]: photos written to the blob store before the rows that name them.
//! - [`statistics`]: a period's public figures, built from the tallies and remembered.

pub mod filing;
pub mod photos;
pub mod statistics;
