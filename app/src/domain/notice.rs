//! What the reporter is told outside the site (e-mail, WhatsApp, SMS), in their language.

use crate::domain::status::{Closure, Status};
use crate::i18n::{Locale, Text};

/// Something the reporter hears about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Their complaint was received; the SOP gives its verification this long (`3 hari kerja`),
    /// or no time when `None`.
    Received {
        /// The verification's time standard, as the SOP writes it, in the reporter's language.
        verification: Option<String>,
        /// The PIN, when the main desk entered the complaint for a reporter who came by another
        /// channel: they never saw the receipt page, so the message carries it.
        pin: Option<String>,
    },
    /// Their complaint moved to this status (one of [`Status::tells_reporter`]).
    StatusChanged(Status),
    /// A complaint they follow moved to this status (one of [`Status::tells_followers`]).
    FollowedStatusChanged(Status),
    /// The answer still waits for their confirmation; without one it closes at `closes_at`.
    ConfirmationReminder {
        /// When it closes, as shown (`23-11-2026 14:05 WIB`).
        closes_at: String,
    },
    /// Someone gave wrong PINs for their complaint too often: tracking by PIN is locked for a
    /// day. The browser they filed from keeps its access.
    PinLocked,
    /// The main desk approved their erasure request while the complaint is still handled: the
    /// data is erased the moment it is finished.
    ErasureHeld,
    /// The main desk refused their erasure request, with this answer.
    ErasureRefused {
        /// Why.
        answer: String,
    },
    /// A complaint returned as incomplete still waits for what is missing; it closes at
    /// `closes_at` without it.
    CompletionReminder {
        /// When it closes, as shown (`23-11-2026 14:05 WIB`).
        closes_at: String,
    },
    /// To the officers in charge: the SOP's deadline of the complaint's current step nears, or
    /// has passed. The link is the desk's page of the complaint.
    OfficerDeadline {
        /// The complaint's status (whose step's clock runs).
        status: Status,
        /// The deadline, as shown (`23-11-2026 14:05 WIB`).
        deadline: String,
        /// Whether it has passed.
        overdue: bool,
    },
    /// To an agency's officers (or its head): the main desk follows up a complaint the agency
    /// has not acted on, with its message.
    AgencyFollowUp {
        /// The complaint's status.
        status: Status,
        /// Whether it goes to the agency's head, over its officers.
        to_head: bool,
        /// What the desk writes.
        message: String,
    },
}

/// To an officer whose account drew many wrong logins: subject and text, in both languages (an
/// officer's language is not recorded).
pub fn login_attempts(_locale: Locale) -> (String, String) {
    (
        "Aduan: banyak percobaan masuk yang salah ke akun Anda / many wrong logins to your account"
            .to_owned(),
        "Ada banyak percobaan masuk dengan kata sandi yang salah ke akun petugas Anda dalam satu jam \
         terakhir. Anda tetap dapat masuk seperti biasa dari jaringan Anda sendiri. Jika itu bukan \
         Anda, ganti kata sandi Anda dan beri tahu administrator sistem.\n\n\
         There were many logins with a wrong password to your officer account in the last hour. \
         You can still log in as usual from your own network. If that was not you, change your \
         password and tell the system administrator."
            .to_owned(),
    )
}

/// A message's subject and text, ending with the link to the tracking page.
pub fn compose(notice: &Notice, code: &str, link: &str, locale: Locale) -> (String, String) {
    let id = locale == Locale::Id;
    let (headline, detail): (Text, String) = match notice {
        Notice::StatusChanged(status) => {
            let detail = match status {
                Status::ReturnedToReporter => Text::new(
                    "Aduan Anda dikembalikan karena belum lengkap. Lihat alasannya dan lengkapi aduan di halaman lacak.",
                    "Your complaint was returned as incomplete. See why and complete it on the tracking page.",
                ),
                Status::AwaitingClarification => Text::new(
                    "Perangkat daerah memerlukan keterangan tambahan dari Anda. Lihat pertanyaannya dan jawab di halaman lacak.",
                    "The agency needs more information from you. See its question and answer it on the tracking page.",
                ),
                Status::Dispatched => Text::new(
                    "Aduan Anda telah diteruskan ke perangkat daerah yang berwenang.",
                    "Your complaint has been passed to the agency in charge.",
                ),
                Status::AwaitingReporter => Text::new(
                    "Jawaban atas aduan Anda sudah tersedia. Mohon konfirmasi apakah masalahnya sudah selesai.",
                    "The answer to your complaint is ready. Please confirm whether the problem is solved.",
                ),
                Status::Closed(Closure::NoAnswer) => Text::new(
                    "Aduan Anda ditutup karena tidak ada konfirmasi dari Anda.",
                    "Your complaint was closed because we did not hear from you.",
                ),
                Status::Closed(Closure::Duplicate) => Text::new(
                    "Aduan Anda sama dengan aduan lain yang sedang ditangani, sehingga digabungkan. Anda akan menerima kabar perkembangan aduan tersebut.",
                    "Your complaint is the same as another one being handled, so they were merged. You will hear how that one goes on.",
                ),
                Status::Escalated => Text::new(
                    "Aduan Anda di luar kewenangan pemerintah daerah dan diteruskan ke SP4N-LAPOR!.",
                    "Your complaint is outside the local government's authority and was forwarded to SP4N-LAPOR!.",
                ),
                _ => status.label(),
            };
            (status.label(), detail.get(locale).to_owned())
        }
        Notice::Received { verification, pin } => {
            (Text::new("Aduan diterima", "Complaint received"), {
                let received = match (verification, id) {
                    (Some(standard), true) => format!(
                        "Aduan Anda sudah kami terima dan akan diverifikasi dalam {standard}. Simpan kode lacak dan PIN Anda."
                    ),
                    (Some(standard), false) => format!(
                        "We have received your complaint; it will be verified within {standard}. Keep your tracking code and PIN."
                    ),
                    (None, true) => {
                        "Aduan Anda sudah kami terima. Simpan kode lacak dan PIN Anda.".to_owned()
                    }
                    (None, false) => {
                        "We have received your complaint. Keep your tracking code and PIN."
                            .to_owned()
                    }
                };
                match (pin, id) {
                    (Some(pin), true) => format!("{received}\n\nKode lacak: {code}\nPIN: {pin}"),
                    (Some(pin), false) => {
                        format!("{received}\n\nTracking code: {code}\nPIN: {pin}")
                    }
                    (None, _) => received,
                }
            })
        }
        Notice::FollowedStatusChanged(status) => {
            let label = status.label().get(locale);
            let detail = match status {
                Status::Closed(closure) if id => {
                    format!(
                        "Aduan yang Anda ikuti kini berstatus {label} ({}).",
                        closure.label().get(locale)
                    )
                }
                Status::Closed(closure) => format!(
                    "The complaint you follow is now {} ({}).",
                    label.to_lowercase(),
                    closure.label().get(locale).to_lowercase()
                ),
                _ if id => format!("Aduan yang Anda ikuti kini berstatus {label}."),
                _ => format!("The complaint you follow is now: {label}."),
            };
            (status.label(), detail)
        }
        Notice::ConfirmationReminder { closes_at } => (
            Text::new("Pengingat konfirmasi", "Confirmation reminder"),
            if id {
                format!(
                    "Jawaban atas aduan Anda masih menunggu konfirmasi. Tanpa konfirmasi, aduan akan ditutup pada {closes_at}."
                )
            } else {
                format!(
                    "The answer to your complaint still awaits your confirmation. Without it, the complaint closes on {closes_at}."
                )
            },
        ),
        Notice::CompletionReminder { closes_at } => (
            Text::new(
                "Pengingat melengkapi aduan",
                "Reminder to complete your complaint",
            ),
            if id {
                format!(
                    "Aduan Anda dikembalikan karena belum lengkap dan masih menunggu kelengkapannya. Lengkapi di halaman pelacakan; tanpa itu, aduan akan ditutup pada {closes_at}."
                )
            } else {
                format!(
                    "Your complaint was returned as incomplete and still waits for what is missing. Complete it on the tracking page; without it, the complaint closes on {closes_at}."
                )
            },
        ),
        Notice::PinLocked => (
            Text::new("PIN dikunci sementara", "PIN temporarily locked"),
            if id {
                "Ada terlalu banyak percobaan PIN yang salah untuk aduan Anda, jadi pelacakan dengan PIN dikunci selama satu hari. Jika itu bukan Anda, PIN Anda tetap aman: jangan berikan kepada siapa pun. Peramban yang Anda pakai saat melapor tetap dapat membuka aduan."
                    .to_owned()
            } else {
                "There were too many wrong PINs for your complaint, so tracking it by PIN is locked for a day. If that was not you, your PIN is still safe: do not share it. The browser you filed from can still open the complaint."
                    .to_owned()
            },
        ),
        Notice::ErasureHeld => (
            Text::new(
                "Permintaan hapus data disetujui",
                "Erasure request approved",
            ),
            if id {
                "Permintaan Anda agar data pribadi dihapus disetujui. Data masih diperlukan untuk menangani aduan ini, dan akan dihapus begitu aduan selesai."
                    .to_owned()
            } else {
                "Your request to erase your personal data was approved. The data is still needed to handle this complaint, and will be erased the moment it is finished."
                    .to_owned()
            },
        ),
        Notice::ErasureRefused { answer } => (
            Text::new("Permintaan hapus data ditolak", "Erasure request refused"),
            if id {
                format!(
                    "Permintaan Anda agar data pribadi dihapus ditolak, dengan alasan: {answer}"
                )
            } else {
                format!("Your request to erase your personal data was refused, because: {answer}")
            },
        ),
        Notice::OfficerDeadline {
            status,
            deadline,
            overdue,
        } => {
            let status = status.label().get(locale);
            match (overdue, id) {
                (true, true) => (
                    Text::new("Melewati batas waktu SOP", "SOP deadline passed"),
                    format!(
                        "Aduan berstatus {status} melewati batas waktu SOP pada {deadline}. Mohon segera ditindaklanjuti."
                    ),
                ),
                (true, false) => (
                    Text::new("Melewati batas waktu SOP", "SOP deadline passed"),
                    format!(
                        "The complaint, {status}, passed its SOP deadline at {deadline}. Please act on it now."
                    ),
                ),
                (false, true) => (
                    Text::new("Batas waktu SOP mendekat", "SOP deadline near"),
                    format!(
                        "Aduan berstatus {status} harus ditindaklanjuti sebelum {deadline} sesuai SOP."
                    ),
                ),
                (false, false) => (
                    Text::new("Batas waktu SOP mendekat", "SOP deadline near"),
                    format!(
                        "The complaint, {status}, must be acted on before {deadline} by the SOP."
                    ),
                ),
            }
        }
        Notice::AgencyFollowUp {
            status,
            to_head,
            message,
        } => {
            let status = status.label().get(locale);
            let headline = if *to_head {
                Text::new(
                    "Dilaporkan kepada kepala perangkat daerah",
                    "Raised with the agency's head",
                )
            } else {
                Text::new(
                    "Pengingat dari Admin Utama",
                    "A reminder from the main desk",
                )
            };
            let detail = if id {
                format!(
                    "Aduan berstatus {status} menunggu tindak lanjut perangkat daerah Anda. Pesan Admin Utama:\n\n{message}"
                )
            } else {
                format!(
                    "The complaint, {status}, waits for your agency to act. The main desk writes:\n\n{message}"
                )
            };
            (headline, detail)
        }
    };
    let subject = format!("Aduan {code}: {}", headline.get(locale));
    let follow = match (notice, id) {
        (Notice::OfficerDeadline { .. } | Notice::AgencyFollowUp { .. }, true) => "Buka aduan",
        (Notice::OfficerDeadline { .. } | Notice::AgencyFollowUp { .. }, false) => {
            "Open the complaint"
        }
        (_, true) => "Lacak aduan Anda",
        (_, false) => "Follow your complaint",
    };
    (subject, format!("{detail}\n\n{follow}: {link}"))
}

/// What announcing a change to the reporter needs: the site's public address for the tracking
/// link and the desk's time zone for dates.
#[derive(Clone, Debug)]
pub struct Notifier {
    /// The site's address as reporters reach it, e.g. `https://aduan.trenggalekkab.go.id`.
    pub public_url: String,
    /// The desk's time zone.
    pub utc_offset: chrono::FixedOffset,
}

impl Notifier {
    /// The tracking page of `code` (the reporter's, behind their PIN).
    pub fn tracking_link(&self, code: &str) -> String {
        format!("{}/lacak/{code}", self.public_url.trim_end_matches('/'))
    }

    /// The desk's page of `code`, for officers.
    pub fn desk_link(&self, code: &str) -> String {
        format!(
            "{}/petugas/aduan/{code}",
            self.public_url.trim_end_matches('/')
        )
    }

    /// The public status page of `code`, for followers.
    pub fn status_link(&self, code: &str) -> String {
        format!(
            "{}/lapor/terkirim/{code}",
            self.public_url.trim_end_matches('/')
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_code_the_news_and_the_link_in_the_readers_language() {
        let (subject, body) = compose(
            &Notice::StatusChanged(Status::AwaitingReporter),
            "ADU-AAAA-AAAA",
            "https://aduan.example/lacak/ADU-AAAA-AAAA",
            Locale::Id,
        );
        assert_eq!(subject, "Aduan ADU-AAAA-AAAA: Sudah Ditindaklanjuti");
        assert!(body.contains("Mohon konfirmasi"), "{body}");
        assert!(body.ends_with("Lacak aduan Anda: https://aduan.example/lacak/ADU-AAAA-AAAA"));

        let (subject, body) = compose(
            &Notice::ConfirmationReminder {
                closes_at: "30-11-2026 23:59 WIB".into(),
            },
            "ADU-AAAA-AAAA",
            "https://aduan.example/lacak/ADU-AAAA-AAAA",
            Locale::En,
        );
        assert_eq!(subject, "Aduan ADU-AAAA-AAAA: Confirmation reminder");
        assert!(body.contains("closes on 30-11-2026 23:59 WIB"), "{body}");
    }

    #[test]
    fn every_status_the_reporter_hears_about_has_its_own_sentence() {
        for status in Status::ALL
            .into_iter()
            .filter(|status| status.tells_reporter())
        {
            let (_, body) = compose(&Notice::StatusChanged(status), "C", "L", Locale::Id);
            assert_ne!(
                body.lines().next(),
                Some(status.label().get(Locale::Id)),
                "{status}"
            );
        }
    }
}
