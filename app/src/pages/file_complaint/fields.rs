//! Text fields, their error lines and the visibility choice.

use super::FormState;
use crate::components::language::{tr, use_locale};
use crate::domain::complaint::Visibility;
use crate::domain::field::Field;
use crate::i18n::{Text, ui};
use leptos::prelude::*;

/// How a text field is entered.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// One line of text.
    Text,
    /// Digits (a numeric keypad on phones).
    Numeric,
    /// A phone number.
    Tel,
    /// An email address.
    Email,
    /// Several lines.
    Multiline,
}

/// The error line under a field, with an id the input points at for screen readers.
#[component]
pub(super) fn FieldMessage(form: FormState, field: Field) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="field-error" id=format!("{}-error", field.name()) role="alert">
            {move || form.error(field).map(|error| error.message(locale.get()))}
        </p>
    }
}

/// The label of a field, with its required mark or optional note.
#[component]
pub(super) fn FieldLabel(field: Field, required: bool) -> impl IntoView {
    let locale = use_locale();
    view! {
        <label for=field.name()>
            {move || field.label().get(locale.get())}
            {if required {
                view! { <span class="required" aria-hidden="true">" *"</span> }.into_any()
            } else {
                view! { " " <span class="optional">{tr(ui::OPTIONAL)}</span> }.into_any()
            }}
        </label>
    }
}

/// A labelled text input (or text area) bound to one field of the raw form.
#[component]
pub(super) fn TextField(
    form: FormState,
    field: Field,
    kind: Kind,
    required: bool,
    #[prop(optional)] hint: Option<Text>,
) -> impl IntoView {
    let name = field.name();
    let value = move || form.text(field);
    let on_input = move |ev: leptos::ev::Event| form.set_text(field, event_target_value(&ev));
    let on_leave = move |_| form.visit(field);
    let invalid = move || form.error(field).is_some().to_string();
    let described_by = format!("{name}-error {name}-hint");
    let (input_type, input_mode) = match kind {
        Kind::Text | Kind::Multiline => ("text", None),
        Kind::Numeric => ("text", Some("numeric")),
        Kind::Tel => ("tel", Some("tel")),
        Kind::Email => ("email", Some("email")),
    };

    view! {
        <div class="field">
            <FieldLabel field required/>
            {hint
                .map(|hint| {
                    view! {
                        <p class="hint" id=format!("{name}-hint")>
                            {tr(hint)}
                        </p>
                    }
                })}
            {if kind == Kind::Multiline {
                view! {
                    <textarea
                        id=name
                        name=name
                        rows="5"
                        required=required
                        aria-invalid=invalid
                        aria-describedby=described_by.clone()
                        prop:value=value
                        on:input=on_input
                        on:blur=on_leave
                    ></textarea>
                }
                    .into_any()
            } else {
                view! {
                    <input
                        id=name
                        name=name
                        type=input_type
                        inputmode=input_mode
                        required=required
                        aria-invalid=invalid
                        aria-describedby=described_by.clone()
                        prop:value=value
                        on:input=on_input
                        on:blur=on_leave
                    />
                }
                    .into_any()
            }}
            <FieldMessage form field/>
        </div>
    }
    .into_any()
}

/// Who may see the complaint: public, anonymous or confidential, each explained.
#[component]
pub(super) fn VisibilityField(form: FormState) -> impl IntoView {
    let locale = use_locale();
    let options = Visibility::ALL.map(|visibility| {
        let id = format!("visibility-{}", visibility.code());
        let checked = move || {
            form.input.with(|input| {
                Visibility::parse(&input.visibility).unwrap_or_default() == visibility
            })
        };
        let choose = move |_| {
            form.input
                .update(|input| input.visibility = visibility.code().to_owned());
        };
        let explanation = match visibility {
            Visibility::Public => ui::VISIBILITY_PUBLIC_HINT,
            Visibility::Anonymous => ui::VISIBILITY_ANONYMOUS_HINT,
            Visibility::Confidential => ui::VISIBILITY_CONFIDENTIAL_HINT,
        };
        view! {
            <div class="choice">
                <input
                    type="radio"
                    id=id.clone()
                    name="visibility"
                    value=visibility.code()
                    checked=checked
                    prop:checked=checked
                    on:change=choose
                />
                <label for=id>
                    <span class="choice-name">{move || visibility.label().get(locale.get())}</span>
                    <span class="hint">{tr(explanation)}</span>
                </label>
            </div>
        }
    });
    view! {
        <div class="field" role="radiogroup" aria-labelledby="visibility-label">
            <span class="label" id="visibility-label">
                {move || Field::Visibility.label().get(locale.get())}
            </span>
            {options.into_iter().collect_view()}
            <FieldMessage form field=Field::Visibility/>
        </div>
    }
    .into_any()
}

/// A choice from one of the desk's lists (category, agency), bound to one field of the raw form.
#[component]
pub(super) fn ChoiceField(
    form: FormState,
    field: Field,
    choices: Vec<crate::domain::desk_list::Choice>,
    required: bool,
) -> impl IntoView {
    let locale = use_locale();
    let name = field.name();
    let value = move || form.text(field);
    let on_change = move |ev: leptos::ev::Event| {
        form.set_text(field, event_target_value(&ev));
        form.visit(field);
    };
    let options = choices
        .into_iter()
        .map(|choice| {
            let code = choice.code.clone();
            let option_value = choice.code.clone();
            let selected = move || value() == code;
            view! {
                <option value=option_value selected=selected>
                    {move || choice.name(locale.get()).to_owned()}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <FieldLabel field required/>
            <select
                id=name
                name=name
                aria-describedby=format!("{name}-error")
                prop:value=value
                on:change=on_change
            >
                <option value="">{tr(ui::FORM_CHOOSE)}</option>
                {options}
            </select>
            <FieldMessage form field/>
        </div>
    }
    .into_any()
}

/// The privacy notice in force and the box that accepts it. Ticking it writes the notice's
/// version into the raw form, and a native post sends the version as the box's value, so the
/// server records what the reporter read. The desk's intake asks the officer to confirm the
/// reporter was told it.
#[component]
pub(super) fn ConsentField(
    form: FormState,
    notice: Option<crate::domain::privacy::PrivacyNotice>,
    on_behalf: bool,
) -> impl IntoView {
    use crate::components::privacy::PrivacyNoticeFacts;
    let field = Field::PrivacyNotice;
    // Without the notice (the desk's lists could not be read) nothing can be accepted, and the
    // server refuses the filing with this field's error.
    let Some(notice) = notice else {
        return view! {
            <div class="field consent">
                <p class="hint">{tr(ui::DESK_UNAVAILABLE)}</p>
                <FieldMessage form field/>
            </div>
        }
        .into_any();
    };
    let name = field.name();
    let version = notice.version.number().to_string();
    let checked = {
        let version = version.clone();
        move || form.text(field) == version
    };
    let toggle = {
        let version = version.clone();
        move |ev: leptos::ev::Event| {
            let ticked = event_target_checked(&ev);
            form.set_text(
                field,
                if ticked {
                    version.clone()
                } else {
                    String::new()
                },
            );
            form.visit(field);
        }
    };
    let invalid = move || form.error(field).is_some().to_string();
    let label = if on_behalf {
        ui::FORM_PRIVACY_TOLD
    } else {
        ui::FORM_PRIVACY_ACCEPT
    };
    let heading = format!("{name}-heading");
    let labelled_by = heading.clone();
    view! {
        <div class="field consent" role="group" aria-labelledby=labelled_by>
            <span class="label" id=heading>
                {tr(ui::FORM_PRIVACY_HEADING)}
                {format!(" (v. {version})")}
            </span>
            <PrivacyNoticeFacts notice/>
            <p class="hint">
                <a href=crate::site::PRIVACY_PATH>{tr(ui::FORM_PRIVACY_PAGE)}</a>
            </p>
            <div class="choice">
                <input
                    type="checkbox"
                    id=name
                    name=name
                    value=version
                    required=true
                    aria-invalid=invalid
                    aria-describedby=format!("{name}-error")
                    checked=checked.clone()
                    prop:checked=checked
                    on:change=toggle
                />
                <label for=name>
                    {tr(label)}
                    <span class="required" aria-hidden="true">" *"</span>
                </label>
            </div>
            <FieldMessage form field/>
        </div>
    }
    .into_any()
}
