//! `/lacak`: the reporter opens a complaint with its code and PIN, follows it and answers the
//! desk's resolution, against the real server and its SQLite file.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{TestApp, browser, get, post};
use app::domain::complaint::{AgencyCode, Visibility};
use app::domain::status::{Action, AnswerText, Reason, Role};

/// Files a complaint from the app's own client and returns its code and PIN (from the receipt).
pub(crate) async fn file(app: &TestApp) -> (String, String) {
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    let (_, receipt) = app.get(&format!("/lapor/terkirim/{code}")).await;
    let pin = receipt
        .split(r#"data-testid="pin""#)
        .nth(1)
        .and_then(|rest| rest.split_once('>'))
        .and_then(|(_, rest)| rest.get(..app::personal_data::PIN_DIGITS))
        .expect("the receipt shows the PIN")
        .to_owned();
    (code, pin)
}

/// A PIN that is not `pin`.
fn wrong(pin: &str) -> &'static str {
    if pin == "0000000000" {
        "1111111111"
    } else {
        "0000000000"
    }
}

/// Moves the complaint through the officers' steps up to the validated answer.
async fn answer_as_officers(app: &TestApp, code: &str, steps: &[Action]) {
    for action in steps {
        let role = match action {
            Action::AcceptDispatch | Action::ProposeResolution { .. } => Role::AgencyAdmin,
            _ => Role::MainDesk,
        };
        app.act_as(code, action, role, chrono::Utc::now()).await;
    }
}

const ANSWER: &str = "Lampu penerangan jalan sudah diganti oleh Dinas Perhubungan pada hari Senin.";
const SECOND_ANSWER: &str = "Kabel lampu yang putus sudah disambung dan lampu menyala kembali.";

fn propose(answer: &str) -> Action {
    Action::ProposeResolution {
        answer: AnswerText::parse(answer).unwrap(),
    }
}

fn to_the_answer() -> Vec<Action> {
    vec![
        Action::Verify {
            visibility: Visibility::Public,
        },
        Action::Dispatch {
            agency: AgencyCode::parse("dishub").unwrap(),
            note: None,
        },
        Action::AcceptDispatch,
        propose(ANSWER),
        Action::Validate,
    ]
}

#[tokio::test]
async fn the_code_and_pin_open_the_complaint_in_another_browser_without_personal_data() {
    let app = TestApp::spawn().await;
    let (code, pin) = file(&app).await;
    let phone = browser();

    // Without access, the page asks for the PIN and shows nothing of the complaint.
    let (status, page) = get(&app, &phone, &format!("/lacak/{code}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Masukkan PIN aduan ini"), "{page}");
    assert!(!page.contains("Lampu jalan mati"), "{page}");

    let (status, location, _) =
        post(&app, &phone, "/lacak", &[("kode", &code), ("pin", &pin)]).await;
    assert_eq!(status, 303);
    assert_eq!(location.as_deref(), Some(format!("/lacak/{code}").as_str()));

    let (status, page) = get(&app, &phone, &format!("/lacak/{code}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Lampu jalan mati di Jalan Soekarno-Hatta"),
        "{page}"
    );
    assert!(page.contains("Menunggu Verifikasi"), "{page}");
    assert!(
        page.contains("Aduan diterima"),
        "the timeline starts with the filing: {page}"
    );
    // Surabaya's SOP (the default) gives verification one day; the deadline is shown in WIB.
    assert!(page.contains(r#"data-testid="deadline""#), "{page}");
    assert!(page.contains(" WIB"), "{page}");
    assert!(page.contains(&format!("/lacak/{code}/foto/0")), "{page}");
    for personal in ["Siti Rahayu", "3503015708900001", "0812", "3456 7890"] {
        assert!(!page.contains(personal), "{personal} leaked: {page}");
    }
}

#[tokio::test]
async fn a_wrong_pin_and_an_unknown_code_get_the_same_answer() {
    let app = TestApp::spawn().await;
    let (code, pin) = file(&app).await;
    let wrong_pin = wrong(&pin);
    let phone = browser();

    let (status, wrong, _) = post(
        &app,
        &phone,
        "/lacak",
        &[("kode", &code), ("pin", wrong_pin)],
    )
    .await;
    assert_eq!(status, 303);
    let unknown_code = "ADU-2222-2222";
    let (_, unknown, _) = post(
        &app,
        &phone,
        "/lacak",
        &[("kode", unknown_code), ("pin", &pin)],
    )
    .await;
    let wrong = wrong.unwrap();
    let unknown = unknown.unwrap();
    assert_eq!(wrong, format!("/lacak?kode={code}&galat=salah"));
    assert_eq!(unknown, format!("/lacak?kode={unknown_code}&galat=salah"));

    // The form comes back with the code kept and one message for both cases.
    let (_, page) = get(&app, &phone, &wrong).await;
    assert!(page.contains("Kode lacak atau PIN tidak cocok"), "{page}");
    assert!(page.contains(&format!(r#"value="{code}""#)), "{page}");
    let (_, page) = get(&app, &phone, &format!("/lacak/{code}")).await;
    assert!(
        !page.contains("Lampu jalan mati"),
        "no access after a wrong PIN"
    );
}

#[tokio::test]
async fn guessing_pins_is_cut_off_after_the_limit() {
    let app = TestApp::spawn().await;
    let (code, pin) = file(&app).await;
    let phone = browser();
    // Guesses spread over codes (a single code locks sooner: the next test).
    for _ in 0..app::handlers::track::TRACK_LIMIT.max {
        let (_, location, _) = post(
            &app,
            &phone,
            "/lacak",
            &[("kode", "ADU-2222-2222"), ("pin", "9999999999")],
        )
        .await;
        assert!(location.unwrap().ends_with("galat=salah"));
    }
    // Over the limit even the right PIN is refused until the window ends.
    let (_, location, _) = post(&app, &phone, "/lacak", &[("kode", &code), ("pin", &pin)]).await;
    let location = location.unwrap();
    assert!(location.ends_with("galat=batas"), "{location}");
    let (_, page) = get(&app, &phone, &location).await;
    assert!(page.contains("Terlalu banyak percobaan"), "{page}");
}

#[tokio::test]
async fn wrong_pins_from_many_networks_lock_the_complaint_and_tell_its_reporter() {
    use app::handlers::track::PIN_FAILURE_LIMIT;
    let app = TestApp::spawn().await;
    let (code, pin) = file(&app).await;
    let wrong_pin = wrong(&pin);
    // Each guess from an address of its own: the per-network limit never comes into play.
    let from = |n: i64| {
        crate::helpers::client_builder()
            .local_address(std::net::IpAddr::from([
                127,
                0,
                1,
                u8::try_from(n).unwrap(),
            ]))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    };
    for n in 1..=PIN_FAILURE_LIMIT.max {
        let (_, location, _) = post(
            &app,
            &from(n),
            "/lacak",
            &[("kode", &code), ("pin", wrong_pin)],
        )
        .await;
        let expected = if n < PIN_FAILURE_LIMIT.max {
            "galat=salah"
        } else {
            "galat=terkunci"
        };
        assert!(location.unwrap().ends_with(expected), "guess {n}");
    }
    // Locked: even the right PIN, from yet another network, opens nothing today.
    let (_, location, _) = post(
        &app,
        &from(200),
        "/lacak",
        &[("kode", &code), ("pin", &pin)],
    )
    .await;
    let location = location.unwrap();
    assert!(location.ends_with("galat=terkunci"), "{location}");
    let (_, page) = get(&app, &from(200), &location).await;
    assert!(page.contains("dikunci sampai besok"), "{page}");

    // The reporter hears of it once, through their channel; the filer's browser keeps access.
    let db = app.database().await;
    let told: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE subject LIKE '%PIN dikunci%'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(told, 1);
    let (_, location, _) = post(
        &app,
        &from(201),
        "/lacak",
        &[("kode", &code), ("pin", wrong_pin)],
    )
    .await;
    assert!(location.unwrap().ends_with("galat=terkunci"));
    let told_again: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE subject LIKE '%PIN dikunci%'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(told_again, 1, "told once a day, not once a guess");
    let (status, page) = app.get(&format!("/lacak/{code}")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Lampu jalan mati"), "{page}");

    // The desk sees the lock on the complaint's page.
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains(r#"data-testid="desk-pin-locked""#), "{page}");
    assert!(page.contains("Pelacakan dengan PIN dikunci"), "{page}");
}

#[tokio::test]
async fn the_filers_browser_follows_the_complaint_from_the_receipt_without_the_pin() {
    let app = TestApp::spawn().await;
    let (code, _) = file(&app).await;
    let (_, receipt) = app.get(&format!("/lapor/terkirim/{code}")).await;
    assert!(
        receipt.contains(&format!(r#"href="/lacak/{code}""#)),
        "{receipt}"
    );
    let (status, page) = app.get(&format!("/lacak/{code}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Lampu jalan mati di Jalan Soekarno-Hatta"),
        "{page}"
    );
}

#[tokio::test]
async fn photos_are_served_to_the_reporter_only() {
    let app = TestApp::spawn().await;
    let (code, _) = file(&app).await;
    let response = app
        .client
        .get(format!("{}/lacak/{code}/foto/0", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/jpeg");
    assert!(
        response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .starts_with("private")
    );
    let bytes = response.bytes().await.unwrap();
    assert_eq!(&bytes[..2], &[0xFF, 0xD8], "a JPEG, re-encoded on filing");

    let stranger = browser();
    let (status, _) = get(&app, &stranger, &format!("/lacak/{code}/foto/0")).await;
    assert_eq!(status, 404);
    let (status, _) = get(&app, &app.client, &format!("/lacak/{code}/foto/7")).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn the_reporter_rejects_an_answer_then_confirms_the_next_once() {
    let app = TestApp::spawn().await;
    let (code, _) = file(&app).await;
    let page_path = format!("/lacak/{code}");
    let answer_path = format!("/lacak/{code}/jawab");

    // Before the desk validates an answer there is nothing to confirm.
    let (_, page) = app.get(&page_path).await;
    assert!(!page.contains(r#"data-testid="answer""#));
    let (_, location, _) = post(
        &app,
        &app.client,
        &answer_path,
        &[("keputusan", "konfirmasi")],
    )
    .await;
    assert_eq!(
        location.unwrap(),
        format!("{page_path}?galat=tidak_berlaku")
    );

    answer_as_officers(&app, &code, &to_the_answer()).await;
    let (_, page) = app.get(&page_path).await;
    assert!(page.contains("Sudah Ditindaklanjuti"), "{page}");
    assert!(page.contains(r#"data-testid="answer""#), "{page}");
    assert!(
        page.contains("Dinas Perhubungan"),
        "the agency in charge: {page}"
    );

    // A reason too short is refused with the rule, in the reader's language.
    let (status, _, body) = post(
        &app,
        &app.client,
        &answer_path,
        &[("keputusan", "tolak"), ("alasan", "no")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Alasan minimal 5 karakter."), "{body}");

    let reason = "Lampu masih mati setiap malam sejak jawaban dikirim.";
    let (_, location, _) = post(
        &app,
        &app.client,
        &answer_path,
        &[("keputusan", "tolak"), ("alasan", reason)],
    )
    .await;
    assert_eq!(location.unwrap(), format!("{page_path}?selesai=tolak"));
    let (_, page) = app.get(&format!("{page_path}?selesai=tolak")).await;
    assert!(page.contains("Aduan dibuka kembali"), "{page}");
    assert!(
        page.contains("Sedang Ditindaklanjuti"),
        "reopened at the agency: {page}"
    );
    assert!(
        page.contains(reason),
        "the reporter's own reason is on the timeline"
    );
    assert!(page.contains(r#"data-testid="reopened""#), "{page}");

    // The desk sends the next answer back once: that note is internal.
    let internal = "Foto sesudah perbaikan belum dilampirkan oleh dinas.";
    answer_as_officers(
        &app,
        &code,
        &[
            propose("Sudah kami periksa, lampu akan diganti minggu depan."),
            Action::SendBack {
                reason: Reason::parse(internal).unwrap(),
            },
            propose(SECOND_ANSWER),
            Action::Validate,
        ],
    )
    .await;
    let (_, page) = app.get(&page_path).await;
    assert!(
        !page.contains(internal),
        "internal notes stay internal: {page}"
    );

    let form = [
        ("keputusan", "konfirmasi"),
        ("komentar", "Sudah menyala, terima kasih."),
    ];
    let (_, location, _) = post(&app, &app.client, &answer_path, &form).await;
    assert_eq!(location.unwrap(), format!("{page_path}?selesai=konfirmasi"));
    // A double tap does nothing twice.
    let (_, location, _) = post(&app, &app.client, &answer_path, &form).await;
    assert_eq!(
        location.unwrap(),
        format!("{page_path}?galat=tidak_berlaku")
    );

    let (_, page) = app.get(&page_path).await;
    assert!(page.contains("Dikonfirmasi pelapor"), "{page}");
    assert!(!page.contains(r#"data-testid="answer""#));
    // The star rating is retired for the satisfaction survey, offered now.
    assert!(page.contains(r#"data-testid="survey""#), "{page}");

    let db = app.database().await;
    let (status, reopen_count, feedback): (String, i64, Option<String>) = sqlx::query_as(
        "SELECT status, reopen_count, feedback FROM complaints WHERE tracking_code = $1",
    )
    .bind(&code)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(
        (status.as_str(), reopen_count, feedback.as_deref()),
        ("closed_confirmed", 1, Some("Sudah menyala, terima kasih."))
    );
    let confirmations: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM complaint_events WHERE action = 'confirm'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(confirmations, 1);
}

#[tokio::test]
async fn the_reporter_can_withdraw_and_a_stranger_cannot_answer() {
    let app = TestApp::spawn().await;
    let (code, _) = file(&app).await;
    let answer_path = format!("/lacak/{code}/jawab");

    let stranger = browser();
    let (status, location, _) =
        post(&app, &stranger, &answer_path, &[("keputusan", "cabut")]).await;
    assert_eq!((status, location.as_deref()), (303, Some("/lacak")));
    let (_, page) = app.get(&format!("/lacak/{code}")).await;
    assert!(
        page.contains("Menunggu Verifikasi"),
        "the stranger changed nothing"
    );

    let (_, location, _) = post(&app, &app.client, &answer_path, &[("keputusan", "cabut")]).await;
    assert_eq!(location.unwrap(), format!("/lacak/{code}?selesai=cabut"));
    let (_, page) = app.get(&format!("/lacak/{code}")).await;
    assert!(page.contains("Dicabut pelapor"), "{page}");
    assert!(
        !page.contains("Cabut aduan ini"),
        "nothing left to withdraw"
    );
}

#[tokio::test]
async fn a_returned_complaint_is_corrected_and_sent_again_under_the_same_code() {
    let app = TestApp::spawn().await;
    let (code, _) = file(&app).await;
    let reason = "Mohon sebutkan nomor tiang lampu yang mati.";
    answer_as_officers(
        &app,
        &code,
        &[Action::ReturnToReporter {
            reason: Reason::parse(reason).unwrap(),
        }],
    )
    .await;
    let page_path = format!("/lacak/{code}");
    let (_, page) = app.get(&page_path).await;
    assert!(page.contains("Dikembalikan ke Pelapor"), "{page}");
    assert!(page.contains(reason), "the reporter reads why: {page}");
    assert!(page.contains(r#"data-testid="complete""#), "{page}");
    // The reporter reads when it closes if nobody completes it: 14 days under the profile.
    let closes = (chrono::Utc::now() + chrono::Duration::days(14))
        .with_timezone(&app.state.utc_offset)
        .format("%d-%m-%Y")
        .to_string();
    let closes_at = page
        .split(r#"data-testid="closes-at""#)
        .nth(1)
        .expect("the closing date is shown");
    assert!(closes_at[..80].contains(&closes), "{closes_at}");

    // A correction that breaks a rule comes back with the rule and everything typed.
    let typed = "Lampu tiang nomor 14 dan 15 mati, jalan gelap gulita setiap malam.";
    let (status, _, body) = post(
        &app,
        &app.client,
        &format!("/lacak/{code}/lengkapi"),
        &[
            ("title", "Lampu"),
            ("content", typed),
            ("address", "Jl. Soekarno-Hatta"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("minimal 10 karakter"), "{body}");
    assert!(body.contains(typed), "nothing typed is lost: {body}");

    let title = "Lampu tiang 14 dan 15 mati di Jalan Soekarno-Hatta";
    let (_, location, _) = post(
        &app,
        &app.client,
        &format!("/lacak/{code}/lengkapi"),
        &[
            ("title", title),
            ("content", typed),
            ("address", "Jl. Soekarno-Hatta"),
        ],
    )
    .await;
    assert_eq!(location.unwrap(), format!("{page_path}?selesai=lengkap"));
    let (_, page) = app.get(&page_path).await;
    assert!(page.contains("Menunggu Verifikasi"), "{page}");
    assert!(page.contains(title), "{page}");
    assert!(
        page.contains("Kirim ulang"),
        "the timeline shows the resubmission: {page}"
    );
    assert!(!page.contains(r#"data-testid="complete""#));

    let db = app.database().await;
    let old: String = sqlx::query_scalar("SELECT title FROM complaint_revisions")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(
        old, "Lampu jalan mati di Jalan Soekarno-Hatta",
        "the earlier text is kept"
    );
    let told: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE subject LIKE '%Dikembalikan ke Pelapor%'",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(told, 1, "the reporter was told it came back");
}

#[tokio::test]
async fn a_second_rejection_puts_the_complaint_under_the_inspectorate() {
    let app = TestApp::spawn().await;
    let (code, _) = file(&app).await;
    let answer_path = format!("/lacak/{code}/jawab");
    let reject = [
        ("keputusan", "tolak"),
        ("alasan", "Lampu masih mati setiap malam."),
    ];
    answer_as_officers(&app, &code, &to_the_answer()).await;
    post(&app, &app.client, &answer_path, &reject).await;
    let (_, page) = app.get(&format!("/lacak/{code}")).await;
    assert!(
        !page.contains(r#"data-testid="oversight""#),
        "one rejection: {page}"
    );

    answer_as_officers(&app, &code, &[propose(SECOND_ANSWER), Action::Validate]).await;
    post(&app, &app.client, &answer_path, &reject).await;
    let (_, page) = app.get(&format!("/lacak/{code}")).await;
    assert!(page.contains("Sedang Ditindaklanjuti"), "{page}");
    assert!(
        page.contains("diawasi oleh Inspektorat Kota Surabaya"),
        "the office above the agency, from the SOP profile: {page}"
    );

    let desk = browser();
    let officer = app.officer("budi", "main_desk", None).await;
    app.log_in(&desk, &officer).await;
    let queue = desk
        .get(format!("{}/petugas", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(queue.contains("Ditolak pelapor 2×, diawasi:"), "{queue}");
}

/// Posts the rejection form as `multipart/form-data`, with `photo` as its `foto` part.
async fn reject_with_photo(
    app: &TestApp,
    code: &str,
    reason: &str,
    photo: reqwest::multipart::Part,
) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("keputusan", "tolak")
        .text("alasan", reason.to_owned())
        .part("foto", photo);
    app.client
        .post(format!("{}/lacak/{code}/jawab", app.address))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

fn png(bytes: &'static [u8]) -> reqwest::multipart::Part {
    reqwest::multipart::Part::bytes(bytes)
        .file_name("bukti.png")
        .mime_str("image/png")
        .unwrap()
}

#[tokio::test]
async fn a_rejection_brings_a_photo_shown_under_it_to_the_reporter_and_the_desk() {
    let app = TestApp::spawn().await;
    let (code, _) = file(&app).await;
    answer_as_officers(&app, &code, &to_the_answer()).await;
    let reason = "Lampu masih mati, foto diambil tadi malam.";

    // Something that is not a photo is refused by name, and nothing is recorded.
    let response = reject_with_photo(&app, &code, reason, png(b"not an image at all")).await;
    assert_eq!(response.status(), 422);
    let body = response.text().await.unwrap();
    assert!(body.contains("Foto"), "names the photo: {body}");
    let db = app.database().await;
    let status: String = sqlx::query_scalar("SELECT status FROM complaints")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(status, "awaiting_reporter");

    let response = reject_with_photo(&app, &code, reason, png(crate::file_complaint::PHOTO)).await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        format!("/lacak/{code}?selesai=tolak").as_str()
    );

    // The photo belongs to the rejection's timeline entry, after the filed one.
    let (position, action): (i64, String) = sqlx::query_as(
        "SELECT p.position, e.action FROM complaint_photos p \
         JOIN complaint_events e ON e.id = p.event_id",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!((position, action.as_str()), (1, "reject"));

    let (_, page) = app.get(&format!("/lacak/{code}")).await;
    let timeline = page.split(r#"data-testid="timeline""#).nth(1).unwrap();
    assert!(
        timeline.contains(&format!("/lacak/{code}/foto/1")),
        "under the rejection: {page}"
    );
    let response = app
        .client
        .get(format!("{}/lacak/{code}/foto/1", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/jpeg");
    let (status, _) = get(&app, &browser(), &format!("/lacak/{code}/foto/1")).await;
    assert_eq!(status, 404, "strangers do not get it");

    // The public receipt still counts the photos filed with the complaint.
    let receipt = browser()
        .post(format!("{}/api/complaints/receipt", app.address))
        .form(&[("code", code.as_str())])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(receipt.contains(r#""photo_count":1"#), "{receipt}");

    let officer = app.officer("meja", "main_desk", None).await;
    let desk = browser();
    app.log_in(&desk, &officer).await;
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    let timeline = page.split(r#"data-testid="desk-timeline""#).nth(1).unwrap();
    assert!(
        timeline.contains(&format!("/petugas/aduan/{code}/foto/1")),
        "{page}"
    );
    let (status, _) = get(&app, &desk, &format!("/petugas/aduan/{code}/foto/1")).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn the_reporter_asks_to_remove_personal_details_and_the_main_desk_redacts_them() {
    let app = TestApp::spawn().await;
    let title = "Lampu mati depan rumah 0812 3456 7890";
    let content = "Sudah dua minggu lampu jalan mati. Hubungi saya di budi@mail.co.id atau \
                   0812-3456-7890, NIK 3503015708900001.";
    let response = app
        .post_form(
            "/lapor",
            crate::file_complaint::complete_form()
                .text("title", title)
                .text("content", content)
                .text("category", "penerangan")
                .text("visibility", "public"),
        )
        .await;
    let code = crate::file_complaint::receipt_code(&response);
    let request_path = format!("/lacak/{code}/sensor");

    // Too short a request is refused with the rule.
    let (status, _, body) = post(&app, &app.client, &request_path, &[("permintaan", "HP")]).await;
    assert_eq!(status, 422);
    assert!(body.contains("minimal 5 karakter"), "{body}");
    // A stranger cannot ask.
    let (_, location, _) = post(
        &app,
        &browser(),
        &request_path,
        &[("permintaan", "Hapus nomor HP saya")],
    )
    .await;
    assert_eq!(location.as_deref(), Some("/lacak"));

    let ask = [(
        "permintaan",
        "Tolong hapus nomor HP dan NIK saya dari judul dan isi.",
    )];
    let (_, location, _) = post(&app, &app.client, &request_path, &ask).await;
    assert_eq!(location.unwrap(), format!("/lacak/{code}?selesai=sensor"));
    // A double tap records it once.
    post(&app, &app.client, &request_path, &ask).await;
    let db = app.database().await;
    let requests: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM redaction_requests")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(requests, 1);
    let (_, page) = app.get(&format!("/lacak/{code}")).await;
    assert!(
        page.contains(r#"data-testid="redaction-pending""#),
        "{page}"
    );
    assert!(
        page.contains("Pelapor meminta data pribadi dihapus"),
        "{page}"
    );

    // Verified and dispatched, the agency sees neither the request nor the form, and may not set
    // the public text.
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let agency = app.officer("dinas", "agency_admin", Some("dishub")).await;
    let agency_browser = browser();
    app.log_in(&agency_browser, &agency).await;
    let (_, page) = get(&app, &agency_browser, &format!("/petugas/aduan/{code}")).await;
    assert!(!page.contains("Tolong hapus nomor HP"), "{page}");
    assert!(!page.contains(r#"data-testid="redaction-form""#), "{page}");
    let redaction = [
        ("title", "Lampu mati depan rumah warga"),
        (
            "content",
            "Sudah dua minggu lampu jalan mati di depan rumah warga.",
        ),
    ];
    let redact_path = format!("/petugas/aduan/{code}/sensor");
    let (status, _, _) = post(&app, &agency_browser, &redact_path, &redaction).await;
    assert_eq!(status, 403);

    // The main desk reads the request and gets the text with the numbers already masked.
    let desk = app.officer("meja", "main_desk", None).await;
    let desk_browser = browser();
    app.log_in(&desk_browser, &desk).await;
    let (_, page) = get(&app, &desk_browser, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains("Tolong hapus nomor HP"), "{page}");
    let form = page
        .split(r#"data-testid="redaction-form""#)
        .nth(1)
        .and_then(|rest| rest.split("</form>").next())
        .unwrap();
    assert!(form.contains("Lampu mati depan rumah […]"), "{form}");
    assert!(
        !form.contains("3456") && !form.contains("budi@mail"),
        "{form}"
    );

    let (status, _, body) = post(
        &app,
        &desk_browser,
        &redact_path,
        &[("title", ""), ("content", "pendek")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Judul"), "names the field: {body}");
    let (_, location, _) = post(&app, &desk_browser, &redact_path, &redaction).await;
    assert_eq!(
        location.unwrap(),
        format!("/petugas/aduan/{code}?selesai=redact")
    );

    // The original stays for officers; the public sees the desk's version.
    let (stored_title, public_title, handled): (String, Option<String>, i64) = sqlx::query_as(
        "SELECT c.title, c.public_title, \
         (SELECT COUNT(*) FROM redaction_requests r WHERE r.handled_at IS NOT NULL) \
         FROM complaints c",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(stored_title, title);
    assert_eq!(
        public_title.as_deref(),
        Some("Lampu mati depan rumah warga")
    );
    assert_eq!(handled, 1);
    let (_, nearby) = crate::file_complaint::nearby_lamps(&app).await;
    assert!(nearby.contains("Lampu mati depan rumah warga"), "{nearby}");
    assert!(!nearby.contains("3456"), "{nearby}");

    let (_, page) = app.get(&format!("/lacak/{code}")).await;
    assert!(
        !page.contains(r#"data-testid="redaction-pending""#),
        "{page}"
    );
    assert!(page.contains(r#"data-testid="public-title""#), "{page}");
    assert!(
        page.contains("Data pribadi dihapus dari teks yang tampil untuk umum"),
        "on the timeline: {page}"
    );
    // The status and its SOP clock did not move.
    let status: String = sqlx::query_scalar("SELECT status FROM complaints")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(status, "dispatched");
}

/// The black-out over HTTP, pixel by pixel: a light photo filed through `/lapor`, its left half
/// blacked out by the main desk; the public copy is black on the left and unchanged on the
/// right, and the original keeps every pixel light.
#[tokio::test]
async fn the_public_copy_is_black_where_the_desk_said_and_unchanged_elsewhere() {
    const WIDTH: u32 = 120;
    const HEIGHT: u32 = 80;
    const LIGHT: [u8; 3] = [230, 200, 60];
    let app = TestApp::spawn().await;
    let mut encoded = std::io::Cursor::new(Vec::new());
    image::RgbImage::from_pixel(WIDTH, HEIGHT, image::Rgb(LIGHT))
        .write_to(&mut encoded, image::ImageFormat::Png)
        .unwrap();
    let form = crate::file_complaint::valid_form().part(
        "photos",
        reqwest::multipart::Part::bytes(encoded.into_inner())
            .file_name("lampu.png")
            .mime_str("image/png")
            .unwrap(),
    );
    let code = receipt_code(&app.post_form("/lapor", form).await);
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let (status, _, _) = post(
        &app,
        &desk,
        &format!("/petugas/aduan/{code}/sensor-foto"),
        &[("posisi", "0"), ("area", "0,0,50,100")],
    )
    .await;
    assert_eq!(status, 303);

    let served = |query: &'static str| {
        let desk = desk.clone();
        let url = format!("{}/petugas/aduan/{code}/foto/0{query}", app.address);
        async move {
            let bytes = desk.get(url).send().await.unwrap().bytes().await.unwrap();
            image::load_from_memory(&bytes).unwrap().to_rgb8()
        }
    };
    let (original, copy) = (served("").await, served("?versi=umum").await);
    assert_eq!(copy.dimensions(), (WIDTH, HEIGHT));
    assert_eq!(original.dimensions(), (WIDTH, HEIGHT));
    // JPEG blurs a few pixels either side of the edge; away from it the colours are exact.
    let near = |pixel: &image::Rgb<u8>, colour: [u8; 3]| {
        pixel
            .0
            .iter()
            .zip(colour)
            .all(|(got, want)| got.abs_diff(want) <= 12)
    };
    for (x, y, pixel) in copy.enumerate_pixels() {
        if x < WIDTH / 2 - 4 {
            assert!(near(pixel, [0, 0, 0]), "({x}, {y}) is {pixel:?}, not black");
        } else if x >= WIDTH / 2 + 4 {
            assert!(near(pixel, LIGHT), "({x}, {y}) is {pixel:?}, changed");
        }
    }
    for (x, y, pixel) in original.enumerate_pixels() {
        assert!(near(pixel, LIGHT), "the original's ({x}, {y}) is {pixel:?}");
    }
}

#[tokio::test]
async fn the_main_desk_blacks_out_part_of_a_photo_in_a_public_copy_and_keeps_the_original() {
    let app = TestApp::spawn().await;
    let (code, _) = file(&app).await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let agency = browser();
    app.log_in(
        &agency,
        &app.officer("dinas", "agency_admin", Some("dishub")).await,
    )
    .await;
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let path = format!("/petugas/aduan/{code}/sensor-foto");

    let (status, _, body) = post(
        &app,
        &desk,
        &path,
        &[("posisi", "0"), ("area", "90,0,20,10")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("Area yang dihitamkan"), "{body}");
    let (status, _, _) = post(
        &app,
        &agency,
        &path,
        &[("posisi", "0"), ("area", "0,0,50,50")],
    )
    .await;
    assert_eq!(status, 403, "only the main desk redacts");

    let (_, location, _) = post(
        &app,
        &desk,
        &path,
        &[("posisi", "0"), ("area", "0,0,50,100")],
    )
    .await;
    assert_eq!(
        location.unwrap(),
        format!("/petugas/aduan/{code}?selesai=redact")
    );
    let original = desk
        .get(format!("{}/petugas/aduan/{code}/foto/0", app.address))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let copy = desk
        .get(format!(
            "{}/petugas/aduan/{code}/foto/0?versi=umum",
            app.address
        ))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_ne!(original, copy, "the copy is a new image");
    // The reporter still gets the original.
    let reporter = app
        .client
        .get(format!("{}/lacak/{code}/foto/0", app.address))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(reporter, original);
    let (_, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains(r#"data-testid="public-copy""#), "{page}");
    let timeline = page.split(r#"data-testid="desk-timeline""#).nth(1).unwrap();
    assert!(
        timeline.contains("foto 1"),
        "recorded on the timeline: {timeline}"
    );
}
