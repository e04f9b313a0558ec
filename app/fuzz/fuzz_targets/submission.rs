//! `NewComplaint::parse` on arbitrary complaint forms.
//!
//! The input is the form as text (lossily decoded), its values separated by the byte 0x1F (ASCII
//! unit separator) in form order: reporter name, NIK, phone, e-mail, title, content, category,
//! agency, channel, visibility, latitude, longitude, address; the fields the region requires
//! (`a` for the home address, `s` for the social media account, `t` for the topic, in any order);
//! the home address, the social media account and the topic; then up to eight photos as
//! `file name ␟ content type ␟ size` (see `seeds/submission/`). Missing values are empty.
//!
//! What `app::domain::complaint` promises: parsing never panics; an accepted complaint's values
//! keep the rules of their types, parse again to themselves one by one, and the complaint written
//! back as a form (`to_input`) parses to the same complaint; a rejected form gets at most one
//! error per field, in form order, each the error that field's own parser (and `check_field`)
//! reports, and every field that is not named parses.
#![no_main]

use app::domain::complaint::{
    ACCOUNT_MAX_CHARS, ACCOUNT_MIN_CHARS, ADDRESS_MAX_CHARS, ADDRESS_MIN_CHARS, CODE_MAX_CHARS,
    CONTENT_MAX_CHARS, CONTENT_MIN_CHARS, NAME_MAX_CHARS, NAME_MIN_CHARS, PHONE_MAX_DIGITS,
    PHONE_MIN_DIGITS, TITLE_MAX_CHARS, TITLE_MIN_CHARS, TOPIC_MAX_CHARS, TOPIC_MIN_CHARS,
};
use app::domain::complaint::{SocialMediaAccount, Topic};
use app::domain::location::{MAX_LATITUDE, MAX_LONGITUDE, MIN_LATITUDE, MIN_LONGITUDE};
use app::domain::photo::MAX_PHOTOS;
use app::domain::{
    Address, AgencyCode, CategoryCode, Channel, ComplaintInput, Content, Email, ErrorCode,
    ExtraField, Field, FieldError, GeoPoint, NewComplaint, Nik, Phone, PhotoMeta, Photos,
    ReporterName, RequiredFields, Title, Visibility, check_field,
};
use app::i18n::Locale;
use libfuzzer_sys::fuzz_target;

/// More than a complaint may carry, so the limit is exercised too.
const MAX_FUZZED_PHOTOS: usize = 8;

fuzz_target!(|data: &[u8]| {
    let (input, required) = form(&String::from_utf8_lossy(data));
    logged_form_leaks_nothing(&input);
    let parsed = NewComplaint::parse(&input, &required);
    assert_eq!(
        NewComplaint::parse(&input, &required),
        parsed,
        "parsing is deterministic"
    );
    each_field_as_documented(&input, &required, parsed.as_ref().err());
    match parsed {
        Ok(complaint) => accepted(&complaint, &required),
        Err(errors) => assert!(!errors.is_empty(), "a rejected form names a problem"),
    }
});

fn form(text: &str) -> (ComplaintInput, RequiredFields) {
    let mut values = text.split('\u{1f}');
    let mut next = || values.next().unwrap_or_default().to_owned();
    let mut input = ComplaintInput {
        reporter_name: next(),
        nik: next(),
        phone: next(),
        email: next(),
        title: next(),
        content: next(),
        category: next(),
        agency: next(),
        channel: next(),
        visibility: next(),
        latitude: next(),
        longitude: next(),
        address: next(),
        privacy_notice: next(),
        ..ComplaintInput::default()
    };
    let marks = next();
    let required = RequiredFields::new(
        [
            ('a', ExtraField::ReporterAddress),
            ('s', ExtraField::SocialMediaAccount),
            ('t', ExtraField::Topic),
        ]
        .into_iter()
        .filter(|(mark, _)| marks.contains(*mark))
        .map(|(_, field)| field),
    );
    input.reporter_address = next();
    input.social_media_account = next();
    input.topic = next();
    let rest: Vec<&str> = values.collect();
    for photo in rest.chunks(3).take(MAX_FUZZED_PHOTOS) {
        let part = |at: usize| photo.get(at).copied().unwrap_or_default();
        let size = part(2);
        input.photos.push(PhotoMeta {
            file_name: part(0).to_owned(),
            content_type: part(1).to_owned(),
            // Decimal text; anything else counts its bytes, so every size stays reachable.
            size_bytes: size.trim().parse().unwrap_or(size.len() as u64),
        });
    }
    (input, required)
}

/// A form's `Debug` masks the NIK and hides the name, phone, e-mail, addresses, social media
/// account and coordinates.
fn logged_form_leaks_nothing(input: &ComplaintInput) {
    let _ = format!("{input:?}");
    // Alone in a form, a hidden value shows the same whatever it is.
    let alone = |set: fn(&mut ComplaintInput, String), value: &str| {
        let mut form = ComplaintInput::default();
        set(&mut form, value.to_owned());
        format!("{form:?}")
    };
    let hidden: [(fn(&mut ComplaintInput, String), &str); 8] = [
        (
            |form, value| form.reporter_name = value,
            &input.reporter_name,
        ),
        (|form, value| form.phone = value, &input.phone),
        (|form, value| form.email = value, &input.email),
        (|form, value| form.address = value, &input.address),
        (
            |form, value| form.reporter_address = value,
            &input.reporter_address,
        ),
        (
            |form, value| form.social_media_account = value,
            &input.social_media_account,
        ),
        (|form, value| form.latitude = value, &input.latitude),
        (|form, value| form.longitude = value, &input.longitude),
    ];
    for (set, value) in hidden {
        if !value.is_empty() {
            assert_eq!(alone(set, value), alone(set, "x"), "a hidden value shows");
        }
    }
    // A NIK as typed, alone in a form, never shows its 16 digits.
    if let Ok(nik) = Nik::parse(&input.nik) {
        let shown = alone(|form, value| form.nik = value, &input.nik);
        assert!(!shown.contains(nik.as_str()), "{shown}");
    }
}

/// Each field's error, as its own parser gives it: exactly what `parse` and `check_field` report.
fn each_field_as_documented(
    input: &ComplaintInput,
    required: &RequiredFields,
    errors: Option<&app::domain::FieldErrors>,
) {
    if let Some(errors) = errors {
        let fields: Vec<Field> = errors.iter().map(|error| error.field).collect();
        assert!(
            fields.windows(2).all(|pair| pair[0] < pair[1]),
            "one error per field, in form order: {fields:?}"
        );
    }
    for field in Field::ALL {
        let own = own_parser_error(field, input, required).map(|code| FieldError::new(field, code));
        assert_eq!(
            check_field(field, input, required),
            own,
            "check_field on {field}"
        );
        assert_eq!(
            errors.and_then(|errors| errors.for_field(field)).copied(),
            own,
            "parse on {field}"
        );
        if let Some(error) = own {
            // The error names its field for the form and the JSON, and says something.
            assert_eq!(Field::from_name(field.name()), Some(field));
            for locale in [Locale::Id, Locale::En] {
                assert!(!error.message(locale).trim().is_empty(), "{error:?}");
            }
            assert!(!error.code.code().is_empty());
        }
    }
}

/// The error of `field`'s own public parser on the raw form, optional fields empty being fine:
/// an extra field is required when the region asks for it of the complaint's channel
/// (`RequiredFields::requires`, tested on its own in `app`).
fn own_parser_error(
    field: Field,
    input: &ComplaintInput,
    required: &RequiredFields,
) -> Option<ErrorCode> {
    let optional = |code: Option<ErrorCode>| code.filter(|code| *code != ErrorCode::Required);
    let channel = Channel::parse(&input.channel).ok();
    let extra = |extra: ExtraField, code: Option<ErrorCode>| {
        if required.requires(extra, channel) {
            code
        } else {
            optional(code)
        }
    };
    match field {
        Field::ReporterName => ReporterName::parse(&input.reporter_name).err(),
        Field::Nik => Nik::parse(&input.nik).err(),
        Field::Phone => optional(Phone::parse(&input.phone).err()),
        Field::Email => optional(Email::parse(&input.email).err()),
        Field::ReporterAddress => extra(
            ExtraField::ReporterAddress,
            Address::parse(&input.reporter_address).err(),
        ),
        Field::SocialMediaAccount => extra(
            ExtraField::SocialMediaAccount,
            SocialMediaAccount::parse(&input.social_media_account).err(),
        ),
        Field::Topic => extra(ExtraField::Topic, Topic::parse(&input.topic).err()),
        Field::Title => Title::parse(&input.title).err(),
        Field::Content => Content::parse(&input.content).err(),
        Field::Category => optional(CategoryCode::parse(&input.category).err()),
        Field::Agency => optional(AgencyCode::parse(&input.agency).err()),
        Field::Channel => Channel::parse(&input.channel).err(),
        Field::Visibility => Visibility::parse(&input.visibility).err(),
        Field::Location => GeoPoint::parse(&input.latitude, &input.longitude).err(),
        Field::Address => Address::parse(&input.address).err(),
        // The web form needs a photo; the desk's intake from another channel may have none.
        Field::Photos => match Channel::parse(&input.channel) {
            Ok(channel) if channel != Channel::Web => Photos::parse_optional(&input.photos).err(),
            _ => Photos::parse(&input.photos).err(),
        },
        // The version of a published notice: a positive whole number, and required.
        Field::PrivacyNotice => match input.privacy_notice.trim() {
            "" => Some(ErrorCode::Required),
            raw if raw.parse::<u32>().is_ok_and(|version| version > 0) => None,
            _ => Some(ErrorCode::InvalidChoice),
        },
    }
}

fn accepted(complaint: &NewComplaint, required: &RequiredFields) {
    // Written back as a form, the complaint parses to itself (what `to_input` promises).
    let again = complaint.to_input();
    assert_eq!(
        NewComplaint::parse(&again, required).as_ref(),
        Ok(complaint)
    );
    assert_eq!(
        NewComplaint::parse(&again, required)
            .map(|c| c.to_input())
            .as_ref(),
        Ok(&again)
    );

    // Each value parses again to itself and keeps its type's rules.
    let name = complaint.reporter_name();
    assert_eq!(ReporterName::parse(name.as_str()).as_ref(), Ok(name));
    one_line(name.as_str(), NAME_MIN_CHARS, NAME_MAX_CHARS);
    assert!(name.as_str().chars().any(char::is_alphabetic));
    assert_eq!(format!("{name:?}"), "ReporterName(<hidden>)");

    let nik = complaint.nik();
    assert_eq!(Nik::parse(nik.as_str()).as_ref(), Ok(nik));
    assert!(!format!("{nik:?}").contains(nik.as_str()));

    if let Some(phone) = complaint.phone() {
        assert_eq!(Phone::parse(phone.as_str()).as_ref(), Ok(phone));
        let national = phone.as_str().strip_prefix("+62").expect("+62 first");
        assert!((PHONE_MIN_DIGITS..=PHONE_MAX_DIGITS).contains(&national.len()));
        assert!(national.bytes().all(|b| b.is_ascii_digit()) && !national.starts_with('0'));
        assert_eq!(format!("{phone:?}"), "Phone(<hidden>)");
    }
    if let Some(email) = complaint.email() {
        assert_eq!(Email::parse(email.as_str()).as_ref(), Ok(email));
        let (local, domain) = email.as_str().split_once('@').expect("one @");
        assert!(!local.is_empty() && !domain.contains('@') && domain.contains('.'));
        assert_eq!(domain, domain.to_ascii_lowercase());
        assert_eq!(format!("{email:?}"), "Email(<hidden>)");
    }

    let title = complaint.title();
    assert_eq!(Title::parse(title.as_str()).as_ref(), Ok(title));
    one_line(title.as_str(), TITLE_MIN_CHARS, TITLE_MAX_CHARS);

    let content = complaint.content();
    assert_eq!(Content::parse(content.as_str()).as_ref(), Ok(content));
    let text = content.as_str();
    let chars = text.chars().count();
    assert!((CONTENT_MIN_CHARS..=CONTENT_MAX_CHARS).contains(&chars));
    assert_eq!(text, text.trim());
    assert!(!text.contains('\r') && !text.contains('\t') && !text.contains("\n\n\n"));
    assert!(text.lines().all(|line| line == line.trim_end()));
    assert!(!text.chars().any(|c| c != '\n' && forbidden(c)));

    for code in [
        complaint.category().map(CategoryCode::as_str),
        complaint.agency().map(AgencyCode::as_str),
    ]
    .into_iter()
    .flatten()
    {
        assert!(!code.is_empty() && code.len() <= CODE_MAX_CHARS, "{code:?}");
        assert!(code.starts_with(|c: char| c.is_ascii_alphanumeric()));
        assert!(
            code.chars().all(|c| c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || matches!(c, '.' | '_' | '-'))
        );
    }
    if let Some(category) = complaint.category() {
        assert_eq!(
            CategoryCode::parse(category.as_str()).as_ref(),
            Ok(category)
        );
    }
    if let Some(agency) = complaint.agency() {
        assert_eq!(AgencyCode::parse(agency.as_str()).as_ref(), Ok(agency));
    }
    assert_eq!(
        Channel::parse(complaint.channel().code()),
        Ok(complaint.channel())
    );
    assert_eq!(
        Visibility::parse(complaint.visibility().code()),
        Ok(complaint.visibility())
    );

    let point = complaint.location();
    let (latitude, longitude) = (point.latitude(), point.longitude());
    assert!((MIN_LATITUDE..=MAX_LATITUDE).contains(&latitude));
    assert!((MIN_LONGITUDE..=MAX_LONGITUDE).contains(&longitude));
    assert_eq!(GeoPoint::new(latitude, longitude), Ok(point));
    assert_eq!(
        GeoPoint::parse(&latitude.to_string(), &longitude.to_string()),
        Ok(point)
    );

    let address = complaint.address();
    assert_eq!(Address::parse(address.as_str()).as_ref(), Ok(address));
    one_line(address.as_str(), ADDRESS_MIN_CHARS, ADDRESS_MAX_CHARS);
    assert_eq!(format!("{address:?}"), "Address(<hidden>)");

    // The extra fields, each there when required, kept by its type's rules, the personal hidden.
    if required.requires(ExtraField::ReporterAddress, Some(complaint.channel())) {
        assert!(complaint.reporter_address().is_some());
    }
    if required.requires(ExtraField::SocialMediaAccount, Some(complaint.channel())) {
        assert!(complaint.social_media_account().is_some());
    }
    if required.requires(ExtraField::Topic, Some(complaint.channel())) {
        assert!(complaint.topic().is_some());
    }
    if let Some(home) = complaint.reporter_address() {
        one_line(home.as_str(), ADDRESS_MIN_CHARS, ADDRESS_MAX_CHARS);
        assert_eq!(format!("{home:?}"), "Address(<hidden>)");
    }
    if let Some(account) = complaint.social_media_account() {
        assert_eq!(
            SocialMediaAccount::parse(account.as_str()).as_ref(),
            Ok(account)
        );
        one_line(account.as_str(), ACCOUNT_MIN_CHARS, ACCOUNT_MAX_CHARS);
        assert_eq!(format!("{account:?}"), "SocialMediaAccount(<hidden>)");
    }
    if let Some(topic) = complaint.topic() {
        assert_eq!(Topic::parse(topic.as_str()).as_ref(), Ok(topic));
        one_line(topic.as_str(), TOPIC_MIN_CHARS, TOPIC_MAX_CHARS);
    }

    // At least one photo from the web form; from another channel, none is allowed.
    let photos = complaint.photos();
    let least = usize::from(complaint.channel() == Channel::Web);
    assert!((least..=MAX_PHOTOS).contains(&photos.as_slice().len()));
    assert_eq!(
        Photos::parse_optional(&photos.to_metas()).as_ref(),
        Ok(photos)
    );
}

/// A normalised one-line text: trimmed, single spaces, no line breaks or control characters,
/// between `min` and `max` characters.
fn one_line(text: &str, min: usize, max: usize) {
    assert!(
        (min..=max).contains(&text.chars().count()),
        "{text:?} not {min}–{max}"
    );
    assert_eq!(text, text.split_whitespace().collect::<Vec<_>>().join(" "));
    assert!(!text.chars().any(forbidden), "{text:?}");
}

/// What `app::domain::text` forbids in a stored text: control characters and bidirectional
/// overrides and isolates.
fn forbidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
