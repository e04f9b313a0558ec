//! The form as the reporter filled it in, every field a string as typed, and the limits each
//! field is held to.

use crate::domain::field::Field;
use crate::domain::nik::{self};
use crate::domain::photo::PhotoMeta;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The shortest reporter name, in characters ("Ani" is a full name in Java).
pub const NAME_MIN_CHARS: usize = 3;
/// The longest reporter name, in characters; room for a name with titles and degrees.
pub const NAME_MAX_CHARS: usize = 100;
/// The shortest title: a few words that say what is wrong ("Jalan rusak").
pub const TITLE_MIN_CHARS: usize = 10;
/// The longest title: it must fit one line of a list.
pub const TITLE_MAX_CHARS: usize = 150;
/// The shortest complaint text: the SOPs return complaints that are unclear, so ask for a
/// sentence or two.
pub const CONTENT_MIN_CHARS: usize = 30;
/// The longest complaint text, about two pages.
pub const CONTENT_MAX_CHARS: usize = 5000;
/// The shortest address of the incident ("Jl. A").
pub const ADDRESS_MIN_CHARS: usize = 5;
/// The longest address of the incident.
pub const ADDRESS_MAX_CHARS: usize = 300;
/// The shortest social media account ("@ab").
pub const ACCOUNT_MIN_CHARS: usize = 2;
/// The longest social media account, with the network named ("@dinas.pu on Instagram").
pub const ACCOUNT_MAX_CHARS: usize = 100;
/// The shortest topic ("Banjir").
pub const TOPIC_MIN_CHARS: usize = 3;
/// The longest topic: a few words within a category.
pub const TOPIC_MAX_CHARS: usize = 100;
/// The fewest digits of an Indonesian number after the country code or the leading 0.
pub const PHONE_MIN_DIGITS: usize = 8;
/// The most digits of an Indonesian number after the country code or the leading 0.
pub const PHONE_MAX_DIGITS: usize = 13;
/// The longest email address (RFC 5321 path limit).
pub const EMAIL_MAX_CHARS: usize = 254;
/// The longest category or agency code.
pub const CODE_MAX_CHARS: usize = 64;

/// The complaint form exactly as filled in: every value as typed, nothing checked.
///
/// Personal data: its `Debug` masks the NIK and hides the name, phone, email, addresses,
/// social media account and coordinates, so a logged form leaks nothing.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ComplaintInput {
    /// The reporter's full name.
    pub reporter_name: String,
    /// The reporter's NIK.
    pub nik: String,
    /// The reporter's phone number; may be empty.
    pub phone: String,
    /// The reporter's email address; may be empty.
    pub email: String,
    /// The reporter's home address; empty unless the region asks for it.
    pub reporter_address: String,
    /// The reporter's social media account; empty unless the region asks for it.
    pub social_media_account: String,
    /// A one-line summary.
    pub title: String,
    /// The complaint itself.
    pub content: String,
    /// A category code; may be empty.
    pub category: String,
    /// The topic within the category; empty unless the region asks for it.
    pub topic: String,
    /// An agency code; may be empty.
    pub agency: String,
    /// A [`Channel::code`]; empty means [`Channel::Web`].
    pub channel: String,
    /// A [`Visibility::code`]; empty means [`Visibility::Public`].
    pub visibility: String,
    /// The latitude as typed or set by the map.
    pub latitude: String,
    /// The longitude as typed or set by the map.
    pub longitude: String,
    /// The written address of the incident.
    pub address: String,
    /// The photos chosen.
    pub photos: Vec<PhotoMeta>,
    /// The version of the privacy notice the reporter ticked; empty when they did not.
    pub privacy_notice: String,
}

impl ComplaintInput {
    /// The text typed into a one-text field; `None` for [`Field::Location`] (two coordinates) and
    /// [`Field::Photos`].
    pub fn text(&self, field: Field) -> Option<&str> {
        Some(match field {
            Field::ReporterName => &self.reporter_name,
            Field::Nik => &self.nik,
            Field::Phone => &self.phone,
            Field::Email => &self.email,
            Field::ReporterAddress => &self.reporter_address,
            Field::SocialMediaAccount => &self.social_media_account,
            Field::Title => &self.title,
            Field::Content => &self.content,
            Field::Category => &self.category,
            Field::Topic => &self.topic,
            Field::Agency => &self.agency,
            Field::Channel => &self.channel,
            Field::Visibility => &self.visibility,
            Field::Address => &self.address,
            Field::PrivacyNotice => &self.privacy_notice,
            Field::Location | Field::Photos => return None,
        })
    }

    /// Where the text of a one-text field is kept, to write what was typed (see [`Self::text`]).
    pub fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            Field::ReporterName => &mut self.reporter_name,
            Field::Nik => &mut self.nik,
            Field::Phone => &mut self.phone,
            Field::Email => &mut self.email,
            Field::ReporterAddress => &mut self.reporter_address,
            Field::SocialMediaAccount => &mut self.social_media_account,
            Field::Title => &mut self.title,
            Field::Content => &mut self.content,
            Field::Category => &mut self.category,
            Field::Topic => &mut self.topic,
            Field::Agency => &mut self.agency,
            Field::Channel => &mut self.channel,
            Field::Visibility => &mut self.visibility,
            Field::Address => &mut self.address,
            Field::PrivacyNotice => &mut self.privacy_notice,
            Field::Location | Field::Photos => return None,
        })
    }
}

impl fmt::Debug for ComplaintInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const HIDDEN: &str = "<hidden>";
        let hide = |value: &str| if value.is_empty() { "" } else { HIDDEN };
        f.debug_struct("ComplaintInput")
            .field("reporter_name", &hide(&self.reporter_name))
            .field("nik", &nik::mask(self.nik.trim()))
            .field("phone", &hide(&self.phone))
            .field("email", &hide(&self.email))
            .field("reporter_address", &hide(&self.reporter_address))
            .field("social_media_account", &hide(&self.social_media_account))
            .field("title", &self.title)
            .field("content", &self.content)
            .field("category", &self.category)
            .field("topic", &self.topic)
            .field("agency", &self.agency)
            .field("channel", &self.channel)
            .field("visibility", &self.visibility)
            .field("latitude", &hide(&self.latitude))
            .field("longitude", &hide(&self.longitude))
            .field("address", &hide(&self.address))
            .field("photos", &self.photos)
            .field("privacy_notice", &self.privacy_notice)
            .finish()
    }
}
