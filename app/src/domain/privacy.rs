//! The privacy notice (pemberitahuan pelindungan data pribadi) a reporter reads before filing, as
//! UU 27/2022 asks of a controller: who processes the data, why, how long it is kept and how to
//! reach the data protection officer. The system administrator writes it; every change is a new
//! version, and each complaint keeps the version its reporter accepted.
//!
//! How long is not written by hand: it is the SOP profile's [`crate::domain::sop::Retention`],
//! the period after which the scheduler really does anonymise a finished complaint, so the
//! notice cannot promise what the portal does not do.

use super::field::ErrorCode;
use super::text;
use crate::i18n::{Locale, Text};
use serde::{Deserialize, Serialize};

/// The longest controller or contact line, in characters.
pub const LINE_MAX_CHARS: usize = 300;
/// The longest purpose text in one language, in characters.
pub const PURPOSE_MAX_CHARS: usize = 3000;

/// A version of the notice: 1 for the first the desk published, one more for each change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct NoticeVersion(u32);

impl NoticeVersion {
    /// The first version.
    pub const FIRST: NoticeVersion = NoticeVersion(1);

    /// The version `number`, if positive.
    pub fn new(number: u32) -> Option<NoticeVersion> {
        (number > 0).then_some(NoticeVersion(number))
    }

    /// The version as posted by a form: the checkbox's value. Empty means the reporter did not
    /// accept a notice ([`ErrorCode::Required`]).
    ///
    /// # Errors
    /// [`ErrorCode::Required`] when empty, [`ErrorCode::InvalidChoice`] when not a positive
    /// number.
    pub fn parse(raw: &str) -> Result<NoticeVersion, ErrorCode> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(ErrorCode::Required);
        }
        raw.parse()
            .ok()
            .and_then(NoticeVersion::new)
            .ok_or(ErrorCode::InvalidChoice)
    }

    /// Its number.
    pub fn number(self) -> u32 {
        self.0
    }

    /// The next version.
    pub fn next(self) -> NoticeVersion {
        NoticeVersion(self.0.saturating_add(1))
    }
}

/// The notice as the administrator writes it: the controller, the purpose in both languages and
/// the data protection officer's contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeText {
    /// Who processes the data: the office, as it signs letters.
    pub controller: String,
    /// Why the data is processed and on what basis, in Bahasa Indonesia.
    pub purpose_id: String,
    /// The same in English.
    pub purpose_en: String,
    /// How to reach the data protection officer (pejabat pelindungan data pribadi): a name or
    /// office with an e-mail address or phone number.
    pub dpo_contact: String,
}

/// The label of each part of the notice, for its form and its errors.
pub const CONTROLLER_LABEL: Text = Text::new("Pengendali data", "Data controller");
/// See [`CONTROLLER_LABEL`].
pub const PURPOSE_ID_LABEL: Text = Text::new(
    "Tujuan dan dasar pemrosesan (Bahasa Indonesia)",
    "Purpose and basis of processing (Bahasa Indonesia)",
);
/// See [`CONTROLLER_LABEL`].
pub const PURPOSE_EN_LABEL: Text = Text::new(
    "Tujuan dan dasar pemrosesan (Bahasa Inggris)",
    "Purpose and basis of processing (English)",
);
/// See [`CONTROLLER_LABEL`].
pub const DPO_LABEL: Text = Text::new(
    "Kontak pejabat pelindungan data pribadi",
    "Contact of the data protection officer",
);
/// How long the data is kept (filled in from the SOP profile).
pub const RETENTION_LABEL: Text = Text::new("Masa simpan", "How long it is kept");

impl NoticeText {
    /// The notice the portal starts with, for the office `controller`: the purposes of a
    /// complaint desk under the public service law, the desk itself as the contact until the
    /// administrator names the officer.
    pub fn shipped(controller: &str) -> NoticeText {
        NoticeText {
            controller: controller.to_owned(),
            purpose_id:
                "Nama, NIK, kontak, lokasi dan foto Anda diproses untuk menangani aduan ini \
                 sesuai SOP: memverifikasi, meneruskan ke perangkat daerah yang berwenang, \
                 menindaklanjuti, menjawab, dan menghubungi Anda tentang aduan ini. Dasar \
                 pemrosesan: pelaksanaan tugas pelayanan publik (UU 25/2009, Perpres 76/2013) dan \
                 persetujuan Anda (UU 27/2022). Data hanya dibuka bagi petugas yang menangani \
                 aduan; publik hanya melihat statistik tanpa identitas."
                    .to_owned(),
            purpose_en: "Your name, NIK, contacts, location and photos are processed to handle \
                 this complaint as the SOP sets out: to verify it, pass it to the agency in \
                 charge, follow it up, answer it, and contact you about it. Basis: the \
                 performance of a public service task (UU 25/2009, Perpres 76/2013) and your \
                 consent (UU 27/2022). Only the officers handling the complaint see the data; \
                 the public sees statistics without identities."
                .to_owned(),
            dpo_contact: format!("Meja layanan pengaduan, {controller}"),
        }
    }

    /// Checks what the administrator typed, every problem at once.
    ///
    /// # Errors
    /// Each part that is empty, too long or holds control characters, with its label.
    pub fn parse(
        controller: &str,
        purpose_id: &str,
        purpose_en: &str,
        dpo_contact: &str,
    ) -> Result<NoticeText, Vec<(Text, ErrorCode)>> {
        let mut problems = Vec::new();
        let mut line = |raw: &str, label: Text| {
            let value = text::single_line(raw);
            text::check(&value, 2, LINE_MAX_CHARS, false)
                .map_err(|error| problems.push((label, error)))
                .map(|()| value)
                .ok()
        };
        let controller = line(controller, CONTROLLER_LABEL);
        let dpo_contact = line(dpo_contact, DPO_LABEL);
        let mut paragraph = |raw: &str, label: Text| {
            let value = text::multi_line(raw);
            text::check(&value, 20, PURPOSE_MAX_CHARS, true)
                .map_err(|error| problems.push((label, error)))
                .map(|()| value)
                .ok()
        };
        let purpose_id = paragraph(purpose_id, PURPOSE_ID_LABEL);
        let purpose_en = paragraph(purpose_en, PURPOSE_EN_LABEL);
        match (controller, purpose_id, purpose_en, dpo_contact) {
            (Some(controller), Some(purpose_id), Some(purpose_en), Some(dpo_contact)) => {
                Ok(NoticeText {
                    controller,
                    purpose_id,
                    purpose_en,
                    dpo_contact,
                })
            }
            _ => Err(problems),
        }
    }

    /// The purpose in `locale`.
    pub fn purpose(&self, locale: Locale) -> &str {
        match locale {
            Locale::Id => &self.purpose_id,
            Locale::En => &self.purpose_en,
        }
    }
}

/// The notice in force, as a reporter reads it: its version, its text, and how long a finished
/// complaint keeps the data (from the SOP profile in force).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyNotice {
    /// Its version: what the reporter's consent records.
    pub version: NoticeVersion,
    /// What the administrator wrote.
    pub text: NoticeText,
    /// The retention period in days after the complaint is finished.
    pub retention_days: u32,
}

impl PrivacyNotice {
    /// How long the data is kept, in words: "2 tahun setelah aduan selesai, lalu dianonimkan".
    pub fn retention(&self, locale: Locale) -> String {
        let period = crate::domain::sop::Retention::of_days(self.retention_days)
            .unwrap_or_default()
            .describe(locale);
        match locale {
            Locale::Id => format!(
                "{period} setelah aduan selesai; sesudah itu nama, NIK, kontak, alamat, lokasi \
                 persis dan foto asli dihapus, dan yang tersisa hanya data tanpa identitas untuk \
                 statistik."
            ),
            Locale::En => format!(
                "{period} after the complaint is finished; then the name, NIK, contacts, \
                 addresses, exact location and original photos are removed, and only data \
                 without identities stays, for statistics."
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_is_a_positive_number() {
        assert_eq!(NoticeVersion::parse(" 3 "), Ok(NoticeVersion(3)));
        assert_eq!(NoticeVersion::parse(""), Err(ErrorCode::Required));
        assert_eq!(NoticeVersion::parse("0"), Err(ErrorCode::InvalidChoice));
        assert_eq!(NoticeVersion::parse("on"), Err(ErrorCode::InvalidChoice));
        assert_eq!(NoticeVersion::FIRST.next().number(), 2);
    }

    #[test]
    fn the_shipped_notice_passes_its_own_check() {
        let shipped = NoticeText::shipped("Dinas Komunikasi dan Informatika Kabupaten Trenggalek");
        assert_eq!(
            NoticeText::parse(
                &shipped.controller,
                &shipped.purpose_id,
                &shipped.purpose_en,
                &shipped.dpo_contact
            ),
            Ok(shipped)
        );
    }

    #[test]
    fn every_problem_is_named_with_its_part() {
        let problems =
            NoticeText::parse(" ", "pendek", "x\u{202E}y is long enough to pass", "a").unwrap_err();
        let labels: Vec<Text> = problems.iter().map(|(label, _)| *label).collect();
        assert_eq!(
            labels,
            [
                CONTROLLER_LABEL,
                DPO_LABEL,
                PURPOSE_ID_LABEL,
                PURPOSE_EN_LABEL
            ]
        );
        assert_eq!(problems[0].1, ErrorCode::Required);
        assert_eq!(problems[3].1, ErrorCode::ControlCharacters);
    }

    #[test]
    fn the_retention_is_said_from_the_profile() {
        let notice = PrivacyNotice {
            version: NoticeVersion::FIRST,
            text: NoticeText::shipped("Diskominfo"),
            retention_days: 730,
        };
        assert!(
            notice
                .retention(Locale::Id)
                .starts_with("2 tahun setelah aduan selesai")
        );
        assert!(notice.retention(Locale::En).starts_with("2 years after"));
    }
}
