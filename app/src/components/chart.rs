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

/// Height of the line chart's plot, in SVG units.
const PLOT_HEIGHT: f64 = 120.0;
/// Room under the plot for the month labels.
const AXIS_ROOM: f64 = 22.0;

/// A line chart of `points` (label, published count) in order, e.g. complaints per month: a
/// withheld point is drawn as a hollow circle at the threshold, labelled "< 10", and the line
/// breaks around it.
#[component]
pub fn LineChart(
    /// What the chart shows, for screen readers.
    title: String,
    /// Each point's label and published count, in order.
    points: Vec<(String, Cell)>,
    /// The disclosure threshold.
    threshold: u64,
) -> impl IntoView {
    let largest = points
        .iter()
        .filter_map(|(_, cell)| cell.shown())
        .max()
        .unwrap_or(0)
        .max(threshold)
        .max(1) as f64;
    let step = if points.len() > 1 {
        (WIDTH - 24.0) / (points.len() - 1) as f64
    } else {
        0.0
    };
    let place = |index: usize, count: u64| {
        (
            12.0 + index as f64 * step,
            8.0 + PLOT_HEIGHT - (count as f64 / largest) * PLOT_HEIGHT,
        )
    };
    // The line: one path segment per run of shown points.
    let mut path = String::new();
    let mut pen_down = false;
    for (index, (_, cell)) in points.iter().enumerate() {
        match cell {
            Cell::Shown(count) => {
                let (x, y) = place(index, *count);
                path.push_str(&format!(
                    "{}{x:.1} {y:.1} ",
                    if pen_down { "L" } else { "M" }
                ));
                pen_down = true;
            }
            Cell::Suppressed => pen_down = false,
        }
    }
    let every = points.len().div_ceil(6).max(1);
    let dots = points
        .into_iter()
        .enumerate()
        .map(|(index, (label, cell))| {
            let (count, text, class) = match cell {
                Cell::Shown(count) => (count, count.to_string(), "point"),
                Cell::Suppressed => (threshold, format!("< {threshold}"), "point withheld"),
            };
            let (x, y) = place(index, count);
            let axis_label = (index % every == 0).then(|| {
                view! {
                    <text
                        x=format!("{x:.1}")
                        y=format!("{:.1}", PLOT_HEIGHT + AXIS_ROOM)
                        class="axis-label"
                        text-anchor="middle"
                    >
                        {label.clone()}
                    </text>
                }
            });
            view! {
                <g>
                    <title>{format!("{label}: {text}")}</title>
                    <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="3.5" class=class></circle>
                    {axis_label}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="chart line-chart"
            role="img"
            aria-label=title
            viewBox=format!("0 0 {WIDTH} {}", PLOT_HEIGHT + AXIS_ROOM + 6.0)
            width="100%"
            preserveAspectRatio="xMinYMin meet"
        >
            <line x1="0" x2=WIDTH.to_string() y1=format!("{:.1}", PLOT_HEIGHT + 8.0) y2=format!("{:.1}", PLOT_HEIGHT + 8.0) class="axis"></line>
            <path d=path class="line"></path>
            {dots}
        </svg>
    }
    .into_any()
}
