//! Snapshots of the tick rows a reader sees at typical views — the seed's years, November
//! 2023, one evening, a minute, the Roman era, all of history — so a label change shows up
//! as a readable diff.

use chrono::NaiveDate;
use chronoscope::timeline::ticks::ticks;
use chronoscope::timeline::time::{datetime_from_secs, secs_from_datetime};

fn secs(y: i32, m: u32, d: u32, h: u32, min: u32) -> f64 {
    secs_from_datetime(
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap(),
    )
}

/// One line per tick: date-time, major marker, label; the level and context on top.
fn render(start: f64, end: f64, width: f64) -> String {
    let t = ticks(start, end, width, 12.0);
    let mut out = format!("level: {:?}\ncontext: {}\n", t.level, t.context);
    for m in &t.marks {
        let when = datetime_from_secs(m.secs)
            .map(|d| d.to_string())
            .unwrap_or_default();
        let major = if m.major { "major" } else { "     " };
        out.push_str(&format!("{when:>24}  {major}  {}\n", m.label));
    }
    out
}

#[test]
fn seed_years_at_1200_px() {
    insta::assert_snapshot!(render(
        secs(2007, 6, 1, 0, 0),
        secs(2024, 6, 1, 0, 0),
        1200.0
    ));
}

#[test]
fn november_2023_at_1200_px() {
    insta::assert_snapshot!(render(
        secs(2023, 11, 1, 0, 0),
        secs(2023, 12, 1, 0, 0),
        1200.0
    ));
}

#[test]
fn seed_week_at_800_px() {
    insta::assert_snapshot!(render(
        secs(2023, 11, 13, 0, 0),
        secs(2023, 11, 20, 0, 0),
        800.0
    ));
}

#[test]
fn one_evening_at_1000_px() {
    insta::assert_snapshot!(render(
        secs(2023, 11, 16, 17, 30),
        secs(2023, 11, 17, 1, 0),
        1000.0
    ));
}

#[test]
fn one_minute_at_600_px() {
    let t = secs(2023, 11, 16, 20, 0);
    insta::assert_snapshot!(render(t - 20.0, t + 40.0, 600.0));
}

#[test]
fn a_year_and_a_half_at_900_px() {
    insta::assert_snapshot!(render(
        secs(2022, 10, 1, 0, 0),
        secs(2024, 4, 1, 0, 0),
        900.0
    ));
}

#[test]
fn roman_era_at_1000_px() {
    insta::assert_snapshot!(render(
        secs(-300, 1, 1, 0, 0),
        secs(300, 1, 1, 0, 0),
        1000.0
    ));
}

#[test]
fn all_of_history_at_1000_px() {
    insta::assert_snapshot!(render(
        secs(-3100, 1, 1, 0, 0),
        secs(2100, 1, 1, 0, 0),
        1000.0
    ));
}
