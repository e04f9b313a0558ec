//! What the public sees of a period: every count through the disclosure rule
//! ([`crate::domain::disclosure`]). The page, the CSV and the JSON all come from
//! [`PublicStatistics`], so they publish the same cells.

use super::desk_list::Choice;
use super::disclosure::{Cell, PublishedTable};
use super::period::Period;
use super::satisfaction::{Grade, Index, Tally, minimum_sample};
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

/// A satisfaction index as published: only with at least the threshold's number of respondents
/// behind it, the counts rounded down like every published count.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PublishedIndex {
    /// The index (25–100) and each element's mean.
    pub index: Index,
    /// Its grade.
    pub grade: Grade,
    /// How many answered, rounded down ([`crate::domain::disclosure::rounded`]).
    pub respondents: u64,
    /// The fewest respondents the regulation asks of the people offered the survey (their count
    /// rounded down first).
    pub minimum_sample: u64,
    /// Whether the respondents shown reach the minimum sample.
    pub meets_minimum: bool,
}

impl PublishedIndex {
    /// `tally`'s index as published: `None` under `threshold` respondents. `offered` is how many
    /// people were offered the survey in the same months.
    pub fn publish(tally: &Tally, offered: u64, threshold: u64) -> Option<PublishedIndex> {
        use super::disclosure::rounded;
        if tally.respondents < threshold {
            return None;
        }
        let index = tally.index()?;
        let respondents = rounded(tally.respondents);
        // Someone surveyed was offered it: the count of those offered is never below it.
        let minimum_sample = minimum_sample(rounded(offered.max(tally.respondents)));
        Some(PublishedIndex {
            grade: index.grade(),
            index,
            respondents,
            minimum_sample,
            meets_minimum: respondents >= minimum_sample,
        })
    }
}

/// One agency's satisfaction index.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AgencySatisfaction {
    /// The agency's name.
    pub agency: String,
    /// Its index.
    pub index: PublishedIndex,
}

/// The public satisfaction survey's figures (SKM/IKM, PermenPANRB 14/2017). Counted by the month
/// the reporter answered, over every month the period touches: the scores are kept by month and
/// never finer (see [`crate::domain::satisfaction`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Satisfaction {
    /// The first month counted, `YYYY-MM`.
    pub first_month: String,
    /// The last month counted, `YYYY-MM`.
    pub last_month: String,
    /// Every agency together (the unit: the portal's complaint service).
    pub overall: Option<PublishedIndex>,
    /// Each agency with enough respondents, by name.
    pub agencies: Vec<AgencySatisfaction>,
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
    /// Mean star rating (1–5) of answers confirmed while the portal still asked for one (it
    /// is retired for the satisfaction survey), when enough were rated.
    pub mean_rating: Option<f64>,
    /// The public satisfaction survey's index.
    #[serde(default)]
    pub satisfaction: Satisfaction,
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
    /// share), the satisfaction index (`ikm`, `ikm_grade`, `ikm_respondents`,
    /// `ikm_minimum_sample`; an empty key for every agency together, else the agency's name) and
    /// each agency's compliance shares (percent). A figure withheld for a small sample is left
    /// empty; an index withheld has no rows.
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
        let mut indices: Vec<(&str, &PublishedIndex)> = Vec::new();
        if let Some(overall) = &self.satisfaction.overall {
            indices.push(("", overall));
        }
        for agency in &self.satisfaction.agencies {
            indices.push((&agency.agency, &agency.index));
        }
        for (agency, index) in indices {
            let key = csv_field(agency);
            csv.push_str(&format!("ikm,{key},{:.2}\n", index.index.value));
            csv.push_str(&format!("ikm_grade,{key},{}\n", index.grade.letter()));
            csv.push_str(&format!("ikm_respondents,{key},{}\n", index.respondents));
            csv.push_str(&format!(
                "ikm_minimum_sample,{key},{}\n",
                index.minimum_sample
            ));
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
