//! Photos made small in the browser before upload: a 12-megapixel phone photo of 4–8 MB
//! becomes a JPEG of a few hundred kilobytes, which a weak mobile connection can carry.
//!
//! Re-encoding also drops the photo's metadata (EXIF), including the GPS position and the phone
//! model, before it leaves the device; the orientation is applied to the pixels first.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, CanvasRenderingContext2d, File, HtmlCanvasElement, HtmlImageElement, ImageBitmap,
    ImageBitmapOptions, ImageOrientation, Url, Window,
};

use super::{BrowserError, Outcome, has, settle};
use crate::browser_logic::{photo_file_name, scaled_size};
use crate::domain::photo::PhotoMeta;

/// The longest side of an uploaded photo, in pixels: enough to read a sign or see a pothole.
pub const MAX_SIDE: u32 = 1600;

/// The JPEG quality of an uploaded photo, from 0 to 1.
pub const QUALITY: f64 = 0.8;

/// The media type of every downsized photo.
pub const JPEG: &str = "image/jpeg";

/// `file` as a JPEG whose longer side is at most `max_side` pixels (never enlarged), encoded at
/// `quality` (0–1, clamped), upright as the camera held it. Transparent areas (screenshots)
/// become white. Usually called with [`MAX_SIDE`] and [`QUALITY`].
///
/// # Errors
/// [`BrowserError::PhotoUnreadable`] when the file cannot be decoded as an image,
/// [`BrowserError::PhotoProcessingFailed`] when it cannot be drawn or encoded (often: not enough
/// memory), [`BrowserError::Unsupported`] without a canvas.
pub async fn downsize_jpeg(file: &File, max_side: u32, quality: f64) -> Result<Blob, BrowserError> {
    let window = web_sys::window().ok_or(BrowserError::Unsupported)?;
    let image = Decoded::from_file(&window, file).await?;
    let (width, height) = image.size();
    if width == 0 || height == 0 {
        image.close();
        return Err(BrowserError::PhotoUnreadable);
    }
    let (width, height) = scaled_size(width, height, max_side);
    let canvas = match canvas(&window, width, height) {
        Ok(canvas) => canvas,
        Err(error) => {
            image.close();
            return Err(error);
        }
    };
    let drawn = draw(&canvas, &image, width, height);
    // The full-size decoded image is the biggest allocation here: free it before encoding.
    image.close();
    let blob = match drawn {
        Ok(()) => encode_jpeg(&canvas, quality).await,
        Err(error) => Err(error),
    };
    // Mobile Safari counts canvas memory until the element is collected; shrinking it frees the
    // pixels now, which matters when five photos are processed one after another.
    canvas.set_width(0);
    canvas.set_height(0);
    blob
}

/// An object URL (`blob:…`) showing `blob`, for a thumbnail `<img src>`; `None` if the browser
/// refuses. Call [`revoke`] when the thumbnail goes, or the blob stays in memory until the page
/// is closed.
pub fn object_url(blob: &Blob) -> Option<String> {
    Url::create_object_url_with_blob(blob).ok()
}

/// Releases an object URL made by [`object_url`].
pub fn revoke(url: &str) {
    // Revoking an unknown or already revoked URL is a no-op; nothing to report.
    let _ = Url::revoke_object_url(url);
}

/// What the form knows about a downsized photo (the `index`-th, from 0): its upload name
/// (`photo-1.jpg`…), type and size, for checking with the shared photo rules.
pub fn photo_meta(blob: &Blob, index: usize) -> PhotoMeta {
    let content_type = match blob.type_() {
        kind if kind.is_empty() => JPEG.to_owned(),
        kind => kind,
    };
    PhotoMeta {
        file_name: photo_file_name(index),
        content_type,
        // A blob's size is a whole number of bytes, well within `u64`.
        size_bytes: blob.size() as u64,
    }
}

/// A decoded image, ready to draw.
enum Decoded {
    /// Decoded by `createImageBitmap`, which applies the EXIF orientation on request.
    Bitmap(ImageBitmap),
    /// Decoded by an `<img>`, for browsers without `createImageBitmap` options (Safari before
    /// 15). Browsers since 2020 apply the EXIF orientation to `<img>` too.
    Image(HtmlImageElement),
}

impl Decoded {
    /// Decodes `file`, by `createImageBitmap` where it works, else by an `<img>`.
    async fn from_file(window: &Window, file: &File) -> Result<Decoded, BrowserError> {
        if let Some(bitmap) = decode_bitmap(window, file).await {
            return Ok(Decoded::Bitmap(bitmap));
        }
        decode_image(file).await.map(Decoded::Image)
    }

    /// The image's width and height in pixels, upright.
    fn size(&self) -> (u32, u32) {
        match self {
            Decoded::Bitmap(bitmap) => (bitmap.width(), bitmap.height()),
            Decoded::Image(image) => (image.natural_width(), image.natural_height()),
        }
    }

    /// Frees the decoded pixels now rather than at garbage collection.
    fn close(&self) {
        match self {
            Decoded::Bitmap(bitmap) => bitmap.close(),
            Decoded::Image(image) => image.set_src(""),
        }
    }
}

/// Decodes `file` with `createImageBitmap(file, {imageOrientation: "from-image"})`; `None`
/// where that is missing or fails, so the `<img>` path can try.
async fn decode_bitmap(window: &Window, file: &File) -> Option<ImageBitmap> {
    if !has(window, "createImageBitmap") {
        return None;
    }
    let options = ImageBitmapOptions::new();
    options.set_image_orientation(ImageOrientation::FromImage);
    let promise = window
        .create_image_bitmap_with_blob_and_image_bitmap_options(file, &options)
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into::<ImageBitmap>()
        .ok()
}

/// Decodes `file` by loading it into an `<img>` through an object URL.
async fn decode_image(file: &File) -> Result<HtmlImageElement, BrowserError> {
    let image = HtmlImageElement::new().map_err(|_| BrowserError::Unsupported)?;
    let url = ObjectUrl(object_url(file).ok_or(BrowserError::Unsupported)?);
    let outcome = settle(|resolve, reject| {
        image.set_onload(Some(resolve));
        image.set_onerror(Some(reject));
        image.set_src(&url.0);
        Ok(())
    })
    .await;
    image.set_onload(None);
    image.set_onerror(None);
    match outcome {
        Outcome::Done(_) => Ok(image),
        Outcome::Failed(_) | Outcome::Threw => Err(BrowserError::PhotoUnreadable),
    }
}

/// An object URL revoked when dropped: a loaded `<img>` keeps its pixels without it, and a
/// future dropped mid-load does not leak the file's memory.
struct ObjectUrl(String);

impl Drop for ObjectUrl {
    fn drop(&mut self) {
        revoke(&self.0);
    }
}

/// A detached canvas of `width` × `height` pixels.
fn canvas(window: &Window, width: u32, height: u32) -> Result<HtmlCanvasElement, BrowserError> {
    let canvas = window
        .document()
        .ok_or(BrowserError::Unsupported)?
        .create_element("canvas")
        .map_err(|_| BrowserError::Unsupported)?
        .dyn_into::<HtmlCanvasElement>()
        .map_err(|_| BrowserError::Unsupported)?;
    canvas.set_width(width);
    canvas.set_height(height);
    Ok(canvas)
}

/// Draws `image` over the whole canvas of `width` × `height` pixels, on white.
fn draw(
    canvas: &HtmlCanvasElement,
    image: &Decoded,
    width: u32,
    height: u32,
) -> Result<(), BrowserError> {
    // `getContext` gives `null` when the canvas is too large for the memory left.
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or(BrowserError::PhotoProcessingFailed)?;
    // `imageSmoothingQuality` has no web-sys binding; browsers without it ignore the property.
    let _ = js_sys::Reflect::set(
        &context,
        &JsValue::from_str("imageSmoothingQuality"),
        &JsValue::from_str("high"),
    );
    let (width, height) = (f64::from(width), f64::from(height));
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, width, height);
    let drawn = match image {
        Decoded::Bitmap(bitmap) => {
            context.draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, width, height)
        }
        Decoded::Image(image) => {
            context.draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, width, height)
        }
    };
    drawn.map_err(|_| BrowserError::PhotoProcessingFailed)
}

/// The canvas as a JPEG blob, through `canvas.toBlob(callback, "image/jpeg", quality)`.
async fn encode_jpeg(canvas: &HtmlCanvasElement, quality: f64) -> Result<Blob, BrowserError> {
    let quality = JsValue::from_f64(quality.clamp(0.0, 1.0));
    let outcome = settle(|resolve, _reject| {
        canvas.to_blob_with_type_and_encoder_options(resolve, JPEG, &quality)
    })
    .await;
    match outcome {
        // `toBlob` calls back with `null` when the image could not be encoded.
        Outcome::Done(blob) => blob
            .dyn_into::<Blob>()
            .map_err(|_| BrowserError::PhotoProcessingFailed),
        Outcome::Failed(_) | Outcome::Threw => Err(BrowserError::PhotoProcessingFailed),
    }
}
