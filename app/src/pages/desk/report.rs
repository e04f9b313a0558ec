//! `/petugas/laporan`: for the main desk, how often each agency returned a dispatch as not its
//! business and how often its answers were sent back for fixing, in a year or a month.

use super::{OfficerBar, SignInFirst, month_query};
use crate::api::ApiError;
use crate::api::desk::{BounceReport, desk_bounces};
use crate::components::language::tr;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;

/// The report page.
#[component]
pub fn DeskReportPage() -> impl IntoView {
    let period = month_query();
    let report = Resource::new(period, |(year, month)| desk_bounces(year, month));
    view! {
        <Title text=tr(ui::DESK_REPORT_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match report.await {
                    Ok(report) => view! { <Report report/> }.into_any(),
                    Err(ApiError::Forbidden) => view! { <SignInFirst/> }.into_any(),
                    Err(_) => view! { <p>{tr(ui::DESK_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Report(report: BounceReport) -> impl IntoView {
    let BounceReport {
        officer,
        period,
        lines,
    } = report;
    let empty = lines.is_empty();
    view! {
        <OfficerBar officer/>
        <h1>{tr(ui::DESK_REPORT_HEADING)}</h1>
        <p class="lead">
            {period.from.format("%d-%m-%Y").to_string()} " – "
            {period.to.format("%d-%m-%Y").to_string()}
        </p>
        <form method="get" action="/petugas/laporan" class="period">
            <label for="tahun">{tr(ui::STATS_YEAR)}</label>
            <input id="tahun" name="tahun" type="number" value=period.from.format("%Y").to_string()/>
            <label for="bulan">{tr(ui::STATS_MONTH)}</label>
            <input id="bulan" name="bulan" type="number" min="1" max="12"/>
            <button class="button" type="submit">{tr(ui::STATS_SHOW)}</button>
        </form>
        {empty.then(|| view! { <p>{tr(ui::DESK_REPORT_EMPTY)}</p> })}
        <table class="stats-table" data-testid="bounces">
            <thead>
                <tr>
                    <th>{tr(ui::TRACK_AGENCY)}</th>
                    <th>{tr(ui::DESK_REPORT_DISPATCHED)}</th>
                    <th>{tr(ui::DESK_REPORT_RETURNED)}</th>
                    <th>{tr(ui::DESK_REPORT_SENT_BACK)}</th>
                    <th>{tr(ui::DESK_REPORT_RECALLED)}</th>
                    <th>{tr(ui::DESK_REPORT_REMINDED)}</th>
                </tr>
            </thead>
            <tbody>
                {lines
                    .into_iter()
                    .map(|line| {
                        view! {
                            <tr>
                                <th scope="row">{line.agency}</th>
                                <td>{line.dispatched}</td>
                                <td>{line.returned}</td>
                                <td>{line.sent_back}</td>
                                <td>{line.recalled}</td>
                                <td>{line.reminded}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
