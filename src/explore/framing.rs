//! Framing the visible events: "Fit all" shows where the events are, not their extremes.
//! One "11th century" mention among a thousand events from 1996–2000 must not squeeze the
//! rest into a few pixels; it stays one click away, counted at the edge ("‹ 1 earlier").

use crate::explore::Item;

/// Share of the events the bulk holds before it grows to take in near neighbours.
pub const BULK_SHARE: f64 = 0.98;
/// An end event this many times the rest's span away is a far outlier (the 11th century
/// among 1996–2000 news is 225 times; a 2008 background date in a 2023 story is 15).
const FAR: f64 = 50.0;

/// Below this many events, 2% is not one event: outliers are found by distance instead.
const SMALL: usize = 50;

/// Many events: the shortest span holding [`BULK_SHARE`] of them (the densest: background
/// history on one side only is left out), then the events within a tenth of its span of
/// its edges (so an even spread keeps its ends). Indices into the sorted `mids`.
fn densest(mids: &[f64]) -> (usize, usize) {
    let n = mids.len();
    let k = ((n as f64) * BULK_SHARE).ceil() as usize;
    let k = k.clamp(1, n);
    let lo = (0..=n - k)
        .min_by(|&i, &j| (mids[i + k - 1] - mids[i]).total_cmp(&(mids[j + k - 1] - mids[j])))
        .unwrap_or(0);
    let hi = lo + k - 1;
    let reach = (mids[hi] - mids[lo]).max(86_400.0) * 0.1;
    let lo = mids.partition_point(|&m| m < mids[lo] - reach);
    let hi = mids.partition_point(|&m| m <= mids[hi] + reach) - 1;
    (lo, hi)
}

/// Few events: all but an end event (up to three) that lies [`FAR`] times the rest's span
/// away, grown again over events close to what is left (gaps under half its span).
fn few(mids: &[f64]) -> (usize, usize) {
    let n = mids.len();
    let (mut lo, mut hi) = (0, n - 1);
    let mut dropped = 0;
    while hi >= lo + 2 && dropped < 3 {
        let rest = |a: usize, b: usize| (mids[b] - mids[a]).max(86_400.0);
        if mids[lo + 1] - mids[lo] > FAR * rest(lo + 1, hi) {
            lo += 1;
        } else if mids[hi] - mids[hi - 1] > FAR * rest(lo, hi - 1) {
            hi -= 1;
        } else {
            break;
        }
        dropped += 1;
    }
    loop {
        let span = (mids[hi] - mids[lo]).max(86_400.0);
        let grew_lo = lo > 0 && mids[lo] - mids[lo - 1] <= span * 0.5;
        let grew_hi = hi + 1 < n && mids[hi + 1] - mids[hi] <= span * 0.5;
        if grew_lo {
            lo -= 1;
        }
        if grew_hi {
            hi += 1;
        }
        if !grew_lo && !grew_hi {
            return (lo, hi);
        }
    }
}

/// The time span holding the bulk of `visible` (indices into `items`, sorted by start):
/// by their midpoints, the densest [`BULK_SHARE`] of them (see `densest`), or for a
/// few events all but far outliers (see `few`).
/// `None` when nothing is visible.
pub fn bulk_range(items: &[Item], visible: &[u32]) -> Option<(f64, f64)> {
    if visible.is_empty() {
        return None;
    }
    let mut mids: Vec<f64> = visible
        .iter()
        .map(|&i| {
            let it = &items[i as usize];
            (it.start + it.end) / 2.0
        })
        .collect();
    mids.sort_by(f64::total_cmp);
    let n = mids.len();
    let (lo, hi) = if n >= SMALL {
        densest(&mids)
    } else {
        few(&mids)
    };
    let (a, b) = (mids[lo], mids[hi]);
    // The events themselves, not their midpoints: their full spans, except spans longer
    // than the bulk ("the 20th century" among 1990s news frames by its middle only).
    let (mut start, mut end) = (a, b);
    for it in visible.iter().map(|&i| &items[i as usize]) {
        let mid = (it.start + it.end) / 2.0;
        if mid >= a && mid <= b && it.end - it.start <= (b - a).max(86_400.0) {
            start = start.min(it.start);
            end = end.max(it.end);
        }
    }
    Some((start, end))
}

/// How many of `visible` lie wholly before `t0` and wholly after `t1`.
pub fn outside(items: &[Item], visible: &[u32], t0: f64, t1: f64) -> (usize, usize) {
    let starts_before = visible.partition_point(|&i| items[i as usize].start < t0);
    let earlier = visible[..starts_before]
        .iter()
        .filter(|&&i| items[i as usize].end <= t0)
        .count();
    let later = visible.len() - visible.partition_point(|&i| items[i as usize].start <= t1);
    (earlier, later)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(i: u32, year: f64) -> Item {
        let s = (year - 1970.0) * 365.25 * 86_400.0;
        Item {
            event: i,
            doc: 0,
            start: s,
            end: s + 86_400.0,
            point: true,
            coarse: false,
            sources: 1,
            reported: false,
        }
    }

    #[test]
    fn a_far_outlier_stays_out_and_is_counted() {
        // 200 events over 1996–2000 and one in the 11th century.
        let mut items: Vec<Item> = (0..200)
            .map(|i| item(i, 1996.0 + i as f64 / 50.0))
            .collect();
        items.insert(0, item(200, 1050.0));
        let visible: Vec<u32> = (0..items.len() as u32).collect();
        let (a, b) = bulk_range(&items, &visible).unwrap();
        let year = |t: f64| 1970.0 + t / (365.25 * 86_400.0);
        assert!(
            year(a) > 1995.9 && year(b) < 2000.1,
            "{} {}",
            year(a),
            year(b)
        );
        assert_eq!(outside(&items, &visible, a, b), (1, 0));
    }

    #[test]
    fn sparse_background_history_on_one_side_stays_out() {
        // 300 events over 1996–2000 and 5 background dates, 1945–1985, one per decade.
        let mut items: Vec<Item> = (0..300)
            .map(|i| item(i, 1996.0 + i as f64 / 75.0))
            .collect();
        items.extend((0..5).map(|i| item(300 + i, 1945.0 + 10.0 * i as f64)));
        items.sort_by(|a, b| a.start.total_cmp(&b.start));
        let visible: Vec<u32> = (0..items.len() as u32).collect();
        let (a, _) = bulk_range(&items, &visible).unwrap();
        let year = |t: f64| 1970.0 + t / (365.25 * 86_400.0);
        assert!(year(a) > 1995.0, "{}", year(a));
        assert_eq!(outside(&items, &visible, a, f64::INFINITY).0, 5);
    }

    #[test]
    fn events_close_to_the_bulk_are_kept() {
        // Evenly spread: nothing is an outlier, the bulk is the whole extent.
        let items: Vec<Item> = (0..100)
            .map(|i| item(i, 2000.0 + i as f64 / 10.0))
            .collect();
        let visible: Vec<u32> = (0..100).collect();
        let (a, b) = bulk_range(&items, &visible).unwrap();
        assert_eq!((a, b), (items[0].start, items[99].end));
        assert_eq!(outside(&items, &visible, a, b), (0, 0));
        assert!(bulk_range(&items, &[]).is_none());
    }
}
