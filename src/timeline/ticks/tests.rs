use super::*;
use crate::timeline::time::{
    datetime_from_secs, secs_from_datetime, DAY_SECS, HOUR_SECS, YEAR_SECS,
};
use chrono::{NaiveDate, Timelike};

fn secs(y: i32, m: u32, d: u32) -> f64 {
    secs_from_datetime(
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap(),
    )
}

fn labels(t: &Ticks) -> Vec<&str> {
    t.marks.iter().map(|m| m.label.as_str()).collect()
}

#[test]
fn years_of_the_seed() {
    // 2008 to Nov 2023 across 1000 px: years, decades as major.
    let t = ticks(secs(2007, 6, 1), secs(2024, 3, 1), 1000.0, 20.0);
    assert_eq!(t.level, Some(TickLevel::Years(1)));
    assert_eq!(labels(&t)[0], "2008");
    assert_eq!(t.marks.len(), 17);
    let major: Vec<_> = t
        .marks
        .iter()
        .filter(|m| m.major)
        .map(|m| m.label.as_str())
        .collect();
    assert_eq!(major, ["2010", "2020"]);
    assert_eq!(t.context, "2007–2024");
}

#[test]
fn days_of_november_2023() {
    let t = ticks(secs(2023, 11, 1), secs(2023, 11, 30), 1600.0, 10.0);
    assert_eq!(t.level, Some(TickLevel::Days(1)));
    assert_eq!(t.marks[0].label, "Nov");
    assert!(t.marks[0].major);
    assert_eq!(t.marks[15].label, "Thu 16");
    assert_eq!(t.context, "November 2023");
    for m in &t.marks {
        assert_eq!(
            datetime_from_secs(m.secs).unwrap().time(),
            chrono::NaiveTime::MIN
        );
    }
}

#[test]
fn months_say_their_year_in_january_and_context() {
    let t = ticks(secs(2023, 2, 10), secs(2024, 5, 1), 900.0, 10.0);
    assert_eq!(t.level, Some(TickLevel::Months(1)));
    let l = labels(&t);
    assert_eq!(&l[..3], ["Mar", "Apr", "May"]);
    assert!(l.contains(&"2024"));
    assert_eq!(t.context, "2023–2024");
    let narrow = ticks(secs(2023, 2, 10), secs(2023, 11, 1), 500.0, 10.0);
    assert_eq!(narrow.level, Some(TickLevel::Months(1)));
    assert_eq!(narrow.context, "2023");
    assert!(labels(&narrow).contains(&"Aug"));
}

#[test]
fn hours_on_an_evening() {
    let t0 = secs(2023, 11, 16);
    let t = ticks(t0 + 12.0 * HOUR_SECS, t0 + 36.0 * HOUR_SECS, 1200.0, 10.0);
    assert_eq!(t.level, Some(TickLevel::Hours(1)));
    assert!(labels(&t).contains(&"20:00"));
    assert!(labels(&t).contains(&"Fri 17"));
    assert_eq!(t.context, "16–17 Nov 2023");
    let one_day = ticks(t0 + 1.0 * HOUR_SECS, t0 + 23.0 * HOUR_SECS, 1200.0, 10.0);
    assert_eq!(one_day.context, "Thursday 16 November 2023");
}

#[test]
fn one_minute_still_has_ticks() {
    let t0 = secs(2023, 11, 16) + 20.0 * HOUR_SECS + 7.0;
    let t = ticks(t0, t0 + 60.0, 300.0, 10.0);
    assert!(t.marks.len() >= 2, "{t:?}");
    assert_eq!(
        t.marks.iter().find(|m| m.major).map(|m| m.label.as_str()),
        Some("20:01")
    );
}

#[test]
fn bce_years_read_bc_and_skip_year_zero() {
    let t = ticks(secs(-800, 1, 1), secs(300, 1, 1), 1000.0, 10.0);
    assert_eq!(t.level, Some(TickLevel::Years(100)));
    assert_eq!(
        labels(&t),
        [
            "800 BC", "700 BC", "600 BC", "500 BC", "400 BC", "300 BC", "200 BC", "100 BC", "AD 1",
            "AD 100", "AD 200", "AD 300"
        ]
    );
    assert!(t.context.contains("BC"));
    let mil = ticks(secs(-17_000, 1, 1), secs(2025, 1, 1), 800.0, 10.0);
    assert!(labels(&mil).contains(&"10000 BC"), "{:?}", labels(&mil));
    for m in &mil.marks {
        let d = datetime_from_secs(m.secs).unwrap();
        assert_eq!((d.month(), d.day()), (1, 1));
        if d.year() <= 0 {
            assert_eq!(m.label, format!("{} BC", 1 - d.year()));
        }
    }
}

#[test]
fn twenty_thousand_years_in_300_px() {
    let t = ticks(
        secs(-15_000, 1, 1),
        secs(-15_000, 1, 1) + 20_000.0 * YEAR_SECS,
        300.0,
        10.0,
    );
    assert!(t.level.is_some());
    assert!(!t.marks.is_empty());
}

#[test]
fn degenerate_inputs_give_no_ticks() {
    assert_eq!(ticks(f64::NAN, 1.0, 500.0, 10.0), Ticks::default());
    assert_eq!(ticks(10.0, 10.0, 500.0, 10.0), Ticks::default());
    assert_eq!(ticks(0.0, 1e6, 0.0, 10.0), Ticks::default());
    assert!(grid_marks(0.0, f64::INFINITY, 500.0).is_empty());
}

#[test]
fn grid_marks_nest_levels_and_keep_the_largest_step() {
    let (s, e) = (secs(2023, 10, 20), secs(2024, 2, 10));
    let marks = grid_marks(s, e, 1000.0);
    assert!(marks.windows(2).all(|w| w[0].0 < w[1].0));
    let jan = marks.iter().find(|m| m.0 == secs(2024, 1, 1)).unwrap();
    assert!(jan.1 >= 365.0 * DAY_SECS);
    assert_eq!(grid_label(jan.0, jan.1), "2024");
    let dec = marks.iter().find(|m| m.0 == secs(2023, 12, 1)).unwrap();
    assert_eq!(grid_label(dec.0, dec.1), "Dec");
    let day = marks.iter().find(|m| m.0 == secs(2023, 11, 16)).unwrap();
    assert_eq!(day.1, DAY_SECS);
    assert_eq!(grid_label(day.0, day.1), "Thu 16");
    // Several step sizes are present, so egui_plot can label the coarse ones only.
    let mut steps: Vec<f64> = marks.iter().map(|m| m.1).collect();
    steps.sort_by(f64::total_cmp);
    steps.dedup();
    assert!(steps.len() >= 3, "{steps:?}");
    // No grid line closer than GRID_MIN_PX.
    let px = 1000.0 / (e - s);
    assert!(marks
        .windows(2)
        .all(|w| (w[1].0 - w[0].0) * px >= GRID_MIN_PX - 1e-9));
}

#[test]
fn grid_labels_for_each_family() {
    let t = secs(2023, 11, 16) + 20.0 * HOUR_SECS;
    assert_eq!(grid_label(t, HOUR_SECS), "20:00");
    assert_eq!(grid_label(t + 900.0, 900.0), "20:15");
    assert_eq!(
        grid_label(secs(-499, 1, 1), 500.0 * 365.0 * DAY_SECS),
        "500 BC"
    );
    assert_eq!(grid_label(secs(2023, 4, 1), 84.0 * DAY_SECS), "Apr");
    let t = datetime_from_secs(t).unwrap();
    assert_eq!(t.hour(), 20);
}
