//! Languages of the portal and bilingual texts.
//!
//! Pages speak Bahasa Indonesia first; English is the second language. This module is pure data
//! (no Leptos), so the domain can carry labels and messages in both languages and the same code
//! runs in the browser and on the server.

use serde::{Deserialize, Serialize};

pub mod moment;
pub mod ui;

/// A language the portal is shown in.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Locale {
    /// Bahasa Indonesia, the default.
    #[default]
    Id,
    /// English.
    En,
}

impl Locale {
    /// Every locale, the default first.
    pub const ALL: [Locale; 2] = [Locale::Id, Locale::En];

    /// The BCP 47 language code, for `<html lang>`, cookies and URLs: `"id"` or `"en"`.
    pub const fn code(self) -> &'static str {
        match self {
            Locale::Id => "id",
            Locale::En => "en",
        }
    }

    /// The locale for a language code, ignoring case, surrounding whitespace and any region
    /// (`"id-ID"`, `"EN_us"`); `None` for a language the portal does not speak.
    pub fn from_code(code: &str) -> Option<Locale> {
        let language = code.trim().split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .into_iter()
            .find(|locale| locale.code().eq_ignore_ascii_case(language))
    }

    /// The other language: the one a language switch offers.
    pub const fn other(self) -> Locale {
        match self {
            Locale::Id => Locale::En,
            Locale::En => Locale::Id,
        }
    }

    /// The language's own name, for a language switcher: "Bahasa Indonesia", "English".
    pub const fn native_name(self) -> &'static str {
        match self {
            Locale::Id => "Bahasa Indonesia",
            Locale::En => "English",
        }
    }
}

/// A fixed text in both languages, built in `const` context: `Text::new("Selesai", "Closed")`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    /// The Bahasa Indonesia text.
    pub id: &'static str,
    /// The English text.
    pub en: &'static str,
}

impl Text {
    /// A text from its Indonesian and English versions.
    pub const fn new(id: &'static str, en: &'static str) -> Text {
        Text { id, en }
    }

    /// The text in `locale`.
    pub const fn get(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Id => self.id,
            Locale::En => self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_locale_is_indonesian() {
        assert_eq!(Locale::default(), Locale::Id);
        assert_eq!(Locale::ALL[0], Locale::default());
    }

    #[test]
    fn every_locale_round_trips_through_its_code() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_code(locale.code()), Some(locale));
        }
    }

    #[test]
    fn language_codes_ignore_case_and_region() {
        assert_eq!(Locale::from_code(" ID-id "), Some(Locale::Id));
        assert_eq!(Locale::from_code("en_GB"), Some(Locale::En));
        assert_eq!(Locale::from_code("jv"), None);
        assert_eq!(Locale::from_code(""), None);
    }

    #[test]
    fn a_text_gives_the_version_for_the_locale() {
        const CLOSED: Text = Text::new("Selesai", "Closed");
        assert_eq!(CLOSED.get(Locale::Id), "Selesai");
        assert_eq!(CLOSED.get(Locale::En), "Closed");
    }
}
