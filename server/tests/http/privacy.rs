//! The privacy notice (UU 27/2022): a reporter reads it before filing and accepts its version,
//! which the complaint keeps; the system administrator publishes the next version, which the
//! form and `/privasi` show at once; a gateway files under the version in force.

use crate::file_complaint::{complete_form, receipt_code, valid_form};
use crate::helpers::{TestApp, browser, get, post};
use crate::open311::{key, request_form};
use app::storage::api_keys::Scope;

/// The notice version a complaint keeps.
async fn accepted(app: &TestApp, code: &str) -> Option<i64> {
    sqlx::query_scalar("SELECT privacy_notice_version FROM complaints WHERE tracking_code = $1")
        .bind(code)
        .fetch_one(&app.database().await)
        .await
        .unwrap()
}

/// A filing's refusal as JSON: each field with its error's code.
async fn refused(app: &TestApp, form: reqwest::multipart::Form) -> Vec<(String, String)> {
    let response = app
        .client
        .post(format!("{}/lapor", app.address))
        .header("Accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let body: serde_json::Value = response.json().await.unwrap();
    body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| {
            (
                error["field"].as_str().unwrap().to_owned(),
                error["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_reporter_reads_the_notice_and_the_complaint_keeps_the_version_accepted() {
    let app = TestApp::spawn().await;
    // The portal's own notice, for the office of the SOP in force, with its retention.
    let (status, page) = app.get("/privasi").await;
    assert_eq!(status, 200);
    let office = app.state.sop.get().name.clone();
    assert!(page.contains(&office), "{page}");
    assert!(page.contains("2 tahun setelah aduan selesai"), "{page}");
    assert!(page.contains(r#"data-testid="privacy-version""#), "{page}");
    let english = browser()
        .get(format!("{}/privasi", app.address))
        .header("Cookie", "aduan_lang=en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        english.contains("2 years after the complaint is finished"),
        "{english}"
    );
    // The form shows it, and its box carries the version.
    let (_, form) = app.get("/lapor").await;
    assert!(form.contains(r#"data-testid="privacy-notice""#), "{form}");
    assert!(
        form.contains(r#"name="privacy_notice" value="1""#),
        "the consent box: {form}"
    );
    assert!(form.contains(r#"href="/privasi""#));

    // Without the box ticked nothing is filed; a version never published is refused too.
    let without = complete_form().text("privacy_notice", "");
    assert_eq!(
        refused(&app, without).await,
        [("privacy_notice".to_owned(), "required".to_owned())]
    );
    let unknown = complete_form().text("privacy_notice", "2");
    assert_eq!(
        refused(&app, unknown).await,
        [("privacy_notice".to_owned(), "choice.invalid".to_owned())]
    );
    // The browser's refusal page says what to do, in the reader's language.
    let page = app
        .client
        .post(format!("{}/lapor", app.address))
        .header("Cookie", "aduan_lang=en")
        .multipart(complete_form().text("privacy_notice", ""))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Read the privacy notice and tick your consent"),
        "{page}"
    );

    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    assert_eq!(accepted(&app, &code).await, Some(1));
}

#[tokio::test]
async fn the_administrator_publishes_the_next_version_and_it_shows_at_once() {
    let app = TestApp::spawn().await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let (status, page) = get(&app, &admin, "/petugas/admin").await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"data-testid="privacy-form""#), "{page}");
    // The stranger's copy of the form, before the change.
    let (_, before) = app.get("/lapor").await;
    assert!(before.contains(r#"name="privacy_notice" value="1""#));

    let notice = [
        ("pengendali", "Dinas Kominfo Kota Surabaya"),
        (
            "tujuan",
            "Data Anda diproses untuk menindaklanjuti aduan sesuai SOP WargaKu.",
        ),
        (
            "tujuan_en",
            "Your data is processed to follow up the complaint as the WargaKu SOP sets out.",
        ),
        ("kontak", "Pejabat PDP, pdp@surabaya.go.id"),
    ];
    // Only the system administrator publishes.
    let (status, _, _) = post(&app, &desk, "/petugas/admin/privasi", &notice).await;
    assert_eq!(status, 403);
    // Each part is checked, and named when wrong.
    let mut empty = notice;
    empty[0].1 = " ";
    let (status, _, body) = post(&app, &admin, "/petugas/admin/privasi", &empty).await;
    assert_eq!(status, 422);
    assert!(body.contains("Pengendali data wajib diisi"), "{body}");
    let (_, location, _) = post(&app, &admin, "/petugas/admin/privasi", &notice).await;
    assert_eq!(
        location.as_deref(),
        Some("/petugas/admin?selesai=privasi#privasi")
    );

    // The page and the form offer version 2 at once.
    let (_, page) = app.get("/privasi").await;
    assert!(page.contains("pdp@surabaya.go.id"), "{page}");
    assert!(page.contains("sesuai SOP WargaKu"), "{page}");
    let (_, form) = app.get("/lapor").await;
    assert!(
        form.contains(r#"name="privacy_notice" value="2""#),
        "{form}"
    );
    // A reporter who accepted version 1 a moment before still files, and keeps what they read.
    let earlier = receipt_code(&app.post_form("/lapor", complete_form()).await);
    assert_eq!(accepted(&app, &earlier).await, Some(1));
    let later = receipt_code(
        &app.post_form(
            "/lapor",
            valid_form().text("privacy_notice", "2").part(
                "photos",
                reqwest::multipart::Part::bytes(crate::file_complaint::PHOTO.to_vec())
                    .file_name("lampu.png")
                    .mime_str("image/png")
                    .unwrap(),
            ),
        )
        .await,
    );
    assert_eq!(accepted(&app, &later).await, Some(2));
    // Both versions are kept.
    let versions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM privacy_notices")
        .fetch_one(&app.database().await)
        .await
        .unwrap();
    assert_eq!(versions, 2);

    // A gateway's complaint keeps the version in force when it arrives.
    let (_, api_key) = key(&app, Scope::Create).await;
    let response = app
        .client
        .post(format!("{}/open311/v2/requests.json", app.address))
        .multipart(request_form(&api_key))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let created: serde_json::Value = response.json().await.unwrap();
    let code = created[0]["service_request_id"].as_str().unwrap();
    assert_eq!(accepted(&app, code).await, Some(2));
}
