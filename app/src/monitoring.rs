//! What the server tells Prometheus (`GET /metrics`, on its own address: `metrics_bind`).
//!
//! One recorder per process, from the `metrics` crates; counters are kept as things happen,
//! gauges are read from the database when Prometheus asks ([`crate::handlers::metrics`]):
//!
//! | metric | kind | labels |
//! |---|---|---|
//! | `aduan_http_requests_total` | counter | `method`, `route` (the route's pattern, `/lacak/:code`, never a code or a name), `status` |
//! | `aduan_http_request_duration_seconds` | histogram | `method`, `route` |
//! | `aduan_filings_total` | counter | `outcome` (`accepted`, `refused`), `reason` for a refusal |
//! | `aduan_complaints_waiting` | gauge | `status` |
//! | `aduan_complaints_overdue` | gauge | `status` |
//! | `aduan_outbox_messages` | gauge | `state` (`pending`, `failed`) |
//! | `aduan_scheduler_seconds_since_round` | gauge | none; absent when the scheduler does not run here |
//! | `aduan_db_pool_connections` | gauge | `state` (`idle`, `in_use`) |
//!
//! No label ever carries personal data or a tracking code: a route is its pattern
//! (`/lacak/:code`), and what does not match a route is `other`.

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;

/// Requests, by method, route and status.
pub const HTTP_REQUESTS: &str = "aduan_http_requests_total";
/// How long requests took, by method and route.
pub const HTTP_DURATION: &str = "aduan_http_request_duration_seconds";
/// Filings through the citizens' form and the other channels, accepted or refused.
pub const FILINGS: &str = "aduan_filings_total";
/// Open complaints per status.
pub const WAITING: &str = "aduan_complaints_waiting";
/// Open complaints past their step's deadline, per status.
pub const OVERDUE: &str = "aduan_complaints_overdue";
/// Messages not yet delivered, and given up.
pub const OUTBOX: &str = "aduan_outbox_messages";
/// Seconds since the scheduler's last finished round.
pub const SCHEDULER_LAG: &str = "aduan_scheduler_seconds_since_round";
/// The database pool's connections.
pub const DB_POOL: &str = "aduan_db_pool_connections";

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// The process's recorder, installed on first use; `None` if another recorder was installed
/// first (then nothing is counted here).
pub fn handle() -> Option<&'static PrometheusHandle> {
    if let Some(handle) = HANDLE.get() {
        return Some(handle);
    }
    let builder = PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full(HTTP_DURATION.to_owned()),
            &[0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0],
        )
        .expect("the bucket list is not empty");
    let recorder = builder.build_recorder();
    let handle = recorder.handle();
    if metrics::set_global_recorder(recorder).is_err() && HANDLE.get().is_none() {
        return None;
    }
    Some(HANDLE.get_or_init(|| handle))
}

/// Counts one answered request.
pub fn count_request(method: &str, route: &str, status: u16, seconds: f64) {
    let (method, route) = (method.to_owned(), route.to_owned());
    metrics::counter!(HTTP_REQUESTS, "method" => method.clone(), "route" => route.clone(), "status" => status.to_string())
        .increment(1);
    metrics::histogram!(HTTP_DURATION, "method" => method, "route" => route).record(seconds);
}

/// Counts a complaint filed (any channel).
pub fn count_filing_accepted() {
    metrics::counter!(FILINGS, "outcome" => "accepted", "reason" => "").increment(1);
}

/// Counts a filing refused, and why: `invalid` (the shared rules), `too_large`, `unreadable`,
/// `limited` (the per-client allowance), `failed` (the server's fault).
pub fn count_filing_refused(reason: &'static str) {
    metrics::counter!(FILINGS, "outcome" => "refused", "reason" => reason).increment(1);
}
