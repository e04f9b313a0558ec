//! Reading a `Cookie` request header, for the few cookies the site sets (language, receipt).

use crate::i18n::Locale;

/// The value of the cookie `name` in a `Cookie` header (`a=1; b=2`), if it is there.
pub fn value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// Name of the cookie that remembers the reader's language.
pub const LOCALE_COOKIE: &str = "aduan_lang";

/// The `Set-Cookie` line (or `document.cookie` assignment) that remembers `locale` for a year, for
/// every page of the site. Not `HttpOnly`: the desk's switch writes it from the browser.
pub fn locale_cookie(locale: Locale) -> String {
    format!(
        "{LOCALE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.code()
    )
}

/// The language remembered in a `Cookie` request header, if any.
pub fn locale_from_cookie_header(header: &str) -> Option<Locale> {
    value(header, LOCALE_COOKIE).and_then(Locale::from_code)
}

/// The reader's language from a request's `Cookie` headers: the remembered one, else the default.
#[cfg(feature = "ssr")]
pub fn reader_locale(headers: &axum::http::HeaderMap) -> Locale {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(locale_from_cookie_header)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::value;

    #[test]
    fn finds_a_cookie_among_others_and_nothing_else() {
        let header = "theme=dark; aduan_lang=en;aduan_receipt=ADU-2222-2222.123456";
        assert_eq!(value(header, "aduan_lang"), Some("en"));
        assert_eq!(value(header, "aduan_receipt"), Some("ADU-2222-2222.123456"));
        assert_eq!(value(header, "lang"), None);
        assert_eq!(value("", "aduan_lang"), None);
    }
}
