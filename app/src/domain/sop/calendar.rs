//! The office calendar: which days are working days, and which years it knows.

use super::days_off::{DayOff, DayOffKind};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How many days before a year the calendar does not know begins the desk is warned.
pub const WARN_DAYS_BEFORE: u64 = 56;

/// Which days count for working-day standards and office hours: Monday to Friday, except the
/// days off (national holidays, collective leave, the region's own holidays).
///
/// A year is *known* when it lists at least one national holiday: every year has some, so a year
/// without any is one whose decree nobody imported. Such a year still counts every weekday as a
/// working day (there is nothing else to go by), and the desk is warned
/// ([`Calendar::gap`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calendar {
    days_off: BTreeSet<NaiveDate>,
    years: BTreeSet<i32>,
}

/// A year the calendar does not know, near or already running.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarGap {
    /// The year.
    pub year: i32,
    /// Whether it has begun.
    pub running: bool,
}

impl Calendar {
    /// The calendar of `days`.
    pub fn new<'a>(days: impl IntoIterator<Item = &'a DayOff>) -> Calendar {
        let mut calendar = Calendar::default();
        for day in days {
            calendar.days_off.insert(day.date);
            if day.kind == DayOffKind::National {
                calendar.years.insert(day.date.year());
            }
        }
        calendar
    }

    /// Whether work is done on `date`.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !self.days_off.contains(&date)
    }

    /// Whether the days off of `year` were entered.
    pub fn knows(&self, year: i32) -> bool {
        self.years.contains(&year)
    }

    /// The years whose days off were entered.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.years.iter().copied()
    }

    /// The year the desk must be warned of on `today`: this year when the calendar does not
    /// know it, else next year when it begins within [`WARN_DAYS_BEFORE`] days and is unknown.
    pub fn gap(&self, today: NaiveDate) -> Option<CalendarGap> {
        if !self.knows(today.year()) {
            return Some(CalendarGap {
                year: today.year(),
                running: true,
            });
        }
        let soon = today.checked_add_days(Days::new(WARN_DAYS_BEFORE))?;
        (soon.year() > today.year() && !self.knows(soon.year())).then_some(CalendarGap {
            year: soon.year(),
            running: false,
        })
    }
}
