//! The main desk's reports: the daily report (what came in, what moved, what is overdue, by
//! agency; Tanah Bumbu's daily service report) and the monthly recap per region and per agency
//! (volumes, SOP compliance per step, the slowest open cases, reopen rate, satisfaction;
//! Cilacap's monthly recap), printable on A4 and as CSV. Officers see true counts; no personal
//! data is in them (titles are masked of numbers and addresses).
#![expect(
    missing_docs,
    reason = "#[server] generates a public argument struct whose fields cannot carry doc comments"
)]

use super::ApiError;
use super::desk::OfficerSummary;
use crate::csv::cell as field;
use crate::domain::period::Period;
use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// How many of the slowest open cases the recap lists.
pub const SLOWEST: u32 = 15;

/// A count by one or two keys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// Who took the steps counted, when they are not an agency's: the main desk, the reporter or
    /// the system (`None` for an agency's line, and where nobody acted).
    #[serde(default)]
    pub actor: Option<crate::domain::status::Role>,
    /// The agency's name (`""`: the main desk, or not yet dispatched).
    pub agency: String,
    /// What is counted: an action or status code, a category code.
    pub key: String,
    /// How many.
    pub count: u64,
}

/// The daily report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DailyReport {
    /// Who is looking.
    pub officer: OfficerSummary,
    /// The day.
    pub day: NaiveDate,
    /// Complaints filed that day, by category code (agency `""`).
    pub received: Vec<Line>,
    /// Steps taken that day, by agency and action code.
    pub moved: Vec<Line>,
    /// Open complaints past their step's deadline now, by agency and status code.
    pub overdue: Vec<Line>,
    /// The desk's categories, to name the received lines by.
    #[serde(default)]
    pub categories: Vec<crate::domain::desk_list::Choice>,
}

/// How a step of the SOP was kept in a month: steps that fell due, and of them those done in
/// time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepLine {
    /// The step's code ([`crate::domain::sop::Step::code`]).
    pub step: String,
    /// The agency's name (`""`: the main desk).
    pub agency: String,
    /// Steps that fell due.
    pub due: u64,
    /// Of them, done by their deadline.
    pub met: u64,
}

/// An open case of the recap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlowCase {
    /// Tracking code.
    pub tracking_code: String,
    /// Title, masked of numbers and addresses.
    pub title: String,
    /// Status code.
    pub status: String,
    /// The agency's name.
    pub agency: Option<String>,
    /// Filing day.
    pub filed_on: NaiveDate,
    /// Days open at the end of the period.
    pub days_open: i64,
}

/// The monthly recap.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthlyRecap {
    /// Who is looking.
    pub officer: OfficerSummary,
    /// The month.
    pub period: Period,
    /// Complaints filed in it.
    pub received: u64,
    /// By agency (now in charge) name.
    pub by_agency: Vec<Line>,
    /// By category code.
    pub by_category: Vec<Line>,
    /// By district name.
    pub by_district: Vec<Line>,
    /// Each step of the SOP, by who owns it, over the steps due in the month up to yesterday.
    pub steps: Vec<StepLine>,
    /// The oldest open complaints.
    pub slowest: Vec<SlowCase>,
    /// Share of the month's complaints reopened by their reporter.
    pub reopen_rate: Option<f64>,
    /// Mean star rating of answers confirmed while the portal asked for one, and how many rated.
    pub mean_rating: Option<(f64, u64)>,
    /// The public satisfaction index of the month, through the same disclosure rule as
    /// `/statistik`: the answers are anonymous, and a small group's index would not be.
    pub satisfaction: crate::domain::public_statistics::Satisfaction,
    /// Verdicts: confirmed, rejected, no answer.
    pub verdicts: Vec<Line>,
    /// The agencies (code, name), for the monitoring report's form.
    pub agencies: Vec<(String, String)>,
}

impl MonthlyRecap {
    /// The recap as CSV, `section,agency,key,value`.
    pub fn to_csv(&self) -> String {
        let mut csv = String::from("section,agency,key,value\n");
        let mut row = |section: &str, agency: &str, key: &str, value: String| {
            csv.push_str(&format!(
                "{section},{},{},{value}\n",
                field(agency),
                field(key)
            ));
        };
        row("received", "", "total", self.received.to_string());
        for (section, lines) in [
            ("by_agency", &self.by_agency),
            ("by_category", &self.by_category),
            ("by_district", &self.by_district),
            ("verdict", &self.verdicts),
        ] {
            for line in lines {
                row(section, &line.agency, &line.key, line.count.to_string());
            }
        }
        for step in &self.steps {
            row("step_due", &step.agency, &step.step, step.due.to_string());
            row("step_met", &step.agency, &step.step, step.met.to_string());
        }
        if let Some(rate) = self.reopen_rate {
            row("figure", "", "reopen_rate", format!("{rate:.4}"));
        }
        if let Some((mean, rated)) = self.mean_rating {
            row("figure", "", "mean_rating", format!("{mean:.2}"));
            row("figure", "", "rated", rated.to_string());
        }
        let overall = self.satisfaction.overall.iter().map(|index| ("", index));
        let agencies = self
            .satisfaction
            .agencies
            .iter()
            .map(|agency| (agency.agency.as_str(), &agency.index));
        for (agency, index) in overall.chain(agencies) {
            row("ikm", agency, "index", format!("{:.2}", index.index.value));
            row("ikm", agency, "grade", index.grade.letter().to_owned());
            row("ikm", agency, "respondents", index.respondents.to_string());
            row(
                "ikm",
                agency,
                "minimum_sample",
                index.minimum_sample.to_string(),
            );
        }
        for case in &self.slowest {
            row(
                "slowest_open",
                case.agency.as_deref().unwrap_or_default(),
                &case.tracking_code,
                case.days_open.to_string(),
            );
        }
        csv
    }
}

impl MonthlyRecap {
    /// The monitoring-and-evaluation report (monev) of one agency, by its name: what the main
    /// desk sends it each month (Surabaya's SOP), in Bahasa Indonesia.
    pub fn monitoring_text(&self, agency: &str) -> String {
        let mut text = format!(
            "Laporan monitoring dan evaluasi pengaduan\n{agency}\nPeriode {} s.d. {}\n\n",
            self.period.from.format("%d-%m-%Y"),
            self.period.to.format("%d-%m-%Y")
        );
        let received = self
            .by_agency
            .iter()
            .find(|line| line.key == agency)
            .map_or(0, |line| line.count);
        text.push_str(&format!(
            "Aduan yang ditangani (masuk bulan ini): {received}\n\n"
        ));
        text.push_str("Ketepatan waktu per tahap SOP:\n");
        let mut any = false;
        for step in self.steps.iter().filter(|step| step.agency == agency) {
            any = true;
            let label = crate::domain::sop::Step::ALL
                .into_iter()
                .find(|candidate| candidate.code() == step.step)
                .map_or(step.step.clone(), |candidate| {
                    candidate.label().get(crate::i18n::Locale::Id).to_owned()
                });
            text.push_str(&format!(
                "- {label}: {} dari {} tepat waktu\n",
                step.met, step.due
            ));
        }
        if !any {
            text.push_str("- belum ada tahap yang jatuh tempo\n");
        }
        text.push_str("\nAduan terbuka paling lama:\n");
        let mut open = self
            .slowest
            .iter()
            .filter(|case| case.agency.as_deref() == Some(agency))
            .peekable();
        if open.peek().is_none() {
            text.push_str("- tidak ada\n");
        }
        for case in open {
            text.push_str(&format!(
                "- {} ({} hari): {}\n",
                case.tracking_code, case.days_open, case.title
            ));
        }
        text.push_str("\nMohon tindak lanjut sesuai SOP. Terima kasih.\n");
        text
    }
}

/// Builds the daily report of `day` (server only).
#[cfg(feature = "ssr")]
pub async fn daily(
    state: &crate::state::AppState,
    officer: OfficerSummary,
    day: NaiveDate,
) -> Result<DailyReport, crate::storage::StorageError> {
    use crate::domain::statistics::Dimension;
    use crate::storage::{reports, statistics};
    let (from, to) = Period { from: day, to: day }.instants(state.utc_offset);
    let sums = statistics::sums(&state.db, day, day).await?;
    let received = sums
        .get(&Dimension::Category.code())
        .map(|counts| {
            counts
                .iter()
                .map(|(key, count)| Line {
                    actor: None,
                    agency: String::new(),
                    key: key.clone(),
                    count: *count,
                })
                .collect()
        })
        .unwrap_or_default();
    let lines = |rows: Vec<(String, String, u64)>| {
        rows.into_iter()
            .map(|(agency, key, count)| Line {
                actor: None,
                agency,
                key,
                count,
            })
            .collect()
    };
    let categories = crate::storage::desk_lists::categories(&state.db)
        .await?
        .into_iter()
        .map(crate::domain::desk_list::Choice::from)
        .collect();
    Ok(DailyReport {
        officer,
        day,
        categories,
        received,
        moved: reports::moves(&state.db, from, to)
            .await?
            .into_iter()
            .map(|row| Line {
                actor: crate::domain::status::Role::parse_code(&row.actor),
                agency: row.agency,
                key: row.code,
                count: u64::try_from(row.n).unwrap_or_default(),
            })
            .collect(),
        overdue: lines(reports::overdue(&state.db, state.clock.now()).await?),
    })
}

/// Builds the monthly recap of `period` (server only).
#[cfg(feature = "ssr")]
pub async fn monthly(
    state: &crate::state::AppState,
    officer: OfficerSummary,
    period: Period,
) -> Result<MonthlyRecap, crate::storage::StorageError> {
    use crate::domain::redaction::mask_personal_data;
    use crate::domain::sop::Step;
    use crate::domain::statistics::Dimension;
    use crate::storage::{desk_lists, reports, statistics};
    use std::collections::BTreeMap;

    let now = state.clock.now();
    let today = now.with_timezone(&state.utc_offset).date_naive();
    let sums = statistics::sums(&state.db, period.from, period.to).await?;
    let agencies = desk_lists::agency_names(&state.db).await?;
    let districts = desk_lists::district_names(&state.db).await?;
    let lines = |dimension: Dimension, names: Option<&BTreeMap<String, String>>| -> Vec<Line> {
        sums.get(&dimension.code())
            .map(|counts| {
                counts
                    .iter()
                    .map(|(key, count)| Line {
                        actor: None,
                        agency: String::new(),
                        key: names
                            .and_then(|names| names.get(key).cloned())
                            .unwrap_or_else(|| key.clone()),
                        count: *count,
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let total = |dimension: Dimension| -> u64 {
        sums.get(&dimension.code())
            .map(|counts| counts.values().sum())
            .unwrap_or_default()
    };
    let received = total(Dimension::Status);
    let ratings = sums.get(&Dimension::Rating.code());
    let rated: u64 = ratings
        .map(|counts| counts.values().sum())
        .unwrap_or_default();
    let stars: u64 = ratings
        .map(|counts| {
            counts
                .iter()
                .map(|(stars, count)| stars.parse::<u64>().unwrap_or_default() * count)
                .sum()
        })
        .unwrap_or_default();

    let mut steps = Vec::new();
    if let Some(last) = today.pred_opt().filter(|last| *last >= period.from) {
        let due = statistics::sums(&state.db, period.from, period.to.min(last)).await?;
        for step in Step::ALL {
            let (Some(due_counts), met_counts) = (
                due.get(&Dimension::StepDue(step).code()),
                due.get(&Dimension::StepMet(step).code()),
            ) else {
                continue;
            };
            for (owner, count) in due_counts {
                steps.push(StepLine {
                    step: step.code().to_owned(),
                    agency: agencies
                        .get(owner)
                        .cloned()
                        .unwrap_or_else(|| owner.clone()),
                    due: *count,
                    met: met_counts
                        .and_then(|counts| counts.get(owner))
                        .copied()
                        .unwrap_or_default(),
                });
            }
        }
    }
    let (_, end) = period.instants(state.utc_offset);
    let until = end.min(now);
    let slowest = reports::slowest_open(&state.db, until, SLOWEST)
        .await?
        .into_iter()
        .map(|case| SlowCase {
            tracking_code: case.tracking_code,
            title: mask_personal_data(&case.title),
            status: case.status,
            agency: case.agency,
            filed_on: case.filed_at.with_timezone(&state.utc_offset).date_naive(),
            days_open: (until - case.filed_at).num_days(),
        })
        .collect();
    let verdicts = ["confirmed", "rejected", "no_answer"]
        .into_iter()
        .map(|verdict| Line {
            actor: None,
            agency: String::new(),
            key: verdict.to_owned(),
            count: sums
                .get(&Dimension::Verdict.code())
                .and_then(|counts| counts.get(verdict))
                .copied()
                .unwrap_or_default(),
        })
        .collect();
    Ok(MonthlyRecap {
        officer,
        period,
        received,
        by_agency: lines(Dimension::Agency, Some(&agencies)),
        by_category: lines(Dimension::Category, None),
        by_district: lines(Dimension::District, Some(&districts)),
        steps,
        slowest,
        reopen_rate: (received > 0).then(|| total(Dimension::Reopened) as f64 / received as f64),
        mean_rating: (rated > 0).then(|| (stars as f64 / rated as f64, rated)),
        satisfaction: crate::services::satisfaction::published(
            state,
            period,
            &agencies,
            crate::domain::disclosure::DEFAULT_THRESHOLD,
        )
        .await?,
        verdicts,
        agencies: agencies.clone().into_iter().collect(),
    })
}

/// The daily report of `day` (today when `None`), for the main desk only.
#[server(endpoint = "desk/daily_report")]
pub async fn desk_daily_report(day: Option<NaiveDate>) -> Result<DailyReport, ApiError> {
    let (state, crate::auth::extract::MainDesk(officer)) =
        super::extract::<crate::auth::extract::MainDesk>().await?;
    let day = day.unwrap_or_else(|| state.today());
    daily(&state, super::desk::OfficerSummary::of(&officer), day)
        .await
        .map_err(super::unexpected)
}

/// The monthly recap of `month` of `year` (this month when `None`), for the main desk only.
#[server(endpoint = "desk/monthly_recap")]
pub async fn desk_monthly_recap(
    year: Option<i32>,
    month: Option<u32>,
) -> Result<MonthlyRecap, ApiError> {
    use chrono::Datelike;
    let (state, crate::auth::extract::MainDesk(officer)) =
        super::extract::<crate::auth::extract::MainDesk>().await?;
    let today = state.today();
    let period = Period::of(
        year.unwrap_or(today.year()),
        Some(month.unwrap_or(today.month())),
    )
    .ok_or_else(|| ApiError::Validation("no such month".to_owned()))?;
    monthly(&state, super::desk::OfficerSummary::of(&officer), period)
        .await
        .map_err(super::unexpected)
}
