//! The administration page's SOP profiles as documents: download, import, versions.

use crate::i18n::Text;

/// The profiles' documents: their heading.
pub const ADMIN_PROFILES: Text = Text {
    id: "Profil SOP sebagai dokumen",
    en: "SOP profiles as documents",
};
/// What a profile's document is for.
pub const ADMIN_PROFILES_HINT: Text = Text {
    id: "Unduh profil sebagai TOML, ubah di penyunting teks (standar waktu ditulis seperti di SOP: \"3 hari kerja\", \"15 menit dalam jam kerja\"), lalu impor di sini. Setiap impor menjadi versi baru; yang berlaku berubah saat profil dipilih di atas.",
    en: "Download a profile as TOML, edit it in a text editor (standards written as the SOP writes them: \"3 hari kerja\", \"15 menit dalam jam kerja\"), then import it here. Each import is a new version; the profile in force changes when it is chosen above.",
};
/// A profile's version.
pub const ADMIN_PROFILE_VERSION: Text = Text {
    id: "versi",
    en: "version",
};
/// A profile's download link.
pub const ADMIN_PROFILE_DOWNLOAD: Text = Text {
    id: "Unduh TOML",
    en: "Download TOML",
};
/// Before the fields a profile asks of a complaint beyond the portal's own.
pub const ADMIN_PROFILE_EXTRA_FIELDS: Text = Text {
    id: "Data tambahan yang wajib diisi:",
    en: "Extra fields required:",
};
/// When a profile asks for no extra field.
pub const ADMIN_PROFILE_NO_EXTRA_FIELDS: Text = Text {
    id: "tidak ada",
    en: "none",
};
/// The import form's field.
pub const ADMIN_PROFILE_TOML: Text = Text {
    id: "Dokumen profil (TOML)",
    en: "Profile document (TOML)",
};
/// The import button.
pub const ADMIN_PROFILE_IMPORT: Text = Text {
    id: "Impor profil",
    en: "Import the profile",
};
/// A refused import's heading.
pub const ADMIN_PROFILE_REFUSED: Text = Text {
    id: "Profil belum dapat diimpor",
    en: "The profile could not be imported",
};
