//! Sending the form: the draft that survives, the upload with its progress, and what the
//! citizen is told when it fails.

use super::FormState;
use super::photos::Photos;
use crate::components::language::{tr, use_locale};
use crate::i18n::{Locale, ui};
use leptos::prelude::*;

/// Where sending stands.
#[derive(Clone, Copy)]
pub(super) struct SubmitState {
    form: FormState,
    #[cfg_attr(
        not(feature = "hydrate"),
        expect(dead_code, reason = "sending is done in the browser only")
    )]
    photos: Photos,
    /// The key this draft is sent with (browser only; the server-rendered form has its own).
    #[cfg_attr(
        not(feature = "hydrate"),
        expect(dead_code, reason = "sending is done in the browser only")
    )]
    key: RwSignal<String>,
    /// An upload is under way.
    sending: RwSignal<bool>,
    /// How much of the upload has gone, 0 to 1, while sending.
    progress: RwSignal<Option<f64>>,
    /// What went wrong with the last attempt, in the reader's language.
    problems: RwSignal<Vec<String>>,
    /// A draft from an earlier visit was put back.
    pub restored: RwSignal<bool>,
    /// The desk's intake: when the complaint came in by its own channel, as typed (empty: now).
    pub received: RwSignal<String>,
    /// The desk's intake: the village chosen (empty: none).
    pub village: RwSignal<String>,
}

impl SubmitState {
    pub fn new(form: FormState, photos: Photos) -> Self {
        Self {
            form,
            photos,
            key: RwSignal::new(String::new()),
            sending: RwSignal::new(false),
            progress: RwSignal::new(None),
            problems: RwSignal::new(Vec::new()),
            restored: RwSignal::new(false),
            received: RwSignal::new(String::new()),
            village: RwSignal::new(String::new()),
        }
    }

    /// Without the WebAssembly the browser posts the form itself; with it, the form is checked
    /// here and sent by [`send`].
    pub fn on_submit(&self, ev: leptos::ev::SubmitEvent, locale: RwSignal<Locale>) {
        if !self.form.is_valid() {
            ev.prevent_default();
            self.form.visit_all();
            return;
        }
        #[cfg(feature = "hydrate")]
        {
            ev.prevent_default();
            if !self.sending.get_untracked() {
                let state = *self;
                leptos::task::spawn_local(async move { send(state, locale).await });
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, locale);
    }
}

/// The submission key the server's page cache chose for this render of the form, as a request
/// extension: the cache then knows which text to give a fresh key in each copy it serves.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
pub struct ChosenSubmissionKey(pub String);

/// A fresh submission key (a random UUID), or `None` when the system has no randomness to give.
#[cfg(feature = "ssr")]
pub fn new_submission_key() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(crate::browser_logic::uuid_v4(bytes))
}

/// The submission key rendered into the form for a native post (no WebAssembly): one per page
/// load, so a double-clicked submit files once.
pub(super) fn server_submission_key() -> String {
    #[cfg(feature = "ssr")]
    {
        let chosen = use_context::<axum::http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<ChosenSubmissionKey>().cloned());
        if let Some(ChosenSubmissionKey(key)) = chosen {
            return key;
        }
        if let Some(key) = new_submission_key() {
            return key;
        }
    }
    String::new()
}

/// Puts back the draft of an earlier visit, then saves the draft on every change.
#[cfg(feature = "hydrate")]
pub(super) fn restore_draft_and_keep_it(form: FormState, photos: Photos, submit: SubmitState) {
    use crate::browser::draft;
    use crate::domain::field::Field;

    let ready = RwSignal::new(false);
    // Runs once, in the browser, after hydration.
    Effect::new(move |_| {
        match draft::load() {
            Some(saved) => {
                let typed = Field::ALL.into_iter().filter(|field| {
                    saved
                        .input
                        .text(*field)
                        .is_some_and(|text| !text.is_empty())
                });
                for field in typed {
                    form.visit(field);
                }
                let mut input = saved.input;
                input.photos.clear();
                form.input.set(input);
                submit.key.set(saved.submission_key);
                submit.restored.set(true);
            }
            None => submit.key.set(draft::new_submission_key()),
        }
        leptos::task::spawn_local(async move {
            let blobs = draft::load_photos().await;
            if !blobs.is_empty() {
                photos.replace(blobs);
                submit.restored.set(true);
            }
            ready.set(true);
        });
    });
    Effect::new(move |_| {
        let input = form.input.get();
        let key = submit.key.get();
        if ready.get() {
            let mut text_only = input;
            text_only.photos.clear();
            // Private browsing may refuse; the form still works, only without a draft.
            let _ = draft::save(&draft::Draft::new(text_only, key));
        }
    });
}

/// Sends the draft with its photos, showing progress; on success clears the draft and opens the
/// receipt (a full page load, which reads the one-time PIN cookie).
#[cfg(feature = "hydrate")]
async fn send(state: SubmitState, locale: RwSignal<Locale>) {
    use crate::browser::{draft, upload};

    state.sending.set(true);
    state.problems.set(Vec::new());
    state.progress.set(Some(0.0));
    let input = state.form.input.get_untracked();
    let key = state.key.get_untracked();
    let blobs = state.photos.blobs.get_untracked();
    let progress = state.progress;
    let received = state.received.get_untracked();
    let village = state.village.get_untracked();
    let outcome = match upload::form_data(&input, &key, &blobs).and_then(|form| {
        // The desk's intake only: when the call, letter or message came in, and the village.
        for (field, value) in [
            (crate::site::RECEIVED_FIELD, &received),
            (crate::site::VILLAGE_FIELD, &village),
        ] {
            if !value.trim().is_empty() {
                form.append_with_str(field, value)
                    .map_err(|_| crate::browser_logic::BrowserError::Unsupported)?;
            }
        }
        Ok(form)
    }) {
        Ok(form) => {
            upload::submit_form("/lapor", &form, move |fraction| {
                progress.set(Some(fraction));
            })
            .await
        }
        Err(error) => Err(error),
    };
    state.sending.set(false);
    state.progress.set(None);
    let locale = locale.get_untracked();
    let response = match outcome {
        Ok(response) => response,
        Err(error) => {
            state.problems.set(vec![error.message(locale)]);
            return;
        }
    };
    let answer = serde_json::from_str::<crate::site::FilingAnswer>(&response.body).ok();
    let problems: Vec<String> = match answer {
        Some(crate::site::FilingAnswer::Filed { receipt_url, .. }) if response.status == 200 => {
            let _ = draft::clear();
            draft::clear_photos().await;
            if let Some(window) = web_sys::window() {
                let _ = window.location().set_href(&receipt_url);
            }
            return;
        }
        Some(crate::site::FilingAnswer::Refused { errors }) => {
            errors.into_iter().map(|error| error.message).collect()
        }
        Some(crate::site::FilingAnswer::Failed { message }) => vec![message],
        _ => Vec::new(),
    };
    state.problems.set(if problems.is_empty() {
        vec![ui::SUBMIT_FAILED.get(locale).to_owned()]
    } else {
        problems
    });
}

/// The bottom of the form: what is still missing, the progress, any problem, and the button.
#[component]
pub(super) fn SubmitArea(form: FormState, submit: SubmitState) -> impl IntoView {
    let locale = use_locale();
    let missing = move || match form.parse() {
        Ok(_) => Vec::new(),
        Err(errors) => {
            let mut labels: Vec<&'static str> = Vec::new();
            for error in errors.iter() {
                let label = error.field.label().get(locale.get());
                if !labels.contains(&label) {
                    labels.push(label);
                }
            }
            labels
        }
    };
    view! {
        <div class="submit-area" aria-live="polite">
            {move || {
                let missing = missing();
                if missing.is_empty() {
                    view! { <p class="ready">{tr(ui::FORM_READY)}</p> }.into_any()
                } else {
                    view! {
                        <p class="still-missing">
                            {tr(ui::FORM_STILL_MISSING)} " " {missing.join(", ")}
                        </p>
                    }
                        .into_any()
                }
            }}
            {move || {
                submit
                    .progress
                    .get()
                    .map(|fraction| {
                        view! {
                            <progress max="1" value=fraction.to_string()>
                                {format!("{:.0}%", fraction * 100.0)}
                            </progress>
                        }
                    })
            }}
            <ul class="problems" role="alert">
                {move || {
                    submit
                        .problems
                        .get()
                        .into_iter()
                        .map(|problem| view! { <li>{problem}</li> })
                        .collect_view()
                }}
            </ul>
            <button type="submit" class="button primary" disabled=move || submit.sending.get()>
                {move || {
                    if submit.sending.get() {
                        ui::FORM_SENDING.get(locale.get())
                    } else {
                        ui::FORM_SUBMIT.get(locale.get())
                    }
                }}
            </button>
        </div>
    }
    .into_any()
}
