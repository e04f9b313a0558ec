//! The tracking pages: code and PIN, the timeline, the reporter's answers, following.

use crate::i18n::Text;

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
    id: "Penilaian Anda (bintang)",
    en: "Your rating (stars)",
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
/// Tracking: thanks for the satisfaction survey.
pub const TRACK_DONE_SURVEYED: Text = Text {
    id: "Terima kasih. Jawaban survei Anda tercatat tanpa nama dan dihitung dalam Indeks Kepuasan Masyarakat.",
    en: "Thank you. Your survey answers were recorded without your name and count in the public satisfaction index.",
};
/// Survey: heading.
pub const SURVEY_HEADING: Text = Text {
    id: "Survei Kepuasan Masyarakat",
    en: "Public satisfaction survey",
};
/// Survey: what it is and who sees the answers.
pub const SURVEY_INTRO: Text = Text {
    id: "Aduan Anda sudah ditutup. Bantu kami menilai pelayanan ini: sembilan pertanyaan (PermenPANRB 14/2017), satu kali saja. Jawaban Anda hanya dijumlahkan ke rekap bulanan perangkat daerah, tanpa kode aduan dan tanpa nama, dan diumumkan sebagai indeks bila sedikitnya 10 orang menjawab.",
    en: "Your complaint is closed. Help us judge this service: nine questions (PermenPANRB 14/2017), answered once. Your answers are only added to the agency's monthly totals, without your complaint's code or your name, and published as an index once at least 10 people answered.",
};
/// Survey: the send button.
pub const SURVEY_SEND: Text = Text {
    id: "Kirim survei",
    en: "Send the survey",
};
/// Tracking: the survey is in.
pub const SURVEY_ANSWERED: Text = Text {
    id: "Anda sudah mengisi survei kepuasan untuk aduan ini. Terima kasih.",
    en: "You answered the satisfaction survey for this complaint. Thank you.",
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
/// Tracking page: a complaint rejected twice is watched from above the agency.
pub const TRACK_OVERSIGHT: Text = Text {
    id: "Karena jawaban ditolak dua kali, aduan ini kini juga diawasi oleh {office}.",
    en: "As answers were rejected twice, this complaint is now also watched by {office}.",
};
/// The photo viewer: the previous photo.
pub const PHOTO_PREVIOUS: Text = Text {
    id: "‹ Sebelumnya",
    en: "‹ Previous",
};
/// The photo viewer: the next photo.
pub const PHOTO_NEXT: Text = Text {
    id: "Berikutnya ›",
    en: "Next ›",
};
/// The photo viewer: the file itself, in a new tab.
pub const PHOTO_FULL_SIZE: Text = Text {
    id: "Ukuran penuh",
    en: "Full size",
};
/// The photo viewer: back to the page.
pub const PHOTO_CLOSE: Text = Text {
    id: "Tutup",
    en: "Close",
};
/// Tracking page: when a complaint waiting for its reporter closes without their reply.
pub const TRACK_CLOSES_AT: Text = Text {
    id: "Ditutup bila tanpa tanggapan Anda",
    en: "Closes without your reply on",
};
/// Clarification section heading: the agency's question.
pub const TRACK_CLARIFY_HEADING: Text = Text {
    id: "Perangkat daerah memerlukan keterangan dari Anda",
    en: "The agency needs more information from you",
};
/// Clarification section: what happens next.
pub const TRACK_CLARIFY_INTRO: Text = Text {
    id: "Jawab pertanyaan di bawah ini. Aduan Anda kembali ditindaklanjuti setelah keterangan Anda terkirim.",
    en: "Answer the question below. The agency goes on with your complaint once your answer is sent.",
};
/// Clarification form: the optional photo.
pub const TRACK_CLARIFY_PHOTO: Text = Text {
    id: "Foto pendukung (opsional)",
    en: "A supporting photo (optional)",
};
/// Clarification form: send button.
pub const TRACK_CLARIFY_SEND: Text = Text {
    id: "Kirim keterangan",
    en: "Send my answer",
};
/// After clarifying.
pub const TRACK_DONE_CLARIFIED: Text = Text {
    id: "Terima kasih. Keterangan Anda sudah diteruskan ke perangkat daerah.",
    en: "Thank you. Your answer has been passed to the agency.",
};
/// Tracking: the reporter's data, heading.
pub const TRACK_DATA_HEADING: Text = Text {
    id: "Data pribadi Anda",
    en: "Your personal data",
};
/// Tracking: the reporter's data, what the download holds.
pub const TRACK_DATA_HINT: Text = Text {
    id: "Anda berhak mendapatkan semua data yang kami simpan tentang aduan ini (UU 27/2022): nama, NIK lengkap, kontak, isi aduan, riwayat dan foto, dalam satu berkas JSON. Masukkan PIN sekali lagi untuk mengunduhnya.",
    en: "You have the right to everything we hold about this complaint (UU 27/2022): name, full NIK, contact details, the complaint, its timeline and photos, in one JSON file. Type your PIN once more to download it.",
};
/// Tracking: the reporter's data, the download button.
pub const TRACK_DATA_DOWNLOAD: Text = Text {
    id: "Unduh data saya (JSON)",
    en: "Download my data (JSON)",
};
/// Tracking: the erasure request, heading.
pub const TRACK_ERASURE_HEADING: Text = Text {
    id: "Hapus data pribadi saya",
    en: "Erase my personal data",
};
/// Tracking: the erasure request, what happens.
pub const TRACK_ERASURE_HINT: Text = Text {
    id: "Admin Utama memutuskan dalam 3 hari. Bila disetujui, nama, NIK, kontak, alamat, lokasi persis dan foto asli dihapus; isi aduan dan riwayatnya tetap untuk statistik. Selama aduan masih diproses, data ditahan sampai aduan selesai. Permintaan hanya dapat diajukan satu kali.",
    en: "The main desk decides within 3 days. If approved, your name, NIK, contact details, address, exact location and original photos are erased; the complaint and its timeline stay for the statistics. While the complaint is being handled, the data is kept until it is finished. You can ask once.",
};
/// Tracking: the erasure request, the button.
pub const TRACK_ERASURE_SEND: Text = Text {
    id: "Minta data saya dihapus",
    en: "Ask for my data to be erased",
};
/// Tracking: thanks for the erasure request.
pub const TRACK_DONE_ERASURE_ASKED: Text = Text {
    id: "Permintaan hapus data Anda diterima. Admin Utama akan memutuskannya dalam 3 hari.",
    en: "Your request to erase your data was received. The main desk will decide within 3 days.",
};
/// Tracking: the erasure request waits; `{due}` is replaced.
pub const TRACK_ERASURE_PENDING: Text = Text {
    id: "Permintaan hapus data Anda menunggu keputusan Admin Utama, paling lambat {due}.",
    en: "Your request to erase your data waits for the main desk's decision, by {due} at the latest.",
};
/// Tracking: the erasure was approved while the complaint is open.
pub const TRACK_ERASURE_HELD: Text = Text {
    id: "Permintaan hapus data disetujui. Data Anda masih diperlukan untuk menangani aduan ini dan akan dihapus begitu aduan selesai.",
    en: "Your erasure request was approved. Your data is still needed to handle this complaint and will be erased the moment it is finished.",
};
/// Tracking: the erasure was carried out.
pub const TRACK_ERASURE_DONE: Text = Text {
    id: "Data pribadi Anda sudah dihapus dari aduan ini.",
    en: "Your personal data was erased from this complaint.",
};
/// Tracking: the erasure was refused.
pub const TRACK_ERASURE_REFUSED: Text = Text {
    id: "Permintaan hapus data Anda ditolak Admin Utama, dengan alasan:",
    en: "The main desk refused your erasure request, because:",
};
