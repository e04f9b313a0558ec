//! The crash test: the real `aduan` binary is killed with SIGKILL at a random moment while
//! complaints are being filed, twenty times over one data folder. After each restart every
//! complaint that was acknowledged (it got its tracking code) is there whole: its row, its first
//! timeline entry, its photo's row and the photo's file; and nothing half-written is visible (no
//! complaint without its photo or its timeline).

use crate::file_complaint::PHOTO;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const ROUNDS: u64 = 20;
const FILINGS_PER_ROUND: usize = 6;

struct Server {
    child: Child,
    address: String,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn start(data_dir: &std::path::Path) -> Server {
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_aduan"))
        .env("ADUAN_DATA_DIR", data_dir)
        .env("ADUAN_BIND", format!("127.0.0.1:{port}"))
        .env("ADUAN_LOG", "error")
        .env("ADUAN_SITE_ROOT", data_dir.join("site"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server binary starts");
    let address = format!("http://127.0.0.1:{port}");
    for _ in 0..400 {
        if reqwest::get(format!("{address}/open311/v2/services.json"))
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
        .part(
            "media",
            reqwest::multipart::Part::bytes(PHOTO.to_vec())
                .file_name("lampu.png")
                .mime_str("image/png")
                .unwrap(),
        );
    let response = reqwest::Client::new()
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
