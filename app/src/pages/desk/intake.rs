//! `/petugas/lapor`: the main desk enters a complaint for a citizen who came by WhatsApp, SMS,
//! phone, e-mail, social media or in person (the SOPs of Trenggalek, Tanah Bumbu, Surabaya and
//! Cilacap). The same filing form and rules as the citizens', with the channel asked; the server
//! accepts a channel other than the web form only from a main-desk session.

use super::{OfficerBar, SignInFirst};
use crate::api::desk::desk_officer;
use crate::components::language::tr;
use crate::domain::officer::OfficerRole;
use crate::i18n::ui;
use crate::pages::file_complaint::FilingForm;
use leptos::prelude::*;
use leptos_meta::Title;

/// The intake page.
#[component]
pub fn DeskIntakePage() -> impl IntoView {
    let officer = Resource::new(|| (), |()| desk_officer());
    view! {
        <Title text=tr(ui::INTAKE_HEADING)/>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match officer.await {
                    Ok(officer) if officer.role == OfficerRole::MainDesk => {
                        view! {
                            <OfficerBar officer/>
                            <FilingForm on_behalf=true/>
                        }
                            .into_any()
                    }
                    Ok(_) => view! { <p>{tr(ui::INTAKE_MAIN_DESK_ONLY)}</p> }.into_any(),
                    Err(_) => view! { <SignInFirst/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
