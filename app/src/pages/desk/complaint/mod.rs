//! `/petugas/aduan/:code`: one complaint on the desk, its timeline and one form per action the
//! status machine allows this officer now.

use crate::api::ApiError;
use crate::api::desk::{ComplaintOnDesk, desk_complaint};
use crate::components::facts::ComplaintFacts;
use crate::components::language::{tr, use_locale};
use crate::components::photos::PhotoStrip;
use crate::domain::complaint::{Channel, Visibility};
use crate::domain::field::Field;
use crate::i18n::Locale;
use crate::i18n::moment::format_moment;
use crate::i18n::ui;
use crate::pages::desk::{OfficerBar, SignInFirst};
use crate::site::desk_problem as problem;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

mod details;
mod erasure;
mod forms;
pub mod print;
mod read_first;
mod redaction;
mod timeline;

use details::{Duplicates, NikField};
use erasure::ErasureRequest;
use forms::{ActionForm, AssignForm, RecordForm};
use read_first::{ReadFirst, ReadFirstView};
use redaction::{PhotoRedaction, Redaction};
use timeline::DeskTimelineRow;

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
        village,
        latitude,
        longitude,
        status,
        visibility,
        channel,
        category: _,
        category_name,
        topic,
        agency,
        reporter,
        filed_at,
        entered,
        standards,
        deadline,
        reopen_count,
        oversight,
        pin_locked_at,
        anonymised_at,
        timeline,
        photos,
        public_text,
        photo_copies,
        redaction_requests,
        can_redact,
        erasure,
        duplicate_of,
        duplicates,
        actions,
        records,
        templates,
        agencies,
        default_agency,
        assignee,
        assignable,
        office: _,
    } = complaint;
    let visibility_label = Visibility::ALL
        .into_iter()
        .find(|candidate| candidate.code() == visibility)
        .map(Visibility::label);
    let action_url = format!("/petugas/aduan/{tracking_code}/tindakan");
    let record_url = format!("/petugas/aduan/{tracking_code}/catatan");
    let assign_url = format!("/petugas/aduan/{tracking_code}/tugaskan");
    let erasure = erasure.map(|(state, reason)| {
        view! {
            <ErasureRequest
                state
                reason
                url=format!("/petugas/aduan/{tracking_code}/hapus-data")
                offset=*filed_at.offset()
            />
        }
    });
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
    let read_first = ReadFirst::from_timeline(&timeline, &actions);
    let timeline_view = view! {
        <ol class="timeline" data-testid="desk-timeline">
            {timeline
                .into_iter()
                .map(|item| view! { <DeskTimelineRow item agencies=agencies.clone() scope="riwayat"/> })
                .collect_view()}
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
                            default_agency=default_agency.clone()
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
    let print_url = format!("/petugas/aduan/{tracking_code}/cetak");
    let main_desk = officer.role == crate::domain::officer::OfficerRole::MainDesk;
    let channel_label = Channel::ALL
        .into_iter()
        .find(|candidate| candidate.code() == channel)
        .map(Channel::label);
    view! {
        <OfficerBar officer/>
        <p class="print-link">
            <a href=print_url data-testid="print-link">{tr(ui::PRINT_OPEN)}</a>
        </p>
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
        <header class="case-head">
            <p class="tracking-code">{tracking_code}</p>
            <h1>{title}</h1>
            <Duplicates duplicate_of duplicates/>
        </header>
        <div class="workspace">
            <section class="case">
                <ComplaintFacts
                    status
                    filed_at
                    agency
                    standards
                    deadline
                    reopen_count
                    test_prefix="desk-"
                >
                    <dt>{tr(ui::DESK_VISIBILITY)}</dt>
                    <dd>{move || visibility_label.map(|label| label.get(locale.get()))}</dd>
                    <dt>{move || Field::Category.label().get(locale.get())}</dt>
                    <dd data-testid="desk-category">
                        {move || match &category_name {
                            Some((id, _)) if locale.get() == Locale::Id => id.clone(),
                            Some((_, en)) => en.clone(),
                            None => "—".to_owned(),
                        }}
                    </dd>
                    {topic
                        .map(|topic| {
                            view! {
                                <dt>{move || Field::Topic.label().get(locale.get())}</dt>
                                <dd data-testid="desk-topic">{topic}</dd>
                            }
                        })}
                    <dt>{tr(ui::DESK_CHANNEL)}</dt>
                    <dd>
                        {move || {
                            channel_label
                                .map_or_else(|| channel.clone(), |label| label.get(locale.get()).to_owned())
                        }}
                    </dd>
                    {entered
                        .map(|(at, late)| {
                            view! {
                                <dt>{tr(ui::DESK_ENTERED)}</dt>
                                <dd data-testid="desk-entered">
                                    {format_moment(&at)}
                                    {late
                                        .then(|| {
                                            view! {
                                                " "
                                                <span class="badge alert">
                                                    {tr(ui::DESK_ENTERED_LATE)}
                                                </span>
                                            }
                                        })}
                                </dd>
                            }
                        })}
                    <dt>{tr(ui::DESK_ASSIGNEE)}</dt>
                    <dd data-testid="desk-assignee">
                        {match assignee {
                            Some(name) => name.into_any(),
                            None => tr(ui::DESK_UNASSIGNED).into_any(),
                        }}
                    </dd>
                </ComplaintFacts>
                <h2>{tr(ui::TRACK_YOUR_COMPLAINT)}</h2>
                <p class="complaint-text">{content}</p>
                <p>
                    {village
                        .map(|village| {
                            view! {
                                <span data-testid="desk-village">{village}</span>
                                ", "
                            }
                        })}
                    {address} " · " {tr(ui::DESK_LOCATION)} " "
                    {format!("{latitude:.5}, {longitude:.5}")}
                </p>
                <PhotoStrip photos name="foto"/>
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
                                {reporter
                                    .home_address
                                    .map(|address| {
                                        view! {
                                            <dt>
                                                {move || {
                                                    Field::ReporterAddress.label().get(locale.get())
                                                }}
                                            </dt>
                                            <dd data-testid="reporter-address">{address}</dd>
                                        }
                                    })}
                                {reporter
                                    .social_media_account
                                    .map(|account| {
                                        view! {
                                            <dt>
                                                {move || {
                                                    Field::SocialMediaAccount
                                                        .label()
                                                        .get(locale.get())
                                                }}
                                            </dt>
                                            <dd data-testid="reporter-social-media">{account}</dd>
                                        }
                                    })}
                            </dl>
                        }
                            .into_any()
                    }
                    None => {
                        match anonymised_at {
                            Some(at) => {
                                view! {
                                    <p data-testid="reporter-anonymised">
                                        {tr(ui::DESK_REPORTER_ANONYMISED)} " "
                                        {format_moment(&at)}
                                    </p>
                                }
                                    .into_any()
                            }
                            None => {
                                view! {
                                    <p data-testid="reporter-hidden">
                                        {tr(ui::DESK_REPORTER_HIDDEN)}
                                    </p>
                                }
                                    .into_any()
                            }
                        }
                    }
                }}
                {redaction}
                {erasure}
                <h2>{tr(ui::TRACK_TIMELINE)}</h2>
                {timeline_view}
            </section>
            <aside class="decide" aria-labelledby="desk-actions-heading">
                <h2 id="desk-actions-heading">{tr(ui::DESK_ACTIONS)}</h2>
                {read_first.map(|read_first| view! { <ReadFirstView read_first/> })}
                {no_actions.then(|| view! { <p>{tr(ui::DESK_NO_ACTIONS)}</p> })}
                {actions_view}
                {(!assignable.is_empty())
                    .then(|| {
                        view! { <AssignForm url=assign_url status officers=assignable/> }
                    })}
            </aside>
        </div>
    }
    .into_any()
}
