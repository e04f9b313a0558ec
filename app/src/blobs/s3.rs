//! Photos in S3-compatible object storage (MinIO, Ceph, Garage, AWS S3 …), so several server
//! instances share them: `PUT`, `GET` and `DELETE` of one object, path-style
//! (`{endpoint}/{bucket}/{key}`), through Apache Arrow's `object_store` client: it signs each
//! request (AWS Signature Version 4), retries what failed on the way (a dropped connection, a
//! 5xx, a 429) with growing waits, and gives up after [`RETRY_TIMEOUT`]. An object is written
//! whole or not at all.
//!
//! HTTPS is checked against the system's roots and the desk's extra CA file
//! ([`crate::tls::ExtraRoots`]); plain `http://` is allowed only when the endpoint says so.

use crate::secret::Secret;
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{BackoffConfig, ClientOptions, ObjectStoreExt, PutPayload, RetryConfig};
use std::io::{Error, ErrorKind};
use std::sync::Arc;
use std::time::Duration;

/// How long one request may take, the body included (a photo is at most a few MiB).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a connection may take to open.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long an operation keeps retrying before the error reaches the caller: a citizen's filing
/// waits at most this long on a store that is down.
pub const RETRY_TIMEOUT: Duration = Duration::from_secs(20);

/// Where and as whom the objects are kept.
#[derive(Clone, Debug)]
pub struct S3Config {
    /// The service's address, e.g. `https://minio.internal:9000`.
    pub endpoint: String,
    /// The bucket (created beforehand by the storage administrator).
    pub bucket: String,
    /// The signing region, e.g. `us-east-1` (MinIO's default).
    pub region: String,
    /// The access key id.
    pub access_key_id: String,
    /// The secret access key.
    pub secret_access_key: Secret<String>,
}

/// An S3-compatible store.
#[derive(Clone, Debug)]
pub struct S3Blobs {
    store: Arc<AmazonS3>,
    bucket: String,
}

impl S3Blobs {
    /// A store for `config`, trusting `roots` beside the system's certificate authorities.
    ///
    /// # Errors
    /// A sentence saying why the client cannot be built (an endpoint it cannot use).
    pub fn new(config: &S3Config, roots: &crate::tls::ExtraRoots) -> Result<S3Blobs, String> {
        crate::tls::install_crypto_provider();
        let mut client = ClientOptions::new()
            .with_timeout(REQUEST_TIMEOUT)
            .with_connect_timeout(CONNECT_TIMEOUT)
            .with_allow_http(config.endpoint.starts_with("http://"));
        for certificate in roots.for_object_store() {
            client = client.with_root_certificate(certificate);
        }
        let retry = RetryConfig {
            backoff: BackoffConfig {
                init_backoff: Duration::from_millis(100),
                max_backoff: Duration::from_secs(5),
                base: 2.0,
            },
            max_retries: 5,
            retry_timeout: RETRY_TIMEOUT,
        };
        let store = AmazonS3Builder::new()
            .with_endpoint(config.endpoint.trim_end_matches('/'))
            .with_bucket_name(&config.bucket)
            .with_region(&config.region)
            .with_access_key_id(&config.access_key_id)
            .with_secret_access_key(config.secret_access_key.expose())
            .with_virtual_hosted_style_request(false)
            .with_client_options(client)
            .with_retry(retry)
            .build()
            .map_err(|error| format!("object storage at {}: {error}", config.endpoint))?;
        Ok(S3Blobs {
            store: Arc::new(store),
            bucket: config.bucket.clone(),
        })
    }

    /// Writes `bytes` under `key`.
    pub async fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()> {
        let path = object_path(key)?;
        self.store
            .put(&path, PutPayload::from(bytes.to_vec()))
            .await
            .map(drop)
            .map_err(|error| self.error(key, error))
    }

    /// Reads the object under `key`; [`ErrorKind::NotFound`] when there is none.
    pub async fn get(&self, key: &str) -> std::io::Result<Vec<u8>> {
        let path = object_path(key)?;
        let result = self
            .store
            .get(&path)
            .await
            .map_err(|error| self.error(key, error))?;
        let bytes = result
            .bytes()
            .await
            .map_err(|error| self.error(key, error))?;
        Ok(bytes.to_vec())
    }

    /// Removes the object under `key`; a missing one is not an error.
    pub async fn delete(&self, key: &str) -> std::io::Result<()> {
        let path = object_path(key)?;
        match self.store.delete(&path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(self.error(key, error)),
        }
    }

    /// Whether the bucket answers a signed request with these credentials (`/readyz`): the
    /// metadata of an object the server never writes, "not found" being the good answer. (Without
    /// `s3:ListBucket`, AWS answers a missing object with 403, and the store reads as not ready.)
    pub async fn check(&self) -> std::io::Result<()> {
        match self.store.head(&ObjectPath::from("readyz")).await {
            Ok(_) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(self.error("readyz", error)),
        }
    }

    /// The error as the callers know it: not found, or anything else with the store's words
    /// (they name the bucket and the status, never the credentials).
    fn error(&self, key: &str, error: object_store::Error) -> Error {
        match error {
            object_store::Error::NotFound { .. } => {
                Error::new(ErrorKind::NotFound, format!("no object {key}"))
            }
            other => Error::other(format!(
                "object storage (bucket {}): {}",
                self.bucket,
                crate::tls::with_causes(&other)
            )),
        }
    }
}

/// The object's path for a server-made `key`; anything else is refused before a request.
fn object_path(key: &str) -> std::io::Result<ObjectPath> {
    if !super::is_safe_key(key) {
        return Err(Error::new(ErrorKind::InvalidInput, "invalid blob key"));
    }
    ObjectPath::parse(key).map_err(|_| Error::new(ErrorKind::InvalidInput, "invalid blob key"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_server_made_keys_become_object_paths() {
        assert_eq!(
            object_path("photos/ADU-2345-6789/0.jpg").unwrap().as_ref(),
            "photos/ADU-2345-6789/0.jpg"
        );
        for key in ["../escape", "/abs", "a//b", "", "a b"] {
            assert_eq!(
                object_path(key).unwrap_err().kind(),
                ErrorKind::InvalidInput,
                "{key}"
            );
        }
    }

    #[test]
    fn a_plain_http_endpoint_builds_and_so_does_https() {
        let config = |endpoint: &str| S3Config {
            endpoint: endpoint.into(),
            bucket: "aduan".into(),
            region: "us-east-1".into(),
            access_key_id: "key".into(),
            secret_access_key: Secret::new("secret".into()),
        };
        let roots = crate::tls::ExtraRoots::none();
        assert!(S3Blobs::new(&config("http://127.0.0.1:9000"), &roots).is_ok());
        assert!(S3Blobs::new(&config("https://s3.example.go.id"), &roots).is_ok());
    }
}
