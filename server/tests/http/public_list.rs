//! `/aduan`: the public list shows verified public complaints with the reporter as initials, and
//! nothing confidential, unverified or personal, whatever the search.

use crate::file_complaint::complete_form;
use crate::helpers::TestApp;
use app::domain::complaint::{AgencyCode, Visibility};
use app::domain::status::{Action, AnswerText, Role};
use chrono::{Duration, Utc};

#[tokio::test]
async fn only_verified_public_complaints_are_listed_and_nothing_personal() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let file = |title: &'static str| app.file_from(&desk, complete_form().text("title", title));
    let public = file("Lampu mati depan rumah Siti Rahayu 0812 3456 7890").await;
    let secret = file("Pungutan liar di kantor kelurahan").await;
    let _unverified = file("Jalan amblas belum diperiksa").await;
    let now = Utc::now();
    let verify = |visibility| Action::Verify { visibility };
    app.act_as(&public, &verify(Visibility::Public), Role::MainDesk, now)
        .await;
    app.act_as(
        &secret,
        &verify(Visibility::Confidential),
        Role::MainDesk,
        now,
    )
    .await;
    let dispatch = Action::Dispatch {
        agency: AgencyCode::parse("dishub").unwrap(),
        note: None,
    };
    let later = |minutes| now + Duration::minutes(minutes);
    app.act_as(&public, &dispatch, Role::MainDesk, later(1))
        .await;
    app.act_as(
        &public,
        &Action::AcceptDispatch,
        Role::AgencyAdmin,
        later(2),
    )
    .await;
    let answer = Action::ProposeResolution {
        answer: AnswerText::parse("Lampu sudah diganti; terima kasih Bu Siti, info 081234567890.")
            .unwrap(),
    };
    app.act_as(&public, &answer, Role::AgencyAdmin, later(3))
        .await;

    // Not validated yet: the answer is not public.
    let (status, page) = app.get("/aduan").await;
    assert_eq!(status, 200);
    assert!(page.contains("Lampu mati depan rumah"), "{page}");
    assert!(
        !page.contains("Lampu sudah diganti"),
        "an answer before validation"
    );

    app.act_as(&public, &Action::Validate, Role::MainDesk, later(4))
        .await;
    // Taken beside the server, as the scheduler or another instance would: the page cache sees it
    // within its poll.
    tokio::time::sleep(server::page_cache::POLL + std::time::Duration::from_millis(20)).await;
    let (_, page) = app.get("/aduan").await;
    assert!(page.contains("Lampu sudah diganti"), "{page}");
    assert!(page.contains("S. R."), "the reporter's initials");
    assert!(page.contains("Trenggalek"), "the district");
    assert!(page.contains("Dinas Perhubungan"), "the agency");
    for hidden in [
        "Pungutan liar",
        "Jalan amblas",
        "Siti",
        "Rahayu",
        "3503015708900001",
        "0812",
        "3456",
        "081234567890",
        "-8.0506",
        "111.7087",
        "Pasar Pon",
        &public,
        &secret,
    ] {
        assert!(!page.contains(hidden), "{hidden} on the public list");
    }

    // Searching for what is masked finds nothing; searching for what is shown finds it.
    let (_, found) = app.get("/aduan?cari=rumah").await;
    assert!(found.contains("Lampu mati depan rumah"), "{found}");
    for search in ["siti", "0812", "pungutan", "amblas"] {
        let (status, page) = app.get(&format!("/aduan?cari={search}")).await;
        assert_eq!(status, 200);
        assert!(
            page.contains(r#"data-testid="list-empty""#),
            "{search} found something"
        );
    }
    let (status, page) = app.get(&format!("/aduan?cari={}", "x".repeat(101))).await;
    assert_eq!(status, 200);
    assert!(page.contains("terlalu panjang"), "{page}");
}

/// A seeded desk: every page of the list is free of full names, phone numbers and coordinates.
#[tokio::test]
async fn the_seeded_list_pages_hold_no_personal_data() {
    let app = TestApp::spawn().await;
    app.seed(300, 30, 7).await;
    assert!(
        app::storage::statistics::verify(&app.state.db)
            .await
            .unwrap()
            .is_empty(),
        "seeding keeps the tallies in step"
    );
    let db = app.database().await;
    let people: Vec<(String, String)> =
        sqlx::query_as("SELECT reporter_name, phone FROM complaints")
            .fetch_all(&db)
            .await
            .unwrap();
    let confidential: i64 = sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM complaints WHERE visibility = 'confidential'",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert!(confidential > 0, "the seed has confidential complaints");
    let mut listed = 0;
    for page in 1..=20 {
        let (status, html) = app.get(&format!("/aduan?halaman={page}")).await;
        assert_eq!(status, 200);
        for (name, phone) in &people {
            assert!(!html.contains(name.as_str()), "{name} on page {page}");
            assert!(!html.contains(phone.as_str()), "{phone} on page {page}");
        }
        listed += html.matches(r#"<li class="card""#).count();
        if !html.contains(r#"rel="next""#) {
            break;
        }
    }
    let listable: i64 = sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM complaints WHERE visibility <> 'confidential' \
         AND status NOT IN ('submitted', 'returned_to_reporter')",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(
        listed as i64, listable,
        "every listable complaint, on some page"
    );
}
