//! The system administrator's forms: the desk's lists (categories, agencies) and the officers'
//! accounts. Every post checks the session's role on the server; each answers with a `303` back
//! to `/petugas/admin` (or a page naming the problems, or the new account's second factor).

use crate::auth::accounts::{self, AccountRequest};
use crate::auth::extract::SystemAdmin;
use crate::domain::desk_list::NewEntry;
use crate::domain::officer::OfficerRole;
use crate::domain::sop::{DayOffKind, days_off};
use crate::i18n::{Locale, ui};
use crate::state::AppState;
use crate::storage::StorageError;
use crate::storage::days_off as days_off_store;
use crate::storage::desk_lists::{self, List, ListEntry};
use crate::storage::officers;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

/// The administration page.
const PAGE: &str = "/petugas/admin";

/// A change to one of the desk's lists.
#[derive(Debug, Deserialize)]
pub struct ListChange {
    /// `kategori` or `opd`.
    daftar: String,
    /// `tambah` (add), `aktifkan` (offer again) or `nonaktifkan` (stop offering).
    aksi: String,
    /// The entry's code.
    kode: String,
    /// Its name (Bahasa Indonesia; an agency's one name), when added.
    #[serde(default)]
    nama: String,
    /// A category's English name, when added.
    #[serde(default)]
    nama_en: String,
    /// A category's default agency's code (`opd-bawaan`; empty: none).
    #[serde(default)]
    opd: String,
    /// A village's district's code, when added.
    #[serde(default)]
    kecamatan: String,
    /// A district's centre's latitude, when added.
    #[serde(default)]
    lintang: String,
    /// A district's centre's longitude, when added.
    #[serde(default)]
    bujur: String,
}

/// `POST /petugas/admin/daftar`: adds an entry to a list, stops or resumes offering one, or
/// (`opd-bawaan`) sets the agency a category's complaints are usually dispatched to.
#[tracing::instrument(skip_all)]
pub async fn change_list(
    State(state): State<AppState>,
    SystemAdmin(_admin): SystemAdmin,
    headers: HeaderMap,
    Form(form): Form<ListChange>,
) -> Response {
    let locale = crate::cookies::reader_locale(&headers);
    let list = match form.daftar.as_str() {
        "kategori" => List::Categories,
        "opd" => List::Agencies,
        "kecamatan" => return change_districts(&state, locale, &form).await,
        "desa" => return change_villages(&state, locale, &form).await,
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    let outcome = match form.aksi.as_str() {
        "tambah" => {
            let entry = match NewEntry::parse(
                list == List::Agencies,
                &form.kode,
                &form.nama,
                &form.nama_en,
            ) {
                Ok(entry) => entry,
                Err(problems) => return unfit(locale, &problems),
            };
            let entry = ListEntry {
                code: entry.code().to_owned(),
                name_id: entry.name_id().to_owned(),
                name_en: entry.name_en().to_owned(),
            };
            desk_lists::add(&state.db, list, &entry)
                .await
                .map(|()| true)
        }
        "opd-bawaan" if list == List::Categories => {
            let agency = Some(form.opd.trim()).filter(|agency| !agency.is_empty());
            if let Some(agency) = agency {
                match desk_lists::is_agency(&state.db, agency).await {
                    Ok(true) => {}
                    Ok(false) => return StatusCode::BAD_REQUEST.into_response(),
                    Err(error) => return failure(&error),
                }
            }
            desk_lists::set_default_agency(&state.db, form.kode.trim(), agency).await
        }
        "aktifkan" => desk_lists::set_active(&state.db, list, form.kode.trim(), true).await,
        "nonaktifkan" => desk_lists::set_active(&state.db, list, form.kode.trim(), false).await,
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    list_changed(locale, &form, outcome, "daftar")
}

/// Adds a district, or stops or resumes offering one.
async fn change_districts(state: &AppState, locale: Locale, form: &ListChange) -> Response {
    use crate::domain::desk_list::NewDistrict;
    let outcome = match form.aksi.as_str() {
        "tambah" => match NewDistrict::parse(&form.kode, &form.nama, &form.lintang, &form.bujur) {
            Ok(district) => desk_lists::add_district(
                &state.db,
                &desk_lists::District {
                    code: district.code,
                    name: district.name,
                    latitude: district.centre.latitude(),
                    longitude: district.centre.longitude(),
                },
            )
            .await
            .map(|()| true),
            Err(problems) => return unfit(locale, &problems),
        },
        "aktifkan" | "nonaktifkan" => {
            desk_lists::set_district_active(&state.db, form.kode.trim(), form.aksi == "aktifkan")
                .await
        }
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    list_changed(locale, form, outcome, "kecamatan")
}

/// Adds a village to a district, or stops or resumes offering one.
async fn change_villages(state: &AppState, locale: Locale, form: &ListChange) -> Response {
    use crate::domain::desk_list::NewVillage;
    let outcome = match form.aksi.as_str() {
        "tambah" => match NewVillage::parse(&form.kecamatan, &form.kode, &form.nama) {
            Ok(village) => {
                match desk_lists::districts(&state.db).await {
                    Ok(districts) if districts.iter().any(|d| d.code == village.district) => {}
                    Ok(_) => return StatusCode::BAD_REQUEST.into_response(),
                    Err(error) => return failure(&error),
                }
                desk_lists::add_village(
                    &state.db,
                    &desk_lists::Village {
                        code: village.code,
                        district: village.district,
                        name: village.name,
                    },
                )
                .await
                .map(|()| true)
            }
            Err(problems) => return unfit(locale, &problems),
        },
        "aktifkan" | "nonaktifkan" => {
            desk_lists::set_village_active(&state.db, form.kode.trim(), form.aksi == "aktifkan")
                .await
        }
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    list_changed(locale, form, outcome, "desa")
}

/// The answer to a change of a list: back to the page, or why not.
fn list_changed(
    locale: Locale,
    form: &ListChange,
    outcome: Result<bool, StorageError>,
    done: &str,
) -> Response {
    match outcome {
        Ok(true) => {
            tracing::info!(list = form.daftar, action = form.aksi, "desk list changed");
            Redirect::to(&format!("{PAGE}?selesai={done}")).into_response()
        }
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(StorageError::Conflict) => refused(
            locale,
            &[ui::ADMIN_CODE_TAKEN.get(locale).to_owned()],
            StatusCode::CONFLICT,
        ),
        Err(error) => failure(&error),
    }
}

/// A change to the response templates.
#[derive(Debug, Deserialize)]
pub struct TemplateChange {
    /// `tambah` (add), `aktifkan` (offer again) or `nonaktifkan` (stop offering).
    aksi: String,
    /// The template's id, to switch it.
    #[serde(default)]
    id: String,
    /// The step's code, when added.
    #[serde(default)]
    tindakan: String,
    /// The category's code, or empty for all, when added.
    #[serde(default)]
    kategori: String,
    /// The title, when added.
    #[serde(default)]
    judul: String,
    /// The text, when added.
    #[serde(default)]
    isi: String,
}

/// `POST /petugas/admin/templat`: adds a response template, or stops or resumes offering one.
#[tracing::instrument(skip_all)]
pub async fn change_template(
    State(state): State<AppState>,
    SystemAdmin(_admin): SystemAdmin,
    headers: HeaderMap,
    Form(form): Form<TemplateChange>,
) -> Response {
    use crate::domain::template::NewTemplate;
    use crate::storage::templates;
    let locale = crate::cookies::reader_locale(&headers);
    let outcome = match form.aksi.as_str() {
        "tambah" => {
            match NewTemplate::parse(&form.tindakan, &form.kategori, &form.judul, &form.isi) {
                Ok(template) => templates::add(&state.db, &template, Utc::now())
                    .await
                    .map(|()| true),
                Err(problems) => return unfit(locale, &problems),
            }
        }
        "aktifkan" | "nonaktifkan" => {
            let Ok(id) = form.id.trim().parse::<i64>() else {
                return StatusCode::BAD_REQUEST.into_response();
            };
            templates::set_active(&state.db, id, form.aksi == "aktifkan").await
        }
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    match outcome {
        Ok(true) => Redirect::to(&format!("{PAGE}?selesai=templat")).into_response(),
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => failure(&error),
    }
}

/// A new version of the privacy notice, as the administrator typed it.
#[derive(Debug, Deserialize)]
pub struct NoticeChange {
    /// The controller: the office, as it signs letters.
    pengendali: String,
    /// The purpose and basis, in Bahasa Indonesia.
    tujuan: String,
    /// The same in English.
    tujuan_en: String,
    /// The data protection officer's contact.
    kontak: String,
}

/// `POST /petugas/admin/privasi`: publishes the privacy notice's next version. The filing form
/// offers it at once (the page cache counts the write), and the complaints filed from then on
/// record it.
#[tracing::instrument(skip_all)]
pub async fn change_privacy_notice(
    State(state): State<AppState>,
    SystemAdmin(admin): SystemAdmin,
    headers: HeaderMap,
    Form(form): Form<NoticeChange>,
) -> Response {
    use crate::domain::privacy::NoticeText;
    use crate::storage::privacy_notices;
    let locale = crate::cookies::reader_locale(&headers);
    let text = match NoticeText::parse(
        &form.pengendali,
        &form.tujuan,
        &form.tujuan_en,
        &form.kontak,
    ) {
        Ok(text) => text,
        Err(problems) => return unfit(locale, &problems),
    };
    match privacy_notices::publish(&state.db, &text, Some(admin.id.0), Utc::now()).await {
        Ok(version) => {
            tracing::info!(
                officer = admin.id.0,
                version = version.number(),
                "privacy notice published"
            );
            Redirect::to(&format!("{PAGE}?selesai=privasi#privasi")).into_response()
        }
        Err(StorageError::Conflict) => refused(
            locale,
            &[ui::ADMIN_PRIVACY_CONFLICT.get(locale).to_owned()],
            StatusCode::CONFLICT,
        ),
        Err(error) => failure(&error),
    }
}

/// The SOP profile to put in force.
#[derive(Debug, Deserialize)]
pub struct SopChoice {
    /// The profile's id.
    profil: String,
}

/// `POST /petugas/admin/sop`: puts another SOP profile in force, on every instance (this one at
/// once, the others at their next scheduler round). Deadlines are computed from it from then on.
#[tracing::instrument(skip_all)]
pub async fn change_sop(
    State(state): State<AppState>,
    SystemAdmin(_admin): SystemAdmin,
    Form(form): Form<SopChoice>,
) -> Response {
    let id = form.profil.trim();
    match crate::storage::sop_profiles::latest_of(&state.db, id).await {
        Ok(Some(_)) => {}
        Ok(None) => return StatusCode::BAD_REQUEST.into_response(),
        Err(error) => return failure(&error),
    }
    match crate::storage::desk_settings::set_sop_profile(&state.db, id, Utc::now()).await {
        Ok(()) => {
            tracing::info!(profile = id, "SOP profile put in force");
            // With the days off kept for it (its regional ones among them).
            if let Err(error) = state.sop.refresh(&state.db).await {
                return failure(&error);
            }
            Redirect::to(&format!("{PAGE}?selesai=sop")).into_response()
        }
        Err(error) => failure(&error),
    }
}

/// The largest body of a change to the days off: an import of [`days_off::MAX_CSV_LINES`] lines,
/// form-encoded.
pub const MAX_DAYS_OFF_BODY: usize = 160 * 1024;

/// A change to the days off.
#[derive(Deserialize)]
pub struct DaysOffChange {
    /// `tambah` (add one), `hapus` (remove one) or `impor` (add the lines of a CSV).
    aksi: String,
    /// The day, `YYYY-MM-DD`, to add or remove.
    #[serde(default)]
    tanggal: String,
    /// Its kind's code ([`DayOffKind::code`]).
    #[serde(default)]
    jenis: String,
    /// Its name, when added.
    #[serde(default)]
    keterangan: String,
    /// The CSV to import.
    #[serde(default)]
    csv: String,
}

/// `POST /petugas/admin/libur`: adds a day off, removes one, or imports a year's decree or the
/// region's holidays from CSV (all lines or, when one is wrong, none, every bad line named).
/// Regional days belong to the SOP profile in force. Every instance follows within a scheduler
/// round; this one at once.
#[tracing::instrument(skip_all)]
pub async fn change_days_off(
    State(state): State<AppState>,
    SystemAdmin(_admin): SystemAdmin,
    headers: HeaderMap,
    Form(form): Form<DaysOffChange>,
) -> Response {
    let locale = crate::cookies::reader_locale(&headers);
    let profile_id = state.sop.get().id.clone();
    let outcome = match form.aksi.as_str() {
        "tambah" => match days_off::parse_day(&form.tanggal, &form.jenis, &form.keterangan) {
            Ok(day) => days_off_store::put(&state.db, &profile_id, &[day], Utc::now())
                .await
                .map(|()| true),
            Err(problem) => {
                return refused(
                    locale,
                    &[problem.text().get(locale).to_owned()],
                    StatusCode::UNPROCESSABLE_ENTITY,
                );
            }
        },
        "hapus" => {
            let (Some(date), Some(kind)) = (
                days_off::parse_date(&form.tanggal),
                DayOffKind::parse_code(&form.jenis),
            ) else {
                return StatusCode::BAD_REQUEST.into_response();
            };
            days_off_store::remove(&state.db, &profile_id, date, kind).await
        }
        "impor" => match days_off::parse_csv(&form.csv) {
            Ok(days) => {
                let count = days.len();
                let stored = days_off_store::put(&state.db, &profile_id, &days, Utc::now()).await;
                if stored.is_ok() {
                    tracing::info!(count, "days off imported");
                }
                stored.map(|()| true)
            }
            Err(errors) => return import_refused(locale, &errors, &form.csv),
        },
        _ => return StatusCode::BAD_REQUEST.into_response(),
    };
    match outcome {
        Ok(true) => match state.sop.refresh(&state.db).await {
            Ok(()) => Redirect::to(&format!("{PAGE}?selesai=libur#kalender")).into_response(),
            Err(error) => failure(&error),
        },
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(error) => failure(&error),
    }
}

/// An import with bad lines: each named (the first fifty), and the CSV back in its box to mend
/// and send again, so nothing typed is lost.
fn import_refused(locale: Locale, errors: &[days_off::CsvError], csv: &str) -> Response {
    let problems: Vec<String> = errors.iter().map(|error| error.message(locale)).collect();
    let form = ImportForm {
        action: "/petugas/admin/libur",
        hidden: Some(("aksi", "impor")),
        field: "csv",
        label: ui::ADMIN_DAYS_OFF_CSV,
        again: ui::ADMIN_DAYS_OFF_IMPORT,
        back: "#kalender",
        title: ui::ADMIN_DAYS_OFF_REFUSED,
    };
    text_import_refused(locale, &problems, &form, csv)
}

/// The form a refused text import is sent again from.
pub(super) struct ImportForm {
    /// Where it posts.
    pub action: &'static str,
    /// A hidden field it carries, if any.
    pub hidden: Option<(&'static str, &'static str)>,
    /// The text field's name.
    pub field: &'static str,
    /// The text field's label.
    pub label: crate::i18n::Text,
    /// The button.
    pub again: crate::i18n::Text,
    /// The administration page's section to go back to.
    pub back: &'static str,
    /// The page's heading.
    pub title: crate::i18n::Text,
}

/// A refused import of a text (a CSV, a profile's TOML): each problem named (the first fifty),
/// and the text back in its box to mend and send again, so nothing typed is lost.
pub(super) fn text_import_refused(
    locale: Locale,
    problems: &[String],
    form: &ImportForm,
    text: &str,
) -> Response {
    use super::escape;
    const SHOWN: usize = 50;
    let mut items: String = problems
        .iter()
        .take(SHOWN)
        .map(|problem| format!("<li>{}</li>", escape(problem)))
        .collect();
    if problems.len() > SHOWN {
        items.push_str(&format!(
            "<li>{} {}</li>",
            problems.len() - SHOWN,
            escape(ui::ADMIN_MORE_PROBLEMS.get(locale))
        ));
    }
    let hidden = form
        .hidden
        .map(|(name, value)| format!("<input type=\"hidden\" name=\"{name}\" value=\"{value}\">"))
        .unwrap_or_default();
    let body = format!(
        "<ul class=\"problems\" data-testid=\"import-problems\">{items}</ul>\
         <form method=\"post\" action=\"{action}\" class=\"stack\">{hidden}\
         <label for=\"{field}\">{label}</label>\
         <textarea id=\"{field}\" name=\"{field}\" rows=\"12\">{text}</textarea>\
         <button class=\"button primary\" type=\"submit\">{again}</button></form>\
         <p><a href=\"{PAGE}{anchor}\">{back}</a></p>",
        action = form.action,
        field = form.field,
        label = escape(form.label.get(locale)),
        text = escape(text),
        again = escape(form.again.get(locale)),
        anchor = form.back,
        back = escape(ui::ADMIN_BACK.get(locale)),
    );
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        Html(super::small_page(locale, form.title.get(locale), &body)),
    )
        .into_response()
}

/// `GET /petugas/admin/libur.csv`: the days off under the profile in force, as CSV to keep or
/// to edit and import again.
#[tracing::instrument(skip_all)]
pub async fn days_off_csv(
    State(state): State<AppState>,
    SystemAdmin(_admin): SystemAdmin,
) -> Response {
    let profile_id = state.sop.get().id.clone();
    match days_off_store::list(&state.db, &profile_id).await {
        Ok(days) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"hari-libur.csv\"",
                ),
            ],
            days_off::to_csv(&days),
        )
            .into_response(),
        Err(error) => failure(&error),
    }
}

/// A change to the accounts.
#[derive(Deserialize)]
pub struct AccountChange {
    /// `buat` (create), `ubah` (change name, role, agency, e-mail), `aktifkan` (let log in
    /// again) or `nonaktifkan` (stop, ending sessions).
    aksi: String,
    /// The login name.
    pengguna: String,
    /// The officer's name, when created.
    #[serde(default)]
    nama: String,
    /// The role's code, when created.
    #[serde(default)]
    peran: String,
    /// The agency's code, for agency roles.
    #[serde(default)]
    opd: String,
    /// The e-mail address for deadline reminders, optional.
    #[serde(default)]
    email: String,
}

/// `POST /petugas/admin/akun`: creates an account (answering with its one-time set-up code, shown
/// this once: the officer chooses their own password and authenticator with it), changes one's
/// name, role, agency and e-mail address, or stops or resumes one. An administrator cannot stop
/// their own account or give it another role.
#[tracing::instrument(skip_all)]
pub async fn change_account(
    State(state): State<AppState>,
    SystemAdmin(admin): SystemAdmin,
    headers: HeaderMap,
    Form(form): Form<AccountChange>,
) -> Response {
    let locale = crate::cookies::reader_locale(&headers);
    let username = form.pengguna.trim().to_lowercase();
    match form.aksi.as_str() {
        "buat" => create_account(&state, locale, &form).await,
        "ubah" => {
            if username == admin.username && form.peran != OfficerRole::SystemAdmin.code() {
                return refused(
                    locale,
                    &[ui::ADMIN_OWN_ROLE.get(locale).to_owned()],
                    StatusCode::CONFLICT,
                );
            }
            let Some(request) = account_request(&form) else {
                return StatusCode::BAD_REQUEST.into_response();
            };
            match accounts::update(&state.db, &request).await {
                Ok(true) => {
                    tracing::info!(role = request.role.code(), "account changed");
                    Redirect::to(&format!("{PAGE}?selesai=akun")).into_response()
                }
                Ok(false) => StatusCode::NOT_FOUND.into_response(),
                Err(error) => match error.message(locale) {
                    Some(problem) => refused(locale, &[problem], StatusCode::UNPROCESSABLE_ENTITY),
                    None => failure(&error),
                },
            }
        }
        "aktifkan" | "nonaktifkan" => {
            let active = form.aksi == "aktifkan";
            if !active && username == admin.username {
                return refused(
                    locale,
                    &[ui::ADMIN_NOT_YOURSELF.get(locale).to_owned()],
                    StatusCode::CONFLICT,
                );
            }
            match officers::set_active(&state.db, &username, active).await {
                Ok(true) => {
                    tracing::info!(active, "account changed");
                    Redirect::to(&format!("{PAGE}?selesai=akun")).into_response()
                }
                Ok(false) => StatusCode::NOT_FOUND.into_response(),
                Err(error) => failure(&error),
            }
        }
        _ => StatusCode::BAD_REQUEST.into_response(),
    }
}

/// The account a create or change form describes; `None` for a role that does not exist.
fn account_request(form: &AccountChange) -> Option<AccountRequest> {
    let role = OfficerRole::parse_code(&form.peran)?;
    Some(AccountRequest {
        username: form.pengguna.clone(),
        display_name: form.nama.clone(),
        role,
        // An agency chosen on the form stays with an agency role only: the form keeps the
        // select filled when the role is changed to one without an agency.
        agency: Some(form.opd.trim().to_owned())
            .filter(|agency| !agency.is_empty() && role.is_agency_role()),
        email: Some(form.email.trim().to_owned()).filter(|email| !email.is_empty()),
        // The officer chooses it at /petugas/siapkan: the administrator never knows it.
        password: String::new(),
    })
}

async fn create_account(state: &AppState, locale: Locale, form: &AccountChange) -> Response {
    let Some(request) = account_request(form) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    match accounts::create_for_setup(&state.db, &state.protector, &request, Utc::now()).await {
        Ok((id, code)) => {
            tracing::info!(officer = id.0, "account created, waiting for its set-up");
            use super::escape;
            Html(super::small_page(
                locale,
                ui::ADMIN_ACCOUNT_CREATED.get(locale),
                &format!(
                    "<p>{username_label}: <strong>{username}</strong></p>\
                     <p>{code_label}:</p><p class=\"secret-key\" data-testid=\"setup-code\">{code}</p>\
                     <p>{hint}</p><p><a class=\"button primary\" href=\"{PAGE}\">{back}</a></p>",
                    username_label = escape(ui::ADMIN_USERNAME.get(locale)),
                    username = escape(&request.username.trim().to_lowercase()),
                    code_label = escape(ui::ADMIN_SETUP_CODE.get(locale)),
                    code = escape(&code),
                    hint = escape(ui::ADMIN_SETUP_HINT.get(locale)),
                    back = escape(ui::ADMIN_BACK.get(locale)),
                ),
            ))
            .into_response()
        }
        Err(error) => match error.message(locale) {
            Some(problem) => refused(locale, &[problem], StatusCode::UNPROCESSABLE_ENTITY),
            None => failure(&error),
        },
    }
}

/// A form whose fields do not pass their rules: `422` naming each problem by its field's label.
fn unfit(
    locale: Locale,
    problems: &[(crate::i18n::Text, crate::domain::field::ErrorCode)],
) -> Response {
    let problems: Vec<String> = problems
        .iter()
        .map(|(label, code)| code.message(locale, *label))
        .collect();
    refused(locale, &problems, StatusCode::UNPROCESSABLE_ENTITY)
}

fn refused(locale: Locale, problems: &[String], status: StatusCode) -> Response {
    super::answer::Refusal {
        locale,
        status,
        title: ui::DESK_ACTION_REFUSED,
        problems,
        back: (PAGE, ui::ADMIN_BACK),
    }
    .into_response()
}

fn failure(error: &dyn std::fmt::Display) -> Response {
    super::answer::Failure::new("an administration request", error).into_response()
}
