//! A complaint as the reporter fills it in ([`ComplaintInput`]) and as the portal accepts it
//! ([`NewComplaint`]).
//!
//! Parse, don't validate: [`NewComplaint::parse`] turns the raw form into typed values that
//! cannot be invalid, collecting every field's error at once. The browser runs the same code per
//! field with [`check_field`] while the reporter types; the server runs `parse` again, for trust.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::field::{ErrorCode, Field, FieldError, FieldErrors};
use super::location::GeoPoint;
use super::nik::{self, Nik};
use super::photo::{PhotoMeta, Photos};
use super::text;
use crate::i18n::Text;

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
/// Personal data: its `Debug` masks the NIK and hides the name, phone, email, address and
/// coordinates, so a logged form leaks nothing.
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
    /// A one-line summary.
    pub title: String,
    /// The complaint itself.
    pub content: String,
    /// A category code; may be empty.
    pub category: String,
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
            Field::Title => &self.title,
            Field::Content => &self.content,
            Field::Category => &self.category,
            Field::Agency => &self.agency,
            Field::Channel => &self.channel,
            Field::Visibility => &self.visibility,
            Field::Address => &self.address,
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
            Field::Title => &mut self.title,
            Field::Content => &mut self.content,
            Field::Category => &mut self.category,
            Field::Agency => &mut self.agency,
            Field::Channel => &mut self.channel,
            Field::Visibility => &mut self.visibility,
            Field::Address => &mut self.address,
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
            .field("title", &self.title)
            .field("content", &self.content)
            .field("category", &self.category)
            .field("agency", &self.agency)
            .field("channel", &self.channel)
            .field("visibility", &self.visibility)
            .field("latitude", &hide(&self.latitude))
            .field("longitude", &hide(&self.longitude))
            .field("address", &hide(&self.address))
            .field("photos", &self.photos)
            .finish()
    }
}

/// Declares a private-field text newtype built only through `parse`.
macro_rules! text_newtype {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// The accepted, normalised text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = ErrorCode;

            fn try_from(raw: String) -> Result<$name, ErrorCode> {
                $name::parse(&raw)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

/// Shows a text newtype in `Debug` and `Display` as it is.
macro_rules! show_text {
    ($name:ident) => {
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.0).finish()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

/// Hides a personal-data newtype in `Debug`; `Display` shows it, for pages that may.
macro_rules! hide_text {
    ($name:ident) => {
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "(<hidden>)"))
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

text_newtype! {
    /// A reporter's name: 3–100 characters of letters, spaces and `. , ' -` (with at least one
    /// letter), so titles and degrees fit ("Ir. H. Budi Santoso, M.T.").
    ReporterName
}
hide_text!(ReporterName);

impl ReporterName {
    /// Parses a name: whitespace trimmed and collapsed.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `InvalidNameCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<ReporterName, ErrorCode> {
        let name = text::single_line(raw);
        text::check(&name, 0, usize::MAX, false)?;
        let allowed = |c: char| c.is_alphabetic() || c.is_ascii_whitespace() || ".,'’-".contains(c);
        if !name.chars().all(allowed) || !name.chars().any(char::is_alphabetic) {
            return Err(ErrorCode::InvalidNameCharacters);
        }
        text::check(&name, NAME_MIN_CHARS, NAME_MAX_CHARS, false)?;
        Ok(ReporterName(name))
    }
}

text_newtype! {
    /// A complaint's title: one line of 10–150 characters.
    Title
}
show_text!(Title);

impl Title {
    /// Parses a title: whitespace trimmed and collapsed.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<Title, ErrorCode> {
        let title = text::single_line(raw);
        text::check(&title, TITLE_MIN_CHARS, TITLE_MAX_CHARS, false)?;
        Ok(Title(title))
    }
}

text_newtype! {
    /// The complaint text: 30–5000 characters, paragraphs kept.
    Content
}
show_text!(Content);

impl Content {
    /// Parses the complaint text: line breaks unified, tabs made spaces, trailing spaces and
    /// runs of empty lines removed, the whole trimmed.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<Content, ErrorCode> {
        let content = text::multi_line(raw);
        text::check(&content, CONTENT_MIN_CHARS, CONTENT_MAX_CHARS, true)?;
        Ok(Content(content))
    }
}

text_newtype! {
    /// The written address of the incident: one line of 5–300 characters.
    Address
}
hide_text!(Address);

impl Address {
    /// Parses an address: whitespace trimmed and collapsed.
    ///
    /// # Errors
    /// `Required`, `ControlCharacters`, `TooShort`, `TooLong`.
    pub fn parse(raw: &str) -> Result<Address, ErrorCode> {
        let address = text::single_line(raw);
        text::check(&address, ADDRESS_MIN_CHARS, ADDRESS_MAX_CHARS, false)?;
        Ok(Address(address))
    }
}

text_newtype! {
    /// An Indonesian phone number in international form, `+62` and 8–13 digits:
    /// `+6281234567890`.
    Phone
}
hide_text!(Phone);

impl Phone {
    /// Parses a phone number written as `0812-3456-7890`, `62 812 3456 7890`,
    /// `+62 (812) 3456.7890` or `(031) 5312144`: spaces, dashes, dots and brackets are dropped,
    /// the prefix `+62`, `62` or `0` is required, and the rest must be 8–13 digits not starting
    /// with 0.
    ///
    /// # Errors
    /// `Required` when empty, else `InvalidPhone`.
    pub fn parse(raw: &str) -> Result<Phone, ErrorCode> {
        let compact: String = raw
            .chars()
            .filter(|c| !(c.is_whitespace() || matches!(c, '-' | '.' | '(' | ')')))
            .collect();
        if compact.is_empty() {
            return Err(ErrorCode::Required);
        }
        let national = ["+62", "62", "0"]
            .iter()
            .find_map(|prefix| compact.strip_prefix(prefix))
            .ok_or(ErrorCode::InvalidPhone)?;
        let valid = (PHONE_MIN_DIGITS..=PHONE_MAX_DIGITS).contains(&national.len())
            && national.chars().all(|c| c.is_ascii_digit())
            && !national.starts_with('0');
        if !valid {
            return Err(ErrorCode::InvalidPhone);
        }
        Ok(Phone(format!("+62{national}")))
    }
}

/// What a reporter corrects in a complaint returned to them as incomplete: its title, text and
/// address, each checked by the same rules as at filing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    title: Title,
    content: Content,
    address: Address,
}

impl Revision {
    /// Parses the corrected fields, reporting every problem at once.
    ///
    /// # Errors
    /// One [`FieldError`] per field that breaks its rule.
    pub fn parse(title: &str, content: &str, address: &str) -> Result<Revision, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = Title::parse(title)
            .map_err(|code| errors.push(FieldError::new(Field::Title, code)))
            .ok();
        let content = Content::parse(content)
            .map_err(|code| errors.push(FieldError::new(Field::Content, code)))
            .ok();
        let address = Address::parse(address)
            .map_err(|code| errors.push(FieldError::new(Field::Address, code)))
            .ok();
        match (title, content, address) {
            (Some(title), Some(content), Some(address)) if errors.is_empty() => Ok(Revision {
                title,
                content,
                address,
            }),
            _ => Err(errors),
        }
    }

    /// The corrected title.
    pub fn title(&self) -> &Title {
        &self.title
    }

    /// The corrected text.
    pub fn content(&self) -> &Content {
        &self.content
    }

    /// The corrected address.
    pub fn address(&self) -> &Address {
        &self.address
    }
}

/// Where a citizen wants updates: an e-mail address or an Indonesian phone number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    /// By e-mail.
    Email(Email),
    /// By WhatsApp or SMS.
    Phone(Phone),
}

impl Contact {
    /// How the contact field is labelled.
    pub const LABEL: Text = Text::new("E-mail atau nomor HP", "E-mail or mobile number");

    /// An address with `@` is read as e-mail, anything else as a phone number.
    ///
    /// # Errors
    /// As [`Email::parse`] or [`Phone::parse`].
    pub fn parse(raw: &str) -> Result<Contact, ErrorCode> {
        if raw.contains('@') {
            Email::parse(raw).map(Contact::Email)
        } else {
            Phone::parse(raw).map(Contact::Phone)
        }
    }
}

text_newtype! {
    /// An email address that passes a sanity check: `local@domain.tld`, no spaces, the domain
    /// lower-cased.
    Email
}
hide_text!(Email);

impl Email {
    /// Parses an email address. Deliberately simple: one `@`, a local part of 1–64 visible ASCII
    /// characters, and a domain of dot-separated labels (letters, digits, inner hyphens) ending
    /// in a top-level domain of two letters or more. Whether it exists is for a confirmation
    /// mail to tell.
    ///
    /// # Errors
    /// `Required` when empty, `TooLong` over 254 characters, else `InvalidEmail`.
    pub fn parse(raw: &str) -> Result<Email, ErrorCode> {
        let email = raw.trim();
        if email.is_empty() {
            return Err(ErrorCode::Required);
        }
        if email.chars().count() > EMAIL_MAX_CHARS {
            return Err(ErrorCode::TooLong {
                max: EMAIL_MAX_CHARS,
            });
        }
        let (local, domain) = email.split_once('@').ok_or(ErrorCode::InvalidEmail)?;
        let local_ok = (1..=64).contains(&local.len())
            && local
                .chars()
                .all(|c| c.is_ascii_graphic() && !"@\"(),:;<>[\\]".contains(c))
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..");
        let domain = domain.to_ascii_lowercase();
        let labels: Vec<&str> = domain.split('.').collect();
        let label_ok = |label: &&str| {
            (1..=63).contains(&label.len())
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        };
        let tld_ok = labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
        if !(local_ok && labels.len() >= 2 && labels.iter().all(label_ok) && tld_ok) {
            return Err(ErrorCode::InvalidEmail);
        }
        Ok(Email(format!("{local}@{domain}")))
    }
}

/// Parses a code as used for categories and agencies: trimmed, lower-cased, 1–64 characters of
/// ASCII letters, digits, `.`, `_` and `-`, starting with a letter or digit.
fn parse_code(raw: &str) -> Result<String, ErrorCode> {
    let code = raw.trim().to_ascii_lowercase();
    if code.is_empty() {
        return Err(ErrorCode::Required);
    }
    let well_formed = code.len() <= CODE_MAX_CHARS
        && code.starts_with(|c: char| c.is_ascii_alphanumeric())
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if well_formed {
        Ok(code)
    } else {
        Err(ErrorCode::InvalidChoice)
    }
}

text_newtype! {
    /// The code of a complaint category, e.g. `infrastruktur.jalan`. Free for now; the list of
    /// categories lives in the database.
    CategoryCode
}
show_text!(CategoryCode);

impl CategoryCode {
    /// Parses a category code; see the rules of [`AgencyCode::parse`].
    ///
    /// # Errors
    /// `Required` when empty, else `InvalidChoice`.
    pub fn parse(raw: &str) -> Result<CategoryCode, ErrorCode> {
        parse_code(raw).map(CategoryCode)
    }
}

text_newtype! {
    /// The code of an agency (OPD / SKPD / instansi vertikal), e.g. `dinas-pupr`.
    AgencyCode
}
show_text!(AgencyCode);

impl AgencyCode {
    /// Parses an agency code: trimmed and lower-cased; 1–64 characters of ASCII letters, digits,
    /// `.`, `_` and `-`, starting with a letter or digit.
    ///
    /// # Errors
    /// `Required` when empty, else `InvalidChoice`.
    pub fn parse(raw: &str) -> Result<AgencyCode, ErrorCode> {
        parse_code(raw).map(AgencyCode)
    }
}

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

/// Who may see a complaint (anonim / rahasia).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// The complaint and the reporter's name are public.
    #[default]
    Public,
    /// The complaint is public; the reporter's identity is hidden from everyone but the desk.
    Anonymous,
    /// Neither the complaint nor the reporter is ever public.
    Confidential,
}

impl Visibility {
    /// Every visibility, the default first.
    pub const ALL: [Visibility; 3] = [
        Visibility::Public,
        Visibility::Anonymous,
        Visibility::Confidential,
    ];

    /// The stable snake_case code for forms, JSON and the database.
    pub const fn code(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Anonymous => "anonymous",
            Visibility::Confidential => "confidential",
        }
    }

    /// The visibility's name for people.
    pub const fn label(self) -> Text {
        match self {
            Visibility::Public => Text::new("Publik", "Public"),
            Visibility::Anonymous => Text::new("Anonim", "Anonymous"),
            Visibility::Confidential => Text::new("Rahasia", "Confidential"),
        }
    }

    /// Parses a visibility code; an empty one means [`Visibility::Public`].
    ///
    /// # Errors
    /// `InvalidChoice` for an unknown code.
    pub fn parse(raw: &str) -> Result<Visibility, ErrorCode> {
        let code = raw.trim();
        if code.is_empty() {
            return Ok(Visibility::default());
        }
        Visibility::ALL
            .into_iter()
            .find(|visibility| visibility.code().eq_ignore_ascii_case(code))
            .ok_or(ErrorCode::InvalidChoice)
    }
}

/// An optional field: empty input is `None`, anything else must parse.
fn optional<T>(parsed: Result<T, ErrorCode>) -> Result<Option<T>, ErrorCode> {
    match parsed {
        Ok(value) => Ok(Some(value)),
        Err(ErrorCode::Required) => Ok(None),
        Err(error) => Err(error),
    }
}

/// A complaint accepted from the form, every value well-formed. Not yet stored: no id, no status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewComplaint {
    reporter_name: ReporterName,
    nik: Nik,
    phone: Option<Phone>,
    email: Option<Email>,
    title: Title,
    content: Content,
    category: Option<CategoryCode>,
    agency: Option<AgencyCode>,
    channel: Channel,
    visibility: Visibility,
    location: GeoPoint,
    address: Address,
    photos: Photos,
}

/// Each field's parser on the raw form. `parse` and `check_field` both go through here, so they
/// cannot disagree.
mod fields {
    use super::*;

    pub(super) fn reporter_name(input: &ComplaintInput) -> Result<ReporterName, ErrorCode> {
        ReporterName::parse(&input.reporter_name)
    }
    pub(super) fn nik(input: &ComplaintInput) -> Result<Nik, ErrorCode> {
        Nik::parse(&input.nik)
    }
    pub(super) fn phone(input: &ComplaintInput) -> Result<Option<Phone>, ErrorCode> {
        optional(Phone::parse(&input.phone))
    }
    pub(super) fn email(input: &ComplaintInput) -> Result<Option<Email>, ErrorCode> {
        optional(Email::parse(&input.email))
    }
    pub(super) fn title(input: &ComplaintInput) -> Result<Title, ErrorCode> {
        Title::parse(&input.title)
    }
    pub(super) fn content(input: &ComplaintInput) -> Result<Content, ErrorCode> {
        Content::parse(&input.content)
    }
    pub(super) fn category(input: &ComplaintInput) -> Result<Option<CategoryCode>, ErrorCode> {
        optional(CategoryCode::parse(&input.category))
    }
    pub(super) fn agency(input: &ComplaintInput) -> Result<Option<AgencyCode>, ErrorCode> {
        optional(AgencyCode::parse(&input.agency))
    }
    pub(super) fn channel(input: &ComplaintInput) -> Result<Channel, ErrorCode> {
        Channel::parse(&input.channel)
    }
    pub(super) fn visibility(input: &ComplaintInput) -> Result<Visibility, ErrorCode> {
        Visibility::parse(&input.visibility)
    }
    pub(super) fn location(input: &ComplaintInput) -> Result<GeoPoint, ErrorCode> {
        GeoPoint::parse(&input.latitude, &input.longitude)
    }
    pub(super) fn address(input: &ComplaintInput) -> Result<Address, ErrorCode> {
        Address::parse(&input.address)
    }
    pub(super) fn photos(input: &ComplaintInput) -> Result<Photos, ErrorCode> {
        Photos::parse(&input.photos)
    }
}

/// The error `parse` would report on `field` of `input`, for live checks while the reporter
/// types. Exactly what [`NewComplaint::parse`] reports for that field.
pub fn check_field(field: Field, input: &ComplaintInput) -> Option<FieldError> {
    let code = match field {
        Field::ReporterName => fields::reporter_name(input).err(),
        Field::Nik => fields::nik(input).err(),
        Field::Phone => fields::phone(input).err(),
        Field::Email => fields::email(input).err(),
        Field::Title => fields::title(input).err(),
        Field::Content => fields::content(input).err(),
        Field::Category => fields::category(input).err(),
        Field::Agency => fields::agency(input).err(),
        Field::Channel => fields::channel(input).err(),
        Field::Visibility => fields::visibility(input).err(),
        Field::Location => fields::location(input).err(),
        Field::Address => fields::address(input).err(),
        Field::Photos => fields::photos(input).err(),
    };
    code.map(|code| FieldError::new(field, code))
}

impl NewComplaint {
    /// Parses the whole form.
    ///
    /// # Errors
    /// Every field's error at once, in form order, so the reporter fixes all in one go.
    pub fn parse(input: &ComplaintInput) -> Result<NewComplaint, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut take = |field: Field, error: ErrorCode| errors.push(FieldError::new(field, error));
        let reporter_name = fields::reporter_name(input).map_err(|e| take(Field::ReporterName, e));
        let nik = fields::nik(input).map_err(|e| take(Field::Nik, e));
        let phone = fields::phone(input).map_err(|e| take(Field::Phone, e));
        let email = fields::email(input).map_err(|e| take(Field::Email, e));
        let title = fields::title(input).map_err(|e| take(Field::Title, e));
        let content = fields::content(input).map_err(|e| take(Field::Content, e));
        let category = fields::category(input).map_err(|e| take(Field::Category, e));
        let agency = fields::agency(input).map_err(|e| take(Field::Agency, e));
        let channel = fields::channel(input).map_err(|e| take(Field::Channel, e));
        let visibility = fields::visibility(input).map_err(|e| take(Field::Visibility, e));
        let location = fields::location(input).map_err(|e| take(Field::Location, e));
        let address = fields::address(input).map_err(|e| take(Field::Address, e));
        let photos = fields::photos(input).map_err(|e| take(Field::Photos, e));
        match (
            reporter_name,
            nik,
            phone,
            email,
            title,
            content,
            category,
            agency,
            channel,
            visibility,
            location,
            address,
            photos,
        ) {
            (
                Ok(reporter_name),
                Ok(nik),
                Ok(phone),
                Ok(email),
                Ok(title),
                Ok(content),
                Ok(category),
                Ok(agency),
                Ok(channel),
                Ok(visibility),
                Ok(location),
                Ok(address),
                Ok(photos),
            ) => Ok(NewComplaint {
                reporter_name,
                nik,
                phone,
                email,
                title,
                content,
                category,
                agency,
                channel,
                visibility,
                location,
                address,
                photos,
            }),
            _ => Err(errors),
        }
    }

    /// The complaint as a form again, every value in its normalised form: parsing it gives the
    /// same complaint. Used to refill the form when the reporter edits a returned complaint.
    pub fn to_input(&self) -> ComplaintInput {
        ComplaintInput {
            reporter_name: self.reporter_name.as_str().to_owned(),
            nik: self.nik.as_str().to_owned(),
            phone: self
                .phone
                .as_ref()
                .map(|phone| phone.as_str().to_owned())
                .unwrap_or_default(),
            email: self
                .email
                .as_ref()
                .map(|email| email.as_str().to_owned())
                .unwrap_or_default(),
            title: self.title.as_str().to_owned(),
            content: self.content.as_str().to_owned(),
            category: self
                .category
                .as_ref()
                .map(|code| code.as_str().to_owned())
                .unwrap_or_default(),
            agency: self
                .agency
                .as_ref()
                .map(|code| code.as_str().to_owned())
                .unwrap_or_default(),
            channel: self.channel.code().to_owned(),
            visibility: self.visibility.code().to_owned(),
            latitude: self.location.latitude().to_string(),
            longitude: self.location.longitude().to_string(),
            address: self.address.as_str().to_owned(),
            photos: self.photos.to_metas(),
        }
    }

    /// The reporter's name.
    pub fn reporter_name(&self) -> &ReporterName {
        &self.reporter_name
    }
    /// The reporter's NIK.
    pub fn nik(&self) -> &Nik {
        &self.nik
    }
    /// The reporter's phone number, if given.
    pub fn phone(&self) -> Option<&Phone> {
        self.phone.as_ref()
    }
    /// The reporter's email address, if given.
    pub fn email(&self) -> Option<&Email> {
        self.email.as_ref()
    }
    /// The title.
    pub fn title(&self) -> &Title {
        &self.title
    }
    /// The complaint text.
    pub fn content(&self) -> &Content {
        &self.content
    }
    /// The category, if chosen.
    pub fn category(&self) -> Option<&CategoryCode> {
        self.category.as_ref()
    }
    /// The agency the reporter suggested, if any; the main desk decides the dispatch.
    pub fn agency(&self) -> Option<&AgencyCode> {
        self.agency.as_ref()
    }
    /// The channel it came by.
    pub fn channel(&self) -> Channel {
        self.channel
    }
    /// Who may see it.
    pub fn visibility(&self) -> Visibility {
        self.visibility
    }
    /// Where the incident happened.
    pub fn location(&self) -> GeoPoint {
        self.location
    }
    /// The written address of the incident.
    pub fn address(&self) -> &Address {
        &self.address
    }
    /// The photos.
    pub fn photos(&self) -> &Photos {
        &self.photos
    }
}

impl TryFrom<ComplaintInput> for NewComplaint {
    type Error = FieldErrors;

    fn try_from(input: ComplaintInput) -> Result<NewComplaint, FieldErrors> {
        NewComplaint::parse(&input)
    }
}

impl TryFrom<&ComplaintInput> for NewComplaint {
    type Error = FieldErrors;

    fn try_from(input: &ComplaintInput) -> Result<NewComplaint, FieldErrors> {
        NewComplaint::parse(input)
    }
}

#[cfg(test)]
mod contact_tests {
    use super::*;

    #[test]
    fn a_revision_names_every_broken_field() {
        let revision = Revision::parse(
            "Lampu jalan mati di Jalan Soekarno-Hatta",
            "Sudah dua minggu lampu jalan di depan pasar mati, jalan gelap sekali.",
            "Jl. Soekarno-Hatta depan Pasar Pon",
        )
        .unwrap();
        assert_eq!(
            revision.title().as_str(),
            "Lampu jalan mati di Jalan Soekarno-Hatta"
        );
        let errors = Revision::parse("Lampu", "", "Jl. Soekarno-Hatta").unwrap_err();
        let fields: Vec<Field> = errors.iter().map(|error| error.field).collect();
        assert_eq!(fields, [Field::Title, Field::Content]);
    }

    #[test]
    fn a_contact_is_an_email_or_a_phone() {
        assert!(matches!(
            Contact::parse("warga@example.id"),
            Ok(Contact::Email(_))
        ));
        assert!(matches!(
            Contact::parse("0812-3456-7890"),
            Ok(Contact::Phone(_))
        ));
        assert_eq!(Contact::parse("warga@"), Err(ErrorCode::InvalidEmail));
        assert_eq!(Contact::parse("12"), Err(ErrorCode::InvalidPhone));
        assert_eq!(Contact::parse(" "), Err(ErrorCode::Required));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::photo::{MAX_PHOTO_BYTES, MAX_PHOTOS};
    use crate::i18n::Locale;
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;

    /// A complete complaint as a Trenggalek resident would send it.
    fn valid_input() -> ComplaintInput {
        ComplaintInput {
            reporter_name: "  Siti   Rahayu ".into(),
            nik: "3503 0141 1289 0002".into(),
            phone: "0812-3456-7890".into(),
            email: "Siti.Rahayu@Mail.CO.ID".into(),
            title: "Jalan  berlubang di Desa Ngantru".into(),
            content: "Jalan utama desa berlubang besar sejak bulan lalu.\r\n\r\n\r\nSudah dua motor jatuh.".into(),
            category: " Infrastruktur.Jalan ".into(),
            agency: "dinas-pupr".into(),
            channel: "WhatsApp".into(),
            visibility: "anonymous".into(),
            latitude: "-8,0541".into(),
            longitude: "111.7124".into(),
            address: "Jl. Raya Ngantru, RT 02 / RW 01,\tKec. Trenggalek".into(),
            photos: vec![PhotoMeta {
                file_name: "lubang.jpg".into(),
                content_type: "image/jpeg".into(),
                size_bytes: 2_400_000,
            }],
        }
    }

    fn error_on(field: Field, input: &ComplaintInput) -> Option<ErrorCode> {
        match NewComplaint::parse(input) {
            Ok(_) => None,
            Err(errors) => errors.for_field(field).map(|error| error.code),
        }
    }

    #[test]
    fn a_complete_complaint_is_accepted_and_normalised() {
        let complaint = NewComplaint::parse(&valid_input()).expect("valid complaint");
        assert_eq!(complaint.reporter_name().as_str(), "Siti Rahayu");
        assert_eq!(complaint.nik().as_str(), "3503014112890002");
        assert_eq!(complaint.phone().map(Phone::as_str), Some("+6281234567890"));
        assert_eq!(
            complaint.email().map(Email::as_str),
            Some("Siti.Rahayu@mail.co.id")
        );
        assert_eq!(
            complaint.title().as_str(),
            "Jalan berlubang di Desa Ngantru"
        );
        assert_eq!(
            complaint.content().as_str(),
            "Jalan utama desa berlubang besar sejak bulan lalu.\n\nSudah dua motor jatuh."
        );
        assert_eq!(
            complaint.category().map(CategoryCode::as_str),
            Some("infrastruktur.jalan")
        );
        assert_eq!(complaint.channel(), Channel::WhatsApp);
        assert_eq!(complaint.visibility(), Visibility::Anonymous);
        assert_eq!(complaint.location().latitude(), -8.0541);
        assert_eq!(
            complaint.address().as_str(),
            "Jl. Raya Ngantru, RT 02 / RW 01, Kec. Trenggalek"
        );
        assert_eq!(complaint.photos().as_slice().len(), 1);
    }

    #[test]
    fn optional_fields_may_be_left_empty() {
        let input = ComplaintInput {
            phone: " ".into(),
            email: String::new(),
            category: String::new(),
            agency: String::new(),
            channel: String::new(),
            visibility: String::new(),
            ..valid_input()
        };
        let complaint = NewComplaint::parse(&input).expect("valid complaint");
        assert!(complaint.phone().is_none() && complaint.email().is_none());
        assert!(complaint.category().is_none() && complaint.agency().is_none());
        assert_eq!(complaint.channel(), Channel::Web);
        assert_eq!(complaint.visibility(), Visibility::Public);
    }

    #[test]
    fn an_empty_form_reports_every_required_field_at_once() {
        let errors = NewComplaint::parse(&ComplaintInput::default()).expect_err("empty form");
        let fields: Vec<Field> = errors.iter().map(|error| error.field).collect();
        assert_eq!(
            fields,
            [
                Field::ReporterName,
                Field::Nik,
                Field::Title,
                Field::Content,
                Field::Location,
                Field::Address,
                Field::Photos
            ]
        );
        assert!(errors.iter().all(|error| error.code == ErrorCode::Required));
    }

    #[test]
    fn reporter_name_errors() {
        let with = |name: &str| {
            error_on(
                Field::ReporterName,
                &ComplaintInput {
                    reporter_name: name.into(),
                    ..valid_input()
                },
            )
        };
        assert_eq!(
            with("Al"),
            Some(ErrorCode::TooShort {
                min: NAME_MIN_CHARS
            })
        );
        assert_eq!(
            with(&"a".repeat(NAME_MAX_CHARS + 1)),
            Some(ErrorCode::TooLong {
                max: NAME_MAX_CHARS
            })
        );
        assert_eq!(with("Budi 123"), Some(ErrorCode::InvalidNameCharacters));
        assert_eq!(with("..."), Some(ErrorCode::InvalidNameCharacters));
        assert_eq!(with("Budi\u{0}"), Some(ErrorCode::ControlCharacters));
        assert_eq!(with("Ir. H. Budi Santoso, M.T."), None);
        assert_eq!(with("Ni Luh Putu Ayu"), None);
        assert_eq!(with("Ma'ruf O’Neil-Ayu"), None);
    }

    #[test]
    fn nik_errors_are_reported_on_the_nik_field() {
        let with = |nik: &str| {
            error_on(
                Field::Nik,
                &ComplaintInput {
                    nik: nik.into(),
                    ..valid_input()
                },
            )
        };
        assert_eq!(with("350301011289000"), Some(ErrorCode::NikLength));
        assert_eq!(
            with("0003010112890001"),
            Some(ErrorCode::NikUnknownProvince)
        );
        assert_eq!(
            with("3503013102890001"),
            Some(ErrorCode::NikInvalidBirthDate)
        );
        assert_eq!(with("3503010112890000"), Some(ErrorCode::NikZeroSerial));
        assert_eq!(with("3503A10112890001"), Some(ErrorCode::NikNotDigits));
        assert_eq!(with(""), Some(ErrorCode::Required));
    }

    #[test]
    fn indonesian_phone_numbers_are_normalised_to_plus_sixty_two() {
        for typed in [
            "081234567890",
            "+62 812-3456-7890",
            "62 812 3456 7890",
            "(0812) 3456.7890",
        ] {
            assert_eq!(
                Phone::parse(typed).map(String::from),
                Ok("+6281234567890".to_owned()),
                "{typed}"
            );
        }
        assert_eq!(
            Phone::parse("(031) 5312144").map(String::from),
            Ok("+62315312144".to_owned())
        );
    }

    #[test]
    fn phone_errors() {
        let with = |phone: &str| {
            error_on(
                Field::Phone,
                &ComplaintInput {
                    phone: phone.into(),
                    ..valid_input()
                },
            )
        };
        assert_eq!(with("+1 202 555 0100"), Some(ErrorCode::InvalidPhone));
        assert_eq!(with("0812345"), Some(ErrorCode::InvalidPhone));
        assert_eq!(with("08123456789012345"), Some(ErrorCode::InvalidPhone));
        assert_eq!(with("00812345678"), Some(ErrorCode::InvalidPhone));
        assert_eq!(with("0812-abcd-7890"), Some(ErrorCode::InvalidPhone));
        assert_eq!(with(""), None);
    }

    #[test]
    fn email_errors() {
        let with = |email: &str| {
            error_on(
                Field::Email,
                &ComplaintInput {
                    email: email.into(),
                    ..valid_input()
                },
            )
        };
        for bad in [
            "siti",
            "siti@",
            "@mail.id",
            "siti@mail",
            "si ti@mail.id",
            "siti@@mail.id",
            "siti@mail.i",
            "siti@-mail.id",
            ".siti@mail.id",
        ] {
            assert_eq!(with(bad), Some(ErrorCode::InvalidEmail), "{bad}");
        }
        let long = format!("{}@mail.id", "a".repeat(EMAIL_MAX_CHARS));
        assert_eq!(
            with(&long),
            Some(ErrorCode::TooLong {
                max: EMAIL_MAX_CHARS
            })
        );
        assert_eq!(with("pengaduan@trenggalekkab.go.id"), None);
    }

    #[test]
    fn title_errors() {
        let with = |title: &str| {
            error_on(
                Field::Title,
                &ComplaintInput {
                    title: title.into(),
                    ..valid_input()
                },
            )
        };
        assert_eq!(
            with("Rusak"),
            Some(ErrorCode::TooShort {
                min: TITLE_MIN_CHARS
            })
        );
        assert_eq!(
            with(&"a".repeat(TITLE_MAX_CHARS + 1)),
            Some(ErrorCode::TooLong {
                max: TITLE_MAX_CHARS
            })
        );
        assert_eq!(
            with("Jalan rusak\u{202E}parah"),
            Some(ErrorCode::ControlCharacters)
        );
        assert_eq!(with("   "), Some(ErrorCode::Required));
    }

    #[test]
    fn content_errors() {
        let with = |content: &str| {
            error_on(
                Field::Content,
                &ComplaintInput {
                    content: content.into(),
                    ..valid_input()
                },
            )
        };
        assert_eq!(
            with("Jalan rusak."),
            Some(ErrorCode::TooShort {
                min: CONTENT_MIN_CHARS
            })
        );
        assert_eq!(
            with(&"a".repeat(CONTENT_MAX_CHARS + 1)),
            Some(ErrorCode::TooLong {
                max: CONTENT_MAX_CHARS
            })
        );
        assert_eq!(
            with("Jalan rusak parah sekali di depan\u{1b}[31m sekolah"),
            Some(ErrorCode::ControlCharacters)
        );
        assert_eq!(with("Baris pertama cukup panjang\nbaris kedua juga."), None);
    }

    #[test]
    fn code_and_choice_errors() {
        let input = ComplaintInput {
            category: "jalan rusak".into(),
            agency: "-pupr".into(),
            channel: "pigeon".into(),
            visibility: "secret".into(),
            ..valid_input()
        };
        for field in [
            Field::Category,
            Field::Agency,
            Field::Channel,
            Field::Visibility,
        ] {
            assert_eq!(
                error_on(field, &input),
                Some(ErrorCode::InvalidChoice),
                "{field}"
            );
        }
        let too_long = ComplaintInput {
            agency: "a".repeat(CODE_MAX_CHARS + 1),
            ..valid_input()
        };
        assert_eq!(
            error_on(Field::Agency, &too_long),
            Some(ErrorCode::InvalidChoice)
        );
    }

    #[test]
    fn every_channel_and_visibility_round_trips_through_its_code() {
        for channel in Channel::ALL {
            assert_eq!(Channel::parse(channel.code()), Ok(channel));
        }
        for visibility in Visibility::ALL {
            assert_eq!(Visibility::parse(visibility.code()), Ok(visibility));
        }
    }

    #[test]
    fn serde_names_are_the_codes() {
        use serde::de::{IntoDeserializer, value::Error};
        for channel in Channel::ALL {
            let deserializer = IntoDeserializer::<Error>::into_deserializer(channel.code());
            assert_eq!(Channel::deserialize(deserializer), Ok(channel));
        }
        for visibility in Visibility::ALL {
            let deserializer = IntoDeserializer::<Error>::into_deserializer(visibility.code());
            assert_eq!(Visibility::deserialize(deserializer), Ok(visibility));
        }
    }

    #[test]
    fn location_errors() {
        let with = |latitude: &str, longitude: &str| {
            error_on(
                Field::Location,
                &ComplaintInput {
                    latitude: latitude.into(),
                    longitude: longitude.into(),
                    ..valid_input()
                },
            )
        };
        assert_eq!(with("", ""), Some(ErrorCode::Required));
        assert_eq!(with("-7.25", "timur"), Some(ErrorCode::InvalidCoordinate));
        assert_eq!(with("51.5", "-0.12"), Some(ErrorCode::OutsideIndonesia));
    }

    #[test]
    fn address_errors() {
        let with = |address: &str| {
            error_on(
                Field::Address,
                &ComplaintInput {
                    address: address.into(),
                    ..valid_input()
                },
            )
        };
        assert_eq!(
            with("Jl."),
            Some(ErrorCode::TooShort {
                min: ADDRESS_MIN_CHARS
            })
        );
        assert_eq!(
            with(&"a".repeat(ADDRESS_MAX_CHARS + 1)),
            Some(ErrorCode::TooLong {
                max: ADDRESS_MAX_CHARS
            })
        );
        assert_eq!(with(""), Some(ErrorCode::Required));
    }

    #[test]
    fn photo_errors() {
        let photo = |content_type: &str, size_bytes| PhotoMeta {
            file_name: "a".into(),
            content_type: content_type.into(),
            size_bytes,
        };
        let with = |photos: Vec<PhotoMeta>| {
            error_on(
                Field::Photos,
                &ComplaintInput {
                    photos,
                    ..valid_input()
                },
            )
        };
        assert_eq!(with(vec![]), Some(ErrorCode::Required));
        assert_eq!(
            with(vec![photo("image/jpeg", 1); MAX_PHOTOS + 1]),
            Some(ErrorCode::TooManyPhotos { max: MAX_PHOTOS })
        );
        assert_eq!(
            with(vec![photo("image/gif", 1)]),
            Some(ErrorCode::PhotoType)
        );
        assert_eq!(
            with(vec![photo("image/png", MAX_PHOTO_BYTES + 1)]),
            Some(ErrorCode::PhotoTooLarge {
                max_bytes: MAX_PHOTO_BYTES
            })
        );
        assert_eq!(
            with(vec![photo("image/png", 0)]),
            Some(ErrorCode::PhotoEmpty)
        );
    }

    #[test]
    fn errors_read_well_in_both_languages() {
        let errors = NewComplaint::parse(&ComplaintInput {
            nik: "123".into(),
            ..valid_input()
        })
        .expect_err("bad NIK");
        let nik = errors.for_field(Field::Nik).expect("NIK error");
        assert_eq!(nik.message(Locale::Id), "NIK harus 16 digit angka.");
        assert_eq!(
            nik.message(Locale::En),
            "The NIK must be exactly 16 digits."
        );
    }

    #[test]
    fn debug_output_hides_personal_data() {
        let input = valid_input();
        let debug = format!("{input:?}");
        for secret in [
            "Siti",
            "0812",
            "Mail",
            "-8,0541",
            "Ngantru, RT",
            "3503 0141 1289 0002",
        ] {
            assert!(!debug.contains(secret), "{secret} leaked: {debug}");
        }
        let complaint = NewComplaint::parse(&input).expect("valid complaint");
        let debug = format!("{complaint:?}");
        for secret in [
            "Siti",
            "+62812",
            "mail.co.id",
            "3503014112890002",
            "8.0541",
            "Ngantru, RT",
        ] {
            assert!(!debug.contains(secret), "{secret} leaked: {debug}");
        }
    }

    /// Raw forms that are often nearly valid: each field picked from valid, invalid and
    /// arbitrary values.
    fn arbitrary_input() -> impl Strategy<Value = ComplaintInput> {
        let text = |valid: &'static str| {
            prop_oneof![
                12 => Just(valid.to_owned()),
                1 => Just(String::new()),
                1 => any::<String>(),
                1 => "[a-zA-Z .,'\\n\\t-]{0,40}",
            ]
        };
        let photo = (
            prop_oneof![Just("a.jpg".to_owned()), any::<String>()],
            prop_oneof![
                10 => Just("image/jpeg".to_owned()),
                1 => Just("image/webp".to_owned()),
                1 => any::<String>(),
            ],
            prop_oneof![10 => 1..=MAX_PHOTO_BYTES, 1 => any::<u64>()],
        )
            .prop_map(|(file_name, content_type, size_bytes)| PhotoMeta {
                file_name,
                content_type,
                size_bytes,
            });
        (
            (
                text("Siti Rahayu"),
                text("3503014112890002"),
                text("081234567890"),
                text("siti@mail.id"),
            ),
            (
                text("Jalan berlubang di desa"),
                text("Jalan utama desa berlubang besar sejak bulan lalu."),
            ),
            (
                text("jalan"),
                text("dinas-pupr"),
                text("sms"),
                text("confidential"),
            ),
            (
                prop_oneof![
                    8 => Just("-7.25".to_owned()),
                    2 => "-?[0-9]{1,3}[.,][0-9]{0,6}",
                    1 => any::<String>(),
                ],
                text("112.75"),
            ),
            (
                text("Jl. Pahlawan 110"),
                prop_oneof![
                    8 => prop::collection::vec(photo.clone(), 1..=3),
                    1 => prop::collection::vec(photo, 0..=7),
                ],
            ),
        )
            .prop_map(
                |(
                    (reporter_name, nik, phone, email),
                    (title, content),
                    (category, agency, channel, visibility),
                    (latitude, longitude),
                    (address, photos),
                )| ComplaintInput {
                    reporter_name,
                    nik,
                    phone,
                    email,
                    title,
                    content,
                    category,
                    agency,
                    channel,
                    visibility,
                    latitude,
                    longitude,
                    address,
                    photos,
                },
            )
    }

    proptest! {
        // Most generated forms have an error somewhere; run enough that dozens are accepted.
        #![proptest_config(ProptestConfig::with_cases(1024))]

        #[test]
        fn parsing_arbitrary_input_never_panics(input in arbitrary_input()) {
            let _ = NewComplaint::parse(&input);
        }

        #[test]
        fn an_accepted_complaint_parses_again_to_itself(input in arbitrary_input()) {
            if let Ok(complaint) = NewComplaint::parse(&input) {
                let again = complaint.to_input();
                prop_assert_eq!(NewComplaint::parse(&again), Ok(complaint.clone()));
                prop_assert_eq!(NewComplaint::try_from(again), Ok(complaint));
            }
        }

        #[test]
        fn check_field_agrees_with_parse_for_every_field(input in arbitrary_input()) {
            let parsed = NewComplaint::parse(&input);
            for field in Field::ALL {
                let expected = parsed.as_ref().err().and_then(|errors| errors.for_field(field).copied());
                prop_assert_eq!(check_field(field, &input), expected, "{}", field);
            }
        }
    }

    #[test]
    fn some_generated_inputs_are_accepted() {
        // Guards the properties above against testing only rejected forms.
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let accepted = (0..500)
            .filter_map(|_| arbitrary_input().new_tree(&mut runner).ok())
            .filter(|tree| NewComplaint::parse(&tree.current()).is_ok())
            .count();
        assert!(
            accepted >= 25,
            "only {accepted} of 500 generated forms were valid"
        );
    }
}
