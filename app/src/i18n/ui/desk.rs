//! The officers' desk: the queue, a complaint's page, the intake, the recaps and reports.

use crate::i18n::Text;

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
/// Complaint page: the reporter's data removed after the retention period (followed by the date).
pub const DESK_REPORTER_ANONYMISED: Text = Text {
    id: "Data pribadi pelapor (nama, NIK, kontak, alamat, lokasi persis, foto asli) telah dihapus setelah masa simpannya berakhir (UU 27/2022), pada",
    en: "The reporter's personal data (name, NIK, contacts, addresses, exact location, original photos) was removed when its retention period ended (UU 27/2022), on",
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
    id: "Foto hasil tindak lanjut (opsional, tampil untuk pelapor bersama jawaban)",
    en: "Photos of what was done (optional, shown to the reporter with the answer)",
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
/// Desk: reveal the whole NIK (main desk only, recorded).
pub const DESK_REVEAL_NIK: Text = Text {
    id: "Tampilkan NIK lengkap (tercatat)",
    en: "Show the whole NIK (recorded)",
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
/// Desk complaint page: tracking by PIN was locked for too many wrong PINs; followed by when.
pub const DESK_PIN_LOCKED: Text = Text {
    id: "Pelacakan dengan PIN dikunci sehari karena terlalu banyak PIN salah; pelapor sudah diberi tahu. Sejak",
    en: "Tracking by PIN is locked for a day after too many wrong PINs; the reporter has been told. Since",
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
/// Queue tab: every complaint the filters leave.
pub const QUEUE_TAB_ALL: Text = Text {
    id: "Semua",
    en: "All",
};
/// Queue tab: complaints with an agency.
pub const QUEUE_TAB_AT_AGENCIES: Text = Text {
    id: "Di OPD",
    en: "At agencies",
};
/// Queue tab: complaints returned to their reporter to complete.
pub const QUEUE_TAB_RETURNED: Text = Text {
    id: "Dikembalikan ke pelapor",
    en: "Returned to reporter",
};
/// Queue order: waiting for the officer first, then the nearest deadline.
pub const QUEUE_SORT_DEADLINE: Text = Text {
    id: "Tenggat terdekat",
    en: "Nearest deadline",
};
/// Queue order: filed earliest first.
pub const QUEUE_SORT_OLDEST: Text = Text {
    id: "Terlama",
    en: "Oldest",
};
/// Queue order: filed latest first.
pub const QUEUE_SORT_NEWEST: Text = Text {
    id: "Terbaru",
    en: "Newest",
};
/// Queue order: the field's label.
pub const QUEUE_SORT: Text = Text {
    id: "Urutan",
    en: "Order",
};
/// Queue tabs: the navigation's name for screen readers.
pub const QUEUE_TABS: Text = Text {
    id: "Tampilan antrean",
    en: "Queue views",
};
/// Queue table: the tracking code's column.
pub const QUEUE_COLUMN_CODE: Text = Text {
    id: "Kode",
    en: "Code",
};
/// Queue table: the title's column.
pub const QUEUE_COLUMN_TITLE: Text = Text {
    id: "Judul",
    en: "Title",
};
/// Queue table: the current SOP step's column.
pub const QUEUE_COLUMN_STEP: Text = Text {
    id: "Tahap",
    en: "Step",
};
/// Queue table: the age's column (days since filing).
pub const QUEUE_COLUMN_AGE: Text = Text {
    id: "Umur",
    en: "Age",
};
/// Queue table: an age in days, `{days}` replaced.
pub const QUEUE_AGE_DAYS: Text = Text {
    id: "{days} hari",
    en: "{days} days",
};
/// Queue: the link downloading the current view as CSV.
pub const QUEUE_EXPORT: Text = Text {
    id: "Unduh tampilan ini (CSV)",
    en: "Download this view (CSV)",
};
/// Queue: where the page is, `{page}` and `{pages}` replaced.
pub const QUEUE_PAGE_OF: Text = Text {
    id: "Halaman {page} dari {pages}",
    en: "Page {page} of {pages}",
};
/// Queue: an empty tab.
pub const QUEUE_TAB_EMPTY: Text = Text {
    id: "Tidak ada aduan di tampilan ini.",
    en: "No complaints in this view.",
};
/// Desk navigation: the queue.
pub const DESK_NAV_QUEUE: Text = Text {
    id: "Antrean",
    en: "Queue",
};
/// Desk navigation: the menu's name for screen readers.
pub const DESK_NAV: Text = Text {
    id: "Menu petugas",
    en: "Desk menu",
};
/// The complaint page: the agency's answer and field report shown beside the decision.
pub const DESK_READ_FIRST: Text = Text {
    id: "Baca sebelum memutuskan",
    en: "Read before deciding",
};
/// The tick an officer gives an action that closes a complaint for good.
pub const DESK_CONFIRM_IRREVERSIBLE: Text = Text {
    id: "Saya yakin: tindakan ini menutup aduan dan tidak dapat dibatalkan.",
    en: "I am sure: this closes the complaint and cannot be undone.",
};
/// The reason asked of an action that closes a complaint for good.
pub const DESK_IRREVERSIBLE_REASON: Text = Text {
    id: "Alasan (dicatat di riwayat aduan)",
    en: "Reason (kept in the complaint's history)",
};
/// Bounce report: dispatches the main desk pulled back.
pub const DESK_REPORT_RECALLED: Text = Text {
    id: "Ditarik kembali",
    en: "Recalled",
};
/// Bounce report: reminders the main desk sent.
pub const DESK_REPORT_REMINDED: Text = Text {
    id: "Diingatkan",
    en: "Reminded",
};
/// The desk's follow-up forms: the message to the agency.
pub const DESK_FOLLOW_UP_MESSAGE: Text = Text {
    id: "Pesan untuk perangkat daerah (dikirim lewat surel)",
    en: "Message to the agency (sent by e-mail)",
};
/// The desk's own note form: the note.
pub const DESK_NOTE: Text = Text {
    id: "Catatan internal (hanya petugas)",
    en: "Internal note (officers only)",
};
/// The desk's intake: the district of a complaint that came without coordinates.
pub const INTAKE_DISTRICT: Text = Text {
    id: "Kecamatan",
    en: "District",
};
/// The desk's intake: what choosing a district does.
pub const INTAKE_DISTRICT_HINT: Text = Text {
    id: "Tanpa koordinat dari pelapor, pilih kecamatannya: titik tengah kecamatan dipakai dan alamat menjelaskan letaknya.",
    en: "Without coordinates from the reporter, choose the district: its centre is used and the address says where.",
};
/// An assignment to an officer the assigner may not give the complaint to.
pub const DESK_ASSIGN_NOT_ELIGIBLE: Text = Text {
    id: "Aduan hanya dapat ditugaskan kepada petugas aktif di unit Anda sendiri.",
    en: "A complaint can only be assigned to an active officer of your own unit.",
};
/// The complaint page: who the complaint is assigned to.
pub const DESK_ASSIGNEE: Text = Text {
    id: "Petugas",
    en: "Officer",
};
/// The complaint page: nobody is assigned.
pub const DESK_UNASSIGNED: Text = Text {
    id: "Belum ditugaskan",
    en: "Not assigned",
};
/// The complaint page: the assignment form's field and button.
pub const DESK_ASSIGN: Text = Text {
    id: "Tugaskan kepada",
    en: "Assign to",
};
/// The complaint page: the assignment form's button.
pub const DESK_ASSIGN_BUTTON: Text = Text {
    id: "Tugaskan",
    en: "Assign",
};
/// Queue tab: complaints assigned to the officer.
pub const QUEUE_TAB_ASSIGNED: Text = Text {
    id: "Tugas saya",
    en: "Assigned to me",
};
/// Desk navigation: the reports (daily, monthly, bounces).
pub const DESK_NAV_REPORTS: Text = Text {
    id: "Laporan",
    en: "Reports",
};
/// Desk navigation: the intake of complaints from other channels.
pub const DESK_NAV_INTAKE: Text = Text {
    id: "Input aduan",
    en: "Intake",
};
/// The desk's intake: what the arrival time is for.
pub const INTAKE_RECEIVED_HINT: Text = Text {
    id: "Kosongkan bila aduan diterima sekarang. Batas waktu SOP dihitung dari waktu ini.",
    en: "Leave empty if it came in just now. The SOP's deadlines count from this time.",
};
/// A desk form sent in the background got no answer; what was typed stays.
pub const FORM_NOT_SENT: Text = Text {
    id: "Tidak tersambung ke server. Isian Anda masih ada; coba kirim lagi.",
    en: "Could not reach the server. What you typed is still here; try sending it again.",
};
/// A desk form was refused for a reason the server did not name (no session, no access).
pub const FORM_NOT_ALLOWED: Text = Text {
    id: "Permintaan ditolak. Periksa apakah Anda masih masuk, lalu coba lagi.",
    en: "The request was refused. Check that you are still signed in, then try again.",
};
/// A desk form failed on the server; what was typed stays.
pub const FORM_SERVER_FAILED: Text = Text {
    id: "Terjadi kesalahan di server. Isian Anda masih ada; coba lagi sebentar lagi.",
    en: "Something went wrong on the server. What you typed is still here; try again shortly.",
};
/// The desk's intake: the village (desa / kelurahan) of the complaint, optional.
pub const INTAKE_VILLAGE: Text = Text {
    id: "Desa / kelurahan (opsional)",
    en: "Village (optional)",
};
/// The desk's intake named a village that is not offered, or not in the chosen district.
pub const INTAKE_UNKNOWN_VILLAGE: Text = Text {
    id: "Desa / kelurahan itu tidak ada di daftar kecamatan yang dipilih.",
    en: "That village is not on the chosen district's list.",
};
/// Printed file: its title.
pub const PRINT_FILE: Text = Text {
    id: "Berkas Aduan",
    en: "Complaint file",
};
/// Printed file: the link from the complaint's page.
pub const PRINT_OPEN: Text = Text {
    id: "Cetak berkas aduan",
    en: "Print the complaint's file",
};
/// Printed file: back to the complaint's page.
pub const PRINT_BACK: Text = Text {
    id: "Kembali ke aduan",
    en: "Back to the complaint",
};
/// Printed file: the print button.
pub const PRINT_NOW: Text = Text {
    id: "Cetak",
    en: "Print",
};
/// Printed file: how to keep it as PDF.
pub const PRINT_HINT: Text = Text {
    id: "Pilih \"Simpan sebagai PDF\" di jendela cetak untuk arsip digital.",
    en: "Choose \"Save as PDF\" in the print window for a digital archive.",
};
/// Printed file: the channel row.
pub const PRINT_CHANNEL: Text = Text {
    id: "Kanal",
    en: "Channel",
};
/// Printed file: the category row.
pub const PRINT_CATEGORY: Text = Text {
    id: "Kategori",
    en: "Category",
};
/// Printed file: the reporter row.
pub const PRINT_REPORTER: Text = Text {
    id: "Pelapor",
    en: "Reporter",
};
/// Printed file: the complaint's text heading.
pub const PRINT_COMPLAINT: Text = Text {
    id: "Isi aduan",
    en: "The complaint",
};
/// Printed file: timeline column, when.
pub const PRINT_WHEN: Text = Text {
    id: "Waktu",
    en: "When",
};
/// Printed file: timeline column, the step.
pub const PRINT_STEP: Text = Text {
    id: "Langkah",
    en: "Step",
};
/// Printed file: timeline column, who.
pub const PRINT_BY: Text = Text {
    id: "Oleh",
    en: "By",
};
/// Printed file: timeline column, the note.
pub const PRINT_NOTE: Text = Text {
    id: "Catatan",
    en: "Note",
};
/// Printed file: who printed it (their name follows).
pub const PRINT_PRINTED_BY: Text = Text {
    id: "Dicetak oleh",
    en: "Printed by",
};
/// Berita Acara: its title.
pub const PRINT_REPORT_TITLE: Text = Text {
    id: "Berita Acara Pemeriksaan Lapangan",
    en: "Record of the field verification",
};
/// Berita Acara: its opening (`{weekday}`, `{date}`, `{code}`).
pub const PRINT_REPORT_OPENING: Text = Text {
    id: "Pada hari ini, {weekday}, tanggal {date}, petugas yang bertanda tangan di bawah ini telah \
         melakukan pemeriksaan lapangan atas aduan masyarakat nomor {code}, dengan hasil sebagai \
         berikut:",
    en: "Today, {weekday} {date}, the undersigned officers verified complaint {code} in the field, \
         with the following findings:",
};
/// Berita Acara: when and by whom it was entered.
pub const PRINT_RECORDED: Text = Text {
    id: "Dicatat di Aduan",
    en: "Entered in Aduan",
};
/// Berita Acara: its closing.
pub const PRINT_REPORT_CLOSING: Text = Text {
    id: "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.",
    en: "This record was made truthfully, to be used as needed.",
};
/// Berita Acara: the checking officers' signature.
pub const PRINT_SIGN_CHECKED: Text = Text {
    id: "Petugas pemeriksa,",
    en: "Checking officers,",
};
/// Berita Acara: the acknowledging head's signature.
pub const PRINT_SIGN_ACKNOWLEDGED: Text = Text {
    id: "Mengetahui, Kepala Perangkat Daerah,",
    en: "Acknowledged, head of the agency,",
};
/// Complaint page: when the desk entered a complaint that came by another channel.
pub const DESK_ENTERED: Text = Text {
    id: "Dicatat di portal",
    en: "Entered in the portal",
};
/// Complaint page: entered later than the SOP's intake row allows.
pub const DESK_ENTERED_LATE: Text = Text {
    id: "melewati standar waktu penerimaan",
    en: "later than the intake standard",
};
/// Erasure request: heading.
pub const DESK_ERASURE_HEADING: Text = Text {
    id: "Permintaan hapus data pribadi",
    en: "Request to erase personal data",
};
/// Erasure request: waiting; `{due}` is replaced.
pub const DESK_ERASURE_PENDING: Text = Text {
    id: "Pelapor meminta data pribadinya dihapus (UU 27/2022). Putuskan paling lambat {due}.",
    en: "The reporter asked for their personal data to be erased (UU 27/2022). Decide by {due}.",
};
/// Erasure request: what each decision does.
pub const DESK_ERASURE_HINT: Text = Text {
    id: "Setuju: nama, NIK, kontak, alamat, lokasi persis dan foto asli dihapus sekarang bila aduan sudah selesai, atau begitu selesai bila masih diproses. Tolak: tulis alasannya (misalnya kewajiban hukum menyimpan data); pelapor membacanya di halaman lacak.",
    en: "Approve: the name, NIK, contact details, address, exact location and original photos are erased now if the complaint is finished, or the moment it is. Refuse: write why (a legal duty to keep the data, for example); the reporter reads it on the tracking page.",
};
/// Erasure request: approve.
pub const DESK_ERASURE_APPROVE: Text = Text {
    id: "Setujui penghapusan",
    en: "Approve the erasure",
};
/// Erasure request: refuse.
pub const DESK_ERASURE_REFUSE: Text = Text {
    id: "Tolak permintaan",
    en: "Refuse the request",
};
/// Erasure request: refused.
pub const DESK_ERASURE_REFUSED: Text = Text {
    id: "Ditolak, dengan alasan untuk pelapor:",
    en: "Refused, with this answer to the reporter:",
};
/// Erasure request: the reporter's reason follows.
pub const DESK_ERASURE_REASON: Text = Text {
    id: "Alasan pelapor:",
    en: "The reporter's reason:",
};
