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
//! or a location finer than the district's centroid. Every answer is one of the types in [`wire`],
//! which the OpenAPI document ([`crate::handlers::openapi`]) is generated from.

mod filing;
mod format;
mod reads;
mod wire;

pub use filing::*;
pub use reads::*;
pub use wire::*;
