//! A row of a complaint's photos: the filed ones, or those added with one timeline entry.

use crate::components::language::tr;
use crate::i18n::ui;
use leptos::prelude::*;

/// The photos at `photos` (addresses), each numbered in its alternative text; nothing when empty.
#[component]
pub fn PhotoStrip(
    /// The photos' addresses, in order.
    photos: Vec<String>,
) -> impl IntoView {
    (!photos.is_empty()).then(|| {
        view! {
            <div class="photo-strip">
                {photos
                    .into_iter()
                    .enumerate()
                    .map(|(index, src)| {
                        let href = src.clone();
                        view! {
                            <a href=href target="_blank" rel="noopener">
                                <img
                                    src=src
                                    alt=move || format!("{} {}", tr(ui::TRACK_PHOTOS)(), index + 1)
                                    loading="lazy"
                                />
                            </a>
                        }
                    })
                    .collect_view()}
            </div>
        }
    })
}
