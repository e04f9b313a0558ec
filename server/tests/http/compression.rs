//! Compressed answers through the real server: a stranger's pages and JSON come gzipped when the
//! client accepts it (not brotli: its cost per answer halved throughput); nothing a session or a
//! reporter's cookie opens is ever compressed (BREACH).

use crate::helpers::{TestApp, browser};
use std::io::Read;

/// GETs `path` accepting `encoding`, with `cookie` if given: the answer's encoding, its
/// `Vary`, and its body decoded.
async fn fetch(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    encoding: &str,
    cookie: Option<&str>,
) -> (Option<String>, String, usize, String) {
    let mut request = client
        .get(format!("{}{path}", app.address))
        .header("accept-encoding", encoding);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .map(|value| value.to_str().unwrap().to_owned())
    };
    let (content_encoding, vary) = (header("content-encoding"), header("vary"));
    let bytes = response.bytes().await.unwrap().to_vec();
    let mut body = String::new();
    match content_encoding.as_deref() {
        Some("gzip") => flate2::read::GzDecoder::new(bytes.as_slice())
            .read_to_string(&mut body)
            .unwrap(),
        None => String::from_utf8(bytes.clone())
            .map(|text| body = text)
            .map(|_| 0)
            .unwrap(),
        Some(other) => panic!("unexpected encoding {other}"),
    };
    (
        content_encoding,
        vary.unwrap_or_default(),
        bytes.len(),
        body,
    )
}

#[tokio::test]
async fn a_strangers_pages_and_json_come_compressed_as_accepted() {
    let app = TestApp::spawn().await;
    let client = &app.client;
    let (encoding, _, plain_bytes, plain) = fetch(&app, client, "/lapor", "identity", None).await;
    assert_eq!(encoding, None);
    assert!(plain.contains("name=\"reporter_name\""));

    // What a browser sends: gzip is chosen.
    let (encoding, vary, gzip_bytes, body) =
        fetch(&app, client, "/lapor", "gzip, deflate, br, zstd", None).await;
    assert_eq!(encoding.as_deref(), Some("gzip"));
    assert!(
        vary.to_ascii_lowercase().contains("accept-encoding"),
        "{vary}"
    );
    assert!(body.contains("name=\"reporter_name\""), "{body}");
    // The same page: the same fields. (Its bytes may differ by more than the nonce and the
    // submission key: the lists may stream in after the form, as a chunk of their own, when the
    // database answers after the first flush.)
    assert_eq!(field_names(&body), field_names(&plain));
    assert!(field_names(&plain).len() > 10, "{plain}");
    assert!(
        gzip_bytes * 3 < plain_bytes,
        "gzip {gzip_bytes} B of {plain_bytes} B"
    );

    // Brotli alone is not offered for answers made per request: they go as they are.
    let (encoding, _, _, body) = fetch(&app, client, "/lapor", "br", None).await;
    assert_eq!(encoding, None);
    assert!(body.contains("name=\"reporter_name\""));

    // The language cookie is not a credential.
    let (encoding, _, _, body) = fetch(&app, client, "/lapor", "gzip", Some("aduan_lang=en")).await;
    assert_eq!(encoding.as_deref(), Some("gzip"));
    assert!(body.contains("Reporter&#x27;s name") || body.contains("Reporter's name"));

    for path in [
        "/",
        "/aduan",
        "/statistik",
        "/statistik.json",
        "/open311/v2/services.json",
    ] {
        let (encoding, _, _, _) = fetch(&app, client, path, "gzip", None).await;
        assert_eq!(encoding.as_deref(), Some("gzip"), "{path}");
    }
}

#[tokio::test]
async fn nothing_a_credential_opens_is_compressed() {
    let app = TestApp::spawn().await;
    // A reporter's receipt or access cookie, or any unknown one: the page goes as it is.
    for cookie in ["aduan_receipt=abc", "aduan_lang=id; aduan_akses=x", "x=1"] {
        let (encoding, _, _, body) = fetch(&app, &app.client, "/lapor", "gzip", Some(cookie)).await;
        assert_eq!(encoding, None, "{cookie}");
        assert!(body.contains("name=\"reporter_name\""));
    }
    // An officer's desk, signed in.
    let desk = browser();
    app.log_in(&desk, &app.officer("budi", "main_desk", None).await)
        .await;
    for path in ["/petugas", "/petugas/lapor", "/petugas/antrean.csv"] {
        let (encoding, _, _, _) = fetch(&app, &desk, path, "gzip, br", None).await;
        assert_eq!(encoding, None, "{path}");
    }
    // An answer that sets a cookie is not compressed either: a filing's, which carries the
    // receipt cookie.
    let response = app
        .client
        .post(format!("{}/lapor", app.address))
        .header("accept", "application/json")
        .header("accept-encoding", "gzip")
        .multipart(crate::file_complaint::complete_form())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers().contains_key("set-cookie"));
    assert!(!response.headers().contains_key("content-encoding"));
    let body: serde_json::Value = response.json().await.unwrap();
    assert!(body["tracking_code"].as_str().unwrap().starts_with("ADU-"));
}

/// The names of a page's form fields, sorted.
fn field_names(page: &str) -> Vec<&str> {
    let mut names: Vec<&str> = page
        .split(" name=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    names.sort_unstable();
    names
}
