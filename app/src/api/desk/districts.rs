//! The districts (and their villages) the main desk's intake places a complaint without
//! coordinates in.

use super::super::ApiError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A district the desk's intake offers, with its centroid.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistrictChoice {
    /// Its code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Its centroid's latitude.
    pub latitude: f64,
    /// Its centroid's longitude.
    pub longitude: f64,
    /// Its villages offered (code, name).
    #[serde(default)]
    pub villages: Vec<(String, String)>,
}

/// The districts, for the main desk's intake: a complaint that came without coordinates is
/// placed at its district's centroid.
#[server(endpoint = "desk/districts")]
pub async fn desk_districts() -> Result<Vec<DistrictChoice>, ApiError> {
    let (state, _) = crate::api::extract::<crate::auth::extract::MainDesk>().await?;
    let villages = crate::storage::desk_lists::villages(&state.db)
        .await
        .map_err(crate::api::unexpected)?;
    Ok(crate::storage::desk_lists::districts(&state.db)
        .await
        .map_err(crate::api::unexpected)?
        .into_iter()
        .map(|district| DistrictChoice {
            villages: villages
                .iter()
                .filter(|village| village.district == district.code)
                .map(|village| (village.code.clone(), village.name.clone()))
                .collect(),
            code: district.code,
            name: district.name,
            latitude: district.latitude,
            longitude: district.longitude,
        })
        .collect())
}
