//! "Already reported?": once a category and a place are chosen, the open public complaints of
//! that category nearby, so a citizen sees the problem is known before filing it again.

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
        use crate::domain::complaint::check_field;
        use crate::domain::field::Field;

        let (category, latitude, longitude, located) = form.input.with(|input| {
            (
                input.category.clone(),
                input.latitude.clone(),
                input.longitude.clone(),
                check_field(Field::Location, input).is_none(),
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
                                            " · ± " {complaint.distance_m} " m"
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
    .into_any()
}
