//! `/statistik` and its open data: figures checked against a hand-made data set, small counts
//! withheld so that no subtraction recovers them, and nothing personal anywhere.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::TestApp;
use chrono::Datelike;

/// One complaint filed over HTTP, then copied in SQL into `extra` more of `category` and
/// `status` (with `rating`), as a seeding command would.
async fn seed(app: &TestApp) {
    receipt_code(
        &app.post_form("/lapor", complete_form().text("category", "penerangan"))
            .await,
    );
    let db = app.database().await;
    let copies: [(&str, &str, Option<i64>, usize); 3] = [
        ("penerangan", "submitted", None, 9),
        ("penerangan", "closed_confirmed", Some(5), 2),
        ("sampah", "submitted", None, 3),
    ];
    let mut serial = 0;
    for (category, status, rating, count) in copies {
        for _ in 0..count {
            serial += 1;
            sqlx::query(
                "INSERT INTO complaints (tracking_code, submission_key, pin_hash, status, \
                 reporter_name, nik_sealed, nik_lookup, phone, email, title, content, category, \
                 agency, channel, visibility, latitude, longitude, address, created_at, \
                 updated_at, status_since, rating) \
                 SELECT tracking_code || '-' || $1, NULL, pin_hash, $2, reporter_name, \
                 nik_sealed, nik_lookup, phone, email, title, content, $3, agency, channel, \
                 visibility, latitude, longitude, address, created_at, updated_at, status_since, $4 \
                 FROM complaints ORDER BY id LIMIT 1",
            )
            .bind(serial.to_string())
            .bind(status)
            .bind(category)
            .bind(rating)
            .execute(&db)
            .await
            .unwrap();
        }
    }
}

#[tokio::test]
async fn the_figures_match_a_hand_count_and_small_cells_cannot_be_recovered() {
    let app = TestApp::spawn().await;
    seed(&app).await;
    let year = chrono::Utc::now().year();

    let response = app
        .client
        .get(format!("{}/statistik.json?tahun={year}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let json: serde_json::Value = response.json().await.unwrap();
    // 15 in all: 13 submitted and 2 confirmed; 12 street lighting and 3 waste.
    assert_eq!(
        json["by_status"]["total"],
        serde_json::json!({"kind": "shown", "value": 15})
    );
    let cells = |table: &str| -> Vec<(String, serde_json::Value)> {
        json[table]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| (row[0].as_str().unwrap().to_owned(), row[1].clone()))
            .collect()
    };
    let withheld = serde_json::json!({"kind": "suppressed"});
    // 2 confirmed is small; alone it would be 15 − 13: 13 is withheld with it.
    assert_eq!(
        cells("by_status"),
        [
            ("closed_confirmed".to_owned(), withheld.clone()),
            ("submitted".to_owned(), withheld.clone())
        ]
    );
    assert_eq!(
        cells("by_category"),
        [
            ("penerangan".to_owned(), withheld.clone()),
            ("sampah".to_owned(), withheld.clone())
        ]
    );
    assert_eq!(
        cells("by_channel"),
        [(
            "web".to_owned(),
            serde_json::json!({"kind": "shown", "value": 15})
        )]
    );
    assert_eq!(
        json["mean_rating"],
        serde_json::Value::Null,
        "2 ratings are too few to publish"
    );

    let csv = app
        .client
        .get(format!("{}/statistik.csv?tahun={year}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("table,key,count\n"), "{csv}");
    assert!(csv.contains("category,sampah,<10\n"), "{csv}");
    assert!(csv.contains("status,total,15\n"), "{csv}");
    assert!(csv.contains("channel,web,15\n"), "{csv}");

    let (status, page) = app.get(&format!("/statistik?tahun={year}")).await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"data-testid="received">15<"#), "{page}");
    assert!(page.matches("<svg").count() >= 5, "a chart per table");
    assert!(page.contains("&lt; 10"), "{page}");
    for personal in [
        "Siti Rahayu",
        "3503015708900001",
        "0812",
        "Lampu jalan mati di Jalan Soekarno-Hatta",
        "-8.0506",
        "Pasar Pon",
    ] {
        assert!(!page.contains(personal), "{personal} on the public page");
        assert!(!csv.contains(personal), "{personal} in the CSV");
        assert!(
            !json.to_string().contains(personal),
            "{personal} in the JSON"
        );
    }
}

#[tokio::test]
async fn an_impossible_period_is_refused() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(format!("{}/statistik.csv?tahun=2026&bulan=13", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
}
