//! Stacking the items of one lane into sub-rows so that nothing drawn overlaps.
//!
//! The caller turns each item into the horizontal pixels it occupies — the bar, a minimum
//! width for points, and the label beside it ([`extent_px`]) — and [`stack`] gives every
//! item a row: greedy first fit in order of start, always the lowest free row, in
//! O(n log n). Rows are stable under panning (a shift of every span by the same amount
//! yields the same rows), which keeps the picture calm.
//!
//! This module does not decide which items are in a lane, nor draw them.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// The pixels an item occupies: its span `[x_start, x_end]` widened to at least
/// `min_width_px` (centred, for points and very short bars), plus `label_px` to the right
/// for its label (0 for no label).
pub fn extent_px(x_start: f64, x_end: f64, min_width_px: f64, label_px: f64) -> (f64, f64) {
    let (a, b) = if x_start <= x_end {
        (x_start, x_end)
    } else {
        (x_end, x_start)
    };
    let widen = (min_width_px - (b - a)).max(0.0) * 0.5;
    (a - widen, b + widen + label_px.max(0.0))
}

/// A row for each span so that spans in one row do not overlap (spans that only touch,
/// `a.1 == b.0`, may share a row). Spans are `(start, end)` in pixels, in any order;
/// reversed spans count as their normalised form and NaN ends as empty spans.
/// Row 0 is the first row; the number of rows is `max + 1`.
pub fn stack(spans_px: &[(f64, f64)]) -> Vec<usize> {
    let norm = |(a, b): (f64, f64)| -> (f64, f64) {
        let a = if a.is_nan() { 0.0 } else { a };
        let b = if b.is_nan() { a } else { b };
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    };
    let mut order: Vec<usize> = (0..spans_px.len()).collect();
    order.sort_by(|&i, &j| {
        let (a, b) = (
            spans_px.get(i).copied().map(norm),
            spans_px.get(j).copied().map(norm),
        );
        a.map(|s| s.0)
            .unwrap_or(0.0)
            .total_cmp(&b.map(|s| s.0).unwrap_or(0.0))
            .then(i.cmp(&j))
    });
    let mut rows = vec![0usize; spans_px.len()];
    // Rows in use, by the end of their last span (earliest end first).
    let mut busy: BinaryHeap<Reverse<(OrdF64, usize)>> = BinaryHeap::new();
    // Rows free again, lowest first.
    let mut free: BinaryHeap<Reverse<usize>> = BinaryHeap::new();
    let mut n_rows = 0usize;
    for i in order {
        let Some(&span) = spans_px.get(i) else {
            continue;
        };
        let (start, end) = norm(span);
        while let Some(Reverse((OrdF64(e), row))) = busy.peek().copied() {
            if e > start {
                break;
            }
            busy.pop();
            free.push(Reverse(row));
        }
        let row = match free.pop() {
            Some(Reverse(r)) => r,
            None => {
                n_rows += 1;
                n_rows - 1
            }
        };
        if let Some(slot) = rows.get_mut(i) {
            *slot = row;
        }
        busy.push(Reverse((OrdF64(end), row)));
    }
    rows
}

/// `f64` ordered by `total_cmp`, for the heap.
#[derive(Clone, Copy, Debug, PartialEq)]
struct OrdF64(f64);

impl Eq for OrdF64 {}

impl PartialOrd for OrdF64 {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for OrdF64 {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_no_overlap(spans: &[(f64, f64)], rows: &[usize]) {
        for i in 0..spans.len() {
            for j in i + 1..spans.len() {
                if rows[i] == rows[j] {
                    let (a, b) = (spans[i], spans[j]);
                    assert!(
                        a.1 <= b.0 || b.1 <= a.0,
                        "{a:?} and {b:?} share row {}",
                        rows[i]
                    );
                }
            }
        }
    }

    #[test]
    fn overlapping_spans_go_to_different_rows() {
        let spans = [
            (0.0, 10.0),
            (5.0, 15.0),
            (10.0, 20.0),
            (12.0, 13.0),
            (30.0, 40.0),
        ];
        let rows = stack(&spans);
        assert_eq!(rows, [0, 1, 0, 2, 0]);
        assert_no_overlap(&spans, &rows);
    }

    #[test]
    fn lowest_free_row_is_reused_and_order_does_not_matter() {
        let spans = [(20.0, 30.0), (0.0, 100.0), (0.0, 10.0), (11.0, 19.0)];
        let rows = stack(&spans);
        // Sorted by start: (0,100)→0, (0,10)→1, (11,19)→1, (20,30)→1.
        assert_eq!(rows, [1, 0, 1, 1]);
        let shifted: Vec<_> = spans.iter().map(|(a, b)| (a + 333.5, b + 333.5)).collect();
        assert_eq!(stack(&shifted), rows);
    }

    #[test]
    fn pseudo_random_spans_never_overlap_and_use_few_rows() {
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 10_000) as f64 / 10.0
        };
        let spans: Vec<(f64, f64)> = (0..500)
            .map(|_| {
                let a = next();
                extent_px(a, a + next() / 50.0, 6.0, 30.0)
            })
            .collect();
        let rows = stack(&spans);
        assert_no_overlap(&spans, &rows);
        // Greedy interval partitioning is optimal: rows = the maximum overlap at any point.
        let max_depth = spans
            .iter()
            .map(|&(s, _)| spans.iter().filter(|&&(a, b)| a <= s && s < b).count())
            .max()
            .unwrap();
        assert_eq!(rows.iter().max().unwrap() + 1, max_depth);
    }

    #[test]
    fn extents_widen_points_and_add_labels() {
        assert_eq!(extent_px(100.0, 100.0, 6.0, 0.0), (97.0, 103.0));
        assert_eq!(extent_px(100.0, 200.0, 6.0, 40.0), (100.0, 240.0));
        assert_eq!(extent_px(200.0, 100.0, 0.0, 0.0), (100.0, 200.0));
        assert_eq!(stack(&[]), Vec::<usize>::new());
        assert_eq!(stack(&[(f64::NAN, 5.0), (1.0, f64::NAN)]).len(), 2);
    }
}
