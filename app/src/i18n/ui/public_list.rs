//! The public list of complaints.

use crate::i18n::Text;

/// Public list heading.
pub const LIST_HEADING: Text = Text {
    id: "Daftar aduan publik",
    en: "Public list of complaints",
};
/// Public list: what it shows.
pub const LIST_INTRO: Text = Text {
    id: "Aduan yang sudah diverifikasi dan tidak dirahasiakan. Identitas pelapor hanya ditampilkan sebagai inisial.",
    en: "Complaints verified and not confidential. Reporters appear only as initials.",
};
/// Public list: search label.
pub const LIST_SEARCH: Text = Text {
    id: "Cari judul aduan",
    en: "Search titles",
};
/// Public list: search button.
pub const LIST_SEARCH_BUTTON: Text = Text {
    id: "Cari",
    en: "Search",
};
/// Public list: search too long.
pub const LIST_SEARCH_TOO_LONG: Text = Text {
    id: "Kata pencarian terlalu panjang: paling banyak 100 karakter.",
    en: "The search is too long: at most 100 characters.",
};
/// Public list: nothing found.
pub const LIST_EMPTY: Text = Text {
    id: "Tidak ada aduan yang cocok.",
    en: "No complaints match.",
};
/// Public list: pagination label.
pub const LIST_PAGES: Text = Text {
    id: "Halaman daftar",
    en: "List pages",
};
/// Public list: previous page.
pub const LIST_PREVIOUS: Text = Text {
    id: "← Sebelumnya",
    en: "← Previous",
};
/// Public list: next page.
pub const LIST_NEXT: Text = Text {
    id: "Berikutnya →",
    en: "Next →",
};
/// Public list: "page", before its number.
pub const LIST_PAGE: Text = Text {
    id: "Halaman",
    en: "Page",
};
/// Public list: the reporter.
pub const LIST_REPORTER: Text = Text {
    id: "Pelapor",
    en: "Reporter",
};
/// Public list: an anonymous reporter.
pub const LIST_ANONYMOUS: Text = Text {
    id: "Anonim",
    en: "Anonymous",
};
/// Public list: filing date.
pub const LIST_FILED: Text = Text {
    id: "Dilaporkan",
    en: "Filed",
};
/// Public list: last change.
pub const LIST_UPDATED: Text = Text {
    id: "Diperbarui",
    en: "Updated",
};
/// Public list: the agency.
pub const LIST_AGENCY: Text = Text {
    id: "Perangkat daerah",
    en: "Agency",
};
/// Public list: the agency's answer.
pub const LIST_ANSWER: Text = Text {
    id: "Jawaban perangkat daerah",
    en: "The agency's answer",
};
