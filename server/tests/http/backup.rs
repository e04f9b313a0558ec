//! `aduan backup` while the server runs, and `aduan restore` into an empty folder: the restored
//! desk serves the same complaints, with the same photo files; a damaged backup is refused before anything is
//! written.

use crate::crash::start;
use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::TestApp;
use chrono::Utc;
use std::path::Path;
use std::process::Command;

/// Runs `aduan <args>` on the data folder `data_dir`: (success, standard output and error).
fn aduan(data_dir: &Path, args: &[&std::ffi::OsStr]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_aduan"))
        .args(args)
        .env("ADUAN_DATA_DIR", data_dir)
        .env("ADUAN_LOG", "error")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_into_an_empty_folder_and_serves_the_same_complaints()
{
    let app = TestApp::spawn().await;
    if !app.on_sqlite() {
        eprintln!("the backup command copies SQLite desks: skipped on PostgreSQL");
        return;
    }
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    // Public, so the restored desk shows it to anyone.
    app.verify_and_dispatch(&code, Utc::now()).await;
    let second = receipt_code(&app.post_form("/lapor", complete_form()).await);

    let scratch = app.data_dir.with_extension("backup");
    let _ = std::fs::remove_dir_all(&scratch);
    let backup = scratch.join("cadangan");
    let (ok, text) = aduan(&app.data_dir, &["backup".as_ref(), backup.as_os_str()]);
    assert!(ok, "{text}");
    // The two filings sent the same photo: one file, named by its content.
    assert!(text.contains("2 complaints and 1 photo files"), "{text}");
    assert!(backup.join("aduan.db").exists());
    assert!(!backup.join("secret.key").exists(), "the key is kept apart");
    let sums = std::fs::read_to_string(backup.join("SHA256SUMS")).unwrap();
    assert_eq!(
        sums.lines().count(),
        3,
        "database, description, the photo: {sums}"
    );
    // The same folder again is refused: a backup never overwrites one.
    let (ok, text) = aduan(&app.data_dir, &["backup".as_ref(), backup.as_os_str()]);
    assert!(!ok && text.contains("not empty"), "{text}");

    // A damaged copy is refused by name, and nothing is written.
    let damaged = scratch.join("rusak");
    copy_folder(&backup, &damaged);
    let photo = sums
        .lines()
        .filter_map(|line| line.split_once("  ").map(|(_, file)| file.to_owned()))
        .find(|file| file.starts_with("photos/"))
        .expect("a photo in the backup");
    let mut bytes = std::fs::read(damaged.join(&photo)).unwrap();
    bytes[10] ^= 0xff;
    std::fs::write(damaged.join(&photo), bytes).unwrap();
    let refused_into = scratch.join("tidak-dipulihkan");
    let (ok, text) = aduan(&refused_into, &["restore".as_ref(), damaged.as_os_str()]);
    assert!(!ok, "{text}");
    assert!(text.contains(&photo) && text.contains("checksum"), "{text}");
    assert!(!refused_into.join("aduan.db").exists());

    // Restored into an empty folder, with the key kept apart.
    let restored = scratch.join("pulih");
    std::fs::create_dir_all(restored.join("site")).unwrap();
    std::fs::copy(app.data_dir.join("secret.key"), restored.join("secret.key")).unwrap();
    let (ok, text) = aduan(&restored, &["restore".as_ref(), backup.as_os_str()]);
    assert!(ok, "{text}");
    assert!(
        text.contains("restored 2 complaints and 1 photo files"),
        "{text}"
    );
    // Not twice into the same folder.
    let (ok, text) = aduan(&restored, &["restore".as_ref(), backup.as_os_str()]);
    assert!(!ok && text.contains("exists"), "{text}");

    let mut server = start(&restored).await;
    let client = crate::helpers::client_builder().build().unwrap();
    let answer: serde_json::Value = client
        .get(format!(
            "{}/open311/v2/requests/{code}.json",
            server.address
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer[0]["service_request_id"], code.as_str(), "{answer}");
    // Photos are not public: the restored files are the originals, byte for byte.
    assert_eq!(
        std::fs::read(restored.join(&photo)).unwrap(),
        std::fs::read(app.data_dir.join(&photo)).unwrap()
    );
    // The unverified one is there too, though not public.
    sqlx::any::install_default_drivers();
    let db = sqlx::AnyPool::connect(&format!("sqlite://{}", restored.join("aduan.db").display()))
        .await
        .unwrap();
    let found: i64 = sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM complaints WHERE tracking_code = $1",
    )
    .bind(&second)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(found, 1);
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    let _ = std::fs::remove_dir_all(&scratch);
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
