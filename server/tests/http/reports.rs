//! The main desk's daily report, monthly recap (page and CSV) and the monitoring report sent to
//! an agency through the outbox, through the real server.

use crate::file_complaint::complete_form;
use crate::helpers::{Options, TestApp, browser, get, post};
use chrono::{Datelike, Duration, Utc};
use std::sync::Arc;

#[tokio::test]
async fn the_desk_reports_count_the_day_the_month_and_reach_the_agency() {
    let clock = Arc::new(app::clock::ManualClock::new(Utc::now()));
    let app = TestApp::spawn_with(Options {
        clock: clock.clone(),
        ..Options::default()
    })
    .await;
    let desk = app.main_desk().await;
    let mut codes = Vec::new();
    for _ in 0..3 {
        let form = complete_form().text("category", "penerangan");
        codes.push(app.file_from(&desk, form).await);
    }
    let now = Utc::now();
    app.verify_and_dispatch(&codes[0], now).await;
    let today = now.with_timezone(&app.state.utc_offset).date_naive();

    let (status, daily) = get(
        &app,
        &desk,
        &format!("/petugas/laporan/harian?tanggal={today}"),
    )
    .await;
    assert_eq!(status, 200);
    assert!(daily.contains(r#"data-testid="received">3<"#), "{daily}");
    // Each step is credited to who took it: the desk's dispatch to the desk, not the agency.
    let moved = daily
        .split(r#"data-testid="moved""#)
        .nth(1)
        .and_then(|rest| rest.split("</table>").next())
        .expect("the moved table");
    assert!(moved.contains("Admin utama"), "{moved}");
    assert!(moved.contains("Disposisikan"), "{moved}");
    assert!(!moved.contains("Dinas Perhubungan"), "{moved}");
    let received = daily
        .split(r#"data-testid="received-by-category""#)
        .nth(1)
        .and_then(|rest| rest.split("</table>").next())
        .expect("the received table");
    assert!(
        received.contains("Penerangan jalan umum") && !received.contains(">penerangan<"),
        "categories by their names: {received}"
    );

    // A month on, every step is past its deadline: the report lists them as overdue.
    clock.set(now + Duration::days(30));
    let (_, daily) = get(
        &app,
        &desk,
        &format!("/petugas/laporan/harian?tanggal={today}"),
    )
    .await;
    let overdue = daily
        .split(r#"data-testid="overdue""#)
        .nth(1)
        .expect("the overdue table");
    assert!(overdue.contains("Dinas Perhubungan"), "{overdue}");
    assert!(
        overdue.contains("Admin utama"),
        "two wait for the main desk: {overdue}"
    );

    let (year, month) = (today.year(), today.month());
    let (status, recap) = get(
        &app,
        &desk,
        &format!("/petugas/laporan/bulanan?tahun={year}&bulan={month}"),
    )
    .await;
    assert_eq!(status, 200);
    assert!(recap.contains(r#"data-testid="received">3<"#), "{recap}");
    assert!(recap.contains(&codes[1]), "the slowest open cases: {recap}");
    let csv = desk
        .get(format!(
            "{}/petugas/laporan/bulanan.csv?tahun={year}&bulan={month}",
            app.address
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), 200);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("section,agency,key,value\n"), "{csv}");
    assert!(csv.contains("received,,total,3\n"), "{csv}");
    assert!(csv.contains("by_agency,,Dinas Perhubungan,1\n"), "{csv}");
    assert!(
        csv.contains(&format!("slowest_open,Dinas Perhubungan,{},", codes[0])),
        "{csv}"
    );
    // The main desk's verification steps fell due within a few days of filing: this month or
    // the next, both past by the clock's day; none was taken in time but the dispatched one.
    let next = today.with_day(1).unwrap() + Duration::days(32);
    let mut step_lines = String::new();
    for (year, month) in [(year, month), (next.year(), next.month())] {
        step_lines.push_str(
            &desk
                .get(format!(
                    "{}/petugas/laporan/bulanan.csv?tahun={year}&bulan={month}",
                    app.address
                ))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap(),
        );
    }
    let due: u64 = step_lines
        .lines()
        .filter_map(|line| line.strip_prefix("step_due,,verification,"))
        .map(|count| count.parse::<u64>().unwrap())
        .sum();
    let met: u64 = step_lines
        .lines()
        .filter_map(|line| line.strip_prefix("step_met,,verification,"))
        .map(|count| count.parse::<u64>().unwrap())
        .sum();
    assert_eq!((due, met), (3, 1), "{step_lines}");
    for personal in ["Siti Rahayu", "3503015708900001", "0812", "-8.0506"] {
        assert!(!csv.contains(personal), "{personal} in the recap CSV");
        assert!(!recap.contains(personal), "{personal} in the recap");
    }

    // Only the main desk: a visitor is sent to log in, an agency's officer is refused.
    let visitor = browser();
    let (status, _) = get(
        &app,
        &visitor,
        &format!("/petugas/laporan/bulanan.csv?tahun={year}&bulan={month}"),
    )
    .await;
    assert_eq!(status, 303);
    let dishub = browser();
    app.log_in(
        &dishub,
        &app.officer("sari", "agency_admin", Some("dishub")).await,
    )
    .await;
    let (status, _) = get(
        &app,
        &dishub,
        &format!("/petugas/laporan/bulanan.csv?tahun={year}&bulan={month}"),
    )
    .await;
    assert_eq!(status, 403);
    let (status, _, _) = post(
        &app,
        &dishub,
        "/petugas/laporan/monev",
        &[
            ("agency", "dishub"),
            ("tahun", &year.to_string()),
            ("bulan", &month.to_string()),
        ],
    )
    .await;
    assert_eq!(status, 403);

    // The monitoring report goes to the transport agency's officer through the outbox.
    let (status, location, _) = post(
        &app,
        &desk,
        "/petugas/laporan/monev",
        &[
            ("agency", "dishub"),
            ("tahun", &year.to_string()),
            ("bulan", &month.to_string()),
        ],
    )
    .await;
    assert_eq!(status, 303);
    assert!(location.unwrap().ends_with("&monev=1"));
    let claimed = app::storage::outbox::claim_due(
        &app.state.db,
        Utc::now() + Duration::days(31),
        Duration::minutes(5),
        50,
    )
    .await
    .unwrap();
    let report = claimed
        .iter()
        .find(|message| message.recipient == "sari@pemda.go.id")
        .expect("the agency's officer gets the report");
    assert_eq!(report.tracking_code, None, "about no one complaint");
    assert!(
        report.subject.contains("Dinas Perhubungan"),
        "{}",
        report.subject
    );
    assert!(
        report.body.contains("Ketepatan waktu per tahap SOP"),
        "{}",
        report.body
    );
    assert!(
        report.body.contains(&codes[0]),
        "its open case: {}",
        report.body
    );
    assert!(!report.body.contains("Siti Rahayu"), "{}", report.body);

    // An agency with no officer's address: a clear refusal in both languages.
    let (status, _, page) = post(
        &app,
        &desk,
        "/petugas/laporan/monev",
        &[
            ("agency", "dlh"),
            ("tahun", &year.to_string()),
            ("bulan", &month.to_string()),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        page.contains("alamat e-mail") || page.contains("e-mail address"),
        "{page}"
    );
}
