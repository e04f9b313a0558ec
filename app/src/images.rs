//! Uploaded photos, made safe to store and to show.
//!
//! A phone photo carries more than the picture: EXIF with the GPS position where it was taken
//! (often the reporter's home) and the device's make and model, XMP edit history, comments.
//! [`process`] checks the real format, refuses images too large to decode safely by reading their
//! header before any pixel, decodes, turns the picture upright, shrinks it to [`MAX_STORED_SIDE`]
//! and encodes a fresh JPEG that carries none of that metadata.
//!
//! It is CPU-bound: call it inside `tokio::task::spawn_blocking`.

use std::fmt;
use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage};
use sha2::{Digest, Sha256};

use crate::domain::field::ErrorCode;
use crate::domain::photo::{MAX_PHOTO_BYTES, PhotoKind};

/// Longest side, in pixels, of any image accepted for decoding.
pub const MAX_DECODE_SIDE: u32 = 8192;
/// Most pixels of any image accepted for decoding, in millions: a 40-megapixel phone photo
/// (phones send 12; browsers shrink to 1600 px before uploading; this is for forms without
/// JavaScript and machine clients).
pub const MAX_DECODE_MEGAPIXELS: u32 = 40;
/// Longest side of the stored photo (phones send up to 1600 after in-browser downsizing; the
/// server enforces it).
pub const MAX_STORED_SIDE: u32 = 1600;
/// JPEG quality of the stored photo: small files, no visible loss at phone-screen sizes.
const JPEG_QUALITY: u8 = 80;
/// The most memory a decoder may take: a [`MAX_DECODE_MEGAPIXELS`] image with four 8-bit
/// channels (160 MB), no more. With at most two decodes at once (the server's `photo_permits`),
/// photos never take more than about 400 MiB together, the shrinking's buffers included.
const MAX_DECODE_ALLOC: u64 = 160 * 1000 * 1000;

/// A photo ready to store: re-encoded as JPEG, upright, at most [`MAX_STORED_SIDE`] pixels on its
/// long side, without any metadata.
#[derive(Clone, PartialEq, Eq)]
pub struct ProcessedPhoto {
    /// The JPEG file.
    pub bytes: Vec<u8>,
    /// The width in pixels.
    pub width: u32,
    /// The height in pixels.
    pub height: u32,
    /// The SHA-256 of [`bytes`](ProcessedPhoto::bytes) in lowercase hex; the stored file's name.
    pub sha256_hex: String,
}

// By hand so that a log line or a failed assertion shows the size rather than megabytes of bytes.
impl fmt::Debug for ProcessedPhoto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProcessedPhoto")
            .field("bytes", &format_args!("[{} bytes]", self.bytes.len()))
            .field("width", &self.width)
            .field("height", &self.height)
            .field("sha256_hex", &self.sha256_hex)
            .finish()
    }
}

/// Why an uploaded file cannot become a stored photo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImageError {
    /// Empty, or not a JPEG, PNG or WebP file, whatever its name or declared type says.
    #[error("not a JPEG, PNG or WebP image")]
    NotAnImage,
    /// More bytes than [`MAX_PHOTO_BYTES`].
    #[error("{bytes} bytes is over the limit of {max} bytes", max = MAX_PHOTO_BYTES)]
    TooLarge {
        /// The size of the upload in bytes.
        bytes: u64,
    },
    /// A side longer than [`MAX_DECODE_SIDE`], or more than [`MAX_DECODE_MEGAPIXELS`], as the
    /// image's header declares it (or more memory than a decode may take).
    #[error(
        "{width} × {height} pixels is over the limit of {max} pixels a side and {megapixels} megapixels",
        max = MAX_DECODE_SIDE,
        megapixels = MAX_DECODE_MEGAPIXELS
    )]
    TooManyPixels {
        /// The declared width in pixels.
        width: u32,
        /// The declared height in pixels.
        height: u32,
    },
    /// A known format whose data cannot be decoded: truncated or damaged.
    #[error("the image data cannot be decoded")]
    Corrupt,
}

impl ImageError {
    /// The error to show the reporter on the photos field.
    pub fn to_error_code(&self) -> ErrorCode {
        match self {
            ImageError::NotAnImage => ErrorCode::PhotoType,
            ImageError::TooLarge { .. } => ErrorCode::PhotoTooLarge {
                max_bytes: MAX_PHOTO_BYTES,
            },
            ImageError::TooManyPixels { .. } => ErrorCode::PhotoTooManyPixels {
                max_side: MAX_DECODE_SIDE,
                max_megapixels: MAX_DECODE_MEGAPIXELS,
            },
            ImageError::Corrupt => ErrorCode::PhotoUnreadable,
        }
    }
}

/// Turns an uploaded file into the photo to store: a JPEG, upright, at most [`MAX_STORED_SIDE`]
/// pixels on its long side, transparency flattened onto white, every metadata segment (EXIF with
/// GPS, XMP, comments, ICC) dropped by the re-encoding.
///
/// The format comes from the bytes ([`PhotoKind::sniff`]), never from the file name or the
/// declared type, and the image's size from its header, before anything is decoded.
///
/// # Errors
/// [`ImageError::TooLarge`] over [`MAX_PHOTO_BYTES`]; [`ImageError::NotAnImage`] for an empty
/// file or one that is not JPEG, PNG or WebP; [`ImageError::TooManyPixels`] for a side over
/// [`MAX_DECODE_SIDE`]; [`ImageError::Corrupt`] when decoding fails.
#[tracing::instrument(skip_all, fields(len = bytes.len()))]
pub fn process(bytes: &[u8]) -> Result<ProcessedPhoto, ImageError> {
    let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if len > MAX_PHOTO_BYTES {
        return Err(ImageError::TooLarge { bytes: len });
    }
    let kind = PhotoKind::sniff(bytes).ok_or(ImageError::NotAnImage)?;
    let (image, orientation) = decode(bytes, kind)?;
    // Flatten before shrinking: resampling ignores alpha, so the colour hidden under transparent
    // pixels would bleed into the edges.
    let image = downscale(onto_white(image));
    // Turn after shrinking: fewer pixels to move, and the long side is the same either way.
    let mut image = DynamicImage::ImageRgb8(image);
    image.apply_orientation(orientation);
    encode(&image.into_rgb8())
}

/// A copy of a stored photo with `areas` painted black, for what others see: decoded, painted,
/// encoded again (the original stays as it was).
///
/// # Errors
/// As [`process`], for a stored file that is no longer a readable image.
pub fn black_out(
    stored: &[u8],
    areas: &[crate::domain::photo::Blackout],
) -> Result<ProcessedPhoto, ImageError> {
    let kind = PhotoKind::sniff(stored).ok_or(ImageError::NotAnImage)?;
    let (image, _) = decode(stored, kind)?;
    let mut image = image.into_rgb8();
    let (width, height) = image.dimensions();
    for area in areas {
        let (x, y, w, h) = area.pixels(width, height);
        for row in y..y + h {
            for column in x..x + w {
                image.put_pixel(column, row, image::Rgb([0, 0, 0]));
            }
        }
    }
    encode(&image)
}

/// A fresh JPEG of `image`, named by its hash.
fn encode(image: &RgbImage) -> Result<ProcessedPhoto, ImageError> {
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY)
        .encode_image(image)
        .map_err(|error| {
            // An in-memory RGB image of a valid size always encodes; this would be a bug.
            tracing::error!(%error, "photo could not be encoded as JPEG");
            ImageError::Corrupt
        })?;
    let sha256_hex = lower_hex(&Sha256::digest(&jpeg));
    Ok(ProcessedPhoto {
        bytes: jpeg,
        width: image.width(),
        height: image.height(),
        sha256_hex,
    })
}

/// Decodes `bytes` as `kind` once its header declares a size within [`MAX_DECODE_SIDE`], and
/// reads the EXIF orientation.
fn decode(bytes: &[u8], kind: PhotoKind) -> Result<(DynamicImage, Orientation), ImageError> {
    let format = match kind {
        PhotoKind::Jpeg => ImageFormat::Jpeg,
        PhotoKind::Png => ImageFormat::Png,
        PhotoKind::Webp => ImageFormat::WebP,
    };
    // Opening a decoder reads only the header. The reader's default limits cap what that may
    // allocate; the side limits come after our own check, so that an oversized image is reported
    // with its size rather than as an opaque limit error.
    let mut decoder = ImageReader::with_format(Cursor::new(bytes), format)
        .into_decoder()
        .map_err(undecodable)?;
    let (width, height) = decoder.dimensions();
    if width > MAX_DECODE_SIDE
        || height > MAX_DECODE_SIDE
        || u64::from(width) * u64::from(height) > u64::from(MAX_DECODE_MEGAPIXELS) * 1_000_000
    {
        return Err(ImageError::TooManyPixels { width, height });
    }
    if width == 0 || height == 0 {
        return Err(ImageError::Corrupt);
    }
    // The JPEG decoder is lenient: it paints whatever is missing grey, and a half-uploaded photo
    // is no evidence.
    if kind == PhotoKind::Jpeg && !jpeg_reaches_its_end(bytes) {
        tracing::debug!("JPEG ends before its end-of-image marker");
        return Err(ImageError::Corrupt);
    }
    // Second guard: the decoder itself refuses larger images and bounds its allocations, the
    // pixel buffer first (as `ImageReader::decode` does).
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODE_SIDE);
    limits.max_image_height = Some(MAX_DECODE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    limits
        .reserve(decoder.total_bytes())
        .map_err(|_| ImageError::TooManyPixels { width, height })?;
    decoder.set_limits(limits).map_err(undecodable)?;
    let orientation = decoder.orientation().map_err(undecodable)?;
    let image = DynamicImage::from_decoder(decoder).map_err(undecodable)?;
    Ok((image, orientation))
}

/// Whether a JPEG's segments and scans run, well-formed, up to its end-of-image marker.
///
/// Walks the segments by their lengths (so the EOI of the thumbnail inside the EXIF segment does
/// not count) and the entropy-coded data after each start of scan. Whatever follows the EOI, such
/// as the video of a "motion photo", is ignored.
fn jpeg_reaches_its_end(bytes: &[u8]) -> bool {
    const SOS: u8 = 0xDA;
    const EOI: u8 = 0xD9;
    let is_standalone = |marker: u8| matches!(marker, 0x01 | 0xD0..=0xD7);
    // After the SOI marker.
    let mut at = 2;
    loop {
        if bytes.get(at) != Some(&0xFF) {
            return false;
        }
        // A marker may be preceded by any number of 0xFF fill bytes.
        while bytes.get(at) == Some(&0xFF) {
            at += 1;
        }
        let Some(&marker) = bytes.get(at) else {
            return false;
        };
        at += 1;
        if marker == EOI {
            return true;
        }
        if is_standalone(marker) {
            continue;
        }
        let Some(&[high, low]) = bytes.get(at..at + 2) else {
            return false;
        };
        let length = usize::from(u16::from_be_bytes([high, low]));
        if length < 2 {
            return false;
        }
        at += length;
        if marker == SOS {
            // Entropy-coded data: 0xFF appears only stuffed (FF 00), as a restart marker or as
            // fill before the next real marker.
            loop {
                let Some(offset) = bytes
                    .get(at..)
                    .and_then(|rest| rest.iter().position(|&byte| byte == 0xFF))
                else {
                    return false;
                };
                at += offset;
                match bytes.get(at + 1) {
                    None => return false,
                    Some(&next) if next == 0x00 || is_standalone(next) => at += 2,
                    Some(&0xFF) => at += 1,
                    Some(_) => break,
                }
            }
        }
    }
}

fn undecodable(error: image::ImageError) -> ImageError {
    // The decoder's message names the format and the fault, never anything from the picture.
    tracing::debug!(%error, "photo could not be decoded");
    ImageError::Corrupt
}

/// The image as 8-bit RGB, transparent parts laid onto white: a screenshot with a transparent
/// background should not turn black.
fn onto_white(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let mut rgb = RgbImage::new(rgba.width(), rgba.height());
    for (out, pixel) in rgb.pixels_mut().zip(rgba.pixels()) {
        let [red, green, blue, alpha] = pixel.0;
        let alpha = u32::from(alpha);
        out.0 = [red, green, blue].map(|channel| {
            let blended = (u32::from(channel) * alpha + 255 * (255 - alpha) + 127) / 255;
            u8::try_from(blended).unwrap_or(u8::MAX)
        });
    }
    rgb
}

/// The image shrunk to at most [`MAX_STORED_SIDE`] on its long side, aspect kept; smaller images
/// are returned unchanged.
fn downscale(image: RgbImage) -> RgbImage {
    let (width, height) = image.dimensions();
    let long = width.max(height);
    if long <= MAX_STORED_SIDE {
        return image;
    }
    let (new_width, new_height) = fit(width, height, MAX_STORED_SIDE);
    let image = DynamicImage::ImageRgb8(image);
    let smaller = if long >= 2 * MAX_STORED_SIDE {
        // Area averaging: every source pixel lands in one target pixel. Fast, with no full-size
        // floating-point buffer, and as good as a filter once the image shrinks by half or more.
        image.thumbnail_exact(new_width, new_height)
    } else {
        // Close to the target, area averaging would alias; a triangle filter does not.
        image.resize_exact(new_width, new_height, FilterType::Triangle)
    };
    smaller.into_rgb8()
}

/// The size of a `width` × `height` image scaled so that its long side is `side`, the short side
/// rounded and at least one pixel.
fn fit(width: u32, height: u32, side: u32) -> (u32, u32) {
    let scale = |short: u32, long: u32| -> u32 {
        let scaled = (u64::from(short) * u64::from(side) + u64::from(long) / 2) / u64::from(long);
        u32::try_from(scaled).unwrap_or(side).clamp(1, side)
    };
    if width >= height {
        (side, scale(height, width))
    } else {
        (scale(width, height), side)
    }
}

fn lower_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
        hex.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    hex
}

#[cfg(test)]
mod claiming_png;

#[cfg(test)]
mod tests {
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
}
