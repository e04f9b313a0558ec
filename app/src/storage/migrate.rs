//! `aduan migrate-to postgres://…`: moves a desk from its SQLite file to PostgreSQL, everything
//! (complaints, timelines, officers, sessions, the outbox, the tallies …), then checks that each
//! table holds the same rows on both sides: the same count and the same checksum.
//!
//! Safe to re-run: every row is written as an upsert by its primary key, so a second run after an
//! interruption, or after more complaints came in on SQLite, brings the target up to date and
//! changes nothing else. The target's schema comes from its own migrations (run on connecting);
//! the tables are read from SQLite's catalogue and copied parents first, following the foreign
//! keys. A table's reference to itself (a duplicate's original) is filled in after its rows.

use super::{Backend, Db, StorageError};
use sha2::{Digest, Sha256};
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};

/// Rows read from SQLite at a time.
const CHUNK: i64 = 2_000;
/// Rows per `INSERT` on PostgreSQL (its limit is 65,535 parameters per statement).
const ROWS_PER_INSERT: usize = 200;

/// How one table came across.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableCopy {
    /// The table.
    pub table: String,
    /// Rows in SQLite.
    pub source_rows: u64,
    /// Rows in PostgreSQL after the copy.
    pub target_rows: u64,
    /// Whether both sides' checksums (SHA-256 over every row in key order) agree.
    pub checksums_match: bool,
}

/// A value as it travels: the column's type on PostgreSQL decides how it is read and bound.
#[derive(Clone, Debug, PartialEq)]
enum Value {
    Int(Option<i64>),
    Float(Option<f64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

impl Value {
    /// The canonical text the checksum is taken over.
    fn canonical(&self) -> String {
        match self {
            Value::Int(Some(value)) => value.to_string(),
            Value::Float(Some(value)) => format!("{value:?}"),
            Value::Text(Some(value)) => value.clone(),
            Value::Bytes(Some(value)) => value.iter().map(|byte| format!("{byte:02x}")).collect(),
            _ => "\u{0}NULL".to_owned(),
        }
    }

    fn null_like(&self) -> Value {
        match self {
            Value::Int(_) => Value::Int(None),
            Value::Float(_) => Value::Float(None),
            Value::Text(_) => Value::Text(None),
            Value::Bytes(_) => Value::Bytes(None),
        }
    }
}

/// How a column is read, from its PostgreSQL type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Text,
    Bytes,
}

fn read(row: &sqlx::any::AnyRow, index: usize, kind: Kind) -> Result<Value, StorageError> {
    Ok(match kind {
        Kind::Int => Value::Int(row.try_get(index)?),
        Kind::Float => Value::Float(row.try_get(index)?),
        Kind::Text => Value::Text(row.try_get(index)?),
        Kind::Bytes => Value::Bytes(row.try_get(index)?),
    })
}

/// A table's shape.
#[derive(Clone, Debug)]
struct Table {
    name: String,
    columns: Vec<(String, Kind)>,
    key: Vec<String>,
    /// Columns that reference the table itself.
    self_references: Vec<String>,
}

/// Copies every table of `source` (SQLite) into `target` (PostgreSQL) and checks them.
///
/// # Errors
/// [`StorageError::UnsupportedBackend`] unless the source is SQLite and the target PostgreSQL.
pub async fn copy_to(source: &Db, target: &Db) -> Result<Vec<TableCopy>, StorageError> {
    if source.backend() != Backend::Sqlite || target.backend() != Backend::Postgres {
        return Err(StorageError::UnsupportedBackend);
    }
    let tables = tables(source, target).await?;
    let mut copies = Vec::with_capacity(tables.len());
    for table in &tables {
        copy_table(source, target, table).await?;
    }
    for table in &tables {
        reset_sequence(target, table).await?;
        let (source_rows, source_sum) = checksum(source, table).await?;
        let (target_rows, target_sum) = checksum(target, table).await?;
        copies.push(TableCopy {
            table: table.name.clone(),
            source_rows,
            target_rows,
            checksums_match: source_sum == target_sum,
        });
    }
    Ok(copies)
}

/// The tables to copy, parents first. Not the migrations' own record, nor `page_generation`: the
/// target counts its own (every row copied counts as a write there).
async fn tables(source: &Db, target: &Db) -> Result<Vec<Table>, StorageError> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name NOT IN ('_sqlx_migrations', 'page_generation') ORDER BY name",
    )
    .fetch_all(source.pool())
    .await?;
    let mut shapes = BTreeMap::new();
    let mut parents = BTreeMap::<String, BTreeSet<String>>::new();
    for name in &names {
        // Table names come from SQLite's own catalogue, never from a request.
        let info = sqlx::query(&format!(
            "SELECT name, CAST(pk AS BIGINT) AS pk FROM pragma_table_info('{name}') ORDER BY cid"
        ))
        .fetch_all(source.pool())
        .await?;
        let kinds: BTreeMap<String, String> = sqlx::query(
            "SELECT column_name::TEXT AS name, data_type::TEXT AS kind \
             FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
        )
        .bind(name)
        .fetch_all(target.pool())
        .await?
        .iter()
        .map(|row| Ok((row.try_get("name")?, row.try_get("kind")?)))
        .collect::<Result<_, StorageError>>()?;
        let mut columns = Vec::new();
        let mut key = Vec::<(i64, String)>::new();
        for row in &info {
            let column: String = row.try_get("name")?;
            let position: i64 = row.try_get("pk")?;
            let kind = match kinds.get(&column).map(String::as_str) {
                Some("bigint" | "integer" | "smallint") => Kind::Int,
                Some("double precision" | "real" | "numeric") => Kind::Float,
                Some("bytea") => Kind::Bytes,
                Some(_) => Kind::Text,
                None => {
                    return Err(StorageError::Corrupt(format!(
                        "{name}.{column} is not in the PostgreSQL schema"
                    )));
                }
            };
            if position > 0 {
                key.push((position, column.clone()));
            }
            columns.push((column, kind));
        }
        key.sort();
        let references = sqlx::query(&format!(
            "SELECT \"table\" AS parent, \"from\" AS column_name FROM pragma_foreign_key_list('{name}')"
        ))
        .fetch_all(source.pool())
        .await?;
        let mut self_references = Vec::new();
        for reference in &references {
            let parent: String = reference.try_get("parent")?;
            if &parent == name {
                self_references.push(reference.try_get("column_name")?);
            } else {
                parents.entry(name.clone()).or_default().insert(parent);
            }
        }
        shapes.insert(
            name.clone(),
            Table {
                name: name.clone(),
                columns,
                key: key.into_iter().map(|(_, column)| column).collect(),
                self_references,
            },
        );
    }
    // Parents first (Kahn's order; the schema has no cycles but a table's own).
    let mut ordered = Vec::new();
    let mut placed = BTreeSet::new();
    while placed.len() < names.len() {
        let ready: Vec<String> = names
            .iter()
            .filter(|name| !placed.contains(*name))
            .filter(|name| {
                parents.get(*name).is_none_or(|parents| {
                    parents
                        .iter()
                        .all(|parent| placed.contains(parent) || !shapes.contains_key(parent))
                })
            })
            .cloned()
            .collect();
        if ready.is_empty() {
            return Err(StorageError::Corrupt(
                "the foreign keys form a cycle".to_owned(),
            ));
        }
        for name in ready {
            placed.insert(name.clone());
            if let Some(table) = shapes.remove(&name) {
                ordered.push(table);
            }
        }
    }
    Ok(ordered)
}

async fn copy_table(source: &Db, target: &Db, table: &Table) -> Result<(), StorageError> {
    let names: Vec<&str> = table
        .columns
        .iter()
        .map(|(name, _)| name.as_str())
        .collect();
    let select = format!(
        "SELECT rowid AS aduan_rowid, {} FROM {} WHERE rowid > $1 ORDER BY rowid LIMIT $2",
        names.join(", "),
        table.name
    );
    let updates: Vec<String> = names
        .iter()
        .filter(|name| !table.key.iter().any(|key| key == *name))
        .map(|name| format!("{name} = EXCLUDED.{name}"))
        .collect();
    let conflict = if updates.is_empty() {
        format!("ON CONFLICT ({}) DO NOTHING", table.key.join(", "))
    } else {
        format!(
            "ON CONFLICT ({}) DO UPDATE SET {}",
            table.key.join(", "),
            updates.join(", ")
        )
    };
    let mut after = i64::MIN;
    let mut deferred = Vec::new();
    loop {
        let rows = sqlx::query(&select)
            .bind(after)
            .bind(CHUNK)
            .fetch_all(source.pool())
            .await?;
        let Some(last) = rows.last() else {
            break;
        };
        after = last.try_get("aduan_rowid")?;
        let mut values = Vec::with_capacity(rows.len());
        for row in &rows {
            let mut row_values = Vec::with_capacity(names.len());
            for (index, (name, kind)) in table.columns.iter().enumerate() {
                let value = read(row, index + 1, *kind)?;
                if table.self_references.contains(name) {
                    // Filled in once every row of the table is there.
                    deferred.push((key_values(table, row)?, name.clone(), value.clone()));
                    row_values.push(value.null_like());
                } else {
                    row_values.push(value);
                }
            }
            values.push(row_values);
        }
        let mut tx = target.begin().await?;
        for batch in values.chunks(ROWS_PER_INSERT) {
            let mut placeholders = Vec::with_capacity(batch.len());
            let mut number = 0;
            for _ in batch {
                let row: Vec<String> = (0..names.len())
                    .map(|_| {
                        number += 1;
                        format!("${number}")
                    })
                    .collect();
                placeholders.push(format!("({})", row.join(", ")));
            }
            let sql = format!(
                "INSERT INTO {} ({}) VALUES {} {conflict}",
                table.name,
                names.join(", "),
                placeholders.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for value in batch.iter().flatten() {
                query = bind(query, value);
            }
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
    }
    for (key, column, value) in deferred {
        if value.canonical() == Value::Text(None).canonical() {
            continue;
        }
        let condition: Vec<String> = table
            .key
            .iter()
            .enumerate()
            .map(|(index, name)| format!("{name} = ${}", index + 2))
            .collect();
        let sql = format!(
            "UPDATE {} SET {column} = $1 WHERE {}",
            table.name,
            condition.join(" AND ")
        );
        let mut query = bind(sqlx::query(&sql), &value);
        for part in &key {
            query = bind(query, part);
        }
        query.execute(target.pool()).await?;
    }
    Ok(())
}

fn key_values(table: &Table, row: &sqlx::any::AnyRow) -> Result<Vec<Value>, StorageError> {
    table
        .key
        .iter()
        .map(|key| {
            let (index, (_, kind)) = table
                .columns
                .iter()
                .enumerate()
                .find(|(_, (name, _))| name == key)
                .ok_or_else(|| {
                    StorageError::Corrupt(format!("{}: no key column {key}", table.name))
                })?;
            read(row, index + 1, *kind)
        })
        .collect()
}

fn bind<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    value: &Value,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    match value.clone() {
        Value::Int(value) => query.bind(value),
        Value::Float(value) => query.bind(value),
        Value::Text(value) => query.bind(value),
        Value::Bytes(value) => query.bind(value),
    }
}

/// Sets a serial key's sequence past the copied rows, so new rows get new ids.
async fn reset_sequence(target: &Db, table: &Table) -> Result<(), StorageError> {
    if table.key != ["id"] {
        return Ok(());
    }
    let sequence: Option<String> =
        sqlx::query_scalar("SELECT pg_get_serial_sequence($1, 'id')::TEXT")
            .bind(&table.name)
            .fetch_one(target.pool())
            .await?;
    if sequence.is_some() {
        sqlx::query(&format!(
            "SELECT CAST(setval(pg_get_serial_sequence('{0}', 'id'), \
             GREATEST(COALESCE(MAX(id), 0), 1)) AS BIGINT) FROM {0}",
            table.name
        ))
        .fetch_one(target.pool())
        .await?;
    }
    Ok(())
}

/// The table's row count and a checksum of its rows, on either side: the SHA-256 of each row,
/// summed (so the two databases' different orderings of text do not matter). Read in chunks by
/// `id` where that is the key, so a million rows need not be in memory at once.
async fn checksum(db: &Db, table: &Table) -> Result<(u64, String), StorageError> {
    let names: Vec<&str> = table
        .columns
        .iter()
        .map(|(name, _)| name.as_str())
        .collect();
    let by_id = table.key == ["id"];
    let mut lanes = [0u64; 4];
    let mut count = 0u64;
    let mut after = i64::MIN;
    loop {
        let rows = if by_id {
            sqlx::query(&format!(
                "SELECT {} FROM {} WHERE id > $1 ORDER BY id LIMIT $2",
                names.join(", "),
                table.name
            ))
            .bind(after)
            .bind(CHUNK)
            .fetch_all(db.pool())
            .await?
        } else {
            sqlx::query(&format!("SELECT {} FROM {}", names.join(", "), table.name))
                .fetch_all(db.pool())
                .await?
        };
        for row in &rows {
            let mut hash = Sha256::new();
            for (index, (_, kind)) in table.columns.iter().enumerate() {
                hash.update(read(row, index, *kind)?.canonical().as_bytes());
                hash.update([0x1f]);
            }
            let digest = hash.finalize();
            for (lane, bytes) in lanes.iter_mut().zip(digest.chunks(8)) {
                let mut word = [0u8; 8];
                word.copy_from_slice(bytes);
                *lane = lane.wrapping_add(u64::from_le_bytes(word));
            }
            count += 1;
        }
        match (by_id, rows.last()) {
            (true, Some(last)) => after = last.try_get("id")?,
            _ => break,
        }
    }
    Ok((
        count,
        lanes.iter().map(|lane| format!("{lane:016x}")).collect(),
    ))
}
