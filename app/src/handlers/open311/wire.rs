//! The Open311 wire types: what each endpoint answers and accepts, in the spec's field names;
//! the OpenAPI document is generated from them.

use crate::domain::open311::RequestFields;
use serde::{Deserialize, Serialize};
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
