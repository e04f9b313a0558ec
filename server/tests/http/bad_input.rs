//! Bad input to the public filing endpoints (`POST /lapor` and Open311's `POST requests.json`):
//! broken forms, oversized posts, decompression bombs, invalid UTF-8, injection and control
//! characters. Each gets a clear error in the reader's language, or is stored verbatim and shown
//! inert; nothing half-made is stored, and the server keeps answering.

#[path = "../../../app/src/images/claiming_png.rs"]
mod claiming_png;

use crate::file_complaint::{PHOTO, complete_form, receipt_code, valid_form};
use crate::helpers::{TestApp, get};
use app::domain::field::{ErrorCode, Field, FieldError};
use app::i18n::{Locale, ui};
use claiming_png::{crc32, png_claiming};
use reqwest::multipart::{Form, Part};
use std::io::{Read, Write};
use std::time::{Duration, Instant};

/// A classic SQL injection, in a form any quoting bug would run.
const SQL: &str = "Robert'); DROP TABLE complaints;--";
/// A script and an event handler, which would run if shown unescaped.
const HTML: &str = "<script>alert(1)</script><img src=x onerror=alert(1)>";

/// How many complaints are on record.
async fn complaints(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM complaints")
        .fetch_one(&app.database().await)
        .await
        .unwrap()
}

/// The sentence the reporter reads (in Bahasa Indonesia, the default) for `code` on `field`.
fn message(field: Field, code: ErrorCode) -> String {
    FieldError::new(field, code).message(Locale::Id)
}

/// POSTs `form` to `/lapor` from `client`, asking for JSON: the status and the answer.
async fn file_json(
    app: &TestApp,
    client: &reqwest::Client,
    form: Form,
) -> (u16, serde_json::Value) {
    let response = client
        .post(format!("{}/lapor", app.address))
        .header("Accept", "application/json")
        .multipart(form)
        .send()
        .await
        .expect("the server answers");
    let status = response.status().as_u16();
    let body = response.text().await.unwrap();
    let json = serde_json::from_str(&body).unwrap_or_else(|_| panic!("JSON: {status} {body}"));
    (status, json)
}

/// POSTs `body` to `/lapor` from the app's client with the given `Content-Type`: the status and
/// the page.
async fn post_raw(app: &TestApp, content_type: &str, body: Vec<u8>) -> (u16, String) {
    let response = app
        .client
        .post(format!("{}/lapor", app.address))
        .header("Content-Type", content_type)
        .body(body)
        .send()
        .await
        .expect("the server answers");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// A whole `multipart/form-data` body with a valid complaint and its photo, as a browser
/// writes it, parts separated by `boundary`.
fn raw_form(boundary: &str) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, value) in [
        ("reporter_name", "Siti Rahayu"),
        ("nik", "3503015708900001"),
        ("phone", "0812 3456 7890"),
        ("title", "Lampu jalan mati di Jalan Soekarno-Hatta"),
        (
            "content",
            "Sudah dua minggu lampu jalan di depan pasar mati, jalan gelap dan rawan kecelakaan.",
        ),
        ("latitude", "-8.0506"),
        ("longitude", "111.7087"),
        ("address", "Jl. Soekarno-Hatta depan Pasar Pon, Trenggalek"),
        ("privacy_notice", "1"),
    ] {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"photos\"; \
             filename=\"lampu.png\"\r\nContent-Type: image/png\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(PHOTO);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    body
}

/// A page refusing the post with `text`, in Bahasa Indonesia.
#[track_caller]
fn assert_refused_with(page: &str, text: &str) {
    assert!(page.contains(r#"lang="id""#), "{page}");
    assert!(
        page.contains(ui::SUBMIT_REFUSED.get(Locale::Id)),
        "the refusal heading: {page}"
    );
    assert!(page.contains(text), "{text:?} in {page}");
}

#[tokio::test]
async fn a_broken_boundary_a_truncated_part_or_no_boundary_is_refused_as_an_unreadable_form() {
    let app = TestApp::spawn().await;
    let whole = raw_form("batas-aduan-1234");
    let unreadable = ui::SUBMIT_UNREADABLE.get(Locale::Id);

    // The control: the same body, whole and under its own boundary, is a complaint.
    let (status, _) = post_raw(
        &app,
        "multipart/form-data; boundary=batas-aduan-1234",
        whole.clone(),
    )
    .await;
    assert_eq!(status, 303, "the well-formed body is accepted");
    assert_eq!(complaints(&app).await, 1);

    let photo_at = whole
        .windows(8)
        .position(|window| window == b"\x89PNG\r\n\x1a\n")
        .unwrap();
    let cases: [(&str, &str, Vec<u8>); 5] = [
        (
            "a boundary that is not the body's",
            "multipart/form-data; boundary=lain-sama-sekali",
            whole.clone(),
        ),
        (
            "a part cut off in the middle of the photo",
            "multipart/form-data; boundary=batas-aduan-1234",
            whole[..photo_at + 20].to_vec(),
        ),
        (
            "a body that stops before its closing boundary",
            "multipart/form-data; boundary=batas-aduan-1234",
            whole[..whole.len() - "--batas-aduan-1234--\r\n".len()].to_vec(),
        ),
        (
            "no boundary in the Content-Type",
            "multipart/form-data",
            whole.clone(),
        ),
        (
            "not multipart at all",
            "application/x-www-form-urlencoded",
            b"reporter_name=Siti+Rahayu&title=Lampu+jalan+mati".to_vec(),
        ),
    ];
    for (case, content_type, body) in cases {
        let (status, page) = post_raw(&app, content_type, body).await;
        assert_eq!(status, 400, "{case}: {page}");
        assert_refused_with(&page, unreadable);
    }
    assert_eq!(
        complaints(&app).await,
        1,
        "nothing stored from a broken form"
    );

    // JSON clients get the same sentence.
    let response = app
        .client
        .post(format!("{}/lapor", app.address))
        .header("Accept", "application/json")
        .header("Content-Type", "multipart/form-data; boundary=lain")
        .body(whole)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["message"], unreadable);
    assert_eq!(complaints(&app).await, 1);
}

/// The start of a `multipart/form-data` body with a complete complaint whose photo part then
/// runs on: what an oversized upload looks like to the server.
fn oversized_form_head(boundary: &str) -> Vec<u8> {
    let whole = raw_form(boundary);
    let photo_at = whole
        .windows(8)
        .position(|window| window == b"\x89PNG\r\n\x1a\n")
        .unwrap();
    whole[..photo_at].to_vec()
}

/// Sends a `POST /lapor` by hand, declaring `content_length` bytes, of which it writes the
/// `head` and then filler for as long as the server reads, while reading the answer. Returns the
/// status, the body of the answer, how many body bytes had been written when it came, and how
/// long it took.
fn post_declaring(
    app: &TestApp,
    content_length: u64,
    head: &[u8],
    write_body: bool,
) -> (u16, String, u64, Duration) {
    let host = app.address.strip_prefix("http://").unwrap();
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    let request_head = format!(
        "POST /lapor HTTP/1.1\r\nHost: {host}\r\n\
         Content-Type: multipart/form-data; boundary=batas-besar\r\n\
         Content-Length: {content_length}\r\nConnection: close\r\n\r\n"
    );
    let started = Instant::now();
    stream.write_all(request_head.as_bytes()).unwrap();
    let written = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    if write_body {
        let mut writer = stream.try_clone().unwrap();
        let head = head.to_vec();
        let written = written.clone();
        // Writes until everything declared is sent or the server stops reading; a write that
        // fails because the server answered and closed is the point, not a problem.
        std::thread::spawn(move || {
            if writer.write_all(&head).is_err() {
                return;
            }
            let mut sent = u64::try_from(head.len()).unwrap();
            written.store(sent, std::sync::atomic::Ordering::SeqCst);
            let filler = vec![0x5Au8; 64 * 1024];
            while sent < content_length {
                let chunk = usize::try_from((content_length - sent).min(64 * 1024)).unwrap();
                if writer.write_all(&filler[..chunk]).is_err() {
                    return;
                }
                sent += u64::try_from(chunk).unwrap();
                written.store(sent, std::sync::atomic::Ordering::SeqCst);
            }
        });
    }
    // Reads the status line, the headers and a body of the announced length.
    let mut answer = Vec::new();
    let mut buffer = [0u8; 8192];
    let (head_end, body_length) = loop {
        let read = stream.read(&mut buffer).expect("the server answers");
        assert!(read > 0, "the server closed without answering");
        answer.extend_from_slice(&buffer[..read]);
        if let Some(at) = answer.windows(4).position(|window| window == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&answer[..at]).to_lowercase();
            let length = head
                .lines()
                .find_map(|line| line.strip_prefix("content-length:"))
                .map_or(0, |value| value.trim().parse::<usize>().unwrap());
            break (at + 4, length);
        }
    };
    while answer.len() < head_end + body_length {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(read) => answer.extend_from_slice(&buffer[..read]),
        }
    }
    let elapsed = started.elapsed();
    let sent = written.load(std::sync::atomic::Ordering::SeqCst);
    let _ = stream.shutdown(std::net::Shutdown::Both);
    let status_line = String::from_utf8_lossy(&answer[..answer.len().min(12)]).into_owned();
    let status = status_line
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("a status line: {status_line}"));
    let body = String::from_utf8_lossy(&answer[head_end..]).into_owned();
    (status, body, sent, elapsed)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_past_the_limit_gets_413_and_the_citizens_message_before_the_rest_is_read() {
    let app = TestApp::spawn().await;
    let limit = u64::try_from(app::handlers::file_complaint::MAX_BODY_BYTES).unwrap();
    // About 100 MB announced: past the form's limit (51 MiB), within the outer guard's (twice
    // that), so the filing handler itself answers.
    let declared = 100_000_000;
    assert!(declared > limit && declared < 2 * limit);
    let head = oversized_form_head("batas-besar");

    let (status, body, sent, elapsed) =
        tokio::task::block_in_place(|| post_declaring(&app, declared, &head, true));

    assert_eq!(status, 413, "{body}");
    assert_refused_with(&body, ui::SUBMIT_TOO_LARGE.get(Locale::Id));
    // The answer came once the limit was passed (less the chunk being written), not after the
    // whole declared body.
    assert!(sent + 64 * 1024 > limit, "{sent} bytes sent");
    assert!(
        sent < declared,
        "the answer came before the client had sent all {declared} bytes (it had sent {sent})"
    );
    assert!(elapsed < Duration::from_secs(60), "took {elapsed:?}");
    assert_eq!(complaints(&app).await, 0);
    assert!(!app.data_dir.join("photos").exists(), "no photo kept");
    let (status, _) = get(&app, &crate::helpers::browser(), "/lapor").await;
    assert_eq!(status, 200, "the server still answers");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_post_declaring_far_past_the_limit_is_refused_with_413_before_any_of_it_is_sent() {
    let app = TestApp::spawn().await;
    let limit = u64::try_from(app::handlers::file_complaint::MAX_BODY_BYTES).unwrap();
    // Past the outer guard: refused on the declared length alone, without a byte of the body.
    let declared = 2 * limit + 50_000_000;

    let (status, body, sent, elapsed) = tokio::task::block_in_place(|| {
        post_declaring(&app, declared, &oversized_form_head("batas-besar"), false)
    });

    assert_eq!(status, 413, "{body}");
    assert_eq!(sent, 0);
    // A plain answer in both languages: no handler ran to know the reader's.
    assert_eq!(body, "Kiriman terlalu besar. / The request is too large.");
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
    assert_eq!(complaints(&app).await, 0);
}

#[tokio::test]
async fn a_fifty_megabyte_photo_within_the_post_limit_is_refused_as_too_large_a_photo() {
    let app = TestApp::spawn().await;
    // A JPEG's signature, so that the size is what is wrong with it.
    let mut fifty_megabytes = vec![0u8; 50_000_000];
    fifty_megabytes[..4].copy_from_slice(&[0xFF, 0xD8, 0xFF, 0xE0]);
    let started = Instant::now();

    let response = app
        .post_form(
            "/lapor",
            valid_form().part(
                "photos",
                Part::bytes(fifty_megabytes)
                    .file_name("besar.jpg")
                    .mime_str("image/jpeg")
                    .unwrap(),
            ),
        )
        .await;

    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    let too_large = message(
        Field::Photos,
        ErrorCode::PhotoTooLarge {
            max_bytes: app::domain::photo::MAX_PHOTO_BYTES,
        },
    );
    assert_eq!(too_large, "Ukuran setiap foto maksimal 10 MB.");
    assert_refused_with(&page, &too_large);
    assert!(started.elapsed() < Duration::from_secs(60));
    assert_eq!(complaints(&app).await, 0);
    assert!(!app.data_dir.join("photos").exists(), "no photo kept");
}

#[tokio::test]
async fn a_png_claiming_100000_pixels_a_side_is_refused_unread_and_the_server_still_answers() {
    let app = TestApp::spawn().await;
    assert_eq!(crc32(b"IEND"), 0xAE42_6082, "the PNG reference CRC");
    let bomb = png_claiming(100_000, 100_000);
    assert!(bomb.len() < 100, "{} bytes", bomb.len());
    let photo = |bytes: Vec<u8>| {
        Part::bytes(bytes)
            .file_name("bom.png")
            .mime_str("image/png")
            .unwrap()
    };
    let too_many_pixels = ErrorCode::PhotoTooManyPixels {
        max_side: app::images::MAX_DECODE_SIDE,
        max_megapixels: app::images::MAX_DECODE_MEGAPIXELS,
    };
    let started = Instant::now();

    let response = app
        .post_form("/lapor", valid_form().part("photos", photo(bomb)))
        .await;

    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    let expected = message(Field::Photos, too_many_pixels);
    assert_eq!(
        expected,
        "Resolusi foto terlalu besar; maksimal 8192 piksel per sisi dan 40 megapiksel."
    );
    assert_refused_with(&page, &expected);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "refused from its header, not decoded: {:?}",
        started.elapsed()
    );

    // The same for a JSON client, with the machine code; one side over the limit is enough.
    for (width, height) in [(100_000, 100_000), (app::images::MAX_DECODE_SIDE + 1, 1)] {
        let (status, body) = file_json(
            &app,
            &app.client,
            valid_form().part("photos", photo(png_claiming(width, height))),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        assert_eq!(
            body["errors"],
            serde_json::json!([{
                "field": "photos",
                "code": too_many_pixels.code(),
                "message": expected,
            }])
        );
    }
    assert_eq!(complaints(&app).await, 0);
    assert!(!app.data_dir.join("photos").exists(), "no photo kept");

    // The server is still up and files the next complaint.
    let (status, _) = app.get("/lapor").await;
    assert_eq!(status, 200);
    receipt_code(&app.post_form("/lapor", complete_form()).await);
    assert_eq!(complaints(&app).await, 1);
}

#[tokio::test]
async fn invalid_utf8_in_a_text_field_of_the_form_is_refused_as_unreadable() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let unreadable = ui::SUBMIT_UNREADABLE.get(Locale::Id);
    let mut long_title = b"Lampu jalan mati ".to_vec();
    long_title.extend_from_slice(&[0xFF, 0xFE]);
    long_title.extend_from_slice(b" di depan Pasar Pon");
    for (field, bytes) in [
        ("title", vec![0xFF, 0xFE]),
        ("title", long_title.clone()),
        ("content", [&long_title[..], &long_title[..]].concat()),
        ("reporter_name", b"Siti \xC3\x28 Rahayu".to_vec()),
        (
            "address",
            b"Jl. Soekarno-Hatta \xED\xA0\x80 Trenggalek".to_vec(),
        ),
    ] {
        let form = complete_form().part(field, Part::bytes(bytes));
        let response = desk
            .post(format!("{}/lapor", app.address))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{field}");
        assert_refused_with(&response.text().await.unwrap(), unreadable);
    }
    let (status, body) = file_json(
        &app,
        &desk,
        complete_form().part("title", Part::bytes(long_title)),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(body["message"], unreadable);
    assert_eq!(
        complaints(&app).await,
        0,
        "nothing stored, not even mangled"
    );
}

#[tokio::test]
async fn invalid_utf8_in_an_open311_body_is_refused_with_400_and_the_unreadable_body_error() {
    let app = TestApp::spawn().await;
    let (_, key) = crate::open311::key(&app, app::storage::api_keys::Scope::Create).await;
    let url = format!("{}/open311/v2/requests.json", app.address);
    let unreadable = serde_json::json!([{
        "code": 400,
        "description": "Isi permintaan tidak terbaca / unreadable request body",
    }]);

    // A JSON body (Open311 takes multipart or URL-encoded forms) with invalid UTF-8 in a
    // string, and one that is not even text.
    let json_bodies = [
        [
            b"{\"api_key\":\"".as_slice(),
            key.as_bytes(),
            b"\",\"description\":\"Lampu \xFF\xFE mati\"}",
        ]
        .concat(),
        b"\xFF\xFE\x00{".to_vec(),
    ];
    for body in json_bodies {
        let response = app
            .client
            .post(&url)
            .header("Content-Type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400);
        let answer: serde_json::Value = response.json().await.unwrap();
        assert_eq!(answer, unreadable);
    }

    // The same bytes in a multipart text part, where the spec's clients send them.
    let response = app
        .client
        .post(&url)
        .multipart(crate::open311::request_form(&key).part(
            "description",
            Part::bytes(b"Lampu jalan mati \xFF\xFE di depan Pasar Pon, dua minggu.".to_vec()),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let answer: serde_json::Value = response.json().await.unwrap();
    assert_eq!(answer, unreadable);
    assert_eq!(complaints(&app).await, 0);

    // The well-formed request is filed: the refusals were about the bytes.
    let response = app
        .client
        .post(&url)
        .multipart(crate::open311::request_form(&key))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    assert_eq!(complaints(&app).await, 1);
}

/// What a field's value must come to.
enum Outcome {
    /// Refused with this error on this field.
    Refused(Field, ErrorCode),
    /// Stored in this column exactly as sent.
    Verbatim(&'static str),
    /// Dropped: the complaint is filed with nothing in this column.
    Dropped(&'static str),
}

#[tokio::test]
async fn sql_and_script_injection_in_every_field_is_refused_by_its_rule_or_stored_verbatim() {
    use Outcome::{Dropped, Refused, Verbatim};
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let db = app.database().await;
    let cases: Vec<(&str, &str, Outcome)> = vec![
        (
            "reporter_name",
            SQL,
            Refused(Field::ReporterName, ErrorCode::InvalidNameCharacters),
        ),
        (
            "reporter_name",
            HTML,
            Refused(Field::ReporterName, ErrorCode::InvalidNameCharacters),
        ),
        // What a name may hold of an injection is stored as typed.
        (
            "reporter_name",
            "Robert' -- DROP TABLE complaints",
            Verbatim("reporter_name"),
        ),
        ("nik", SQL, Refused(Field::Nik, ErrorCode::NikNotDigits)),
        ("nik", HTML, Refused(Field::Nik, ErrorCode::NikNotDigits)),
        ("phone", SQL, Refused(Field::Phone, ErrorCode::InvalidPhone)),
        (
            "phone",
            HTML,
            Refused(Field::Phone, ErrorCode::InvalidPhone),
        ),
        ("email", SQL, Refused(Field::Email, ErrorCode::InvalidEmail)),
        (
            "email",
            HTML,
            Refused(Field::Email, ErrorCode::InvalidEmail),
        ),
        (
            "email",
            "<script>@contoh.id",
            Refused(Field::Email, ErrorCode::InvalidEmail),
        ),
        ("email", "x'OR'1'='1@contoh.id", Verbatim("email")),
        ("title", SQL, Verbatim("title")),
        ("title", HTML, Verbatim("title")),
        ("content", SQL, Verbatim("content")),
        ("content", HTML, Verbatim("content")),
        ("address", SQL, Verbatim("address")),
        ("address", HTML, Verbatim("address")),
        (
            "category",
            SQL,
            Refused(Field::Category, ErrorCode::InvalidChoice),
        ),
        (
            "category",
            HTML,
            Refused(Field::Category, ErrorCode::InvalidChoice),
        ),
        (
            "agency",
            SQL,
            Refused(Field::Agency, ErrorCode::InvalidChoice),
        ),
        (
            "channel",
            SQL,
            Refused(Field::Channel, ErrorCode::InvalidChoice),
        ),
        (
            "visibility",
            HTML,
            Refused(Field::Visibility, ErrorCode::InvalidChoice),
        ),
        (
            "latitude",
            SQL,
            Refused(Field::Location, ErrorCode::InvalidCoordinate),
        ),
        (
            "longitude",
            HTML,
            Refused(Field::Location, ErrorCode::InvalidCoordinate),
        ),
        // A submission key that is not one is dropped: the complaint is filed without it.
        ("submission_key", SQL, Dropped("submission_key")),
    ];

    let mut filed = 0;
    for (name, value, outcome) in cases {
        let (status, body) = file_json(&app, &desk, complete_form().text(name, value)).await;
        match outcome {
            Refused(field, code) => {
                assert_eq!(status, 422, "{name} = {value:?}: {body}");
                assert_eq!(
                    body["errors"],
                    serde_json::json!([{
                        "field": field.name(),
                        "code": code.code(),
                        "message": message(field, code),
                    }]),
                    "{name} = {value:?}"
                );
            }
            Verbatim(column) | Dropped(column) => {
                assert_eq!(status, 200, "{name} = {value:?}: {body}");
                filed += 1;
                let code = body["tracking_code"].as_str().unwrap();
                let stored: Option<String> = sqlx::query_scalar(&format!(
                    "SELECT {column} FROM complaints WHERE tracking_code = $1"
                ))
                .bind(code)
                .fetch_one(&db)
                .await
                .unwrap();
                let expected = match outcome {
                    Dropped(_) => None,
                    _ => Some(value),
                };
                assert_eq!(stored.as_deref(), expected, "{name} = {value:?}");
            }
        }
    }

    // The table is whole, and takes the next complaint.
    assert_eq!(complaints(&app).await, filed);
    let titled: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM complaints WHERE title = $1")
        .bind(SQL)
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(titled, 1);
    app.file_from(&desk, complete_form()).await;
    assert_eq!(complaints(&app).await, filed + 1);
}

#[tokio::test]
async fn injected_markup_is_shown_escaped_to_the_reporter_the_public_the_desk_and_open311() {
    let app = TestApp::spawn().await;
    let title = format!("{SQL} {HTML}");
    // `</textarea>` first: the text is also the prefill of the desk's and the reporter's forms.
    let content = format!("{SQL}\n</textarea>{HTML}\nLampu jalan mati, mohon segera diperbaiki.");
    let address = format!("{HTML} Jl. Soekarno-Hatta");
    let name = "Robert' -- DROP TABLE complaints";
    // Filed from the app's own client: it keeps the access cookie to the tracking page.
    let code = receipt_code(
        &app.post_form(
            "/lapor",
            complete_form()
                .text("reporter_name", name)
                .text("title", title.clone())
                .text("content", content.clone())
                .text("address", address.clone()),
        )
        .await,
    );
    let stored: (String, String, String, String) = sqlx::query_as(
        "SELECT reporter_name, title, content, address FROM complaints WHERE tracking_code = $1",
    )
    .bind(&code)
    .fetch_one(&app.database().await)
    .await
    .unwrap();
    assert_eq!(
        stored,
        (
            name.to_owned(),
            title.clone(),
            content.clone(),
            address.clone()
        ),
        "stored verbatim"
    );

    let escaped_script = "&lt;script&gt;alert(1)&lt;/script&gt;";
    let inert = |page: &str, what: &str| {
        // No tag opened, and no script element closed early (the serialised state inside
        // Leptos's inline script writes `<` as `\u003c`).
        for raw in [
            "<script>alert(1)",
            "<img src=x",
            "alert(1)</script>",
            "</textarea><script",
        ] {
            assert!(!page.contains(raw), "{raw} unescaped on {what}: {page}");
        }
        assert!(page.contains(escaped_script), "escaped on {what}: {page}");
    };

    // The reporter's tracking page shows the title, the text and the address.
    let (status, page) = app.get(&format!("/lacak/{code}")).await;
    assert_eq!(status, 200);
    inert(&page, "the tracking page");
    assert!(
        page.matches(escaped_script).count() >= 3,
        "title, text and address: {page}"
    );

    // The desk sees the reporter's name besides.
    let desk = app.main_desk().await;
    let (status, page) = get(&app, &desk, &format!("/petugas/aduan/{code}")).await;
    assert_eq!(status, 200);
    inert(&page, "the desk's page");
    assert!(page.contains(&format!("<dd>{name}</dd>")), "{page}");
    assert!(
        page.contains("&lt;/textarea&gt;&lt;script&gt;alert(1)"),
        "the redaction form's prefill: {page}"
    );

    // Verified as public, it is on the public list and in Open311's XML.
    app.act_as(
        &code,
        &app::domain::status::Action::Verify {
            visibility: app::domain::complaint::Visibility::Public,
        },
        app::domain::status::Role::MainDesk,
        chrono::Utc::now(),
    )
    .await;
    let (status, page) = app.get("/aduan").await;
    assert_eq!(status, 200);
    inert(&page, "the public list");
    let (status, xml) = app.get(&format!("/open311/v2/requests/{code}.xml")).await;
    assert_eq!(status, 200);
    inert(&xml, "Open311's XML");

    // Returned to the reporter, the text prefills the correction form on the tracking page.
    let returned = receipt_code(
        &app.post_form("/lapor", complete_form().text("content", content.clone()))
            .await,
    );
    app.act_as(
        &returned,
        &app::domain::status::Action::ReturnToReporter {
            reason: app::domain::status::Reason::parse(
                "Mohon sebutkan nomor tiang lampu yang mati.",
            )
            .unwrap(),
        },
        app::domain::status::Role::MainDesk,
        chrono::Utc::now(),
    )
    .await;
    let (status, page) = app.get(&format!("/lacak/{returned}")).await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"data-testid="complete""#), "{page}");
    inert(&page, "the correction form");
    assert!(
        page.contains("&lt;/textarea&gt;&lt;script&gt;alert(1)"),
        "the correction form's prefill: {page}"
    );

    // The table is whole and takes the next complaint.
    assert_eq!(complaints(&app).await, 2);
    app.file_from(&desk, complete_form()).await;
    assert_eq!(complaints(&app).await, 3);
}

#[tokio::test]
async fn nul_bytes_and_control_characters_in_the_nik_name_and_texts_are_refused_by_name() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let control = ErrorCode::ControlCharacters;
    let cases: [(&str, &str, Field, ErrorCode); 12] = [
        (
            "reporter_name",
            "Siti\0Rahayu",
            Field::ReporterName,
            control,
        ),
        (
            "reporter_name",
            "Siti Rahayu\0",
            Field::ReporterName,
            control,
        ),
        (
            "reporter_name",
            "Siti\u{7}Rahayu",
            Field::ReporterName,
            control,
        ),
        (
            "reporter_name",
            "\u{1b}[2JSiti Rahayu",
            Field::ReporterName,
            control,
        ),
        (
            "reporter_name",
            "Siti \u{202E}uyahaR",
            Field::ReporterName,
            control,
        ),
        (
            "nik",
            "3503015708900001\0",
            Field::Nik,
            ErrorCode::NikNotDigits,
        ),
        (
            "nik",
            "35030157\u{0}08900001",
            Field::Nik,
            ErrorCode::NikNotDigits,
        ),
        (
            "nik",
            "3503015708900001\u{7}",
            Field::Nik,
            ErrorCode::NikNotDigits,
        ),
        (
            "nik",
            "\u{1b}3503015708900001",
            Field::Nik,
            ErrorCode::NikNotDigits,
        ),
        (
            "title",
            "Lampu jalan\0 mati di depan pasar",
            Field::Title,
            control,
        ),
        (
            "content",
            "Sudah dua minggu lampu jalan mati,\u{8}\u{8} jalan gelap dan rawan.",
            Field::Content,
            control,
        ),
        (
            "address",
            "Jl. Soekarno-Hatta\0 Trenggalek",
            Field::Address,
            control,
        ),
    ];
    for (name, value, field, code) in cases {
        let (status, body) = file_json(&app, &desk, complete_form().text(name, value)).await;
        assert_eq!(status, 422, "{name} = {value:?}: {body}");
        assert_eq!(
            body["errors"],
            serde_json::json!([{
                "field": field.name(),
                "code": code.code(),
                "message": message(field, code),
            }]),
            "{name} = {value:?}"
        );
    }
    assert_eq!(
        message(Field::ReporterName, control),
        "Nama pelapor mengandung karakter kontrol yang tidak diizinkan."
    );
    assert_eq!(
        message(Field::Nik, ErrorCode::NikNotDigits),
        "NIK hanya boleh berisi angka."
    );

    // A browser's form gets the same sentences on the refusal page, in the reader's language.
    let response = app
        .client
        .post(format!("{}/lapor", app.address))
        .header("Cookie", "aduan_lang=en")
        .multipart(
            complete_form()
                .text("reporter_name", "Siti\0Rahayu")
                .text("nik", "3503015708900001\0"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"lang="en""#), "{page}");
    for expected in [
        FieldError::new(Field::ReporterName, control).message(Locale::En),
        FieldError::new(Field::Nik, ErrorCode::NikNotDigits).message(Locale::En),
    ] {
        assert!(page.contains(&expected), "{expected} in {page}");
    }
    assert_eq!(complaints(&app).await, 0);
}
