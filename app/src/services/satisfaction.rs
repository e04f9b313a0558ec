//! The public satisfaction survey as use cases: a reporter answering it, and its index published
//! for a period ([`crate::domain::satisfaction`], PermenPANRB 14/2017).

use crate::domain::period::Period;
use crate::domain::public_statistics::{AgencySatisfaction, PublishedIndex, Satisfaction};
use crate::domain::satisfaction::{Survey, Tally};
use crate::state::AppState;
use crate::storage::StorageError;
use crate::storage::complaints::ComplaintId;
use crate::storage::satisfaction;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use std::collections::BTreeMap;

/// Why a survey was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum SurveyRefused {
    /// The complaint is not one whose reporter is asked, or it answered already.
    #[error("the survey is not offered for this complaint")]
    NotOffered,
    /// Storage failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Records the survey of complaint `id`, answered at `now`: added to the tally of its agency and
/// the month it was answered in (the desk's time zone), nothing kept that names the complaint.
pub async fn answer(
    state: &AppState,
    id: ComplaintId,
    survey: &Survey,
    now: DateTime<Utc>,
) -> Result<(), SurveyRefused> {
    let month = now
        .with_timezone(&state.utc_offset)
        .format("%Y-%m")
        .to_string();
    if satisfaction::record_survey(&state.db, id, &month, survey, now).await? {
        Ok(())
    } else {
        Err(SurveyRefused::NotOffered)
    }
}

/// The index of the months `period` touches, every agency's and all together, through the
/// disclosure rule at `threshold`. `agencies` names the agency codes.
pub async fn published(
    state: &AppState,
    period: Period,
    agencies: &BTreeMap<String, String>,
    threshold: u64,
) -> Result<Satisfaction, StorageError> {
    let first = first_of_month(period.from);
    let after = next_month(first_of_month(period.to));
    let first_month = first.format("%Y-%m").to_string();
    let last_month = period.to.format("%Y-%m").to_string();
    let tallies = satisfaction::tallies(&state.db, &first_month, &last_month).await?;
    let instant = |day: NaiveDate| {
        day.and_hms_opt(0, 0, 0)
            .and_then(|midnight| midnight.and_local_timezone(state.utc_offset).single())
            .map(|local| local.with_timezone(&Utc))
            .unwrap_or_default()
    };
    let offered = satisfaction::population(&state.db, instant(first), instant(after)).await?;
    let offered_to = |agency: &str| offered.get(agency).copied().unwrap_or_default();

    let mut all = Tally::default();
    let mut by_agency = Vec::new();
    for (code, tally) in &tallies {
        all.merge(tally);
        if code.is_empty() {
            continue;
        }
        if let Some(index) = PublishedIndex::publish(tally, offered_to(code), threshold) {
            by_agency.push(AgencySatisfaction {
                agency: agencies.get(code).cloned().unwrap_or_else(|| code.clone()),
                index,
            });
        }
    }
    by_agency.sort_by(|a, b| a.agency.cmp(&b.agency));
    Ok(Satisfaction {
        first_month,
        last_month,
        overall: PublishedIndex::publish(&all, offered.values().sum(), threshold),
        agencies: by_agency,
    })
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

fn next_month(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(first)
}
