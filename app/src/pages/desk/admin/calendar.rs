//! The working calendar: the days off from this year on, the forms that add, remove and import
//! them, and the office hours of the SOP in force.

use super::AdminTable;
use crate::components::language::{tr, use_locale};
use crate::domain::sop::{DayOff, DayOffKind, OfficeHours};
use crate::i18n::ui;
use leptos::prelude::*;

/// The days off, their forms, and the office hours.
#[component]
pub(super) fn WorkingCalendar(
    days_off: Vec<DayOff>,
    years: Vec<i32>,
    office_hours: Option<OfficeHours>,
) -> impl IntoView {
    let locale = use_locale();
    let years = years
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let mut by_year = std::collections::BTreeMap::<i32, Vec<DayOff>>::new();
    for day in days_off {
        by_year
            .entry(chrono::Datelike::year(&day.date))
            .or_default()
            .push(day);
    }
    let latest = by_year.keys().next_back().copied();
    let tables = by_year
        .into_iter()
        .map(|(year, days)| {
            let open = Some(year) == latest;
            view! { <YearOfDaysOff year days open/> }
        })
        .collect_view();
    view! {
        <p class="hint">{tr(ui::ADMIN_CALENDAR_HINT)}</p>
        <p data-testid="calendar-years">
            {tr(ui::ADMIN_CALENDAR_YEARS)} ": " {years} " · "
            <a href="/petugas/admin/libur.csv" download="hari-libur.csv">{tr(ui::ADMIN_DAYS_OFF_EXPORT)}</a>
        </p>
        <div data-testid="days-off">{tables}</div>
        <div class="calendar-forms">
            <form method="post" action="/petugas/admin/libur" class="desk-action admin-add" data-testid="day-off-add">
                <input type="hidden" name="aksi" value="tambah"/>
                <label for="libur-tanggal">{tr(ui::ADMIN_DAY_DATE)}</label>
                <input id="libur-tanggal" name="tanggal" type="date" required min="2000-01-01" max="2100-12-31"/>
                <label for="libur-jenis">{tr(ui::ADMIN_DAY_KIND)}</label>
                <select id="libur-jenis" name="jenis">
                    {DayOffKind::ALL
                        .into_iter()
                        .map(|kind| {
                            view! {
                                <option value=kind.code() selected=kind == DayOffKind::Regional>
                                    {move || kind.label().get(locale.get())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <label for="libur-keterangan">{tr(ui::ADMIN_DAY_NAME)}</label>
                <input id="libur-keterangan" name="keterangan" required maxlength="120"/>
                <button class="button primary" type="submit">{tr(ui::ADMIN_DAY_ADD)}</button>
            </form>
            <form method="post" action="/petugas/admin/libur" class="desk-action" data-testid="days-off-import">
                <input type="hidden" name="aksi" value="impor"/>
                <label for="libur-csv">{tr(ui::ADMIN_DAYS_OFF_CSV)}</label>
                <textarea id="libur-csv" name="csv" rows="8" required placeholder="tanggal,jenis,keterangan\n2027-01-01,libur_nasional,Tahun Baru 2027 Masehi"></textarea>
                <button class="button primary" type="submit">{tr(ui::ADMIN_DAYS_OFF_IMPORT)}</button>
            </form>
        </div>
        {office_hours.map(|hours| view! { <OfficeHoursTable hours/> })}
    }
    .into_any()
}

/// One year's days off, folded under how many of each kind it has (17 national holidays and 8
/// days of leave in a whole decree), each with the button that removes it.
#[component]
fn YearOfDaysOff(year: i32, days: Vec<DayOff>, open: bool) -> impl IntoView {
    let locale = use_locale();
    let counts: Vec<(DayOffKind, usize)> = DayOffKind::ALL
        .into_iter()
        .map(|kind| (kind, days.iter().filter(|day| day.kind == kind).count()))
        .collect();
    let rows = days
        .into_iter()
        .map(|day| {
            let date = day.date.format("%Y-%m-%d").to_string();
            let (row_key, shown) = (date.clone(), date.clone());
            let kind = day.kind;
            view! {
                <tr data-date=row_key>
                    <td class="nowrap">{shown}</td>
                    <td>
                        {day.name}
                        <br/>
                        <small class="hint">{move || kind.label().get(locale.get())}</small>
                    </td>
                    <td>
                        <form method="post" action="/petugas/admin/libur">
                            <input type="hidden" name="aksi" value="hapus"/>
                            <input type="hidden" name="tanggal" value=date/>
                            <input type="hidden" name="jenis" value=kind.code()/>
                            <button class="button small" type="submit">{tr(ui::ADMIN_REMOVE)}</button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="days-off-year" open=open data-year=year>
            <summary>
                <strong>{year}</strong>
                " — "
                {move || {
                    counts
                        .iter()
                        .map(|(kind, count)| format!("{}: {count}", kind.label().get(locale.get())))
                        .collect::<Vec<_>>()
                        .join(" · ")
                }}
            </summary>
            <AdminTable testid=format!("days-off-{year}") headers=vec![ui::ADMIN_DAY_DATE, ui::ADMIN_DAY_NAME]>
                {rows}
            </AdminTable>
        </details>
    }
}

/// The office hours of each day of the week.
#[component]
fn OfficeHoursTable(hours: OfficeHours) -> impl IntoView {
    let locale = use_locale();
    let rows = ui::WEEKDAYS
        .into_iter()
        .zip(hours.week)
        .map(|(day, shifts)| {
            let shown = if shifts.is_empty() {
                None
            } else {
                Some(
                    shifts
                        .iter()
                        .map(|shift| {
                            format!(
                                "{}–{}",
                                shift.start.format("%H:%M"),
                                shift.end.format("%H:%M")
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            };
            view! {
                <tr>
                    <th scope="row">{move || day.get(locale.get())}</th>
                    <td>
                        {move || {
                            shown.clone().unwrap_or_else(|| ui::ADMIN_CLOSED.get(locale.get()).to_owned())
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3>{tr(ui::ADMIN_OFFICE_HOURS)}</h3>
        <table class="stats-table" data-testid="office-hours">
            <tbody>{rows}</tbody>
        </table>
    }
}
