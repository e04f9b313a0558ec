//! The two browser bundles, and which one a page's path belongs to.

/// Which of the two browser bundles a page hydrates with: the citizens' pages never download the
/// officers' desk (see `docs/benchmarks.md`, browser cost).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// Home, filing, receipt, tracking, statistics and the public list: `CitizenApp`.
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
}
