//! Where uploaded files (complaint photos) are kept: [`Blobs`], one interface with two stores,
//! the local data folder ([`LocalBlobs`], the default) and S3-compatible object storage
//! ([`s3::S3Blobs`]) that several server instances share.
//!
//! In the data folder a file is written to a temporary name of its own, flushed to disk, then
//! renamed into place, so a crash leaves either the whole file or nothing under its key, and two
//! writes of one key at once (photos are named by their content: two citizens, or a retry, may
//! send the same) each rename a whole file; an object store's `PUT` is whole or nothing by itself.

pub mod s3;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Numbers the temporary files of this process, so concurrent writes never share one.
static NEXT_TEMPORARY: AtomicU64 = AtomicU64::new(0);

/// The configured store.
#[derive(Clone, Debug)]
pub enum Blobs {
    /// Files in the data folder.
    Local(LocalBlobs),
    /// Objects in an S3-compatible bucket.
    S3(s3::S3Blobs),
}

impl Blobs {
    /// Writes `bytes` under `key` durably. Keys are made by the server, never taken from a request.
    pub async fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            Blobs::Local(store) => store.put(key, bytes).await,
            Blobs::S3(store) => store.put(key, bytes).await,
        }
    }

    /// Reads what is under `key`.
    pub async fn get(&self, key: &str) -> std::io::Result<Vec<u8>> {
        match self {
            Blobs::Local(store) => store.get(key).await,
            Blobs::S3(store) => store.get(key).await,
        }
    }

    /// Whether the store can be used now (`/readyz`): the data folder exists or can be made;
    /// the bucket answers with these credentials.
    pub async fn check(&self) -> std::io::Result<()> {
        match self {
            Blobs::Local(store) => tokio::fs::create_dir_all(&store.root).await,
            Blobs::S3(store) => store.check().await,
        }
    }

    /// Removes what is under `key`; nothing there is not an error.
    pub async fn delete(&self, key: &str) -> std::io::Result<()> {
        match self {
            Blobs::Local(store) => store.delete(key).await,
            Blobs::S3(store) => store.delete(key).await,
        }
    }
}

/// Whether `key` is one the server makes: `/`-separated parts of letters, digits, `-`, `_`, `.`,
/// none of them empty, `.` or `..`.
pub(crate) fn is_safe_key(key: &str) -> bool {
    !key.is_empty()
        && key.split('/').all(|part| {
            !part.is_empty()
                && part != "."
                && part != ".."
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        })
}

/// Files kept under a folder, addressed by keys such as `photos/ADU-7KQM-X3TB/0.jpg`.
#[derive(Clone, Debug)]
pub struct LocalBlobs {
    root: PathBuf,
}

impl LocalBlobs {
    /// A store under `root` (created on first write).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// Writes `bytes` under `key` durably. Keys are made by the server, never taken from a request.
    pub async fn put(&self, key: &str, bytes: &[u8]) -> std::io::Result<()> {
        let path = self.path_of(key)?;
        let bytes = bytes.to_vec();
        tokio::task::spawn_blocking(move || write_durably(&path, &bytes))
            .await
            .map_err(std::io::Error::other)?
    }

    /// Reads the file under `key`.
    pub async fn get(&self, key: &str) -> std::io::Result<Vec<u8>> {
        tokio::fs::read(self.path_of(key)?).await
    }

    /// Removes the file under `key`; a missing file is not an error.
    pub async fn delete(&self, key: &str) -> std::io::Result<()> {
        match tokio::fs::remove_file(self.path_of(key)?).await {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }

    fn path_of(&self, key: &str) -> std::io::Result<PathBuf> {
        if is_safe_key(key) {
            Ok(self.root.join(key))
        } else {
            Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "invalid blob key",
            ))
        }
    }
}

fn write_durably(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let number = NEXT_TEMPORARY.fetch_add(1, Ordering::Relaxed);
    let temporary = path.with_extension(format!("partial-{}-{number}", std::process::id()));
    let mut file = std::fs::File::create(&temporary)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(&temporary, path)?;
    // The rename itself is durable only once the folder is synced.
    std::fs::File::open(folder)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (LocalBlobs, PathBuf) {
        let root = std::env::temp_dir().join(format!(
            "aduan-blobs-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&root);
        (LocalBlobs::new(&root), root)
    }

    #[tokio::test]
    async fn a_stored_file_reads_back_byte_for_byte_and_leaves_no_partial_file() {
        let (blobs, root) = store();
        blobs
            .put("photos/ADU-2345-6789/0.jpg", b"\xff\xd8\xffjpeg")
            .await
            .unwrap();
        assert_eq!(
            blobs.get("photos/ADU-2345-6789/0.jpg").await.unwrap(),
            b"\xff\xd8\xffjpeg"
        );
        let names: Vec<_> = std::fs::read_dir(root.join("photos/ADU-2345-6789"))
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("0.jpg")]);
        blobs.delete("photos/ADU-2345-6789/0.jpg").await.unwrap();
        assert!(blobs.get("photos/ADU-2345-6789/0.jpg").await.is_err());
        let _ = std::fs::remove_dir_all(root);
    }

    #[tokio::test]
    async fn keys_cannot_climb_out_of_the_store() {
        let (blobs, _root) = store();
        for key in [
            "../etc/passwd",
            "/etc/passwd",
            "photos/../../x",
            "",
            "a//b",
            "a b",
        ] {
            let error = blobs.put(key, b"x").await.unwrap_err();
            assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput, "{key}");
        }
    }
}
