//! The desk's queue as officers work in it: tabs with counts, fifty to a page, filters and order
//! in the address, and the view downloadable as CSV, each scoped by the officer's agency.

use crate::helpers::{TestApp, browser, get};
use chrono::Utc;

/// How many complaints the tab with `code` says it holds, from the rendered page.
fn tab_count(page: &str, code: &str) -> usize {
    let tab = page
        .find(&format!("data-testid=\"tab-{code}\""))
        .unwrap_or_else(|| panic!("no tab {code}"));
    let count = tab + page[tab..].find("class=\"count\">").expect("a count") + 14;
    page[count..]
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a number")
}

/// The tracking codes of the page's rows, in order.
fn row_codes(page: &str) -> Vec<String> {
    page.split("data-testid=\"queue-row\"")
        .skip(1)
        .map(|row| {
            let link = row.find("/petugas/aduan/").expect("a link") + "/petugas/aduan/".len();
            row[link..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect()
        })
        .collect()
}

async fn seeded(app: &TestApp) {
    app.seed(240, 30, 11).await;
}

#[tokio::test]
async fn tabs_count_what_they_hold_and_pages_hold_fifty() {
    let app = TestApp::spawn().await;
    seeded(&app).await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let db = app.database().await;
    let open: i64 = sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM complaints WHERE status NOT LIKE 'closed%' \
         AND status <> 'escalated'",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    let returned: i64 = sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM complaints WHERE status = 'returned_to_reporter'",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    let at_agencies: i64 = sqlx::query_scalar(
        "SELECT CAST(COUNT(*) AS BIGINT) FROM complaints \
         WHERE status IN ('dispatched', 'in_progress')",
    )
    .fetch_one(&db)
    .await
    .unwrap();

    let (status, page) = get(&app, &desk, "/petugas").await;
    assert_eq!(status, 200);
    let all = tab_count(&page, "semua");
    assert_eq!(all, usize::try_from(open).unwrap(), "every open complaint");
    assert!(all > 50, "the seed fills more than a page: {all}");
    assert_eq!(
        tab_count(&page, "dikembalikan"),
        usize::try_from(returned).unwrap()
    );
    assert_eq!(
        tab_count(&page, "di-opd"),
        usize::try_from(at_agencies).unwrap()
    );
    let first = row_codes(&page);
    assert_eq!(first.len(), 50, "a page holds fifty");

    // Every page together holds the tab once each.
    let pages = all.div_ceil(50);
    let mut seen = first.clone();
    for number in 2..=pages {
        let (_, page) = get(&app, &desk, &format!("/petugas?halaman={number}")).await;
        let codes = row_codes(&page);
        assert!(!codes.is_empty() && codes.len() <= 50, "page {number}");
        seen.extend(codes);
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), all, "no complaint twice, none missing");

    // The overdue tab holds only overdue rows, and its count is their number.
    let overdue = tab_count(&page, "terlambat");
    assert!(overdue > 0, "a month of seeded work has overdue steps");
    let (_, page) = get(&app, &desk, "/petugas?tab=terlambat").await;
    let rows = page.split("data-testid=\"queue-row\"").skip(1).count();
    assert_eq!(rows, overdue.min(50));
    assert_eq!(
        page.matches("data-testid=\"queue-row\" class=\"overdue\"")
            .count(),
        rows,
        "every row of the overdue tab is marked overdue"
    );

    // Oldest first and newest first are each other's reverse on a tab that fits a page.
    let (_, oldest) = get(&app, &desk, "/petugas?tab=dikembalikan&urut=lama").await;
    let (_, newest) = get(&app, &desk, "/petugas?tab=dikembalikan&urut=baru").await;
    let mut reversed = row_codes(&newest);
    reversed.reverse();
    assert_eq!(row_codes(&oldest), reversed);
}

#[tokio::test]
async fn the_export_is_the_view_the_officer_sees_and_no_more() {
    let app = TestApp::spawn().await;
    seeded(&app).await;
    let desk = browser();
    app.log_in(&desk, &app.officer("meja", "main_desk", None).await)
        .await;
    let (_, page) = get(&app, &desk, "/petugas?tab=terlambat").await;
    let overdue = tab_count(&page, "terlambat");

    let response = desk
        .get(format!("{}/petugas/antrean.csv?tab=terlambat", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"antrean-")
    );
    assert_eq!(response.headers()["cache-control"], "no-store");
    let csv = response.text().await.unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "Kode,Judul,Kategori,Perangkat daerah,Petugas,Status,Tahap,Batas waktu,Lewat batas waktu,Umur"
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), overdue, "every overdue complaint, not one page");
    assert!(
        rows.iter().all(|row| row.rsplit(',').nth(1) == Some("1")),
        "each row is overdue"
    );
    assert!(!csv.contains("3503"), "no NIK in the export");

    // An agency's export holds its own complaints only, whatever agency the address names.
    let agency = browser();
    app.log_in(
        &agency,
        &app.officer("dinas", "agency_admin", Some("dishub")).await,
    )
    .await;
    let (_, page) = get(&app, &agency, "/petugas").await;
    let own = tab_count(&page, "semua");
    let csv = agency
        .get(format!("{}/petugas/antrean.csv?opd=dlh", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(csv.lines().count() - 1, own);
    let db = app.database().await;
    for row in csv.lines().skip(1) {
        let code = row.split(',').next().unwrap();
        let agency_of: Option<String> =
            sqlx::query_scalar("SELECT agency FROM complaints WHERE tracking_code = $1")
                .bind(code)
                .fetch_one(&db)
                .await
                .unwrap();
        assert_eq!(agency_of.as_deref(), Some("dishub"), "{code}");
    }

    // Without a session: sent to the login page, nothing exported.
    let response = browser()
        .get(format!("{}/petugas/antrean.csv", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/petugas/masuk");
}

/// Assignment: the main desk gives a complaint to one of its officers, who finds it under "Tugas
/// saya"; an agency's administrator gives one to its liaison; nobody gives one across units.
#[tokio::test]
async fn a_complaint_is_assigned_within_the_unit_and_shows_under_assigned_to_me() {
    use crate::file_complaint::{complete_form, receipt_code};
    use crate::helpers::post;
    let app = TestApp::spawn().await;
    let lead = browser();
    app.log_in(&lead, &app.officer("ketua", "main_desk", None).await)
        .await;
    let clerk = browser();
    app.log_in(&clerk, &app.officer("staf", "main_desk", None).await)
        .await;
    let dishub = browser();
    app.log_in(
        &dishub,
        &app.officer("dinas", "agency_admin", Some("dishub")).await,
    )
    .await;
    app.officer("penghubung", "liaison", Some("dishub")).await;
    app.officer("lain", "liaison", Some("dlh")).await;
    let db = app.database().await;
    let id_of = |username: &'static str| {
        let db = db.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT id FROM officers WHERE username = $1")
                .bind(username)
                .fetch_one(&db)
                .await
                .unwrap()
                .to_string()
        }
    };
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    let assign = |client: reqwest::Client, status: &'static str, to: String| {
        let (app, code) = (&app, code.clone());
        async move {
            post(
                app,
                &client,
                &format!("/petugas/aduan/{code}/tugaskan"),
                &[("status", status), ("petugas", to.as_str())],
            )
            .await
            .0
        }
    };

    // The desk gives it to its clerk; not to an agency's officer.
    assert_eq!(
        assign(lead.clone(), "submitted", id_of("dinas").await).await,
        422
    );
    assert_eq!(
        assign(lead.clone(), "submitted", id_of("staf").await).await,
        303
    );
    let (_, page) = get(&app, &clerk, "/petugas").await;
    assert_eq!(tab_count(&page, "tugas-saya"), 1);
    let (_, page) = get(&app, &clerk, "/petugas?tab=tugas-saya").await;
    assert_eq!(row_codes(&page), std::slice::from_ref(&code));
    let (_, page) = get(&app, &lead, "/petugas").await;
    assert_eq!(tab_count(&page, "tugas-saya"), 0, "not the lead's own");
    let (_, page) = get(&app, &lead, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains("Petugas staf"), "the page names the assignee");

    // Within the agency: its administrator gives it to its liaison, never to another agency's.
    app.verify_and_dispatch(&code, Utc::now()).await;
    assert_eq!(
        assign(dishub.clone(), "dispatched", id_of("lain").await).await,
        422
    );
    assert_eq!(
        assign(dishub.clone(), "dispatched", id_of("penghubung").await).await,
        303
    );
    let assignee: String = sqlx::query_scalar(
        "SELECT o.username FROM complaints c JOIN officers o ON o.id = c.assignee_id \
         WHERE c.tracking_code = $1",
    )
    .bind(&code)
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(assignee, "penghubung");
    // The timeline keeps who gave it to whom; the reporter's page shows none of it.
    let (_, page) = get(&app, &lead, &format!("/petugas/aduan/{code}")).await;
    assert!(page.contains("Ditugaskan kepada"), "{page}");
    let (_, tracking) = app.get(&format!("/lacak/{code}")).await;
    assert!(!tracking.contains("Ditugaskan") && !tracking.contains("Petugas staf"));
}
