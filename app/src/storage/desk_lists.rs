//! The desk's lists: complaint categories and agencies (OPD), as offered on the filing form.

use super::{Db, StorageError};
use sqlx::Row;

/// One entry of a list, as a form offers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListEntry {
    /// Stable code, stored with the complaint.
    pub code: String,
    /// Name in Bahasa Indonesia.
    pub name_id: String,
    /// Name in English (an agency's proper name stays in Bahasa Indonesia).
    pub name_en: String,
}

/// The active categories, in the desk's order.
pub async fn categories(db: &Db) -> Result<Vec<ListEntry>, StorageError> {
    let rows = sqlx::query(
        "SELECT code, name_id, name_en FROM categories WHERE active = 1 ORDER BY position, code",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|row| {
            Ok(ListEntry {
                code: row.try_get("code")?,
                name_id: row.try_get("name_id")?,
                name_en: row.try_get("name_en")?,
            })
        })
        .collect()
}

/// The active agencies, in the desk's order.
pub async fn agencies(db: &Db) -> Result<Vec<ListEntry>, StorageError> {
    let rows =
        sqlx::query("SELECT code, name FROM agencies WHERE active = 1 ORDER BY position, code")
            .fetch_all(db.pool())
            .await?;
    rows.iter()
        .map(|row| {
            let name: String = row.try_get("name")?;
            Ok(ListEntry {
                code: row.try_get("code")?,
                name_id: name.clone(),
                name_en: name,
            })
        })
        .collect()
}

/// Whether `code` is an active category.
pub async fn is_category(db: &Db, code: &str) -> Result<bool, StorageError> {
    is_active(db, "categories", code).await
}

/// Whether `code` is an active agency.
pub async fn is_agency(db: &Db, code: &str) -> Result<bool, StorageError> {
    is_active(db, "agencies", code).await
}

/// `table` is one of this module's own table names, never input.
async fn is_active(db: &Db, table: &'static str, code: &str) -> Result<bool, StorageError> {
    let found: Option<i64> = sqlx::query_scalar(&format!(
        "SELECT 1 FROM {table} WHERE code = $1 AND active = 1"
    ))
    .bind(code)
    .fetch_optional(db.pool())
    .await?;
    Ok(found.is_some())
}

/// One entry of a list as the system administrator manages it, inactive ones included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManagedEntry {
    /// The entry.
    pub entry: ListEntry,
    /// Whether forms offer it.
    pub active: bool,
}

/// Which of the desk's lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// Complaint categories (names in both languages).
    Categories,
    /// Agencies (one proper name).
    Agencies,
}

impl List {
    const fn table(self) -> &'static str {
        match self {
            List::Categories => "categories",
            List::Agencies => "agencies",
        }
    }
}

/// Every entry of `list`, inactive ones included, in the desk's order.
pub async fn managed(db: &Db, list: List) -> Result<Vec<ManagedEntry>, StorageError> {
    let sql = match list {
        List::Categories => {
            "SELECT code, name_id, name_en, active FROM categories ORDER BY position, code"
        }
        List::Agencies => {
            "SELECT code, name AS name_id, name AS name_en, active FROM agencies \
             ORDER BY position, code"
        }
    };
    sqlx::query(sql)
        .fetch_all(db.pool())
        .await?
        .iter()
        .map(|row| {
            let active: i64 = row.try_get("active")?;
            Ok(ManagedEntry {
                entry: ListEntry {
                    code: row.try_get("code")?,
                    name_id: row.try_get("name_id")?,
                    name_en: row.try_get("name_en")?,
                },
                active: active != 0,
            })
        })
        .collect()
}

/// Adds an entry at the end of `list` (an agency keeps `name_id` as its one name).
///
/// # Errors
/// [`StorageError::Conflict`] when the code is taken.
pub async fn add(db: &Db, list: List, entry: &ListEntry) -> Result<(), StorageError> {
    let table = list.table();
    let position: i64 = sqlx::query_scalar(&format!(
        "SELECT CAST(COALESCE(MAX(position), 0) + 10 AS BIGINT) FROM {table}"
    ))
    .fetch_one(db.pool())
    .await?;
    let query = match list {
        List::Categories => sqlx::query(
            "INSERT INTO categories (code, name_id, name_en, position) VALUES ($1, $2, $3, $4)",
        )
        .bind(&entry.code)
        .bind(&entry.name_id)
        .bind(&entry.name_en),
        List::Agencies => {
            sqlx::query("INSERT INTO agencies (code, name, position) VALUES ($1, $2, $3)")
                .bind(&entry.code)
                .bind(&entry.name_id)
        }
    };
    query.bind(position).execute(db.pool()).await?;
    Ok(())
}

/// Offers the entry `code` of `list` on forms again, or stops offering it (complaints that name
/// it keep it); `false` when no entry has that code.
pub async fn set_active(
    db: &Db,
    list: List,
    code: &str,
    active: bool,
) -> Result<bool, StorageError> {
    let changed = sqlx::query(&format!(
        "UPDATE {} SET active = $1 WHERE code = $2",
        list.table()
    ))
    .bind(i64::from(active))
    .bind(code)
    .execute(db.pool())
    .await?
    .rows_affected();
    Ok(changed == 1)
}

/// Makes `agency` the default agency of category `category` (`None`: no default); `false`
/// when no category has that code.
pub async fn set_default_agency(
    db: &Db,
    category: &str,
    agency: Option<&str>,
) -> Result<bool, StorageError> {
    let changed = sqlx::query("UPDATE categories SET default_agency = $1 WHERE code = $2")
        .bind(agency)
        .bind(category)
        .execute(db.pool())
        .await?
        .rows_affected();
    Ok(changed == 1)
}

/// Every category's default agency, by category code (categories without one left out).
pub async fn default_agencies(
    db: &Db,
) -> Result<std::collections::BTreeMap<String, String>, StorageError> {
    names(
        db,
        "SELECT code, default_agency AS name FROM categories WHERE default_agency IS NOT NULL",
    )
    .await
}

/// Every agency's name by its code (inactive ones too: old complaints still name them).
pub async fn agency_names(
    db: &Db,
) -> Result<std::collections::BTreeMap<String, String>, StorageError> {
    names(db, "SELECT code, name FROM agencies").await
}

/// Every district's name by its code.
pub async fn district_names(
    db: &Db,
) -> Result<std::collections::BTreeMap<String, String>, StorageError> {
    names(db, "SELECT code, name FROM districts").await
}

/// A district as the desk's intake offers it: where a complaint without coordinates is placed.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct District {
    /// Its code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its centroid's latitude.
    pub latitude: f64,
    /// Its centroid's longitude.
    pub longitude: f64,
}

/// Every district offered, by name.
pub async fn districts(db: &Db) -> Result<Vec<District>, StorageError> {
    Ok(sqlx::query_as(
        "SELECT code, name, latitude, longitude FROM districts WHERE active = 1 ORDER BY name",
    )
    .fetch_all(db.pool())
    .await?)
}

/// Every district, those no longer offered too (`false`), by name: the administrator's list.
pub async fn managed_districts(db: &Db) -> Result<Vec<(District, bool)>, StorageError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        district: District,
        active: i64,
    }
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT code, name, latitude, longitude, active FROM districts ORDER BY name",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| (row.district, row.active != 0))
        .collect())
}

/// Adds a district.
///
/// # Errors
/// [`StorageError::Conflict`] when the code is taken.
pub async fn add_district(db: &Db, district: &District) -> Result<(), StorageError> {
    sqlx::query("INSERT INTO districts (code, name, latitude, longitude) VALUES ($1, $2, $3, $4)")
        .bind(&district.code)
        .bind(&district.name)
        .bind(district.latitude)
        .bind(district.longitude)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Offers district `code` again, or stops offering it (complaints already in it keep it);
/// `false` when no district has that code.
pub async fn set_district_active(db: &Db, code: &str, active: bool) -> Result<bool, StorageError> {
    let changed = sqlx::query("UPDATE districts SET active = $1 WHERE code = $2")
        .bind(i64::from(active))
        .bind(code)
        .execute(db.pool())
        .await?
        .rows_affected();
    Ok(changed == 1)
}

/// A village (desa / kelurahan) of a district.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Village {
    /// Its code.
    pub code: String,
    /// Its district's code.
    pub district: String,
    /// Its name.
    pub name: String,
}

/// Every village offered, by district and name.
pub async fn villages(db: &Db) -> Result<Vec<Village>, StorageError> {
    Ok(sqlx::query_as(
        "SELECT code, district, name FROM villages WHERE active = 1 ORDER BY district, name",
    )
    .fetch_all(db.pool())
    .await?)
}

/// Every village, those no longer offered too (`false`): the administrator's list.
pub async fn managed_villages(db: &Db) -> Result<Vec<(Village, bool)>, StorageError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        village: Village,
        active: i64,
    }
    let rows: Vec<Row> =
        sqlx::query_as("SELECT code, district, name, active FROM villages ORDER BY district, name")
            .fetch_all(db.pool())
            .await?;
    Ok(rows
        .into_iter()
        .map(|row| (row.village, row.active != 0))
        .collect())
}

/// Adds a village to a district.
///
/// # Errors
/// [`StorageError::Conflict`] when the code is taken. That the district exists is the caller's
/// to check ([`districts`]).
pub async fn add_village(db: &Db, village: &Village) -> Result<(), StorageError> {
    sqlx::query("INSERT INTO villages (code, district, name) VALUES ($1, $2, $3)")
        .bind(&village.code)
        .bind(&village.district)
        .bind(&village.name)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Offers village `code` again, or stops offering it; `false` when no village has that code.
pub async fn set_village_active(db: &Db, code: &str, active: bool) -> Result<bool, StorageError> {
    let changed = sqlx::query("UPDATE villages SET active = $1 WHERE code = $2")
        .bind(i64::from(active))
        .bind(code)
        .execute(db.pool())
        .await?
        .rows_affected();
    Ok(changed == 1)
}

/// Every village's name by its code (those no longer offered too).
pub async fn village_names(
    db: &Db,
) -> Result<std::collections::BTreeMap<String, String>, StorageError> {
    names(db, "SELECT code, name FROM villages").await
}

async fn names(
    db: &Db,
    sql: &str,
) -> Result<std::collections::BTreeMap<String, String>, StorageError> {
    let rows = sqlx::query(sql).fetch_all(db.pool()).await?;
    rows.iter()
        .map(|row| Ok((row.try_get("code")?, row.try_get("name")?)))
        .collect()
}
