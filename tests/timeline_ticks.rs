//! Property tests for calendar tick generation: for any view from a minute to 20,000 years
//! and any width from 300 to 2000 px, ticks are ordered, unique, on calendar boundaries,
//! and their labels do not overlap.

use chrono::{Datelike, NaiveDate, Timelike};
use chronoscope::timeline::ticks::{estimate_label_width, grid_label, grid_marks, ticks, NESTED};
use chronoscope::timeline::time::{datetime_from_secs, secs_from_date, YEAR_SECS};
use proptest::prelude::*;

fn year_start(y: i32) -> f64 {
    secs_from_date(NaiveDate::from_ymd_opt(y, 1, 1).unwrap())
}

/// (start, span) with the span log-uniform from 60 s to 20,000 years.
fn view() -> impl Strategy<Value = (f64, f64)> {
    (
        -15_000.0f64..3_000.0,
        60f64.ln()..(20_000.0 * YEAR_SECS).ln(),
        0.0f64..1.0,
    )
        .prop_map(|(start_year, ln_span, frac)| {
            let start = (year_start(start_year.floor() as i32) + frac * YEAR_SECS).round();
            (start, ln_span.exp())
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn ticks_are_ordered_on_boundaries_and_do_not_overlap(
        (start, span) in view(),
        width in 300.0f64..2000.0,
        gap in 4.0f64..40.0,
    ) {
        let end = start + span;
        let t = ticks(start, end, width, gap);
        let level = t.level.expect("a level always fits between a minute and 20,000 years");
        prop_assert!(!t.marks.is_empty(), "no marks for {start}..{end} at {width}");
        let px = width / span;
        for w in t.marks.windows(2) {
            prop_assert!(w[0].secs < w[1].secs);
            let room = (w[1].secs - w[0].secs) * px;
            let need = 0.5 * (estimate_label_width(&w[0].label) + estimate_label_width(&w[1].label)) + gap;
            prop_assert!(room >= need - 1e-9, "{:?} and {:?}: {room} < {need}", w[0], w[1]);
        }
        for m in &t.marks {
            prop_assert!(start <= m.secs && m.secs <= end);
            let dt = datetime_from_secs(m.secs).unwrap();
            prop_assert!(m.level.contains(dt), "{m:?} is not on a {:?} boundary", m.level);
            prop_assert_eq!(m.major, Some(m.level) == level.major());
            prop_assert!(m.major || m.level == level);
            prop_assert!(!m.label.is_empty());
            if m.level.name() != "second" && m.level.name() != "minute" && m.level.name() != "hour" {
                prop_assert_eq!((dt.hour(), dt.minute(), dt.second()), (0, 0, 0));
            }
            if dt.year() <= 0 && matches!(m.level, chronoscope::timeline::ticks::TickLevel::Years(_)) {
                prop_assert_eq!(&m.label, &format!("{} BC", 1 - dt.year()));
            }
        }
        prop_assert!(!t.context.is_empty());
    }

    #[test]
    fn grid_marks_are_ordered_nested_and_labelled(
        (start, span) in view(),
        width in 300.0f64..2000.0,
    ) {
        let end = start + span;
        let marks = grid_marks(start, end, width);
        prop_assert!(!marks.is_empty());
        prop_assert!(marks.len() as f64 <= width / 8.0 + 2.0, "{} marks", marks.len());
        for w in marks.windows(2) {
            prop_assert!(w[0].0 < w[1].0);
        }
        for &(secs, step) in &marks {
            let level = NESTED.iter().find(|l| l.min_step_secs() == step);
            prop_assert!(level.is_some(), "step {step} is no level's");
            let dt = datetime_from_secs(secs).unwrap();
            prop_assert!(level.unwrap().contains(dt));
            prop_assert!(!grid_label(secs, step).is_empty());
        }
    }
}

#[test]
fn every_month_tick_is_the_first_at_midnight() {
    for (y0, y1, width) in [
        (1990, 1995, 2000.0),
        (-600, -598, 1500.0),
        (2023, 2024, 700.0),
    ] {
        let t = ticks(year_start(y0), year_start(y1), width, 8.0);
        let months: Vec<_> = t
            .marks
            .iter()
            .filter(|m| m.level.name() == "month")
            .collect();
        assert!(!months.is_empty(), "{y0}..{y1}: {:?}", t.level);
        for m in months {
            let dt = datetime_from_secs(m.secs).unwrap();
            assert_eq!(
                (dt.day(), dt.hour(), dt.minute(), dt.second()),
                (1, 0, 0, 0),
                "{m:?}"
            );
        }
    }
}
