//! The reporter's right of access: everything held about their complaint as one JSON file, for
//! the browser that holds the complaint's cookie and only with the PIN typed again.

use crate::helpers::{TestApp, browser};
use base64::Engine;

#[tokio::test]
async fn the_reporter_downloads_everything_held_after_typing_the_pin_again() {
    let app = TestApp::spawn().await;
    let (code, pin) = crate::track::file(&app).await;
    let path = format!("/lacak/{code}/data");
    let post = |client: reqwest::Client, pin: String| {
        let url = format!("{}{path}", app.address);
        async move { client.post(url).form(&[("pin", pin)]).send().await.unwrap() }
    };

    // The tracking page offers it.
    let (_, page) = app.get(&format!("/lacak/{code}")).await;
    assert!(page.contains(r#"data-testid="your-data""#), "{page}");
    assert!(
        page.contains(&format!(r#"action="/lacak/{code}/data""#)),
        "{page}"
    );

    // Without the complaint's cookie the PIN alone is not enough: open the complaint first.
    let stranger = post(browser(), pin.clone()).await;
    assert_eq!(stranger.status(), 303);
    assert_eq!(stranger.headers()["location"], "/lacak");

    // A wrong PIN gives nothing, and counts like a wrong PIN at the door.
    let wrong = if pin == "0000000000" {
        "1111111111"
    } else {
        "0000000000"
    };
    let refused = post(app.client.clone(), wrong.to_owned()).await;
    assert_eq!(refused.status(), 303);
    assert_eq!(
        refused.headers()["location"],
        format!("/lacak/{code}?galat=salah").as_str()
    );
    let db = app.database().await;
    let failures: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(hits), 0) AS BIGINT) FROM rate_limits \
         WHERE bucket LIKE 'pin-failure:%'",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(failures, 1);

    let answer = post(app.client.clone(), pin.clone()).await;
    assert_eq!(answer.status(), 200);
    assert_eq!(answer.headers()["content-type"], "application/json");
    assert_eq!(answer.headers()["cache-control"], "no-store");
    assert_eq!(
        answer.headers()["content-disposition"],
        format!("attachment; filename=\"aduan-{code}.json\"").as_str()
    );
    let data: serde_json::Value = answer.json().await.unwrap();
    assert_eq!(data["tracking_code"], code.as_str());
    assert_eq!(data["reporter"]["name"], "Siti Rahayu");
    assert_eq!(data["reporter"]["nik"], "3503015708900001", "the whole NIK");
    assert_eq!(data["reporter"]["phone"], "+6281234567890", "as the desk keeps it");
    assert_eq!(
        data["complaint"]["title"],
        "Lampu jalan mati di Jalan Soekarno-Hatta"
    );
    assert_eq!(data["complaint"]["latitude"], -8.0506);
    assert_eq!(data["complaint"]["status"], "submitted");
    assert_eq!(data["privacy_notice_version"], 1);
    assert_eq!(data["timeline"][0]["kind"], "submit");
    assert_eq!(data["satisfaction_survey_answered"], false);
    assert_eq!(data["anonymised_at"], serde_json::Value::Null);

    // The photo is the one the reporter is served, byte for byte.
    let photos = data["photos"].as_array().unwrap();
    assert_eq!(photos.len(), 1, "{data}");
    let exported = base64::engine::general_purpose::STANDARD
        .decode(photos[0]["base64"].as_str().unwrap())
        .unwrap();
    let served = app
        .client
        .get(format!(
            "{}/lacak/{code}/foto/{}",
            app.address, photos[0]["position"]
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(
        served.headers()["content-type"].to_str().unwrap(),
        photos[0]["content_type"].as_str().unwrap()
    );
    assert_eq!(served.bytes().await.unwrap().as_ref(), exported.as_slice());
}
