//! Keeping photos: each processed photo written to the blob store under its content hash, and
//! described for the rows that will name it.

use crate::domain::photo::PhotoKind;
use crate::images::ProcessedPhoto;
use crate::state::AppState;
use crate::storage::complaints::PhotoRecord;

/// Writes processed photos to the blob store, named by their content hash, and describes them for
/// the database. Written before the rows that name them: a crash in between leaves only
/// unreferenced files, never a row without its file.
pub async fn store(
    state: &AppState,
    photos: &[ProcessedPhoto],
) -> std::io::Result<Vec<PhotoRecord>> {
    let mut records = Vec::with_capacity(photos.len());
    for photo in photos {
        let key = format!(
            "photos/{}.{}",
            photo.sha256_hex,
            PhotoKind::Jpeg.extension()
        );
        state.blobs.put(&key, &photo.bytes).await?;
        records.push(PhotoRecord {
            content_type: PhotoKind::Jpeg.mime().to_owned(),
            size_bytes: photo.bytes.len() as u64,
            width: photo.width,
            height: photo.height,
            sha256: photo.sha256_hex.clone(),
            storage_key: key,
        });
    }
    Ok(records)
}
