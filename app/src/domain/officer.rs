//! Officers: the roles of the desk and what each may see.
//!
//! The main desk (Admin Utama) sees every complaint; an agency's officers (admin, liaison, head)
//! see only the complaints dispatched to their agency; the system administrator manages the
//! desk's lists and accounts and handles no complaint.

use super::field::ErrorCode;
use super::status::{Role, Status};
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// Who must act for the SOP's clock of a complaint to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InCharge {
    /// The main desk: verifying, dispatching, validating.
    MainDesk,
    /// The agency the complaint is dispatched to: accepting, answering.
    Agency,
    /// The head of that agency: approving the drafted answer.
    AgencyHead,
}

impl InCharge {
    /// Who is in charge of a complaint in `status`; `None` when no officer's clock runs (the
    /// reporter's turn, or closed).
    pub const fn of(status: Status) -> Option<InCharge> {
        match status {
            Status::Submitted | Status::Verified | Status::ResolutionProposed => {
                Some(InCharge::MainDesk)
            }
            Status::Dispatched | Status::InProgress => Some(InCharge::Agency),
            Status::AwaitingApproval => Some(InCharge::AgencyHead),
            Status::ReturnedToReporter
            | Status::AwaitingClarification
            | Status::AwaitingReporter
            | Status::Closed(_)
            | Status::Escalated => None,
        }
    }
}

/// An officer account's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficerRole {
    /// Admin Utama: verifies, returns, dispatches, validates, escalates.
    MainDesk,
    /// Admin OPD: accepts or returns a dispatch and submits the agency's answer.
    AgencyAdmin,
    /// Pejabat Penghubung: the agency's liaison, sharing the admin's actions.
    Liaison,
    /// Kepala OPD: follows the agency's complaints.
    AgencyHead,
    /// Manages agencies, categories, accounts and the SOP profile; handles no complaint.
    SystemAdmin,
}

impl OfficerRole {
    /// Every officer role.
    pub const ALL: [OfficerRole; 5] = [
        OfficerRole::MainDesk,
        OfficerRole::AgencyAdmin,
        OfficerRole::Liaison,
        OfficerRole::AgencyHead,
        OfficerRole::SystemAdmin,
    ];

    /// The stable snake_case code.
    pub const fn code(self) -> &'static str {
        match self {
            OfficerRole::MainDesk => "main_desk",
            OfficerRole::AgencyAdmin => "agency_admin",
            OfficerRole::Liaison => "liaison",
            OfficerRole::AgencyHead => "agency_head",
            OfficerRole::SystemAdmin => "system_admin",
        }
    }

    /// The role for a code, the inverse of [`OfficerRole::code`].
    pub fn parse_code(code: &str) -> Option<OfficerRole> {
        OfficerRole::ALL
            .into_iter()
            .find(|role| role.code() == code)
    }

    /// The role as the SOPs name it.
    pub const fn label(self) -> Text {
        match self {
            OfficerRole::SystemAdmin => Text::new("Administrator Sistem", "System administrator"),
            OfficerRole::MainDesk => Role::MainDesk.label(),
            OfficerRole::AgencyAdmin => Role::AgencyAdmin.label(),
            OfficerRole::Liaison => Role::Liaison.label(),
            OfficerRole::AgencyHead => Role::AgencyHead.label(),
        }
    }

    /// The role this officer acts in on a complaint; `None` for the system administrator.
    pub const fn acting_role(self) -> Option<Role> {
        match self {
            OfficerRole::MainDesk => Some(Role::MainDesk),
            OfficerRole::AgencyAdmin => Some(Role::AgencyAdmin),
            OfficerRole::Liaison => Some(Role::Liaison),
            OfficerRole::AgencyHead => Some(Role::AgencyHead),
            OfficerRole::SystemAdmin => None,
        }
    }

    /// Whether the role belongs to an agency (and an account of it must name one).
    pub const fn is_agency_role(self) -> bool {
        matches!(
            self,
            OfficerRole::AgencyAdmin | OfficerRole::Liaison | OfficerRole::AgencyHead
        )
    }
}

/// Who is asking: an officer's role and, for agency roles, their agency's code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerScope {
    /// The officer's role.
    pub role: OfficerRole,
    /// The officer's agency (agency roles only).
    pub agency: Option<String>,
}

impl OfficerScope {
    /// Checks that an account's role and agency fit together: an agency role names its agency,
    /// other roles name none.
    ///
    /// # Errors
    /// [`ErrorCode::Required`] when an agency role has no agency, [`ErrorCode::InvalidChoice`]
    /// when another role has one.
    pub fn new(role: OfficerRole, agency: Option<String>) -> Result<OfficerScope, ErrorCode> {
        let agency = agency
            .map(|agency| agency.trim().to_owned())
            .filter(|agency| !agency.is_empty());
        match (role.is_agency_role(), &agency) {
            (true, None) => Err(ErrorCode::Required),
            (false, Some(_)) => Err(ErrorCode::InvalidChoice),
            _ => Ok(OfficerScope { role, agency }),
        }
    }

    /// Whether this officer may give a complaint to the officer of scope `other`: the main desk
    /// among its own officers, an agency's administrator among its agency's administrators and
    /// liaisons. No one else assigns.
    pub fn may_assign_to(&self, other: &OfficerScope) -> bool {
        match self.role {
            OfficerRole::MainDesk => other.role == OfficerRole::MainDesk,
            OfficerRole::AgencyAdmin => {
                self.agency.is_some()
                    && other.agency == self.agency
                    && matches!(other.role, OfficerRole::AgencyAdmin | OfficerRole::Liaison)
            }
            _ => false,
        }
    }

    /// Whether this officer may see a complaint with this dispatch `record` (oldest first). The
    /// main desk sees all; the system administrator none; an agency sees a complaint while the
    /// main desk's last dispatch is to it and it has not returned it, and so keeps seeing what it
    /// answered after the complaint moves on to the reporter or closes. Never what the reporter
    /// merely named, nor what was escalated, merged or withdrawn before any dispatch.
    pub fn may_see<'a>(&self, record: impl IntoIterator<Item = Dispatch<'a>>) -> bool {
        match self.role {
            OfficerRole::MainDesk => true,
            OfficerRole::SystemAdmin => false,
            OfficerRole::AgencyAdmin | OfficerRole::Liaison | OfficerRole::AgencyHead => {
                let holder = record.into_iter().fold(None, |_, entry| match entry {
                    Dispatch::To(agency) => Some(agency),
                    Dispatch::Returned => None,
                });
                holder.is_some_and(|holder| self.agency.as_deref() == Some(holder))
            }
        }
    }
}

/// One entry of a complaint's dispatch record: what decides which agency may see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dispatch<'a> {
    /// The main desk dispatched it to this agency.
    To(&'a str),
    /// The agency returned it to the main desk as not its business, or the main desk recalled it.
    Returned,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agency(role: OfficerRole, code: &str) -> OfficerScope {
        OfficerScope::new(role, Some(code.to_owned())).unwrap()
    }

    #[test]
    fn the_desk_assigns_among_its_own_and_an_agency_admin_among_its_agency() {
        let desk = OfficerScope::new(OfficerRole::MainDesk, None).unwrap();
        let admin = OfficerScope::new(OfficerRole::SystemAdmin, None).unwrap();
        assert!(desk.may_assign_to(&desk));
        assert!(!desk.may_assign_to(&agency(OfficerRole::AgencyAdmin, "dishub")));
        assert!(!desk.may_assign_to(&admin));
        let dishub = agency(OfficerRole::AgencyAdmin, "dishub");
        assert!(dishub.may_assign_to(&agency(OfficerRole::Liaison, "dishub")));
        assert!(dishub.may_assign_to(&dishub));
        assert!(!dishub.may_assign_to(&agency(OfficerRole::AgencyHead, "dishub")));
        assert!(!dishub.may_assign_to(&agency(OfficerRole::Liaison, "dlh")));
        assert!(!dishub.may_assign_to(&desk));
        let liaison = agency(OfficerRole::Liaison, "dishub");
        assert!(
            !liaison.may_assign_to(&liaison),
            "a liaison does not assign"
        );
        assert!(!admin.may_assign_to(&desk));
    }

    #[test]
    fn codes_round_trip() {
        for role in OfficerRole::ALL {
            assert_eq!(OfficerRole::parse_code(role.code()), Some(role));
        }
        assert_eq!(OfficerRole::parse_code("reporter"), None);
    }

    #[test]
    fn agency_roles_need_an_agency_and_others_may_not_have_one() {
        assert_eq!(
            OfficerScope::new(OfficerRole::AgencyAdmin, None),
            Err(ErrorCode::Required)
        );
        assert_eq!(
            OfficerScope::new(OfficerRole::Liaison, Some("  ".into())),
            Err(ErrorCode::Required)
        );
        assert_eq!(
            OfficerScope::new(OfficerRole::MainDesk, Some("dishub".into())),
            Err(ErrorCode::InvalidChoice)
        );
        assert!(OfficerScope::new(OfficerRole::SystemAdmin, None).is_ok());
    }

    #[test]
    fn an_agency_sees_only_what_was_dispatched_to_it() {
        use Dispatch::{Returned, To};
        // (role, dispatch record, sees) for every role.
        let table: &[(OfficerRole, &[Dispatch], bool)] = &[
            (OfficerRole::MainDesk, &[], true),
            (OfficerRole::MainDesk, &[To("dlh")], true),
            (OfficerRole::SystemAdmin, &[], false),
            (OfficerRole::SystemAdmin, &[To("dishub")], false),
            (OfficerRole::AgencyAdmin, &[], false),
            (OfficerRole::AgencyAdmin, &[To("dishub")], true),
            (OfficerRole::AgencyAdmin, &[To("dlh")], false),
            // Returned as not its business: no longer its to see; sent again: its again.
            (OfficerRole::AgencyAdmin, &[To("dishub"), Returned], false),
            (
                OfficerRole::AgencyAdmin,
                &[To("dishub"), Returned, To("dishub")],
                true,
            ),
            (
                OfficerRole::AgencyAdmin,
                &[To("dishub"), Returned, To("dlh")],
                false,
            ),
            (OfficerRole::Liaison, &[], false),
            (OfficerRole::Liaison, &[To("dishub")], true),
            (OfficerRole::Liaison, &[To("dlh")], false),
            (OfficerRole::Liaison, &[To("dishub"), Returned], false),
            (OfficerRole::AgencyHead, &[], false),
            (OfficerRole::AgencyHead, &[To("dishub")], true),
            (OfficerRole::AgencyHead, &[To("dlh")], false),
            (OfficerRole::AgencyHead, &[To("dishub"), Returned], false),
        ];
        for (role, record, sees) in table {
            let scope = match role {
                OfficerRole::MainDesk | OfficerRole::SystemAdmin => {
                    OfficerScope::new(*role, None).unwrap()
                }
                _ => agency(*role, "dishub"),
            };
            assert_eq!(
                scope.may_see(record.iter().copied()),
                *sees,
                "{role:?} with dispatches {record:?}"
            );
        }
    }

    #[test]
    fn only_the_system_administrator_acts_on_no_complaint() {
        for role in OfficerRole::ALL {
            assert_eq!(
                role.acting_role().is_none(),
                role == OfficerRole::SystemAdmin
            );
        }
    }
}
