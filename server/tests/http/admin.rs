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
    // A new account's agency is chosen from the list, never typed.
    let agency_field = page
        .split(r#"<select id="akun-opd" name="opd">"#)
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .expect("the account form's agency list");
    assert!(
        agency_field.contains(r#"<option value="dishub">Dinas Perhubungan</option>"#),
        "{agency_field}"
    );
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

/// The text after `label` up to the next tag, on `page`.
fn shown_after<'a>(page: &'a str, label: &str) -> &'a str {
    page.split(label)
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_else(|| panic!("no {label:?} on: {page}"))
}

/// Takes `username` through the set-up with `code` and `password` from `client`: the new
/// authenticator key and the page that ends it.
async fn set_up(
    app: &TestApp,
    client: &reqwest::Client,
    username: &str,
    code: &str,
    password: &str,
) -> (app::auth::totp::TotpSecret, String) {
    let (status, _, page) = post(
        app,
        client,
        "/petugas/siapkan",
        &[
            ("pengguna", username),
            ("kode", code),
            ("sandi", password),
            ("sandi_lagi", password),
        ],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    let key = shown_after(&page, r#"data-testid="totp-key">"#);
    let secret = app::auth::totp::TotpSecret::from_base32(key).unwrap();
    // The QR code holds exactly the link beside it: the key, the account and the issuer.
    let link = page
        .split("href=\"otpauth://")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|rest| format!("otpauth://{}", rest.replace("&amp;", "&")))
        .expect("the authenticator link");
    assert!(
        link.contains(&format!("secret={}", secret.to_base32())),
        "{link}"
    );
    let drawn = qrcode::QrCode::new(link.as_bytes())
        .unwrap()
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    let shown = page
        .split("data-testid=\"totp-qr\">")
        .nth(1)
        .and_then(|rest| rest.split("<figcaption>").next())
        .expect("the QR code");
    assert_eq!(shown, drawn.split_once("?>").unwrap().1);
    let now = u64::try_from(chrono::Utc::now().timestamp()).unwrap();
    let otp = app::auth::totp::code_at(&secret, now);
    let (status, _, done) = post(
        app,
        client,
        "/petugas/siapkan/konfirmasi",
        &[("pengguna", username), ("kode", code), ("otp", &otp)],
    )
    .await;
    assert_eq!(status, 200, "{done}");
    assert!(done.contains("Akun siap dipakai"), "{done}");
    (secret, done)
}

#[tokio::test]
async fn an_account_made_on_the_page_is_set_up_by_its_officer_and_logs_in_until_deactivated() {
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
    ];
    let (status, _, page) = post(&app, &admin, "/petugas/admin/akun", &form).await;
    assert_eq!(status, 200);
    // The administrator gets a one-time code: no password, no authenticator key.
    let code = shown_after(&page, r#"data-testid="setup-code">"#).to_owned();
    assert_eq!(code.len(), 23, "{code}");
    assert!(
        !page.contains("Kunci") && !page.contains("otpauth"),
        "{page}"
    );

    // Before the set-up, nothing logs in.
    let her = browser();
    let nobody = Officer {
        username: "sari".into(),
        password: String::new(),
        secret: app::auth::totp::TotpSecret::from_bytes(&[0; 20]),
        recovery_codes: Vec::new(),
    };
    assert_eq!(
        app.log_in(&her, &nobody).await,
        "/petugas/masuk?galat=salah"
    );

    // A wrong code, then two passwords that differ, are refused; nothing typed but the
    // passwords and the code is lost.
    let (_, location, _) = post(
        &app,
        &her,
        "/petugas/siapkan",
        &[
            ("pengguna", "sari"),
            ("kode", "aaaaa-bbbbb-ccccc-ddddd"),
            ("sandi", PASSWORD),
            ("sandi_lagi", PASSWORD),
        ],
    )
    .await;
    assert_eq!(
        location.as_deref(),
        Some("/petugas/siapkan?pengguna=sari&galat=kode")
    );
    let (_, location, _) = post(
        &app,
        &her,
        "/petugas/siapkan",
        &[
            ("pengguna", "sari"),
            ("kode", &code),
            ("sandi", PASSWORD),
            ("sandi_lagi", "something-else-entirely"),
        ],
    )
    .await;
    assert_eq!(
        location.as_deref(),
        Some("/petugas/siapkan?pengguna=sari&galat=beda")
    );
    let (_, page) = get(&app, &her, "/petugas/siapkan?pengguna=sari&galat=beda").await;
    assert!(page.contains("Kedua kata sandi tidak sama"), "{page}");
    assert!(page.contains(r#"value="sari""#), "{page}");

    // Her own password and her own authenticator; then the code is spent.
    let (secret, _) = set_up(&app, &her, "sari", &code, PASSWORD).await;
    let sari = Officer {
        username: "sari".into(),
        password: PASSWORD.into(),
        secret,
        recovery_codes: Vec::new(),
    };
    assert_eq!(app.log_in(&her, &sari).await, "/petugas");
    let (_, location, _) = post(
        &app,
        &browser(),
        "/petugas/siapkan",
        &[
            ("pengguna", "sari"),
            ("kode", &code),
            ("sandi", "another-long-password-9"),
            ("sandi_lagi", "another-long-password-9"),
        ],
    )
    .await;
    assert_eq!(
        location.as_deref(),
        Some("/petugas/siapkan?pengguna=sari&galat=kode"),
        "a code works once"
    );

    // The same username again is refused with the reason.
    let (status, _, body) = post(&app, &admin, "/petugas/admin/akun", &form).await;
    assert_eq!(status, 422);
    assert!(
        body.contains("Sudah ada petugas dengan nama pengguna ini."),
        "in the reader's language: {body}"
    );
    // In English for a reader who chose it, and an agency not on the list named as such.
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
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
    let mut unknown_agency = form.to_vec();
    unknown_agency.retain(|(name, _)| !["pengguna", "peran", "opd"].contains(name));
    unknown_agency.extend([
        ("pengguna", "budi"),
        ("peran", "agency_admin"),
        ("opd", "dinas-fiktif"),
    ]);
    let response = english
        .post(format!("{}/petugas/admin/akun", app.address))
        .form(&unknown_agency)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("`dinas-fiktif` is not on the desk's list of agencies."),
        "{body}"
    );

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
async fn a_set_up_code_expires() {
    let app = TestApp::spawn().await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    let (_, _, page) = post(
        &app,
        &admin,
        "/petugas/admin/akun",
        &[
            ("aksi", "buat"),
            ("pengguna", "joko"),
            ("nama", "Joko Susilo"),
            ("peran", "main_desk"),
        ],
    )
    .await;
    let code = shown_after(&page, r#"data-testid="setup-code">"#).to_owned();
    let db = app.database().await;
    sqlx::query("UPDATE officers SET setup_expires_at = 0 WHERE username = 'joko'")
        .execute(&db)
        .await
        .unwrap();
    let (_, location, _) = post(
        &app,
        &browser(),
        "/petugas/siapkan",
        &[
            ("pengguna", "joko"),
            ("kode", &code),
            ("sandi", PASSWORD),
            ("sandi_lagi", PASSWORD),
        ],
    )
    .await;
    assert_eq!(
        location.as_deref(),
        Some("/petugas/siapkan?pengguna=joko&galat=kode")
    );
}

#[tokio::test]
async fn an_officer_renews_their_own_password_and_authenticator() {
    let app = TestApp::spawn().await;
    let officer = app.officer("budi", "main_desk", None).await;
    let client = browser();
    app.log_in(&client, &officer).await;

    // The current password is asked first.
    let (_, location, _) = post(
        &app,
        &client,
        "/petugas/akun/ulang",
        &[("sandi", "not-my-password-at-all")],
    )
    .await;
    assert_eq!(location.as_deref(), Some("/petugas/akun?galat=sandi"));
    let (status, _, page) =
        post(&app, &client, "/petugas/akun/ulang", &[("sandi", PASSWORD)]).await;
    assert_eq!(status, 200, "{page}");
    let code = page
        .split(r#"name="kode" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form carries a fresh code")
        .to_owned();
    let new_password = "teh-manis-sore-hari-77";
    let (secret, _) = set_up(&app, &client, "budi", &code, new_password).await;

    // Every session ended; the old password and the old authenticator no longer open the desk.
    let (_, queue) = get(&app, &client, "/petugas").await;
    assert!(queue.contains("/petugas/masuk"), "signed out: {queue}");
    assert_eq!(
        app.log_in(&browser(), &officer).await,
        "/petugas/masuk?galat=salah"
    );
    let renewed = Officer {
        username: "budi".into(),
        password: new_password.into(),
        secret,
        recovery_codes: Vec::new(),
    };
    assert_eq!(app.log_in(&browser(), &renewed).await, "/petugas");
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
    // Before choosing, each profile's steps and standards are there to read.
    let (_, page) = get(&app, &admin, "/petugas/admin").await;
    for profile in app::domain::sop::all_profiles() {
        let section = page
            .split(&format!(r#"data-testid="sop-steps-{}""#, profile.id))
            .nth(1)
            .and_then(|rest| rest.split("</details>").next())
            .unwrap_or_else(|| panic!("no steps for {}", profile.id));
        let step = app::domain::sop::Step::Verification;
        let standards: Vec<String> = profile
            .standards(step)
            .iter()
            .map(|standard| standard.describe(app::i18n::Locale::Id))
            .collect();
        if !standards.is_empty() {
            assert!(
                section.contains(step.label().get(app::i18n::Locale::Id)),
                "{section}"
            );
            assert!(section.contains(&standards.join(" + ")), "{section}");
        }
    }
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
    app::services::scheduler::run_once(&beside.state, chrono::Utc::now())
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

#[tokio::test]
async fn every_administration_post_is_refused_to_every_role_but_the_system_administrator() {
    let app = TestApp::spawn().await;
    let posts: [(&str, Vec<(&str, &str)>); 6] = [
        (
            "/petugas/admin/akun",
            vec![
                ("aksi", "buat"),
                ("pengguna", "penyusup"),
                ("nama", "Penyusup"),
                ("peran", "system_admin"),
            ],
        ),
        (
            "/petugas/admin/akun",
            vec![
                ("aksi", "ubah"),
                ("pengguna", "meja"),
                ("nama", "Meja"),
                ("peran", "system_admin"),
            ],
        ),
        (
            "/petugas/admin/daftar",
            vec![
                ("daftar", "kategori"),
                ("aksi", "opd-bawaan"),
                ("kode", "sampah"),
                ("opd", "dlh"),
            ],
        ),
        ("/petugas/admin/sop", vec![("profil", "kapuas")]),
        (
            "/petugas/admin/daftar",
            vec![
                ("daftar", "kategori"),
                ("aksi", "tambah"),
                ("kode", "baru"),
                ("nama", "Baru"),
                ("nama_en", "New"),
            ],
        ),
        (
            "/petugas/admin/templat",
            vec![
                ("aksi", "tambah"),
                ("tindakan", "return_to_reporter"),
                ("judul", "Lokasi"),
                (
                    "isi",
                    "Mohon lengkapi lokasi kejadian dengan patokan terdekat.",
                ),
            ],
        ),
    ];
    for (username, role, agency) in [
        ("meja", "main_desk", None),
        ("admin-opd", "agency_admin", Some("dishub")),
        ("penghubung", "liaison", Some("dishub")),
        ("kepala", "agency_head", Some("dishub")),
    ] {
        let client = browser();
        app.log_in(&client, &app.officer(username, role, agency).await)
            .await;
        for (path, form) in &posts {
            let (status, _, _) = post(&app, &client, path, form).await;
            assert_eq!(status, 403, "{path} by {role}");
        }
    }
    // Nothing changed: no account was made, the SOP in force is the configured one.
    let db = app.database().await;
    let intruders: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM officers WHERE username = 'penyusup'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(intruders, 0);
    let raised: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM officers WHERE role = 'system_admin'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(raised, 0, "nobody raised their own role");
    let defaults: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM categories WHERE default_agency IS NOT NULL")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(defaults, 0);
    assert_eq!(app.state.sop.get().id, "surabaya");
    // The system administrator is not refused.
    let root = browser();
    app.log_in(&root, &app.officer("root", "system_admin", None).await)
        .await;
    for (path, form) in &posts {
        let (status, _, body) = post(&app, &root, path, form).await;
        assert_ne!(status, 403, "{path}: {body}");
    }
}

/// Who may post is decided from the request's head: a body that would not even parse gets the
/// caller's refusal, not a complaint about the body, so a stranger's post is never read.
#[tokio::test]
async fn the_caller_is_refused_before_the_body_is_read() {
    let app = TestApp::spawn().await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let agency = browser();
    app.log_in(
        &agency,
        &app.officer("dinas", "agency_admin", Some("dishub")).await,
    )
    .await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let garbage = |client: &reqwest::Client, path: String| {
        client
            .post(format!("{}{path}", app.address))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("%%%=\u{0}&&=")
    };
    for path in [
        "/petugas/admin/akun",
        "/petugas/admin/daftar",
        "/petugas/admin/templat",
        "/petugas/admin/sop",
    ] {
        let response = garbage(&desk, path.to_owned()).send().await.unwrap();
        assert_eq!(response.status(), 403, "{path} by the main desk");
    }
    // The agency sees the complaint but only the main desk redacts it.
    for path in ["sensor", "sensor-foto"] {
        let response = garbage(&agency, format!("/petugas/aduan/{code}/{path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{path} by the agency");
    }
    // A code outside the caller's scope is not found, whatever the body.
    let other = receipt_code(&app.post_form("/lapor", complete_form()).await);
    for path in ["sensor", "tindakan", "catatan"] {
        let response = garbage(&agency, format!("/petugas/aduan/{other}/{path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{path} on another's complaint");
    }
    // The monitoring report goes from the main desk only: the agency's post is refused whole.
    let response = garbage(&agency, "/petugas/laporan/monev".to_owned())
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        403,
        "the monitoring report by the agency"
    );
    // Server functions take the same extractors: the administration's overview refuses the main
    // desk and a stranger with the typed error, and shows no account.
    let stranger = browser();
    for (who, client) in [("the main desk", &desk), ("a stranger", &stranger)] {
        let response = client
            .post(format!("{}/api/admin/overview", app.address))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("")
            .send()
            .await
            .unwrap();
        let status = response.status();
        let body = response.text().await.unwrap();
        assert!(!status.is_success(), "{who}: {status} {body}");
        assert!(body.contains("Forbidden"), "{who}: {body}");
        assert!(!body.contains("meja"), "{who}: {body}");
    }
}

#[tokio::test]
async fn a_categorys_default_agency_is_chosen_first_when_its_complaints_are_dispatched() {
    let app = TestApp::spawn().await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let set = |agency: &'static str| {
        [
            ("daftar", "kategori"),
            ("aksi", "opd-bawaan"),
            ("kode", "sampah"),
            ("opd", agency),
        ]
    };
    let (status, _, _) = post(&app, &desk, "/petugas/admin/daftar", &set("dlh")).await;
    assert_eq!(status, 403);
    let (status, _, _) = post(&app, &admin, "/petugas/admin/daftar", &set("no-such")).await;
    assert_eq!(status, 400, "an agency that is not on the list");
    let (_, location, _) = post(&app, &admin, "/petugas/admin/daftar", &set("dlh")).await;
    assert_eq!(location.as_deref(), Some("/petugas/admin?selesai=daftar"));
    let (_, page) = get(&app, &admin, "/petugas/admin").await;
    let row = page
        .split(r#"<select id="opd-bawaan-sampah" name="opd">"#)
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .expect("the category's default agency");
    assert!(row.contains(r#"<option value="dlh" selected"#), "{row}");

    let filed = |category: &'static str| {
        let app = &app;
        async move {
            let code = receipt_code(
                &app.post_form("/lapor", complete_form().text("category", category))
                    .await,
            );
            app.act_as(
                &code,
                &app::domain::status::Action::Verify {
                    visibility: app::domain::complaint::Visibility::Public,
                },
                app::domain::status::Role::MainDesk,
                chrono::Utc::now(),
            )
            .await;
            code
        }
    };
    let dispatch_choice = |page: &str| {
        page.split(r#"<select id="dispatch-agency" name="agency" required>"#)
            .nth(1)
            .and_then(|rest| rest.split("</select>").next())
            .map(|select| select.split("selected").count() - 1)
            .expect("the dispatch form")
    };
    let waste = filed("sampah").await;
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{waste}")).await;
    assert!(
        page.contains(r#"<option value="dlh" selected"#),
        "the waste complaint's dispatch form chooses the environment agency: {page}"
    );
    assert_eq!(dispatch_choice(&page), 1);
    let road = filed("jalan").await;
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{road}")).await;
    assert_eq!(
        dispatch_choice(&page),
        0,
        "no default for roads: the desk chooses"
    );

    // Cleared, the desk chooses again.
    post(&app, &admin, "/petugas/admin/daftar", &set("")).await;
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{waste}")).await;
    assert_eq!(dispatch_choice(&page), 0);
}

#[tokio::test]
async fn the_administrator_changes_an_accounts_name_role_agency_and_address() {
    let app = TestApp::spawn().await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    let officer = app.officer("sari", "agency_admin", Some("dishub")).await;
    let sari = browser();
    app.log_in(&sari, &officer).await;
    let change = |role: &'static str, agency: &'static str, email: &'static str| {
        [
            ("aksi", "ubah"),
            ("pengguna", "sari"),
            ("nama", "Sari Wulandari"),
            ("peran", role),
            ("opd", agency),
            ("email", email),
        ]
    };
    let (status, _, _) = post(
        &app,
        &sari,
        "/petugas/admin/akun",
        &change("system_admin", "", ""),
    )
    .await;
    assert_eq!(status, 403, "an officer cannot raise their own role");
    let (status, _, body) = post(
        &app,
        &admin,
        "/petugas/admin/akun",
        &change("agency_admin", "", ""),
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        body.contains("Peran perangkat daerah memerlukan perangkat daerahnya."),
        "{body}"
    );
    let (status, _, body) = post(
        &app,
        &admin,
        "/petugas/admin/akun",
        &change("agency_admin", "dlh", "bukan-email"),
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Alamat e-mail tidak valid."), "{body}");

    let (_, location, _) = post(
        &app,
        &admin,
        "/petugas/admin/akun",
        &change("agency_admin", "dlh", "sari@dlh.example.go.id"),
    )
    .await;
    assert_eq!(location.as_deref(), Some("/petugas/admin?selesai=akun"));
    // Her open session acts with the new name and agency from its next request.
    let officer_bar = |page: String| {
        page.split(r#"data-testid="officer""#)
            .nth(1)
            .and_then(|rest| rest.split("</span>").next())
            .expect("the officer bar")
            .to_owned()
    };
    let (_, page) = get(&app, &sari, "/petugas").await;
    let bar = officer_bar(page);
    assert!(bar.contains("Sari Wulandari"), "{bar}");
    assert!(bar.contains("Dinas Lingkungan Hidup"), "{bar}");
    let (_, page) = get(&app, &admin, "/petugas/admin").await;
    let form = page
        .split(r#"<select id="ubah-sari-opd" name="opd">"#)
        .nth(1)
        .and_then(|rest| rest.split("</select>").next())
        .expect("sari's change form");
    assert!(form.contains(r#"<option value="dlh" selected"#), "{form}");
    assert!(page.contains(r#"value="sari@dlh.example.go.id""#), "{page}");

    // A main-desk role drops the agency still chosen on the form.
    post(
        &app,
        &admin,
        "/petugas/admin/akun",
        &change("main_desk", "dlh", ""),
    )
    .await;
    let (_, page) = get(&app, &sari, "/petugas").await;
    let bar = officer_bar(page);
    assert!(bar.contains("Admin Utama"), "{bar}");
    assert!(!bar.contains("Dinas Lingkungan Hidup"), "{bar}");

    // The administrator keeps their own role, and nobody edits an account that is not there.
    let own = [
        ("aksi", "ubah"),
        ("pengguna", "root"),
        ("nama", "Root"),
        ("peran", "main_desk"),
    ];
    let (status, _, body) = post(&app, &admin, "/petugas/admin/akun", &own).await;
    assert_eq!(status, 409);
    assert!(body.contains("peran akun Anda sendiri"), "{body}");
    let missing = [
        ("aksi", "ubah"),
        ("pengguna", "tidak-ada"),
        ("nama", "Siapa"),
        ("peran", "main_desk"),
    ];
    let (status, _, _) = post(&app, &admin, "/petugas/admin/akun", &missing).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_new_region_is_set_up_on_the_page_its_districts_included() {
    let app = TestApp::spawn().await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let checklist = |page: &str| {
        page.split(r#"data-testid="setup-checklist""#)
            .nth(1)
            .and_then(|rest| rest.split("</details>").next())
            .expect("the set-up checklist")
            .to_owned()
    };
    let opened = |page: &str| {
        page.split(r#"<details id="persiapan""#)
            .nth(1)
            .and_then(|rest| rest.split('>').next())
            .expect("the checklist's tag")
            .contains(" open")
    };
    // A fresh install: no SOP chosen here, no agency has an account, so the list is open.
    let (_, page) = get(&app, &admin, "/petugas/admin").await;
    assert!(opened(&page), "{page}");
    let list = checklist(&page);
    assert!(list.contains("ADU"), "the configured prefix: {list}");
    assert_eq!(list.matches(r#"data-done="false""#).count(), 2, "{list}");

    // A district is added, with its centre, and offered to the intake.
    let add = [
        ("daftar", "kecamatan"),
        ("aksi", "tambah"),
        ("kode", "sumberejo"),
        ("nama", "Sumberejo"),
        ("lintang", "-8.08"),
        ("bujur", "111.57"),
    ];
    let (status, _, _) = post(&app, &desk, "/petugas/admin/daftar", &add).await;
    assert_eq!(status, 403);
    let (_, location, _) = post(&app, &admin, "/petugas/admin/daftar", &add).await;
    assert_eq!(
        location.as_deref(),
        Some("/petugas/admin?selesai=kecamatan")
    );
    let (status, _, body) = post(&app, &admin, "/petugas/admin/daftar", &add).await;
    assert_eq!(status, 409, "{body}");
    let (status, _, body) = post(
        &app,
        &admin,
        "/petugas/admin/daftar",
        &[
            ("daftar", "kecamatan"),
            ("aksi", "tambah"),
            ("kode", "berlin"),
            ("nama", "Berlin"),
            ("lintang", "52.5"),
            ("bujur", "13.4"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Titik pusat"), "outside Indonesia: {body}");
    let districts = |client: &reqwest::Client| {
        let client = client.clone();
        let address = app.address.clone();
        async move {
            client
                .post(format!("{address}/api/desk/districts"))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    assert!(districts(&desk).await.contains(r#""name":"Sumberejo""#));
    // Its villages are added under it, offered with it to the intake.
    let village = |district: &'static str, code: &'static str| {
        [
            ("daftar", "desa"),
            ("aksi", "tambah"),
            ("kecamatan", district),
            ("kode", code),
            ("nama", "Sumberejo Kidul"),
        ]
    };
    let (status, _, _) = post(
        &app,
        &desk,
        "/petugas/admin/daftar",
        &village("sumberejo", "sumberejo-kidul"),
    )
    .await;
    assert_eq!(status, 403);
    let (status, _, _) = post(
        &app,
        &admin,
        "/petugas/admin/daftar",
        &village("tidak-ada", "kidul"),
    )
    .await;
    assert_eq!(status, 400, "a district that is not on the list");
    let (_, location, _) = post(
        &app,
        &admin,
        "/petugas/admin/daftar",
        &village("sumberejo", "sumberejo-kidul"),
    )
    .await;
    assert_eq!(location.as_deref(), Some("/petugas/admin?selesai=desa"));
    assert!(
        districts(&desk)
            .await
            .contains(r#""villages":[["sumberejo-kidul","Sumberejo Kidul"]]"#)
    );

    // A district no longer offered leaves the intake, and new complaints are not counted in it.
    let (_, location, _) = post(
        &app,
        &admin,
        "/petugas/admin/daftar",
        &[
            ("daftar", "kecamatan"),
            ("aksi", "nonaktifkan"),
            ("kode", "sumberejo"),
        ],
    )
    .await;
    assert_eq!(
        location.as_deref(),
        Some("/petugas/admin?selesai=kecamatan")
    );
    assert!(!districts(&desk).await.contains(r#""name":"Sumberejo""#));
    let code = receipt_code(
        &app.post_form(
            "/lapor",
            complete_form()
                .text("latitude", "-8.08")
                .text("longitude", "111.57"),
        )
        .await,
    );
    let db = app.database().await;
    let district: Option<String> =
        sqlx::query_scalar("SELECT district FROM complaints WHERE tracking_code = $1")
            .bind(&code)
            .fetch_one(&db)
            .await
            .unwrap();
    assert_ne!(district.as_deref(), Some("sumberejo"));

    // The SOP chosen here and an account for every agency: the list is done and folds away.
    post(
        &app,
        &admin,
        "/petugas/admin/sop",
        &[("profil", "trenggalek")],
    )
    .await;
    let agencies: Vec<String> = sqlx::query_scalar("SELECT code FROM agencies WHERE active = 1")
        .fetch_all(&db)
        .await
        .unwrap();
    for agency in &agencies {
        app.officer(&format!("admin-{agency}"), "agency_admin", Some(agency))
            .await;
    }
    let (_, page) = get(&app, &admin, "/petugas/admin").await;
    assert!(!opened(&page), "{page}");
    assert_eq!(checklist(&page).matches(r#"data-done="false""#).count(), 0);
}
