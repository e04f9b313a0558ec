//! Who moves a complaint: the reporter, the desk's roles, and the system itself.

use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// Who acts on a complaint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The citizen who filed it (pelapor).
    Reporter,
    /// The main desk: Admin Utama / Admin Kabupaten / operator Diskominfo.
    MainDesk,
    /// An agency's desk officer (Admin OPD).
    AgencyAdmin,
    /// An agency's liaison officer (Pejabat Penghubung).
    Liaison,
    /// The head of an agency (Kepala OPD).
    AgencyHead,
    /// The portal itself: scheduled jobs such as closing unanswered complaints.
    System,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 6] = [
        Role::Reporter,
        Role::MainDesk,
        Role::AgencyAdmin,
        Role::Liaison,
        Role::AgencyHead,
        Role::System,
    ];

    /// The stable snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            Role::Reporter => "reporter",
            Role::MainDesk => "main_desk",
            Role::AgencyAdmin => "agency_admin",
            Role::Liaison => "liaison",
            Role::AgencyHead => "agency_head",
            Role::System => "system",
        }
    }

    /// The role for a code, the inverse of [`Role::code`].
    pub fn parse_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.code() == code)
    }

    /// The role as the SOPs name it.
    pub const fn label(self) -> Text {
        match self {
            Role::Reporter => Text::new("Pelapor", "Reporter"),
            Role::MainDesk => Text::new("Admin Utama", "Main desk"),
            Role::AgencyAdmin => Text::new("Admin OPD", "Agency desk officer"),
            Role::Liaison => Text::new("Pejabat Penghubung", "Liaison officer"),
            Role::AgencyHead => Text::new("Kepala OPD", "Head of agency"),
            Role::System => Text::new("Sistem", "System"),
        }
    }
}
