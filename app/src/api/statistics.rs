//! The public statistics: counts of a period, every one through the disclosure rule
//! ([`crate::domain::disclosure`]). The page, the CSV and the JSON all come from
//! [`PublicStatistics`], so they publish the same cells.
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::ApiError;
use super::complaints::Choice;
use crate::domain::disclosure::{Cell, PublishedTable};
use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A period of filing dates, both ends included, in the desk's time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl Period {
    /// A whole year, or one month of it (`month` 1–12); `None` for an impossible date.
    pub fn of(year: i32, month: Option<u32>) -> Option<Period> {
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
        use chrono::Datelike;
        let year = year.unwrap_or_else(|| chrono::Utc::now().with_timezone(&offset).year());
        Period::of(year, month)
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

/// What the public sees of a period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    /// By month, `YYYY-MM`.
    pub by_month: PublishedTable,
    /// Mean rating of confirmed answers (1–5), when enough were rated.
    pub mean_rating: Option<f64>,
    /// Share of complaints the reporter reopened at least once, when enough were filed.
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
    pub fn tables(&self) -> [(&'static str, &PublishedTable); 5] {
        [
            ("status", &self.by_status),
            ("category", &self.by_category),
            ("agency", &self.by_agency),
            ("channel", &self.by_channel),
            ("month", &self.by_month),
        ]
    }

    /// The open-data CSV: `table,key,count`, a withheld count written as `<threshold`.
    pub fn to_csv(&self) -> String {
        let mut csv = String::from("table,key,count\n");
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
        csv
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Builds the statistics of `period` from the database (server only).
#[cfg(feature = "ssr")]
pub async fn build(
    state: &crate::state::AppState,
    period: Period,
) -> Result<PublicStatistics, crate::storage::StorageError> {
    use crate::domain::disclosure::{DEFAULT_THRESHOLD, publish, publish_figure};
    use crate::storage::{desk_lists, statistics};

    let offset = state.utc_offset;
    let (from, to) = period.instants(offset);
    let counts = statistics::counts(&state.db, from, to, offset.local_minus_utc() / 60).await?;
    let threshold = DEFAULT_THRESHOLD;
    let received: u64 = counts.by_status.iter().map(|(_, count)| count).sum();
    let (rated, stars) = counts.ratings;
    Ok(PublicStatistics {
        period,
        threshold,
        by_status: publish(&counts.by_status, threshold),
        by_category: publish(&counts.by_category, threshold),
        by_agency: publish(&counts.by_agency, threshold),
        by_channel: publish(&counts.by_channel, threshold),
        by_month: publish(&counts.by_month, threshold),
        mean_rating: publish_figure(
            if rated == 0 {
                0.0
            } else {
                stars as f64 / rated as f64
            },
            rated,
            threshold,
        ),
        reopen_rate: publish_figure(
            if received == 0 {
                0.0
            } else {
                counts.reopened as f64 / received as f64
            },
            received,
            threshold,
        ),
        categories: desk_lists::categories(&state.db)
            .await?
            .into_iter()
            .map(|entry| Choice {
                code: entry.code,
                name_id: entry.name_id,
                name_en: entry.name_en,
            })
            .collect(),
        current_year: {
            use chrono::Datelike;
            chrono::Utc::now().with_timezone(&offset).year()
        },
    })
}

/// The public statistics of a year (`year`; this year when `None`), or of one of its months
/// (`month`, 1–12).
#[server(endpoint = "statistics")]
pub async fn statistics_of_period(
    year: Option<i32>,
    month: Option<u32>,
) -> Result<PublicStatistics, ApiError> {
    let state = super::state()?;
    let period = Period::of_or_this_year(year, month, state.utc_offset)
        .ok_or_else(|| ApiError::Validation("no such period".to_owned()))?;
    build(&state, period).await.map_err(super::unexpected)
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
    }
}
