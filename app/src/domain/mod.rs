//! The shared core of Aduan: the rules of a complaint, one module per concept.
//!
//! Pure Rust with no web framework, database or clock: the same code compiles to WebAssembly for
//! the browser and natively for the server, so a form is checked twice by the same rules. Values
//! are built only through `parse`, so an invalid one cannot exist; times are passed in
//! (`start`, `since`), never read from a clock.
//!
//! - [`field`]: the form's fields and their errors, with messages in both languages.
//! - [`nik`]: the national identity number.
//! - [`complaint`]: the raw form ([`ComplaintInput`]) and the accepted complaint
//!   ([`NewComplaint`]).
//! - [`location`], [`photo`]: where it happened and the evidence.
//! - [`disclosure`]: the rule every published count passes (no small or recoverable cell);
//!   [`period`]: the periods statistics are asked for; [`public_statistics`]: what is published.
//! - [`feedback`]: the reporter's rating and comment on a resolution.
//! - [`officer`]: the desk's roles and what each may see.
//! - [`desk_list`]: a new category or agency as the system administrator types it.
//! - [`status`]: the status machine of the SOPs: statuses, roles, actions.
//! - [`sop`]: each government's time standards and the deadlines they give.
//! - [`timeline`]: what each entry of a complaint's timeline records.
//! - [`notice`]: what the reporter is told outside the site (e-mail, WhatsApp, SMS).
//! - [`template`]: ready texts for the steps that need written words.
//! - [`privacy`]: the privacy notice a reporter accepts, in versions.
//! - [`redaction`]: removing personal details from what others see of a complaint.
//! - [`tracking_code`]: the code a reporter follows a complaint by.

pub mod complaint;
pub mod desk_list;
pub mod disclosure;
pub mod erasure;
pub mod feedback;
pub mod field;
pub mod location;
pub mod nik;
pub mod notice;
pub mod officer;
pub mod open311;
pub mod period;
pub mod photo;
pub mod privacy;
pub mod public_statistics;
pub mod redaction;
pub mod satisfaction;
pub mod sop;
pub mod statistics;
pub mod status;
pub mod template;
mod text;
pub mod timeline;
pub mod tracking_code;

pub use complaint::{
    Address, AgencyCode, CategoryCode, Channel, ComplaintInput, Content, Email, ExtraField,
    NewComplaint, Phone, ReporterName, RequiredFields, Title, Visibility, check_field,
};
pub use field::{ErrorCode, Field, FieldError, FieldErrors};
pub use location::GeoPoint;
pub use nik::Nik;
pub use photo::{Photo, PhotoKind, PhotoMeta, Photos};
pub use sop::{Calendar, SopProfile, SopRow, Step, TimeStandard, all_profiles, profile_by_id};
pub use status::{
    Action, ActionKind, Closure, ComplaintState, Reason, Role, Sp4nTicket, Status, TransitionError,
    apply,
};
pub use tracking_code::{TrackingCode, TrackingCodeError};
