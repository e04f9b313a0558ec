//! The cancellation harness (`scripts/bench cancel`): clients that ask for a page and hang up
//! mid-answer, as phones on a weak signal do all day, many at once, for a while; and a probe of
//! `/readyz` every half second that counts the moments the server was not ready (a runtime worker
//! stuck, as in the Leptos owner-cleanup deadlock of issue 21) or did not answer at all.
//!
//! `cargo run --release -p server --example abort_load -- --base http://127.0.0.1:PORT
//!  --paths /,/lapor,/statistik [--seconds 60] [--concurrency 64]`
//!
//! Prints one JSON line: `{"aborted":N,"completed":N,"probes":N,"not_ready":N,"no_answer":N,
//! "ready_after":true}`; exits non-zero when the server is not ready once the load is over.

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

struct Options {
    host: String,
    paths: Vec<String>,
    seconds: u64,
    concurrency: usize,
}

fn options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let (mut base, mut paths, mut seconds, mut concurrency) = (None, None, 60, 64);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--base" => base = Some(value()?),
            "--paths" => paths = Some(value()?),
            "--seconds" => seconds = value()?.parse().map_err(|_| "--seconds: a number")?,
            "--concurrency" => {
                concurrency = value()?.parse().map_err(|_| "--concurrency: a number")?;
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    let base = base.ok_or("--base is required")?;
    Ok(Options {
        host: base
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned(),
        paths: paths
            .ok_or("--paths is required")?
            .split(',')
            .map(str::to_owned)
            .collect(),
        seconds,
        concurrency,
    })
}

/// One request on its own connection, abandoned after `keep` bytes of the answer (all of it when
/// the answer is shorter): `true` when it was cut off before the end.
async fn ask_and_hang_up(host: &str, path: &str, keep: usize) -> std::io::Result<bool> {
    let mut stream = TcpStream::connect(host).await?;
    stream.set_nodelay(true)?;
    stream
        .write_all(
            format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
        )
        .await?;
    let mut buffer = vec![0u8; 4096];
    let mut read = 0;
    while read < keep {
        let n = stream.read(&mut buffer).await?;
        if n == 0 {
            return Ok(false);
        }
        read += n;
    }
    // Dropped here: the server sees the connection close in the middle of its answer.
    Ok(true)
}

/// Whether `/readyz` answered 200 (`Some(true)`) or 503 (`Some(false)`); `None` when it did not
/// answer within five seconds (every worker stuck, or far too busy).
async fn ready(host: &str) -> Option<bool> {
    let probe = async {
        let mut stream = TcpStream::connect(host).await.ok()?;
        stream
            .write_all(
                format!("GET /readyz HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n")
                    .as_bytes(),
            )
            .await
            .ok()?;
        let mut answer = vec![0u8; 64];
        let n = stream.read(&mut answer).await.ok()?;
        Some(answer[..n].starts_with(b"HTTP/1.1 200"))
    };
    tokio::time::timeout(Duration::from_secs(5), probe)
        .await
        .ok()
        .flatten()
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match options() {
        Ok(options) => Arc::new(options),
        Err(problem) => {
            eprintln!("abort_load: {problem}");
            return ExitCode::from(2);
        }
    };
    let until = Instant::now() + Duration::from_secs(options.seconds);
    let aborted = Arc::new(AtomicUsize::new(0));
    let completed = Arc::new(AtomicUsize::new(0));
    let mut workers = Vec::new();
    for worker in 0..options.concurrency {
        let (options, aborted, completed) = (options.clone(), aborted.clone(), completed.clone());
        workers.push(tokio::spawn(async move {
            let mut turn = worker;
            while Instant::now() < until {
                let path = &options.paths[turn % options.paths.len()];
                // Hang up after a varying part of the answer: the head only, or deeper in.
                let keep = 1 + (turn * 997) % 6000;
                match ask_and_hang_up(&options.host, path, keep).await {
                    Ok(true) => aborted.fetch_add(1, Ordering::Relaxed),
                    Ok(false) => completed.fetch_add(1, Ordering::Relaxed),
                    Err(_) => 0,
                };
                turn += options.concurrency;
            }
        }));
    }
    let (mut probes, mut not_ready, mut no_answer) = (0, 0, 0);
    while Instant::now() < until {
        tokio::time::sleep(Duration::from_millis(500)).await;
        probes += 1;
        match ready(&options.host).await {
            Some(true) => {}
            Some(false) => not_ready += 1,
            None => no_answer += 1,
        }
    }
    for worker in workers {
        let _ = worker.await;
    }
    // After the load: the server must answer and be ready.
    let after = ready(&options.host).await;
    println!(
        "{{\"aborted\":{},\"completed\":{},\"probes\":{probes},\"not_ready\":{not_ready},\"no_answer\":{no_answer},\"ready_after\":{}}}",
        aborted.load(Ordering::Relaxed),
        completed.load(Ordering::Relaxed),
        after == Some(true)
    );
    if after == Some(true) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
