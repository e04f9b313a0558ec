//! Two server instances on one database serve one desk: nothing that must be shared lives in one
//! process's memory (access tokens, sessions, rate limits, reminders).

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{TestApp, browser};
use app::services::scheduler::run_once;
use chrono::{Duration, Utc};

async fn get(client: &reqwest::Client, base: &str, path: &str) -> String {
    client
        .get(format!("{base}{path}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn two_instances_on_one_database_serve_one_desk() {
    let first = TestApp::spawn().await;
    let second = first.spawn_beside().await;
    let code = receipt_code(&first.post_form("/lapor", complete_form()).await);

    // The reporter's access cookie from the first instance opens the complaint on the second.
    let page = get(&first.client, &second.address, &format!("/lacak/{code}")).await;
    assert!(page.contains("Lampu jalan mati"), "{page}");

    // An officer's session opened on one instance holds on the other.
    let officer = first.officer("budi", "main_desk", None).await;
    let desk = browser();
    assert_eq!(first.log_in(&desk, &officer).await, "/petugas");
    let queue = get(&desk, &second.address, "/petugas").await;
    assert!(queue.contains(&code), "{queue}");

    // PIN guesses are counted across both: the limit holds however they are spread. (Spread
    // over unknown codes: guesses at one complaint lock it sooner, on any instance.)
    let guesser = browser();
    let unknown = "ADU-2222-2222";
    for attempt in 0..app::handlers::track::TRACK_LIMIT.max {
        let base = if attempt % 2 == 0 {
            &first.address
        } else {
            &second.address
        };
        let response = guesser
            .post(format!("{base}/lacak"))
            .form(&[("kode", unknown), ("pin", "9999999999")])
            .send()
            .await
            .unwrap();
        assert!(
            response.headers()["location"]
                .to_str()
                .unwrap()
                .ends_with("galat=salah")
        );
    }
    let response = guesser
        .post(format!("{}/lacak", second.address))
        .form(&[("kode", unknown), ("pin", "9999999999")])
        .send()
        .await
        .unwrap();
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .ends_with("galat=batas")
    );

    // Both schedulers run past the reminder day: one reminder in all.
    let start = Utc::now();
    crate::scheduler::answer_at(&first, &code, start).await;
    let reminder_day = start + Duration::days(7) + Duration::minutes(1);
    let (a, b) = tokio::join!(
        run_once(&first.state, reminder_day),
        run_once(&second.state, reminder_day)
    );
    assert_eq!(a.unwrap().reminders + b.unwrap().reminders, 1);
    let closing_day = start + Duration::days(14) + Duration::minutes(1);
    let (a, b) = tokio::join!(
        run_once(&second.state, closing_day),
        run_once(&first.state, closing_day)
    );
    assert_eq!(a.unwrap().closed + b.unwrap().closed, 1);
    let delivered: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox_attempts WHERE ok = 1")
        .fetch_one(&first.database().await)
        .await
        .unwrap();
    let messages: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
        .fetch_one(&first.database().await)
        .await
        .unwrap();
    assert_eq!(delivered, messages, "every message delivered exactly once");
    drop(second);
}

/// With S3-compatible object storage (the suite's `ADUAN_TEST_S3`, a local moto server in
/// `scripts/test` that checks every request's signature), a photo filed on one instance is
/// served by the other: nothing of it is in either instance's data folder. A wrong key is
/// refused.
#[tokio::test]
async fn two_instances_share_photos_through_object_storage() {
    let Some(config) = crate::helpers::test_object_store("the object storage test") else {
        return;
    };
    let roots = app::tls::ExtraRoots::none();
    let store = app::blobs::s3::S3Blobs::new(&config, &roots).unwrap();
    store
        .check()
        .await
        .expect("the bucket answers with this key");
    // The store on its own: whole objects back, a missing one is "not found", a bad key refused.
    store
        .put("photos/probe.jpg", b"\xff\xd8probe")
        .await
        .unwrap();
    assert_eq!(
        store.get("photos/probe.jpg").await.unwrap(),
        b"\xff\xd8probe"
    );
    store.delete("photos/probe.jpg").await.unwrap();
    assert_eq!(
        store.get("photos/probe.jpg").await.unwrap_err().kind(),
        std::io::ErrorKind::NotFound
    );
    store.delete("photos/probe.jpg").await.unwrap();
    assert_eq!(
        store.put("../escape", b"x").await.unwrap_err().kind(),
        std::io::ErrorKind::InvalidInput
    );
    // The same key id with a wrong secret: the signature does not match and nothing is written.
    let forged = app::blobs::s3::S3Config {
        secret_access_key: app::settings::Secret::new("not-the-secret".into()),
        ..config.clone()
    };
    let forger = app::blobs::s3::S3Blobs::new(&forged, &roots).unwrap();
    let error = forger
        .put("photos/forged.jpg", b"\xff\xd8forged")
        .await
        .unwrap_err()
        .to_string();
    assert!(error.contains("SignatureDoesNotMatch"), "{error}");
    assert!(
        !error.contains("not-the-secret"),
        "the secret never shows: {error}"
    );
    assert!(forger.check().await.is_err(), "not ready with a wrong key");
    assert_eq!(
        store.get("photos/forged.jpg").await.unwrap_err().kind(),
        std::io::ErrorKind::NotFound
    );

    let first = TestApp::spawn_with(crate::helpers::Options {
        object_store: Some(config.clone()),
        ..crate::helpers::Options::default()
    })
    .await;
    let second = first.spawn_beside().await;
    let code = receipt_code(&first.post_form("/lapor", complete_form()).await);
    assert!(
        !first.data_dir.join("photos").exists() && !second.data_dir.join("photos").exists(),
        "no photo in an instance's own folder"
    );
    // The reporter's photo, filed through the first instance, from the second.
    let response = first
        .client
        .get(format!("{}/lacak/{code}/foto/0", second.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let bytes = response.bytes().await.unwrap();
    assert!(
        bytes.starts_with(b"\xff\xd8"),
        "a JPEG from the shared store"
    );
}
