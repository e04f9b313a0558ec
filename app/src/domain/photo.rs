//! Photos attached to a complaint as evidence.
//!
//! The form only knows each file's name, declared type and size ([`PhotoMeta`]); the server,
//! which holds the bytes, also checks the real format with [`PhotoKind::sniff`].

use serde::{Deserialize, Serialize};

use super::field::ErrorCode;

/// The fewest photos a complaint needs: the SOPs ask for photos as supporting data.
pub const MIN_PHOTOS: usize = 1;
/// The most photos a complaint may carry.
pub const MAX_PHOTOS: usize = 5;
/// The largest photo accepted, 10 MiB: a full-resolution phone camera JPEG fits.
pub const MAX_PHOTO_BYTES: u64 = 10 * 1024 * 1024;
/// The longest file name kept, in characters; longer names are shortened.
pub const MAX_FILE_NAME_CHARS: usize = 120;

/// What the browser tells about a chosen file, before upload.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PhotoMeta {
    /// The file's name on the reporter's device.
    pub file_name: String,
    /// The declared media type, e.g. `image/jpeg`.
    pub content_type: String,
    /// The size in bytes.
    pub size_bytes: u64,
}

/// An image format the portal accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhotoKind {
    /// JPEG, what phone cameras take.
    Jpeg,
    /// PNG, for screenshots.
    Png,
    /// WebP, what some phones and messaging apps save.
    Webp,
}

impl PhotoKind {
    /// Every accepted format.
    pub const ALL: [PhotoKind; 3] = [PhotoKind::Jpeg, PhotoKind::Png, PhotoKind::Webp];

    /// The media type, for `Content-Type` headers and the file input's `accept`.
    pub const fn mime(self) -> &'static str {
        match self {
            PhotoKind::Jpeg => "image/jpeg",
            PhotoKind::Png => "image/png",
            PhotoKind::Webp => "image/webp",
        }
    }

    /// The usual file extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            PhotoKind::Jpeg => "jpg",
            PhotoKind::Png => "png",
            PhotoKind::Webp => "webp",
        }
    }

    /// The format for a declared media type, ignoring case, whitespace and parameters
    /// (`image/JPEG; charset=binary`). `image/jpg` and `image/pjpeg` are old names for JPEG.
    pub fn from_mime(content_type: &str) -> Option<PhotoKind> {
        let essence = content_type.split(';').next().unwrap_or_default().trim();
        match essence.to_ascii_lowercase().as_str() {
            "image/jpeg" | "image/jpg" | "image/pjpeg" => Some(PhotoKind::Jpeg),
            "image/png" => Some(PhotoKind::Png),
            "image/webp" => Some(PhotoKind::Webp),
            _ => None,
        }
    }

    /// The format of a file from its first bytes (its magic number), whatever it claims to be.
    /// The server checks this on upload: a declared type is only the client's word.
    pub fn sniff(bytes: &[u8]) -> Option<PhotoKind> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(PhotoKind::Jpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(PhotoKind::Png)
        } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
            Some(PhotoKind::Webp)
        } else {
            None
        }
    }
}

/// One accepted photo: a known format, not empty, within [`MAX_PHOTO_BYTES`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "PhotoMeta", into = "PhotoMeta")]
pub struct Photo {
    file_name: String,
    kind: PhotoKind,
    size_bytes: u64,
}

impl Photo {
    /// Checks one file.
    ///
    /// The name is cleaned rather than rejected: folders (`C:\fakepath\`), control characters and
    /// surrounding whitespace go, it is shortened to [`MAX_FILE_NAME_CHARS`], and an empty name
    /// becomes `foto.<ext>`.
    ///
    /// # Errors
    /// [`ErrorCode::PhotoType`], [`ErrorCode::PhotoEmpty`] or [`ErrorCode::PhotoTooLarge`].
    pub fn parse(meta: &PhotoMeta) -> Result<Photo, ErrorCode> {
        let kind = PhotoKind::from_mime(&meta.content_type).ok_or(ErrorCode::PhotoType)?;
        if meta.size_bytes == 0 {
            return Err(ErrorCode::PhotoEmpty);
        }
        if meta.size_bytes > MAX_PHOTO_BYTES {
            return Err(ErrorCode::PhotoTooLarge {
                max_bytes: MAX_PHOTO_BYTES,
            });
        }
        Ok(Photo {
            file_name: clean_file_name(&meta.file_name, kind),
            kind,
            size_bytes: meta.size_bytes,
        })
    }

    /// The cleaned file name.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The image format.
    pub fn kind(&self) -> PhotoKind {
        self.kind
    }

    /// The size in bytes.
    pub fn size_bytes(&self) -> u64 {
        self.size_bytes
    }

    /// The photo as form metadata again, its type written canonically.
    pub fn to_meta(&self) -> PhotoMeta {
        PhotoMeta {
            file_name: self.file_name.clone(),
            content_type: self.kind.mime().to_owned(),
            size_bytes: self.size_bytes,
        }
    }
}

fn clean_file_name(raw: &str, kind: PhotoKind) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let visible: String = base
        .chars()
        .filter(|c| !super::text::is_forbidden(*c, false))
        .collect();
    let trimmed: String = visible.trim().chars().take(MAX_FILE_NAME_CHARS).collect();
    let trimmed = trimmed.trim();
    if trimmed.is_empty() {
        format!("foto.{}", kind.extension())
    } else {
        trimmed.to_owned()
    }
}

impl TryFrom<PhotoMeta> for Photo {
    type Error = ErrorCode;

    fn try_from(meta: PhotoMeta) -> Result<Photo, ErrorCode> {
        Photo::parse(&meta)
    }
}

impl From<Photo> for PhotoMeta {
    fn from(photo: Photo) -> PhotoMeta {
        photo.to_meta()
    }
}

/// The photos of a complaint: between [`MIN_PHOTOS`] and [`MAX_PHOTOS`], each accepted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<PhotoMeta>", into = "Vec<PhotoMeta>")]
pub struct Photos(Vec<Photo>);

impl Photos {
    /// Checks the chosen files.
    ///
    /// # Errors
    /// [`ErrorCode::Required`] for none, [`ErrorCode::TooManyPhotos`] for too many, else the
    /// error of the first photo that is not accepted.
    pub fn parse(metas: &[PhotoMeta]) -> Result<Photos, ErrorCode> {
        if metas.len() < MIN_PHOTOS {
            return Err(ErrorCode::Required);
        }
        Self::parse_optional(metas)
    }

    /// As [`Photos::parse`], but none is accepted: a complaint the desk enters for a caller or
    /// a visitor, who had no photo to give.
    ///
    /// # Errors
    /// [`ErrorCode::TooManyPhotos`] for too many, else the error of the first photo that is not
    /// accepted.
    pub fn parse_optional(metas: &[PhotoMeta]) -> Result<Photos, ErrorCode> {
        if metas.len() > MAX_PHOTOS {
            return Err(ErrorCode::TooManyPhotos { max: MAX_PHOTOS });
        }
        metas
            .iter()
            .map(Photo::parse)
            .collect::<Result<_, _>>()
            .map(Photos)
    }

    /// The photos in the order chosen.
    pub fn as_slice(&self) -> &[Photo] {
        &self.0
    }

    /// The photos as form metadata again.
    pub fn to_metas(&self) -> Vec<PhotoMeta> {
        self.0.iter().map(Photo::to_meta).collect()
    }

    /// The total size in bytes, for the upload progress bar.
    pub fn total_bytes(&self) -> u64 {
        self.0.iter().map(Photo::size_bytes).sum()
    }
}

impl TryFrom<Vec<PhotoMeta>> for Photos {
    type Error = ErrorCode;

    fn try_from(metas: Vec<PhotoMeta>) -> Result<Photos, ErrorCode> {
        Photos::parse(&metas)
    }
}

impl From<Photos> for Vec<PhotoMeta> {
    fn from(photos: Photos) -> Vec<PhotoMeta> {
        photos.to_metas()
    }
}

/// The most areas one photo's redaction blacks out.
pub const MAX_BLACKOUTS: usize = 10;

/// A rectangle of a photo to black out before it goes public (a face, a house number, a
/// number plate), in whole percent of the photo's width and height, so the same area fits the
/// photo at any size.
///
/// Built only by [`Blackout::parse`] (no `Deserialize`), so every value is such a rectangle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blackout {
    left: u8,
    top: u8,
    width: u8,
    height: u8,
}

impl Blackout {
    /// How the areas are labelled in forms and errors.
    pub const LABEL: crate::i18n::Text = crate::i18n::Text::new(
        "Area yang dihitamkan (kiri, atas, lebar, tinggi dalam %; satu per baris)",
        "Areas to black out (left, top, width, height in %; one per line)",
    );

    /// Parses `left,top,width,height` in percent: a non-empty rectangle inside the photo.
    ///
    /// # Errors
    /// `Required` for an empty text, `InvalidChoice` for anything else that is not such a
    /// rectangle.
    pub fn parse(raw: &str) -> Result<Blackout, ErrorCode> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err(ErrorCode::Required);
        }
        let numbers: Vec<u8> = raw
            .split(',')
            .map(|part| part.trim().parse::<u8>())
            .collect::<Result<_, _>>()
            .map_err(|_| ErrorCode::InvalidChoice)?;
        let [left, top, width, height] = numbers[..] else {
            return Err(ErrorCode::InvalidChoice);
        };
        let fits = |start: u8, size: u8| size > 0 && u16::from(start) + u16::from(size) <= 100;
        if !(fits(left, width) && fits(top, height)) {
            return Err(ErrorCode::InvalidChoice);
        }
        Ok(Blackout {
            left,
            top,
            width,
            height,
        })
    }

    /// Parses one area per line (blank lines skipped): at least one, at most [`MAX_BLACKOUTS`].
    ///
    /// # Errors
    /// As [`Blackout::parse`] for the first bad line; `Required` when there is none;
    /// `InvalidChoice` for more than [`MAX_BLACKOUTS`].
    pub fn parse_list(raw: &str) -> Result<Vec<Blackout>, ErrorCode> {
        let areas: Vec<Blackout> = raw
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(Blackout::parse)
            .collect::<Result<_, _>>()?;
        match areas.len() {
            0 => Err(ErrorCode::Required),
            n if n > MAX_BLACKOUTS => Err(ErrorCode::InvalidChoice),
            _ => Ok(areas),
        }
    }

    /// The area in whole percent of the photo, `(left, top, width, height)`.
    pub fn percent(&self) -> (u8, u8, u8, u8) {
        (self.left, self.top, self.width, self.height)
    }

    /// The area in pixels of a `width` × `height` photo, `(x, y, w, h)`, rounded outward so
    /// nothing meant to be hidden peeks out at the edges.
    pub fn pixels(&self, width: u32, height: u32) -> (u32, u32, u32, u32) {
        // In u64: a percentage of any u32 side fits, and the result is at most the side.
        let part = |percent: u8, side: u32, round_up: bool| {
            let scaled = u64::from(percent) * u64::from(side);
            let value = if round_up {
                scaled.div_ceil(100)
            } else {
                scaled / 100
            };
            u32::try_from(value).unwrap_or(side)
        };
        let floor = |percent: u8, side: u32| part(percent, side, false);
        let ceil = |percent: u8, side: u32| part(percent, side, true);
        let x = floor(self.left, width);
        let y = floor(self.top, height);
        let right = ceil(self.left + self.width, width).min(width);
        let bottom = ceil(self.top + self.height, height).min(height);
        (x, y, right - x, bottom - y)
    }
}

#[cfg(test)]
mod blackout_tests {
    use super::*;

    #[test]
    fn an_area_is_a_rectangle_inside_the_photo() {
        let area = Blackout::parse(" 10, 20 ,30,40 ").unwrap();
        assert_eq!(area.percent(), (10, 20, 30, 40));
        assert_eq!(area.pixels(1000, 500), (100, 100, 300, 200));
        // Found by the fuzzer: sides past 42,949,672 pixels overflowed a u32 product.
        let whole = Blackout::parse("0,0,100,100").unwrap();
        assert_eq!(
            whole.pixels(50_000_000, u32::MAX),
            (0, 0, 50_000_000, u32::MAX)
        );
        assert_eq!(Blackout::parse(""), Err(ErrorCode::Required));
        for bad in ["10,20,30", "10,20,0,5", "90,0,20,10", "a,b,c,d", "-1,0,5,5"] {
            assert_eq!(Blackout::parse(bad), Err(ErrorCode::InvalidChoice), "{bad}");
        }
    }

    #[test]
    fn pixels_round_outward_and_stay_inside() {
        let area = Blackout::parse("33,33,34,34").unwrap();
        let (x, y, w, h) = area.pixels(101, 7);
        assert_eq!((x, y), (33, 2));
        assert!(x + w <= 101 && y + h <= 7);
        assert_eq!(x + w, 68, "ceil(67 % of 101)");
    }

    #[test]
    fn a_list_has_one_to_ten_areas() {
        assert_eq!(Blackout::parse_list("\n \n"), Err(ErrorCode::Required));
        assert_eq!(
            Blackout::parse_list("0,0,10,10\n\n50,50,10,10")
                .unwrap()
                .len(),
            2
        );
        let eleven = ["0,0,1,1"; 11].join("\n");
        assert_eq!(Blackout::parse_list(&eleven), Err(ErrorCode::InvalidChoice));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn meta(file_name: &str, content_type: &str, size_bytes: u64) -> PhotoMeta {
        PhotoMeta {
            file_name: file_name.into(),
            content_type: content_type.into(),
            size_bytes,
        }
    }

    #[test]
    fn jpeg_png_and_webp_are_accepted() {
        for (name, mime) in [
            ("a.jpg", "image/jpeg"),
            ("b.png", "IMAGE/PNG"),
            ("c.webp", "image/webp; q=1"),
        ] {
            assert!(Photo::parse(&meta(name, mime, 1_000)).is_ok(), "{mime}");
        }
    }

    #[test]
    fn a_pdf_is_not_a_photo() {
        assert_eq!(
            Photo::parse(&meta("surat.pdf", "application/pdf", 1_000)),
            Err(ErrorCode::PhotoType)
        );
        assert_eq!(
            Photo::parse(&meta("x.heic", "image/heic", 1_000)),
            Err(ErrorCode::PhotoType)
        );
    }

    #[test]
    fn a_photo_over_ten_mebibytes_is_too_large() {
        assert!(Photo::parse(&meta("a.jpg", "image/jpeg", MAX_PHOTO_BYTES)).is_ok());
        assert_eq!(
            Photo::parse(&meta("a.jpg", "image/jpeg", MAX_PHOTO_BYTES + 1)),
            Err(ErrorCode::PhotoTooLarge {
                max_bytes: MAX_PHOTO_BYTES
            })
        );
    }

    #[test]
    fn an_empty_file_is_rejected() {
        assert_eq!(
            Photo::parse(&meta("a.jpg", "image/jpeg", 0)),
            Err(ErrorCode::PhotoEmpty)
        );
    }

    #[test]
    fn file_names_lose_their_folders_and_control_characters() {
        let photo =
            Photo::parse(&meta("C:\\fakepath\\jalan\u{7}.jpg", "image/jpeg", 1)).expect("ok");
        assert_eq!(photo.file_name(), "jalan.jpg");
        let photo = Photo::parse(&meta(" / ", "image/png", 1)).expect("ok");
        assert_eq!(photo.file_name(), "foto.png");
    }

    #[test]
    fn a_complaint_needs_one_to_five_photos() {
        let one = meta("a.jpg", "image/jpeg", 10);
        assert_eq!(Photos::parse(&[]), Err(ErrorCode::Required));
        assert!(Photos::parse(&vec![one.clone(); MAX_PHOTOS]).is_ok());
        assert_eq!(
            Photos::parse(&vec![one; MAX_PHOTOS + 1]),
            Err(ErrorCode::TooManyPhotos { max: MAX_PHOTOS })
        );
    }

    #[test]
    fn the_first_bad_photo_names_the_error() {
        let photos = [
            meta("a.jpg", "image/jpeg", 10),
            meta("b.gif", "image/gif", 10),
            meta("c.jpg", "image/jpeg", 0),
        ];
        assert_eq!(Photos::parse(&photos), Err(ErrorCode::PhotoType));
    }

    #[test]
    fn magic_numbers_reveal_the_real_format() {
        assert_eq!(
            PhotoKind::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]),
            Some(PhotoKind::Jpeg)
        );
        assert_eq!(
            PhotoKind::sniff(b"\x89PNG\r\n\x1a\n...."),
            Some(PhotoKind::Png)
        );
        assert_eq!(
            PhotoKind::sniff(b"RIFF\x10\0\0\0WEBPVP8 "),
            Some(PhotoKind::Webp)
        );
        assert_eq!(PhotoKind::sniff(b"%PDF-1.7"), None);
        assert_eq!(PhotoKind::sniff(b""), None);
    }

    proptest! {
        #[test]
        fn an_accepted_photo_is_accepted_again_unchanged(
            name in any::<String>(),
            kind in prop::sample::select(PhotoKind::ALL.to_vec()),
            size in 1..=MAX_PHOTO_BYTES,
        ) {
            let photo = Photo::parse(&meta(&name, kind.mime(), size)).expect("valid");
            prop_assert_eq!(Photo::parse(&photo.to_meta()), Ok(photo));
        }
    }
}
