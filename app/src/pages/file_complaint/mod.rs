//! `/lapor`: the citizen's filing form.
//!
//! Every field is checked by the shared rules in [`crate::domain::complaint`] as the citizen
//! types, in the browser (WebAssembly), with the same words the server gives when it checks again.
//!
//! With the WebAssembly loaded the form also: keeps a draft on the phone as it is typed
//! ([`crate::browser::draft`]: text in `localStorage`, photos in IndexedDB), downsizes photos
//! before upload, fills the location from the phone, and sends the form itself with a progress
//! bar and a submission key, so a dropped connection loses nothing and a retry files once.
//! Without it, the same form posts natively to `POST /lapor` (progressive enhancement).

mod fields;
mod location;
mod nearby;
mod photos;
mod submit;

use crate::api::complaints::{filing_choices, required_fields_now};
use crate::components::language::{tr, use_locale};
use crate::domain::complaint::{Channel, ComplaintInput, ExtraField, NewComplaint, RequiredFields};
use crate::domain::desk_list::Choice;
use crate::domain::field::{Field, FieldError, FieldErrors};
use crate::i18n::Locale;
use crate::i18n::ui;
use fields::{ChoiceField, ConsentField, Kind, TextField, VisibilityField};
use leptos::prelude::*;
use leptos_meta::Title;
use location::LocationField;
use nearby::NearbyComplaints;
use photos::{PhotoField, Photos};
use std::collections::BTreeSet;
#[cfg(feature = "ssr")]
pub use submit::{ChosenSubmissionKey, new_submission_key};
use submit::{SubmitArea, SubmitState};

/// The form's state: what was typed, which fields the citizen has already visited, and the
/// fields the region's SOP asks for beyond the portal's own.
#[derive(Clone, Copy)]
pub(crate) struct FormState {
    /// The raw form, as typed.
    pub input: RwSignal<ComplaintInput>,
    visited: RwSignal<BTreeSet<&'static str>>,
    /// The fields the SOP in force requires ([`RequiredFields`]).
    pub required: RwSignal<RequiredFields>,
}

impl FormState {
    fn new(required: RequiredFields) -> Self {
        Self {
            input: RwSignal::new(ComplaintInput::default()),
            visited: RwSignal::new(BTreeSet::new()),
            required: RwSignal::new(required),
        }
    }

    /// What was typed into a one-text field, as a reactive read.
    pub fn text(&self, field: Field) -> String {
        self.input
            .with(|input| input.text(field).unwrap_or_default().to_owned())
    }

    /// Writes what was typed into a one-text field.
    pub fn set_text(&self, field: Field, typed: String) {
        self.input.update(|input| {
            if let Some(text) = input.text_mut(field) {
                *text = typed;
            }
        });
    }

    /// Marks a field as visited: from now on its error shows.
    pub fn visit(&self, field: Field) {
        self.visited.update(|visited| {
            visited.insert(field.name());
        });
    }

    /// Marks every field as visited (on a submit attempt).
    pub fn visit_all(&self) {
        for field in Field::ALL {
            self.visit(field);
        }
    }

    /// The field's error, once the citizen has been there (so an empty form is not all red).
    pub fn error(&self, field: Field) -> Option<FieldError> {
        if !self.visited.with(|visited| visited.contains(field.name())) {
            return None;
        }
        self.check(field)
    }

    /// The field's error by the shared rules, visited or not.
    pub fn check(&self, field: Field) -> Option<FieldError> {
        self.input.with(|input| {
            self.required
                .with(|required| crate::domain::complaint::check_field(field, input, required))
        })
    }

    /// The whole form by the shared rules.
    pub fn parse(&self) -> Result<NewComplaint, FieldErrors> {
        self.input.with(|input| {
            self.required
                .with(|required| NewComplaint::parse(input, required))
        })
    }

    /// Whether the whole form passes the shared rules.
    pub fn is_valid(&self) -> bool {
        self.parse().is_ok()
    }
}

/// The citizen's filing form page: server HTML around one island, the form.
#[component]
pub fn FileComplaintPage() -> impl IntoView {
    view! {
        <Title text=tr(ui::FORM_HEADING)/>
        <FilingIsland/>
    }
}

/// The citizen's form as an island: the only part of `/lapor` that hydrates (the citizens' bundle
/// holds the islands and nothing of the pages around them). An island sees no context of the page
/// around it in the browser, so it decides the reader's language itself.
#[island]
fn FilingIsland() -> impl IntoView {
    crate::components::language::provide_locale();
    view! { <FilingForm on_behalf=false/> }
}

/// The filing form, for a citizen or entered by the main desk on a citizen's behalf.
#[component]
pub fn FilingForm(
    /// Whether the main desk enters the complaint for a citizen who came by another channel
    /// (WhatsApp, SMS, phone, e-mail, social media, in person): the form then asks for the
    /// channel, and keeps no draft in this shared browser.
    #[prop(optional)]
    on_behalf: bool,
) -> impl IntoView {
    // Known at once where the server rendered the page; else the lists bring them.
    let rendered_with = required_fields_now();
    let form = FormState::new(rendered_with.clone().unwrap_or_default());
    let photos = Photos::new(form);
    let submit = SubmitState::new(form, photos);
    let locale = use_locale();
    let choices = Resource::new(|| (), |()| filing_choices());
    if rendered_with.is_none() {
        Effect::new(move |_| {
            if let Some(Ok(lists)) = choices.get() {
                form.required.set(lists.required);
            }
        });
    }
    // A field the SOP requires, where this form asks for it.
    let extra = move |field: ExtraField, hint: crate::i18n::Text| {
        move || {
            form.required
                .with(|required| required.shown(field, on_behalf))
                .then(|| view! { <TextField form field=field.field() kind=Kind::Text required=true hint/> })
        }
    };

    #[cfg(feature = "hydrate")]
    if !on_behalf {
        submit::restore_draft_and_keep_it(form, photos, submit);
    }
    let (heading, intro) = if on_behalf {
        (ui::INTAKE_HEADING, ui::INTAKE_INTRO)
    } else {
        (ui::FORM_HEADING, ui::FORM_INTRO)
    };
    let channel = on_behalf.then(|| {
        let channels = Channel::ALL
            .into_iter()
            .filter(|channel| *channel != Channel::Web)
            .map(|channel| Choice {
                code: channel.code().to_owned(),
                name_id: channel.label().get(Locale::Id).to_owned(),
                name_en: channel.label().get(Locale::En).to_owned(),
            })
            .collect::<Vec<_>>();
        view! {
            <ChoiceField form field=Field::Channel choices=channels required=true/>
            <div class="field">
                <label for="diterima">
                    {tr(crate::domain::complaint::RECEIVED_LABEL)}
                </label>
                <input
                    id="diterima"
                    name=crate::site::RECEIVED_FIELD
                    type="datetime-local"
                    on:input=move |ev| submit.received.set(event_target_value(&ev))
                />
                <p class="hint">{tr(ui::INTAKE_RECEIVED_HINT)}</p>
            </div>
        }
    });

    view! {
        <h1>{tr(heading)}</h1>
        <p class="lead">{tr(intro)}</p>
        <Show when=move || submit.restored.get()>
            <p class="notice" role="status">{tr(ui::FORM_DRAFT_RESTORED)}</p>
        </Show>
        <form
            class="complaint-form"
            method="post"
            action="/lapor"
            enctype="multipart/form-data"
            novalidate
            on:submit=move |ev| submit.on_submit(ev, locale)
        >
            <input
                type="hidden"
                name=crate::browser_logic::SUBMISSION_KEY_FIELD
                value=submit::server_submission_key()
            />
            <fieldset>
                <legend>{tr(ui::FORM_SECTION_REPORTER)}</legend>
                {channel}
                <TextField form field=Field::ReporterName kind=Kind::Text required=true/>
                <TextField
                    form
                    field=Field::Nik
                    kind=Kind::Numeric
                    required=true
                    hint=ui::FORM_NIK_HINT
                />
                <TextField form field=Field::Phone kind=Kind::Tel required=false/>
                <TextField form field=Field::Email kind=Kind::Email required=false/>
                {extra(ExtraField::ReporterAddress, ui::FORM_REPORTER_ADDRESS_HINT)}
                {extra(ExtraField::SocialMediaAccount, ui::FORM_SOCIAL_MEDIA_ACCOUNT_HINT)}
            </fieldset>
            <fieldset>
                <legend>{tr(ui::FORM_SECTION_COMPLAINT)}</legend>
                <TextField form field=Field::Title kind=Kind::Text required=true/>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        // Without the lists the form still works: both fields are optional.
                        let choices = choices.await.unwrap_or_default();
                        view! {
                            <ChoiceField
                                form
                                field=Field::Category
                                choices=choices.categories
                                required=false
                            />
                            <ChoiceField
                                form
                                field=Field::Agency
                                choices=choices.agencies
                                required=false
                            />
                        }
                    })}
                </Suspense>
                {extra(ExtraField::Topic, ui::FORM_TOPIC_HINT)}
                <TextField form field=Field::Content kind=Kind::Multiline required=true/>
                <PhotoField form photos required=!on_behalf/>
            </fieldset>
            <fieldset>
                <legend>{tr(ui::FORM_SECTION_LOCATION)}</legend>
                <LocationField form on_behalf village=submit.village/>
                <NearbyComplaints form/>
                <TextField form field=Field::Address kind=Kind::Multiline required=true/>
            </fieldset>
            <fieldset>
                <legend>{tr(ui::FORM_SECTION_PRIVACY)}</legend>
                <VisibilityField form/>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let notice = choices.await.ok().and_then(|lists| lists.privacy);
                        view! { <ConsentField form notice on_behalf/> }
                    })}
                </Suspense>
            </fieldset>
            <SubmitArea form submit/>
        </form>
    }
    // Erased: the form's full type is too deep for the compiler once wrapped in an island.
    .into_any()
}
