//! The pure rules behind `app::browser` (the filing form's browser utilities): what can go
//! wrong in the browser and what the citizen is told, photo scaling, draft freshness, upload
//! progress and submission keys.
//!
//! Nothing here touches a browser API, so it compiles everywhere (the server may share
//! [`SUBMISSION_KEY_FIELD`]) and is tested natively; `browser`, only compiled with `hydrate`,
//! talks to the browser and calls these.

use std::fmt;

use crate::i18n::{Locale, Text};

/// The form field that carries the submission key, so a retried upload files one complaint,
/// not two.
pub const SUBMISSION_KEY_FIELD: &str = "submission_key";

/// How long a saved draft is offered back, in milliseconds: seven days. Phones are often
/// shared, so a forgotten draft (with a name and NIK) should not linger for ever.
pub const DRAFT_MAX_AGE_MS: f64 = 7.0 * 24.0 * 60.0 * 60.0 * 1000.0;

/// What went wrong in the browser while filling in or sending the form.
///
/// Each variant has its own sentence for the citizen ([`BrowserError::message`]) saying what
/// happened and what to do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BrowserError {
    /// The browser has no geolocation (or refuses it outright, e.g. on a page not served over
    /// HTTPS).
    GeolocationUnsupported,
    /// The citizen, or the browser's settings, denied access to the location.
    LocationPermissionDenied,
    /// The device could not work out where it is (GPS off, no signal).
    LocationUnavailable,
    /// No position arrived in time.
    LocationTimeout,
    /// The chosen file could not be decoded as an image (damaged, or a format such as HEIC that
    /// this browser cannot read).
    PhotoUnreadable,
    /// The image was read but could not be drawn smaller or encoded as JPEG (often: not enough
    /// memory on the phone).
    PhotoProcessingFailed,
    /// The draft could not be stored on the device (private browsing, storage full or blocked).
    StorageUnavailable,
    /// The connection failed while sending.
    NetworkError,
    /// Sending took longer than the upload time limit.
    UploadTimeout,
    /// Sending was cancelled before it finished.
    UploadAborted,
    /// The browser lacks something the form needs (no `XMLHttpRequest`, `FormData`, canvas…).
    Unsupported,
}

/// Geolocation is not available at all.
const GEOLOCATION_UNSUPPORTED: Text = Text::new(
    "Perangkat atau browser ini tidak dapat menentukan lokasi. Isi alamat secara manual.",
    "This device or browser cannot determine your location. Please enter the address manually.",
);
/// The location permission was refused.
const LOCATION_PERMISSION_DENIED: Text = Text::new(
    "Izin lokasi ditolak. Aktifkan izin lokasi di browser, atau isi alamat secara manual.",
    "Location access was denied. Allow location access in your browser, or enter the address manually.",
);
/// No position could be determined.
const LOCATION_UNAVAILABLE: Text = Text::new(
    "Lokasi tidak dapat ditemukan. Pastikan GPS aktif lalu coba lagi, atau isi alamat secara manual.",
    "Your location could not be found. Make sure GPS is on and try again, or enter the address manually.",
);
/// No position in time.
const LOCATION_TIMEOUT: Text = Text::new(
    "Pencarian lokasi terlalu lama. Coba lagi di tempat terbuka, atau isi alamat secara manual.",
    "Finding your location took too long. Try again out in the open, or enter the address manually.",
);
/// The file is not a readable image.
const PHOTO_UNREADABLE: Text = Text::new(
    "Foto tidak dapat dibuka. Pilih foto lain berformat JPEG, PNG, atau WebP.",
    "The photo could not be opened. Choose another photo in JPEG, PNG or WebP format.",
);
/// The image could not be made smaller.
const PHOTO_PROCESSING_FAILED: Text = Text::new(
    "Foto tidak dapat diperkecil di perangkat ini. Tutup aplikasi lain lalu coba lagi, atau pilih foto lain.",
    "The photo could not be made smaller on this device. Close other apps and try again, or choose another photo.",
);
/// The draft could not be kept on the device.
const STORAGE_UNAVAILABLE: Text = Text::new(
    "Draf tidak dapat disimpan di perangkat ini (mode penyamaran atau memori penuh). Anda tetap dapat mengirim pengaduan.",
    "The draft cannot be saved on this device (private browsing or storage full). You can still send the complaint.",
);
/// The connection dropped while sending.
const NETWORK_ERROR: Text = Text::new(
    "Koneksi terputus. Draf Anda aman; ketuk Kirim pengaduan lagi untuk mencoba ulang.",
    "The connection was lost. Your draft is safe; tap Send complaint again to retry.",
);
/// Sending took too long.
const UPLOAD_TIMEOUT: Text = Text::new(
    "Pengiriman terlalu lama karena koneksi lambat. Draf Anda aman; ketuk Kirim pengaduan lagi untuk mencoba ulang.",
    "Sending took too long on a slow connection. Your draft is safe; tap Send complaint again to retry.",
);
/// Sending was cancelled.
const UPLOAD_ABORTED: Text = Text::new(
    "Pengiriman dibatalkan. Draf Anda aman; ketuk Kirim pengaduan lagi untuk mencoba ulang.",
    "Sending was cancelled. Your draft is safe; tap Send complaint again to retry.",
);
/// The browser is too old or limited.
const UNSUPPORTED: Text = Text::new(
    "Browser ini tidak mendukung fitur yang dibutuhkan formulir. Perbarui browser Anda, lalu coba lagi.",
    "This browser lacks a feature the form needs. Update your browser and try again.",
);

impl BrowserError {
    /// Every variant, for tests and exhaustive listings.
    pub const ALL: [BrowserError; 11] = [
        BrowserError::GeolocationUnsupported,
        BrowserError::LocationPermissionDenied,
        BrowserError::LocationUnavailable,
        BrowserError::LocationTimeout,
        BrowserError::PhotoUnreadable,
        BrowserError::PhotoProcessingFailed,
        BrowserError::StorageUnavailable,
        BrowserError::NetworkError,
        BrowserError::UploadTimeout,
        BrowserError::UploadAborted,
        BrowserError::Unsupported,
    ];

    /// The sentence for the citizen, in both languages.
    pub const fn text(self) -> Text {
        match self {
            BrowserError::GeolocationUnsupported => GEOLOCATION_UNSUPPORTED,
            BrowserError::LocationPermissionDenied => LOCATION_PERMISSION_DENIED,
            BrowserError::LocationUnavailable => LOCATION_UNAVAILABLE,
            BrowserError::LocationTimeout => LOCATION_TIMEOUT,
            BrowserError::PhotoUnreadable => PHOTO_UNREADABLE,
            BrowserError::PhotoProcessingFailed => PHOTO_PROCESSING_FAILED,
            BrowserError::StorageUnavailable => STORAGE_UNAVAILABLE,
            BrowserError::NetworkError => NETWORK_ERROR,
            BrowserError::UploadTimeout => UPLOAD_TIMEOUT,
            BrowserError::UploadAborted => UPLOAD_ABORTED,
            BrowserError::Unsupported => UNSUPPORTED,
        }
    }

    /// The sentence for the citizen in `locale`: what happened and what to do next.
    pub fn message(self, locale: Locale) -> String {
        self.text().get(locale).to_owned()
    }

    /// Whether sending the same form again may succeed (the connection, not the form, failed).
    pub const fn is_retryable(self) -> bool {
        matches!(
            self,
            BrowserError::NetworkError | BrowserError::UploadTimeout | BrowserError::UploadAborted
        )
    }

    /// The error for a failed `getCurrentPosition`, from the `GeolocationPositionError.code` it
    /// reported; `None` (no code: our own guard timer fired) counts as a timeout.
    pub const fn from_position_error_code(code: Option<u16>) -> BrowserError {
        match code {
            Some(1) => BrowserError::LocationPermissionDenied,
            Some(3) | None => BrowserError::LocationTimeout,
            Some(_) => BrowserError::LocationUnavailable,
        }
    }

    /// The error for an `XMLHttpRequest` that ended without a response, from the type of the
    /// event that ended it (`"timeout"`, `"abort"`; anything else is a network error).
    pub fn from_upload_event(event_type: &str) -> BrowserError {
        match event_type {
            "timeout" => BrowserError::UploadTimeout,
            "abort" => BrowserError::UploadAborted,
            _ => BrowserError::NetworkError,
        }
    }
}

impl fmt::Display for BrowserError {
    /// The Bahasa Indonesia sentence; use [`BrowserError::message`] for the reader's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text().get(Locale::default()))
    }
}

impl std::error::Error for BrowserError {}

/// The size to draw an image of `width` × `height` pixels so its longer side is at most
/// `max_side` (0 counts as 1), keeping the aspect ratio and never enlarging it. The shorter side
/// is rounded to the nearest pixel and is at least 1; an empty image stays empty.
pub fn scaled_size(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let max_side = max_side.max(1);
    let long = width.max(height);
    if width == 0 || height == 0 || long <= max_side {
        return (width, height);
    }
    let scale = |side: u32| -> u32 {
        let scaled =
            (u64::from(side) * u64::from(max_side) + u64::from(long) / 2) / u64::from(long);
        // `scaled <= max_side` because `side <= long`, so it fits in a `u32`.
        u32::try_from(scaled).unwrap_or(max_side).max(1)
    };
    if width >= height {
        (max_side, scale(height))
    } else {
        (scale(width), max_side)
    }
}

/// The file name a downsized photo is sent under: `photo-1.jpg` for the first (`index` 0).
pub fn photo_file_name(index: usize) -> String {
    format!("photo-{}.jpg", index + 1)
}

/// The fraction of an upload done, from a progress event's `loaded` and `total` bytes, clamped
/// to `0.0..=1.0`; `None` when the total is unknown.
pub fn upload_fraction(loaded: f64, total: f64) -> Option<f64> {
    if total.is_finite() && total > 0.0 && loaded.is_finite() {
        Some((loaded / total).clamp(0.0, 1.0))
    } else {
        None
    }
}

/// Whether a draft saved at `saved_at_ms` is still offered back at `now_ms` (both milliseconds
/// since the Unix epoch): younger than [`DRAFT_MAX_AGE_MS`]. A draft stamped in the future (the
/// phone's clock was changed) is kept.
pub fn draft_is_fresh(saved_at_ms: f64, now_ms: f64) -> bool {
    saved_at_ms.is_finite() && now_ms - saved_at_ms < DRAFT_MAX_AGE_MS
}

/// A random (version 4) UUID in its usual form, `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`, from 16
/// random bytes; for browsers without `crypto.randomUUID`.
pub fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut uuid = String::with_capacity(36);
    for (index, byte) in bytes.iter().enumerate() {
        if matches!(index, 4 | 6 | 8 | 10) {
            uuid.push('-');
        }
        uuid.push_str(&format!("{byte:02x}"));
    }
    uuid
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_error_has_a_distinct_sentence_in_both_languages() {
        let mut seen = HashSet::new();
        for error in BrowserError::ALL {
            for locale in Locale::ALL {
                let message = error.message(locale);
                assert!(message.ends_with('.'), "{error:?} in {locale:?}: {message}");
                assert!(seen.insert(message), "{error:?} repeats a sentence");
            }
        }
    }

    #[test]
    fn a_denied_location_says_how_to_go_on() {
        assert_eq!(
            BrowserError::LocationPermissionDenied.message(Locale::Id),
            "Izin lokasi ditolak. Aktifkan izin lokasi di browser, atau isi alamat secara manual."
        );
        assert!(
            BrowserError::NetworkError
                .to_string()
                .contains("Draf Anda aman")
        );
    }

    #[test]
    fn only_connection_failures_are_worth_sending_again() {
        let retryable: Vec<_> = BrowserError::ALL
            .into_iter()
            .filter(|error| error.is_retryable())
            .collect();
        assert_eq!(
            retryable,
            [
                BrowserError::NetworkError,
                BrowserError::UploadTimeout,
                BrowserError::UploadAborted
            ]
        );
    }

    #[test]
    fn position_error_codes_map_to_their_own_errors() {
        use BrowserError as E;
        assert_eq!(
            E::from_position_error_code(Some(1)),
            E::LocationPermissionDenied
        );
        assert_eq!(E::from_position_error_code(Some(2)), E::LocationUnavailable);
        assert_eq!(E::from_position_error_code(Some(3)), E::LocationTimeout);
        assert_eq!(E::from_position_error_code(None), E::LocationTimeout);
        assert_eq!(E::from_position_error_code(Some(9)), E::LocationUnavailable);
    }

    #[test]
    fn upload_events_map_to_their_own_errors() {
        use BrowserError as E;
        assert_eq!(E::from_upload_event("timeout"), E::UploadTimeout);
        assert_eq!(E::from_upload_event("abort"), E::UploadAborted);
        assert_eq!(E::from_upload_event("error"), E::NetworkError);
    }

    #[test]
    fn a_phone_photo_is_scaled_to_the_longest_side() {
        assert_eq!(scaled_size(4000, 3000, 1600), (1600, 1200));
        assert_eq!(scaled_size(3000, 4000, 1600), (1200, 1600));
        assert_eq!(scaled_size(4032, 1908, 1600), (1600, 757));
    }

    #[test]
    fn a_small_photo_is_never_enlarged() {
        assert_eq!(scaled_size(800, 600, 1600), (800, 600));
        assert_eq!(scaled_size(1600, 1600, 1600), (1600, 1600));
    }

    #[test]
    fn extreme_shapes_keep_at_least_one_pixel() {
        assert_eq!(scaled_size(100_000, 1, 1600), (1600, 1));
        assert_eq!(scaled_size(0, 500, 1600), (0, 500));
        assert_eq!(scaled_size(u32::MAX, u32::MAX, 1600), (1600, 1600));
        assert_eq!(scaled_size(300, 200, 0), (1, 1));
    }

    #[test]
    fn photos_are_named_from_one() {
        assert_eq!(photo_file_name(0), "photo-1.jpg");
        assert_eq!(photo_file_name(4), "photo-5.jpg");
    }

    #[test]
    fn upload_progress_is_a_fraction_or_unknown() {
        assert_eq!(upload_fraction(50.0, 200.0), Some(0.25));
        assert_eq!(upload_fraction(300.0, 200.0), Some(1.0));
        assert_eq!(upload_fraction(10.0, 0.0), None);
        assert_eq!(upload_fraction(f64::NAN, 100.0), None);
    }

    #[test]
    fn drafts_expire_after_a_week() {
        let now = 1_700_000_000_000.0;
        assert!(draft_is_fresh(now - 1000.0, now));
        assert!(draft_is_fresh(now + 60_000.0, now));
        assert!(!draft_is_fresh(now - DRAFT_MAX_AGE_MS, now));
        assert!(!draft_is_fresh(f64::NAN, now));
    }

    #[test]
    fn uuids_carry_the_version_and_variant() {
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
        assert_eq!(uuid_v4([0xff; 16]), "ffffffff-ffff-4fff-bfff-ffffffffffff");
    }
}
