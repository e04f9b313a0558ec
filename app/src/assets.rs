//! The built browser files the pages link to, by the names the build gave them.
//!
//! `scripts/lib.sh` (`build_site`) names each file after a hash of its content
//! (`pkg/aduan-3f9c….js`) and lists the names in `pkg/assets.txt`; the pages link to those names
//! and the server lets browsers keep them for a year, since a new build gets new names. Without
//! the list (a test, or a site built by hand) the plain names are used and nothing is cached long.

use crate::bundle::Bundle;
use std::path::Path;

/// The list's file name, inside the site's `pkg` folder.
pub const MANIFEST: &str = "assets.txt";

/// The names of the two bundles and the stylesheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assets {
    citizen: String,
    desk: String,
    stylesheet: String,
    hashed: bool,
}

impl Default for Assets {
    /// The plain names, as `wasm-bindgen --out-name` gives them without a hash.
    fn default() -> Self {
        Assets {
            citizen: "aduan".to_owned(),
            desk: "aduan_desk".to_owned(),
            stylesheet: "aduan.css".to_owned(),
            hashed: false,
        }
    }
}

impl Assets {
    /// Reads `pkg/assets.txt` under `site_root`: lines `citizen NAME`, `desk NAME`, `css FILE`.
    /// A missing list gives the plain names; a list that lacks a line or has an unsafe name is an
    /// error, since pages would link to files that are not there.
    ///
    /// # Errors
    /// The list cannot be read, or a line is missing or malformed.
    pub fn load(site_root: &Path) -> Result<Assets, String> {
        let path = site_root.join("pkg").join(MANIFEST);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Assets::default());
            }
            Err(error) => return Err(format!("cannot read {}: {error}", path.display())),
        };
        Self::parse(&text).map_err(|problem| format!("{}: {problem}", path.display()))
    }

    /// Parses the list's text (see [`Assets::load`]).
    ///
    /// # Errors
    /// A line is missing, repeated, unknown or names an unsafe file.
    pub fn parse(text: &str) -> Result<Assets, String> {
        let (mut citizen, mut desk, mut stylesheet) = (None, None, None);
        for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
            let (key, name) = line
                .split_once(' ')
                .ok_or_else(|| format!("line `{line}` is not `KEY NAME`"))?;
            let name = name.trim();
            let safe = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
                && !name.starts_with('.');
            if !safe {
                return Err(format!("unsafe file name `{name}`"));
            }
            let slot = match key {
                "citizen" => &mut citizen,
                "desk" => &mut desk,
                "css" => &mut stylesheet,
                other => return Err(format!("unknown key `{other}`")),
            };
            if slot.replace(name.to_owned()).is_some() {
                return Err(format!("`{key}` is listed twice"));
            }
        }
        Ok(Assets {
            citizen: citizen.ok_or("no `citizen` line")?,
            desk: desk.ok_or("no `desk` line")?,
            stylesheet: stylesheet.ok_or("no `css` line")?,
            hashed: true,
        })
    }

    /// A bundle's name as `wasm-bindgen` wrote it: `NAME.js` and `NAME_bg.wasm` in `pkg/`.
    pub fn bundle(&self, bundle: Bundle) -> &str {
        match bundle {
            Bundle::Citizen => &self.citizen,
            Bundle::Desk => &self.desk,
        }
    }

    /// The stylesheet's address.
    pub fn stylesheet_href(&self) -> String {
        format!("/pkg/{}", self.stylesheet)
    }

    /// Whether `file` (a name in `pkg/`) is one of the listed, content-named files: its content
    /// never changes under that name.
    pub fn is_content_named(&self, file: &str) -> bool {
        self.hashed
            && (file == self.stylesheet
                || [&self.citizen, &self.desk].into_iter().any(|bundle| {
                    file.strip_prefix(bundle.as_str())
                        .is_some_and(|rest| rest == ".js" || rest == "_bg.wasm")
                }))
    }

    /// Whether the names carry content hashes, so the files may be cached for good.
    pub fn hashed(&self) -> bool {
        self.hashed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_complete_list_names_both_bundles_and_the_stylesheet() {
        let assets =
            Assets::parse("citizen aduan-0a1b\ndesk aduan_desk-2c3d\ncss aduan-4e5f.css\n")
                .unwrap();
        assert_eq!(assets.bundle(Bundle::Citizen), "aduan-0a1b");
        assert_eq!(assets.bundle(Bundle::Desk), "aduan_desk-2c3d");
        assert_eq!(assets.stylesheet_href(), "/pkg/aduan-4e5f.css");
        assert!(assets.hashed());
        assert!(assets.is_content_named("aduan-0a1b.js"));
        assert!(assets.is_content_named("aduan_desk-2c3d_bg.wasm"));
        assert!(assets.is_content_named("aduan-4e5f.css"));
        assert!(!assets.is_content_named("aduan.css"));
        assert!(!assets.is_content_named("aduan-0a1b.js.map"));
    }

    #[test]
    fn a_list_missing_a_line_or_with_a_path_is_refused() {
        assert!(
            Assets::parse("citizen a\ndesk b\n")
                .unwrap_err()
                .contains("css")
        );
        assert!(
            Assets::parse("citizen ../a\ndesk b\ncss c")
                .unwrap_err()
                .contains("unsafe")
        );
        assert!(
            Assets::parse("citizen a\ncitizen b\ndesk b\ncss c")
                .unwrap_err()
                .contains("twice")
        );
    }

    #[test]
    fn no_list_means_the_plain_names_without_long_caching() {
        let folder = std::env::temp_dir().join("aduan-assets-test-none");
        let assets = Assets::load(&folder).unwrap();
        assert_eq!(assets, Assets::default());
        assert_eq!(assets.bundle(Bundle::Citizen), "aduan");
        assert!(!assets.hashed());
        assert!(!assets.is_content_named("aduan.js"));
    }
}
