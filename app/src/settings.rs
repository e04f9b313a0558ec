//! The server's settings: defaults, then an optional TOML file, then `ADUAN_*` environment
//! variables, each overriding the one before.
//!
//! | setting        | file key       | environment           | default                              |
//! |----------------|----------------|-----------------------|--------------------------------------|
//! | listen address | `bind`         | `ADUAN_BIND`          | `127.0.0.1:3000`                     |
//! | metrics address| `metrics_bind` | `ADUAN_METRICS_BIND`  | none: no `/metrics` (Prometheus text, its own port) |
//! | data folder    | `data_dir`     | `ADUAN_DATA_DIR`      | `data`                               |
//! | database       | `database_url` | `ADUAN_DATABASE_URL`  | `sqlite://<data_dir>/aduan.db`       |
//! | built site     | `site_root`    | `ADUAN_SITE_ROOT`     | `target/site`                        |
//! | log filter     | `log`          | `ADUAN_LOG`           | `info`                               |
//! | region prefix  | `region_prefix`| `ADUAN_REGION_PREFIX` | `ADU` (tracking codes `ADU-…`)       |
//! | secret key     | `secret_key`   | `ADUAN_SECRET_KEY`    | `<data_dir>/secret.key`, made once   |
//! | SOP profile    | `sop_profile`  | `ADUAN_SOP_PROFILE`   | `surabaya` (see `domain::sop`)       |
//! | time zone      | `utc_offset`   | `ADUAN_UTC_OFFSET`    | `+07:00` (WIB)                       |
//! | HTTPS cookies  | `secure_cookies`| `ADUAN_SECURE_COOKIES`| `false`; `true` behind HTTPS        |
//! | public address | `public_url`   | `ADUAN_PUBLIC_URL`    | `http://<bind>` (links in messages)  |
//! | message gateway| `webhook_url`  | `ADUAN_WEBHOOK_URL`   | none: messages are only logged       |
//! | gateway secret | `webhook_secret`| `ADUAN_WEBHOOK_SECRET`| none (signs the webhook's body)     |
//! | mail relay     | `smtp_relay`   | `ADUAN_SMTP_RELAY`    | none: e-mails are only logged (`host:port`) |
//! | its TLS        | `smtp_tls`     | `ADUAN_SMTP_TLS`      | `starttls` (required); `tls` (implicit, port 465); `none` on loopback |
//! | its login      | `smtp_username`| `ADUAN_SMTP_USERNAME` | none: no login                       |
//! | its password   | `smtp_password`| `ADUAN_SMTP_PASSWORD` | required with a username             |
//! | mail sender    | `smtp_from`    | `ADUAN_SMTP_FROM`     | `Aduan <aduan@localhost>`            |
//! | extra CAs      | `tls_ca_file`  | `ADUAN_TLS_CA_FILE`   | none: the system's roots only (PEM, trusted beside them) |
//! | trusted proxies| `trusted_proxies`| `ADUAN_TRUSTED_PROXIES`| none: the peer is the client (CIDRs, comma-separated) |
//! | forwarded header| `forwarded_header`| `ADUAN_FORWARDED_HEADER`| `x-forwarded-for`, or `forwarded` (RFC 7239) |
//! | object storage | `s3_endpoint`  | `ADUAN_S3_ENDPOINT`   | none: photos in `<data_dir>/photos`  |
//! | its bucket     | `s3_bucket`    | `ADUAN_S3_BUCKET`     | required with an endpoint            |
//! | its region     | `s3_region`    | `ADUAN_S3_REGION`     | `us-east-1`                          |
//! | its key id     | `s3_access_key_id` | `ADUAN_S3_ACCESS_KEY_ID` | required with an endpoint     |
//! | its secret     | `s3_secret_access_key` | `ADUAN_S3_SECRET_ACCESS_KEY` | required with an endpoint |
//!
//! The secret key (64 hexadecimal characters) seals the reporters' NIKs and hashes their PINs.
//! Set it in production from a secret store; the generated key file is a convenience for one
//! machine, and a backup that holds it beside the database protects nothing.
//!
//! The file is `ADUAN_CONFIG` if set, else `aduan.toml` in the working folder if it exists.
//!
//! Everything is checked here, before the port opens, and each mistake is refused with the name
//! of its setting: an unknown key in the file or `ADUAN_*` variable, an address of the wrong
//! scheme, a webhook without its secret, object storage without credentials, a CA file that
//! cannot be read, a password that would cross the network in clear.

use crate::domain::sop::{self, SopProfile};
use crate::domain::tracking_code::RegionPrefix;
pub use crate::secret::Secret;
use chrono::FixedOffset;
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Western Indonesia Time, UTC+7.
const WIB: FixedOffset = FixedOffset::east_opt(7 * 3600).expect("a valid offset");

/// Everything the server needs to know to start.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Address and port to listen on; port 0 picks a free one (tests).
    pub bind: SocketAddr,
    /// Where `/metrics` is served, apart from the site (a private interface or loopback, for
    /// Prometheus only); `None`: nowhere.
    pub metrics_bind: Option<SocketAddr>,
    /// Folder for the embedded database and uploaded files.
    pub data_dir: PathBuf,
    /// Database connection string: `sqlite://…` (default) or, later, `postgres://…`.
    pub database_url: Secret<String>,
    /// Folder holding the built site (`pkg/` with the WebAssembly, the CSS and public files).
    pub site_root: PathBuf,
    /// `tracing` filter, e.g. `info` or `aduan=debug,info`.
    pub log: String,
    /// The letters every tracking code of this desk starts with.
    pub region_prefix: RegionPrefix,
    /// The master key for personal data, as hex; `None` means the key file in the data folder.
    pub secret_key: Option<Secret<String>>,
    /// The desk's SOP: its time standards and calendar (one of [`sop::all_profiles`]).
    pub sop: SopProfile,
    /// The desk's time zone as an offset from UTC: dates are shown and working days counted in it
    /// (WIB +07:00, WITA +08:00, WIT +09:00).
    pub utc_offset: FixedOffset,
    /// Whether the site is served over HTTPS (directly or behind a proxy): officers' session
    /// cookies then carry `Secure` and the `__Host-` prefix, and responses ask for HSTS.
    pub secure_cookies: bool,
    /// The site's address as reporters reach it: the base of the links in their messages.
    pub public_url: String,
    /// The WhatsApp/SMS gateway's webhook; without one, messages are logged, not sent.
    pub webhook_url: Option<String>,
    /// The key the webhook's body is signed with (HMAC-SHA256).
    pub webhook_secret: Option<Secret<String>>,
    /// The SMTP relay e-mails go through; without one, e-mails are logged, not sent.
    pub smtp: Option<SmtpSettings>,
    /// The sender of those e-mails.
    pub smtp_from: String,
    /// Certificate authorities trusted beside the system's for every outside link.
    pub tls_roots: crate::tls::ExtraRoots,
    /// S3-compatible object storage for photos, shared by every instance; `None`: the data folder.
    pub object_store: Option<crate::blobs::s3::S3Config>,
    /// The reverse proxies whose forwarded header names the client (see
    /// [`crate::auth::client`]); empty: every peer is the client itself.
    pub trusted_proxies: TrustedProxies,
}

/// How the server reaches its SMTP relay.
#[derive(Clone, Debug)]
pub struct SmtpSettings {
    /// The relay's host name or address.
    pub host: String,
    /// Its port: 587 with STARTTLS, 465 with implicit TLS, 25 without TLS, when left out.
    pub port: u16,
    /// How the connection is protected.
    pub tls: SmtpTls,
    /// The login, if the relay asks for one.
    pub login: Option<(String, Secret<String>)>,
}

/// How the connection to the SMTP relay is protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain SMTP, then `STARTTLS`, required: a relay that does not offer it is refused.
    StartTls,
    /// TLS from the first byte (SMTPS, port 465).
    Implicit,
    /// No TLS: only for a relay on this machine.
    None,
}

impl SmtpTls {
    /// The setting's value.
    pub fn name(self) -> &'static str {
        match self {
            SmtpTls::StartTls => "starttls",
            SmtpTls::Implicit => "tls",
            SmtpTls::None => "none",
        }
    }

    fn default_port(self) -> u16 {
        match self {
            SmtpTls::StartTls => 587,
            SmtpTls::Implicit => 465,
            SmtpTls::None => 25,
        }
    }
}

/// Which header a trusted proxy names the client in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For: client, proxy1` (nginx's `$proxy_add_x_forwarded_for`, Caddy).
    #[default]
    XForwardedFor,
    /// `Forwarded: for=client` (RFC 7239).
    Forwarded,
}

impl ForwardedHeader {
    /// The header's name, lower case.
    pub fn name(self) -> &'static str {
        match self {
            ForwardedHeader::XForwardedFor => "x-forwarded-for",
            ForwardedHeader::Forwarded => "forwarded",
        }
    }
}

/// The networks of the reverse proxies in front of the server, and the header they write.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies {
    networks: Vec<ipnet::IpNet>,
    header: ForwardedHeader,
}

impl TrustedProxies {
    /// Parses a comma-separated list of addresses and CIDR networks (`10.0.0.0/8, ::1`).
    pub fn parse(list: &str, header: ForwardedHeader) -> Result<TrustedProxies, String> {
        let networks = list
            .split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                entry
                    .parse::<ipnet::IpNet>()
                    .or_else(|_| entry.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| entry.to_owned())
            })
            .collect::<Result<_, _>>()?;
        Ok(TrustedProxies { networks, header })
    }

    /// Whether `address` is one of the proxies.
    pub fn contains(&self, address: std::net::IpAddr) -> bool {
        let address = match address {
            std::net::IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, std::net::IpAddr::V4),
            v4 => v4,
        };
        self.networks
            .iter()
            .any(|network| network.contains(&address))
    }

    /// The header the proxies write.
    pub fn header(&self) -> ForwardedHeader {
        self.header
    }
}

/// What may be written in the settings file; every key is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    bind: Option<String>,
    metrics_bind: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<Secret<String>>,
    site_root: Option<PathBuf>,
    log: Option<String>,
    region_prefix: Option<String>,
    secret_key: Option<Secret<String>>,
    sop_profile: Option<String>,
    utc_offset: Option<String>,
    secure_cookies: Option<bool>,
    public_url: Option<String>,
    webhook_url: Option<String>,
    webhook_secret: Option<Secret<String>>,
    smtp_relay: Option<String>,
    smtp_tls: Option<String>,
    smtp_username: Option<String>,
    smtp_password: Option<Secret<String>>,
    smtp_from: Option<String>,
    tls_ca_file: Option<PathBuf>,
    s3_endpoint: Option<String>,
    s3_bucket: Option<String>,
    s3_region: Option<String>,
    s3_access_key_id: Option<String>,
    s3_secret_access_key: Option<Secret<String>>,
    trusted_proxies: Option<Vec<String>>,
    forwarded_header: Option<String>,
}

/// Why the settings could not be read. Never contains a secret.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// A setting that another one needs.
    #[error("{name} is required when {with} is set")]
    Required {
        /// The missing setting.
        name: &'static str,
        /// The setting that needs it.
        with: &'static str,
    },
    /// An `ADUAN_*` environment variable that is no setting (a misspelling, most likely).
    #[error("{name} is not a setting (known: {known})")]
    UnknownVariable {
        /// The variable.
        name: String,
        /// The settings there are.
        known: String,
    },
    /// An address that is not a URL of the schemes the setting takes.
    #[error("{source_name}: `{value}` is not a URL starting with {expected}")]
    Url {
        /// Where the value came from.
        source_name: &'static str,
        /// The value (never a secret).
        value: String,
        /// The schemes allowed, as text.
        expected: &'static str,
    },
    /// A file of certificates that cannot be used.
    #[error("{source_name}: {message}")]
    CaFile {
        /// Where the value came from.
        source_name: &'static str,
        /// What is wrong.
        message: String,
    },
    /// Mail settings that cannot work, or would send a password in clear.
    #[error("{source_name}: {message}")]
    Smtp {
        /// Where the value came from.
        source_name: &'static str,
        /// What is wrong.
        message: String,
    },
    /// The settings file exists but cannot be read.
    #[error("cannot read the settings file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The settings file is not valid TOML or has an unknown key.
    #[error("the settings file {path} is invalid: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What the TOML parser said.
        message: String,
    },
    /// A region prefix that is not three letters.
    #[error("{source_name}: `{value}` is not a region prefix of three letters, like TGK")]
    RegionPrefix {
        /// Where the value came from.
        source_name: &'static str,
        /// The value.
        value: String,
    },
    /// An SOP profile this build does not have.
    #[error("{source_name}: `{value}` is not a known SOP profile (one of: {known})")]
    SopProfile {
        /// Where the value came from.
        source_name: &'static str,
        /// The value.
        value: String,
        /// The profiles there are.
        known: String,
    },
    /// A time zone offset that is not `+HH:MM`.
    #[error("{source_name}: `{value}` is not a UTC offset like +07:00")]
    UtcOffset {
        /// Where the value came from.
        source_name: &'static str,
        /// The value.
        value: String,
    },
    /// A yes/no setting that is neither.
    #[error("{source_name}: `{value}` is not true or false")]
    Flag {
        /// Where the value came from.
        source_name: &'static str,
        /// The value.
        value: String,
    },
    /// A trusted proxy that is neither an address nor a CIDR network.
    #[error("{source_name}: `{value}` is not an address or network like 10.0.0.0/8")]
    TrustedProxy {
        /// Where the value came from.
        source_name: &'static str,
        /// The entry.
        value: String,
    },
    /// A forwarded header other than the two understood.
    #[error("{source_name}: `{value}` is not `x-forwarded-for` or `forwarded`")]
    ForwardedHeader {
        /// Where the value came from.
        source_name: &'static str,
        /// The value.
        value: String,
    },
    /// A listen address that is not `host:port`.
    #[error("{source_name}: `{value}` is not an address like 127.0.0.1:3000")]
    Bind {
        /// Where the value came from.
        source_name: &'static str,
        /// The value.
        value: String,
    },
}

impl Settings {
    /// Reads the settings from the process's environment and the settings file.
    pub fn load() -> Result<Self, SettingsError> {
        check_variable_names(std::env::vars_os().filter_map(|(name, _)| name.into_string().ok()))?;
        let env = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
        let file = match env("ADUAN_CONFIG") {
            Some(path) => Some(PathBuf::from(path)),
            None => Some(PathBuf::from("aduan.toml")).filter(|path| path.exists()),
        };
        Self::from_sources(file.as_deref(), env)
    }

    /// Builds the settings from an optional file and an environment lookup (tests pass their own).
    pub fn from_sources(
        file: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, SettingsError> {
        let from_file = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| SettingsError::Read {
                    path: path.to_owned(),
                    source,
                })?;
                toml::from_str::<FileSettings>(&text).map_err(|error| SettingsError::Parse {
                    path: path.to_owned(),
                    message: error.message().to_owned(),
                })?
            }
            None => FileSettings::default(),
        };

        let bind = match (env("ADUAN_BIND"), from_file.bind) {
            (Some(value), _) => parse_bind("ADUAN_BIND", value)?,
            (None, Some(value)) => parse_bind("bind", value)?,
            (None, None) => SocketAddr::from(([127, 0, 0, 1], 3000)),
        };
        let metrics_bind = match (env("ADUAN_METRICS_BIND"), from_file.metrics_bind) {
            (Some(value), _) => Some(parse_bind("ADUAN_METRICS_BIND", value)?),
            (None, Some(value)) => Some(parse_bind("metrics_bind", value)?),
            (None, None) => None,
        };
        if metrics_bind.is_some_and(|metrics| metrics.port() != 0 && metrics == bind) {
            return Err(SettingsError::Bind {
                source_name: "ADUAN_METRICS_BIND (metrics_bind)",
                value: format!("{bind} (the site's own address)"),
            });
        }
        let data_dir = env("ADUAN_DATA_DIR")
            .map(PathBuf::from)
            .or(from_file.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let database_url = match (env("ADUAN_DATABASE_URL"), from_file.database_url) {
            (Some(value), _) => check_database_url("ADUAN_DATABASE_URL", Secret::new(value))?,
            (None, Some(value)) => check_database_url("database_url", value)?,
            (None, None) => {
                Secret::new(format!("sqlite://{}", data_dir.join("aduan.db").display()))
            }
        };
        let site_root = env("ADUAN_SITE_ROOT")
            .map(PathBuf::from)
            .or(from_file.site_root)
            .unwrap_or_else(|| PathBuf::from("target/site"));
        let log = env("ADUAN_LOG")
            .or(from_file.log)
            .unwrap_or_else(|| "info".to_owned());

        let region_prefix = match (env("ADUAN_REGION_PREFIX"), from_file.region_prefix) {
            (Some(value), _) => parse_prefix("ADUAN_REGION_PREFIX", value)?,
            (None, Some(value)) => parse_prefix("region_prefix", value)?,
            (None, None) => RegionPrefix::default(),
        };
        let secret_key = env("ADUAN_SECRET_KEY")
            .map(Secret::new)
            .or(from_file.secret_key);

        let sop = match (env("ADUAN_SOP_PROFILE"), from_file.sop_profile) {
            (Some(value), _) => parse_sop("ADUAN_SOP_PROFILE", value)?,
            (None, Some(value)) => parse_sop("sop_profile", value)?,
            (None, None) => sop::surabaya(),
        };
        let utc_offset = match (env("ADUAN_UTC_OFFSET"), from_file.utc_offset) {
            (Some(value), _) => parse_offset("ADUAN_UTC_OFFSET", value)?,
            (None, Some(value)) => parse_offset("utc_offset", value)?,
            (None, None) => WIB,
        };

        let secure_cookies = match env("ADUAN_SECURE_COOKIES") {
            Some(value) => parse_flag("ADUAN_SECURE_COOKIES", value)?,
            None => from_file.secure_cookies.unwrap_or(false),
        };

        let public_url = match (env("ADUAN_PUBLIC_URL"), from_file.public_url) {
            (Some(value), _) => parse_url("ADUAN_PUBLIC_URL", value)?,
            (None, Some(value)) => parse_url("public_url", value)?,
            (None, None) => format!("http://{bind}"),
        };
        let webhook_url = match (env("ADUAN_WEBHOOK_URL"), from_file.webhook_url) {
            (Some(value), _) => Some(parse_url("ADUAN_WEBHOOK_URL", value)?),
            (None, Some(value)) => Some(parse_url("webhook_url", value)?),
            (None, None) => None,
        };
        let webhook_secret = env("ADUAN_WEBHOOK_SECRET")
            .map(Secret::new)
            .or(from_file.webhook_secret);
        if webhook_url.is_some() && webhook_secret.is_none() {
            // A gateway cannot tell our messages from a stranger's without it.
            return Err(SettingsError::Required {
                name: "ADUAN_WEBHOOK_SECRET (webhook_secret)",
                with: "ADUAN_WEBHOOK_URL (webhook_url)",
            });
        }

        let smtp = match (env("ADUAN_SMTP_RELAY"), from_file.smtp_relay) {
            (Some(relay), _) => Some(("ADUAN_SMTP_RELAY", relay)),
            (None, Some(relay)) => Some(("smtp_relay", relay)),
            (None, None) => None,
        };
        let smtp_tls = match (env("ADUAN_SMTP_TLS"), from_file.smtp_tls) {
            (Some(value), _) => Some(parse_smtp_tls("ADUAN_SMTP_TLS", value)?),
            (None, Some(value)) => Some(parse_smtp_tls("smtp_tls", value)?),
            (None, None) => None,
        };
        let smtp_username = env("ADUAN_SMTP_USERNAME").or(from_file.smtp_username);
        let smtp_password = env("ADUAN_SMTP_PASSWORD")
            .map(Secret::new)
            .or(from_file.smtp_password);
        let smtp = match smtp {
            None => None,
            Some((source_name, relay)) => Some(parse_smtp(
                source_name,
                &relay,
                smtp_tls,
                smtp_username,
                smtp_password,
            )?),
        };
        let smtp_from = env("ADUAN_SMTP_FROM")
            .or(from_file.smtp_from)
            .unwrap_or_else(|| "Aduan <aduan@localhost>".to_owned());

        let tls_roots = match (env("ADUAN_TLS_CA_FILE"), from_file.tls_ca_file) {
            (Some(path), _) => load_roots("ADUAN_TLS_CA_FILE", Path::new(&path))?,
            (None, Some(path)) => load_roots("tls_ca_file", &path)?,
            (None, None) => crate::tls::ExtraRoots::none(),
        };

        let s3_endpoint = match (env("ADUAN_S3_ENDPOINT"), from_file.s3_endpoint) {
            (Some(value), _) => Some(parse_url("ADUAN_S3_ENDPOINT", value)?),
            (None, Some(value)) => Some(parse_url("s3_endpoint", value)?),
            (None, None) => None,
        };
        let object_store = match s3_endpoint {
            None => None,
            Some(endpoint) => {
                let missing = |name: &'static str| SettingsError::Required {
                    name,
                    with: "ADUAN_S3_ENDPOINT (s3_endpoint)",
                };
                Some(crate::blobs::s3::S3Config {
                    endpoint,
                    bucket: env("ADUAN_S3_BUCKET")
                        .or(from_file.s3_bucket)
                        .ok_or(missing("ADUAN_S3_BUCKET (s3_bucket)"))?,
                    region: env("ADUAN_S3_REGION")
                        .or(from_file.s3_region)
                        .unwrap_or_else(|| "us-east-1".to_owned()),
                    access_key_id: env("ADUAN_S3_ACCESS_KEY_ID")
                        .or(from_file.s3_access_key_id)
                        .ok_or(missing("ADUAN_S3_ACCESS_KEY_ID (s3_access_key_id)"))?,
                    secret_access_key: env("ADUAN_S3_SECRET_ACCESS_KEY")
                        .map(Secret::new)
                        .or(from_file.s3_secret_access_key)
                        .ok_or(missing("ADUAN_S3_SECRET_ACCESS_KEY (s3_secret_access_key)"))?,
                })
            }
        };

        let forwarded_header = match (env("ADUAN_FORWARDED_HEADER"), from_file.forwarded_header) {
            (Some(value), _) => parse_forwarded_header("ADUAN_FORWARDED_HEADER", value)?,
            (None, Some(value)) => parse_forwarded_header("forwarded_header", value)?,
            (None, None) => ForwardedHeader::default(),
        };
        let trusted_proxies = match (env("ADUAN_TRUSTED_PROXIES"), from_file.trusted_proxies) {
            (Some(list), _) => TrustedProxies::parse(&list, forwarded_header).map_err(|value| {
                SettingsError::TrustedProxy {
                    source_name: "ADUAN_TRUSTED_PROXIES",
                    value,
                }
            })?,
            (None, Some(list)) => TrustedProxies::parse(&list.join(","), forwarded_header)
                .map_err(|value| SettingsError::TrustedProxy {
                    source_name: "trusted_proxies",
                    value,
                })?,
            (None, None) => TrustedProxies {
                networks: Vec::new(),
                header: forwarded_header,
            },
        };

        Ok(Self {
            metrics_bind,
            trusted_proxies,
            object_store,
            bind,
            data_dir,
            database_url,
            site_root,
            log,
            region_prefix,
            secret_key,
            sop,
            utc_offset,
            secure_cookies,
            public_url,
            webhook_url,
            webhook_secret,
            smtp,
            smtp_from,
            tls_roots,
        })
    }
}

/// Every `ADUAN_*` variable the settings read.
const VARIABLES: &[&str] = &[
    "ADUAN_CONFIG",
    "ADUAN_BIND",
    "ADUAN_METRICS_BIND",
    "ADUAN_DATA_DIR",
    "ADUAN_DATABASE_URL",
    "ADUAN_SITE_ROOT",
    "ADUAN_LOG",
    "ADUAN_REGION_PREFIX",
    "ADUAN_SECRET_KEY",
    "ADUAN_SOP_PROFILE",
    "ADUAN_UTC_OFFSET",
    "ADUAN_SECURE_COOKIES",
    "ADUAN_PUBLIC_URL",
    "ADUAN_WEBHOOK_URL",
    "ADUAN_WEBHOOK_SECRET",
    "ADUAN_SMTP_RELAY",
    "ADUAN_SMTP_TLS",
    "ADUAN_SMTP_USERNAME",
    "ADUAN_SMTP_PASSWORD",
    "ADUAN_SMTP_FROM",
    "ADUAN_TLS_CA_FILE",
    "ADUAN_TRUSTED_PROXIES",
    "ADUAN_FORWARDED_HEADER",
    "ADUAN_S3_ENDPOINT",
    "ADUAN_S3_BUCKET",
    "ADUAN_S3_REGION",
    "ADUAN_S3_ACCESS_KEY_ID",
    "ADUAN_S3_SECRET_ACCESS_KEY",
];

/// `ADUAN_*` variables that are not settings: the command line's own (`aduan admin create`
/// reads `ADUAN_ADMIN_PASSWORD`, `aduan api-key` `ADUAN_API_KEY`) and the project's scripts'.
const OTHER_VARIABLES: &[&str] = &["ADUAN_ADMIN_PASSWORD", "ADUAN_API_KEY", "ADUAN_BIN"];
const OTHER_PREFIXES: &[&str] = &[
    "ADUAN_TEST_",
    "ADUAN_E2E_",
    "ADUAN_BENCH_",
    "ADUAN_CONTRACT_",
];

/// Refuses an `ADUAN_*` variable that nothing reads: `ADUAN_DATABSE_URL` would otherwise start
/// the server on the default database without a word.
fn check_variable_names(names: impl Iterator<Item = String>) -> Result<(), SettingsError> {
    for name in names {
        if name.starts_with("ADUAN_")
            && !VARIABLES.contains(&name.as_str())
            && !OTHER_VARIABLES.contains(&name.as_str())
            && !OTHER_PREFIXES.iter().any(|prefix| name.starts_with(prefix))
        {
            return Err(SettingsError::UnknownVariable {
                name,
                known: VARIABLES.join(", "),
            });
        }
    }
    Ok(())
}

/// `value` if it is an absolute `http://` or `https://` URL with a host; a trailing `/` dropped.
fn parse_url(source_name: &'static str, value: String) -> Result<String, SettingsError> {
    let trimmed = value.trim();
    let host = trimmed
        .split_once("://")
        .filter(|(scheme, _)| ["http", "https"].contains(&scheme.to_ascii_lowercase().as_str()))
        .map(|(_, rest)| rest.split(['/', '?', '#']).next().unwrap_or_default());
    match host {
        Some(host)
            if !host.is_empty() && !host.contains(char::is_whitespace) && !host.contains('@') =>
        {
            Ok(trimmed.trim_end_matches('/').to_owned())
        }
        _ => Err(SettingsError::Url {
            source_name,
            value,
            expected: "http:// or https://",
        }),
    }
}

/// The database address if it names a backend this build has; its text is never in the error
/// (it may hold a password).
fn check_database_url(
    source_name: &'static str,
    url: Secret<String>,
) -> Result<Secret<String>, SettingsError> {
    let text = url.expose();
    if ["sqlite:", "postgres://", "postgresql://"]
        .iter()
        .any(|scheme| text.starts_with(scheme))
    {
        Ok(url)
    } else {
        Err(SettingsError::Url {
            source_name,
            value: "[redacted]".to_owned(),
            expected: "sqlite:, postgres:// or postgresql://",
        })
    }
}

fn parse_smtp_tls(source_name: &'static str, value: String) -> Result<SmtpTls, SettingsError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "starttls" => Ok(SmtpTls::StartTls),
        "tls" | "implicit" | "smtps" => Ok(SmtpTls::Implicit),
        "none" => Ok(SmtpTls::None),
        _ => Err(SettingsError::Smtp {
            source_name,
            message: format!("`{value}` is not starttls, tls or none"),
        }),
    }
}

/// The relay `host[:port]` with its TLS mode and login. Without TLS, only a relay on this machine
/// is allowed a login: the password would otherwise cross the network in clear. Without a mode,
/// `starttls`, or `none` for a relay on this machine.
fn parse_smtp(
    source_name: &'static str,
    relay: &str,
    tls: Option<SmtpTls>,
    username: Option<String>,
    password: Option<Secret<String>>,
) -> Result<SmtpSettings, SettingsError> {
    let refused = |message: String| SettingsError::Smtp {
        source_name,
        message,
    };
    let relay = relay.trim();
    let (host, port) = match relay.rsplit_once(':') {
        Some((host, port)) if !host.ends_with(':') => (
            host,
            Some(
                port.parse::<u16>()
                    .map_err(|_| refused(format!("`{relay}` is not host:port")))?,
            ),
        ),
        _ => (relay, None),
    };
    if host.is_empty() || host.contains(['/', '@', ' ']) {
        return Err(refused(format!("`{relay}` is not host:port")));
    }
    let loopback = crate::tls::is_loopback(host);
    let tls = tls.unwrap_or(if loopback {
        SmtpTls::None
    } else {
        SmtpTls::StartTls
    });
    let login = match (username, password) {
        (None, None) => None,
        (Some(username), Some(password)) => Some((username, password)),
        (Some(_), None) => {
            return Err(SettingsError::Required {
                name: "ADUAN_SMTP_PASSWORD (smtp_password)",
                with: "ADUAN_SMTP_USERNAME (smtp_username)",
            });
        }
        (None, Some(_)) => {
            return Err(SettingsError::Required {
                name: "ADUAN_SMTP_USERNAME (smtp_username)",
                with: "ADUAN_SMTP_PASSWORD (smtp_password)",
            });
        }
    };
    if tls == SmtpTls::None && !loopback && login.is_some() {
        return Err(refused(format!(
            "a login to {host} without TLS would send the password in clear; \
             set ADUAN_SMTP_TLS (smtp_tls) to starttls or tls"
        )));
    }
    Ok(SmtpSettings {
        host: host.to_owned(),
        port: port.unwrap_or(tls.default_port()),
        tls,
        login,
    })
}

fn load_roots(
    source_name: &'static str,
    path: &Path,
) -> Result<crate::tls::ExtraRoots, SettingsError> {
    crate::tls::ExtraRoots::load(path).map_err(|message| SettingsError::CaFile {
        source_name,
        message,
    })
}

fn parse_prefix(source_name: &'static str, value: String) -> Result<RegionPrefix, SettingsError> {
    RegionPrefix::parse(&value).ok_or(SettingsError::RegionPrefix { source_name, value })
}

fn parse_sop(source_name: &'static str, value: String) -> Result<SopProfile, SettingsError> {
    sop::profile_by_id(value.trim()).ok_or_else(|| SettingsError::SopProfile {
        source_name,
        value,
        known: sop::all_profiles()
            .iter()
            .map(|profile| profile.id.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    })
}

fn parse_offset(source_name: &'static str, value: String) -> Result<FixedOffset, SettingsError> {
    value
        .trim()
        .parse::<FixedOffset>()
        .map_err(|_| SettingsError::UtcOffset { source_name, value })
}

fn parse_flag(source_name: &'static str, value: String) -> Result<bool, SettingsError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(SettingsError::Flag { source_name, value }),
    }
}

fn parse_forwarded_header(
    source_name: &'static str,
    value: String,
) -> Result<ForwardedHeader, SettingsError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "x-forwarded-for" => Ok(ForwardedHeader::XForwardedFor),
        "forwarded" => Ok(ForwardedHeader::Forwarded),
        _ => Err(SettingsError::ForwardedHeader { source_name, value }),
    }
}

fn parse_bind(source_name: &'static str, value: String) -> Result<SocketAddr, SettingsError> {
    value
        .parse()
        .map_err(|_| SettingsError::Bind { source_name, value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn defaults_serve_sqlite_in_the_data_folder_on_port_3000() {
        let settings = Settings::from_sources(None, env_of(&[])).unwrap();
        assert_eq!(settings.bind.to_string(), "127.0.0.1:3000");
        assert_eq!(settings.database_url.expose(), "sqlite://data/aduan.db");
        assert_eq!(settings.site_root, PathBuf::from("target/site"));
    }

    #[test]
    fn environment_overrides_the_file() {
        let dir = std::env::temp_dir().join(format!("aduan-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("aduan.toml");
        std::fs::write(
            &file,
            "bind = \"0.0.0.0:8080\"\ndata_dir = \"/srv/aduan\"\n",
        )
        .unwrap();

        let settings =
            Settings::from_sources(Some(&file), env_of(&[("ADUAN_BIND", "127.0.0.1:9000")]))
                .unwrap();
        assert_eq!(settings.bind.to_string(), "127.0.0.1:9000");
        assert_eq!(settings.data_dir, PathBuf::from("/srv/aduan"));
        assert_eq!(
            settings.database_url.expose(),
            "sqlite:///srv/aduan/aduan.db"
        );
    }

    #[test]
    fn the_sop_profile_and_time_zone_are_chosen_by_name_and_checked() {
        let settings = Settings::from_sources(None, env_of(&[])).unwrap();
        assert_eq!(settings.sop.id, "surabaya");
        assert_eq!(settings.utc_offset.local_minus_utc(), 7 * 3600);

        let settings = Settings::from_sources(
            None,
            env_of(&[
                ("ADUAN_SOP_PROFILE", "tanah_bumbu"),
                ("ADUAN_UTC_OFFSET", "+08:00"),
            ]),
        )
        .unwrap();
        assert_eq!(settings.sop.id, "tanah_bumbu");
        assert_eq!(settings.utc_offset.local_minus_utc(), 8 * 3600);

        let error = Settings::from_sources(None, env_of(&[("ADUAN_SOP_PROFILE", "bandung")]))
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("bandung") && error.contains("trenggalek"),
            "{error}"
        );
        assert!(!settings.secure_cookies);
        let settings =
            Settings::from_sources(None, env_of(&[("ADUAN_SECURE_COOKIES", "true")])).unwrap();
        assert!(settings.secure_cookies);
        assert!(
            Settings::from_sources(None, env_of(&[("ADUAN_SECURE_COOKIES", "maybe")])).is_err()
        );
        let error = Settings::from_sources(None, env_of(&[("ADUAN_UTC_OFFSET", "WIB")]))
            .unwrap_err()
            .to_string();
        assert!(error.contains("+07:00"), "{error}");
    }

    #[test]
    fn database_url_never_prints() {
        let settings = Settings::from_sources(
            None,
            env_of(&[("ADUAN_DATABASE_URL", "postgres://desk:hunter2@db/aduan")]),
        )
        .unwrap();
        let printed = format!("{settings:?}");
        assert!(!printed.contains("hunter2"), "{printed}");
        assert!(printed.contains("[redacted]"));
    }

    #[test]
    fn unknown_file_keys_are_refused_by_name() {
        let dir = std::env::temp_dir().join(format!("aduan-settings-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("aduan.toml");
        std::fs::write(&file, "databse_url = \"sqlite://x\"\n").unwrap();
        let error = Settings::from_sources(Some(&file), env_of(&[])).unwrap_err();
        assert!(error.to_string().contains("databse_url"), "{error}");
    }

    #[test]
    fn region_prefix_and_secret_key_come_from_the_environment() {
        let settings = Settings::from_sources(
            None,
            env_of(&[
                ("ADUAN_REGION_PREFIX", "tgk"),
                ("ADUAN_SECRET_KEY", &"ab".repeat(32)),
            ]),
        )
        .unwrap();
        assert_eq!(settings.region_prefix.as_str(), "TGK");
        assert!(!format!("{settings:?}").contains("abab"));
        let error =
            Settings::from_sources(None, env_of(&[("ADUAN_REGION_PREFIX", "T1")])).unwrap_err();
        assert!(error.to_string().contains("region prefix"), "{error}");
    }

    #[test]
    fn a_bad_address_names_its_source() {
        let error =
            Settings::from_sources(None, env_of(&[("ADUAN_BIND", "localhost")])).unwrap_err();
        assert!(error.to_string().starts_with("ADUAN_BIND"), "{error}");
    }

    #[test]
    fn trusted_proxies_are_parsed_and_a_bad_entry_is_named() {
        let settings = Settings::from_sources(
            None,
            env_of(&[("ADUAN_TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1, ::1")]),
        )
        .unwrap();
        assert!(
            settings
                .trusted_proxies
                .contains("10.1.2.3".parse().unwrap())
        );
        assert!(
            settings
                .trusted_proxies
                .contains("127.0.0.1".parse().unwrap())
        );
        assert!(
            settings
                .trusted_proxies
                .contains("::ffff:127.0.0.1".parse().unwrap())
        );
        assert!(
            !settings
                .trusted_proxies
                .contains("127.0.0.2".parse().unwrap())
        );
        assert_eq!(
            settings.trusted_proxies.header(),
            ForwardedHeader::XForwardedFor
        );
        assert!(
            !Settings::from_sources(None, env_of(&[]))
                .unwrap()
                .trusted_proxies
                .contains("127.0.0.1".parse().unwrap()),
            "nobody is trusted by default"
        );
        let error = Settings::from_sources(
            None,
            env_of(&[("ADUAN_TRUSTED_PROXIES", "10.0.0.0/8, proxy.local")]),
        )
        .unwrap_err();
        assert!(error.to_string().contains("`proxy.local`"), "{error}");
        let error =
            Settings::from_sources(None, env_of(&[("ADUAN_FORWARDED_HEADER", "x-real-ip")]))
                .unwrap_err();
        assert!(
            error.to_string().starts_with("ADUAN_FORWARDED_HEADER"),
            "{error}"
        );
    }

    #[test]
    fn every_outside_address_is_checked_and_named_before_the_port_opens() {
        let refused = |pairs: &[(&str, &str)]| {
            Settings::from_sources(None, env_of(pairs))
                .unwrap_err()
                .to_string()
        };
        let error = refused(&[("ADUAN_PUBLIC_URL", "aduan.trenggalekkab.go.id")]);
        assert!(
            error.starts_with("ADUAN_PUBLIC_URL") && error.contains("https://"),
            "{error}"
        );
        let error = refused(&[("ADUAN_S3_ENDPOINT", "ftp://minio:9000")]);
        assert!(error.starts_with("ADUAN_S3_ENDPOINT"), "{error}");
        let error = refused(&[("ADUAN_DATABASE_URL", "mysql://root:hunter2@db/aduan")]);
        assert!(error.starts_with("ADUAN_DATABASE_URL"), "{error}");
        assert!(
            !error.contains("hunter2"),
            "the URL may hold a password: {error}"
        );
        let error = refused(&[("ADUAN_WEBHOOK_URL", "https://gateway.example/kirim")]);
        assert!(error.starts_with("ADUAN_WEBHOOK_SECRET"), "{error}");
        let error = refused(&[
            ("ADUAN_S3_ENDPOINT", "https://s3.example"),
            ("ADUAN_S3_BUCKET", "aduan"),
        ]);
        assert!(error.starts_with("ADUAN_S3_ACCESS_KEY_ID"), "{error}");
        let error = refused(&[("ADUAN_TLS_CA_FILE", "/nonexistent/ca.pem")]);
        assert!(
            error.starts_with("ADUAN_TLS_CA_FILE") && error.contains("/nonexistent/ca.pem"),
            "{error}"
        );

        let settings = Settings::from_sources(
            None,
            env_of(&[
                ("ADUAN_PUBLIC_URL", "https://aduan.trenggalekkab.go.id/"),
                ("ADUAN_WEBHOOK_URL", "https://gateway.example/kirim"),
                ("ADUAN_WEBHOOK_SECRET", "rahasia"),
            ]),
        )
        .unwrap();
        assert_eq!(settings.public_url, "https://aduan.trenggalekkab.go.id");
        assert!(settings.tls_roots.is_empty());
    }

    #[test]
    fn mail_needs_tls_to_a_remote_relay_and_a_whole_login() {
        let smtp = |pairs: &[(&str, &str)]| {
            Settings::from_sources(None, env_of(pairs)).map(|settings| settings.smtp.unwrap())
        };
        let remote = smtp(&[("ADUAN_SMTP_RELAY", "smtp.trenggalekkab.go.id")]).unwrap();
        assert_eq!((remote.tls, remote.port), (SmtpTls::StartTls, 587));
        let local = smtp(&[("ADUAN_SMTP_RELAY", "localhost")]).unwrap();
        assert_eq!((local.tls, local.port), (SmtpTls::None, 25));
        let implicit = smtp(&[
            ("ADUAN_SMTP_RELAY", "smtp.example:465"),
            ("ADUAN_SMTP_TLS", "tls"),
            ("ADUAN_SMTP_USERNAME", "aduan"),
            ("ADUAN_SMTP_PASSWORD", "sandi"),
        ])
        .unwrap();
        assert_eq!((implicit.tls, implicit.port), (SmtpTls::Implicit, 465));
        assert!(!format!("{implicit:?}").contains("sandi"));

        let error = smtp(&[
            ("ADUAN_SMTP_RELAY", "smtp.example:25"),
            ("ADUAN_SMTP_TLS", "none"),
            ("ADUAN_SMTP_USERNAME", "aduan"),
            ("ADUAN_SMTP_PASSWORD", "sandi"),
        ])
        .unwrap_err()
        .to_string();
        assert!(error.contains("in clear"), "{error}");
        let error = smtp(&[
            ("ADUAN_SMTP_RELAY", "smtp.example"),
            ("ADUAN_SMTP_USERNAME", "aduan"),
        ])
        .unwrap_err()
        .to_string();
        assert!(error.starts_with("ADUAN_SMTP_PASSWORD"), "{error}");
        let error = smtp(&[
            ("ADUAN_SMTP_RELAY", "smtp.example"),
            ("ADUAN_SMTP_TLS", "ssl3"),
        ])
        .unwrap_err()
        .to_string();
        assert!(error.starts_with("ADUAN_SMTP_TLS"), "{error}");
        let error = smtp(&[("ADUAN_SMTP_RELAY", "smtp.example:smtp")])
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("ADUAN_SMTP_RELAY"), "{error}");
    }

    #[test]
    fn a_misspelt_variable_is_refused_by_name_and_the_scripts_own_are_not() {
        let names = |list: &[&str]| list.iter().map(|name| name.to_string()).collect::<Vec<_>>();
        let error = check_variable_names(names(&["PATH", "ADUAN_DATABSE_URL"]).into_iter())
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("ADUAN_DATABSE_URL"), "{error}");
        assert!(
            error.contains("ADUAN_DATABASE_URL"),
            "the known names: {error}"
        );
        check_variable_names(
            names(&[
                "ADUAN_DATABASE_URL",
                "ADUAN_TEST_S3",
                "ADUAN_E2E_PORT",
                "ADUAN_ADMIN_PASSWORD",
            ])
            .into_iter(),
        )
        .unwrap();
    }
}
