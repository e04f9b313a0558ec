//! Publishing the statistics: a period's figures built from the tallies, every count through
//! the disclosure rule, and remembered while nothing changes.

use crate::domain::desk_list::Choice;
use crate::domain::period::Period;
use crate::domain::public_statistics::{AgencyCompliance, Durations, PublicStatistics};
use crate::state::{AppState, CachedStatistics};
use crate::storage::StorageError;

/// Builds the statistics of `period` from the database (server only).
pub async fn build(state: &AppState, period: Period) -> Result<PublicStatistics, StorageError> {
    use crate::domain::disclosure::{DEFAULT_THRESHOLD, publish, publish_figure, publish_share};
    use crate::domain::sop::Step;
    use crate::domain::statistics::{Dimension, percentile, ranked_share};
    use crate::storage::{desk_lists, statistics};
    use std::collections::BTreeMap;

    let threshold = DEFAULT_THRESHOLD;
    let today = state.today();
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
        satisfaction: super::satisfaction::published(state, period, &agencies, threshold).await?,
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

/// How long an answer of [`published`] may be reused at most.
pub const STATISTICS_FRESH_FOR: std::time::Duration = std::time::Duration::from_secs(60);

/// Periods remembered at most; past it the cache starts over.
const CACHED_PERIODS: usize = 64;

/// The public statistics of `period`: [`build`]'s answer, reused while nothing changed. An answer
/// is reused while no timeline entry was added since it was built (every filing and every step
/// writes one, see [`crate::storage::statistics::last_change`]), on the same day, and for at most
/// [`STATISTICS_FRESH_FOR`]: the time bound covers what the entries cannot show (on PostgreSQL a
/// transaction with a smaller entry number committing late; a renamed agency).
pub async fn published(state: &AppState, period: Period) -> Result<PublicStatistics, StorageError> {
    let today = state.today();
    let last_change = crate::storage::statistics::last_change(&state.db).await?;
    let key = (period, today);
    let cache = &state.statistics_cache.answers;
    let lock = || {
        cache
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    };
    let fresh = || {
        lock()
            .get(&key)
            .filter(|cached| {
                cached.last_change == last_change && cached.built.elapsed() < STATISTICS_FRESH_FOR
            })
            .map(|cached| cached.statistics.clone())
    };
    if let Some(statistics) = fresh() {
        return Ok(statistics);
    }
    // One build at a time: readers who find the answer stale together (every minute, or after a
    // change) wait for one build and take it, instead of each summing the tallies at once and
    // holding every database connection (64 readers did: waits of over two seconds). It also
    // bounds what made-up periods can cost the database to one build at a time.
    let _building = state.statistics_cache.building.lock().await;
    if let Some(statistics) = fresh() {
        return Ok(statistics);
    }
    let statistics = build(state, period).await?;
    state
        .statistics_cache
        .builds
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut cached = lock();
    if cached.len() >= CACHED_PERIODS {
        cached.clear();
    }
    cached.insert(
        key,
        CachedStatistics {
            last_change,
            built: std::time::Instant::now(),
            statistics: statistics.clone(),
        },
    );
    Ok(statistics)
}
