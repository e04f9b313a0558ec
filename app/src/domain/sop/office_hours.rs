//! Office hours (jam kerja): when the desk and the agencies work on a working day, and the walk
//! through them that times standards of minutes and hours whose clock stops outside them.

use super::Calendar;
use chrono::{DateTime, Datelike, Days, Duration, FixedOffset, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// The most days an office-time walk looks ahead for its minutes: a year of the longest standard
/// fits many times; a week with no office hours at all gives no deadline instead of a loop.
const MAX_DAYS_AHEAD: u64 = 3_660;

/// One stretch of work within a day, from `start` until `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shift {
    /// When it begins.
    pub start: NaiveTime,
    /// When it ends (after `start`).
    pub end: NaiveTime,
}

impl Shift {
    /// `start`–`end` from hours and minutes; `None` unless both are real times and `end` is
    /// later.
    pub fn new(start: (u32, u32), end: (u32, u32)) -> Option<Shift> {
        let start = NaiveTime::from_hms_opt(start.0, start.1, 0)?;
        let end = NaiveTime::from_hms_opt(end.0, end.1, 0)?;
        (start < end).then_some(Shift { start, end })
    }
}

/// The office hours of each day of the week, Monday first: the shifts of a day, in order, with
/// the breaks between them. A day without shifts is no office day even when it is a working day;
/// a working day is a day of the calendar that is neither weekend nor day off, so shifts given
/// for Saturday or Sunday are never office time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeHours {
    /// Monday to Sunday.
    pub week: [Vec<Shift>; 7],
}

impl OfficeHours {
    /// The civil service's five-day week of 37½ hours (Perpres 21/2023 on the working days and
    /// hours of government offices): Monday to Thursday 07:30–16:00 with a break from 12:00 to
    /// 12:30, and the shorter Friday 07:30–11:30 and 13:00–14:30 around Friday prayers.
    pub fn five_day_week() -> OfficeHours {
        let shift = |start, end| Shift::new(start, end).into_iter().collect::<Vec<_>>();
        let long_day = [shift((7, 30), (12, 0)), shift((12, 30), (16, 0))].concat();
        let friday = [shift((7, 30), (11, 30)), shift((13, 0), (14, 30))].concat();
        OfficeHours {
            week: [
                long_day.clone(),
                long_day.clone(),
                long_day.clone(),
                long_day,
                friday,
                Vec::new(),
                Vec::new(),
            ],
        }
    }

    /// The shifts of `weekday`.
    pub fn shifts(&self, weekday: Weekday) -> &[Shift] {
        &self.week[weekday.num_days_from_monday() as usize]
    }

    /// The office minutes of a week, to show and to check a profile by.
    pub fn minutes_a_week(&self) -> i64 {
        self.week
            .iter()
            .flatten()
            .map(|shift| (shift.end - shift.start).num_minutes())
            .sum()
    }

    /// The moment `amount` of office time has passed since `start`, counting only the shifts of
    /// the working days of `calendar`: a start outside them waits for the next opening, and time
    /// that runs out exactly at a shift's end is due then, not at the next opening. `None` when
    /// the office hours hold no time in [`MAX_DAYS_AHEAD`] days.
    pub fn after(
        &self,
        start: DateTime<FixedOffset>,
        amount: Duration,
        calendar: &Calendar,
    ) -> Option<DateTime<FixedOffset>> {
        let offset = *start.offset();
        let mut left = amount;
        let mut date = start.date_naive();
        for _ in 0..=MAX_DAYS_AHEAD {
            if calendar.is_working_day(date) {
                for shift in self.shifts(date.weekday()) {
                    let (Some(opens), Some(closes)) = (
                        local(date, shift.start, offset),
                        local(date, shift.end, offset),
                    ) else {
                        continue;
                    };
                    let from = opens.max(start);
                    if from >= closes {
                        continue;
                    }
                    if left <= closes - from {
                        return Some(from + left);
                    }
                    left -= closes - from;
                }
            }
            date = date.checked_add_days(Days::new(1))?;
        }
        None
    }
}

fn local(date: NaiveDate, time: NaiveTime, offset: FixedOffset) -> Option<DateTime<FixedOffset>> {
    date.and_time(time).and_local_timezone(offset).single()
}
