//! The public statistics: counts of a period, every one through the disclosure rule
//! ([`crate::domain::disclosure`]). The page, the CSV and the JSON all come from
//! [`PublicStatistics`], so they publish the same cells.
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::ApiError;
use super::complaints::Choice;
use crate::csv::cell as csv_field;
use crate::domain::disclosure::{Cell, PublishedTable};
use chrono::NaiveDate;
use leptos::prelude::*;
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

#[cfg(feature = "ssr")]
impl Period {
    /// [`Period::of`] `year`, or this year in the time zone `offset` when `None`.
    pub fn of_or_this_year(
        year: Option<i32>,
        month: Option<u32>,
        offset: chrono::FixedOffset,
    ) -> Option<Period> {
        Period::asked(
            &PeriodQuery {
                year,
                month,
                ..PeriodQuery::default()
            },
            offset,
        )
    }

    /// The period a visitor asked for: custom days, else a quarter or a month of a year, else a
    /// year (this year when none is named, in the time zone `offset`).
    pub fn asked(query: &PeriodQuery, offset: chrono::FixedOffset) -> Option<Period> {
        use chrono::Datelike;
        if let (Some(from), Some(to)) = (query.from, query.to) {
            return Period::custom(from, to);
        }
        let year = query
            .year
            .unwrap_or_else(|| chrono::Utc::now().with_timezone(&offset).year());
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

/// How long something took, read from the duration buckets: published only when it rests on at
/// least the threshold's number of complaints.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Durations {
    /// Half were done within this many minutes.
    pub median_minutes: Option<i64>,
    /// Nine in ten were done within this many minutes.
    pub p90_minutes: Option<i64>,
}

/// How an agency kept to the SOP's time standards, over the steps that fell due in the period
/// and before today (so a young complaint does not count against it), each share only with
/// [`crate::domain::statistics::MIN_SAMPLE`] steps behind it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AgencyCompliance {
    /// The agency's name.
    pub agency: String,
    /// Share (percent) of dispatches it accepted and first answered in time.
    pub acceptance_share: Option<u8>,
    /// Share (percent) of answers it gave in time.
    pub resolution_share: Option<u8>,
}

/// What the public sees of a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PublicStatistics {
    /// The period.
    pub period: Period,
    /// Counts under this are withheld.
    pub threshold: u64,
    /// By status code.
    pub by_status: PublishedTable,
    /// By category code (empty code: none chosen).
    pub by_category: PublishedTable,
    /// By agency name (empty: not yet dispatched).
    pub by_agency: PublishedTable,
    /// By channel code.
    pub by_channel: PublishedTable,
    /// By district name (empty: outside every district).
    pub by_district: PublishedTable,
    /// By month, `YYYY-MM`.
    pub by_month: PublishedTable,
    /// The reporters' verdicts on answers: `confirmed`, `rejected`, `no_answer` (closed without
    /// the reporter's word, never counted as confirmed).
    pub verdicts: PublishedTable,
    /// Time from filing to an officer's first step.
    pub first_response: Durations,
    /// Time from filing to the validated answer.
    pub answer: Durations,
    /// Each agency's keeping to the time standards.
    pub compliance: Vec<AgencyCompliance>,
    /// Mean rating of confirmed answers (1–5), when enough were rated.
    pub mean_rating: Option<f64>,
    /// Share of complaints the reporter reopened at least once, when enough were filed and
    /// neither the reopened nor the rest are a small count.
    pub reopen_rate: Option<f64>,
    /// The category names, to label the category table.
    pub categories: Vec<Choice>,
    /// This year, in the desk's time zone: the last one the period choice offers.
    pub current_year: i32,
}

impl PublicStatistics {
    /// Complaints received in the period.
    pub fn received(&self) -> Cell {
        self.by_status.total
    }

    /// Every table with its stable name, as the CSV lists them.
    pub fn tables(&self) -> [(&'static str, &PublishedTable); 7] {
        [
            ("status", &self.by_status),
            ("category", &self.by_category),
            ("agency", &self.by_agency),
            ("channel", &self.by_channel),
            ("district", &self.by_district),
            ("month", &self.by_month),
            ("verdict", &self.verdicts),
        ]
    }

    /// The open-data CSV, `table,key,value`: every table's counts (a withheld count written as
    /// `<threshold`, then the table's `total`), then the figures (`figure`: minutes, a mean, a
    /// share) and each agency's compliance shares (percent). A figure withheld for a small sample
    /// is left empty.
    pub fn to_csv(&self) -> String {
        let mut csv = String::from("table,key,value\n");
        for (name, table) in self.tables() {
            for (key, cell) in table
                .rows
                .iter()
                .map(|(key, cell)| (key.as_str(), *cell))
                .chain([("total", table.total)])
            {
                let count = match cell {
                    Cell::Shown(count) => count.to_string(),
                    Cell::Suppressed => format!("<{}", self.threshold),
                };
                csv.push_str(&format!("{name},{},{count}\n", csv_field(key)));
            }
        }
        let text = |value: Option<String>| value.unwrap_or_default();
        let figures = [
            (
                "first_response_median_minutes",
                text(self.first_response.median_minutes.map(|m| m.to_string())),
            ),
            (
                "first_response_p90_minutes",
                text(self.first_response.p90_minutes.map(|m| m.to_string())),
            ),
            (
                "answer_median_minutes",
                text(self.answer.median_minutes.map(|m| m.to_string())),
            ),
            (
                "answer_p90_minutes",
                text(self.answer.p90_minutes.map(|m| m.to_string())),
            ),
            (
                "mean_rating",
                text(self.mean_rating.map(|rating| format!("{rating:.2}"))),
            ),
            (
                "reopen_rate",
                text(self.reopen_rate.map(|rate| format!("{rate:.4}"))),
            ),
        ];
        for (key, value) in figures {
            csv.push_str(&format!("figure,{key},{value}\n"));
        }
        for agency in &self.compliance {
            for (table, share) in [
                ("compliance_acceptance", agency.acceptance_share),
                ("compliance_resolution", agency.resolution_share),
            ] {
                csv.push_str(&format!(
                    "{table},{},{}\n",
                    csv_field(&agency.agency),
                    text(share.map(|share| share.to_string()))
                ));
            }
        }
        csv
    }
}

/// Builds the statistics of `period` from the database (server only).
#[cfg(feature = "ssr")]
pub async fn build(
    state: &crate::state::AppState,
    period: Period,
) -> Result<PublicStatistics, crate::storage::StorageError> {
    use crate::domain::disclosure::{DEFAULT_THRESHOLD, publish, publish_figure, publish_share};
    use crate::domain::sop::Step;
    use crate::domain::statistics::{Dimension, percentile, ranked_share};
    use crate::storage::{desk_lists, statistics};
    use std::collections::BTreeMap;

    let offset = state.utc_offset;
    let threshold = DEFAULT_THRESHOLD;
    let today = state.clock.now().with_timezone(&offset).date_naive();
    let sums = statistics::sums(&state.db, period.from, period.to).await?;
    let empty = BTreeMap::new();
    let rows = |dimension: Dimension| -> Vec<(String, u64)> {
        sums.get(&dimension.code())
            .unwrap_or(&empty)
            .iter()
            .map(|(key, count)| (key.clone(), *count))
            .collect()
    };
    let named = |rows: Vec<(String, u64)>, names: &BTreeMap<String, String>| {
        let mut named = BTreeMap::<String, u64>::new();
        for (key, count) in rows {
            *named
                .entry(names.get(&key).cloned().unwrap_or(key))
                .or_default() += count;
        }
        named.into_iter().collect::<Vec<_>>()
    };
    let agencies = desk_lists::agency_names(&state.db).await?;
    let districts = desk_lists::district_names(&state.db).await?;
    let by_status = rows(Dimension::Status);
    let received: u64 = by_status.iter().map(|(_, count)| count).sum();
    let stars: Vec<(String, u64)> = rows(Dimension::Rating);
    let rated: u64 = stars.iter().map(|(_, count)| count).sum();
    let star_sum: u64 = stars
        .iter()
        .map(|(stars, count)| stars.parse::<u64>().unwrap_or_default() * count)
        .sum();
    let reopened: u64 = rows(Dimension::Reopened)
        .iter()
        .map(|(_, count)| count)
        .sum();
    let durations = |dimension: Dimension| {
        let buckets: Vec<(i64, u64)> = rows(dimension)
            .into_iter()
            .filter_map(|(bucket, count)| Some((bucket.parse().ok()?, count)))
            .collect();
        let based_on: u64 = buckets.iter().map(|(_, count)| count).sum();
        if based_on < threshold {
            return Durations::default();
        }
        Durations {
            median_minutes: percentile(&buckets, 0.5),
            p90_minutes: percentile(&buckets, 0.9),
        }
    };
    let verdicts: Vec<(String, u64)> = ["confirmed", "rejected", "no_answer"]
        .into_iter()
        .map(|verdict| {
            let count = sums
                .get(&Dimension::Verdict.code())
                .and_then(|verdicts| verdicts.get(verdict))
                .copied()
                .unwrap_or_default();
            (verdict.to_owned(), count)
        })
        .collect();

    // Steps due before today only: a step still running is neither kept nor missed yet.
    let compliance = match today.pred_opt().filter(|last| *last >= period.from) {
        Some(last) => {
            let due = statistics::sums(&state.db, period.from, period.to.min(last)).await?;
            let share = |step: Step, agency: &str| {
                let count = |dimension: Dimension| {
                    due.get(&dimension.code())
                        .and_then(|counts| counts.get(agency))
                        .copied()
                        .unwrap_or_default()
                };
                ranked_share(
                    count(Dimension::StepMet(step)),
                    count(Dimension::StepDue(step)),
                    threshold,
                )
            };
            agencies
                .iter()
                .map(|(code, name)| AgencyCompliance {
                    agency: name.clone(),
                    acceptance_share: share(Step::AgencyAcceptance, code),
                    resolution_share: share(Step::Resolution, code),
                })
                .filter(|agency| {
                    agency.acceptance_share.is_some() || agency.resolution_share.is_some()
                })
                .collect()
        }
        None => Vec::new(),
    };

    Ok(PublicStatistics {
        period,
        threshold,
        by_status: publish(&by_status, threshold),
        by_category: publish(&rows(Dimension::Category), threshold),
        by_agency: publish(&named(rows(Dimension::Agency), &agencies), threshold),
        by_channel: publish(&rows(Dimension::Channel), threshold),
        by_district: publish(&named(rows(Dimension::District), &districts), threshold),
        by_month: publish(
            &statistics::by_month(&state.db, period.from, period.to).await?,
            threshold,
        ),
        verdicts: publish(&verdicts, threshold),
        first_response: durations(Dimension::FirstResponse),
        answer: durations(Dimension::Answer),
        compliance,
        mean_rating: publish_figure(
            if rated == 0 {
                0.0
            } else {
                star_sum as f64 / rated as f64
            },
            rated,
            threshold,
        ),
        reopen_rate: publish_share(reopened, received, threshold),
        categories: desk_lists::categories(&state.db)
            .await?
            .into_iter()
            .map(Choice::from)
            .collect(),
        current_year: {
            use chrono::Datelike;
            today.year()
        },
    })
}

/// The public statistics of the period `period` asks for (this year when it names none).
#[server(endpoint = "statistics")]
pub async fn statistics_of_period(period: PeriodQuery) -> Result<PublicStatistics, ApiError> {
    let state = super::state()?;
    let period = Period::asked(&period, state.utc_offset)
        .ok_or_else(|| ApiError::Validation("no such period".to_owned()))?;
    published(&state, period).await.map_err(super::unexpected)
}

/// How long an answer of [`published`] may be reused at most.
#[cfg(feature = "ssr")]
pub const STATISTICS_FRESH_FOR: std::time::Duration = std::time::Duration::from_secs(60);

/// Recent answers of [`build`], so a busy statistics page does not sum a year of tallies for
/// every reader (60 ms at 20,000 complaints: the page managed 10 a second at 64 readers).
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, Default)]
pub struct StatisticsCache(
    std::sync::Arc<std::sync::Mutex<std::collections::HashMap<(Period, NaiveDate), Cached>>>,
);

#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
struct Cached {
    last_change: i64,
    built: std::time::Instant,
    statistics: PublicStatistics,
}

/// Periods remembered at most; past it the cache starts over.
#[cfg(feature = "ssr")]
const CACHED_PERIODS: usize = 64;

/// The public statistics of `period`: [`build`]'s answer, reused while nothing changed. An answer
/// is reused while no timeline entry was added since it was built (every filing and every step
/// writes one, see [`crate::storage::statistics::last_change`]), on the same day, and for at most
/// [`STATISTICS_FRESH_FOR`]: the time bound covers what the entries cannot show (on PostgreSQL a
/// transaction with a smaller entry number committing late; a renamed agency).
#[cfg(feature = "ssr")]
pub async fn published(
    state: &crate::state::AppState,
    period: Period,
) -> Result<PublicStatistics, crate::storage::StorageError> {
    let today = state
        .clock
        .now()
        .with_timezone(&state.utc_offset)
        .date_naive();
    let last_change = crate::storage::statistics::last_change(&state.db).await?;
    let key = (period, today);
    let cache = &state.statistics_cache.0;
    let lock = || {
        cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    if let Some(cached) = lock().get(&key)
        && cached.last_change == last_change
        && cached.built.elapsed() < STATISTICS_FRESH_FOR
    {
        return Ok(cached.statistics.clone());
    }
    let statistics = build(state, period).await?;
    let mut cached = lock();
    if cached.len() >= CACHED_PERIODS {
        cached.clear();
    }
    cached.insert(
        key,
        Cached {
            last_change,
            built: std::time::Instant::now(),
            statistics: statistics.clone(),
        },
    );
    Ok(statistics)
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
