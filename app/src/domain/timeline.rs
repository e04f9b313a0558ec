//! What one entry of a complaint's timeline records: its filing, a step of the status machine
//! ([`ActionKind`]), or a record added beside the machine that leaves the status as it is: the
//! reporter asking for personal details to be removed and the desk removing them, an agency's
//! internal disposition note (nota dinas, between its liaison and its head) and its field
//! verification report (berita acara, with photos: the Kapuas SOP).
//!
//! [`EntryKind::may_record`] is the one table of who may add which record when.
//!
//! The timeline is both the reporter's view of their complaint and the officers' audit trail, so
//! every entry kind has a stable code (stored) and a label (shown).

use super::field::ErrorCode;
use super::status::{ActionKind, Role, Status};
use super::text;
use crate::i18n::Text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The kind of one timeline entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum EntryKind {
    /// The complaint was filed.
    Filed,
    /// A step of the status machine.
    Action(ActionKind),
    /// The reporter asked for personal details in their text to be removed from what others see.
    RedactionRequested,
    /// The main desk set the public version of the title and text.
    Redacted,
    /// An internal note between the agency's officers (nota dinas): an instruction or a report.
    Disposition,
    /// The agency's field verification report (berita acara): when, who, what was found, photos.
    FieldReport,
    /// The main desk's own internal note.
    DeskNote,
    /// The main desk reminded the agency's officers of a complaint they have not acted on (by
    /// e-mail, with the desk's message).
    AgencyReminded,
    /// The main desk raised a complaint the agency has not acted on with the agency's head.
    RaisedWithHead,
    /// The complaint was given to an officer (the note names them): within the desk by the main
    /// desk, within the agency by its administrator.
    Assigned,
    /// The reporter asked for their personal data to be erased ([`crate::domain::erasure`]).
    ErasureRequested,
    /// The main desk decided the reporter's erasure request.
    ErasureDecided,
    /// The reporter answered the satisfaction survey (the scores go to a monthly tally, see
    /// [`crate::domain::satisfaction`]).
    SurveyAnswered,
}

impl EntryKind {
    /// Every kind that is not a status-machine step.
    const RECORDS: [EntryKind; 12] = [
        EntryKind::Filed,
        EntryKind::RedactionRequested,
        EntryKind::Redacted,
        EntryKind::Disposition,
        EntryKind::FieldReport,
        EntryKind::DeskNote,
        EntryKind::AgencyReminded,
        EntryKind::RaisedWithHead,
        EntryKind::Assigned,
        EntryKind::SurveyAnswered,
        EntryKind::ErasureRequested,
        EntryKind::ErasureDecided,
    ];

    /// The records officers add from the complaint page (each where [`EntryKind::may_record`]
    /// allows), in the order their forms appear: the agency's note and field report, the desk's
    /// follow-up of dispatched work and its own note.
    pub const OFFICER_RECORDS: [EntryKind; 5] = [
        EntryKind::Disposition,
        EntryKind::FieldReport,
        EntryKind::AgencyReminded,
        EntryKind::RaisedWithHead,
        EntryKind::DeskNote,
    ];

    /// The stored code: the action's own code for a step.
    pub const fn code(self) -> &'static str {
        match self {
            EntryKind::Filed => "submit",
            EntryKind::Action(kind) => kind.code(),
            EntryKind::RedactionRequested => "request_redaction",
            EntryKind::Redacted => "redact",
            EntryKind::Disposition => "disposition",
            EntryKind::FieldReport => "field_report",
            EntryKind::DeskNote => "desk_note",
            EntryKind::AgencyReminded => "remind_agency",
            EntryKind::RaisedWithHead => "raise_with_head",
            EntryKind::Assigned => "assign",
            EntryKind::SurveyAnswered => "survey",
            EntryKind::ErasureRequested => "request_erasure",
            EntryKind::ErasureDecided => "decide_erasure",
        }
    }

    /// The kind a stored code names.
    pub fn parse_code(code: &str) -> Option<EntryKind> {
        EntryKind::RECORDS
            .into_iter()
            .find(|kind| kind.code() == code)
            .or_else(|| ActionKind::parse_code(code).map(EntryKind::Action))
    }

    /// How the timeline names the entry.
    pub const fn label(self) -> Text {
        match self {
            EntryKind::Filed => Text::new("Aduan diterima", "Complaint received"),
            EntryKind::Action(kind) => kind.label(),
            EntryKind::RedactionRequested => Text::new(
                "Pelapor meminta data pribadi dihapus dari teks",
                "Reporter asked for personal details to be removed from the text",
            ),
            EntryKind::Redacted => Text::new(
                "Data pribadi dihapus dari teks yang tampil untuk umum",
                "Personal details removed from the public text",
            ),
            EntryKind::Disposition => Text::new("Nota dinas", "Internal note"),
            EntryKind::FieldReport => Text::new(
                "Berita acara verifikasi lapangan",
                "Field verification report",
            ),
            EntryKind::DeskNote => Text::new("Catatan Admin Utama", "Main desk note"),
            EntryKind::AgencyReminded => {
                Text::new("Ingatkan perangkat daerah", "Remind the agency")
            }
            EntryKind::RaisedWithHead => Text::new(
                "Laporkan ke kepala perangkat daerah",
                "Raise with the agency's head",
            ),
            EntryKind::Assigned => Text::new("Ditugaskan kepada", "Assigned to"),
            EntryKind::ErasureRequested => Text::new(
                "Pelapor meminta data pribadinya dihapus",
                "Reporter asked for their personal data to be erased",
            ),
            EntryKind::ErasureDecided => Text::new(
                "Permintaan hapus data diputuskan",
                "Erasure request decided",
            ),
            EntryKind::SurveyAnswered => Text::new(
                "Pelapor mengisi survei kepuasan",
                "Reporter answered the satisfaction survey",
            ),
        }
    }

    /// Whether `role` may add this record to a complaint in `status`: the reporter asks for a
    /// redaction and the main desk makes one at any time (a closed complaint stays public); an
    /// agency's officers write notes while the complaint is with them, and report a field visit
    /// once they accepted it. Filings and status-machine steps are not records.
    pub fn may_record(self, role: Role, status: Status) -> bool {
        let with_agency = matches!(
            status,
            Status::Dispatched
                | Status::InProgress
                | Status::AwaitingClarification
                | Status::AwaitingApproval
                | Status::ResolutionProposed
        );
        match self {
            EntryKind::RedactionRequested => role == Role::Reporter,
            EntryKind::Redacted => role == Role::MainDesk,
            EntryKind::Disposition => {
                with_agency && matches!(role, Role::AgencyAdmin | Role::Liaison | Role::AgencyHead)
            }
            EntryKind::FieldReport => {
                status == Status::InProgress && matches!(role, Role::AgencyAdmin | Role::Liaison)
            }
            EntryKind::DeskNote => role == Role::MainDesk && status.is_open(),
            EntryKind::AgencyReminded => {
                role == Role::MainDesk && matches!(status, Status::Dispatched | Status::InProgress)
            }
            EntryKind::RaisedWithHead => {
                role == Role::MainDesk
                    && matches!(
                        status,
                        Status::Dispatched | Status::InProgress | Status::AwaitingApproval
                    )
            }
            EntryKind::Assigned => {
                (role == Role::MainDesk && status.is_open())
                    || (role == Role::AgencyAdmin && with_agency)
            }
            EntryKind::ErasureRequested => role == Role::Reporter,
            EntryKind::ErasureDecided => role == Role::MainDesk,
            EntryKind::SurveyAnswered => {
                role == Role::Reporter
                    && matches!(
                        status,
                        Status::Closed(
                            crate::domain::status::Closure::Confirmed
                                | crate::domain::status::Closure::NoAnswer
                        )
                    )
            }
            EntryKind::Filed | EntryKind::Action(_) => false,
        }
    }

    /// Whether the entry is the officers' own and never shown to the reporter at all: an
    /// agency's internal note, the desk's note, its reminders to the agency and raises to the
    /// agency's head.
    pub const fn is_internal(self) -> bool {
        matches!(
            self,
            EntryKind::Disposition
                | EntryKind::DeskNote
                | EntryKind::AgencyReminded
                | EntryKind::RaisedWithHead
                | EntryKind::Assigned
        )
    }

    /// Whether the record's note may be shown to the reporter. Records beside the machine are the
    /// officers' own: none of their notes is public.
    pub const fn note_is_public(self) -> bool {
        match self {
            EntryKind::Action(kind) => kind.note_is_public(),
            _ => false,
        }
    }

    /// The status-machine step, if the entry is one.
    pub const fn action(self) -> Option<ActionKind> {
        match self {
            EntryKind::Action(kind) => Some(kind),
            _ => None,
        }
    }
}

impl TryFrom<String> for EntryKind {
    type Error = String;

    fn try_from(code: String) -> Result<EntryKind, String> {
        EntryKind::parse_code(&code).ok_or(code)
    }
}

impl From<EntryKind> for String {
    fn from(kind: EntryKind) -> String {
        kind.code().to_owned()
    }
}

/// The shortest internal note accepted, in characters.
pub const NOTE_MIN_CHARS: usize = 5;
/// The longest internal note accepted, in characters.
pub const NOTE_MAX_CHARS: usize = 2000;
/// The shortest findings of a field report, in characters: a sentence.
pub const FINDINGS_MIN_CHARS: usize = 20;
/// The longest findings of a field report, in characters.
pub const FINDINGS_MAX_CHARS: usize = 5000;
/// The shortest list of visiting officers, in characters.
pub const VISITORS_MIN_CHARS: usize = 3;
/// The longest list of visiting officers, in characters.
pub const VISITORS_MAX_CHARS: usize = 200;

/// An agency's internal note (nota dinas): 5–2000 characters, paragraphs kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InternalNote(String);

impl InternalNote {
    /// How the note is labelled.
    pub const LABEL: Text = Text::new("Isi nota dinas", "Note");

    /// Parses a note, normalised like complaint text.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<InternalNote, ErrorCode> {
        let note = text::multi_line(raw);
        text::check(&note, NOTE_MIN_CHARS, NOTE_MAX_CHARS, true)?;
        Ok(InternalNote(note))
    }

    /// The note's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A field verification report (berita acara): the day of the visit, who went, what they found.
/// Its photos travel beside it. Kept on the timeline as one note ([`FieldReport::to_note`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldReport {
    visited_on: NaiveDate,
    visitors: String,
    findings: String,
}

impl FieldReport {
    /// How the visit's date is labelled.
    pub const DATE_LABEL: Text = Text::new("Tanggal kunjungan", "Date of the visit");
    /// How the visiting officers are labelled.
    pub const VISITORS_LABEL: Text = Text::new("Petugas yang hadir", "Officers present");
    /// How the findings are labelled.
    pub const FINDINGS_LABEL: Text = Text::new("Hasil verifikasi lapangan", "Findings");

    /// Parses the report's fields; the visit cannot be after `today` (the desk's date). Every
    /// problem is reported, each with its field's label.
    ///
    /// # Errors
    /// The problems, as (label, code) pairs.
    pub fn parse(
        visited_on: &str,
        visitors: &str,
        findings: &str,
        today: NaiveDate,
    ) -> Result<FieldReport, Vec<(Text, ErrorCode)>> {
        let mut problems = Vec::new();
        let date = match visited_on.trim() {
            "" => Err(ErrorCode::Required),
            raw => match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
                Ok(date) if date > today => Err(ErrorCode::DateInFuture),
                Ok(date) => Ok(date),
                Err(_) => Err(ErrorCode::InvalidDate),
            },
        }
        .map_err(|code| problems.push((FieldReport::DATE_LABEL, code)))
        .ok();
        let visitors = text::single_line(visitors);
        let visitors = text::check(&visitors, VISITORS_MIN_CHARS, VISITORS_MAX_CHARS, false)
            .map_err(|code| problems.push((FieldReport::VISITORS_LABEL, code)))
            .map(|()| visitors)
            .ok();
        let findings = text::multi_line(findings);
        let findings = text::check(&findings, FINDINGS_MIN_CHARS, FINDINGS_MAX_CHARS, true)
            .map_err(|code| problems.push((FieldReport::FINDINGS_LABEL, code)))
            .map(|()| findings)
            .ok();
        match (date, visitors, findings) {
            (Some(visited_on), Some(visitors), Some(findings)) => Ok(FieldReport {
                visited_on,
                visitors,
                findings,
            }),
            _ => Err(problems),
        }
    }

    /// The day of the visit.
    pub fn visited_on(&self) -> NaiveDate {
        self.visited_on
    }

    /// Who went.
    pub fn visitors(&self) -> &str {
        &self.visitors
    }

    /// What they found.
    pub fn findings(&self) -> &str {
        &self.findings
    }

    /// The report as the timeline keeps it: the date, the officers and the findings, one per
    /// line (the first two never contain a line break).
    pub fn to_note(&self) -> String {
        format!("{}\n{}\n{}", self.visited_on, self.visitors, self.findings)
    }

    /// The report a timeline note holds, if it is one.
    pub fn from_note(note: &str) -> Option<FieldReport> {
        let mut lines = note.splitn(3, '\n');
        let visited_on = NaiveDate::parse_from_str(lines.next()?, "%Y-%m-%d").ok()?;
        Some(FieldReport {
            visited_on,
            visitors: lines.next()?.to_owned(),
            findings: lines.next()?.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_round_trips_through_its_code() {
        let kinds = EntryKind::RECORDS
            .into_iter()
            .chain(ActionKind::ALL.into_iter().map(EntryKind::Action));
        for kind in kinds {
            assert_eq!(EntryKind::parse_code(kind.code()), Some(kind), "{kind:?}");
        }
    }

    #[test]
    fn the_main_desk_follows_up_work_with_an_agency_and_notes_what_it_likes() {
        use EntryKind::{AgencyReminded, DeskNote, RaisedWithHead};
        for kind in [AgencyReminded, RaisedWithHead] {
            assert!(
                kind.may_record(Role::MainDesk, Status::Dispatched),
                "{kind:?}"
            );
            assert!(
                kind.may_record(Role::MainDesk, Status::InProgress),
                "{kind:?}"
            );
            assert!(
                !kind.may_record(Role::MainDesk, Status::Verified),
                "{kind:?}"
            );
            assert!(
                !kind.may_record(Role::MainDesk, Status::AwaitingReporter),
                "{kind:?}"
            );
            assert!(
                !kind.may_record(Role::AgencyAdmin, Status::InProgress),
                "{kind:?}"
            );
            assert!(kind.is_internal(), "{kind:?}");
        }
        for status in Status::ALL {
            assert_eq!(
                DeskNote.may_record(Role::MainDesk, status),
                status.is_open()
            );
            assert!(!DeskNote.may_record(Role::Liaison, status));
        }
        assert!(DeskNote.is_internal() && EntryKind::Disposition.is_internal());
        assert!(
            !EntryKind::FieldReport.is_internal(),
            "the reporter sees a visit happened"
        );
        assert!(!EntryKind::Action(ActionKind::Recall).is_internal());
    }

    #[test]
    fn codes_are_unique() {
        let mut codes: Vec<&str> = EntryKind::RECORDS
            .into_iter()
            .chain(ActionKind::ALL.into_iter().map(EntryKind::Action))
            .map(EntryKind::code)
            .collect();
        let all = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all);
    }

    #[test]
    fn an_unknown_code_names_nothing() {
        assert_eq!(EntryKind::parse_code("delete_everything"), None);
    }

    #[test]
    fn serde_uses_the_code() {
        let json = serde_json::to_string(&EntryKind::Redacted).unwrap();
        assert_eq!(json, "\"redact\"");
        let back: EntryKind = serde_json::from_str("\"reject\"").unwrap();
        assert_eq!(back, EntryKind::Action(ActionKind::Reject));
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn a_field_report_keeps_its_parts_through_the_timeline_note() {
        let report = FieldReport::parse(
            "2026-11-20",
            "  Andi (Dishub),   Rina (Kelurahan) ",
            "Tiang lampu nomor 14 roboh,\r\nkabel putus sepanjang 20 meter.",
            today(),
        )
        .unwrap();
        assert_eq!(report.visitors(), "Andi (Dishub), Rina (Kelurahan)");
        let note = report.to_note();
        assert_eq!(FieldReport::from_note(&note), Some(report));
        assert_eq!(FieldReport::from_note("bukan berita acara"), None);
    }

    #[test]
    fn a_field_report_names_every_problem() {
        let problems = FieldReport::parse("2026-11-24", "", "singkat", today()).unwrap_err();
        assert_eq!(
            problems,
            vec![
                (FieldReport::DATE_LABEL, ErrorCode::DateInFuture),
                (FieldReport::VISITORS_LABEL, ErrorCode::Required),
                (
                    FieldReport::FINDINGS_LABEL,
                    ErrorCode::TooShort {
                        min: FINDINGS_MIN_CHARS
                    }
                ),
            ]
        );
        let problems =
            FieldReport::parse("20-11-2026", "Andi", "x".repeat(30).as_str(), today()).unwrap_err();
        assert_eq!(
            problems,
            vec![(FieldReport::DATE_LABEL, ErrorCode::InvalidDate)]
        );
    }

    #[test]
    fn agencies_record_only_while_the_complaint_is_with_them() {
        use EntryKind::{Disposition, FieldReport as Report};
        assert!(Disposition.may_record(Role::AgencyHead, Status::InProgress));
        assert!(Disposition.may_record(Role::Liaison, Status::Dispatched));
        assert!(!Disposition.may_record(Role::MainDesk, Status::InProgress));
        assert!(!Disposition.may_record(Role::AgencyAdmin, Status::AwaitingReporter));
        assert!(Report.may_record(Role::AgencyAdmin, Status::InProgress));
        assert!(!Report.may_record(Role::AgencyHead, Status::InProgress));
        assert!(!Report.may_record(Role::Liaison, Status::Dispatched));
        assert!(EntryKind::Redacted.may_record(
            Role::MainDesk,
            Status::Closed(crate::domain::status::Closure::Confirmed)
        ));
        assert!(!EntryKind::Redacted.may_record(Role::AgencyAdmin, Status::InProgress));
        assert!(!EntryKind::Filed.may_record(Role::Reporter, Status::Submitted));
    }

    #[test]
    fn records_keep_their_notes_from_the_reporter() {
        assert!(!EntryKind::Disposition.note_is_public());
        assert!(!EntryKind::FieldReport.note_is_public());
        assert!(EntryKind::Action(ActionKind::Reject).note_is_public());
    }
}
