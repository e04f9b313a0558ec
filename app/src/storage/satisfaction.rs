//! The satisfaction surveys ([`crate::domain::satisfaction`]): which complaints answered, and the
//! scores added to their agency's tally of the month, never kept one by one (see the migration
//! `0039_satisfaction_surveys.sql`).

use super::complaints::ComplaintId;
use super::rows::parse_status;
use super::transitions::{Entry, record};
use super::{Db, StorageError, to_millis};
use crate::domain::satisfaction::{ELEMENTS, Survey, Tally, is_offered};
use crate::domain::status::{ActionKind, Role};
use crate::domain::timeline::EntryKind;
use chrono::{DateTime, Utc};
use sqlx::Row;
use std::collections::BTreeMap;

/// What a complaint's reporter may still do with the survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SurveyState {
    /// Whether the complaint received an answer.
    pub answered: bool,
    /// Whether its reporter answered the survey already.
    pub surveyed: bool,
}

/// Whether complaint `id` was answered and whether its survey is in.
pub async fn state(db: &Db, id: ComplaintId) -> Result<SurveyState, StorageError> {
    let row = sqlx::query(
        "SELECT CAST(CASE WHEN c.answered_at IS NULL THEN 0 ELSE 1 END AS BIGINT) AS answered, \
         CAST((SELECT COUNT(*) FROM satisfaction_surveyed s WHERE s.complaint_id = c.id) \
         AS BIGINT) AS surveyed FROM complaints c WHERE c.id = $1",
    )
    .bind(id.0)
    .fetch_one(db.pool())
    .await?;
    Ok(SurveyState {
        answered: row.try_get::<i64, _>("answered")? > 0,
        surveyed: row.try_get::<i64, _>("surveyed")? > 0,
    })
}

/// Adds the survey of complaint `id` to its agency's tally of `month` (`YYYY-MM`, the desk's time
/// zone), with its timeline entry, if the complaint has none yet and its reporter is asked
/// ([`is_offered`], read under the complaint's write lock). Returns whether it was recorded: a second survey (a doubled
/// tap, a second browser) records nothing.
pub async fn record_survey(
    db: &Db,
    id: ComplaintId,
    month: &str,
    survey: &Survey,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let mut tx = db.begin().await?;
    // Writing first takes the write lock, so two surveys cannot both pass the check.
    let row = sqlx::query(
        "UPDATE complaints SET updated_at = updated_at WHERE id = $1 \
         RETURNING status, agency, \
         CAST(CASE WHEN answered_at IS NULL THEN 0 ELSE 1 END AS BIGINT) AS answered",
    )
    .bind(id.0)
    .fetch_one(&mut *tx)
    .await?;
    let status = parse_status(&row.try_get::<String, _>("status")?)?;
    let agency: Option<String> = row.try_get("agency")?;
    if !is_offered(status, row.try_get::<i64, _>("answered")? > 0) {
        return Ok(false);
    }
    let first = sqlx::query(
        "INSERT INTO satisfaction_surveyed (complaint_id, at) VALUES ($1, $2) \
         ON CONFLICT (complaint_id) DO NOTHING",
    )
    .bind(id.0)
    .bind(to_millis(now))
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !first {
        return Ok(false);
    }
    add_to_tally(
        &mut tx,
        agency.as_deref().unwrap_or_default(),
        month,
        survey,
    )
    .await?;
    let entry = Entry {
        kind: EntryKind::SurveyAnswered,
        role: Role::Reporter,
        officer: None,
        status,
        note: None,
    };
    record(&mut tx, id, &entry, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Adds one survey to the tally of `agency` and `month` inside `tx`.
pub(crate) async fn add_to_tally(
    tx: &mut super::Tx,
    agency: &str,
    month: &str,
    survey: &Survey,
) -> Result<(), StorageError> {
    let mut insert = sqlx::query(
        "INSERT INTO satisfaction_tallies \
         (agency, month, respondents, s1, s2, s3, s4, s5, s6, s7, s8, s9) \
         VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (agency, month) DO UPDATE SET \
         respondents = satisfaction_tallies.respondents + 1, \
         s1 = satisfaction_tallies.s1 + EXCLUDED.s1, s2 = satisfaction_tallies.s2 + EXCLUDED.s2, \
         s3 = satisfaction_tallies.s3 + EXCLUDED.s3, s4 = satisfaction_tallies.s4 + EXCLUDED.s4, \
         s5 = satisfaction_tallies.s5 + EXCLUDED.s5, s6 = satisfaction_tallies.s6 + EXCLUDED.s6, \
         s7 = satisfaction_tallies.s7 + EXCLUDED.s7, s8 = satisfaction_tallies.s8 + EXCLUDED.s8, \
         s9 = satisfaction_tallies.s9 + EXCLUDED.s9",
    )
    .bind(agency)
    .bind(month);
    for score in survey.scores() {
        insert = insert.bind(i64::from(score));
    }
    insert.execute(&mut **tx).await?;
    Ok(())
}

/// The surveys of the months from `first` to `last` (`YYYY-MM`, both included), by agency code
/// (empty: none).
pub async fn tallies(
    db: &Db,
    first: &str,
    last: &str,
) -> Result<BTreeMap<String, Tally>, StorageError> {
    let rows = sqlx::query(
        "SELECT agency, CAST(SUM(respondents) AS BIGINT) AS respondents, \
         CAST(SUM(s1) AS BIGINT) AS s1, CAST(SUM(s2) AS BIGINT) AS s2, \
         CAST(SUM(s3) AS BIGINT) AS s3, CAST(SUM(s4) AS BIGINT) AS s4, \
         CAST(SUM(s5) AS BIGINT) AS s5, CAST(SUM(s6) AS BIGINT) AS s6, \
         CAST(SUM(s7) AS BIGINT) AS s7, CAST(SUM(s8) AS BIGINT) AS s8, \
         CAST(SUM(s9) AS BIGINT) AS s9 \
         FROM satisfaction_tallies WHERE month >= $1 AND month <= $2 GROUP BY agency",
    )
    .bind(first)
    .bind(last)
    .fetch_all(db.pool())
    .await?;
    let count =
        |value: i64| u64::try_from(value).map_err(|_| StorageError::Corrupt(value.to_string()));
    let mut tallies = BTreeMap::new();
    for row in rows {
        let mut sums = [0; ELEMENTS];
        for (element, sum) in sums.iter_mut().enumerate() {
            *sum = count(row.try_get(format!("s{}", element + 1).as_str())?)?;
        }
        tallies.insert(
            row.try_get("agency")?,
            Tally {
                respondents: count(row.try_get("respondents")?)?,
                sums,
            },
        );
    }
    Ok(tallies)
}

/// The people the survey was offered to between `from` and `to` (instants, `to` excluded): the
/// answered complaints closed then with their answer, by the agency that handled them. The
/// population the minimum sample is drawn from.
pub async fn population(
    db: &Db,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<BTreeMap<String, u64>, StorageError> {
    let rows = sqlx::query(
        "SELECT COALESCE(c.agency, '') AS agency, CAST(COUNT(DISTINCT c.id) AS BIGINT) AS closed \
         FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id \
         WHERE e.action IN ($1, $2) AND e.at >= $3 AND e.at < $4 AND c.answered_at IS NOT NULL \
         GROUP BY COALESCE(c.agency, '')",
    )
    .bind(ActionKind::Confirm.code())
    .bind(ActionKind::CloseNoAnswer.code())
    .bind(to_millis(from))
    .bind(to_millis(to))
    .fetch_all(db.pool())
    .await?;
    rows.into_iter()
        .map(|row| {
            let closed: i64 = row.try_get("closed")?;
            Ok((
                row.try_get("agency")?,
                u64::try_from(closed).map_err(|_| StorageError::Corrupt(closed.to_string()))?,
            ))
        })
        .collect()
}
