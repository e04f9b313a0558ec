//! The OpenAPI 3 document of Aduan's JSON surface, generated from the handlers' annotations and the
//! types they answer with (so it cannot drift from them), served at `/api/openapi.json`. The
//! contract test (`scripts/contract`) runs schemathesis against it on the running server.
//!
//! It covers the Open311 API (`handlers::open311`) and the open statistics
//! (`/statistik.json`). The server functions under `/api/` and the JSON reply of `POST /lapor` to
//! the filing form's uploader are the pages' own calls, not an API for other systems (they change
//! with the pages): they are left out on purpose, and other systems file through Open311.

use crate::domain::open311::{Open311Error, RequestFields};
use crate::handlers::open311::{
    AttributeValue, CreateRequestBody, CreatedRequest, Service, ServiceAttribute,
    ServiceDefinition, ServiceRequest, TokenResult,
};
use axum::response::IntoResponse;
use utoipa::OpenApi;

/// The document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Aduan",
        description = "Public-service complaints: Open311 GeoReport v2 and open statistics. \
                       Every Open311 path also answers XML with `.xml` in place of `.json`.",
        license(name = "EUPL-1.2")
    ),
    paths(
        crate::handlers::open311::services_json,
        crate::handlers::open311::service_definition,
        crate::handlers::open311::requests_json,
        crate::handlers::open311::request,
        crate::handlers::open311::token,
        crate::handlers::open311::file_json,
        crate::handlers::open_data::json,
    ),
    components(schemas(
        Service,
        ServiceDefinition,
        ServiceAttribute,
        AttributeValue,
        ServiceRequest,
        CreatedRequest,
        TokenResult,
        CreateRequestBody,
        RequestFields,
        Open311Error,
    )),
    tags(
        (name = "open311", description = "Open311 GeoReport v2"),
        (name = "statistics", description = "Open data: the public statistics")
    )
)]
pub struct ApiDoc;

/// `GET /api/openapi.json`.
pub async fn serve() -> axum::response::Response {
    (
        [(axum::http::header::CACHE_CONTROL, "public, max-age=300")],
        axum::Json(ApiDoc::openapi()),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_open311_path_and_the_statistics_are_documented() {
        let document = serde_json::to_value(ApiDoc::openapi()).unwrap();
        let paths = document["paths"].as_object().unwrap();
        for path in [
            "/open311/v2/services.json",
            "/open311/v2/services/{code}.json",
            "/open311/v2/requests.json",
            "/open311/v2/requests/{id}.json",
            "/open311/v2/tokens/{token}.json",
            "/statistik.json",
        ] {
            assert!(paths.contains_key(path), "{path} undocumented");
        }
        assert!(paths["/open311/v2/requests.json"]["post"].is_object());
        assert_eq!(document["openapi"].as_str().map(|v| &v[..2]), Some("3."));
    }
}
