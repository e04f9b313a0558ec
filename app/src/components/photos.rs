//! A row of a complaint's photos (the filed ones, or those added with one timeline entry) as
//! thumbnails, each opening a viewer over the page: the photo as large as the screen allows,
//! the previous and next ones, the full-size file and a way back.
//!
//! The viewer is links and CSS (`:target`) only, so it works before the page's WebAssembly
//! has loaded and on a phone that never loads it; the large photo is only fetched once opened.
//! Its links say `target="_self"` so that the router of a hydrated page leaves them to the
//! browser: a fragment the router pushed itself would not become the `:target`.

use crate::components::language::tr;
use crate::i18n::ui;
use leptos::prelude::*;

/// The photos at `photos` (addresses), each numbered in its alternative text; nothing when empty.
/// `name` is unique on the page: the strip's id, and the prefix of its viewers' ids.
#[component]
pub fn PhotoStrip(
    /// The photos' addresses, in order.
    photos: Vec<String>,
    /// The strip's id on the page (`foto`, `foto-1733…`).
    #[prop(into)]
    name: String,
) -> impl IntoView {
    if photos.is_empty() {
        return None;
    }
    let count = photos.len();
    let alt = move |index: usize| format!("{} {} / {count}", tr(ui::TRACK_PHOTOS)(), index + 1);
    let viewer_id = {
        let name = name.clone();
        move |index: usize| format!("{name}-{}", index + 1)
    };
    let thumbnails = photos
        .iter()
        .enumerate()
        .map(|(index, src)| {
            view! {
                <a href=format!("#{}", viewer_id(index)) target="_self" data-testid="photo-thumbnail">
                    <img src=src.clone() alt=move || alt(index) loading="lazy"/>
                </a>
            }
        })
        .collect_view();
    let viewers = photos
        .into_iter()
        .enumerate()
        .map(|(index, src)| {
            let previous = (index > 0).then(|| {
                view! {
                    <a class="button small" href=format!("#{}", viewer_id(index - 1)) target="_self">
                        {tr(ui::PHOTO_PREVIOUS)}
                    </a>
                }
            });
            let next = (index + 1 < count).then(|| {
                view! {
                    <a class="button small" href=format!("#{}", viewer_id(index + 1)) target="_self">
                        {tr(ui::PHOTO_NEXT)}
                    </a>
                }
            });
            view! {
                <div
                    class="photo-viewer"
                    id=viewer_id(index)
                    role="dialog"
                    aria-label=move || alt(index)
                    data-testid="photo-viewer"
                >
                    <img src=src.clone() alt=move || alt(index) loading="lazy"/>
                    <div class="viewer-bar">
                        {previous}
                        <span>{format!("{} / {count}", index + 1)}</span>
                        {next}
                        <a class="button small" href=src target="_blank" rel="noopener">
                            {tr(ui::PHOTO_FULL_SIZE)}
                        </a>
                        <a class="button small primary" href=format!("#{name}") target="_self">
                            {tr(ui::PHOTO_CLOSE)}
                        </a>
                    </div>
                </div>
            }
        })
        .collect_view();
    Some(
        view! {
            <div class="photo-strip" id=name.clone()>
                {thumbnails}
            </div>
            {viewers}
        }
        .into_any(),
    )
}
