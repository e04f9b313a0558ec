//! Notices a runtime worker stuck inside one poll (a deadlock in a render, a blocking call on an
//! async thread) and makes `/readyz` fail, so a load balancer stops sending requests to the
//! instance and its supervisor can restart it, whatever the cause.
//!
//! It reads tokio's stable per-worker metrics from a thread of its own (so it still runs when
//! every worker is stuck): a worker that is not parked, has not parked or unparked, and has not
//! reported any busy time for [`STUCK_AFTER`] is stuck in one poll. A worker busy with many short
//! polls reports its busy time as it goes; an idle one is parked.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a worker may stay in one poll before it counts as stuck.
pub const STUCK_AFTER: Duration = Duration::from_secs(30);
/// How often the workers are looked at.
const EVERY: Duration = Duration::from_secs(2);

/// How many workers are stuck now; shared with `/readyz`.
#[derive(Clone, Debug, Default)]
pub struct Liveness(Arc<AtomicUsize>);

impl Liveness {
    /// Workers stuck now.
    pub fn stuck_workers(&self) -> usize {
        self.0.load(Ordering::Relaxed)
    }
}

/// One worker as last seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    /// Parks plus unparks so far: odd while parked.
    pub park_unpark_count: u64,
    /// Busy time reported so far.
    pub busy: Duration,
}

/// A worker's history: its last sample and since when it has not changed.
#[derive(Clone, Copy, Debug)]
struct Seen {
    sample: Sample,
    since: Instant,
}

/// Decides from successive samples which workers are stuck.
#[derive(Debug, Default)]
pub struct Detector {
    seen: Vec<Option<Seen>>,
}

impl Detector {
    /// Takes this round's samples at `now`; the indexes of the workers stuck for `bound` or more.
    pub fn observe(&mut self, samples: &[Sample], now: Instant, bound: Duration) -> Vec<usize> {
        self.seen.resize(samples.len(), None);
        let mut stuck = Vec::new();
        for (worker, (sample, seen)) in samples.iter().zip(&mut self.seen).enumerate() {
            let since = match seen {
                Some(seen) if seen.sample == *sample => seen.since,
                _ => now,
            };
            *seen = Some(Seen {
                sample: *sample,
                since,
            });
            let parked = sample.park_unpark_count % 2 == 1;
            if !parked && now.duration_since(since) >= bound {
                stuck.push(worker);
            }
        }
        stuck
    }
}

/// Starts watching the workers of `runtime` on a thread of its own; `bound` is how long one poll
/// may take ([`STUCK_AFTER`] in the server).
pub fn start(runtime: tokio::runtime::Handle, bound: Duration) -> Liveness {
    let liveness = Liveness::default();
    let shared = liveness.clone();
    let spawned = std::thread::Builder::new()
        .name("aduan-watchdog".into())
        .spawn(move || {
            let mut detector = Detector::default();
            let mut reported = 0;
            // Until nobody else holds the liveness: the server (or the test) is gone.
            while Arc::strong_count(&shared.0) > 1 {
                std::thread::sleep(EVERY.min(bound / 2));
                let metrics = runtime.metrics();
                let samples: Vec<Sample> = (0..metrics.num_workers())
                    .map(|worker| Sample {
                        park_unpark_count: metrics.worker_park_unpark_count(worker),
                        busy: metrics.worker_total_busy_duration(worker),
                    })
                    .collect();
                let stuck = detector.observe(&samples, Instant::now(), bound);
                if stuck.len() != reported {
                    if stuck.is_empty() {
                        tracing::info!("every runtime worker moves again");
                    } else {
                        // The stacks: `gdb -p <pid> -batch -ex 'thread apply all bt'`
                        // (docs/deploy.md).
                        tracing::error!(
                            workers = ?stuck,
                            seconds = bound.as_secs(),
                            "runtime workers stuck in one poll: not ready"
                        );
                    }
                    reported = stuck.len();
                }
                shared.0.store(stuck.len(), Ordering::Relaxed);
            }
        });
    if let Err(error) = spawned {
        tracing::error!(%error, "the watchdog thread cannot start");
    }
    liveness
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(park_unpark_count: u64, busy_ms: u64) -> Sample {
        Sample {
            park_unpark_count,
            busy: Duration::from_millis(busy_ms),
        }
    }

    #[test]
    fn a_worker_frozen_in_one_poll_is_stuck_and_an_idle_or_busy_one_is_not() {
        let mut detector = Detector::default();
        let start = Instant::now();
        let bound = Duration::from_secs(30);
        // Worker 0 stays unparked with nothing reported; 1 is parked; 2 reports busy time.
        assert!(
            detector
                .observe(&[sample(4, 10), sample(7, 10), sample(4, 10)], start, bound)
                .is_empty()
        );
        let later = start + Duration::from_secs(31);
        assert_eq!(
            detector.observe(
                &[sample(4, 10), sample(7, 10), sample(4, 900)],
                later,
                bound
            ),
            vec![0]
        );
        // It moves again: no longer stuck.
        let after = later + Duration::from_secs(1);
        assert!(
            detector
                .observe(
                    &[sample(5, 10), sample(7, 10), sample(4, 950)],
                    after,
                    bound
                )
                .is_empty()
        );
    }

    #[test]
    fn a_worker_blocked_in_one_poll_is_found_on_a_real_runtime() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let liveness = start(runtime.handle().clone(), Duration::from_millis(600));
        assert_eq!(liveness.stuck_workers(), 0);
        // One task blocks its worker for three seconds, as a deadlocked render would.
        runtime.spawn(async { std::thread::sleep(Duration::from_secs(3)) });
        let deadline = Instant::now() + Duration::from_secs(3);
        while liveness.stuck_workers() == 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        assert_eq!(liveness.stuck_workers(), 1, "the blocked worker is noticed");
        // Released, it is no longer counted.
        let deadline = Instant::now() + Duration::from_secs(4);
        while liveness.stuck_workers() != 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        assert_eq!(liveness.stuck_workers(), 0);
        runtime.shutdown_background();
    }
}
