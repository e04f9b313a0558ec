//! The form's rules, field by field, in both languages.

use super::*;
use crate::domain::field::{ErrorCode, Field};
use crate::domain::photo::PhotoMeta;
use crate::domain::photo::{MAX_PHOTO_BYTES, MAX_PHOTOS};
use crate::i18n::Locale;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde::Deserialize;

/// A complete complaint as a Trenggalek resident would send it.
fn valid_input() -> ComplaintInput {
    ComplaintInput {
        reporter_name: "  Siti   Rahayu ".into(),
        nik: "3503 0141 1289 0002".into(),
        phone: "0812-3456-7890".into(),
        email: "Siti.Rahayu@Mail.CO.ID".into(),
        title: "Jalan  berlubang di Desa Ngantru".into(),
        content:
            "Jalan utama desa berlubang besar sejak bulan lalu.\r\n\r\n\r\nSudah dua motor jatuh."
                .into(),
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
        privacy_notice: " 1 ".into(),
        ..ComplaintInput::default()
    }
}

/// Parses `input` under a profile that asks for no extra field.
fn parse(input: &ComplaintInput) -> Result<NewComplaint, crate::domain::field::FieldErrors> {
    NewComplaint::parse(input, &RequiredFields::default())
}

fn error_on(field: Field, input: &ComplaintInput) -> Option<ErrorCode> {
    match parse(input) {
        Ok(_) => None,
        Err(errors) => errors.for_field(field).map(|error| error.code),
    }
}

#[test]
fn a_complete_complaint_is_accepted_and_normalised() {
    let complaint = parse(&valid_input()).expect("valid complaint");
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
    let complaint = parse(&input).expect("valid complaint");
    assert!(complaint.phone().is_none() && complaint.email().is_none());
    assert!(complaint.category().is_none() && complaint.agency().is_none());
    assert_eq!(complaint.channel(), Channel::Web);
    assert_eq!(complaint.visibility(), Visibility::Public);
}

#[test]
fn an_empty_form_reports_every_required_field_at_once() {
    let errors = parse(&ComplaintInput::default()).expect_err("empty form");
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
            Field::Photos,
            Field::PrivacyNotice
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
    // The web form's rules: every photo checked, at least one.
    let with = |photos: Vec<PhotoMeta>| {
        error_on(
            Field::Photos,
            &ComplaintInput {
                photos,
                channel: "web".into(),
                ..valid_input()
            },
        )
    };
    assert_eq!(with(vec![]), Some(ErrorCode::Required));
    // The desk's intake of a call or a visit may have no photo; the web form always has one.
    for channel in Channel::ALL {
        let input = ComplaintInput {
            photos: Vec::new(),
            channel: channel.code().to_owned(),
            ..valid_input()
        };
        assert_eq!(
            error_on(Field::Photos, &input).is_none(),
            channel != Channel::Web,
            "{channel:?}"
        );
        assert_eq!(parse(&input).is_ok(), channel != Channel::Web);
    }
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
    let errors = parse(&ComplaintInput {
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
    let complaint = parse(&input).expect("valid complaint");
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
        (
            text("Jl. Kenanga 7, Cilacap"),
            text("@warga_sby di Instagram"),
            text("Jalan berlubang"),
        ),
    )
        .prop_map(
            |(
                (reporter_name, nik, phone, email),
                (title, content),
                (category, agency, channel, visibility),
                (latitude, longitude),
                (address, photos),
                (reporter_address, social_media_account, topic),
            )| ComplaintInput {
                reporter_name,
                nik,
                phone,
                email,
                reporter_address,
                social_media_account,
                topic,
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
                privacy_notice: "1".into(),
            },
        )
}

#[test]
fn a_required_home_address_is_asked_of_every_channel_and_kept_normalised() {
    let cilacap = RequiredFields::new([ExtraField::ReporterAddress]);
    for channel in [Channel::Web, Channel::WhatsApp, Channel::SocialMedia] {
        let input = ComplaintInput {
            channel: channel.code().to_owned(),
            ..valid_input()
        };
        let errors = NewComplaint::parse(&input, &cilacap).expect_err("no home address");
        let error = errors.for_field(Field::ReporterAddress).expect("its error");
        assert_eq!(error.code, ErrorCode::Required);
        assert_eq!(error.message(Locale::Id), "Alamat pelapor wajib diisi.");
        assert_eq!(
            error.message(Locale::En),
            "Reporter's home address is required."
        );
        assert_eq!(
            check_field(Field::ReporterAddress, &input, &cilacap),
            Some(*error)
        );
    }
    let input = ComplaintInput {
        reporter_address: "  Jl. Kenanga 7,\tRT 03 / RW 02 ".into(),
        ..valid_input()
    };
    let complaint = NewComplaint::parse(&input, &cilacap).expect("with the address");
    assert_eq!(
        complaint.reporter_address().map(Address::as_str),
        Some("Jl. Kenanga 7, RT 03 / RW 02")
    );
    let short = ComplaintInput {
        reporter_address: "Jl".into(),
        ..valid_input()
    };
    assert_eq!(
        check_field(Field::ReporterAddress, &short, &cilacap).map(|error| error.code),
        Some(ErrorCode::TooShort {
            min: ADDRESS_MIN_CHARS
        })
    );
}

#[test]
fn the_desk_enters_a_topic_and_the_social_media_account_a_complaint_came_from() {
    let surabaya = RequiredFields::new([ExtraField::SocialMediaAccount, ExtraField::Topic]);
    let with_topic = |channel: Channel, account: &str| ComplaintInput {
        channel: channel.code().to_owned(),
        topic: "Jalan berlubang".into(),
        social_media_account: account.into(),
        ..valid_input()
    };
    // The citizens' own form: neither is asked.
    let web = ComplaintInput {
        channel: Channel::Web.code().to_owned(),
        ..valid_input()
    };
    let web = NewComplaint::parse(&web, &surabaya).expect("web");
    assert_eq!((web.social_media_account(), web.topic()), (None, None));
    // A call: the topic, not an account.
    let call = ComplaintInput {
        topic: String::new(),
        ..with_topic(Channel::Phone, "")
    };
    assert_eq!(
        check_field(Field::Topic, &call, &surabaya).map(|error| error.code),
        Some(ErrorCode::Required)
    );
    let call = NewComplaint::parse(&with_topic(Channel::Phone, ""), &surabaya).expect("call");
    assert_eq!(call.topic().map(Topic::as_str), Some("Jalan berlubang"));
    assert_eq!(call.social_media_account(), None);
    assert_eq!(
        check_field(
            Field::SocialMediaAccount,
            &with_topic(Channel::SocialMedia, " "),
            &surabaya
        )
        .map(|error| error.code),
        Some(ErrorCode::Required)
    );
    let from_instagram = NewComplaint::parse(
        &with_topic(Channel::SocialMedia, " @warga_sby   di Instagram"),
        &surabaya,
    )
    .expect("social media with its account");
    assert_eq!(
        from_instagram
            .social_media_account()
            .map(SocialMediaAccount::as_str),
        Some("@warga_sby di Instagram")
    );
    // The topic is held to its length.
    let no_topic = ComplaintInput {
        topic: "Ai".into(),
        ..with_topic(Channel::WhatsApp, "")
    };
    assert_eq!(
        check_field(Field::Topic, &no_topic, &surabaya).map(|error| error.code),
        Some(ErrorCode::TooShort {
            min: TOPIC_MIN_CHARS
        })
    );
    // The citizens' own form shows neither; the desk's intake both.
    for field in [ExtraField::SocialMediaAccount, ExtraField::Topic] {
        assert!(!surabaya.shown(field, false));
        assert!(surabaya.shown(field, true));
    }
    assert!(!surabaya.shown(ExtraField::ReporterAddress, true));
}

#[test]
fn an_extra_field_not_required_is_optional_yet_checked_when_given() {
    let none = RequiredFields::default();
    let complaint = parse(&valid_input()).expect("no extra fields asked");
    assert_eq!(complaint.reporter_address(), None);
    assert_eq!(complaint.topic(), None);
    let too_long = ComplaintInput {
        topic: "x".repeat(TOPIC_MAX_CHARS + 1),
        social_media_account: "\u{202E}@akun".into(),
        ..valid_input()
    };
    assert_eq!(
        check_field(Field::Topic, &too_long, &none).map(|error| error.code),
        Some(ErrorCode::TooLong {
            max: TOPIC_MAX_CHARS
        })
    );
    assert_eq!(
        check_field(Field::SocialMediaAccount, &too_long, &none).map(|error| error.code),
        Some(ErrorCode::ControlCharacters)
    );
}

#[test]
fn the_extra_personal_fields_are_hidden_from_logs() {
    let input = ComplaintInput {
        reporter_address: "Jl. Kenanga 7, Cilacap".into(),
        social_media_account: "@warga_sby".into(),
        topic: "Jalan berlubang".into(),
        ..valid_input()
    };
    let logged = format!("{input:?}");
    assert!(!logged.contains("Kenanga") && !logged.contains("warga_sby"));
    assert!(logged.contains("Jalan berlubang"));
    let all = RequiredFields::new(ExtraField::ALL);
    let complaint = NewComplaint::parse(
        &ComplaintInput {
            channel: Channel::SocialMedia.code().to_owned(),
            ..input
        },
        &all,
    )
    .expect("every extra field given");
    let logged = format!("{complaint:?}");
    assert!(!logged.contains("Kenanga") && !logged.contains("warga_sby"));
}

/// Any set of extra fields a profile may require.
fn arbitrary_required() -> impl Strategy<Value = RequiredFields> {
    prop::collection::btree_set(prop::sample::select(ExtraField::ALL.to_vec()), 0..=3)
        .prop_map(RequiredFields::new)
}

proptest! {
    // Most generated forms have an error somewhere; run enough that dozens are accepted.
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn parsing_arbitrary_input_never_panics(
        input in arbitrary_input(),
        required in arbitrary_required(),
    ) {
        let _ = NewComplaint::parse(&input, &required);
    }

    #[test]
    fn an_accepted_complaint_parses_again_to_itself(
        input in arbitrary_input(),
        required in arbitrary_required(),
    ) {
        if let Ok(complaint) = NewComplaint::parse(&input, &required) {
            let again = complaint.to_input();
            prop_assert_eq!(NewComplaint::parse(&again, &required), Ok(complaint));
        }
    }

    #[test]
    fn check_field_agrees_with_parse_for_every_field(
        input in arbitrary_input(),
        required in arbitrary_required(),
    ) {
        let parsed = NewComplaint::parse(&input, &required);
        for field in Field::ALL {
            let expected = parsed.as_ref().err().and_then(|errors| errors.for_field(field).copied());
            prop_assert_eq!(check_field(field, &input, &required), expected, "{}", field);
        }
    }
}

#[test]
fn some_generated_inputs_are_accepted() {
    // Guards the properties above against testing only rejected forms.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let accepted = (0..500)
        .filter_map(|_| arbitrary_input().new_tree(&mut runner).ok())
        .filter(|tree| parse(&tree.current()).is_ok())
        .count();
    assert!(
        accepted >= 25,
        "only {accepted} of 500 generated forms were valid"
    );
}
