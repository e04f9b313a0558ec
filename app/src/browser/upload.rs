//! Sending the filing form with visible progress.
//!
//! `XMLHttpRequest` rather than `fetch`, because only it reports upload progress; on a slow
//! connection, a bar that moves is what keeps the citizen from giving up.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Blob, Event, FormData, ProgressEvent, XmlHttpRequest, XmlHttpRequestUpload};

use super::{BrowserError, Outcome, settle};
use crate::browser_logic::{SUBMISSION_KEY_FIELD, photo_file_name, upload_fraction};
use crate::domain::complaint::ComplaintInput;
use crate::domain::field::Field;

/// How long a whole upload may take, in milliseconds: five photos of a few hundred kilobytes
/// over a weak 3G connection, with room to spare.
pub const TIMEOUT_MS: u32 = 120_000;

/// The server's answer to an upload, whatever its status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UploadResponse {
    /// The HTTP status of the final response (after redirects, which the browser follows).
    pub status: u16,
    /// The response body as text.
    pub body: String,
}

/// Posts `form` to `url` (same origin) as `multipart/form-data`, asking for JSON
/// (`Accept: application/json`), and calls `on_progress` with the fraction of the request body
/// sent so far (0 to 1) as it goes. Any HTTP status is a response; only a request that got no
/// response at all is an error.
///
/// Dropping the returned future cancels the upload.
///
/// # Errors
/// [`BrowserError::NetworkError`] when the connection fails, [`BrowserError::UploadTimeout`]
/// after [`TIMEOUT_MS`], [`BrowserError::UploadAborted`] when cancelled (by the browser, or
/// the page going away), [`BrowserError::Unsupported`] without `XMLHttpRequest`.
pub async fn submit_form(
    url: &str,
    form: &FormData,
    on_progress: impl Fn(f64) + 'static,
) -> Result<UploadResponse, BrowserError> {
    let xhr = XmlHttpRequest::new().map_err(|_| BrowserError::Unsupported)?;
    xhr.open_with_async("POST", url, true)
        .map_err(|_| BrowserError::Unsupported)?;
    xhr.set_request_header("Accept", "application/json")
        .map_err(|_| BrowserError::Unsupported)?;
    xhr.set_timeout(TIMEOUT_MS);
    let upload = xhr.upload().map_err(|_| BrowserError::Unsupported)?;
    let mut request = InFlight::new(xhr, upload, on_progress);

    let xhr = &request.xhr;
    let outcome = settle(|resolve, reject| {
        xhr.set_onload(Some(resolve));
        xhr.set_onerror(Some(reject));
        xhr.set_ontimeout(Some(reject));
        xhr.set_onabort(Some(reject));
        xhr.send_with_opt_form_data(Some(form))
    })
    .await;
    request.finished = true;

    match outcome {
        Outcome::Done(_) => Ok(UploadResponse {
            status: request.xhr.status().unwrap_or(0),
            body: request
                .xhr
                .response_text()
                .ok()
                .flatten()
                .unwrap_or_default(),
        }),
        Outcome::Failed(event) => Err(BrowserError::from_upload_event(
            &event
                .dyn_into::<Event>()
                .map(|event| event.type_())
                .unwrap_or_default(),
        )),
        // `send` throws only when the request cannot start; the connection is the likely cause.
        Outcome::Threw => Err(BrowserError::NetworkError),
    }
}

/// The filing form as `multipart/form-data`: every one-text field under its
/// [`Field::name`], `latitude` and `longitude`, the submission key under
/// [`SUBMISSION_KEY_FIELD`], and each photo as a `photos` part named `photo-1.jpg`,
/// `photo-2.jpg`… in order. Empty fields are sent empty, as a plain form post would.
///
/// # Errors
/// [`BrowserError::Unsupported`] when the browser has no `FormData`.
pub fn form_data(
    input: &ComplaintInput,
    submission_key: &str,
    photos: &[Blob],
) -> Result<FormData, BrowserError> {
    let form = FormData::new().map_err(|_| BrowserError::Unsupported)?;
    let texts = Field::ALL
        .into_iter()
        .filter_map(|field| Some((field.name(), input.text(field)?)));
    let others = [
        ("latitude", input.latitude.as_str()),
        ("longitude", input.longitude.as_str()),
        (SUBMISSION_KEY_FIELD, submission_key),
    ];
    for (name, value) in texts.chain(others) {
        form.append_with_str(name, value)
            .map_err(|_| BrowserError::Unsupported)?;
    }
    for (index, photo) in photos.iter().enumerate() {
        form.append_with_blob_and_filename(Field::Photos.name(), photo, &photo_file_name(index))
            .map_err(|_| BrowserError::Unsupported)?;
    }
    Ok(form)
}

/// A request being sent, with its progress handler. The handler is Rust code, so it is a
/// `Closure` that must live as long as the request can report progress: dropping this removes
/// it from the request first and, if the request has not finished, cancels it.
struct InFlight {
    xhr: XmlHttpRequest,
    upload: XmlHttpRequestUpload,
    _on_progress: Closure<dyn FnMut(ProgressEvent)>,
    finished: bool,
}

impl InFlight {
    /// Installs `on_progress` as `xhr.upload.onprogress`.
    fn new(
        xhr: XmlHttpRequest,
        upload: XmlHttpRequestUpload,
        on_progress: impl Fn(f64) + 'static,
    ) -> InFlight {
        let closure = Closure::<dyn FnMut(ProgressEvent)>::new(move |event: ProgressEvent| {
            // Without a known total there is no fraction to show; the next event may have one.
            if event.length_computable()
                && let Some(fraction) = upload_fraction(event.loaded(), event.total())
            {
                on_progress(fraction);
            }
        });
        upload.set_onprogress(Some(closure.as_ref().unchecked_ref()));
        InFlight {
            xhr,
            upload,
            _on_progress: closure,
            finished: false,
        }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.upload.set_onprogress(None);
        if !self.finished {
            // Nobody is waiting for the answer any more.
            let _ = self.xhr.abort();
        }
    }
}
