//! Response templates: ready texts for the steps that need written words (a return to the
//! reporter, a returned dispatch, an answer sent back, an agency's answer), for one category of
//! complaint or for all. A template's text obeys the rule of the field it fills, so choosing one
//! never produces a text the step would refuse.

use super::complaint::CategoryCode;
use super::field::ErrorCode;
use super::status::{ActionKind, AnswerText, Reason};
use super::text;
use crate::i18n::Text;

/// The shortest title accepted, in characters.
pub const TITLE_MIN_CHARS: usize = 3;
/// The longest title accepted, in characters.
pub const TITLE_MAX_CHARS: usize = 80;

/// How a template's title is labelled.
pub const TITLE_LABEL: Text = Text::new("Judul templat", "Template title");
/// How a template's step is labelled.
pub const ACTION_LABEL: Text = Text::new("Untuk tindakan", "For the step");
/// How a template's category is labelled.
pub const CATEGORY_LABEL: Text = Text::new("Kategori (kosong: semua)", "Category (empty: all)");
/// How a template's text is labelled.
pub const BODY_LABEL: Text = Text::new("Isi templat", "Template text");

/// Whether `kind` is a step with a written text a template can fill.
pub const fn takes_template(kind: ActionKind) -> bool {
    matches!(
        kind,
        ActionKind::ReturnToReporter
            | ActionKind::ReturnDispatch
            | ActionKind::SendBack
            | ActionKind::ReturnDraft
            | ActionKind::ProposeResolution
    )
}

/// A checked new template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewTemplate {
    action: ActionKind,
    category: Option<CategoryCode>,
    title: String,
    body: String,
}

impl NewTemplate {
    /// Parses a template, reporting every problem: the step must take a text, the category (if
    /// any) must be a code, the title one line, and the text must pass the step's own rule (a
    /// reason's, or an answer's).
    ///
    /// # Errors
    /// The problems, as (label, code) pairs.
    pub fn parse(
        action: &str,
        category: &str,
        title: &str,
        body: &str,
    ) -> Result<NewTemplate, Vec<(Text, ErrorCode)>> {
        let mut problems = Vec::new();
        let action = ActionKind::parse_code(action.trim())
            .filter(|kind| takes_template(*kind))
            .ok_or(ErrorCode::InvalidChoice)
            .map_err(|code| problems.push((ACTION_LABEL, code)))
            .ok();
        let category = match category.trim() {
            "" => Some(None),
            raw => CategoryCode::parse(raw)
                .map(Some)
                .map_err(|code| problems.push((CATEGORY_LABEL, code)))
                .ok(),
        };
        let title = text::single_line(title);
        let title = text::check(&title, TITLE_MIN_CHARS, TITLE_MAX_CHARS, false)
            .map_err(|code| problems.push((TITLE_LABEL, code)))
            .map(|()| title)
            .ok();
        let body = match action {
            Some(ActionKind::ProposeResolution) => AnswerText::parse(body)
                .map(|answer| answer.as_str().to_owned())
                .map_err(|code| problems.push((BODY_LABEL, code)))
                .ok(),
            Some(_) => Reason::parse(body)
                .map(|reason| reason.as_str().to_owned())
                .map_err(|code| problems.push((BODY_LABEL, code)))
                .ok(),
            None => None,
        };
        match (action, category, title, body) {
            (Some(action), Some(category), Some(title), Some(body)) if problems.is_empty() => {
                Ok(NewTemplate {
                    action,
                    category,
                    title,
                    body,
                })
            }
            _ => Err(problems),
        }
    }

    /// The step it fills.
    pub fn action(&self) -> ActionKind {
        self.action
    }

    /// The category it is for; `None` for all.
    pub fn category(&self) -> Option<&CategoryCode> {
        self.category.as_ref()
    }

    /// Its title, as the choice shows it.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Its text.
    pub fn body(&self) -> &str {
        &self.body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_passes_the_rule_of_the_field_it_fills() {
        let template = NewTemplate::parse(
            "return_to_reporter",
            "",
            "Lokasi kurang jelas",
            "Mohon lengkapi lokasi kejadian.",
        )
        .unwrap();
        assert_eq!(template.action(), ActionKind::ReturnToReporter);
        assert_eq!(template.category(), None);
        // An answer must be an answer's length.
        let problems = NewTemplate::parse("propose_resolution", "penerangan", "Singkat", "Sudah.")
            .unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].0, BODY_LABEL);
    }

    #[test]
    fn only_written_steps_take_templates() {
        let problems = NewTemplate::parse("validate", "Bukan Kode", "", "").unwrap_err();
        let labels: Vec<Text> = problems.iter().map(|(label, _)| *label).collect();
        assert_eq!(labels, vec![ACTION_LABEL, CATEGORY_LABEL, TITLE_LABEL]);
        assert!(takes_template(ActionKind::SendBack));
        assert!(!takes_template(ActionKind::Verify));
    }
}
