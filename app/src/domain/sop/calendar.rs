//! Working days and holidays, the time standards, and the deadline a standard gives from a start.

use crate::i18n::{Locale, Text};
use chrono::{DateTime, Datelike, Days, Duration, FixedOffset, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// The most working days a standard may span; longer ones (a typo, a corrupt row) have no
/// deadline rather than a loop over decades.
pub const MAX_WORKING_DAYS: u32 = 3_660;

/// Indonesia's national holidays (hari libur nasional) of 2026, after the joint decree of three
/// ministers (SKB 3 Menteri) on the 2026 holidays. The Islamic dates follow the government's
/// hisab and may move by a day after the isbat session; cuti bersama (collective leave) is not
/// included. Check against the decree and update each year.
pub const NATIONAL_HOLIDAYS_2026: [(i32, u32, u32); 17] = [
    (2026, 1, 1),   // Tahun Baru Masehi
    (2026, 1, 16),  // Isra Mikraj Nabi Muhammad SAW
    (2026, 2, 17),  // Tahun Baru Imlek 2577
    (2026, 3, 19),  // Hari Suci Nyepi, Tahun Baru Saka 1948
    (2026, 3, 20),  // Idulfitri 1447 H
    (2026, 3, 21),  // Idulfitri 1447 H
    (2026, 4, 3),   // Wafat Yesus Kristus
    (2026, 4, 5),   // Kebangkitan Yesus Kristus (Paskah)
    (2026, 5, 1),   // Hari Buruh Internasional
    (2026, 5, 14),  // Kenaikan Yesus Kristus
    (2026, 5, 27),  // Iduladha 1447 H
    (2026, 5, 31),  // Hari Raya Waisak 2570 BE
    (2026, 6, 1),   // Hari Lahir Pancasila
    (2026, 6, 16),  // Tahun Baru Islam 1448 H
    (2026, 8, 17),  // Hari Kemerdekaan Republik Indonesia
    (2026, 8, 25),  // Maulid Nabi Muhammad SAW
    (2026, 12, 25), // Hari Raya Natal
];

/// [`NATIONAL_HOLIDAYS_2026`] as dates.
pub fn national_holidays_2026() -> Vec<NaiveDate> {
    NATIONAL_HOLIDAYS_2026
        .iter()
        .filter_map(|&(year, month, day)| NaiveDate::from_ymd_opt(year, month, day))
        .collect()
}

/// Which days count for working-day standards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Calendar {
    /// Monday to Friday, except the listed holidays: the office calendar of the civil service.
    WorkingDays {
        /// Days off on weekdays (national holidays, local holidays, cuti bersama as decided).
        holidays: Vec<NaiveDate>,
    },
    /// Every day counts: for desks staffed every day. A working day is then 24 hours.
    WallClock,
}

impl Calendar {
    /// Whether work is done on `date`.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        match self {
            Calendar::WorkingDays { holidays } => {
                !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&date)
            }
            Calendar::WallClock => true,
        }
    }
}

/// A time standard (mutu baku waktu) from an SOP table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "unit", content = "amount", rename_all = "snake_case")]
pub enum TimeStandard {
    /// "N hari kerja": working days of the profile's calendar.
    WorkingDays(u32),
    /// "N hari": calendar days of 24 hours.
    Days(u32),
    /// "N jam" or "N×24 jam".
    Hours(u32),
    /// "N menit".
    Minutes(u32),
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
        };
        let unit = if amount == 1 { one } else { many };
        format!("{amount} {}", unit.get(locale))
    }

    /// The moment this standard, started at `start`, runs out on `calendar`; `None` when it does
    /// not fit in a date (or exceeds [`MAX_WORKING_DAYS`]).
    pub(super) fn after(
        self,
        start: DateTime<FixedOffset>,
        calendar: &Calendar,
    ) -> Option<DateTime<FixedOffset>> {
        let wall_clock = |duration: Duration| start.checked_add_signed(duration);
        match (self, calendar) {
            (TimeStandard::WorkingDays(n), Calendar::WorkingDays { .. }) => {
                end_of_nth_working_day(start, n, calendar)
            }
            (TimeStandard::WorkingDays(n) | TimeStandard::Days(n), _) => {
                wall_clock(Duration::try_days(i64::from(n))?)
            }
            (TimeStandard::Hours(n), _) => wall_clock(Duration::try_hours(i64::from(n))?),
            (TimeStandard::Minutes(n), _) => wall_clock(Duration::try_minutes(i64::from(n))?),
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
