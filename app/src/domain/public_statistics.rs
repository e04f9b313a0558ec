//! What the public sees of a period: every count through the disclosure rule
//! ([`crate::domain::disclosure`]). The page, the CSV and the JSON all come from
//! [`PublicStatistics`], so they publish the same cells.

use super::desk_list::Choice;
use super::disclosure::{Cell, PublishedTable};
use super::period::Period;
use crate::csv::cell as csv_field;
use serde::{Deserialize, Serialize};

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
