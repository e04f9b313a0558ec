//! `/petugas/aduan/:code`: one complaint on the desk, its timeline and one form per action the
//! status machine allows this officer now.

use super::{OfficerBar, SignInFirst};
use crate::api::ApiError;
use crate::api::desk::{ComplaintOnDesk, DeskTimelineItem, desk_complaint};
use crate::components::language::{tr, use_locale};
use crate::components::photos::PhotoStrip;
use crate::domain::complaint::Visibility;
use crate::domain::desk_list::Choice;
use crate::domain::status::{
    ANSWER_MAX_CHARS, ANSWER_MIN_CHARS, ActionKind, REASON_MAX_CHARS, REASON_MIN_CHARS, Status,
};
use crate::domain::timeline::{EntryKind, FieldReport, InternalNote};
use crate::i18n::moment::format_moment;
use crate::i18n::ui;
use crate::site::desk_problem as problem;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The complaint page.
#[component]
pub fn DeskComplaintPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let complaint = Resource::new(
        move || params.read().get("code").unwrap_or_default(),
        desk_complaint,
    );
    let notice = move || {
        let query = query.read();
        if query.get("galat").as_deref() == Some(problem::STALE) {
            Some(ui::DESK_STALE)
        } else {
            query.get("selesai").map(|_| ui::DESK_DONE)
        }
    };
    view! {
        <Title text=tr(ui::DESK_QUEUE_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match complaint.await {
                    Ok(complaint) => {
                        view! {
                            {notice()
                                .map(|text| {
                                    view! {
                                        <p class="notice" role="status" data-testid="desk-notice">
                                            {tr(text)}
                                        </p>
                                    }
                                })}
                            <ComplaintView complaint/>
                        }
                            .into_any()
                    }
                    Err(ApiError::Forbidden) => view! { <SignInFirst/> }.into_any(),
                    Err(ApiError::NotFound) => view! { <p>{tr(ui::DESK_NOT_FOUND)}</p> }.into_any(),
                    Err(_) => view! { <p>{tr(ui::DESK_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ComplaintView(complaint: ComplaintOnDesk) -> impl IntoView {
    let locale = use_locale();
    let ComplaintOnDesk {
        officer,
        tracking_code,
        title,
        content,
        address,
        latitude,
        longitude,
        status,
        visibility,
        channel,
        category: _,
        agency,
        reporter,
        filed_at,
        standards,
        deadline,
        reopen_count,
        oversight,
        pin_locked_at,
        timeline,
        photos,
        public_text,
        photo_copies,
        redaction_requests,
        can_redact,
        duplicate_of,
        duplicates,
        actions,
        records,
        templates,
        agencies,
    } = complaint;
    let visibility_label = Visibility::ALL
        .into_iter()
        .find(|candidate| candidate.code() == visibility)
        .map(Visibility::label);
    let standard_text = move || {
        standards
            .iter()
            .map(|standard| standard.describe(locale.get()))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let action_url = format!("/petugas/aduan/{tracking_code}/tindakan");
    let record_url = format!("/petugas/aduan/{tracking_code}/catatan");
    let redaction = view! {
        <Redaction
            public_text
            requests=redaction_requests
            can_redact
            original=(title.clone(), content.clone())
            url=format!("/petugas/aduan/{tracking_code}/sensor")
        />
        {can_redact
            .then(|| {
                view! {
                    <PhotoRedaction
                        photos=photo_copies
                        url=format!("/petugas/aduan/{tracking_code}/sensor-foto")
                    />
                }
            })}
    }
    .into_any();
    let timeline_view = view! {
        <ol class="timeline" data-testid="desk-timeline">
            {timeline.into_iter().map(|item| view! { <DeskTimelineRow item/> }).collect_view()}
        </ol>
    }
    .into_any();
    let no_actions = actions.is_empty();
    let actions_view = view! {
        <div class="desk-actions">
            {actions
                .into_iter()
                .map(|kind| {
                    view! {
                        <ActionForm
                            kind
                            status
                            url=action_url.clone()
                            agencies=agencies.clone()
                            templates=templates
                                .iter()
                                .filter(|template| template.action == kind)
                                .map(|template| (template.title.clone(), template.body.clone()))
                                .collect()
                        />
                    }
                })
                .collect_view()}
            {records
                .into_iter()
                .map(|kind| view! { <RecordForm kind status url=record_url.clone()/> })
                .collect_view()}
        </div>
    }
    .into_any();
    let code_for_nik = tracking_code.clone();
    let main_desk = officer.role == crate::domain::officer::OfficerRole::MainDesk;
    view! {
        <OfficerBar officer/>
        <p><a href="/petugas">{tr(ui::DESK_QUEUE_HEADING)}</a></p>
        <section class="tracking">
            {pin_locked_at
                .map(|at| {
                    view! {
                        <p class="notice" data-testid="desk-pin-locked">
                            {tr(ui::DESK_PIN_LOCKED)} " " {format_moment(&at)}
                        </p>
                    }
                })}
            {oversight
                .map(|office| {
                    view! {
                        <p class="notice" data-testid="desk-oversight">
                            {tr(ui::DESK_UNDER_OVERSIGHT)} " " {office}
                        </p>
                    }
                })}
            <h1>{title}</h1>
            <p class="tracking-code">{tracking_code}</p>
            <Duplicates duplicate_of duplicates/>
            <dl class="facts">
                <dt>{tr(ui::TRACK_STATUS)}</dt>
                <dd data-testid="desk-status">{move || status.label().get(locale.get())}</dd>
                <dt>{tr(ui::TRACK_FILED_AT)}</dt>
                <dd>{format_moment(&filed_at)}</dd>
                <dt>{tr(ui::TRACK_AGENCY)}</dt>
                <dd data-testid="desk-agency">
                    {match agency {
                        Some(name) => name.into_any(),
                        None => tr(ui::TRACK_AGENCY_PENDING).into_any(),
                    }}
                </dd>
                <dt>{tr(ui::TRACK_STANDARD)}</dt>
                <dd>{standard_text}</dd>
                {deadline
                    .map(|deadline| {
                        view! {
                            <dt>{tr(ui::TRACK_DEADLINE)}</dt>
                            <dd>{format_moment(&deadline)}</dd>
                        }
                    })}
                <dt>{tr(ui::DESK_VISIBILITY)}</dt>
                <dd>{move || visibility_label.map(|label| label.get(locale.get()))}</dd>
                <dt>{tr(ui::DESK_CHANNEL)}</dt>
                <dd>{channel}</dd>
                {(reopen_count > 0)
                    .then(|| {
                        view! {
                            <dt>{tr(ui::TRACK_REOPENED)}</dt>
                            <dd>{format!("{reopen_count}×")}</dd>
                        }
                    })}
            </dl>
            <h2>{tr(ui::DESK_ACTIONS)}</h2>
            {no_actions.then(|| view! { <p>{tr(ui::DESK_NO_ACTIONS)}</p> })}
            {actions_view}
            <h2>{tr(ui::DESK_REPORTER)}</h2>
            {match reporter {
                Some(reporter) => {
                    view! {
                        <dl class="facts" data-testid="reporter">
                            <dt>{tr(ui::DESK_REPORTER)}</dt>
                            <dd>{reporter.name}</dd>
                            <dt>{tr(ui::DESK_NIK)}</dt>
                            <dd>
                                <NikField
                                    masked=reporter.nik_masked
                                    code=code_for_nik.clone()
                                    may_reveal=main_desk
                                />
                            </dd>
                            {reporter
                                .phone
                                .map(|phone| {
                                    view! {
                                        <dt>{tr(ui::DESK_PHONE)}</dt>
                                        <dd>{phone}</dd>
                                    }
                                })}
                        </dl>
                    }
                        .into_any()
                }
                None => view! { <p data-testid="reporter-hidden">{tr(ui::DESK_REPORTER_HIDDEN)}</p> }.into_any(),
            }}
            <h2>{tr(ui::TRACK_YOUR_COMPLAINT)}</h2>
            <p class="complaint-text">{content}</p>
            <p>
                {address} " · " {tr(ui::DESK_LOCATION)} " "
                {format!("{latitude:.5}, {longitude:.5}")}
            </p>
            <PhotoStrip photos/>
            {redaction}
            <h2>{tr(ui::TRACK_TIMELINE)}</h2>
            {timeline_view}
        </section>
    }
    .into_any()
}

/// The links between duplicates: the complaint this one was merged into, or those merged into it.
#[component]
fn Duplicates(duplicate_of: Option<String>, duplicates: Vec<String>) -> impl IntoView {
    let link = |code: String| {
        view! { <a href=format!("/petugas/aduan/{code}")>{code.clone()}</a> " " }
    };
    view! {
        {duplicate_of
            .map(|code| {
                view! {
                    <p class="notice" data-testid="duplicate-of">
                        {tr(ui::DESK_DUPLICATE_OF)} " " {link(code)}
                    </p>
                }
            })}
        {(!duplicates.is_empty())
            .then(|| {
                view! {
                    <p data-testid="duplicates">
                        {tr(ui::DESK_DUPLICATES)} " "
                        {duplicates.into_iter().map(link).collect_view()}
                    </p>
                }
            })}
    }
}

/// The public version of the title and text: what others see, the reporter's requests to remove
/// personal details, and for the main desk the form that sets it, prefilled with the current
/// public version or else the original with identity numbers, phone numbers and e-mail addresses
/// already masked.
#[component]
fn Redaction(
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
fn PhotoRedaction(photos: Vec<(u32, String, Option<String>)>, url: String) -> impl IntoView {
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

/// The NIK, masked; the main desk may reveal it whole (each reveal is recorded on the server).
#[component]
fn NikField(masked: String, code: String, may_reveal: bool) -> impl IntoView {
    let shown = RwSignal::new(masked);
    let reveal = move |_| {
        let code = code.clone();
        leptos::task::spawn_local(async move {
            if let Ok(nik) = crate::api::desk::reveal_nik(code).await {
                shown.set(nik);
            }
        });
    };
    view! {
        <span data-testid="nik">{move || shown.get()}</span>
        {may_reveal
            .then(|| {
                view! {
                    " "
                    <button class="button" type="button" on:click=reveal>
                        {tr(ui::DESK_REVEAL_NIK)}
                    </button>
                }
            })}
    }
    .into_any()
}

#[component]
fn DeskTimelineRow(item: DeskTimelineItem) -> impl IntoView {
    let locale = use_locale();
    let DeskTimelineItem {
        at,
        actor_role,
        kind,
        status_after,
        note,
        photos,
    } = item;
    view! {
        <li>
            <time datetime=at.to_rfc3339()>{format_moment(&at)}</time>
            <strong>{move || kind.label().get(locale.get())}</strong>
            <span class="status-after">
                {move || {
                    format!(
                        "{} · {}",
                        actor_role.label().get(locale.get()),
                        status_after.label().get(locale.get()),
                    )
                }}
            </span>
            {note.map(|note| view! { <DeskNote kind note/> })}
            <PhotoStrip photos/>
        </li>
    }
}

/// A timeline note: a field report with its parts labelled, any other note as written.
#[component]
fn DeskNote(kind: EntryKind, note: String) -> impl IntoView {
    let report = (kind == EntryKind::FieldReport)
        .then(|| FieldReport::from_note(&note))
        .flatten();
    match report {
        Some(report) => view! {
            <dl class="note field-report" data-testid="field-report">
                <dt>{tr(FieldReport::DATE_LABEL)}</dt>
                <dd>{report.visited_on().format("%d-%m-%Y").to_string()}</dd>
                <dt>{tr(FieldReport::VISITORS_LABEL)}</dt>
                <dd>{report.visitors().to_owned()}</dd>
                <dt>{tr(FieldReport::FINDINGS_LABEL)}</dt>
                <dd class="complaint-text">{report.findings().to_owned()}</dd>
            </dl>
        }
        .into_any(),
        None => view! { <p class="note">{note}</p> }.into_any(),
    }
}

/// The form of a record beside the status machine: an internal note, or a field report with its
/// photos (posted as `multipart/form-data`).
#[component]
fn RecordForm(kind: EntryKind, status: Status, url: String) -> impl IntoView {
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
        view! {
            <label for=id("catatan")>{tr(InternalNote::LABEL)}</label>
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
    view! {
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
    }
}

/// One action's form: the fields its kind needs, the status the page showed (so a stale page
/// is refused, not applied) and the button.
#[component]
fn ActionForm(
    kind: ActionKind,
    status: Status,
    url: String,
    agencies: Vec<Choice>,
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
        ActionKind::ReturnToReporter | ActionKind::ReturnDispatch | ActionKind::SendBack => view! {
            {template_choice}
            <label for=id("reason")>{tr(ui::DESK_REASON)}</label>
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
        .into_any(),
        ActionKind::Dispatch => view! {
            <label for=id("agency")>{tr(ui::DESK_AGENCY_CHOICE)}</label>
            <select id=id("agency") name="agency" required>
                <option value="">"—"</option>
                {agencies
                    .into_iter()
                    .map(|agency| {
                        let name = agency.name_id.clone();
                        view! { <option value=agency.code>{name}</option> }
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
    view! {
        <form
            method="post"
            action=url
            enctype="multipart/form-data"
            class="desk-action"
            data-action=kind.code()
        >
            <input type="hidden" name="aksi" value=kind.code()/>
            <input type="hidden" name="status" value=status.code()/>
            {fields}
            <button class="button primary" type="submit">
                {move || kind.label().get(locale.get())}
            </button>
        </form>
    }
}
