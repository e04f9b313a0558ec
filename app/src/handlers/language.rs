//! `POST /bahasa`: the language switch of the citizens' pages. Those pages are server HTML (only
//! the filing form is an island), so the switch is a form: it works without WebAssembly, and a
//! page with no island downloads none.

use crate::cookies::locale_cookie;
use crate::i18n::Locale;
use axum::Form;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The switch's form: the language chosen and the page to go back to.
#[derive(Deserialize)]
pub struct Switch {
    /// The language's code (`id`, `en`); an unknown one means the default.
    ke: String,
    /// The path and query of the page the switch was on.
    kembali: String,
}

/// The longest way back kept; a longer one goes home.
const MAX_BACK_CHARS: usize = 1024;

/// `POST /bahasa`: remembers the language for a year and sends the reader back (`303`).
pub async fn switch(Form(form): Form<Switch>) -> Response {
    let locale = Locale::from_code(&form.ke).unwrap_or_default();
    let mut response = Redirect::to(local_path(&form.kembali).unwrap_or("/")).into_response();
    super::append_cookie(&mut response, &locale_cookie(locale));
    response
}

/// `back` when it is a path on this site: never another site's address (`//host`, `/\host`,
/// `https://…`), so the switch cannot be made to send a reader elsewhere.
fn local_path(back: &str) -> Option<&str> {
    let rest = back.strip_prefix('/')?;
    let local = !rest.starts_with(['/', '\\'])
        && back.len() <= MAX_BACK_CHARS
        && !back.chars().any(|c| c.is_control() || c == '\\');
    local.then_some(back)
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_paths_on_this_site_are_a_way_back() {
        for back in [
            "/",
            "/lapor",
            "/aduan?cari=jalan&hal=2",
            "/lacak/ADU-ABCD-2345",
        ] {
            assert_eq!(local_path(back), Some(back), "{back}");
        }
        for back in [
            "",
            "lapor",
            "//evil.example/",
            "/\\evil.example",
            "https://evil.example/",
            "/lapor\r\nSet-Cookie: x=1",
            "/a\\b",
        ] {
            assert_eq!(local_path(back), None, "{back:?}");
        }
        assert_eq!(local_path(&format!("/{}", "a".repeat(2000))), None);
    }
}
