//! Two server instances on one database serve one desk: nothing that must be shared lives in one
//! process's memory (access tokens, sessions, rate limits, reminders).

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{TestApp, browser};
use app::scheduler::run_once;
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

    // PIN guesses are counted across both: the limit holds however they are spread.
    let guesser = browser();
    for attempt in 0..app::handlers::track::TRACK_LIMIT.max {
        let base = if attempt % 2 == 0 {
            &first.address
        } else {
            &second.address
        };
        let response = guesser
            .post(format!("{base}/lacak"))
            .form(&[("kode", code.as_str()), ("pin", "999999x")])
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
        .form(&[("kode", code.as_str()), ("pin", "999999x")])
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
