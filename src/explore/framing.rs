//! Framing the visible events: "Fit all" shows where the events are, not their extremes.
//! One "11th century" mention among a thousand events from 1996–2000 must not squeeze the
//! rest into a few pixels; it stays one click away, counted at the edge ("‹ 1 earlier").

use crate::explore::Item;

/// Share of the events the bulk holds before it grows to take in near neighbours.
pub const BULK_SHARE: f64 = 0.98;
/// An end event this many times the rest's span away is a far outlier (the 11th century
/// among 1996–2000 news is 225 times; a 2008 background date in a 2023 story is 15).
const FAR: f64 = 50.0;

/// The time span holding the bulk of `visible` (indices into `items`, sorted by start):
/// the middle [`BULK_SHARE`] of the events by their midpoints (and, when that trims
/// nothing, without an end event [`FAR`] times the rest's span away), grown to take in every
/// event that lies within half the bulk's span of it (so only far outliers stay out).
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
    let trim = ((n as f64) * (1.0 - BULK_SHARE) / 2.0).floor() as usize;
    let (mut lo, mut hi) = (trim, n - 1 - trim);
    // Too few events for 2% to be one: drop an end event (up to three) that lies [`FAR`]
    // times the rest's span away from it.
    let limit = 3usize.max(trim);
    let mut dropped = 0;
    while hi >= lo + 2 && dropped < limit {
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
    // Grow over events that are close to the bulk (gaps under half its span).
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
            break;
        }
    }
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
