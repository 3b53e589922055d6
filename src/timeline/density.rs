//! Aggregation that costs what the pixels cost, not what the events cost.
//!
//! Items are given as times sorted ascending (axis seconds — an event's start, or its
//! middle), either as a slice or as `len` plus a `time_at(i)` closure so the caller can read
//! them from its own storage. Every function binary-searches the visible range and then
//! works per pixel bin or per cluster, so a frame over 1,000,000 items does
//! O(bins · log n) work, never O(n):
//!
//! - [`bins`]: how many items fall in each `bin_px`-wide column (a density band);
//! - [`clusters`]: runs of items closer than `min_gap_px` folded into one counted cluster
//!   (single items come back as clusters of one); [`zoom_target`] is the view that opens a
//!   cluster up.
//!
//! Visible means `view.start_secs <= t <= view.end_secs`. This module does not draw and
//! does not know what an item is; unsorted input gives meaningless counts but never panics.

use super::geometry::{PixelRange, TimeView};
use std::ops::Range;

/// One pixel column of a density band.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bin {
    /// Left edge of the column.
    pub x_px: f64,
    /// Width of the column (the last one may be narrower).
    pub width_px: f64,
    /// Index of the first item in the column.
    pub first_index: usize,
    /// Number of items in the column (never 0: empty columns are not returned).
    pub count: usize,
}

/// Consecutive items closer than the gap, folded together.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cluster {
    /// Time of the first item.
    pub start_secs: f64,
    /// Time of the last item.
    pub end_secs: f64,
    /// Number of items (1 for an item standing alone).
    pub count: usize,
    /// Index of the first item; the cluster holds `first_index .. first_index + count`.
    pub first_index: usize,
}

impl Cluster {
    /// The item indices in the cluster.
    pub fn indices(&self) -> Range<usize> {
        self.first_index..self.first_index + self.count
    }
}

/// The first index in `lo..hi` whose time is not `before(t)`, assuming the times are
/// sorted (a `partition_point` over a closure).
fn partition(
    mut lo: usize,
    mut hi: usize,
    time_at: &impl Fn(usize) -> f64,
    pred: impl Fn(f64) -> bool,
) -> usize {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(time_at(mid)) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Indices of the items inside the view.
pub fn visible_range_by(
    len: usize,
    time_at: impl Fn(usize) -> f64,
    view: &TimeView,
) -> Range<usize> {
    let lo = partition(0, len, &time_at, |t| t < view.start_secs);
    let hi = partition(lo, len, &time_at, |t| t <= view.end_secs);
    lo..hi
}

/// [`visible_range_by`] over a slice.
pub fn visible_range(times: &[f64], view: &TimeView) -> Range<usize> {
    visible_range_by(times.len(), slice_reader(times), view)
}

/// Items per `bin_px`-wide column of `px` (non-empty columns only, left to right). The
/// counts add up to the number of visible items. `bin_px` is at least 0.25 px.
pub fn bins_by(
    len: usize,
    time_at: impl Fn(usize) -> f64,
    view: &TimeView,
    px: PixelRange,
    bin_px: f64,
) -> Vec<Bin> {
    let visible = visible_range_by(len, &time_at, view);
    let mut out = Vec::new();
    if visible.is_empty() {
        return out;
    }
    let bin_px = if bin_px.is_finite() {
        bin_px.max(0.25)
    } else {
        1.0
    };
    let width = px.width();
    let n_bins = (width / bin_px).ceil().clamp(1.0, 1e7) as usize;
    let mut lo = visible.start;
    for i in 0..n_bins {
        if lo >= visible.end {
            break;
        }
        let x0 = px.x_min + i as f64 * bin_px;
        let x1 = (x0 + bin_px).min(px.x_max);
        let hi = if i + 1 == n_bins {
            visible.end
        } else {
            let t1 = view.time_from_x(x1, px);
            partition(lo, visible.end, &time_at, |t| t < t1)
        };
        if hi > lo {
            out.push(Bin {
                x_px: x0,
                width_px: x1 - x0,
                first_index: lo,
                count: hi - lo,
            });
        }
        lo = hi;
    }
    out
}

/// [`bins_by`] over a slice of sorted times.
pub fn bins(times: &[f64], view: &TimeView, px: PixelRange, bin_px: f64) -> Vec<Bin> {
    bins_by(times.len(), slice_reader(times), view, px, bin_px)
}

/// Visible items folded into clusters: an item joins the previous one's cluster when it is
/// less than `min_gap_px` to its right. Returned left to right, single items included; the
/// counts add up to the number of visible items.
///
/// Cost: every two binary searches advance at least `min_gap_px`, so the work is
/// O((width / min_gap_px + clusters) · log n) however many items a cluster holds.
pub fn clusters_by(
    len: usize,
    time_at: impl Fn(usize) -> f64,
    view: &TimeView,
    px: PixelRange,
    min_gap_px: f64,
) -> Vec<Cluster> {
    let visible = visible_range_by(len, &time_at, view);
    let gap_secs = if min_gap_px.is_finite() {
        min_gap_px.max(0.0)
    } else {
        0.0
    } * view.secs_per_px(px);
    let mut out = Vec::new();
    let mut first = visible.start;
    while first < visible.end {
        let mut last = first;
        loop {
            let reach = time_at(last) + gap_secs;
            // Every item before `reach` is within the gap of its predecessor.
            let next = partition(last + 1, visible.end, &time_at, |t| t < reach);
            if next == last + 1 {
                break;
            }
            last = next - 1;
        }
        out.push(Cluster {
            start_secs: time_at(first),
            end_secs: time_at(last),
            count: last + 1 - first,
            first_index: first,
        });
        first = last + 1;
    }
    out
}

/// [`clusters_by`] over a slice of sorted times.
pub fn clusters(times: &[f64], view: &TimeView, px: PixelRange, min_gap_px: f64) -> Vec<Cluster> {
    clusters_by(times.len(), slice_reader(times), view, px, min_gap_px)
}

/// The view that opens `cluster` up: its extent with a margin (one day around it when its
/// items share a time), clamped like every view.
pub fn zoom_target(cluster: &Cluster) -> TimeView {
    TimeView::fit(cluster.start_secs, cluster.end_secs)
}

fn slice_reader(times: &[f64]) -> impl Fn(usize) -> f64 + '_ {
    // Indices come from ranges within `times.len()`; the fallback is unreachable.
    move |i| times.get(i).copied().unwrap_or(f64::INFINITY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    const PX: PixelRange = PixelRange {
        x_min: 0.0,
        x_max: 1000.0,
    };

    /// Three bursts of 100 items each, 1 s apart, centred on 1 000 s, 50 000 s, 51 000 s,
    /// plus a lone item at 90 000 s.
    fn bursts() -> Vec<f64> {
        let mut v = Vec::new();
        for c in [1_000.0, 50_000.0, 51_000.0] {
            v.extend((0..100).map(|i| c + f64::from(i)));
        }
        v.push(90_000.0);
        v
    }

    #[test]
    fn visible_range_includes_both_ends() {
        let t = [1.0, 2.0, 3.0, 4.0, 5.0];
        let view = TimeView {
            start_secs: 2.0,
            end_secs: 4.0,
        };
        assert_eq!(visible_range(&t, &view), 1..4);
        assert_eq!(visible_range(&[], &view), 0..0);
        assert_eq!(
            visible_range(
                &t,
                &TimeView {
                    start_secs: 6.0,
                    end_secs: 9.0
                }
            ),
            5..5
        );
    }

    #[test]
    fn bins_conserve_counts_and_place_items() {
        let t = bursts();
        let view = TimeView {
            start_secs: 0.0,
            end_secs: 100_000.0,
        };
        let b = bins(&t, &view, PX, 1.0);
        assert_eq!(b.iter().map(|b| b.count).sum::<usize>(), t.len());
        // 100 s per px: burst 1 spans px 10..11, bursts 2 and 3 px 500..501 and 510..511.
        assert_eq!(
            b.iter().map(|b| b.x_px).collect::<Vec<_>>(),
            [10.0, 500.0, 510.0, 900.0]
        );
        assert_eq!(b[0].count, 100);
        assert_eq!(
            b[3],
            Bin {
                x_px: 900.0,
                width_px: 1.0,
                first_index: 300,
                count: 1
            }
        );
        // A partial view: counts add up to the visible items.
        let part = TimeView {
            start_secs: 1_050.0,
            end_secs: 50_010.0,
        };
        let b = bins(&t, &part, PX, 3.0);
        assert_eq!(
            b.iter().map(|b| b.count).sum::<usize>(),
            visible_range(&t, &part).len()
        );
        assert_eq!(visible_range(&t, &part).len(), 50 + 11);
    }

    #[test]
    fn bins_cost_follows_pixels() {
        let n = 1_000_000usize;
        let calls = Cell::new(0usize);
        let time_at = |i: usize| {
            calls.set(calls.get() + 1);
            i as f64
        };
        let view = TimeView {
            start_secs: 0.0,
            end_secs: n as f64,
        };
        let b = bins_by(n, time_at, &view, PX, 1.0);
        assert_eq!(b.len(), 1000);
        assert_eq!(b.iter().map(|b| b.count).sum::<usize>(), n);
        assert!(calls.get() < 1000 * 25, "{} reads", calls.get());
    }

    #[test]
    fn clusters_conserve_counts_and_split_as_you_zoom_in() {
        let t = bursts();
        let wide = TimeView {
            start_secs: 0.0,
            end_secs: 100_000.0,
        };
        let c = clusters(&t, &wide, PX, 4.0);
        // 100 s/px, gap 400 s: the bursts stay apart except 2 and 3 (1 000 s = 10 px apart).
        assert_eq!(
            c.iter().map(|c| c.count).collect::<Vec<_>>(),
            [100, 100, 100, 1]
        );
        let c = clusters(&t, &wide, PX, 12.0);
        assert_eq!(c.iter().map(|c| c.count).collect::<Vec<_>>(), [100, 200, 1]);
        let merged = c[1];
        assert_eq!(
            (merged.start_secs, merged.end_secs, merged.first_index),
            (50_000.0, 51_099.0, 100)
        );
        // Clicking the merged cluster zooms to it; there it splits in two, then into items.
        let z = zoom_target(&merged);
        assert!(z.contains(50_000.0) && z.contains(51_099.0));
        let c = clusters(&t, &z, PX, 12.0);
        assert_eq!(c.iter().map(|c| c.count).collect::<Vec<_>>(), [100, 100]);
        let closer = zoom_target(&c[0]);
        let c = clusters(&t, &closer, PX, 4.0);
        assert_eq!(c.len(), 100, "{c:?}");
        assert!(c.iter().all(|c| c.count == 1));
        assert_eq!(
            c.iter().map(|c| c.count).sum::<usize>(),
            visible_range(&t, &closer).len()
        );
    }

    #[test]
    fn clusters_cost_follows_pixels() {
        // 1,000,000 items 1 s apart in view: one cluster, a handful of reads.
        let n = 1_000_000usize;
        let calls = Cell::new(0usize);
        let time_at = |i: usize| {
            calls.set(calls.get() + 1);
            i as f64
        };
        let view = TimeView {
            start_secs: 0.0,
            end_secs: n as f64,
        };
        let c = clusters_by(n, time_at, &view, PX, 3.0);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].count, n);
        assert!(calls.get() < 1000 * 25, "{} reads", calls.get());
    }

    #[test]
    fn degenerate_input_does_not_panic() {
        let view = TimeView {
            start_secs: 0.0,
            end_secs: 10.0,
        };
        assert!(bins(&[], &view, PX, 1.0).is_empty());
        assert_eq!(bins(&[1.0, 2.0], &view, PX, f64::NAN).len(), 2);
        assert_eq!(clusters(&[1.0, 1.0, 1.0], &view, PX, f64::NAN).len(), 3);
        let unsorted = [5.0, 1.0, 9.0, f64::NAN, 3.0];
        let _ = bins(&unsorted, &view, PX, 0.0);
        let _ = clusters(&unsorted, &view, PX, 50.0);
        let same = clusters(&[4.0, 4.0, 4.0], &view, PX, 1.0);
        assert_eq!(same.len(), 1);
        assert_eq!(same[0].indices(), 0..3);
    }
}
