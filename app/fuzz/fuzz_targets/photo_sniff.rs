//! The photo rules of `app::domain::photo` on arbitrary input.
//!
//! The input is used twice: its bytes as an uploaded file for `PhotoKind::sniff`, and as text
//! (lossily decoded) split at the byte 0x1F (ASCII unit separator) into
//! `content type ␟ file name ␟ size ␟ blackout areas ␟ width ␟ height`, for
//! `PhotoKind::from_mime`, `Photo::parse`, `Photos::parse`, `Blackout::parse`,
//! `Blackout::parse_list` and `Blackout::pixels`. Missing parts are empty.
#![no_main]

use app::domain::field::ErrorCode;
use app::domain::photo::{
    Blackout, MAX_BLACKOUTS, MAX_FILE_NAME_CHARS, MAX_PHOTO_BYTES, MAX_PHOTOS, Photo, PhotoKind,
    PhotoMeta, Photos,
};
use libfuzzer_sys::fuzz_target;

/// The longest image side tried with `Blackout::pixels`: JPEG's limit (its header holds 16-bit
/// sides), above the 8192 pixels the server decodes at most (`app::images::MAX_DECODE_SIDE`), the
/// only caller of `pixels`.
const MAX_SIDE: u32 = 65_535;

fuzz_target!(|data: &[u8]| {
    sniff(data);
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\u{1f}');
    let mut next = || parts.next().unwrap_or_default();
    let (content_type, file_name, size) = (next(), next(), next());
    let (areas, width, height) = (next(), next(), next());
    mime(content_type);
    photo(&PhotoMeta {
        file_name: file_name.to_owned(),
        content_type: content_type.to_owned(),
        size_bytes: number(size),
    });
    blackouts(areas, side(width), side(height));
});

/// `sniff` answers exactly from the documented magic numbers, and only from the first 12 bytes.
fn sniff(bytes: &[u8]) {
    let kind = PhotoKind::sniff(bytes);
    let expected = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(PhotoKind::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(PhotoKind::Png)
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && bytes[8..12] == *b"WEBP" {
        Some(PhotoKind::Webp)
    } else {
        None
    };
    assert_eq!(kind, expected);
    assert_eq!(PhotoKind::sniff(&bytes[..bytes.len().min(12)]), kind);
    if kind.is_some() {
        let mut longer = bytes.to_vec();
        longer.extend_from_slice(b"\0trailing bytes");
        assert_eq!(PhotoKind::sniff(&longer), kind, "more bytes change nothing");
    }
}

/// Case, surrounding whitespace and parameters do not matter; the canonical type maps back.
fn mime(content_type: &str) {
    let kind = PhotoKind::from_mime(content_type);
    assert_eq!(
        PhotoKind::from_mime(&content_type.to_ascii_uppercase()),
        kind
    );
    assert_eq!(PhotoKind::from_mime(&format!("{content_type}; q=1")), kind);
    assert_eq!(PhotoKind::from_mime(&format!(" \t{content_type}")), kind);
    if let Some(kind) = kind {
        assert_eq!(PhotoKind::from_mime(kind.mime()), Some(kind));
        assert!(PhotoKind::ALL.contains(&kind));
    }
}

fn photo(meta: &PhotoMeta) {
    let kind = PhotoKind::from_mime(&meta.content_type);
    match Photo::parse(meta) {
        Ok(photo) => {
            assert_eq!(Some(photo.kind()), kind);
            assert_eq!(photo.size_bytes(), meta.size_bytes);
            assert!((1..=MAX_PHOTO_BYTES).contains(&photo.size_bytes()));
            let name = photo.file_name();
            assert!(!name.is_empty() && name.chars().count() <= MAX_FILE_NAME_CHARS);
            assert_eq!(name, name.trim(), "the name is trimmed");
            assert!(!name.contains(['/', '\\']), "no folders: {name:?}");
            assert!(
                !name.chars().any(forbidden),
                "no control characters: {name:?}"
            );
            let meta_again = photo.to_meta();
            assert_eq!(meta_again.content_type, photo.kind().mime());
            assert_eq!(
                Photo::parse(&meta_again).as_ref(),
                Ok(&photo),
                "parses again"
            );
            // Serialised as its metadata and checked again on the way in.
            let json = serde_json::to_string(&photo).expect("a photo serialises");
            assert_eq!(serde_json::from_str::<Photo>(&json).ok(), Some(photo));
        }
        Err(code) => {
            let expected = match kind {
                None => ErrorCode::PhotoType,
                Some(_) if meta.size_bytes == 0 => ErrorCode::PhotoEmpty,
                Some(_) => ErrorCode::PhotoTooLarge {
                    max_bytes: MAX_PHOTO_BYTES,
                },
            };
            assert_eq!(code, expected);
            assert!(kind.is_none() || meta.size_bytes == 0 || meta.size_bytes > MAX_PHOTO_BYTES);
        }
    }
    // A list of the same photo: one to five accepted, each checked as alone.
    let alone = Photo::parse(meta);
    for count in [1, MAX_PHOTOS, MAX_PHOTOS + 1] {
        let metas = vec![meta.clone(); count];
        let list = Photos::parse(&metas);
        if count > MAX_PHOTOS {
            assert_eq!(list, Err(ErrorCode::TooManyPhotos { max: MAX_PHOTOS }));
            continue;
        }
        match (&list, &alone) {
            (Ok(photos), Ok(photo)) => {
                assert!(photos.as_slice().iter().all(|p| p == photo));
                assert_eq!(photos.total_bytes(), photo.size_bytes() * count as u64);
                assert_eq!(Photos::parse(&photos.to_metas()).as_ref(), Ok(photos));
            }
            (Err(list), Err(alone)) => assert_eq!(list, alone),
            _ => panic!("a list of {count} disagrees with the photo alone: {list:?}, {alone:?}"),
        }
    }
}

fn blackouts(raw: &str, width: u32, height: u32) {
    // Each line as one area, then the whole text as a list.
    let mut first_error = None;
    let mut areas = Vec::new();
    for line in raw.lines() {
        let parsed = Blackout::parse(line);
        if line.trim().is_empty() {
            assert_eq!(parsed, Err(ErrorCode::Required));
            continue;
        }
        match parsed {
            Ok(area) => {
                area_is_inside(&area, width, height);
                areas.push(area);
            }
            Err(code) => {
                assert_eq!(code, ErrorCode::InvalidChoice, "{line:?}");
                first_error.get_or_insert(code);
            }
        }
    }
    let expected = match first_error {
        Some(code) => Err(code),
        None if areas.is_empty() => Err(ErrorCode::Required),
        None if areas.len() > MAX_BLACKOUTS => Err(ErrorCode::InvalidChoice),
        None => Ok(areas),
    };
    assert_eq!(Blackout::parse_list(raw), expected, "{raw:?}");
    // The whole text as one area, too.
    if let Ok(area) = Blackout::parse(raw) {
        area_is_inside(&area, width, height);
    }
}

/// An accepted area is a non-empty rectangle inside the photo, and its pixels, rounded outward,
/// cover it and stay inside the image.
fn area_is_inside(area: &Blackout, width: u32, height: u32) {
    let (left, top, wide, high) = area.percent();
    let (left, top) = (u64::from(left), u64::from(top));
    let (wide, high) = (u64::from(wide), u64::from(high));
    assert!(
        wide > 0 && high > 0 && left + wide <= 100 && top + high <= 100,
        "{area:?}"
    );
    let written = format!("{left},{top},{wide},{high}");
    assert_eq!(Blackout::parse(&written).as_ref(), Ok(area), "parses again");

    let (x, y, w, h) = area.pixels(width, height);
    let (x, y, w, h) = (u64::from(x), u64::from(y), u64::from(w), u64::from(h));
    let (width, height) = (u64::from(width), u64::from(height));
    assert!(
        x + w <= width && y + h <= height,
        "outside {width}×{height}"
    );
    // Rounded outward: the pixels hold the exact rectangle, and none of it vanishes.
    assert!(x * 100 <= left * width && y * 100 <= top * height);
    assert!((x + w) * 100 >= (left + wide) * width && (y + h) * 100 >= (top + high) * height);
    if width > 0 && height > 0 {
        assert!(
            w > 0 && h > 0,
            "an area of a non-empty photo blacks out something"
        );
    }
}

/// What `app::domain::text` forbids in a stored text: control characters and bidirectional
/// overrides and isolates.
fn forbidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A size as decimal text; anything else counts its bytes, so every size stays reachable.
fn number(text: &str) -> u64 {
    text.trim().parse().unwrap_or(text.len() as u64)
}

/// An image side as decimal text, folded into `0..=MAX_SIDE`.
fn side(text: &str) -> u32 {
    (number(text) % (u64::from(MAX_SIDE) + 1)) as u32
}
