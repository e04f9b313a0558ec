//! The submission benchmark: files complaints with a photo each through the JSON side of
//! `POST /lapor`, at a fixed concurrency, and reports how many were accepted per second and how
//! long each took from the request to the acknowledgement (sent only once the complaint and its
//! photo are committed to disk).
//!
//! The public limit is ten filings an hour per client address, so each worker sends from its own
//! loopback addresses (127.1.0.1, 127.1.0.2, …), a few filings from each: the limit is counted as
//! for real, just never reached.
//!
//! `cargo run --release -p server --example file_load -- --base http://127.0.0.1:PORT
//!  --photo-kb 300 [--count 200] [--concurrency 16] [--pause-ms 0] [--seconds S]
//!  [--first-address N]` (or `--photo FILE`)

use std::net::{IpAddr, Ipv4Addr};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Filings sent from one client address: under the public limit of ten an hour.
const PER_ADDRESS: usize = 8;

struct Options {
    base: String,
    photo: Vec<u8>,
    count: usize,
    concurrency: usize,
    /// A pause after each filing, per worker: a steady trickle for the soak run.
    pause: Duration,
    /// Stop starting filings after this long.
    duration: Option<Duration>,
    /// The first client address's number: a second run against the same server starts past the
    /// first run's addresses, which have used up their hour.
    first_address: usize,
}

#[derive(Default)]
struct Outcome {
    latencies: Vec<Duration>,
    codes: Vec<String>,
    failures: Vec<String>,
}

#[tokio::main]
async fn main() -> ExitCode {
    // reqwest is built without a crypto provider of its own (`app::tls`).
    app::tls::install_crypto_provider();
    let options = match parse(std::env::args().skip(1).collect()) {
        Ok(options) => Arc::new(options),
        Err(message) => {
            eprintln!(
                "file_load: {message}\nusage: file_load --base URL --photo FILE [--count N] [--concurrency C]"
            );
            return ExitCode::from(2);
        }
    };
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let workers: Vec<_> = (0..options.concurrency)
        .map(|_| tokio::spawn(worker(options.clone(), next.clone(), started)))
        .collect();
    let mut outcome = Outcome::default();
    for worker in workers {
        let part = worker.await.expect("a worker does not panic");
        outcome.latencies.extend(part.latencies);
        outcome.codes.extend(part.codes);
        outcome.failures.extend(part.failures);
    }
    let elapsed = started.elapsed();
    report(&options, &mut outcome, elapsed)
}

async fn worker(options: Arc<Options>, next: Arc<AtomicUsize>, started: Instant) -> Outcome {
    let mut outcome = Outcome::default();
    loop {
        let index = next.fetch_add(1, Ordering::Relaxed);
        let out_of_time = options
            .duration
            .is_some_and(|duration| started.elapsed() >= duration);
        if index >= options.count || out_of_time {
            return outcome;
        }
        let client = match reqwest::Client::builder()
            .local_address(Some(client_address(
                options.first_address * PER_ADDRESS + index,
            )))
            .build()
        {
            Ok(client) => client,
            Err(error) => {
                outcome.failures.push(format!("client: {error}"));
                continue;
            }
        };
        let started = Instant::now();
        match file_one(&client, &options, index).await {
            Ok(code) => {
                outcome.latencies.push(started.elapsed());
                outcome.codes.push(code);
            }
            Err(problem) => outcome.failures.push(problem),
        }
        tokio::time::sleep(options.pause).await;
    }
}

/// The loopback address filing number `index` is sent from: 127.1.0.1 upwards, skipping the
/// last octet's 0 and 255.
fn client_address(index: usize) -> IpAddr {
    let network = index / PER_ADDRESS;
    let host = network % 250 + 1;
    let subnet = network / 250;
    let octet = |value: usize| u8::try_from(value % 256).unwrap_or_default();
    IpAddr::V4(Ipv4Addr::new(
        127,
        octet(1 + subnet / 256),
        octet(subnet),
        octet(host),
    ))
}

async fn file_one(
    client: &reqwest::Client,
    options: &Options,
    index: usize,
) -> Result<String, String> {
    use reqwest::multipart::{Form, Part};
    let photo = Part::bytes(options.photo.clone())
        .file_name("jalan.jpg")
        .mime_str("image/jpeg")
        .map_err(|error| error.to_string())?;
    let form = Form::new()
        .text("reporter_name", "Siti Rahayu")
        .text("nik", "3503015708900001")
        .text("privacy_notice", "1")
        .text("phone", "0812 3456 7890")
        .text("email", "")
        .text("title", format!("Jalan berlubang di depan pasar, laporan {index}"))
        .text(
            "content",
            "Lubang besar di tengah jalan sudah dua minggu, sepeda motor sering terjatuh malam hari.",
        )
        .text("latitude", "-8.0506")
        .text("longitude", "111.7087")
        .text("address", "Jl. Soekarno-Hatta depan Pasar Pon, Trenggalek")
        .part("photos", photo);
    let response = client
        .post(format!("{}/lapor", options.base))
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .map_err(|error| format!("request: {error}"))?;
    let status = response.status();
    let body = response
        .text()
        .await
        .map_err(|error| format!("body: {error}"))?;
    if !status.is_success() {
        return Err(format!("{status}: {body}"));
    }
    let answer: serde_json::Value =
        serde_json::from_str(&body).map_err(|error| format!("answer: {error}: {body}"))?;
    answer["tracking_code"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("no tracking code in {body}"))
}

fn report(options: &Options, outcome: &mut Outcome, elapsed: Duration) -> ExitCode {
    outcome.latencies.sort();
    let percentile = |p: f64| -> f64 {
        let Some(last) = outcome.latencies.len().checked_sub(1) else {
            return 0.0;
        };
        // Nearest rank.
        let rank = ((p / 100.0) * last as f64).round() as usize;
        outcome.latencies[rank.min(last)].as_secs_f64() * 1000.0
    };
    let accepted = outcome.codes.len();
    let first_code = outcome.codes.first().cloned().unwrap_or_default();
    let mut unique = outcome.codes.clone();
    unique.sort();
    unique.dedup();
    let per_second = accepted as f64 / elapsed.as_secs_f64();
    println!(
        "filed {accepted} of at most {} complaints ({} KB photo each) at concurrency {} in {:.2} s: {per_second:.1} accepted/s",
        options.count,
        options.photo.len() / 1024,
        options.concurrency,
        elapsed.as_secs_f64()
    );
    println!(
        "request to acknowledgement: p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(50.0),
        percentile(90.0),
        percentile(99.0),
        percentile(100.0)
    );
    for failure in outcome.failures.iter().take(5) {
        println!("failed: {failure}");
    }
    println!(
        "FILE_LOAD_JSON {}",
        serde_json::json!({
            "accepted": accepted,
            "first_code": first_code,
            "unique_codes": unique.len(),
            "failed": outcome.failures.len(),
            "seconds": elapsed.as_secs_f64(),
            "per_second": per_second,
            "p50_ms": percentile(50.0),
            "p90_ms": percentile(90.0),
            "p99_ms": percentile(99.0),
            "max_ms": percentile(100.0),
            "photo_bytes": options.photo.len(),
            "concurrency": options.concurrency,
        })
    );
    if outcome.failures.is_empty() && unique.len() == accepted {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// A 1600×1200 JPEG of about `target` bytes, like a phone photo the browser has already shrunk:
/// a gradient with grain, the grain's strength found by bisection until the size is near.
fn phone_photo(target: usize) -> Result<Vec<u8>, String> {
    let encode = |grain: u32| -> Result<Vec<u8>, String> {
        let mut state = 0x2545_F491_u32;
        let picture = image::RgbImage::from_fn(1600, 1200, |x, y| {
            // xorshift32: the same picture every run.
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let noise = if grain == 0 { 0 } else { state % grain };
            let channel = |base: u32| u8::try_from((base + noise) % 256).unwrap_or(0);
            image::Rgb([channel(x / 8), channel(y / 6), channel((x + y) / 12)])
        });
        let mut bytes = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 85)
            .encode_image(&picture)
            .map_err(|error| error.to_string())?;
        Ok(bytes)
    };
    let (mut low, mut high) = (0_u32, 256_u32);
    let mut best = encode(high)?;
    while high - low > 1 {
        let middle = (low + high) / 2;
        let bytes = encode(middle)?;
        if bytes.len() < target {
            low = middle;
        } else {
            high = middle;
        }
        if bytes.len().abs_diff(target) < best.len().abs_diff(target) {
            best = bytes;
        }
    }
    Ok(best)
}

fn parse(args: Vec<String>) -> Result<Options, String> {
    let (mut base, mut photo, mut count, mut concurrency) = (None, None, 200, 16);
    let (mut pause, mut duration, mut first_address) = (Duration::ZERO, None, 0);
    let mut args = args.into_iter();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--base" => base = Some(value.trim_end_matches('/').to_owned()),
            "--photo" => {
                photo = Some(std::fs::read(&value).map_err(|error| format!("{value}: {error}"))?);
            }
            "--photo-kb" => {
                let kilobytes: usize = value.parse().map_err(|_| format!("--photo-kb {value}"))?;
                photo = Some(phone_photo(kilobytes * 1024)?);
            }
            "--count" => count = value.parse().map_err(|_| format!("--count {value}"))?,
            "--concurrency" => {
                concurrency = value
                    .parse()
                    .ok()
                    .filter(|c| *c > 0)
                    .ok_or_else(|| format!("--concurrency {value}"))?;
            }
            "--first-address" => {
                first_address = value
                    .parse()
                    .map_err(|_| format!("--first-address {value}"))?;
            }
            "--pause-ms" => {
                pause = Duration::from_millis(
                    value.parse().map_err(|_| format!("--pause-ms {value}"))?,
                );
            }
            "--seconds" => {
                duration = Some(Duration::from_secs(
                    value.parse().map_err(|_| format!("--seconds {value}"))?,
                ));
            }
            other => return Err(format!("unknown flag {other}")),
        }
    }
    Ok(Options {
        base: base.ok_or("--base is required")?,
        photo: photo.ok_or("--photo FILE or --photo-kb N is required")?,
        count,
        concurrency,
        pause,
        duration,
        first_address,
    })
}
