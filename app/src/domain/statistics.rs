//! What a complaint adds to the daily tallies the statistics are read from, and how figures are
//! read back from them.
//!
//! The database keeps one count per day, dimension and key (`stats_daily`), changed in the same
//! transaction as the complaint (see `storage::statistics::apply`), so a year of statistics is a
//! sum over a few hundred rows a day, however many complaints there are. A complaint's
//! [`Facts`] give the tallies it stands in now; when it changes, the difference between its old
//! and new tallies is applied ([`changes`]). Events that happen once (a step of the SOP done or
//! due, a reporter's verdict on an answer) are added as they happen ([`Tally::step_due`],
//! [`Tally::step_met`], [`Tally::verdict`]).
//!
//! Durations are counted in buckets ([`bucket_of`]): fine for the first hour, coarser later, so
//! a median or a 90th percentile is read back to within a bucket's width ([`percentile`]).

use super::sop::{Step, step_for};
use super::status::{ActionKind, Status};
use chrono::NaiveDate;

/// A complaint needs at least this many of something for an agency's share to be published:
/// a young or tiny sample does not rank an agency.
pub const MIN_SAMPLE: u64 = 20;

/// What is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    /// Complaints filed on the day, by current status code.
    Status,
    /// By category code (`""`: none chosen).
    Category,
    /// By agency code (`""`: not yet dispatched).
    Agency,
    /// By channel code.
    Channel,
    /// By district code (`""`: no district near the location).
    District,
    /// Complaints the reporter reopened at least once (key `"1"`).
    Reopened,
    /// Ratings given, by stars (`"1"` to `"5"`).
    Rating,
    /// Time from filing to the first officer's step, by bucket ([`bucket_of`], minutes).
    FirstResponse,
    /// Time from filing to the validated answer reaching the reporter, by bucket.
    Answer,
    /// The reporters' verdicts on answers: `confirmed`, `rejected`, `no_answer`; on the day of
    /// the verdict.
    Verdict,
    /// Steps of the SOP that fell due on the day, by agency code (`""`: the main desk).
    StepDue(Step),
    /// Of those, the steps done by their deadline.
    StepMet(Step),
}

impl Dimension {
    /// The dimensions a complaint's [`Facts`] are counted in.
    pub const OF_FACTS: [Dimension; 9] = [
        Dimension::Status,
        Dimension::Category,
        Dimension::Agency,
        Dimension::Channel,
        Dimension::District,
        Dimension::Reopened,
        Dimension::Rating,
        Dimension::FirstResponse,
        Dimension::Answer,
    ];

    /// The stable code stored in the database, e.g. `"status"`, `"due:resolution"`.
    pub fn code(self) -> String {
        match self {
            Dimension::Status => "status".to_owned(),
            Dimension::Category => "category".to_owned(),
            Dimension::Agency => "agency".to_owned(),
            Dimension::Channel => "channel".to_owned(),
            Dimension::District => "district".to_owned(),
            Dimension::Reopened => "reopened".to_owned(),
            Dimension::Rating => "rating".to_owned(),
            Dimension::FirstResponse => "first_response".to_owned(),
            Dimension::Answer => "answer".to_owned(),
            Dimension::Verdict => "verdict".to_owned(),
            Dimension::StepDue(step) => format!("due:{}", step.code()),
            Dimension::StepMet(step) => format!("met:{}", step.code()),
        }
    }
}

/// One count of the daily tallies.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tally {
    /// The day, in the desk's time zone.
    pub day: NaiveDate,
    /// What is counted.
    pub dimension: Dimension,
    /// Which row of it.
    pub key: String,
}

impl Tally {
    /// A step of the SOP that falls due on `due` for `agency` (`None`: the main desk).
    pub fn step_due(step: Step, agency: Option<&str>, due: NaiveDate) -> Tally {
        Tally {
            day: due,
            dimension: Dimension::StepDue(step),
            key: agency.unwrap_or_default().to_owned(),
        }
    }

    /// A step of the SOP due on `due` and done by then.
    pub fn step_met(step: Step, agency: Option<&str>, due: NaiveDate) -> Tally {
        Tally {
            day: due,
            dimension: Dimension::StepMet(step),
            key: agency.unwrap_or_default().to_owned(),
        }
    }

    /// The reporter's verdict on an answer given by `action` on `day`, if it is one: confirmed,
    /// rejected, or closed for want of an answer.
    pub fn verdict(action: ActionKind, day: NaiveDate) -> Option<Tally> {
        let key = match action {
            ActionKind::Confirm => "confirmed",
            ActionKind::Reject => "rejected",
            ActionKind::CloseNoAnswer => "no_answer",
            _ => return None,
        };
        Some(Tally {
            day,
            dimension: Dimension::Verdict,
            key: key.to_owned(),
        })
    }
}

/// What the statistics know of one complaint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Facts {
    /// The day it was filed, in the desk's time zone: every fact is counted on it.
    pub filed_on: NaiveDate,
    /// Where it stands.
    pub status: Status,
    /// Its category code.
    pub category: Option<String>,
    /// The agency it was dispatched to.
    pub agency: Option<String>,
    /// The channel it came by.
    pub channel: String,
    /// The district its location falls in.
    pub district: Option<String>,
    /// Whether the reporter ever rejected an answer.
    pub reopened: bool,
    /// The reporter's rating, 1–5.
    pub rating: Option<u8>,
    /// Minutes from filing to the first officer's step.
    pub first_response_minutes: Option<i64>,
    /// Minutes from filing to the first validated answer.
    pub answer_minutes: Option<i64>,
}

impl Facts {
    /// The tallies the complaint stands in, one per dimension it has a value in.
    pub fn tallies(&self) -> Vec<Tally> {
        let tally = |dimension, key: &str| Tally {
            day: self.filed_on,
            dimension,
            key: key.to_owned(),
        };
        let mut tallies = vec![
            tally(Dimension::Status, self.status.code()),
            tally(Dimension::Category, self.category.as_deref().unwrap_or("")),
            tally(Dimension::Agency, self.agency.as_deref().unwrap_or("")),
            tally(Dimension::Channel, &self.channel),
            tally(Dimension::District, self.district.as_deref().unwrap_or("")),
        ];
        if self.reopened {
            tallies.push(tally(Dimension::Reopened, "1"));
        }
        if let Some(rating) = self.rating {
            tallies.push(tally(Dimension::Rating, &rating.to_string()));
        }
        if let Some(minutes) = self.first_response_minutes {
            tallies.push(tally(
                Dimension::FirstResponse,
                &bucket_of(minutes).to_string(),
            ));
        }
        if let Some(minutes) = self.answer_minutes {
            tallies.push(tally(Dimension::Answer, &bucket_of(minutes).to_string()));
        }
        tallies
    }
}

/// The changes to the tallies when a complaint's facts go from `before` (`None`: it is new) to
/// `after`: −1 for each tally it leaves, +1 for each it joins, nothing for those it stays in.
pub fn changes(before: Option<&Facts>, after: &Facts) -> Vec<(Tally, i64)> {
    let old = before.map(Facts::tallies).unwrap_or_default();
    let new = after.tallies();
    let mut deltas: Vec<(Tally, i64)> = old
        .iter()
        .filter(|tally| !new.contains(tally))
        .map(|tally| (tally.clone(), -1))
        .collect();
    deltas.extend(
        new.into_iter()
            .filter(|tally| !old.contains(tally))
            .map(|tally| (tally, 1)),
    );
    deltas
}

/// Who a step is the work of: the agency for its own steps, else the main desk (`None`).
pub fn step_owner(step: Step, agency: Option<&str>) -> Option<&str> {
    matches!(
        step,
        Step::AgencyAcceptance | Step::Resolution | Step::Approval
    )
    .then_some(agency)
    .flatten()
}

/// One side of a transition as the statistics see it: the complaint's facts and when the step
/// it waits on falls due, as a day (`None`: no step, or the SOP gives it no time) and whether
/// the step was left by then.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment<'a> {
    /// The complaint's facts.
    pub facts: &'a Facts,
    /// The step's due day, and whether it is (was) kept: for the side left, whether it was left
    /// in time; for the side entered, ignored.
    pub due: Option<(NaiveDate, bool)>,
}

/// The changes to the tallies when a complaint goes from `before` to `after` by `action` on
/// `day`: its tallies move ([`changes`]); when its status changes, the step it left counts as
/// kept if it was left in time and the step it entered counts as due on its due day; a
/// reporter's verdict counts on `day`.
pub fn transition(
    before: &Moment<'_>,
    after: &Moment<'_>,
    action: ActionKind,
    day: NaiveDate,
) -> Vec<(Tally, i64)> {
    let mut deltas = changes(Some(before.facts), after.facts);
    if before.facts.status != after.facts.status {
        if let (Some(step), Some((due, true))) = (step_for(before.facts.status), before.due) {
            let owner = step_owner(step, before.facts.agency.as_deref());
            deltas.push((Tally::step_met(step, owner, due), 1));
        }
        deltas.extend(entered(after).map(|tally| (tally, 1)));
    }
    deltas.extend(Tally::verdict(action, day).map(|tally| (tally, 1)));
    deltas
}

/// The changes to the tallies when a complaint is filed: its tallies and its first step due.
pub fn filing(filed: &Moment<'_>) -> Vec<(Tally, i64)> {
    let mut deltas = changes(None, filed.facts);
    deltas.extend(entered(filed).map(|tally| (tally, 1)));
    deltas
}

/// The changes to the tallies for the way a complaint that came by another channel took into
/// the portal: the intake `step` due on `due`, and kept if the desk entered it in time. The main
/// desk's work.
pub fn intake(step: Step, due: NaiveDate, kept: bool) -> Vec<(Tally, i64)> {
    let mut deltas = vec![(Tally::step_due(step, None, due), 1)];
    if kept {
        deltas.push((Tally::step_met(step, None, due), 1));
    }
    deltas
}

/// The step a complaint enters, due on its day.
fn entered(moment: &Moment<'_>) -> Option<Tally> {
    let step = step_for(moment.facts.status)?;
    let (due, _) = moment.due?;
    Some(Tally::step_due(
        step,
        step_owner(step, moment.facts.agency.as_deref()),
        due,
    ))
}

/// The duration buckets' tiers: from this minute on, buckets this many minutes wide. 5 minutes
/// in the first hour, half an hour in the first day, 3 hours in the first week, a day in the
/// first 60 days, a week after.
const TIERS: [(i64, i64); 5] = [
    (0, 5),
    (60, 30),
    (24 * 60, 180),
    (7 * 24 * 60, 24 * 60),
    (60 * 24 * 60, 7 * 24 * 60),
];

/// The tier `minutes` falls in.
fn tier(minutes: i64) -> (i64, i64) {
    TIERS
        .iter()
        .rev()
        .find(|(from, _)| minutes >= *from)
        .copied()
        .unwrap_or(TIERS[0])
}

/// The width of the bucket starting at `start`.
fn bucket_width(start: i64) -> i64 {
    tier(start).1
}

/// The bucket a duration of `minutes` falls in, named by its first minute.
pub fn bucket_of(minutes: i64) -> i64 {
    let minutes = minutes.max(0);
    let (from, width) = tier(minutes);
    minutes - (minutes - from) % width
}

/// The `p`-quantile (0 < p ≤ 1, nearest rank) of the durations counted in `buckets` (first
/// minute, count), as the end of the bucket it falls in: "within this many minutes". `None`
/// when nothing was counted.
pub fn percentile(buckets: &[(i64, u64)], p: f64) -> Option<i64> {
    let mut sorted = buckets.to_vec();
    sorted.sort_unstable();
    let total: u64 = sorted.iter().map(|(_, count)| count).sum();
    if total == 0 {
        return None;
    }
    // Nearest rank: the smallest value with at least p of the counts at or below it.
    let rank = ((p * total as f64).ceil() as u64).clamp(1, total);
    let mut seen = 0;
    for (start, count) in sorted {
        seen += count;
        if seen >= rank {
            return Some(start + bucket_width(start));
        }
    }
    None
}

/// A share of `part` in `whole`, as a whole percentage, when `whole` reaches [`MIN_SAMPLE`] and
/// the share passes the disclosure rule under `threshold`
/// ([`super::disclosure::publish_share`]).
pub fn ranked_share(part: u64, whole: u64, threshold: u64) -> Option<u8> {
    if whole < MIN_SAMPLE {
        return None;
    }
    super::disclosure::publish_share(part, whole, threshold)
        .map(|share| (share * 100.0).round() as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::status::Closure;
    use proptest::prelude::*;

    fn facts() -> Facts {
        Facts {
            filed_on: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            status: Status::Submitted,
            category: Some("jalan".into()),
            agency: None,
            channel: "web".into(),
            district: Some("pogalan".into()),
            reopened: false,
            rating: None,
            first_response_minutes: None,
            answer_minutes: None,
        }
    }

    #[test]
    fn a_new_complaint_joins_one_row_of_each_dimension_it_has() {
        let deltas = changes(None, &facts());
        let dimensions: Vec<_> = deltas.iter().map(|(tally, _)| tally.dimension).collect();
        assert_eq!(
            dimensions,
            [
                Dimension::Status,
                Dimension::Category,
                Dimension::Agency,
                Dimension::Channel,
                Dimension::District
            ]
        );
        assert!(deltas.iter().all(|(_, delta)| *delta == 1));
        assert_eq!(deltas[2].0.key, "", "not yet dispatched");
    }

    #[test]
    fn a_status_change_moves_the_complaint_between_two_rows_only() {
        let before = facts();
        let after = Facts {
            status: Status::Dispatched,
            agency: Some("dpupr".into()),
            first_response_minutes: Some(95),
            ..before.clone()
        };
        let mut deltas = changes(Some(&before), &after);
        deltas.sort();
        let keyed: Vec<_> = deltas
            .iter()
            .map(|(tally, delta)| (tally.dimension.code(), tally.key.as_str(), *delta))
            .collect();
        assert_eq!(
            keyed,
            [
                ("status".to_owned(), "dispatched", 1),
                ("status".to_owned(), "submitted", -1),
                ("agency".to_owned(), "", -1),
                ("agency".to_owned(), "dpupr", 1),
                ("first_response".to_owned(), "90", 1),
            ]
        );
        assert!(changes(Some(&after), &after).is_empty());
    }

    #[test]
    fn buckets_are_fine_early_and_coarse_late() {
        assert_eq!(bucket_of(-3), 0);
        assert_eq!(bucket_of(4), 0);
        assert_eq!(bucket_of(59), 55);
        assert_eq!(bucket_of(61), 60);
        assert_eq!(bucket_of(24 * 60 + 10), 24 * 60);
        assert_eq!(bucket_of(8 * 24 * 60 + 100), 8 * 24 * 60);
        assert_eq!(bucket_of(60 * 24 * 60 + 3), 60 * 24 * 60);
        assert_eq!(bucket_of(68 * 24 * 60), 67 * 24 * 60);
    }

    #[test]
    fn percentiles_by_hand() {
        // Ten durations: 3, 3, 12, 12, 12, 40, 90, 90, 200, 3000 minutes.
        let durations = [3, 3, 12, 12, 12, 40, 90, 90, 200, 3000];
        let mut buckets = std::collections::BTreeMap::<i64, u64>::new();
        for minutes in durations {
            *buckets.entry(bucket_of(minutes)).or_default() += 1;
        }
        let buckets: Vec<_> = buckets.into_iter().collect();
        // The median is the 5th value (12), in the bucket 10–15.
        assert_eq!(percentile(&buckets, 0.5), Some(15));
        // The 90th percentile is the 9th value (200), in the bucket 180–210.
        assert_eq!(percentile(&buckets, 0.9), Some(210));
        assert_eq!(percentile(&buckets, 1.0), Some(3000 - 3000 % 180 + 180));
        assert_eq!(percentile(&[], 0.5), None);
    }

    #[test]
    fn an_agency_share_needs_a_sample() {
        assert_eq!(ranked_share(19, 19, 10), None, "under the minimum sample");
        assert_eq!(ranked_share(12, 20, 10), None, "8 late is a small count");
        assert_eq!(ranked_share(15, 30, 10), Some(50));
        assert_eq!(ranked_share(0, 40, 10), Some(0));
        assert_eq!(ranked_share(2, 3, 10), None);
    }

    #[test]
    fn verdicts_are_the_reporters_three_answers() {
        let day = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
        assert_eq!(
            Tally::verdict(ActionKind::Reject, day).map(|tally| tally.key),
            Some("rejected".into())
        );
        assert_eq!(Tally::verdict(ActionKind::Validate, day), None);
        let _ = Status::Closed(Closure::NoAnswer);
    }

    proptest! {
        /// A duration lies in its bucket, and the bucket's end is past it.
        #[test]
        fn every_duration_lies_in_its_bucket(minutes in 0i64..1_000_000) {
            let start = bucket_of(minutes);
            prop_assert!(start <= minutes);
            prop_assert!(minutes < start + bucket_width(start));
        }

        /// Applying the changes of every step of a complaint's life leaves exactly the tallies
        /// of where it ends.
        #[test]
        fn changes_add_up_to_the_last_facts(
            statuses in proptest::collection::vec(0usize..Status::ALL.len(), 1..8),
            agencies in proptest::collection::vec(proptest::option::of("[a-c]"), 1..8),
        ) {
            let mut totals = std::collections::BTreeMap::<Tally, i64>::new();
            let mut previous: Option<Facts> = None;
            for (index, status) in statuses.iter().enumerate() {
                let facts = Facts {
                    status: Status::ALL[*status],
                    agency: agencies[index % agencies.len()].clone(),
                    reopened: index % 3 == 2,
                    ..facts()
                };
                for (tally, delta) in changes(previous.as_ref(), &facts) {
                    *totals.entry(tally).or_default() += delta;
                }
                previous = Some(facts);
            }
            totals.retain(|_, count| *count != 0);
            let mut expected: Vec<_> = previous.unwrap().tallies();
            expected.sort();
            let got: Vec<_> = totals.keys().cloned().collect();
            prop_assert_eq!(got, expected);
            prop_assert!(totals.values().all(|count| *count == 1));
        }
    }
}
