//! `/petugas`: officers log in with password and authenticator code, see what their role and
//! agency may see, and carry complaints through the SOP's steps, against the real server.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{Officer, PASSWORD, Posted, TestApp, browser, get, post};

/// Posts an action form as the complaint page does.
async fn act(
    app: &TestApp,
    client: &reqwest::Client,
    code: &str,
    fields: &[(&str, &str)],
) -> Posted {
    post(
        app,
        client,
        &format!("/petugas/aduan/{code}/tindakan"),
        fields,
    )
    .await
}

/// A signed-in officer's browser.
async fn signed_in(app: &TestApp, officer: &Officer) -> reqwest::Client {
    let client = browser();
    assert_eq!(app.log_in(&client, officer).await, "/petugas");
    client
}

async fn file(app: &TestApp) -> String {
    receipt_code(&app.post_form("/lapor", complete_form()).await)
}

#[tokio::test]
async fn login_takes_the_password_and_a_fresh_authenticator_code() {
    let app = TestApp::spawn().await;
    let officer = app.officer("budi", "main_desk", None).await;
    let now = u64::try_from(chrono::Utc::now().timestamp()).unwrap();
    let code = app::auth::totp::code_at(&officer.secret, now);

    let client = browser();
    let wrong = "/petugas/masuk?galat=salah";
    assert_eq!(
        app.log_in_with(&client, &officer, "salah-sandi-panjang", &code)
            .await,
        wrong
    );
    // Every account's attempts are counted: the wrong code is tried on another one.
    let other = app.officer("ani", "main_desk", None).await;
    assert_eq!(
        app.log_in_with(&client, &other, PASSWORD, "000000x").await,
        wrong
    );
    let nobody = Officer {
        username: "tidak-ada".into(),
        ..app.officer("dummy", "main_desk", None).await
    };
    assert_eq!(
        app.log_in_with(&client, &nobody, PASSWORD, &code).await,
        wrong
    );
    let (_, page) = get(&app, &client, wrong).await;
    assert!(
        page.contains("Nama pengguna, kata sandi, atau kode tidak cocok."),
        "{page}"
    );
    let (_, page) = get(&app, &client, "/petugas").await;
    assert!(
        page.contains("Silakan masuk sebagai petugas"),
        "no session yet: {page}"
    );

    assert_eq!(
        app.log_in_with(&client, &officer, PASSWORD, &code).await,
        "/petugas"
    );
    let (_, page) = get(&app, &client, "/petugas").await;
    assert!(page.contains("Petugas budi"), "{page}");

    // The same code again, from another browser, is a replay.
    let thief = browser();
    assert_eq!(
        app.log_in_with(&thief, &officer, PASSWORD, &code).await,
        wrong
    );
    // A recovery code works once.
    let recovery = officer.recovery_codes[0].to_uppercase();
    assert_eq!(
        app.log_in_with(&thief, &officer, PASSWORD, &recovery).await,
        "/petugas"
    );
    let again = browser();
    assert_eq!(
        app.log_in_with(&again, &officer, PASSWORD, &recovery).await,
        wrong
    );
}

/// A browser on loopback address `127.0.0.n`: another client network.
fn browser_at(n: u8) -> reqwest::Client {
    crate::helpers::client_builder()
        .cookie_store(true)
        .local_address(std::net::IpAddr::from([127, 0, 0, n]))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn guessing_a_password_slows_the_guesser_and_never_locks_the_officer_out() {
    use app::auth::throttle::{ACCOUNT_ALERT, PAIR_FAILURES};
    let app = TestApp::spawn().await;
    let officer = app.officer("budi", "main_desk", None).await;
    let db = app.database().await;
    sqlx::query("UPDATE officers SET email = 'budi@trenggalekkab.go.id'")
        .execute(&db)
        .await
        .unwrap();

    // A guesser on one network: past its allowance even the right password waits there.
    let guesser = browser_at(2);
    for _ in 0..PAIR_FAILURES.max {
        let location = app
            .log_in_with(&guesser, &officer, "tebakan-sandi-123", "123456")
            .await;
        assert!(location.ends_with("galat=salah"));
    }
    let location = app.log_in(&guesser, &officer).await;
    assert_eq!(location, "/petugas/masuk?galat=batas", "the guesser waits");

    // Guessers on other networks add up to an alert for the officer, by e-mail, once.
    for n in 3..8 {
        for _ in 0..2 {
            app.log_in_with(&browser_at(n), &officer, "tebakan-sandi-123", "123456")
                .await;
        }
    }
    let alerts = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM outbox WHERE recipient = 'budi@trenggalekkab.go.id' \
             AND subject LIKE '%percobaan masuk%'",
        )
        .fetch_one(&db)
        .await
        .unwrap()
    };
    const { assert!(ACCOUNT_ALERT.max <= 15) };
    assert_eq!(alerts().await, 1);
    app.log_in_with(&browser_at(9), &officer, "tebakan-sandi-123", "123456")
        .await;
    assert_eq!(alerts().await, 1, "told once, not once a guess");

    // The officer, at the office, logs in as usual.
    assert_eq!(app.log_in(&browser_at(20), &officer).await, "/petugas");
}

#[tokio::test]
async fn posts_from_another_site_are_refused_everywhere() {
    let app = TestApp::spawn().await;
    let officer = app.officer("budi", "main_desk", None).await;
    let client = signed_in(&app, &officer).await;
    let code = file(&app).await;
    let form = [
        ("aksi", "verify"),
        ("status", "submitted"),
        ("visibility", "public"),
    ];
    for (header, value) in [
        ("origin", "http://evil.example"),
        ("sec-fetch-site", "cross-site"),
        ("origin", "null"),
    ] {
        for path in [
            format!("/petugas/aduan/{code}/tindakan"),
            "/petugas/keluar".to_owned(),
            "/api/desk/queue".to_owned(),
            "/lacak".to_owned(),
        ] {
            let response = client
                .post(format!("{}{path}", app.address))
                .header(header, value)
                .form(&form)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 403, "{path} with {header}: {value}");
        }
    }
    // The same form from this site goes through.
    let response = client
        .post(format!("{}/petugas/aduan/{code}/tindakan", app.address))
        .header("origin", &app.address)
        .header("sec-fetch-site", "same-origin")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
}

#[tokio::test]
async fn every_page_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(format!("{}/", app.address))
        .send()
        .await
        .unwrap();
    let headers = response.headers().clone();
    let policy = headers["content-security-policy"].to_str().unwrap();
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(policy.contains("default-src 'self'"), "{policy}");
    assert!(
        !policy.contains("'unsafe-inline' 'wasm"),
        "no inline script at large: {policy}"
    );
    // The page's inline scripts carry this response's nonce, and only they may run.
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy");
    let page = response.text().await.unwrap();
    let scripts = page.matches("<script").count();
    assert!(scripts > 0, "{page}");
    assert_eq!(
        page.matches(&format!("nonce=\"{nonce}\"")).count(),
        scripts,
        "every inline script carries the nonce: {page}"
    );
    // Another request gets another nonce.
    let again = app
        .client
        .get(format!("{}/", app.address))
        .send()
        .await
        .unwrap();
    let other = again.headers()["content-security-policy"].to_str().unwrap();
    assert!(!other.contains(nonce), "{other}");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert!(
        headers.get("strict-transport-security").is_none(),
        "plain HTTP here"
    );
}

#[tokio::test]
async fn a_complaint_travels_from_the_main_desk_to_the_agency_and_back_to_the_reporter() {
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, &app.officer("budi", "main_desk", None).await).await;
    let dishub = signed_in(
        &app,
        &app.officer("sari", "agency_admin", Some("dishub")).await,
    )
    .await;
    let dlh = signed_in(
        &app,
        &app.officer("rina", "agency_admin", Some("dlh")).await,
    )
    .await;
    let code = file(&app).await;

    let (_, queue) = get(&app, &desk, "/petugas").await;
    assert!(
        queue.contains(&code) && queue.contains("Menunggu Anda"),
        "{queue}"
    );
    let (_, queue) = get(&app, &dishub, "/petugas").await;
    assert!(
        !queue.contains(&code),
        "not the agency's before dispatch: {queue}"
    );

    // Verification has no default visibility.
    let (status, _, body) = act(
        &app,
        &desk,
        &code,
        &[("aksi", "verify"), ("status", "submitted")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Sifat aduan wajib diisi."), "{body}");
    let verify = [
        ("aksi", "verify"),
        ("status", "submitted"),
        ("visibility", "public"),
    ];
    let (_, location, _) = act(&app, &desk, &code, &verify).await;
    assert_eq!(
        location.unwrap(),
        format!("/petugas/aduan/{code}?selesai=verify")
    );

    // An unknown agency is refused; a listed one is dispatched to.
    let (status, _, body) = act(
        &app,
        &desk,
        &code,
        &[
            ("aksi", "dispatch"),
            ("status", "verified"),
            ("agency", "dinas-fiktif"),
        ],
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, _, _) = act(
        &app,
        &desk,
        &code,
        &[
            ("aksi", "dispatch"),
            ("status", "verified"),
            ("agency", "dishub"),
        ],
    )
    .await;
    assert_eq!(status, 303);

    // Another agency cannot see it or act on it, whatever the URL says.
    let (_, page) = get(&app, &dlh, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains("Aduan tidak ditemukan."), "{page}");
    assert!(!page.contains("Lampu jalan mati"), "{page}");
    let (status, _, _) = act(
        &app,
        &dlh,
        &code,
        &[("aksi", "accept_dispatch"), ("status", "dispatched")],
    )
    .await;
    assert_eq!(status, 404);
    let (status, _) = get(&app, &dlh, &format!("/petugas/aduan/{code}/foto/0")).await;
    assert_eq!(status, 404);

    // The agency in charge sees it, may not verify, accepts and answers.
    let (_, queue) = get(&app, &dishub, "/petugas").await;
    assert!(queue.contains(&code), "{queue}");
    let (status, _, body) = act(
        &app,
        &dishub,
        &code,
        &[("aksi", "validate"), ("status", "dispatched")],
    )
    .await;
    assert_eq!(status, 409);
    assert!(body.contains("tidak berwenang"), "{body}");
    let (status, _, body) = act(
        &app,
        &dishub,
        &code,
        &[("aksi", "accept_dispatch"), ("status", "dispatched")],
    )
    .await;
    assert_eq!(status, 303, "{body}");
    let (status, _, body) = act(
        &app,
        &dishub,
        &code,
        &[
            ("aksi", "propose_resolution"),
            ("status", "in_progress"),
            ("answer", "Sudah."),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        body.contains("Jawaban tindak lanjut minimal 20 karakter."),
        "{body}"
    );
    let answer = "Lampu sudah diganti oleh petugas Dinas Perhubungan pada hari Senin.";
    let (status, _, body) = act(
        &app,
        &dishub,
        &code,
        &[
            ("aksi", "propose_resolution"),
            ("status", "in_progress"),
            ("answer", answer),
        ],
    )
    .await;
    assert_eq!(status, 303, "{body}");
    let (status, _) = get(&app, &dishub, &format!("/petugas/aduan/{code}/foto/0")).await;
    assert_eq!(status, 200);

    let (_, _, _) = act(
        &app,
        &desk,
        &code,
        &[("aksi", "validate"), ("status", "resolution_proposed")],
    )
    .await;
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains("Sudah Ditindaklanjuti"), "{page}");
    // The reporter's page now asks for confirmation.
    let (_, tracking) = app.get(&format!("/lacak/{code}")).await;
    assert!(tracking.contains(r#"data-testid="answer""#), "{tracking}");
    assert!(tracking.contains("Dinas Perhubungan"), "{tracking}");
    assert!(
        tracking.contains(answer),
        "the validated answer: {tracking}"
    );

    let db = app.database().await;
    let officers: i64 = sqlx::query_scalar(
        "SELECT COUNT(DISTINCT officer_id) FROM complaint_events WHERE officer_id IS NOT NULL",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(officers, 2, "every officer's step records who took it");
}

#[tokio::test]
async fn the_second_of_two_officers_acting_at_once_is_told_it_changed() {
    let app = TestApp::spawn().await;
    let first = signed_in(&app, &app.officer("budi", "main_desk", None).await).await;
    let second = signed_in(&app, &app.officer("ani", "main_desk", None).await).await;
    let code = file(&app).await;

    let (status, _, _) = act(
        &app,
        &first,
        &code,
        &[
            ("aksi", "verify"),
            ("status", "submitted"),
            ("visibility", "anonymous"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    // The second page still showed "submitted".
    let (_, location, _) = act(
        &app,
        &second,
        &code,
        &[
            ("aksi", "return_to_reporter"),
            ("status", "submitted"),
            ("reason", "Mohon lengkapi foto lokasi kejadian."),
        ],
    )
    .await;
    assert_eq!(
        location.unwrap(),
        format!("/petugas/aduan/{code}?galat=berubah")
    );
    let (_, page) = get(
        &app,
        &second,
        &format!("/petugas/aduan/{code}?galat=berubah"),
    )
    .await;
    assert!(page.contains("baru saja diubah petugas lain"), "{page}");
    assert!(page.contains("Terverifikasi"), "{page}");
}

#[tokio::test]
async fn an_anonymous_reporter_is_hidden_from_the_agency_and_the_nik_is_always_masked() {
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, &app.officer("budi", "main_desk", None).await).await;
    let dishub = signed_in(
        &app,
        &app.officer("sari", "agency_admin", Some("dishub")).await,
    )
    .await;
    let code = file(&app).await;

    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    assert!(
        page.contains("Siti Rahayu"),
        "the main desk sees who filed: {page}"
    );
    assert!(page.contains("3503••••••••0001"), "{page}");
    assert!(
        !page.contains("3503015708900001"),
        "never the whole NIK: {page}"
    );

    for (action, status, field, value) in [
        ("verify", "submitted", "visibility", "anonymous"),
        ("dispatch", "verified", "agency", "dishub"),
    ] {
        let (code_status, _, body) = act(
            &app,
            &desk,
            &code,
            &[("aksi", action), ("status", status), (field, value)],
        )
        .await;
        assert_eq!(code_status, 303, "{body}");
    }
    let (_, page) = get(&app, &dishub, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains("Lampu jalan mati"), "{page}");
    assert!(page.contains("dirahasiakan"), "{page}");
    for personal in ["Siti Rahayu", "3503", "0812"] {
        assert!(
            !page.contains(personal),
            "{personal} shown to the agency: {page}"
        );
    }
}

#[tokio::test]
async fn logging_out_ends_this_session_or_every_one() {
    let app = TestApp::spawn().await;
    let officer = app.officer("budi", "main_desk", None).await;
    let laptop = signed_in(&app, &officer).await;
    let phone = browser();
    let recovery = officer.recovery_codes[1].clone();
    assert_eq!(
        app.log_in_with(&phone, &officer, PASSWORD, &recovery).await,
        "/petugas"
    );

    let response = phone
        .post(format!("{}/petugas/keluar", app.address))
        .form(&[("semua", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let (_, page) = get(&app, &phone, "/petugas").await;
    assert!(page.contains("Silakan masuk"), "{page}");
    let (_, page) = get(&app, &laptop, "/petugas").await;
    assert!(page.contains("Petugas budi"), "the laptop stays in: {page}");

    let response = laptop
        .post(format!("{}/petugas/keluar", app.address))
        .form(&[("semua", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let db = app.database().await;
    let sessions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(sessions, 0);
}

#[tokio::test]
async fn the_admin_command_makes_an_account_that_can_log_in() {
    let app = TestApp::spawn().await;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_aduan"))
        .args([
            "admin",
            "create",
            "--username",
            "kepala",
            "--name",
            "Kepala Dinas",
            "--role",
            "agency_head",
            "--agency",
            "dishub",
        ])
        .env("ADUAN_DATA_DIR", &app.data_dir)
        .env("ADUAN_DATABASE_URL", &app.database_url)
        .env("ADUAN_ADMIN_PASSWORD", PASSWORD)
        .env("ADUAN_LOG", "warn")
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let secret = stdout
        .lines()
        .find_map(|line| line.strip_prefix("Authenticator (TOTP) secret: "))
        .expect("the secret is printed once");
    let officer = Officer {
        username: "kepala".into(),
        password: PASSWORD.into(),
        secret: app::auth::totp::TotpSecret::from_base32(secret).unwrap(),
        recovery_codes: Vec::new(),
    };
    assert_eq!(app.log_in(&browser(), &officer).await, "/petugas");

    // A weak password is refused with the reason.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_aduan"))
        .args([
            "admin",
            "create",
            "--username",
            "lemah",
            "--name",
            "L",
            "--role",
            "main_desk",
        ])
        .env("ADUAN_DATA_DIR", &app.data_dir)
        .env("ADUAN_DATABASE_URL", &app.database_url)
        .env("ADUAN_ADMIN_PASSWORD", "password")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(!String::from_utf8_lossy(&output.stderr).is_empty());
}

#[tokio::test]
async fn only_the_main_desk_reveals_a_whole_nik_and_every_reveal_is_recorded() {
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, &app.officer("budi", "main_desk", None).await).await;
    let dishub = signed_in(
        &app,
        &app.officer("sari", "agency_admin", Some("dishub")).await,
    )
    .await;
    let code = file(&app).await;
    for (action, status, field, value) in [
        ("verify", "submitted", "visibility", "public"),
        ("dispatch", "verified", "agency", "dishub"),
    ] {
        act(
            &app,
            &desk,
            &code,
            &[("aksi", action), ("status", status), (field, value)],
        )
        .await;
    }
    let reveal = |client: &reqwest::Client| {
        client
            .post(format!("{}/api/desk/reveal-nik", app.address))
            .form(&[("code", code.as_str())])
            .send()
    };
    let response = reveal(&dishub).await.unwrap();
    assert_ne!(response.status(), 200);
    assert!(!response.text().await.unwrap().contains("3503015708900001"));
    let response = reveal(&desk).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "\"3503015708900001\"");

    let reveals: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM nik_reveals")
        .fetch_one(&app.database().await)
        .await
        .unwrap();
    assert_eq!(
        reveals, 1,
        "the agency's attempt revealed nothing, the desk's is on record"
    );
}

#[tokio::test]
async fn the_queue_narrows_by_status_and_by_words() {
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, &app.officer("budi", "main_desk", None).await).await;
    let lamp = file(&app).await;
    let road = receipt_code(
        &app.post_form(
            "/lapor",
            complete_form()
                .text("title", "Jalan berlubang di depan terminal bus")
                .text(
                    "content",
                    "Lubang besar di depan terminal bus membahayakan pengendara motor setiap hari.",
                ),
        )
        .await,
    );
    act(
        &app,
        &desk,
        &road,
        &[
            ("aksi", "verify"),
            ("status", "submitted"),
            ("visibility", "public"),
        ],
    )
    .await;

    let (_, all) = get(&app, &desk, "/petugas").await;
    assert!(all.contains(&lamp) && all.contains(&road));
    // The words go in a post and come back behind a handle: never in the URL.
    let search = |words: &'static str| {
        let desk = desk.clone();
        let app = &app;
        async move {
            let (status, location, _) = post(
                app,
                &desk,
                "/petugas/cari",
                &[("cari", words), ("status", "")],
            )
            .await;
            assert_eq!(status, 303);
            let location = location.unwrap();
            assert!(location.starts_with("/petugas?q="), "{location}");
            assert!(
                !location.to_lowercase().contains(&words.to_lowercase()),
                "{location}"
            );
            location
        }
    };
    let terminal = search("TERMINAL").await;
    let (_, found) = get(&app, &desk, &terminal).await;
    assert!(found.contains(&road) && !found.contains(&lamp), "{found}");
    assert!(
        found.contains(r#"value="TERMINAL""#),
        "the words come back: {found}"
    );
    let (_, found) = get(&app, &desk, &search("%").await).await;
    assert!(
        !found.contains(&road) && !found.contains(&lamp),
        "'%' is a character, not a wildcard"
    );
    // Another officer's handle narrows nothing for this one.
    let other = signed_in(&app, &app.officer("ani", "main_desk", None).await).await;
    let (_, theirs) = get(&app, &other, &terminal).await;
    assert!(theirs.contains(&lamp) && theirs.contains(&road), "{theirs}");
    // A tracking code goes straight to its complaint.
    let (_, location, _) = post(
        &app,
        &desk,
        "/petugas/cari",
        &[("cari", &lamp.to_lowercase())],
    )
    .await;
    assert_eq!(location.unwrap(), format!("/petugas/aduan/{lamp}"));
    let (_, verified) = get(&app, &desk, "/petugas?status=verified").await;
    assert!(
        verified.contains(&road) && !verified.contains(&lamp),
        "{verified}"
    );
}

#[tokio::test]
async fn the_main_desk_sees_how_often_each_agency_bounced_complaints() {
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, &app.officer("budi", "main_desk", None).await).await;
    let dishub = signed_in(
        &app,
        &app.officer("sari", "agency_admin", Some("dishub")).await,
    )
    .await;
    let code = file(&app).await;
    let answer = "Lampu sudah diganti oleh petugas Dinas Perhubungan pada hari Senin.";
    let steps: [(&reqwest::Client, &[(&str, &str)]); 7] = [
        (
            &desk,
            &[
                ("aksi", "verify"),
                ("status", "submitted"),
                ("visibility", "public"),
            ],
        ),
        (
            &desk,
            &[
                ("aksi", "dispatch"),
                ("status", "verified"),
                ("agency", "dishub"),
            ],
        ),
        (
            &dishub,
            &[
                ("aksi", "return_dispatch"),
                ("status", "dispatched"),
                ("reason", "Bukan kewenangan kami, mohon cek ulang."),
            ],
        ),
        (
            &desk,
            &[
                ("aksi", "dispatch"),
                ("status", "verified"),
                ("agency", "dishub"),
            ],
        ),
        (
            &dishub,
            &[("aksi", "accept_dispatch"), ("status", "dispatched")],
        ),
        (
            &dishub,
            &[
                ("aksi", "propose_resolution"),
                ("status", "in_progress"),
                ("answer", answer),
            ],
        ),
        (
            &desk,
            &[
                ("aksi", "send_back"),
                ("status", "resolution_proposed"),
                ("reason", "Lampirkan tanggal penggantian lampu."),
            ],
        ),
    ];
    for (client, form) in steps {
        let (status, _, body) = act(&app, client, &code, form).await;
        assert_eq!(status, 303, "{form:?}: {body}");
    }
    let (_, report) = get(&app, &desk, "/petugas/laporan").await;
    let row = report
        .split("Dinas Perhubungan</th>")
        .nth(1)
        .and_then(|rest| rest.split("</tr>").next())
        .unwrap_or_else(|| panic!("a line for the agency: {report}"));
    let cells: Vec<&str> = row
        .split("<td>")
        .skip(1)
        .map(|cell| cell.split('<').next().unwrap())
        .collect();
    assert_eq!(
        cells,
        ["2", "1", "1", "0", "0"],
        "dispatched, returned, sent back, recalled, reminded"
    );

    let (_, page) = get(&app, &dishub, "/petugas/laporan").await;
    assert!(
        !page.contains(r#"data-testid="bounces""#),
        "the main desk's report only"
    );
}

/// Posts the record form (`multipart/form-data`) as the complaint page does.
async fn add_record(
    app: &TestApp,
    client: &reqwest::Client,
    code: &str,
    form: reqwest::multipart::Form,
) -> Posted {
    let response = client
        .post(format!("{}/petugas/aduan/{code}/catatan", app.address))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|value| value.to_str().unwrap().to_owned());
    (status, location, response.text().await.unwrap())
}

fn field_report(status: &str, visited_on: &str, with_photo: bool) -> reqwest::multipart::Form {
    let form = reqwest::multipart::Form::new()
        .text("jenis", "field_report")
        .text("status", status.to_owned())
        .text("tanggal", visited_on.to_owned())
        .text("petugas", "Andi (Dishub), Rina (Kelurahan Sumbergedong)")
        .text(
            "temuan",
            "Tiang lampu nomor 14 miring, kabel putus sepanjang 20 meter.",
        );
    if with_photo {
        form.part(
            "foto",
            reqwest::multipart::Part::bytes(crate::file_complaint::PHOTO)
                .file_name("lapangan.png")
                .mime_str("image/png")
                .unwrap(),
        )
    } else {
        form
    }
}

fn disposition(status: &str, note: &str) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new()
        .text("jenis", "disposition")
        .text("status", status.to_owned())
        .text("catatan", note.to_owned())
}

#[tokio::test]
async fn the_agency_adds_internal_notes_and_a_field_report_the_reporter_never_sees() {
    let app = TestApp::spawn().await;
    let code = file(&app).await;
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let head = signed_in(
        &app,
        &app.officer("kepala", "agency_head", Some("dishub")).await,
    )
    .await;
    let liaison = signed_in(
        &app,
        &app.officer("penghubung", "liaison", Some("dishub")).await,
    )
    .await;
    let desk = signed_in(&app, &app.officer("meja", "main_desk", None).await).await;
    let page = format!("/petugas/aduan/{code}");

    // The head instructs the liaison while the dispatch waits; the main desk may not write one.
    let instruction = "Mohon segera cek lokasi bersama kelurahan dan laporkan hari ini.";
    let (_, location, _) =
        add_record(&app, &head, &code, disposition("dispatched", instruction)).await;
    assert_eq!(location.unwrap(), format!("{page}?selesai=disposition"));
    let (status, _, body) =
        add_record(&app, &desk, &code, disposition("dispatched", instruction)).await;
    assert_eq!(status, 409);
    assert!(body.contains("tidak dapat ditambahkan"), "{body}");

    // A field report needs the complaint accepted first.
    let (status, _, _) = add_record(
        &app,
        &liaison,
        &code,
        field_report("dispatched", "2026-11-20", true),
    )
    .await;
    assert_eq!(status, 409);
    act(
        &app,
        &liaison,
        &code,
        &[("aksi", "accept_dispatch"), ("status", "dispatched")],
    )
    .await;

    // A visit tomorrow and a report without photos are refused by name.
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(2))
        .format("%Y-%m-%d")
        .to_string();
    let (status, _, body) = add_record(
        &app,
        &liaison,
        &code,
        field_report("in_progress", &tomorrow, false),
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        body.contains("Tanggal kunjungan tidak boleh setelah hari ini."),
        "{body}"
    );
    assert!(body.contains("minimal 1 foto"), "{body}");
    // The page is stale if the status it showed has changed.
    let (_, location, _) = add_record(
        &app,
        &liaison,
        &code,
        field_report("dispatched", "2026-11-20", true),
    )
    .await;
    assert_eq!(location.unwrap(), format!("{page}?galat=berubah"));

    let (_, location, _) = add_record(
        &app,
        &liaison,
        &code,
        field_report("in_progress", "2026-11-20", true),
    )
    .await;
    assert_eq!(location.unwrap(), format!("{page}?selesai=field_report"));

    let (_, desk_page) = get(&app, &liaison, &page).await;
    let timeline = desk_page
        .split(r#"data-testid="desk-timeline""#)
        .nth(1)
        .unwrap();
    assert!(timeline.contains(instruction), "{timeline}");
    assert!(
        timeline.contains(r#"data-testid="field-report""#),
        "{timeline}"
    );
    assert!(timeline.contains("20-11-2026"), "{timeline}");
    assert!(
        timeline.contains("Tiang lampu nomor 14 miring"),
        "{timeline}"
    );
    assert!(
        timeline.contains(&format!("/petugas/aduan/{code}/foto/1")),
        "the report's photo: {timeline}"
    );
    let (status, _) = get(&app, &liaison, &format!("/petugas/aduan/{code}/foto/1")).await;
    assert_eq!(status, 200);

    // The status did not move, and the reporter sees neither the note nor the report.
    let db = app.database().await;
    let status: String = sqlx::query_scalar("SELECT status FROM complaints")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(status, "in_progress");
    let (_, tracking) = app.get(&format!("/lacak/{code}")).await;
    assert!(
        tracking.contains("Berita acara verifikasi lapangan"),
        "{tracking}"
    );
    assert!(!tracking.contains(instruction), "{tracking}");
    assert!(!tracking.contains("Nota dinas"), "{tracking}");
    let (status, _) = app.get(&format!("/lacak/{code}/foto/1")).await;
    assert_eq!(
        status, 404,
        "the field report's photo stays with the officers"
    );
    assert!(!tracking.contains("Tiang lampu nomor 14"), "{tracking}");
}

#[tokio::test]
async fn the_main_desk_enters_a_whatsapp_complaint_and_nobody_else_can_claim_a_channel() {
    let (gateway, received) = crate::helpers::capturing_gateway().await;
    let app = TestApp::spawn_with(crate::helpers::Options {
        webhook_url: Some(gateway),
        ..Default::default()
    })
    .await;
    let by_whatsapp = || {
        complete_form()
            .text("channel", "whatsapp")
            .text("topic", "Lampu jalan")
    };
    let file_as = |client: reqwest::Client| {
        let address = app.address.clone();
        async move {
            client
                .post(format!("{address}/lapor"))
                .multipart(by_whatsapp())
                .send()
                .await
                .unwrap()
        }
    };

    // A citizen's browser, and an agency's officer, cannot claim another channel.
    let response = file_as(browser()).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("Kanal pengaduan"));
    let agency = signed_in(
        &app,
        &app.officer("dinas", "agency_admin", Some("dishub")).await,
    )
    .await;
    assert_eq!(file_as(agency).await.status(), 422);

    let desk = signed_in(&app, &app.officer("meja", "main_desk", None).await).await;
    let (_, page) = get(&app, &desk, "/petugas/lapor").await;
    assert!(page.contains("Input aduan dari kanal lain"), "{page}");
    assert!(
        page.contains(r#"value="whatsapp""#),
        "the channel choice: {page}"
    );
    let code = receipt_code(&file_as(desk.clone()).await);

    let db = app.database().await;
    let (channel, actor, officer): (String, String, Option<i64>) = sqlx::query_as(
        "SELECT c.channel, e.actor_role, e.officer_id FROM complaints c \
         JOIN complaint_events e ON e.complaint_id = c.id WHERE c.tracking_code = $1",
    )
    .bind(&code)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(
        (channel.as_str(), actor.as_str()),
        ("whatsapp", "main_desk")
    );
    assert!(officer.is_some(), "the officer who entered it is recorded");
    // The acknowledgement goes back through WhatsApp (the gateway), to the reporter's number.
    let (transport, recipient, body, sealed): (String, String, String, Option<Vec<u8>>) =
        sqlx::query_as("SELECT transport, recipient, body, sealed_secret FROM outbox")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(
        (transport.as_str(), recipient.as_str()),
        ("webhook", "+6281234567890")
    );
    // The message carries the code and PIN (the reporter never saw the receipt); the officer's
    // browser gets the receipt with the same PIN to read out.
    let (_, receipt) = get(&app, &desk, &format!("/lapor/terkirim/{code}")).await;
    let pin = receipt
        .split(r#"data-testid="pin""#)
        .nth(1)
        .and_then(|rest| rest.split_once('>'))
        .and_then(|(_, rest)| rest.get(..app::personal_data::PIN_DIGITS))
        .expect("the receipt shows the PIN");
    // The outbox keeps the PIN sealed beside a placeholder, never in the text.
    assert!(!body.contains(pin), "{body}");
    assert!(body.contains("PIN: [[RAHASIA]]"), "{body}");
    assert!(sealed.is_some());
    // Sent, the message carries it; then the outbox holds it no longer.
    let round = app::services::scheduler::run_once(&app.state, chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(round.delivered, 1);
    let sent = received.lock().unwrap().clone();
    assert_eq!(sent.len(), 1);
    let sent: serde_json::Value = serde_json::from_str(&sent[0]).unwrap();
    assert!(
        sent["text"]
            .as_str()
            .unwrap()
            .contains(&format!("Kode lacak: {code}\nPIN: {pin}")),
        "{sent}"
    );
    let (body, sealed): (String, Option<Vec<u8>>) =
        sqlx::query_as("SELECT body, sealed_secret FROM outbox")
            .fetch_one(&db)
            .await
            .unwrap();
    assert!(!body.contains(pin) && sealed.is_none(), "{body}");
}

#[tokio::test]
async fn a_duplicate_closes_links_both_ways_and_its_reporter_follows_the_original() {
    let app = TestApp::spawn().await;
    let original = file(&app).await;
    let duplicate = receipt_code(
        &app.post_form("/lapor", complete_form().text("phone", "0813 1111 2222"))
            .await,
    );
    let third = file(&app).await;
    let desk = signed_in(&app, &app.officer("meja", "main_desk", None).await).await;
    let mark = |code: String, original: String| {
        let desk = desk.clone();
        let app = &app;
        async move {
            act(
                app,
                &desk,
                &code,
                &[
                    ("aksi", "mark_duplicate"),
                    ("status", "submitted"),
                    ("original", original.as_str()),
                    ("reason", "Lokasi dan masalahnya sama dengan aduan itu."),
                    ("confirmed", "1"),
                ],
            )
            .await
        }
    };

    // An unknown code, a mistyped one and the complaint itself are refused with the reason.
    let (status, _, body) = mark(duplicate.clone(), "ADU-2222-2222".into()).await;
    assert_eq!(status, 422);
    assert!(
        body.contains("Kode aduan yang sama") || body.contains("Tidak ada aduan lain"),
        "{body}"
    );
    let (status, _, body) = mark(duplicate.clone(), duplicate.clone()).await;
    assert_eq!(status, 422);
    assert!(
        body.contains("Tidak ada aduan lain dengan kode lacak itu."),
        "{body}"
    );

    let (_, location, _) = mark(duplicate.clone(), original.to_lowercase()).await;
    assert_eq!(
        location.unwrap(),
        format!("/petugas/aduan/{duplicate}?selesai=mark_duplicate")
    );
    // A duplicate of a duplicate is merged into the first original.
    mark(third.clone(), duplicate.clone()).await;

    let db = app.database().await;
    let merged: Vec<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT c.tracking_code, c.status, o.tracking_code FROM complaints c \
         LEFT JOIN complaints o ON o.id = c.duplicate_of ORDER BY c.id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    assert_eq!(
        merged,
        vec![
            (original.clone(), "submitted".into(), None),
            (
                duplicate.clone(),
                "closed_duplicate".into(),
                Some(original.clone())
            ),
            (
                third.clone(),
                "closed_duplicate".into(),
                Some(original.clone())
            ),
        ]
    );
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{original}")).await;
    let listed = page.split(r#"data-testid="duplicates""#).nth(1).unwrap();
    assert!(
        listed.contains(&duplicate) && listed.contains(&third),
        "{page}"
    );
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{duplicate}")).await;
    assert!(page.contains(r#"data-testid="duplicate-of""#), "{page}");

    // The duplicate's reporter is told, and hears when the original moves on.
    let recipient = "+6281311112222";
    let told: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE recipient = $1")
        .bind(recipient)
        .fetch_one(&db)
        .await
        .unwrap();
    app.verify_and_dispatch(&original, chrono::Utc::now()).await;
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE recipient = $1")
        .bind(recipient)
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(
        after,
        told + 1,
        "the dispatch of the original reaches the duplicate's reporter"
    );
    let (_, tracking) = get(&app, &app.client, &format!("/lacak/{duplicate}")).await;
    assert!(
        tracking.contains("Digabung dengan aduan yang sama"),
        "{tracking}"
    );
    assert!(
        tracking.contains(&original),
        "the original's code is on the timeline"
    );
}

#[tokio::test]
async fn an_answers_photos_reach_the_reporter_only_once_the_main_desk_validates_it() {
    let app = TestApp::spawn().await;
    let code = file(&app).await;
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let agency = signed_in(
        &app,
        &app.officer("dinas", "agency_admin", Some("dishub")).await,
    )
    .await;
    let desk = signed_in(&app, &app.officer("meja", "main_desk", None).await).await;
    act(
        &app,
        &agency,
        &code,
        &[("aksi", "accept_dispatch"), ("status", "dispatched")],
    )
    .await;
    let answer_with_photo = |text: &str| {
        reqwest::multipart::Form::new()
            .text("aksi", "propose_resolution")
            .text("status", "in_progress")
            .text("answer", text.to_owned())
            .part(
                "foto",
                reqwest::multipart::Part::bytes(crate::file_complaint::PHOTO)
                    .file_name("sesudah.png")
                    .mime_str("image/png")
                    .unwrap(),
            )
    };
    let propose = |form: reqwest::multipart::Form| {
        agency
            .post(format!("{}/petugas/aduan/{code}/tindakan", app.address))
            .multipart(form)
            .send()
    };
    let response = propose(answer_with_photo(
        "Lampu sudah kami periksa dan akan diganti minggu ini.",
    ))
    .await
    .unwrap();
    assert_eq!(response.status(), 303);
    act(
        &app,
        &desk,
        &code,
        &[
            ("aksi", "send_back"),
            ("status", "resolution_proposed"),
            ("reason", "Lampirkan foto sesudah penggantian."),
        ],
    )
    .await;
    propose(answer_with_photo(
        "Lampu sudah diganti pada hari Senin dan menyala kembali.",
    ))
    .await
    .unwrap();
    act(
        &app,
        &desk,
        &code,
        &[("aksi", "validate"), ("status", "resolution_proposed")],
    )
    .await;

    // Positions: 0 filed, 1 with the answer sent back, 2 with the validated answer.
    let (_, page) = app.get(&format!("/lacak/{code}")).await;
    let timeline = page.split(r#"data-testid="timeline""#).nth(1).unwrap();
    assert!(
        timeline.contains(&format!("/lacak/{code}/foto/2")),
        "{timeline}"
    );
    assert!(
        !timeline.contains(&format!("/lacak/{code}/foto/1")),
        "{timeline}"
    );
    let (status, _) = app.get(&format!("/lacak/{code}/foto/2")).await;
    assert_eq!(status, 200);
    let (status, _) = app.get(&format!("/lacak/{code}/foto/1")).await;
    assert_eq!(
        status, 404,
        "the answer sent back stays internal, photo included"
    );
    // Officers see both.
    let (status, _) = get(&app, &desk, &format!("/petugas/aduan/{code}/foto/1")).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn the_queue_narrows_by_category_agency_channel_and_filing_date() {
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, &app.officer("budi", "main_desk", None).await).await;
    let lamp = receipt_code(
        &app.post_form("/lapor", complete_form().text("category", "penerangan"))
            .await,
    );
    let waste = receipt_code(
        &app.post_form("/lapor", complete_form().text("category", "sampah"))
            .await,
    );
    let by_whatsapp = receipt_code(
        &desk
            .post(format!("{}/lapor", app.address))
            .multipart(
                complete_form()
                    .text("channel", "whatsapp")
                    .text("topic", "Lampu jalan"),
            )
            .send()
            .await
            .unwrap(),
    );
    app.verify_and_dispatch(&lamp, chrono::Utc::now()).await;

    let shows = |page: &str| {
        [&lamp, &waste, &by_whatsapp]
            .into_iter()
            .map(|code| page.contains(code.as_str()))
            .collect::<Vec<_>>()
    };
    let (_, page) = get(&app, &desk, "/petugas?kategori=sampah").await;
    assert_eq!(shows(&page), [false, true, false]);
    // The category by its name, on the queue and on the complaint's page.
    assert!(!page.contains(">sampah<"), "{page}");
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{lamp}")).await;
    assert!(
        page.contains(r#"data-testid="desk-category">Penerangan jalan umum<"#),
        "{page}"
    );
    let (_, page) = get(&app, &desk, "/petugas?kanal=whatsapp").await;
    assert_eq!(shows(&page), [false, false, true]);
    let (_, page) = get(&app, &desk, "/petugas?opd=dishub").await;
    assert_eq!(shows(&page), [true, false, false]);
    let today = chrono::Utc::now()
        .with_timezone(&app.state.utc_offset)
        .date_naive();
    let (_, page) = get(
        &app,
        &desk,
        &format!("/petugas?dari={today}&sampai={today}"),
    )
    .await;
    assert_eq!(shows(&page), [true, true, true]);
    let tomorrow = today.succ_opt().unwrap();
    let (_, page) = get(&app, &desk, &format!("/petugas?dari={tomorrow}")).await;
    assert_eq!(shows(&page), [false, false, false]);

    // An agency's officer sees only its own, whatever agency the address names.
    let agency = signed_in(
        &app,
        &app.officer("lain", "agency_admin", Some("dlh")).await,
    )
    .await;
    let (_, page) = get(&app, &agency, "/petugas?opd=dishub").await;
    assert_eq!(shows(&page), [false, false, false]);
}

/// An officer's step as the test tries it: the action, the status it starts from, its form
/// fields and the roles that may take it.
type Step<'a> = (&'a str, &'a str, Vec<(&'a str, &'a str)>, &'a [&'a str]);

/// Moves a new complaint, entered by the main desk's `desk` browser (no public rate limit), to
/// `status` through the machine, as the roles in charge would.
async fn complaint_in(app: &TestApp, desk: &reqwest::Client, status: &str) -> String {
    use app::domain::status::{Action, AnswerText, Role};
    let code = receipt_code(
        &desk
            .post(format!("{}/lapor", app.address))
            .multipart(complete_form())
            .send()
            .await
            .unwrap(),
    );
    let now = chrono::Utc::now();
    if status == "submitted" {
        return code;
    }
    app.act_as(
        &code,
        &Action::Verify {
            visibility: app::domain::complaint::Visibility::Public,
        },
        Role::MainDesk,
        now,
    )
    .await;
    if status == "verified" {
        return code;
    }
    app.act_as(
        &code,
        &Action::Dispatch {
            agency: app::domain::complaint::AgencyCode::parse("dishub").unwrap(),
            note: None,
        },
        Role::MainDesk,
        now,
    )
    .await;
    if status == "dispatched" {
        return code;
    }
    app.act_as(&code, &Action::AcceptDispatch, Role::AgencyAdmin, now)
        .await;
    if status == "in_progress" {
        return code;
    }
    let answer = Action::ProposeResolution {
        answer: AnswerText::parse("Lampu sudah diganti dan menyala kembali.").unwrap(),
    };
    app.act_as(&code, &answer, Role::AgencyAdmin, now).await;
    if status == "awaiting_approval" {
        return code;
    }
    if app.state.sop.get().head_approval {
        app.act_as(&code, &Action::Approve, Role::AgencyHead, now)
            .await;
    }
    assert_eq!(status, "resolution_proposed");
    code
}

#[tokio::test]
async fn every_officers_step_is_taken_by_its_roles_and_refused_to_every_other() {
    let app = TestApp::spawn().await;
    // The profile with every step: the head's approval and the main desk's validation.
    app.state.sop.set(app::domain::sop::trenggalek());
    let other = file(&app).await;
    let roles = [
        ("meja", "main_desk", None),
        ("admin-opd", "agency_admin", Some("dishub")),
        ("penghubung", "liaison", Some("dishub")),
        ("kepala", "agency_head", Some("dishub")),
        ("sistem", "system_admin", None),
    ];
    let mut browsers = Vec::new();
    for (username, role, agency) in roles {
        browsers.push((
            role,
            signed_in(&app, &app.officer(username, role, agency).await).await,
        ));
    }
    let steps: [Step; 12] = [
        (
            "verify",
            "submitted",
            vec![("visibility", "public")],
            &["main_desk"],
        ),
        (
            "return_to_reporter",
            "submitted",
            vec![("reason", "Lokasi belum jelas, mohon dilengkapi.")],
            &["main_desk"],
        ),
        (
            "escalate",
            "submitted",
            vec![
                ("ticket", "#1234567"),
                ("reason", "Di luar kewenangan pemerintah kabupaten."),
                ("confirmed", "1"),
            ],
            &["main_desk"],
        ),
        (
            "mark_duplicate",
            "submitted",
            vec![
                ("original", other.as_str()),
                ("reason", "Lokasi dan masalahnya sama dengan aduan itu."),
                ("confirmed", "1"),
            ],
            &["main_desk"],
        ),
        (
            "dispatch",
            "verified",
            vec![("agency", "dishub")],
            &["main_desk"],
        ),
        (
            "accept_dispatch",
            "dispatched",
            vec![],
            &["agency_admin", "liaison"],
        ),
        (
            "return_dispatch",
            "dispatched",
            vec![("reason", "Bukan kewenangan dinas kami.")],
            &["agency_admin", "liaison"],
        ),
        (
            "propose_resolution",
            "in_progress",
            vec![("answer", "Lampu sudah diganti pada hari Senin dan menyala.")],
            &["agency_admin", "liaison"],
        ),
        ("approve", "awaiting_approval", vec![], &["agency_head"]),
        (
            "return_draft",
            "awaiting_approval",
            vec![("reason", "Sebutkan tanggal penggantian lampu.")],
            &["agency_head"],
        ),
        ("validate", "resolution_proposed", vec![], &["main_desk"]),
        (
            "send_back",
            "resolution_proposed",
            vec![("reason", "Lampirkan foto sesudah perbaikan.")],
            &["main_desk"],
        ),
    ];
    for (action, from, fields, allowed) in &steps {
        for (role, client) in &browsers {
            let code = complaint_in(&app, &browsers[0].1, from).await;
            let mut form = vec![("aksi", *action), ("status", *from)];
            form.extend(fields.iter().copied());
            let (status, location, _) = act(&app, client, &code, &form).await;
            let with_agency = !matches!(*from, "submitted" | "verified");
            let expected = if allowed.contains(role) {
                303
            } else if *role == "system_admin" {
                403
            } else if role.starts_with("agency") || *role == "liaison" {
                // An agency sees a complaint only once it is dispatched to it.
                if with_agency { 409 } else { 404 }
            } else {
                409
            };
            assert_eq!(status, expected, "{action} from {from} by {role}");
            if expected == 303 {
                assert_eq!(
                    location.unwrap(),
                    format!("/petugas/aduan/{code}?selesai={action}"),
                    "{action} by {role}"
                );
            }
        }
    }
}

#[tokio::test]
async fn a_dispatch_may_carry_a_note_for_the_agency_that_the_reporter_never_reads() {
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, &app.officer("meja", "main_desk", None).await).await;
    let agency = signed_in(
        &app,
        &app.officer("dinas", "agency_admin", Some("dishub")).await,
    )
    .await;
    let code = file(&app).await;
    act(
        &app,
        &desk,
        &code,
        &[
            ("aksi", "verify"),
            ("status", "submitted"),
            ("visibility", "public"),
        ],
    )
    .await;
    let (status, _, body) = act(
        &app,
        &desk,
        &code,
        &[
            ("aksi", "dispatch"),
            ("status", "verified"),
            ("agency", "dishub"),
            ("note", "ya"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Catatan untuk perangkat daerah"), "{body}");
    let note = "Mohon dicek bersama kelurahan, sudah tiga kali dilaporkan.";
    let (_, location, _) = act(
        &app,
        &desk,
        &code,
        &[
            ("aksi", "dispatch"),
            ("status", "verified"),
            ("agency", "dishub"),
            ("note", note),
        ],
    )
    .await;
    assert_eq!(
        location.unwrap(),
        format!("/petugas/aduan/{code}?selesai=dispatch")
    );
    let (_, page) = get(&app, &agency, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains(note), "the agency reads it: {page}");
    let (_, tracking) = app.get(&format!("/lacak/{code}")).await;
    assert!(
        !tracking.contains(note),
        "the reporter does not: {tracking}"
    );
}

/// Two officers act on one complaint at the same moment (the same page, the same status): one
/// wins, the other is sent back to the page, told someone acted first, and the step is recorded once; on either backend.
#[tokio::test]
async fn two_officers_acting_at_once_one_wins_and_the_other_gets_a_conflict() {
    let app = TestApp::spawn().await;
    let first = signed_in(&app, &app.officer("budi", "main_desk", None).await).await;
    let second = signed_in(&app, &app.officer("ani", "main_desk", None).await).await;
    let verify = [
        ("aksi", "verify"),
        ("status", "submitted"),
        ("visibility", "public"),
    ];
    for _ in 0..5 {
        // A fresh complaint each time, both posts in flight together.
        let code = app.file_from(&first, complete_form()).await;
        let (one, two) = tokio::join!(
            act(&app, &first, &code, &verify),
            act(&app, &second, &code, &verify)
        );
        // The loser is sent back to the page, which says someone acted first.
        let mut outcomes: Vec<String> = [one, two]
            .into_iter()
            .map(|(status, location, _)| {
                assert_eq!(status, 303);
                location.unwrap().rsplit('?').next().unwrap().to_owned()
            })
            .collect();
        outcomes.sort();
        assert_eq!(
            outcomes,
            [
                format!("galat={}", app::site::desk_problem::STALE),
                "selesai=verify".to_owned()
            ],
            "one wins, the other is told it came second"
        );
        let db = app.database().await;
        let verified: i64 = sqlx::query_scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM complaint_events e \
             JOIN complaints c ON c.id = e.complaint_id \
             WHERE c.tracking_code = $1 AND e.action = 'verify'",
        )
        .bind(&code)
        .fetch_one(&db)
        .await
        .unwrap();
        assert_eq!(verified, 1, "the step is recorded once");
    }
}

/// Whether `client` may open complaint `code` on the desk: its page, and its first photo.
async fn sees(app: &TestApp, client: &reqwest::Client, code: &str) -> bool {
    let (_, page) = get(app, client, &format!("/petugas/aduan/{code}")).await;
    let (photo, _) = get(app, client, &format!("/petugas/aduan/{code}/foto/0")).await;
    let (_, queue) = get(app, client, "/petugas").await;
    let page_shows = !page.contains("Aduan tidak ditemukan.") && page.contains("Lampu jalan mati");
    assert_eq!(
        page_shows,
        photo == 200,
        "the page and the photo agree for {code}"
    );
    if !page_shows {
        assert!(!queue.contains(code), "listed though not visible: {code}");
    }
    page_shows
}

#[tokio::test]
async fn an_agency_sees_a_complaint_only_once_dispatched_to_it_whatever_the_reporter_named() {
    use app::domain::status::{Action, Role};
    let app = TestApp::spawn().await;
    let desk_officer = app.officer("meja", "main_desk", None).await;
    let desk = signed_in(&app, &desk_officer).await;
    let mut dishub = Vec::new();
    for (username, role) in [
        ("admin-opd", "agency_admin"),
        ("penghubung", "liaison"),
        ("kepala", "agency_head"),
    ] {
        dishub.push(signed_in(&app, &app.officer(username, role, Some("dishub")).await).await);
    }
    let dlh = signed_in(
        &app,
        &app.officer("admin-dlh", "agency_admin", Some("dlh")).await,
    )
    .await;
    let system = signed_in(&app, &app.officer("sistem", "system_admin", None).await).await;
    // Every complaint here names the transport agency, as a reporter may.
    let file_naming_dishub = || async {
        receipt_code(
            &desk
                .post(format!("{}/lapor", app.address))
                .multipart(complete_form().text("agency", "dishub"))
                .send()
                .await
                .unwrap(),
        )
    };
    let original = file_naming_dishub().await;
    let now = chrono::Utc::now();

    // Before any dispatch, in every status a complaint can have then: no agency role sees it.
    let mut undispatched = Vec::new();
    for (status, fields) in [
        ("submitted", vec![]),
        (
            "verified",
            vec![("aksi", "verify"), ("visibility", "confidential")],
        ),
        (
            "escalated",
            vec![
                ("aksi", "escalate"),
                ("ticket", "#7654321"),
                ("reason", "Di luar kewenangan pemerintah kabupaten."),
                ("confirmed", "1"),
            ],
        ),
        (
            "closed_duplicate",
            vec![
                ("aksi", "mark_duplicate"),
                ("original", original.as_str()),
                ("reason", "Lokasi dan masalahnya sama dengan aduan itu."),
                ("confirmed", "1"),
            ],
        ),
        (
            "returned_to_reporter",
            vec![
                ("aksi", "return_to_reporter"),
                ("reason", "Lokasi belum jelas, mohon dilengkapi."),
            ],
        ),
        ("closed_withdrawn", vec![]),
    ] {
        let code = file_naming_dishub().await;
        if !fields.is_empty() {
            let mut form = fields.clone();
            form.push(("status", "submitted"));
            let (posted, _, body) = act(&app, &desk, &code, &form).await;
            assert_eq!(posted, 303, "{status}: {body}");
        }
        if status == "closed_withdrawn" {
            app.act_as(
                &code,
                &Action::Withdraw { reason: None },
                Role::Reporter,
                now,
            )
            .await;
        }
        undispatched.push((status, code));
    }
    for (status, code) in &undispatched {
        assert!(sees(&app, &desk, code).await, "the main desk sees {status}");
        for (n, agency) in dishub.iter().enumerate() {
            assert!(
                !sees(&app, agency, code).await,
                "dishub role {n} does not see a {status} complaint it was never sent"
            );
        }
        assert!(!sees(&app, &system, code).await, "{status}");
    }

    // Dispatched to it: every dishub role sees it, another agency does not.
    let code = file_naming_dishub().await;
    for fields in [
        vec![
            ("aksi", "verify"),
            ("status", "submitted"),
            ("visibility", "public"),
        ],
        vec![
            ("aksi", "dispatch"),
            ("status", "verified"),
            ("agency", "dishub"),
        ],
    ] {
        assert_eq!(act(&app, &desk, &code, &fields).await.0, 303);
    }
    for agency in &dishub {
        assert!(sees(&app, agency, &code).await);
    }
    assert!(!sees(&app, &dlh, &code).await);

    // Returned as not its business: no longer dishub's to see. Sent on to another agency: that
    // one sees it now.
    let (returned, _, body) = act(
        &app,
        &dishub[0],
        &code,
        &[
            ("aksi", "return_dispatch"),
            ("status", "dispatched"),
            ("reason", "Bukan kewenangan dinas kami."),
        ],
    )
    .await;
    assert_eq!(returned, 303, "{body}");
    for agency in &dishub {
        assert!(!sees(&app, agency, &code).await);
    }
    let (redispatched, _, body) = act(
        &app,
        &desk,
        &code,
        &[
            ("aksi", "dispatch"),
            ("status", "verified"),
            ("agency", "dlh"),
        ],
    )
    .await;
    assert_eq!(redispatched, 303, "{body}");
    assert!(sees(&app, &dlh, &code).await);
    assert!(!sees(&app, &dishub[0], &code).await);

    // Answered and closed, the agency that answered keeps seeing what it worked on.
    let now = chrono::Utc::now();
    app.act_as(&code, &Action::AcceptDispatch, Role::AgencyAdmin, now)
        .await;
    let answer = Action::ProposeResolution {
        answer: app::domain::status::AnswerText::parse("Lampu sudah diganti dan menyala.").unwrap(),
    };
    app.act_as(&code, &answer, Role::AgencyAdmin, now).await;
    app.act_as(&code, &Action::Validate, Role::MainDesk, now)
        .await;
    app.act_as(&code, &Action::Confirm, Role::Reporter, now)
        .await;
    assert!(sees(&app, &dlh, &code).await);
    assert!(!sees(&app, &dishub[0], &code).await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_authenticator_code_logs_in_once_even_from_two_logins_at_once() {
    let app = TestApp::spawn().await;
    let officer = app.officer("budi", "main_desk", None).await;
    for _ in 0..5 {
        // The same code twice at once.
        let now = u64::try_from(chrono::Utc::now().timestamp()).unwrap();
        let code = app::auth::totp::code_at(&officer.secret, now);
        let (one, two) = (browser(), browser());
        let (first, second) = tokio::join!(
            app.log_in_with(&one, &officer, PASSWORD, &code),
            app.log_in_with(&two, &officer, PASSWORD, &code),
        );
        let opened = [&first, &second]
            .iter()
            .filter(|location| location.as_str() == "/petugas")
            .count();
        assert!(opened <= 1, "{first} and {second}");
        if opened == 1 {
            return;
        }
        // Both refused: the step turned between the code and the check; try in the next one.
        let wait = 30 - now % 30 + 1;
        tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
    }
    panic!("the right code never logged in");
}

#[tokio::test]
async fn the_main_desk_records_the_reporters_steps_for_them_and_a_step_from_the_wrong_status_is_a_conflict()
 {
    use app::domain::status::{Action, Role};
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, &app.officer("meja", "main_desk", None).await).await;
    let status_of = |code: String| {
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

    // A reporter who came by telephone confirms the answer through the desk.
    let answered = complaint_in(&app, &desk, "resolution_proposed").await;
    app.act_as(
        &answered,
        &Action::Validate,
        Role::MainDesk,
        chrono::Utc::now(),
    )
    .await;
    let (status, _, body) = act(
        &app,
        &desk,
        &answered,
        &[("aksi", "confirm"), ("status", "awaiting_reporter")],
    )
    .await;
    assert_eq!(status, 303, "{body}");
    assert_eq!(status_of(answered.clone()).await, "closed_confirmed");

    // Another rejects it with a reason: it reopens at the agency.
    let rejected = complaint_in(&app, &desk, "resolution_proposed").await;
    app.act_as(
        &rejected,
        &Action::Validate,
        Role::MainDesk,
        chrono::Utc::now(),
    )
    .await;
    let (status, _, _) = act(
        &app,
        &desk,
        &rejected,
        &[
            ("aksi", "reject"),
            ("status", "awaiting_reporter"),
            ("reason", "Lampu masih mati sampai malam ini."),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(status_of(rejected).await, "in_progress");

    // And one withdraws a new complaint.
    let withdrawn = complaint_in(&app, &desk, "submitted").await;
    let (status, _, _) = act(
        &app,
        &desk,
        &withdrawn,
        &[("aksi", "withdraw"), ("status", "submitted")],
    )
    .await;
    assert_eq!(
        status, 422,
        "a withdrawal on the reporter's behalf says why, and means it"
    );
    assert_eq!(status_of(withdrawn.clone()).await, "submitted");
    let (status, _, _) = act(
        &app,
        &desk,
        &withdrawn,
        &[
            ("aksi", "withdraw"),
            ("status", "submitted"),
            (
                "reason",
                "Pelapor meminta lewat telepon agar aduan dicabut.",
            ),
        ],
    )
    .await;
    assert_eq!(status, 422, "no tick: nothing changes");
    assert_eq!(status_of(withdrawn.clone()).await, "submitted");
    let (status, _, _) = act(
        &app,
        &desk,
        &withdrawn,
        &[
            ("aksi", "withdraw"),
            ("status", "submitted"),
            (
                "reason",
                "Pelapor meminta lewat telepon agar aduan dicabut.",
            ),
            ("confirmed", "1"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert_eq!(status_of(withdrawn.clone()).await, "closed_withdrawn");
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{withdrawn}")).await;
    assert!(
        page.contains("Pelapor meminta lewat telepon agar aduan dicabut."),
        "the reason is in the timeline"
    );

    // A step the status does not offer: a conflict, and nothing changes.
    let fresh = complaint_in(&app, &desk, "submitted").await;
    let (status, _, body) = act(
        &app,
        &desk,
        &fresh,
        &[("aksi", "validate"), ("status", "submitted")],
    )
    .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(status_of(fresh).await, "submitted");
}

#[tokio::test]
async fn one_network_trying_many_accounts_is_slowed_and_others_are_not() {
    use app::auth::throttle::LOGIN_LIMIT_PER_NETWORK;
    let app = TestApp::spawn().await;
    let officer = app.officer("budi", "main_desk", None).await;
    let sprayer = browser_at(40);
    for n in 0..LOGIN_LIMIT_PER_NETWORK.max {
        let stranger = Officer {
            username: format!("tebakan{n}"),
            ..officer.clone()
        };
        let location = app
            .log_in_with(&sprayer, &stranger, "tebakan-sandi-123", "123456")
            .await;
        assert!(location.ends_with("galat=salah"), "{location}");
    }
    assert_eq!(
        app.log_in(&sprayer, &officer).await,
        "/petugas/masuk?galat=batas",
        "the sprayer's network waits, whatever account it names"
    );
    assert_eq!(app.log_in(&browser_at(41), &officer).await, "/petugas");
}

#[tokio::test]
async fn the_desk_timeline_names_the_officer_in_peoples_words_and_the_reporter_never_sees_the_name()
{
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, &app.officer("budi", "main_desk", None).await).await;
    let code = file(&app).await;
    for fields in [
        vec![
            ("aksi", "verify"),
            ("status", "submitted"),
            ("visibility", "public"),
        ],
        vec![
            ("aksi", "dispatch"),
            ("status", "verified"),
            ("agency", "dishub"),
        ],
    ] {
        assert_eq!(act(&app, &desk, &code, &fields).await.0, 303);
    }
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    let timeline = &page[page.find("data-testid=\"desk-timeline\"").unwrap()..];
    assert!(
        timeline.contains("Petugas budi (Admin Utama)"),
        "who acted, by name: {timeline}"
    );
    assert!(timeline.contains("Publik"), "the visibility by its label");
    assert!(
        timeline.contains("Dinas Perhubungan"),
        "the agency by its name"
    );
    assert!(!timeline.contains(">public<") && !timeline.contains(">dishub<"));
    // The reporter's page names no officer.
    let (_, tracking) = app.get(&format!("/lacak/{code}")).await;
    assert!(tracking.contains(&code), "the reporter's own page");
    assert!(!tracking.contains("Petugas budi"));
}

/// The main desk's follow-up of work an agency sits on: a reminder to its officers, a raise to
/// its head (each by e-mail, with the desk's message), a recall that takes the complaint away
/// from it before dispatching again, and notes of its own; the bounce report counts them and
/// the reporter sees none of the internal ones.
#[tokio::test]
async fn the_desk_reminds_an_agency_raises_it_with_the_head_recalls_and_dispatches_again() {
    let app = TestApp::spawn().await;
    let desk = signed_in(&app, &app.officer("meja", "main_desk", None).await).await;
    let dishub = signed_in(
        &app,
        &app.officer("dinas", "agency_admin", Some("dishub")).await,
    )
    .await;
    app.officer("kepala", "agency_head", Some("dishub")).await;
    let dlh = signed_in(
        &app,
        &app.officer("hijau", "agency_admin", Some("dlh")).await,
    )
    .await;
    let code = file(&app).await;
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let db = app.database().await;
    let sent = |db: sqlx::AnyPool, recipient: &'static str| async move {
        sqlx::query_scalar::<_, String>("SELECT body FROM outbox WHERE recipient = $1 ORDER BY id")
            .bind(recipient)
            .fetch_all(&db)
            .await
            .unwrap()
    };
    let record = |kind: &'static str, status: &'static str, note: &'static str| {
        let (app, desk, code) = (&app, desk.clone(), code.clone());
        async move {
            post(
                app,
                &desk,
                &format!("/petugas/aduan/{code}/catatan"),
                &[("jenis", kind), ("status", status), ("catatan", note)],
            )
            .await
            .0
        }
    };

    assert_eq!(
        record(
            "remind_agency",
            "dispatched",
            "Mohon disposisi ini segera diterima."
        )
        .await,
        303
    );
    let to_admin = sent(db.clone(), "dinas@pemda.go.id").await;
    assert_eq!(to_admin.len(), 1, "the agency's administrator is reminded");
    assert!(to_admin[0].contains("Mohon disposisi ini segera diterima."));
    assert!(to_admin[0].contains(&format!("/petugas/aduan/{code}")));
    assert!(
        sent(db.clone(), "kepala@pemda.go.id").await.is_empty(),
        "not yet the head"
    );
    assert!(
        sent(db.clone(), "hijau@pemda.go.id").await.is_empty(),
        "never another agency"
    );

    assert_eq!(
        record(
            "raise_with_head",
            "dispatched",
            "Sudah tiga hari belum ada tanggapan."
        )
        .await,
        303
    );
    let to_head = sent(db.clone(), "kepala@pemda.go.id").await;
    assert_eq!(to_head.len(), 1);
    assert!(to_head[0].contains("Sudah tiga hari belum ada tanggapan."));
    assert_eq!(
        record(
            "desk_note",
            "dispatched",
            "Pelapor menelepon menanyakan kabar."
        )
        .await,
        303
    );
    // The agency may not add the desk's records.
    let (status, _, _) = post(
        &app,
        &dishub,
        &format!("/petugas/aduan/{code}/catatan"),
        &[
            ("jenis", "remind_agency"),
            ("status", "dispatched"),
            ("catatan", "Mengingatkan diri sendiri."),
        ],
    )
    .await;
    assert_eq!(status, 409);

    // A recall needs a reason, and takes the complaint from the agency; its form asks for one.
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    let recall_form = page
        .split(r#"data-action="recall""#)
        .nth(1)
        .and_then(|rest| rest.split("</form>").next())
        .expect("the recall form");
    assert!(recall_form.contains(r#"name="reason""#), "{recall_form}");
    let (status, _, _) = act(
        &app,
        &desk,
        &code,
        &[("aksi", "recall"), ("status", "dispatched")],
    )
    .await;
    assert_eq!(status, 422);
    let (status, _, _) = act(
        &app,
        &desk,
        &code,
        &[
            ("aksi", "recall"),
            ("status", "dispatched"),
            ("reason", "Tidak ada tanggapan, dialihkan ke dinas lain."),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = get(&app, &dishub, &format!("/petugas/aduan/{code}")).await;
    assert!(
        page.contains("Aduan tidak ditemukan."),
        "the recalled agency no longer sees it"
    );
    let (status, _) = get(&app, &dishub, &format!("/petugas/aduan/{code}/foto/0")).await;
    assert_eq!(status, 404);
    let (_, queue) = get(&app, &dishub, "/petugas").await;
    assert!(!queue.contains(&code));
    let (status, _, _) = act(
        &app,
        &desk,
        &code,
        &[
            ("aksi", "dispatch"),
            ("status", "verified"),
            ("agency", "dlh"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, page) = get(&app, &dlh, &format!("/petugas/aduan/{code}")).await;
    assert!(
        !page.contains("Aduan tidak ditemukan."),
        "the new agency sees it"
    );
    assert!(page.contains(&code));

    // The bounce report counts the recall and the reminder against the first agency.
    let (_, report) = get(&app, &desk, "/petugas/laporan").await;
    let bounces = &report[report.find("data-testid=\"bounces\"").unwrap()..];
    let row = &bounces[bounces.find("Dinas Perhubungan").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    let cells: Vec<&str> = row
        .split("<td>")
        .skip(1)
        .map(|cell| cell.split('<').next().unwrap())
        .collect();
    assert_eq!(
        cells,
        ["1", "0", "0", "1", "1"],
        "dispatched, returned, sent back, recalled, reminded"
    );

    // The reporter sees the recall step but none of the desk's internal records or messages.
    let (_, tracking) = app.get(&format!("/lacak/{code}")).await;
    for internal in [
        "Mohon disposisi ini segera diterima.",
        "Sudah tiga hari belum ada tanggapan.",
        "Pelapor menelepon menanyakan kabar.",
        "Tidak ada tanggapan, dialihkan ke dinas lain.",
        "Ingatkan perangkat daerah",
    ] {
        assert!(!tracking.contains(internal), "{internal}");
    }
}

/// `aduan` alone prints its commands and starts no server; a wrong flag is named.
#[test]
fn the_binary_alone_prints_its_commands_and_starts_nothing() {
    let data = std::env::temp_dir().join(format!("aduan-cli-{}", std::process::id()));
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_aduan"))
        .env("ADUAN_DATA_DIR", &data)
        .env("ADUAN_BIND", "127.0.0.1:1")
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    let help = String::from_utf8_lossy(&output.stderr);
    assert!(
        help.contains("Usage: aduan <COMMAND>") && help.contains("serve"),
        "{help}"
    );
    assert!(!data.exists(), "nothing was opened or written");

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_aduan"))
        .args(["seed", "--complaints", "10", "--rows", "5"])
        .env("ADUAN_DATA_DIR", &data)
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("--rows"), "{error}");
    assert!(!data.exists());
}

/// Cilacap's and Tanah Bumbu's SOPs have no validation by the main desk: the agency's answer
/// reaches the reporter as it is submitted, in one transaction, with one message; under a
/// profile with validation it waits for the desk.
#[tokio::test]
async fn without_validation_in_the_sop_the_answer_goes_straight_to_the_reporter() {
    use app::domain::status::{Action, AnswerText, Role};
    let app = TestApp::spawn().await;
    let now = chrono::Utc::now();
    let answer = Action::ProposeResolution {
        answer: AnswerText::parse("Lampu sudah diganti dan menyala kembali.").unwrap(),
    };
    let status_and_messages = |code: String| {
        let app = &app;
        async move {
            let db = app.database().await;
            let status: String =
                sqlx::query_scalar("SELECT status FROM complaints WHERE tracking_code = $1")
                    .bind(&code)
                    .fetch_one(&db)
                    .await
                    .unwrap();
            let messages: i64 = sqlx::query_scalar(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM outbox o JOIN complaints c \
                 ON c.id = o.complaint_id WHERE c.tracking_code = $1",
            )
            .bind(&code)
            .fetch_one(&db)
            .await
            .unwrap();
            let steps: Vec<(String, String)> = sqlx::query_as(
                "SELECT e.action, e.actor_role FROM complaint_events e JOIN complaints c \
                 ON c.id = e.complaint_id WHERE c.tracking_code = $1 ORDER BY e.id",
            )
            .bind(&code)
            .fetch_all(&db)
            .await
            .unwrap();
            (status, messages, steps)
        }
    };
    let answered = |profile: app::domain::sop::SopProfile| {
        let (app, answer) = (&app, &answer);
        async move {
            app.state.sop.set(profile);
            // Cilacap's SOP asks for the reporter's home address.
            let form = complete_form().text("reporter_address", "Jl. Kenanga 7, Sidanegara");
            let code = receipt_code(&app.post_form("/lapor", form).await);
            app.verify_and_dispatch(&code, now).await;
            app.act_as(&code, &Action::AcceptDispatch, Role::AgencyAdmin, now)
                .await;
            app.act_as(&code, answer, Role::AgencyAdmin, now).await;
            code
        }
    };

    let code = answered(app::domain::sop::surabaya()).await;
    let (status, before, _) = status_and_messages(code.clone()).await;
    assert_eq!(status, "resolution_proposed", "the desk validates first");
    app.act_as(&code, &Action::Validate, Role::MainDesk, now)
        .await;
    let (_, validated, _) = status_and_messages(code).await;
    assert_eq!(validated, before + 1, "the answer's one message");

    let code = answered(app::domain::sop::cilacap()).await;
    let (status, messages, steps) = status_and_messages(code).await;
    assert_eq!(status, "awaiting_reporter");
    assert_eq!(
        messages, validated,
        "one message for the answer, as with validation"
    );
    let last: Vec<(&str, &str)> = steps
        .iter()
        .rev()
        .take(3)
        .map(|(action, role)| (action.as_str(), role.as_str()))
        .collect();
    assert_eq!(
        last,
        [
            ("validate", "system"),
            ("approve", "system"),
            ("propose_resolution", "agency_admin")
        ]
    );
}

/// The complaint's file prints with its steps, its answer and a Berita Acara for the field
/// verification, for the officers who may read the complaint and nobody else.
#[tokio::test]
async fn the_printed_file_holds_the_steps_and_the_berita_acara_for_those_who_may_read_it() {
    let app = TestApp::spawn().await;
    let code = file(&app).await;
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let liaison = signed_in(
        &app,
        &app.officer("penghubung", "liaison", Some("dishub")).await,
    )
    .await;
    act(
        &app,
        &liaison,
        &code,
        &[("aksi", "accept_dispatch"), ("status", "dispatched")],
    )
    .await;
    let (_, location, _) = add_record(
        &app,
        &liaison,
        &code,
        field_report("in_progress", "2026-11-20", true),
    )
    .await;
    assert!(location.unwrap().ends_with("?selesai=field_report"));

    let print = format!("/petugas/aduan/{code}/cetak");
    let (status, page) = get(&app, &liaison, &print).await;
    assert_eq!(status, 200);
    let file = page
        .split(r#"data-testid="print-file""#)
        .nth(1)
        .expect("the file");
    assert!(file.contains("Berkas Aduan"), "{file}");
    assert!(file.contains(&code), "{file}");
    assert!(
        file.contains("Dinas Komunikasi dan Informatika Kota Surabaya"),
        "{file}"
    );
    let steps = file
        .split(r#"data-testid="print-timeline""#)
        .nth(1)
        .unwrap();
    assert!(
        steps.contains("Petugas penghubung"),
        "who accepted: {steps}"
    );
    let report = file
        .split(r#"data-testid="berita-acara""#)
        .nth(1)
        .expect("a Berita Acara for the field report");
    assert!(
        report.contains("Berita Acara Pemeriksaan Lapangan"),
        "{report}"
    );
    assert!(report.contains("Jumat, tanggal 20-11-2026"), "{report}");
    assert!(
        report.contains("Andi (Dishub), Rina (Kelurahan Sumbergedong)"),
        "{report}"
    );
    assert!(report.contains("Tiang lampu nomor 14 miring"), "{report}");
    assert!(
        report.contains("Mengetahui, Kepala Perangkat Daerah"),
        "{report}"
    );
    assert!(!page.contains("3503015708900001"), "never the whole NIK");
    let (_, complaint_page) = get(&app, &liaison, &format!("/petugas/aduan/{code}")).await;
    assert!(
        complaint_page.contains(&print),
        "linked from the complaint's page"
    );

    // Another agency's liaison and a browser without a session get no file.
    let other = signed_in(&app, &app.officer("lain", "liaison", Some("dinkes")).await).await;
    let (_, page) = get(&app, &other, &print).await;
    assert!(!page.contains(r#"data-testid="print-file""#), "{page}");
    assert!(!page.contains("Tiang lampu"), "{page}");
    let (_, page) = get(&app, &crate::helpers::browser(), &print).await;
    assert!(!page.contains(r#"data-testid="print-file""#), "{page}");
}
