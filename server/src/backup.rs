//! `aduan backup DIR` and `aduan restore DIR`: a whole SQLite desk in one folder and back.
//!
//! ```text
//! DIR/aduan.db        a consistent copy taken while the server runs (VACUUM INTO)
//! DIR/photos/…        every photo of the data folder, as stored
//! DIR/backup.json     when, which build, how many complaints, where the photos were
//! DIR/SHA256SUMS      every file's SHA-256, in `sha256sum` format (`sha256sum -c SHA256SUMS`)
//! ```
//!
//! The secret key is **not** in the backup: keep it apart (docs/deploy.md), or a stolen backup
//! opens every NIK. Restoring checks every checksum first, then writes only into a data folder
//! that holds no database yet, durably, and opens the result (migrations included) to count what
//! came back. PostgreSQL is backed up with its own tools (`pg_dump`, docs/deploy.md); photos in
//! object storage with the store's (versioning, a mirror).

use app::settings::Settings;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What went wrong, as one line for the terminal.
pub type CommandError = String;

const DATABASE: &str = "aduan.db";
const SUMS: &str = "SHA256SUMS";
const DESCRIPTION: &str = "backup.json";
const PHOTOS: &str = "photos";

/// `aduan backup DIR`.
pub async fn backup(settings: &Settings, dir: &Path) -> Result<String, CommandError> {
    if app::storage::sqlite_file(settings.database_url.expose()).is_none() {
        return Err(
            "the database is PostgreSQL: back it up with pg_dump (docs/deploy.md, \
                    \"Backups\"); this command copies an SQLite desk"
                .to_owned(),
        );
    }
    if dir.exists()
        && std::fs::read_dir(dir)
            .map_err(|error| format!("{}: {error}", dir.display()))?
            .next()
            .is_some()
    {
        return Err(format!(
            "{} is not empty: a backup goes into a new folder",
            dir.display()
        ));
    }
    private_folder(dir)?;
    let (db, _) = crate::open_store(settings)
        .await
        .map_err(|error| error.to_string())?;
    let copied = app::storage::copy_sqlite_into(&db, &dir.join(DATABASE)).await;
    let complaints = app::storage::complaint_count(&db).await;
    db.close().await;
    copied.map_err(|error| format!("copying the database: {error}"))?;
    let complaints = complaints.map_err(|error| error.to_string())?;

    let mut photos = 0;
    let photo_place = if settings.object_store.is_some() {
        "object storage (not in this backup)"
    } else {
        let source = settings.data_dir.join(PHOTOS);
        if source.exists() {
            photos = copy_tree(&source, &dir.join(PHOTOS))?;
        }
        "data folder"
    };
    let description = serde_json::json!({
        "format": 1,
        "created_at": chrono::Utc::now().to_rfc3339(),
        "aduan_version": env!("CARGO_PKG_VERSION"),
        "complaints": complaints,
        "photos": photos,
        "photos_from": photo_place,
        "secret_key": "not included: restore it from where it is kept apart",
    });
    write_synced(
        &dir.join(DESCRIPTION),
        serde_json::to_string_pretty(&description)
            .expect("plain JSON")
            .as_bytes(),
    )?;
    let files = files_under(dir)?;
    let mut sums = String::new();
    for file in files
        .iter()
        .filter(|file| file.as_path() != Path::new(SUMS))
    {
        sums.push_str(&format!(
            "{}  {}\n",
            sha256_of(&dir.join(file))?,
            file.display()
        ));
    }
    write_synced(&dir.join(SUMS), sums.as_bytes())?;
    sync_folder(dir)?;
    Ok(format!(
        "backed up {complaints} complaints and {photos} photo files to {}\n\
         the secret key is not in it: keep it apart, you need it to restore\n",
        dir.display()
    ))
}

/// `aduan restore DIR`.
pub async fn restore(settings: &Settings, dir: &Path) -> Result<String, CommandError> {
    let target = app::storage::sqlite_file(settings.database_url.expose()).ok_or(
        "the configured database is PostgreSQL: restore it with pg_restore (docs/deploy.md)",
    )?;
    verify(dir)?;
    if target.exists() {
        return Err(format!(
            "{} exists: restore into a data folder without a database",
            target.display()
        ));
    }
    private_folder(&settings.data_dir)?;
    if let Some(parent) = target
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)
            .map_err(|error| format!("{}: {error}", parent.display()))?;
    }
    let database = std::fs::read(dir.join(DATABASE))
        .map_err(|error| format!("{}: {error}", dir.join(DATABASE).display()))?;
    write_synced(&target, &database)?;
    let mut photos = 0;
    let source = dir.join(PHOTOS);
    if source.exists() {
        if settings.object_store.is_some() {
            return Err(
                "the backup holds photos but this desk keeps them in object storage: \
                        copy DIR/photos/ into the bucket under photos/ with the store's tools"
                    .to_owned(),
            );
        }
        photos = copy_tree(&source, &settings.data_dir.join(PHOTOS))?;
    }
    let (db, _) = crate::open_store(settings)
        .await
        .map_err(|error| format!("the restored database does not open: {error}"))?;
    let complaints = app::storage::complaint_count(&db).await;
    db.close().await;
    let complaints = complaints.map_err(|error| error.to_string())?;
    Ok(format!(
        "restored {complaints} complaints and {photos} photo files into {}\n",
        settings.data_dir.display()
    ))
}

/// Checks every file listed in `dir/SHA256SUMS` against its sum, and that the database is listed.
fn verify(dir: &Path) -> Result<(), CommandError> {
    let sums = std::fs::read_to_string(dir.join(SUMS)).map_err(|error| {
        format!(
            "{}: {error} (not a backup made by `aduan backup`?)",
            dir.join(SUMS).display()
        )
    })?;
    let mut database_listed = false;
    for line in sums.lines() {
        let (sum, file) = line
            .split_once("  ")
            .ok_or_else(|| format!("{SUMS}: unreadable line `{line}`"))?;
        let path = Path::new(file);
        if path.is_absolute()
            || path
                .components()
                .any(|part| matches!(part, std::path::Component::ParentDir))
        {
            return Err(format!("{SUMS}: `{file}` is outside the backup"));
        }
        database_listed |= file == DATABASE;
        if sha256_of(&dir.join(path))? != sum {
            return Err(format!(
                "{file} does not match its checksum: the backup is damaged"
            ));
        }
    }
    if !database_listed {
        return Err(format!("{SUMS} does not list {DATABASE}"));
    }
    Ok(())
}

/// Copies every file under `source` to the same place under `target`, durably; how many.
fn copy_tree(source: &Path, target: &Path) -> Result<usize, CommandError> {
    let mut copied = 0;
    for file in files_under(source)? {
        let name = file.to_string_lossy();
        // A write the server had not finished (`blobs::LocalBlobs`): not a photo yet.
        if name.contains(".partial-") {
            continue;
        }
        let bytes = std::fs::read(source.join(&file))
            .map_err(|error| format!("{}: {error}", source.join(&file).display()))?;
        let to = target.join(&file);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| format!("{}: {error}", parent.display()))?;
        }
        write_synced(&to, &bytes)?;
        if let Some(parent) = to.parent() {
            sync_folder(parent)?;
        }
        copied += 1;
    }
    Ok(copied)
}

/// Every file under `root`, relative to it, sorted.
fn files_under(root: &Path) -> Result<Vec<PathBuf>, CommandError> {
    let mut found = Vec::new();
    let mut folders = vec![PathBuf::new()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(root.join(&folder))
            .map_err(|error| format!("{}: {error}", root.join(&folder).display()))?;
        for entry in entries {
            let entry = entry.map_err(|error| error.to_string())?;
            let relative = folder.join(entry.file_name());
            let kind = entry.file_type().map_err(|error| error.to_string())?;
            if kind.is_dir() {
                folders.push(relative);
            } else if kind.is_file() {
                found.push(relative);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn sha256_of(path: &Path) -> Result<String, CommandError> {
    let bytes = std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()))?;
    Ok(Sha256::digest(&bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect())
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), CommandError> {
    let mut file =
        std::fs::File::create(path).map_err(|error| format!("{}: {error}", path.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|error| format!("{}: {error}", path.display()))
}

fn sync_folder(path: &Path) -> Result<(), CommandError> {
    std::fs::File::open(path)
        .and_then(|folder| folder.sync_all())
        .map_err(|error| format!("{}: {error}", path.display()))
}

/// Makes `path` (and its parents) and closes it to other users: a backup is personal data.
fn private_folder(path: &Path) -> Result<(), CommandError> {
    std::fs::create_dir_all(path).map_err(|error| format!("{}: {error}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))
            .map_err(|error| format!("{}: {error}", path.display()))?;
    }
    Ok(())
}
