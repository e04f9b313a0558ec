//! The two storage backends stay in step: the same tables and columns after their migrations.

use std::collections::BTreeSet;

#[tokio::test]
async fn sqlite_and_postgresql_have_the_same_tables_and_columns() {
    let Some(server) =
        crate::helpers::needed_server("ADUAN_TEST_POSTGRES", "the schema comparison")
    else {
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
    let mut admin = crate::helpers::fresh_postgres_database(server, &name).await;
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

/// A SQLite desk moves to PostgreSQL with nothing lost: every table's rows and checksums agree,
/// a second run changes nothing, a third after more filings brings them over, and the PostgreSQL
/// desk then files new complaints of its own (its sequences start past the copied ids).
#[tokio::test]
async fn a_sqlite_desk_moves_to_postgresql_with_nothing_lost() {
    let Some(server) = crate::helpers::needed_server("ADUAN_TEST_POSTGRES", "the migration") else {
        return;
    };
    use app::storage::{Db, migrate, seed, statistics};
    let folder = std::env::temp_dir().join(format!("aduan-migrate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    let source = Db::connect(&format!("sqlite://{}/aduan.db", folder.display()))
        .await
        .unwrap();
    let key = app::personal_data::MasterKey::generate().unwrap();
    let protector = app::personal_data::Protector::new(&key);
    let clock = app::domain::sop::StepClock::new(
        app::domain::sop::surabaya(),
        chrono::FixedOffset::east_opt(7 * 3600).unwrap(),
    );
    let prefix = app::domain::tracking_code::RegionPrefix::parse("TGK").unwrap();
    let options = |complaints, seed| seed::SeedOptions {
        complaints,
        days: 60,
        until: chrono::Utc::now(),
        seed,
    };
    seed::seed(&source, &protector, &prefix, &clock, &options(400, 3))
        .await
        .unwrap();
    app::auth::accounts::create(
        &source,
        &protector,
        &app::auth::accounts::AccountRequest {
            username: "budi".into(),
            display_name: "Budi".into(),
            role: app::domain::officer::OfficerRole::MainDesk,
            agency: None,
            email: None,
            password: "kopi-tubruk-pagi-hari-42".into(),
        },
        "Aduan",
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    app::storage::api_keys::create(
        &source,
        &protector,
        "gateway",
        app::storage::api_keys::Scope::Create,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    // A duplicate pointing at a later complaint: the table's reference to itself.
    let raw = sqlx::AnyPool::connect(&format!("sqlite://{}/aduan.db", folder.display()))
        .await
        .unwrap();
    sqlx::query("UPDATE complaints SET duplicate_of = 400 WHERE id = 2")
        .execute(&raw)
        .await
        .unwrap();

    let name = format!("aduan_migrate_{}", std::process::id());
    let server = server.trim_end_matches('/');
    let mut admin = crate::helpers::fresh_postgres_database(server, &name).await;
    let target = Db::connect(&format!("{server}/{name}")).await.unwrap();

    let all_arrived = |copies: &[migrate::TableCopy]| {
        copies
            .iter()
            .all(|copy| copy.checksums_match && copy.source_rows == copy.target_rows)
    };
    let first = migrate::copy_to(&source, &target).await.unwrap();
    assert!(all_arrived(&first), "{first:#?}");
    let rows = |copies: &[migrate::TableCopy], table: &str| {
        copies
            .iter()
            .find(|copy| copy.table == table)
            .map(|copy| copy.target_rows)
            .unwrap()
    };
    assert_eq!(rows(&first, "complaints"), 400);
    assert!(rows(&first, "complaint_events") > 400);
    assert!(rows(&first, "stats_daily") > 100);
    assert_eq!(rows(&first, "officers"), 1);
    assert_eq!(rows(&first, "api_keys"), 1);

    let again = migrate::copy_to(&source, &target).await.unwrap();
    assert_eq!(again, first, "a second run changes nothing");

    seed::seed(&source, &protector, &prefix, &clock, &options(25, 4))
        .await
        .unwrap();
    let third = migrate::copy_to(&source, &target).await.unwrap();
    assert!(all_arrived(&third), "{third:#?}");
    assert_eq!(rows(&third, "complaints"), 425);

    // The PostgreSQL desk goes on by itself.
    seed::seed(&target, &protector, &prefix, &clock, &options(10, 5))
        .await
        .unwrap();
    assert!(statistics::verify(&target).await.unwrap().is_empty());
    let pg = sqlx::AnyPool::connect(&format!("{server}/{name}"))
        .await
        .unwrap();
    let (count, duplicate_of): (i64, Option<i64>) = sqlx::query_as(
        "SELECT (SELECT CAST(COUNT(*) AS BIGINT) FROM complaints), \
         (SELECT duplicate_of FROM complaints WHERE id = 2)",
    )
    .fetch_one(&pg)
    .await
    .unwrap();
    assert_eq!((count, duplicate_of), (435, Some(400)));

    pg.close().await;
    raw.close().await;
    source.close().await;
    target.close().await;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut admin)
        .await
        .unwrap();
    let _ = std::fs::remove_dir_all(&folder);
}
