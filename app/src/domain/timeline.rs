//! What one entry of a complaint's timeline records: its filing, a step of the status machine
//! ([`ActionKind`]), or something done beside the machine that leaves the status as it is (the
//! reporter asking for personal details to be removed, the desk removing them).
//!
//! The timeline is both the reporter's view of their complaint and the officers' audit trail, so
//! every entry kind has a stable code (stored) and a label (shown).

use super::status::ActionKind;
use crate::i18n::Text;
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
}

impl EntryKind {
    /// Every kind that is not a status-machine step.
    const RECORDS: [EntryKind; 3] = [
        EntryKind::Filed,
        EntryKind::RedactionRequested,
        EntryKind::Redacted,
    ];

    /// The stored code: the action's own code for a step.
    pub const fn code(self) -> &'static str {
        match self {
            EntryKind::Filed => "submit",
            EntryKind::Action(kind) => kind.code(),
            EntryKind::RedactionRequested => "request_redaction",
            EntryKind::Redacted => "redact",
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
}
