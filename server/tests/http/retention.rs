//! Retention (UU 27/2022): a finished complaint keeps its reporter's personal data for its SOP
//! profile's period, then the scheduler anonymises it, once, whichever of two instances gets
//! there first and however often it restarts; the statistics do not move.

use crate::file_complaint::receipt_code;
use crate::helpers::{Options, TestApp, get, test_object_store};
use app::clock::ManualClock;
use app::domain::status::{Action, Role};
use app::services::retention::{Swept, run_once};
use chrono::{DateTime, Duration, Utc};
use reqwest::multipart::{Form, Part};
use sqlx::Row;
use std::sync::Arc;

/// Monday 2 November 2026, 09:00 WIB.
fn monday() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-02T09:00:00+07:00")
        .unwrap()
        .with_timezone(&Utc)
}

/// A complaint with every kind of personal data the form takes, and `photo`.
fn form(title: &str, photo: &'static [u8]) -> Form {
    Form::new()
        .text("reporter_name", "Siti Rahayu")
        .text("nik", "3503015708900001")
        .text("privacy_notice", "1")
        .text("phone", "0812 3456 7890")
        .text("email", "siti@example.id")
        .text("title", title.to_owned())
        .text(
            "content",
            "Sudah dua minggu lampu jalan di depan rumah saya mati, jalan gelap dan rawan.",
        )
        .text("latitude", "-8.05064")
        .text("longitude", "111.71234")
        .text("address", "Jl. Soekarno-Hatta 12, depan rumah Bu Siti")
        .part(
            "photos",
            Part::bytes(photo.to_vec())
                .file_name("foto")
                .mime_str(if photo.starts_with(b"\x89PNG") {
                    "image/png"
                } else {
                    "image/jpeg"
                })
                .unwrap(),
        )
}

/// Every daily tally, as one text: what the statistics are computed from.
async fn tallies(app: &TestApp) -> String {
    sqlx::query("SELECT day, dimension, key, n FROM stats_daily ORDER BY day, dimension, key")
        .fetch_all(&app.database().await)
        .await
        .unwrap()
        .iter()
        .map(|row| {
            format!(
                "{} {} {} {}\n",
                row.get::<String, _>(0),
                row.get::<String, _>(1),
                row.get::<String, _>(2),
                row.get::<i64, _>(3)
            )
        })
        .collect()
}

#[tokio::test]
async fn a_finished_complaint_is_anonymised_once_after_its_retention_and_the_statistics_stay() {
    // Two instances share one database and one object store, as behind a load balancer.
    let Some(store) = test_object_store("retention") else {
        return;
    };
    let app = TestApp::spawn_with(Options {
        clock: Arc::new(ManualClock::new(monday())),
        object_store: Some(store),
        ..Options::default()
    })
    .await;
    let finished = receipt_code(
        &app.post_form(
            "/lapor",
            form("Lampu jalan mati", crate::file_complaint::PHOTO),
        )
        .await,
    );
    // Files are named by their content: the open complaint's photo is another.
    let open = receipt_code(
        &app.post_form(
            "/lapor",
            form("Jalan berlubang", include_bytes!("fixtures/gps.jpg")),
        )
        .await,
    );
    let follow = app
        .client
        .post(format!("{}/api/complaints/follow", app.address))
        .form(&[
            ("code", finished.as_str()),
            ("contact", "tetangga@example.id"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(follow.status(), 200);
    app.act_as(
        &finished,
        &Action::Withdraw { reason: None },
        Role::Reporter,
        monday(),
    )
    .await;
    let db = app.database().await;
    let photo_key: String = sqlx::query_scalar(
        "SELECT p.storage_key FROM complaint_photos p JOIN complaints c ON c.id = p.complaint_id \
         WHERE c.tracking_code = $1",
    )
    .bind(&finished)
    .fetch_one(&db)
    .await
    .unwrap();
    assert!(app.state.blobs.get(&photo_key).await.is_ok());
    let tallies_before = tallies(&app).await;
    let (_, statistics_before) = app.get("/statistik.json?tahun=2026").await;

    let beside = app.spawn_beside().await;
    let at = |days: i64| monday() + Duration::days(days);
    // Two years (730 days, the default profile's) have not yet passed.
    let (first, second) = tokio::join!(
        run_once(&app.state, at(729)),
        run_once(&beside.state, at(729))
    );
    assert_eq!(
        (first.unwrap(), second.unwrap()),
        (Swept::default(), Swept::default())
    );
    // They have: both schedulers meet on the complaint, one of them anonymises it.
    let (first, second) = tokio::join!(
        run_once(&app.state, at(731)),
        run_once(&beside.state, at(731))
    );
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(
        first.anonymised + second.anonymised,
        1,
        "{first:?} {second:?}"
    );
    assert!(
        first.files_deleted + second.files_deleted >= 1,
        "{first:?} {second:?}"
    );
    assert!(
        app.state.blobs.get(&photo_key).await.is_err(),
        "the original photo is deleted from the store"
    );
    drop(beside);
    // After a restart nothing is done again.
    let app = app.restart().await;
    assert_eq!(
        run_once(&app.state, at(800)).await.unwrap(),
        Swept::default()
    );

    let db = app.database().await;
    let row = sqlx::query(
        "SELECT reporter_name, phone, email, LENGTH(nik_sealed) AS nik, latitude, longitude, \
         address, title, anonymised_at FROM complaints WHERE tracking_code = $1",
    )
    .bind(&finished)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(row.get::<String, _>("reporter_name"), "");
    assert_eq!(row.get::<Option<String>, _>("phone"), None);
    assert_eq!(row.get::<Option<String>, _>("email"), None);
    assert_eq!(row.get::<i64, _>("nik"), 0);
    // The district's centroid (Trenggalek, to 0.01°), not the reported point.
    let (latitude, longitude) = (
        row.get::<f64, _>("latitude"),
        row.get::<f64, _>("longitude"),
    );
    assert!(
        ((latitude * 100.0).round() - latitude * 100.0).abs() < 1e-6
            && (latitude, longitude) != (-8.05064, 111.71234),
        "{latitude}, {longitude}"
    );
    assert!(!row.get::<String, _>("address").contains("Bu Siti"));
    assert_eq!(row.get::<String, _>("title"), "Lampu jalan mati");
    assert!(row.get::<Option<i64>, _>("anonymised_at").is_some());
    let count = |sql: &'static str| {
        let db = db.clone();
        let code = finished.clone();
        async move {
            sqlx::query_scalar::<_, i64>(sql)
                .bind(code)
                .fetch_one(&db)
                .await
                .unwrap()
        }
    };
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM followers WHERE complaint_id = \
             (SELECT id FROM complaints WHERE tracking_code = $1)"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM outbox WHERE complaint_id = \
             (SELECT id FROM complaints WHERE tracking_code = $1)"
        )
        .await,
        0
    );
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM complaint_photos WHERE complaint_id = \
             (SELECT id FROM complaints WHERE tracking_code = $1)"
        )
        .await,
        0
    );
    // The record says what went, once, and never the data itself.
    let records: Vec<String> = sqlx::query_scalar("SELECT removed FROM anonymisations")
        .fetch_all(&db)
        .await
        .unwrap();
    assert_eq!(records.len(), 1);
    for kind in [
        "name",
        "nik",
        "phone",
        "email",
        "exact_location",
        "followers",
        "original_photos",
    ] {
        assert!(
            records[0].split(',').any(|code| code == kind),
            "{kind} in {records:?}"
        );
    }
    assert_eq!(
        count("SELECT COUNT(*) FROM blob_deletions WHERE $1 <> ''").await,
        0
    );
    // The complaint still open keeps everything.
    let kept: String =
        sqlx::query_scalar("SELECT reporter_name FROM complaints WHERE tracking_code = $1")
            .bind(&open)
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(kept, "Siti Rahayu");

    // The statistics are what they were.
    assert_eq!(tallies(&app).await, tallies_before);
    let (_, statistics_after) = app.get("/statistik.json?tahun=2026").await;
    assert_eq!(statistics_after, statistics_before);

    // The desk sees when the reporter's data went, and no reporter.
    let desk = app.main_desk().await;
    let (status, page) = get(&app, &desk, &format!("/petugas/aduan/{finished}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("reporter-anonymised"), "{page}");
    assert!(!page.contains("Siti Rahayu"));
}
