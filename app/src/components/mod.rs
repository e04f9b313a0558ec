//! Pieces shared by several pages.

pub mod chart;
pub mod language;
pub mod layout;
pub mod photos;
