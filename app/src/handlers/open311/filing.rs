//! Filing through Open311: the API key checked from the head before the body is read, then
//! the same filing as the web form.

use super::format::{Format, answer, errors, failure};
use super::wire::*;
use crate::domain::complaint::NewComplaint;
use crate::domain::field::FieldErrors;
use crate::domain::open311::{Open311Error, RequestFields, field_error};
use crate::handlers::photos;
use crate::i18n::Locale;
use crate::services::filing::{self, Filing, FilingKey};
use crate::state::AppState;
use crate::storage::api_keys::{self, Scope};
use crate::storage::open311 as stored;
use crate::storage::rate_limits::Limit;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::time::Duration;

/// Requests one API key may file per hour.
pub const KEY_LIMIT: Limit = Limit {
    action: "open311",
    max: 600,
    window: Duration::from_secs(60 * 60),
};

/// `POST /open311/v2/requests.json`: files a complaint for a client with a `create` key. The
/// body is `multipart/form-data` (the photo as `media`) or, without a photo (optional for a
/// complaint that came by another channel, as a gateway's do; required with the `web` channel),
/// `application/x-www-form-urlencoded`.
#[utoipa::path(post, path = "/open311/v2/requests.json", tag = "open311",
    request_body(content = CreateRequestBody, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Filed", body = Vec<CreatedRequest>),
        (status = 400, description = "A missing or invalid field, one error each", body = Vec<Open311Error>),
        (status = 403, description = "No key, a revoked key, or a read-only key (the key comes in the `X-Api-Key` header, the `api_key` query parameter, or an `api_key` field before the first `media` part)", body = Vec<Open311Error>),
        (status = 413, description = "More text than a filing may carry before its key is checked", body = Vec<Open311Error>),
        (status = 429, description = "The key filed too many this hour", body = Vec<Open311Error>),
    ))]
pub async fn file_json(State(state): State<AppState>, request: Request) -> Response {
    file(&state, Format::Json, request).await
}

/// `POST /open311/v2/requests.xml`.
pub async fn file_xml(State(state): State<AppState>, request: Request) -> Response {
    file(&state, Format::Xml, request).await
}

async fn file(state: &AppState, format: Format, request: Request) -> Response {
    let now = Utc::now();
    let (values, uploads, key) = match read_authenticated(state, request, now).await {
        Ok(read) => read,
        Err(Refusal::Problem(problem)) => return errors(format, vec![problem]),
        Err(Refusal::Failure(error)) => return failure(format, &error),
    };
    match KEY_LIMIT
        .exceeded(&state.db, &format!("key-{}", key.id), now)
        .await
    {
        Ok(true) => {
            return errors(
                format,
                vec![Open311Error::new(
                    429,
                    "Terlalu banyak permintaan / too many requests",
                )],
            );
        }
        Ok(false) => {}
        Err(error) => tracing::error!(%error, "rate limit unavailable"),
    }
    if values.contains_key("media_url") && uploads.is_empty() {
        return errors(
            format,
            vec![Open311Error::new(
                400,
                "media_url: foto tidak diambil dari alamat lain; unggah sebagai `media` / \
                 photos are not fetched from other addresses; upload the file as `media`",
            )],
        );
    }
    let fields = RequestFields::from_values(
        values
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    );
    let mut input = fields.to_input();
    // A gateway shows the reporter the notice in force, under its agreement with the desk.
    if input.privacy_notice.trim().is_empty() {
        match crate::storage::privacy_notices::latest_version(&state.db).await {
            Ok(Some(version)) => input.privacy_notice = version.number().to_string(),
            Ok(None) => {}
            Err(error) => return failure(format, &error),
        }
    }
    let mut photos = Vec::new();
    for upload in uploads {
        input.photos.push(upload.meta);
        photos.push(upload.bytes);
    }
    let sop = state.sop.get();
    let complaint = match NewComplaint::parse(&input, &sop.required_fields) {
        Ok(complaint) => complaint,
        Err(problems) => return field_errors(format, &problems),
    };
    match filing::unknown_choices(state, &complaint).await {
        Ok(problems) if problems.is_empty() => {}
        Ok(problems) => return field_errors(format, &problems),
        Err(error) => return failure(format, &error),
    }
    let processed = match photos::process(state, photos).await {
        Ok(processed) => processed,
        Err(problems) => return field_errors(format, &problems),
    };
    // The token: the key a retry of the same post would carry; here, fresh per request.
    let token = match new_token() {
        Some(token) => token,
        None => return failure(format, &"no random token"),
    };
    let filing = Filing {
        complaint: &complaint,
        key: Some(&FilingKey::Token(&token)),
        photos: &processed,
        locale: Locale::Id,
        intake_officer: None,
        by_channel: true,
        received_at: None,
        village: None,
    };
    let filed = match filing::file(state, &filing).await {
        Ok(filed) => filed,
        Err(error) => return failure(format, &error),
    };
    if let Err(error) = stored::mark_filed_by(&state.db, filed.code.as_str(), key.id).await {
        tracing::error!(%error, "could not record the filing key");
    }
    tracing::info!(key = key.id, "complaint filed through Open311");
    answer(
        format,
        StatusCode::CREATED,
        "service_requests",
        "request",
        vec![CreatedRequest {
            service_request_id: filed.code.as_str().to_owned(),
            token,
            service_notice: format!(
                "Aduan diterima. Kode pelacakan {} dan PIN {} untuk pelapor / \
                 complaint received: tracking code and PIN for the reporter",
                filed.code,
                filed.pin.as_deref().unwrap_or_default()
            ),
            account_id: None,
        }],
    )
}

fn field_errors(format: Format, problems: &FieldErrors) -> Response {
    errors(format, problems.iter().map(field_error).collect())
}

fn new_token() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(format!(
        "tok-{}",
        bytes
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect::<String>()
    ))
}

/// Text a filing may carry before its key is checked, all fields together: a stranger's post
/// costs at most this much reading before it is refused.
const TEXT_BUDGET_BYTES: usize = 256 * 1024;

/// Why a filing was refused before it was parsed.
enum Refusal {
    /// The client's fault: an Open311 error.
    Problem(Open311Error),
    /// Ours.
    Failure(crate::storage::StorageError),
}

fn unreadable() -> Refusal {
    Refusal::Problem(Open311Error::new(
        400,
        "Isi permintaan tidak terbaca / unreadable request body",
    ))
}

fn no_key() -> Refusal {
    Refusal::Problem(Open311Error::new(
        403,
        "api_key: kunci tidak ada, dicabut, atau tidak boleh membuat aduan / \
         missing, revoked, or not allowed to create",
    ))
}

/// The live key allowed to create, whose text is `key`.
async fn creating_key(
    state: &AppState,
    key: &str,
    now: DateTime<Utc>,
) -> Result<api_keys::ApiKey, Refusal> {
    if key.trim().is_empty() {
        return Err(no_key());
    }
    match api_keys::authenticate(&state.db, &state.protector.api_key_hash(key), now).await {
        Ok(Some(found)) if found.scope == Scope::Create => Ok(found),
        Ok(_) => Err(no_key()),
        Err(error) => Err(Refusal::Failure(error)),
    }
}

/// The body's fields (the last value of each name), its photo uploads and the key that filed it,
/// authenticated before any photo is read: from the `X-Api-Key` header or the `api_key` query
/// parameter before the body, else from the `api_key` field, which must then come before the
/// first `media` part. Text fields share [`TEXT_BUDGET_BYTES`].
async fn read_authenticated(
    state: &AppState,
    request: Request,
    now: DateTime<Utc>,
) -> Result<
    (
        BTreeMap<String, String>,
        Vec<photos::Upload>,
        api_keys::ApiKey,
    ),
    Refusal,
> {
    let early = request
        .headers()
        .get("x-api-key")
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned)
        .or_else(|| {
            request.uri().query().and_then(|query| {
                serde_urlencoded::from_str::<Vec<(String, String)>>(query)
                    .ok()?
                    .into_iter()
                    .find_map(|(name, value)| (name == "api_key").then_some(value))
            })
        });
    let mut key = match early {
        Some(early) => Some(creating_key(state, &early, now).await?),
        None => None,
    };
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let mut values = BTreeMap::new();
    let mut uploads = Vec::new();
    if content_type.starts_with("multipart/form-data") {
        let mut multipart = Multipart::from_request(request, &())
            .await
            .map_err(|_| unreadable())?;
        let mut budget = TEXT_BUDGET_BYTES;
        while let Some(mut part) = multipart.next_field().await.map_err(|_| unreadable())? {
            let name = part.name().unwrap_or_default().to_owned();
            if name == "media" {
                if key.is_none() {
                    let given = values
                        .get("api_key")
                        .map(String::as_str)
                        .unwrap_or_default();
                    key = Some(creating_key(state, given, now).await?);
                }
                if let Some(upload) = photos::read(part).await.map_err(|_| unreadable())? {
                    uploads.push(upload);
                }
            } else {
                let mut bytes = Vec::new();
                while let Some(chunk) = part.chunk().await.map_err(|_| unreadable())? {
                    budget = budget.checked_sub(chunk.len()).ok_or_else(too_much_text)?;
                    bytes.extend_from_slice(&chunk);
                }
                // Strictly UTF-8: a lossy decoding would file replacement characters.
                let text = String::from_utf8(bytes).map_err(|_| unreadable())?;
                values.insert(name, text);
            }
        }
    } else if content_type.starts_with("application/x-www-form-urlencoded") {
        let bytes = axum::body::to_bytes(request.into_body(), TEXT_BUDGET_BYTES)
            .await
            .map_err(|_| too_much_text())?;
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_bytes(&bytes).map_err(|_| unreadable())?;
        values.extend(pairs);
    } else {
        return Err(unreadable());
    }
    let key = match key {
        Some(key) => key,
        None => {
            let given = values
                .get("api_key")
                .map(String::as_str)
                .unwrap_or_default();
            creating_key(state, given, now).await?
        }
    };
    values.remove("api_key");
    Ok((values, uploads, key))
}

fn too_much_text() -> Refusal {
    Refusal::Problem(Open311Error::new(
        413,
        "Teks permintaan terlalu panjang / the request's text is too long",
    ))
}
