//! Pieces shared by several pages.

pub mod chart;
pub mod facts;
pub mod language;
pub mod layout;
pub mod photos;
pub mod privacy;
pub mod satisfaction;
