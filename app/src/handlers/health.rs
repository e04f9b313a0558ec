//! `GET /healthz` (the process answers) and `GET /readyz` (it can serve: the database and the
//! photo store answer, no runtime worker is stuck, the scheduler's rounds keep coming), for a load
//! balancer or a supervisor. Neither says more than that.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// How long `/readyz` waits for the photo store before calling it down: a load balancer's probe
/// must get an answer, even from a store that does not.
const STORE_PROBE: Duration = Duration::from_secs(3);

/// `GET /healthz`.
pub async fn healthz() -> Response {
    (StatusCode::OK, "ok\n").into_response()
}

/// `GET /readyz`: `200 ok`, or `503` naming what is wrong.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let mut problems = Vec::new();
    if let Err(error) = crate::storage::ping(&state.db).await {
        tracing::warn!(%error, "not ready: the database does not answer");
        problems.push("database");
    }
    match tokio::time::timeout(STORE_PROBE, state.blobs.check()).await {
        Ok(Ok(())) => {}
        Ok(Err(error)) => {
            tracing::warn!(%error, "not ready: the photo store does not answer");
            problems.push("photo store");
        }
        Err(_) => {
            tracing::warn!("not ready: the photo store did not answer in time");
            problems.push("photo store");
        }
    }
    if state.liveness.stuck_workers() > 0 {
        problems.push("stuck worker");
    }
    if state
        .scheduler_beat
        .lag()
        .is_some_and(|lag| lag > crate::services::scheduler::LATE_AFTER)
    {
        tracing::warn!("not ready: the scheduler has not finished a round in time");
        problems.push("scheduler");
    }
    if problems.is_empty() {
        (StatusCode::OK, "ok\n").into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {}\n", problems.join(", ")),
        )
            .into_response()
    }
}
