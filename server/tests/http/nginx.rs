//! Debian's nginx, started by a test on a free loopback port with a configuration of its own:
//! the reverse proxy of docs/deploy.md in front of the server, or a TLS endpoint in front of a
//! plain test service (a gateway, an object store).

use crate::crash::free_port;
use crate::helpers::under_ci;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running nginx; stopped, and its folder removed, when dropped.
pub struct Nginx {
    child: Child,
    /// The port it listens on, at 127.0.0.1.
    pub port: u16,
    dir: PathBuf,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Debian's nginx binary; `None` (a skipped test) where it is missing, but never under CI.
pub fn binary() -> Option<PathBuf> {
    let found = ["/usr/sbin/nginx", "/usr/bin/nginx"]
        .into_iter()
        .map(PathBuf::from)
        .find(|path| path.exists());
    if found.is_none() {
        assert!(
            !under_ci(),
            "nginx is not installed; scripts/test installs it"
        );
        eprintln!("skipped: no nginx (apt-get install nginx-light)");
    }
    found
}

impl Nginx {
    /// The reverse proxy docs/deploy.md gives operators, in front of `upstream` (`http://…`).
    pub async fn proxy(binary: &Path, upstream: &str) -> Nginx {
        let upstream = upstream.trim_start_matches("http://");
        Nginx::start(binary, |port| {
            format!(
                "listen 127.0.0.1:{port};\nclient_max_body_size 52m;\n\
                 location / {{\n  proxy_pass http://{upstream};\n  proxy_set_header Host $host;\n\
                 proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n\
                 proxy_set_header X-Forwarded-Proto $scheme;\n}}\n"
            )
        })
        .await
    }

    /// HTTPS on `127.0.0.1` with `certificate` and `key` (PEM files), passed on to `upstream`
    /// (`http://…`) with the client's `Host` (an S3 signature covers it).
    pub async fn tls(binary: &Path, upstream: &str, certificate: &Path, key: &Path) -> Nginx {
        let upstream = upstream.trim_start_matches("http://");
        let (certificate, key) = (certificate.display(), key.display());
        Nginx::start(binary, |port| {
            format!(
                "listen 127.0.0.1:{port} ssl;\nssl_certificate {certificate};\n\
                 ssl_certificate_key {key};\nclient_max_body_size 52m;\n\
                 location / {{\n  proxy_pass http://{upstream};\n  proxy_set_header Host $http_host;\n\
                 proxy_request_buffering off;\n}}\n"
            )
        })
        .await
    }

    /// nginx with one `server { … }` block, made by `server_block` for the chosen port.
    async fn start(binary: &Path, server_block: impl FnOnce(u16) -> String) -> Nginx {
        let dir = std::env::temp_dir().join(format!(
            "aduan-nginx-{}-{}",
            std::process::id(),
            free_port()
        ));
        std::fs::create_dir_all(dir.join("logs")).unwrap();
        let port = free_port();
        let config = format!(
            "daemon off;\nmaster_process off;\npid {dir}/nginx.pid;\nerror_log {dir}/logs/error.log;\n\
             events {{ worker_connections 64; }}\n\
             http {{\n  access_log off;\n  client_body_temp_path {dir}/body;\n  proxy_temp_path {dir}/proxy;\n\
             fastcgi_temp_path {dir}/fastcgi;\n  uwsgi_temp_path {dir}/uwsgi;\n  scgi_temp_path {dir}/scgi;\n\
             server {{\n{block}  }}\n}}\n",
            dir = dir.display(),
            block = server_block(port),
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
        let nginx = Nginx { child, port, dir };
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return nginx;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("nginx did not listen on {port}");
    }
}
