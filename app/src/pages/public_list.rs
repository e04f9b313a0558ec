//! `/aduan`: the public list of complaints, newest first, searchable by title, twenty to a page.
//! What it shows comes from [`crate::api::public_list`]: verified public complaints only, the
//! reporter as initials, no location finer than the district.

use crate::api::public_list::{PublicComplaint, PublicPage, public_complaints};
use crate::components::language::{tr, use_locale};
use crate::domain::status::Status;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The public list page.
#[component]
pub fn PublicListPage() -> impl IntoView {
    let query = use_query_map();
    let asked = move || {
        let query = query.read();
        (
            query.get("cari"),
            query
                .get("halaman")
                .and_then(|page| page.trim().parse::<u32>().ok()),
        )
    };
    let list = Resource::new(asked, |(search, page)| public_complaints(search, page));
    view! {
        <Title text=tr(ui::LIST_HEADING)/>
        <h1>{tr(ui::LIST_HEADING)}</h1>
        <p class="lead">{tr(ui::LIST_INTRO)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(page) => view! { <ListPage page/> }.into_any(),
                    Err(crate::api::ApiError::Validation(_)) => {
                        view! {
                            <SearchForm search=None/>
                            <p class="error" role="alert">{tr(ui::LIST_SEARCH_TOO_LONG)}</p>
                        }
                            .into_any()
                    }
                    Err(_) => view! { <p>{tr(ui::DESK_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SearchForm(search: Option<String>) -> impl IntoView {
    view! {
        <form method="get" action="/aduan" class="period" role="search">
            <label for="cari">{tr(ui::LIST_SEARCH)}</label>
            <input id="cari" name="cari" type="search" maxlength="100" value=search/>
            <button class="button" type="submit">{tr(ui::LIST_SEARCH_BUTTON)}</button>
        </form>
    }
}

#[component]
fn ListPage(page: PublicPage) -> impl IntoView {
    let search_part = page
        .search
        .as_ref()
        .map(|search| format!("cari={}&", urlencoding(search)))
        .unwrap_or_default();
    let previous =
        (page.page > 1).then(|| format!("/aduan?{search_part}halaman={}", page.page - 1));
    let next = page
        .more
        .then(|| format!("/aduan?{search_part}halaman={}", page.page + 1));
    let categories = page.categories.clone();
    let empty = page.complaints.is_empty();
    view! {
        <SearchForm search=page.search.clone()/>
        {empty.then(|| view! { <p data-testid="list-empty">{tr(ui::LIST_EMPTY)}</p> })}
        <ul class="public-list" data-testid="public-list">
            {page
                .complaints
                .into_iter()
                .map(|complaint| {
                    let categories = categories.clone();
                    view! { <Entry complaint categories/> }
                })
                .collect_view()}
        </ul>
        <nav class="pager" aria-label=move || ui::LIST_PAGES.get(use_locale().get())>
            {previous.map(|href| view! { <a href=href rel="prev">{tr(ui::LIST_PREVIOUS)}</a> })}
            " " <span>{tr(ui::LIST_PAGE)} " " {page.page}</span> " "
            {next.map(|href| view! { <a href=href rel="next">{tr(ui::LIST_NEXT)}</a> })}
        </nav>
    }
    .into_any()
}

#[component]
fn Entry(
    complaint: PublicComplaint,
    categories: Vec<crate::domain::desk_list::Choice>,
) -> impl IntoView {
    let locale = use_locale();
    let status = Status::parse_code(&complaint.status);
    let category = complaint.category.clone();
    let category_name = move || {
        category
            .as_ref()
            .and_then(|code| categories.iter().find(|choice| &choice.code == code))
            .map(|choice| choice.name(locale.get()).to_owned())
            .unwrap_or_default()
    };
    let reporter = complaint.reporter_initials.clone();
    view! {
        <li class="card">
            <h2 class="card-title">{complaint.title}</h2>
            <p class="meta">
                <span class="status">
                    {move || status.map(|status| status.label().get(locale.get()).to_owned())}
                </span>
                " · " {category_name} " · "
                {complaint.district.unwrap_or_default()}
            </p>
            <dl class="facts">
                <dt>{tr(ui::LIST_REPORTER)}</dt>
                <dd>
                    {move || reporter.clone().unwrap_or_else(|| ui::LIST_ANONYMOUS.get(locale.get()).to_owned())}
                </dd>
                <dt>{tr(ui::LIST_FILED)}</dt>
                <dd>{complaint.filed_on.to_string()}</dd>
                <dt>{tr(ui::LIST_UPDATED)}</dt>
                <dd>{complaint.updated_on.to_string()}</dd>
                {complaint
                    .agency
                    .map(|agency| {
                        view! {
                            <dt>{tr(ui::LIST_AGENCY)}</dt>
                            <dd>{agency}</dd>
                        }
                    })}
            </dl>
            {complaint
                .answer
                .map(|answer| {
                    view! {
                        <div class="answer">
                            <h3>{tr(ui::LIST_ANSWER)}</h3>
                            <p>{answer}</p>
                        </div>
                    }
                })}
        </li>
    }
    .into_any()
}

/// Percent-encodes a search for a link.
fn urlencoding(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            b' ' => "+".to_owned(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_search_is_encoded_for_its_links() {
        assert_eq!(
            super::urlencoding("lampu jalan & 50%"),
            "lampu+jalan+%26+50%25"
        );
    }
}
