//! TLS for the server's links to outside services: the WhatsApp/SMS gateway's webhook, the SMTP
//! relay, object storage and PostgreSQL. All of them run on rustls with one crypto provider
//! (ring), installed as the process default by [`install_crypto_provider`]; the WebAssembly has
//! none of this.
//!
//! Certificates are checked against the system's roots plus, when `tls_ca_file` is set, the
//! certificate authorities in that PEM file ([`ExtraRoots`]): a desk's own CA for a relay or an
//! object store on its network, or a test's.

use std::path::{Path, PathBuf};

/// Makes ring the process's rustls crypto provider. Every TLS client (reqwest, lettre, sqlx)
/// then uses it; calling it again does nothing.
#[expect(
    deprecated,
    reason = "rustls 0.23.48 deprecates ring's provider for lacking post-quantum key exchange; \
              aws-lc-rs has it but adds a large C build to every CI run. Revisit with rustls 0.24."
)]
pub fn install_crypto_provider() {
    // Err only when a provider is installed already: ring, by an earlier call.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Certificate authorities trusted beside the system's: the certificates of a PEM file, read and
/// checked once at start.
#[derive(Clone, Debug, Default)]
pub struct ExtraRoots {
    file: Option<PathBuf>,
    /// Each certificate, DER-encoded.
    certificates: Vec<Vec<u8>>,
}

impl ExtraRoots {
    /// None: the system's roots only.
    pub fn none() -> ExtraRoots {
        ExtraRoots::default()
    }

    /// Reads the certificates of the PEM file at `file`.
    ///
    /// # Errors
    /// A sentence naming the file and what is wrong: unreadable, or no certificate in it.
    pub fn load(file: &Path) -> Result<ExtraRoots, String> {
        use rustls::pki_types::CertificateDer;
        use rustls::pki_types::pem::PemObject;
        let bytes = std::fs::read(file)
            .map_err(|error| format!("cannot read {}: {error}", file.display()))?;
        let certificates = CertificateDer::pem_slice_iter(&bytes)
            .map(|certificate| certificate.map(|der| der.to_vec()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|error| format!("{} is not a PEM file: {error}", file.display()))?;
        if certificates.is_empty() {
            return Err(format!("{} holds no certificate", file.display()));
        }
        Ok(ExtraRoots {
            file: Some(file.to_owned()),
            certificates,
        })
    }

    /// The file they came from, if any (PostgreSQL reads it itself: `sslrootcert`).
    pub fn file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// How many certificate authorities the file adds.
    pub fn len(&self) -> usize {
        self.certificates.len()
    }

    /// Whether no authority is added.
    pub fn is_empty(&self) -> bool {
        self.certificates.is_empty()
    }

    /// The certificates for reqwest (the webhook).
    pub fn for_reqwest(&self) -> Vec<reqwest::Certificate> {
        self.certificates
            .iter()
            .filter_map(|der| reqwest::Certificate::from_der(der).ok())
            .collect()
    }

    /// The certificates for object storage.
    pub fn for_object_store(&self) -> Vec<object_store::Certificate> {
        self.certificates
            .iter()
            .filter_map(|der| object_store::Certificate::from_der(der).ok())
            .collect()
    }

    /// The certificates for the SMTP relay.
    pub fn for_lettre(&self) -> Vec<lettre::transport::smtp::client::Certificate> {
        self.certificates
            .iter()
            .filter_map(|der| {
                lettre::transport::smtp::client::Certificate::from_der(der.clone()).ok()
            })
            .collect()
    }
}

/// An error with every cause under it, `outer: inner: innermost`: an HTTP client's error alone
/// says "error sending request", and the certificate problem is three causes down.
pub fn with_causes(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        let inner_text = inner.to_string();
        if !text.contains(&inner_text) {
            text.push_str(": ");
            text.push_str(&inner_text);
        }
        cause = inner.source();
    }
    text
}

/// Whether `host` is this machine (`localhost`, `127.0.0.0/8`, `::1`): the one place a password
/// may travel without TLS.
pub fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|address| address.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_without_a_certificate_is_refused_by_name() {
        let dir = std::env::temp_dir().join(format!("aduan-tls-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("empty.pem");
        std::fs::write(&file, "not a certificate\n").unwrap();
        let error = ExtraRoots::load(&file).unwrap_err();
        assert!(
            error.contains("empty.pem") && error.contains("no certificate"),
            "{error}"
        );
        let error = ExtraRoots::load(&dir.join("missing.pem")).unwrap_err();
        assert!(error.contains("missing.pem"), "{error}");
    }

    #[test]
    fn only_this_machine_is_loopback() {
        for host in ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"] {
            assert!(is_loopback(host), "{host}");
        }
        for host in ["mail.example.go.id", "10.0.0.1", "localhost.evil"] {
            assert!(!is_loopback(host), "{host}");
        }
    }
}
