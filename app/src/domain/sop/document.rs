//! A profile as a document a region keeps, reads and edits without a developer: its SOP's timed
//! rows, the steps it switches on, its office hours and its waits for the reporter, written as
//! TOML. The calendar is not part of it: days off are the desk's data for every profile
//! ([`super::days_off`]).
//!
//! ```toml
//! id = "trenggalek"
//! name = "Dinas Komunikasi dan Informatika Kabupaten Trenggalek"
//! sop_number = "SOP/25/406.020/2019"
//! oversight = "Inspektorat Kabupaten Trenggalek"
//! validation = true
//! head_approval = true
//! clarification_pauses_clock = true
//! required_fields = ["reporter_address"]
//! retention_days = 730
//!
//! [office_hours]
//! monday = ["07:30-12:00", "12:30-16:00"]
//! friday = ["07:30-11:30", "13:00-14:30"]
//! saturday = []
//!
//! [reporter_waits]
//! confirmation = { first = "7 hari", after_reminder = "7 hari" }
//!
//! [[rows]]
//! number = 2
//! step = "verification"
//! standard = "3 hari kerja"
//! activity = "Menerima, memverifikasi dan mengklarifikasi aduan"
//! ```
//!
//! Standards are written as the SOPs write them ([`TimeStandard::parse`]): "3 hari kerja",
//! "1 hari", "24 jam", "15 menit", and "4 jam dalam jam kerja" or "15 menit dalam jam kerja" for
//! a clock that stops outside office hours. A document is checked whole before it is taken:
//! every problem is named, with the row or day it is in, in both languages.

use super::*;
use crate::domain::complaint::{ExtraField, RequiredFields};
use crate::i18n::{Locale, Text};
use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

/// The most bytes of a profile's document.
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024;
/// The most timed rows a profile has (the longest SOP here has 16).
pub const MAX_ROWS: usize = 60;
/// The most characters of a name, a number or an activity.
pub const MAX_TEXT_CHARS: usize = 300;
/// The longest standard a row or a wait may give, in days (a year); in hours and minutes the
/// same span.
pub const MAX_STANDARD_DAYS: u32 = 366;

/// The office hours of a document: each weekday's shifts as `"HH:MM-HH:MM"`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeekDocument {
    /// Monday's shifts.
    #[serde(default)]
    pub monday: Vec<String>,
    /// Tuesday's shifts.
    #[serde(default)]
    pub tuesday: Vec<String>,
    /// Wednesday's shifts.
    #[serde(default)]
    pub wednesday: Vec<String>,
    /// Thursday's shifts.
    #[serde(default)]
    pub thursday: Vec<String>,
    /// Friday's shifts.
    #[serde(default)]
    pub friday: Vec<String>,
    /// Saturday's shifts (never office time: the calendar works Monday to Friday).
    #[serde(default)]
    pub saturday: Vec<String>,
    /// Sunday's shifts (never office time).
    #[serde(default)]
    pub sunday: Vec<String>,
}

/// The day names of a document, Monday first, in each language.
const DAYS: [(&str, Text); 7] = [
    ("monday", Text::new("Senin", "Monday")),
    ("tuesday", Text::new("Selasa", "Tuesday")),
    ("wednesday", Text::new("Rabu", "Wednesday")),
    ("thursday", Text::new("Kamis", "Thursday")),
    ("friday", Text::new("Jumat", "Friday")),
    ("saturday", Text::new("Sabtu", "Saturday")),
    ("sunday", Text::new("Minggu", "Sunday")),
];

impl WaitDocument {
    fn of(wait: ReporterWait) -> WaitDocument {
        WaitDocument {
            first: wait.first.describe(Locale::Id),
            after_reminder: wait.after_reminder.describe(Locale::Id),
        }
    }
}

impl WeekDocument {
    fn days(&self) -> [&Vec<String>; 7] {
        [
            &self.monday,
            &self.tuesday,
            &self.wednesday,
            &self.thursday,
            &self.friday,
            &self.saturday,
            &self.sunday,
        ]
    }

    fn of(hours: &OfficeHours) -> WeekDocument {
        let day = |index: usize| -> Vec<String> {
            hours.week[index]
                .iter()
                .map(|shift| {
                    format!(
                        "{}-{}",
                        shift.start.format("%H:%M"),
                        shift.end.format("%H:%M")
                    )
                })
                .collect()
        };
        WeekDocument {
            monday: day(0),
            tuesday: day(1),
            wednesday: day(2),
            thursday: day(3),
            friday: day(4),
            saturday: day(5),
            sunday: day(6),
        }
    }
}

/// A timed row as a region writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowDocument {
    /// The row's number in the SOP.
    pub number: u8,
    /// The portal step it belongs to ([`Step::code`]).
    pub step: Step,
    /// Its time standard, as the SOP writes it.
    pub standard: String,
    /// Its activity, abridged from the SOP.
    pub activity: String,
}

/// A wait for the reporter as a region writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaitDocument {
    /// Until the reminder.
    pub first: String,
    /// From the reminder to the closing.
    pub after_reminder: String,
}

/// The waits for the reporter as a region writes them; one left out waits for ever.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaitsDocument {
    /// For the confirmation of an answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation: Option<WaitDocument>,
    /// For a returned complaint to be completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion: Option<WaitDocument>,
}

/// A profile as a region writes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileDocument {
    /// A stable identifier: 2–40 lower-case letters, digits and `_`.
    pub id: String,
    /// The government and office.
    pub name: String,
    /// The SOP's number, as issued.
    pub sop_number: String,
    /// The office that watches a complaint rejected twice.
    pub oversight: String,
    /// Whether the main desk validates the agency's answer.
    pub validation: bool,
    /// Whether the agency's head approves its drafted answer.
    pub head_approval: bool,
    /// Whether the agency's clock waits while the reporter is asked for more information.
    pub clarification_pauses_clock: bool,
    /// The fields a complaint must carry beyond the portal's own: `reporter_address`,
    /// `social_media_account` (of complaints that came by social media), `topic`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required_fields: Vec<ExtraField>,
    /// When the offices work.
    pub office_hours: WeekDocument,
    /// How long the reporter is waited for where the rows give no time; a wait left out waits
    /// for ever.
    #[serde(default)]
    pub reporter_waits: WaitsDocument,
    /// How many days a finished complaint keeps its reporter's personal data
    /// ([`Retention::MIN_DAYS`]–[`Retention::MAX_DAYS`]); two years when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days: Option<u32>,
    /// The SOP's timed rows, in its order.
    pub rows: Vec<RowDocument>,
}

/// What is wrong in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentProblem {
    /// The TOML itself cannot be read (a syntax error, a missing or unknown key, a wrong type).
    Unreadable(String),
    /// Larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge,
    /// The id is not 2–40 lower-case letters, digits and `_`.
    Id,
    /// A name, number or office is empty, too long or holds control characters.
    Text(&'static str),
    /// No rows, or more than [`MAX_ROWS`].
    RowCount,
    /// Two rows, or the row at this index, with a number outside 1–255.
    RowNumber(usize),
    /// The activity of the row with this number is empty, too long or holds control characters.
    Activity(u8),
    /// The standard of the row with this number is not one [`TimeStandard::parse`] reads, is
    /// zero, or is longer than a year.
    RowStandard(u8),
    /// A shift of this day is not `"HH:MM-HH:MM"` with its end after its start.
    Shift(usize, String),
    /// The shifts of this day overlap or are out of order.
    ShiftOrder(usize),
    /// A standard counts office time, yet no weekday has office hours.
    NoOfficeHours,
    /// A wait for the reporter is not a standard [`TimeStandard::parse`] reads, is zero, or is
    /// longer than a year.
    Wait,
    /// The retention period is outside [`Retention::MIN_DAYS`]–[`Retention::MAX_DAYS`] days.
    Retention,
}

impl DocumentProblem {
    /// A sentence for the administrator who imported the document.
    pub fn message(&self, locale: Locale) -> String {
        let id = locale == Locale::Id;
        let day = |index: &usize| DAYS[*index].1.get(locale);
        match (self, id) {
            (DocumentProblem::Unreadable(why), true) => format!("TOML tidak dapat dibaca: {why}"),
            (DocumentProblem::Unreadable(why), false) => format!("The TOML cannot be read: {why}"),
            (DocumentProblem::TooLarge, true) => {
                format!("Dokumen profil paling besar {} KiB.", MAX_DOCUMENT_BYTES / 1024)
            }
            (DocumentProblem::TooLarge, false) => format!(
                "A profile's document is at most {} KiB.",
                MAX_DOCUMENT_BYTES / 1024
            ),
            (DocumentProblem::Id, true) => {
                "id harus 2–40 huruf kecil, angka atau garis bawah (mis. \"trenggalek\").".to_owned()
            }
            (DocumentProblem::Id, false) => {
                "id must be 2–40 lower-case letters, digits or underscores (e.g. \"trenggalek\")."
                    .to_owned()
            }
            (DocumentProblem::Text(key), true) => format!(
                "{key} wajib diisi, paling banyak {MAX_TEXT_CHARS} karakter, tanpa karakter kendali."
            ),
            (DocumentProblem::Text(key), false) => format!(
                "{key} is required, at most {MAX_TEXT_CHARS} characters, without control characters."
            ),
            (DocumentProblem::RowCount, true) => {
                format!("Profil memerlukan 1–{MAX_ROWS} baris (rows) yang berwaktu.")
            }
            (DocumentProblem::RowCount, false) => {
                format!("A profile needs 1–{MAX_ROWS} timed rows.")
            }
            (DocumentProblem::RowNumber(index), true) => format!(
                "Baris ke-{}: nomor (number) harus 1–255 dan tidak boleh sama dengan baris lain.",
                index + 1
            ),
            (DocumentProblem::RowNumber(index), false) => format!(
                "Row {}: its number must be 1–255 and differ from every other row's.",
                index + 1
            ),
            (DocumentProblem::Activity(number), true) => format!(
                "Baris nomor {number}: kegiatan (activity) wajib diisi, paling banyak {MAX_TEXT_CHARS} karakter."
            ),
            (DocumentProblem::Activity(number), false) => format!(
                "Row number {number}: the activity is required, at most {MAX_TEXT_CHARS} characters."
            ),
            (DocumentProblem::RowStandard(number), true) => format!(
                "Baris nomor {number}: standar waktu ditulis seperti \"3 hari kerja\", \"1 hari\", \"24 jam\" atau \"15 menit dalam jam kerja\", lebih dari 0 dan paling lama satu tahun."
            ),
            (DocumentProblem::RowStandard(number), false) => format!(
                "Row number {number}: write the time standard like \"3 hari kerja\", \"1 hari\", \"24 jam\" or \"15 menit dalam jam kerja\", more than 0 and at most a year."
            ),
            (DocumentProblem::Shift(index, shift), true) => format!(
                "Jam kerja hari {}: \"{shift}\" harus ditulis JJ:MM-JJ:MM dengan jam selesai setelah jam mulai.",
                day(index)
            ),
            (DocumentProblem::Shift(index, shift), false) => format!(
                "Office hours on {}: \"{shift}\" must be written HH:MM-HH:MM, ending after it starts.",
                day(index)
            ),
            (DocumentProblem::ShiftOrder(index), true) => format!(
                "Jam kerja hari {}: rentang waktu harus berurutan dan tidak saling tumpang tindih.",
                day(index)
            ),
            (DocumentProblem::ShiftOrder(index), false) => format!(
                "Office hours on {}: the shifts must be in order and must not overlap.",
                day(index)
            ),
            (DocumentProblem::NoOfficeHours, true) => "Ada standar waktu yang dihitung dalam jam kerja, tetapi tidak ada jam kerja pada hari Senin–Jumat.".to_owned(),
            (DocumentProblem::NoOfficeHours, false) => "A time standard counts office time, yet no day from Monday to Friday has office hours.".to_owned(),
            (DocumentProblem::Wait, true) => "Waktu tunggu pelapor (reporter_waits) ditulis seperti \"7 hari\", lebih dari 0 dan paling lama satu tahun.".to_owned(),
            (DocumentProblem::Wait, false) => "Write the reporter's waits (reporter_waits) like \"7 hari\", more than 0 and at most a year.".to_owned(),
            (DocumentProblem::Retention, true) => format!(
                "Masa simpan data pribadi (retention_days) harus {}–{} hari.",
                Retention::MIN_DAYS,
                Retention::MAX_DAYS
            ),
            (DocumentProblem::Retention, false) => format!(
                "The retention of personal data (retention_days) must be {}–{} days.",
                Retention::MIN_DAYS,
                Retention::MAX_DAYS
            ),
        }
    }
}

impl ProfileDocument {
    /// The document of `profile`.
    pub fn of(profile: &SopProfile) -> ProfileDocument {
        ProfileDocument {
            id: profile.id.clone(),
            name: profile.name.clone(),
            sop_number: profile.sop_number.clone(),
            oversight: profile.oversight.clone(),
            validation: profile.validation,
            head_approval: profile.head_approval,
            clarification_pauses_clock: profile.clarification_pauses_clock,
            required_fields: profile.required_fields.iter().collect(),
            office_hours: WeekDocument::of(&profile.office_hours),
            reporter_waits: WaitsDocument {
                confirmation: profile.reporter_waits.confirmation.map(WaitDocument::of),
                completion: profile.reporter_waits.completion.map(WaitDocument::of),
            },
            retention_days: (profile.retention != Retention::default())
                .then(|| profile.retention.days()),
            rows: profile
                .rows
                .iter()
                .map(|row| RowDocument {
                    number: row.number,
                    step: row.step,
                    standard: row.standard.describe(Locale::Id),
                    activity: row.activity.clone(),
                })
                .collect(),
        }
    }

    /// The profile this document describes, on `calendar`, as version 1 (storage sets the
    /// version it keeps it under).
    ///
    /// # Errors
    /// Every problem found.
    pub fn into_profile(self, calendar: Calendar) -> Result<SopProfile, Vec<DocumentProblem>> {
        let mut problems = Vec::new();
        let id_fits = (2..=40).contains(&self.id.len())
            && self
                .id
                .bytes()
                .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'_');
        if !id_fits {
            problems.push(DocumentProblem::Id);
        }
        for (key, text) in [
            ("name", &self.name),
            ("sop_number", &self.sop_number),
            ("oversight", &self.oversight),
        ] {
            if !fits(text) {
                problems.push(DocumentProblem::Text(key));
            }
        }
        if self.rows.is_empty() || self.rows.len() > MAX_ROWS {
            problems.push(DocumentProblem::RowCount);
        }
        let mut numbers = std::collections::BTreeSet::new();
        let mut rows = Vec::new();
        for (index, row) in self.rows.iter().enumerate() {
            if row.number == 0 || !numbers.insert(row.number) {
                problems.push(DocumentProblem::RowNumber(index));
            }
            if !fits(&row.activity) {
                problems.push(DocumentProblem::Activity(row.number));
            }
            match standard(&row.standard) {
                Some(standard) => rows.push(SopRow {
                    number: row.number,
                    step: row.step,
                    standard,
                    activity: row.activity.trim().to_owned(),
                }),
                None => problems.push(DocumentProblem::RowStandard(row.number)),
            }
        }
        let wait = |wait: &Option<WaitDocument>| -> Result<Option<ReporterWait>, DocumentProblem> {
            let Some(wait) = wait else {
                return Ok(None);
            };
            match (standard(&wait.first), standard(&wait.after_reminder)) {
                (Some(first), Some(after_reminder)) => Ok(Some(ReporterWait {
                    first,
                    after_reminder,
                })),
                _ => Err(DocumentProblem::Wait),
            }
        };
        let reporter_waits = match (
            wait(&self.reporter_waits.confirmation),
            wait(&self.reporter_waits.completion),
        ) {
            (Ok(confirmation), Ok(completion)) => ReporterWaits {
                confirmation,
                completion,
            },
            _ => {
                problems.push(DocumentProblem::Wait);
                ReporterWaits::default()
            }
        };
        let waits = [reporter_waits.confirmation, reporter_waits.completion];
        let retention = match self.retention_days {
            None => Retention::default(),
            Some(days) => Retention::of_days(days).unwrap_or_else(|| {
                problems.push(DocumentProblem::Retention);
                Retention::default()
            }),
        };
        let office_hours = match week(&self.office_hours) {
            Ok(hours) => Some(hours),
            Err(found) => {
                problems.extend(found);
                None
            }
        };
        if let Some(hours) = &office_hours {
            let counts_office_time = rows
                .iter()
                .map(|row| row.standard)
                .chain(
                    waits
                        .iter()
                        .flatten()
                        .flat_map(|wait| [wait.first, wait.after_reminder]),
                )
                .any(|standard| {
                    matches!(
                        standard,
                        TimeStandard::WorkingHours(_) | TimeStandard::WorkingMinutes(_)
                    )
                });
            if counts_office_time && hours.week[..5].iter().all(Vec::is_empty) {
                problems.push(DocumentProblem::NoOfficeHours);
            }
        }
        match office_hours {
            Some(office_hours) if problems.is_empty() => Ok(SopProfile {
                id: self.id,
                version: 1,
                name: self.name.trim().to_owned(),
                sop_number: self.sop_number.trim().to_owned(),
                calendar,
                office_hours,
                reporter_waits,
                retention,
                validation: self.validation,
                head_approval: self.head_approval,
                clarification_pauses_clock: self.clarification_pauses_clock,
                required_fields: RequiredFields::new(self.required_fields),
                rows,
                oversight: self.oversight.trim().to_owned(),
            }),
            _ => Err(problems),
        }
    }
}

/// Whether `text` is a one-line text of 1–[`MAX_TEXT_CHARS`] characters.
fn fits(text: &str) -> bool {
    let trimmed = text.trim();
    !trimmed.is_empty()
        && trimmed.chars().count() <= MAX_TEXT_CHARS
        && !trimmed.chars().any(char::is_control)
}

/// The standard `text` writes, if it is more than nothing and at most [`MAX_STANDARD_DAYS`].
fn standard(text: &str) -> Option<TimeStandard> {
    TimeStandard::parse(text).filter(|standard| reasonable(*standard))
}

/// Whether `standard` is more than nothing and at most [`MAX_STANDARD_DAYS`].
fn reasonable(standard: TimeStandard) -> bool {
    let (amount, most) = match standard {
        TimeStandard::WorkingDays(n) | TimeStandard::Days(n) => (n, MAX_STANDARD_DAYS),
        TimeStandard::Hours(n) | TimeStandard::WorkingHours(n) => (n, MAX_STANDARD_DAYS * 24),
        TimeStandard::Minutes(n) | TimeStandard::WorkingMinutes(n) => {
            (n, MAX_STANDARD_DAYS * 24 * 60)
        }
    };
    (1..=most).contains(&amount)
}

/// The office hours a document's week describes.
fn week(document: &WeekDocument) -> Result<OfficeHours, Vec<DocumentProblem>> {
    let mut problems = Vec::new();
    let mut week: [Vec<Shift>; 7] = Default::default();
    for (index, shifts) in document.days().into_iter().enumerate() {
        for text in shifts {
            match shift(text) {
                Some(shift) => week[index].push(shift),
                None => problems.push(DocumentProblem::Shift(index, text.clone())),
            }
        }
        if week[index]
            .windows(2)
            .any(|pair| pair[1].start < pair[0].end)
        {
            problems.push(DocumentProblem::ShiftOrder(index));
        }
    }
    if problems.is_empty() {
        Ok(OfficeHours { week })
    } else {
        Err(problems)
    }
}

/// A shift written `"HH:MM-HH:MM"`.
fn shift(text: &str) -> Option<Shift> {
    let (start, end) = text.trim().split_once('-')?;
    let time = |text: &str| NaiveTime::parse_from_str(text.trim(), "%H:%M").ok();
    let (start, end) = (time(start)?, time(end)?);
    (start < end).then_some(Shift { start, end })
}

/// Reading and writing documents as TOML, on the server.
#[cfg(feature = "ssr")]
impl ProfileDocument {
    /// Reads a document from `text`.
    ///
    /// # Errors
    /// [`DocumentProblem::TooLarge`], or [`DocumentProblem::Unreadable`] with the parser's
    /// words (line and column).
    pub fn from_toml(text: &str) -> Result<ProfileDocument, DocumentProblem> {
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(DocumentProblem::TooLarge);
        }
        toml::from_str(text).map_err(|error| DocumentProblem::Unreadable(error.to_string()))
    }

    /// The document as TOML.
    ///
    /// # Errors
    /// The serialiser's, which a document of strings, numbers, booleans, tables and arrays of
    /// them does not meet.
    pub fn to_toml(&self) -> Result<String, toml::ser::Error> {
        toml::to_string(self)
    }
}
