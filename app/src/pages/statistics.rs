//! `/statistik`: how complaints are handled, for everyone, with no login: counts of a year, a
//! quarter, a month or any days by status, category, agency, channel, district and month, the
//! reporters' verdicts, response times, each agency's keeping to the SOP and the public
//! satisfaction index, each chart with its table, every count through the disclosure rule. The same figures are open data at
//! `/statistik.csv` and `/statistik.json`.

use crate::api::statistics::statistics_of_period;
use crate::components::chart::{BarChart, LineChart};
use crate::components::language::{tr, use_locale};
use crate::components::satisfaction::SatisfactionIndex;
use crate::domain::disclosure::{Cell, PublishedTable};
use crate::domain::period::{Period, PeriodQuery};
use crate::domain::public_statistics::{AgencyCompliance, Durations, PublicStatistics};
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
        let number = |key: &str| query.get(key).and_then(|value| value.trim().parse().ok());
        let day = |key: &str| query.get(key).and_then(|value| value.trim().parse().ok());
        PeriodQuery {
            year: query.get("tahun").and_then(|year| year.trim().parse().ok()),
            month: number("bulan"),
            quarter: number("kuartal"),
            from: day("dari"),
            to: day("sampai"),
        }
    };
    let statistics = Resource::new(period, statistics_of_period);
    view! {
        <Title text=tr(ui::STATS_HEADING)/>
        <h1>{tr(ui::STATS_HEADING)}</h1>
        <p class="lead">{tr(ui::STATS_INTRO)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match statistics.await {
                    Ok(statistics) => {
                        let period = statistics.period;
                        let current_year = statistics.current_year;
                        view! {
                            <PeriodForm period current_year/>
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

/// The period choice: a year with a quarter or a month of it, or any days. A plain GET form, so
/// it works before the WebAssembly loads.
#[component]
fn PeriodForm(period: Period, current_year: i32) -> impl IntoView {
    use chrono::Datelike;
    let locale = use_locale();
    let year = period.from.year();
    let query = period.query();
    let month = query.contains("bulan=").then(|| period.from.month());
    let quarter = query
        .contains("kuartal=")
        .then(|| period.from.month().div_ceil(3));
    let custom = query.starts_with("dari=");
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
            <label for="kuartal">{tr(ui::STATS_QUARTER)}</label>
            <select id="kuartal" name="kuartal">
                <option value="" selected=quarter.is_none()>{tr(ui::STATS_NO_QUARTER)}</option>
                {(1..=4u32)
                    .map(|option| {
                        view! {
                            <option value=option.to_string() selected=quarter == Some(option)>
                                {format!("Q{option}")}
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
                                {move || crate::i18n::moment::month_name(option, locale.get())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <label for="dari">{tr(ui::STATS_FROM)}</label>
            <input
                id="dari"
                name="dari"
                type="date"
                value=custom.then(|| period.from.to_string())
            />
            <label for="sampai">{tr(ui::STATS_TO)}</label>
            <input id="sampai" name="sampai" type="date" value=custom.then(|| period.to.to_string())/>
            <p class="hint">{tr(ui::STATS_WHOLE_WEEKS)}</p>
            <button class="button" type="submit">{tr(ui::STATS_SHOW)}</button>
        </form>
        <p class="hint" data-testid="period">
            {tr(ui::STATS_PERIOD)} ": " {period.from.to_string()} " – " {period.to.to_string()}
        </p>
    }
    .into_any()
}

#[component]
fn Figures(statistics: PublicStatistics) -> impl IntoView {
    let locale = use_locale();
    let threshold = statistics.threshold;
    let received = statistics.received();
    let query = statistics.period.query();
    let categories = statistics.categories.clone();
    let label_status = move |code: &str| {
        let locale = locale.get_untracked();
        match Status::parse_code(code) {
            // "Closed" alone would name four rows alike: say how each closed.
            Some(Status::Closed(closure)) => format!(
                "{}: {}",
                Status::Closed(closure).label().get(locale),
                closure.label().get(locale)
            ),
            Some(status) => status.label().get(locale).to_owned(),
            None => code.to_owned(),
        }
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
    let label_verdict = move |key: &str| {
        match key {
            "confirmed" => ui::STATS_VERDICT_CONFIRMED,
            "rejected" => ui::STATS_VERDICT_REJECTED,
            _ => ui::STATS_VERDICT_NO_ANSWER,
        }
        .get(locale.get_untracked())
        .to_owned()
    };
    let trend = relabel(&statistics.by_month, &label_plain);
    let sections = [
        (ui::STATS_BY_MONTH, trend.clone()),
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
        (
            ui::STATS_BY_DISTRICT,
            relabel(&statistics.by_district, &label_plain),
        ),
        (
            ui::STATS_VERDICTS,
            relabel(&statistics.verdicts, &label_verdict),
        ),
    ];
    let compliance = statistics.compliance.clone();
    let satisfaction = statistics.satisfaction.clone();
    view! {
        <dl class="facts" data-testid="stats-summary">
            <dt>{tr(ui::STATS_RECEIVED)}</dt>
            <dd data-testid="received">{cell_text(received, threshold)}</dd>
            {statistics
                .mean_rating
                .map(|rating| {
                    view! {
                        <dt>{tr(ui::STATS_MEAN_RATING)}</dt>
                        <dd>{format!("{rating:.1} / 5")}</dd>
                    }
                })}
            <dt>{tr(ui::STATS_REOPEN_RATE)}</dt>
            <dd>
                {figure_text(
                    statistics.reopen_rate.map(|rate| format!("{:.0}%", rate * 100.0)),
                    threshold,
                )}
            </dd>
        </dl>
        <DurationFigures first_response=statistics.first_response answer=statistics.answer threshold/>
        <p class="hint">{move || ui::STATS_SUPPRESSION.get(locale.get()).replace("{n}", &threshold.to_string())}</p>
        <section class="stats-section" data-testid="trend">
            <h2>{tr(ui::STATS_TREND)}</h2>
            <LineChart
                title=ui::STATS_TREND.get(locale.get_untracked()).to_owned()
                points=trend
                threshold
            />
        </section>
        {sections
            .into_iter()
            .map(|(heading, rows)| view! { <Section heading rows=rows threshold/> })
            .collect_view()}
        <Compliance agencies=compliance/>
        <SatisfactionIndex satisfaction threshold/>
        <p><a href="/aduan">{tr(ui::STATS_LIST_LINK)}</a></p>
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

#[component]
fn DurationFigures(first_response: Durations, answer: Durations, threshold: u64) -> impl IntoView {
    let locale = use_locale();
    let show = move |minutes: Option<i64>| {
        figure_text(
            minutes.map(|minutes| duration_text(minutes, locale.get_untracked())),
            threshold,
        )
    };
    view! {
        <table class="stats-table" data-testid="durations">
            <thead>
                <tr>
                    <th scope="col"></th>
                    <th scope="col">{tr(ui::STATS_MEDIAN)}</th>
                    <th scope="col">{tr(ui::STATS_P90)}</th>
                </tr>
            </thead>
            <tbody>
                <tr>
                    <th scope="row">{tr(ui::STATS_FIRST_RESPONSE)}</th>
                    <td>{show(first_response.median_minutes)}</td>
                    <td>{show(first_response.p90_minutes)}</td>
                </tr>
                <tr>
                    <th scope="row">{tr(ui::STATS_ANSWER_TIME)}</th>
                    <td>{show(answer.median_minutes)}</td>
                    <td>{show(answer.p90_minutes)}</td>
                </tr>
            </tbody>
        </table>
    }
    .into_any()
}

/// "45 menit", "3,5 jam", "2 hari": a duration as people say it.
fn duration_text(minutes: i64, locale: Locale) -> String {
    let (value, unit_id, unit_en) = if minutes < 60 {
        (minutes as f64, "menit", "min")
    } else if minutes < 24 * 60 {
        (minutes as f64 / 60.0, "jam", "h")
    } else {
        (minutes as f64 / (24.0 * 60.0), "hari", "days")
    };
    let number = if (value - value.round()).abs() < 0.05 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    match locale {
        Locale::Id => format!("≤ {} {unit_id}", number.replace('.', ",")),
        Locale::En => format!("≤ {number} {unit_en}"),
    }
}

#[component]
fn Compliance(agencies: Vec<AgencyCompliance>) -> impl IntoView {
    let share =
        |share: Option<u8>| share.map_or_else(|| "—".to_owned(), |share| format!("{share}%"));
    let body = if agencies.is_empty() {
        view! { <p>{tr(ui::STATS_COMPLIANCE_EMPTY)}</p> }.into_any()
    } else {
        view! {
            <table class="stats-table">
                <thead>
                    <tr>
                        <th scope="col"></th>
                        <th scope="col">{tr(ui::STATS_COMPLIANCE_ACCEPTANCE)}</th>
                        <th scope="col">{tr(ui::STATS_COMPLIANCE_RESOLUTION)}</th>
                    </tr>
                </thead>
                <tbody>
                    {agencies
                        .into_iter()
                        .map(|agency| {
                            view! {
                                <tr>
                                    <th scope="row">{agency.agency}</th>
                                    <td>{share(agency.acceptance_share)}</td>
                                    <td>{share(agency.resolution_share)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="stats-section" data-testid="compliance">
            <h2>{tr(ui::STATS_COMPLIANCE)}</h2>
            <p class="hint">{tr(ui::STATS_COMPLIANCE_HINT)}</p>
            {body}
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_people_say_them() {
        assert_eq!(duration_text(45, Locale::Id), "≤ 45 menit");
        assert_eq!(duration_text(210, Locale::Id), "≤ 3,5 jam");
        assert_eq!(duration_text(210, Locale::En), "≤ 3.5 h");
        assert_eq!(duration_text(2 * 24 * 60, Locale::En), "≤ 2 days");
    }
}
