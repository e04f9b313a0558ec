//! Moments as Indonesian readers expect them: day first, and the time zone by its name.

use chrono::{DateTime, FixedOffset};

/// The time zone's Indonesian name (WIB, WITA, WIT), else `UTC+hh:mm`.
pub fn zone_name(offset: &FixedOffset) -> String {
    match offset.local_minus_utc() {
        25_200 => "WIB".to_owned(),
        28_800 => "WITA".to_owned(),
        32_400 => "WIT".to_owned(),
        _ => format!("UTC{offset}"),
    }
}

/// A moment as the tracking page shows it: `23-11-2026 14:05 WIB`.
pub fn format_moment(at: &DateTime<FixedOffset>) -> String {
    format!("{} {}", at.format("%d-%m-%Y %H:%M"), zone_name(at.offset()))
}
