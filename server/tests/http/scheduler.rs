//! The scheduler and the outbox: Surabaya's day-7 reminder and day-14 closing happen exactly
//! once, across a restart, on a clock the test moves; messages reach a real gateway once, after
//! it fails first.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{Options, TestApp};
use app::clock::ManualClock;
use app::domain::status::{Action, AnswerText, Role};
use app::services::scheduler::{Round, run_once};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, Mutex};

/// Monday 2 November 2026, 09:00 WIB.
fn monday() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-02T09:00:00+07:00")
        .unwrap()
        .with_timezone(&Utc)
}

/// Carries the complaint to the validated answer at `at`, as officers would.
pub(crate) async fn answer_at(app: &TestApp, code: &str, at: DateTime<Utc>) {
    app.verify_and_dispatch(code, at).await;
    let answer = Action::ProposeResolution {
        answer: AnswerText::parse("Lampu sudah diganti dan menyala kembali.").unwrap(),
    };
    app.act_as(code, &Action::AcceptDispatch, Role::AgencyAdmin, at)
        .await;
    app.act_as(code, &answer, Role::AgencyAdmin, at).await;
    app.act_as(code, &Action::Validate, Role::MainDesk, at)
        .await;
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&app.database().await)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_day_7_reminder_and_the_day_14_closing_happen_once_each_across_a_restart() {
    let clock = Arc::new(ManualClock::new(monday()));
    let app = TestApp::spawn_with(Options {
        clock: clock.clone(),
        ..Options::default()
    })
    .await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    answer_at(&app, &code, monday()).await;

    let at = |days: i64, minutes: i64| monday() + Duration::days(days) + Duration::minutes(minutes);
    let round = |reminders, closed| Round {
        reminders,
        closed,
        ..Round::default()
    };
    let quiet = |round: Round| Round {
        delivered: 0,
        ..round
    };
    assert_eq!(
        quiet(run_once(&app.state, at(6, 0)).await.unwrap()),
        round(0, 0)
    );
    assert_eq!(
        quiet(run_once(&app.state, at(7, 1)).await.unwrap()),
        round(1, 0)
    );
    assert_eq!(
        quiet(run_once(&app.state, at(7, 2)).await.unwrap()),
        round(0, 0)
    );

    // The server stops and starts again between the reminder and the closing.
    let filer = app.client.clone();
    let app = app.restart().await;
    assert_eq!(
        quiet(run_once(&app.state, at(13, 0)).await.unwrap()),
        round(0, 0)
    );
    assert_eq!(
        quiet(run_once(&app.state, at(14, 1)).await.unwrap()),
        round(0, 1)
    );
    assert_eq!(
        quiet(run_once(&app.state, at(14, 2)).await.unwrap()),
        round(0, 0)
    );

    assert_eq!(count(&app, "SELECT COUNT(*) FROM reminders").await, 1);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM complaint_events WHERE action = 'close_no_answer'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM complaints WHERE status = 'closed_no_answer'"
        )
        .await,
        1
    );
    // Received, dispatched, answered, reminded, closed: five messages, each delivered once (to
    // the log).
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox").await, 5);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM outbox WHERE delivered_at IS NOT NULL"
        )
        .await,
        4
    );
    let reminder: String =
        sqlx::query_scalar("SELECT body FROM outbox WHERE subject LIKE '%Pengingat%'")
            .fetch_one(&app.database().await)
            .await
            .unwrap();
    assert!(
        reminder.contains("16-11-2026 09:00 WIB"),
        "the closing date: {reminder}"
    );
    assert!(
        reminder.contains(&format!("http://aduan.test/lacak/{code}")),
        "{reminder}"
    );

    // Closed without the reporter is never counted as confirmed.
    let page = filer
        .get(format!("{}/lacak/{code}", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Tanpa konfirmasi pelapor"), "{page}");
}

/// Trenggalek's row 2c returns an incomplete complaint and says no more: the profile's wait
/// reminds its reporter after 7 days and closes it 7 days later, once each; a complaint completed
/// in time is left alone.
#[tokio::test]
async fn a_returned_complaint_nobody_completes_is_reminded_then_closed() {
    let clock = Arc::new(ManualClock::new(monday()));
    let app = TestApp::spawn_with(Options {
        clock: clock.clone(),
        ..Options::default()
    })
    .await;
    app.state.sop.set(app::domain::sop::trenggalek());
    let returned = Action::ReturnToReporter {
        reason: app::domain::status::Reason::parse("Mohon sebutkan nomor tiang lampu.").unwrap(),
    };
    let forgotten = receipt_code(&app.post_form("/lapor", complete_form()).await);
    app.act_as(&forgotten, &returned, Role::MainDesk, monday())
        .await;
    let completed = receipt_code(&app.post_form("/lapor", complete_form()).await);
    app.act_as(&completed, &returned, Role::MainDesk, monday())
        .await;
    let at = |days: i64, minutes: i64| monday() + Duration::days(days) + Duration::minutes(minutes);
    app.act_as(&completed, &Action::Resubmit, Role::Reporter, at(3, 0))
        .await;

    let round = |reminders, closed| Round {
        reminders,
        closed,
        ..Round::default()
    };
    let quiet = |round: Round| Round {
        delivered: 0,
        officer_reminders: 0,
        ..round
    };
    assert_eq!(
        quiet(run_once(&app.state, at(6, 0)).await.unwrap()),
        round(0, 0)
    );
    assert_eq!(
        quiet(run_once(&app.state, at(7, 1)).await.unwrap()),
        round(1, 0)
    );
    assert_eq!(
        quiet(run_once(&app.state, at(7, 2)).await.unwrap()),
        round(0, 0)
    );
    let reminder: String =
        sqlx::query_scalar("SELECT body FROM outbox WHERE subject LIKE '%Pengingat melengkapi%'")
            .fetch_one(&app.database().await)
            .await
            .unwrap();
    assert!(reminder.contains("16-11-2026 09:00 WIB"), "{reminder}");
    assert!(reminder.contains(&forgotten), "{reminder}");
    assert_eq!(
        quiet(run_once(&app.state, at(14, 1)).await.unwrap()),
        round(0, 1)
    );
    assert_eq!(
        quiet(run_once(&app.state, at(14, 2)).await.unwrap()),
        round(0, 0)
    );
    let status = |code: String| {
        let app = &app;
        async move {
            sqlx::query_scalar::<_, String>(
                "SELECT status FROM complaints WHERE tracking_code = $1",
            )
            .bind(code)
            .fetch_one(&app.database().await)
            .await
            .unwrap()
        }
    };
    assert_eq!(status(forgotten).await, "closed_no_answer");
    assert_eq!(status(completed).await, "submitted");
}

/// A WhatsApp/SMS gateway on localhost that fails its first call, then accepts.
#[derive(Clone, Default)]
struct Gateway {
    calls: Arc<Mutex<Vec<(HeaderMap, String)>>>,
}

async fn gateway_hook(
    State(gateway): State<Gateway>,
    headers: HeaderMap,
    body: String,
) -> StatusCode {
    let mut calls = gateway.calls.lock().unwrap();
    calls.push((headers, body));
    if calls.len() == 1 {
        StatusCode::SERVICE_UNAVAILABLE
    } else {
        StatusCode::OK
    }
}

#[tokio::test]
async fn a_message_reaches_the_gateway_once_after_it_recovers() {
    let gateway = Gateway::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/kirim", listener.local_addr().unwrap());
    let router = axum::Router::new()
        .route("/kirim", axum::routing::post(gateway_hook))
        .with_state(gateway.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });

    let app = TestApp::spawn_with(Options {
        webhook_url: Some(url),
        ..Options::default()
    })
    .await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    let now = Utc::now();
    app.verify_and_dispatch(&code, now).await;

    // The acknowledgement of receipt is the first message: the gateway fails it; the news of the
    // dispatch is delivered at once.
    assert_eq!(run_once(&app.state, now).await.unwrap().delivered, 1);
    assert_eq!(
        run_once(&app.state, now).await.unwrap().delivered,
        0,
        "the failed one is not due again yet"
    );
    let later = now + Duration::minutes(2);
    assert_eq!(run_once(&app.state, later).await.unwrap().delivered, 1);
    assert_eq!(
        run_once(&app.state, later).await.unwrap().delivered,
        0,
        "once only"
    );

    let calls = gateway.calls.lock().unwrap().clone();
    assert_eq!(calls.len(), 3);
    assert_eq!(
        calls[2].0["x-aduan-delivery"], calls[0].0["x-aduan-delivery"],
        "the retry is the same message, for the gateway to recognise"
    );
    let texts: Vec<serde_json::Value> = calls
        .iter()
        .map(|(headers, body)| {
            assert_eq!(
                headers["x-aduan-signature"].to_str().unwrap(),
                app::notify::signature("rahasia-gateway", body.as_bytes())
            );
            serde_json::from_str(body).unwrap()
        })
        .collect();
    let receipt = texts[2]["text"].as_str().unwrap();
    assert!(
        receipt.contains("diverifikasi dalam 1 hari"),
        "the SOP's standard: {receipt}"
    );
    let message = &texts[1];
    assert_eq!(message["tracking_code"], code);
    assert!(message["to"].as_str().unwrap().contains("812"), "{message}");
    let text = message["text"].as_str().unwrap();
    assert!(text.contains("diteruskan ke perangkat daerah"), "{text}");
    assert!(
        text.contains(&format!("http://aduan.test/lacak/{code}")),
        "{text}"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM outbox_attempts").await,
        3,
        "every attempt is recorded"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM outbox_attempts WHERE ok = 1").await,
        2
    );
}

/// A minimal SMTP server on localhost that keeps every message it is given.
async fn smtp_sink() -> (String, Arc<Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let mails = Arc::new(Mutex::new(Vec::new()));
    let kept = mails.clone();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let kept = kept.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 sink ESMTP\r\n").await;
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            kept.lock().unwrap().push(std::mem::take(body));
                            data = None;
                            let _ = write.write_all(b"250 kept\r\n").await;
                        } else {
                            body.push_str(&line);
                            body.push('\n');
                        }
                        continue;
                    }
                    let verb = line.get(..4).unwrap_or_default().to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "DATA" => {
                            data = Some(String::new());
                            b"354 go on\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    let _ = write.write_all(reply).await;
                }
            });
        }
    });
    (address, mails)
}

#[tokio::test]
async fn a_reporter_who_left_an_email_gets_the_news_by_email() {
    let (relay, mails) = smtp_sink().await;
    let app = TestApp::spawn_with(Options {
        smtp: Some(crate::helpers::plain_relay(&relay)),
        ..Options::default()
    })
    .await;
    let code = receipt_code(
        &app.post_form("/lapor", complete_form().text("email", "siti@example.id"))
            .await,
    );
    let now = Utc::now();
    app.verify_and_dispatch(&code, now).await;
    assert_eq!(run_once(&app.state, now).await.unwrap().delivered, 2);
    assert_eq!(run_once(&app.state, now).await.unwrap().delivered, 0);

    let mails = mails.lock().unwrap().clone();
    assert_eq!(
        mails.len(),
        2,
        "the acknowledgement and the dispatch: {mails:?}"
    );
    assert!(mails[0].contains("sudah kami terima"), "{}", mails[0]);
    let mail = &mails[1];
    assert!(mail.contains("To: siti@example.id"), "{mail}");
    assert!(
        mail.contains("From: \"Aduan Trenggalek\" <aduan@trenggalekkab.go.id>"),
        "{mail}"
    );
    assert!(mail.contains(&code), "{mail}");
    assert!(mail.contains("diteruskan ke perangkat daerah"), "{mail}");
    assert!(
        mail.contains(&format!("http://aduan.test/lacak/{code}")),
        "{mail}"
    );
}

#[tokio::test]
async fn officers_in_charge_hear_once_that_a_deadline_nears_and_once_that_it_passed() {
    use app::domain::status::Status;
    let clock = Arc::new(ManualClock::new(monday()));
    let app = TestApp::spawn_with(Options {
        clock: clock.clone(),
        ..Options::default()
    })
    .await;
    app.officer("meja", "main_desk", None).await;
    app.officer("dinas", "agency_admin", Some("dishub")).await;
    app.officer("lain", "agency_admin", Some("dlh")).await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    // The filing happened at the real time: its clock starts then.
    let filed: i64 = count(&app, "SELECT status_since FROM complaints").await;
    let since = DateTime::from_timestamp_millis(filed)
        .unwrap()
        .with_timezone(&app.state.utc_offset);
    let (due_soon, deadline) = app
        .state
        .sop
        .get()
        .due_soon(Status::Submitted, since)
        .expect("verification has a time standard");
    let officers = |round: Round| round.officer_reminders;
    let minute = Duration::minutes(1);
    let at = |moment: DateTime<chrono::FixedOffset>| moment.with_timezone(&Utc);

    assert_eq!(
        officers(run_once(&app.state, at(due_soon) - minute).await.unwrap()),
        0
    );
    assert_eq!(
        officers(run_once(&app.state, at(due_soon) + minute).await.unwrap()),
        1
    );
    assert_eq!(
        officers(
            run_once(&app.state, at(due_soon) + minute * 2)
                .await
                .unwrap()
        ),
        0
    );
    let app = app.restart().await;
    assert_eq!(
        officers(run_once(&app.state, at(deadline) + minute).await.unwrap()),
        1
    );
    assert_eq!(
        officers(
            run_once(&app.state, at(deadline) + minute * 2)
                .await
                .unwrap()
        ),
        0
    );

    let db = app.database().await;
    let sent: Vec<(String, String)> = sqlx::query_as(
        "SELECT recipient, subject FROM outbox WHERE transport = 'email' ORDER BY id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    assert_eq!(
        sent,
        vec![
            (
                "meja@pemda.go.id".to_owned(),
                format!("Aduan {code}: Batas waktu SOP mendekat")
            ),
            (
                "meja@pemda.go.id".to_owned(),
                format!("Aduan {code}: Melewati batas waktu SOP")
            ),
        ],
        "the main desk verifies; no agency hears of it"
    );

    // Once dispatched, the clock is the agency's: its officers hear, the other agency does not.
    let later = at(deadline) + Duration::hours(1);
    app.verify_and_dispatch(&code, later).await;
    let dispatched: i64 = count(&app, "SELECT status_since FROM complaints").await;
    let since = DateTime::from_timestamp_millis(dispatched)
        .unwrap()
        .with_timezone(&app.state.utc_offset);
    let (_, deadline) = app
        .state
        .sop
        .get()
        .due_soon(Status::Dispatched, since)
        .unwrap();
    assert_eq!(
        officers(run_once(&app.state, at(deadline) + minute).await.unwrap()),
        1
    );
    let agency: Vec<String> = sqlx::query_scalar(
        "SELECT recipient FROM outbox WHERE subject LIKE '%Melewati%' ORDER BY id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    assert_eq!(agency, ["meja@pemda.go.id", "dinas@pemda.go.id"]);
}

/// A gateway on localhost that refuses every message: its webhook URL and how often it was called.
async fn refusing_gateway() -> (String, Arc<Mutex<u32>>) {
    let calls = Arc::new(Mutex::new(0));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/kirim", listener.local_addr().unwrap());
    let router = axum::Router::new().route(
        "/kirim",
        axum::routing::post({
            let calls = calls.clone();
            move || async move {
                *calls.lock().unwrap() += 1;
                StatusCode::BAD_GATEWAY
            }
        }),
    );
    tokio::spawn(async move { axum::serve(listener, router).await });
    (url, calls)
}

#[tokio::test]
async fn a_message_the_gateway_keeps_refusing_is_given_up_after_its_last_attempt() {
    let (url, calls) = refusing_gateway().await;
    let app = TestApp::spawn_with(Options {
        webhook_url: Some(url),
        ..Options::default()
    })
    .await;
    receipt_code(&app.post_form("/lapor", complete_form()).await);
    // A round each hour for two days: far past every back-off.
    let mut at = Utc::now();
    for _ in 0..48 {
        run_once(&app.state, at).await.unwrap();
        at += Duration::hours(1);
    }
    let attempts = count(&app, "SELECT COUNT(*) FROM outbox_attempts WHERE ok = 0").await;
    assert_eq!(attempts, i64::from(app::notify::MAX_ATTEMPTS));
    assert_eq!(*calls.lock().unwrap(), app::notify::MAX_ATTEMPTS);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL"
        )
        .await,
        1,
        "given up, and marked so for the desk's bounce report"
    );
}

#[tokio::test]
async fn a_message_claimed_by_a_sender_that_died_goes_once_its_lease_runs_out() {
    let gateway = Gateway::default();
    // This gateway fails only its first call: spend it on a message of no interest first.
    gateway
        .calls
        .lock()
        .unwrap()
        .push((HeaderMap::new(), String::new()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/kirim", listener.local_addr().unwrap());
    let router = axum::Router::new()
        .route("/kirim", axum::routing::post(gateway_hook))
        .with_state(gateway.clone());
    tokio::spawn(async move { axum::serve(listener, router).await });
    let app = TestApp::spawn_with(Options {
        webhook_url: Some(url),
        ..Options::default()
    })
    .await;
    receipt_code(&app.post_form("/lapor", complete_form()).await);
    let now = Utc::now();
    // A sender claims the message, then dies before sending it.
    let claimed = app::storage::outbox::claim_due(&app.state.db, now, Duration::minutes(2), 10)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 1);
    // While the lease holds, no other sender takes it.
    assert_eq!(
        run_once(&app.state, now + Duration::minutes(1))
            .await
            .unwrap()
            .delivered,
        0
    );
    // Once it has run out, the next round sends it, once.
    let later = now + Duration::minutes(3);
    assert_eq!(run_once(&app.state, later).await.unwrap().delivered, 1);
    assert_eq!(run_once(&app.state, later).await.unwrap().delivered, 0);
    assert_eq!(gateway.calls.lock().unwrap().len(), 2);
}
