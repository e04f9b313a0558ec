//! The five SOPs this portal was built from, as profiles.

use super::*;
use crate::domain::complaint::{ExtraField, RequiredFields};

/// The calendar of the decree shipped with the portal.
fn shipped_calendar() -> Calendar {
    Calendar::new(&days_off::shipped())
}

fn row(number: u8, step: Step, standard: TimeStandard, activity: &str) -> SopRow {
    SopRow {
        number,
        step,
        standard,
        activity: activity.to_owned(),
    }
}

/// Diskominfo Kabupaten Trenggalek, SOP/25/406.020/2019: complaints by WhatsApp and SMS, all
/// standards in working days (1, 3, 3, 7, 3, 15, 3, 2, 2). Rows 4–5 are the agency's work up to
/// its draft answer (the liaison's memo, the head's instruction): 10 working days. Rows 6–7 are
/// the head's approval of the draft (returned for revision or passed on) and its forwarding to
/// the desk: 18 working days, the clock of the head's approval.
pub fn trenggalek() -> SopProfile {
    use Step as S;
    use TimeStandard::WorkingDays as Wd;
    SopProfile {
        id: "trenggalek".into(),
        version: 1,
        name: "Dinas Komunikasi dan Informatika Kabupaten Trenggalek".into(),
        oversight: "Inspektorat Kabupaten Trenggalek".into(),
        sop_number: "SOP/25/406.020/2019".into(),
        calendar: shipped_calendar(),
        office_hours: OfficeHours::five_day_week(),
        reporter_waits: ReporterWaits::default(),
        retention: Retention::TWO_YEARS,
        validation: true,
        head_approval: true,
        clarification_pauses_clock: true,
        required_fields: RequiredFields::default(),
        rows: vec![
            row(
                1,
                S::Intake,
                Wd(1),
                "Melaporkan aduan masyarakat melalui WhatsApp dan/atau SMS",
            ),
            row(
                2,
                S::Verification,
                Wd(3),
                "Menerima, memverifikasi dan mengklarifikasi aduan; mengembalikan yang tidak lengkap atau meneruskan ke pejabat penghubung OPD",
            ),
            row(
                3,
                S::AgencyAcceptance,
                Wd(3),
                "Menerima, menelaah, memverifikasi dan merespon pengaduan",
            ),
            row(
                4,
                S::Resolution,
                Wd(7),
                "Menelaah pengaduan dan membutuhkan petunjuk (nota dinas)",
            ),
            row(
                5,
                S::Resolution,
                Wd(3),
                "Menelaah pengaduan dan petunjuk pimpinan untuk tindak lanjut",
            ),
            row(
                6,
                S::Approval,
                Wd(15),
                "Menerima dan menelaah konsep tindak lanjut penyelesaian; mengembalikan untuk perbaikan atau meneruskan",
            ),
            row(
                7,
                S::Approval,
                Wd(3),
                "Meneruskan jawaban tindak lanjut penyelesaian",
            ),
            row(
                8,
                S::Validation,
                Wd(2),
                "Admin menerima jawaban tindak lanjut dari OPD",
            ),
            row(
                9,
                S::ReporterNotification,
                Wd(2),
                "Admin menyampaikan jawaban tindak lanjut kepada pengadu",
            ),
        ],
    }
}

/// Diskominfo Kabupaten Kapuas, 555/03/IKP/XII/2018: the liaison's follow-up, three rows of
/// "3 hari". The SOP writes "hari", not "hari kerja", so these are calendar days.
pub fn kapuas() -> SopProfile {
    use Step as S;
    use TimeStandard::Days;
    SopProfile {
        id: "kapuas".into(),
        version: 1,
        name: "Dinas Komunikasi dan Informatika Kabupaten Kapuas".into(),
        oversight: "Inspektorat Kabupaten Kapuas".into(),
        sop_number: "555/03/IKP/XII/2018".into(),
        calendar: shipped_calendar(),
        office_hours: OfficeHours::five_day_week(),
        reporter_waits: ReporterWaits::default(),
        retention: Retention::TWO_YEARS,
        validation: true,
        head_approval: false,
        clarification_pauses_clock: true,
        required_fields: RequiredFields::default(),
        rows: vec![
            row(
                1,
                S::Dispatch,
                Days(3),
                "Penyaluran pengaduan: disposisi ke pejabat penghubung terkait di LAPOR!-SP4N",
            ),
            row(
                2,
                S::AgencyAcceptance,
                Days(3),
                "Menelaah, mengkonfirmasi dan mengklarifikasi laporan dan kelengkapan data",
            ),
            row(
                3,
                S::Resolution,
                Days(3),
                "Verifikasi lapangan, dokumentasi dan berita acara pemeriksaan lapangan",
            ),
        ],
    }
}

/// Diskominfo Kabupaten Tanah Bumbu (2020): complaints through LAPOR! and SMS 1708; the system
/// notifies within 5 minutes, the desk dispatches within a day, the agency answers within a day
/// and the desk forwards the answer to the system within 5 minutes of office time. Row 6 is the
/// passing on of the answer, not the main desk's check of its substance, which this SOP does not
/// have: mapped onto validation it made nearly every complaint overdue.
pub fn tanah_bumbu() -> SopProfile {
    use Step as S;
    use TimeStandard::{Days, Minutes, WorkingMinutes};
    SopProfile {
        id: "tanah_bumbu".into(),
        version: 1,
        name: "Dinas Komunikasi dan Informatika Kabupaten Tanah Bumbu".into(),
        oversight: "Inspektorat Kabupaten Tanah Bumbu".into(),
        sop_number: "B/ / /Diskominfo-PKP.I/2020".into(),
        calendar: shipped_calendar(),
        office_hours: OfficeHours::five_day_week(),
        reporter_waits: ReporterWaits::default(),
        retention: Retention::TWO_YEARS,
        validation: false,
        head_approval: false,
        clarification_pauses_clock: true,
        required_fields: RequiredFields::default(),
        rows: vec![
            row(
                2,
                S::Intake,
                Minutes(5),
                "Sistem merekam pengaduan dan mengirim notifikasi kepada Admin Kabupaten",
            ),
            row(
                3,
                S::Dispatch,
                Days(1),
                "Admin Kabupaten mengirim notifikasi kepada SKPD/instansi vertikal terkait",
            ),
            row(
                5,
                S::Resolution,
                Days(1),
                "SKPD/instansi vertikal memberikan tanggapan/jawaban kepada Admin Kabupaten",
            ),
            row(
                6,
                S::ReporterNotification,
                WorkingMinutes(5),
                "Admin Kabupaten meneruskan tanggapan kepada sistem",
            ),
        ],
    }
}

/// Diskominfo Kota Surabaya, 061.1/Dinkominfo/KP/10175 (2023): one day for most desk steps, the
/// agency's first response within 1×24 hours, its follow-up within 3 days, then 7 days for the
/// reporter's confirmation and 7 more after a reminder before the complaint closes. The desk
/// enters the topic of every complaint from another channel, and the social media account of one
/// from social media (rows 3, 6, 7: "Channel, Media Sosial, Kategori, Topik").
pub fn surabaya() -> SopProfile {
    use Step as S;
    use TimeStandard::{Days, Hours};
    SopProfile {
        id: "surabaya".into(),
        version: 1,
        name: "Dinas Komunikasi dan Informatika Kota Surabaya".into(),
        oversight: "Inspektorat Kota Surabaya".into(),
        sop_number: "061.1/Dinkominfo/KP/10175".into(),
        calendar: shipped_calendar(),
        office_hours: OfficeHours::five_day_week(),
        reporter_waits: ReporterWaits::default(),
        retention: Retention::TWO_YEARS,
        validation: true,
        head_approval: false,
        clarification_pauses_clock: true,
        required_fields: RequiredFields::new([ExtraField::SocialMediaAccount, ExtraField::Topic]),
        rows: vec![
            row(1, S::Intake, Days(1), "Menerima inquiry dari masyarakat"),
            row(
                2,
                S::ChannelInput,
                Days(1),
                "Monitoring inquiry dari kanal selain WargaKu",
            ),
            row(
                3,
                S::ChannelInput,
                Days(1),
                "Menginput keluhan di aplikasi WargaKu",
            ),
            row(
                4,
                S::AgencyAcceptance,
                Hours(24),
                "Perangkat Daerah memberikan respon pertama (1×24 jam); status Sedang Ditindaklanjuti",
            ),
            row(
                5,
                S::Verification,
                Days(1),
                "Monitoring kewenangan; di luar kewenangan dientri ke SP4N-LAPOR!",
            ),
            row(
                6,
                S::Escalation,
                Days(1),
                "Mengentri pengaduan ke SP4N-LAPOR!",
            ),
            row(
                7,
                S::Dispatch,
                Days(1),
                "Menyalurkan pengaduan ke Perangkat Daerah sesuai kewenangan",
            ),
            row(
                8,
                S::AgencyReminder,
                Days(1),
                "Notifikasi pengingat kepada OPD untuk respon pengaduan",
            ),
            row(
                9,
                S::Resolution,
                Days(3),
                "Menindaklanjuti pengaduan: tanggapan berupa tulisan dan foto",
            ),
            row(
                10,
                S::Validation,
                Days(1),
                "Monitoring kesesuaian substansi; jika tidak sesuai OPD diingatkan memperbaiki",
            ),
            row(
                11,
                S::Validation,
                Days(1),
                "Validasi hasil tindak lanjut; status Sudah Ditindaklanjuti",
            ),
            row(
                12,
                S::ReporterConfirmation,
                Days(7),
                "Pengecekan konfirmasi pelapor terhadap hasil tindak lanjut",
            ),
            row(
                13,
                S::ReporterReminder,
                Days(7),
                "Sistem mengirim notifikasi hasil tindak lanjut kedua kepada pelapor",
            ),
            row(14, S::Closing, Days(1), "Menutup pengaduan; status Selesai"),
            row(
                15,
                S::ReporterNotification,
                Days(1),
                "Menyampaikan informasi kepada pelapor sesuai kanal",
            ),
            row(
                16,
                S::MonitoringReport,
                Days(1),
                "Mengirimkan laporan monev kepada OPD",
            ),
        ],
    }
}

/// Diskominfo Kabupaten Cilacap, 061/0478/36 (e-LaporBup): every complaint is meant to be done
/// within 2 hours 15 minutes — 15, 15, 15, 60, 15 and 15 minutes. Rows 4–7 (liaison and head
/// coordinate, the head answers, the liaison forwards, the agency desk enters the answer) make
/// the agency's 105 minutes. The SOP does not say what happens outside office hours; this
/// profile stops the clock there, so a complaint sent on Saturday night is due 15 office minutes
/// after Monday's opening.
///
/// The main desk dispatches only a complete complaint, "nama pemohon, alamat pemohon, pesan
/// aduan" (row 2): the profile asks every filing for the reporter's home address.
pub fn cilacap() -> SopProfile {
    use Step as S;
    use TimeStandard::WorkingMinutes as Minutes;
    SopProfile {
        id: "cilacap".into(),
        version: 1,
        name: "Dinas Komunikasi dan Informatika Kabupaten Cilacap".into(),
        oversight: "Inspektorat Kabupaten Cilacap".into(),
        sop_number: "061/0478/36".into(),
        calendar: shipped_calendar(),
        office_hours: OfficeHours::five_day_week(),
        reporter_waits: ReporterWaits::default(),
        retention: Retention::TWO_YEARS,
        validation: false,
        head_approval: false,
        clarification_pauses_clock: true,
        required_fields: RequiredFields::new([ExtraField::ReporterAddress]),
        rows: vec![
            row(
                2,
                S::Verification,
                Minutes(15),
                "Admin Utama menerima aduan; lengkap didisposisi ke Admin OPD, tidak lengkap dikembalikan dengan alasan",
            ),
            row(
                3,
                S::AgencyAcceptance,
                Minutes(15),
                "Admin OPD memeriksa disposisi; sesuai diteruskan ke Pejabat Penghubung, tidak sesuai dikembalikan dengan alasan",
            ),
            row(
                4,
                S::Resolution,
                Minutes(15),
                "Pejabat Penghubung berkoordinasi dengan Kepala OPD",
            ),
            row(
                5,
                S::Resolution,
                Minutes(60),
                "Kepala OPD memberikan hasil tindak lanjut kepada Pejabat Penghubung",
            ),
            row(
                6,
                S::Resolution,
                Minutes(15),
                "Pejabat Penghubung meneruskan hasil tindak lanjut kepada Admin OPD",
            ),
            row(
                7,
                S::Resolution,
                Minutes(15),
                "Admin OPD menginput hasil tindak lanjut ke e-LaporBup",
            ),
        ],
    }
}

/// The five seed profiles.
pub fn all_profiles() -> Vec<SopProfile> {
    vec![trenggalek(), kapuas(), tanah_bumbu(), surabaya(), cilacap()]
}

/// The seed profile with identifier `id`.
pub fn profile_by_id(id: &str) -> Option<SopProfile> {
    all_profiles().into_iter().find(|profile| profile.id == id)
}
