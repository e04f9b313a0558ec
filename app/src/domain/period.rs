//! A period of the statistics: whole years, quarters, months, or runs of whole weeks, as the
//! statistics page, the open data and the desk's recaps ask for them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A period of filing dates, both ends included, in the desk's time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Period {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl Period {
    /// The years statistics can be asked for: none were kept before 2000, and a date past 2100 is
    /// a typing mistake.
    pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

    /// A quarter (1–4) of `year`; `None` for an impossible one.
    pub fn quarter(year: i32, quarter: u32) -> Option<Period> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        let first = Period::of(year, Some(quarter * 3 - 2))?;
        let last = Period::of(year, Some(quarter * 3))?;
        Some(Period {
            from: first.from,
            to: last.to,
        })
    }

    /// The whole weeks (Monday to Sunday) that hold the days from `from` to `to`; `None` when
    /// they are the wrong way round or span more than five years.
    ///
    /// Widened to whole weeks so that no day can be told from the others of its week: sliding a
    /// custom range one day at a time, and watching when a rounded count changes, would otherwise
    /// pin the day of a single complaint. Every period that can be asked for (these, months,
    /// quarters, years) is then a union of the pieces "one ISO week within one month", and two
    /// days in the same piece are in exactly the same periods (property-tested below).
    pub fn custom(from: NaiveDate, to: NaiveDate) -> Option<Period> {
        use chrono::Datelike;
        if from > to {
            return None;
        }
        let from = from - chrono::Days::new(u64::from(from.weekday().num_days_from_monday()));
        let to = to + chrono::Days::new(u64::from(6 - to.weekday().num_days_from_monday()));
        ((to - from).num_days() <= 5 * 366
            && Period::YEARS.contains(&from.year())
            && Period::YEARS.contains(&to.year()))
        .then_some(Period { from, to })
    }

    /// Whether `day` falls within the period.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// Whether the period is a whole calendar year.
    pub fn is_whole_year(&self) -> bool {
        use chrono::Datelike;
        self.from.ordinal() == 1
            && self.to.month() == 12
            && self.to.day() == 31
            && self.from.year() == self.to.year()
    }

    /// The query string that asks for this period again (`tahun=2026&bulan=3`, or `dari`/`sampai`).
    pub fn query(&self) -> String {
        use chrono::Datelike;
        if self.is_whole_year() {
            return format!("tahun={}", self.from.year());
        }
        if let Some(month) = Period::of(self.from.year(), Some(self.from.month()))
            && month == *self
        {
            return format!("tahun={}&bulan={}", self.from.year(), self.from.month());
        }
        if self.from.month() % 3 == 1
            && let Some(quarter) = Period::quarter(self.from.year(), self.from.month().div_ceil(3))
            && quarter == *self
        {
            return format!(
                "tahun={}&kuartal={}",
                self.from.year(),
                self.from.month().div_ceil(3)
            );
        }
        format!("dari={}&sampai={}", self.from, self.to)
    }

    /// A whole year, or one month of it (`month` 1–12); `None` for an impossible date or a year
    /// outside [`Period::YEARS`].
    pub fn of(year: i32, month: Option<u32>) -> Option<Period> {
        if !Period::YEARS.contains(&year) {
            return None;
        }
        match month {
            None => Some(Period {
                from: NaiveDate::from_ymd_opt(year, 1, 1)?,
                to: NaiveDate::from_ymd_opt(year, 12, 31)?,
            }),
            Some(month) => {
                let from = NaiveDate::from_ymd_opt(year, month, 1)?;
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)?
                };
                Some(Period {
                    from,
                    to: next.pred_opt()?,
                })
            }
        }
    }
}

impl Period {
    /// [`Period::of`] `year`, or `this_year` when `None`.
    pub fn of_or_this_year(
        year: Option<i32>,
        month: Option<u32>,
        this_year: i32,
    ) -> Option<Period> {
        Period::asked(
            &PeriodQuery {
                year,
                month,
                ..PeriodQuery::default()
            },
            this_year,
        )
    }

    /// The period a visitor asked for: custom days, else a quarter or a month of a year, else a
    /// year (`this_year` when none is named).
    pub fn asked(query: &PeriodQuery, this_year: i32) -> Option<Period> {
        if let (Some(from), Some(to)) = (query.from, query.to) {
            return Period::custom(from, to);
        }
        let year = query.year.unwrap_or(this_year);
        match query.quarter {
            Some(quarter) => Period::quarter(year, quarter),
            None => Period::of(year, query.month),
        }
    }

    /// The period as instants in the time zone `offset`: from midnight starting its first day
    /// (inclusive) to midnight ending its last day (exclusive).
    pub fn instants(
        &self,
        offset: chrono::FixedOffset,
    ) -> (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) {
        let midnight = |date: NaiveDate| {
            date.and_hms_opt(0, 0, 0)
                .and_then(|at| at.and_local_timezone(offset).single())
                .map(|at| at.with_timezone(&chrono::Utc))
                .unwrap_or_default()
        };
        (
            midnight(self.from),
            midnight(self.to.succ_opt().unwrap_or(self.to)),
        )
    }
}

/// A period as the statistics page's form and the open-data links ask for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodQuery {
    /// The year (`tahun`).
    #[serde(rename = "tahun", default)]
    pub year: Option<i32>,
    /// A month of it, 1–12 (`bulan`).
    #[serde(rename = "bulan", default, deserialize_with = "empty_as_none")]
    pub month: Option<u32>,
    /// A quarter of it, 1–4 (`kuartal`).
    #[serde(rename = "kuartal", default, deserialize_with = "empty_as_none")]
    pub quarter: Option<u32>,
    /// The first day of a custom period (`dari`).
    #[serde(rename = "dari", default, deserialize_with = "empty_as_none")]
    pub from: Option<NaiveDate>,
    /// Its last day (`sampai`).
    #[serde(rename = "sampai", default, deserialize_with = "empty_as_none")]
    pub to: Option<NaiveDate>,
}

/// A form's empty field is no value.
fn empty_as_none<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: std::str::FromStr,
{
    let text: Option<String> = Option::deserialize(deserializer)?;
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => text
            .parse()
            .map(Some)
            .map_err(|_| serde::de::Error::custom(format!("not a valid value: {text:?}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_cover_whole_years_and_months() {
        let year = Period::of(2026, None).unwrap();
        assert_eq!(
            (year.from.to_string(), year.to.to_string()),
            ("2026-01-01".into(), "2026-12-31".into())
        );
        let february = Period::of(2028, Some(2)).unwrap();
        assert_eq!(february.to.to_string(), "2028-02-29");
        let december = Period::of(2026, Some(12)).unwrap();
        assert_eq!(december.to.to_string(), "2026-12-31");
        assert_eq!(Period::of(2026, Some(13)), None);
        assert_eq!(Period::of(0, None), None, "found by the contract test");
        assert_eq!(Period::of(2101, Some(1)), None);
    }

    #[test]
    fn quarters_and_custom_periods() {
        let q3 = Period::quarter(2026, 3).unwrap();
        assert_eq!(
            (q3.from.to_string(), q3.to.to_string()),
            ("2026-07-01".into(), "2026-09-30".into())
        );
        assert_eq!(Period::quarter(2026, 5), None);
        let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        assert_eq!(Period::custom(day("2026-03-10"), day("2026-03-01")), None);
        // Sunday 1 March to Tuesday 10 March: the whole weeks that hold them.
        let custom = Period::custom(day("2026-03-01"), day("2026-03-10")).unwrap();
        assert_eq!(custom.query(), "dari=2026-02-23&sampai=2026-03-15");
        assert_eq!(
            Period::custom(day("2026-03-02"), day("2026-03-15")),
            Some(Period {
                from: day("2026-03-02"),
                to: day("2026-03-15")
            }),
            "whole weeks stay as they are"
        );
        assert_eq!(q3.query(), "tahun=2026&kuartal=3");
        assert_eq!(
            Period::of(2026, Some(2)).unwrap().query(),
            "tahun=2026&bulan=2"
        );
        assert_eq!(Period::of(2026, None).unwrap().query(), "tahun=2026");
    }

    proptest::proptest! {
        /// The sliding-range attack: whatever periods a visitor asks for (custom days, months,
        /// quarters, years), two days of the same week within the same month are in exactly the
        /// same ones, so no count can be pinned to one of them by comparing periods.
        #[test]
        fn no_period_tells_apart_two_days_of_one_week_within_one_month(
            start in 0u32..700,
            length in 0u32..120,
            probe in 0u32..760,
            shift in 0u32..7,
            kind in 0u8..4,
        ) {
            use chrono::Datelike;
            let base = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
            let from = base + chrono::Days::new(u64::from(start));
            let period = match kind {
                0 => Period::custom(from, from + chrono::Days::new(u64::from(length))),
                1 => Period::of(from.year(), Some(from.month())),
                2 => Period::quarter(from.year(), from.month().div_ceil(3)),
                _ => Period::of(from.year(), None),
            }
            .unwrap();
            let day = base + chrono::Days::new(u64::from(probe));
            // Another day of the same ISO week and the same month.
            let monday = day - chrono::Days::new(u64::from(day.weekday().num_days_from_monday()));
            let other = monday + chrono::Days::new(u64::from(shift));
            proptest::prop_assume!(other.month() == day.month());
            proptest::prop_assert_eq!(period.contains(day), period.contains(other));
        }
    }
}
