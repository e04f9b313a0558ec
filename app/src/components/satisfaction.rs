//! The public satisfaction index (IKM) as the statistics page and the desk's monthly recap show
//! it: every agency together with each element's mean, then each agency, all through the
//! disclosure rule ([`crate::domain::public_statistics::PublishedIndex`]).

use crate::components::language::{tr, use_locale};
use crate::domain::public_statistics::{PublishedIndex, Satisfaction};
use crate::i18n::{Locale, ui};
use leptos::prelude::*;

/// `value` with two decimals, written as the reader's language writes numbers.
fn decimal(value: f64, locale: Locale) -> String {
    let text = format!("{value:.2}");
    match locale {
        Locale::Id => text.replace('.', ","),
        Locale::En => text,
    }
}

/// "Maret 2026" from `2026-03`.
fn month_text(month: &str, locale: Locale) -> String {
    let mut parts = month.splitn(2, '-');
    let year = parts.next().unwrap_or_default();
    match parts.next().and_then(|number| number.parse().ok()) {
        Some(number) => format!("{} {year}", crate::i18n::moment::month_name(number, locale)),
        None => month.to_owned(),
    }
}

/// The satisfaction index: all agencies together with each element's mean, then each agency.
#[component]
pub fn SatisfactionIndex(
    /// The figures to show.
    satisfaction: Satisfaction,
    /// Fewer respondents than this are not shown.
    threshold: u64,
) -> impl IntoView {
    use crate::domain::satisfaction::Element;
    let locale = use_locale();
    let Satisfaction {
        first_month,
        last_month,
        overall,
        agencies,
    } = satisfaction;
    let hint = move || {
        let locale = locale.get();
        let months = if first_month == last_month {
            month_text(&first_month, locale)
        } else {
            format!(
                "{} – {}",
                month_text(&first_month, locale),
                month_text(&last_month, locale)
            )
        };
        ui::STATS_IKM_HINT
            .get(locale)
            .replace("{months}", &months)
            .replace("{n}", &threshold.to_string())
    };
    let grade = move |index: &PublishedIndex| {
        let grade = index.grade;
        move || {
            let locale = locale.get();
            ui::STATS_IKM_GRADE
                .get(locale)
                .replace("{grade}", grade.letter())
                .replace("{label}", grade.label().get(locale))
        }
    };
    let index_cell = move |index: &PublishedIndex| {
        let (value, grade) = (index.index.value, index.grade);
        move || format!("{} ({})", decimal(value, locale.get()), grade.letter())
    };
    let respondents_cell = move |index: &PublishedIndex| {
        let (respondents, minimum) = (index.respondents, index.minimum_sample);
        let below = (!index.meets_minimum).then(|| {
            view! { <span class="hint below-minimum">{tr(ui::STATS_IKM_BELOW_MINIMUM)}</span> }
        });
        view! { {format!("{respondents} / {minimum}")} {below} }
    };
    let body = match overall {
        None => view! { <p data-testid="ikm-empty">{tr(ui::STATS_IKM_EMPTY)}</p> }.into_any(),
        Some(overall) => {
            let value = overall.index.value;
            let sample = {
                let (respondents, minimum) = (overall.respondents, overall.minimum_sample);
                move || {
                    ui::STATS_IKM_SAMPLE
                        .get(locale.get())
                        .replace("{n}", &respondents.to_string())
                        .replace("{min}", &minimum.to_string())
                }
            };
            let below = (!overall.meets_minimum).then(|| {
                view! { <p class="notice">{tr(ui::STATS_IKM_BELOW_MINIMUM)}</p> }
            });
            let elements = Element::ALL
                .into_iter()
                .zip(overall.index.element_means.clone())
                .map(|(element, mean)| {
                    view! {
                        <tr>
                            <th scope="row">{move || element.name().get(locale.get())}</th>
                            <td>{move || decimal(mean, locale.get())}</td>
                        </tr>
                    }
                })
                .collect_view();
            let rows = agencies
                .into_iter()
                .map(|agency| {
                    view! {
                        <tr>
                            <th scope="row">{agency.agency.clone()}</th>
                            <td>{index_cell(&agency.index)}</td>
                            <td>{respondents_cell(&agency.index)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <p class="ikm-headline" data-testid="ikm">
                    <strong class="ikm-value">{move || decimal(value, locale.get())}</strong>
                    " "
                    <span>{grade(&overall)}</span>
                </p>
                <p class="hint" data-testid="ikm-sample">{sample}</p>
                <p class="hint">{tr(ui::STATS_IKM_GRADES)}</p>
                {below}
                <table class="stats-table" data-testid="ikm-elements">
                    <thead>
                        <tr>
                            <th scope="col">{tr(ui::STATS_IKM_ELEMENT)}</th>
                            <th scope="col">{tr(ui::STATS_IKM_MEAN)}</th>
                        </tr>
                    </thead>
                    <tbody>{elements}</tbody>
                </table>
                <div class="table-scroll">
                <table class="stats-table ikm-agencies" data-testid="ikm-agencies">
                    <thead>
                        <tr>
                            <th scope="col">{tr(ui::STATS_IKM_AGENCY)}</th>
                            <th scope="col">{tr(ui::STATS_IKM_INDEX)}</th>
                            <th scope="col">{tr(ui::STATS_IKM_RESPONDENTS)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section class="stats-section" data-testid="satisfaction">
            <h2>{tr(ui::STATS_IKM)}</h2>
            <p class="hint">{hint}</p>
            {body}
        </section>
    }
    .into_any()
}
