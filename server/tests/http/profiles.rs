//! SOP profiles as documents: the system administrator downloads a profile as TOML, imports an
//! edited one as its next version or a sixth region's as a new profile, and puts it in force;
//! a document with mistakes is refused with each named and the text kept; a restart keeps the
//! region's versions.

use crate::helpers::{TestApp, browser, get, post};
use app::domain::sop::{Step, TimeStandard};

async fn system_admin(app: &TestApp) -> reqwest::Client {
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    admin
}

async fn download(app: &TestApp, client: &reqwest::Client, id: &str) -> reqwest::Response {
    client
        .get(format!("{}/petugas/admin/sop/{id}.toml", app.address))
        .send()
        .await
        .unwrap()
}

async fn versions(app: &TestApp, id: &str) -> Vec<i64> {
    sqlx::query_scalar("SELECT version FROM sop_profiles WHERE id = $1 ORDER BY version")
        .bind(id)
        .fetch_all(&app.database().await)
        .await
        .unwrap()
}

const PACITAN: &str = r#"# Kabupaten Pacitan: a profile written by the region itself.
id = "pacitan"
name = "Dinas Komunikasi dan Informatika Kabupaten Pacitan"
sop_number = "SOP/01/2026"
oversight = "Inspektorat Kabupaten Pacitan"
validation = true
head_approval = false
clarification_pauses_clock = true

[office_hours]
monday = ["07:30-12:00", "12:30-16:00"]
tuesday = ["07:30-12:00", "12:30-16:00"]
wednesday = ["07:30-12:00", "12:30-16:00"]
thursday = ["07:30-12:00", "12:30-16:00"]
friday = ["07:30-11:30"]

[[rows]]
number = 1
step = "verification"
standard = "2 hari kerja"
activity = "Verifikasi aduan oleh Admin Kabupaten"

[[rows]]
number = 2
step = "resolution"
standard = "5 hari kerja"
activity = "Tindak lanjut oleh perangkat daerah"
"#;

#[tokio::test]
async fn a_profile_is_downloaded_edited_imported_as_its_next_version_and_put_in_force() {
    let app = TestApp::spawn().await;
    let admin = system_admin(&app).await;

    // Every shipped profile is there as version 1, and downloads as a file.
    for id in ["trenggalek", "kapuas", "tanah_bumbu", "surabaya", "cilacap"] {
        assert_eq!(versions(&app, id).await, [1], "{id}");
    }
    let response = download(&app, &admin, "trenggalek").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/toml; charset=utf-8"
    );
    assert_eq!(
        response.headers()["content-disposition"],
        "attachment; filename=\"sop-trenggalek-v1.toml\""
    );
    let document = response.text().await.unwrap();
    assert!(
        document.contains("standard = \"3 hari kerja\""),
        "{document}"
    );

    // Trenggalek's verification shortened to two working days: version 2, not yet in force.
    let edited = document.replacen(
        "step = \"verification\"\nstandard = \"3 hari kerja\"",
        "step = \"verification\"\nstandard = \"2 hari kerja\"",
        1,
    );
    assert_ne!(edited, document);
    let (status, location, _) = post(
        &app,
        &admin,
        "/petugas/admin/sop/impor",
        &[("toml", &edited)],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(
        location.as_deref(),
        Some("/petugas/admin?selesai=profil#sop")
    );
    assert_eq!(versions(&app, "trenggalek").await, [1, 2]);
    assert_eq!(app.state.sop.get().id, "surabaya");
    // The same text again stores nothing.
    post(
        &app,
        &admin,
        "/petugas/admin/sop/impor",
        &[("toml", &edited)],
    )
    .await;
    assert_eq!(versions(&app, "trenggalek").await, [1, 2]);

    let (_, location, _) = post(
        &app,
        &admin,
        "/petugas/admin/sop",
        &[("profil", "trenggalek")],
    )
    .await;
    assert_eq!(location.as_deref(), Some("/petugas/admin?selesai=sop"));
    let sop = app.state.sop.get();
    assert_eq!(sop.id, "trenggalek");
    assert_eq!(
        sop.standards(Step::Verification),
        [TimeStandard::WorkingDays(2)]
    );
    assert!(sop.calendar.knows(2026), "the days off stay the database's");
    let (_, page) = get(&app, &admin, "/petugas/admin").await;
    let trenggalek = page
        .split(r#"data-testid="sop-steps-trenggalek""#)
        .nth(1)
        .unwrap();
    assert!(trenggalek.contains("versi 2"), "{trenggalek}");
    assert!(trenggalek.contains("2 hari kerja"), "{trenggalek}");

    // A sixth region's own profile: a new id, version 1, offered and put in force.
    let (status, _, _) = post(
        &app,
        &admin,
        "/petugas/admin/sop/impor",
        &[("toml", PACITAN)],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(versions(&app, "pacitan").await, [1]);
    let (_, page) = get(&app, &admin, "/petugas/admin").await;
    assert!(page.contains(r#"<option value="pacitan""#), "{page}");
    post(&app, &admin, "/petugas/admin/sop", &[("profil", "pacitan")]).await;
    assert_eq!(
        app.state.sop.get().name,
        "Dinas Komunikasi dan Informatika Kabupaten Pacitan"
    );
    // Its next version is in force at once, comments and all kept in the stored text.
    let faster = PACITAN.replace("\"5 hari kerja\"", "\"4 hari kerja\"");
    post(
        &app,
        &admin,
        "/petugas/admin/sop/impor",
        &[("toml", &faster)],
    )
    .await;
    assert_eq!(
        app.state.sop.get().standards(Step::Resolution),
        [TimeStandard::WorkingDays(4)]
    );
    let kept = download(&app, &admin, "pacitan")
        .await
        .text()
        .await
        .unwrap();
    assert!(kept.starts_with("# Kabupaten Pacitan"), "{kept}");

    // A restart writes no shipped version over the region's, and keeps the one in force.
    let app = app.restart().await;
    assert_eq!(versions(&app, "trenggalek").await, [1, 2]);
    assert_eq!(
        app.state.sop.get().standards(Step::Resolution),
        [TimeStandard::WorkingDays(4)]
    );
}

#[tokio::test]
async fn a_document_with_mistakes_is_refused_whole_with_each_named_and_the_text_kept() {
    let app = TestApp::spawn().await;
    let admin = system_admin(&app).await;
    let wrong = PACITAN
        .replace("\"2 hari kerja\"", "\"dua hari\"")
        .replace("friday = [\"07:30-11:30\"]", "friday = [\"11:30-07:30\"]");
    let (status, _, page) = post(
        &app,
        &admin,
        "/petugas/admin/sop/impor",
        &[("toml", &wrong)],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("Profil belum dapat diimpor"), "{page}");
    assert!(page.contains("Baris nomor 1: standar waktu"), "{page}");
    assert!(page.contains("Jam kerja hari Jumat"), "{page}");
    assert!(
        page.contains("&quot;dua hari&quot;"),
        "the text stays in its box: {page}"
    );
    assert!(versions(&app, "pacitan").await.is_empty());

    let (status, _, page) = post(
        &app,
        &admin,
        "/petugas/admin/sop/impor",
        &[("toml", "id = \"pacitan\"\nnama = \"salah ketik\"\n")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("TOML tidak dapat dibaca"), "{page}");

    // Larger than a document may be: refused before it is read.
    let huge = "#".repeat(4 * app::domain::sop::MAX_DOCUMENT_BYTES);
    let (status, _, _) = post(&app, &admin, "/petugas/admin/sop/impor", &[("toml", &huge)]).await;
    assert_eq!(status, 413);
}

#[tokio::test]
async fn only_the_system_administrator_downloads_or_imports_a_profile() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    assert_eq!(download(&app, &desk, "surabaya").await.status(), 403);
    let (status, _, _) = post(
        &app,
        &desk,
        "/petugas/admin/sop/impor",
        &[("toml", PACITAN)],
    )
    .await;
    assert_eq!(status, 403);
    let stranger = browser();
    let response = download(&app, &stranger, "surabaya").await;
    assert_ne!(response.status(), 200);
    assert!(!response.text().await.unwrap().contains("sop_number"));
    let (status, _, _) = post(
        &app,
        &stranger,
        "/petugas/admin/sop/impor",
        &[("toml", PACITAN)],
    )
    .await;
    assert_ne!(status, 303);
    assert!(versions(&app, "pacitan").await.is_empty());
    let admin = system_admin(&app).await;
    assert_eq!(download(&app, &admin, "tidak_ada").await.status(), 404);
    assert_eq!(
        admin
            .get(format!("{}/petugas/admin/sop/surabaya.txt", app.address))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
}

/// A complaint keeps the version of the profile it was filed under: a new version changes the
/// deadlines of the complaints filed after it, never of one already running, on the desk's
/// pages, the reporter's and in the steps it takes next.
#[tokio::test]
async fn a_new_version_never_moves_the_deadline_of_a_complaint_filed_before_it() {
    use app::domain::status::{Action, Role, Status};
    let app = TestApp::spawn().await;
    let admin = system_admin(&app).await;
    post(
        &app,
        &admin,
        "/petugas/admin/sop",
        &[("profil", "trenggalek")],
    )
    .await;
    let earlier = crate::file_complaint::receipt_code(
        &app.post_form("/lapor", crate::file_complaint::complete_form())
            .await,
    );

    // Version 2: verification and the agency's acceptance in one working day instead of three.
    let document = download(&app, &admin, "trenggalek")
        .await
        .text()
        .await
        .unwrap();
    let quicker = document
        .replacen(
            "step = \"verification\"\nstandard = \"3 hari kerja\"",
            "step = \"verification\"\nstandard = \"1 hari kerja\"",
            1,
        )
        .replacen(
            "step = \"agency_acceptance\"\nstandard = \"3 hari kerja\"",
            "step = \"agency_acceptance\"\nstandard = \"1 hari kerja\"",
            1,
        );
    assert_ne!(quicker, document);
    let (status, _, _) = post(
        &app,
        &admin,
        "/petugas/admin/sop/impor",
        &[("toml", &quicker)],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(app.state.sop.get().version, 2);
    let later = crate::file_complaint::receipt_code(
        &app.post_form("/lapor", crate::file_complaint::complete_form())
            .await,
    );
    let db = app.database().await;
    let pins: Vec<(String, Option<String>, Option<i64>)> = sqlx::query_as(
        "SELECT tracking_code, sop_profile, sop_version FROM complaints ORDER BY id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    assert_eq!(
        pins,
        [
            (earlier.clone(), Some("trenggalek".into()), Some(1)),
            (later.clone(), Some("trenggalek".into()), Some(2)),
        ]
    );

    // The desk and the reporter read each by its own version.
    let desk = app.main_desk().await;
    let standard = |page: &str| {
        page.split("Standar waktu tahap ini")
            .nth(1)
            .and_then(|rest| rest.split("</dd>").next())
            .unwrap_or_default()
            .to_owned()
    };
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{earlier}")).await;
    assert!(
        standard(&page).contains("3 hari kerja"),
        "{}",
        standard(&page)
    );
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{later}")).await;
    assert!(
        standard(&page).contains("1 hari kerja"),
        "{}",
        standard(&page)
    );
    let (_, page) = app.get(&format!("/lacak/{earlier}")).await;
    assert!(
        standard(&page).contains("3 hari kerja"),
        "{}",
        standard(&page)
    );

    // Its next step is timed by its version too: the agency has three working days, not one.
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-02T09:00:00+07:00")
        .unwrap()
        .with_timezone(&chrono::Utc);
    app.verify_and_dispatch(&earlier, at).await;
    app.verify_and_dispatch(&later, at).await;
    let due: Vec<i64> = sqlx::query_scalar("SELECT step_due_at FROM complaints ORDER BY id")
        .fetch_all(&db)
        .await
        .unwrap();
    let deadline = |days: &str| {
        chrono::DateTime::parse_from_rfc3339(&format!("2026-11-{days}T23:59:59+07:00"))
            .unwrap()
            .timestamp_millis()
    };
    assert_eq!(
        due,
        [deadline("05"), deadline("03")],
        "Thu for three, Tue for one"
    );
    let _ = (
        Action::AcceptDispatch,
        Role::AgencyAdmin,
        Status::Dispatched,
    );
}

/// Two instances starting at once on one database (two behind a proxy, restarted together)
/// both write the shipped profiles in, and each version is there once.
#[tokio::test]
async fn instances_starting_at_once_write_the_shipped_profiles_once() {
    let app = TestApp::spawn().await;
    let db = app.database().await;
    sqlx::query("DELETE FROM sop_profiles")
        .execute(&db)
        .await
        .unwrap();
    let store = app.store().await;
    let now = chrono::Utc::now();
    let (first, second) = tokio::join!(
        app::storage::sop_profiles::seed_shipped(&store, now),
        app::storage::sop_profiles::seed_shipped(&store, now),
    );
    let written = first.expect("the first start") + second.expect("the second start");
    assert_eq!(written, 5, "each shipped profile written once");
    for id in ["trenggalek", "kapuas", "tanah_bumbu", "surabaya", "cilacap"] {
        assert_eq!(versions(&app, id).await, [1], "{id}");
    }
}
