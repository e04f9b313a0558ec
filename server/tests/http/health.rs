//! `/healthz` and `/readyz`: alive, and able to serve; not ready once the database is gone.

use crate::helpers::TestApp;

#[tokio::test]
async fn health_says_alive_and_readiness_follows_the_database() {
    let app = TestApp::spawn().await;
    let (status, body) = app.get("/healthz").await;
    assert_eq!((status.as_u16(), body.as_str()), (200, "ok\n"));
    let (status, body) = app.get("/readyz").await;
    assert_eq!((status.as_u16(), body.as_str()), (200, "ok\n"));

    app.state.db.close().await;
    let (status, body) = app.get("/readyz").await;
    assert_eq!(status.as_u16(), 503);
    assert_eq!(body, "not ready: database\n");
    let (status, _) = app.get("/healthz").await;
    assert_eq!(status.as_u16(), 200, "alive all the same");
}

/// An object store that does not answer makes the instance not ready, in bounded time, and says
/// which part is down.
#[tokio::test]
async fn readiness_names_a_photo_store_that_does_not_answer() {
    let nothing_there = app::blobs::s3::S3Config {
        endpoint: format!("http://127.0.0.1:{}", crate::crash::free_port()),
        bucket: "aduan".into(),
        region: "us-east-1".into(),
        access_key_id: "aduan".into(),
        secret_access_key: app::settings::Secret::new("rahasia".into()),
    };
    let app = TestApp::spawn_with(crate::helpers::Options {
        object_store: Some(nothing_there),
        ..Default::default()
    })
    .await;
    let started = std::time::Instant::now();
    let (status, body) = app.get("/readyz").await;
    assert_eq!(status.as_u16(), 503);
    assert_eq!(body, "not ready: photo store\n");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "a probe is answered while the store retries: {:?}",
        started.elapsed()
    );
}

/// The scheduler's pulse: an instance whose rounds stopped finishing is not ready.
#[tokio::test]
async fn readiness_follows_the_schedulers_rounds() {
    let app = TestApp::spawn().await;
    // Without a scheduler of its own (the tests drive it), there is no pulse to miss.
    assert_eq!(app.state.scheduler_beat.lag(), None);
    assert_eq!(app.get("/readyz").await.0.as_u16(), 200);
    app.state.scheduler_beat.start();
    assert_eq!(app.get("/readyz").await.0.as_u16(), 200, "a fresh pulse");
    assert!(app.state.scheduler_beat.lag().unwrap() < app::services::scheduler::LATE_AFTER);
}
