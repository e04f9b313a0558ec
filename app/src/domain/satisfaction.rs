//! The public satisfaction survey (Survei Kepuasan Masyarakat, SKM) of PermenPANRB 14/2017, and
//! the index it yields (Indeks Kepuasan Masyarakat, IKM).
//!
//! The regulation's method, as this module applies it:
//! - Nine elements ([`Element`]), each answered on a four-point scale ([`Score`], 1 = worst).
//! - Each element's mean (nilai rata-rata, NRR) over the respondents, weighted by 1/9 (the
//!   regulation's "bobot nilai rata-rata tertimbang" = 1 / number of elements), summed: the index
//!   on the 1–4 scale; times 25: the index on the 25–100 scale that is published ([`Index`]).
//! - The grade (mutu pelayanan) from the converted index ([`Grade`]): A 88.31–100 (sangat baik),
//!   B 76.61–88.30 (baik), C 65.00–76.60 (kurang baik), D 25.00–64.99 (tidak baik).
//! - The minimum sample from the population of people served (Krejcie and Morgan's table, which
//!   the regulation cites, computed from its formula: [`minimum_sample`]).
//!
//! Aduan offers the survey to a reporter whose complaint was answered and then closed
//! ([`is_offered`]): the service is the handling of their complaint. The earlier 1–5 star rating
//! on confirmation is retired: one overall number cannot be spread over nine elements without
//! making answers up, so its old values stay where they were given and count in no index.

use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// How many elements the survey has.
pub const ELEMENTS: usize = 9;

/// One element (unsur) of the survey, in the regulation's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum Element {
    /// U1 Persyaratan.
    Requirements,
    /// U2 Sistem, mekanisme, dan prosedur.
    Procedure,
    /// U3 Waktu penyelesaian.
    CompletionTime,
    /// U4 Biaya/tarif.
    Cost,
    /// U5 Produk spesifikasi jenis pelayanan.
    Product,
    /// U6 Kompetensi pelaksana.
    Competence,
    /// U7 Perilaku pelaksana.
    Conduct,
    /// U8 Penanganan pengaduan, saran dan masukan.
    ComplaintHandling,
    /// U9 Sarana dan prasarana.
    Facilities,
}

impl Element {
    /// Every element, in the regulation's order (U1 to U9).
    pub const ALL: [Element; ELEMENTS] = [
        Element::Requirements,
        Element::Procedure,
        Element::CompletionTime,
        Element::Cost,
        Element::Product,
        Element::Competence,
        Element::Conduct,
        Element::ComplaintHandling,
        Element::Facilities,
    ];

    /// Its place in [`Element::ALL`].
    pub fn index(self) -> usize {
        Element::ALL
            .iter()
            .position(|element| *element == self)
            .unwrap_or_default()
    }

    /// The form field that carries its score: `u1` to `u9`, as the regulation numbers them.
    pub fn field(self) -> String {
        format!("u{}", self.index() + 1)
    }

    /// The element's name in the regulation.
    pub const fn name(self) -> Text {
        match self {
            Element::Requirements => Text::new("Persyaratan", "Requirements"),
            Element::Procedure => Text::new(
                "Sistem, mekanisme, dan prosedur",
                "Systems, mechanisms and procedures",
            ),
            Element::CompletionTime => Text::new("Waktu penyelesaian", "Completion time"),
            Element::Cost => Text::new("Biaya/tarif", "Cost"),
            Element::Product => Text::new(
                "Produk spesifikasi jenis pelayanan",
                "What the service delivers",
            ),
            Element::Competence => Text::new("Kompetensi pelaksana", "Officers' competence"),
            Element::Conduct => Text::new("Perilaku pelaksana", "Officers' conduct"),
            Element::ComplaintHandling => Text::new(
                "Penanganan pengaduan, saran dan masukan",
                "Handling of complaints, suggestions and feedback",
            ),
            Element::Facilities => Text::new("Sarana dan prasarana", "Facilities"),
        }
    }

    /// The question the reporter answers, after the regulation's sample questionnaire.
    pub const fn question(self) -> Text {
        match self {
            Element::Requirements => Text::new(
                "Bagaimana kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
                "Did the requirements suit the service?",
            ),
            Element::Procedure => Text::new(
                "Bagaimana kemudahan prosedur pelayanan pengaduan ini?",
                "How easy was the complaint procedure?",
            ),
            Element::CompletionTime => Text::new(
                "Bagaimana kecepatan waktu dalam menyelesaikan aduan Anda?",
                "How fast was your complaint resolved?",
            ),
            Element::Cost => Text::new(
                "Bagaimana kewajaran biaya/tarif dalam pelayanan?",
                "How fair was the cost of the service?",
            ),
            Element::Product => Text::new(
                "Bagaimana kesesuaian hasil pelayanan dengan yang tercantum dalam standar pelayanan?",
                "Did the result match what the service standard promises?",
            ),
            Element::Competence => Text::new(
                "Bagaimana kompetensi/kemampuan petugas dalam pelayanan?",
                "How competent were the officers?",
            ),
            Element::Conduct => Text::new(
                "Bagaimana kesopanan dan keramahan petugas dalam pelayanan?",
                "How polite and friendly were the officers?",
            ),
            Element::ComplaintHandling => Text::new(
                "Bagaimana penanganan pengaduan, saran dan masukan pengguna layanan?",
                "How are users' complaints, suggestions and feedback handled?",
            ),
            Element::Facilities => Text::new(
                "Bagaimana kualitas sarana dan prasarana pelayanan (portal, kanal pengaduan)?",
                "How good are the service's facilities (the portal, the channels)?",
            ),
        }
    }

    /// The four answers, from score 1 to score 4, after the regulation's sample questionnaire.
    pub const fn answers(self) -> [Text; 4] {
        match self {
            Element::Requirements | Element::Product => [
                Text::new("Tidak sesuai", "Not at all"),
                Text::new("Kurang sesuai", "Partly"),
                Text::new("Sesuai", "Yes"),
                Text::new("Sangat sesuai", "Fully"),
            ],
            Element::Procedure => [
                Text::new("Tidak mudah", "Not easy"),
                Text::new("Kurang mudah", "Not very easy"),
                Text::new("Mudah", "Easy"),
                Text::new("Sangat mudah", "Very easy"),
            ],
            Element::CompletionTime => [
                Text::new("Tidak cepat", "Not fast"),
                Text::new("Kurang cepat", "Not very fast"),
                Text::new("Cepat", "Fast"),
                Text::new("Sangat cepat", "Very fast"),
            ],
            Element::Cost => [
                Text::new("Sangat mahal", "Very expensive"),
                Text::new("Cukup mahal", "Fairly expensive"),
                Text::new("Murah", "Cheap"),
                Text::new("Gratis", "Free"),
            ],
            Element::Competence => [
                Text::new("Tidak kompeten", "Not competent"),
                Text::new("Kurang kompeten", "Not very competent"),
                Text::new("Kompeten", "Competent"),
                Text::new("Sangat kompeten", "Very competent"),
            ],
            Element::Conduct => [
                Text::new("Tidak sopan dan ramah", "Not polite or friendly"),
                Text::new("Kurang sopan dan ramah", "Not very polite or friendly"),
                Text::new("Sopan dan ramah", "Polite and friendly"),
                Text::new("Sangat sopan dan ramah", "Very polite and friendly"),
            ],
            Element::ComplaintHandling => [
                Text::new("Tidak ada", "There is none"),
                Text::new(
                    "Ada tetapi tidak berfungsi",
                    "There is one, but it does not work",
                ),
                Text::new("Berfungsi kurang maksimal", "It works, but not fully"),
                Text::new("Dikelola dengan baik", "It is well run"),
            ],
            Element::Facilities => [
                Text::new("Buruk", "Poor"),
                Text::new("Cukup", "Fair"),
                Text::new("Baik", "Good"),
                Text::new("Sangat baik", "Very good"),
            ],
        }
    }
}

/// One answer on the regulation's four-point scale: 1 (worst) to 4 (best).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u8);

impl Score {
    /// `score`, if it is 1 to 4.
    pub fn new(score: u8) -> Option<Score> {
        (1..=4).contains(&score).then_some(Score(score))
    }

    /// Parses `1` to `4`.
    pub fn parse(raw: &str) -> Option<Score> {
        raw.trim().parse().ok().and_then(Score::new)
    }

    /// The score, 1–4.
    pub const fn get(self) -> u8 {
        self.0
    }
}

/// One reporter's answers to all nine elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Survey([Score; ELEMENTS]);

/// What was wrong with a survey as sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyProblem {
    /// The elements left unanswered or answered with something not on the scale, in order.
    pub elements: Vec<Element>,
}

impl SurveyProblem {
    /// The refusal, naming every element to answer again.
    pub fn message(&self, locale: crate::i18n::Locale) -> String {
        let names: Vec<&str> = self
            .elements
            .iter()
            .map(|element| element.name().get(locale))
            .collect();
        SURVEY_INCOMPLETE
            .get(locale)
            .replace("{elements}", &names.join(", "))
    }
}

/// The refusal of an incomplete survey; `{elements}` is replaced by their names.
pub const SURVEY_INCOMPLETE: Text = Text::new(
    "Survei belum lengkap. Pilih satu jawaban untuk: {elements}.",
    "The survey is not complete. Choose one answer for: {elements}.",
);

impl Survey {
    /// Parses the nine answers, each read by `answer` from its field ([`Element::field`]).
    ///
    /// # Errors
    /// Every element missing or off the scale.
    pub fn parse<'a>(answer: impl Fn(&str) -> Option<&'a str>) -> Result<Survey, SurveyProblem> {
        let mut scores = [Score(1); ELEMENTS];
        let mut missing = Vec::new();
        for element in Element::ALL {
            match answer(&element.field()).and_then(Score::parse) {
                Some(score) => scores[element.index()] = score,
                None => missing.push(element),
            }
        }
        if missing.is_empty() {
            Ok(Survey(scores))
        } else {
            Err(SurveyProblem { elements: missing })
        }
    }

    /// The scores as stored: 1–4 each, in the regulation's order.
    pub fn from_stored(scores: [u8; ELEMENTS]) -> Option<Survey> {
        let mut parsed = [Score(1); ELEMENTS];
        for (slot, score) in parsed.iter_mut().zip(scores) {
            *slot = Score::new(score)?;
        }
        Some(Survey(parsed))
    }

    /// The score given to `element`.
    pub fn score(&self, element: Element) -> Score {
        self.0[element.index()]
    }

    /// The nine scores, in the regulation's order.
    pub fn scores(&self) -> [u8; ELEMENTS] {
        self.0.map(Score::get)
    }
}

/// Whether the reporter of a complaint in `status` is asked for the survey: once an answer was
/// given and the complaint closed with it, confirmed or left without the reporter's word. Not for
/// a complaint withdrawn, set aside as a duplicate, or forwarded: no service was delivered.
pub fn is_offered(status: crate::domain::status::Status, answered: bool) -> bool {
    use crate::domain::status::{Closure, Status};
    answered
        && matches!(
            status,
            Status::Closed(Closure::Confirmed | Closure::NoAnswer)
        )
}

/// The surveys of one group (an agency, or all) added up: how many answered, and the sum of each
/// element's scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// How many surveys.
    pub respondents: u64,
    /// Each element's scores added up, in the regulation's order.
    pub sums: [u64; ELEMENTS],
}

impl Tally {
    /// Counts one more survey.
    pub fn add(&mut self, survey: &Survey) {
        self.respondents += 1;
        for (sum, score) in self.sums.iter_mut().zip(survey.scores()) {
            *sum += u64::from(score);
        }
    }

    /// Adds another group's tally.
    pub fn merge(&mut self, other: &Tally) {
        self.respondents += other.respondents;
        for (sum, more) in self.sums.iter_mut().zip(other.sums) {
            *sum += more;
        }
    }

    /// The index, when anyone answered.
    pub fn index(&self) -> Option<Index> {
        if self.respondents == 0 {
            return None;
        }
        let means = self.sums.map(|sum| sum as f64 / self.respondents as f64);
        let weight = 1.0 / ELEMENTS as f64;
        let index = means.iter().map(|mean| mean * weight).sum::<f64>();
        Some(Index {
            value: round2(index * 25.0),
            element_means: means.map(round2).to_vec(),
        })
    }
}

/// `value` to two decimals, as the regulation's tables print it.
fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// The index of a group of surveys.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Index {
    /// The index converted to 25–100 (IKM × 25), two decimals.
    pub value: f64,
    /// Each element's mean score (NRR, 1–4), two decimals, in the regulation's order.
    pub element_means: Vec<f64>,
}

impl Index {
    /// The grade of this index.
    pub fn grade(&self) -> Grade {
        Grade::of(self.value)
    }
}

/// The grade (mutu pelayanan) of a converted index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum Grade {
    /// 88.31–100: sangat baik.
    A,
    /// 76.61–88.30: baik.
    B,
    /// 65.00–76.60: kurang baik.
    C,
    /// 25.00–64.99: tidak baik.
    D,
}

impl Grade {
    /// The grade of a converted index (25–100), by the regulation's intervals.
    pub fn of(value: f64) -> Grade {
        let hundredths = (value * 100.0).round() as i64;
        match hundredths {
            8831.. => Grade::A,
            7661.. => Grade::B,
            6500.. => Grade::C,
            _ => Grade::D,
        }
    }

    /// The letter.
    pub const fn letter(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
        }
    }

    /// The regulation's words for the unit's performance (kinerja unit pelayanan).
    pub const fn label(self) -> Text {
        match self {
            Grade::A => Text::new("Sangat baik", "Very good"),
            Grade::B => Text::new("Baik", "Good"),
            Grade::C => Text::new("Kurang baik", "Poor"),
            Grade::D => Text::new("Tidak baik", "Very poor"),
        }
    }
}

/// The fewest respondents a survey of `population` people needs: Krejcie and Morgan's formula
/// (χ² = 3.841 for one degree of freedom at 95 %, P = 0.5, margin 5 %), rounded to the nearest
/// whole number as their table, which the regulation reproduces, rounds it (10 → 10, 50 → 44,
/// 100 → 80, 1,000 → 278).
pub fn minimum_sample(population: u64) -> u64 {
    if population == 0 {
        return 0;
    }
    let chi_square = 3.841;
    let p_q = 0.25;
    let margin_squared = 0.0025;
    let n = population as f64;
    let sample = chi_square * n * p_q / (margin_squared * (n - 1.0) + chi_square * p_q);
    sample.round() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::status::{Closure, Status};

    fn survey(scores: [u8; ELEMENTS]) -> Survey {
        Survey::from_stored(scores).unwrap()
    }

    #[test]
    fn a_survey_needs_every_element_on_the_four_point_scale() {
        let full: Vec<(String, String)> =
            (1..=9).map(|u| (format!("u{u}"), "3".to_owned())).collect();
        let parse = |pairs: &[(String, String)]| {
            Survey::parse(|field| {
                pairs
                    .iter()
                    .find(|(key, _)| key == field)
                    .map(|(_, value)| value.as_str())
            })
        };
        assert_eq!(parse(&full).unwrap().scores(), [3; ELEMENTS]);

        let mut broken = full.clone();
        broken.retain(|(key, _)| key != "u4");
        broken[0].1 = "5".to_owned();
        broken[4].1 = "0".to_owned();
        let problem = parse(&broken).unwrap_err();
        assert_eq!(
            problem.elements,
            [Element::Requirements, Element::Cost, Element::Competence]
        );
        assert_eq!(
            problem.message(crate::i18n::Locale::En),
            "The survey is not complete. Choose one answer for: Requirements, Cost, Officers' competence."
        );
        assert!(
            problem
                .message(crate::i18n::Locale::Id)
                .contains("Persyaratan, Biaya/tarif, Kompetensi pelaksana")
        );
    }

    #[test]
    fn the_index_is_the_weighted_mean_of_the_elements_times_25() {
        let mut tally = Tally::default();
        tally.add(&survey([4, 4, 4, 4, 4, 4, 4, 4, 4]));
        tally.add(&survey([3, 3, 2, 4, 3, 3, 3, 4, 3]));
        let index = tally.index().unwrap();
        // Means: 3.5 3.5 3 4 3.5 3.5 3.5 4 3.5 → sum 32 / 9 = 3.5556 → × 25 = 88.89.
        assert_eq!(
            index.element_means,
            [3.5, 3.5, 3.0, 4.0, 3.5, 3.5, 3.5, 4.0, 3.5]
        );
        assert_eq!(index.value, 88.89);
        assert_eq!(index.grade(), Grade::A);
        assert_eq!(Tally::default().index(), None);

        let mut all_fours = Tally::default();
        all_fours.add(&survey([4; ELEMENTS]));
        assert_eq!(all_fours.index().unwrap().value, 100.0);
        let mut all_ones = Tally::default();
        all_ones.add(&survey([1; ELEMENTS]));
        assert_eq!(all_ones.index().unwrap().value, 25.0);

        let mut merged = Tally::default();
        merged.merge(&tally);
        merged.merge(&all_ones);
        assert_eq!(merged.respondents, 3);
        assert_eq!(merged.sums[0], 4 + 3 + 1);
    }

    #[test]
    fn grades_follow_the_regulations_intervals() {
        assert_eq!(Grade::of(100.0), Grade::A);
        assert_eq!(Grade::of(88.31), Grade::A);
        assert_eq!(Grade::of(88.30), Grade::B);
        assert_eq!(Grade::of(76.61), Grade::B);
        assert_eq!(Grade::of(76.60), Grade::C);
        assert_eq!(Grade::of(65.00), Grade::C);
        assert_eq!(Grade::of(64.99), Grade::D);
        assert_eq!(Grade::of(25.0), Grade::D);
        assert_eq!(Grade::B.label().get(crate::i18n::Locale::Id), "Baik");
    }

    #[test]
    fn the_minimum_sample_follows_krejcie_and_morgans_table() {
        for (population, sample) in [
            (0, 0),
            (1, 1),
            (10, 10),
            (50, 44),
            (100, 80),
            (200, 132),
            (500, 217),
            (1_000, 278),
            (10_000, 370),
        ] {
            assert_eq!(
                minimum_sample(population),
                sample,
                "population {population}"
            );
        }
    }

    #[test]
    fn only_an_answered_complaint_closed_with_its_answer_is_surveyed() {
        assert!(is_offered(Status::Closed(Closure::Confirmed), true));
        assert!(is_offered(Status::Closed(Closure::NoAnswer), true));
        assert!(!is_offered(Status::Closed(Closure::NoAnswer), false));
        assert!(!is_offered(Status::Closed(Closure::Withdrawn), true));
        assert!(!is_offered(Status::Closed(Closure::Duplicate), true));
        assert!(!is_offered(Status::AwaitingReporter, true));
    }
}
