//! The words of the pages, in Bahasa Indonesia and English.
//!
//! Domain messages (field errors, status names) live beside their types in `domain`; everything
//! else a page says is here, so a translator finds it in one file.

use super::Text;

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
/// Hint under the photo input.
pub const FORM_PHOTOS_HINT: Text = Text {
    id: "Foto JPEG, PNG atau WebP, paling banyak 5.",
    en: "JPEG, PNG or WebP photos, up to 5.",
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
/// Section heading: who may see the complaint.
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
/// Link from the home page to the tracking page.
pub const HOME_TRACK_CTA: Text = Text {
    id: "Lacak aduan",
    en: "Track a complaint",
};
/// Receipt: link to the complaint's tracking page.
pub const RECEIPT_TRACK_LINK: Text = Text {
    id: "Pantau aduan ini",
    en: "Follow this complaint",
};
/// Tracking page heading.
pub const TRACK_HEADING: Text = Text {
    id: "Lacak aduan",
    en: "Track a complaint",
};
/// Tracking page: what to enter.
pub const TRACK_INTRO: Text = Text {
    id: "Masukkan kode lacak dan PIN yang Anda terima saat mengirim aduan.",
    en: "Enter the tracking code and the PIN you received when you filed the complaint.",
};
/// Tracking page opened by link without access: ask for the PIN.
pub const TRACK_PIN_NEEDED: Text = Text {
    id: "Masukkan PIN aduan ini untuk melihat perkembangannya.",
    en: "Enter this complaint's PIN to see how it is going.",
};
/// Tracking form: the code field.
pub const TRACK_CODE_LABEL: Text = Text {
    id: "Kode lacak",
    en: "Tracking code",
};
/// Tracking form: the PIN field.
pub const TRACK_PIN_LABEL: Text = Text {
    id: "PIN (10 angka)",
    en: "PIN (10 digits)",
};
/// Tracking form: the button.
pub const TRACK_SUBMIT: Text = Text {
    id: "Lihat aduan",
    en: "Show the complaint",
};
/// Tracking form: code or PIN wrong (one message for both, on purpose).
pub const TRACK_WRONG: Text = Text {
    id: "Kode lacak atau PIN tidak cocok. Periksa kembali lalu coba lagi.",
    en: "The tracking code or the PIN does not match. Check both and try again.",
};
/// Tracking form: too many attempts.
pub const TRACK_RATE_LIMITED: Text = Text {
    id: "Terlalu banyak percobaan dari jaringan Anda. Silakan coba lagi dalam satu jam.",
    en: "Too many attempts from your network. Please try again within the hour.",
};
/// Tracking form: too many wrong PINs for this complaint.
pub const TRACK_PIN_LOCKED: Text = Text {
    id: "Terlalu banyak PIN salah untuk aduan ini, jadi aduan ini dikunci sampai besok. Pelapor sudah diberi tahu. Peramban yang dipakai saat melapor tetap dapat membukanya; atau hubungi petugas pengaduan.",
    en: "Too many wrong PINs were given for this complaint, so it is locked until tomorrow. Its reporter has been told. The browser it was filed from can still open it; or contact the complaints desk.",
};
/// Tracking page: the complaint could not be loaded.
pub const TRACK_UNAVAILABLE: Text = Text {
    id: "Aduan tidak dapat dimuat saat ini. Silakan coba lagi sebentar lagi.",
    en: "The complaint cannot be loaded right now. Please try again shortly.",
};
/// Tracking facts: status.
pub const TRACK_STATUS: Text = Text {
    id: "Status",
    en: "Status",
};
/// Tracking facts: filed at.
pub const TRACK_FILED_AT: Text = Text {
    id: "Diterima",
    en: "Received",
};
/// Tracking facts: agency in charge.
pub const TRACK_AGENCY: Text = Text {
    id: "Perangkat daerah",
    en: "Agency in charge",
};
/// Tracking facts: no agency yet.
pub const TRACK_AGENCY_PENDING: Text = Text {
    id: "Belum ditentukan",
    en: "Not assigned yet",
};
/// Tracking facts: the current step's time standard.
pub const TRACK_STANDARD: Text = Text {
    id: "Standar waktu tahap ini",
    en: "Time standard of this step",
};
/// Tracking facts: the current step's deadline.
pub const TRACK_DEADLINE: Text = Text {
    id: "Batas waktu",
    en: "Due by",
};
/// Tracking facts: times reopened.
pub const TRACK_REOPENED: Text = Text {
    id: "Dibuka kembali",
    en: "Reopened",
};
/// Tracking facts and answer form: the rating.
pub const TRACK_RATING: Text = Text {
    id: "Penilaian Anda",
    en: "Your rating",
};
/// Tracking page: the complaint's own text.
pub const TRACK_YOUR_COMPLAINT: Text = Text {
    id: "Isi aduan",
    en: "The complaint",
};
/// Tracking page: timeline heading.
pub const TRACK_TIMELINE: Text = Text {
    id: "Riwayat penanganan",
    en: "How it was handled",
};
/// Tracking page: photos heading.
pub const TRACK_PHOTOS: Text = Text {
    id: "Foto",
    en: "Photos",
};
/// Answer form heading (Surabaya SOP: confirmation).
pub const TRACK_ANSWER_HEADING: Text = Text {
    id: "Apakah aduan Anda sudah selesai ditangani?",
    en: "Is your complaint resolved?",
};
/// Answer form: what happens.
pub const TRACK_ANSWER_INTRO: Text = Text {
    id: "Jika sudah, konfirmasi agar aduan ditutup. Jika belum, tolak jawaban dengan alasan: aduan dibuka kembali dan dikembalikan ke perangkat daerah.",
    en: "If it is, confirm and the complaint closes. If not, reject the answer with a reason: the complaint reopens and goes back to the agency.",
};
/// Answer form: rating legend.
pub const TRACK_RATING_OPTIONAL: Text = Text {
    id: "Penilaian (tidak wajib): 1 buruk, 5 sangat baik",
    en: "Rating (optional): 1 poor, 5 very good",
};
/// Answer form: comment field.
pub const TRACK_COMMENT: Text = Text {
    id: "Komentar (tidak wajib)",
    en: "Comment (optional)",
};
/// Answer form: confirm button.
pub const TRACK_CONFIRM: Text = Text {
    id: "Ya, sudah selesai",
    en: "Yes, it is resolved",
};
/// Answer form: rejection reason.
pub const TRACK_REJECT_REASON: Text = Text {
    id: "Alasan jawaban belum menyelesaikan masalah",
    en: "Why the answer does not solve the problem",
};
/// Answer form: reject button.
pub const TRACK_REJECT: Text = Text {
    id: "Belum, tolak jawaban",
    en: "No, reject the answer",
};
/// Withdraw section heading.
pub const TRACK_WITHDRAW_HEADING: Text = Text {
    id: "Cabut aduan",
    en: "Withdraw the complaint",
};
/// Withdraw section: consequence.
pub const TRACK_WITHDRAW_HINT: Text = Text {
    id: "Aduan yang dicabut ditutup dan tidak ditindaklanjuti lagi.",
    en: "A withdrawn complaint is closed and no longer handled.",
};
/// Withdraw button.
pub const TRACK_WITHDRAW: Text = Text {
    id: "Cabut aduan ini",
    en: "Withdraw this complaint",
};
/// After confirming.
pub const TRACK_DONE_CONFIRMED: Text = Text {
    id: "Terima kasih. Aduan Anda ditutup sebagai selesai.",
    en: "Thank you. Your complaint is closed as resolved.",
};
/// After rejecting.
pub const TRACK_DONE_REJECTED: Text = Text {
    id: "Jawaban ditolak. Aduan dibuka kembali dan dikembalikan ke perangkat daerah.",
    en: "Answer rejected. The complaint is reopened and back with the agency.",
};
/// After withdrawing.
pub const TRACK_DONE_WITHDRAWN: Text = Text {
    id: "Aduan Anda telah dicabut.",
    en: "Your complaint has been withdrawn.",
};
/// An answer that no longer applies (double tap, status changed).
pub const TRACK_NOT_POSSIBLE: Text = Text {
    id: "Tindakan itu tidak berlaku lagi untuk aduan ini karena statusnya sudah berubah.",
    en: "That is no longer possible for this complaint: its status has changed.",
};
/// Refused answer page heading.
pub const TRACK_ANSWER_REFUSED: Text = Text {
    id: "Jawaban belum dapat dikirim",
    en: "Your answer could not be sent",
};
/// Back to the tracking page.
pub const TRACK_BACK: Text = Text {
    id: "Kembali ke aduan",
    en: "Back to the complaint",
};
/// Officers' login page heading.
pub const DESK_LOGIN_HEADING: Text = Text {
    id: "Masuk petugas",
    en: "Officer login",
};
/// Login: username.
pub const DESK_USERNAME: Text = Text {
    id: "Nama pengguna",
    en: "Username",
};
/// Login: password.
pub const DESK_PASSWORD: Text = Text {
    id: "Kata sandi",
    en: "Password",
};
/// Login: authenticator code.
pub const DESK_CODE: Text = Text {
    id: "Kode autentikator (6 angka) atau kode pemulihan",
    en: "Authenticator code (6 digits) or a recovery code",
};
/// Login button.
pub const DESK_LOGIN: Text = Text {
    id: "Masuk",
    en: "Log in",
};
/// Login refused (one message for every cause, on purpose).
pub const DESK_LOGIN_WRONG: Text = Text {
    id: "Nama pengguna, kata sandi, atau kode tidak cocok.",
    en: "The username, password or code does not match.",
};
/// Login throttled.
pub const DESK_LOGIN_LIMITED: Text = Text {
    id: "Terlalu banyak percobaan masuk. Tunggu satu menit lalu coba lagi.",
    en: "Too many login attempts. Wait a minute and try again.",
};
/// A desk page without a session.
pub const DESK_SIGN_IN_FIRST: Text = Text {
    id: "Silakan masuk sebagai petugas terlebih dahulu.",
    en: "Please log in as an officer first.",
};
/// Desk queue heading.
pub const DESK_QUEUE_HEADING: Text = Text {
    id: "Daftar aduan",
    en: "Complaints",
};
/// Empty queue.
pub const DESK_QUEUE_EMPTY: Text = Text {
    id: "Tidak ada aduan yang menunggu.",
    en: "No complaints waiting.",
};
/// Queue: the officer has an action to take.
pub const DESK_WAITING_FOR_YOU: Text = Text {
    id: "Menunggu Anda",
    en: "Waiting for you",
};
/// Queue: past the SOP deadline.
pub const DESK_OVERDUE: Text = Text {
    id: "Lewat batas waktu",
    en: "Overdue",
};
/// Queue: due today.
pub const DESK_DUE_TODAY: Text = Text {
    id: "Jatuh tempo hari ini",
    en: "Due today",
};
/// Logout button.
pub const DESK_LOGOUT: Text = Text {
    id: "Keluar",
    en: "Log out",
};
/// Logout of every session.
pub const DESK_LOGOUT_EVERYWHERE: Text = Text {
    id: "Keluar dari semua perangkat",
    en: "Log out everywhere",
};
/// A complaint the officer may not see or that does not exist.
pub const DESK_NOT_FOUND: Text = Text {
    id: "Aduan tidak ditemukan.",
    en: "Complaint not found.",
};
/// Complaint page: the reporter.
pub const DESK_REPORTER: Text = Text {
    id: "Pelapor",
    en: "Reporter",
};
/// Complaint page: anonymous reporter hidden from agencies.
pub const DESK_REPORTER_HIDDEN: Text = Text {
    id: "Identitas pelapor dirahasiakan (aduan anonim).",
    en: "The reporter's identity is hidden (anonymous complaint).",
};
/// Complaint page: NIK (masked).
pub const DESK_NIK: Text = Text {
    id: "NIK",
    en: "NIK",
};
/// Complaint page: phone.
pub const DESK_PHONE: Text = Text {
    id: "Telepon",
    en: "Phone",
};
/// Complaint page: location.
pub const DESK_LOCATION: Text = Text {
    id: "Lokasi",
    en: "Location",
};
/// Complaint page: visibility.
pub const DESK_VISIBILITY: Text = Text {
    id: "Sifat aduan",
    en: "Visibility",
};
/// Complaint page: channel.
pub const DESK_CHANNEL: Text = Text {
    id: "Kanal",
    en: "Channel",
};
/// Complaint page: actions heading.
pub const DESK_ACTIONS: Text = Text {
    id: "Tindakan",
    en: "Actions",
};
/// Complaint page: nothing for this officer to do.
pub const DESK_NO_ACTIONS: Text = Text {
    id: "Tidak ada tindakan untuk Anda pada tahap ini.",
    en: "Nothing for you to do at this step.",
};
/// Verification: the visibility choice (no default).
pub const DESK_CHOOSE_VISIBILITY: Text = Text {
    id: "Pilih sifat aduan",
    en: "Choose the visibility",
};
/// Action form: reason.
pub const DESK_REASON: Text = Text {
    id: "Alasan",
    en: "Reason",
};
/// Dispatch: agency choice.
pub const DESK_AGENCY_CHOICE: Text = Text {
    id: "Perangkat daerah tujuan",
    en: "Agency to dispatch to",
};
/// Escalation: SP4N-LAPOR! ticket.
pub const DESK_TICKET: Text = Text {
    id: "Nomor tiket SP4N-LAPOR!",
    en: "SP4N-LAPOR! ticket number",
};
/// After an action.
pub const DESK_DONE: Text = Text {
    id: "Tindakan tercatat.",
    en: "Action recorded.",
};
/// Another officer acted first.
pub const DESK_STALE: Text = Text {
    id: "Aduan ini baru saja diubah petugas lain. Periksa statusnya yang terbaru sebelum bertindak.",
    en: "Another officer has just changed this complaint. Check its current status before acting.",
};
/// Refused action page heading.
pub const DESK_ACTION_REFUSED: Text = Text {
    id: "Tindakan tidak dapat dicatat",
    en: "The action could not be recorded",
};
/// Back to the complaint on the desk.
pub const DESK_BACK: Text = Text {
    id: "Kembali ke aduan",
    en: "Back to the complaint",
};
/// Desk data could not be loaded.
pub const DESK_UNAVAILABLE: Text = Text {
    id: "Data tidak dapat dimuat saat ini.",
    en: "The data cannot be loaded right now.",
};
/// Proposed resolution: the agency's answer.
pub const DESK_ANSWER: Text = Text {
    id: "Jawaban tindak lanjut untuk pelapor",
    en: "The answer for the reporter",
};
/// Tracking page: the validated answer heading.
pub const TRACK_ANSWER: Text = Text {
    id: "Jawaban perangkat daerah",
    en: "The agency's answer",
};
/// Nearby complaint: the contact field of "follow".
pub const FOLLOW_CONTACT: Text = Text {
    id: "E-mail atau nomor HP untuk kabar aduan ini",
    en: "E-mail or mobile number for this complaint's updates",
};
/// Nearby complaint: follow button.
pub const FOLLOW: Text = Text {
    id: "Ikuti aduan ini",
    en: "Follow this complaint",
};
/// Following started.
pub const FOLLOW_DONE: Text = Text {
    id: "Anda akan menerima kabar setiap kali aduan ini berubah status. Tidak perlu mengirim aduan yang sama.",
    en: "You will hear each time this complaint moves on. No need to file it again.",
};
/// Already following.
pub const FOLLOW_ALREADY: Text = Text {
    id: "Kontak ini sudah mengikuti aduan ini.",
    en: "This contact already follows this complaint.",
};
/// Following failed.
pub const FOLLOW_FAILED: Text = Text {
    id: "Permintaan mengikuti belum dapat diproses. Coba lagi sebentar lagi.",
    en: "The follow request could not be handled. Please try again shortly.",
};
/// Returned complaint: heading of the correction form.
pub const TRACK_COMPLETE_HEADING: Text = Text {
    id: "Lengkapi aduan Anda",
    en: "Complete your complaint",
};
/// Returned complaint: what to do.
pub const TRACK_COMPLETE_INTRO: Text = Text {
    id: "Petugas mengembalikan aduan ini. Baca alasannya di riwayat, perbaiki isian di bawah, lalu kirim ulang. Kode lacak tetap sama.",
    en: "The desk returned this complaint. Read why in the timeline, correct the fields below and send it again. The tracking code stays the same.",
};
/// Returned complaint: resubmit button.
pub const TRACK_RESUBMIT: Text = Text {
    id: "Kirim ulang aduan",
    en: "Send the complaint again",
};
/// After resubmitting.
pub const TRACK_DONE_RESUBMITTED: Text = Text {
    id: "Aduan Anda sudah dikirim ulang dan menunggu verifikasi.",
    en: "Your complaint was sent again and awaits verification.",
};
/// Tracking: thanks for a request to remove personal details.
pub const TRACK_DONE_REDACTION_ASKED: Text = Text {
    id: "Permintaan Anda diterima. Petugas akan menghapus data pribadi dari teks yang tampil untuk umum.",
    en: "Your request was received. An officer will remove the personal details from the public text.",
};
/// Administration: page heading.
pub const ADMIN_HEADING: Text = Text {
    id: "Administrasi sistem",
    en: "System administration",
};
/// Administration: only the system administrator manages lists and accounts.
pub const ADMIN_ONLY: Text = Text {
    id: "Hanya Administrator Sistem yang mengelola daftar dan akun.",
    en: "Only the system administrator manages lists and accounts.",
};
/// Administration: a code already on the list.
pub const ADMIN_CODE_TAKEN: Text = Text {
    id: "Kode itu sudah ada di daftar.",
    en: "That code is already on the list.",
};
/// Administration: an administrator cannot stop their own account.
pub const ADMIN_NOT_YOURSELF: Text = Text {
    id: "Anda tidak dapat menonaktifkan akun Anda sendiri.",
    en: "You cannot deactivate your own account.",
};
/// Administration: the new account's page heading.
pub const ADMIN_ACCOUNT_CREATED: Text = Text {
    id: "Akun dibuat",
    en: "Account created",
};
/// Administration: the login name.
pub const ADMIN_USERNAME: Text = Text {
    id: "Nama pengguna",
    en: "Username",
};
/// Administration: back to the administration page.
pub const ADMIN_BACK: Text = Text {
    id: "Kembali ke administrasi",
    en: "Back to administration",
};
/// Administration: the new account's one-time set-up code.
pub const ADMIN_SETUP_CODE: Text = Text {
    id: "Kode penyiapan sekali pakai",
    en: "One-time set-up code",
};
/// Administration: the recovery codes follow.
pub const ADMIN_RECOVERY_CODES: Text = Text {
    id: "Kode pemulihan (masing-masing sekali pakai):",
    en: "Recovery codes (each works once):",
};
/// Administration: what the officer does with the set-up code.
pub const ADMIN_SETUP_HINT: Text = Text {
    id: "Serahkan nama pengguna dan kode ini kepada petugas (sebaiknya langsung, bukan lewat pesan berantai). Di halaman /petugas/siapkan petugas memilih kata sandinya sendiri dan mendaftarkan aplikasi autentikatornya; Anda tidak pernah mengetahui keduanya. Kode berlaku 72 jam, sekali pakai, dan hanya ditampilkan sekarang.",
    en: "Give the username and this code to the officer (in person rather than by forwarded message). At /petugas/siapkan they choose their own password and enrol their own authenticator app; you never learn either. The code works for 72 hours, once, and is shown only now.",
};
/// Set-up: the new recovery codes are shown once.
pub const SETUP_CODES_ONCE: Text = Text {
    id: "Simpan kode pemulihan ini di tempat aman sekarang: kode ini hanya ditampilkan sekali dan menggantikan kode lama Anda.",
    en: "Keep these recovery codes somewhere safe now: they are shown only once and replace your old ones.",
};
/// Set-up page: heading.
pub const SETUP_HEADING: Text = Text {
    id: "Siapkan akun petugas",
    en: "Set up your officer account",
};
/// Set-up page: what it is for.
pub const SETUP_INTRO: Text = Text {
    id: "Masukkan nama pengguna dan kode penyiapan dari administrator sistem, lalu pilih kata sandi Anda sendiri. Berikutnya Anda mendaftarkan aplikasi autentikator di ponsel Anda.",
    en: "Enter your username and the set-up code from the system administrator, then choose your own password. Next you enrol the authenticator app on your phone.",
};
/// Set-up page: the code field.
pub const SETUP_CODE_LABEL: Text = Text {
    id: "Kode penyiapan",
    en: "Set-up code",
};
/// Set-up page: the new password field.
pub const SETUP_NEW_PASSWORD: Text = Text {
    id: "Kata sandi baru (minimal 12 karakter)",
    en: "New password (at least 12 characters)",
};
/// Set-up page: the new password again.
pub const SETUP_PASSWORD_AGAIN: Text = Text {
    id: "Ulangi kata sandi baru",
    en: "The new password again",
};
/// Set-up page: on to the authenticator.
pub const SETUP_NEXT: Text = Text {
    id: "Lanjut ke autentikator",
    en: "On to the authenticator",
};
/// Set-up page: the code is wrong, used or expired.
pub const SETUP_WRONG_CODE: Text = Text {
    id: "Nama pengguna atau kode penyiapan tidak cocok, sudah dipakai, atau sudah kedaluwarsa. Mintalah kode baru kepada administrator sistem bila perlu.",
    en: "The username or set-up code does not match, was used already or has expired. Ask the system administrator for a new code if needed.",
};
/// Set-up page: the two passwords differ.
pub const SETUP_MISMATCH: Text = Text {
    id: "Kedua kata sandi tidak sama. Ketik ulang keduanya.",
    en: "The two passwords differ. Type both again.",
};
/// Set-up page: too many tries.
pub const SETUP_LIMITED: Text = Text {
    id: "Terlalu banyak percobaan. Tunggu 15 menit lalu coba lagi.",
    en: "Too many tries. Wait 15 minutes and try again.",
};
/// Set-up: the password was refused (the reason follows).
pub const SETUP_REFUSED: Text = Text {
    id: "Kata sandi belum dapat dipakai",
    en: "The password cannot be used yet",
};
/// Set-up: the authenticator step's heading.
pub const SETUP_AUTHENTICATOR_HEADING: Text = Text {
    id: "Daftarkan aplikasi autentikator",
    en: "Enrol your authenticator app",
};
/// Set-up: how to enrol.
pub const SETUP_AUTHENTICATOR_INTRO: Text = Text {
    id: "Tambahkan akun di aplikasi autentikator (misalnya Google Authenticator atau Aegis) dengan kunci di bawah, lalu masukkan kode 6 angka yang ditampilkannya.",
    en: "Add an account in your authenticator app (such as Google Authenticator or Aegis) with the key below, then enter the 6-digit code it shows.",
};
/// Set-up: the key's label.
pub const SETUP_KEY_LABEL: Text = Text {
    id: "Kunci autentikator:",
    en: "Authenticator key:",
};
/// Set-up: the link that opens the key in an app on this device.
pub const SETUP_OPEN_IN_APP: Text = Text {
    id: "Buka di aplikasi autentikator perangkat ini",
    en: "Open in this device's authenticator app",
};
/// Set-up: the authenticator's first code.
pub const SETUP_OTP_LABEL: Text = Text {
    id: "Kode autentikator (6 angka)",
    en: "Authenticator code (6 digits)",
};
/// Set-up: the confirm button.
pub const SETUP_CONFIRM: Text = Text {
    id: "Selesaikan penyiapan",
    en: "Finish the set-up",
};
/// Set-up: done (the recovery codes follow).
pub const SETUP_DONE: Text = Text {
    id: "Akun siap dipakai",
    en: "Your account is ready",
};
/// Renewal: what it does.
pub const SETUP_RENEW_INTRO: Text = Text {
    id: "Pilih kata sandi baru; berikutnya Anda mendaftarkan ulang aplikasi autentikator. Semua sesi Anda berakhir setelah selesai.",
    en: "Choose a new password; next you enrol your authenticator app again. All your sessions end once it is done.",
};
/// Account page: heading.
pub const ACCOUNT_HEADING: Text = Text {
    id: "Akun saya",
    en: "My account",
};
/// Account page: what renewing does.
pub const ACCOUNT_INTRO: Text = Text {
    id: "Ganti kata sandi dan daftarkan ulang aplikasi autentikator (misalnya setelah berganti ponsel). Masukkan kata sandi Anda saat ini untuk memulai.",
    en: "Change your password and enrol your authenticator app again (after changing phones, say). Enter your current password to begin.",
};
/// Account page: the current password field.
pub const ACCOUNT_CURRENT_PASSWORD: Text = Text {
    id: "Kata sandi saat ini",
    en: "Current password",
};
/// Account page: the button.
pub const ACCOUNT_RENEW: Text = Text {
    id: "Ganti kata sandi dan autentikator",
    en: "Change password and authenticator",
};
/// Account page: the current password was wrong.
pub const ACCOUNT_WRONG_PASSWORD: Text = Text {
    id: "Kata sandi saat ini salah.",
    en: "The current password is wrong.",
};
/// Administration: categories heading.
pub const ADMIN_CATEGORIES: Text = Text {
    id: "Kategori aduan",
    en: "Complaint categories",
};
/// Administration: agencies heading.
pub const ADMIN_AGENCIES: Text = Text {
    id: "Perangkat daerah (OPD)",
    en: "Agencies (OPD)",
};
/// Administration: response templates heading.
pub const ADMIN_TEMPLATES: Text = Text {
    id: "Templat jawaban",
    en: "Response templates",
};
/// Administration: accounts heading.
pub const ADMIN_ACCOUNTS: Text = Text {
    id: "Akun petugas",
    en: "Officers' accounts",
};
/// Administration: the SOP profile in force.
pub const ADMIN_SOP: Text = Text {
    id: "SOP yang berlaku",
    en: "SOP in force",
};
/// Administration: put the chosen SOP in force.
pub const ADMIN_SOP_APPLY: Text = Text {
    id: "Berlakukan",
    en: "Put in force",
};
/// Administration: add an entry or account.
pub const ADMIN_ADD: Text = Text {
    id: "Tambah",
    en: "Add",
};
/// Administration: stop offering / let log in.
pub const ADMIN_DEACTIVATE: Text = Text {
    id: "Nonaktifkan",
    en: "Deactivate",
};
/// Administration: offer again / let log in again.
pub const ADMIN_ACTIVATE: Text = Text {
    id: "Aktifkan",
    en: "Activate",
};
/// Administration: an inactive entry or account.
pub const ADMIN_INACTIVE: Text = Text {
    id: "nonaktif",
    en: "inactive",
};
/// Administration: the role field.
pub const ADMIN_ROLE: Text = Text {
    id: "Peran",
    en: "Role",
};
/// Administration: the optional e-mail field.
pub const ADMIN_EMAIL: Text = Text {
    id: "E-mail untuk pengingat tenggat (opsional)",
    en: "E-mail for deadline reminders (optional)",
};
/// Administration: the agency field of an account.
pub const ADMIN_AGENCY_OF_ACCOUNT: Text = Text {
    id: "Kode OPD (untuk peran OPD)",
    en: "Agency code (for agency roles)",
};
/// Administration: the display name field.
pub const ADMIN_DISPLAY_NAME: Text = Text {
    id: "Nama petugas",
    en: "Officer's name",
};
/// Intake: heading of the form the main desk fills in for a citizen.
pub const INTAKE_HEADING: Text = Text {
    id: "Input aduan dari kanal lain",
    en: "Enter a complaint from another channel",
};
/// Intake: what the form is for.
pub const INTAKE_INTRO: Text = Text {
    id: "Untuk aduan yang masuk lewat WhatsApp, SMS, telepon, e-mail, media sosial atau datang langsung. Aturan isiannya sama dengan formulir warga; kode lacak dan PIN diberikan kepada pelapor lewat kanal yang sama.",
    en: "For complaints that came by WhatsApp, SMS, phone, e-mail, social media or in person. The same rules as the citizens' form; give the reporter the tracking code and PIN through the same channel.",
};
/// Intake: only the main desk enters complaints for citizens.
pub const INTAKE_MAIN_DESK_ONLY: Text = Text {
    id: "Hanya Admin Utama yang dapat menginput aduan dari kanal lain.",
    en: "Only the main desk can enter complaints from other channels.",
};
/// Desk: the complaint this one was merged into.
pub const DESK_DUPLICATE_OF: Text = Text {
    id: "Duplikat dari",
    en: "Duplicate of",
};
/// Desk: the complaints merged into this one.
pub const DESK_DUPLICATES: Text = Text {
    id: "Aduan yang sama (digabung ke sini):",
    en: "Same complaints (merged into this one):",
};
/// Desk: queue filter, filed on or after.
pub const DESK_FILED_FROM: Text = Text {
    id: "Masuk sejak",
    en: "Filed from",
};
/// Desk: queue filter, filed on or before.
pub const DESK_FILED_TO: Text = Text {
    id: "Masuk sampai",
    en: "Filed until",
};
/// Desk: the photo redaction section.
pub const DESK_PHOTO_REDACTION: Text = Text {
    id: "Hitamkan bagian foto sebelum tampil untuk umum",
    en: "Black out parts of a photo before it goes public",
};
/// Desk: the photo redaction button.
pub const DESK_PHOTO_BLACK_OUT: Text = Text {
    id: "Buat salinan umum",
    en: "Make the public copy",
};
/// Desk: choose a response template.
pub const DESK_TEMPLATE: Text = Text {
    id: "Gunakan templat jawaban",
    en: "Use a response template",
};
/// Desk: the optional photos of an agency's answer.
pub const DESK_ANSWER_PHOTOS: Text = Text {
    id: "Foto hasil tindak lanjut (opsional, tampil untuk pelapor setelah divalidasi)",
    en: "Photos of what was done (optional, shown to the reporter once validated)",
};
/// Desk: a duplicate's original was not found.
pub const DESK_DUPLICATE_UNKNOWN: Text = Text {
    id: "Tidak ada aduan lain dengan kode lacak itu.",
    en: "No other complaint has that tracking code.",
};
/// Desk: a record the officer's role may not add to the complaint in its status.
pub const DESK_RECORD_NOT_ALLOWED: Text = Text {
    id: "Catatan ini tidak dapat ditambahkan oleh peran Anda pada status aduan sekarang.",
    en: "Your role cannot add this record to the complaint in its current status.",
};
/// Desk: the reporter asked for personal details to be removed.
pub const DESK_REDACTION_REQUESTED: Text = Text {
    id: "Pelapor meminta data pribadi dihapus dari teks yang tampil untuk umum:",
    en: "The reporter asked for personal details to be removed from the public text:",
};
/// Desk: the form that sets the public version.
pub const DESK_REDACTION_EDIT: Text = Text {
    id: "Sunting versi umum (hapus data pribadi)",
    en: "Edit the public version (remove personal details)",
};
/// Desk: what the public version is.
pub const DESK_REDACTION_HINT: Text = Text {
    id: "Nomor identitas, nomor HP dan alamat e-mail sudah disamarkan dengan […]; periksa juga nama dan alamat rumah. Teks asli tetap tersimpan untuk petugas.",
    en: "Identity numbers, phone numbers and e-mail addresses are already masked with […]; check names and home addresses too. The original stays, for officers only.",
};
/// Desk: save the public version.
pub const DESK_REDACTION_SAVE: Text = Text {
    id: "Simpan versi umum",
    en: "Save the public version",
};
/// Desk: no public version was set: others see the text as filed.
pub const DESK_PUBLIC_AS_FILED: Text = Text {
    id: "Belum disunting: yang tampil untuk umum adalah judul seperti dikirim pelapor.",
    en: "Not edited: others see the title as the reporter sent it.",
};
/// Tracking: the optional photo of a rejection.
pub const TRACK_REJECT_PHOTO: Text = Text {
    id: "Foto pendukung (opsional)",
    en: "Supporting photo (optional)",
};
/// Tracking: heading of the public version of the title and text.
pub const TRACK_PUBLIC_VERSION: Text = Text {
    id: "Yang tampil untuk umum",
    en: "What others see",
};
/// Tracking: what the public version is.
pub const TRACK_PUBLIC_VERSION_HINT: Text = Text {
    id: "Petugas menghapus data pribadi dari judul dan isi aduan Anda. Teks asli hanya dilihat petugas.",
    en: "An officer removed personal details from your complaint's title and text. Only officers see the original.",
};
/// Tracking: a request to remove personal details waits.
pub const TRACK_REDACTION_PENDING: Text = Text {
    id: "Permintaan Anda untuk menghapus data pribadi sedang ditangani petugas.",
    en: "Your request to remove personal details is with an officer.",
};
/// Tracking: heading of the request to remove personal details.
pub const TRACK_REDACTION_HEADING: Text = Text {
    id: "Ada data pribadi di teks aduan?",
    en: "Personal details in your complaint's text?",
};
/// Tracking: what the request does.
pub const TRACK_REDACTION_HINT: Text = Text {
    id: "Jika Anda menulis NIK, nomor HP, alamat rumah atau nama orang lain di judul atau isi aduan, minta petugas menghapusnya dari yang tampil untuk umum.",
    en: "If you wrote a NIK, phone number, home address or someone's name in the title or text, ask an officer to remove it from what others see.",
};
/// Tracking: the request's field.
pub const TRACK_REDACTION_LABEL: Text = Text {
    id: "Apa yang perlu dihapus",
    en: "What should be removed",
};
/// Tracking: the request's button.
pub const TRACK_REDACTION_SEND: Text = Text {
    id: "Kirim permintaan",
    en: "Send request",
};
/// Statistics page heading.
pub const STATS_HEADING: Text = Text {
    id: "Statistik pengaduan",
    en: "Complaint statistics",
};
/// Statistics page: what it shows.
pub const STATS_INTRO: Text = Text {
    id: "Bagaimana pengaduan masyarakat ditangani. Tidak ada data pribadi yang ditampilkan.",
    en: "How public complaints are handled. No personal data is shown.",
};
/// Period: year.
pub const STATS_YEAR: Text = Text {
    id: "Tahun",
    en: "Year",
};
/// Period: month.
pub const STATS_MONTH: Text = Text {
    id: "Bulan",
    en: "Month",
};
/// Period: the whole year.
pub const STATS_WHOLE_YEAR: Text = Text {
    id: "Sepanjang tahun",
    en: "Whole year",
};
/// Period: show button.
pub const STATS_SHOW: Text = Text {
    id: "Tampilkan",
    en: "Show",
};
/// Complaints received.
pub const STATS_RECEIVED: Text = Text {
    id: "Aduan diterima",
    en: "Complaints received",
};
/// Mean rating of confirmed answers.
pub const STATS_MEAN_RATING: Text = Text {
    id: "Rata-rata penilaian pelapor",
    en: "Reporters' mean rating",
};
/// Share reopened by reporters.
pub const STATS_REOPEN_RATE: Text = Text {
    id: "Dibuka kembali oleh pelapor",
    en: "Reopened by reporters",
};
/// The disclosure rule, {n} is the threshold.
pub const STATS_SUPPRESSION: Text = Text {
    id: "Jumlah di bawah {n} ditampilkan sebagai < {n}, bersama satu jumlah lain bila perlu, dan jumlah lain dibulatkan ke bawah ke kelipatan 5 (sehingga tidak selalu pas dengan totalnya), agar tidak ada pelapor yang dapat dikenali.",
    en: "Counts under {n} are shown as < {n}, together with one more count where needed, and other counts are rounded down to a multiple of 5 (so they may not add up to their total), so no reporter can be picked out.",
};
/// Table: by month.
pub const STATS_BY_MONTH: Text = Text {
    id: "Per bulan",
    en: "By month",
};
/// Table: by status.
pub const STATS_BY_STATUS: Text = Text {
    id: "Per status",
    en: "By status",
};
/// Table: by category.
pub const STATS_BY_CATEGORY: Text = Text {
    id: "Per kategori",
    en: "By category",
};
/// Table: by agency.
pub const STATS_BY_AGENCY: Text = Text {
    id: "Per perangkat daerah",
    en: "By agency",
};
/// Table: by channel.
pub const STATS_BY_CHANNEL: Text = Text {
    id: "Per kanal",
    en: "By channel",
};
/// A row without a value (no category, not yet dispatched).
pub const STATS_NONE: Text = Text {
    id: "Belum ditentukan",
    en: "Not set",
};
/// Open data links.
pub const STATS_OPEN_DATA: Text = Text {
    id: "Data terbuka:",
    en: "Open data:",
};
/// Home: link to the statistics.
pub const NAV_STATISTICS: Text = Text {
    id: "Statistik",
    en: "Statistics",
};
/// Desk: reveal the whole NIK (main desk only, recorded).
pub const DESK_REVEAL_NIK: Text = Text {
    id: "Tampilkan NIK lengkap (tercatat)",
    en: "Show the whole NIK (recorded)",
};
/// Tracking page: a complaint rejected twice is watched from above the agency.
pub const TRACK_OVERSIGHT: Text = Text {
    id: "Karena jawaban ditolak dua kali, aduan ini kini juga diawasi oleh {office}.",
    en: "As answers were rejected twice, this complaint is now also watched by {office}.",
};
/// Desk: flag of a complaint rejected twice.
pub const DESK_UNDER_OVERSIGHT: Text = Text {
    id: "Ditolak pelapor 2×, diawasi:",
    en: "Rejected twice, watched by:",
};
/// Desk queue filter: every open status.
pub const DESK_ALL_OPEN: Text = Text {
    id: "Semua yang masih berjalan",
    en: "Every open one",
};
/// Desk queue filter: words in title or text.
pub const DESK_SEARCH: Text = Text {
    id: "Cari di judul dan isi",
    en: "Search titles and texts",
};
/// Desk report: bounces per agency.
pub const DESK_REPORT_HEADING: Text = Text {
    id: "Pengembalian per perangkat daerah",
    en: "Bounces per agency",
};
/// Desk report: nothing in the period.
pub const DESK_REPORT_EMPTY: Text = Text {
    id: "Tidak ada disposisi pada periode ini.",
    en: "No dispatches in this period.",
};
/// Desk report column.
pub const DESK_REPORT_DISPATCHED: Text = Text {
    id: "Disposisi diterima",
    en: "Dispatched to it",
};
/// Desk report column.
pub const DESK_REPORT_RETURNED: Text = Text {
    id: "Dikembalikan (bukan kewenangan)",
    en: "Returned (not its business)",
};
/// Desk report column.
pub const DESK_REPORT_SENT_BACK: Text = Text {
    id: "Jawaban diminta perbaikan",
    en: "Answers sent back",
};
/// Period: a quarter.
pub const STATS_QUARTER: Text = Text {
    id: "Triwulan",
    en: "Quarter",
};
/// Period: no quarter chosen.
pub const STATS_NO_QUARTER: Text = Text {
    id: "—", en: "—"
};
/// Period: custom days, first.
pub const STATS_FROM: Text = Text {
    id: "Dari tanggal",
    en: "From",
};
/// Period: custom days, last.
pub const STATS_TO: Text = Text {
    id: "Sampai tanggal",
    en: "To",
};
/// Desk complaint page: tracking by PIN was locked for too many wrong PINs; followed by when.
pub const DESK_PIN_LOCKED: Text = Text {
    id: "Pelacakan dengan PIN dikunci sehari karena terlalu banyak PIN salah; pelapor sudah diberi tahu. Sejak",
    en: "Tracking by PIN is locked for a day after too many wrong PINs; the reporter has been told. Since",
};
/// Under the custom dates: they are widened to whole weeks.
pub const STATS_WHOLE_WEEKS: Text = Text {
    id: "Periode bebas dibulatkan ke minggu penuh (Senin sampai Minggu), agar tidak ada aduan yang dapat ditelusuri ke harinya.",
    en: "Custom periods are widened to whole weeks (Monday to Sunday), so that no complaint can be traced to its day.",
};
/// Period shown, followed by its dates.
pub const STATS_PERIOD: Text = Text {
    id: "Periode",
    en: "Period",
};
/// Table: by district.
pub const STATS_BY_DISTRICT: Text = Text {
    id: "Per kecamatan",
    en: "By district",
};
/// Table: the reporters' verdicts.
pub const STATS_VERDICTS: Text = Text {
    id: "Tanggapan pelapor atas jawaban",
    en: "Reporters' verdicts on answers",
};
/// Verdict: confirmed.
pub const STATS_VERDICT_CONFIRMED: Text = Text {
    id: "Dikonfirmasi selesai",
    en: "Confirmed",
};
/// Verdict: rejected.
pub const STATS_VERDICT_REJECTED: Text = Text {
    id: "Ditolak (dibuka kembali)",
    en: "Rejected (reopened)",
};
/// Verdict: none given.
pub const STATS_VERDICT_NO_ANSWER: Text = Text {
    id: "Ditutup tanpa tanggapan pelapor",
    en: "Closed without the reporter's word",
};
/// Figure: time to first response.
pub const STATS_FIRST_RESPONSE: Text = Text {
    id: "Waktu sampai respons pertama petugas",
    en: "Time to the officers' first response",
};
/// Figure: time to validated answer.
pub const STATS_ANSWER_TIME: Text = Text {
    id: "Waktu sampai jawaban tervalidasi",
    en: "Time to a validated answer",
};
/// Figure: median.
pub const STATS_MEDIAN: Text = Text {
    id: "Median",
    en: "Median",
};
/// Figure: 90th percentile.
pub const STATS_P90: Text = Text {
    id: "9 dari 10 dalam",
    en: "9 in 10 within",
};
/// Compliance section heading.
pub const STATS_COMPLIANCE: Text = Text {
    id: "Ketepatan waktu perangkat daerah (sesuai standar SOP)",
    en: "Agencies keeping to the SOP's time standards",
};
/// Compliance section: what counts.
pub const STATS_COMPLIANCE_HINT: Text = Text {
    id: "Hanya tahap yang tenggatnya sudah lewat, dan hanya bila ada sedikitnya 20 tahap, agar sampel kecil atau baru tidak memberi peringkat.",
    en: "Only steps whose deadline has passed, and only with at least 20 of them, so a young or tiny sample does not rank an agency.",
};
/// Compliance column: acceptance.
pub const STATS_COMPLIANCE_ACCEPTANCE: Text = Text {
    id: "Respons pertama tepat waktu",
    en: "First response in time",
};
/// Compliance column: resolution.
pub const STATS_COMPLIANCE_RESOLUTION: Text = Text {
    id: "Jawaban tepat waktu",
    en: "Answer in time",
};
/// Compliance: no agency has enough steps.
pub const STATS_COMPLIANCE_EMPTY: Text = Text {
    id: "Belum ada perangkat daerah dengan cukup data pada periode ini.",
    en: "No agency has enough data in this period yet.",
};
/// Trend chart heading.
pub const STATS_TREND: Text = Text {
    id: "Tren aduan per bulan",
    en: "Monthly trend",
};
/// Public list link.
pub const STATS_LIST_LINK: Text = Text {
    id: "Lihat daftar aduan publik",
    en: "See the public list of complaints",
};
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
/// Daily report heading.
pub const RECAP_DAILY_HEADING: Text = Text {
    id: "Laporan harian layanan pengaduan",
    en: "Daily complaints report",
};
/// Monthly recap heading.
pub const RECAP_MONTHLY_HEADING: Text = Text {
    id: "Rekap bulanan pengaduan",
    en: "Monthly complaints recap",
};
/// Report: the day.
pub const RECAP_DAY: Text = Text {
    id: "Tanggal",
    en: "Day",
};
/// Report: received.
pub const RECAP_RECEIVED: Text = Text {
    id: "Aduan masuk",
    en: "Complaints received",
};
/// Report: steps taken.
pub const RECAP_MOVED: Text = Text {
    id: "Langkah yang dikerjakan",
    en: "Steps taken",
};
/// Report: overdue now.
pub const RECAP_OVERDUE: Text = Text {
    id: "Melewati tenggat SOP saat ini",
    en: "Past the SOP deadline now",
};
/// Report: nothing.
pub const RECAP_NONE: Text = Text {
    id: "Tidak ada.",
    en: "None.",
};
/// Report: the main desk as the owner of a step.
pub const RECAP_MAIN_DESK: Text = Text {
    id: "Admin utama",
    en: "Main desk",
};
/// Report: a filing, as a step.
pub const RECAP_FILED: Text = Text {
    id: "Aduan masuk",
    en: "Filed",
};
/// Recap: compliance per step.
pub const RECAP_COMPLIANCE: Text = Text {
    id: "Ketepatan waktu per tahap SOP (tenggat dalam bulan ini, sampai kemarin)",
    en: "Keeping to the SOP per step (deadlines in the month, up to yesterday)",
};
/// Recap column: step.
pub const RECAP_STEP: Text = Text {
    id: "Tahap",
    en: "Step",
};
/// Recap column: who owns the step.
pub const RECAP_OWNER: Text = Text {
    id: "Pelaksana",
    en: "Done by",
};
/// Recap column: due.
pub const RECAP_DUE: Text = Text {
    id: "Jatuh tempo",
    en: "Due",
};
/// Recap column: met.
pub const RECAP_MET: Text = Text {
    id: "Tepat waktu",
    en: "In time",
};
/// Recap: slowest open cases.
pub const RECAP_SLOWEST: Text = Text {
    id: "Aduan terbuka paling lama",
    en: "Slowest open cases",
};
/// Recap: days.
pub const RECAP_DAYS: Text = Text {
    id: "hari",
    en: "days",
};
/// Monitoring report: impossible month.
pub const RECAP_NO_SUCH_MONTH: Text = Text {
    id: "Bulan tidak dikenal.",
    en: "No such month.",
};
/// Monitoring report: unknown agency.
pub const RECAP_NO_SUCH_AGENCY: Text = Text {
    id: "Perangkat daerah tidak dikenal.",
    en: "No such agency.",
};
/// Monitoring report: no officer of the agency has an e-mail address.
pub const RECAP_NO_ADDRESS: Text = Text {
    id: "Tidak ada petugas perangkat daerah ini yang memiliki alamat e-mail; tambahkan di halaman admin.",
    en: "No officer of this agency has an e-mail address; add one on the admin page.",
};
/// Monitoring report: heading of the send form.
pub const RECAP_MONITORING: Text = Text {
    id: "Kirim laporan monev ke perangkat daerah",
    en: "Send the monitoring report to an agency",
};
/// Monitoring report: send button.
pub const RECAP_MONITORING_SEND: Text = Text {
    id: "Kirim",
    en: "Send",
};
/// Monitoring report: sent, {n} messages.
pub const RECAP_MONITORING_SENT: Text = Text {
    id: "Laporan monev masuk antrean pengiriman ke {n} alamat.",
    en: "The monitoring report is queued to {n} addresses.",
};
