//! Photos a citizen sends (with a complaint, or with a rejection of its answer): read from a
//! multipart part, decoded and re-encoded without metadata off the async threads
//! ([`crate::images`]), and written to the blob store under their content hash.

use crate::domain::field::{ErrorCode, Field, FieldError, FieldErrors};
use crate::domain::photo::{PhotoKind, PhotoMeta};
use crate::images::{self, ProcessedPhoto};
use crate::site::PHOTO_FIELD;
use crate::state::AppState;
use axum::Form;
use axum::extract::multipart::{Field as Part, MultipartError};
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

/// A form posted URL-encoded, or as `multipart/form-data` with photos in its [`PHOTO_FIELD`]
/// parts: the same fields either way, so a form works with and without a file chosen.
#[derive(Debug)]
pub struct WithPhotos<T> {
    /// The form's text fields.
    pub form: T,
    /// The photos, as they arrived (none from a URL-encoded post).
    pub photos: Vec<Upload>,
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for WithPhotos<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<WithPhotos<T>, Response> {
        let multipart = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("multipart/form-data"));
        if !multipart {
            let Form(form) = Form::<T>::from_request(request, state)
                .await
                .map_err(IntoResponse::into_response)?;
            return Ok(WithPhotos {
                form,
                photos: Vec::new(),
            });
        }
        let mut parts = Multipart::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let unreadable = |error: MultipartError| error.into_response();
        let mut fields = serde_json::Map::new();
        let mut photos = Vec::new();
        while let Some(part) = parts.next_field().await.map_err(unreadable)? {
            let name = part.name().unwrap_or_default().to_owned();
            if name == PHOTO_FIELD {
                photos.extend(read(part).await.map_err(unreadable)?);
            } else {
                let value = part.text().await.map_err(unreadable)?;
                fields.insert(name, serde_json::Value::String(value));
            }
        }
        let form = serde_json::from_value(serde_json::Value::Object(fields))
            .map_err(|_| StatusCode::BAD_REQUEST.into_response())?;
        Ok(WithPhotos { form, photos })
    }
}

/// A photo part as it arrived: what the shared rules check, and its bytes. A photo's type is what
/// its bytes are, not what the browser claims; its size is what arrived.
pub struct Upload {
    /// Name, sniffed type and size, for [`crate::domain::photo::Photo::parse`].
    pub meta: PhotoMeta,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The file name may name a person; the bytes are the photo.
        f.debug_struct("Upload")
            .field("size_bytes", &self.meta.size_bytes)
            .finish_non_exhaustive()
    }
}

/// Reads a file part; `None` for the nameless, empty part an untouched file input still sends.
pub async fn read(part: Part<'_>) -> Result<Option<Upload>, MultipartError> {
    let file_name = part.file_name().unwrap_or_default().to_owned();
    let bytes = part.bytes().await?.to_vec();
    if file_name.is_empty() && bytes.is_empty() {
        return Ok(None);
    }
    let kind = PhotoKind::sniff(&bytes);
    Ok(Some(Upload {
        meta: PhotoMeta {
            file_name,
            content_type: kind
                .map_or("application/octet-stream", PhotoKind::mime)
                .to_owned(),
            size_bytes: bytes.len() as u64,
        },
        bytes,
    }))
}

/// Decodes and re-encodes every photo, one submission at a time; the first unusable one is the
/// error.
pub async fn process(
    state: &AppState,
    photos: Vec<Vec<u8>>,
) -> Result<Vec<ProcessedPhoto>, FieldErrors> {
    // One permit per submission: its photos are decoded one after another.
    let _permit = state.photo_permits.acquire().await;
    let outcome = tokio::task::spawn_blocking(move || {
        photos
            .iter()
            .map(|bytes| images::process(bytes))
            .collect::<Result<Vec<_>, _>>()
    })
    .await;
    match outcome {
        Ok(Ok(processed)) => Ok(processed),
        Ok(Err(error)) => {
            tracing::info!(%error, "photo refused");
            Err(FieldErrors::from(FieldError::new(
                Field::Photos,
                error.to_error_code(),
            )))
        }
        Err(error) => {
            tracing::error!(%error, "photo processing panicked");
            Err(FieldErrors::from(FieldError::new(
                Field::Photos,
                ErrorCode::PhotoType,
            )))
        }
    }
}
