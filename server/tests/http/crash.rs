//! The crash tests: the real `aduan` binary is killed with SIGKILL at a random moment, twenty
//! times over one data folder.
//!
//! - While complaints are being filed: after each restart every complaint that was acknowledged
//!   (it got its tracking code) is there whole: its row, its first timeline entry, its photo's row
//!   and the photo's file; and nothing half-written is visible (no complaint without its photo or
//!   its timeline).
//! - While the scheduler sends reminders and closes unanswered complaints: no reminder or closing
//!   twice, none without its message, and after one full round none missing.

use crate::file_complaint::PHOTO;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const ROUNDS: u64 = 20;
const FILINGS_PER_ROUND: usize = 6;

/// The real `aduan` binary, running.
pub(crate) struct Server {
    pub(crate) child: Child,
    pub(crate) address: String,
}

/// A port nothing listens on now.
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts the real binary on a free port over `data_dir`, once it answers.
pub(crate) async fn start(data_dir: &std::path::Path) -> Server {
    start_logging(data_dir, "error", Stdio::null()).await
}

async fn start_logging(data_dir: &std::path::Path, log: &str, stdout: Stdio) -> Server {
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_aduan"))
        .arg("serve")
        .env("ADUAN_DATA_DIR", data_dir)
        .env("ADUAN_BIND", format!("127.0.0.1:{port}"))
        .env("ADUAN_LOG", log)
        .env("ADUAN_SITE_ROOT", data_dir.join("site"))
        .env("ADUAN_SOP_PROFILE", "surabaya")
        .env("ADUAN_UTC_OFFSET", "+07:00")
        .stdout(stdout)
        .stderr(Stdio::null())
        .spawn()
        .expect("the server binary starts");
    let address = format!("http://127.0.0.1:{port}");
    for _ in 0..400 {
        if crate::helpers::client_builder()
            .build()
            .unwrap()
            .get(format!("{address}/open311/v2/services.json"))
            .send()
            .await
            .is_ok_and(|response| response.status() == 200)
        {
            return Server { child, address };
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not come up");
}

fn api_key(data_dir: &std::path::Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_aduan"))
        .args([
            "admin",
            "api-key",
            "create",
            "--name",
            "crash test",
            "--scope",
            "create",
        ])
        .env("ADUAN_DATA_DIR", data_dir)
        .env("ADUAN_LOG", "error")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    text.split_whitespace()
        .find(|word| word.starts_with("aduan_"))
        .unwrap_or_else(|| panic!("no key in: {text}"))
        .to_owned()
}

async fn file(address: String, key: String) -> Option<String> {
    let form = reqwest::multipart::Form::new()
        .text("api_key", key)
        .text("service_code", "penerangan")
        .text("first_name", "Siti")
        .text("last_name", "Rahayu")
        .text("attribute[nik]", "3503015708900001")
        .text(
            "description",
            "Lampu jalan mati di depan pasar sejak dua minggu.",
        )
        .text("lat", "-8.0506")
        .text("long", "111.7087")
        .text("address_string", "Jl. Soekarno-Hatta, Trenggalek")
        // Surabaya's SOP, the default profile, asks the topic of what a gateway enters.
        .text("attribute[topic]", "Lampu jalan")
        .part(
            "media",
            reqwest::multipart::Part::bytes(PHOTO.to_vec())
                .file_name("lampu.png")
                .mime_str("image/png")
                .unwrap(),
        );
    let response = crate::helpers::client_builder()
        .build()
        .unwrap()
        .post(format!("{address}/open311/v2/requests.json"))
        .multipart(form)
        .send()
        .await
        .ok()?;
    if response.status() != 201 {
        return None;
    }
    let body: serde_json::Value = response.json().await.ok()?;
    body[0]["service_request_id"].as_str().map(str::to_owned)
}

#[tokio::test]
async fn every_acknowledged_complaint_survives_sigkill_whole() {
    let data_dir = std::env::temp_dir().join(format!("aduan-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    std::fs::create_dir_all(data_dir.join("site")).unwrap();
    // The key is made before the first start (the command migrates the new database).
    let key = api_key(&data_dir);
    let mut acknowledged = Vec::new();
    let mut random = 0x2545_f491_4f6c_dd1d_u64;
    for round in 0..ROUNDS {
        let mut server = start(&data_dir).await;
        let filings: Vec<_> = (0..FILINGS_PER_ROUND)
            .map(|_| tokio::spawn(file(server.address.clone(), key.clone())))
            .collect();
        // Once the first filing is acknowledged (so every round proves something, however slow
        // the machine), a kill point 0 to 300 ms later, different each round: the others are
        // then anywhere between arriving and committing.
        for _ in 0..500 {
            if filings.iter().any(tokio::task::JoinHandle::is_finished) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        tokio::time::sleep(Duration::from_millis(random % 300)).await;
        server.child.kill().unwrap();
        server.child.wait().unwrap();
        for filing in filings {
            if let Ok(Some(code)) = filing.await {
                acknowledged.push(code);
            }
        }
        eprintln!("round {round}: {} acknowledged so far", acknowledged.len());
    }

    // Restart once more and look at the data as the next server finds it.
    let mut server = start(&data_dir).await;
    sqlx::any::install_default_drivers();
    let db = sqlx::AnyPool::connect(&format!("sqlite://{}/aduan.db", data_dir.display()))
        .await
        .unwrap();
    for code in &acknowledged {
        let (photos, filed): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT CAST(COUNT(*) AS BIGINT) FROM complaint_photos p WHERE p.complaint_id = c.id), \
             (SELECT CAST(COUNT(*) AS BIGINT) FROM complaint_events e WHERE e.complaint_id = c.id \
              AND e.action = $2) FROM complaints c WHERE c.tracking_code = $1",
        )
        .bind(code)
        .bind(app::domain::timeline::EntryKind::Filed.code())
        .fetch_optional(&db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("acknowledged {code} is gone"));
        assert_eq!((photos, filed), (1, 1), "{code} is not whole");
    }
    // Nothing half-written: every stored complaint has its photo (and its file) and its timeline.
    let incomplete: i64 = sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM complaints c WHERE NOT EXISTS \
         (SELECT 1 FROM complaint_photos p WHERE p.complaint_id = c.id) OR NOT EXISTS \
         (SELECT 1 FROM complaint_events e WHERE e.complaint_id = c.id)",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(incomplete, 0);
    let keys: Vec<String> = sqlx::query_scalar("SELECT storage_key FROM complaint_photos")
        .fetch_all(&db)
        .await
        .unwrap();
    for key in &keys {
        assert!(data_dir.join(key).is_file(), "{key} has no file");
    }
    assert!(
        acknowledged.len() >= ROUNDS as usize,
        "the kills left too few acknowledged filings to prove anything: {}",
        acknowledged.len()
    );
    db.close().await;
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    let _ = std::fs::remove_dir_all(&data_dir);
}

/// The scheduler's log lines, read from the server's standard output as they come.
fn log_lines(child: &mut Child) -> std::sync::mpsc::Receiver<String> {
    use std::io::BufRead;
    let stdout = child.stdout.take().expect("standard output is piped");
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { return };
            if sender.send(line).is_err() {
                return;
            }
        }
    });
    receiver
}

/// Waits up to `limit` for a line containing one of `needles`; the line, if one came.
fn wait_for_line(
    lines: &std::sync::mpsc::Receiver<String>,
    needles: &[&str],
    limit: Duration,
) -> Option<String> {
    let deadline = std::time::Instant::now() + limit;
    while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
        match lines.recv_timeout(left) {
            Ok(line) if needles.iter().any(|needle| line.contains(needle)) => return Some(line),
            Ok(_) => {}
            Err(_) => return None,
        }
    }
    None
}

const SCHEDULER_LOG: &str = "error,app::services::scheduler=debug";
const WORK_DONE: [&str; 3] = [
    "confirmation reminder sent",
    "closed without the reporter",
    "officers reminded",
];
const ROUND_DONE: [&str; 2] = ["scheduler round done", "scheduler round: nothing due"];

#[tokio::test]
async fn a_kill_during_the_reminder_run_neither_repeats_nor_loses_a_reminder_or_a_closing() {
    let data_dir =
        std::env::temp_dir().join(format!("aduan-crash-scheduler-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    std::fs::create_dir_all(data_dir.join("site")).unwrap();
    // Two months of complaints, some past officers' deadlines.
    let seeded = Command::new(env!("CARGO_BIN_EXE_aduan"))
        .args([
            "seed",
            "--complaints",
            "3000",
            "--days",
            "60",
            "--seed",
            "7",
        ])
        .env("ADUAN_DATA_DIR", &data_dir)
        .env("ADUAN_LOG", "error")
        .output()
        .unwrap();
    assert!(
        seeded.status.success(),
        "{}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    sqlx::any::install_default_drivers();
    let db = sqlx::AnyPool::connect(&format!("sqlite://{}/aduan.db", data_dir.display()))
        .await
        .unwrap();
    let started_at = chrono::Utc::now().timestamp_millis();
    // And reporters gone silent: the confirmed ones instead still wait for their answer since 8 to
    // 40 days, some due a reminder, some past the reminder period and due to be closed.
    let silent = sqlx::query(
        "UPDATE complaints SET status = $1, \
         status_since = $2 - (8 * 86400000 + (id * 7919003) % (32 * 86400000)) \
         WHERE status = 'closed_confirmed'",
    )
    .bind(app::domain::status::Status::AwaitingReporter.code())
    .bind(started_at)
    .execute(&db)
    .await
    .unwrap()
    .rows_affected();
    assert!(silent > 1000, "{silent}");

    let mut random = 0x9e37_79b9_7f4a_7c15_u64;
    let mut cut_mid_round = 0;
    for round in 0..ROUNDS {
        let mut server = start_logging(&data_dir, SCHEDULER_LOG, Stdio::piped()).await;
        let lines = log_lines(&mut server.child);
        // The round starts as the server does; once it has done a first piece of work, a kill
        // point 0 to 40 ms later, different each round.
        let first = wait_for_line(
            &lines,
            &[&WORK_DONE[..], &ROUND_DONE[..]].concat(),
            Duration::from_secs(30),
        );
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        tokio::time::sleep(Duration::from_millis(random % 40)).await;
        server.child.kill().unwrap();
        server.child.wait().unwrap();
        // The reader stops at the end of the dead server's output: every line it wrote is seen.
        let finished = first
            .into_iter()
            .chain(lines.iter())
            .any(|line| ROUND_DONE.iter().any(|done| line.contains(done)));
        if !finished {
            cut_mid_round += 1;
        }
        eprintln!(
            "round {round}: {}",
            if finished {
                "the round had finished"
            } else {
                "killed mid-round"
            }
        );
    }

    // One more start, left to finish its round.
    let final_start = chrono::Utc::now();
    let mut server = start_logging(&data_dir, SCHEDULER_LOG, Stdio::piped()).await;
    let lines = log_lines(&mut server.child);
    assert!(
        wait_for_line(&lines, &ROUND_DONE, Duration::from_secs(120)).is_some(),
        "the last round did not finish"
    );
    server.child.kill().unwrap();
    server.child.wait().unwrap();

    // No reminder without its one message, and no message twice: the reminders to confirm an
    // answer and to complete a returned complaint.
    let reminders: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT complaint_id, sent_at FROM reminders \
         WHERE kind IN ('confirmation', 'completion') AND sent_at >= $1",
    )
    .bind(started_at)
    .fetch_all(&db)
    .await
    .unwrap();
    assert!(
        !reminders.is_empty(),
        "the seed left no reporter to remind: the test proves nothing"
    );
    for (complaint, sent_at) in &reminders {
        let messages: i64 = sqlx::query_scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE complaint_id = $1 AND created_at = $2",
        )
        .bind(complaint)
        .bind(sent_at)
        .fetch_one(&db)
        .await
        .unwrap();
        assert_eq!(
            messages, 1,
            "complaint {complaint}: {messages} reminder messages"
        );
    }
    // No complaint closed twice, and each closing with its message to the reporter.
    let closings: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT complaint_id, CAST(COUNT(*) AS BIGINT) FROM complaint_events \
         WHERE action = 'close_no_answer' AND at >= $1 GROUP BY complaint_id",
    )
    .bind(started_at)
    .fetch_all(&db)
    .await
    .unwrap();
    assert!(
        !closings.is_empty(),
        "the seed left nothing to close: the test proves nothing"
    );
    for (complaint, count) in &closings {
        assert_eq!(*count, 1, "complaint {complaint} closed {count} times");
    }
    let scheduler_messages: i64 =
        sqlx::query_scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM outbox WHERE created_at >= $1")
            .bind(started_at)
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(
        scheduler_messages,
        i64::try_from(reminders.len() + closings.len()).unwrap(),
        "every message is a reminder's or a closing's, once"
    );

    // None lost: whatever was due when the last round began was done by its end.
    let sop = app::domain::sop::surabaya();
    let offset = chrono::FixedOffset::east_opt(7 * 3600).unwrap();
    let waiting: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT c.id, c.status_since FROM complaints c WHERE c.status = $1 AND NOT EXISTS \
         (SELECT 1 FROM reminders r WHERE r.complaint_id = c.id AND r.kind = 'confirmation' \
          AND r.cycle_start = c.status_since)",
    )
    .bind(app::domain::status::Status::AwaitingReporter.code())
    .fetch_all(&db)
    .await
    .unwrap();
    for (complaint, since) in waiting {
        let since = chrono::DateTime::from_timestamp_millis(since)
            .unwrap()
            .with_timezone(&offset);
        let due = sop
            .deadline(app::domain::sop::Step::ReporterConfirmation, since)
            .unwrap();
        assert!(
            due > final_start,
            "complaint {complaint} was due a reminder at {due} and has none"
        );
    }
    eprintln!(
        "{cut_mid_round} of {ROUNDS} kills landed mid-round; {} reminders, {} closings",
        reminders.len(),
        closings.len()
    );
    assert!(
        cut_mid_round >= ROUNDS / 2,
        "too few kills landed mid-round: {cut_mid_round}"
    );
    db.close().await;
    let _ = std::fs::remove_dir_all(&data_dir);
}
