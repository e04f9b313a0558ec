//! `aduan serve` with a setting it cannot use stops before it touches anything or opens its port,
//! and names the setting.

use std::process::Command;

#[test]
fn a_misspelt_or_unsafe_setting_stops_the_start_by_name_before_anything_is_made() {
    let data_dir = std::env::temp_dir().join(format!("aduan-startup-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    let port = crate::crash::free_port();
    for (variable, value, named) in [
        (
            "ADUAN_DATABSE_URL",
            "sqlite://elsewhere.db",
            "ADUAN_DATABSE_URL is not a setting",
        ),
        (
            "ADUAN_WEBHOOK_URL",
            "https://gateway.example/kirim",
            "ADUAN_WEBHOOK_SECRET",
        ),
        (
            "ADUAN_TLS_CA_FILE",
            "/nonexistent/regency-ca.pem",
            "ADUAN_TLS_CA_FILE",
        ),
        (
            "ADUAN_S3_ENDPOINT",
            "minio.internal:9000",
            "ADUAN_S3_ENDPOINT",
        ),
        ("ADUAN_SMTP_TLS", "ssl", "ADUAN_SMTP_TLS"),
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_aduan"))
            .arg("serve")
            .env("ADUAN_DATA_DIR", &data_dir)
            .env("ADUAN_BIND", format!("127.0.0.1:{port}"))
            .env("ADUAN_SMTP_RELAY", "smtp.example.go.id")
            .env(variable, value)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{variable}: {said}");
        assert!(said.contains(named), "{variable}: {said}");
        assert!(
            !data_dir.exists(),
            "{variable}: nothing made before the check"
        );
    }
}
