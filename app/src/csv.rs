//! One CSV cell, as the open data and the desk's reports write it.

/// `text` as a CSV cell: quoted when it holds a comma, a quote or a line break, and neutralised
/// when a spreadsheet would run it as a formula. A name an administrator typed (a category, an
/// agency) that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`,
/// so opening the export in a spreadsheet never calls `HYPERLINK` or `WEBSERVICE` on a reader's
/// machine (OWASP's CSV injection advice).
pub fn cell(text: &str) -> String {
    let neutral = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn plain_text_stays_as_it_is_and_separators_are_quoted() {
        assert_eq!(cell("Dinas Perhubungan"), "Dinas Perhubungan");
        assert_eq!(cell("Jalan, lampu"), "\"Jalan, lampu\"");
        assert_eq!(cell("kata \"rusak\""), "\"kata \"\"rusak\"\"\"");
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("+62 812"), "'+62 812");
        assert_eq!(cell("-5"), "'-5");
        assert_eq!(
            cell("=HYPERLINK(\"http://x\",\"klik\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\""
        );
    }
}
