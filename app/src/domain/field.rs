//! The fields of the complaint form and what can be wrong with them.
//!
//! A [`FieldError`] names the [`Field`] and an [`ErrorCode`]: a stable machine code (for JSON,
//! tests and analytics) that also renders as a specific sentence in both languages.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::{Locale, Text};

/// One input of the complaint form, in the order the form shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The reporter's full name.
    ReporterName,
    /// The reporter's national identity number.
    Nik,
    /// The reporter's phone number (optional).
    Phone,
    /// The reporter's email address (optional).
    Email,
    /// The reporter's home address, where a region's SOP asks for it (Cilacap).
    ReporterAddress,
    /// The reporter's social media account a complaint came from, where a region's SOP asks for
    /// it (Surabaya).
    SocialMediaAccount,
    /// A one-line summary of the complaint.
    Title,
    /// The complaint itself.
    Content,
    /// The complaint's category code (optional).
    Category,
    /// The complaint's topic within its category, where a region's SOP asks for it (Surabaya).
    Topic,
    /// The agency the reporter thinks is responsible (optional).
    Agency,
    /// The channel the complaint came by.
    Channel,
    /// Who may see the complaint and the reporter's identity.
    Visibility,
    /// The latitude and longitude of the incident.
    Location,
    /// The written address of the incident.
    Address,
    /// The photos attached as evidence.
    Photos,
    /// The version of the privacy notice the reporter accepted ([`crate::domain::privacy`]).
    PrivacyNotice,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 17] = [
        Field::ReporterName,
        Field::Nik,
        Field::Phone,
        Field::Email,
        Field::ReporterAddress,
        Field::SocialMediaAccount,
        Field::Title,
        Field::Content,
        Field::Category,
        Field::Topic,
        Field::Agency,
        Field::Channel,
        Field::Visibility,
        Field::Location,
        Field::Address,
        Field::Photos,
        Field::PrivacyNotice,
    ];

    /// The snake_case name used as the HTML form field name and the JSON key.
    pub const fn name(self) -> &'static str {
        match self {
            Field::ReporterName => "reporter_name",
            Field::Nik => "nik",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::ReporterAddress => "reporter_address",
            Field::SocialMediaAccount => "social_media_account",
            Field::Title => "title",
            Field::Content => "content",
            Field::Category => "category",
            Field::Topic => "topic",
            Field::Agency => "agency",
            Field::Channel => "channel",
            Field::Visibility => "visibility",
            Field::Location => "location",
            Field::Address => "address",
            Field::Photos => "photos",
            Field::PrivacyNotice => "privacy_notice",
        }
    }

    /// The field for a form field name, the inverse of [`Field::name`].
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| field.name() == name)
    }

    /// The label shown next to the input.
    pub const fn label(self) -> Text {
        match self {
            Field::ReporterName => Text::new("Nama pelapor", "Reporter's name"),
            Field::Nik => Text::new("NIK", "NIK (national identity number)"),
            Field::Phone => Text::new("Nomor telepon", "Phone number"),
            Field::Email => Text::new("Email", "Email"),
            Field::ReporterAddress => Text::new("Alamat pelapor", "Reporter's home address"),
            Field::SocialMediaAccount => Text::new(
                "Akun media sosial pelapor",
                "Reporter's social media account",
            ),
            Field::Title => Text::new("Judul aduan", "Complaint title"),
            Field::Content => Text::new("Isi aduan", "Complaint details"),
            Field::Category => Text::new("Kategori", "Category"),
            Field::Topic => Text::new("Topik aduan", "Topic"),
            Field::Agency => Text::new("Perangkat daerah tujuan", "Agency"),
            Field::Channel => Text::new("Kanal pengaduan", "Channel"),
            Field::Visibility => Text::new("Kerahasiaan", "Visibility"),
            Field::Location => Text::new("Lokasi kejadian", "Location"),
            Field::Address => Text::new("Alamat lokasi kejadian", "Address of the location"),
            Field::Photos => Text::new("Foto", "Photos"),
            Field::PrivacyNotice => Text::new("Pemberitahuan privasi", "Privacy notice"),
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What is wrong with a value. Serialised with its stable [`code`](ErrorCode::code) under the key
/// `"code"` and its parameters beside it: `{"code": "text.too_short", "min": 10}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "code")]
pub enum ErrorCode {
    /// Nothing was entered where a value is needed.
    #[serde(rename = "required")]
    Required,
    /// Fewer characters than `min`.
    #[serde(rename = "text.too_short")]
    TooShort {
        /// The fewest characters allowed.
        min: usize,
    },
    /// More characters than `max`.
    #[serde(rename = "text.too_long")]
    TooLong {
        /// The most characters allowed.
        max: usize,
    },
    /// Control characters or bidirectional overrides, which have no place in a complaint.
    #[serde(rename = "text.control_characters")]
    ControlCharacters,
    /// A name with characters other than letters, spaces and `. , ' -`, or without any letter.
    #[serde(rename = "name.invalid_characters")]
    InvalidNameCharacters,
    /// A NIK with characters other than digits (spaces, dots and dashes between are fine).
    #[serde(rename = "nik.not_digits")]
    NikNotDigits,
    /// A NIK that is not exactly 16 digits long.
    #[serde(rename = "nik.length")]
    NikLength,
    /// A NIK whose first two digits are not an Indonesian province code.
    #[serde(rename = "nik.unknown_province")]
    NikUnknownProvince,
    /// A NIK whose digits 7–12 are not a birth date (DDMMYY, women +40 on the day).
    #[serde(rename = "nik.invalid_birth_date")]
    NikInvalidBirthDate,
    /// A NIK whose serial number (the last four digits) is `0000`.
    #[serde(rename = "nik.zero_serial")]
    NikZeroSerial,
    /// Not an Indonesian phone number.
    #[serde(rename = "phone.invalid")]
    InvalidPhone,
    /// Not an email address.
    #[serde(rename = "email.invalid")]
    InvalidEmail,
    /// Not one of the values offered (channel, visibility) or not a well-formed code (category,
    /// agency).
    #[serde(rename = "choice.invalid")]
    InvalidChoice,
    /// A latitude or longitude that is not a decimal number.
    #[serde(rename = "location.not_a_number")]
    InvalidCoordinate,
    /// A point outside Indonesia's territory.
    #[serde(rename = "location.outside_indonesia")]
    OutsideIndonesia,
    /// A file that is not a JPEG, PNG or WebP image.
    #[serde(rename = "photo.type")]
    PhotoType,
    /// A photo larger than `max_bytes`.
    #[serde(rename = "photo.too_large")]
    PhotoTooLarge {
        /// The largest size allowed, in bytes.
        max_bytes: u64,
    },
    /// An empty photo file.
    #[serde(rename = "photo.empty")]
    PhotoEmpty,
    /// A photo wider or taller than `max_side` pixels, or of more than `max_megapixels` million
    /// pixels, rejected before it is decoded.
    #[serde(rename = "photo.too_many_pixels")]
    PhotoTooManyPixels {
        /// The longest side allowed, in pixels.
        max_side: u32,
        /// The most pixels allowed, in millions.
        max_megapixels: u32,
    },
    /// A file that looks like an image but cannot be decoded: truncated or damaged.
    #[serde(rename = "photo.unreadable")]
    PhotoUnreadable,
    /// More photos than `max`.
    #[serde(rename = "photo.too_many")]
    TooManyPhotos {
        /// The most photos allowed.
        max: usize,
    },
    /// Not a calendar date (`YYYY-MM-DD`).
    #[serde(rename = "date.invalid")]
    InvalidDate,
    /// A date after today, for something that has already happened.
    #[serde(rename = "date.in_future")]
    DateInFuture,
}

impl ErrorCode {
    /// The stable machine code, e.g. `"nik.unknown_province"`; it never changes once released.
    pub const fn code(&self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::TooShort { .. } => "text.too_short",
            ErrorCode::TooLong { .. } => "text.too_long",
            ErrorCode::ControlCharacters => "text.control_characters",
            ErrorCode::InvalidNameCharacters => "name.invalid_characters",
            ErrorCode::NikNotDigits => "nik.not_digits",
            ErrorCode::NikLength => "nik.length",
            ErrorCode::NikUnknownProvince => "nik.unknown_province",
            ErrorCode::NikInvalidBirthDate => "nik.invalid_birth_date",
            ErrorCode::NikZeroSerial => "nik.zero_serial",
            ErrorCode::InvalidPhone => "phone.invalid",
            ErrorCode::InvalidEmail => "email.invalid",
            ErrorCode::InvalidChoice => "choice.invalid",
            ErrorCode::InvalidCoordinate => "location.not_a_number",
            ErrorCode::OutsideIndonesia => "location.outside_indonesia",
            ErrorCode::PhotoType => "photo.type",
            ErrorCode::PhotoTooLarge { .. } => "photo.too_large",
            ErrorCode::PhotoEmpty => "photo.empty",
            ErrorCode::PhotoTooManyPixels { .. } => "photo.too_many_pixels",
            ErrorCode::PhotoUnreadable => "photo.unreadable",
            ErrorCode::TooManyPhotos { .. } => "photo.too_many",
            ErrorCode::InvalidDate => "date.invalid",
            ErrorCode::DateInFuture => "date.in_future",
        }
    }

    /// A sentence explaining the problem with `subject` (the label of what was entered, e.g.
    /// [`Field::label`]) in `locale`.
    pub fn message(&self, locale: Locale, subject: Text) -> String {
        let subject = subject.get(locale);
        let id = locale == Locale::Id;
        match self {
            ErrorCode::Required if id => format!("{subject} wajib diisi."),
            ErrorCode::Required => format!("{subject} is required."),
            ErrorCode::TooShort { min } if id => format!("{subject} minimal {min} karakter."),
            ErrorCode::TooShort { min } => {
                format!("{subject} must be at least {min} characters long.")
            }
            ErrorCode::TooLong { max } if id => format!("{subject} maksimal {max} karakter."),
            ErrorCode::TooLong { max } => format!("{subject} must be at most {max} characters long."),
            ErrorCode::ControlCharacters if id => {
                format!("{subject} mengandung karakter kontrol yang tidak diizinkan.")
            }
            ErrorCode::ControlCharacters => {
                format!("{subject} contains control characters, which are not allowed.")
            }
            ErrorCode::InvalidNameCharacters if id => format!(
                "{subject} hanya boleh berisi huruf, spasi, titik, koma, apostrof, dan tanda hubung."
            ),
            ErrorCode::InvalidNameCharacters => format!(
                "{subject} may contain only letters, spaces, full stops, commas, apostrophes and hyphens."
            ),
            ErrorCode::NikNotDigits if id => "NIK hanya boleh berisi angka.".to_owned(),
            ErrorCode::NikNotDigits => "The NIK may contain digits only.".to_owned(),
            ErrorCode::NikLength if id => "NIK harus 16 digit angka.".to_owned(),
            ErrorCode::NikLength => "The NIK must be exactly 16 digits.".to_owned(),
            ErrorCode::NikUnknownProvince if id => {
                "Dua digit pertama NIK bukan kode provinsi di Indonesia.".to_owned()
            }
            ErrorCode::NikUnknownProvince => {
                "The first two digits of the NIK are not an Indonesian province code.".to_owned()
            }
            ErrorCode::NikInvalidBirthDate if id => {
                "Digit ke-7 sampai ke-12 NIK bukan tanggal lahir yang sah (TTBBTT; untuk perempuan tanggal ditambah 40).".to_owned()
            }
            ErrorCode::NikInvalidBirthDate => {
                "Digits 7 to 12 of the NIK are not a valid birth date (DDMMYY; women add 40 to the day).".to_owned()
            }
            ErrorCode::NikZeroSerial if id => {
                "Empat digit terakhir NIK tidak boleh 0000.".to_owned()
            }
            ErrorCode::NikZeroSerial => "The last four digits of the NIK cannot be 0000.".to_owned(),
            ErrorCode::InvalidPhone if id => format!(
                "{subject} harus nomor Indonesia, misalnya 0812 3456 7890 atau +62 812 3456 7890."
            ),
            ErrorCode::InvalidPhone => format!(
                "{subject} must be an Indonesian number, such as 0812 3456 7890 or +62 812 3456 7890."
            ),
            ErrorCode::InvalidEmail if id => {
                format!("{subject} tidak valid; contoh yang benar: nama@contoh.id.")
            }
            ErrorCode::InvalidEmail => {
                format!("{subject} is not a valid address; for example: name@example.id.")
            }
            ErrorCode::InvalidChoice if id => format!("Pilihan {subject} tidak dikenal."),
            ErrorCode::InvalidChoice => format!("{subject}: this is not one of the choices."),
            ErrorCode::InvalidCoordinate if id => {
                "Garis lintang dan garis bujur harus berupa angka desimal, misalnya -7.2575 dan 112.7521.".to_owned()
            }
            ErrorCode::InvalidCoordinate => {
                "Latitude and longitude must be decimal numbers, such as -7.2575 and 112.7521.".to_owned()
            }
            ErrorCode::OutsideIndonesia if id => {
                format!("{subject} berada di luar wilayah Indonesia.")
            }
            ErrorCode::OutsideIndonesia => format!("{subject} is outside Indonesia."),
            ErrorCode::PhotoType if id => "Foto harus berformat JPEG, PNG, atau WebP.".to_owned(),
            ErrorCode::PhotoType => "Photos must be JPEG, PNG or WebP images.".to_owned(),
            ErrorCode::PhotoTooLarge { max_bytes } if id => {
                format!("Ukuran setiap foto maksimal {}.", human_size(*max_bytes))
            }
            ErrorCode::PhotoTooLarge { max_bytes } => {
                format!("Each photo must be at most {}.", human_size(*max_bytes))
            }
            ErrorCode::PhotoEmpty if id => "Salah satu file foto kosong.".to_owned(),
            ErrorCode::PhotoEmpty => "One of the photo files is empty.".to_owned(),
            ErrorCode::PhotoTooManyPixels {
                max_side,
                max_megapixels,
            } if id => format!(
                "Resolusi foto terlalu besar; maksimal {max_side} piksel per sisi dan {max_megapixels} megapiksel."
            ),
            ErrorCode::PhotoTooManyPixels {
                max_side,
                max_megapixels,
            } => format!(
                "The photo's resolution is too high; at most {max_side} pixels a side and {max_megapixels} megapixels."
            ),
            ErrorCode::PhotoUnreadable if id => {
                "Foto tidak dapat dibaca; filenya mungkin rusak. Silakan pilih foto lain.".to_owned()
            }
            ErrorCode::PhotoUnreadable => {
                "The photo could not be read; the file may be damaged. Please choose another photo."
                    .to_owned()
            }
            ErrorCode::TooManyPhotos { max } if id => format!("Lampirkan paling banyak {max} foto."),
            ErrorCode::TooManyPhotos { max } => format!("Attach at most {max} photos."),
            ErrorCode::InvalidDate if id => format!("{subject} bukan tanggal yang valid."),
            ErrorCode::InvalidDate => format!("{subject} is not a valid date."),
            ErrorCode::DateInFuture if id => format!("{subject} tidak boleh setelah hari ini."),
            ErrorCode::DateInFuture => format!("{subject} cannot be after today."),
        }
    }
}

/// A byte count for people: whole MB when exact (`10 MB`), else KB.
fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MB", bytes / MIB)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En, Text::new("Nilai", "The value")))
    }
}

impl std::error::Error for ErrorCode {}

/// A problem with one field of the complaint form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FieldError {
    /// The field that is wrong.
    pub field: Field,
    /// What is wrong with it. Serialised under `"error"`:
    /// `{"field": "title", "error": {"code": "text.too_short", "min": 10}}`.
    #[serde(rename = "error")]
    pub code: ErrorCode,
}

impl FieldError {
    /// The error `code` on `field`.
    pub const fn new(field: Field, code: ErrorCode) -> FieldError {
        FieldError { field, code }
    }

    /// A specific sentence for the reporter in `locale`, e.g. "NIK harus 16 digit angka.".
    pub fn message(&self, locale: Locale) -> String {
        match (self.field, self.code, locale) {
            (Field::Photos, ErrorCode::Required, Locale::Id) => {
                "Lampirkan minimal 1 foto sebagai bukti.".to_owned()
            }
            (Field::Photos, ErrorCode::Required, Locale::En) => {
                "Attach at least one photo as evidence.".to_owned()
            }
            (Field::PrivacyNotice, ErrorCode::Required, Locale::Id) => {
                "Baca pemberitahuan privasi dan centang persetujuan Anda untuk mengirim aduan."
                    .to_owned()
            }
            (Field::PrivacyNotice, ErrorCode::Required, Locale::En) => {
                "Read the privacy notice and tick your consent to send the complaint.".to_owned()
            }
            (Field::PrivacyNotice, _, Locale::Id) => {
                "Pemberitahuan privasi yang Anda setujui tidak dikenal; muat ulang halaman, baca pemberitahuan yang berlaku, lalu centang lagi."
                    .to_owned()
            }
            (Field::PrivacyNotice, _, Locale::En) => {
                "The privacy notice you accepted is not one this desk published; reload the page, read the notice in force and tick again."
                    .to_owned()
            }
            (Field::Location, ErrorCode::Required, Locale::Id) => {
                "Tandai lokasi kejadian di peta atau isi garis lintang dan garis bujur.".to_owned()
            }
            (Field::Location, ErrorCode::Required, Locale::En) => {
                "Mark the location on the map or enter its latitude and longitude.".to_owned()
            }
            (field, code, locale) => code.message(locale, field.label()),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for FieldError {}

/// Every problem found in one form, at most one per field, in form order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// No errors yet.
    pub const fn new() -> FieldErrors {
        FieldErrors(Vec::new())
    }

    /// Records `error`, replacing an earlier error on the same field.
    pub fn push(&mut self, error: FieldError) {
        self.0.retain(|existing| existing.field != error.field);
        let at = self
            .0
            .partition_point(|existing| existing.field < error.field);
        self.0.insert(at, error);
    }

    /// The error on `field`, if there is one.
    pub fn for_field(&self, field: Field) -> Option<&FieldError> {
        self.0.iter().find(|error| error.field == field)
    }

    /// The errors in form order.
    pub fn iter(&self) -> std::slice::Iter<'_, FieldError> {
        self.0.iter()
    }

    /// How many fields are wrong.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the form is free of errors.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<FieldError> for FieldErrors {
    fn from(error: FieldError) -> FieldErrors {
        FieldErrors(vec![error])
    }
}

impl FromIterator<FieldError> for FieldErrors {
    fn from_iter<I: IntoIterator<Item = FieldError>>(errors: I) -> FieldErrors {
        let mut all = FieldErrors::new();
        for error in errors {
            all.push(error);
        }
        all
    }
}

impl IntoIterator for FieldErrors {
    type Item = FieldError;
    type IntoIter = std::vec::IntoIter<FieldError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a FieldErrors {
    type Item = &'a FieldError;
    type IntoIter = std::slice::Iter<'a, FieldError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for FieldErrors {}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_CODES: [ErrorCode; 23] = [
        ErrorCode::Required,
        ErrorCode::TooShort { min: 3 },
        ErrorCode::TooLong { max: 100 },
        ErrorCode::ControlCharacters,
        ErrorCode::InvalidNameCharacters,
        ErrorCode::NikNotDigits,
        ErrorCode::NikLength,
        ErrorCode::NikUnknownProvince,
        ErrorCode::NikInvalidBirthDate,
        ErrorCode::NikZeroSerial,
        ErrorCode::InvalidPhone,
        ErrorCode::InvalidEmail,
        ErrorCode::InvalidChoice,
        ErrorCode::InvalidCoordinate,
        ErrorCode::OutsideIndonesia,
        ErrorCode::PhotoType,
        ErrorCode::PhotoTooLarge {
            max_bytes: 10 * 1024 * 1024,
        },
        ErrorCode::PhotoEmpty,
        ErrorCode::PhotoTooManyPixels {
            max_side: 8192,
            max_megapixels: 40,
        },
        ErrorCode::PhotoUnreadable,
        ErrorCode::TooManyPhotos { max: 5 },
        ErrorCode::InvalidDate,
        ErrorCode::DateInFuture,
    ];

    #[test]
    fn field_names_round_trip_and_are_snake_case() {
        for field in Field::ALL {
            assert_eq!(Field::from_name(field.name()), Some(field));
            assert!(
                field
                    .name()
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_')
            );
        }
        assert_eq!(Field::ReporterName.name(), "reporter_name");
        assert_eq!(Field::Photos.name(), "photos");
    }

    #[test]
    fn every_field_has_a_label_in_both_languages() {
        for field in Field::ALL {
            assert!(!field.label().id.is_empty() && !field.label().en.is_empty());
        }
    }

    #[test]
    fn error_codes_are_unique_and_dotted_lowercase() {
        let mut codes: Vec<_> = ALL_CODES.iter().map(ErrorCode::code).collect();
        assert!(codes.iter().all(|code| {
            code.chars()
                .all(|c| c.is_ascii_lowercase() || "._".contains(c))
        }));
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), ALL_CODES.len());
    }

    #[test]
    fn every_error_has_a_distinct_message_in_each_language() {
        for code in ALL_CODES {
            let id = code.message(Locale::Id, Field::Title.label());
            let en = code.message(Locale::En, Field::Title.label());
            assert!(!id.is_empty() && !en.is_empty());
            assert_ne!(id, en, "{}", code.code());
        }
    }

    #[test]
    fn nik_length_message_says_sixteen_digits() {
        let error = FieldError::new(Field::Nik, ErrorCode::NikLength);
        assert_eq!(error.message(Locale::Id), "NIK harus 16 digit angka.");
        assert_eq!(
            error.message(Locale::En),
            "The NIK must be exactly 16 digits."
        );
        assert_eq!(error.to_string(), "The NIK must be exactly 16 digits.");
    }

    #[test]
    fn messages_carry_the_limit_and_the_label() {
        let error = FieldError::new(Field::Title, ErrorCode::TooShort { min: 10 });
        assert_eq!(
            error.message(Locale::Id),
            "Judul aduan minimal 10 karakter."
        );
        let error = FieldError::new(
            Field::Photos,
            ErrorCode::PhotoTooLarge {
                max_bytes: 10 * 1024 * 1024,
            },
        );
        assert_eq!(
            error.message(Locale::Id),
            "Ukuran setiap foto maksimal 10 MB."
        );
    }

    #[test]
    fn field_errors_keep_one_error_per_field_in_form_order() {
        let errors: FieldErrors = [
            FieldError::new(Field::Photos, ErrorCode::Required),
            FieldError::new(Field::Nik, ErrorCode::NikLength),
            FieldError::new(Field::Nik, ErrorCode::NikZeroSerial),
        ]
        .into_iter()
        .collect();
        assert_eq!(errors.len(), 2);
        assert_eq!(
            errors.for_field(Field::Nik).map(|error| error.code),
            Some(ErrorCode::NikZeroSerial)
        );
        assert_eq!(
            errors.iter().next().map(|error| error.field),
            Some(Field::Nik)
        );
        assert!(errors.for_field(Field::Title).is_none());
    }
}
