//! Open311 GeoReport v2 under `/open311/v2/` (see [`crate::domain::open311`] for the mapping):
//!
//! | method | path                          | what                                          |
//! |--------|-------------------------------|-----------------------------------------------|
//! | GET    | `services.{json,xml}`         | the categories                                |
//! | GET    | `services/{code}.{json,xml}`  | a category's definition: the extra attributes |
//! | POST   | `requests.{json,xml}`         | file a complaint (an API key with `create`)   |
//! | GET    | `requests.{json,xml}`         | public complaints, with the spec's filters    |
//! | GET    | `requests/{id}.{json,xml}`    | one complaint                                 |
//! | GET    | `tokens/{token}.{json,xml}`   | the request filed under a token               |
//!
//! `jurisdiction_id` is accepted and ignored (one desk, one jurisdiction). Reads need no key; they
//! show what the public list shows, never a confidential complaint, a name, a NIK, a phone number
//! or a location finer than the district's centroid. Every answer is one of the types below,
//! which the OpenAPI document ([`crate::handlers::openapi`]) is generated from.

use crate::domain::complaint::NewComplaint;
use crate::domain::field::{Field, FieldError, FieldErrors};
use crate::domain::open311::{Open311Error, RequestFields, field_error, spec_status};
use crate::domain::redaction::mask_name;
use crate::domain::status::Status;
use crate::handlers::file_complaint;
use crate::handlers::photos;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::storage::api_keys::{self, Scope};
use crate::storage::desk_lists;
use crate::storage::open311::{self as stored, RequestFilter};
use crate::storage::rate_limits::Limit;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::Duration;
use utoipa::{IntoParams, ToSchema};

/// A service (a complaint category), as `services` lists it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Service {
    /// The category's code.
    pub service_code: String,
    /// Its name in Bahasa Indonesia.
    pub service_name: String,
    /// Its name in English.
    pub description: String,
    /// Always true: every service asks for attributes (see its definition).
    pub metadata: bool,
    /// Always `realtime`: a request gets its id at once.
    #[serde(rename = "type")]
    pub kind: String,
    /// Unused.
    pub keywords: String,
    /// Unused.
    pub group: String,
}

/// A service's definition: the attributes it asks beyond the spec's fields.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ServiceDefinition {
    /// The category's code.
    pub service_code: String,
    /// The attributes, in order.
    pub attributes: Vec<ServiceAttribute>,
}

/// One attribute of a service definition.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ServiceAttribute {
    /// Always true: the client supplies it.
    pub variable: bool,
    /// Sent as `attribute[code]`.
    pub code: String,
    /// `string` or `singlevaluelist`.
    pub datatype: String,
    /// Whether a request without it is refused.
    pub required: bool,
    /// Unused.
    pub datatype_description: String,
    /// Its place in a form.
    pub order: u32,
    /// What it is, in both languages.
    pub description: String,
    /// The choices of a list.
    pub values: Vec<AttributeValue>,
}

/// A choice of a list attribute.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct AttributeValue {
    /// What is sent.
    pub key: String,
    /// What is shown.
    pub name: String,
}

/// A service request as anyone may read it.
#[derive(Clone, Debug, Default, Serialize, ToSchema)]
pub struct ServiceRequest {
    /// The complaint's tracking code.
    pub service_request_id: String,
    /// `open` or `closed`.
    pub status: String,
    /// Aduan's own status, in Bahasa Indonesia.
    pub status_notes: Option<String>,
    /// The category's name.
    pub service_name: Option<String>,
    /// The category's code.
    pub service_code: Option<String>,
    /// The text as the public sees it (absent until verified).
    pub description: Option<String>,
    /// The agency handling it.
    pub agency_responsible: Option<String>,
    /// Unused on reads.
    pub service_notice: Option<String>,
    /// When it was filed (RFC 3339).
    pub requested_datetime: String,
    /// When it last changed.
    pub updated_datetime: String,
    /// When its current SOP step falls due.
    pub expected_datetime: Option<String>,
    /// The district's name, never the street address.
    pub address: Option<String>,
    /// Unused.
    pub address_id: Option<String>,
    /// Unused.
    pub zipcode: Option<String>,
    /// The district centroid's latitude, to 0.01°.
    pub lat: Option<f64>,
    /// The district centroid's longitude, to 0.01°.
    pub long: Option<f64>,
    /// Unused: photos are not public here.
    pub media_url: Option<String>,
}

/// The answer to a filed request.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct CreatedRequest {
    /// The complaint's tracking code.
    pub service_request_id: String,
    /// A token to find it by (`tokens/{token}`).
    pub token: String,
    /// The code and PIN for the reporter, in both languages.
    pub service_notice: String,
    /// Unused.
    pub account_id: Option<String>,
}

/// The request filed under a token.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct TokenResult {
    /// The complaint's tracking code.
    pub service_request_id: String,
    /// The token asked about.
    pub token: String,
}

/// The body of `POST requests.json` (`multipart/form-data`): the key, the request's fields and
/// the photo.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct CreateRequestBody {
    /// An API key with scope `create`.
    pub api_key: String,
    /// Accepted and ignored: one desk, one jurisdiction.
    pub jurisdiction_id: Option<String>,
    /// The request's fields.
    #[serde(flatten)]
    pub fields: RequestFields,
    /// The photo (JPEG, PNG or WebP), required.
    #[schema(value_type = String, format = Binary)]
    pub media: String,
}

/// The filters of `GET requests`.
#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RequestQuery {
    /// Tracking codes, comma-separated.
    pub service_request_id: Option<String>,
    /// A category's code.
    pub service_code: Option<String>,
    /// Filed at or after (ISO 8601 date-time).
    pub start_date: Option<String>,
    /// Filed before (ISO 8601 date-time).
    pub end_date: Option<String>,
    /// `open` or `closed`.
    pub status: Option<String>,
    /// Accepted and ignored.
    pub jurisdiction_id: Option<String>,
}

/// Requests one API key may file per hour.
pub const KEY_LIMIT: Limit = Limit {
    action: "open311",
    max: 600,
    window: Duration::from_secs(60 * 60),
};

/// The answer's format, from the path's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Xml,
}

/// Splits `name.json` / `name.xml` into the name and its format.
fn split_format(segment: &str) -> Option<(&str, Format)> {
    if let Some(name) = segment.strip_suffix(".json") {
        Some((name, Format::Json))
    } else {
        segment.strip_suffix(".xml").map(|name| (name, Format::Xml))
    }
}

/// An Open311 answer: a list of objects, as a JSON array or as XML under `root`, each object an
/// `item` element.
fn answer<T: Serialize>(
    format: Format,
    status: StatusCode,
    root: &str,
    item: &str,
    objects: Vec<T>,
) -> Response {
    match format {
        Format::Json => (status, axum::Json(objects)).into_response(),
        Format::Xml => {
            let mut xml = format!("<?xml version=\"1.0\" encoding=\"utf-8\"?><{root}>");
            for object in &objects {
                xml.push_str(&format!("<{item}>"));
                write_xml_fields(
                    &mut xml,
                    &serde_json::to_value(object).unwrap_or(Value::Null),
                );
                xml.push_str(&format!("</{item}>"));
            }
            xml.push_str(&format!("</{root}>"));
            (
                status,
                [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
                xml,
            )
                .into_response()
        }
    }
}

/// An object's fields as XML elements; a list of objects becomes one element each, named by the
/// list's name without its plural `s` (`attributes` → `attribute`, `values` → `value`).
fn write_xml_fields(xml: &mut String, object: &Value) {
    let Value::Object(fields) = object else {
        return;
    };
    for (name, value) in fields {
        match value {
            Value::Null => xml.push_str(&format!("<{name}/>")),
            Value::Array(items) => {
                let singular = name.strip_suffix('s').unwrap_or(name);
                xml.push_str(&format!("<{name}>"));
                for item in items {
                    xml.push_str(&format!("<{singular}>"));
                    write_xml_fields(xml, item);
                    xml.push_str(&format!("</{singular}>"));
                }
                xml.push_str(&format!("</{name}>"));
            }
            Value::Object(_) => {
                xml.push_str(&format!("<{name}>"));
                write_xml_fields(xml, value);
                xml.push_str(&format!("</{name}>"));
            }
            Value::String(text) => {
                xml.push_str(&format!(
                    "<{name}>{}</{name}>",
                    crate::handlers::escape(text)
                ));
            }
            other => xml.push_str(&format!("<{name}>{other}</{name}>")),
        }
    }
}

/// The spec's error list.
fn errors(format: Format, errors: Vec<Open311Error>) -> Response {
    let status = errors
        .first()
        .and_then(|error| StatusCode::from_u16(error.code).ok())
        .unwrap_or(StatusCode::BAD_REQUEST);
    answer(format, status, "errors", "error", errors)
}

fn not_found(format: Format) -> Response {
    errors(
        format,
        vec![Open311Error::new(404, "Tidak ditemukan / not found")],
    )
}

fn failure(format: Format, error: &dyn std::fmt::Display) -> Response {
    tracing::error!(%error, "open311 request failed");
    errors(
        format,
        vec![Open311Error::new(500, "Kesalahan server / server error")],
    )
}

/// `GET /open311/v2/services.json`.
#[utoipa::path(get, path = "/open311/v2/services.json", tag = "open311",
    responses((status = 200, description = "The categories", body = Vec<Service>)))]
pub async fn services_json(State(state): State<AppState>) -> Response {
    services(&state, Format::Json).await
}

/// `GET /open311/v2/services.xml`.
pub async fn services_xml(State(state): State<AppState>) -> Response {
    services(&state, Format::Xml).await
}

async fn services(state: &AppState, format: Format) -> Response {
    match desk_lists::categories(&state.db).await {
        Ok(categories) => answer(
            format,
            StatusCode::OK,
            "services",
            "service",
            categories
                .into_iter()
                .map(|category| Service {
                    service_code: category.code,
                    service_name: category.name_id,
                    description: category.name_en,
                    metadata: true,
                    kind: "realtime".to_owned(),
                    keywords: String::new(),
                    group: String::new(),
                })
                .collect(),
        ),
        Err(error) => failure(format, &error),
    }
}

/// `GET /open311/v2/services/{code}.{format}`: the attributes every category asks beyond the
/// spec's own fields.
#[utoipa::path(get, path = "/open311/v2/services/{code}.json", tag = "open311",
    params(("code" = String, Path, description = "A category's code", example = "penerangan")),
    responses(
        (status = 200, description = "Its definition", body = Vec<ServiceDefinition>),
        (status = 404, description = "No such category", body = Vec<Open311Error>),
    ))]
pub async fn service_definition(
    State(state): State<AppState>,
    Path(segment): Path<String>,
) -> Response {
    let Some((code, format)) = split_format(&segment) else {
        return not_found(Format::Json);
    };
    match desk_lists::is_category(&state.db, code).await {
        Ok(true) => {}
        Ok(false) => return not_found(format),
        Err(error) => return failure(format, &error),
    }
    let choices = |pairs: Vec<(String, String)>| {
        pairs
            .into_iter()
            .map(|(key, name)| AttributeValue { key, name })
            .collect()
    };
    let channels = crate::domain::complaint::Channel::ALL
        .into_iter()
        .filter(|channel| *channel != crate::domain::complaint::Channel::Web)
        .map(|channel| {
            (
                channel.code().to_owned(),
                channel.label().get(Locale::Id).to_owned(),
            )
        })
        .collect();
    let visibilities = crate::domain::complaint::Visibility::ALL
        .into_iter()
        .map(|visibility| {
            (
                visibility.code().to_owned(),
                visibility.label().get(Locale::Id).to_owned(),
            )
        })
        .collect();
    let attribute =
        |order: u32, code: &str, datatype: &str, required: bool, description: &str, values| {
            ServiceAttribute {
                variable: true,
                code: code.to_owned(),
                datatype: datatype.to_owned(),
                required,
                datatype_description: String::new(),
                order,
                description: description.to_owned(),
                values,
            }
        };
    let definition = ServiceDefinition {
        service_code: code.to_owned(),
        attributes: vec![
            attribute(
                1,
                "nik",
                "string",
                true,
                "NIK pelapor, 16 digit / the reporter's national identity number, 16 digits",
                Vec::new(),
            ),
            attribute(
                2,
                "title",
                "string",
                false,
                "Judul aduan (bila kosong: kalimat pertama deskripsi) / title (if empty: the description's first sentence)",
                Vec::new(),
            ),
            attribute(
                3,
                "channel",
                "singlevaluelist",
                false,
                "Kanal asal aduan / the channel it came by",
                choices(channels),
            ),
            attribute(
                4,
                "visibility",
                "singlevaluelist",
                false,
                "Siapa yang boleh melihat / who may see it",
                choices(visibilities),
            ),
        ],
    };
    answer(
        format,
        StatusCode::OK,
        "service_definitions",
        "service_definition",
        vec![definition],
    )
}

/// Parses an ISO 8601 instant (the spec's `start_date`, `end_date`).
fn instant(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text.trim())
        .ok()
        .map(|at| at.with_timezone(&Utc))
}

/// `GET /open311/v2/requests.json`.
#[utoipa::path(get, path = "/open311/v2/requests.json", tag = "open311",
    params(RequestQuery),
    responses(
        (status = 200, description = "Public requests, newest first, at most 1000", body = Vec<ServiceRequest>),
        (status = 400, description = "A malformed filter", body = Vec<Open311Error>),
    ))]
pub async fn requests_json(
    State(state): State<AppState>,
    Query(query): Query<RequestQuery>,
) -> Response {
    requests(&state, Format::Json, &query).await
}

/// `GET /open311/v2/requests.xml`.
pub async fn requests_xml(
    State(state): State<AppState>,
    Query(query): Query<RequestQuery>,
) -> Response {
    requests(&state, Format::Xml, &query).await
}

async fn requests(state: &AppState, format: Format, query: &RequestQuery) -> Response {
    let mut problems = Vec::new();
    let mut filter = RequestFilter {
        codes: query
            .service_request_id
            .as_ref()
            .map(|ids| {
                ids.split(',')
                    .map(|id| id.trim().to_uppercase())
                    .filter(|id| !id.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        service_code: query
            .service_code
            .as_ref()
            .map(|code| code.trim().to_owned())
            .filter(|code| !code.is_empty()),
        ..RequestFilter::default()
    };
    for (name, text, slot) in [
        ("start_date", &query.start_date, &mut filter.start),
        ("end_date", &query.end_date, &mut filter.end),
    ] {
        if let Some(text) = text.as_ref().filter(|text| !text.trim().is_empty()) {
            match instant(text) {
                Some(at) => *slot = Some(at),
                None => problems.push(Open311Error::new(
                    400,
                    format!("{name}: bukan tanggal ISO 8601 / not an ISO 8601 date-time"),
                )),
            }
        }
    }
    match query.status.as_deref().map(str::trim) {
        None | Some("") => {}
        Some("open") => filter.open = Some(true),
        Some("closed") => filter.open = Some(false),
        Some(_) => problems.push(Open311Error::new(
            400,
            "status: open atau closed / open or closed",
        )),
    }
    if !problems.is_empty() {
        return errors(format, problems);
    }
    // Without ids or dates, the spec's default: the last 90 days.
    if filter.codes.is_empty() && filter.start.is_none() && filter.end.is_none() {
        filter.start = Some(state.clock.now() - chrono::Duration::days(90));
    }
    match stored::requests(&state.db, &filter).await {
        Ok(found) => answer(
            format,
            StatusCode::OK,
            "service_requests",
            "request",
            found
                .into_iter()
                .map(|request| public_request(state, request))
                .collect(),
        ),
        Err(error) => failure(format, &error),
    }
}

/// A request as the spec shows it, masked: no name, number or finer location than the district.
fn public_request(state: &AppState, request: stored::PublicRequest) -> ServiceRequest {
    let status = Status::parse_code(&request.status);
    let (service_code, service_name) = request
        .category
        .map(|(code, name_id, _)| (Some(code), Some(name_id)))
        .unwrap_or_default();
    let offset = state.utc_offset;
    let time = |at: DateTime<Utc>| at.with_timezone(&offset).to_rfc3339();
    ServiceRequest {
        service_request_id: request.tracking_code,
        status: status.map_or("open", spec_status).to_owned(),
        status_notes: status.map(|status| status.label().get(Locale::Id).to_owned()),
        service_name,
        service_code,
        description: Some(mask_name(&request.content, &request.reporter_name)),
        agency_responsible: request.agency,
        requested_datetime: time(request.filed_at),
        updated_datetime: time(request.updated_at),
        expected_datetime: request.due_at.map(time),
        address: request.district.as_ref().map(|(name, _, _)| name.clone()),
        // The district's centroid, never the reported point.
        lat: request
            .district
            .as_ref()
            .map(|(_, lat, _)| (lat * 100.0).round() / 100.0),
        long: request
            .district
            .as_ref()
            .map(|(_, _, lon)| (lon * 100.0).round() / 100.0),
        ..ServiceRequest::default()
    }
}

/// `GET /open311/v2/requests/{id}.{format}`: a public request, or the status of one not yet
/// public (its filer follows it by the id); never a confidential one.
#[utoipa::path(get, path = "/open311/v2/requests/{id}.json", tag = "open311",
    params(("id" = String, Path, description = "The tracking code")),
    responses(
        (status = 200, description = "The request", body = Vec<ServiceRequest>),
        (status = 404, description = "No such request (or a confidential one)", body = Vec<Open311Error>),
    ))]
pub async fn request(State(state): State<AppState>, Path(segment): Path<String>) -> Response {
    let Some((id, format)) = split_format(&segment) else {
        return not_found(Format::Json);
    };
    let filter = RequestFilter {
        codes: vec![id.trim().to_uppercase()],
        ..RequestFilter::default()
    };
    match stored::requests(&state.db, &filter).await {
        Ok(found) if !found.is_empty() => answer(
            format,
            StatusCode::OK,
            "service_requests",
            "request",
            found
                .into_iter()
                .map(|request| public_request(&state, request))
                .collect(),
        ),
        Ok(_) => match stored::status_only(&state.db, &id.trim().to_uppercase()).await {
            // Not public yet: its filer still follows its status by the id.
            Ok(Some((status, category, filed_at, updated_at))) => {
                let parsed = Status::parse_code(&status);
                let time = |at: DateTime<Utc>| at.with_timezone(&state.utc_offset).to_rfc3339();
                answer(
                    format,
                    StatusCode::OK,
                    "service_requests",
                    "request",
                    vec![ServiceRequest {
                        service_request_id: id.trim().to_uppercase(),
                        status: parsed.map_or("open", spec_status).to_owned(),
                        status_notes: parsed
                            .map(|status| status.label().get(Locale::Id).to_owned()),
                        service_code: category,
                        requested_datetime: time(filed_at),
                        updated_datetime: time(updated_at),
                        ..ServiceRequest::default()
                    }],
                )
            }
            Ok(None) => not_found(format),
            Err(error) => failure(format, &error),
        },
        Err(error) => failure(format, &error),
    }
}

/// `GET /open311/v2/tokens/{token}.{format}`.
#[utoipa::path(get, path = "/open311/v2/tokens/{token}.json", tag = "open311",
    params(("token" = String, Path, description = "The token a filed request was answered with")),
    responses(
        (status = 200, description = "The request's id", body = Vec<TokenResult>),
        (status = 404, description = "No such token", body = Vec<Open311Error>),
    ))]
pub async fn token(State(state): State<AppState>, Path(segment): Path<String>) -> Response {
    let Some((token, format)) = split_format(&segment) else {
        return not_found(Format::Json);
    };
    match stored::by_token(&state.db, token).await {
        Ok(Some(code)) => answer(
            format,
            StatusCode::OK,
            "service_requests",
            "request",
            vec![TokenResult {
                service_request_id: code,
                token: token.to_owned(),
            }],
        ),
        Ok(None) => not_found(format),
        Err(error) => failure(format, &error),
    }
}

/// `POST /open311/v2/requests.json`: files a complaint for a client with a `create` key. The
/// body is `multipart/form-data` (the photo as `media`) or, without a photo (refused, the photo
/// being required), `application/x-www-form-urlencoded`.
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
    let mut photos = Vec::new();
    for upload in uploads {
        input.photos.push(upload.meta);
        photos.push(upload.bytes);
    }
    let complaint = match NewComplaint::parse(&input) {
        Ok(complaint) => complaint,
        Err(problems) => return field_errors(format, &problems),
    };
    if let Some(category) = complaint.category() {
        match desk_lists::is_category(&state.db, category.as_str()).await {
            Ok(true) => {}
            Ok(false) => {
                return field_errors(
                    format,
                    &FieldErrors::from(FieldError::new(
                        Field::Category,
                        crate::domain::field::ErrorCode::InvalidChoice,
                    )),
                );
            }
            Err(error) => return failure(format, &error),
        }
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
    let filed = match file_complaint::store(
        state,
        &complaint,
        Some(&file_complaint::FilingKey::Token(&token)),
        &processed,
        Locale::Id,
        None,
        true,
    )
    .await
    {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_is_the_extension() {
        assert_eq!(
            split_format("services.json"),
            Some(("services", Format::Json))
        );
        assert_eq!(
            split_format("ADU-7KQM-X3TB.xml"),
            Some(("ADU-7KQM-X3TB", Format::Xml))
        );
        assert_eq!(split_format("services"), None);
    }

    #[test]
    fn xml_nests_lists_and_escapes_text() {
        let mut xml = String::new();
        write_xml_fields(
            &mut xml,
            &serde_json::json!({"code": "a<b", "n": 2, "none": null, "attributes": [{"code": "nik"}]}),
        );
        assert_eq!(
            xml,
            "<attributes><attribute><code>nik</code></attribute></attributes><code>a&lt;b</code>\
             <n>2</n><none/>"
        );
    }
}
