//! The document shell and the route tables: every page of the site is listed here, in one of two
//! apps that hydrate with bundles of their own, [`CitizenApp`] and [`DeskApp`].

pub use crate::bundle::Bundle;
use crate::components::language::{provide_locale, tr};
use crate::components::layout::Header;
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
    let bundle = use_context::<axum::http::request::Parts>().map_or(Bundle::Citizen, |request| {
        Bundle::for_path(request.uri.path())
    });
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
                <HydrationScripts options/>
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
            <Header external_home=bundle == Bundle::Desk/>
            <main class=if bundle == Bundle::Desk { "page desk" } else { "page" }>{children()}</main>
        </Router>
    }
}

/// The citizens' side: routes, language and the page frame.
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
                <Route path=(StaticSegment("lacak"), ParamSegment("code")) view=TrackingPage/>
            </Routes>
        </Frame>
    }
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
}
