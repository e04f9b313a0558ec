//! The accepted complaint: the whole form parsed at once, or one field checked as it is typed.

use super::*;
use crate::domain::field::{ErrorCode, Field, FieldError, FieldErrors};
use crate::domain::location::GeoPoint;
use crate::domain::nik::Nik;
use crate::domain::photo::Photos;
use crate::domain::privacy::NoticeVersion;
use serde::{Deserialize, Serialize};

/// An optional field: empty input is `None`, anything else must parse.
fn optional<T>(parsed: Result<T, ErrorCode>) -> Result<Option<T>, ErrorCode> {
    match parsed {
        Ok(value) => Ok(Some(value)),
        Err(ErrorCode::Required) => Ok(None),
        Err(error) => Err(error),
    }
}

/// A field a region's profile may require: parsed when required, else optional like
/// [`optional`].
fn extra<T>(
    required: &RequiredFields,
    field: ExtraField,
    input: &ComplaintInput,
    parsed: Result<T, ErrorCode>,
) -> Result<Option<T>, ErrorCode> {
    if required.requires(field, Channel::parse(&input.channel).ok()) {
        parsed.map(Some)
    } else {
        optional(parsed)
    }
}

/// A complaint accepted from the form, every value well-formed. Not yet stored: no id, no status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewComplaint {
    reporter_name: ReporterName,
    nik: Nik,
    phone: Option<Phone>,
    email: Option<Email>,
    reporter_address: Option<Address>,
    social_media_account: Option<SocialMediaAccount>,
    title: Title,
    content: Content,
    category: Option<CategoryCode>,
    topic: Option<Topic>,
    agency: Option<AgencyCode>,
    channel: Channel,
    visibility: Visibility,
    location: GeoPoint,
    address: Address,
    photos: Photos,
    privacy_notice: NoticeVersion,
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
    pub(super) fn reporter_address(
        input: &ComplaintInput,
        required: &RequiredFields,
    ) -> Result<Option<Address>, ErrorCode> {
        let parsed = Address::parse(&input.reporter_address);
        extra(required, ExtraField::ReporterAddress, input, parsed)
    }
    pub(super) fn social_media_account(
        input: &ComplaintInput,
        required: &RequiredFields,
    ) -> Result<Option<SocialMediaAccount>, ErrorCode> {
        let parsed = SocialMediaAccount::parse(&input.social_media_account);
        extra(required, ExtraField::SocialMediaAccount, input, parsed)
    }
    pub(super) fn topic(
        input: &ComplaintInput,
        required: &RequiredFields,
    ) -> Result<Option<Topic>, ErrorCode> {
        extra(
            required,
            ExtraField::Topic,
            input,
            Topic::parse(&input.topic),
        )
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
    /// The privacy notice is accepted on every filing: by the citizen on the web form, by the
    /// desk's officer for a reporter who was told it, by a gateway under its agreement.
    pub(super) fn privacy_notice(input: &ComplaintInput) -> Result<NoticeVersion, ErrorCode> {
        NoticeVersion::parse(&input.privacy_notice)
    }
    /// Photos are required of a citizen filing on the web; a complaint the desk enters from
    /// another channel (a call, a letter, a visit) may come without one.
    pub(super) fn photos(input: &ComplaintInput) -> Result<Photos, ErrorCode> {
        match Channel::parse(&input.channel) {
            Ok(Channel::Web) | Err(_) => Photos::parse(&input.photos),
            Ok(_) => Photos::parse_optional(&input.photos),
        }
    }
}

/// The error `parse` would report on `field` of `input` under a region's `required` fields, for
/// live checks while the reporter types. Exactly what [`NewComplaint::parse`] reports for that
/// field.
pub fn check_field(
    field: Field,
    input: &ComplaintInput,
    required: &RequiredFields,
) -> Option<FieldError> {
    let code = match field {
        Field::ReporterName => fields::reporter_name(input).err(),
        Field::Nik => fields::nik(input).err(),
        Field::Phone => fields::phone(input).err(),
        Field::Email => fields::email(input).err(),
        Field::ReporterAddress => fields::reporter_address(input, required).err(),
        Field::SocialMediaAccount => fields::social_media_account(input, required).err(),
        Field::Title => fields::title(input).err(),
        Field::Content => fields::content(input).err(),
        Field::Category => fields::category(input).err(),
        Field::Topic => fields::topic(input, required).err(),
        Field::Agency => fields::agency(input).err(),
        Field::Channel => fields::channel(input).err(),
        Field::Visibility => fields::visibility(input).err(),
        Field::Location => fields::location(input).err(),
        Field::Address => fields::address(input).err(),
        Field::Photos => fields::photos(input).err(),
        Field::PrivacyNotice => fields::privacy_notice(input).err(),
    };
    code.map(|code| FieldError::new(field, code))
}

impl NewComplaint {
    /// Parses the whole form, holding it to the fields the region's profile `required`.
    ///
    /// # Errors
    /// Every field's error at once, in form order, so the reporter fixes all in one go.
    pub fn parse(
        input: &ComplaintInput,
        required: &RequiredFields,
    ) -> Result<NewComplaint, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut take = |field: Field, error: ErrorCode| errors.push(FieldError::new(field, error));
        let reporter_name = fields::reporter_name(input).map_err(|e| take(Field::ReporterName, e));
        let nik = fields::nik(input).map_err(|e| take(Field::Nik, e));
        let phone = fields::phone(input).map_err(|e| take(Field::Phone, e));
        let email = fields::email(input).map_err(|e| take(Field::Email, e));
        let reporter_address =
            fields::reporter_address(input, required).map_err(|e| take(Field::ReporterAddress, e));
        let social_media_account = fields::social_media_account(input, required)
            .map_err(|e| take(Field::SocialMediaAccount, e));
        let title = fields::title(input).map_err(|e| take(Field::Title, e));
        let content = fields::content(input).map_err(|e| take(Field::Content, e));
        let category = fields::category(input).map_err(|e| take(Field::Category, e));
        let topic = fields::topic(input, required).map_err(|e| take(Field::Topic, e));
        let agency = fields::agency(input).map_err(|e| take(Field::Agency, e));
        let channel = fields::channel(input).map_err(|e| take(Field::Channel, e));
        let visibility = fields::visibility(input).map_err(|e| take(Field::Visibility, e));
        let location = fields::location(input).map_err(|e| take(Field::Location, e));
        let address = fields::address(input).map_err(|e| take(Field::Address, e));
        let photos = fields::photos(input).map_err(|e| take(Field::Photos, e));
        let privacy_notice =
            fields::privacy_notice(input).map_err(|e| take(Field::PrivacyNotice, e));
        match (
            reporter_name,
            nik,
            phone,
            email,
            reporter_address,
            social_media_account,
            title,
            content,
            category,
            topic,
            agency,
            channel,
            visibility,
            location,
            address,
            photos,
            privacy_notice,
        ) {
            (
                Ok(reporter_name),
                Ok(nik),
                Ok(phone),
                Ok(email),
                Ok(reporter_address),
                Ok(social_media_account),
                Ok(title),
                Ok(content),
                Ok(category),
                Ok(topic),
                Ok(agency),
                Ok(channel),
                Ok(visibility),
                Ok(location),
                Ok(address),
                Ok(photos),
                Ok(privacy_notice),
            ) => Ok(NewComplaint {
                reporter_name,
                nik,
                phone,
                email,
                reporter_address,
                social_media_account,
                title,
                content,
                category,
                topic,
                agency,
                channel,
                visibility,
                location,
                address,
                photos,
                privacy_notice,
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
            phone: text_of(self.phone.as_ref()),
            email: text_of(self.email.as_ref()),
            reporter_address: text_of(self.reporter_address.as_ref()),
            social_media_account: text_of(self.social_media_account.as_ref()),
            title: self.title.as_str().to_owned(),
            content: self.content.as_str().to_owned(),
            category: text_of(self.category.as_ref()),
            topic: text_of(self.topic.as_ref()),
            agency: text_of(self.agency.as_ref()),
            channel: self.channel.code().to_owned(),
            visibility: self.visibility.code().to_owned(),
            latitude: self.location.latitude().to_string(),
            longitude: self.location.longitude().to_string(),
            address: self.address.as_str().to_owned(),
            photos: self.photos.to_metas(),
            privacy_notice: self.privacy_notice.number().to_string(),
        }
    }

    /// The version of the privacy notice the reporter accepted.
    pub fn privacy_notice(&self) -> NoticeVersion {
        self.privacy_notice
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
    /// The reporter's home address, if given.
    pub fn reporter_address(&self) -> Option<&Address> {
        self.reporter_address.as_ref()
    }
    /// The reporter's social media account, if given.
    pub fn social_media_account(&self) -> Option<&SocialMediaAccount> {
        self.social_media_account.as_ref()
    }
    /// The topic within the category, if given.
    pub fn topic(&self) -> Option<&Topic> {
        self.topic.as_ref()
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

/// An optional value's text, empty when absent.
fn text_of(value: Option<&impl AsRef<str>>) -> String {
    value
        .map(|value| value.as_ref().to_owned())
        .unwrap_or_default()
}
