//! Disclosure control for everything published: no small count, and no way to get one back by
//! subtracting what is shown from a total.
//!
//! A count from 1 to `threshold - 1` is shown as "< threshold" (CDC WONDER and CMS suppress under
//! 10–11). When cells of a table are suppressed, more cells (the smallest next) are suppressed
//! until the suppressed cells together hold at least `threshold` complaints, so the difference
//! between the total and the shown cells is never a small number that pins one of them down. A
//! total that is itself small is suppressed with every cell.
//!
//! Within one table that is enough; across tables it is not: anyone can ask for overlapping
//! periods (a year and each of its months, March 1–31 and March 1–30) and subtract their totals.
//! So every shown count is also rounded down to a multiple of [`ROUNDING`] (as national
//! statistics offices round small-area counts): the difference of two rounded counts leaves the
//! true difference uncertain among at least [`ROUNDING`] values, never pinned to a small number.
//! Down, not to the nearest: with a threshold that is a multiple of [`ROUNDING`], every shown
//! value then stands for [`ROUNDING`] possible counts, all of them shown ones. Rounded to the
//! nearest, a shown 10 could only be 10, 11 or 12 (8 and 9 are withheld), and two such cells
//! left their difference at 0, 1 or 2.

use serde::{Deserialize, Serialize};

/// The default threshold: counts under 10 are not shown.
pub const DEFAULT_THRESHOLD: u64 = 10;

/// Shown counts are rounded to the nearest multiple of this.
pub const ROUNDING: u64 = 5;

/// `count` rounded down to a multiple of [`ROUNDING`]. With a threshold that is a multiple of it
/// (the default 10), a count at or above the threshold stays at or above it.
pub const fn rounded(count: u64) -> u64 {
    count / ROUNDING * ROUNDING
}

/// A published count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum Cell {
    /// The count, shown.
    Shown(u64),
    /// Withheld: a small count, or one that would let a small count be recovered.
    Suppressed,
}

impl Cell {
    /// The count, if shown.
    pub const fn shown(self) -> Option<u64> {
        match self {
            Cell::Shown(count) => Some(count),
            Cell::Suppressed => None,
        }
    }
}

/// A table as published: its rows and its total.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PublishedTable {
    /// Each row's key (a category code, an agency's name …) and count.
    pub rows: Vec<(String, Cell)>,
    /// The total of all rows.
    pub total: Cell,
}

/// Publishes `rows` (key, true count) under `threshold`.
pub fn publish(rows: &[(String, u64)], threshold: u64) -> PublishedTable {
    let total: u64 = rows.iter().map(|(_, count)| count).sum();
    if total > 0 && total < threshold {
        return PublishedTable {
            rows: rows
                .iter()
                .map(|(key, count)| {
                    let cell = if *count == 0 {
                        Cell::Shown(0)
                    } else {
                        Cell::Suppressed
                    };
                    (key.clone(), cell)
                })
                .collect(),
            total: Cell::Suppressed,
        };
    }
    let mut suppressed: Vec<bool> = rows
        .iter()
        .map(|(_, count)| *count > 0 && *count < threshold)
        .collect();
    let mut hidden: u64 = rows
        .iter()
        .zip(&suppressed)
        .filter(|(_, hide)| **hide)
        .map(|((_, count), _)| count)
        .sum();
    if hidden > 0 {
        // Complementary suppression: add the smallest shown non-zero cells until the hidden sum
        // is no longer small.
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by_key(|&index| rows[index].1);
        for index in order {
            if hidden >= threshold {
                break;
            }
            if !suppressed[index] && rows[index].1 > 0 {
                suppressed[index] = true;
                hidden += rows[index].1;
            }
        }
    }
    PublishedTable {
        rows: rows
            .iter()
            .zip(&suppressed)
            .map(|((key, count), hide)| {
                let cell = if *hide {
                    Cell::Suppressed
                } else {
                    Cell::Shown(rounded(*count))
                };
                (key.clone(), cell)
            })
            .collect(),
        total: Cell::Shown(rounded(total)),
    }
}

/// A published figure that is not a count (a mean rating, a share): shown only when it rests on
/// at least `threshold` complaints.
pub fn publish_figure(value: f64, based_on: u64, threshold: u64) -> Option<f64> {
    (based_on >= threshold).then_some(value)
}

/// A published share of `part` in `whole` (0 to 1): shown only when `whole` reaches `threshold`
/// and neither `part` nor the rest (`whole - part`) is a small count, so the share times the
/// total cannot give a small count back.
pub fn publish_share(part: u64, whole: u64, threshold: u64) -> Option<f64> {
    let small = |count: u64| count > 0 && count < threshold;
    let part = part.min(whole);
    (whole >= threshold && !small(part) && !small(whole - part)).then(|| part as f64 / whole as f64)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_share_never_gives_back_a_small_count() {
        assert_eq!(publish_share(2, 25, 10), None, "2 of 25 is a small count");
        assert_eq!(publish_share(23, 25, 10), None, "its rest, 2, is small");
        assert_eq!(publish_share(0, 25, 10), Some(0.0));
        assert_eq!(publish_share(25, 25, 10), Some(1.0));
        assert_eq!(publish_share(12, 30, 10), Some(0.4));
        assert_eq!(publish_share(5, 5, 10), None, "too few in all");
    }

    use super::*;
    use proptest::prelude::*;

    fn table(counts: &[u64]) -> Vec<(String, u64)> {
        counts
            .iter()
            .enumerate()
            .map(|(index, count)| (format!("row{index}"), *count))
            .collect()
    }

    #[test]
    fn small_cells_are_withheld_with_a_complement() {
        let published = publish(&table(&[120, 3, 45, 0]), 10);
        assert_eq!(
            published
                .rows
                .iter()
                .map(|(_, cell)| *cell)
                .collect::<Vec<_>>(),
            [
                Cell::Shown(120),
                Cell::Suppressed,
                Cell::Suppressed,
                Cell::Shown(0)
            ],
            "3 alone could be recovered as 168 − 120 − 45: 45 goes too"
        );
        assert_eq!(published.total, Cell::Shown(165), "168, rounded down to 5");
    }

    #[test]
    fn counts_are_rounded_down_to_five_and_never_below_the_threshold() {
        assert_eq!(rounded(10), 10);
        assert_eq!(rounded(14), 10);
        assert_eq!(rounded(15), 15);
        assert_eq!(rounded(168), 165);
        assert_eq!(rounded(0), 0);
        let published = publish(&table(&[12, 33]), 10);
        assert_eq!(published.rows[0].1, Cell::Shown(10));
        assert_eq!(published.rows[1].1, Cell::Shown(30));
        assert_eq!(published.total, Cell::Shown(45));
    }

    #[test]
    fn a_small_total_withholds_everything() {
        let published = publish(&table(&[4, 0, 2]), 10);
        assert_eq!(published.total, Cell::Suppressed);
        assert_eq!(published.rows[1].1, Cell::Shown(0));
        assert_eq!(published.rows[0].1, Cell::Suppressed);
    }

    #[test]
    fn figures_on_few_complaints_are_withheld() {
        assert_eq!(publish_figure(4.5, 9, 10), None);
        assert_eq!(publish_figure(4.5, 10, 10), Some(4.5));
    }

    proptest! {
        /// Whatever the table, nothing shown is small, and the subtraction attack (total minus
        /// every shown cell) never yields a small number.
        #[test]
        fn no_small_count_is_shown_or_recoverable(
            counts in proptest::collection::vec(0u64..40, 1..8),
            threshold in 5u64..15,
        ) {
            let published = publish(&table(&counts), threshold);
            for (_, cell) in &published.rows {
                if let Cell::Shown(count) = cell {
                    prop_assert!(*count == 0 || *count + ROUNDING > threshold);
                    prop_assert_eq!(count % ROUNDING, 0);
                }
            }
            if let Cell::Shown(_) = published.total {
                // What the suppressed cells truly hold together: never a small number.
                let hidden: u64 = counts
                    .iter()
                    .zip(&published.rows)
                    .filter(|(_, (_, cell))| *cell == Cell::Suppressed)
                    .map(|(count, _)| count)
                    .sum();
                prop_assert!(hidden == 0 || hidden >= threshold, "{hidden}");
                let suppressed = published.rows.iter().filter(|(_, cell)| *cell == Cell::Suppressed).count();
                prop_assert!(suppressed != 1, "a lone suppressed cell is the recovered number");
            }
        }

        /// The differencing attack across queries: two overlapping periods whose true totals
        /// differ by a small number `d` (one more day, one more month). Read as an attacker who
        /// knows the rules reads them (a shown count is never a withheld one), their rounded
        /// totals are consistent with at least `ROUNDING` differences, so `d` is never pinned.
        /// Rounding to the nearest fails this at the threshold: 10 and 12 both show as 10,
        /// which can only be 10, 11 or 12.
        #[test]
        fn subtracting_two_published_totals_never_pins_a_small_count(
            total in 10u64..100_000,
            difference in 1u64..10,
        ) {
            let (seen_small, seen_large) = (rounded(total), rounded(total + difference));
            let candidates = |seen: u64| (seen.saturating_sub(ROUNDING)..=seen + ROUNDING)
                .filter(move |count| rounded(*count) == seen && *count >= DEFAULT_THRESHOLD);
            let mut differences: Vec<u64> = candidates(seen_small)
                .flat_map(|small| candidates(seen_large).filter_map(move |large| large.checked_sub(small)))
                .collect();
            differences.sort_unstable();
            differences.dedup();
            prop_assert!(differences.contains(&difference));
            prop_assert!(differences.len() >= ROUNDING as usize, "{differences:?}");
        }
    }
}
