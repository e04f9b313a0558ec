//! The load benchmarks' baseline: a bare axum handler that answers every GET with the same bytes,
//! on the same runtime as the real server. `scripts/bench load` serves a saved copy of a real page
//! with it, so the ratio between the two is what rendering, routing and the database cost.
//!
//! A POST is read whole and answered with a new number as its "tracking code": the baseline of the
//! submission benchmark (the upload alone, without checking, storing or the photo's processing).
//!
//! `cargo run --release -p server --example baseline -- 127.0.0.1:PORT page.html`

use axum::Router;
use axum::body::Bytes;
use axum::http::{Method, header};
use axum::response::{IntoResponse, Response};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};

static RECEIVED: AtomicU64 = AtomicU64::new(0);

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [bind, file] = args.as_slice() else {
        eprintln!("usage: baseline ADDRESS FILE");
        return ExitCode::from(2);
    };
    let page: &'static [u8] = match std::fs::read(file) {
        Ok(bytes) => bytes.leak(),
        Err(error) => {
            eprintln!("baseline: cannot read {file}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(bind).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("baseline: cannot listen on {bind}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let app = Router::new()
        .fallback(move |method: Method, body: Bytes| async move { answer(&method, &body, page) });
    match axum::serve(listener, app).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("baseline: {error}");
            ExitCode::FAILURE
        }
    }
}

fn answer(method: &Method, body: &Bytes, page: &'static [u8]) -> Response {
    if method == Method::POST {
        let number = RECEIVED.fetch_add(1, Ordering::Relaxed);
        let json = format!(
            r#"{{"tracking_code":"BASE-{number}","bytes":{}}}"#,
            body.len()
        );
        return ([(header::CONTENT_TYPE, "application/json")], json).into_response();
    }
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response()
}
