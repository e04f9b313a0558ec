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
