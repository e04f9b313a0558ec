//! The document shell and the route tables: every page of the site is listed here, in one of two
//! apps with browser bundles of their own. [`CitizenApp`]'s pages are server HTML in which only the
//! islands (`#[island]`: the filing form) hydrate; [`DeskApp`] hydrates whole.

pub use crate::bundle::Bundle;
use crate::components::language::{provide_locale, tr};
use crate::components::layout::{Footer, Header};
use crate::i18n::ui;
use crate::pages::{
    desk::{
        admin::DeskAdminPage,
        complaint::{DeskComplaintPage, print::DeskComplaintPrintPage},
        intake::DeskIntakePage,
        login::DeskLoginPage,
        queue::DeskQueuePage,
        recap::{DeskDailyReportPage, DeskMonthlyRecapPage},
        report::DeskReportPage,
        setup::{DeskAccountPage, DeskSetupPage},
    },
    file_complaint::FileComplaintPage,
    home::HomePage,
    privacy::PrivacyPage,
    public_list::PublicListPage,
    receipt::ReceiptPage,
    statistics::StatisticsPage,
    track::{TrackLookupPage, TrackingPage},
};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::MetaTags;
use leptos_meta::{Html, Title, provide_meta_context};
use leptos_router::{
    ParamSegment, SsrMode, StaticSegment,
    components::{Route, Router, Routes},
};

/// The HTML document the server renders around [`CitizenApp`] or [`DeskApp`], whichever the
/// request's path belongs to: the head (rendered on the server only, never hydrated) and the app.
#[cfg(feature = "ssr")]
pub fn shell(mut options: LeptosOptions) -> impl IntoView {
    let path = use_context::<axum::http::request::Parts>()
        .map(|request| request.uri.path().to_owned())
        .unwrap_or_default();
    let bundle = Bundle::for_path(&path);
    // Outside its islands a citizens' page never hydrates: it needs no hydration data (the islands
    // turn it back on for themselves).
    if bundle == Bundle::Citizen
        && let Some(context) = Owner::current_shared_context()
    {
        context.set_is_hydrating(false);
    }

    // The response's content policy allows exactly the inline scripts of this render.
    if let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) && let Ok(policy) =
        axum::http::HeaderValue::from_str(&crate::handlers::guard::page_policy(&nonce))
    {
        response.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, policy);
    }
    // The built files' names carry a hash of their content, so browsers may keep them for a year.
    let assets = use_context::<crate::state::AppState>()
        .map(|state| state.assets.clone())
        .unwrap_or_default();
    options.output_name = assets.bundle(bundle).into();
    let script = Bundle::loads_script(&path)
        .then(|| view! { <HydrationScripts options islands=bundle == Bundle::Citizen/> });
    let stylesheet = assets.stylesheet_href();
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#0b5d4b"/>
                <link rel="icon" type="image/svg+xml" href="/favicon.svg"/>
                <link rel="stylesheet" href=stylesheet/>
                {script}
                <MetaTags/>
            </head>
            <body>
                {match bundle {
                    Bundle::Citizen => view! { <CitizenApp/> }.into_any(),
                    Bundle::Desk => view! { <DeskApp/> }.into_any(),
                }}
            </body>
        </html>
    }
}

/// What every page has around it: the document's language and title, the header, the main area.
#[component]
fn Frame(bundle: Bundle, children: Children) -> impl IntoView {
    provide_meta_context();
    let locale = provide_locale();
    view! {
        <Html attr:lang=move || locale.get().code()/>
        <Title formatter=move |page: String| format!("{page} · Aduan")/>
        <Router>
            <Header bundle/>
            <main class=if bundle == Bundle::Desk { "page desk" } else { "page" }>{children()}</main>
            {(bundle == Bundle::Citizen).then(|| view! { <Footer/> })}
        </Router>
    }
}

/// The citizens' side: routes, language and the page frame. Rendered on the server only; in the
/// browser only its islands come alive.
#[component]
pub fn CitizenApp() -> impl IntoView {
    view! {
        <Frame bundle=Bundle::Citizen>
            <Routes fallback=NotFound>
                <Route path=StaticSegment("") view=HomePage/>
                <Route path=StaticSegment("lapor") view=FileComplaintPage/>
                // Async: the receipt sets a cookie, so its headers wait for its data.
                <Route
                    path=(StaticSegment("lapor"), StaticSegment("terkirim"), ParamSegment("code"))
                    view=ReceiptPage
                    ssr=SsrMode::Async
                />
                <Route path=StaticSegment("lacak") view=TrackLookupPage/>
                <Route path=StaticSegment("statistik") view=StatisticsPage/>
                <Route path=StaticSegment("aduan") view=PublicListPage/>
                <Route path=StaticSegment("privasi") view=PrivacyPage/>
                <Route path=(StaticSegment("lacak"), ParamSegment("code")) view=TrackingPage/>
            </Routes>
        </Frame>
    }
}

/// Hydrates the islands of a citizens' page, in the browser: the loader script then calls each
/// island's own export. Called from the bundle's entry point, which so links this crate and with it
/// the islands' exports.
#[cfg(feature = "hydrate")]
pub fn hydrate_citizen_islands() {
    leptos::mount::hydrate_islands();
}

/// The officers' desk, everything under `/petugas`: a bundle of its own.
#[component]
pub fn DeskApp() -> impl IntoView {
    view! {
        <Frame bundle=Bundle::Desk>
            <Routes fallback=NotFound>
                <Route path=StaticSegment("petugas") view=DeskQueuePage/>
                <Route path=(StaticSegment("petugas"), StaticSegment("masuk")) view=DeskLoginPage/>
                <Route path=(StaticSegment("petugas"), StaticSegment("siapkan")) view=DeskSetupPage/>
                <Route path=(StaticSegment("petugas"), StaticSegment("akun")) view=DeskAccountPage/>
                <Route
                    path=(StaticSegment("petugas"), StaticSegment("laporan"), StaticSegment("harian"))
                    view=DeskDailyReportPage
                />
                <Route
                    path=(StaticSegment("petugas"), StaticSegment("laporan"), StaticSegment("bulanan"))
                    view=DeskMonthlyRecapPage
                />
                <Route path=(StaticSegment("petugas"), StaticSegment("laporan")) view=DeskReportPage/>
                <Route path=(StaticSegment("petugas"), StaticSegment("lapor")) view=DeskIntakePage/>
                <Route path=(StaticSegment("petugas"), StaticSegment("admin")) view=DeskAdminPage/>
                <Route
                    path=(StaticSegment("petugas"), StaticSegment("aduan"), ParamSegment("code"))
                    view=DeskComplaintPage
                />
                <Route
                    path=(
                        StaticSegment("petugas"),
                        StaticSegment("aduan"),
                        ParamSegment("code"),
                        StaticSegment("cetak"),
                    )
                    view=DeskComplaintPrintPage
                />
            </Routes>
        </Frame>
    }
}

/// Shown for any address the site does not have.
#[component]
fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=tr(ui::NOT_FOUND)/>
        <p>{tr(ui::NOT_FOUND)}</p>
        <a href="/">{tr(ui::BACK_HOME)}</a>
    }
}

#[cfg(test)]
mod tests {
    use super::Bundle;

    #[test]
    fn the_desk_bundle_is_everything_under_petugas_and_nothing_else() {
        for path in [
            "/petugas",
            "/petugas/",
            "/petugas/masuk",
            "/petugas/aduan/ADU-ABCD-2345",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::Desk, "{path}");
        }
        for path in [
            "/",
            "/lapor",
            "/lacak/ADU-ABCD-2345",
            "/petugasku",
            "/statistik",
        ] {
            assert_eq!(Bundle::for_path(path), Bundle::Citizen, "{path}");
        }
    }

    #[test]
    fn of_the_citizens_pages_only_the_filing_form_loads_a_script() {
        for path in [
            "/lapor",
            "/lapor/",
            "/petugas",
            "/petugas/aduan/ADU-ABCD-2345",
        ] {
            assert!(Bundle::loads_script(path), "{path}");
        }
        for path in [
            "/",
            "/lapor/terkirim/ADU-ABCD-2345",
            "/lacak",
            "/statistik",
            "/aduan",
        ] {
            assert!(!Bundle::loads_script(path), "{path}");
        }
    }
}
