//! `/metrics` on its own address: Prometheus's text format, read back with a parser; requests
//! by route pattern and status, filings accepted and refused, the work waiting and overdue, the
//! outbox, the database pool. Never a tracking code or a name in a label, never on the site's
//! own address.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{Options, TestApp};
use app::clock::ManualClock;
use chrono::{Duration, Utc};
use std::collections::HashMap;
use std::sync::Arc;

/// The samples of a scrape, by metric name and sorted `label=value` pairs.
fn samples(text: &str) -> HashMap<(String, String), f64> {
    let scrape = prometheus_parse::Scrape::parse(text.lines().map(|line| Ok(line.to_owned())))
        .expect("the Prometheus text format");
    scrape
        .samples
        .into_iter()
        .filter_map(|sample| {
            let value = match sample.value {
                prometheus_parse::Value::Counter(value)
                | prometheus_parse::Value::Gauge(value)
                | prometheus_parse::Value::Untyped(value) => value,
                _ => return None,
            };
            let mut labels: Vec<String> = sample
                .labels
                .iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect();
            labels.sort();
            Some(((sample.metric, labels.join(",")), value))
        })
        .collect()
}

#[tokio::test]
async fn metrics_count_requests_filings_and_the_work_waiting_without_personal_data() {
    let clock = Arc::new(ManualClock::new(Utc::now()));
    let app = TestApp::spawn_with(Options {
        clock: clock.clone(),
        metrics: true,
        ..Options::default()
    })
    .await;
    let metrics = app.metrics_address.clone().expect("a metrics address");

    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    let refused = app
        .post_form("/lapor", reqwest::multipart::Form::new().text("judul", "x"))
        .await;
    assert_eq!(refused.status(), 422);
    assert_eq!(app.get(&format!("/lacak/{code}")).await.0.as_u16(), 200);
    assert_eq!(app.get("/tidak-ada-halaman-ini").await.0.as_u16(), 404);
    // A month on, the complaint is past its verification deadline.
    clock.set(Utc::now() + Duration::days(30));

    let response = app
        .client
        .get(format!("{metrics}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = response.text().await.unwrap();
    assert!(!text.contains(&code), "no tracking code in a label");
    assert!(!text.contains("Siti"), "no name");
    let samples = samples(&text);
    let get = |metric: &str, labels: &str| {
        samples
            .get(&(metric.to_owned(), labels.to_owned()))
            .copied()
            .unwrap_or_else(|| panic!("{metric}{{{labels}}} in:\n{text}"))
    };
    assert_eq!(
        get(
            "aduan_http_requests_total",
            "method=POST,route=/lapor,status=303"
        ),
        1.0
    );
    assert_eq!(
        get(
            "aduan_http_requests_total",
            "method=POST,route=/lapor,status=422"
        ),
        1.0
    );
    assert_eq!(
        get(
            "aduan_http_requests_total",
            "method=GET,route=/lacak/:code,status=200"
        ),
        1.0
    );
    assert_eq!(
        get(
            "aduan_http_requests_total",
            "method=GET,route=other,status=404"
        ),
        1.0
    );
    assert_eq!(get("aduan_filings_total", "outcome=accepted,reason="), 1.0);
    assert_eq!(
        get("aduan_filings_total", "outcome=refused,reason=invalid"),
        1.0
    );
    assert_eq!(get("aduan_complaints_waiting", "status=submitted"), 1.0);
    assert_eq!(get("aduan_complaints_overdue", "status=submitted"), 1.0);
    assert_eq!(get("aduan_complaints_waiting", "status=dispatched"), 0.0);
    assert!(
        get("aduan_outbox_messages", "state=pending") >= 1.0,
        "the acknowledgement"
    );
    assert_eq!(get("aduan_outbox_messages", "state=failed"), 0.0);
    assert!(get("aduan_db_pool_connections", "state=idle") >= 0.0);
    assert!(
        !text.contains("aduan_scheduler_seconds_since_round"),
        "no scheduler runs in this test server"
    );

    // Not on the site's own address.
    assert_eq!(app.get("/metrics").await.0.as_u16(), 404);
}
