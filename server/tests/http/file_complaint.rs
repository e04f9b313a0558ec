//! `POST /lapor`: filing a complaint through the real server, onto a real SQLite file and real
//! photo files.

use crate::helpers::TestApp;
use chrono::Timelike;
use reqwest::multipart::{Form, Part};

pub(crate) const PHOTO: &[u8] = include_bytes!("fixtures/pixel.png");

/// A complaint a careful citizen would file.
pub(crate) fn valid_form() -> Form {
    Form::new()
        .text("reporter_name", "Siti Rahayu")
        .text("nik", "3503015708900001")
        .text("phone", "0812 3456 7890")
        .text("email", "")
        .text("title", "Lampu jalan mati di Jalan Soekarno-Hatta")
        .text(
            "content",
            "Sudah dua minggu lampu jalan di depan pasar mati, jalan gelap dan rawan kecelakaan.",
        )
        .text("latitude", "-8.0506")
        .text("longitude", "111.7087")
        .text("address", "Jl. Soekarno-Hatta depan Pasar Pon, Trenggalek")
        // The privacy notice the portal starts with, accepted.
        .text("privacy_notice", "1")
}

/// [`valid_form`] with its photo: ready to file.
pub(crate) fn complete_form() -> Form {
    valid_form().part("photos", photo(PHOTO, "lampu.png", "image/png"))
}

fn photo(bytes: &[u8], name: &str, mime: &str) -> Part {
    Part::bytes(bytes.to_vec())
        .file_name(name.to_owned())
        .mime_str(mime)
        .unwrap()
}

/// The tracking code from a `303` to the receipt page.
pub(crate) fn receipt_code(response: &reqwest::Response) -> String {
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap();
    location
        .strip_prefix("/lapor/terkirim/")
        .expect("redirects to the receipt")
        .to_owned()
}

#[tokio::test]
async fn valid_complaint_is_stored_and_answered_with_its_tracking_code_and_pin() {
    let app = TestApp::spawn().await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    assert!(code.starts_with("ADU-") && code.len() == 13, "{code}");

    // The PIN is shown on the first view of the receipt, and never again.
    let (status, receipt) = app.get(&format!("/lapor/terkirim/{code}")).await;
    assert_eq!(status, 200);
    assert!(receipt.contains(&code), "{receipt}");
    assert!(receipt.contains("Menunggu Verifikasi"), "{receipt}");
    // The moment of receipt in the desk's time zone, as the tracking page shows moments.
    assert!(
        receipt.contains(" WIB") && !receipt.contains("UTC"),
        "{receipt}"
    );
    let pin = receipt
        .split(r#"data-testid="pin""#)
        .nth(1)
        .and_then(|rest| rest.split_once('>'))
        .and_then(|(_, rest)| rest.get(..6))
        .unwrap_or_else(|| panic!("the first view shows the PIN: {receipt}"));
    assert!(pin.chars().all(|c| c.is_ascii_digit()), "{pin}");
    let (_, again) = app.get(&format!("/lapor/terkirim/{code}")).await;
    assert!(again.contains(&code));
    assert!(!again.contains(pin), "the PIN is shown once");

    // The receipt is reachable by code alone: it must not show who filed it.
    assert!(!receipt.contains("Siti Rahayu"));
    assert!(!receipt.contains("3503015708900001"));
}

#[tokio::test]
async fn the_nik_is_stored_sealed_and_the_photo_re_encoded() {
    let app = TestApp::spawn().await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);

    let db = app.database().await;
    let (sealed, lookup): (Vec<u8>, String) =
        sqlx::query_as("SELECT nik_sealed, nik_lookup FROM complaints WHERE tracking_code = $1")
            .bind(&code)
            .fetch_one(&db)
            .await
            .unwrap();
    assert!(!String::from_utf8_lossy(&sealed).contains("3503015708900001"));
    assert!(!lookup.contains("3503015708900001"));
    if app.on_sqlite() {
        let everything = std::fs::read(app.data_dir.join("aduan.db")).unwrap();
        assert!(
            !String::from_utf8_lossy(&everything).contains("3503015708900001"),
            "no plain NIK anywhere in the database file"
        );
    }

    let (key, sha256, content_type): (String, String, String) = sqlx::query_as(
        "SELECT storage_key, sha256, content_type FROM complaint_photos p \
         JOIN complaints c ON c.id = p.complaint_id WHERE c.tracking_code = $1",
    )
    .bind(&code)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(content_type, "image/jpeg");
    assert_eq!(key, format!("photos/{sha256}.jpg"));
    let stored = std::fs::read(app.data_dir.join(&key)).unwrap();
    assert!(
        stored.starts_with(&[0xFF, 0xD8, 0xFF]),
        "re-encoded as JPEG"
    );
}

#[tokio::test]
async fn the_same_submission_twice_makes_one_complaint() {
    let app = TestApp::spawn().await;
    let send = || {
        app.post_form(
            "/lapor",
            valid_form()
                .text("submission_key", "3f1c2a9e-5b7d-4e8a-9c0f-123456789abc")
                .part("photos", photo(PHOTO, "lampu.png", "image/png")),
        )
    };
    let first = receipt_code(&send().await);
    let second = receipt_code(&send().await);
    assert_eq!(first, second);
    let db = app.database().await;
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM complaints")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(count, 1);
}

/// The `CODE.PIN` of the receipt cookie a filing answer sets, if any.
fn receipt_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|cookie| cookie.strip_prefix("aduan_receipt="))
        .map(|rest| rest.split(';').next().unwrap().to_owned())
}

/// The street-lighting complaints the filing form offers at the Pasar Pon spot: as JSON, and as
/// the body it came in.
pub(crate) async fn nearby_lamps(app: &TestApp) -> (serde_json::Value, String) {
    let response = app
        .client
        .post(format!("{}/api/complaints/nearby", app.address))
        .form(&[
            ("category", "penerangan"),
            ("latitude", "-8.0506"),
            ("longitude", "111.7087"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body = response.text().await.unwrap();
    (serde_json::from_str(&body).unwrap(), body)
}

/// The PIN the receipt page shows this test's browser, once.
async fn shown_pin(app: &TestApp, code: &str) -> String {
    let (_, receipt) = app.get(&format!("/lapor/terkirim/{code}")).await;
    receipt
        .split(r#"data-testid="pin""#)
        .nth(1)
        .and_then(|rest| rest.split_once('>'))
        .and_then(|(_, rest)| rest.get(..app::personal_data::PIN_DIGITS))
        .expect("the receipt shows the PIN")
        .to_owned()
}

/// Whether `pin` opens complaint `code` on the tracking page, from a browser of its own.
async fn pin_opens(app: &TestApp, code: &str, pin: &str) -> bool {
    let (status, location, _) = crate::helpers::post(
        app,
        &crate::helpers::browser(),
        "/lacak",
        &[("kode", code), ("pin", pin)],
    )
    .await;
    assert_eq!(status, 303);
    location.unwrap() == format!("/lacak/{code}")
}

#[tokio::test]
async fn a_retry_gets_the_same_receipt_and_never_a_new_pin() {
    let app = TestApp::spawn().await;
    let key = "3f1c2a9e-5b7d-4e8a-9c0f-123456789abc";
    let send = || app.post_form("/lapor", complete_form().text("submission_key", key));
    let first = send().await;
    let code = receipt_code(&first);
    let receipt = receipt_cookie(&first).expect("the first answer carries the receipt");
    let pin = shown_pin(&app, &code).await;
    assert!(
        !receipt.contains(&pin),
        "the PIN is sealed in the cookie: {receipt}"
    );

    // Within the window: the very same receipt, and the PIN still opens the complaint.
    let again = send().await;
    assert_eq!(receipt_code(&again), code);
    assert!(receipt_cookie(&again).is_some());
    assert_eq!(shown_pin(&app, &code).await, pin);
    assert!(pin_opens(&app, &code, &pin).await);

    // Only a keyed hash of the browser's key is stored.
    let db = app.database().await;
    let stored: String = sqlx::query_scalar("SELECT submission_key FROM complaints")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_ne!(stored, key);

    // After the window: the code alone, no PIN, no access cookie; the reporter's PIN unchanged.
    sqlx::query("UPDATE filing_receipts SET expires_at = 0")
        .execute(&db)
        .await
        .unwrap();
    let late = send().await;
    assert_eq!(receipt_code(&late), code);
    assert_eq!(receipt_cookie(&late), None);
    assert!(
        late.headers().get("set-cookie").is_none(),
        "{:?}",
        late.headers()
    );
    assert!(pin_opens(&app, &code, &pin).await);
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM complaints")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(count, 1);
}

#[cfg(unix)]
#[tokio::test]
async fn the_data_folder_is_closed_to_other_users() {
    use std::os::unix::fs::PermissionsExt;
    let app = TestApp::spawn().await;
    receipt_code(&app.post_form("/lapor", complete_form()).await);
    let mode = std::fs::metadata(&app.data_dir)
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700, "{mode:o}");
}

#[tokio::test]
async fn over_https_the_reporters_cookies_are_secure() {
    let app = TestApp::spawn_with(crate::helpers::Options {
        secure_cookies: true,
        ..Default::default()
    })
    .await;
    let response = app.post_form("/lapor", complete_form()).await;
    let cookies: Vec<&str> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap())
        .collect();
    assert_eq!(cookies.len(), 2, "{cookies:?}");
    for cookie in cookies {
        assert!(cookie.ends_with("; Secure"), "{cookie}");
    }
}

#[tokio::test]
async fn an_open311_token_posted_as_a_submission_key_files_anew_and_takes_nothing_over() {
    let app = TestApp::spawn().await;
    let (_, api_key) = crate::open311::key(&app, app::storage::api_keys::Scope::Create).await;
    let created: serde_json::Value = app
        .client
        .post(format!("{}/open311/v2/requests.json", app.address))
        .multipart(crate::open311::request_form(&api_key))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = created[0]["service_request_id"].as_str().unwrap();
    let token = created[0]["token"].as_str().unwrap().to_owned();

    let attacker = crate::helpers::browser();
    let response = attacker
        .post(format!("{}/lapor", app.address))
        .multipart(complete_form().text("submission_key", token))
        .send()
        .await
        .unwrap();
    let code = receipt_code(&response);
    assert_ne!(code, id, "the token does not find the gateway's complaint");
    let cookies: Vec<&str> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap())
        .collect();
    assert!(
        cookies.iter().all(|cookie| !cookie.contains(id)),
        "no PIN or access for the gateway's complaint: {cookies:?}"
    );
    let db = app.database().await;
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM complaints")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(count, 2, "the post was filed as a complaint of its own");
}

#[tokio::test]
async fn json_clients_get_the_code_or_every_field_error() {
    let app = TestApp::spawn().await;
    let accepted = app
        .client
        .post(format!("{}/lapor", app.address))
        .header("Accept", "application/json")
        .multipart(complete_form())
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), 200);
    assert!(
        accepted.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("HttpOnly")
    );
    let body: serde_json::Value = accepted.json().await.unwrap();
    let code = body["tracking_code"].as_str().unwrap();
    assert_eq!(body["receipt_url"], format!("/lapor/terkirim/{code}"));

    let refused = app
        .client
        .post(format!("{}/lapor", app.address))
        .header("Accept", "application/json")
        .multipart(valid_form().text("nik", "1234"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let body: serde_json::Value = refused.json().await.unwrap();
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["nik", "photos"]);
    assert_eq!(body["errors"][0]["code"], "nik.length");
}

#[tokio::test]
async fn a_network_that_files_too_often_is_told_when_to_come_back() {
    let app = TestApp::spawn().await;
    for _ in 0..10 {
        let response = app.post_form("/lapor", valid_form().text("nik", "1")).await;
        assert_eq!(response.status(), 422);
    }
    let response = app.post_form("/lapor", valid_form()).await;
    assert_eq!(response.status(), 429);
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((60..=3600).contains(&retry_after), "{retry_after}");
    let body = response.text().await.unwrap();
    assert!(body.contains("Coba lagi dalam"), "{body}");
}

#[tokio::test]
async fn an_oversized_post_is_refused_with_a_clear_message() {
    let app = TestApp::spawn().await;
    let huge = vec![0xFFu8; 52 * 1024 * 1024];
    let response = app
        .post_form(
            "/lapor",
            valid_form().part("photos", photo(&huge, "besar.jpg", "image/jpeg")),
        )
        .await;
    assert_eq!(response.status(), 413);
    let body = response.text().await.unwrap();
    assert!(body.contains("terlalu besar"), "{body}");
}

#[tokio::test]
async fn every_problem_is_named_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let form = valid_form()
        .text("nik", "1234")
        .text("title", "Lampu")
        .part("photos", photo(PHOTO, "lampu.png", "image/png"));
    let response = app.post_form("/lapor", form).await;
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains(r#"lang="id""#));
    assert!(body.contains("NIK"), "{body}");
    assert!(body.contains("Judul"), "{body}");
    assert!(
        !app.data_dir.join("photos").exists(),
        "no photo kept for a refused complaint"
    );
}

#[tokio::test]
async fn a_file_that_only_claims_to_be_a_photo_is_refused() {
    let app = TestApp::spawn().await;
    let form = valid_form().part(
        "photos",
        photo(b"MZ\x90\x00 not a picture", "lampu.jpg", "image/jpeg"),
    );
    let response = app.post_form("/lapor", form).await;
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("JPEG"),
        "the message names the accepted formats: {body}"
    );
}

#[tokio::test]
async fn a_complaint_without_a_photo_is_refused() {
    let app = TestApp::spawn().await;
    // What a browser sends for a file input left empty: one empty, nameless part.
    let form = valid_form().part("photos", photo(b"", "", "application/octet-stream"));
    let response = app.post_form("/lapor", form).await;
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("foto"), "{body}");
}

#[tokio::test]
async fn refusals_speak_the_readers_language() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(format!("{}/lapor", app.address))
        .header("Cookie", "aduan_lang=en")
        .multipart(valid_form().text("nik", "12345678901234567"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains(r#"lang="en""#));
    assert!(body.contains("NIK must"), "{body}");
}

#[tokio::test]
async fn an_unknown_tracking_code_has_no_receipt() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/lapor/terkirim/ADU-2222-2222").await;
    assert_eq!(status, 200);
    assert!(body.contains("Kode pelacakan tidak ditemukan"), "{body}");
}

#[tokio::test]
async fn a_category_from_the_desks_list_is_kept_and_an_unknown_one_refused() {
    let app = TestApp::spawn().await;
    let refused = app
        .post_form(
            "/lapor",
            valid_form()
                .text("category", "no-such-category")
                .part("photos", photo(PHOTO, "lampu.png", "image/png")),
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("tidak dikenal"));

    let accepted = app
        .post_form(
            "/lapor",
            valid_form()
                .text("category", "penerangan")
                .text("agency", "dpupr")
                .part("photos", photo(PHOTO, "lampu.png", "image/png")),
        )
        .await;
    let code = receipt_code(&accepted);
    let db = app.database().await;
    let (category, agency): (String, String) =
        sqlx::query_as("SELECT category, agency FROM complaints WHERE tracking_code = $1")
            .bind(&code)
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(
        (category.as_str(), agency.as_str()),
        ("penerangan", "dpupr")
    );
}

#[tokio::test]
async fn open_public_complaints_nearby_are_offered_before_filing_again() {
    let app = TestApp::spawn().await;
    let file = |title: &'static str,
                category: &'static str,
                visibility: &'static str,
                lat: &'static str| {
        app.post_form(
            "/lapor",
            complete_form()
                .text("title", title)
                .text("category", category)
                .text("visibility", visibility)
                .text("latitude", lat),
        )
    };
    // About 110 m and 0 m from the place asked about, one confidential, one 1.1 km away, one in
    // another category, one not yet verified.
    let mut codes = Vec::new();
    for response in [
        file(
            "Lampu jalan padam dekat pasar",
            "penerangan",
            "public",
            "-8.0496",
        )
        .await,
        file(
            "Lampu jalan mati di depan rumah Siti Rahayu",
            "penerangan",
            "anonymous",
            "-8.0506",
        )
        .await,
        file(
            "Lampu mati di rumah dinas rahasia",
            "penerangan",
            "confidential",
            "-8.0506",
        )
        .await,
        file(
            "Lampu jalan mati di alun-alun kota",
            "penerangan",
            "public",
            "-8.0406",
        )
        .await,
        file(
            "Sampah menumpuk di depan pasar",
            "sampah",
            "public",
            "-8.0506",
        )
        .await,
        file(
            "Lampu jalan belum diverifikasi",
            "penerangan",
            "public",
            "-8.0506",
        )
        .await,
    ] {
        codes.push(receipt_code(&response));
    }
    // The desk verifies all but the last, each with the visibility it was filed with.
    {
        use app::domain::complaint::Visibility;
        use app::domain::status::{Action, Role};
        let visibilities = [
            Visibility::Public,
            Visibility::Anonymous,
            Visibility::Confidential,
            Visibility::Public,
            Visibility::Public,
        ];
        for (code, visibility) in codes.iter().zip(visibilities) {
            let verify = Action::Verify { visibility };
            app.act_as(code, &verify, Role::MainDesk, chrono::Utc::now())
                .await;
        }
    }

    let (nearby, body) = nearby_lamps(&app).await;
    let titles: Vec<&str> = nearby
        .as_array()
        .unwrap()
        .iter()
        .map(|complaint| complaint["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Lampu jalan mati di depan rumah […]",
            "Lampu jalan padam dekat pasar"
        ]
    );
    // Distances in bands only.
    assert_eq!(nearby[0]["within_m"], 100);
    assert_eq!(nearby[1]["within_m"], 250);
    assert!(nearby[0].get("distance_m").is_none(), "{body}");
    // Each comes with the code to follow it by.
    assert_eq!(nearby[0]["tracking_code"], codes[1]);
    assert_eq!(nearby[1]["tracking_code"], codes[0]);
    assert!(
        !body.contains("Siti Rahayu") && !body.contains("-8.0496"),
        "{body}"
    );
}

#[tokio::test]
async fn a_web_filings_acknowledgement_never_carries_the_pin() {
    let app = TestApp::spawn().await;
    receipt_code(&app.post_form("/lapor", complete_form()).await);
    let body: String = sqlx::query_scalar("SELECT body FROM outbox")
        .fetch_one(&app.database().await)
        .await
        .unwrap();
    assert!(
        !body.contains("PIN:"),
        "the filer saw the PIN on the receipt: {body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_filings_at_once_with_the_same_photo_are_all_stored() {
    // Photos are stored under their content's hash: filings at once with one photo write one
    // file at once, and all of them wait their turn for the database's write lock.
    const AT_ONCE: usize = 16;
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let filings: Vec<_> = (0..AT_ONCE)
        .map(|_| {
            let (desk, address) = (desk.clone(), app.address.clone());
            tokio::spawn(async move {
                desk.post(format!("{address}/lapor"))
                    .multipart(complete_form())
                    .send()
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut codes = Vec::new();
    for filing in filings {
        let response = filing.await.unwrap();
        let status = response.status();
        if status == 303 {
            codes.push(receipt_code(&response));
        } else {
            panic!("{status}: {}", response.text().await.unwrap());
        }
    }
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), AT_ONCE);
    let stored: i64 = sqlx::query_scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM complaints")
        .fetch_one(&app.database().await)
        .await
        .unwrap();
    assert_eq!(stored, AT_ONCE as i64);
}

#[tokio::test]
async fn nearby_look_ups_are_limited_per_client() {
    use app::api::complaints::NEARBY_CLIENT_LIMIT;
    let app = TestApp::spawn().await;
    let code = receipt_code(
        &app.post_form("/lapor", complete_form().text("category", "penerangan"))
            .await,
    );
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let look = || async {
        let (found, _) = nearby_lamps(&app).await;
        found.as_array().unwrap().len()
    };
    for _ in 0..NEARBY_CLIENT_LIMIT.max {
        assert_eq!(look().await, 1);
    }
    assert_eq!(look().await, 0, "over the allowance the list stays empty");
}

/// A JPEG from a phone: EXIF with the GPS position where it was taken (and the markers
/// `GPSTESTMARKER`, `COMMENTTESTMARKER` to look for), as `app::images`' tests build it.
const GPS_PHOTO: &[u8] = include_bytes!("fixtures/gps.jpg");

/// Whether `bytes` still carry any of the fixture's metadata.
fn carries_metadata(bytes: &[u8]) -> bool {
    [&b"Exif"[..], b"GPSTESTMARKER", b"COMMENTTESTMARKER"]
        .iter()
        .any(|marker| bytes.windows(marker.len()).any(|window| window == *marker))
}

#[tokio::test]
async fn a_photos_gps_position_is_neither_stored_nor_served_from_the_form_or_open311() {
    assert!(
        carries_metadata(GPS_PHOTO),
        "the fixture carries its GPS position"
    );
    let app = TestApp::spawn().await;
    // Every photo stored for the complaint, as its bytes.
    let stored = |code: String| {
        let app = &app;
        async move {
            let keys: Vec<String> = sqlx::query_scalar(
                "SELECT p.storage_key FROM complaint_photos p \
                 JOIN complaints c ON c.id = p.complaint_id WHERE c.tracking_code = $1",
            )
            .bind(code)
            .fetch_all(&app.database().await)
            .await
            .unwrap();
            assert!(!keys.is_empty());
            keys.iter()
                .map(|key| std::fs::read(app.data_dir.join(key)).unwrap())
                .collect::<Vec<_>>()
        }
    };

    // The web form: stored and served to the reporter without it.
    let code = receipt_code(
        &app.post_form(
            "/lapor",
            valid_form().part("photos", photo(GPS_PHOTO, "IMG_2041.jpg", "image/jpeg")),
        )
        .await,
    );
    for kept in stored(code.clone()).await {
        assert!(kept.starts_with(&[0xFF, 0xD8, 0xFF]) && !carries_metadata(&kept));
    }
    let served = app
        .client
        .get(format!("{}/lacak/{code}/foto/0", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(served.status(), 200);
    let served = served.bytes().await.unwrap();
    assert!(!carries_metadata(&served));

    // Open311: the same.
    let (_, key) = crate::open311::key(&app, app::storage::api_keys::Scope::Create).await;
    let form = crate::open311::request_form(&key)
        .part("media", photo(GPS_PHOTO, "IMG_2042.jpg", "image/jpeg"));
    let created: serde_json::Value = app
        .client
        .post(format!("{}/open311/v2/requests.json", app.address))
        .multipart(form)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let code = created[0]["service_request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let kept = stored(code).await;
    assert_eq!(kept.len(), 2, "the gateway's two photos");
    assert!(kept.iter().all(|bytes| !carries_metadata(bytes)));
}

/// A call or a visit to the desk: no photo to give and no coordinates, only the district and the
/// address. The desk's intake takes it, placed at the district's centre; the public's web form
/// still needs both.
#[tokio::test]
async fn the_desk_takes_a_call_without_photo_or_coordinates_placed_by_its_district() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let by_phone =
        || {
            Form::new()
            .text("channel", "phone")
            .text("topic", "Jembatan")
            .text("reporter_name", "Siti Rahayu")
            .text("nik", "3503015708900001")
            .text("privacy_notice", "1")
            .text("phone", "0812 3456 7890")
            .text("title", "Jembatan bambu di dusun rusak")
            .text(
                "content",
                "Pelapor menelepon: jembatan bambu penghubung dusun rusak dan tidak bisa dilewati.",
            )
            .text("address", "Dusun Krajan, dekat masjid, Kecamatan Trenggalek")
            .text("kecamatan", "trenggalek")
        };
    let response = desk
        .post(format!("{}/lapor", app.address))
        .multipart(by_phone())
        .send()
        .await
        .unwrap();
    let code = receipt_code(&response);
    let db = app.database().await;
    let (latitude, longitude, photos): (f64, f64, i64) = sqlx::query_as(
        "SELECT c.latitude, c.longitude, \
         (SELECT CAST(COUNT(*) AS BIGINT) FROM complaint_photos p WHERE p.complaint_id = c.id) \
         FROM complaints c WHERE c.tracking_code = $1",
    )
    .bind(&code)
    .fetch_one(&db)
    .await
    .unwrap();
    let (centre_latitude, centre_longitude): (f64, f64) =
        sqlx::query_as("SELECT latitude, longitude FROM districts WHERE code = 'trenggalek'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!((latitude, longitude), (centre_latitude, centre_longitude));
    assert_eq!(photos, 0);

    // The same post from the public: neither the district nor a missing photo is accepted.
    let response = app
        .client
        .post(format!("{}/lapor", app.address))
        .header("accept", "application/json")
        .multipart(by_phone().text("channel", "web"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("location") && body.contains("photos"),
        "{body}"
    );
}

/// The desk enters a call that came in this morning: the complaint, its first step's clock and
/// its timeline count from the call, not from the typing. A time in the future or from last
/// season is refused; the public's form cannot set one at all.
#[tokio::test]
async fn the_desk_says_when_a_call_came_in_and_the_clock_counts_from_then() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let local = chrono::Utc::now().with_timezone(&app.state.utc_offset);
    let typed = |at: chrono::DateTime<chrono::FixedOffset>| at.format("%Y-%m-%dT%H:%M").to_string();
    let earlier = local - chrono::Duration::hours(3);
    let form = |received: String| {
        valid_form()
            .text("channel", "phone")
            .text("topic", "Jembatan")
            .text("diterima", received)
    };
    let response = desk
        .post(format!("{}/lapor", app.address))
        .multipart(form(typed(earlier)))
        .send()
        .await
        .unwrap();
    let code = receipt_code(&response);
    let db = app.database().await;
    let (created_at, status_since, step_due_at): (i64, i64, Option<i64>) = sqlx::query_as(
        "SELECT created_at, status_since, step_due_at FROM complaints WHERE tracking_code = $1",
    )
    .bind(&code)
    .fetch_one(&db)
    .await
    .unwrap();
    let expected = earlier
        .with_second(0)
        .and_then(|at| at.with_nanosecond(0))
        .unwrap()
        .timestamp_millis();
    assert_eq!(created_at, expected, "filed when the call came in");
    assert_eq!(status_since, expected, "the first step's clock starts then");
    assert!(step_due_at.is_some());
    let first_event: i64 = sqlx::query_scalar(
        "SELECT MIN(e.at) FROM complaint_events e JOIN complaints c ON c.id = e.complaint_id \
         WHERE c.tracking_code = $1",
    )
    .bind(&code)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(first_event, expected);

    for (when, problem) in [
        (local + chrono::Duration::hours(1), "masa depan"),
        (local - chrono::Duration::days(40), "30 hari"),
    ] {
        let response = desk
            .post(format!("{}/lapor", app.address))
            .multipart(form(typed(when)))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422);
        assert!(response.text().await.unwrap().contains(problem));
    }

    // The public's web form: the field is ignored, the complaint is filed now.
    let response = app
        .client
        .post(format!("{}/lapor", app.address))
        .multipart(complete_form().text("diterima", typed(earlier)))
        .send()
        .await
        .unwrap();
    let code = receipt_code(&response);
    let created_at: i64 =
        sqlx::query_scalar("SELECT created_at FROM complaints WHERE tracking_code = $1")
            .bind(&code)
            .fetch_one(&db)
            .await
            .unwrap();
    assert!(
        created_at > expected + 2 * 3_600_000,
        "now, not the typed time"
    );
}

/// Trenggalek's row 1 gives a WhatsApp message one working day to be recorded: a message the
/// desk enters ten days after it came counts as an intake step missed, one entered within the
/// hour as kept, and the desk's page says when it was entered and that it was late.
#[tokio::test]
async fn the_intake_row_is_timed_from_the_message_to_its_entry() {
    let app = TestApp::spawn().await;
    app.state.sop.set(app::domain::sop::trenggalek());
    let desk = app.main_desk().await;
    let local = chrono::Utc::now().with_timezone(&app.state.utc_offset);
    let typed = |at: chrono::DateTime<chrono::FixedOffset>| at.format("%Y-%m-%dT%H:%M").to_string();
    let mut codes = Vec::new();
    for arrived in [
        local - chrono::Duration::days(10),
        local - chrono::Duration::hours(1),
    ] {
        let form = valid_form()
            .text("channel", "whatsapp")
            .text("topic", "Jembatan")
            .text("diterima", typed(arrived));
        let response = desk
            .post(format!("{}/lapor", app.address))
            .multipart(form)
            .send()
            .await
            .unwrap();
        codes.push(receipt_code(&response));
    }
    let db = app.database().await;
    let tally = |dimension: &'static str| {
        let db = &db;
        async move {
            sqlx::query_scalar::<_, i64>(
                "SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM stats_daily WHERE dimension = $1",
            )
            .bind(dimension)
            .fetch_one(db)
            .await
            .unwrap()
        }
    };
    assert_eq!(tally("due:intake").await, 2);
    assert_eq!(
        tally("met:intake").await,
        1,
        "only the message entered in time"
    );
    let entered: Vec<Option<i64>> =
        sqlx::query_scalar("SELECT entered_at FROM complaints ORDER BY id")
            .fetch_all(&db)
            .await
            .unwrap();
    assert!(entered.iter().all(Option::is_some), "{entered:?}");

    let (_, late) = crate::helpers::get(&app, &desk, &format!("/petugas/aduan/{}", codes[0])).await;
    let row = late.split(r#"data-testid="desk-entered""#).nth(1).unwrap();
    assert!(row.contains("melewati standar waktu penerimaan"), "{row}");
    let (_, on_time) =
        crate::helpers::get(&app, &desk, &format!("/petugas/aduan/{}", codes[1])).await;
    let row = on_time
        .split(r#"data-testid="desk-entered""#)
        .nth(1)
        .unwrap();
    let row = row.split("</dd>").next().unwrap();
    assert!(!row.contains("melewati"), "{row}");

    // A complaint filed on the web as it arrives has no intake to time.
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    let (_, page) = crate::helpers::get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    assert!(!page.contains(r#"data-testid="desk-entered""#));
    assert_eq!(tally("due:intake").await, 2);
}

/// The desk's intake places a call by district and village: the village must be one the
/// administrator offers in that district, and the desk's page names it.
#[tokio::test]
async fn the_desk_places_a_call_in_a_village_of_its_district() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let db = app.database().await;
    for (code, district, name) in [
        ("sumbergedong", "trenggalek", "Sumbergedong"),
        ("wonocoyo", "panggul", "Wonocoyo"),
    ] {
        sqlx::query("INSERT INTO villages (code, district, name) VALUES ($1, $2, $3)")
            .bind(code)
            .bind(district)
            .bind(name)
            .execute(&db)
            .await
            .unwrap();
    }
    let by_phone = |village: &'static str| {
        Form::new()
            .text("channel", "phone")
            .text("topic", "Jembatan")
            .text("reporter_name", "Siti Rahayu")
            .text("nik", "3503015708900001")
            .text("privacy_notice", "1")
            .text("title", "Jembatan bambu di dusun rusak")
            .text(
                "content",
                "Pelapor menelepon: jembatan bambu penghubung dusun rusak dan tidak bisa dilewati.",
            )
            .text("address", "Dusun Krajan, dekat masjid")
            .text("kecamatan", "trenggalek")
            .text("desa", village)
    };
    let post = |form: Form| {
        desk.post(format!("{}/lapor", app.address))
            .header("accept", "application/json")
            .multipart(form)
            .send()
    };
    // A village of another district, or one nobody offers: refused, nothing stored.
    for village in ["wonocoyo", "tidak-ada"] {
        let response = post(by_phone(village)).await.unwrap();
        assert_eq!(response.status(), 422, "{village}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("tidak ada di daftar kecamatan"),
            "{village}"
        );
    }
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM complaints")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(stored, 0);

    let code = receipt_code(
        &desk
            .post(format!("{}/lapor", app.address))
            .multipart(by_phone("sumbergedong"))
            .send()
            .await
            .unwrap(),
    );
    let village: Option<String> =
        sqlx::query_scalar("SELECT village FROM complaints WHERE tracking_code = $1")
            .bind(&code)
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(village.as_deref(), Some("sumbergedong"));
    let page = desk
        .get(format!("{}/petugas/aduan/{code}", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(r#"<span data-testid="desk-village">Sumbergedong</span>"#),
        "{page}"
    );
}
