//! `/privasi`: the privacy notice in force, on a page of its own: the filing form links to it,
//! and a message channel sends its address before it asks for a NIK.

use crate::api::complaints::privacy_notice;
use crate::components::language::tr;
use crate::components::privacy::PrivacyNoticeFacts;
use crate::i18n::ui;
use leptos::prelude::*;
use leptos_meta::Title;

/// The privacy notice's page.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let notice = Resource::new(|| (), |()| privacy_notice());
    view! {
        <Title text=tr(ui::PRIVACY_HEADING)/>
        <h1>{tr(ui::PRIVACY_HEADING)}</h1>
        <p class="lead">{tr(ui::PRIVACY_INTRO)}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match notice.await {
                    Ok(Some(notice)) => {
                        let version = notice.version.number();
                        view! {
                            <PrivacyNoticeFacts notice/>
                            <p>{tr(ui::PRIVACY_RIGHTS)}</p>
                            <p class="hint" data-testid="privacy-version">
                                {tr(ui::PRIVACY_VERSION)} " " {version}
                            </p>
                        }
                            .into_any()
                    }
                    _ => view! { <p>{tr(ui::PRIVACY_MISSING)}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}
