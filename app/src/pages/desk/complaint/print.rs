//! `/petugas/aduan/:code/cetak`: the complaint's file for the archive, on A4: its facts, its
//! text, the answer, every step with who took it and when, and a Berita Acara for each field
//! verification (Kapuas' row 3) with room for the signatures. It shows what the officer's own
//! page shows them and nothing more: the server scopes [`desk_complaint`] by the session.

use crate::api::ApiError;
use crate::api::desk::{ComplaintOnDesk, DeskTimelineItem, desk_complaint};
use crate::components::language::{tr, use_locale};
use crate::domain::complaint::Channel;
use crate::domain::desk_list::Choice;
use crate::domain::status::ActionKind;
use crate::domain::timeline::{EntryKind, FieldReport};
use crate::i18n::moment::format_moment;
use crate::i18n::ui;
use crate::pages::desk::SignInFirst;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The printable file.
#[component]
pub fn DeskComplaintPrintPage() -> impl IntoView {
    let params = use_params_map();
    let complaint = Resource::new(
        move || params.read().get("code").unwrap_or_default(),
        desk_complaint,
    );
    view! {
        <Title text=tr(ui::PRINT_FILE)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match complaint.await {
                    Ok(complaint) => view! { <PrintedFile complaint/> }.into_any(),
                    Err(ApiError::Forbidden) => view! { <SignInFirst/> }.into_any(),
                    Err(ApiError::NotFound) => view! { <p>{tr(ui::DESK_NOT_FOUND)}</p> }.into_any(),
                    Err(_) => view! { <p>{tr(ui::DESK_UNAVAILABLE)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PrintedFile(complaint: ComplaintOnDesk) -> impl IntoView {
    let locale = use_locale();
    let ComplaintOnDesk {
        officer,
        office,
        tracking_code,
        title,
        content,
        address,
        village,
        status,
        channel,
        category_name,
        topic,
        agency,
        reporter,
        filed_at,
        timeline,
        agencies,
        ..
    } = complaint;
    let answer = timeline
        .iter()
        .rev()
        .find(|item| item.kind == EntryKind::Action(ActionKind::ProposeResolution))
        .and_then(|item| item.note.clone());
    let reports: Vec<(DeskTimelineItem, FieldReport)> = timeline
        .iter()
        .filter(|item| item.kind == EntryKind::FieldReport)
        .filter_map(|item| {
            let report = FieldReport::from_note(item.note.as_deref()?)?;
            Some((item.clone(), report))
        })
        .collect();
    let channel_label = Channel::ALL
        .into_iter()
        .find(|candidate| candidate.code() == channel)
        .map(Channel::label);
    let back = format!("/petugas/aduan/{tracking_code}");
    let facts = view! {
        <table class="print-facts">
            <tbody>
                <tr>
                    <th scope="row">{tr(ui::TRACK_STATUS)}</th>
                    <td data-testid="print-status">{move || status.label().get(locale.get())}</td>
                </tr>
                <tr>
                    <th scope="row">{tr(ui::TRACK_FILED_AT)}</th>
                    <td>{format_moment(&filed_at)}</td>
                </tr>
                <tr>
                    <th scope="row">{tr(ui::PRINT_CHANNEL)}</th>
                    <td>{move || channel_label.map(|label| label.get(locale.get()).to_owned())}</td>
                </tr>
                <tr>
                    <th scope="row">{tr(ui::PRINT_CATEGORY)}</th>
                    <td>
                        {move || {
                            category_name
                                .clone()
                                .map_or_else(
                                    || "—".to_owned(),
                                    |(id, en)| if locale.get() == crate::i18n::Locale::Id { id } else { en },
                                )
                        }}
                    </td>
                </tr>
                {topic
                    .map(|topic| {
                        view! {
                            <tr>
                                <th scope="row">
                                    {move || {
                                        crate::domain::field::Field::Topic.label().get(locale.get())
                                    }}
                                </th>
                                <td>{topic}</td>
                            </tr>
                        }
                    })}
                <tr>
                    <th scope="row">{tr(ui::TRACK_AGENCY)}</th>
                    <td>{agency.clone().unwrap_or_else(|| "—".to_owned())}</td>
                </tr>
                {reporter
                    .map(|reporter| {
                        view! {
                            <tr>
                                <th scope="row">{tr(ui::PRINT_REPORTER)}</th>
                                <td data-testid="print-reporter">
                                    {reporter.name} " · NIK " {reporter.nik_masked}
                                    {reporter.home_address.map(|address| view! { <br/> {address} })}
                                </td>
                            </tr>
                        }
                    })}
            </tbody>
        </table>
    };
    view! {
        <article class="print-file" data-testid="print-file">
            <p class="no-print print-tools">
                <a class="button" href=back>{tr(ui::PRINT_BACK)}</a>
                <button class="button primary" type="button" on:click=|_| print()>
                    {tr(ui::PRINT_NOW)}
                </button>
                <span class="hint">{tr(ui::PRINT_HINT)}</span>
            </p>
            <div class="print-head">
                <p>{office.clone()}</p>
                <h1>{tr(ui::PRINT_FILE)}</h1>
                <p class="tracking-code">{tracking_code.clone()}</p>
            </div>
            {facts}
            <h2>{tr(ui::PRINT_COMPLAINT)}</h2>
            <p><strong>{title}</strong></p>
            <p class="complaint-text">{content}</p>
            <p>{address} {village.map(|village| format!(" · {village}"))}</p>
            {answer
                .map(|answer| {
                    view! {
                        <h2>{tr(ui::TRACK_ANSWER)}</h2>
                        <p class="complaint-text" data-testid="print-answer">{answer}</p>
                    }
                })}
            <h2>{tr(ui::TRACK_TIMELINE)}</h2>
            <table class="print-timeline" data-testid="print-timeline">
                <thead>
                    <tr>
                        <th scope="col">{tr(ui::PRINT_WHEN)}</th>
                        <th scope="col">{tr(ui::PRINT_STEP)}</th>
                        <th scope="col">{tr(ui::PRINT_BY)}</th>
                        <th scope="col">{tr(ui::PRINT_NOTE)}</th>
                    </tr>
                </thead>
                <tbody>
                    {timeline
                        .into_iter()
                        .map(|item| view! { <PrintedStep item agencies=agencies.clone()/> })
                        .collect_view()}
                </tbody>
            </table>
            <p class="print-by">{tr(ui::PRINT_PRINTED_BY)} " " {officer.display_name.clone()}</p>
            {reports
                .into_iter()
                .map(|(item, report)| {
                    view! {
                        <BeritaAcara
                            item
                            report
                            office=office.clone()
                            tracking_code=tracking_code.clone()
                        />
                    }
                })
                .collect_view()}
        </article>
    }
    .into_any()
}

/// One row of the printed timeline.
#[component]
fn PrintedStep(item: DeskTimelineItem, agencies: Vec<Choice>) -> impl IntoView {
    let locale = use_locale();
    let DeskTimelineItem {
        at,
        actor_role,
        officer,
        kind,
        note,
        ..
    } = item;
    // A field report is printed whole in its Berita Acara.
    let note = (kind != EntryKind::FieldReport).then_some(note).flatten();
    view! {
        <tr>
            <td class="nowrap">{format_moment(&at)}</td>
            <td>{move || kind.label().get(locale.get())}</td>
            <td>
                {move || super::timeline::who_acted(officer.as_deref(), actor_role, locale.get())}
            </td>
            <td class="complaint-text">
                {move || {
                    note.as_deref()
                        .map(|note| super::timeline::readable_note(kind, note, &agencies, locale.get()))
                }}
            </td>
        </tr>
    }
}

/// The Berita Acara of one field verification: the day, the officers present, what they found,
/// and the signatures of those who checked and of the head who acknowledges it.
#[component]
fn BeritaAcara(
    item: DeskTimelineItem,
    report: FieldReport,
    office: String,
    tracking_code: String,
) -> impl IntoView {
    let locale = use_locale();
    let visited = report.visited_on();
    let weekday = ui::WEEKDAYS[chrono::Datelike::weekday(&visited).num_days_from_monday() as usize];
    let date = visited.format("%d-%m-%Y").to_string();
    let visitors = report.visitors().to_owned();
    let opening = move || {
        ui::PRINT_REPORT_OPENING
            .get(locale.get())
            .replace("{weekday}", weekday.get(locale.get()))
            .replace("{date}", &date)
            .replace("{code}", &tracking_code)
    };
    view! {
        <section class="berita-acara" data-testid="berita-acara">
            <div class="print-head">
                <p>{office}</p>
                <h2>{tr(ui::PRINT_REPORT_TITLE)}</h2>
            </div>
            <p>{opening}</p>
            <table class="print-facts">
                <tbody>
                    <tr>
                        <th scope="row">{tr(FieldReport::VISITORS_LABEL)}</th>
                        <td>{visitors.clone()}</td>
                    </tr>
                    <tr>
                        <th scope="row">{tr(FieldReport::FINDINGS_LABEL)}</th>
                        <td class="complaint-text">{report.findings().to_owned()}</td>
                    </tr>
                    <tr>
                        <th scope="row">{tr(ui::PRINT_RECORDED)}</th>
                        <td>
                            {format_moment(&item.at)}
                            {item.officer.map(|name| format!(" · {name}"))}
                        </td>
                    </tr>
                </tbody>
            </table>
            <p>{tr(ui::PRINT_REPORT_CLOSING)}</p>
            <div class="signatures">
                <div>
                    <p>{tr(ui::PRINT_SIGN_CHECKED)}</p>
                    <p class="signature-line">{visitors}</p>
                </div>
                <div>
                    <p>{tr(ui::PRINT_SIGN_ACKNOWLEDGED)}</p>
                    <p class="signature-line">"NIP."</p>
                </div>
            </div>
        </section>
    }
}

/// Opens the browser's print dialog (to paper or to PDF).
fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
