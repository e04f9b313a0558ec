//! The public satisfaction survey (SKM, PermenPANRB 14/2017): offered once an answered complaint
//! closes, answered once, kept apart from the complaint, and published as the index (IKM) on
//! `/statistik`, its open data and the desk's monthly recap only from ten respondents.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{TestApp, browser, get, post};
use app::domain::satisfaction::Survey;
use app::domain::status::{Action, AnswerText, Reason, Role};
use chrono::{Datelike, Utc};

/// Takes complaint `code` through dispatch, the agency's answer and its validation, then closes
/// it with `verdict` (the reporter's confirmation, or the scheduler's close without an answer).
async fn answer_and_close(app: &TestApp, code: &str, verdict: &Action) {
    let now = Utc::now();
    app.verify_and_dispatch(code, now).await;
    app.act_as(code, &Action::AcceptDispatch, Role::AgencyAdmin, now)
        .await;
    let answer = Action::ProposeResolution {
        answer: AnswerText::parse("Lampu sudah diganti dan menyala kembali.").unwrap(),
    };
    app.act_as(code, &answer, Role::AgencyAdmin, now).await;
    app.act_as(code, &Action::Validate, Role::MainDesk, now)
        .await;
    let role = match verdict {
        Action::CloseNoAnswer => Role::System,
        _ => Role::Reporter,
    };
    app.act_as(code, verdict, role, now).await;
}

/// The nine answers as a form, `u1` to `u9`.
fn form(scores: [u8; 9]) -> Vec<(String, String)> {
    scores
        .iter()
        .zip(1..)
        .map(|(score, element)| (format!("u{element}"), score.to_string()))
        .collect()
}

fn pairs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter()
        .map(|(key, value)| (key.as_str(), value.as_str()))
        .collect()
}

#[tokio::test]
async fn the_reporter_answers_the_survey_once_after_the_answered_complaint_closes() {
    let app = TestApp::spawn().await;
    // Filed from the reporter's own browser, which can follow it from then on.
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    let page_path = format!("/lacak/{code}");
    let survey_path = format!("/lacak/{code}/survei");
    let answers = form([4, 3, 2, 4, 3, 3, 4, 3, 2]);

    // While it is open there is no survey, and one sent anyway is not taken.
    let (_, page) = app.get(&page_path).await;
    assert!(!page.contains(r#"data-testid="survey""#), "{page}");
    let (_, location, _) = post(&app, &app.client, &survey_path, &pairs(&answers)).await;
    assert_eq!(
        location.unwrap(),
        format!("{page_path}?galat=tidak_berlaku")
    );

    answer_and_close(&app, &code, &Action::Confirm).await;
    let (_, page) = app.get(&page_path).await;
    assert!(page.contains(r#"data-testid="survey""#), "{page}");
    assert_eq!(page.matches(r#"class="survey-element""#).count(), 9);
    assert_eq!(
        page.matches(r#"type="radio""#).count(),
        36,
        "four answers each"
    );
    assert!(page.contains("Bagaimana kecepatan waktu"), "{page}");
    let english = browser()
        .get(format!("{}{page_path}", app.address))
        .header("Cookie", "aduan_lang=en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !english.contains(r#"data-testid="survey""#),
        "a browser without the complaint's cookie sees no survey: {english}"
    );

    // A stranger's answers are not taken: they are sent to open a complaint first.
    let (status, location, _) = post(&app, &browser(), &survey_path, &pairs(&answers)).await;
    assert_eq!(status, 303);
    assert_eq!(location.unwrap(), "/lacak");

    // An incomplete survey is refused, naming every element to answer, in the reader's language.
    let mut incomplete = answers.clone();
    incomplete.retain(|(field, _)| field != "u3");
    incomplete[7].1 = "5".to_owned();
    let (status, _, body) = post(&app, &app.client, &survey_path, &pairs(&incomplete)).await;
    assert_eq!(status, 422);
    assert!(
        body.contains("Survei belum lengkap. Pilih satu jawaban untuk: Waktu penyelesaian, Sarana dan prasarana."),
        "{body}"
    );

    let (_, location, _) = post(&app, &app.client, &survey_path, &pairs(&answers)).await;
    assert_eq!(location.unwrap(), format!("{page_path}?selesai=survei"));
    let (_, page) = app.get(&format!("{page_path}?selesai=survei")).await;
    assert!(
        page.contains("Jawaban survei Anda tercatat tanpa nama"),
        "{page}"
    );
    assert!(page.contains(r#"data-testid="survey-answered""#), "{page}");
    assert!(!page.contains(r#"data-testid="survey""#), "{page}");
    assert!(page.contains("Pelapor mengisi survei kepuasan"), "{page}");

    // A doubled tap records nothing more.
    let (_, location, _) = post(&app, &app.client, &survey_path, &pairs(&answers)).await;
    assert_eq!(
        location.unwrap(),
        format!("{page_path}?galat=tidak_berlaku")
    );

    // The scores are added to the agency's tally of the month: no answer is kept on its own.
    let db = app.database().await;
    let rows: Vec<(String, String, i64, i64, i64)> =
        sqlx::query_as("SELECT agency, month, respondents, s3, s9 FROM satisfaction_tallies")
            .fetch_all(&db)
            .await
            .unwrap();
    let month = Utc::now()
        .with_timezone(&app.state.utc_offset)
        .format("%Y-%m")
        .to_string();
    assert_eq!(rows, [("dishub".to_owned(), month, 1, 2, 2)]);
    let surveyed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM satisfaction_surveyed")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(surveyed, 1);
}

#[tokio::test]
async fn the_index_is_published_from_ten_respondents_by_the_regulations_formula() {
    let app = TestApp::spawn().await;
    let desk = app.main_desk().await;
    let mut codes = Vec::new();
    for _ in 0..12 {
        codes.push(app.file_from(&desk, complete_form()).await);
    }
    // Ten answered and closed (one without the reporter's word), one withdrawn, one open.
    for (index, code) in codes.iter().take(10).enumerate() {
        let verdict = if index == 9 {
            Action::CloseNoAnswer
        } else {
            Action::Confirm
        };
        answer_and_close(&app, code, &verdict).await;
    }
    app.act_as(
        &codes[10],
        &Action::Withdraw {
            reason: Some(Reason::parse("Sudah diperbaiki warga sendiri.").unwrap()),
        },
        Role::Reporter,
        Utc::now(),
    )
    .await;

    let id = |code: &str| {
        let code = app::domain::tracking_code::TrackingCode::parse(code).unwrap();
        let db = app.state.db.clone();
        async move {
            app::storage::complaints::find_for_reporter(&db, &code)
                .await
                .unwrap()
                .unwrap()
                .id
        }
    };
    // Completion time (U3) 2 for half and 3 for the rest, conduct (U7) 4, the rest 3. By hand:
    // element means 3, 3, 2.5, 3, 3, 3, 4, 3, 3; their weighted sum 27.5 / 9 = 3.0556; × 25 =
    // 76.39, grade C (65.00–76.60).
    let scores = |index: usize| {
        let mut scores = [3; 9];
        scores[2] = if index < 5 { 2 } else { 3 };
        scores[6] = 4;
        Survey::from_stored(scores).unwrap()
    };
    let now = Utc::now();
    let local = now.with_timezone(&app.state.utc_offset);
    let (year, month) = (local.year(), local.month());
    let statistics = || async {
        app.client
            .get(format!(
                "{}/statistik.json?tahun={year}&bulan={month}",
                app.address
            ))
            .send()
            .await
            .unwrap()
            .json::<serde_json::Value>()
            .await
            .unwrap()
    };
    for (index, code) in codes.iter().take(9).enumerate() {
        app::services::satisfaction::answer(&app.state, id(code).await, &scores(index), now)
            .await
            .unwrap();
    }
    // The withdrawn and the open complaint are not asked.
    for code in &codes[10..] {
        let refused =
            app::services::satisfaction::answer(&app.state, id(code).await, &scores(0), now).await;
        assert!(
            matches!(
                refused,
                Err(app::services::satisfaction::SurveyRefused::NotOffered)
            ),
            "{refused:?}"
        );
    }

    // Nine respondents: no index yet, on the page or in the open data.
    let json = statistics().await;
    assert_eq!(json["satisfaction"]["overall"], serde_json::Value::Null);
    assert_eq!(json["satisfaction"]["agencies"], serde_json::json!([]));
    // (The year's page: the month's is read below, and a copy of it would be served for up to
    // the page cache's poll after a change made beside the server, as these surveys are.)
    let (_, page) = app.get(&format!("/statistik?tahun={year}")).await;
    assert!(page.contains(r#"data-testid="ikm-empty""#), "{page}");

    app::services::satisfaction::answer(&app.state, id(&codes[9]).await, &scores(9), now)
        .await
        .unwrap();
    let json = statistics().await;
    let overall = &json["satisfaction"]["overall"];
    assert_eq!(overall["index"]["value"], 76.39, "{overall}");
    assert_eq!(
        overall["index"]["element_means"],
        serde_json::json!([3.0, 3.0, 2.5, 3.0, 3.0, 3.0, 4.0, 3.0, 3.0])
    );
    assert_eq!(overall["grade"], "C");
    assert_eq!(overall["respondents"], 10);
    // Ten people were offered it (the withdrawn one was not): Krejcie and Morgan ask all ten.
    assert_eq!(overall["minimum_sample"], 10);
    assert_eq!(overall["meets_minimum"], true);
    let agencies = json["satisfaction"]["agencies"].as_array().unwrap();
    assert_eq!(agencies.len(), 1);
    assert_eq!(agencies[0]["agency"], "Dinas Perhubungan");
    assert_eq!(agencies[0]["index"]["index"], overall["index"]);

    let (_, page) = app
        .get(&format!("/statistik?tahun={year}&bulan={month}"))
        .await;
    assert!(page.contains("76,39"), "{page}");
    assert!(page.contains("Mutu pelayanan C (Kurang baik)"), "{page}");
    assert!(page.contains("Waktu penyelesaian"), "{page}");
    let english = browser()
        .get(format!(
            "{}/statistik?tahun={year}&bulan={month}",
            app.address
        ))
        .header("Cookie", "aduan_lang=en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(english.contains("76.39"), "{english}");
    assert!(english.contains("Service quality C (Poor)"), "{english}");

    let csv = app
        .client
        .get(format!(
            "{}/statistik.csv?tahun={year}&bulan={month}",
            app.address
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.contains("ikm,,76.39\n"), "{csv}");
    assert!(csv.contains("ikm_grade,Dinas Perhubungan,C\n"), "{csv}");
    assert!(csv.contains("ikm_respondents,,10\n"), "{csv}");

    // The desk's monthly recap carries the same index.
    let (status, recap) = get(
        &app,
        &desk,
        &format!("/petugas/laporan/bulanan.csv?tahun={year}&bulan={month}"),
    )
    .await;
    assert_eq!(status, 200);
    assert!(recap.contains("ikm,,index,76.39\n"), "{recap}");
    assert!(recap.contains("ikm,Dinas Perhubungan,grade,C\n"), "{recap}");

    // A month with no surveys has no index.
    let last_year = statistics_of(&app, year - 1).await;
    assert_eq!(
        last_year["satisfaction"]["overall"],
        serde_json::Value::Null
    );
}

async fn statistics_of(app: &TestApp, year: i32) -> serde_json::Value {
    app.client
        .get(format!("{}/statistik.json?tahun={year}", app.address))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}
