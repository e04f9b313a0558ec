//! Where the complaint is about: coordinates from the phone (or typed), checked against the
//! shared bounds of Indonesia.

use super::FormState;
use super::fields::FieldMessage;
use crate::components::language::{tr, use_locale};
use crate::domain::field::Field;
use crate::i18n::ui;
use leptos::prelude::*;

/// Latitude and longitude, with a button that asks the phone where it is; or, on the desk's
/// intake (`on_behalf`), a district whose centroid fills them (the officer's own position is not
/// where the caller's problem is).
#[component]
pub(super) fn LocationField(
    form: FormState,
    on_behalf: bool,
    /// The desk's intake: the village chosen.
    village: RwSignal<String>,
) -> impl IntoView {
    let locale = use_locale();
    let locating = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);

    let locate = move |_| {
        #[cfg(feature = "hydrate")]
        {
            locating.set(true);
            problem.set(None);
            leptos::task::spawn_local(async move {
                match crate::browser::geolocation::current_position().await {
                    Ok((latitude, longitude)) => {
                        form.input.update(|input| {
                            input.latitude = format!("{latitude:.6}");
                            input.longitude = format!("{longitude:.6}");
                        });
                        form.visit(Field::Location);
                    }
                    Err(error) => problem.set(Some(error.message(locale.get_untracked()))),
                }
                locating.set(false);
            });
        }
    };

    let coordinate = move |latitude: bool| {
        let value = move || {
            form.input.with(|input| {
                if latitude {
                    input.latitude.clone()
                } else {
                    input.longitude.clone()
                }
            })
        };
        let on_input = move |ev: leptos::ev::Event| {
            let typed = event_target_value(&ev);
            form.input.update(|input| {
                if latitude {
                    input.latitude = typed;
                } else {
                    input.longitude = typed;
                }
            });
        };
        let (id, label) = if latitude {
            ("latitude", ui::FORM_LATITUDE)
        } else {
            ("longitude", ui::FORM_LONGITUDE)
        };
        view! {
            <div class="coordinate">
                <label for=id>{tr(label)}</label>
                <input
                    id=id
                    name=id
                    type="text"
                    inputmode="decimal"
                    aria-describedby="location-error"
                    aria-invalid=move || form.error(Field::Location).is_some().to_string()
                    prop:value=value
                    on:input=on_input
                    on:blur=move |_| form.visit(Field::Location)
                />
            </div>
        }
    };

    let finder = if on_behalf {
        view! { <DistrictChoiceField form village/> }.into_any()
    } else {
        view! {
            <button
                type="button"
                class="button secondary"
                on:click=locate
                disabled=move || locating.get()
            >
                {move || {
                    if locating.get() {
                        ui::FORM_LOCATING.get(locale.get())
                    } else {
                        ui::FORM_USE_MY_LOCATION.get(locale.get())
                    }
                }}
            </button>
        }
        .into_any()
    };
    view! {
        <div class="field">
            {finder}
            <p class="field-error" role="alert">
                {move || problem.get()}
            </p>
            <div class="coordinates">{coordinate(true)} {coordinate(false)}</div>
            <FieldMessage form field=Field::Location/>
        </div>
    }
    .into_any()
}

/// The desk's intake: the district of a complaint that came without coordinates; choosing one
/// fills the coordinates with its centroid (and, without WebAssembly, the server does).
#[component]
fn DistrictChoiceField(form: FormState, village: RwSignal<String>) -> impl IntoView {
    let districts = Resource::new(|| (), |()| crate::api::desk::desk_districts());
    // The district chosen: the village list shows its villages only (all, before hydration).
    let chosen = RwSignal::new(String::new());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let districts = districts.await.unwrap_or_default();
                let known = districts.clone();
                let all = districts.clone();
                let choose = move |ev: leptos::ev::Event| {
                    let code = event_target_value(&ev);
                    chosen.set(code.clone());
                    village.set(String::new());
                    if let Some(district) = known.iter().find(|district| district.code == code) {
                        form.input.update(|input| {
                            input.latitude = format!("{:.6}", district.latitude);
                            input.longitude = format!("{:.6}", district.longitude);
                        });
                        form.visit(Field::Location);
                    }
                };
                view! {
                    <label for="kecamatan">{tr(ui::INTAKE_DISTRICT)}</label>
                    <select
                        id="kecamatan"
                        name=crate::site::DISTRICT_FIELD
                        on:change=choose
                        data-testid="intake-district"
                    >
                        <option value="">"—"</option>
                        {districts
                            .into_iter()
                            .map(|district| view! { <option value=district.code>{district.name}</option> })
                            .collect_view()}
                    </select>
                    <p class="hint">{tr(ui::INTAKE_DISTRICT_HINT)}</p>
                    <label for="desa">{tr(ui::INTAKE_VILLAGE)}</label>
                    <select
                        id="desa"
                        name=crate::site::VILLAGE_FIELD
                        on:change=move |ev| village.set(event_target_value(&ev))
                        prop:value=move || village.get()
                        data-testid="intake-village"
                    >
                        <option value="">"—"</option>
                        {move || {
                            let chosen = chosen.get();
                            all.iter()
                                .filter(|district| chosen.is_empty() || district.code == chosen)
                                .filter(|district| !district.villages.is_empty())
                                .map(|district| {
                                    view! {
                                        <optgroup label=district.name.clone()>
                                            {district
                                                .villages
                                                .iter()
                                                .map(|(code, name)| {
                                                    view! { <option value=code.clone()>{name.clone()}</option> }
                                                })
                                                .collect_view()}
                                        </optgroup>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                }
            })}
        </Suspense>
    }
}
