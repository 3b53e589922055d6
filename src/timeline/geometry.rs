//! [`TimeView`]: which stretch of time the timeline shows, and the pixel ↔ time mapping.
//!
//! A view is two `f64` axis seconds (see [`super::time`]); the pixels it is drawn into are
//! a separate [`PixelRange`], because the same view is drawn at different widths (window,
//! overview strip, export). Navigation never mutates: [`TimeView::zoom_at`],
//! [`TimeView::pan`] and [`TimeView::fit`] return a new, clamped view for the caller to
//! apply. All arithmetic is `f64` — `f32` screen coordinates cannot tell two minutes apart
//! in the year 2000 (2^24 s is about half a year).
//!
//! Clamping: the span stays between [`MIN_SPAN_SECS`] (a minute across the window) and
//! [`MAX_SPAN_SECS`] (20,000 years), and the view stays inside chrono's range.
//!
//! This module knows nothing about ticks, events or egui.

use super::time::{max_secs, min_secs, secs_from_date, DAY_SECS, YEAR_SECS};
use serde::{Deserialize, Serialize};

/// The narrowest span a view may show: one minute across the window.
pub const MIN_SPAN_SECS: f64 = 60.0;
/// The widest span a view may show: 20,000 (mean Gregorian) years.
pub const MAX_SPAN_SECS: f64 = 20_000.0 * YEAR_SECS;
/// The margin [`TimeView::fit`] leaves on each side, as a fraction of the items' extent.
pub const FIT_MARGIN: f64 = 0.05;

/// The stretch of time shown: `[start_secs, end_secs]` in axis seconds.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeView {
    pub start_secs: f64,
    pub end_secs: f64,
}

/// The horizontal pixels a view is drawn into: `x_min` shows `start_secs`, `x_max` shows
/// `end_secs`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PixelRange {
    pub x_min: f64,
    pub x_max: f64,
}

impl PixelRange {
    /// Pixels from `x_min` to `x_max`.
    pub fn new(x_min: f64, x_max: f64) -> Self {
        PixelRange { x_min, x_max }
    }

    /// `0.0 ..= width_px`.
    pub fn from_width(width_px: f64) -> Self {
        PixelRange {
            x_min: 0.0,
            x_max: width_px,
        }
    }

    /// Width in pixels; at least a tiny positive number so mappings never divide by zero.
    pub fn width(&self) -> f64 {
        let w = self.x_max - self.x_min;
        if w.is_finite() && w > 1e-6 {
            w
        } else {
            1e-6
        }
    }
}

impl Default for TimeView {
    /// 1900 to 2030: where most news lives.
    fn default() -> Self {
        let start = chrono::NaiveDate::from_ymd_opt(1900, 1, 1).map_or(0.0, secs_from_date);
        let end = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).map_or(0.0, secs_from_date);
        TimeView {
            start_secs: start,
            end_secs: end,
        }
    }
}

impl TimeView {
    /// A clamped view of `[start_secs, end_secs]` (swapped if reversed).
    pub fn new(start_secs: f64, end_secs: f64) -> Self {
        TimeView {
            start_secs,
            end_secs,
        }
        .clamped()
    }

    /// `end_secs - start_secs`.
    pub fn span_secs(&self) -> f64 {
        self.end_secs - self.start_secs
    }

    /// The time in the middle of the view.
    pub fn center_secs(&self) -> f64 {
        self.start_secs + 0.5 * self.span_secs()
    }

    /// Seconds per pixel when drawn into `px`.
    pub fn secs_per_px(&self, px: PixelRange) -> f64 {
        self.span_secs() / px.width()
    }

    /// True when `secs` lies inside the view (ends included).
    pub fn contains(&self, secs: f64) -> bool {
        self.start_secs <= secs && secs <= self.end_secs
    }

    /// The x coordinate of `secs` (may lie outside `px` for times outside the view).
    pub fn x_from_time(&self, secs: f64, px: PixelRange) -> f64 {
        px.x_min + (secs - self.start_secs) / self.span_secs() * px.width()
    }

    /// The time at x coordinate `x` (extrapolated outside `px`).
    pub fn time_from_x(&self, x: f64, px: PixelRange) -> f64 {
        self.start_secs + (x - px.x_min) / px.width() * self.span_secs()
    }

    /// Zooms by `factor` around `x`: `factor > 1` zooms in (the span shrinks by `factor`),
    /// `factor < 1` zooms out. The time under `x` stays under `x` unless clamping must move
    /// the view back inside chrono's range. A non-finite or non-positive factor is ignored.
    pub fn zoom_at(&self, x: f64, factor: f64, px: PixelRange) -> TimeView {
        if !(factor.is_finite() && factor > 0.0) {
            return self.clamped();
        }
        let pivot = self.time_from_x(x, px);
        let frac = (x - px.x_min) / px.width();
        let span = clamp_span(self.span_secs() / factor);
        let start = pivot - frac * span;
        TimeView {
            start_secs: start,
            end_secs: start + span,
        }
        .clamped()
    }

    /// Pans by `dx_px` pixels the way a drag does: the content follows the pointer, so a
    /// positive `dx_px` (drag to the right) shows earlier times.
    pub fn pan(&self, dx_px: f64, px: PixelRange) -> TimeView {
        if !dx_px.is_finite() {
            return self.clamped();
        }
        let dt = dx_px * self.secs_per_px(px);
        TimeView {
            start_secs: self.start_secs - dt,
            end_secs: self.end_secs - dt,
        }
        .clamped()
    }

    /// A view showing `[items_min, items_max]` with a [`FIT_MARGIN`] on each side (at least
    /// [`MIN_SPAN_SECS`]). A single instant is shown as one day around it; non-finite input
    /// gives the default view.
    pub fn fit(items_min: f64, items_max: f64) -> TimeView {
        if !(items_min.is_finite() && items_max.is_finite()) {
            return TimeView::default();
        }
        let (lo, hi) = if items_min <= items_max {
            (items_min, items_max)
        } else {
            (items_max, items_min)
        };
        let extent = hi - lo;
        if extent == 0.0 {
            return TimeView::new(lo - 0.5 * DAY_SECS, lo + 0.5 * DAY_SECS);
        }
        let margin = extent * FIT_MARGIN;
        TimeView::new(lo - margin, hi + margin)
    }

    /// This view with its span clamped to [`MIN_SPAN_SECS`] ..= [`MAX_SPAN_SECS`] (around
    /// its centre) and shifted to lie inside chrono's range. Non-finite views become the
    /// default view; reversed ends are swapped.
    pub fn clamped(&self) -> TimeView {
        let (mut s, mut e) = (self.start_secs, self.end_secs);
        if !(s.is_finite() && e.is_finite()) {
            return TimeView::default();
        }
        if e < s {
            std::mem::swap(&mut s, &mut e);
        }
        let span = clamp_span(e - s);
        if span != e - s {
            let mid = s + 0.5 * (e - s);
            s = mid - 0.5 * span;
        }
        let (lo, hi) = (min_secs(), max_secs());
        if s < lo {
            s = lo;
        }
        if s + span > hi {
            s = hi - span;
        }
        TimeView {
            start_secs: s,
            end_secs: s + span,
        }
    }
}

fn clamp_span(span: f64) -> f64 {
    span.clamp(MIN_SPAN_SECS, MAX_SPAN_SECS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::time::{datetime_from_secs, secs_from_datetime};
    use chrono::NaiveDate;

    fn secs(y: i32, m: u32, d: u32) -> f64 {
        secs_from_date(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    const PX: PixelRange = PixelRange {
        x_min: 100.0,
        x_max: 1100.0,
    };

    #[test]
    fn time_and_x_are_inverse() {
        let v = TimeView::new(secs(2023, 11, 1), secs(2023, 12, 1));
        assert_eq!(v.x_from_time(v.start_secs, PX), 100.0);
        assert_eq!(v.x_from_time(v.end_secs, PX), 1100.0);
        assert_eq!(v.time_from_x(600.0, PX), v.center_secs());
        for x in [-50.0, 100.0, 333.3, 1099.0, 5000.0] {
            let t = v.time_from_x(x, PX);
            assert!((v.x_from_time(t, PX) - x).abs() < 1e-6, "{x}");
        }
    }

    #[test]
    fn precise_at_minute_scale_in_the_year_2000s() {
        // Two seconds apart must be ~33 px apart in a one-minute view of 2023.
        let t0 = secs(2023, 11, 16) + 20.0 * 3600.0;
        let v = TimeView::new(t0, t0 + 60.0);
        let dx = v.x_from_time(t0 + 2.0, PX) - v.x_from_time(t0, PX);
        assert!((dx - 1000.0 / 30.0).abs() < 1e-6, "{dx}");
    }

    #[test]
    fn zoom_keeps_the_time_under_the_pointer() {
        let v = TimeView::new(secs(1900, 1, 1), secs(2030, 1, 1));
        for (x, factor) in [(100.0, 2.0), (777.0, 10.0), (1100.0, 0.5), (400.0, 1.0001)] {
            let before = v.time_from_x(x, PX);
            let z = v.zoom_at(x, factor, PX);
            assert!(
                (z.time_from_x(x, PX) - before).abs() < 1e-3,
                "x={x} factor={factor}"
            );
            assert!((z.span_secs() - v.span_secs() / factor).abs() < 1.0);
        }
        assert_eq!(v.zoom_at(500.0, f64::NAN, PX), v);
        assert_eq!(v.zoom_at(500.0, 0.0, PX), v);
    }

    #[test]
    fn zoom_clamps_the_span_and_still_pivots() {
        let t = secs(2023, 11, 16);
        let v = TimeView::new(t, t + 3600.0);
        let z = v.zoom_at(350.0, 1e9, PX);
        assert_eq!(z.span_secs(), MIN_SPAN_SECS);
        assert!((z.time_from_x(350.0, PX) - v.time_from_x(350.0, PX)).abs() < 1e-6);
        let out = v.zoom_at(350.0, 1e-12, PX);
        assert_eq!(out.span_secs(), MAX_SPAN_SECS);
    }

    #[test]
    fn pan_follows_the_pointer() {
        let v = TimeView::new(secs(2023, 1, 1), secs(2024, 1, 1));
        let p = v.pan(100.0, PX);
        // The time that was at x=200 is now at x=300.
        let t = v.time_from_x(200.0, PX);
        assert!((p.x_from_time(t, PX) - 300.0).abs() < 1e-6);
        assert!(p.start_secs < v.start_secs);
        assert_eq!(p.span_secs(), v.span_secs());
        assert_eq!(v.pan(f64::INFINITY, PX), v);
    }

    #[test]
    fn views_stay_inside_chronos_range() {
        let v = TimeView::new(secs(-200_000, 1, 1), secs(-199_999, 1, 1));
        let far = v.pan(1e12, PX);
        assert_eq!(far.start_secs, min_secs());
        assert!(datetime_from_secs(far.start_secs).is_some());
        let late = TimeView::new(max_secs() - 10.0, max_secs() + 1e15);
        assert_eq!(late.end_secs, max_secs());
        assert_eq!(late.span_secs(), MAX_SPAN_SECS);
        assert!(datetime_from_secs(late.end_secs).is_some());
    }

    #[test]
    fn clamped_fixes_bad_views() {
        assert_eq!(
            TimeView {
                start_secs: f64::NAN,
                end_secs: 1.0
            }
            .clamped(),
            TimeView::default()
        );
        let r = TimeView {
            start_secs: 1000.0,
            end_secs: 0.0,
        }
        .clamped();
        assert_eq!((r.start_secs, r.end_secs), (0.0, 1000.0));
        let tiny = TimeView {
            start_secs: 0.0,
            end_secs: 1.0,
        }
        .clamped();
        assert_eq!((tiny.start_secs, tiny.end_secs), (-29.5, 30.5));
    }

    #[test]
    fn fit_adds_a_margin_and_handles_points() {
        let (a, b) = (secs(2008, 1, 1), secs(2023, 11, 17));
        let f = TimeView::fit(a, b);
        let m = (b - a) * FIT_MARGIN;
        assert_eq!((f.start_secs, f.end_secs), (a - m, b + m));
        let p = TimeView::fit(a, a);
        assert_eq!(
            (p.start_secs, p.end_secs),
            (a - DAY_SECS / 2.0, a + DAY_SECS / 2.0)
        );
        assert_eq!(TimeView::fit(f64::NAN, 0.0), TimeView::default());
        let minutes = TimeView::fit(a, a + 600.0);
        assert_eq!(
            (minutes.start_secs, minutes.end_secs),
            (a - 30.0, a + 630.0)
        );
        let seconds = TimeView::fit(a, a + 10.0);
        assert_eq!(seconds.span_secs(), MIN_SPAN_SECS);
        assert!(seconds.contains(a) && seconds.contains(a + 10.0));
        let bce = TimeView::fit(secs(-2999, 1, 1), secs(2025, 1, 1));
        assert!(bce.start_secs < secs(-2999, 1, 1));
        let huge = TimeView::fit(secs(-100_000, 1, 1), secs(100_000, 1, 1));
        assert_eq!(huge.span_secs(), MAX_SPAN_SECS);
    }

    #[test]
    fn serde_round_trip() {
        let v = TimeView::new(
            secs(2023, 11, 1),
            secs_from_datetime(
                NaiveDate::from_ymd_opt(2023, 12, 1)
                    .unwrap()
                    .and_hms_opt(1, 2, 3)
                    .unwrap(),
            ),
        );
        let json = serde_json::to_string(&v).unwrap();
        assert!(json.contains("start_secs"));
        assert_eq!(serde_json::from_str::<TimeView>(&json).unwrap(), v);
    }
}
