//! Behind a real reverse proxy (Debian's nginx, started here on a loopback port, configured as
//! docs/deploy.md says): the per-client limits count each client apart, and what a client writes
//! in the forwarded header changes nothing.
//!
//! Every loopback address is this machine, so the clients are 127.0.0.2 and 127.0.0.3 and the
//! proxy 127.0.0.1.

use crate::crash::free_port;
use crate::helpers::{Options, TestApp, under_ci};
use app::handlers::track::TRACK_LIMIT;
use app::settings::{ForwardedHeader, TrustedProxies};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// nginx in front of `upstream`, on a free port, with a configuration of its own.
struct Nginx {
    child: Child,
    port: u16,
    _dir: TempDir,
}

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn nginx_binary() -> Option<PathBuf> {
    ["/usr/sbin/nginx", "/usr/bin/nginx"]
        .into_iter()
        .map(PathBuf::from)
        .find(|path| path.exists())
}

impl Nginx {
    async fn start(binary: &Path, upstream: &str) -> Nginx {
        let dir = std::env::temp_dir().join(format!(
            "aduan-nginx-{}-{}",
            std::process::id(),
            free_port()
        ));
        std::fs::create_dir_all(dir.join("logs")).unwrap();
        let port = free_port();
        let upstream = upstream.trim_start_matches("http://");
        // The proxy part is what docs/deploy.md gives operators.
        let config = format!(
            "daemon off;\nmaster_process off;\npid {dir}/nginx.pid;\nerror_log {dir}/logs/error.log;\n\
             events {{ worker_connections 64; }}\n\
             http {{\n  access_log off;\n  client_body_temp_path {dir}/body;\n  proxy_temp_path {dir}/proxy;\n\
             fastcgi_temp_path {dir}/fastcgi;\n  uwsgi_temp_path {dir}/uwsgi;\n  scgi_temp_path {dir}/scgi;\n\
             server {{\n    listen 127.0.0.1:{port};\n    client_max_body_size 52m;\n\
             location / {{\n      proxy_pass http://{upstream};\n      proxy_set_header Host $host;\n\
             proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n\
             proxy_set_header X-Forwarded-Proto $scheme;\n    }}\n  }}\n}}\n",
            dir = dir.display(),
        );
        let path = dir.join("nginx.conf");
        std::fs::write(&path, config).unwrap();
        let child = Command::new(binary)
            .arg("-c")
            .arg(&path)
            .arg("-p")
            .arg(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("nginx starts");
        let nginx = Nginx {
            child,
            port,
            _dir: TempDir(dir),
        };
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return nginx;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("nginx did not listen on {port}");
    }
}

/// A browser on loopback address `from`, not following redirects.
fn client_at(from: &str) -> reqwest::Client {
    reqwest::Client::builder()
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
    let Some(binary) = nginx_binary() else {
        assert!(
            !under_ci(),
            "nginx is not installed; scripts/test installs it"
        );
        eprintln!("skipped: no nginx (apt-get install nginx-light)");
        return;
    };
    let app = TestApp::spawn_with(Options {
        trusted_proxies: TrustedProxies::parse("127.0.0.1", ForwardedHeader::XForwardedFor)
            .unwrap(),
        ..Options::default()
    })
    .await;
    let nginx = Nginx::start(&binary, &app.address).await;
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
