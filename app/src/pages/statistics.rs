//! `/statistik`: how complaints are handled, for everyone, with no login: counts of a year or a
//! month by status, category, agency, channel and month, each as a chart with its table, every
//! count through the disclosure rule. The same figures are open data at `/statistik.csv` and
//! `/statistik.json`.

use crate::api::statistics::{PublicStatistics, statistics_of_period};
use crate::components::chart::BarChart;
use crate::components::language::{tr, use_locale};
use crate::domain::disclosure::{Cell, PublishedTable};
use crate::domain::status::Status;
use crate::i18n::{Locale, Text, ui};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The years offered in the period choice.
const FIRST_YEAR: i32 = 2024;

/// The statistics page.
#[component]
pub fn StatisticsPage() -> impl IntoView {
    let query = use_query_map();
    let period = move || {
        let query = query.read();
        let year = query.get("tahun").and_then(|year| year.parse::<i32>().ok());
        let month = query
            .get("bulan")
            .and_then(|month| month.parse::<u32>().ok());
        (year, month)
    };
    let statistics = Resource::new(period, |(year, month)| statistics_of_period(year, month));
    view! {
        <Title text=tr(ui::STATS_HEADING)/>
        <h1>{tr(ui::STATS_HEADING)}</h1>
        <p class="lead">{tr(ui::STATS_INTRO)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match statistics.await {
                    Ok(statistics) => {
                        let year = chrono::Datelike::year(&statistics.period.from);
                        let whole_year = statistics.period.from.format("%m-%d").to_string()
                            == "01-01"
                            && statistics.period.to.format("%m-%d").to_string() == "12-31";
                        let month = (!whole_year)
                            .then(|| chrono::Datelike::month(&statistics.period.from));
                        let current_year = statistics.current_year;
                        view! {
                            <PeriodForm year month current_year/>
                            <Figures statistics/>
                        }
                            .into_any()
                    }
                    Err(_) => view! { <p>{tr(ui::DESK_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The year and month choice: a plain GET form, so it works before the WebAssembly loads.
#[component]
fn PeriodForm(year: i32, month: Option<u32>, current_year: i32) -> impl IntoView {
    let locale = use_locale();
    let years: Vec<i32> = (FIRST_YEAR.min(year)..=current_year.max(year))
        .rev()
        .collect();
    view! {
        <form method="get" action="/statistik" class="period">
            <label for="tahun">{tr(ui::STATS_YEAR)}</label>
            <select id="tahun" name="tahun">
                {years
                    .into_iter()
                    .map(|option| {
                        view! {
                            <option value=option.to_string() selected=option == year>
                                {option}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="bulan">{tr(ui::STATS_MONTH)}</label>
            <select id="bulan" name="bulan">
                <option value="" selected=month.is_none()>{tr(ui::STATS_WHOLE_YEAR)}</option>
                {(1..=12u32)
                    .map(|option| {
                        view! {
                            <option value=option.to_string() selected=month == Some(option)>
                                {move || month_name(option, locale.get())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <button class="button" type="submit">{tr(ui::STATS_SHOW)}</button>
        </form>
    }
}

fn month_name(month: u32, locale: Locale) -> &'static str {
    const ID: [&str; 12] = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let index = (month.clamp(1, 12) - 1) as usize;
    match locale {
        Locale::Id => ID[index],
        Locale::En => EN[index],
    }
}

#[component]
fn Figures(statistics: PublicStatistics) -> impl IntoView {
    let locale = use_locale();
    let threshold = statistics.threshold;
    let received = statistics.received();
    let query = format!(
        "tahun={}{}",
        statistics.period.from.format("%Y"),
        if statistics.period.from.format("%m-%d").to_string() == "01-01"
            && statistics.period.to.format("%m-%d").to_string() == "12-31"
        {
            String::new()
        } else {
            format!(
                "&bulan={}",
                statistics
                    .period
                    .from
                    .format("%m")
                    .to_string()
                    .trim_start_matches('0')
            )
        }
    );
    let categories = statistics.categories.clone();
    let label_status = move |code: &str| {
        Status::parse_code(code)
            .map(|status| status.label().get(locale.get_untracked()).to_owned())
            .unwrap_or_else(|| code.to_owned())
    };
    let label_category = move |code: &str| {
        categories
            .iter()
            .find(|choice| choice.code == code)
            .map(|choice| choice.name(locale.get_untracked()).to_owned())
            .unwrap_or_else(|| ui::STATS_NONE.get(locale.get_untracked()).to_owned())
    };
    let label_channel = move |code: &str| {
        crate::domain::complaint::Channel::ALL
            .into_iter()
            .find(|channel| channel.code() == code)
            .map(|channel| channel.label().get(locale.get_untracked()).to_owned())
            .unwrap_or_else(|| code.to_owned())
    };
    let label_plain = move |key: &str| {
        if key.is_empty() {
            ui::STATS_NONE.get(locale.get_untracked()).to_owned()
        } else {
            key.to_owned()
        }
    };
    let relabel = |table: &PublishedTable, label: &dyn Fn(&str) -> String| -> Vec<(String, Cell)> {
        table
            .rows
            .iter()
            .map(|(key, cell)| (label(key), *cell))
            .collect()
    };
    let sections = [
        (
            ui::STATS_BY_MONTH,
            relabel(&statistics.by_month, &label_plain),
        ),
        (
            ui::STATS_BY_STATUS,
            relabel(&statistics.by_status, &label_status),
        ),
        (
            ui::STATS_BY_CATEGORY,
            relabel(&statistics.by_category, &label_category),
        ),
        (
            ui::STATS_BY_AGENCY,
            relabel(&statistics.by_agency, &label_plain),
        ),
        (
            ui::STATS_BY_CHANNEL,
            relabel(&statistics.by_channel, &label_channel),
        ),
    ];
    view! {
        <dl class="facts" data-testid="stats-summary">
            <dt>{tr(ui::STATS_RECEIVED)}</dt>
            <dd data-testid="received">{cell_text(received, threshold)}</dd>
            <dt>{tr(ui::STATS_MEAN_RATING)}</dt>
            <dd>{figure_text(statistics.mean_rating.map(|rating| format!("{rating:.1} / 5")), threshold)}</dd>
            <dt>{tr(ui::STATS_REOPEN_RATE)}</dt>
            <dd>
                {figure_text(
                    statistics.reopen_rate.map(|rate| format!("{:.0}%", rate * 100.0)),
                    threshold,
                )}
            </dd>
        </dl>
        <p class="hint">{move || ui::STATS_SUPPRESSION.get(locale.get()).replace("{n}", &threshold.to_string())}</p>
        {sections
            .into_iter()
            .map(|(heading, rows)| view! { <Section heading rows=rows threshold/> })
            .collect_view()}
        <p class="open-data">
            {tr(ui::STATS_OPEN_DATA)} " "
            <a href=format!("/statistik.csv?{query}") data-testid="csv">"CSV"</a>
            " · "
            <a href=format!("/statistik.json?{query}")>"JSON"</a>
        </p>
    }
    .into_any()
}

#[component]
fn Section(heading: Text, rows: Vec<(String, Cell)>, threshold: u64) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="stats-section">
            <h2>{tr(heading)}</h2>
            <BarChart title=heading.get(locale.get_untracked()).to_owned() rows=rows.clone() threshold/>
            <table class="stats-table">
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(label, cell)| {
                            view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    <td>{cell_text(cell, threshold)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </section>
    }
    .into_any()
}

fn cell_text(cell: Cell, threshold: u64) -> String {
    match cell {
        Cell::Shown(count) => count.to_string(),
        Cell::Suppressed => format!("< {threshold}"),
    }
}

fn figure_text(figure: Option<String>, threshold: u64) -> String {
    figure.unwrap_or_else(|| format!("— (< {threshold})"))
}
