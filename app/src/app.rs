//! The document shell and the route table: every page of the site is listed here.

use crate::components::language::{provide_locale, tr};
use crate::components::layout::Header;
use crate::i18n::ui;
use crate::pages::{
    desk::{
        admin::DeskAdminPage,
        complaint::DeskComplaintPage,
        intake::DeskIntakePage,
        login::DeskLoginPage,
        queue::DeskQueuePage,
        recap::{DeskDailyReportPage, DeskMonthlyRecapPage},
        report::DeskReportPage,
    },
    file_complaint::FileComplaintPage,
    home::HomePage,
    public_list::PublicListPage,
    receipt::ReceiptPage,
    statistics::StatisticsPage,
    track::{TrackLookupPage, TrackingPage},
};
use leptos::prelude::*;
use leptos_meta::{Html, MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    ParamSegment, SsrMode, StaticSegment,
    components::{Route, Router, Routes},
};

/// The HTML document the server renders around [`App`].
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The response's content policy allows exactly the inline scripts of this render.
    #[cfg(feature = "ssr")]
    if let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) && let Ok(policy) =
        axum::http::HeaderValue::from_str(&crate::handlers::guard::page_policy(&nonce))
    {
        response.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, policy);
    }
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#0b5d4b"/>
                <link rel="icon" type="image/svg+xml" href="/favicon.svg"/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The application: routes, language and the page frame.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = provide_locale();

    view! {
        <Html attr:lang=move || locale.get().code()/>
        <Stylesheet id="aduan" href="/pkg/aduan.css"/>
        <Title formatter=move |page: String| format!("{page} · Aduan")/>
        <Router>
            <Header/>
            <main class="page">
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
                    <Route path=StaticSegment("petugas") view=DeskQueuePage/>
                    <Route path=(StaticSegment("petugas"), StaticSegment("masuk")) view=DeskLoginPage/>
                    <Route
                        path=(StaticSegment("petugas"), StaticSegment("laporan"), StaticSegment("harian"))
                        view=DeskDailyReportPage
                    />
                    <Route
                        path=(StaticSegment("petugas"), StaticSegment("laporan"), StaticSegment("bulanan"))
                        view=DeskMonthlyRecapPage
                    />
                    <Route
                        path=(StaticSegment("petugas"), StaticSegment("laporan"))
                        view=DeskReportPage
                    />
                    <Route
                        path=(StaticSegment("petugas"), StaticSegment("lapor"))
                        view=DeskIntakePage
                    />
                    <Route
                        path=(StaticSegment("petugas"), StaticSegment("admin"))
                        view=DeskAdminPage
                    />
                    <Route
                        path=(StaticSegment("petugas"), StaticSegment("aduan"), ParamSegment("code"))
                        view=DeskComplaintPage
                    />
                </Routes>
            </main>
        </Router>
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
