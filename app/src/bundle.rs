//! The two browser bundles, and which one a page's path belongs to.

/// Which of the two browser bundles a page hydrates with: the citizens' pages never download the
/// officers' desk (see `docs/benchmarks.md`, browser cost).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// Home, filing, receipt, tracking, statistics and the public list: `CitizenApp`, whose
    /// bundle holds only the islands.
    Citizen,
    /// Everything under `/petugas`: `DeskApp`.
    Desk,
}

impl Bundle {
    /// The bundle of the page at `path`: the desk's is everything under `/petugas`.
    pub fn for_path(path: &str) -> Bundle {
        let rest = path.strip_prefix("/petugas");
        if rest.is_some_and(|rest| rest.is_empty() || rest.starts_with('/')) {
            Bundle::Desk
        } else {
            Bundle::Citizen
        }
    }

    /// Whether the page at `path` loads a bundle at all. The desk's pages always do. Of the
    /// citizens' pages only those with an island do, and the filing form is the one island: the
    /// others are whole as server HTML and download no script.
    pub fn loads_script(path: &str) -> bool {
        match Bundle::for_path(path) {
            Bundle::Desk => true,
            Bundle::Citizen => path.trim_end_matches('/') == "/lapor",
        }
    }
}
