//! `/statistik` and its open data: figures checked against a hand-made data set, small counts
//! withheld so that no subtraction recovers them, and nothing personal anywhere.

use crate::file_complaint::complete_form;
use crate::helpers::{Options, TestApp};
use app::domain::status::{Action, Role};
use chrono::{Duration, Utc};
use std::sync::Arc;

/// The hand-made data set, filed through the real server by the main desk and handled through
/// the status machine at chosen times after filing (T):
///
/// - 20 complaints about street lighting: verified and dispatched to the transport agency at
///   T + 30 min; 12 of them accepted at T + 1 h, answered at T + 2 h and validated at T + 3 h;
///   of those, 10 confirmed and 2 rejected (back in progress). 8 are never accepted.
/// - 5 complaints about waste, never touched.
///
/// Shown counts are rounded down to 5 (`disclosure::ROUNDING`). By hand: 25 received; by status 5 submitted, 8 dispatched, 2 in progress, 10 confirmed; first
/// response 30 min for 20 (bucket 30–35 min); validated answer 180 min for 12 (bucket 180–210
/// min); verdicts 10 confirmed, 2 rejected; the transport agency accepted 12 of 20 dispatches in
/// time (8 late: a small count, so its share is withheld), answered 12 of 14 in time (under the
/// minimum sample of 20).
async fn seed(app: &TestApp) -> chrono::DateTime<Utc> {
    let desk = app.main_desk().await;
    let mut lighting = Vec::new();
    for _ in 0..20 {
        let form = complete_form().text("category", "penerangan");
        lighting.push(app.file_from(&desk, form).await);
    }
    for _ in 0..5 {
        app.file_from(&desk, complete_form().text("category", "sampah"))
            .await;
    }
    let filed = Utc::now();
    for code in &lighting {
        app.verify_and_dispatch(code, filed + Duration::minutes(30))
            .await;
    }
    for (index, code) in lighting.iter().take(12).enumerate() {
        let at = |minutes| filed + Duration::minutes(minutes);
        app.act_as(code, &Action::AcceptDispatch, Role::AgencyAdmin, at(60))
            .await;
        let answer = Action::ProposeResolution {
            answer: app::domain::status::AnswerText::parse(
                "Lampu sudah diganti dan menyala kembali.",
            )
            .unwrap(),
        };
        app.act_as(code, &answer, Role::AgencyAdmin, at(120)).await;
        app.act_as(code, &Action::Validate, Role::MainDesk, at(180))
            .await;
        let verdict = if index < 10 {
            Action::Confirm
        } else {
            Action::Reject {
                reason: app::domain::status::Reason::parse("Lampu masih mati sampai sekarang.")
                    .unwrap(),
            }
        };
        app.act_as(code, &verdict, Role::Reporter, at(240)).await;
    }
    filed
}

#[tokio::test]
async fn the_figures_match_a_hand_count_and_small_cells_cannot_be_recovered() {
    // The statistics are read 60 days on: every step of the data set is past its deadline.
    let clock = Arc::new(app::clock::ManualClock::new(
        Utc::now() + Duration::days(60),
    ));
    let app = TestApp::spawn_with(Options {
        clock: clock.clone(),
        ..Options::default()
    })
    .await;
    let filed = seed(&app).await;
    // Days around the filing: the complaints were filed in them, and their steps fell due in them.
    let query = format!(
        "dari={}&sampai={}",
        (filed - Duration::days(1)).date_naive(),
        (filed + Duration::days(40)).date_naive()
    );

    let response = app
        .client
        .get(format!("{}/statistik.json?{query}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let json: serde_json::Value = response.json().await.unwrap();
    let shown = |count: u64| serde_json::json!({"kind": "shown", "value": count});
    let withheld = serde_json::json!({"kind": "suppressed"});
    assert_eq!(json["by_status"]["total"], shown(25));
    let cells = |table: &str| -> Vec<(String, serde_json::Value)> {
        json[table]["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| (row[0].as_str().unwrap().to_owned(), row[1].clone()))
            .collect()
    };
    // 5, 8 and 2 are small; together 15, so no subtraction pins one down.
    assert_eq!(
        cells("by_status"),
        [
            ("closed_confirmed".to_owned(), shown(10)),
            ("dispatched".to_owned(), withheld.clone()),
            ("in_progress".to_owned(), withheld.clone()),
            ("submitted".to_owned(), withheld.clone()),
        ]
    );
    // 5 waste is small; alone it would be 25 − 20: 20 is withheld with it.
    assert_eq!(
        cells("by_category"),
        [
            ("penerangan".to_owned(), withheld.clone()),
            ("sampah".to_owned(), withheld.clone())
        ]
    );
    assert_eq!(cells("by_district"), [("Trenggalek".to_owned(), shown(25))]);
    assert_eq!(
        cells("by_agency"),
        [
            ("".to_owned(), withheld.clone()),
            ("Dinas Perhubungan".to_owned(), withheld.clone())
        ]
    );
    assert_eq!(cells("by_channel"), [("web".to_owned(), shown(25))]);
    // 2 rejections are few: the 10 confirmations are withheld with them.
    assert_eq!(
        cells("verdicts"),
        [
            ("confirmed".to_owned(), withheld.clone()),
            ("rejected".to_owned(), withheld.clone()),
            ("no_answer".to_owned(), shown(0)),
        ]
    );
    assert_eq!(
        json["verdicts"]["total"],
        shown(10),
        "12, rounded down to 5"
    );
    assert_eq!(
        json["first_response"],
        serde_json::json!({"median_minutes": 35, "p90_minutes": 35})
    );
    assert_eq!(
        json["answer"],
        serde_json::json!({"median_minutes": 210, "p90_minutes": 210})
    );
    // 12 of 20 accepted in time, but the 8 late are a small count; 14 answers are too few.
    assert_eq!(json["compliance"], serde_json::json!([]));
    assert_eq!(
        json["reopen_rate"],
        serde_json::Value::Null,
        "2 of 25 is small"
    );
    assert_eq!(json["mean_rating"], serde_json::Value::Null, "nobody rated");

    let csv = app
        .client
        .get(format!("{}/statistik.csv?{query}", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("table,key,value\n"), "{csv}");
    assert!(csv.contains("category,sampah,<10\n"), "{csv}");
    assert!(csv.contains("status,total,25\n"), "{csv}");
    assert!(csv.contains("status,closed_confirmed,10\n"), "{csv}");
    assert!(csv.contains("district,Trenggalek,25\n"), "{csv}");
    assert!(
        csv.contains("figure,first_response_median_minutes,35\n"),
        "{csv}"
    );
    assert!(csv.contains("figure,answer_p90_minutes,210\n"), "{csv}");
    assert!(csv.contains("figure,reopen_rate,\n"), "{csv}");

    let (status, page) = app.get(&format!("/statistik?{query}")).await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"data-testid="received">25<"#), "{page}");
    assert!(
        page.matches("<svg").count() >= 8,
        "a chart per table and the trend"
    );
    assert!(page.contains("line-chart"), "the monthly trend");
    assert!(page.contains("&lt; 10"), "{page}");
    assert!(page.contains("≤ 35 menit"), "the median first response");
    for personal in [
        "Siti Rahayu",
        "3503015708900001",
        "0812",
        "Lampu jalan mati di Jalan Soekarno-Hatta",
        "-8.0506",
        "111.7087",
        "Pasar Pon",
    ] {
        assert!(!page.contains(personal), "{personal} on the public page");
        assert!(!csv.contains(personal), "{personal} in the CSV");
        assert!(
            !json.to_string().contains(personal),
            "{personal} in the JSON"
        );
    }
    assert!(
        app::storage::statistics::verify(&app.state.db)
            .await
            .unwrap()
            .is_empty(),
        "the tallies agree with the complaints"
    );
}

/// With a bigger sample, an agency's share is published: 30 dispatches, 15 accepted in time.
#[tokio::test]
async fn an_agency_share_is_published_with_a_sample_big_enough() {
    let clock = Arc::new(app::clock::ManualClock::new(
        Utc::now() + Duration::days(60),
    ));
    let app = TestApp::spawn_with(Options {
        clock: clock.clone(),
        ..Options::default()
    })
    .await;
    let desk = app.main_desk().await;
    let mut codes = Vec::new();
    for _ in 0..30 {
        let form = complete_form().text("category", "penerangan");
        codes.push(app.file_from(&desk, form).await);
    }
    let filed = Utc::now();
    for (index, code) in codes.iter().enumerate() {
        app.verify_and_dispatch(code, filed + Duration::minutes(10))
            .await;
        if index < 15 {
            app.act_as(
                code,
                &Action::AcceptDispatch,
                Role::AgencyAdmin,
                filed + Duration::minutes(20),
            )
            .await;
        }
    }
    let query = format!(
        "dari={}&sampai={}",
        (filed - Duration::days(1)).date_naive(),
        (filed + Duration::days(40)).date_naive()
    );
    let json: serde_json::Value = app
        .client
        .get(format!("{}/statistik.json?{query}", app.address))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        json["compliance"],
        serde_json::json!([{
            "agency": "Dinas Perhubungan",
            "acceptance_share": 50,
            "resolution_share": null
        }])
    );
    // Read the day after filing instead, no step is past its deadline yet: nothing ranks.
    clock.set(filed);
    let json: serde_json::Value = app
        .client
        .get(format!("{}/statistik.json?{query}", app.address))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(json["compliance"], serde_json::json!([]));
}

#[tokio::test]
async fn an_impossible_period_is_refused() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .get(format!("{}/statistik.csv?tahun=2026&bulan=13", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
    let message = response.text().await.unwrap();
    assert!(
        message.contains("Periode tidak dikenal") && message.contains("no such period"),
        "{message}"
    );
    for query in [
        "tahun=2026&kuartal=5",
        "dari=2026-05-01&sampai=2026-04-01",
        "dari=kemarin&sampai=2026-04-01",
    ] {
        let response = app
            .client
            .get(format!("{}/statistik.json?{query}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{query}");
    }
}

#[tokio::test]
async fn the_figures_are_reused_until_a_complaint_changes() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    for _ in 0..25 {
        app.file_from(&desk, complete_form()).await;
    }
    let received = || async {
        let json: serde_json::Value = app
            .client
            .get(format!("{}/statistik.json", app.address))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        json["by_status"]["total"]["value"].as_u64().unwrap()
    };
    assert_eq!(received().await, 25);
    // A tally changed behind the application's back (no timeline entry): the figures are the
    // remembered ones, not summed again.
    sqlx::query("UPDATE stats_daily SET n = n + 100 WHERE dimension = 'status'")
        .execute(&app.database().await)
        .await
        .unwrap();
    assert_eq!(received().await, 25);
    // A filing writes a timeline entry: the figures are summed again, with both changes.
    app.file_from(&desk, complete_form()).await;
    assert!(received().await > 100);
}

/// `/statistik.json` for the days `from` to `to`.
async fn days(app: &TestApp, from: chrono::NaiveDate, to: chrono::NaiveDate) -> serde_json::Value {
    app.client
        .get(format!(
            "{}/statistik.json?dari={from}&sampai={to}",
            app.address
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// The differencing attack through the API: a month of seeded complaints, every run of whole
/// weeks asked for, and every pair of runs where one holds the other subtracted. Wherever the
/// true difference of a category (or of the total) is a small count, the two published cells
/// leave it open among at least `ROUNDING` values; and a custom range that cuts into a week
/// gets exactly what its whole weeks get.
#[tokio::test]
async fn overlapping_periods_never_pin_a_small_count() {
    use app::domain::disclosure::{DEFAULT_THRESHOLD, ROUNDING, rounded};
    use chrono::{Datelike, NaiveDate};
    use std::collections::{BTreeMap, BTreeSet};

    let app = TestApp::spawn().await;
    app.seed(400, 35, 21).await;

    // The truth, counted from the complaints themselves by their day of filing in local time.
    let db = app.database().await;
    let filed: Vec<(Option<String>, i64)> =
        sqlx::query_as("SELECT category, created_at FROM complaints")
            .fetch_all(&db)
            .await
            .unwrap();
    let offset = app.state.utc_offset;
    let filed: Vec<(String, NaiveDate)> = filed
        .into_iter()
        .map(|(category, millis)| {
            let at = chrono::DateTime::from_timestamp_millis(millis).unwrap();
            (
                category.unwrap_or_default(),
                at.with_timezone(&offset).date_naive(),
            )
        })
        .collect();
    let first_monday = {
        let first = filed.iter().map(|(_, day)| *day).min().unwrap();
        first - Duration::days(i64::from(first.weekday().num_days_from_monday()))
    };
    let weeks = filed
        .iter()
        .map(|(_, day)| (*day - first_monday).num_days() / 7)
        .max()
        .unwrap()
        + 1;
    let week_span = |from: i64, to: i64| {
        (
            first_monday + Duration::days(7 * from),
            first_monday + Duration::days(7 * to + 6),
        )
    };
    let truth = |from: NaiveDate, to: NaiveDate| {
        let mut counts = BTreeMap::<String, u64>::new();
        for (category, day) in &filed {
            if (from..=to).contains(day) {
                *counts.entry(category.clone()).or_default() += 1;
            }
        }
        counts
    };

    // What the API publishes for every run of whole weeks: each category's cell and the total.
    type Published = (BTreeMap<String, Option<u64>>, Option<u64>);
    let cell = |value: &serde_json::Value| -> Option<u64> {
        match value["kind"].as_str().unwrap() {
            "shown" => Some(value["value"].as_u64().unwrap()),
            "suppressed" => None,
            other => panic!("a cell of kind {other}"),
        }
    };
    let mut published = BTreeMap::<(i64, i64), Published>::new();
    for from in 0..weeks {
        for to in from..weeks {
            let (first, last) = week_span(from, to);
            let json = days(&app, first, last).await;
            let rows = json["by_category"]["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|row| (row[0].as_str().unwrap().to_owned(), cell(&row[1])))
                .collect::<BTreeMap<_, _>>();
            let total = cell(&json["by_status"]["total"]);
            // Every shown count is rounded, and none is a small count.
            for shown in rows.values().flatten().chain(total.iter()) {
                assert_eq!(shown % ROUNDING, 0, "{first}..{last}: {shown}");
                assert!(
                    *shown == 0 || *shown >= DEFAULT_THRESHOLD,
                    "{first}..{last}"
                );
            }
            // The published cells agree with the truth they were rounded from.
            let counted = truth(first, last);
            // A small total is withheld whole: the seed's first week may hold a day or two.
            let sum: u64 = counted.values().sum();
            let expected = (sum == 0 || sum >= DEFAULT_THRESHOLD).then(|| rounded(sum));
            assert_eq!(total, expected, "{first}..{last}");
            for (category, count) in &counted {
                if let Some(shown) = rows.get(category).copied().flatten() {
                    assert_eq!(shown, rounded(*count), "{category} in {first}..{last}");
                }
            }
            published.insert((from, to), (rows, total));
        }
    }
    assert!(weeks >= 5, "the month spans {weeks} weeks");

    // Every value a published cell could have come from, as an attacker who knows the rules
    // reads it: a shown 0 is none at all, and a shown count is never a small one.
    let could_be = |shown: u64| {
        (shown.saturating_sub(ROUNDING)..=shown + ROUNDING)
            .filter(move |n| rounded(*n) == shown && (*n == 0 || *n >= DEFAULT_THRESHOLD))
    };
    let mut small_differences = 0;
    for (&(from, to), (rows, total)) in &published {
        // The runs inside this one that share its first or its last week.
        let inner = (from..to)
            .map(|end| (from, end))
            .chain((from + 1..=to).map(|start| (start, to)));
        for (inner_from, inner_to) in inner {
            let (inner_rows, inner_total) = &published[&(inner_from, inner_to)];
            let outer_truth = truth(week_span(from, to).0, week_span(from, to).1);
            let inner_truth = truth(
                week_span(inner_from, inner_to).0,
                week_span(inner_from, inner_to).1,
            );
            let mut pairs = vec![(
                "total".to_owned(),
                *total,
                *inner_total,
                outer_truth.values().sum::<u64>() - inner_truth.values().sum::<u64>(),
            )];
            for (category, outer) in rows {
                let difference = outer_truth.get(category).copied().unwrap_or_default()
                    - inner_truth.get(category).copied().unwrap_or_default();
                let inner = inner_rows.get(category).copied().unwrap_or(Some(0));
                pairs.push((category.clone(), *outer, inner, difference));
            }
            for (key, outer, inner, difference) in pairs {
                if difference == 0 || difference >= DEFAULT_THRESHOLD {
                    continue;
                }
                let (Some(outer), Some(inner)) = (outer, inner) else {
                    continue; // a withheld side leaves the difference wide open
                };
                small_differences += 1;
                let candidates: BTreeSet<u64> = could_be(outer)
                    .flat_map(|big| could_be(inner).filter_map(move |small| big.checked_sub(small)))
                    .collect();
                assert!(
                    candidates.contains(&difference),
                    "{key}: weeks {inner_from}..{inner_to} inside {from}..{to}"
                );
                assert!(
                    candidates.len() >= ROUNDING as usize,
                    "{key}: weeks {inner_from}..{inner_to} inside {from}..{to} pin {difference} \
                     to {candidates:?}"
                );
            }
        }
    }
    assert!(
        small_differences > 20,
        "the data set tries the attack {small_differences} times"
    );

    // A range that cuts into its weeks is widened to them: one day more or less shows nothing.
    let (first, last) = week_span(1, 2);
    let whole = days(&app, first, last).await;
    for (from, to) in [
        (first + Duration::days(1), last),
        (first, last - Duration::days(1)),
        (first + Duration::days(3), last - Duration::days(5)),
    ] {
        let cut = days(&app, from, to).await;
        assert_eq!(cut, whole, "{from}..{to}");
    }
}

#[tokio::test]
async fn readers_who_find_the_figures_stale_together_wait_for_one_build() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    for _ in 0..3 {
        app.file_from(&desk, complete_form()).await;
    }
    let year = app::domain::period::Period::of(app.state.this_year(), None).unwrap();
    let before = app.state.statistics_cache.builds();
    // Sixteen readers at once, as when the remembered figures age out under load.
    let readers: Vec<_> = (0..16)
        .map(|_| {
            let state = app.state.clone();
            tokio::spawn(async move { app::services::statistics::published(&state, year).await })
        })
        .collect();
    let mut received = Vec::new();
    for reader in readers {
        let statistics = reader.await.unwrap().unwrap();
        received.push(statistics.by_status.total);
    }
    assert!(received.windows(2).all(|pair| pair[0] == pair[1]));
    assert_eq!(app.state.statistics_cache.builds() - before, 1);
}
