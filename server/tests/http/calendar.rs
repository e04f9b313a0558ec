//! The working calendar as data: the shipped decree written in at the first start, the system
//! administrator's days off and CSV imports, the deadlines that follow them on every instance,
//! and the desk's warning before a year nobody entered.

use crate::helpers::{Options, TestApp, browser, get, post};
use app::domain::sop::{DayOffKind, Step};
use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use std::sync::Arc;

/// A moment in Western Indonesia Time.
fn wib(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(&format!("{text}+07:00")).unwrap()
}

/// A server whose clock reads 6 December 2026, 09:00 WIB, under Trenggalek's SOP (working days).
async fn desk_in_december() -> (TestApp, reqwest::Client) {
    let clock = Arc::new(app::clock::ManualClock::new(
        Utc.with_ymd_and_hms(2026, 12, 6, 2, 0, 0).unwrap(),
    ));
    let app = TestApp::spawn_with(Options {
        clock,
        ..Options::default()
    })
    .await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    let (_, location, _) = post(
        &app,
        &admin,
        "/petugas/admin/sop",
        &[("profil", "trenggalek")],
    )
    .await;
    assert_eq!(location.as_deref(), Some("/petugas/admin?selesai=sop"));
    (app, admin)
}

#[tokio::test]
async fn the_shipped_decree_is_written_once_and_counts_lebaran_leave() {
    let (app, admin) = desk_in_december().await;
    let store = app.store().await;
    let days = app::storage::days_off::list(&store, "trenggalek")
        .await
        .unwrap();
    assert_eq!(days.len(), 25, "17 holidays and 8 days of collective leave");
    // From Tue 17 March 2026, the leave around Nyepi and Idulfitri does not count.
    let deadline = app
        .state
        .sop
        .get()
        .deadline(Step::Verification, wib("2026-03-17T10:00:00"));
    assert_eq!(deadline, Some(wib("2026-03-27T23:59:59")));

    // A day the administrator removes stays removed after a restart.
    let (status, location, _) = post(
        &app,
        &admin,
        "/petugas/admin/libur",
        &[
            ("aksi", "hapus"),
            ("tanggal", "2026-03-18"),
            ("jenis", "cuti_bersama"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(
        location.as_deref(),
        Some("/petugas/admin?selesai=libur#kalender")
    );
    store.close().await;
    let app = app.restart().await;
    let store = app.store().await;
    let days = app::storage::days_off::list(&store, "trenggalek")
        .await
        .unwrap();
    store.close().await;
    assert_eq!(days.len(), 24);
    assert!(days.iter().all(|day| day.date.to_string() != "2026-03-18"));
    assert_eq!(
        app.state
            .sop
            .get()
            .deadline(Step::Verification, wib("2026-03-17T10:00:00")),
        Some(wib("2026-03-26T23:59:59")),
        "18 March counts again"
    );
}

#[tokio::test]
async fn an_imported_decree_moves_deadlines_on_every_instance_and_ends_the_warning() {
    let (app, admin) = desk_in_december().await;
    let beside = app.spawn_beside().await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let agency = browser();
    app.log_in(
        &agency,
        &app.officer("opd", "agency_admin", Some("dishub")).await,
    )
    .await;

    // Eight weeks before 2027 with no 2027 days off, the main desk and the administrator are
    // warned; the agency is not.
    let (_, page) = get(&app, &desk, "/petugas").await;
    assert!(page.contains(r#"data-testid="calendar-gap""#), "{page}");
    assert!(page.contains("Hari libur tahun 2027 belum diisi"), "{page}");
    let (_, page) = get(&app, &admin, "/petugas/admin").await;
    assert!(page.contains(r#"data-testid="calendar-gap""#), "{page}");
    let (_, page) = get(&app, &agency, "/petugas").await;
    assert!(!page.contains(r#"data-testid="calendar-gap""#), "{page}");

    // New Year's Day 2027 is a Friday: a complaint of Thursday 31 December has one working day
    // until Friday night without the decree, until Monday night with it.
    let thursday = wib("2026-12-31T10:00:00");
    assert_eq!(
        beside.state.sop.get().deadline(Step::Intake, thursday),
        Some(wib("2027-01-01T23:59:59"))
    );
    let csv = "tanggal,jenis,keterangan\n\
               2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\n\
               2027-08-17,libur_nasional,Proklamasi Kemerdekaan\n\
               2027-04-12,libur_daerah,\"Hari jadi, Kabupaten Trenggalek\"\n";
    let (status, _, _) = post(
        &app,
        &admin,
        "/petugas/admin/libur",
        &[("aksi", "impor"), ("csv", csv)],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(
        app.state.sop.get().deadline(Step::Intake, thursday),
        Some(wib("2027-01-04T23:59:59")),
        "this instance at once"
    );
    app::services::scheduler::run_once(&beside.state, Utc::now())
        .await
        .unwrap();
    assert_eq!(
        beside.state.sop.get().deadline(Step::Intake, thursday),
        Some(wib("2027-01-04T23:59:59")),
        "the other within a scheduler round"
    );
    let (_, page) = get(&app, &desk, "/petugas").await;
    assert!(!page.contains(r#"data-testid="calendar-gap""#), "{page}");
    let (_, page) = get(&app, &admin, "/petugas/admin").await;
    assert!(page.contains("2026, 2027"), "{page}");
    assert!(page.contains("Hari jadi, Kabupaten Trenggalek"), "{page}");

    // The export gives back what was imported, in the same form.
    let (status, exported) = get(&app, &admin, "/petugas/admin/libur.csv").await;
    assert_eq!(status, 200);
    assert!(
        exported.starts_with("tanggal,jenis,keterangan\n"),
        "{exported}"
    );
    assert!(
        exported.contains("2027-04-12,libur_daerah,\"Hari jadi, Kabupaten Trenggalek\"\n"),
        "{exported}"
    );
    let (status, _) = get(&app, &desk, "/petugas/admin/libur.csv").await;
    assert_ne!(
        status, 200,
        "the desk cannot read the administration's export"
    );

    // The regional day belongs to Trenggalek: under another SOP it is a working day.
    let monday = wib("2027-04-09T10:00:00");
    assert_eq!(
        app.state.sop.get().deadline(Step::Intake, monday),
        Some(wib("2027-04-13T23:59:59"))
    );
    post(&app, &admin, "/petugas/admin/sop", &[("profil", "kapuas")]).await;
    let kapuas = app.state.sop.get();
    assert_eq!(kapuas.id, "kapuas");
    assert!(
        kapuas
            .calendar
            .is_working_day("2027-04-12".parse().unwrap())
    );
    assert!(
        !kapuas
            .calendar
            .is_working_day("2027-01-01".parse().unwrap())
    );
}

#[tokio::test]
async fn a_bad_import_changes_nothing_names_each_line_and_keeps_the_text() {
    let (app, admin) = desk_in_december().await;
    let csv = "tanggal,jenis,keterangan\n\
               2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\n\
               2027-02-30,libur_nasional,Tidak ada\n\
               2027-03-01,libur,<b>Salah</b>\n";
    let (status, _, page) = post(
        &app,
        &admin,
        "/petugas/admin/libur",
        &[("aksi", "impor"), ("csv", csv)],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        page.contains("Baris 3: tanggal harus ditulis TTTT-BB-HH"),
        "{page}"
    );
    assert!(
        page.contains("Baris 4: jenis harus libur_nasional"),
        "{page}"
    );
    assert!(
        page.contains("2027-03-01,libur,&lt;b&gt;Salah&lt;/b&gt;\n</textarea>"),
        "the text comes back, escaped, to mend: {page}"
    );
    assert!(!app.state.sop.get().calendar.knows(2027), "nothing stored");

    // In English, the form's missing name is named as such.
    let jar = Arc::new(reqwest::cookie::Jar::default());
    jar.add_cookie_str("aduan_lang=en", &app.address.parse().unwrap());
    let english = crate::helpers::client_builder()
        .cookie_provider(jar)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    app.log_in(
        &english,
        &app.officer("root-en", "system_admin", None).await,
    )
    .await;
    let (status, _, page) = post(
        &app,
        &english,
        "/petugas/admin/libur",
        &[
            ("aksi", "tambah"),
            ("tanggal", "2027-01-01"),
            ("jenis", "libur_nasional"),
            ("keterangan", " "),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("the name is required"), "{page}");

    // One day at a time, through the form.
    let (status, _, _) = post(
        &app,
        &admin,
        "/petugas/admin/libur",
        &[
            ("aksi", "tambah"),
            ("tanggal", "2027-01-01"),
            ("jenis", "libur_nasional"),
            ("keterangan", "Tahun Baru 2027 Masehi"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert!(app.state.sop.get().calendar.knows(2027));
    let (status, _, _) = post(
        &app,
        &admin,
        "/petugas/admin/libur",
        &[
            ("aksi", "hapus"),
            ("tanggal", "2027-01-02"),
            ("jenis", "libur_nasional"),
        ],
    )
    .await;
    assert_eq!(status, 404, "no such day");
}

#[tokio::test]
async fn only_the_administrator_changes_the_days_off_and_the_body_is_bounded() {
    let (app, admin) = desk_in_december().await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let form = [
        ("aksi", "tambah"),
        ("tanggal", "2027-01-01"),
        ("jenis", "libur_nasional"),
        ("keterangan", "Tahun Baru"),
    ];
    let (status, _, _) = post(&app, &desk, "/petugas/admin/libur", &form).await;
    assert_eq!(status, 403);
    let (status, _, _) = post(&app, &browser(), "/petugas/admin/libur", &form).await;
    assert_eq!(status, 403, "no session");
    assert!(!app.state.sop.get().calendar.knows(2027));

    let huge = "2027-01-01,libur_nasional,Tahun Baru\n".repeat(6_000);
    let (status, _, _) = post(
        &app,
        &admin,
        "/petugas/admin/libur",
        &[("aksi", "impor"), ("csv", &huge)],
    )
    .await;
    assert_eq!(status, 413, "over the route's body limit");
    let long = "2027-01-01,libur_nasional,Tahun Baru\n".repeat(1_100);
    let (status, _, page) = post(
        &app,
        &admin,
        "/petugas/admin/libur",
        &[("aksi", "impor"), ("csv", &long)],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("paling banyak 1.000 baris"), "{page}");
    assert_eq!(
        app::storage::days_off::list(&app.store().await, "trenggalek")
            .await
            .unwrap()
            .iter()
            .filter(|day| day.kind == DayOffKind::National)
            .count(),
        17
    );
}
