//! "Already reported?": once a category and a place are chosen, the open public complaints of
//! that category nearby, so a citizen sees the problem is known before filing it again, and can
//! follow one of them (its updates by e-mail or WhatsApp) instead.

use super::FormState;
use crate::api::complaints::Nearby;
use crate::components::language::{tr, use_locale};
use crate::i18n::ui;
use leptos::prelude::*;

/// The list of nearby complaints; empty (and invisible) until there are some.
#[component]
pub(super) fn NearbyComplaints(form: FormState) -> impl IntoView {
    let locale = use_locale();
    let nearby = RwSignal::new(Vec::<Nearby>::new());

    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        use crate::domain::field::Field;

        let located = form.check(Field::Location).is_none();
        let (category, latitude, longitude) = form.input.with(|input| {
            (
                input.category.clone(),
                input.latitude.clone(),
                input.longitude.clone(),
            )
        });
        if category.is_empty() || !located {
            nearby.set(Vec::new());
            return;
        }
        leptos::task::spawn_local(async move {
            let found = crate::api::complaints::nearby_complaints(category, latitude, longitude)
                .await
                .unwrap_or_default();
            nearby.set(found);
        });
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = form;

    view! {
        <Show when=move || nearby.with(|found| !found.is_empty())>
            <section class="nearby" aria-live="polite">
                <h2>{tr(ui::NEARBY_HEADING)}</h2>
                <p class="hint">{tr(ui::NEARBY_INTRO)}</p>
                <ul>
                    {move || {
                        nearby
                            .get()
                            .into_iter()
                            .map(|complaint| {
                                let status = complaint.status;
                                view! {
                                    <li>
                                        <span class="nearby-title">{complaint.title}</span>
                                        <span class="hint">
                                            {move || status.label().get(locale.get())} " · "
                                            {complaint.filed_on.format("%Y-%m-%d").to_string()}
                                            " · < " {complaint.within_m} " m"
                                        </span>
                                        <FollowBox code=complaint.tracking_code/>
                                    </li>
                                }
                                    .into_any()
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
    .into_any()
}

/// A contact field and a button to follow one nearby complaint. Inside the filing form, so it
/// cannot be a form of its own: the button calls the server function directly (the list only
/// appears once the page runs its WebAssembly anyway).
#[component]
fn FollowBox(code: String) -> impl IntoView {
    use crate::domain::complaint::Contact;

    let locale = use_locale();
    let contact = RwSignal::new(String::new());
    let result: RwSignal<Option<String>> = RwSignal::new(None);
    let input_id = format!("follow-{code}");
    let follow = move |_| {
        let locale = locale.get_untracked();
        let typed = contact.get_untracked();
        if let Err(error) = Contact::parse(&typed) {
            result.set(Some(error.message(locale, Contact::LABEL)));
            return;
        }
        let code = code.clone();
        leptos::task::spawn_local(async move {
            let text = match crate::api::complaints::follow_complaint(code, typed).await {
                Ok(true) => ui::FOLLOW_DONE,
                Ok(false) => ui::FOLLOW_ALREADY,
                Err(_) => ui::FOLLOW_FAILED,
            };
            result.set(Some(text.get(locale).to_owned()));
        });
    };
    view! {
        <div class="follow">
            <label for=input_id.clone()>{tr(ui::FOLLOW_CONTACT)}</label>
            <input
                id=input_id
                type="text"
                inputmode="email"
                autocomplete="email"
                prop:value=move || contact.get()
                on:input=move |ev| contact.set(event_target_value(&ev))
            />
            <button class="button" type="button" on:click=follow>
                {tr(ui::FOLLOW)}
            </button>
            {move || result.get().map(|text| view! { <p class="hint" role="status">{text}</p> })}
        </div>
    }
    .into_any()
}
