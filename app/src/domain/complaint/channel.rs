//! The channel a complaint came by (kanal).

use crate::domain::field::ErrorCode;
use crate::i18n::Text;
use serde::{Deserialize, Serialize};

/// The channel a complaint came by (kanal).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// This portal.
    #[default]
    Web,
    /// A WhatsApp message to the desk's number.
    #[serde(rename = "whatsapp")]
    WhatsApp,
    /// A text message.
    Sms,
    /// A phone call or the call centre.
    Phone,
    /// An email.
    Email,
    /// Social media (Facebook, X, Instagram).
    SocialMedia,
    /// In person at the desk (tatap muka), or by letter.
    InPerson,
    /// Forwarded from the national system SP4N-LAPOR!.
    Sp4nLapor,
}

impl Channel {
    /// Every channel, in the order a select box shows them.
    pub const ALL: [Channel; 8] = [
        Channel::Web,
        Channel::WhatsApp,
        Channel::Sms,
        Channel::Phone,
        Channel::Email,
        Channel::SocialMedia,
        Channel::InPerson,
        Channel::Sp4nLapor,
    ];

    /// The stable snake_case code for forms, JSON and the database.
    pub const fn code(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::WhatsApp => "whatsapp",
            Channel::Sms => "sms",
            Channel::Phone => "phone",
            Channel::Email => "email",
            Channel::SocialMedia => "social_media",
            Channel::InPerson => "in_person",
            Channel::Sp4nLapor => "sp4n_lapor",
        }
    }

    /// The channel's name for people.
    pub const fn label(self) -> Text {
        match self {
            Channel::Web => Text::new("Situs web", "Website"),
            Channel::WhatsApp => Text::new("WhatsApp", "WhatsApp"),
            Channel::Sms => Text::new("SMS", "SMS"),
            Channel::Phone => Text::new("Telepon", "Phone"),
            Channel::Email => Text::new("Email", "Email"),
            Channel::SocialMedia => Text::new("Media sosial", "Social media"),
            Channel::InPerson => Text::new("Tatap muka", "In person"),
            Channel::Sp4nLapor => Text::new("SP4N-LAPOR!", "SP4N-LAPOR!"),
        }
    }

    /// Parses a channel code; an empty one means [`Channel::Web`].
    ///
    /// # Errors
    /// `InvalidChoice` for an unknown code.
    pub fn parse(raw: &str) -> Result<Channel, ErrorCode> {
        let code = raw.trim();
        if code.is_empty() {
            return Ok(Channel::default());
        }
        Channel::ALL
            .into_iter()
            .find(|channel| channel.code().eq_ignore_ascii_case(code))
            .ok_or(ErrorCode::InvalidChoice)
    }
}
