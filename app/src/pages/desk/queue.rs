//! `/petugas`: the complaints an officer may see, as a table: tabs with counts (waiting for
//! them, overdue, at agencies, returned to the reporter, all), filters and order kept in the
//! address, fifty to a page, and the view downloadable as CSV.

use super::{CalendarGapNotice, OfficerBar, SignInFirst};
use crate::api::ApiError;
use crate::api::complaints::filing_choices;
use crate::api::desk::{Queue, QueueItem, QueueQuery, QueueSort, QueueTab, desk_queue};
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
    let filter = move || QueueQuery::from_address(|name| query.read().get(name));
    let queue = Resource::new(filter, desk_queue);
    let choices = Resource::new(|| (), |()| filing_choices());
    view! {
        <Title text=tr(ui::DESK_QUEUE_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match queue.await {
                    Ok(queue) => {
                        let main_desk = queue.officer.role
                            == crate::domain::officer::OfficerRole::MainDesk;
                        let search = queue.search.clone();
                        let current = filter();
                        view! {
                            <OfficerBar officer=queue.officer.clone()/>
                            <h1>{tr(ui::DESK_QUEUE_HEADING)}</h1>
                            <CalendarGapNotice gap=queue.calendar_gap/>
                            <Suspense fallback=|| ()>
                                {move || {
                                    let search = search.clone();
                                    Suspend::new(async move {
                                        let choices = choices.await.unwrap_or_default();
                                        view! {
                                            <QueueFilterForm
                                                filter=QueueQuery { search, ..filter() }
                                                categories=choices.categories
                                                agencies=choices.agencies
                                                agency_filter=main_desk
                                            />
                                        }
                                    })
                                }}
                            </Suspense>
                            <QueueView queue current/>
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

/// The tabs with their counts, the table of one page, the pager and the export.
#[component]
fn QueueView(queue: Queue, current: QueueQuery) -> impl IntoView {
    let locale = use_locale();
    let Queue {
        items,
        tabs,
        tab,
        page,
        pages,
        now,
        ..
    } = queue;
    let link = {
        let current = current.clone();
        move |tab: QueueTab, page: usize| {
            let address = current.address(Some(tab), Some(page));
            if address.is_empty() {
                "/petugas".to_owned()
            } else {
                format!("/petugas?{address}")
            }
        }
    };
    let tab_links = tabs
        .into_iter()
        .map(|(each, count)| {
            let href = link(each, 1);
            let chosen = each == tab;
            view! {
                <a
                    href=href
                    class=if chosen { "tab chosen" } else { "tab" }
                    aria-current=chosen.then_some("page")
                    data-testid=format!("tab-{}", each.code())
                >
                    {tr(each.label())}
                    " "
                    <span class="count">{count}</span>
                </a>
            }
        })
        .collect_view();
    let export = format!("/petugas/antrean.csv?{}", current.address(Some(tab), None));
    let previous = (page > 1).then(|| link(tab, page - 1));
    let next = (page < pages).then(|| link(tab, page + 1));
    let empty = items.is_empty();
    view! {
        <nav class="tabs" aria-label=move || ui::QUEUE_TABS.get(locale.get())>{tab_links}</nav>
        <p class="queue-tools">
            <a href=export rel="external" download>{tr(ui::QUEUE_EXPORT)}</a>
        </p>
        {empty.then(|| view! { <p>{tr(ui::QUEUE_TAB_EMPTY)}</p> })}
        <div class="table-scroll">
            <table class="queue" data-testid="queue">
                <thead>
                    <tr>
                        <th scope="col">{tr(ui::QUEUE_COLUMN_CODE)}</th>
                        <th scope="col">{tr(ui::QUEUE_COLUMN_TITLE)}</th>
                        <th scope="col">{move || Field::Category.label().get(locale.get())}</th>
                        <th scope="col">{tr(ui::TRACK_AGENCY)}</th>
                        <th scope="col">{tr(ui::DESK_ASSIGNEE)}</th>
                        <th scope="col">{tr(ui::TRACK_STATUS)}</th>
                        <th scope="col">{tr(ui::QUEUE_COLUMN_STEP)}</th>
                        <th scope="col">{tr(ui::TRACK_DEADLINE)}</th>
                        <th scope="col">{tr(ui::QUEUE_COLUMN_AGE)}</th>
                    </tr>
                </thead>
                <tbody>
                    {items.into_iter().map(|item| view! { <QueueRow item now/> }).collect_view()}
                </tbody>
            </table>
        </div>
        <nav class="pager" aria-label=move || ui::LIST_PAGES.get(locale.get())>
            {previous.map(|href| view! { <a href=href rel="prev">{tr(ui::LIST_PREVIOUS)}</a> })}
            " "
            <span>
                {move || {
                    ui::QUEUE_PAGE_OF
                        .get(locale.get())
                        .replace("{page}", &page.to_string())
                        .replace("{pages}", &pages.to_string())
                }}
            </span>
            " "
            {next.map(|href| view! { <a href=href rel="next">{tr(ui::LIST_NEXT)}</a> })}
        </nav>
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
        tab: _,
        sort,
        page: _,
    } = filter;
    let sort = QueueSort::parse(sort.as_deref());
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
            <div class="filter-field">
                <label for="opd">{tr(ui::TRACK_AGENCY)}</label>
                <select id="opd" name="opd">
                    <option value="">"—"</option>
                    {options(agencies, agency)}
                </select>
            </div>
        }
    });
    view! {
        <form method="post" action="/petugas/cari" class="queue-filter">
            <div class="filter-field">
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
            </div>
            <div class="filter-field">
                <label for="kategori">{move || Field::Category.label().get(locale.get())}</label>
                <select id="kategori" name="kategori">
                    <option value="">"—"</option>
                    {options(categories, category)}
                </select>
            </div>
            {agency_select}
            <div class="filter-field">
                <label for="kanal">{move || Field::Channel.label().get(locale.get())}</label>
                <select id="kanal" name="kanal">
                    <option value="">"—"</option>
                    {options(channels, channel)}
                </select>
            </div>
            <div class="filter-field">
                <label for="dari">{tr(ui::DESK_FILED_FROM)}</label>
                <input id="dari" name="dari" type="date" value=from.unwrap_or_default()/>
            </div>
            <div class="filter-field">
                <label for="sampai">{tr(ui::DESK_FILED_TO)}</label>
                <input id="sampai" name="sampai" type="date" value=to.unwrap_or_default()/>
            </div>
            <div class="filter-field">
                <label for="urut">{tr(ui::QUEUE_SORT)}</label>
                <select id="urut" name="urut">
                    {QueueSort::ALL
                        .into_iter()
                        .map(|option| {
                            view! {
                                <option value=option.code() selected=option == sort>
                                    {move || option.label().get(locale.get())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="filter-field">
                <label for="cari">{tr(ui::DESK_SEARCH)}</label>
                <input id="cari" name="cari" type="search" value=search.unwrap_or_default()/>
            </div>
            <button class="button primary" type="submit">{tr(ui::STATS_SHOW)}</button>
        </form>
    }
    .into_any()
}

#[component]
fn QueueRow(item: QueueItem, now: chrono::DateTime<chrono::FixedOffset>) -> impl IntoView {
    let locale = use_locale();
    let status = item.status;
    let step = crate::domain::sop::step_for(status);
    let age = item.age_days(now);
    let class = if item.overdue {
        "overdue"
    } else if item.due_today {
        "due-today"
    } else {
        ""
    };
    let href = format!("/petugas/aduan/{}", item.tracking_code);
    let category = item.category.clone();
    view! {
        <tr class=class data-testid="queue-row">
            <td class="tracking-code">{item.tracking_code.clone()}</td>
            <td class="title">
                <a href=href>{item.title}</a>
                {item.waiting_for_me.then(|| view! { <span class="badge">{tr(ui::DESK_WAITING_FOR_YOU)}</span> })}
                {item
                    .oversight
                    .map(|office| {
                        view! {
                            <span class="badge alert" data-testid="oversight">
                                {tr(ui::DESK_UNDER_OVERSIGHT)} " " {office}
                            </span>
                        }
                    })}
            </td>
            <td>
                {move || {
                    category
                        .as_ref()
                        .map(|(id, en)| if locale.get() == Locale::Id { id.clone() } else { en.clone() })
                        .unwrap_or_else(|| "—".to_owned())
                }}
            </td>
            <td>{item.agency.unwrap_or_else(|| "—".to_owned())}</td>
            <td>{item.assignee.unwrap_or_else(|| "—".to_owned())}</td>
            <td>{move || status.label().get(locale.get())}</td>
            <td>{move || step.map_or("—", |step| step.label().get(locale.get()))}</td>
            <td class="deadline">
                {item
                    .deadline
                    .map(|deadline| view! { <time datetime=deadline.to_rfc3339()>{format_moment(&deadline)}</time> })}
                {item.overdue.then(|| view! { <span class="badge alert">{tr(ui::DESK_OVERDUE)}</span> })}
                {item.due_today.then(|| view! { <span class="badge">{tr(ui::DESK_DUE_TODAY)}</span> })}
            </td>
            <td class="number">
                {move || ui::QUEUE_AGE_DAYS.get(locale.get()).replace("{days}", &age.to_string())}
            </td>
        </tr>
    }
}
