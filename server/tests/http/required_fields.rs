//! The fields a region's SOP requires beyond the portal's own, through the real server: under
//! Cilacap's profile the citizens' form asks for the reporter's home address and a filing without
//! it is refused; under Surabaya's the desk's intake asks for the social media account of a
//! complaint that came by social media, and the topic of every complaint it enters. What is
//! personal stays on the desk: never on a public page, the queue's export or the open data.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{TestApp, browser, get, post};
use crate::open311::{key, request_form};
use app::domain::sop::{cilacap, surabaya};
use app::storage::api_keys::Scope;

const HOME: &str = "Jl. Kenanga 7, RT 03 / RW 02, Sidanegara";
const ACCOUNT: &str = "@warga_sby di Instagram";

/// Posts `form` to `/lapor` from `client` asking for JSON: the status and the body.
async fn file_json(
    app: &TestApp,
    client: &reqwest::Client,
    form: reqwest::multipart::Form,
) -> (u16, serde_json::Value) {
    let response = client
        .post(format!("{}/lapor", app.address))
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

fn fields_of(body: &serde_json::Value) -> Vec<String> {
    body["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|error| error["field"].as_str().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

async fn stored(app: &TestApp, code: &str) -> (Option<String>, Option<String>, Option<String>) {
    sqlx::query_as(
        "SELECT reporter_address, social_media_account, topic FROM complaints \
         WHERE tracking_code = $1",
    )
    .bind(code)
    .fetch_one(&app.database().await)
    .await
    .unwrap()
}

#[tokio::test]
async fn cilacap_asks_the_citizen_for_a_home_address_that_only_officers_see() {
    let app = TestApp::spawn().await;
    // Under the default profile the form has no such field.
    let (_, form) = app.get("/lapor").await;
    assert!(!form.contains("name=\"reporter_address\""));
    app.state.sop.set(cilacap());
    let (_, form) = app.get("/lapor").await;
    assert!(form.contains("name=\"reporter_address\""), "{form}");
    assert!(form.contains("Alamat pelapor"), "{form}");

    // Without it: refused, named, in the reader's language; nothing stored.
    let (status, body) = file_json(&app, &app.client, complete_form()).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(fields_of(&body), ["reporter_address"]);
    assert_eq!(body["errors"][0]["message"], "Alamat pelapor wajib diisi.");
    let count: i64 = sqlx::query_scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM complaints")
        .fetch_one(&app.database().await)
        .await
        .unwrap();
    assert_eq!(count, 0);

    // With it: stored as typed (normalised), shown to the main desk beside the name.
    let code = receipt_code(
        &app.post_form(
            "/lapor",
            complete_form().text("reporter_address", format!("  {HOME} ")),
        )
        .await,
    );
    assert_eq!(
        stored(&app, &code).await,
        (Some(HOME.to_owned()), None, None)
    );
    let desk = app.main_desk().await;
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains(HOME), "{page}");
    assert!(page.contains("data-testid=\"reporter-address\""), "{page}");

    // Verified as anonymous and dispatched: the agency reads the complaint, not the address.
    for (action, status, field, value) in [
        ("verify", "submitted", "visibility", "anonymous"),
        ("dispatch", "verified", "agency", "dishub"),
    ] {
        let (code_status, _, body) = post(
            &app,
            &desk,
            &format!("/petugas/aduan/{code}/tindakan"),
            &[("aksi", action), ("status", status), (field, value)],
        )
        .await;
        assert_eq!(code_status, 303, "{body}");
    }
    let dishub = browser();
    app.log_in(
        &dishub,
        &app.officer("sari", "agency_admin", Some("dishub")).await,
    )
    .await;
    let (_, page) = get(&app, &dishub, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains("Lampu jalan mati"), "{page}");
    assert!(!page.contains("Kenanga"), "{page}");

    // A public complaint's address is on no public page nor in any export.
    let public = receipt_code(
        &app.post_form(
            "/lapor",
            complete_form().text("reporter_address", HOME.to_owned()),
        )
        .await,
    );
    app.verify_and_dispatch(&public, chrono::Utc::now()).await;
    for path in [
        "/aduan".to_owned(),
        format!("/lacak/{public}"),
        format!("/lapor/terkirim/{public}"),
        "/statistik".to_owned(),
        "/statistik.csv".to_owned(),
        "/open311/v2/requests.json".to_owned(),
        format!("/open311/v2/requests/{public}.json"),
    ] {
        let (status, body) = app.get(&path).await;
        assert!(status.is_success() || status == 404, "{path}: {status}");
        assert!(!body.contains("Kenanga"), "{path}: {body}");
    }
    let (status, csv) = get(&app, &desk, "/petugas/antrean.csv").await;
    assert_eq!(status, 200);
    assert!(csv.contains(&public), "{csv}");
    assert!(!csv.contains("Kenanga"), "{csv}");
}

#[tokio::test]
async fn surabaya_asks_the_desk_for_the_topic_and_the_social_media_account_of_what_it_enters() {
    let app = TestApp::spawn().await;
    app.state.sop.set(surabaya());
    let desk = app.main_desk().await;

    // The desk's intake shows both; the citizens' form neither, and files without them.
    let (_, intake) = get(&app, &desk, "/petugas/lapor").await;
    assert!(intake.contains("name=\"social_media_account\""), "{intake}");
    assert!(intake.contains("name=\"topic\""), "{intake}");
    let (_, form) = app.get("/lapor").await;
    assert!(!form.contains("name=\"social_media_account\""));
    assert!(!form.contains("name=\"topic\""));
    let web = receipt_code(&app.post_form("/lapor", complete_form()).await);
    assert_eq!(stored(&app, &web).await, (None, None, None));

    // A call the desk enters needs its topic.
    let (status, body) = file_json(&app, &desk, complete_form().text("channel", "phone")).await;
    assert_eq!((status, fields_of(&body)), (422, vec!["topic".to_owned()]));

    // A complaint from social media needs its account.
    let from_instagram = || {
        complete_form()
            .text("channel", "social_media")
            .text("topic", "Lampu jalan")
    };
    let response = desk
        .post(format!("{}/lapor", app.address))
        .header("accept", "application/json")
        .multipart(from_instagram())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(fields_of(&body), ["social_media_account"]);
    assert_eq!(
        body["errors"][0]["message"],
        "Akun media sosial pelapor wajib diisi."
    );
    let response = desk
        .post(format!("{}/lapor", app.address))
        .multipart(from_instagram().text("social_media_account", ACCOUNT))
        .send()
        .await
        .unwrap();
    let code = receipt_code(&response);
    assert_eq!(
        stored(&app, &code).await,
        (
            None,
            Some(ACCOUNT.to_owned()),
            Some("Lampu jalan".to_owned())
        )
    );
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains("@warga_sby"), "{page}");
    assert!(page.contains("data-testid=\"desk-topic\""), "{page}");
}

#[tokio::test]
async fn an_open311_gateway_is_told_the_required_attributes_and_held_to_them() {
    let app = TestApp::spawn().await;
    app.state.sop.set(cilacap());
    let (_, key) = key(&app, Scope::Create).await;

    let definition: serde_json::Value = app
        .client
        .get(format!(
            "{}/open311/v2/services/penerangan.json",
            app.address
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let attributes = definition[0]["attributes"].as_array().unwrap();
    let home = attributes
        .iter()
        .find(|attribute| attribute["code"] == "reporter_address")
        .expect("the home address is announced");
    assert_eq!(home["required"], true);

    let response = app
        .client
        .post(format!("{}/open311/v2/requests.json", app.address))
        .multipart(request_form(&key))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let errors: serde_json::Value = response.json().await.unwrap();
    let description = errors[0]["description"].as_str().unwrap();
    assert!(
        description.starts_with("attribute[reporter_address]: Alamat pelapor wajib diisi."),
        "{description}"
    );

    let response = app
        .client
        .post(format!("{}/open311/v2/requests.json", app.address))
        .multipart(request_form(&key).text("attribute[reporter_address]", HOME))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let created: serde_json::Value = response.json().await.unwrap();
    let code = created[0]["service_request_id"].as_str().unwrap();
    assert_eq!(stored(&app, code).await.0.as_deref(), Some(HOME));
}
