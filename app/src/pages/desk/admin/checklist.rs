//! The first-run checklist: what a new region still has to set up before the desk takes
//! complaints, each step with what is there now and a link to the section that does it.

use crate::api::admin::{AccountRow, DistrictRow, ManagedChoice};
use crate::components::language::tr;
use crate::domain::officer::OfficerRole;
use crate::i18n::ui;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// What a new region still has to set up, step by step, each with what is there now.
#[derive(Clone, Debug)]
pub(super) struct Checklist {
    /// (what, what is there, whether it is done, the section that does it).
    steps: Vec<(crate::i18n::Text, String, bool, &'static str)>,
}

impl Checklist {
    pub(super) fn of(
        region_prefix: &str,
        sop_chosen: bool,
        districts: &[DistrictRow],
        categories: &[ManagedChoice],
        default_agencies: &BTreeMap<String, String>,
        agencies: &[ManagedChoice],
        accounts: &[AccountRow],
    ) -> Checklist {
        let active_districts = districts.iter().filter(|district| district.active).count();
        let active_agencies: Vec<&str> = agencies
            .iter()
            .filter(|agency| agency.active)
            .map(|agency| agency.code.as_str())
            .collect();
        let active_categories: Vec<&str> = categories
            .iter()
            .filter(|category| category.active)
            .map(|category| category.code.as_str())
            .collect();
        let with_default = active_categories
            .iter()
            .filter(|code| default_agencies.contains_key(**code))
            .count();
        let main_desk = accounts
            .iter()
            .filter(|account| account.active && account.role == OfficerRole::MainDesk)
            .count();
        let staffed = active_agencies
            .iter()
            .filter(|code| {
                accounts
                    .iter()
                    .any(|account| account.active && account.agency.as_deref() == Some(**code))
            })
            .count();
        Checklist {
            steps: vec![
                (
                    ui::SETUP_PREFIX,
                    region_prefix.to_owned(),
                    true,
                    "persiapan",
                ),
                (ui::SETUP_SOP, String::new(), sop_chosen, "sop"),
                (
                    ui::SETUP_DISTRICTS,
                    active_districts.to_string(),
                    active_districts > 0,
                    "kecamatan",
                ),
                (
                    ui::SETUP_AGENCIES,
                    active_agencies.len().to_string(),
                    !active_agencies.is_empty(),
                    "opd",
                ),
                (
                    ui::SETUP_CATEGORIES,
                    format!("{} ({with_default})", active_categories.len()),
                    !active_categories.is_empty(),
                    "kategori",
                ),
                (
                    ui::SETUP_MAIN_DESK,
                    main_desk.to_string(),
                    main_desk > 0,
                    "akun",
                ),
                (
                    ui::SETUP_AGENCY_ACCOUNTS,
                    format!("{staffed} / {}", active_agencies.len()),
                    staffed == active_agencies.len() && staffed > 0,
                    "akun",
                ),
            ],
        }
    }

    fn done(&self) -> bool {
        self.steps.iter().all(|(_, _, done, _)| *done)
    }
}

/// The first-run checklist: open while a step is left, folded once every one is done.
#[component]
pub(super) fn SetupChecklist(checklist: Checklist) -> impl IntoView {
    let open = !checklist.done();
    let rows = checklist
        .steps
        .into_iter()
        .map(|(text, state, done, section)| {
            view! {
                <li class=if done { "done" } else { "todo" } data-done=done.to_string()>
                    <span class="mark">
                        {if done { tr(ui::CHECKLIST_DONE) } else { tr(ui::CHECKLIST_TODO) }}
                    </span>
                    <a href=format!("#{section}") target="_self">
                        {tr(text)}
                    </a>
                    {(!state.is_empty()).then(|| view! { <strong>{state}</strong> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <details
            id="persiapan"
            class="admin-section setup-checklist"
            open=open
            data-testid="setup-checklist"
        >
            <summary>
                <h2>{tr(ui::SETUP_CHECKLIST)}</h2>
            </summary>
            <p class="hint">{tr(ui::SETUP_CHECKLIST_INTRO)}</p>
            <ol>{rows}</ol>
        </details>
    }
}
