//! Work before authentication, and body sizes: every route's body limit holds before a byte is
//! read, officers' and reporters' uploads are read only after their session or access is known,
//! an Open311 photo only after its key, and an agency's answer may carry phone photos.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{TestApp, browser};
use std::io::{Read, Write};
use std::time::Duration;

/// A photo of about 3 MB (noise does not compress), over axum's 2 MB default body limit.
fn large_photo() -> Vec<u8> {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let picture = image::RgbImage::from_fn(1000, 1000, |_, _| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let [r, g, b, ..] = state.to_le_bytes();
        image::Rgb([r, g, b])
    });
    let mut bytes = std::io::Cursor::new(Vec::new());
    picture
        .write_to(&mut bytes, image::ImageFormat::Png)
        .unwrap();
    let bytes = bytes.into_inner();
    assert!(bytes.len() > 2_500_000, "{} bytes", bytes.len());
    bytes
}

/// Sends `head` (request line and headers, declaring a long body) and the first bytes of the
/// body, then waits for the answer without sending the rest: the status line, if the server
/// answered within five seconds without waiting for the body.
fn answer_before_body(address: &str, head: &str, first_bytes: &[u8]) -> Option<String> {
    // The server runs on this runtime's other threads while this one blocks.
    tokio::task::block_in_place(|| blocking_answer(address, head, first_bytes))
}

fn blocking_answer(address: &str, head: &str, first_bytes: &[u8]) -> Option<String> {
    let host = address.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    stream
        .write_all(head.replace("{host}", host).as_bytes())
        .unwrap();
    stream.write_all(first_bytes).unwrap();
    let mut answer = [0u8; 256];
    let read = stream.read(&mut answer).ok()?;
    let text = String::from_utf8_lossy(&answer[..read]).into_owned();
    text.lines().next().map(str::to_owned)
}

#[tokio::test]
async fn an_agencys_answer_carries_photos_over_two_megabytes() {
    let app = TestApp::spawn().await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let agency = browser();
    app.log_in(
        &agency,
        &app.officer("dinas", "agency_admin", Some("dishub")).await,
    )
    .await;
    let accept = agency
        .post(format!("{}/petugas/aduan/{code}/tindakan", app.address))
        .form(&[("aksi", "accept_dispatch"), ("status", "dispatched")])
        .send()
        .await
        .unwrap();
    assert_eq!(accept.status(), 303);
    let form = reqwest::multipart::Form::new()
        .text("aksi", "propose_resolution")
        .text("status", "in_progress")
        .text(
            "answer",
            "Lampu sudah diganti; foto sesudah perbaikan terlampir.",
        )
        .part(
            "foto",
            reqwest::multipart::Part::bytes(large_photo())
                .file_name("sesudah.png")
                .mime_str("image/png")
                .unwrap(),
        );
    let response = agency
        .post(format!("{}/petugas/aduan/{code}/tindakan", app.address))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        format!("/petugas/aduan/{code}?selesai=propose_resolution").as_str()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_without_a_session_or_access_are_refused_before_their_body_is_read() {
    let app = TestApp::spawn().await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    let multipart =
        "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 40000000\r\n\r\n";
    for path in [
        format!("/petugas/aduan/{code}/tindakan"),
        format!("/petugas/aduan/{code}/catatan"),
    ] {
        let status = answer_before_body(
            &app.address,
            &format!("POST {path} HTTP/1.1\r\nHost: {{host}}\r\n{multipart}"),
            b"--x\r\n",
        );
        assert_eq!(
            status.as_deref(),
            Some("HTTP/1.1 303 See Other"),
            "{path}: sent to the login page at once"
        );
    }
    // A browser without the complaint's access cookie answering it.
    let status = answer_before_body(
        &app.address,
        &format!(
            "POST /lacak/{code}/jawab HTTP/1.1\r\nHost: {{host}}\r\n{}",
            multipart.replace("40000000", "9000000")
        ),
        b"--x\r\n",
    );
    assert_eq!(status.as_deref(), Some("HTTP/1.1 303 See Other"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_open311_photo_is_not_read_before_its_key_is_checked() {
    let app = TestApp::spawn().await;
    let head = "POST /open311/v2/requests.json HTTP/1.1\r\nHost: {host}\r\n\
                Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 40000000\r\n\r\n";
    // A wrong key, then the start of a photo that never finishes.
    let body = "--x\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\naduan_wrong\r\n\
                --x\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.png\"\r\n\
                Content-Type: image/png\r\n\r\n\x7fPNG";
    let status = answer_before_body(&app.address, head, body.as_bytes());
    assert_eq!(status.as_deref(), Some("HTTP/1.1 403 Forbidden"));
    // No key at all before the photo: the same.
    let body = "--x\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.png\"\r\n\
                Content-Type: image/png\r\n\r\n\x7fPNG";
    let status = answer_before_body(&app.address, head, body.as_bytes());
    assert_eq!(status.as_deref(), Some("HTTP/1.1 403 Forbidden"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_holds_its_body_limit_before_reading_it() {
    let app = TestApp::spawn().await;
    // Server functions, forms and JSON take small bodies; a declared megabyte is refused at once.
    for path in ["/api/complaints/nearby", "/lacak", "/petugas/masuk"] {
        let status = answer_before_body(
            &app.address,
            &format!(
                "POST {path} HTTP/1.1\r\nHost: {{host}}\r\n\
                 Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1048576\r\n\r\n"
            ),
            b"a=b",
        );
        assert_eq!(
            status.as_deref(),
            Some("HTTP/1.1 413 Payload Too Large"),
            "{path}"
        );
    }
    // A body without a declared length is cut off at the limit too.
    let host = app.address.trim_start_matches("http://").to_owned();
    let status = tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(&host).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "POST /api/complaints/nearby HTTP/1.1\r\nHost: {host}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        .unwrap();
        let chunk = vec![b'a'; 8 * 1024];
        for _ in 0..25 {
            // The server may stop reading once over the limit.
            if write!(stream, "{:x}\r\n", chunk.len()).is_err()
                || stream.write_all(&chunk).is_err()
                || stream.write_all(b"\r\n").is_err()
            {
                break;
            }
        }
        let _ = stream.write_all(b"0\r\n\r\n");
        let mut answer = [0u8; 64];
        let read = stream.read(&mut answer).unwrap_or(0);
        String::from_utf8_lossy(&answer[..read])
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned()
    })
    .await
    .unwrap();
    assert!(
        status.starts_with("HTTP/1.1 4") || status.starts_with("HTTP/1.1 5"),
        "{status}"
    );
}
