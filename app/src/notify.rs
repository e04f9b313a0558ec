//! Delivering the outbox ([`crate::storage::outbox`]): each due message is claimed, sent, and
//! its attempt recorded; a failure is retried with growing waits, and given up after
//! [`MAX_ATTEMPTS`].
//!
//! - Webhook (WhatsApp/SMS gateways): a JSON `POST` with the message's id in
//!   `X-Aduan-Delivery` (the gateway's key for ignoring a repeat) and the body's HMAC-SHA256 in
//!   `X-Aduan-Signature: sha256=<hex>`.
//! - E-mail: plain text through the desk's SMTP relay (`smtp_relay`), from `smtp_from`: STARTTLS
//!   (required) or implicit TLS, checked against the system's roots and the extra CA file, with a
//!   login when one is set; no TLS only for a relay on this machine ([`crate::settings`]).
//! - Both over rustls ([`crate::tls`]): a gateway or relay whose certificate does not check out
//!   is not sent to, and the attempt's error says so.
//! - Without a configured gateway or relay, a message is written to the log, without its
//!   recipient, and counted as delivered: the development default.

use crate::storage::StorageError;
use crate::storage::outbox::{self, Claimed, Outcome, Transport};
use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// Attempts before a message is given up.
pub const MAX_ATTEMPTS: u32 = 8;
/// How long a sender holds a claimed message.
const LEASE: Duration = Duration::minutes(2);
/// Messages claimed per round.
const BATCH: i64 = 20;
/// How long one webhook call may take.
const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Where messages go.
#[derive(Clone, Debug)]
pub struct Delivery {
    webhook: Option<Webhook>,
    client: reqwest::Client,
    smtp: Option<Smtp>,
}

#[derive(Clone)]
struct Smtp {
    transport: lettre::AsyncSmtpTransport<lettre::Tokio1Executor>,
    from: lettre::message::Mailbox,
}

impl std::fmt::Debug for Smtp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Smtp")
            .field("from", &self.from.to_string())
            .finish_non_exhaustive()
    }
}

#[derive(Clone)]
struct Webhook {
    url: String,
    secret: String,
}

impl std::fmt::Debug for Webhook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Webhook")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

impl Delivery {
    /// Delivery through the gateway at `url` (signing with `secret`), or to the log only;
    /// HTTPS trusts `roots` beside the system's authorities.
    ///
    /// # Errors
    /// A sentence saying why the HTTP client cannot be built.
    pub fn new(
        webhook_url: Option<String>,
        webhook_secret: Option<String>,
        roots: &crate::tls::ExtraRoots,
    ) -> Result<Delivery, String> {
        crate::tls::install_crypto_provider();
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .connect_timeout(std::time::Duration::from_secs(5))
            .tls_certs_merge(roots.for_reqwest())
            .build()
            .map_err(|error| format!("the webhook's HTTP client: {error}"))?;
        Ok(Delivery {
            webhook: webhook_url.map(|url| Webhook {
                url,
                secret: webhook_secret.unwrap_or_default(),
            }),
            client,
            smtp: None,
        })
    }

    /// Delivery to the log only (no gateway, no relay).
    pub fn log_only() -> Delivery {
        Delivery::new(None, None, &crate::tls::ExtraRoots::none())
            .expect("a client without extra roots builds")
    }
}

impl Delivery {
    /// Sends e-mail through the relay `smtp` (none: e-mail stays in the log), from `from`
    /// (`Name <address>`), trusting `roots` beside the system's authorities.
    ///
    /// # Errors
    /// A sentence naming what is wrong with the relay or the sender address.
    pub fn with_smtp(
        mut self,
        smtp: Option<&crate::settings::SmtpSettings>,
        from: &str,
        roots: &crate::tls::ExtraRoots,
    ) -> Result<Delivery, String> {
        use crate::settings::SmtpTls;
        use lettre::transport::smtp::client::{Tls, TlsParameters};
        let Some(smtp) = smtp else {
            return Ok(self);
        };
        let from = from
            .parse::<lettre::message::Mailbox>()
            .map_err(|error| format!("`{from}` is not a sender address: {error}"))?;
        let tls = match smtp.tls {
            SmtpTls::None => Tls::None,
            mode => {
                crate::tls::install_crypto_provider();
                let mut parameters = TlsParameters::builder(smtp.host.clone());
                for certificate in roots.for_lettre() {
                    parameters = parameters.add_root_certificate(certificate);
                }
                let parameters = parameters
                    .build_rustls()
                    .map_err(|error| format!("TLS to {}: {error}", smtp.host))?;
                if mode == SmtpTls::Implicit {
                    Tls::Wrapper(parameters)
                } else {
                    Tls::Required(parameters)
                }
            }
        };
        let mut builder =
            lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::builder_dangerous(&smtp.host)
                .port(smtp.port)
                .tls(tls)
                .timeout(Some(TIMEOUT));
        if let Some((username, password)) = &smtp.login {
            builder =
                builder.credentials(lettre::transport::smtp::authentication::Credentials::new(
                    username.clone(),
                    password.expose().clone(),
                ));
        }
        self.smtp = Some(Smtp {
            transport: builder.build(),
            from,
        });
        Ok(self)
    }
}

/// The wait before attempt `attempts + 1` after `attempts` failures: one minute, doubling, at
/// most six hours.
pub fn backoff(attempts: u32) -> Duration {
    let minutes = 1_i64 << attempts.saturating_sub(1).min(9);
    Duration::minutes(minutes.min(360))
}

/// Delivers every message due at `now`; returns how many were delivered.
pub async fn deliver_due(
    db: &crate::storage::Db,
    delivery: &Delivery,
    protector: &crate::personal_data::Protector,
    now: DateTime<Utc>,
) -> Result<usize, StorageError> {
    let mut delivered = 0;
    loop {
        let batch = outbox::claim_due(db, now, LEASE, BATCH).await?;
        if batch.is_empty() {
            return Ok(delivered);
        }
        for mut message in batch {
            let revealed = match message.sealed_secret.take() {
                None => Ok(()),
                Some(sealed) => protector
                    .open_secret(&sealed)
                    .ok()
                    .and_then(|secret| String::from_utf8(secret).ok())
                    .map(|secret| {
                        message.body = message.body.replace(outbox::SECRET_PLACEHOLDER, &secret);
                    })
                    .ok_or_else(|| "its secret cannot be opened".to_owned()),
            };
            let sent = match revealed {
                Ok(()) => send(delivery, &message).await,
                Err(error) => Err(error),
            };
            let outcome = match sent {
                Ok(()) => Outcome::Delivered,
                Err(error) if message.attempts + 1 >= MAX_ATTEMPTS => Outcome::GaveUp(error),
                Err(error) => Outcome::RetryAt(now + backoff(message.attempts + 1), error),
            };
            match &outcome {
                Outcome::Delivered => {
                    delivered += 1;
                    tracing::info!(message = message.id, "message delivered");
                }
                Outcome::RetryAt(at, error) => {
                    tracing::warn!(message = message.id, %error, retry_at = %at, "message not delivered");
                }
                Outcome::GaveUp(error) => {
                    tracing::error!(message = message.id, %error, "message given up");
                }
            }
            outbox::record_attempt(db, message.id, now, &outcome).await?;
        }
    }
}

async fn send(delivery: &Delivery, message: &Claimed) -> Result<(), String> {
    match (&delivery.webhook, &delivery.smtp, message.transport) {
        (Some(webhook), _, Transport::Webhook) => post(&delivery.client, webhook, message).await,
        (_, Some(smtp), Transport::Email) => mail(smtp, message).await,
        (_, _, transport) => {
            tracing::info!(
                message = message.id,
                transport = transport.code(),
                "no sender configured for this transport: message logged"
            );
            Ok(())
        }
    }
}

async fn mail(smtp: &Smtp, message: &Claimed) -> Result<(), String> {
    use lettre::AsyncTransport;
    let to = message
        .recipient
        .parse::<lettre::message::Mailbox>()
        .map_err(|_| "the recipient is not an e-mail address".to_owned())?;
    let email = lettre::Message::builder()
        .from(smtp.from.clone())
        .to(to)
        .subject(message.subject.clone())
        .header(lettre::message::header::ContentType::TEXT_PLAIN)
        .body(message.body.clone())
        .map_err(|error| format!("the e-mail could not be built: {error}"))?;
    // lettre's own timeout covers connecting; a relay that stalls mid-conversation would hold
    // the whole delivery round without this one.
    tokio::time::timeout(3 * TIMEOUT, smtp.transport.send(email))
        .await
        .map_err(|_| format!("relay did not answer within {} s", (3 * TIMEOUT).as_secs()))?
        .map(|_| ())
        .map_err(|error| {
            format!(
                "relay refused or unreachable: {}",
                crate::tls::with_causes(&error)
            )
        })
}

async fn post(
    client: &reqwest::Client,
    webhook: &Webhook,
    message: &Claimed,
) -> Result<(), String> {
    let body = serde_json::json!({
        "id": message.id,
        "tracking_code": message.tracking_code,
        "to": message.recipient,
        "locale": message.locale,
        "subject": message.subject,
        "text": message.body,
    })
    .to_string();
    let response = client
        .post(&webhook.url)
        .header("content-type", "application/json")
        .header("x-aduan-delivery", message.id.to_string())
        .header(
            "x-aduan-signature",
            signature(&webhook.secret, body.as_bytes()),
        )
        .body(body)
        .send()
        .await
        .map_err(|error| format!("gateway unreachable: {}", crate::tls::with_causes(&error)))?;
    if response.status().is_success() {
        Ok(())
    } else {
        Err(format!("gateway answered {}", response.status()))
    }
}

/// `sha256=<hex HMAC-SHA256 of the body>`.
pub fn signature(secret: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(body);
    let tag: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("sha256={tag}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_six_hours() {
        assert_eq!(backoff(1), Duration::minutes(1));
        assert_eq!(backoff(2), Duration::minutes(2));
        assert_eq!(backoff(4), Duration::minutes(8));
        assert_eq!(backoff(20), Duration::minutes(360));
    }

    #[test]
    fn the_signature_is_the_bodys_hmac() {
        // RFC 4231 test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
