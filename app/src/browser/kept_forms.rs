//! The desk's forms keep what the officer typed when the server refuses them.
//!
//! Every desk form with the class `desk-action` (a step on a complaint, a record, an assignment,
//! an administration form) is a plain HTML form that works without WebAssembly: the server
//! answers `303` to the next page, or a refusal page naming the problems. Once the desk's
//! bundle is live, [`install`] sends those forms with `fetch` instead, so that a refusal is
//! shown above the form that caused it, with every field as it was typed, and the page is never
//! left. What the server answers otherwise is followed as the browser would have: a redirect is
//! opened, another page (the new account's set-up code) replaces this one.
//!
//! The refusal's problems are read from its page (`ul.problems li`, see
//! `handlers::message_page`), the one format the server speaks to browsers.

use leptos::ev;
use leptos::prelude::window_event_listener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomParser, Element, FormData, HtmlButtonElement, HtmlDocument, HtmlFormElement, RequestInit,
    Response, SupportedType, UrlSearchParams,
};

use crate::i18n::{Locale, ui};

/// The class of the forms that keep their input.
pub const CLASS: &str = "desk-action";

/// Sends the desk's forms in the background from now on (see the module's documentation).
/// Called once, when the desk's bundle has hydrated the page.
pub fn install() {
    // The listener lives as long as the page: its handle is not kept to remove it.
    let _listener = window_event_listener(ev::submit, |event| {
        // A form with its own submit handler (the intake's uploader) has handled it already.
        if event.default_prevented() {
            return;
        }
        let Some(form) = event
            .target()
            .and_then(|target| target.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        if !form.class_list().contains(CLASS) || !form.method().eq_ignore_ascii_case("post") {
            return;
        }
        event.prevent_default();
        leptos::task::spawn_local(send(form));
    });
}

/// What the server's answer asks of the page.
enum Next {
    /// Open this address (the server redirected there).
    Open(String),
    /// Show this page instead of the current one.
    Replace(String),
    /// Keep the form, showing these problems above it.
    Problems(Vec<String>),
}

async fn send(form: HtmlFormElement) {
    let locale = page_locale();
    let buttons = submit_buttons(&form);
    for button in &buttons {
        button.set_disabled(true);
    }
    let next = match post(&form).await {
        Ok(next) => next,
        Err(()) => Next::Problems(vec![ui::FORM_NOT_SENT.get(locale).to_owned()]),
    };
    match next {
        Next::Open(address) => {
            if let Some(window) = web_sys::window() {
                let _ = window.location().assign(&address);
            }
        }
        Next::Replace(page) => replace_page(&page),
        Next::Problems(problems) => {
            for button in &buttons {
                button.set_disabled(false);
            }
            show_problems(&form, &problems);
        }
    }
}

/// Posts `form` as the browser would (multipart when it carries files, URL-encoded otherwise)
/// and reads what the answer asks for. `Err` when no answer came.
async fn post(form: &HtmlFormElement) -> Result<Next, ()> {
    let window = web_sys::window().ok_or(())?;
    let data = FormData::new_with_form(form).map_err(|_| ())?;
    let body: JsValue = if form.enctype().eq_ignore_ascii_case("multipart/form-data") {
        data.into()
    } else {
        UrlSearchParams::new_with_str_sequence_sequence(&data)
            .map_err(|_| ())?
            .into()
    };
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&body);
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(&form.action(), &init))
        .await
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|text| text.as_string())
            .unwrap_or_default(),
        Err(_) => String::new(),
    };
    let status = response.status();
    Ok(if response.ok() && response.redirected() {
        Next::Open(response.url())
    } else if response.ok() {
        Next::Replace(text)
    } else {
        let mut problems = problems_in(&text);
        if problems.is_empty() {
            let locale = page_locale();
            problems.push(
                if status >= 500 {
                    ui::FORM_SERVER_FAILED
                } else {
                    ui::FORM_NOT_ALLOWED
                }
                .get(locale)
                .to_owned(),
            );
        }
        Next::Problems(problems)
    })
}

/// The problems a refusal page names.
fn problems_in(page: &str) -> Vec<String> {
    let Some(document) = DomParser::new()
        .ok()
        .and_then(|parser| parser.parse_from_string(page, SupportedType::TextHtml).ok())
    else {
        return Vec::new();
    };
    let Ok(items) = document.query_selector_all("ul.problems li") else {
        return Vec::new();
    };
    (0..items.length())
        .filter_map(|index| items.item(index))
        .filter_map(|item| item.text_content())
        .filter(|text| !text.trim().is_empty())
        .collect()
}

/// Shows `problems` at the top of `form`, replacing what an earlier attempt showed, and moves
/// the reader's attention there.
fn show_problems(form: &HtmlFormElement, problems: &[String]) {
    let Some(document) = form.owner_document() else {
        return;
    };
    if let Ok(Some(old)) = form.query_selector(":scope > .form-problems") {
        old.remove();
    }
    let Ok(block) = document.create_element("div") else {
        return;
    };
    block.set_class_name("problem form-problems");
    let _ = block.set_attribute("role", "alert");
    let _ = block.set_attribute("tabindex", "-1");
    let _ = block.set_attribute("data-testid", "form-problems");
    if let Ok(list) = document.create_element("ul") {
        for problem in problems {
            if let Ok(item) = document.create_element("li") {
                item.set_text_content(Some(problem));
                let _ = list.append_child(&item);
            }
        }
        let _ = block.append_child(&list);
    }
    let _ = form.prepend_with_node_1(&block);
    if let Some(block) = block.dyn_ref::<web_sys::HtmlElement>() {
        let _ = block.focus();
    }
}

/// The form's submit buttons, disabled while it is being sent so one click sends it once.
fn submit_buttons(form: &HtmlFormElement) -> Vec<HtmlButtonElement> {
    let Ok(buttons) = form.query_selector_all("button[type=submit], button:not([type])") else {
        return Vec::new();
    };
    (0..buttons.length())
        .filter_map(|index| buttons.item(index))
        .filter_map(|node| node.dyn_into::<HtmlButtonElement>().ok())
        .collect()
}

/// Replaces the whole page with `page`, as following a form's answer would.
fn replace_page(page: &str) {
    let Some(document) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.dyn_into::<HtmlDocument>().ok())
    else {
        return;
    };
    if document.open().is_ok() {
        let _ = document.write_1(page);
        let _ = document.close();
    }
}

/// The page's language, from `<html lang>`.
fn page_locale() -> Locale {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root: Element| root.get_attribute("lang"))
        .and_then(|lang| Locale::from_code(&lang))
        .unwrap_or_default()
}
