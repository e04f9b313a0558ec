//! `GET /metrics`: Prometheus's text format ([`crate::monitoring`]), served only on the metrics
//! address (`metrics_bind`), never beside the public pages; and the middleware that counts every
//! request by its route's pattern.

use crate::monitoring;
use crate::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Marks a response counted by the route layer, so the outer layer does not count it again.
#[derive(Clone, Copy, Debug)]
struct Counted;

/// Counts a request that matched a route, under the route's pattern written `/lacak/:code`
/// (braces in a label value trip up some readers of the format): installed with
/// `Router::route_layer`, where the pattern is known.
pub async fn count_route(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("other", MatchedPath::as_str)
        .replace('{', ":")
        .replace('}', "");
    let method = request.method().clone();
    let started = std::time::Instant::now();
    let mut response = next.run(request).await;
    monitoring::count_request(
        method.as_str(),
        &route,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response.extensions_mut().insert(Counted);
    response
}

/// Counts what no route matched (files, the fallback's 404s) as `other`: installed with
/// `Router::layer`, around everything.
pub async fn count_other(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    if response.extensions().get::<Counted>().is_none() {
        monitoring::count_request(
            method.as_str(),
            "other",
            response.status().as_u16(),
            started.elapsed().as_secs_f64(),
        );
    }
    response
}

/// `GET /metrics`: the counters, and the gauges read now.
pub async fn serve(State(state): State<AppState>) -> Response {
    let Some(handle) = monitoring::handle() else {
        return (StatusCode::SERVICE_UNAVAILABLE, "no metrics recorder\n").into_response();
    };
    match crate::storage::monitoring::backlog(&state.db, state.clock.now()).await {
        Ok(backlog) => {
            for waiting in &backlog.waiting {
                let status = waiting.status.clone();
                metrics::gauge!(monitoring::WAITING, "status" => status.clone())
                    .set(waiting.count as f64);
                metrics::gauge!(monitoring::OVERDUE, "status" => status)
                    .set(waiting.overdue as f64);
            }
            // A status emptied since the last scrape reads 0, not its old count.
            for status in crate::domain::status::Status::ALL {
                if status.is_open()
                    && !backlog
                        .waiting
                        .iter()
                        .any(|waiting| waiting.status == status.code())
                {
                    metrics::gauge!(monitoring::WAITING, "status" => status.code()).set(0.0);
                    metrics::gauge!(monitoring::OVERDUE, "status" => status.code()).set(0.0);
                }
            }
            metrics::gauge!(monitoring::OUTBOX, "state" => "pending")
                .set(backlog.outbox_pending as f64);
            metrics::gauge!(monitoring::OUTBOX, "state" => "failed")
                .set(backlog.outbox_failed as f64);
        }
        Err(error) => tracing::warn!(%error, "metrics: the backlog could not be read"),
    }
    if let Some(lag) = state.scheduler_beat.lag() {
        metrics::gauge!(monitoring::SCHEDULER_LAG).set(lag.as_secs_f64());
    }
    let (open, idle) = state.db.connections();
    metrics::gauge!(monitoring::DB_POOL, "state" => "idle").set(idle as f64);
    metrics::gauge!(monitoring::DB_POOL, "state" => "in_use").set(f64::from(open) - idle as f64);
    let mut response = handle.render().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

/// The metrics address's only route.
pub fn routes() -> axum::Router<AppState> {
    axum::Router::new().route("/metrics", axum::routing::get(serve))
}
