//! A new entry of the desk's lists (complaint categories, agencies, districts) as the system
//! administrator types it: its code follows the code rules the filing form checks, its names
//! are one line, a district's centre is inside Indonesia.

use super::complaint::{AgencyCode, CategoryCode, parse_code};
use super::field::ErrorCode;
use super::location::GeoPoint;
use super::text;
use crate::i18n::{Locale, Text};
use serde::{Deserialize, Serialize};

/// The shortest name accepted, in characters.
pub const NAME_MIN_CHARS: usize = 2;
/// The longest name accepted, in characters.
pub const NAME_MAX_CHARS: usize = 100;

/// How an entry's code is labelled.
pub const CODE_LABEL: Text = Text::new("Kode", "Code");
/// How an entry's name in Bahasa Indonesia (an agency's one name) is labelled.
pub const NAME_ID_LABEL: Text = Text::new("Nama", "Name");
/// How a category's English name is labelled.
pub const NAME_EN_LABEL: Text = Text::new("Nama dalam bahasa Inggris", "Name in English");

/// How a district's centre is labelled.
pub const CENTRE_LABEL: Text = Text::new(
    "Titik pusat (lintang, bujur)",
    "Centre (latitude, longitude)",
);

/// A checked new district (kecamatan): where complaints near its centre are counted, and where
/// the desk's intake places a complaint that came without coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct NewDistrict {
    /// Its code.
    pub code: String,
    /// Its one name.
    pub name: String,
    /// Its centre.
    pub centre: GeoPoint,
}

impl NewDistrict {
    /// Parses a new district, reporting every problem.
    ///
    /// # Errors
    /// The problems, as (label, code) pairs.
    pub fn parse(
        code: &str,
        name: &str,
        latitude: &str,
        longitude: &str,
    ) -> Result<NewDistrict, Vec<(Text, ErrorCode)>> {
        let mut problems = Vec::new();
        let code = list_code(code, CODE_LABEL, &mut problems);
        let name = one_line_name(name, NAME_ID_LABEL, &mut problems);
        let centre = GeoPoint::parse(latitude, longitude)
            .map_err(|error| problems.push((CENTRE_LABEL, error)))
            .ok();
        match (code, name, centre) {
            (Some(code), Some(name), Some(centre)) => Ok(NewDistrict { code, name, centre }),
            _ => Err(problems),
        }
    }
}

/// A checked new village (desa / kelurahan) of a district.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewVillage {
    /// Its code.
    pub code: String,
    /// The code of its district.
    pub district: String,
    /// Its one name.
    pub name: String,
}

impl NewVillage {
    /// Parses a new village of `district`, reporting every problem.
    ///
    /// # Errors
    /// The problems, as (label, code) pairs.
    pub fn parse(
        district: &str,
        code: &str,
        name: &str,
    ) -> Result<NewVillage, Vec<(Text, ErrorCode)>> {
        let mut problems = Vec::new();
        let district = list_code(district, DISTRICT_LABEL, &mut problems);
        let code = list_code(code, CODE_LABEL, &mut problems);
        let name = one_line_name(name, NAME_ID_LABEL, &mut problems);
        match (district, code, name) {
            (Some(district), Some(code), Some(name)) => Ok(NewVillage {
                code,
                district,
                name,
            }),
            _ => Err(problems),
        }
    }
}

/// How a village's district is labelled.
pub const DISTRICT_LABEL: Text = Text::new("Kecamatan", "District");

/// `raw` as a list's code (the filing form's code rules); `None`, with the problem noted under
/// `label`, when it breaks them.
fn list_code(raw: &str, label: Text, problems: &mut Vec<(Text, ErrorCode)>) -> Option<String> {
    parse_code(raw)
        .map_err(|error| problems.push((label, error)))
        .ok()
}

/// `raw` as one line of [`NAME_MIN_CHARS`] to [`NAME_MAX_CHARS`] characters; `None`, with the
/// problem noted under `label`, when it is not.
fn one_line_name(raw: &str, label: Text, problems: &mut Vec<(Text, ErrorCode)>) -> Option<String> {
    let name = text::single_line(raw);
    text::check(&name, NAME_MIN_CHARS, NAME_MAX_CHARS, false)
        .map_err(|error| problems.push((label, error)))
        .map(|()| name)
        .ok()
}

/// A checked new entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    code: String,
    name_id: String,
    name_en: String,
}

impl NewEntry {
    /// Parses a new category (`agency` false: two names) or agency (`agency` true: one proper
    /// name, used in both languages, `name_en` ignored), reporting every problem.
    ///
    /// # Errors
    /// The problems, as (label, code) pairs.
    pub fn parse(
        agency: bool,
        code: &str,
        name_id: &str,
        name_en: &str,
    ) -> Result<NewEntry, Vec<(Text, ErrorCode)>> {
        let mut problems = Vec::new();
        let code = if agency {
            AgencyCode::parse(code).map(|code| code.as_str().to_owned())
        } else {
            CategoryCode::parse(code).map(|code| code.as_str().to_owned())
        }
        .map_err(|error| problems.push((CODE_LABEL, error)))
        .ok();
        let name_id = one_line_name(name_id, NAME_ID_LABEL, &mut problems);
        let name_en = if agency {
            name_id.clone()
        } else {
            one_line_name(name_en, NAME_EN_LABEL, &mut problems)
        };
        match (code, name_id, name_en) {
            (Some(code), Some(name_id), Some(name_en)) if problems.is_empty() => Ok(NewEntry {
                code,
                name_id,
                name_en,
            }),
            _ => Err(problems),
        }
    }

    /// The code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The name in Bahasa Indonesia (an agency's one name).
    pub fn name_id(&self) -> &str {
        &self.name_id
    }

    /// The name in English (an agency's one name).
    pub fn name_en(&self) -> &str {
        &self.name_en
    }
}

/// One choice of a list on the filing form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Choice {
    /// The code sent with the form.
    pub code: String,
    /// Its name in Bahasa Indonesia.
    pub name_id: String,
    /// Its name in English.
    pub name_en: String,
}

impl Choice {
    /// The name in `locale`.
    pub fn name(&self, locale: Locale) -> &str {
        match locale {
            Locale::Id => &self.name_id,
            Locale::En => &self.name_en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_agency_has_one_name_and_a_category_two() {
        let agency = NewEntry::parse(true, "dinsos", " Dinas  Sosial ", "").unwrap();
        assert_eq!(
            (agency.code(), agency.name_id(), agency.name_en()),
            ("dinsos", "Dinas Sosial", "Dinas Sosial")
        );
        let category = NewEntry::parse(false, "taman", "Taman kota", "City parks").unwrap();
        assert_eq!(category.name_en(), "City parks");
    }

    #[test]
    fn every_problem_is_named() {
        let problems = NewEntry::parse(false, "Bukan Kode!", "", "x").unwrap_err();
        let labels: Vec<Text> = problems.iter().map(|(label, _)| *label).collect();
        assert_eq!(labels, vec![CODE_LABEL, NAME_ID_LABEL, NAME_EN_LABEL]);
    }
}

#[cfg(test)]
mod district_tests {
    use super::*;

    #[test]
    fn a_district_needs_a_code_a_name_and_a_centre_in_indonesia() {
        let district = NewDistrict::parse(" Panggul ", "Panggul", "-8.25", "111.45").unwrap();
        assert_eq!(district.code, "panggul");
        assert_eq!(district.name, "Panggul");
        assert!((district.centre.latitude() + 8.25).abs() < 1e-9);

        let problems = NewDistrict::parse("", " ", "52.5", "13.4").unwrap_err();
        let labels: Vec<Text> = problems.iter().map(|(label, _)| *label).collect();
        assert_eq!(labels, [CODE_LABEL, NAME_ID_LABEL, CENTRE_LABEL]);
        assert!(NewDistrict::parse("x", "Kota", "bukan", "111").is_err());
    }

    #[test]
    fn a_village_names_its_district() {
        let village = NewVillage::parse("panggul", "Wonocoyo", "Wonocoyo").unwrap();
        assert_eq!(
            (village.district.as_str(), village.code.as_str()),
            ("panggul", "wonocoyo")
        );
        let problems = NewVillage::parse("", "", "W").unwrap_err();
        let labels: Vec<Text> = problems.iter().map(|(label, _)| *label).collect();
        assert_eq!(labels, [DISTRICT_LABEL, CODE_LABEL, NAME_ID_LABEL]);
    }
}
