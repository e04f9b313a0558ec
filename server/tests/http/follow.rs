//! Following a nearby complaint instead of filing it again: the follower hears when it moves on.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::TestApp;
use app::domain::complaint::{AgencyCode, Visibility};
use app::domain::status::{Action, Role};

async fn follow(app: &TestApp, code: &str, contact: &str) -> (u16, String) {
    let response = app
        .client
        .post(format!("{}/api/complaints/follow", app.address))
        .form(&[("code", code), ("contact", contact)])
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn act(app: &TestApp, code: &str, action: Action) {
    app.act_as(code, &action, Role::MainDesk, chrono::Utc::now())
        .await;
}

#[tokio::test]
async fn a_neighbour_follows_an_open_complaint_and_hears_when_it_moves_on() {
    let app = TestApp::spawn().await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);

    assert_eq!(
        follow(&app, &code, "tetangga@example.id").await,
        (200, "true".into())
    );
    assert_eq!(
        follow(&app, &code, "tetangga@example.id").await,
        (200, "false".into())
    );
    let (status, body) = follow(&app, &code, "bukan-kontak").await;
    assert_ne!(status, 200);
    assert!(body.contains("phone.invalid"), "{body}");
    let (status, _) = follow(&app, "ADU-2222-2222", "tetangga@example.id").await;
    assert_ne!(status, 200, "no such complaint");

    act(
        &app,
        &code,
        Action::Verify {
            visibility: Visibility::Public,
        },
    )
    .await;
    act(
        &app,
        &code,
        Action::Dispatch {
            agency: AgencyCode::parse("dishub").unwrap(),
            note: None,
        },
    )
    .await;
    let db = app.database().await;
    let (subject, body): (String, String) =
        sqlx::query_as("SELECT subject, body FROM outbox WHERE recipient = 'tetangga@example.id'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert!(subject.contains(&code), "{subject}");
    assert!(
        body.contains("Aduan yang Anda ikuti kini berstatus"),
        "{body}"
    );
    assert!(
        body.contains(&format!("http://aduan.test/lapor/terkirim/{code}")),
        "{body}"
    );
    assert!(
        !body.contains("Siti"),
        "no personal data of the reporter: {body}"
    );
}

#[tokio::test]
async fn a_confidential_complaint_cannot_be_followed() {
    let app = TestApp::spawn().await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    act(
        &app,
        &code,
        Action::Verify {
            visibility: Visibility::Confidential,
        },
    )
    .await;
    let (status, body) = follow(&app, &code, "tetangga@example.id").await;
    assert_ne!(status, 200);
    assert!(body.contains("NotFound"), "{body}");
}
