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
    let rows = days_off
        .into_iter()
        .map(|day| {
            let date = day.date.format("%Y-%m-%d").to_string();
            let (row_key, shown) = (date.clone(), date.clone());
            let kind = day.kind;
            view! {
                <tr data-date=row_key>
                    <td>{shown}</td>
                    <td>{move || kind.label().get(locale.get())}</td>
                    <td>{day.name}</td>
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
        <p class="hint">{tr(ui::ADMIN_CALENDAR_HINT)}</p>
        <p data-testid="calendar-years">
            {tr(ui::ADMIN_CALENDAR_YEARS)} ": " {years} " · "
            <a href="/petugas/admin/libur.csv" download="hari-libur.csv">{tr(ui::ADMIN_DAYS_OFF_EXPORT)}</a>
        </p>
        <AdminTable testid="days-off" headers=vec![ui::ADMIN_DAY_DATE, ui::ADMIN_DAY_KIND, ui::ADMIN_DAY_NAME]>
            {rows}
        </AdminTable>
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
                <textarea id="libur-csv" name="csv" rows="8" required placeholder="tanggal,jenis,keterangan&#10;2027-01-01,libur_nasional,Tahun Baru 2027 Masehi"></textarea>
                <button class="button primary" type="submit">{tr(ui::ADMIN_DAYS_OFF_IMPORT)}</button>
            </form>
        </div>
        {office_hours.map(|hours| view! { <OfficeHoursTable hours/> })}
    }
    .into_any()
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
