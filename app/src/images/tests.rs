//! The image module's tests: real encoders' output, and hand-made bombs.

use super::claiming_png::{crc32, png_claiming};
use std::time::{Duration, Instant};

use image::{Rgb, Rgba, RgbaImage};

use super::*;

fn encoded(image: impl Into<DynamicImage>, format: ImageFormat) -> Vec<u8> {
    let mut bytes = Vec::new();
    image
        .into()
        .write_to(&mut Cursor::new(&mut bytes), format)
        .expect("encodes");
    bytes
}

fn flat(width: u32, height: u32, colour: [u8; 3]) -> RgbImage {
    let raw = colour.repeat(usize::try_from(width * height).expect("fits"));
    RgbImage::from_raw(width, height, raw).expect("buffer matches the size")
}

/// 40 × 20, red on the left half and blue on the right, so a turn shows its direction.
fn red_left_blue_right() -> RgbImage {
    RgbImage::from_fn(40, 20, |x, _| {
        if x < 20 {
            Rgb([220, 0, 0])
        } else {
            Rgb([0, 0, 220])
        }
    })
}

/// 64 × 64 of busy pixels, so that most of an encoded file is pixel data.
fn noise() -> RgbImage {
    RgbImage::from_fn(64, 64, |x, y| {
        let value = u8::try_from((x * 37 + y * 91 + x * y) % 256).expect("below 256");
        Rgb([value, value.wrapping_mul(3), value.wrapping_add(90)])
    })
}

fn noise_jpeg() -> Vec<u8> {
    encoded(noise(), ImageFormat::Jpeg)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// `jpeg` with a segment `marker` carrying `payload` inserted right after the SOI marker.
fn with_segment(jpeg: &[u8], marker: u8, payload: &[u8]) -> Vec<u8> {
    assert!(jpeg.starts_with(&[0xFF, 0xD8]));
    let length = u16::try_from(payload.len() + 2).expect("segment fits");
    let mut out = vec![0xFF, 0xD8, 0xFF, marker];
    out.extend_from_slice(&length.to_be_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// An APP1 Exif payload around a little-endian TIFF structure (`tiff` starts at "II*\0").
fn exif_payload(tiff: &[u8]) -> Vec<u8> {
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend_from_slice(tiff);
    payload
}

/// One 12-byte IFD entry, the value or offset little-endian in the last four bytes.
fn ifd_entry(tag: u16, kind: u16, count: u32, value: [u8; 4]) -> Vec<u8> {
    let mut entry = tag.to_le_bytes().to_vec();
    entry.extend_from_slice(&kind.to_le_bytes());
    entry.extend_from_slice(&count.to_le_bytes());
    entry.extend_from_slice(&value);
    entry
}

fn ifd(entries: &[Vec<u8>]) -> Vec<u8> {
    let count = u16::try_from(entries.len()).expect("few entries");
    let mut ifd = count.to_le_bytes().to_vec();
    for entry in entries {
        ifd.extend_from_slice(entry);
    }
    ifd.extend_from_slice(&0u32.to_le_bytes());
    ifd
}

const ASCII: u16 = 2;
const SHORT: u16 = 3;
const LONG: u16 = 4;
const RATIONAL: u16 = 5;

fn rationals(values: [(u32, u32); 3]) -> Vec<u8> {
    values
        .iter()
        .flat_map(|(numerator, denominator)| {
            [numerator.to_le_bytes(), denominator.to_le_bytes()].concat()
        })
        .collect()
}

/// TIFF with IFD0 = { Make: "GPSTESTMARKER", GPSInfo → GPS IFD } and a GPS IFD holding a
/// position in Jakarta: 6°12'34.56" S, 106°49'12.34" E.
fn tiff_with_gps() -> Vec<u8> {
    const MAKE: &[u8] = b"GPSTESTMARKER\0";
    let make_at: u32 = 8 + 2 + 2 * 12 + 4;
    let gps_ifd_at = make_at + 14;
    let latitude_at = gps_ifd_at + 2 + 4 * 12 + 4;
    let longitude_at = latitude_at + 24;
    let mut tiff = b"II*\0".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend(ifd(&[
        ifd_entry(0x010F, ASCII, 14, make_at.to_le_bytes()),
        ifd_entry(0x8825, LONG, 1, gps_ifd_at.to_le_bytes()),
    ]));
    tiff.extend_from_slice(MAKE);
    tiff.extend(ifd(&[
        ifd_entry(0x0001, ASCII, 2, *b"S\0\0\0"),
        ifd_entry(0x0002, RATIONAL, 3, latitude_at.to_le_bytes()),
        ifd_entry(0x0003, ASCII, 2, *b"E\0\0\0"),
        ifd_entry(0x0004, RATIONAL, 3, longitude_at.to_le_bytes()),
    ]));
    tiff.extend(rationals([(6, 1), (12, 1), (3456, 100)]));
    tiff.extend(rationals([(106, 1), (49, 1), (1234, 100)]));
    assert_eq!(
        tiff.len(),
        usize::try_from(longitude_at + 24).expect("fits")
    );
    tiff
}

/// TIFF with IFD0 = { Orientation: `orientation` }.
fn tiff_with_orientation(orientation: u16) -> Vec<u8> {
    let mut value = [0; 4];
    value[..2].copy_from_slice(&orientation.to_le_bytes());
    let mut tiff = b"II*\0".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    tiff.extend(ifd(&[ifd_entry(0x0112, SHORT, 1, value)]));
    tiff
}

fn is_close(pixel: Rgb<u8>, expected: [u8; 3]) -> bool {
    pixel
        .0
        .iter()
        .zip(expected)
        .all(|(&channel, expected)| channel.abs_diff(expected) <= 40)
}

#[test]
fn crc32_matches_the_png_reference_value() {
    // The CRC of an IEND chunk's type, as every PNG file ends with it.
    assert_eq!(crc32(b"IEND"), 0xAE42_6082);
}

#[test]
fn gps_exif_xmp_and_comments_do_not_survive() {
    let plain = encoded(red_left_blue_right(), ImageFormat::Jpeg);
    let with_exif = with_segment(&plain, 0xE1, &exif_payload(&tiff_with_gps()));
    let mut xmp = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    xmp.extend_from_slice(b"<x:xmpmeta>XMPTESTMARKER</x:xmpmeta>");
    let with_xmp = with_segment(&with_exif, 0xE1, &xmp);
    let upload = with_segment(&with_xmp, 0xFE, b"COMMENTTESTMARKER");
    let markers: [&[u8]; 5] = [
        b"Exif",
        b"GPSTESTMARKER",
        b"XMPTESTMARKER",
        b"http://ns.adobe.com/xap",
        b"COMMENTTESTMARKER",
    ];
    for marker in markers {
        assert!(contains(&upload, marker), "the upload carries the marker");
    }

    let photo = process(&upload).expect("accepted");

    for marker in markers {
        assert!(
            !contains(&photo.bytes, marker),
            "{}",
            String::from_utf8_lossy(marker)
        );
    }
    let decoded = image::load_from_memory(&photo.bytes).expect("the output decodes");
    assert_eq!((decoded.width(), decoded.height()), (40, 20));
    assert_eq!((photo.width, photo.height), (40, 20));
}

#[test]
fn exif_orientation_six_turns_the_photo_upright() {
    let plain = encoded(red_left_blue_right(), ImageFormat::Jpeg);
    let upload = with_segment(&plain, 0xE1, &exif_payload(&tiff_with_orientation(6)));

    let photo = process(&upload).expect("accepted");

    assert_eq!((photo.width, photo.height), (20, 40));
    let decoded = image::load_from_memory(&photo.bytes)
        .expect("decodes")
        .into_rgb8();
    assert_eq!(decoded.dimensions(), (20, 40));
    // A quarter turn clockwise puts the left edge on top.
    assert!(is_close(*decoded.get_pixel(10, 5), [220, 0, 0]));
    assert!(is_close(*decoded.get_pixel(10, 35), [0, 0, 220]));
    assert!(!contains(&photo.bytes, b"Exif"));
}

#[test]
fn a_photo_without_orientation_keeps_its_size_and_layout() {
    let upload = encoded(red_left_blue_right(), ImageFormat::Jpeg);

    let photo = process(&upload).expect("accepted");

    let decoded = image::load_from_memory(&photo.bytes)
        .expect("decodes")
        .into_rgb8();
    assert_eq!(decoded.dimensions(), (40, 20));
    assert!(is_close(*decoded.get_pixel(5, 10), [220, 0, 0]));
    assert!(is_close(*decoded.get_pixel(35, 10), [0, 0, 220]));
}

#[test]
fn a_large_photo_is_shrunk_to_the_stored_side_keeping_its_aspect() {
    let upload = encoded(flat(4000, 3000, [30, 120, 200]), ImageFormat::Png);

    let photo = process(&upload).expect("accepted");

    assert_eq!((photo.width, photo.height), (MAX_STORED_SIDE, 1200));
    let decoded = image::load_from_memory(&photo.bytes).expect("decodes");
    assert_eq!((decoded.width(), decoded.height()), (1600, 1200));
}

#[test]
fn a_slightly_large_portrait_photo_is_shrunk_with_the_filter() {
    let upload = encoded(flat(900, 1800, [200, 200, 40]), ImageFormat::Png);

    let photo = process(&upload).expect("accepted");

    assert_eq!((photo.width, photo.height), (800, MAX_STORED_SIDE));
    let decoded = image::load_from_memory(&photo.bytes)
        .expect("decodes")
        .into_rgb8();
    assert!(is_close(*decoded.get_pixel(400, 800), [200, 200, 40]));
}

#[test]
fn fitting_rounds_the_short_side_and_keeps_at_least_one_pixel() {
    assert_eq!(fit(4000, 3000, 1600), (1600, 1200));
    assert_eq!(fit(3000, 4000, 1600), (1200, 1600));
    assert_eq!(fit(3001, 1000, 1600), (1600, 533));
    assert_eq!(fit(8192, 1, 1600), (1600, 1));
}

#[test]
fn a_png_claiming_huge_dimensions_is_refused_before_decoding() {
    let upload = png_claiming(100_000, 100_000);
    assert!(upload.len() < 100);
    let started = Instant::now();

    let result = process(&upload);

    assert_eq!(
        result,
        Err(ImageError::TooManyPixels {
            width: 100_000,
            height: 100_000
        })
    );
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[test]
fn sides_within_the_limit_but_too_many_pixels_are_refused_before_decoding() {
    // 8000 × 8000 = 64 megapixels: each side allowed, the whole not.
    let upload = png_claiming(8000, 8000);
    assert_eq!(
        process(&upload),
        Err(ImageError::TooManyPixels {
            width: 8000,
            height: 8000
        })
    );
}

#[test]
fn one_side_over_the_limit_is_enough_to_refuse() {
    let upload = png_claiming(MAX_DECODE_SIDE + 1, 1);
    assert_eq!(
        process(&upload),
        Err(ImageError::TooManyPixels {
            width: MAX_DECODE_SIDE + 1,
            height: 1
        })
    );
}

#[test]
fn a_side_of_exactly_the_limit_is_decoded() {
    let upload = encoded(flat(MAX_DECODE_SIDE, 2, [0, 0, 0]), ImageFormat::Png);

    let photo = process(&upload).expect("accepted");

    assert_eq!((photo.width, photo.height), (MAX_STORED_SIDE, 1));
}

#[test]
fn a_pdf_named_like_a_photo_is_not_an_image() {
    let upload = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";
    assert_eq!(process(upload), Err(ImageError::NotAnImage));
}

#[test]
fn an_empty_upload_is_not_an_image() {
    assert_eq!(process(&[]), Err(ImageError::NotAnImage));
}

#[test]
fn an_upload_over_the_byte_limit_is_too_large() {
    let too_many = usize::try_from(MAX_PHOTO_BYTES + 1).expect("fits");
    let mut upload = encoded(red_left_blue_right(), ImageFormat::Jpeg);
    upload.resize(too_many, 0);

    assert_eq!(
        process(&upload),
        Err(ImageError::TooLarge {
            bytes: MAX_PHOTO_BYTES + 1
        })
    );
}

#[test]
fn a_truncated_jpeg_is_corrupt() {
    let whole = noise_jpeg();
    assert!(process(&whole).is_ok());

    let half = &whole[..whole.len() / 2];

    assert_eq!(process(half), Err(ImageError::Corrupt));
}

#[test]
fn a_jpeg_cut_right_before_its_end_marker_is_corrupt() {
    let whole = encoded(red_left_blue_right(), ImageFormat::Jpeg);
    assert!(whole.ends_with(&[0xFF, 0xD9]));

    assert_eq!(process(&whole[..whole.len() - 2]), Err(ImageError::Corrupt));
}

#[test]
fn a_truncated_jpeg_with_a_complete_exif_thumbnail_is_still_corrupt() {
    // The thumbnail's own end-of-image marker inside the EXIF segment must not count.
    let thumbnail = encoded(flat(8, 8, [1, 2, 3]), ImageFormat::Jpeg);
    let mut payload = exif_payload(&tiff_with_orientation(1));
    payload.extend_from_slice(&thumbnail);
    let whole = with_segment(&noise_jpeg(), 0xE1, &payload);
    assert!(process(&whole).is_ok());

    assert_eq!(
        process(&whole[..whole.len() - 100]),
        Err(ImageError::Corrupt)
    );
}

#[test]
fn data_after_the_end_of_a_jpeg_is_ignored_and_dropped() {
    // Motion photos append their video after the JPEG's end-of-image marker.
    let mut upload = encoded(red_left_blue_right(), ImageFormat::Jpeg);
    upload.extend_from_slice(b"....ftypmp42TRAILERTESTMARKER");

    let photo = process(&upload).expect("accepted");

    assert_eq!((photo.width, photo.height), (40, 20));
    assert!(!contains(&photo.bytes, b"TRAILERTESTMARKER"));
}

#[test]
fn truncated_png_and_webp_files_are_corrupt() {
    for format in [ImageFormat::Png, ImageFormat::WebP] {
        let whole = encoded(noise(), format);
        assert!(process(&whole).is_ok(), "{format:?}");

        let half = &whole[..whole.len() / 2];

        assert_eq!(process(half), Err(ImageError::Corrupt), "{format:?}");
    }
}

#[test]
fn a_png_signature_followed_by_garbage_is_corrupt() {
    let mut upload = b"\x89PNG\r\n\x1a\n".to_vec();
    upload.extend_from_slice(&[0x5A; 64]);
    assert_eq!(process(&upload), Err(ImageError::Corrupt));
}

#[test]
fn a_png_with_transparency_becomes_a_jpeg_on_white() {
    // Left half fully transparent (and black underneath), right half opaque red.
    let image = RgbaImage::from_fn(16, 16, |x, _| {
        if x < 8 {
            Rgba([0, 0, 0, 0])
        } else {
            Rgba([220, 0, 0, 255])
        }
    });
    let upload = encoded(image, ImageFormat::Png);
    assert_eq!(PhotoKind::sniff(&upload), Some(PhotoKind::Png));

    let photo = process(&upload).expect("accepted");

    assert_eq!(PhotoKind::sniff(&photo.bytes), Some(PhotoKind::Jpeg));
    let decoded = image::load_from_memory(&photo.bytes)
        .expect("decodes")
        .into_rgb8();
    assert!(is_close(*decoded.get_pixel(2, 8), [255, 255, 255]));
    assert!(is_close(*decoded.get_pixel(13, 8), [220, 0, 0]));
}

#[test]
fn a_webp_becomes_a_jpeg() {
    let upload = encoded(red_left_blue_right(), ImageFormat::WebP);
    assert_eq!(PhotoKind::sniff(&upload), Some(PhotoKind::Webp));

    let photo = process(&upload).expect("accepted");

    assert_eq!(PhotoKind::sniff(&photo.bytes), Some(PhotoKind::Jpeg));
    assert_eq!((photo.width, photo.height), (40, 20));
}

#[test]
fn the_same_upload_gives_the_same_bytes_and_hash() {
    let upload = encoded(red_left_blue_right(), ImageFormat::Png);

    let first = process(&upload).expect("accepted");
    let second = process(&upload).expect("accepted");

    assert_eq!(first, second);
    assert_eq!(first.sha256_hex, lower_hex(&Sha256::digest(&first.bytes)));
    assert_eq!(first.sha256_hex.len(), 64);
    assert!(
        first
            .sha256_hex
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
    );
    let other = process(&encoded(flat(40, 20, [9, 9, 9]), ImageFormat::Png)).expect("ok");
    assert_ne!(other.sha256_hex, first.sha256_hex);
}

#[test]
fn hex_is_lowercase_with_leading_zeros() {
    assert_eq!(lower_hex(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
}

#[test]
fn each_error_maps_to_its_photo_code() {
    assert_eq!(ImageError::NotAnImage.to_error_code(), ErrorCode::PhotoType);
    assert_eq!(
        ImageError::TooLarge { bytes: 20_000_000 }.to_error_code(),
        ErrorCode::PhotoTooLarge {
            max_bytes: MAX_PHOTO_BYTES
        }
    );
    let too_many_pixels = ImageError::TooManyPixels {
        width: 100_000,
        height: 10,
    }
    .to_error_code();
    assert_eq!(
        too_many_pixels,
        ErrorCode::PhotoTooManyPixels {
            max_side: MAX_DECODE_SIDE,
            max_megapixels: MAX_DECODE_MEGAPIXELS,
        }
    );
    assert_eq!(too_many_pixels.code(), "photo.too_many_pixels");
    assert_eq!(
        ImageError::Corrupt.to_error_code(),
        ErrorCode::PhotoUnreadable
    );
    assert_eq!(ErrorCode::PhotoUnreadable.code(), "photo.unreadable");
}

#[test]
fn error_messages_name_the_limits() {
    let message = ImageError::TooManyPixels {
        width: 100_000,
        height: 100_000,
    }
    .to_string();
    assert!(
        message.contains("100000") && message.contains("8192"),
        "{message}"
    );
}

#[test]
fn a_blacked_out_copy_is_black_inside_the_areas_and_unchanged_outside() {
    let white = RgbImage::from_pixel(200, 100, image::Rgb([255, 255, 255]));
    let stored = encode(&white).unwrap();
    let areas = [crate::domain::photo::Blackout::parse("0,0,50,100").unwrap()];
    let copy = black_out(&stored.bytes, &areas).unwrap();
    assert_ne!(copy.sha256_hex, stored.sha256_hex);
    let decoded = image::load_from_memory(&copy.bytes).unwrap().into_rgb8();
    assert_eq!((decoded.width(), decoded.height()), (200, 100));
    let brightness = |x, y| {
        let image::Rgb([r, g, b]) = *decoded.get_pixel(x, y);
        u32::from(r) + u32::from(g) + u32::from(b)
    };
    assert!(brightness(20, 50) < 30, "inside: {}", brightness(20, 50));
    assert!(
        brightness(180, 50) > 700,
        "outside: {}",
        brightness(180, 50)
    );
}
