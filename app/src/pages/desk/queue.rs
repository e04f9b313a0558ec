//! `/petugas`: the complaints an officer may see, those waiting for them first, then by the
//! nearest SOP deadline.

use super::{OfficerBar, SignInFirst};
use crate::api::ApiError;
use crate::api::complaints::filing_choices;
use crate::api::desk::{QueueItem, QueueQuery, desk_queue};
use crate::components::language::{tr, use_locale};
use crate::domain::complaint::Channel;
use crate::domain::desk_list::Choice;
use crate::domain::field::Field;
use crate::domain::status::Status;
use crate::i18n::Locale;
use crate::i18n::moment::format_moment;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The queue page.
#[component]
pub fn DeskQueuePage() -> impl IntoView {
    let query = use_query_map();
    let filter = move || {
        let query = query.read();
        let given = |name: &str| query.get(name).filter(|value| !value.trim().is_empty());
        QueueQuery {
            status: given("status"),
            search: None,
            search_handle: given("q"),
            category: given("kategori"),
            agency: given("opd"),
            channel: given("kanal"),
            from: given("dari"),
            to: given("sampai"),
        }
    };
    let queue = Resource::new(filter, desk_queue);
    let choices = Resource::new(|| (), |()| filing_choices());
    view! {
        <Title text=tr(ui::DESK_QUEUE_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match queue.await {
                    Ok(queue) => {
                        let empty = queue.items.is_empty();
                        let search = queue.search.clone();
                        let main_desk = queue.officer.role
                            == crate::domain::officer::OfficerRole::MainDesk;
                        let system_admin = queue.officer.role
                            == crate::domain::officer::OfficerRole::SystemAdmin;
                        view! {
                            <OfficerBar officer=queue.officer/>
                            <h1>{tr(ui::DESK_QUEUE_HEADING)}</h1>
                            <p>
                                <a href="/petugas/laporan">{tr(ui::DESK_REPORT_HEADING)}</a>
                                {main_desk
                                    .then(|| {
                                        view! {
                                            " · "
                                            <a href="/petugas/lapor">{tr(ui::INTAKE_HEADING)}</a>
                                        }
                                    })}
                                {system_admin
                                    .then(|| {
                                        view! {
                                            " · "
                                            <a href="/petugas/admin">{tr(ui::ADMIN_HEADING)}</a>
                                        }
                                    })}
                            </p>
                            <Suspense fallback=|| ()>
                                {move || {
                                    let search = search.clone();
                                    Suspend::new(async move {
                                    let choices = choices.await.unwrap_or_default();
                                    view! {
                                        <QueueFilterForm
                                            filter=QueueQuery {
                                                search: search.clone(),
                                                ..filter()
                                            }
                                            categories=choices.categories
                                            agencies=choices.agencies
                                            agency_filter=main_desk
                                        />
                                    }
                                    })
                                }}
                            </Suspense>
                            {empty.then(|| view! { <p>{tr(ui::DESK_QUEUE_EMPTY)}</p> })}
                            <ul class="queue" data-testid="queue">
                                {queue
                                    .items
                                    .into_iter()
                                    .map(|item| view! { <QueueRow item/> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                    Err(ApiError::Forbidden) => view! { <SignInFirst/> }.into_any(),
                    Err(_) => view! { <p>{tr(ui::DESK_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Narrowing the queue: a plain form, so it works before hydration. It posts to
/// `/petugas/cari`, which keeps the words behind a handle and comes back here with the filters
/// and the handle in the URL (never the words); a tracking code goes straight to its complaint.
#[component]
fn QueueFilterForm(
    filter: QueueQuery,
    categories: Vec<Choice>,
    agencies: Vec<Choice>,
    agency_filter: bool,
) -> impl IntoView {
    let locale = use_locale();
    let QueueQuery {
        status,
        search,
        search_handle: _,
        category,
        agency,
        channel,
        from,
        to,
    } = filter;
    let options = move |choices: Vec<Choice>, chosen: Option<String>| {
        choices
            .into_iter()
            .map(|choice| {
                let selected = chosen.as_deref() == Some(choice.code.as_str());
                let code = choice.code.clone();
                view! {
                    <option value=code selected=selected>
                        {move || choice.name(locale.get()).to_owned()}
                    </option>
                }
            })
            .collect_view()
    };
    let channels: Vec<Choice> = Channel::ALL
        .into_iter()
        .map(|channel| Choice {
            code: channel.code().to_owned(),
            name_id: channel.label().get(Locale::Id).to_owned(),
            name_en: channel.label().get(Locale::En).to_owned(),
        })
        .collect();
    let agency_select = agency_filter.then(|| {
        view! {
            <label for="opd">{tr(ui::TRACK_AGENCY)}</label>
            <select id="opd" name="opd">
                <option value="">"—"</option>
                {options(agencies, agency)}
            </select>
        }
    });
    view! {
        <form method="post" action="/petugas/cari" class="period">
            <label for="status">{tr(ui::TRACK_STATUS)}</label>
            <select id="status" name="status">
                <option value="" selected=status.is_none()>{tr(ui::DESK_ALL_OPEN)}</option>
                {Status::ALL
                    .into_iter()
                    .map(|option| {
                        let selected = status.as_deref() == Some(option.code());
                        view! {
                            <option value=option.code() selected=selected>
                                {move || option.label().get(locale.get())}
                                {move || match option {
                                    Status::Closed(closure) => {
                                        format!(" ({})", closure.label().get(locale.get()))
                                    }
                                    _ => String::new(),
                                }}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="kategori">{move || Field::Category.label().get(locale.get())}</label>
            <select id="kategori" name="kategori">
                <option value="">"—"</option>
                {options(categories, category)}
            </select>
            {agency_select}
            <label for="kanal">{move || Field::Channel.label().get(locale.get())}</label>
            <select id="kanal" name="kanal">
                <option value="">"—"</option>
                {options(channels, channel)}
            </select>
            <label for="dari">{tr(ui::DESK_FILED_FROM)}</label>
            <input id="dari" name="dari" type="date" value=from.unwrap_or_default()/>
            <label for="sampai">{tr(ui::DESK_FILED_TO)}</label>
            <input id="sampai" name="sampai" type="date" value=to.unwrap_or_default()/>
            <label for="cari">{tr(ui::DESK_SEARCH)}</label>
            <input id="cari" name="cari" type="search" value=search.unwrap_or_default()/>
            <button class="button" type="submit">{tr(ui::STATS_SHOW)}</button>
        </form>
    }
    .into_any()
}

#[component]
fn QueueRow(item: QueueItem) -> impl IntoView {
    let locale = use_locale();
    let status = item.status;
    let class = if item.overdue {
        "queue-item overdue"
    } else if item.due_today {
        "queue-item due-today"
    } else {
        "queue-item"
    };
    view! {
        <li class=class>
            <a href=format!("/petugas/aduan/{}", item.tracking_code)>
                <strong>{item.title}</strong>
            </a>
            <span class="tracking-code">{item.tracking_code}</span>
            <span class="status">{move || status.label().get(locale.get())}</span>
            {item.agency.map(|agency| view! { <span class="agency">{agency}</span> })}
            {item
                .deadline
                .map(|deadline| view! { <time class="deadline">{format_moment(&deadline)}</time> })}
            {item.waiting_for_me.then(|| view! { <span class="badge">{tr(ui::DESK_WAITING_FOR_YOU)}</span> })}
            {item.overdue.then(|| view! { <span class="badge alert">{tr(ui::DESK_OVERDUE)}</span> })}
            {item
                .oversight
                .map(|office| {
                    view! {
                        <span class="badge alert" data-testid="oversight">
                            {tr(ui::DESK_UNDER_OVERSIGHT)} " " {office}
                        </span>
                    }
                })}
            {item.due_today.then(|| view! { <span class="badge">{tr(ui::DESK_DUE_TODAY)}</span> })}
        </li>
    }
}
