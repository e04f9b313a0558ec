//! The filing form, its receipt and the complaints nearby.

use crate::i18n::Text;

/// Filing form heading.
pub const FORM_HEADING: Text = Text {
    id: "Formulir pengaduan",
    en: "Complaint form",
};
/// Filing form introduction.
pub const FORM_INTRO: Text = Text {
    id: "Semua kolom bertanda * wajib diisi. Data pribadi Anda (nama, NIK, telepon) tidak pernah ditampilkan kepada publik.",
    en: "All fields marked * are required. Your personal data (name, NIK, phone) is never shown to the public.",
};
/// Section heading: who is reporting.
pub const FORM_SECTION_REPORTER: Text = Text {
    id: "Identitas pelapor",
    en: "About you",
};
/// Section heading: what happened.
pub const FORM_SECTION_COMPLAINT: Text = Text {
    id: "Isi pengaduan",
    en: "Your complaint",
};
/// Section heading: where it happened.
pub const FORM_SECTION_LOCATION: Text = Text {
    id: "Lokasi kejadian",
    en: "Where it happened",
};
/// Label of the latitude input.
pub const FORM_LATITUDE: Text = Text {
    id: "Lintang (latitude)",
    en: "Latitude",
};
/// Label of the longitude input.
pub const FORM_LONGITUDE: Text = Text {
    id: "Bujur (longitude)",
    en: "Longitude",
};
/// Hint under the NIK input.
pub const FORM_NIK_HINT: Text = Text {
    id: "16 digit angka sesuai KTP.",
    en: "The 16 digits on your identity card (KTP).",
};
/// Hint under the reporter's home address, where the region's SOP asks for it.
pub const FORM_REPORTER_ADDRESS_HINT: Text = Text {
    id: "Alamat tempat tinggal pelapor, sesuai KTP atau domisili. Hanya petugas yang dapat melihatnya.",
    en: "Where the reporter lives, as on the identity card or where they stay. Only officers can see it.",
};
/// Hint under the social media account, on the desk's intake.
pub const FORM_SOCIAL_MEDIA_ACCOUNT_HINT: Text = Text {
    id: "Wajib untuk aduan dari media sosial: akun dan jejaring pengirim, mis. @warga_sby di Instagram.",
    en: "Required for a complaint from social media: the sender's account and network, e.g. @warga_sby on Instagram.",
};
/// Hint under the topic, on the desk's intake where the region's SOP asks for it.
pub const FORM_TOPIC_HINT: Text = Text {
    id: "Beberapa kata tentang pokok masalah, mis. \"Jalan berlubang\" atau \"Lampu jalan mati\".",
    en: "A few words on the matter, e.g. \"Pothole\" or \"Street light out\".",
};
/// Hint under the photo input.
pub const FORM_PHOTOS_HINT: Text = Text {
    id: "Foto JPEG, PNG atau WebP, paling banyak 5.",
    en: "JPEG, PNG or WebP photos, up to 5.",
};
/// Photo hint on the desk's intake, where a complaint by phone or letter may have none.
pub const FORM_PHOTOS_OPTIONAL_HINT: Text = Text {
    id: "Opsional untuk aduan lewat telepon, surat atau datang langsung. JPEG, PNG atau WebP, paling banyak 5.",
    en: "Optional for complaints by phone, letter or in person. JPEG, PNG or WebP photos, up to 5.",
};
/// Marks an optional field.
pub const OPTIONAL: Text = Text {
    id: "(tidak wajib)",
    en: "(optional)",
};
/// The submit button.
pub const FORM_SUBMIT: Text = Text {
    id: "Kirim pengaduan",
    en: "Send complaint",
};
/// Lead-in to the list of fields that still need attention.
pub const FORM_STILL_MISSING: Text = Text {
    id: "Masih perlu dilengkapi:",
    en: "Still needed:",
};
/// Said when every field is valid.
pub const FORM_READY: Text = Text {
    id: "Semua data sudah lengkap.",
    en: "Everything is filled in.",
};
/// Heading of the page that refuses a filed complaint.
pub const SUBMIT_REFUSED: Text = Text {
    id: "Pengaduan belum dapat diterima",
    en: "The complaint could not be accepted yet",
};
/// The way back to the form from a refusal, keeping what was typed.
pub const SUBMIT_BACK: Text = Text {
    id: "Kembali ke formulir dan perbaiki",
    en: "Back to the form to fix it",
};
/// The post was not a readable form (cut off, or not multipart).
pub const SUBMIT_UNREADABLE: Text = Text {
    id: "Formulir tidak terbaca utuh, mungkin karena koneksi terputus. Silakan kirim ulang.",
    en: "The form did not arrive whole, perhaps because the connection dropped. Please send it again.",
};
/// The server could not store an accepted complaint.
pub const SUBMIT_FAILED: Text = Text {
    id: "Pengaduan Anda belum tersimpan karena gangguan di server kami. Silakan kirim ulang sebentar lagi.",
    en: "Your complaint was not saved because of a fault on our server. Please send it again in a moment.",
};
/// Receipt page heading.
pub const RECEIPT_HEADING: Text = Text {
    id: "Pengaduan Anda sudah kami terima",
    en: "We have received your complaint",
};
/// Tells the reporter to keep the code.
pub const RECEIPT_KEEP_CODE: Text = Text {
    id: "Simpan kode pelacakan ini untuk memantau setiap langkah penanganan pengaduan Anda.",
    en: "Keep this tracking code to follow every step of your complaint.",
};
/// Label: current status.
pub const RECEIPT_STATUS: Text = Text {
    id: "Status",
    en: "Status",
};
/// Label: when it was received.
pub const RECEIPT_RECEIVED_AT: Text = Text {
    id: "Diterima",
    en: "Received",
};
/// Label: number of photos.
pub const RECEIPT_PHOTOS: Text = Text {
    id: "Foto",
    en: "Photos",
};
/// No complaint has that code.
pub const RECEIPT_NOT_FOUND: Text = Text {
    id: "Kode pelacakan tidak ditemukan.",
    en: "No complaint has that tracking code.",
};
/// The receipt could not be loaded.
pub const RECEIPT_UNAVAILABLE: Text = Text {
    id: "Tanda terima belum dapat ditampilkan. Coba muat ulang halaman.",
    en: "The receipt cannot be shown right now. Try reloading the page.",
};
/// Under a refusal: how to get back without retyping.
pub const SUBMIT_BACK_HINT: Text = Text {
    id: "Gunakan tombol Kembali pada browser Anda: isian Anda masih ada.",
    en: "Use your browser's Back button: what you typed is still there.",
};
/// The post was larger than the server accepts.
pub const SUBMIT_TOO_LARGE: Text = Text {
    id: "Kiriman terlalu besar. Setiap foto paling besar 10 MB, paling banyak 5 foto.",
    en: "The submission is too large. Each photo may be at most 10 MB, and at most 5 photos.",
};
/// Too many submissions from one network; `{minutes}` is replaced by the wait.
pub const SUBMIT_RATE_LIMITED: Text = Text {
    id: "Terlalu banyak pengaduan dikirim dari jaringan ini. Coba lagi dalam {minutes} menit.",
    en: "Too many complaints were sent from this network. Try again in {minutes} minutes.",
};
/// Label of the PIN on the receipt.
pub const RECEIPT_PIN_LABEL: Text = Text {
    id: "PIN rahasia Anda:",
    en: "Your secret PIN:",
};
/// Why the PIN must be saved now.
pub const RECEIPT_PIN_HINT: Text = Text {
    id: "Catat atau foto kode dan PIN ini sekarang. PIN hanya ditampilkan sekali dan diperlukan untuk melihat perkembangan pengaduan Anda.",
    en: "Write down or take a picture of this code and PIN now. The PIN is shown only once and is needed to follow your complaint.",
};
/// Filing form: the heading of the privacy notice.
pub const FORM_PRIVACY_HEADING: Text = Text {
    id: "Pemberitahuan pelindungan data pribadi",
    en: "Personal data protection notice",
};
/// Filing form: the link to the notice's own page.
pub const FORM_PRIVACY_PAGE: Text = Text {
    id: "Baca pemberitahuan lengkap di halaman privasi",
    en: "Read the whole notice on the privacy page",
};
/// Filing form: the citizen's consent box.
pub const FORM_PRIVACY_ACCEPT: Text = Text {
    id: "Saya telah membaca pemberitahuan ini dan setuju data saya diproses untuk menangani aduan ini.",
    en: "I have read this notice and agree that my data is processed to handle this complaint.",
};
/// The desk's intake: the officer confirms the reporter was told the notice.
pub const FORM_PRIVACY_TOLD: Text = Text {
    id: "Pelapor telah diberi tahu isi pemberitahuan ini dan setuju datanya diproses untuk menangani aduannya.",
    en: "The reporter was told this notice and agrees that their data is processed to handle their complaint.",
};
/// Section heading: who may see the complaint, and the privacy notice.
pub const FORM_SECTION_PRIVACY: Text = Text {
    id: "Kerahasiaan",
    en: "Privacy",
};
/// Explains a public complaint.
pub const VISIBILITY_PUBLIC_HINT: Text = Text {
    id: "Isi aduan dapat dilihat publik tanpa NIK, telepon, dan alamat rumah Anda.",
    en: "The complaint can be seen by the public, without your NIK, phone or home address.",
};
/// Explains an anonymous complaint.
pub const VISIBILITY_ANONYMOUS_HINT: Text = Text {
    id: "Nama Anda hanya diketahui admin utama, tidak oleh perangkat daerah maupun publik.",
    en: "Only the main desk knows your name: neither the agency nor the public.",
};
/// Explains a confidential complaint.
pub const VISIBILITY_CONFIDENTIAL_HINT: Text = Text {
    id: "Aduan tidak pernah ditampilkan kepada publik.",
    en: "The complaint is never shown to the public.",
};
/// Button that fills the coordinates from the phone.
pub const FORM_USE_MY_LOCATION: Text = Text {
    id: "Gunakan lokasi saya saat ini",
    en: "Use my current location",
};
/// While the phone looks up its location.
pub const FORM_LOCATING: Text = Text {
    id: "Mencari lokasi…",
    en: "Finding your location…",
};
/// While photos are being made smaller.
pub const FORM_PHOTOS_BUSY: Text = Text {
    id: "Memperkecil foto…",
    en: "Making the photos smaller…",
};
/// The photo limit is reached.
pub const FORM_PHOTOS_FULL: Text = Text {
    id: "Sudah 5 foto: hapus satu foto untuk menambah yang lain.",
    en: "That is 5 photos: remove one to add another.",
};
/// Accessible name of a thumbnail's remove button (followed by its number).
pub const FORM_PHOTO_REMOVE: Text = Text {
    id: "Hapus foto",
    en: "Remove photo",
};
/// The submit button while sending.
pub const FORM_SENDING: Text = Text {
    id: "Mengirim…",
    en: "Sending…",
};
/// A draft from an earlier visit was put back.
pub const FORM_DRAFT_RESTORED: Text = Text {
    id: "Isian Anda sebelumnya telah dipulihkan dari perangkat ini.",
    en: "What you typed before has been restored from this device.",
};
/// The empty first option of a list.
pub const FORM_CHOOSE: Text = Text {
    id: "— Pilih —",
    en: "— Choose —",
};
/// Heading of the list of nearby open complaints.
pub const NEARBY_HEADING: Text = Text {
    id: "Sudah dilaporkan?",
    en: "Already reported?",
};
/// What the list of nearby complaints is for.
pub const NEARBY_INTRO: Text = Text {
    id: "Aduan serupa yang sedang ditangani dalam radius 250 m dari lokasi ini:",
    en: "Similar complaints being handled within 250 m of this place:",
};
/// Receipt: link to the complaint's tracking page.
pub const RECEIPT_TRACK_LINK: Text = Text {
    id: "Pantau aduan ini",
    en: "Follow this complaint",
};
