//! The agency asks the reporter for more information (Kapuas row 2): the reporter reads the
//! question on the tracking page and answers it, with a photo if it helps; the agency's clock
//! waits meanwhile where the SOP profile says it does.

use crate::file_complaint::{PHOTO, complete_form, receipt_code};
use crate::helpers::{Officer, TestApp, browser, get, post};
use app::domain::status::{Action, Reason, Role};
use chrono::{DateTime, Duration, Utc};

const QUESTION: &str = "Di depan rumah nomor berapa tiang lampu yang mati?";
const ANSWER: &str = "Di depan rumah nomor 12, tiang yang catnya hijau.";

async fn signed_in(app: &TestApp, officer: &Officer) -> reqwest::Client {
    let client = browser();
    assert_eq!(app.log_in(&client, officer).await, "/petugas");
    client
}

async fn status_and_since(app: &TestApp, code: &str) -> (String, i64) {
    sqlx::query_as("SELECT status, status_since FROM complaints WHERE tracking_code = $1")
        .bind(code)
        .fetch_one(&app.database().await)
        .await
        .unwrap()
}

/// Posts the reporter's answer from the filer's browser, as the tracking page does.
async fn clarify(app: &TestApp, code: &str, answer: &str, photo: bool) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new()
        .text("keputusan", "keterangan")
        .text("alasan", answer.to_owned());
    if photo {
        let part = reqwest::multipart::Part::bytes(PHOTO)
            .file_name("tiang.png")
            .mime_str("image/png")
            .unwrap();
        form = form.part("foto", part);
    }
    app.client
        .post(format!("{}/lacak/{code}/jawab", app.address))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_agency_asks_the_reporter_answers_on_the_tracking_page_and_the_agency_reads_it() {
    let app = TestApp::spawn().await;
    app.state.sop.set(app::domain::sop::kapuas());
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    app.verify_and_dispatch(&code, Utc::now()).await;
    let liaison = signed_in(
        &app,
        &app.officer("penghubung", "liaison", Some("dishub")).await,
    )
    .await;
    let path = format!("/petugas/aduan/{code}/tindakan");
    let accept = [("aksi", "accept_dispatch"), ("status", "dispatched")];
    assert_eq!(post(&app, &liaison, &path, &accept).await.0, 303);
    let (_, page) = get(&app, &liaison, &format!("/petugas/aduan/{code}")).await;
    assert!(
        page.contains(r#"data-action="request_clarification""#),
        "{page}"
    );

    // A question too short is refused by name; the right one goes to the reporter.
    let too_short = [
        ("aksi", "request_clarification"),
        ("status", "in_progress"),
        ("reason", "?"),
    ];
    let (status, _, body) = post(&app, &liaison, &path, &too_short).await;
    assert_eq!(status, 422);
    assert!(
        body.contains("Keterangan yang diperlukan dari pelapor"),
        "{body}"
    );
    let ask = [
        ("aksi", "request_clarification"),
        ("status", "in_progress"),
        ("reason", QUESTION),
    ];
    assert_eq!(post(&app, &liaison, &path, &ask).await.0, 303);
    assert_eq!(
        status_and_since(&app, &code).await.0,
        "awaiting_clarification"
    );
    let db = app.database().await;
    let told: Vec<String> =
        sqlx::query_scalar("SELECT body FROM outbox WHERE subject LIKE '%Keterangan Pelapor%'")
            .fetch_all(&db)
            .await
            .unwrap();
    assert_eq!(told.len(), 1, "the reporter is told once");
    assert!(told[0].contains("keterangan tambahan"), "{}", told[0]);

    // The agency's queue does not say it waits for the agency.
    let (_, queue) = get(&app, &liaison, "/petugas").await;
    let row = queue
        .split(r#"data-testid="queue-row""#)
        .find(|row| row.contains(&code))
        .expect("listed");
    assert!(!row.contains("Menunggu Anda"), "{row}");
    assert!(row.contains("Menunggu Keterangan Pelapor"), "{row}");

    // The reporter reads the question and answers it with a photo.
    let (_, tracking) = app.get(&format!("/lacak/{code}")).await;
    let section = tracking
        .split(r#"data-testid="clarify""#)
        .nth(1)
        .expect("the question to answer");
    assert!(section.contains(QUESTION), "{section}");
    assert!(
        !tracking.contains(r#"data-testid="answer""#),
        "nothing to confirm yet"
    );
    let refused = clarify(&app, &code, "", false).await;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("Keterangan Anda"));
    let answered = clarify(&app, &code, ANSWER, true).await;
    assert_eq!(answered.status(), 303);
    assert_eq!(
        answered.headers()["location"],
        format!("/lacak/{code}?selesai=keterangan").as_str()
    );
    assert_eq!(status_and_since(&app, &code).await.0, "in_progress");
    let (_, tracking) = app.get(&format!("/lacak/{code}?selesai=keterangan")).await;
    assert!(
        tracking.contains("Keterangan Anda sudah diteruskan"),
        "{tracking}"
    );
    assert!(!tracking.contains(r#"data-testid="clarify""#), "{tracking}");
    let timeline = tracking.split(r#"data-testid="timeline""#).nth(1).unwrap();
    assert!(
        timeline.contains(QUESTION) && timeline.contains(ANSWER),
        "{timeline}"
    );
    assert!(
        timeline.contains(&format!("/lacak/{code}/foto/")),
        "the photo under the answer"
    );
    // Twice is once: the question is answered.
    let again = clarify(&app, &code, ANSWER, false).await;
    assert_eq!(
        again.headers()["location"],
        format!("/lacak/{code}?galat=tidak_berlaku").as_str()
    );

    // The liaison reads the answer and its photo on the complaint's page.
    let (_, page) = get(&app, &liaison, &format!("/petugas/aduan/{code}")).await;
    let timeline = page.split(r#"data-testid="desk-timeline""#).nth(1).unwrap();
    assert!(timeline.contains(ANSWER), "{timeline}");
    assert!(timeline.contains("photo-thumbnail"), "{timeline}");
}

/// Carries a new complaint to the agency's follow-up at `start` and has the agency ask the
/// reporter a day later.
async fn asked_a_day_in(app: &TestApp, start: DateTime<Utc>) -> String {
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    app.verify_and_dispatch(&code, start).await;
    app.act_as(&code, &Action::AcceptDispatch, Role::Liaison, start)
        .await;
    let ask = Action::RequestClarification {
        question: Reason::parse(QUESTION).unwrap(),
    };
    app.act_as(&code, &ask, Role::Liaison, start + Duration::days(1))
        .await;
    code
}

#[tokio::test]
async fn the_agencys_clock_waits_for_the_reporter_or_runs_on_as_the_profile_says() {
    let app = TestApp::spawn().await;
    app.state.sop.set(app::domain::sop::kapuas());
    let start = DateTime::parse_from_rfc3339("2026-11-02T09:00:00+07:00")
        .unwrap()
        .with_timezone(&Utc);
    let answer = Action::Clarify {
        answer: Reason::parse(ANSWER).unwrap(),
    };
    let answered_at = start + Duration::days(5);

    // Kapuas gives the follow-up 3 days. A day was used before the question; the reporter
    // answers four days after it: two days are left, counted from the answer.
    let code = asked_a_day_in(&app, start).await;
    app.act_as(&code, &answer, Role::Reporter, answered_at)
        .await;
    let (status, since) = status_and_since(&app, &code).await;
    assert_eq!(status, "in_progress");
    assert_eq!(since, (answered_at - Duration::days(1)).timestamp_millis());
    let due: i64 =
        sqlx::query_scalar("SELECT step_due_at FROM complaints WHERE tracking_code = $1")
            .bind(&code)
            .fetch_one(&app.database().await)
            .await
            .unwrap();
    assert_eq!(due, (answered_at + Duration::days(2)).timestamp_millis());

    // A profile whose clock runs on: the follow-up counts from its start, and is overdue.
    let mut runs_on = app::domain::sop::kapuas();
    runs_on.clarification_pauses_clock = false;
    app.state.sop.set(runs_on);
    let code = asked_a_day_in(&app, start).await;
    app.act_as(&code, &answer, Role::MainDesk, answered_at)
        .await;
    let (status, since) = status_and_since(&app, &code).await;
    assert_eq!(status, "in_progress");
    assert_eq!(since, start.timestamp_millis());

    // Once answered, the clock is the follow-up's own again: a second question holds it anew.
    let ask = Action::RequestClarification {
        question: Reason::parse(QUESTION).unwrap(),
    };
    app.act_as(&code, &ask, Role::Liaison, answered_at + Duration::hours(1))
        .await;
    let held: Option<i64> =
        sqlx::query_scalar("SELECT clock_held_since FROM complaints WHERE tracking_code = $1")
            .bind(&code)
            .fetch_one(&app.database().await)
            .await
            .unwrap();
    assert_eq!(held, Some(start.timestamp_millis()));
}
