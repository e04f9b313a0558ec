//! Plain HTTP endpoints beside the Leptos pages (server only). Every such route is listed here.
//!
//! | method | path                      | handler                                              |
//! |--------|---------------------------|------------------------------------------------------|
//! | POST   | `/lapor`                  | [`file_complaint::submit`]: the filing form's post   |
//! | POST   | `/bahasa`                 | [`language::switch`]: the citizens' language switch  |
//! | POST   | `/lacak`                  | [`track::unlock`]: tracking code and PIN             |
//! | POST   | `/lacak/{code}/jawab`     | [`track::answer`]: confirm, reject or withdraw       |
//! | POST   | `/lacak/{code}/sensor`    | [`track::request_redaction`]: remove personal details |
//! | POST   | `/lacak/{code}/lengkapi`  | [`track::complete`]: correct a returned complaint    |
//! | POST   | `/lacak/{code}/survei`    | [`track::survey`]: the satisfaction survey           |
//! | POST   | `/lacak/{code}/data`      | [`reporter_data::export`]: the reporter's data, JSON |
//! | POST   | `/lacak/{code}/hapus`     | [`reporter_data::request_erasure`]: erase my data    |
//! | GET    | `/lacak/{code}/foto/{n}`  | [`track::photo`]: a photo, to its reporter           |
//! | GET    | `/healthz`, `/readyz`     | [`health`]: alive; able to serve (database, workers) |
//! | GET    | `/statistik.csv`, `.json` | [`open_data`]: the public statistics as open data    |
//! | GET, POST | `/open311/v2/…`        | [`open311`]: Open311 GeoReport v2                    |
//! | GET    | `/petugas/laporan/bulanan.csv` | [`reports::monthly_csv`]: the monthly recap     |
//! | POST   | `/petugas/laporan/monev`  | [`reports::send_monitoring`]: an agency's monev     |
//! | POST   | `/petugas/masuk`          | [`desk::login`]: an officer logs in                  |
//! | POST   | `/petugas/keluar`         | [`desk::logout`]: this session or all of them        |
//! | POST   | `/petugas/cari`           | [`desk::search`]: the queue's filters, words kept behind a handle |
//! | GET    | `/petugas/antrean.csv`    | [`desk::queue_csv`]: the queue's current view as CSV |
//! | POST   | `/petugas/siapkan`        | [`setup::begin`]: a set-up code and a new password   |
//! | POST   | `/petugas/siapkan/konfirmasi` | [`setup::confirm`]: the authenticator's first code |
//! | POST   | `/petugas/akun/ulang`     | [`setup::renew`]: an officer renews both factors     |
//! | POST   | `/petugas/aduan/{code}/tindakan` | [`desk::act`]: one step of the status machine |
//! | POST   | `/petugas/aduan/{code}/sensor`   | [`desk::redact`]: the public title and text   |
//! | POST   | `/petugas/aduan/{code}/hapus-data` | [`desk::decide_erasure`]: a reporter's erasure request |
//! | POST   | `/petugas/aduan/{code}/sensor-foto` | [`desk::redact_photo`]: a photo's public copy |
//! | POST   | `/petugas/aduan/{code}/catatan`  | [`desk::add_record`]: a note or field report  |
//! | POST   | `/petugas/aduan/{code}/tugaskan` | [`desk::assign`]: give it to an officer       |
//! | GET    | `/petugas/aduan/{code}/foto/{n}` | [`desk::photo`]: a photo, to an officer      |
//! | POST   | `/petugas/admin/daftar`   | [`admin::change_list`]: categories and agencies     |
//! | POST   | `/petugas/admin/akun`     | [`admin::change_account`]: officers' accounts       |
//! | POST   | `/petugas/admin/templat`  | [`admin::change_template`]: response templates      |
//! | POST   | `/petugas/admin/sop`      | [`admin::change_sop`]: the SOP profile in force     |
//! | POST   | `/petugas/admin/privasi`  | [`admin::change_privacy_notice`]: the privacy notice's next version |
//! | POST   | `/petugas/admin/libur`    | [`admin::change_days_off`]: days off, CSV import    |
//! | GET    | `/petugas/admin/libur.csv`| [`admin::days_off_csv`]: the days off as CSV        |
//! | GET    | `/petugas/admin/sop/{id}.toml` | [`sop_profiles::document`]: a profile as TOML  |
//! | POST   | `/petugas/admin/sop/impor`| [`sop_profiles::import`]: a profile's next version  |
//!
//! Every route, the pages' and server functions' included, passes [`guard::limit_body`] (the body
//! limit of each route is in [`guard::body_limit`]) and [`guard::refuse_cross_site`], and gets
//! [`guard::security_headers`] (layered in the server's router).

pub mod admin;
pub mod answer;
pub mod desk;
pub mod file_complaint;
pub mod guard;
pub mod health;
pub mod language;
pub mod metrics;
pub mod open311;
pub mod open_data;
pub mod openapi;
pub mod photos;
pub mod reporter_data;
pub mod reports;
pub mod setup;
pub mod sop_profiles;
pub mod track;

use crate::i18n::Locale;
use crate::state::AppState;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

/// The routes of this module, to be merged into the server's router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/lapor",
            post(file_complaint::submit)
                .layer(DefaultBodyLimit::max(file_complaint::MAX_BODY_BYTES)),
        )
        .route(crate::site::LANGUAGE_PATH, post(language::switch))
        .route("/lacak", post(track::unlock))
        .route(
            "/lacak/{code}/jawab",
            post(track::answer).layer(DefaultBodyLimit::max(track::ANSWER_MAX_BODY_BYTES)),
        )
        .route("/lacak/{code}/sensor", post(track::request_redaction))
        .route(
            "/lacak/{code}/survei",
            post(track::survey).layer(DefaultBodyLimit::max(track::SURVEY_MAX_BODY_BYTES)),
        )
        .route("/lacak/{code}/lengkapi", post(track::complete))
        .route("/lacak/{code}/hapus", post(reporter_data::request_erasure))
        .route(
            "/lacak/{code}/data",
            post(reporter_data::export).layer(DefaultBodyLimit::max(reporter_data::MAX_BODY_BYTES)),
        )
        .route("/lacak/{code}/foto/{position}", get(track::photo))
        .route("/statistik.csv", get(open_data::csv))
        .route("/statistik.json", get(open_data::json))
        .route("/open311/v2/services.json", get(open311::services_json))
        .route("/open311/v2/services.xml", get(open311::services_xml))
        .route(
            "/open311/v2/requests.json",
            get(open311::requests_json)
                .post(open311::file_json)
                .layer(DefaultBodyLimit::max(file_complaint::MAX_BODY_BYTES)),
        )
        .route(
            "/open311/v2/requests.xml",
            get(open311::requests_xml)
                .post(open311::file_xml)
                .layer(DefaultBodyLimit::max(file_complaint::MAX_BODY_BYTES)),
        )
        .route("/api/openapi.json", get(openapi::serve))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route(
            "/open311/v2/services/{code}",
            get(open311::service_definition),
        )
        .route("/open311/v2/requests/{id}", get(open311::request))
        .route("/open311/v2/tokens/{token}", get(open311::token))
        .route("/petugas/laporan/bulanan.csv", get(reports::monthly_csv))
        .route("/petugas/laporan/monev", post(reports::send_monitoring))
        .route("/petugas/masuk", post(desk::login))
        .route("/petugas/keluar", post(desk::logout))
        .route("/petugas/cari", post(desk::search))
        .route("/petugas/antrean.csv", get(desk::queue_csv))
        .route("/petugas/siapkan", post(setup::begin))
        .route("/petugas/siapkan/konfirmasi", post(setup::confirm))
        .route("/petugas/akun/ulang", post(setup::renew))
        .route(
            "/petugas/aduan/{code}/tindakan",
            post(desk::act).layer(DefaultBodyLimit::max(file_complaint::MAX_BODY_BYTES)),
        )
        .route("/petugas/aduan/{code}/sensor", post(desk::redact))
        .route(
            "/petugas/aduan/{code}/hapus-data",
            post(desk::decide_erasure),
        )
        .route("/petugas/aduan/{code}/tugaskan", post(desk::assign))
        .route(
            "/petugas/aduan/{code}/sensor-foto",
            post(desk::redact_photo),
        )
        .route(
            "/petugas/aduan/{code}/catatan",
            post(desk::add_record).layer(DefaultBodyLimit::max(file_complaint::MAX_BODY_BYTES)),
        )
        .route("/petugas/aduan/{code}/foto/{position}", get(desk::photo))
        .route("/petugas/admin/daftar", post(admin::change_list))
        .route("/petugas/admin/akun", post(admin::change_account))
        .route("/petugas/admin/templat", post(admin::change_template))
        .route("/petugas/admin/sop", post(admin::change_sop))
        .route("/petugas/admin/privasi", post(admin::change_privacy_notice))
        .route(
            "/petugas/admin/libur",
            post(admin::change_days_off).layer(DefaultBodyLimit::max(admin::MAX_DAYS_OFF_BODY)),
        )
        .route("/petugas/admin/libur.csv", get(admin::days_off_csv))
        .route("/petugas/admin/sop/{file}", get(sop_profiles::document))
        .route(
            "/petugas/admin/sop/impor",
            post(sop_profiles::import).layer(DefaultBodyLimit::max(sop_profiles::MAX_IMPORT_BODY)),
        )
}

/// A small page for a refused post: a heading, the problems, an optional hint and the way back.
/// It links the stylesheet under its fixed name (`build_site` writes it beside the hashed one):
/// such pages are rare and carry no state to find the hashed name by.
pub(crate) fn message_page(
    locale: Locale,
    title: &str,
    problems: &[String],
    hint: Option<&str>,
    back_href: &str,
    back_label: &str,
) -> String {
    let items: String = problems
        .iter()
        .map(|problem| format!("<li>{}</li>", escape(problem)))
        .collect();
    let hint = hint
        .map(|hint| format!("<p>{}</p>", escape(hint)))
        .unwrap_or_default();
    small_page(
        locale,
        title,
        &format!(
            "<ul class=\"problems\">{items}</ul>{hint}<p><a class=\"button primary\" \
             href=\"{back_href}\">{back}</a></p>",
            back_href = escape(back_href),
            back = escape(back_label),
        ),
    )
}

/// A small page around `inner` (already HTML, its text escaped by the caller), for the answers
/// of posts that need no hydration: [`message_page`], the officer's set-up steps.
pub(crate) fn small_page(locale: Locale, title: &str, inner: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Aduan</title><link rel=\"stylesheet\" href=\"/pkg/aduan.css\"></head>\
         <body><main class=\"page\"><h1>{title}</h1>{inner}</main></body></html>",
        lang = locale.code(),
        title = escape(title),
    )
}

/// Adds a `Set-Cookie` header with `cookie` (a full `name=value; attributes` line) to `response`;
/// a value that is not a valid header is left out.
pub(crate) fn append_cookie(response: &mut axum::response::Response, cookie: &str) {
    if let Ok(value) = axum::http::HeaderValue::from_str(cookie) {
        response
            .headers_mut()
            .append(axum::http::header::SET_COOKIE, value);
    }
}

/// Escapes text for HTML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
