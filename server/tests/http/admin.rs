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

#[tokio::test]
async fn templates_kept_by_the_administrator_are_offered_on_the_matching_step() {
    let app = TestApp::spawn().await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let code = receipt_code(
        &app.post_form("/lapor", complete_form().text("category", "sampah"))
            .await,
    );
    let add = |category: &'static str, title: &'static str| {
        [
            ("aksi", "tambah"),
            ("tindakan", "return_to_reporter"),
            ("kategori", category),
            ("judul", title),
            ("isi", "Mohon sebutkan jam berapa sampah biasanya menumpuk."),
        ]
    };
    let (_, location, _) = post(
        &app,
        &admin,
        "/petugas/admin/templat",
        &add("sampah", "Jam penumpukan sampah"),
    )
    .await;
    assert_eq!(location.as_deref(), Some("/petugas/admin?selesai=templat"));
    post(
        &app,
        &admin,
        "/petugas/admin/templat",
        &add("jalan", "Khusus jalan rusak"),
    )
    .await;
    let (status, _, _) = post(
        &app,
        &desk,
        "/petugas/admin/templat",
        &add("sampah", "Bukan admin"),
    )
    .await;
    assert_eq!(status, 403);
    // An answer template must be as long as an answer.
    let (status, _, body) = post(
        &app,
        &admin,
        "/petugas/admin/templat",
        &[
            ("aksi", "tambah"),
            ("tindakan", "propose_resolution"),
            ("judul", "Terlalu pendek"),
            ("isi", "Sudah."),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Isi templat minimal"), "{body}");

    // The return form offers this category's template and the general ones, not another
    // category's; the chosen text is the template's.
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    let form = page
        .split(r#"data-action="return_to_reporter""#)
        .nth(1)
        .and_then(|rest| rest.split("</form>").next())
        .unwrap();
    assert!(form.contains("Jam penumpukan sampah"), "{form}");
    assert!(
        form.contains("Lokasi kurang jelas"),
        "a seeded general one: {form}"
    );
    assert!(!form.contains("Khusus jalan rusak"), "{form}");
    assert!(
        form.contains("Mohon sebutkan jam berapa sampah biasanya menumpuk."),
        "{form}"
    );
    // The verification form offers none.
    let verify = page
        .split(r#"data-action="verify""#)
        .nth(1)
        .and_then(|rest| rest.split("</form>").next())
        .unwrap();
    assert!(!verify.contains("template-choice"), "{verify}");

    // Stopped, it is no longer offered.
    let (_, overview) = get(&app, &admin, "/petugas/admin").await;
    assert!(overview.contains("Jam penumpukan sampah"));
    let id: i64 = sqlx::query_scalar("SELECT id FROM response_templates WHERE title = $1")
        .bind("Jam penumpukan sampah")
        .fetch_one(&app.database().await)
        .await
        .unwrap();
    post(
        &app,
        &admin,
        "/petugas/admin/templat",
        &[("aksi", "nonaktifkan"), ("id", &id.to_string())],
    )
    .await;
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    assert!(!page.contains("Jam penumpukan sampah"), "{page}");
}

#[tokio::test]
async fn the_administrator_puts_another_sop_in_force_on_every_instance() {
    let app = TestApp::spawn().await;
    let beside = app.spawn_beside().await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    assert_eq!(app.state.sop.get().id, "surabaya", "the configured default");
    let (status, _, _) = post(
        &app,
        &admin,
        "/petugas/admin/sop",
        &[("profil", "tidak_ada")],
    )
    .await;
    assert_eq!(status, 400);

    let (_, location, _) = post(&app, &admin, "/petugas/admin/sop", &[("profil", "cilacap")]).await;
    assert_eq!(location.as_deref(), Some("/petugas/admin?selesai=sop"));
    assert_eq!(app.state.sop.get().id, "cilacap", "this instance at once");
    assert_eq!(beside.state.sop.get().id, "surabaya");
    app::scheduler::run_once(&beside.state, chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(
        beside.state.sop.get().id,
        "cilacap",
        "the other at its next round"
    );
    let (_, page) = get(&app, &admin, "/petugas/admin").await;
    assert!(
        page.contains(r#"<option value="cilacap" selected"#),
        "{page}"
    );

    // It outlives a restart, whatever the configuration says.
    drop(beside);
    let app = app.restart().await;
    assert_eq!(app.state.sop.get().id, "cilacap");
}
