//! Photos in S3-compatible object storage (MinIO, Ceph, AWS S3 …), so several server instances
//! share them: `PUT`, `GET` and `DELETE` of one object, path-style (`{endpoint}/{bucket}/{key}`),
//! each request signed with AWS Signature Version 4. An object is written whole or not at all.

use crate::secret::Secret;
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};
use std::io::{Error, ErrorKind};

type HmacSha256 = Hmac<Sha256>;

/// Where and as whom the objects are kept.
#[derive(Clone, Debug)]
pub struct S3Config {
    /// The service's address, e.g. `http://minio.internal:9000`.
    pub endpoint: String,
    /// The bucket (created beforehand).
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
    config: S3Config,
    client: reqwest::Client,
}

impl S3Blobs {
    /// A store for `config`.
    pub fn new(config: S3Config) -> S3Blobs {
        S3Blobs {
            config: S3Config {
                endpoint: config.endpoint.trim_end_matches('/').to_owned(),
                ..config
            },
            client: reqwest::Client::new(),
        }
    }

    /// Writes `bytes` under `key`.
    pub async fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()> {
        let response = self.send(reqwest::Method::PUT, key, bytes.to_vec()).await?;
        expect_success(response, key).await.map(drop)
    }

    /// Reads the object under `key`; [`ErrorKind::NotFound`] when there is none.
    pub async fn get(&self, key: &str) -> std::io::Result<Vec<u8>> {
        let response = self.send(reqwest::Method::GET, key, Vec::new()).await?;
        let response = expect_success(response, key).await?;
        Ok(response.bytes().await.map_err(Error::other)?.to_vec())
    }

    /// Removes the object under `key`; a missing one is not an error.
    pub async fn delete(&self, key: &str) -> std::io::Result<()> {
        let response = self.send(reqwest::Method::DELETE, key, Vec::new()).await?;
        match expect_success(response, key).await {
            Err(error) if error.kind() == ErrorKind::NotFound => Ok(()),
            other => other.map(drop),
        }
    }

    /// Creates the bucket if it does not exist (tests and first set-up; in production the
    /// bucket and its permissions are the storage administrator's).
    pub async fn create_bucket(&self) -> std::io::Result<()> {
        let response = self.signed(reqwest::Method::PUT, "", Vec::new()).await?;
        let status = response.status();
        if status.is_success() || status == reqwest::StatusCode::CONFLICT {
            Ok(())
        } else {
            Err(Error::other(format!("creating the bucket: HTTP {status}")))
        }
    }

    async fn send(
        &self,
        method: reqwest::Method,
        key: &str,
        body: Vec<u8>,
    ) -> std::io::Result<reqwest::Response> {
        if !super::is_safe_key(key) {
            return Err(Error::new(ErrorKind::InvalidInput, "invalid blob key"));
        }
        self.signed(method, key, body).await
    }

    /// Sends a request for `key` (empty: the bucket itself), signed.
    async fn signed(
        &self,
        method: reqwest::Method,
        key: &str,
        body: Vec<u8>,
    ) -> std::io::Result<reqwest::Response> {
        let path = if key.is_empty() {
            format!("/{}", self.config.bucket)
        } else {
            format!("/{}/{key}", self.config.bucket)
        };
        let url = format!("{}{path}", self.config.endpoint);
        let host = reqwest::Url::parse(&url)
            .ok()
            .and_then(|url| {
                let host = url.host_str()?.to_owned();
                Some(match url.port() {
                    Some(port) => format!("{host}:{port}"),
                    None => host,
                })
            })
            .ok_or_else(|| Error::new(ErrorKind::InvalidInput, "invalid S3 endpoint"))?;
        let now = chrono::Utc::now();
        let payload_hash = hex(&Sha256::digest(&body));
        let amz_date = now.format("%Y%m%dT%H%M%SZ").to_string();
        let headers = [
            ("host", host.as_str()),
            ("x-amz-content-sha256", payload_hash.as_str()),
            ("x-amz-date", amz_date.as_str()),
        ];
        let authorization = authorization(
            &self.config,
            method.as_str(),
            &path,
            &headers,
            &payload_hash,
            &now.format("%Y%m%d").to_string(),
            &amz_date,
        );
        self.client
            .request(method, &url)
            .header("x-amz-content-sha256", &payload_hash)
            .header("x-amz-date", &amz_date)
            .header("authorization", authorization)
            .body(body)
            .send()
            .await
            .map_err(Error::other)
    }
}

async fn expect_success(
    response: reqwest::Response,
    key: &str,
) -> std::io::Result<reqwest::Response> {
    let status = response.status();
    if status.is_success() {
        Ok(response)
    } else if status == reqwest::StatusCode::NOT_FOUND {
        Err(Error::new(ErrorKind::NotFound, format!("no object {key}")))
    } else {
        Err(Error::other(format!(
            "object storage answered HTTP {status} for {key}"
        )))
    }
}

/// The `Authorization` header of a request: AWS Signature Version 4 over the method, the path,
/// no query, the given headers (lower-case names, in order) and the payload's hash.
fn authorization(
    config: &S3Config,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    payload_hash: &str,
    date: &str,
    amz_date: &str,
) -> String {
    let canonical_headers: String = headers
        .iter()
        .map(|(name, value)| format!("{name}:{}\n", value.trim()))
        .collect();
    let signed_headers = headers
        .iter()
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(";");
    let canonical_request =
        format!("{method}\n{path}\n\n{canonical_headers}\n{signed_headers}\n{payload_hash}");
    let scope = format!("{date}/{}/s3/aws4_request", config.region);
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
        hex(&Sha256::digest(canonical_request.as_bytes()))
    );
    let key = signing_key(
        config.secret_access_key.expose(),
        date,
        &config.region,
        "s3",
    );
    format!(
        "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={signed_headers}, Signature={}",
        config.access_key_id,
        hex(&hmac(&key, string_to_sign.as_bytes()))
    )
}

fn signing_key(secret: &str, date: &str, region: &str, service: &str) -> [u8; 32] {
    let k_date = hmac(format!("AWS4{secret}").as_bytes(), date.as_bytes());
    let k_region = hmac(&k_date, region.as_bytes());
    let k_service = hmac(&k_region, service.as_bytes());
    hmac(&k_service, b"aws4_request")
}

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = HmacSha256::new_from_slice(key).expect("any key length");
    mac.update(data);
    mac.finalize().into_bytes().into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> S3Config {
        S3Config {
            endpoint: "https://examplebucket.s3.amazonaws.com".into(),
            bucket: "examplebucket".into(),
            region: "us-east-1".into(),
            access_key_id: "AKIAIOSFODNN7EXAMPLE".into(),
            secret_access_key: Secret::new("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".into()),
        }
    }

    /// AWS's worked example of deriving a signing key (the IAM service, 2012-02-15).
    #[test]
    fn the_signing_key_matches_aws_worked_example() {
        let key = signing_key(
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "20120215",
            "us-east-1",
            "iam",
        );
        assert_eq!(
            hex(&key),
            "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"
        );
    }

    /// AWS's worked example of a signed S3 `GET Object` (examplebucket, test.txt, 2013-05-24).
    #[test]
    fn a_get_is_signed_as_in_aws_worked_example() {
        let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        let authorization = authorization(
            &example(),
            "GET",
            "/test.txt",
            &[
                ("host", "examplebucket.s3.amazonaws.com"),
                ("range", "bytes=0-9"),
                ("x-amz-content-sha256", empty),
                ("x-amz-date", "20130524T000000Z"),
            ],
            empty,
            "20130524",
            "20130524T000000Z",
        );
        assert_eq!(
            authorization,
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, \
             SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, \
             Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
        );
    }
}
