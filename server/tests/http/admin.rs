//! `/petugas/admin`: the system administrator manages the desk's lists and the officers'
//! accounts through the real server; nobody else can.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{Officer, PASSWORD, TestApp, browser, get, post};

async fn choices(app: &TestApp) -> String {
    browser()
        .post(format!("{}/api/complaints/choices", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn only_the_system_administrator_changes_the_lists() {
    let app = TestApp::spawn().await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;

    let (status, page) = get(&app, &admin, "/petugas/admin").await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"data-testid="list-kategori""#), "{page}");
    assert!(page.contains("Dinas Perhubungan"), "{page}");
    assert!(page.contains("meja"), "the accounts: {page}");
    let (_, page) = get(&app, &desk, "/petugas/admin").await;
    assert!(page.contains("Hanya Administrator Sistem"), "{page}");
    assert!(!page.contains(r#"data-testid="accounts""#), "{page}");

    let add = [
        ("daftar", "kategori"),
        ("aksi", "tambah"),
        ("kode", "taman"),
        ("nama", "Taman kota"),
        ("nama_en", "City parks"),
    ];
    let (status, _, _) = post(&app, &desk, "/petugas/admin/daftar", &add).await;
    assert_eq!(status, 403);
    let (_, location, _) = post(&app, &admin, "/petugas/admin/daftar", &add).await;
    assert_eq!(location.as_deref(), Some("/petugas/admin?selesai=daftar"));
    assert!(choices(&app).await.contains("City parks"));
    let (status, _, body) = post(&app, &admin, "/petugas/admin/daftar", &add).await;
    assert_eq!(status, 409);
    assert!(body.contains("Kode itu sudah ada di daftar."), "{body}");
    let (status, _, body) = post(
        &app,
        &admin,
        "/petugas/admin/daftar",
        &[
            ("daftar", "opd"),
            ("aksi", "tambah"),
            ("kode", "Dinas Baru!"),
            ("nama", ""),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        body.contains("Kode") && body.contains("Nama wajib diisi."),
        "{body}"
    );

    // An agency no longer offered disappears from the form, and a filing naming it is refused.
    let stop = [("daftar", "opd"), ("aksi", "nonaktifkan"), ("kode", "dlh")];
    post(&app, &admin, "/petugas/admin/daftar", &stop).await;
    assert!(!choices(&app).await.contains("\"dlh\""));
    let response = app
        .post_form("/lapor", complete_form().text("agency", "dlh"))
        .await;
    assert_eq!(response.status(), 422);
    let resume = [("daftar", "opd"), ("aksi", "aktifkan"), ("kode", "dlh")];
    post(&app, &admin, "/petugas/admin/daftar", &resume).await;
    receipt_code(
        &app.post_form("/lapor", complete_form().text("agency", "dlh"))
            .await,
    );
}

#[tokio::test]
async fn an_account_made_on_the_page_logs_in_until_it_is_deactivated() {
    let app = TestApp::spawn().await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    let form = [
        ("aksi", "buat"),
        ("pengguna", "sari"),
        ("nama", "Sari Wulandari"),
        ("peran", "agency_admin"),
        ("opd", "dishub"),
        ("email", "sari@dishub.go.id"),
        ("sandi", PASSWORD),
    ];
    let (status, _, page) = post(&app, &admin, "/petugas/admin/akun", &form).await;
    assert_eq!(status, 200);
    assert!(page.contains("hanya ditampilkan sekali"), "{page}");
    let key = page
        .split("Kunci aplikasi autentikator: ")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the authenticator key is shown");
    let sari = Officer {
        username: "sari".into(),
        password: PASSWORD.into(),
        secret: app::auth::totp::TotpSecret::from_base32(key).unwrap(),
        recovery_codes: Vec::new(),
    };
    let her = browser();
    assert_eq!(app.log_in(&her, &sari).await, "/petugas");
    // The same username again, and a weak password, are refused with the reason.
    let (status, _, body) = post(&app, &admin, "/petugas/admin/akun", &form).await;
    assert_eq!(status, 422);
    assert!(body.contains("already exists"), "{body}");

    // Deactivated, her session ends at once; the administrator cannot deactivate themselves.
    let stop = [("aksi", "nonaktifkan"), ("pengguna", "sari")];
    let (_, location, _) = post(&app, &admin, "/petugas/admin/akun", &stop).await;
    assert_eq!(location.as_deref(), Some("/petugas/admin?selesai=akun"));
    let (_, page) = get(&app, &her, "/petugas").await;
    assert!(page.contains("/petugas/masuk"), "signed out: {page}");
    let (status, _, _) = post(
        &app,
        &admin,
        "/petugas/admin/akun",
        &[("aksi", "nonaktifkan"), ("pengguna", "root")],
    )
    .await;
    assert_eq!(status, 409);
}
