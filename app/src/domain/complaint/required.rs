//! The fields a region's SOP asks of a complaint beyond the portal's own: Cilacap's desk checks
//! the reporter's home address before dispatch (row 2, "Nama pemohon, alamat pemohon, pesan
//! aduan"), Surabaya's desk enters the social media account and the topic of a complaint that came
//! by another channel than its own app (rows 3, 6 and 7). The
//! region's profile names them ([`crate::domain::sop::SopProfile::required_fields`]); the form
//! asks for them and [`super::NewComplaint::parse`] holds every filing to them, in the browser
//! and on the server alike.

use super::Channel;
use crate::domain::field::Field;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A field a region may require.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExtraField {
    /// The reporter's home address ([`Field::ReporterAddress`]): personal data.
    ReporterAddress,
    /// The reporter's account on the social network the complaint came from
    /// ([`Field::SocialMediaAccount`]): personal data, asked only of a complaint that came by
    /// social media.
    SocialMediaAccount,
    /// The topic within the category ([`Field::Topic`]), asked of a complaint the desk enters
    /// from another channel: the citizens' own form has the category.
    Topic,
}

impl ExtraField {
    /// Every extra field, in form order.
    pub const ALL: [ExtraField; 3] = [
        ExtraField::ReporterAddress,
        ExtraField::SocialMediaAccount,
        ExtraField::Topic,
    ];

    /// The form field it is typed into.
    pub const fn field(self) -> Field {
        match self {
            ExtraField::ReporterAddress => Field::ReporterAddress,
            ExtraField::SocialMediaAccount => Field::SocialMediaAccount,
            ExtraField::Topic => Field::Topic,
        }
    }

    /// Whether it is asked of a complaint that came by `channel`: a social media account only of
    /// one that came by social media, a topic of one the desk (or a gateway) enters from another
    /// channel than the web form, the home address of every complaint.
    pub fn applies_to(self, channel: Channel) -> bool {
        match self {
            ExtraField::ReporterAddress => true,
            ExtraField::SocialMediaAccount => channel == Channel::SocialMedia,
            ExtraField::Topic => channel != Channel::Web,
        }
    }

    /// Whether the citizens' own web form ever asks for it (the desk's intake asks for every
    /// required field).
    pub fn on_web_form(self) -> bool {
        self.applies_to(Channel::Web)
    }
}

/// The extra fields a region requires; none by default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RequiredFields(BTreeSet<ExtraField>);

impl RequiredFields {
    /// These fields.
    pub fn new(fields: impl IntoIterator<Item = ExtraField>) -> RequiredFields {
        RequiredFields(fields.into_iter().collect())
    }

    /// The required fields, in form order.
    pub fn iter(&self) -> impl Iterator<Item = ExtraField> + '_ {
        self.0.iter().copied()
    }

    /// Whether `field` must be filled in a complaint that came by `channel` (`None` when the
    /// channel is not valid: only the fields asked of every channel then).
    pub fn requires(&self, field: ExtraField, channel: Option<Channel>) -> bool {
        self.0.contains(&field)
            && match channel {
                Some(channel) => field.applies_to(channel),
                None => field == ExtraField::ReporterAddress,
            }
    }

    /// Whether the form shows `field`: the desk's intake (`on_behalf`) every required one, the
    /// citizens' web form those asked of a web filing.
    pub fn shown(&self, field: ExtraField, on_behalf: bool) -> bool {
        self.0.contains(&field) && (on_behalf || field.on_web_form())
    }
}
