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
mod tests;
