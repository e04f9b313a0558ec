//! The time standards (mutu baku waktu) of an SOP's rows, and the deadline each gives from a
//! start.

use super::{Calendar, OfficeHours};
use crate::i18n::{Locale, Text};
use chrono::{DateTime, Days, Duration, FixedOffset, NaiveTime};
use serde::{Deserialize, Serialize};

/// The most working days a standard may span; longer ones (a typo, a corrupt row) have no
/// deadline rather than a loop over decades.
pub const MAX_WORKING_DAYS: u32 = 3_660;

/// A time standard from an SOP table. Each says whether its clock stops outside office hours:
/// working days and working minutes or hours count only the office's time; days, hours and
/// minutes run on the wall clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "unit", content = "amount", rename_all = "snake_case")]
pub enum TimeStandard {
    /// "N hari kerja": working days of the calendar, each ending at midnight.
    WorkingDays(u32),
    /// "N hari": calendar days of 24 hours.
    Days(u32),
    /// "N jam" or "N×24 jam" on the wall clock.
    Hours(u32),
    /// "N menit" on the wall clock.
    Minutes(u32),
    /// N hours of office time: the clock stops outside office hours, weekends and days off.
    WorkingHours(u32),
    /// N minutes of office time: the clock stops outside office hours, weekends and days off.
    WorkingMinutes(u32),
}

impl TimeStandard {
    /// The standard as the SOPs write it: "3 hari kerja", "1×24 jam" is "24 jam"; in English
    /// one of a unit is singular ("1 day", "2 days").
    pub fn describe(&self, locale: Locale) -> String {
        let (amount, one, many) = match self {
            TimeStandard::WorkingDays(n) => (
                *n,
                Text::new("hari kerja", "working day"),
                Text::new("hari kerja", "working days"),
            ),
            TimeStandard::Days(n) => (*n, Text::new("hari", "day"), Text::new("hari", "days")),
            TimeStandard::Hours(n) => (*n, Text::new("jam", "hour"), Text::new("jam", "hours")),
            TimeStandard::Minutes(n) => (
                *n,
                Text::new("menit", "minute"),
                Text::new("menit", "minutes"),
            ),
            TimeStandard::WorkingHours(n) => (
                *n,
                Text::new("jam dalam jam kerja", "office hour"),
                Text::new("jam dalam jam kerja", "office hours"),
            ),
            TimeStandard::WorkingMinutes(n) => (
                *n,
                Text::new("menit dalam jam kerja", "office minute"),
                Text::new("menit dalam jam kerja", "office minutes"),
            ),
        };
        let unit = if amount == 1 { one } else { many };
        format!("{amount} {}", unit.get(locale))
    }

    /// The standard `text` writes as the SOPs do, the inverse of [`TimeStandard::describe`]:
    /// a whole number and a unit, in Indonesian ("3 hari kerja", "1 hari", "24 jam", "15 menit",
    /// "4 jam dalam jam kerja", "15 menit dalam jam kerja") or English ("3 working days",
    /// "1 day", "15 office minutes"); `None` for anything else.
    pub fn parse(text: &str) -> Option<TimeStandard> {
        let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
        let (amount, unit) = words.split_first()?;
        let amount: u32 = amount.parse().ok()?;
        let unit: Vec<&str> = unit.iter().map(String::as_str).collect();
        let make: fn(u32) -> TimeStandard = match unit.as_slice() {
            ["hari", "kerja"] | ["working", "day" | "days"] => TimeStandard::WorkingDays,
            ["hari"] | ["day" | "days"] => TimeStandard::Days,
            ["jam"] | ["hour" | "hours"] => TimeStandard::Hours,
            ["menit"] | ["minute" | "minutes"] => TimeStandard::Minutes,
            ["jam", "dalam", "jam", "kerja"] | ["office", "hour" | "hours"] => {
                TimeStandard::WorkingHours
            }
            ["menit", "dalam", "jam", "kerja"] | ["office", "minute" | "minutes"] => {
                TimeStandard::WorkingMinutes
            }
            _ => return None,
        };
        Some(make(amount))
    }

    /// Whether the clock stops outside office hours.
    pub const fn stops_outside_office_hours(self) -> bool {
        matches!(
            self,
            TimeStandard::WorkingDays(_)
                | TimeStandard::WorkingHours(_)
                | TimeStandard::WorkingMinutes(_)
        )
    }

    /// The moment this standard, started at `start`, runs out on `calendar` and in
    /// `office_hours`; `None` when it does not fit in a date (or exceeds
    /// [`MAX_WORKING_DAYS`]).
    pub fn after(
        self,
        start: DateTime<FixedOffset>,
        calendar: &Calendar,
        office_hours: &OfficeHours,
    ) -> Option<DateTime<FixedOffset>> {
        let wall_clock = |duration: Duration| start.checked_add_signed(duration);
        let office_time = |duration: Duration| office_hours.after(start, duration, calendar);
        match self {
            TimeStandard::WorkingDays(n) => end_of_nth_working_day(start, n, calendar),
            TimeStandard::Days(n) => wall_clock(Duration::try_days(i64::from(n))?),
            TimeStandard::Hours(n) => wall_clock(Duration::try_hours(i64::from(n))?),
            TimeStandard::Minutes(n) => wall_clock(Duration::try_minutes(i64::from(n))?),
            TimeStandard::WorkingHours(n) => office_time(Duration::try_hours(i64::from(n))?),
            TimeStandard::WorkingMinutes(n) => office_time(Duration::try_minutes(i64::from(n))?),
        }
    }
}

/// 23:59:59 on the `n`th working day after the day of `start`, in `start`'s time zone. With
/// `n == 0`, the end of the start day.
pub(super) fn end_of_nth_working_day(
    start: DateTime<FixedOffset>,
    n: u32,
    calendar: &Calendar,
) -> Option<DateTime<FixedOffset>> {
    if n > MAX_WORKING_DAYS {
        return None;
    }
    let mut date = start.date_naive();
    let mut counted = 0;
    while counted < n {
        date = date.checked_add_days(Days::new(1))?;
        if calendar.is_working_day(date) {
            counted += 1;
        }
    }
    let end_of_day = NaiveTime::from_hms_opt(23, 59, 59)?;
    date.and_time(end_of_day)
        .and_local_timezone(*start.offset())
        .single()
}
