//! Open311 GeoReport v2 as Aduan speaks it: how a service request's fields map onto a complaint,
//! how our statuses map onto the spec's `open` and `closed`, and the spec's error list.
//!
//! A service is a complaint category (`service_code` = the category's code). A service request
//! is a complaint, identified by its tracking code. Our required fields travel as:
//!
//! | Open311                         | complaint                                         |
//! |---------------------------------|---------------------------------------------------|
//! | `first_name`, `last_name`       | the reporter's name (joined)                      |
//! | `attribute[nik]`                | the NIK                                           |
//! | `attribute[title]`              | the title (else the description's first sentence) |
//! | `description`                   | the content                                       |
//! | `lat`, `long`                   | the location (required: a desk needs the place)   |
//! | `address_string`                | the address                                       |
//! | `phone`, `email`                | the contacts                                      |
//! | `attribute[reporter_address]`   | the reporter's home address, where the SOP asks   |
//! | `attribute[social_media_account]` | the social media account, where the SOP asks    |
//! | `attribute[topic]`              | the topic within the category, where the SOP asks |
//! | `attribute[channel]`            | the channel it first came by (default WhatsApp)   |
//! | `media` (an uploaded file)      | the photo                                         |
//! | `attribute[privacy_notice]`     | the privacy notice's version the reporter was shown (default: the one in force: the gateway shows it under its agreement with the desk) |
//!
//! Validation is the filing form's ([`super::complaint::NewComplaint::parse`]); its errors
//! come back as the spec's `[{code, description}]`, one per field, the description naming the
//! Open311 field and saying what is wrong in Bahasa Indonesia and English.

use super::complaint::{Channel, ComplaintInput};
use super::field::{Field, FieldError};
use super::status::Status;
use crate::i18n::Locale;
use serde::{Deserialize, Serialize};

/// The longest title taken from a description when no `attribute[title]` is given.
const DERIVED_TITLE_CHARS: usize = 80;

/// One error of the spec's error list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Open311Error {
    /// The HTTP status it goes with (400, 403, 404, 429, 500).
    pub code: u16,
    /// What is wrong.
    pub description: String,
}

impl Open311Error {
    /// An error with `code` and `description`.
    pub fn new(code: u16, description: impl Into<String>) -> Open311Error {
        Open311Error {
            code,
            description: description.into(),
        }
    }
}

/// The Open311 field a form field arrives in.
pub const fn open311_field(field: Field) -> &'static str {
    match field {
        Field::ReporterName => "first_name",
        Field::Nik => "attribute[nik]",
        Field::Phone => "phone",
        Field::Email => "email",
        Field::ReporterAddress => "attribute[reporter_address]",
        Field::SocialMediaAccount => "attribute[social_media_account]",
        Field::Title => "attribute[title]",
        Field::Content => "description",
        Field::Category => "service_code",
        Field::Topic => "attribute[topic]",
        Field::Agency => "attribute[agency]",
        Field::Channel => "attribute[channel]",
        Field::Visibility => "attribute[visibility]",
        Field::Location => "lat",
        Field::Address => "address_string",
        Field::Photos => "media",
        Field::PrivacyNotice => "attribute[privacy_notice]",
    }
}

/// A field error as an Open311 error: `400`, the field's Open311 name, and the message in both
/// languages.
pub fn field_error(error: &FieldError) -> Open311Error {
    Open311Error::new(
        400,
        format!(
            "{}: {} / {}",
            open311_field(error.field),
            error.message(Locale::Id),
            error.message(Locale::En)
        ),
    )
}

/// A service request's fields as posted, before any check (every one text, as a form sends it;
/// unknown fields are ignored, as the spec allows).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct RequestFields {
    /// The category's code.
    pub service_code: String,
    /// The reporter's first name.
    pub first_name: String,
    /// The reporter's last name.
    pub last_name: String,
    /// The reporter's NIK, 16 digits.
    #[serde(rename = "attribute[nik]")]
    pub nik: String,
    /// A title; if empty, the description's first sentence.
    #[serde(rename = "attribute[title]")]
    pub title: String,
    /// The complaint itself.
    pub description: String,
    /// Latitude in degrees.
    pub lat: String,
    /// Longitude in degrees.
    pub long: String,
    /// The written address.
    pub address_string: String,
    /// The reporter's phone number.
    pub phone: String,
    /// The reporter's e-mail address.
    pub email: String,
    /// The channel it came by (default `whatsapp`).
    #[serde(rename = "attribute[channel]")]
    pub channel: String,
    /// `public` (default), `anonymous` or `confidential`.
    #[serde(rename = "attribute[visibility]")]
    pub visibility: String,
    /// The reporter's home address, where the region's SOP asks for it.
    #[serde(rename = "attribute[reporter_address]")]
    pub reporter_address: String,
    /// The reporter's social media account, where the region's SOP asks for it of a complaint
    /// that came by social media.
    #[serde(rename = "attribute[social_media_account]")]
    pub social_media_account: String,
    /// The topic within the category, where the region's SOP asks for it.
    #[serde(rename = "attribute[topic]")]
    pub topic: String,
    /// The version of the privacy notice (`/privasi`) the gateway showed the reporter; the one
    /// in force when left out.
    #[serde(rename = "attribute[privacy_notice]")]
    pub privacy_notice: String,
}

impl RequestFields {
    /// The fields among posted `values` (name, text); other names are ignored.
    pub fn from_values<'a>(values: impl IntoIterator<Item = (&'a str, &'a str)>) -> RequestFields {
        let object: serde_json::Map<String, serde_json::Value> = values
            .into_iter()
            .map(|(name, value)| (name.to_owned(), serde_json::Value::String(value.to_owned())))
            .collect();
        serde_json::from_value(serde_json::Value::Object(object)).unwrap_or_default()
    }

    /// The filing form's input for these fields: the name joined, the title derived from the
    /// description when none is given, the channel WhatsApp (a gateway's) when none is given.
    pub fn to_input(&self) -> ComplaintInput {
        let name = format!("{} {}", self.first_name.trim(), self.last_name.trim());
        let title = if self.title.trim().is_empty() {
            derived_title(&self.description)
        } else {
            self.title.clone()
        };
        ComplaintInput {
            reporter_name: name.trim().to_owned(),
            nik: self.nik.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            reporter_address: self.reporter_address.clone(),
            social_media_account: self.social_media_account.clone(),
            topic: self.topic.clone(),
            title,
            content: self.description.clone(),
            category: self.service_code.clone(),
            agency: String::new(),
            channel: if self.channel.trim().is_empty() {
                Channel::WhatsApp.code().to_owned()
            } else {
                self.channel.clone()
            },
            visibility: self.visibility.clone(),
            latitude: self.lat.clone(),
            longitude: self.long.clone(),
            address: self.address_string.clone(),
            photos: Vec::new(),
            privacy_notice: self.privacy_notice.clone(),
        }
    }
}

/// A title from a description: its first sentence, cut at a word to at most 80 characters.
pub fn derived_title(description: &str) -> String {
    let text = description.trim();
    let sentence = text
        .split_inclusive(['.', '!', '?', '\n'])
        .next()
        .unwrap_or(text)
        .trim()
        .trim_end_matches(['.', '!', '?']);
    if sentence.chars().count() <= DERIVED_TITLE_CHARS {
        return sentence.to_owned();
    }
    let mut title = String::new();
    for word in sentence.split_whitespace() {
        if title.chars().count() + word.chars().count() + 1 > DERIVED_TITLE_CHARS {
            break;
        }
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(word);
    }
    title
}

/// The spec's status of a complaint: `open` while it is handled here, `closed` once closed or
/// forwarded to SP4N-LAPOR!.
pub const fn spec_status(status: Status) -> &'static str {
    if status.is_open() { "open" } else { "closed" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::status::Closure;

    fn fields() -> RequestFields {
        RequestFields::from_values([
            ("service_code", "penerangan"),
            ("first_name", "Siti"),
            ("last_name", "Rahayu"),
            ("attribute[nik]", "3503015708900001"),
            (
                "description",
                "Lampu jalan mati sejak dua minggu. Jalan gelap dan rawan.",
            ),
            ("lat", "-8.0506"),
            ("long", "111.7087"),
            ("address_string", "Jl. Soekarno-Hatta, Trenggalek"),
            ("api_key", "not a complaint field"),
        ])
    }

    #[test]
    fn the_fields_become_the_filing_forms_input() {
        let input = fields().to_input();
        assert_eq!(input.reporter_name, "Siti Rahayu");
        assert_eq!(input.title, "Lampu jalan mati sejak dua minggu");
        assert_eq!(input.category, "penerangan");
        assert_eq!(input.channel, "whatsapp");
        assert_eq!(fields().nik, "3503015708900001");
    }

    #[test]
    fn a_long_first_sentence_is_cut_at_a_word() {
        let title = derived_title(&"kata ".repeat(40));
        assert!(title.chars().count() <= DERIVED_TITLE_CHARS, "{title}");
        assert!(title.ends_with("kata"), "{title}");
    }

    #[test]
    fn missing_fields_are_named_as_open311_knows_them() {
        let fields = RequestFields {
            nik: String::new(),
            lat: String::new(),
            ..fields()
        };
        let errors =
            crate::domain::complaint::NewComplaint::parse(&fields.to_input(), &Default::default())
                .unwrap_err();
        let described: Vec<String> = errors
            .iter()
            .map(|error| field_error(error).description)
            .collect();
        assert!(
            described
                .iter()
                .any(|text| text.starts_with("attribute[nik]: ")),
            "{described:?}"
        );
        assert!(
            described.iter().any(|text| text.starts_with("lat: ")),
            "{described:?}"
        );
        assert!(
            described.iter().all(|text| text.contains(" / ")),
            "both languages"
        );
    }

    #[test]
    fn statuses_are_open_until_closed_or_forwarded() {
        assert_eq!(spec_status(Status::Submitted), "open");
        assert_eq!(spec_status(Status::AwaitingReporter), "open");
        assert_eq!(spec_status(Status::Closed(Closure::Confirmed)), "closed");
        assert_eq!(spec_status(Status::Escalated), "closed");
    }
}
