//! Moments as Indonesian readers expect them: day first, and the time zone by its name.

use super::Locale;
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

/// A month's name (1 = January) in the reader's language.
pub fn month_name(month: u32, locale: Locale) -> &'static str {
    const ID: [&str; 12] = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let index = (month.clamp(1, 12) - 1) as usize;
    match locale {
        Locale::Id => ID[index],
        Locale::En => EN[index],
    }
}
