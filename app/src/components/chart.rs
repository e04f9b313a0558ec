//! Bar charts drawn as SVG by the page itself (server-rendered, no chart library): one bar per
//! row, a withheld count drawn as an empty outline labelled "< 10".

use crate::domain::disclosure::Cell;
use leptos::prelude::*;

/// Height of one bar's line, in SVG units.
const ROW: usize = 28;
/// Width of the chart, in SVG units (it scales to the screen).
const WIDTH: f64 = 320.0;
/// Room for the count at the end of the longest bar.
const LABEL_ROOM: f64 = 56.0;

/// A horizontal bar chart of `rows` (label, published count), titled `title` for screen readers.
#[component]
pub fn BarChart(
    /// What the chart shows, for screen readers.
    title: String,
    /// Each bar's label and published count.
    rows: Vec<(String, Cell)>,
    /// The disclosure threshold (a withheld bar is drawn at it).
    threshold: u64,
) -> impl IntoView {
    let largest = rows
        .iter()
        .filter_map(|(_, cell)| cell.shown())
        .max()
        .unwrap_or(0)
        .max(threshold)
        .max(1) as f64;
    let height = rows.len().max(1) * ROW;
    let bars = rows
        .into_iter()
        .enumerate()
        .map(|(index, (label, cell))| {
            let y = index * ROW;
            let (width, text, class) = match cell {
                Cell::Shown(count) => (
                    (count as f64 / largest) * (WIDTH - LABEL_ROOM),
                    count.to_string(),
                    "bar",
                ),
                Cell::Suppressed => (
                    (threshold as f64 / largest) * (WIDTH - LABEL_ROOM),
                    format!("< {threshold}"),
                    "bar withheld",
                ),
            };
            view! {
                <g>
                    <title>{format!("{label}: {text}")}</title>
                    <text x="0" y=(y + 11).to_string() class="bar-label">{label}</text>
                    <rect
                        x="0"
                        y=(y + 14).to_string()
                        width=format!("{:.1}", width.max(1.0))
                        height="10"
                        class=class
                    ></rect>
                    <text x=format!("{:.1}", width + 4.0) y=(y + 23).to_string() class="bar-value">
                        {text}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="chart"
            role="img"
            aria-label=title
            viewBox=format!("0 0 {WIDTH} {height}")
            width="100%"
            preserveAspectRatio="xMinYMin meet"
        >
            {bars}
        </svg>
    }
    .into_any()
}
