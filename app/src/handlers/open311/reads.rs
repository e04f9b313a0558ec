//! The reads: services, a service's definition, requests with the spec's filters, one request,
//! the request filed under a token. No key needed; only what the public list shows.

use super::format::{Format, answer, errors, failure, not_found, split_format};
use super::wire::*;
use crate::domain::complaint::{Channel, ExtraField};
use crate::domain::open311::{Open311Error, spec_status};
use crate::domain::redaction::mask_name;
use crate::domain::status::Status;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::storage::desk_lists;
use crate::storage::open311::{self as stored, RequestFilter};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};

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
/// spec's own fields, and those the SOP in force requires.
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
    // What a gateway may send: every channel but the citizens' own web form.
    let gateway_channels: Vec<Channel> = Channel::ALL
        .into_iter()
        .filter(|channel| *channel != Channel::Web)
        .collect();
    let channels = gateway_channels
        .iter()
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
    let mut attributes = vec![
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
    ];
    // The fields the SOP in force asks for beyond the portal's own; required here when asked
    // of every channel a gateway may send.
    let sop = state.sop.get();
    for (order, field) in (5..).zip(sop.required_fields.iter()) {
        let description = match field {
            ExtraField::ReporterAddress => {
                "Alamat tempat tinggal pelapor / the reporter's home address"
            }
            ExtraField::SocialMediaAccount => {
                "Akun media sosial pelapor, wajib untuk kanal social_media / the reporter's social media account, required with the channel social_media"
            }
            ExtraField::Topic => "Topik aduan dalam kategorinya / the topic within the category",
        };
        let always = gateway_channels
            .iter()
            .all(|channel| field.applies_to(*channel));
        attributes.push(attribute(
            order,
            field.field().name(),
            "string",
            always,
            description,
            Vec::new(),
        ));
    }
    let definition = ServiceDefinition {
        service_code: code.to_owned(),
        attributes,
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
