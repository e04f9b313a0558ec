//! Days off: the national holidays and collective leave the joint decree of three ministers
//! (SKB 3 Menteri) sets each year, and a region's own holidays; read from and written to CSV so a
//! desk imports next year's decree without a developer.
//!
//! ```text
//! tanggal,jenis,keterangan
//! 2026-03-21,libur_nasional,Idulfitri 1447 H
//! 2026-03-23,cuti_bersama,Cuti bersama Idulfitri 1447 H
//! 2026-04-12,libur_daerah,Hari jadi kabupaten
//! ```

use crate::i18n::{Locale, Text};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The decree of 2026 (SKB Menteri Agama, Menteri Ketenagakerjaan and Menteri PANRB No. 1497,
/// 2 and 5 of 2025): 17 national holidays and 8 days of collective leave, as CSV. A new desk
/// starts with it; later years are imported on the administration page when published.
pub const SHIPPED_CSV: &str = include_str!("days_off.csv");

/// The most lines one import may hold: a decade of decrees and regional days fits many times.
pub const MAX_CSV_LINES: usize = 1_000;

/// The longest name of a day off, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// The years a day off may fall in: wider is a typo.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Why a weekday is no working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayOffKind {
    /// A national holiday (hari libur nasional) of the decree.
    National,
    /// Collective leave (cuti bersama) of the decree: the civil service's offices close.
    CollectiveLeave,
    /// A holiday of the region alone (hari libur daerah), e.g. the regency's anniversary.
    Regional,
}

impl DayOffKind {
    /// Every kind.
    pub const ALL: [DayOffKind; 3] = [
        DayOffKind::National,
        DayOffKind::CollectiveLeave,
        DayOffKind::Regional,
    ];

    /// The code in CSV files and forms.
    pub const fn code(self) -> &'static str {
        match self {
            DayOffKind::National => "libur_nasional",
            DayOffKind::CollectiveLeave => "cuti_bersama",
            DayOffKind::Regional => "libur_daerah",
        }
    }

    /// The kind with `code`; the English words are taken too.
    pub fn parse_code(code: &str) -> Option<DayOffKind> {
        let code = code.trim().to_lowercase();
        DayOffKind::ALL.into_iter().find(|kind| {
            kind.code() == code
                || match kind {
                    DayOffKind::National => code == "national",
                    DayOffKind::CollectiveLeave => code == "collective_leave",
                    DayOffKind::Regional => code == "regional",
                }
        })
    }

    /// The kind's name.
    pub const fn label(self) -> Text {
        match self {
            DayOffKind::National => Text::new("Libur nasional", "National holiday"),
            DayOffKind::CollectiveLeave => Text::new("Cuti bersama", "Collective leave"),
            DayOffKind::Regional => Text::new("Libur daerah", "Regional holiday"),
        }
    }

    /// Whether the decree sets it for the whole country (rather than the region alone).
    pub const fn is_national(self) -> bool {
        !matches!(self, DayOffKind::Regional)
    }
}

/// One day off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayOff {
    /// The date.
    pub date: NaiveDate,
    /// Why.
    pub kind: DayOffKind,
    /// What it is, e.g. "Idulfitri 1447 H".
    pub name: String,
}

/// What is wrong with one line of an imported CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// Fewer than three fields.
    Fields,
    /// Not a date written `YYYY-MM-DD` between 2000 and 2100.
    Date,
    /// Not one of the kinds.
    Kind,
    /// An empty name, a name of more than [`MAX_NAME_CHARS`] characters or one with control
    /// characters.
    Name,
    /// More than [`MAX_CSV_LINES`] lines.
    TooManyLines,
    /// Nothing but the header.
    Empty,
}

/// A problem on a line (counted from 1, the header included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvError {
    /// The line.
    pub line: usize,
    /// What is wrong with it.
    pub problem: CsvProblem,
}

impl CsvProblem {
    /// The problem as the administrator reads it.
    pub const fn text(self) -> Text {
        match self {
            CsvProblem::Fields => Text::new(
                "harus berisi tiga kolom: tanggal,jenis,keterangan",
                "must hold three columns: date,kind,name",
            ),
            CsvProblem::Date => Text::new(
                "tanggal harus ditulis TTTT-BB-HH (misalnya 2027-01-01), antara tahun 2000 dan 2100",
                "the date must be written YYYY-MM-DD (e.g. 2027-01-01), between 2000 and 2100",
            ),
            CsvProblem::Kind => Text::new(
                "jenis harus libur_nasional, cuti_bersama atau libur_daerah",
                "the kind must be libur_nasional, cuti_bersama or libur_daerah",
            ),
            CsvProblem::Name => Text::new(
                "keterangan harus diisi, paling banyak 120 karakter",
                "the name is required, at most 120 characters",
            ),
            CsvProblem::TooManyLines => Text::new(
                "berkas terlalu panjang: paling banyak 1.000 baris sekali impor",
                "the file is too long: at most 1,000 lines per import",
            ),
            CsvProblem::Empty => Text::new(
                "berkas tidak berisi satu hari libur pun",
                "the file holds no day off",
            ),
        }
    }
}

impl CsvError {
    /// The problem as the administrator reads it, naming the line.
    pub fn message(&self, locale: Locale) -> String {
        let line = Text::new("Baris", "Line").get(locale);
        format!("{line} {}: {}", self.line, self.problem.text().get(locale))
    }
}

/// The days off `text` lists, one `date,kind,name` a line, with or without the header line; a
/// name may be quoted and hold commas. Every bad line is reported, so the administrator mends
/// them all at once.
pub fn parse_csv(text: &str) -> Result<Vec<DayOff>, Vec<CsvError>> {
    let text = text.trim_start_matches('\u{feff}');
    let mut days = Vec::new();
    let mut errors = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if number > MAX_CSV_LINES {
            return Err(vec![CsvError {
                line: number,
                problem: CsvProblem::TooManyLines,
            }]);
        }
        let line = line.trim();
        if line.is_empty() || (number == 1 && is_header(line)) {
            continue;
        }
        match parse_line(line) {
            Ok(day) => days.push(day),
            Err(problem) => errors.push(CsvError {
                line: number,
                problem,
            }),
        }
    }
    if errors.is_empty() && days.is_empty() {
        errors.push(CsvError {
            line: 1,
            problem: CsvProblem::Empty,
        });
    }
    if errors.is_empty() {
        Ok(days)
    } else {
        Err(errors)
    }
}

fn is_header(line: &str) -> bool {
    let first = line
        .split(',')
        .next()
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    first == "tanggal" || first == "date"
}

fn parse_line(line: &str) -> Result<DayOff, CsvProblem> {
    let mut fields = line.splitn(3, ',');
    let (Some(date), Some(kind), Some(name)) = (fields.next(), fields.next(), fields.next()) else {
        return Err(CsvProblem::Fields);
    };
    parse_day(date, kind, &unquote(name.trim()))
}

/// One day off from its three fields, as a line of CSV or the form that adds one gives them.
pub fn parse_day(date: &str, kind: &str, name: &str) -> Result<DayOff, CsvProblem> {
    let date = parse_date(date).ok_or(CsvProblem::Date)?;
    let kind = DayOffKind::parse_code(kind).ok_or(CsvProblem::Kind)?;
    let name = name.trim();
    if name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        return Err(CsvProblem::Name);
    }
    Ok(DayOff {
        date,
        kind,
        name: name.to_owned(),
    })
}

/// A date written `YYYY-MM-DD` between 2000 and 2100.
pub fn parse_date(date: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .ok()
        .filter(|date| YEARS.contains(&chrono::Datelike::year(date)))
}

fn unquote(cell: &str) -> String {
    match cell
        .strip_prefix('"')
        .and_then(|inner| inner.strip_suffix('"'))
    {
        Some(inner) => inner.replace("\"\"", "\""),
        None => cell.to_owned(),
    }
}

/// `days` as CSV with its header, in the form [`parse_csv`] reads.
pub fn to_csv(days: &[DayOff]) -> String {
    let mut csv = String::from("tanggal,jenis,keterangan\n");
    for day in days {
        csv.push_str(&format!(
            "{},{},{}\n",
            day.date.format("%Y-%m-%d"),
            day.kind.code(),
            crate::csv::cell(&day.name)
        ));
    }
    csv
}

/// The days off a new desk starts with: [`SHIPPED_CSV`].
pub fn shipped() -> Vec<DayOff> {
    parse_csv(SHIPPED_CSV).unwrap_or_default()
}
