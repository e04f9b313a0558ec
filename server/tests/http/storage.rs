//! The two storage backends stay in step: the same tables and columns after their migrations.

use std::collections::BTreeSet;

#[tokio::test]
async fn sqlite_and_postgresql_have_the_same_tables_and_columns() {
    let Ok(server) = std::env::var("ADUAN_TEST_POSTGRES") else {
        eprintln!("ADUAN_TEST_POSTGRES is not set: the schema comparison needs PostgreSQL");
        return;
    };
    let folder = std::env::temp_dir().join(format!("aduan-schema-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    let sqlite = app::storage::Db::connect(&format!("sqlite://{}/schema.db", folder.display()))
        .await
        .unwrap();
    sqlite.close().await;

    let name = format!("aduan_schema_{}", std::process::id());
    let server = server.trim_end_matches('/');
    let mut admin =
        <sqlx::AnyConnection as sqlx::Connection>::connect(&format!("{server}/postgres"))
            .await
            .unwrap();
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut admin)
        .await
        .unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .unwrap();
    let postgres = app::storage::Db::connect(&format!("{server}/{name}"))
        .await
        .unwrap();
    postgres.close().await;

    let sqlite_pool = sqlx::AnyPool::connect(&format!("sqlite://{}/schema.db", folder.display()))
        .await
        .unwrap();
    let sqlite_columns: BTreeSet<(String, String)> = sqlx::query_as(
        "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
         WHERE m.type = 'table' AND m.name NOT IN ('sqlite_sequence', '_sqlx_migrations')",
    )
    .fetch_all(&sqlite_pool)
    .await
    .unwrap()
    .into_iter()
    .collect();
    let postgres_pool = sqlx::AnyPool::connect(&format!("{server}/{name}"))
        .await
        .unwrap();
    let postgres_columns: BTreeSet<(String, String)> = sqlx::query_as(
        "SELECT table_name::TEXT, column_name::TEXT FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(&postgres_pool)
    .await
    .unwrap()
    .into_iter()
    .collect();
    postgres_pool.close().await;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut admin)
        .await
        .unwrap();
    let _ = std::fs::remove_dir_all(&folder);

    assert!(sqlite_columns.len() > 50, "{sqlite_columns:?}");
    let only_sqlite: Vec<_> = sqlite_columns.difference(&postgres_columns).collect();
    let only_postgres: Vec<_> = postgres_columns.difference(&sqlite_columns).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "only in SQLite: {only_sqlite:?}; only in PostgreSQL: {only_postgres:?}"
    );
}
