//! `GET /healthz` (the process answers) and `GET /readyz` (it can serve: the database answers and
//! no runtime worker is stuck), for a load balancer or a supervisor. Neither says more than that.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

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
    if state.liveness.stuck_workers() > 0 {
        problems.push("stuck worker");
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
