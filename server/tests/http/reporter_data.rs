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
    assert_eq!(
        data["reporter"]["phone"], "+6281234567890",
        "as the desk keeps it"
    );
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

#[tokio::test]
async fn the_main_desk_decides_an_erasure_request_and_an_open_complaint_is_held_until_finished() {
    use app::domain::status::{Action, Role};
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let agency = browser();
    app.log_in(
        &agency,
        &app.officer("dishub", "agency_admin", Some("dishub")).await,
    )
    .await;
    let db = app.database().await;
    let name_of = |code: String| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, String>(
                "SELECT reporter_name FROM complaints WHERE tracking_code = $1",
            )
            .bind(code)
            .fetch_one(&db)
            .await
            .unwrap()
        }
    };
    let post = |client: &reqwest::Client, path: String, form: Vec<(&'static str, String)>| {
        let request = client.post(format!("{}{path}", app.address)).form(&form);
        async move { request.send().await.unwrap() }
    };
    let location =
        |response: &reqwest::Response| response.headers()["location"].to_str().unwrap().to_owned();

    // The reporter asks while the complaint is open, once; a stranger cannot ask for them.
    let (code, _) = crate::track::file(&app).await;
    let page = format!("/lacak/{code}");
    let ask = format!("/lacak/{code}/hapus");
    let reason = "Saya tidak ingin nama saya tersimpan setelah ini.".to_owned();
    let stranger = post(&browser(), ask.clone(), vec![("alasan", reason.clone())]).await;
    assert_eq!(location(&stranger), "/lacak");
    let asked = post(&app.client, ask.clone(), vec![("alasan", reason.clone())]).await;
    assert_eq!(location(&asked), format!("{page}?selesai=hapus"));
    let again = post(&app.client, ask.clone(), vec![]).await;
    assert_eq!(location(&again), format!("{page}?galat=tidak_berlaku"));
    let (_, tracking) = app.get(&page).await;
    assert!(
        tracking.contains("menunggu keputusan Admin Utama, paling lambat"),
        "{tracking}"
    );
    assert!(
        tracking.contains("Pelapor meminta data pribadinya dihapus"),
        "{tracking}"
    );

    // Only the main desk decides, and reads the reason.
    let decide = format!("/petugas/aduan/{code}/hapus-data");
    let by_agency = post(
        &agency,
        decide.clone(),
        vec![("keputusan", "setuju".to_owned())],
    )
    .await;
    assert_eq!(by_agency.status(), 404, "an agency is told nothing of it");
    let (_, desk_page) = crate::helpers::get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    assert!(
        desk_page.contains(r#"data-testid="erasure-request""#),
        "{desk_page}"
    );
    assert!(desk_page.contains(&reason), "{desk_page}");
    let short = post(
        &desk,
        decide.clone(),
        vec![
            ("keputusan", "tolak".to_owned()),
            ("jawaban", "tidak".to_owned()),
        ],
    )
    .await;
    assert_eq!(short.status(), 422);

    // Approved while open: held, the data still there to handle the complaint.
    let approved = post(
        &desk,
        decide.clone(),
        vec![("keputusan", "setuju".to_owned())],
    )
    .await;
    assert_eq!(
        location(&approved),
        format!("/petugas/aduan/{code}?selesai=decide_erasure")
    );
    assert_eq!(name_of(code.clone()).await, "Siti Rahayu");
    let (_, tracking) = app.get(&page).await;
    assert!(
        tracking.contains("akan dihapus begitu aduan selesai"),
        "{tracking}"
    );
    // A second decision finds nothing waiting.
    let twice = post(
        &desk,
        decide.clone(),
        vec![("keputusan", "setuju".to_owned())],
    )
    .await;
    assert_eq!(
        location(&twice),
        format!("/petugas/aduan/{code}?galat=berubah")
    );

    // Finished: the next round of the scheduler erases it, whatever the retention period.
    app.act_as(
        &code,
        &Action::Withdraw { reason: None },
        Role::Reporter,
        chrono::Utc::now(),
    )
    .await;
    let swept = app::services::retention::run_once(&app.state, chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(swept.anonymised, 1);
    assert_eq!(name_of(code.clone()).await, "");
    let (_, tracking) = app.get(&page).await;
    assert!(
        tracking.contains("Data pribadi Anda sudah dihapus"),
        "{tracking}"
    );

    // A finished complaint is erased the moment the desk approves.
    let (finished, _) = crate::track::file(&app).await;
    app.act_as(
        &finished,
        &Action::Withdraw { reason: None },
        Role::Reporter,
        chrono::Utc::now(),
    )
    .await;
    post(&app.client, format!("/lacak/{finished}/hapus"), vec![]).await;
    post(
        &desk,
        format!("/petugas/aduan/{finished}/hapus-data"),
        vec![("keputusan", "setuju".to_owned())],
    )
    .await;
    assert_eq!(name_of(finished.clone()).await, "");

    // A refusal reaches the reporter with its answer; the data stays.
    let (refused, _) = crate::track::file(&app).await;
    post(&app.client, format!("/lacak/{refused}/hapus"), vec![]).await;
    let answer = "Aduan ini sedang diperiksa Inspektorat, data wajib disimpan sampai selesai.";
    post(
        &desk,
        format!("/petugas/aduan/{refused}/hapus-data"),
        vec![
            ("keputusan", "tolak".to_owned()),
            ("jawaban", answer.to_owned()),
        ],
    )
    .await;
    let (_, tracking) = app.get(&format!("/lacak/{refused}")).await;
    assert!(tracking.contains(answer), "{tracking}");
    assert_eq!(name_of(refused.clone()).await, "Siti Rahayu");

    // The decisions go back through the reporter's channel while they have one: the refusal and
    // the hold; an erasure done at once leaves no contact to write to (the tracking page says it).
    let told = |code: String| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, String>(
                "SELECT o.subject || ' | ' || o.body FROM outbox o \
                 JOIN complaints c ON c.id = o.complaint_id \
                 WHERE c.tracking_code = $1 AND o.subject LIKE '%hapus data%'",
            )
            .bind(code)
            .fetch_all(&db)
            .await
            .unwrap()
        }
    };
    let refusal = told(refused).await;
    assert_eq!(refusal.len(), 1, "{refusal:?}");
    assert!(refusal[0].contains(answer), "{refusal:?}");
    assert!(told(finished).await.is_empty());
}
