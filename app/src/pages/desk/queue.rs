//! `/petugas`: the complaints an officer may see, those waiting for them first, then by the
//! nearest SOP deadline.

use super::{OfficerBar, SignInFirst};
use crate::api::ApiError;
use crate::api::desk::{QueueItem, desk_queue};
use crate::api::tracking::format_moment;
use crate::components::language::{tr, use_locale};
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;

/// The queue page.
#[component]
pub fn DeskQueuePage() -> impl IntoView {
    let queue = Resource::new(|| (), |()| desk_queue());
    view! {
        <Title text=tr(ui::DESK_QUEUE_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match queue.await {
                    Ok(queue) => {
                        let empty = queue.items.is_empty();
                        view! {
                            <OfficerBar officer=queue.officer/>
                            <h1>{tr(ui::DESK_QUEUE_HEADING)}</h1>
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
