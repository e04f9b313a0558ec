//! The desk's redaction forms: the public version of title and text, and the black-out of a photo's public copy.

use super::*;
use crate::components::language::{tr, use_locale};
use crate::i18n::moment::format_moment;
use crate::i18n::ui;

/// The public version of the title and text: what others see, the reporter's requests to remove
/// personal details, and for the main desk the form that sets it, prefilled with the current
/// public version or else the original with identity numbers, phone numbers and e-mail addresses
/// already masked.
#[component]
pub(super) fn Redaction(
    public_text: Option<(String, String)>,
    requests: Vec<(chrono::DateTime<chrono::FixedOffset>, String)>,
    can_redact: bool,
    original: (String, String),
    url: String,
) -> impl IntoView {
    use crate::domain::complaint::{
        CONTENT_MAX_CHARS, CONTENT_MIN_CHARS, TITLE_MAX_CHARS, TITLE_MIN_CHARS,
    };
    use crate::domain::field::Field;
    use crate::domain::redaction::mask_personal_data;
    let locale = use_locale();
    let shown = public_text.clone().map(|(title, content)| {
        view! {
            <div data-testid="desk-public-version">
                <p>
                    <strong>{title}</strong>
                </p>
                <p class="complaint-text">{content}</p>
            </div>
        }
    });
    let requests = (!requests.is_empty()).then(|| {
        view! {
            <div class="notice" data-testid="redaction-requests">
                <p>{tr(ui::DESK_REDACTION_REQUESTED)}</p>
                <ul>
                    {requests
                        .into_iter()
                        .map(|(at, note)| {
                            view! {
                                <li>
                                    <time datetime=at.to_rfc3339()>{format_moment(&at)}</time>
                                    " " {note}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    });
    let form = can_redact.then(|| {
        let (title, content) = public_text.unwrap_or_else(|| {
            (
                mask_personal_data(&original.0),
                mask_personal_data(&original.1),
            )
        });
        view! {
            <details class="redaction" data-testid="redaction-form">
                <summary>{tr(ui::DESK_REDACTION_EDIT)}</summary>
                <p class="hint">{tr(ui::DESK_REDACTION_HINT)}</p>
                <form method="post" action=url class="desk-action">
                    <label for="public-title">
                        {move || Field::Title.label().get(locale.get())}
                    </label>
                    <input
                        id="public-title"
                        name="title"
                        value=title
                        required
                        minlength=TITLE_MIN_CHARS.to_string()
                        maxlength=TITLE_MAX_CHARS.to_string()
                    />
                    <label for="public-content">
                        {move || Field::Content.label().get(locale.get())}
                    </label>
                    <textarea
                        id="public-content"
                        name="content"
                        rows="6"
                        required
                        minlength=CONTENT_MIN_CHARS.to_string()
                        maxlength=CONTENT_MAX_CHARS.to_string()
                    >
                        {crate::pages::track::textarea_text(content)}
                    </textarea>
                    <button class="button primary" type="submit">
                        {tr(ui::DESK_REDACTION_SAVE)}
                    </button>
                </form>
            </details>
        }
    });
    view! {
        <h2>{tr(ui::TRACK_PUBLIC_VERSION)}</h2>
        {match shown {
            Some(shown) => shown.into_any(),
            None => view! { <p class="hint">{tr(ui::DESK_PUBLIC_AS_FILED)}</p> }.into_any(),
        }}
        {requests}
        {form}
    }
    .into_any()
}

/// For each filed photo, its public copy if the desk made one and the form that blacks out areas
/// of it for the public (the original stays).
#[component]
pub(super) fn PhotoRedaction(
    photos: Vec<(u32, String, Option<String>)>,
    url: String,
) -> impl IntoView {
    use crate::domain::photo::Blackout;
    (!photos.is_empty()).then(|| {
        view! {
            <details class="redaction" data-testid="photo-redaction">
                <summary>{tr(ui::DESK_PHOTO_REDACTION)}</summary>
                {photos
                    .into_iter()
                    .map(|(position, original, copy)| {
                        let id = format!("area-{position}");
                        view! {
                            <form method="post" action=url.clone() class="desk-action">
                                <input type="hidden" name="posisi" value=position.to_string()/>
                                <img src=original alt="" loading="lazy" class="redaction-photo"/>
                                {copy
                                    .map(|copy| {
                                        view! {
                                            <img
                                                src=copy
                                                alt=""
                                                loading="lazy"
                                                class="redaction-photo"
                                                data-testid="public-copy"
                                            />
                                        }
                                    })}
                                <label for=id.clone()>{tr(Blackout::LABEL)}</label>
                                <textarea
                                    id=id
                                    name="area"
                                    rows="3"
                                    required
                                    placeholder="10,20,30,15"
                                ></textarea>
                                <button class="button" type="submit">
                                    {tr(ui::DESK_PHOTO_BLACK_OUT)}
                                </button>
                            </form>
                        }
                    })
                    .collect_view()}
            </details>
        }
    })
}
