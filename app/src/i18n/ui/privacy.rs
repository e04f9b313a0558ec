//! The privacy notice's page and the administrator's form for it.

use crate::i18n::Text;

/// `/privasi`: the heading.
pub const PRIVACY_HEADING: Text = Text {
    id: "Pemberitahuan Pelindungan Data Pribadi",
    en: "Personal Data Protection Notice",
};
/// `/privasi`: what the page is.
pub const PRIVACY_INTRO: Text = Text {
    id: "Sebelum Anda mengirim aduan, inilah yang perlu Anda ketahui tentang data pribadi Anda (UU 27/2022 tentang Pelindungan Data Pribadi).",
    en: "Before you send a complaint, this is what you need to know about your personal data (UU 27/2022 on Personal Data Protection).",
};
/// `/privasi`: the version and when it was published (followed by the number).
pub const PRIVACY_VERSION: Text = Text {
    id: "Versi",
    en: "Version",
};
/// `/privasi`: the reporter's rights.
pub const PRIVACY_RIGHTS: Text = Text {
    id: "Anda berhak mendapat informasi, mengakses, memperbaiki, dan meminta penghapusan data Anda, serta menarik persetujuan Anda. Hubungi pejabat pelindungan data di atas dengan menyebutkan kode lacak aduan Anda. Permintaan penghapusan bagian yang terlihat publik dapat diajukan dari halaman lacak aduan.",
    en: "You have the right to be informed, to access and correct your data, to ask for its deletion and to withdraw your consent. Contact the data protection officer above and give your complaint's tracking code. A request to remove what the public sees can be made from the complaint's tracking page.",
};
/// `/privasi`: no notice published (the database could not be read).
pub const PRIVACY_MISSING: Text = Text {
    id: "Pemberitahuan privasi tidak dapat ditampilkan saat ini. Silakan coba lagi nanti.",
    en: "The privacy notice cannot be shown right now. Please try again later.",
};
/// Administration: the section's heading.
pub const ADMIN_PRIVACY: Text = Text {
    id: "Pemberitahuan privasi",
    en: "Privacy notice",
};
/// Administration: what publishing does.
pub const ADMIN_PRIVACY_HINT: Text = Text {
    id: "Setiap perubahan diterbitkan sebagai versi baru; setiap aduan mencatat versi yang disetujui pelapornya. Masa simpan diambil dari profil SOP yang berlaku.",
    en: "Every change is published as a new version; each complaint records the version its reporter accepted. How long data is kept comes from the SOP profile in force.",
};
/// Administration: the version in force (followed by the number and date).
pub const ADMIN_PRIVACY_IN_FORCE: Text = Text {
    id: "Versi yang berlaku:",
    en: "Version in force:",
};
/// Administration: the button.
pub const ADMIN_PRIVACY_PUBLISH: Text = Text {
    id: "Terbitkan versi baru",
    en: "Publish a new version",
};
/// Administration: another administrator published at the same moment.
pub const ADMIN_PRIVACY_CONFLICT: Text = Text {
    id: "Administrator lain menerbitkan versi baru pada saat yang sama. Muat ulang halaman dan periksa lagi.",
    en: "Another administrator published a new version at the same moment. Reload the page and check again.",
};
