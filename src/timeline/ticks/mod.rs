//! Calendar ticks for the time axis: where they go, how they are labelled, and which level
//! (minutes … ten millennia) a view at a given width can afford.
//!
//! [`ticks`] picks the finest [`TickLevel`] whose labels, centred on their ticks, leave at
//! least `min_gap_px` between each other at the given width, and marks the ticks of the next
//! coarser level as major (labelled for that level: the January tick among months reads
//! "2024"). It also returns a context label naming the larger unit ("November 2023" when
//! showing days).
//!
//! [`grid_marks`] and [`grid_label`] are the same calendar for egui_plot's grid spacer and
//! axis formatter, which want several levels at once, each mark with its own step size.
//!
//! Pure functions of their inputs; no egui, no state, no drawing.

mod level;

pub use level::{TickLevel, LEVELS, MAX_MARKS, NESTED};

use crate::temporal::Granularity;
use crate::timeline::format::{format_interval, month_name, year_label};
use crate::timeline::time::{datetime_from_secs_clamped, max_secs, min_secs};
use chrono::{Datelike, Duration, NaiveDateTime};

/// One tick on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Axis seconds (a calendar boundary).
    pub secs: f64,
    /// The level the label is written for: the chosen level, or its major level.
    pub level: TickLevel,
    /// "2008", "Aug", "Thu 16", "20:00", "500 BC", …
    pub label: String,
    /// True for ticks of the next coarser level (drawn longer / bolder).
    pub major: bool,
}

/// The ticks of a view and its context label.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ticks {
    /// Ascending, no duplicates, labels not overlapping at the width asked for.
    pub marks: Vec<Tick>,
    /// The chosen (minor) level; `None` when no level fits.
    pub level: Option<TickLevel>,
    /// The larger unit around the view: "Thursday 16 November 2023" for hours,
    /// "November 2023" for days, "2023" for months, "1990–2025" for years.
    pub context: String,
}

/// Width of a label in pixels as estimated by [`ticks`]: 7 px per character.
pub fn estimate_label_width(label: &str) -> f64 {
    7.0 * label.chars().count() as f64
}

/// Ticks for the view `[view_start, view_end]` (axis seconds) drawn `width_px` wide, with
/// at least `min_gap_px` of empty space between neighbouring labels (label widths estimated
/// by [`estimate_label_width`]).
pub fn ticks(view_start: f64, view_end: f64, width_px: f64, min_gap_px: f64) -> Ticks {
    ticks_with(
        view_start,
        view_end,
        width_px,
        min_gap_px,
        &estimate_label_width,
    )
}

/// [`ticks`] with a caller-supplied label width (e.g. measured with the real font).
pub fn ticks_with(
    view_start: f64,
    view_end: f64,
    width_px: f64,
    min_gap_px: f64,
    label_width: &dyn Fn(&str) -> f64,
) -> Ticks {
    let Some((start, end)) = sane_range(view_start, view_end) else {
        return Ticks::default();
    };
    if !(width_px.is_finite() && width_px > 0.0) {
        return Ticks::default();
    }
    let min_gap = if min_gap_px.is_finite() {
        min_gap_px.max(0.0)
    } else {
        0.0
    };
    let px_per_sec = width_px / (end - start);
    for level in LEVELS {
        // Ticks closer than a couple of pixels can never carry labels; skipping them
        // before generating anything keeps the cost proportional to the width.
        if level.min_step_secs() * px_per_sec < min_gap.max(2.0) {
            continue;
        }
        let marks = labelled_marks(level, start, end);
        let fits = marks.windows(2).all(|w| {
            let dx = (w[1].secs - w[0].secs) * px_per_sec;
            dx >= 0.5 * (label_width(&w[0].label) + label_width(&w[1].label)) + min_gap
        });
        if fits {
            return Ticks {
                marks,
                level: Some(level),
                context: context(level, start, end),
            };
        }
    }
    Ticks {
        marks: Vec::new(),
        level: None,
        context: String::new(),
    }
}

fn labelled_marks(level: TickLevel, start: f64, end: f64) -> Vec<Tick> {
    let major = level.major();
    level
        .marks(start, end)
        .into_iter()
        .map(|secs| {
            let dt = datetime_from_secs_clamped(secs);
            match major {
                Some(m) if m.contains(dt) => Tick {
                    secs,
                    level: m,
                    label: m.label(dt),
                    major: true,
                },
                _ => Tick {
                    secs,
                    level,
                    label: level.label(dt),
                    major: false,
                },
            }
        })
        .collect()
}

/// The view clamped to chrono's range; `None` when empty or not finite.
fn sane_range(start: f64, end: f64) -> Option<(f64, f64)> {
    if !(start.is_finite() && end.is_finite()) {
        return None;
    }
    let (s, e) = (start.max(min_secs()), end.min(max_secs()));
    (e > s).then_some((s, e))
}

/// The context label for a view showing ticks of `level`.
fn context(level: TickLevel, start: f64, end: f64) -> String {
    // A view ending exactly on a boundary (midnight, the 1st) does not show the next unit.
    let last = (end - 1.0).max(start);
    let (a, b) = (
        datetime_from_secs_clamped(start),
        datetime_from_secs_clamped(last),
    );
    match level {
        TickLevel::Seconds(_) | TickLevel::Minutes(_) | TickLevel::Hours(_) => {
            if a.date() == b.date() {
                format!(
                    "{} {} {} {}",
                    a.format("%A"),
                    a.day(),
                    month_name(a),
                    year_label(a.year())
                )
            } else {
                format_interval(
                    day_start(a),
                    day_start(b) + Duration::days(1),
                    Granularity::Day,
                )
            }
        }
        TickLevel::Days(_) => {
            if (a.year(), a.month()) == (b.year(), b.month()) {
                format!("{} {}", month_name(a), year_label(a.year()))
            } else {
                format_interval(a, b, Granularity::Month)
            }
        }
        TickLevel::Months(_) | TickLevel::Years(_) => {
            if a.year() == b.year() {
                year_label(a.year())
            } else {
                format_interval(a, b, Granularity::Year)
            }
        }
    }
}

fn day_start(dt: NaiveDateTime) -> NaiveDateTime {
    dt.date().and_time(chrono::NaiveTime::MIN)
}

/// Grid lines closer than this many pixels are not emitted by [`grid_marks`].
pub const GRID_MIN_PX: f64 = 8.0;

/// Marks for egui_plot's grid spacer: `(secs, step_secs)` pairs of several nested levels,
/// ascending, each position once, carrying the step of the coarsest level it belongs to
/// (so a 1 January among month marks has a year step). Steps are each level's smallest
/// real spacing ([`TickLevel::min_step_secs`]), so egui_plot's "does the label fit in one
/// step" test is never optimistic. Pass `(mark.value, mark.step_size)` to [`grid_label`].
pub fn grid_marks(view_start: f64, view_end: f64, width_px: f64) -> Vec<(f64, f64)> {
    match sane_range(view_start, view_end) {
        Some((s, e)) if width_px.is_finite() && width_px > 0.0 => {
            grid_marks_min_step(s, e, GRID_MIN_PX * (e - s) / width_px)
        }
        _ => Vec::new(),
    }
}

/// [`grid_marks`] for a smallest step given in seconds — egui_plot's
/// `GridInput::base_step_size`.
pub fn grid_marks_min_step(view_start: f64, view_end: f64, min_step_secs: f64) -> Vec<(f64, f64)> {
    let Some((start, end)) = sane_range(view_start, view_end) else {
        return Vec::new();
    };
    // At most ~(span / min_step) marks: refuse a step that would flood the grid.
    let min_step = if min_step_secs.is_finite() {
        min_step_secs
    } else {
        0.0
    };
    let min_step = min_step.max((end - start) / MAX_MARKS as f64);
    let Some(first) = NESTED.iter().position(|l| l.min_step_secs() >= min_step) else {
        return Vec::new();
    };
    // Finest first: each mark is (re)assigned the step of every coarser level holding it.
    // Levels coarser than the view hold at most one mark each; stop at the first empty one.
    let mut out: Vec<(f64, f64)> = Vec::new();
    for &level in &NESTED[first..] {
        let step = level.min_step_secs();
        let marks = level.marks(start, end);
        if marks.is_empty() && step >= end - start {
            break;
        }
        if out.is_empty() {
            out = marks.into_iter().map(|t| (t, step)).collect();
            continue;
        }
        // Nested levels: every coarser mark is already in `out` (both lists ascending).
        let mut i = 0;
        for t in marks {
            while i < out.len() && out[i].0 < t {
                i += 1;
            }
            if let Some(slot) = out.get_mut(i).filter(|slot| slot.0 == t) {
                slot.1 = step;
            }
        }
    }
    out
}

/// The label egui_plot's axis formatter should print for a mark from [`grid_marks`]: the
/// label of the nested level whose step is `step_secs`, with quarters written as months.
pub fn grid_label(secs: f64, step_secs: f64) -> String {
    let level = NESTED
        .iter()
        .copied()
        .min_by(|a, b| {
            let da = (a.min_step_secs() / step_secs).ln().abs();
            let db = (b.min_step_secs() / step_secs).ln().abs();
            da.total_cmp(&db)
        })
        .unwrap_or(TickLevel::Years(1));
    let level = match level {
        TickLevel::Months(_) => TickLevel::Months(1),
        l => l,
    };
    level.label(datetime_from_secs_clamped(secs))
}

#[cfg(test)]
mod tests;
