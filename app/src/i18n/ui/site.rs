//! The site's frame: its name, the header, the language switch, the home page and shared words.

use crate::i18n::Text;

/// The product's name, shown in the header and the page titles.
pub const APP_NAME: Text = Text {
    id: "Aduan",
    en: "Aduan",
};
/// The product's one-line purpose.
pub const TAGLINE: Text = Text {
    id: "Layanan pengaduan masyarakat",
    en: "Public-service complaints",
};
/// The language switch: names the language it switches to.
pub const SWITCH_LANGUAGE: Text = Text {
    id: "English",
    en: "Bahasa Indonesia",
};
/// Accessible label of the language switch.
pub const SWITCH_LANGUAGE_LABEL: Text = Text {
    id: "Ganti bahasa ke English",
    en: "Switch language to Bahasa Indonesia",
};
/// Home page heading.
pub const HOME_HEADING: Text = Text {
    id: "Sampaikan pengaduan Anda",
    en: "Tell us what needs fixing",
};
/// Home page introduction.
pub const HOME_INTRO: Text = Text {
    id: "Laporkan masalah layanan publik di daerah Anda. Setiap aduan diverifikasi, diteruskan ke perangkat daerah yang berwenang, dan dapat Anda pantau dengan kode lacak.",
    en: "Report a public-service problem in your area. Every complaint is verified, sent to the agency in charge, and can be followed with a tracking code.",
};
/// Call to action that opens the filing form.
pub const HOME_FILE_CTA: Text = Text {
    id: "Buat pengaduan",
    en: "File a complaint",
};
/// Page not found.
pub const NOT_FOUND: Text = Text {
    id: "Halaman tidak ditemukan.",
    en: "Page not found.",
};
/// Link back to the home page.
pub const BACK_HOME: Text = Text {
    id: "Kembali ke beranda",
    en: "Back to the home page",
};
/// Link from the home page to the tracking page.
pub const HOME_TRACK_CTA: Text = Text {
    id: "Lacak aduan",
    en: "Track a complaint",
};
/// Home: link to the statistics.
pub const NAV_STATISTICS: Text = Text {
    id: "Statistik",
    en: "Statistics",
};
