//! Reading a `Cookie` request header, for the few cookies the site sets (language, receipt).

/// The value of the cookie `name` in a `Cookie` header (`a=1; b=2`), if it is there.
pub fn value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
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
