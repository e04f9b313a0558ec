//! Officers' accounts: the system administrator's pages and setting up one's own account.

use crate::i18n::Text;

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
/// The administrator tried to give their own account another role.
pub const ADMIN_OWN_ROLE: Text = Text {
    id: "Anda tidak dapat mengubah peran akun Anda sendiri.",
    en: "You cannot change your own account's role.",
};
/// The form that changes an account, folded under each account.
pub const ADMIN_EDIT_ACCOUNT: Text = Text {
    id: "Ubah",
    en: "Edit",
};
/// The button that saves a changed account or a category's default agency.
pub const ADMIN_SAVE: Text = Text {
    id: "Simpan",
    en: "Save",
};
/// A category's default agency, chosen first when the desk dispatches its complaints.
pub const ADMIN_DEFAULT_AGENCY: Text = Text {
    id: "OPD tujuan bawaan",
    en: "Default agency",
};
/// A template that fits every category.
pub const ADMIN_ANY_CATEGORY: Text = Text {
    id: "Semua kategori",
    en: "Every category",
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
    id: "Perangkat daerah (untuk peran OPD)",
    en: "Agency (for agency roles)",
};
/// Administration: the display name field.
pub const ADMIN_DISPLAY_NAME: Text = Text {
    id: "Nama petugas",
    en: "Officer's name",
};
/// Setting up the authenticator: what the QR code is for.
pub const SETUP_SCAN_QR: Text = Text {
    id: "Pindai kode QR ini dengan aplikasi autentikator",
    en: "Scan this QR code with the authenticator app",
};
/// The administration's districts (kecamatan).
pub const ADMIN_DISTRICTS: Text = Text {
    id: "Kecamatan",
    en: "Districts",
};
/// What the districts are for.
pub const ADMIN_DISTRICTS_HINT: Text = Text {
    id: "Aduan dihitung di kecamatan yang titik pusatnya terdekat; input aduan dari telepon atau surat ditempatkan di titik pusat kecamatan yang dipilih.",
    en: "A complaint is counted in the district whose centre is nearest; one entered from a call or a letter is placed at the chosen district's centre.",
};
/// The first-run checklist's heading.
pub const SETUP_CHECKLIST: Text = Text {
    id: "Persiapan wilayah",
    en: "Setting up the region",
};
/// The first-run checklist's introduction.
pub const SETUP_CHECKLIST_INTRO: Text = Text {
    id: "Yang perlu disiapkan sebelum desk menerima aduan. Semuanya diatur di halaman ini.",
    en: "What to set up before the desk takes complaints. All of it is done on this page.",
};
/// Checklist: the tracking codes' prefix, set in the server's settings.
pub const SETUP_PREFIX: Text = Text {
    id: "Awalan kode lacak (pengaturan server region_prefix)",
    en: "Tracking code prefix (the server setting region_prefix)",
};
/// Checklist: an SOP profile chosen on this page.
pub const SETUP_SOP: Text = Text {
    id: "SOP wilayah ini dipilih dan diberlakukan",
    en: "This region's SOP chosen and put in force",
};
/// Checklist: districts offered.
pub const SETUP_DISTRICTS: Text = Text {
    id: "Kecamatan aktif",
    en: "Districts offered",
};
/// Checklist: agencies offered.
pub const SETUP_AGENCIES: Text = Text {
    id: "Perangkat daerah aktif",
    en: "Agencies offered",
};
/// Checklist: categories offered.
pub const SETUP_CATEGORIES: Text = Text {
    id: "Kategori aduan aktif (dengan OPD tujuan bawaan)",
    en: "Complaint categories offered (with a default agency)",
};
/// Checklist: main-desk accounts.
pub const SETUP_MAIN_DESK: Text = Text {
    id: "Akun Admin Utama aktif",
    en: "Active main-desk accounts",
};
/// Checklist: agency accounts.
pub const SETUP_AGENCY_ACCOUNTS: Text = Text {
    id: "Perangkat daerah yang punya akun",
    en: "Agencies with an account",
};
/// Checklist: a step done.
pub const CHECKLIST_DONE: Text = Text {
    id: "Selesai",
    en: "Done",
};
/// Checklist: a step still to do.
pub const CHECKLIST_TODO: Text = Text {
    id: "Belum",
    en: "To do",
};
/// The administration's villages (desa / kelurahan).
pub const ADMIN_VILLAGES: Text = Text {
    id: "Desa / kelurahan",
    en: "Villages",
};
