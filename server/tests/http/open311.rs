//! Open311 GeoReport v2 through the real server: a gateway with an API key files a complaint,
//! follows it by id and by token while officers act, in JSON and XML; every refusal in the spec's
//! error format; nothing personal in what anyone can read.

use crate::file_complaint::PHOTO;
use crate::helpers::TestApp;
use app::domain::complaint::Visibility;
use app::domain::status::{Action, Role};
use app::storage::api_keys::{self, Scope};
use chrono::Utc;
use reqwest::multipart::{Form, Part};

/// An API key with `scope`, made as `aduan admin api-key create` does: its id and the key.
pub(crate) async fn key(app: &TestApp, scope: Scope) -> (i64, String) {
    let (master, _) =
        app::personal_data::MasterKey::load_or_create(&app.data_dir.join("secret.key")).unwrap();
    let protector = app::personal_data::Protector::new(&master);
    api_keys::create(&app.state.db, &protector, "WA gateway", scope, Utc::now())
        .await
        .unwrap()
}

/// An Open311 request a gateway would file, with its photo.
pub(crate) fn request_form(key: &str) -> Form {
    Form::new()
        .text("api_key", key.to_owned())
        .text("jurisdiction_id", "trenggalekkab.go.id")
        .text("service_code", "penerangan")
        .text("first_name", "Siti")
        .text("last_name", "Rahayu")
        .text("attribute[nik]", "3503015708900001")
        .text("phone", "081234567890")
        .text(
            "description",
            "Lampu jalan mati di depan Pasar Pon. Sudah dua minggu jalan gelap dan rawan.",
        )
        .text("lat", "-8.0506")
        .text("long", "111.7087")
        .text(
            "address_string",
            "Jl. Soekarno-Hatta depan Pasar Pon, Trenggalek",
        )
        // Surabaya's SOP, the default profile, asks the topic of what a gateway enters.
        .text("attribute[topic]", "Lampu jalan")
        .part(
            "media",
            Part::bytes(PHOTO.to_vec())
                .file_name("lampu.png")
                .mime_str("image/png")
                .unwrap(),
        )
}

async fn json(app: &TestApp, path: &str) -> (u16, serde_json::Value) {
    let response = app
        .client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

#[tokio::test]
async fn a_gateway_files_and_follows_a_complaint() {
    let app = TestApp::spawn().await;
    let (_, key) = key(&app, Scope::Create).await;

    let (status, services) = json(&app, "/open311/v2/services.json").await;
    assert_eq!(status, 200);
    assert!(
        services
            .as_array()
            .unwrap()
            .iter()
            .any(|service| service["service_code"] == "penerangan"),
        "{services}"
    );
    let (status, definition) = json(&app, "/open311/v2/services/penerangan.json").await;
    assert_eq!(status, 200);
    assert_eq!(definition[0]["attributes"][0]["code"], "nik");
    assert_eq!(definition[0]["attributes"][0]["required"], true);

    let response = app
        .client
        .post(format!("{}/open311/v2/requests.json", app.address))
        .multipart(request_form(&key))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let created: serde_json::Value = response.json().await.unwrap();
    let id = created[0]["service_request_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let token = created[0]["token"].as_str().unwrap().to_owned();
    assert!(id.starts_with("ADU-"), "{created}");
    assert!(
        created[0]["service_notice"]
            .as_str()
            .unwrap()
            .contains("PIN"),
        "the gateway passes the PIN on: {created}"
    );

    // Before verification: its status by id and by token, nothing else.
    let (status, found) = json(&app, &format!("/open311/v2/requests/{id}.json")).await;
    assert_eq!(status, 200);
    assert_eq!(found[0]["status"], "open");
    assert_eq!(found[0]["status_notes"], "Menunggu Verifikasi");
    assert_eq!(found[0]["description"], serde_json::Value::Null);
    let (status, by_token) = json(&app, &format!("/open311/v2/tokens/{token}.json")).await;
    assert_eq!(status, 200);
    assert_eq!(by_token[0]["service_request_id"], id.as_str());
    let (_, listed) = json(&app, "/open311/v2/requests.json").await;
    assert_eq!(
        listed,
        serde_json::json!([]),
        "not public before verification"
    );

    // An officer verifies it as public: the public sees it, masked; then it is forwarded.
    let now = Utc::now();
    app.act_as(
        &id,
        &Action::Verify {
            visibility: Visibility::Public,
        },
        Role::MainDesk,
        now,
    )
    .await;
    let (_, found) = json(&app, &format!("/open311/v2/requests/{id}.json")).await;
    assert_eq!(found[0]["status_notes"], "Terverifikasi");
    assert_eq!(found[0]["service_code"], "penerangan");
    assert_eq!(found[0]["address"], "Trenggalek", "the district only");
    assert_eq!(found[0]["lat"], -8.05, "the district's centroid, rounded");
    assert!(
        found[0]["description"]
            .as_str()
            .unwrap()
            .contains("Lampu jalan mati")
    );
    let (_, listed) = json(
        &app,
        "/open311/v2/requests.json?status=open&service_code=penerangan",
    )
    .await;
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    let (_, closed) = json(&app, "/open311/v2/requests.json?status=closed").await;
    assert_eq!(closed, serde_json::json!([]));

    app.act_as(
        &id,
        &Action::Escalate {
            ticket: app::domain::status::Sp4nTicket::parse("LAPOR-1234567").unwrap(),
            reason: app::domain::status::Reason::parse("Di luar kewenangan pemerintah kabupaten.")
                .unwrap(),
        },
        Role::MainDesk,
        now,
    )
    .await;
    let (_, found) = json(&app, &format!("/open311/v2/requests/{id}.json")).await;
    assert_eq!(found[0]["status"], "closed");

    // The same in XML.
    let xml = app
        .client
        .get(format!("{}/open311/v2/requests/{id}.xml", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(xml.headers()["content-type"], "text/xml; charset=utf-8");
    let xml = xml.text().await.unwrap();
    assert!(
        xml.contains("<service_requests><request>")
            && xml.contains(&format!("<service_request_id>{id}</service_request_id>"))
            && xml.contains("<status>closed</status>"),
        "{xml}"
    );

    // Nothing personal anywhere the public reads.
    let (_, everything) = json(&app, "/open311/v2/requests.json?status=closed").await;
    let public = format!("{everything}{found}{xml}");
    for personal in [
        "Siti",
        "Rahayu",
        "3503015708900001",
        "081234567890",
        "-8.0506",
        "111.7087",
        "Soekarno",
    ] {
        assert!(
            !public.contains(personal),
            "{personal} in a public answer: {public}"
        );
    }
}

#[tokio::test]
async fn refusals_come_in_the_specs_error_format() {
    let app = TestApp::spawn().await;
    let (_, reader) = key(&app, Scope::Read).await;
    let (revoked_id, revoked) = key(&app, Scope::Create).await;
    let (_, good) = key(&app, Scope::Create).await;
    assert!(
        api_keys::revoke(&app.state.db, revoked_id, Utc::now())
            .await
            .unwrap()
    );

    let post = |form: Form| {
        let client = app.client.clone();
        let address = app.address.clone();
        async move {
            let response = client
                .post(format!("{address}/open311/v2/requests.json"))
                .multipart(form)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            (status, response.json::<serde_json::Value>().await.unwrap())
        }
    };
    for key in ["", "aduan_tidak-ada", &reader, &revoked] {
        let (status, body) = post(request_form(key)).await;
        assert_eq!(status, 403, "{key}: {body}");
        assert_eq!(body[0]["code"], 403);
        assert!(body[0]["description"].as_str().unwrap().contains("api_key"));
    }

    // Every missing required field, named as Open311 names it, in both languages.
    let form = Form::new()
        .text("api_key", good.clone())
        .text("service_code", "penerangan");
    let (status, body) = post(form).await;
    assert_eq!(status, 400, "{body}");
    let descriptions: Vec<&str> = body
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["description"].as_str().unwrap())
        .collect();
    for field in [
        "first_name: ",
        "attribute[nik]: ",
        "description: ",
        "lat: ",
        "address_string: ",
    ] {
        assert!(
            descriptions
                .iter()
                .any(|text| text.starts_with(field) && text.contains(" / ")),
            "{field} in {descriptions:?}"
        );
    }
    // A gateway's complaint came by another channel (WhatsApp by default): a text without a
    // photo is a complaint too, as at the desk.
    assert!(
        !descriptions.iter().any(|text| text.starts_with("media: ")),
        "{descriptions:?}"
    );
    let with_web = Form::new()
        .text("api_key", good.clone())
        .text("service_code", "penerangan")
        .text("attribute[channel]", "web");
    let (_, body) = post(with_web).await;
    assert!(
        body.as_array()
            .unwrap()
            .iter()
            .any(|error| error["description"]
                .as_str()
                .unwrap()
                .starts_with("media: ")),
        "the web channel's rule still asks for a photo: {body}"
    );
    let (status, body) = post(request_form(&good).text("service_code", "bukan-kategori")).await;
    assert_eq!(status, 400);
    assert!(
        body[0]["description"]
            .as_str()
            .unwrap()
            .starts_with("service_code: "),
        "{body}"
    );

    // A photo by address is not fetched.
    let form = Form::new()
        .text("api_key", good.clone())
        .text("media_url", "http://example.org/lampu.jpg");
    let (status, body) = post(form).await;
    assert_eq!(status, 400);
    assert!(
        body[0]["description"]
            .as_str()
            .unwrap()
            .starts_with("media_url")
    );

    // A key that filed its hour's allowance waits; another key does not.
    let (busy_id, busy) = key(&app, Scope::Create).await;
    let now_ms = Utc::now().timestamp_millis();
    let window = app::handlers::open311::KEY_LIMIT.window.as_millis() as i64;
    sqlx::query("INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, $3)")
        .bind(format!("open311:key-{busy_id}"))
        .bind(now_ms - now_ms.rem_euclid(window))
        .bind(app::handlers::open311::KEY_LIMIT.max)
        .execute(&app.database().await)
        .await
        .unwrap();
    let (status, body) = post(request_form(&busy)).await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(body[0]["code"], 429);
    let (status, body) = post(request_form(&good)).await;
    assert_eq!(status, 201, "{body}");

    // Unknown ids and bad filters.
    let (status, body) = json(&app, "/open311/v2/requests/ADU-2222-2222.json").await;
    assert_eq!(status, 404);
    assert_eq!(body[0]["code"], 404);
    let (status, _) = json(&app, "/open311/v2/requests.json?start_date=kemarin").await;
    assert_eq!(status, 400);
    let (status, _) = json(&app, "/open311/v2/requests.json?status=maybe").await;
    assert_eq!(status, 400);
    let xml = app
        .client
        .get(format!("{}/open311/v2/services/tidak-ada.xml", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(xml.status(), 404);
    assert!(
        xml.text()
            .await
            .unwrap()
            .contains("<errors><error><code>404</code>")
    );
}
