//! Stopping: SIGTERM ends the real binary within the drain time, even when a request under way
//! never finishes (a phone that stopped sending halfway through a photo, or a worker stuck in a
//! render), so neither a deploy nor a CI run waits on it for ever.

use crate::crash::start;
use std::io::Write;
use std::process::Command;
use std::time::{Duration, Instant};

/// Sends SIGTERM and times the exit, failing after `bound`.
fn terminate_and_time(child: &mut std::process::Child, bound: Duration) -> Duration {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let sent = Instant::now();
    while sent.elapsed() < bound {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "the server exited with {status}");
            return sent.elapsed();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server was still running {bound:?} after SIGTERM");
}

#[tokio::test]
async fn sigterm_exits_promptly_when_idle_and_within_the_drain_time_when_a_request_stalls() {
    let data_dir = std::env::temp_dir().join(format!("aduan-shutdown-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    std::fs::create_dir_all(data_dir.join("site")).unwrap();

    // Idle: the exit is quick.
    let mut server = start(&data_dir).await;
    let took = terminate_and_time(&mut server.child, Duration::from_secs(5));
    assert!(
        took < Duration::from_secs(3),
        "an idle server took {took:?} to stop"
    );

    // A filing whose body stops arriving after its first bytes: the server waits for it for the
    // drain time, no longer.
    let mut server = start(&data_dir).await;
    let address = server.address.trim_start_matches("http://").to_owned();
    let mut stalled = std::net::TcpStream::connect(&address).unwrap();
    write!(
        stalled,
        "POST /lapor HTTP/1.1\r\nHost: {address}\r\nOrigin: http://{address}\r\n\
         Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n\
         --x\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nLampu"
    )
    .unwrap();
    stalled.flush().unwrap();
    // The request is under way (the handler is reading its body) before the signal.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let took = terminate_and_time(&mut server.child, Duration::from_secs(30));
    assert!(
        took >= app_drain() - Duration::from_secs(1),
        "the server stopped after {took:?}, before the stalled request had its drain time"
    );
    assert!(
        took < app_drain() + Duration::from_secs(5),
        "the server took {took:?} to stop"
    );
    drop(stalled);
    let _ = std::fs::remove_dir_all(&data_dir);
}

fn app_drain() -> Duration {
    server::SHUTDOWN_DRAIN
}
