//! Counts for the public statistics: complaints filed in a period, by status, category, agency
//! and channel, and how the closed ones ended. Raw counts: publishing goes through
//! [`crate::domain::disclosure`].

use super::{Db, StorageError, to_millis};
use chrono::{DateTime, Utc};
use sqlx::Row;

/// The true counts of one period.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    /// By status code.
    pub by_status: Vec<(String, u64)>,
    /// By category code (`""` for none).
    pub by_category: Vec<(String, u64)>,
    /// By agency name (`""` for not yet dispatched).
    pub by_agency: Vec<(String, u64)>,
    /// By channel code.
    pub by_channel: Vec<(String, u64)>,
    /// By month of filing (`YYYY-MM`), in the desk's time zone.
    pub by_month: Vec<(String, u64)>,
    /// Ratings given on confirmation: their number and sum.
    pub ratings: (u64, u64),
    /// Complaints reopened by their reporter at least once.
    pub reopened: u64,
}

/// The counts of complaints filed from `from` (inclusive) to `to` (exclusive); months are cut in
/// the time zone `offset_minutes` east of UTC.
pub async fn counts(
    db: &Db,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    offset_minutes: i32,
) -> Result<Counts, StorageError> {
    let (from, to) = (to_millis(from), to_millis(to));
    let group = |column: &str| {
        format!(
            "SELECT COALESCE({column}, '') AS k, COUNT(*) AS n FROM complaints c \
             LEFT JOIN agencies a ON a.code = c.agency \
             WHERE c.created_at >= $1 AND c.created_at < $2 GROUP BY COALESCE({column}, '') \
             ORDER BY k"
        )
    };
    let mut counts = Counts::default();
    for (column, target) in [
        ("c.status", &mut counts.by_status),
        ("c.category", &mut counts.by_category),
        ("a.name", &mut counts.by_agency),
        ("c.channel", &mut counts.by_channel),
    ] {
        let rows = sqlx::query(&group(column))
            .bind(from)
            .bind(to)
            .fetch_all(db.pool())
            .await?;
        for row in rows {
            let n: i64 = row.try_get("n")?;
            target.push((row.try_get("k")?, u64::try_from(n).unwrap_or_default()));
        }
    }
    // Months: read the instants and cut them here, the same way on every backend.
    let rows =
        sqlx::query("SELECT created_at FROM complaints WHERE created_at >= $1 AND created_at < $2")
            .bind(from)
            .bind(to)
            .fetch_all(db.pool())
            .await?;
    let offset = chrono::FixedOffset::east_opt(offset_minutes * 60)
        .unwrap_or(chrono::FixedOffset::east_opt(0).expect("zero offset"));
    let mut months = std::collections::BTreeMap::<String, u64>::new();
    for row in rows {
        let at = super::from_millis(row.try_get("created_at")?)?;
        *months
            .entry(at.with_timezone(&offset).format("%Y-%m").to_string())
            .or_default() += 1;
    }
    counts.by_month = months.into_iter().collect();

    let row = sqlx::query(
        "SELECT COUNT(rating) AS rated, CAST(COALESCE(SUM(rating), 0) AS BIGINT) AS stars, \
         CAST(COALESCE(SUM(CASE WHEN reopen_count > 0 THEN 1 ELSE 0 END), 0) AS BIGINT) AS reopened \
         FROM complaints WHERE created_at >= $1 AND created_at < $2",
    )
    .bind(from)
    .bind(to)
    .fetch_one(db.pool())
    .await?;
    let rated: i64 = row.try_get("rated")?;
    let stars: i64 = row.try_get("stars")?;
    let reopened: i64 = row.try_get("reopened")?;
    counts.ratings = (
        u64::try_from(rated).unwrap_or_default(),
        u64::try_from(stars).unwrap_or_default(),
    );
    counts.reopened = u64::try_from(reopened).unwrap_or_default();
    Ok(counts)
}

/// How an agency fared with the desk in a period: dispatches it received, dispatches it returned
/// as not its business, answers the desk sent back for fixing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgencyBounces {
    /// The agency's name.
    pub agency: String,
    /// Dispatched to it.
    pub dispatched: u64,
    /// Returned by it to the main desk.
    pub returned: u64,
    /// Its answers sent back by the main desk.
    pub sent_back: u64,
}

/// Dispatches, returned dispatches and answers sent back per agency, for steps taken from `from`
/// (inclusive) to `to` (exclusive), by agency name.
pub async fn bounces(
    db: &Db,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<AgencyBounces>, StorageError> {
    let rows = sqlx::query(
        "SELECT COALESCE(a.name, e.agency) AS agency, e.action, COUNT(*) AS n \
         FROM complaint_events e LEFT JOIN agencies a ON a.code = e.agency \
         WHERE e.at >= $1 AND e.at < $2 AND e.agency IS NOT NULL \
         AND e.action IN ('dispatch', 'return_dispatch', 'send_back') \
         GROUP BY COALESCE(a.name, e.agency), e.action",
    )
    .bind(to_millis(from))
    .bind(to_millis(to))
    .fetch_all(db.pool())
    .await?;
    let mut by_agency = std::collections::BTreeMap::<String, AgencyBounces>::new();
    for row in rows {
        let agency: String = row.try_get("agency")?;
        let action: String = row.try_get("action")?;
        let n: i64 = row.try_get("n")?;
        let entry = by_agency
            .entry(agency.clone())
            .or_insert_with(|| AgencyBounces {
                agency,
                ..AgencyBounces::default()
            });
        let count = u64::try_from(n).unwrap_or_default();
        match action.as_str() {
            "dispatch" => entry.dispatched += count,
            "return_dispatch" => entry.returned += count,
            _ => entry.sent_back += count,
        }
    }
    Ok(by_agency.into_values().collect())
}
