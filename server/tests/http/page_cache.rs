//! Strangers' public pages come from copies (`server::page_cache`): each copy with a nonce and a
//! submission key of its own, never after a change, never for a request with credentials.

use crate::file_complaint::complete_form;
use crate::helpers::{TestApp, browser, post};
use app::domain::complaint::Visibility;
use app::domain::status::{Action, Role};
use chrono::Utc;
use server::page_cache::POLL;
use std::time::Duration;

/// A stranger's GET: the `Cache-Status`, the nonce the content policy names, and the page.
async fn visit(app: &TestApp, path: &str, cookie: Option<&str>) -> (String, String, String) {
    let mut request = app.client.get(format!("{}{path}", app.address));
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
            .unwrap_or_default()
    };
    let status = header("cache-status");
    let policy = header("content-security-policy");
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap_or_default()
        .to_owned();
    (status, nonce, response.text().await.unwrap())
}

/// The submission key a form carries for a native post.
fn submission_key(page: &str) -> &str {
    let rest = page
        .split("name=\"submission_key\" value=\"")
        .nth(1)
        .expect("the form carries a submission key");
    &rest[..rest.find('"').unwrap()]
}

#[tokio::test]
async fn a_strangers_next_visit_is_a_copy_with_a_nonce_and_a_submission_key_of_its_own() {
    let app = TestApp::spawn().await;
    let (first_status, first_nonce, first) = visit(&app, "/lapor", None).await;
    assert_eq!(first_status, "aduan; fwd=miss; stored");
    let mut keys = vec![submission_key(&first).to_owned()];
    let mut nonces = vec![first_nonce.clone()];
    for _ in 0..3 {
        let (status, nonce, page) = visit(&app, "/lapor", None).await;
        assert_eq!(status, "aduan; hit");
        // The policy's nonce is the one the page's scripts carry, and no earlier one.
        assert_eq!(nonce.len(), first_nonce.len());
        assert!(page.contains(&format!("nonce=\"{nonce}\"")), "{page}");
        assert!(
            nonces
                .iter()
                .all(|earlier| !page.contains(earlier.as_str()))
        );
        let key = submission_key(&page).to_owned();
        assert_eq!(key.len(), 36, "{key}");
        assert!(!keys.contains(&key), "a key given twice: {key}");
        // Otherwise the same page.
        assert_eq!(
            page.replace(&nonce, "N").replace(&key, "K"),
            first.replace(&first_nonce, "N").replace(&keys[0], "K")
        );
        keys.push(key);
        nonces.push(nonce);
    }

    // The other public pages too, each language a copy of its own.
    for path in ["/", "/lacak", "/statistik", "/aduan", "/aduan?hal=2"] {
        assert_eq!(visit(&app, path, None).await.0, "aduan; fwd=miss; stored");
        assert_eq!(visit(&app, path, None).await.0, "aduan; hit", "{path}");
        let (status, _, english) = visit(&app, path, Some("aduan_lang=en")).await;
        assert_eq!(status, "aduan; fwd=miss; stored", "{path}");
        assert!(english.contains("<html lang=\"en\""), "{path}");
    }
}

#[tokio::test]
async fn a_change_through_this_instance_shows_at_once() {
    let app = TestApp::spawn().await;
    let admin = browser();
    app.log_in(&admin, &app.officer("root", "system_admin", None).await)
        .await;
    let (_, _, form) = visit(&app, "/lapor", None).await;
    assert_eq!(visit(&app, "/lapor", None).await.0, "aduan; hit");
    assert!(!form.contains("Taman kota"), "{form}");

    // The administrator's post is answered; the very next visit renders the form again.
    let add = [
        ("daftar", "kategori"),
        ("aksi", "tambah"),
        ("kode", "taman"),
        ("nama", "Taman kota"),
        ("nama_en", "City parks"),
    ];
    let (_, location, _) = post(&app, &admin, "/petugas/admin/daftar", &add).await;
    assert_eq!(location.as_deref(), Some("/petugas/admin?selesai=daftar"));
    let (status, _, form) = visit(&app, "/lapor", None).await;
    assert_eq!(status, "aduan; fwd=miss; stored");
    assert!(form.contains("Taman kota"), "{form}");
}

#[tokio::test]
async fn a_change_made_elsewhere_shows_within_the_poll() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let (_, _, before) = visit(&app, "/aduan", None).await;
    assert_eq!(visit(&app, "/aduan", None).await.0, "aduan; hit");
    assert!(!before.contains("Jembatan gantung putus"), "{before}");

    // A step taken by the scheduler or another instance (here: the service, called beside the
    // server) reaches the database's generation, which the cache reads within its poll.
    let code = app
        .file_from(
            &desk,
            complete_form().text("title", "Jembatan gantung putus"),
        )
        .await;
    let verify = Action::Verify {
        visibility: Visibility::Public,
    };
    app.act_as(&code, &verify, Role::MainDesk, Utc::now()).await;
    tokio::time::sleep(POLL + Duration::from_millis(20)).await;
    let (status, _, after) = visit(&app, "/aduan", None).await;
    assert_eq!(status, "aduan; fwd=miss; stored");
    assert!(after.contains("Jembatan gantung putus"), "{after}");

    // A category written by hand in SQL, on the database under both instances, is on the form
    // of the other instance.
    let beside = app.spawn_beside().await;
    let (_, _, form) = visit(&beside, "/lapor", None).await;
    assert_eq!(visit(&beside, "/lapor", None).await.0, "aduan; hit");
    assert!(!form.contains("Taman kota"), "{form}");
    sqlx::query(
        "INSERT INTO categories (code, name_id, name_en, position, active) \
         VALUES ('taman', 'Taman kota', 'City parks', 99, 1)",
    )
    .execute(&app.database().await)
    .await
    .unwrap();
    tokio::time::sleep(POLL + Duration::from_millis(20)).await;
    let (status, _, form) = visit(&beside, "/lapor", None).await;
    assert_eq!(status, "aduan; fwd=miss; stored");
    assert!(form.contains("Taman kota"), "{form}");
}

#[tokio::test]
async fn no_copy_for_credentials_a_reporters_page_or_a_long_query() {
    let app = TestApp::spawn().await;
    for (path, cookie) in [
        ("/lapor", Some("aduan_session=abc")),
        ("/aduan", Some("aduan_lang=id; aduan_receipt=x")),
        ("/lacak?kode=ADU-ABCD-2345", None),
        ("/lapor?x=1", None),
    ] {
        for _ in 0..2 {
            assert_eq!(visit(&app, path, cookie).await.0, "", "{path} {cookie:?}");
        }
    }
    let long = format!("/aduan?cari={}", "a".repeat(300));
    assert_eq!(visit(&app, &long, None).await.0, "");
    let (status, body) = app.get("/lacak/ADU-ABCD-2345").await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn readers_who_arrive_while_a_page_is_rendered_take_its_copy_instead_of_rendering_again() {
    use axum::response::IntoResponse;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let app = TestApp::spawn().await;
    let renders = Arc::new(AtomicUsize::new(0));
    // A page that takes its time to render, as the statistics of a busy year do when no one
    // has asked for them yet.
    let page = {
        let renders = renders.clone();
        move || {
            let renders = renders.clone();
            async move {
                renders.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(300)).await;
                (
                    [
                        ("content-type", "text/html; charset=utf-8"),
                        ("content-security-policy", "script-src 'nonce-N0NCE'"),
                    ],
                    "<script nonce=\"N0NCE\"></script><p>statistik</p>",
                )
                    .into_response()
            }
        }
    };
    let router = axum::Router::new()
        .route("/statistik", axum::routing::get(page))
        .layer(axum::middleware::from_fn_with_state(
            (app.state.clone(), server::page_cache::PageCache::default()),
            server::page_cache::serve,
        ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}/statistik", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    let client = reqwest::Client::new();
    let visit = |delay: u64| {
        let (client, address) = (client.clone(), address.clone());
        async move {
            tokio::time::sleep(Duration::from_millis(delay)).await;
            let response = client.get(&address).send().await.unwrap();
            assert_eq!(response.status(), 200);
            response.headers()["cache-status"]
                .to_str()
                .unwrap()
                .to_owned()
        }
    };
    // One reader starts the render; three arrive while it runs.
    let (first, second, third, fourth) = tokio::join!(visit(0), visit(100), visit(120), visit(140));
    let statuses = [first, second, third, fourth];
    assert_eq!(renders.load(Ordering::SeqCst), 1, "{statuses:?}");
    assert_eq!(
        statuses,
        [
            "aduan; fwd=miss; stored",
            "aduan; hit",
            "aduan; hit",
            "aduan; hit"
        ]
    );
}
