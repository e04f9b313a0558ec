//! `/petugas`: the complaints an officer may see, those waiting for them first, then by the
//! nearest SOP deadline.

use super::{OfficerBar, SignInFirst};
use crate::api::ApiError;
use crate::api::desk::{QueueItem, desk_queue};
use crate::api::tracking::format_moment;
use crate::components::language::{tr, use_locale};
use crate::domain::status::Status;
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
        (
            query.get("status").filter(|status| !status.is_empty()),
            query.get("cari").filter(|search| !search.trim().is_empty()),
        )
    };
    let queue = Resource::new(filter, |(status, search)| desk_queue(status, search));
    view! {
        <Title text=tr(ui::DESK_QUEUE_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match queue.await {
                    Ok(queue) => {
                        let empty = queue.items.is_empty();
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
                            <QueueFilterForm status=filter().0 search=filter().1/>
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

/// Narrowing the queue: a plain GET form (status and words), so it works before hydration.
#[component]
fn QueueFilterForm(status: Option<String>, search: Option<String>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <form method="get" action="/petugas" class="period">
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
