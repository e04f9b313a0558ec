//! The photos of what the complaint is about: taken with the camera or picked from files,
//! downsized in the browser before upload, shown as thumbnails, kept with the draft.

use super::FormState;
use super::fields::FieldMessage;
use crate::components::language::{tr, use_locale};
use crate::domain::field::Field;
use crate::i18n::ui;
use leptos::prelude::*;

/// The downsized photos waiting to be sent (browser only) and their thumbnails.
#[derive(Clone, Copy)]
pub(super) struct Photos {
    #[cfg_attr(
        not(feature = "hydrate"),
        expect(dead_code, reason = "photos are handled in the browser only")
    )]
    form: FormState,
    /// The downsized JPEGs, in order. Browser objects, kept on the page's one thread; the
    /// server has none (a thread-bound signal there would be dropped on another worker).
    #[cfg(feature = "hydrate")]
    pub blobs: RwSignal<Vec<web_sys::Blob>, LocalStorage>,
    /// An object URL per photo, for its thumbnail.
    thumbnails: RwSignal<Vec<String>>,
    /// Photos being downsized right now.
    busy: RwSignal<bool>,
    /// What went wrong with the last photo picked, in the reader's language.
    problem: RwSignal<Option<String>>,
}

impl Photos {
    pub fn new(form: FormState) -> Self {
        Self {
            form,
            #[cfg(feature = "hydrate")]
            blobs: RwSignal::new_local(Vec::new()),
            thumbnails: RwSignal::new(Vec::new()),
            busy: RwSignal::new(false),
            problem: RwSignal::new(None),
        }
    }

    /// Replaces every photo (a restored draft).
    #[cfg(feature = "hydrate")]
    pub fn replace(&self, blobs: Vec<web_sys::Blob>) {
        for url in self.thumbnails.get_untracked() {
            crate::browser::photo_resize::revoke(&url);
        }
        let thumbnails = blobs
            .iter()
            .filter_map(crate::browser::photo_resize::object_url)
            .collect();
        self.thumbnails.set(thumbnails);
        self.blobs.set(blobs);
        self.sync();
    }

    /// Adds one downsized photo.
    #[cfg(feature = "hydrate")]
    fn push(&self, blob: web_sys::Blob) {
        if let Some(url) = crate::browser::photo_resize::object_url(&blob) {
            self.thumbnails.update(|thumbnails| thumbnails.push(url));
        }
        self.blobs.update(|blobs| blobs.push(blob));
        self.sync();
    }

    /// Removes the photo at `index`.
    fn remove(&self, index: usize) {
        #[cfg(feature = "hydrate")]
        if let Some(url) = self.thumbnails.get_untracked().get(index) {
            crate::browser::photo_resize::revoke(url);
        }
        self.thumbnails.update(|thumbnails| {
            if index < thumbnails.len() {
                thumbnails.remove(index);
            }
        });
        #[cfg(feature = "hydrate")]
        self.blobs.update(|blobs| {
            if index < blobs.len() {
                blobs.remove(index);
            }
        });
        self.sync();
    }

    /// Tells the form what the photos are, so the shared rules check them, and keeps them in
    /// the draft.
    fn sync(&self) {
        #[cfg(feature = "hydrate")]
        {
            let blobs = self.blobs.get_untracked();
            let metas = blobs
                .iter()
                .enumerate()
                .map(|(index, blob)| crate::browser::photo_resize::photo_meta(blob, index))
                .collect();
            self.form.input.update(|input| input.photos = metas);
            self.form.visit(Field::Photos);
            leptos::task::spawn_local(async move {
                // A phone without storage still sends the photos; only the draft lacks them.
                let _ = crate::browser::draft::save_photos(&blobs).await;
            });
        }
    }
}

/// The photo picker with thumbnails.
#[component]
pub(super) fn PhotoField(
    form: FormState,
    photos: Photos,
    /// Whether a photo is needed: on the citizens' form, not for a complaint the desk enters
    /// from a call, a letter or a visit.
    required: bool,
) -> impl IntoView {
    let locale = use_locale();
    let on_change = move |ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use crate::browser::photo_resize::{MAX_SIDE, QUALITY, downsize_jpeg};
            use crate::domain::photo::MAX_PHOTOS;
            let input: web_sys::HtmlInputElement = event_target(&ev);
            let files: Vec<web_sys::File> = input
                .files()
                .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                .unwrap_or_default();
            // The picked originals are not sent: their downsized copies are.
            input.set_value("");
            photos.problem.set(None);
            photos.busy.set(true);
            leptos::task::spawn_local(async move {
                for file in files {
                    if photos.blobs.with_untracked(Vec::len) >= MAX_PHOTOS {
                        photos.problem.set(Some(
                            ui::FORM_PHOTOS_FULL.get(locale.get_untracked()).into(),
                        ));
                        break;
                    }
                    match downsize_jpeg(&file, MAX_SIDE, QUALITY).await {
                        Ok(blob) => photos.push(blob),
                        Err(error) => photos
                            .problem
                            .set(Some(error.message(locale.get_untracked()))),
                    }
                }
                photos.busy.set(false);
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, form);
    };

    view! {
        <div class="field">
            <label for="photos">
                {move || Field::Photos.label().get(locale.get())}
                {required
                    .then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            <p class="hint" id="photos-hint">
                {if required { tr(ui::FORM_PHOTOS_HINT) } else { tr(ui::FORM_PHOTOS_OPTIONAL_HINT) }}
            </p>
            <ul class="thumbnails">
                {move || {
                    photos
                        .thumbnails
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(index, url)| {
                            view! {
                                <li>
                                    <img src=url alt=""/>
                                    <button
                                        type="button"
                                        class="remove"
                                        aria-label=move || {
                                            format!(
                                                "{} {}",
                                                ui::FORM_PHOTO_REMOVE.get(locale.get()),
                                                index + 1,
                                            )
                                        }
                                        on:click=move |_| photos.remove(index)
                                    >
                                        "×"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <input
                id="photos"
                name="photos"
                type="file"
                accept="image/*"
                capture="environment"
                multiple
                aria-describedby="photos-error photos-hint"
                on:change=on_change
            />
            <Show when=move || photos.busy.get()>
                <p class="hint" role="status">{tr(ui::FORM_PHOTOS_BUSY)}</p>
            </Show>
            <p class="field-error" role="alert">{move || photos.problem.get()}</p>
            <FieldMessage form field=Field::Photos/>
        </div>
    }
    .into_any()
}
