//! The pages as a browser first receives them: server-rendered HTML, in the reader's language.

use crate::helpers::TestApp;

#[tokio::test]
async fn home_page_is_rendered_on_the_server_in_indonesian() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/").await;
    assert_eq!(status, 200);
    assert!(body.contains(r#"<html lang="id""#), "{body}");
    assert!(body.contains("Sampaikan pengaduan Anda"), "{body}");
    assert!(body.contains(r#"href="/lapor""#), "{body}");
}

#[tokio::test]
async fn the_filing_form_loads_the_webassembly_that_hydrates_it() {
    let app = TestApp::spawn().await;
    let (_, body) = app.get("/lapor").await;
    assert!(body.contains("/pkg/aduan.js"), "{body}");
    assert!(body.contains("/pkg/aduan_bg.wasm"), "{body}");
    assert!(body.contains("/pkg/aduan.css"), "{body}");
}

#[tokio::test]
async fn the_desk_hydrates_with_a_bundle_of_its_own() {
    let app = TestApp::spawn().await;
    let (_, body) = app.get("/petugas/masuk").await;
    assert!(body.contains("/pkg/aduan_desk.js"), "{body}");
    assert!(body.contains("/pkg/aduan_desk_bg.wasm"), "{body}");
    assert!(!body.contains("/pkg/aduan.js"), "{body}");
}

/// The islands a page's HTML holds, by name (the hash the macro appends dropped).
fn islands(page: &str) -> Vec<&str> {
    page.split("<leptos-island data-component=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|name| name.rsplit_once('_').map_or(name, |(name, _)| name))
        .collect()
}

#[tokio::test]
async fn citizen_pages_hydrate_only_their_islands_and_the_desk_hydrates_whole() {
    let app = TestApp::spawn().await;
    // Without an island a citizens' page is whole as HTML: no script, no WebAssembly.
    for path in ["/", "/statistik", "/aduan", "/lacak", "/nowhere"] {
        let (_, body) = app.get(path).await;
        assert!(
            body.contains("<h1") || body.contains("<p>"),
            "{path}: {body}"
        );
        assert!(!body.contains("/pkg/aduan.js"), "{path}: {body}");
        assert!(!body.contains(".wasm"), "{path}: {body}");
        assert!(islands(&body).is_empty(), "{path}");
        assert!(body.contains("action=\"/bahasa\""), "{path}: {body}");
    }

    // The filing form is the island: all of it, and nothing of the page around it.
    let (_, form) = app.get("/lapor").await;
    assert!(form.contains("hydrateIslands"), "{form}");
    assert!(form.contains("/pkg/aduan_bg.wasm"), "{form}");
    assert_eq!(islands(&form), ["FilingIsland"]);
    let island = form.find("<leptos-island").unwrap();
    let form_start = form.find("class=\"complaint-form\"").unwrap();
    let form_end = form.find("</form>").unwrap();
    let island_end = form.rfind("</leptos-island>").unwrap();
    assert!(island < form_start && form_end < island_end, "{form}");
    assert!(
        form[..island].contains("<title>"),
        "the title is server HTML: {form}"
    );
    assert!(form[..island].contains("action=\"/bahasa\""), "{form}");

    let (_, desk) = app.get("/petugas/masuk").await;
    assert!(islands(&desk).is_empty(), "{desk}");
    assert!(!desk.contains("hydrateIslands"), "{desk}");
    assert!(desk.contains("mod.hydrate()"), "{desk}");
    assert!(
        !desk.contains("action=\"/bahasa\""),
        "the desk switches in place: {desk}"
    );
}

#[tokio::test]
async fn the_language_switch_remembers_the_choice_and_goes_back_to_the_same_page() {
    let app = TestApp::spawn().await;
    let (_, page) = app.get("/aduan?cari=jalan").await;
    assert!(page.contains("name=\"ke\" value=\"en\""), "{page}");
    assert!(
        page.contains("name=\"kembali\" value=\"/aduan?cari=jalan\""),
        "{page}"
    );

    let client = crate::helpers::client_builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let switch = |ke: &'static str, back: &'static str| {
        client
            .post(format!("{}/bahasa", app.address))
            .form(&[("ke", ke), ("kembali", back)])
            .send()
    };
    let response = switch("en", "/aduan?cari=jalan").await.unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/aduan?cari=jalan");
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("aduan_lang=en;"), "{cookie}");
    assert!(cookie.contains("Max-Age=31536000"), "{cookie}");

    // The page it goes back to is in English, and offers the way back to Bahasa Indonesia.
    let english = app
        .client
        .get(format!("{}/aduan?cari=jalan", app.address))
        .header("cookie", "aduan_lang=en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(english.contains("<html lang=\"en\""), "{english}");
    assert!(english.contains("name=\"ke\" value=\"id\""), "{english}");

    // Never to another site; an unknown language is the default one.
    for back in [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
    ] {
        let response = switch("en", back).await.unwrap();
        assert_eq!(response.headers()["location"], "/", "{back}");
    }
    let response = switch("xx", "/").await.unwrap();
    assert!(
        response.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .starts_with("aduan_lang=id;")
    );
}

#[tokio::test]
async fn built_files_are_linked_by_content_hash_served_compressed_and_cached_for_a_year() {
    let site = std::env::temp_dir().join(format!("aduan-site-{}", std::process::id()));
    let pkg = site.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(
        pkg.join("assets.txt"),
        "citizen aduan-00aa11bb\ndesk aduan_desk-22cc33dd\ncss aduan-44ee55ff.css\n",
    )
    .unwrap();
    std::fs::write(
        pkg.join("aduan-00aa11bb.js"),
        "export function hydrate() {}",
    )
    .unwrap();
    std::fs::write(pkg.join("aduan-00aa11bb.js.br"), b"brotli bytes").unwrap();
    std::fs::write(pkg.join("aduan.css"), "body {}").unwrap();
    let app = TestApp::spawn_with(crate::helpers::Options {
        site_root: Some(site.clone()),
        ..Default::default()
    })
    .await;

    let (_, home) = app.get("/lapor").await;
    assert!(home.contains("/pkg/aduan-00aa11bb.js"), "{home}");
    assert!(home.contains("/pkg/aduan-00aa11bb_bg.wasm"), "{home}");
    assert!(home.contains("/pkg/aduan-44ee55ff.css"), "{home}");
    let (_, desk) = app.get("/petugas/masuk").await;
    assert!(desk.contains("/pkg/aduan_desk-22cc33dd.js"), "{desk}");

    let client = crate::helpers::client_builder().build().unwrap();
    let compressed = client
        .get(format!("{}/pkg/aduan-00aa11bb.js", app.address))
        .header("accept-encoding", "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(compressed.status(), 200);
    assert_eq!(compressed.headers()["content-encoding"], "br");
    assert_eq!(
        compressed.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(compressed.bytes().await.unwrap().as_ref(), b"brotli bytes");
    let plain = client
        .get(format!("{}/pkg/aduan-00aa11bb.js", app.address))
        .send()
        .await
        .unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.text().await.unwrap(), "export function hydrate() {}");
    // The fixed-name stylesheet of the message pages is asked for again each time.
    let fixed = client
        .get(format!("{}/pkg/aduan.css", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(fixed.headers()["cache-control"], "no-cache");
    let _ = std::fs::remove_dir_all(&site);
}

#[tokio::test]
async fn filing_form_has_every_required_field() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/lapor").await;
    assert_eq!(status, 200);
    for name in [
        "reporter_name",
        "nik",
        "title",
        "content",
        "latitude",
        "longitude",
        "address",
        "photos",
        "privacy_notice",
    ] {
        assert!(
            body.contains(&format!(r#"name="{name}""#)),
            "the form lacks {name}"
        );
    }
    assert!(body.contains(r#"enctype="multipart/form-data""#));
    // The desk's lists, from the database.
    assert!(body.contains("Penerangan jalan umum"), "{body}");
    assert!(
        body.contains("Dinas Pekerjaan Umum dan Penataan Ruang"),
        "{body}"
    );
    // A fresh submission key for a native post.
    assert!(body.contains(r#"name="submission_key""#), "{body}");
}

#[tokio::test]
async fn english_is_served_to_a_reader_who_chose_it() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(format!("{}/lapor", app.address))
        .header("Cookie", "aduan_lang=en")
        .send()
        .await
        .unwrap();
    let body = response.text().await.unwrap();
    assert!(body.contains(r#"<html lang="en""#), "{body}");
    assert!(body.contains("Complaint form"), "{body}");
    assert!(!body.contains("Formulir pengaduan"), "{body}");
}

#[tokio::test]
async fn unknown_address_is_a_404_page() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/no-such-page").await;
    assert_eq!(status, 404);
    assert!(body.contains("Halaman tidak ditemukan"), "{body}");
}

#[tokio::test]
async fn the_database_is_created_and_migrated_at_start() {
    let app = TestApp::spawn().await;
    if app.on_sqlite() {
        assert!(app.data_dir.join("aduan.db").exists());
    }
    let agencies: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM agencies")
        .fetch_one(&app.database().await)
        .await
        .unwrap();
    assert!(agencies > 0, "the seeded lists are there");
}

/// Rendering moves between worker threads on a real server: nothing bound to one thread may live
/// in a page's server-side state (it once hung every few requests of `/lapor`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_filing_form_renders_reliably_on_a_multi_threaded_server() {
    let app = TestApp::spawn().await;
    let requests = (0..24).map(|_| {
        let client = app.client.clone();
        let url = format!("{}/lapor", app.address);
        tokio::spawn(async move {
            let response = tokio::time::timeout(std::time::Duration::from_secs(10), async {
                client.get(&url).send().await?.text().await
            })
            .await;
            response.map(|body| body.map(|body| body.contains("</html>")))
        })
    });
    for request in requests {
        let outcome = request.await.unwrap();
        assert!(
            matches!(outcome, Ok(Ok(true))),
            "a render hung or failed: {outcome:?}"
        );
    }
}
