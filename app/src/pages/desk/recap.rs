//! `/petugas/laporan/harian` and `/petugas/laporan/bulanan`: the main desk's daily report and
//! monthly recap ([`crate::api::reports`]), laid out to print on A4 (the print style hides the
//! navigation), the recap also as CSV at `/petugas/laporan/bulanan.csv`.

use super::{OfficerBar, SignInFirst, month_query};
use crate::api::ApiError;
use crate::api::reports::{DailyReport, Line, MonthlyRecap, desk_daily_report, desk_monthly_recap};
use crate::components::language::{tr, use_locale};
use crate::components::satisfaction::SatisfactionIndex;
use crate::domain::desk_list::Choice;
use crate::domain::sop::Step;
use crate::domain::status::{Role, Status};
use crate::i18n::{Locale, ui};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// A code's label in `locale`: a timeline entry (a step or a record), a status, a step of the
/// SOP or one of `categories`; the code itself if none.
fn label(code: &str, categories: &[Choice], locale: Locale) -> String {
    use crate::domain::timeline::EntryKind;
    if code == EntryKind::Filed.code() {
        return ui::RECAP_FILED.get(locale).to_owned();
    }
    if let Some(kind) = EntryKind::parse_code(code) {
        return kind.label().get(locale).to_owned();
    }
    if let Some(status) = Status::parse_code(code) {
        return status.label().get(locale).to_owned();
    }
    if let Some(step) = Step::ALL.into_iter().find(|step| step.code() == code) {
        return step.label().get(locale).to_owned();
    }
    if let Some(category) = categories.iter().find(|category| category.code == code) {
        return category.name(locale).to_owned();
    }
    code.to_owned()
}

/// An agency's name, or the main desk for `""`.
fn desk_name(agency: &str, locale: Locale) -> String {
    if agency.is_empty() {
        ui::RECAP_MAIN_DESK.get(locale).to_owned()
    } else {
        agency.to_owned()
    }
}

/// Who a line is credited to: the agency by name, else the main desk, the reporter or the
/// system.
fn credited(line: &Line, locale: Locale) -> String {
    match line.actor {
        Some(role @ (Role::Reporter | Role::System)) => role.label().get(locale).to_owned(),
        _ => desk_name(&line.agency, locale),
    }
}

/// A table of lines: agency, what, how many.
#[component]
fn Lines(
    lines: Vec<Line>,
    testid: &'static str,
    with_agency: bool,
    #[prop(optional)] categories: Vec<Choice>,
) -> impl IntoView {
    let locale = use_locale();
    if lines.is_empty() {
        return view! { <p data-testid=testid>{tr(ui::RECAP_NONE)}</p> }.into_any();
    }
    view! {
        <table class="stats-table" data-testid=testid>
            <tbody>
                {lines
                    .into_iter()
                    .map(|line| {
                        let agency = with_agency
                            .then(|| view! { <td class="text">{credited(&line, locale.get_untracked())}</td> });
                        view! {
                            <tr>
                                {agency}
                                <th scope="row">{label(&line.key, &categories, locale.get_untracked())}</th>
                                <td>{line.count}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The daily report page.
#[component]
pub fn DeskDailyReportPage() -> impl IntoView {
    let query = use_query_map();
    let day = move || query.read().get("tanggal").and_then(|day| day.parse().ok());
    let report = Resource::new(day, desk_daily_report);
    view! {
        <Title text=tr(ui::RECAP_DAILY_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match report.await {
                    Ok(report) => view! { <Daily report/> }.into_any(),
                    Err(ApiError::Forbidden) => view! { <SignInFirst/> }.into_any(),
                    Err(_) => view! { <p>{tr(ui::DESK_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Daily(report: DailyReport) -> impl IntoView {
    let DailyReport {
        officer,
        day,
        received,
        moved,
        overdue,
        categories,
    } = report;
    let total: u64 = received.iter().map(|line| line.count).sum();
    view! {
        <div class="no-print">
            <OfficerBar officer/>
            <form method="get" action="/petugas/laporan/harian" class="period">
                <label for="tanggal">{tr(ui::RECAP_DAY)}</label>
                <input id="tanggal" name="tanggal" type="date" value=day.to_string()/>
                <button class="button" type="submit">{tr(ui::STATS_SHOW)}</button>
            </form>
        </div>
        <article class="report">
            <h1>{tr(ui::RECAP_DAILY_HEADING)} " " {day.format("%d-%m-%Y").to_string()}</h1>
            <h2>{tr(ui::RECAP_RECEIVED)} ": " <span data-testid="received">{total}</span></h2>
            <Lines lines=received testid="received-by-category" with_agency=false categories/>
            <h2>{tr(ui::RECAP_MOVED)}</h2>
            <Lines lines=moved testid="moved" with_agency=true/>
            <h2>{tr(ui::RECAP_OVERDUE)}</h2>
            <Lines lines=overdue testid="overdue" with_agency=true/>
        </article>
    }
    .into_any()
}

/// The monthly recap page.
#[component]
pub fn DeskMonthlyRecapPage() -> impl IntoView {
    let period = month_query();
    let recap = Resource::new(period, |(year, month)| desk_monthly_recap(year, month));
    view! {
        <Title text=tr(ui::RECAP_MONTHLY_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match recap.await {
                    Ok(recap) => view! { <Monthly recap/> }.into_any(),
                    Err(ApiError::Forbidden) => view! { <SignInFirst/> }.into_any(),
                    Err(_) => view! { <p>{tr(ui::DESK_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Monthly(recap: MonthlyRecap) -> impl IntoView {
    use chrono::Datelike;
    let locale = use_locale();
    let (year, month) = (recap.period.from.year(), recap.period.from.month());
    let csv = format!("/petugas/laporan/bulanan.csv?tahun={year}&bulan={month}");
    let steps = recap.steps.clone();
    let agencies = recap.agencies.clone();
    let query = use_query_map();
    let sent = move || {
        query.read().get("monev").map(|count| {
            ui::RECAP_MONITORING_SENT
                .get(locale.get())
                .replace("{n}", &count)
        })
    };
    let slowest = recap.slowest.clone();
    let share = |met: u64, due: u64| {
        if due == 0 {
            "—".to_owned()
        } else {
            format!("{:.0}%", met as f64 * 100.0 / due as f64)
        }
    };
    view! {
        <div class="no-print">
            <OfficerBar officer=recap.officer.clone()/>
            <form method="get" action="/petugas/laporan/bulanan" class="period">
                <label for="tahun">{tr(ui::STATS_YEAR)}</label>
                <input id="tahun" name="tahun" type="number" value=year.to_string()/>
                <label for="bulan">{tr(ui::STATS_MONTH)}</label>
                <input id="bulan" name="bulan" type="number" min="1" max="12" value=month.to_string()/>
                <button class="button" type="submit">{tr(ui::STATS_SHOW)}</button>
            </form>
            <p>
                <a href=csv data-testid="recap-csv">"CSV"</a>
                " · "
                <a href="/petugas/laporan/harian">{tr(ui::RECAP_DAILY_HEADING)}</a>
            </p>
            <p class="notice" role="status" data-testid="monev-sent">{sent}</p>
            <form method="post" action="/petugas/laporan/monev" class="period">
                <input type="hidden" name="tahun" value=year.to_string()/>
                <input type="hidden" name="bulan" value=month.to_string()/>
                <label for="agency">{tr(ui::RECAP_MONITORING)}</label>
                <select id="agency" name="agency">
                    {agencies
                        .into_iter()
                        .map(|(code, name)| view! { <option value=code>{name}</option> })
                        .collect_view()}
                </select>
                <button class="button" type="submit">{tr(ui::RECAP_MONITORING_SEND)}</button>
            </form>
        </div>
        <article class="report">
            <h1>
                {tr(ui::RECAP_MONTHLY_HEADING)} " "
                {recap.period.from.format("%m-%Y").to_string()}
            </h1>
            <dl class="facts">
                <dt>{tr(ui::RECAP_RECEIVED)}</dt>
                <dd data-testid="received">{recap.received}</dd>
                <dt>{tr(ui::STATS_REOPEN_RATE)}</dt>
                <dd>{recap.reopen_rate.map_or_else(|| "—".to_owned(), |rate| format!("{:.0}%", rate * 100.0))}</dd>
                {recap
                    .mean_rating
                    .map(|(mean, rated)| {
                        view! {
                            <dt>{tr(ui::STATS_MEAN_RATING)}</dt>
                            <dd>{format!("{mean:.1} / 5 ({rated})")}</dd>
                        }
                    })}
            </dl>
            <SatisfactionIndex
                satisfaction=recap.satisfaction.clone()
                threshold=crate::domain::disclosure::DEFAULT_THRESHOLD
            />
            <h2>{tr(ui::STATS_BY_AGENCY)}</h2>
            <Lines lines=recap.by_agency.clone() testid="by-agency" with_agency=false/>
            <h2>{tr(ui::STATS_BY_DISTRICT)}</h2>
            <Lines lines=recap.by_district.clone() testid="by-district" with_agency=false/>
            <h2>{tr(ui::STATS_VERDICTS)}</h2>
            <Lines lines=recap.verdicts.clone() testid="verdicts" with_agency=false/>
            <h2>{tr(ui::RECAP_COMPLIANCE)}</h2>
            <table class="stats-table" data-testid="steps">
                <thead>
                    <tr>
                        <th scope="col">{tr(ui::RECAP_STEP)}</th>
                        <th scope="col">{tr(ui::RECAP_OWNER)}</th>
                        <th scope="col">{tr(ui::RECAP_DUE)}</th>
                        <th scope="col">{tr(ui::RECAP_MET)}</th>
                        <th scope="col">"%"</th>
                    </tr>
                </thead>
                <tbody>
                    {steps
                        .into_iter()
                        .map(|line| {
                            view! {
                                <tr>
                                    <th scope="row">{label(&line.step, &[], locale.get_untracked())}</th>
                                    <td class="text">{desk_name(&line.agency, locale.get_untracked())}</td>
                                    <td>{line.due}</td>
                                    <td>{line.met}</td>
                                    <td>{share(line.met, line.due)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <h2>{tr(ui::RECAP_SLOWEST)}</h2>
            <table class="stats-table" data-testid="slowest">
                <tbody>
                    {slowest
                        .into_iter()
                        .map(|case| {
                            let href = format!("/petugas/aduan/{}", case.tracking_code);
                            view! {
                                <tr>
                                    <th scope="row"><a href=href>{case.tracking_code.clone()}</a></th>
                                    <td class="text">{case.title}</td>
                                    <td class="text">{label(&case.status, &[], locale.get_untracked())}</td>
                                    <td class="text">{case.agency.unwrap_or_default()}</td>
                                    <td>{case.days_open} " " {tr(ui::RECAP_DAYS)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </article>
    }
    .into_any()
}
