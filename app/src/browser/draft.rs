//! The form's draft on the device, so a closed tab, a flat battery or a dropped connection does
//! not cost the citizen what they typed: the text in `localStorage`, the downsized photos in
//! IndexedDB (too big for `localStorage`).
//!
//! Storage is a convenience, never a requirement: private browsing, a full disk or a blocked
//! database make saving report [`BrowserError::StorageUnavailable`] and loading find nothing,
//! and nothing here panics.

use js_sys::Array;
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, IdbDatabase, IdbFactory, IdbOpenDbRequest, IdbRequest, IdbTransaction,
    IdbTransactionMode, Storage,
};

use super::{BrowserError, Outcome, has, settle};
use crate::browser_logic::{draft_is_fresh, uuid_v4};
use crate::domain::complaint::ComplaintInput;
use crate::domain::photo::MAX_PHOTOS;

/// The `localStorage` key of the draft. The version changes if [`Draft`] changes shape.
pub const STORAGE_KEY: &str = "aduan.draft.v1";
/// The IndexedDB database holding the draft's photos.
pub const DATABASE: &str = "aduan";
/// The object store of the draft's photos, keyed `"0"`, `"1"`… in the form's order.
pub const PHOTO_STORE: &str = "draft_photos";

/// The filing form as last saved on this device.
///
/// Personal data (name, NIK, phone) is stored in the browser as typed: [`clear`] it once the
/// complaint is filed, and drafts older than
/// [`DRAFT_MAX_AGE_MS`](crate::browser_logic::DRAFT_MAX_AGE_MS) are discarded on [`load`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// What was typed; `photos` describes the downsized photos kept by [`save_photos`].
    pub input: ComplaintInput,
    /// The key the complaint will be sent with, kept so a retry after a lost response files it
    /// once.
    pub submission_key: String,
    /// When it was saved, in milliseconds since the Unix epoch (`Date.now()`).
    pub saved_at_ms: f64,
}

impl Draft {
    /// A draft of `input` for `submission_key`, stamped now.
    pub fn new(input: ComplaintInput, submission_key: String) -> Draft {
        Draft {
            input,
            submission_key,
            saved_at_ms: js_sys::Date::now(),
        }
    }
}

/// Saves the draft's text in `localStorage`, replacing the previous one.
///
/// # Errors
/// [`BrowserError::StorageUnavailable`] when storage is blocked or full.
pub fn save(draft: &Draft) -> Result<(), BrowserError> {
    let json = serde_json::to_string(draft).map_err(|_| BrowserError::StorageUnavailable)?;
    local_storage()
        .ok_or(BrowserError::StorageUnavailable)?
        .set_item(STORAGE_KEY, &json)
        .map_err(|_| BrowserError::StorageUnavailable)
}

/// The saved draft, if there is one younger than a week that this version of the form can read.
/// A stale or unreadable draft is removed.
pub fn load() -> Option<Draft> {
    let storage = local_storage()?;
    let json = storage.get_item(STORAGE_KEY).ok()??;
    match serde_json::from_str::<Draft>(&json) {
        Ok(draft) if draft_is_fresh(draft.saved_at_ms, js_sys::Date::now()) => Some(draft),
        _ => {
            let _ = storage.remove_item(STORAGE_KEY);
            None
        }
    }
}

/// Removes the draft's text (its photos: [`clear_photos`]).
///
/// # Errors
/// [`BrowserError::StorageUnavailable`] when storage is blocked.
pub fn clear() -> Result<(), BrowserError> {
    local_storage()
        .ok_or(BrowserError::StorageUnavailable)?
        .remove_item(STORAGE_KEY)
        .map_err(|_| BrowserError::StorageUnavailable)
}

/// A fresh submission key: a random UUID from `crypto.randomUUID()`, or made from
/// `crypto.getRandomValues()` where that is missing (older browsers, pages not served over
/// HTTPS).
pub fn new_submission_key() -> String {
    let crypto = web_sys::window().and_then(|window| window.crypto().ok());
    if let Some(crypto) = &crypto
        && has(crypto, "randomUUID")
    {
        return crypto.random_uuid();
    }
    let mut bytes = [0_u8; 16];
    let filled =
        crypto.is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // No Web Crypto at all: `Math.random` still keeps keys of different drafts apart, which is
        // all a submission key needs (it is not a secret).
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    uuid_v4(bytes)
}

/// Saves the draft's downsized photos (at most [`MAX_PHOTOS`]; more are ignored) in IndexedDB,
/// replacing the previous ones, in one transaction: all are stored or none.
///
/// # Errors
/// [`BrowserError::StorageUnavailable`] when IndexedDB is blocked, full or missing.
pub async fn save_photos(photos: &[Blob]) -> Result<(), BrowserError> {
    let db = open().await.ok_or(BrowserError::StorageUnavailable)?;
    let saved = write(&db, |store| {
        store.clear()?;
        for (index, photo) in photos.iter().take(MAX_PHOTOS).enumerate() {
            store.put_with_key(photo, &JsValue::from_str(&index.to_string()))?;
        }
        Ok(())
    })
    .await;
    db.close();
    saved.then_some(()).ok_or(BrowserError::StorageUnavailable)
}

/// The draft's photos in the form's order; empty when there are none or IndexedDB fails.
pub async fn load_photos() -> Vec<Blob> {
    let Some(db) = open().await else {
        return Vec::new();
    };
    let photos = read_all(&db).await;
    db.close();
    photos
}

/// Removes the draft's photos; `false` when IndexedDB failed (the photos may still be there).
pub async fn clear_photos() -> bool {
    let Some(db) = open().await else {
        return false;
    };
    let cleared = write(&db, |store| store.clear().map(drop)).await;
    db.close();
    cleared
}

/// The page's `localStorage`, if it may be used. Reading `window.localStorage` itself throws
/// where storage is blocked.
fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Opens the photo database, creating it and its store on first use; `None` when IndexedDB
/// fails.
async fn open() -> Option<IdbDatabase> {
    let factory = web_sys::window()?.indexed_db().ok()??;
    let db = open_version(&factory, None).await?;
    if db.object_store_names().contains(PHOTO_STORE) {
        return Some(db);
    }
    // The database exists without the store (its first upgrade was cut short): opening a higher
    // version runs the upgrade again.
    let next = db.version() + 1.0;
    db.close();
    let db = open_version(&factory, Some(next)).await?;
    if db.object_store_names().contains(PHOTO_STORE) {
        Some(db)
    } else {
        db.close();
        None
    }
}

/// Opens the database at `version`, or at its current version (1 when new) for `None`; the
/// upgrade that a new or higher version runs creates the photo store.
async fn open_version(factory: &IdbFactory, version: Option<f64>) -> Option<IdbDatabase> {
    let request = match version {
        Some(version) => factory.open_with_f64(DATABASE, version),
        None => factory.open(DATABASE),
    }
    .ok()?;
    let upgrade = UpgradeHandler::install(&request);
    let outcome = settle(|resolve, reject| {
        request.set_onsuccess(Some(resolve));
        request.set_onerror(Some(reject));
        // Another tab holds an older version open: give up rather than wait for it.
        request.set_onblocked(Some(reject));
        Ok(())
    })
    .await;
    drop(upgrade);
    match outcome {
        Outcome::Done(_) => request.result().ok()?.dyn_into::<IdbDatabase>().ok(),
        Outcome::Failed(_) | Outcome::Threw => None,
    }
}

/// The `upgradeneeded` handler of an open request, which creates the photo store. It is Rust
/// code, so it is a `Closure`; dropping this removes it from the request before freeing it, so
/// a late event finds no handler rather than a freed closure.
struct UpgradeHandler {
    request: IdbOpenDbRequest,
    _closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl UpgradeHandler {
    /// Installs the handler on `request`.
    fn install(request: &IdbOpenDbRequest) -> UpgradeHandler {
        let target = request.clone();
        let closure = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            let Some(db) = target
                .result()
                .ok()
                .and_then(|db| db.dyn_into::<IdbDatabase>().ok())
            else {
                return;
            };
            if !db.object_store_names().contains(PHOTO_STORE) {
                // A failure aborts the upgrade; the open request then fails and we report it.
                let _ = db.create_object_store(PHOTO_STORE);
            }
        });
        request.set_onupgradeneeded(Some(closure.as_ref().unchecked_ref()));
        UpgradeHandler {
            request: request.clone(),
            _closure: closure,
        }
    }
}

impl Drop for UpgradeHandler {
    fn drop(&mut self) {
        self.request.set_onupgradeneeded(None);
    }
}

/// Runs `requests` against the photo store in a read-write transaction and waits for it to
/// commit; `false` when it could not start or was aborted.
///
/// Every request is made before the first `await`: a transaction commits by itself once it has
/// nothing left to do, so it cannot be carried across awaits.
async fn write(
    db: &IdbDatabase,
    requests: impl FnOnce(&web_sys::IdbObjectStore) -> Result<(), JsValue>,
) -> bool {
    let Ok(transaction) =
        db.transaction_with_str_and_mode(PHOTO_STORE, IdbTransactionMode::Readwrite)
    else {
        return false;
    };
    let issued = transaction
        .object_store(PHOTO_STORE)
        .and_then(|store| requests(&store));
    if issued.is_err() {
        let _ = transaction.abort();
        return false;
    }
    matches!(committed(&transaction).await, Outcome::Done(_))
}

/// Waits for `transaction` to commit (`Done`) or fail (`Failed`).
async fn committed(transaction: &IdbTransaction) -> Outcome {
    settle(|resolve, reject| {
        transaction.set_oncomplete(Some(resolve));
        transaction.set_onerror(Some(reject));
        transaction.set_onabort(Some(reject));
        Ok(())
    })
    .await
}

/// Every photo in the store, in key order (`"0"` < `"1"` < … for up to ten photos).
async fn read_all(db: &IdbDatabase) -> Vec<Blob> {
    let request = db
        .transaction_with_str(PHOTO_STORE)
        .and_then(|transaction| transaction.object_store(PHOTO_STORE))
        .and_then(|store| store.get_all());
    let Ok(request) = request else {
        return Vec::new();
    };
    if !matches!(succeeded(&request).await, Outcome::Done(_)) {
        return Vec::new();
    }
    let Some(values) = request
        .result()
        .ok()
        .and_then(|values| values.dyn_into::<Array>().ok())
    else {
        return Vec::new();
    };
    values
        .iter()
        .filter_map(|value| value.dyn_into::<Blob>().ok())
        .take(MAX_PHOTOS)
        .collect()
}

/// Waits for an IndexedDB request to succeed (`Done`) or fail (`Failed`).
async fn succeeded(request: &IdbRequest) -> Outcome {
    settle(|resolve, reject| {
        request.set_onsuccess(Some(resolve));
        request.set_onerror(Some(reject));
        Ok(())
    })
    .await
}
