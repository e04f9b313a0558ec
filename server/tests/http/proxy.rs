//! Behind a real reverse proxy (Debian's nginx, started here on a loopback port, configured as
//! docs/deploy.md says): the per-client limits count each client apart, and what a client writes
//! in the forwarded header changes nothing.
//!
//! Every loopback address is this machine, so the clients are 127.0.0.2 and 127.0.0.3 and the
//! proxy 127.0.0.1.

use crate::helpers::{Options, TestApp};
use crate::nginx::{self, Nginx};
use app::handlers::track::TRACK_LIMIT;
use app::settings::{ForwardedHeader, TrustedProxies};
use std::net::IpAddr;

/// A browser on loopback address `from`, not following redirects.
fn client_at(from: &str) -> reqwest::Client {
    crate::helpers::client_builder()
        .local_address(from.parse::<IpAddr>().unwrap())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Posts a wrong code and PIN to `/lacak` at `base`; true when refused as over the limit.
async fn limited(client: &reqwest::Client, base: &str, forwarded_for: Option<&str>) -> bool {
    let mut request = client
        .post(format!("{base}/lacak"))
        .form(&[("kode", "ADU-0000-0000"), ("pin", "0000000000")]);
    if let Some(claimed) = forwarded_for {
        request = request.header("x-forwarded-for", claimed);
    }
    let response = request.send().await.expect("the proxy answers");
    assert_eq!(
        response.status(),
        303,
        "a tracking attempt is answered with a redirect"
    );
    response.headers()["location"]
        .to_str()
        .unwrap()
        .contains("galat=batas")
}

#[tokio::test]
async fn clients_behind_the_proxy_are_limited_apart_and_spoofed_headers_are_ignored() {
    let Some(binary) = nginx::binary() else {
        return;
    };
    let app = TestApp::spawn_with(Options {
        trusted_proxies: TrustedProxies::parse("127.0.0.1", ForwardedHeader::XForwardedFor)
            .unwrap(),
        ..Options::default()
    })
    .await;
    let nginx = Nginx::proxy(&binary, &app.address).await;
    let proxy = format!("http://127.0.0.1:{}", nginx.port);
    let (first, second) = (client_at("127.0.0.2"), client_at("127.0.0.3"));

    // The first client uses up its allowance, each attempt claiming to be someone else.
    for attempt in 0..TRACK_LIMIT.max {
        let claimed = format!("198.51.100.{attempt}");
        assert!(
            !limited(&first, &proxy, Some(&claimed)).await,
            "attempt {attempt} is within the allowance"
        );
    }
    assert!(
        limited(&first, &proxy, Some("203.0.113.77")).await,
        "a forged X-Forwarded-For does not buy a new allowance"
    );
    assert!(limited(&first, &proxy, None).await);
    // The second client behind the same proxy is not blocked by the first.
    assert!(!limited(&second, &proxy, None).await);

    // Straight to the server from an address that is not a trusted proxy, the header is ignored:
    // claiming to be the second client (or anyone) does not spend their allowance.
    let direct = client_at("127.0.0.4");
    for _ in 0..TRACK_LIMIT.max {
        assert!(!limited(&direct, &app.address, Some("127.0.0.3")).await);
    }
    assert!(limited(&direct, &app.address, Some("127.0.0.3")).await);
    assert!(
        !limited(&second, &proxy, None).await,
        "the second client is still within its allowance"
    );
}
