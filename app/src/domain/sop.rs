//! SOP profiles: each local government's time standards (mutu baku waktu) as data, and the one
//! function that turns a standard into a deadline.
//!
//! A profile lists the rows of its SOP table that carry a time, each mapped to a [`Step`] of the
//! portal. Several rows may map to one step (Trenggalek's agency works through four rows before
//! its answer reaches the desk); a step's deadline then runs through the rows one after another.
//! A step the SOP gives no time has no deadline (`None`).
//!
//! Deadlines of working days end at the end of the Nth working day after the start day
//! (23:59:59 in the start's time zone): the day work arrives does not count, weekends and
//! holidays are skipped, and a complaint that arrives on a Saturday is due as if it arrived on
//! Friday evening. That matches how the SOPs count "3 hari kerja" and never gives an officer less
//! than N full working days. Days, hours and minutes are wall-clock durations.

use chrono::{DateTime, Datelike, Days, Duration, FixedOffset, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use super::status::{ComplaintState, Status};
use crate::i18n::{Locale, Text};

/// The most working days a standard may span; longer ones (a typo, a corrupt row) have no
/// deadline rather than a loop over decades.
pub const MAX_WORKING_DAYS: u32 = 3_660;

/// Indonesia's national holidays (hari libur nasional) of 2026, after the joint decree of three
/// ministers (SKB 3 Menteri) on the 2026 holidays. The Islamic dates follow the government's
/// hisab and may move by a day after the isbat session; cuti bersama (collective leave) is not
/// included. Check against the decree and update each year.
pub const NATIONAL_HOLIDAYS_2026: [(i32, u32, u32); 17] = [
    (2026, 1, 1),   // Tahun Baru Masehi
    (2026, 1, 16),  // Isra Mikraj Nabi Muhammad SAW
    (2026, 2, 17),  // Tahun Baru Imlek 2577
    (2026, 3, 19),  // Hari Suci Nyepi, Tahun Baru Saka 1948
    (2026, 3, 20),  // Idulfitri 1447 H
    (2026, 3, 21),  // Idulfitri 1447 H
    (2026, 4, 3),   // Wafat Yesus Kristus
    (2026, 4, 5),   // Kebangkitan Yesus Kristus (Paskah)
    (2026, 5, 1),   // Hari Buruh Internasional
    (2026, 5, 14),  // Kenaikan Yesus Kristus
    (2026, 5, 27),  // Iduladha 1447 H
    (2026, 5, 31),  // Hari Raya Waisak 2570 BE
    (2026, 6, 1),   // Hari Lahir Pancasila
    (2026, 6, 16),  // Tahun Baru Islam 1448 H
    (2026, 8, 17),  // Hari Kemerdekaan Republik Indonesia
    (2026, 8, 25),  // Maulid Nabi Muhammad SAW
    (2026, 12, 25), // Hari Raya Natal
];

/// [`NATIONAL_HOLIDAYS_2026`] as dates.
pub fn national_holidays_2026() -> Vec<NaiveDate> {
    NATIONAL_HOLIDAYS_2026
        .iter()
        .filter_map(|&(year, month, day)| NaiveDate::from_ymd_opt(year, month, day))
        .collect()
}

/// Which days count for working-day standards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Calendar {
    /// Monday to Friday, except the listed holidays: the office calendar of the civil service.
    WorkingDays {
        /// Days off on weekdays (national holidays, local holidays, cuti bersama as decided).
        holidays: Vec<NaiveDate>,
    },
    /// Every day counts: for desks staffed every day. A working day is then 24 hours.
    WallClock,
}

impl Calendar {
    /// Whether work is done on `date`.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        match self {
            Calendar::WorkingDays { holidays } => {
                !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&date)
            }
            Calendar::WallClock => true,
        }
    }
}

/// A time standard (mutu baku waktu) from an SOP table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "unit", content = "amount", rename_all = "snake_case")]
pub enum TimeStandard {
    /// "N hari kerja": working days of the profile's calendar.
    WorkingDays(u32),
    /// "N hari": calendar days of 24 hours.
    Days(u32),
    /// "N jam" or "N×24 jam".
    Hours(u32),
    /// "N menit".
    Minutes(u32),
}

impl TimeStandard {
    /// The standard as the SOPs write it: "3 hari kerja", "1×24 jam" is "24 jam".
    pub fn describe(&self, locale: Locale) -> String {
        let (amount, unit) = match self {
            TimeStandard::WorkingDays(n) => (n, Text::new("hari kerja", "working days")),
            TimeStandard::Days(n) => (n, Text::new("hari", "days")),
            TimeStandard::Hours(n) => (n, Text::new("jam", "hours")),
            TimeStandard::Minutes(n) => (n, Text::new("menit", "minutes")),
        };
        format!("{amount} {}", unit.get(locale))
    }

    /// The moment this standard, started at `start`, runs out on `calendar`; `None` when it does
    /// not fit in a date (or exceeds [`MAX_WORKING_DAYS`]).
    fn after(
        self,
        start: DateTime<FixedOffset>,
        calendar: &Calendar,
    ) -> Option<DateTime<FixedOffset>> {
        let wall_clock = |duration: Duration| start.checked_add_signed(duration);
        match (self, calendar) {
            (TimeStandard::WorkingDays(n), Calendar::WorkingDays { .. }) => {
                end_of_nth_working_day(start, n, calendar)
            }
            (TimeStandard::WorkingDays(n) | TimeStandard::Days(n), _) => {
                wall_clock(Duration::try_days(i64::from(n))?)
            }
            (TimeStandard::Hours(n), _) => wall_clock(Duration::try_hours(i64::from(n))?),
            (TimeStandard::Minutes(n), _) => wall_clock(Duration::try_minutes(i64::from(n))?),
        }
    }
}

/// 23:59:59 on the `n`th working day after the day of `start`, in `start`'s time zone. With
/// `n == 0`, the end of the start day.
fn end_of_nth_working_day(
    start: DateTime<FixedOffset>,
    n: u32,
    calendar: &Calendar,
) -> Option<DateTime<FixedOffset>> {
    if n > MAX_WORKING_DAYS {
        return None;
    }
    let mut date = start.date_naive();
    let mut counted = 0;
    while counted < n {
        date = date.checked_add_days(Days::new(1))?;
        if calendar.is_working_day(date) {
            counted += 1;
        }
    }
    let end_of_day = NaiveTime::from_hms_opt(23, 59, 59)?;
    date.and_time(end_of_day)
        .and_local_timezone(*start.offset())
        .single()
}

/// A step of handling a complaint that an SOP gives a time. The first eight are the clocks of
/// the [`Status`]es (see [`step_for`]); the rest are the desk's chores around them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The main desk checks a new complaint is complete and clear, then returns, escalates or
    /// (where the SOP does both in one row) dispatches it. Clock of [`Status::Submitted`].
    Verification,
    /// The main desk dispatches a verified complaint to an agency. Clock of
    /// [`Status::Verified`].
    Dispatch,
    /// The agency accepts the dispatch (or returns it) and gives its first response. Clock of
    /// [`Status::Dispatched`].
    AgencyAcceptance,
    /// The agency works out its answer, including its internal memos, instructions and field
    /// checks, until the answer reaches the main desk. Clock of [`Status::InProgress`].
    Resolution,
    /// The main desk checks the answer's substance and validates or sends it back. Clock of
    /// [`Status::ResolutionProposed`].
    Validation,
    /// The reporter confirms or rejects the answer. Clock of [`Status::AwaitingReporter`].
    ReporterConfirmation,
    /// After the confirmation period, a reminder goes out; when this runs out too, the
    /// complaint closes without answer.
    ReporterReminder,
    /// A complaint arrives and is recorded (by the system or the desk).
    Intake,
    /// The desk enters a complaint received on another channel (WhatsApp, social media) into the
    /// portal.
    ChannelInput,
    /// The desk enters a complaint outside its jurisdiction into SP4N-LAPOR!.
    Escalation,
    /// The desk reminds an agency that has not responded.
    AgencyReminder,
    /// The desk passes the answer to the reporter on the channel the complaint came by.
    ReporterNotification,
    /// The desk closes a finished complaint.
    Closing,
    /// The desk sends the monitoring-and-evaluation report (monev) to the agencies.
    MonitoringReport,
}

impl Step {
    /// Every step.
    pub const ALL: [Step; 14] = [
        Step::Verification,
        Step::Dispatch,
        Step::AgencyAcceptance,
        Step::Resolution,
        Step::Validation,
        Step::ReporterConfirmation,
        Step::ReporterReminder,
        Step::Intake,
        Step::ChannelInput,
        Step::Escalation,
        Step::AgencyReminder,
        Step::ReporterNotification,
        Step::Closing,
        Step::MonitoringReport,
    ];

    /// The stable snake_case code, as in JSON and the statistics, e.g. `"agency_acceptance"`.
    pub const fn code(self) -> &'static str {
        match self {
            Step::Verification => "verification",
            Step::Dispatch => "dispatch",
            Step::AgencyAcceptance => "agency_acceptance",
            Step::Resolution => "resolution",
            Step::Validation => "validation",
            Step::ReporterConfirmation => "reporter_confirmation",
            Step::ReporterReminder => "reporter_reminder",
            Step::Intake => "intake",
            Step::ChannelInput => "channel_input",
            Step::Escalation => "escalation",
            Step::AgencyReminder => "agency_reminder",
            Step::ReporterNotification => "reporter_notification",
            Step::Closing => "closing",
            Step::MonitoringReport => "monitoring_report",
        }
    }

    /// The step's name for dashboards.
    pub const fn label(self) -> Text {
        match self {
            Step::Verification => Text::new("Verifikasi aduan", "Verification"),
            Step::Dispatch => Text::new("Disposisi ke perangkat daerah", "Dispatch to the agency"),
            Step::AgencyAcceptance => Text::new(
                "Penerimaan dan respon pertama OPD",
                "Agency acceptance and first response",
            ),
            Step::Resolution => Text::new("Tindak lanjut OPD", "Agency's follow-up"),
            Step::Validation => {
                Text::new("Validasi hasil tindak lanjut", "Validation of the answer")
            }
            Step::ReporterConfirmation => {
                Text::new("Konfirmasi pelapor", "Reporter's confirmation")
            }
            Step::ReporterReminder => {
                Text::new("Pengingat kepada pelapor", "Reminder to the reporter")
            }
            Step::Intake => Text::new("Penerimaan aduan", "Intake"),
            Step::ChannelInput => {
                Text::new("Input aduan dari kanal lain", "Entering channel complaints")
            }
            Step::Escalation => Text::new("Entri ke SP4N-LAPOR!", "Entry into SP4N-LAPOR!"),
            Step::AgencyReminder => Text::new("Pengingat kepada OPD", "Reminder to the agency"),
            Step::ReporterNotification => Text::new(
                "Penyampaian jawaban kepada pelapor",
                "Answer passed to the reporter",
            ),
            Step::Closing => Text::new("Penutupan aduan", "Closing"),
            Step::MonitoringReport => Text::new("Laporan monev", "Monitoring report"),
        }
    }
}

/// The step whose clock runs while a complaint is in `status`, counted from when it entered it;
/// `None` when no one but the reporter is waited for (returned) or the complaint is finished.
pub const fn step_for(status: Status) -> Option<Step> {
    match status {
        Status::Submitted => Some(Step::Verification),
        Status::Verified => Some(Step::Dispatch),
        Status::Dispatched => Some(Step::AgencyAcceptance),
        Status::InProgress => Some(Step::Resolution),
        Status::ResolutionProposed => Some(Step::Validation),
        Status::AwaitingReporter => Some(Step::ReporterConfirmation),
        Status::ReturnedToReporter | Status::Closed(_) | Status::Escalated => None,
    }
}

impl Status {
    /// The step whose clock runs in this status; see [`step_for`].
    pub const fn current_step(self) -> Option<Step> {
        step_for(self)
    }
}

/// One row of an SOP table that carries a time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SopRow {
    /// The row's number in the SOP.
    pub number: u8,
    /// The portal step the row belongs to.
    pub step: Step,
    /// The row's time standard.
    pub standard: TimeStandard,
    /// The row's activity, abridged from the SOP (Bahasa Indonesia, as written there).
    pub activity: String,
}

/// A local government's SOP for complaints, as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SopProfile {
    /// A stable identifier, e.g. `"trenggalek"`.
    pub id: String,
    /// The government and office, e.g. "Diskominfo Kabupaten Trenggalek".
    pub name: String,
    /// The SOP's number, as issued.
    pub sop_number: String,
    /// The calendar for working-day standards.
    pub calendar: Calendar,
    /// The rows with a time standard, in SOP order.
    pub rows: Vec<SopRow>,
    /// The office above the agencies that takes over the watch when a reporter rejects an
    /// answer a second time (the region's inspectorate).
    pub oversight: String,
}

impl SopProfile {
    /// The standards of `step`, in SOP order (empty when the SOP gives it no time).
    pub fn standards(&self, step: Step) -> impl Iterator<Item = TimeStandard> + '_ {
        self.rows
            .iter()
            .filter(move |row| row.step == step)
            .map(|row| row.standard)
    }

    /// The deadline of `step` started at `start`: every row of the step run one after another on
    /// the profile's calendar. `None` when the SOP gives the step no time (or the date would
    /// overflow).
    pub fn deadline(
        &self,
        step: Step,
        start: DateTime<FixedOffset>,
    ) -> Option<DateTime<FixedOffset>> {
        let mut standards = self.standards(step).peekable();
        standards.peek()?;
        standards.try_fold(start, |at, standard| standard.after(at, &self.calendar))
    }

    /// The deadline of the step running in `status`, which the complaint entered at `since`.
    pub fn status_deadline(
        &self,
        status: Status,
        since: DateTime<FixedOffset>,
    ) -> Option<DateTime<FixedOffset>> {
        self.deadline(step_for(status)?, since)
    }

    /// When the officers in charge of a complaint in `status` since `since` are reminded that its
    /// deadline nears: three quarters of the way to it (Surabaya's step 8 asks for a reminder
    /// before and after). With the deadline itself.
    pub fn due_soon(
        &self,
        status: Status,
        since: DateTime<FixedOffset>,
    ) -> Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)> {
        let deadline = self.status_deadline(status, since)?;
        Some((since + (deadline - since) * 3 / 4, deadline))
    }

    /// The office watching over a complaint in `state`: the profile's [`SopProfile::oversight`]
    /// once the reporter rejected answers often enough ([`ComplaintState::under_oversight`]).
    pub fn watching(&self, state: &ComplaintState) -> Option<&str> {
        state.under_oversight().then_some(self.oversight.as_str())
    }

    /// When a complaint awaiting the reporter since `since` closes without answer: the
    /// confirmation period, then the reminder period. `None` unless the SOP gives both.
    pub fn no_answer_deadline(
        &self,
        since: DateTime<FixedOffset>,
    ) -> Option<DateTime<FixedOffset>> {
        let reminder_sent = self.deadline(Step::ReporterConfirmation, since)?;
        self.deadline(Step::ReporterReminder, reminder_sent)
    }
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
/// standards in working days (1, 3, 3, 7, 3, 15, 3, 2, 2). Rows 4–7 are the agency's internal
/// work (liaison's memo, the head's instruction, the draft answer, its approval) and together
/// make the agency's 28 working days for an answer.
pub fn trenggalek() -> SopProfile {
    use Step as S;
    use TimeStandard::WorkingDays as Wd;
    SopProfile {
        id: "trenggalek".into(),
        name: "Dinas Komunikasi dan Informatika Kabupaten Trenggalek".into(),
        oversight: "Inspektorat Kabupaten Trenggalek".into(),
        sop_number: "SOP/25/406.020/2019".into(),
        calendar: Calendar::WorkingDays {
            holidays: national_holidays_2026(),
        },
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
                S::Resolution,
                Wd(15),
                "Menerima dan menelaah konsep tindak lanjut penyelesaian; mengembalikan untuk perbaikan atau meneruskan",
            ),
            row(
                7,
                S::Resolution,
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
        name: "Dinas Komunikasi dan Informatika Kabupaten Kapuas".into(),
        oversight: "Inspektorat Kabupaten Kapuas".into(),
        sop_number: "555/03/IKP/XII/2018".into(),
        calendar: Calendar::WorkingDays {
            holidays: national_holidays_2026(),
        },
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
/// and the desk forwards the answer within 5 minutes.
pub fn tanah_bumbu() -> SopProfile {
    use Step as S;
    use TimeStandard::{Days, Minutes};
    SopProfile {
        id: "tanah_bumbu".into(),
        name: "Dinas Komunikasi dan Informatika Kabupaten Tanah Bumbu".into(),
        oversight: "Inspektorat Kabupaten Tanah Bumbu".into(),
        sop_number: "B/ / /Diskominfo-PKP.I/2020".into(),
        calendar: Calendar::WorkingDays {
            holidays: national_holidays_2026(),
        },
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
                S::Validation,
                Minutes(5),
                "Admin Kabupaten meneruskan tanggapan kepada sistem",
            ),
        ],
    }
}

/// Diskominfo Kota Surabaya, 061.1/Dinkominfo/KP/10175 (2023): one day for most desk steps, the
/// agency's first response within 1×24 hours, its follow-up within 3 days, then 7 days for the
/// reporter's confirmation and 7 more after a reminder before the complaint closes.
pub fn surabaya() -> SopProfile {
    use Step as S;
    use TimeStandard::{Days, Hours};
    SopProfile {
        id: "surabaya".into(),
        name: "Dinas Komunikasi dan Informatika Kota Surabaya".into(),
        oversight: "Inspektorat Kota Surabaya".into(),
        sop_number: "061.1/Dinkominfo/KP/10175".into(),
        calendar: Calendar::WorkingDays {
            holidays: national_holidays_2026(),
        },
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
/// the agency's 105 minutes.
pub fn cilacap() -> SopProfile {
    use Step as S;
    use TimeStandard::Minutes;
    SopProfile {
        id: "cilacap".into(),
        name: "Dinas Komunikasi dan Informatika Kabupaten Cilacap".into(),
        oversight: "Inspektorat Kabupaten Cilacap".into(),
        sop_number: "061/0478/36".into(),
        calendar: Calendar::WallClock,
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A moment in Western Indonesia Time (WIB, UTC+7).
    fn wib(date: &str, time: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("{date}T{time}+07:00")).expect("valid time")
    }

    fn minutes(standard: TimeStandard) -> u32 {
        match standard {
            TimeStandard::Minutes(n) => n,
            TimeStandard::Hours(n) => n * 60,
            TimeStandard::Days(n) | TimeStandard::WorkingDays(n) => n * 24 * 60,
        }
    }

    #[test]
    fn cilacap_complaint_received_at_nine_is_dispatched_by_quarter_past() {
        let deadline = cilacap().deadline(Step::Verification, wib("2026-03-02", "09:00:00"));
        assert_eq!(deadline, Some(wib("2026-03-02", "09:15:00")));
    }

    #[test]
    fn cilacap_steps_add_up_to_two_hours_fifteen_minutes() {
        let total: u32 = cilacap().rows.iter().map(|row| minutes(row.standard)).sum();
        assert_eq!(total, 135);
    }

    #[test]
    fn cilacap_agency_has_one_hundred_and_five_minutes_for_its_answer() {
        let deadline = cilacap().deadline(Step::Resolution, wib("2026-03-02", "09:30:00"));
        assert_eq!(deadline, Some(wib("2026-03-02", "11:15:00")));
    }

    #[test]
    fn trenggalek_verification_from_friday_skips_the_weekend_and_independence_day() {
        // Fri 14 Aug 2026; Sat, Sun and Mon 17 Aug (Independence Day) do not count.
        let deadline = trenggalek().deadline(Step::Verification, wib("2026-08-14", "10:00:00"));
        assert_eq!(deadline, Some(wib("2026-08-20", "23:59:59")));
    }

    #[test]
    fn a_complaint_arriving_on_saturday_counts_from_monday() {
        let deadline = trenggalek().deadline(Step::Intake, wib("2026-03-07", "08:00:00"));
        assert_eq!(deadline, Some(wib("2026-03-09", "23:59:59")));
    }

    #[test]
    fn trenggalek_standards_follow_its_table() {
        let days: Vec<u32> = trenggalek()
            .rows
            .iter()
            .map(|row| match row.standard {
                TimeStandard::WorkingDays(n) => n,
                other => panic!("not working days: {other:?}"),
            })
            .collect();
        assert_eq!(days, [1, 3, 3, 7, 3, 15, 3, 2, 2]);
    }

    #[test]
    fn trenggalek_agency_has_twenty_eight_working_days_for_its_answer() {
        // From Thu 1 Oct 2026, no holiday until November: the 28th working day is Tue 10 Nov.
        let deadline = trenggalek().deadline(Step::Resolution, wib("2026-10-01", "14:00:00"));
        assert_eq!(deadline, Some(wib("2026-11-10", "23:59:59")));
    }

    #[test]
    fn surabaya_first_response_is_due_within_twenty_four_hours() {
        let deadline =
            surabaya().status_deadline(Status::Dispatched, wib("2026-03-06", "16:30:00"));
        assert_eq!(deadline, Some(wib("2026-03-07", "16:30:00")));
    }

    #[test]
    fn surabaya_reporter_confirmation_takes_seven_days_then_a_seven_day_reminder() {
        let profile = surabaya();
        let answered = wib("2026-03-02", "10:00:00");
        let reminder = profile.deadline(Step::ReporterConfirmation, answered);
        assert_eq!(reminder, Some(wib("2026-03-09", "10:00:00")));
        assert_eq!(
            profile.no_answer_deadline(answered),
            Some(wib("2026-03-16", "10:00:00"))
        );
    }

    #[test]
    fn surabaya_validation_runs_its_two_rows_one_after_the_other() {
        let deadline = surabaya().deadline(Step::Validation, wib("2026-03-02", "10:00:00"));
        assert_eq!(deadline, Some(wib("2026-03-04", "10:00:00")));
    }

    #[test]
    fn kapuas_days_are_calendar_days() {
        let deadline = kapuas().deadline(Step::Dispatch, wib("2026-08-14", "09:00:00"));
        assert_eq!(deadline, Some(wib("2026-08-17", "09:00:00")));
    }

    #[test]
    fn tanah_bumbu_system_notifies_in_five_minutes_and_agencies_answer_in_a_day() {
        let profile = tanah_bumbu();
        let filed = wib("2026-03-02", "23:58:00");
        assert_eq!(
            profile.deadline(Step::Intake, filed),
            Some(wib("2026-03-03", "00:03:00"))
        );
        assert_eq!(
            profile.deadline(Step::Resolution, filed),
            Some(wib("2026-03-03", "23:58:00"))
        );
    }

    #[test]
    fn a_step_without_a_standard_has_no_deadline() {
        assert_eq!(
            tanah_bumbu().deadline(Step::Verification, wib("2026-03-02", "09:00:00")),
            None
        );
        assert_eq!(
            trenggalek().no_answer_deadline(wib("2026-03-02", "09:00:00")),
            None
        );
        assert_eq!(
            trenggalek().status_deadline(Status::Escalated, wib("2026-03-02", "09:00:00")),
            None
        );
    }

    #[test]
    fn deadlines_keep_the_time_zone_of_the_start() {
        let wit = DateTime::parse_from_rfc3339("2026-08-14T10:00:00+09:00").expect("valid time");
        let deadline = trenggalek()
            .deadline(Step::Verification, wit)
            .expect("deadline");
        assert_eq!(deadline.to_rfc3339(), "2026-08-20T23:59:59+09:00");
    }

    #[test]
    fn every_status_maps_to_its_step() {
        assert_eq!(Status::Submitted.current_step(), Some(Step::Verification));
        assert_eq!(Status::InProgress.current_step(), Some(Step::Resolution));
        assert_eq!(
            Status::AwaitingReporter.current_step(),
            Some(Step::ReporterConfirmation)
        );
        for status in Status::ALL {
            assert_eq!(
                status.current_step().is_some(),
                status.is_open() && status != Status::ReturnedToReporter
            );
        }
    }

    #[test]
    fn profiles_are_found_by_id_and_ids_are_unique() {
        let profiles = all_profiles();
        for profile in &profiles {
            assert_eq!(profile_by_id(&profile.id).as_ref(), Some(profile));
            assert!(
                profile
                    .rows
                    .windows(2)
                    .all(|pair| pair[0].number < pair[1].number),
                "{}",
                profile.id
            );
        }
        assert_eq!(profiles.len(), 5);
        assert!(profile_by_id("jakarta").is_none());
    }

    #[test]
    fn all_2026_holidays_are_real_dates() {
        assert_eq!(national_holidays_2026().len(), NATIONAL_HOLIDAYS_2026.len());
    }

    #[test]
    fn standards_are_described_as_the_sops_write_them() {
        assert_eq!(
            TimeStandard::WorkingDays(3).describe(Locale::Id),
            "3 hari kerja"
        );
        assert_eq!(TimeStandard::Minutes(15).describe(Locale::En), "15 minutes");
    }

    #[test]
    fn absurd_standards_give_no_deadline_instead_of_hanging() {
        let start = wib("2026-03-02", "09:00:00");
        let calendar = Calendar::WorkingDays { holidays: vec![] };
        assert_eq!(
            TimeStandard::WorkingDays(u32::MAX).after(start, &calendar),
            None
        );
        assert_eq!(
            TimeStandard::Days(u32::MAX).after(start, &calendar),
            None,
            "past year 262143"
        );
        assert!(
            TimeStandard::Minutes(u32::MAX)
                .after(start, &calendar)
                .is_some()
        );
    }

    proptest! {
        #[test]
        fn working_day_deadlines_land_on_working_days_after_the_start(
            day in 0u64..365, hour in 0u32..24, n in 0u32..40,
        ) {
            let start = wib("2026-01-01", "00:00:00") + Duration::days(day as i64) + Duration::hours(i64::from(hour));
            let profile = trenggalek();
            let deadline = TimeStandard::WorkingDays(n).after(start, &profile.calendar).expect("fits");
            prop_assert!(deadline >= start);
            if n > 0 {
                prop_assert!(profile.calendar.is_working_day(deadline.date_naive()));
                prop_assert!(deadline.date_naive() > start.date_naive());
            }
            let later = TimeStandard::WorkingDays(n + 1).after(start, &profile.calendar).expect("fits");
            prop_assert!(later > deadline);
        }
    }
}
