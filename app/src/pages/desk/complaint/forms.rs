//! One form per action the status machine allows this officer now, and per record beside it.

use super::*;
use crate::components::language::{tr, use_locale};
use crate::domain::complaint::Visibility;
use crate::domain::desk_list::Choice;
use crate::domain::status::{
    ANSWER_MAX_CHARS, ANSWER_MIN_CHARS, ActionKind, REASON_MAX_CHARS, REASON_MIN_CHARS, Status,
};
use crate::domain::timeline::{EntryKind, FieldReport, InternalNote};
use crate::i18n::ui;

/// The form of a record beside the status machine: an agency's internal note or field report
/// with its photos (posted as `multipart/form-data`), the desk's reminder to the agency or raise
/// to its head (with the message they get by e-mail), or the desk's own note.
#[component]
pub(super) fn RecordForm(kind: EntryKind, status: Status, url: String) -> impl IntoView {
    use crate::domain::photo::MAX_PHOTOS;
    use crate::domain::timeline::{
        FINDINGS_MAX_CHARS, FINDINGS_MIN_CHARS, NOTE_MAX_CHARS, NOTE_MIN_CHARS, VISITORS_MAX_CHARS,
        VISITORS_MIN_CHARS,
    };
    let id = |field: &str| format!("{}-{field}", kind.code());
    let fields = if kind == EntryKind::FieldReport {
        view! {
            <label for=id("tanggal")>{tr(FieldReport::DATE_LABEL)}</label>
            <input id=id("tanggal") name="tanggal" type="date" required/>
            <label for=id("petugas")>{tr(FieldReport::VISITORS_LABEL)}</label>
            <input
                id=id("petugas")
                name="petugas"
                required
                minlength=VISITORS_MIN_CHARS.to_string()
                maxlength=VISITORS_MAX_CHARS.to_string()
            />
            <label for=id("temuan")>{tr(FieldReport::FINDINGS_LABEL)}</label>
            <textarea
                id=id("temuan")
                name="temuan"
                rows="4"
                required
                minlength=FINDINGS_MIN_CHARS.to_string()
                maxlength=FINDINGS_MAX_CHARS.to_string()
            ></textarea>
            <label for=id("foto")>
                {move || format!("{} (1–{MAX_PHOTOS})", tr(ui::TRACK_PHOTOS)())}
            </label>
            <input
                id=id("foto")
                name=crate::site::PHOTO_FIELD
                type="file"
                accept="image/jpeg,image/png,image/webp"
                multiple
                required
            />
        }
        .into_any()
    } else {
        let label = match kind {
            EntryKind::DeskNote => ui::DESK_NOTE,
            EntryKind::AgencyReminded | EntryKind::RaisedWithHead => ui::DESK_FOLLOW_UP_MESSAGE,
            _ => InternalNote::LABEL,
        };
        view! {
            <label for=id("catatan")>{tr(label)}</label>
            <textarea
                id=id("catatan")
                name="catatan"
                rows="3"
                required
                minlength=NOTE_MIN_CHARS.to_string()
                maxlength=NOTE_MAX_CHARS.to_string()
            ></textarea>
        }
        .into_any()
    };
    // Records are folded under their names: the step's own actions stay in view.
    view! {
        <details class="record" data-testid=format!("record-{}", kind.code())>
            <summary>{tr(kind.label())}</summary>
            <form
                method="post"
                action=url
                enctype="multipart/form-data"
                class="desk-action"
                data-record=kind.code()
            >
                <input type="hidden" name="jenis" value=kind.code()/>
                <input type="hidden" name="status" value=status.code()/>
                {fields}
                <button class="button" type="submit">
                    {tr(kind.label())}
                </button>
            </form>
        </details>
    }
}

/// One action's form: the fields its kind needs, the status the page showed (so a stale page
/// is refused, not applied) and the button.
#[component]
pub(super) fn ActionForm(
    kind: ActionKind,
    status: Status,
    url: String,
    agencies: Vec<Choice>,
    /// The agency the dispatch form chooses first: the category's default.
    default_agency: Option<String>,
    /// Ready texts for this step (title, text).
    templates: Vec<(String, String)>,
) -> impl IntoView {
    let locale = use_locale();
    let id = |field: &str| format!("{}-{field}", kind.code());
    let text_area = NodeRef::<leptos::html::Textarea>::new();
    let template_choice = (!templates.is_empty()).then(|| {
        let bodies: Vec<String> = templates.iter().map(|(_, body)| body.clone()).collect();
        let choose = move |ev: leptos::ev::Event| {
            let chosen = event_target_value(&ev)
                .parse::<usize>()
                .ok()
                .and_then(|index| bodies.get(index).cloned());
            if let (Some(body), Some(area)) = (chosen, text_area.get()) {
                area.set_value(&body);
            }
        };
        view! {
            <label for=id("templat")>{tr(ui::DESK_TEMPLATE)}</label>
            <select id=id("templat") on:change=choose data-testid="template-choice">
                <option value="">"—"</option>
                {templates
                    .into_iter()
                    .enumerate()
                    .map(|(index, (title, body))| {
                        view! {
                            <option value=index.to_string() title=body>
                                {title}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        }
    });
    let fields = match kind {
        ActionKind::Verify => view! {
            <fieldset>
                <legend>{tr(ui::DESK_CHOOSE_VISIBILITY)}</legend>
                {Visibility::ALL
                    .into_iter()
                    .map(|visibility| {
                        view! {
                            <label>
                                <input type="radio" name="visibility" value=visibility.code() required/>
                                {move || visibility.label().get(locale.get())}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
        .into_any(),
        ActionKind::ReturnToReporter
        | ActionKind::ReturnDispatch
        | ActionKind::SendBack
        | ActionKind::ReturnDraft
        | ActionKind::Recall
        | ActionKind::RequestClarification
        | ActionKind::Clarify => {
            let label = match kind {
                ActionKind::RequestClarification => {
                    crate::domain::status::CLARIFICATION_QUESTION_LABEL
                }
                // The main desk records the answer of a reporter who came by WhatsApp or phone.
                ActionKind::Clarify => ActionKind::Clarify.label(),
                _ => ui::DESK_REASON,
            };
            view! {
                {template_choice}
                <label for=id("reason")>{tr(label)}</label>
                <textarea
                    node_ref=text_area
                    id=id("reason")
                    name="reason"
                    rows="3"
                    required
                    minlength=REASON_MIN_CHARS.to_string()
                    maxlength=REASON_MAX_CHARS.to_string()
                ></textarea>
            }
            .into_any()
        }
        ActionKind::Dispatch => view! {
            <label for=id("agency")>{tr(ui::DESK_AGENCY_CHOICE)}</label>
            <select id=id("agency") name="agency" required>
                <option value="">"—"</option>
                {agencies
                    .into_iter()
                    .map(|agency| {
                        let name = agency.name_id.clone();
                        let chosen = default_agency.as_deref() == Some(agency.code.as_str());
                        view! {
                            <option value=agency.code selected=chosen>
                                {name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for=id("note")>{tr(crate::domain::status::DISPATCH_NOTE_LABEL)}</label>
            <textarea
                id=id("note")
                name="note"
                rows="2"
                maxlength=REASON_MAX_CHARS.to_string()
            ></textarea>
        }
        .into_any(),
        ActionKind::ProposeResolution => view! {
            {template_choice}
            <label for=id("answer")>{tr(ui::DESK_ANSWER)}</label>
            <textarea
                node_ref=text_area
                id=id("answer")
                name="answer"
                rows="5"
                required
                minlength=ANSWER_MIN_CHARS.to_string()
                maxlength=ANSWER_MAX_CHARS.to_string()
            ></textarea>
            <label for=id("foto")>{tr(ui::DESK_ANSWER_PHOTOS)}</label>
            <input
                id=id("foto")
                name=crate::site::PHOTO_FIELD
                type="file"
                accept="image/jpeg,image/png,image/webp"
                multiple
            />
        }
        .into_any(),
        ActionKind::Escalate => view! {
            <label for=id("ticket")>{tr(ui::DESK_TICKET)}</label>
            <input id=id("ticket") name="ticket" required placeholder="#1234567"/>
        }
        .into_any(),
        ActionKind::Withdraw => ().into_any(),
        ActionKind::MarkDuplicate => view! {
            <label for=id("original")>{tr(crate::domain::status::ORIGINAL_LABEL)}</label>
            <input
                id=id("original")
                name="original"
                required
                autocapitalize="characters"
                spellcheck="false"
                placeholder="ADU-XXXX-XXXX"
            />
        }
        .into_any(),
        _ => ().into_any(),
    };
    let form = move |fields: AnyView, button_class: &'static str| {
        view! {
            <form
                method="post"
                action=url.clone()
                enctype="multipart/form-data"
                class="desk-action"
                data-action=kind.code()
            >
                <input type="hidden" name="aksi" value=kind.code()/>
                <input type="hidden" name="status" value=status.code()/>
                {fields}
                <button class=button_class type="submit">
                    {move || kind.label().get(locale.get())}
                </button>
            </form>
        }
    };
    if !kind.is_irreversible() {
        return form(fields, "button primary").into_any();
    }
    // Closing for good: folded away, with the reason the timeline keeps and a tick that says
    // the officer means it (both checked again on the server).
    let guarded = view! {
        {fields}
        <label for=id("reason")>{tr(ui::DESK_IRREVERSIBLE_REASON)}</label>
        <textarea
            id=id("reason")
            name="reason"
            rows="3"
            required
            minlength=REASON_MIN_CHARS.to_string()
            maxlength=REASON_MAX_CHARS.to_string()
        ></textarea>
        <label class="confirm">
            <input type="checkbox" name="confirmed" value="1" required/>
            {tr(ui::DESK_CONFIRM_IRREVERSIBLE)}
        </label>
    }
    .into_any();
    view! {
        <details class="irreversible" data-testid=format!("irreversible-{}", kind.code())>
            <summary>{move || kind.label().get(locale.get())}</summary>
            {form(guarded, "button danger")}
        </details>
    }
    .into_any()
}

/// Giving the complaint to an officer: the ones this officer may choose (their own unit's).
#[component]
pub(super) fn AssignForm(
    url: String,
    status: Status,
    officers: Vec<(i64, String)>,
) -> impl IntoView {
    view! {
        <form method="post" action=url class="desk-action assign" data-record="assign">
            <input type="hidden" name="status" value=status.code()/>
            <label for="assign-officer">{tr(ui::DESK_ASSIGN)}</label>
            <select id="assign-officer" name="petugas" required>
                <option value="">"—"</option>
                {officers
                    .into_iter()
                    .map(|(id, name)| view! { <option value=id.to_string()>{name}</option> })
                    .collect_view()}
            </select>
            <button class="button" type="submit">{tr(ui::DESK_ASSIGN_BUTTON)}</button>
        </form>
    }
}
