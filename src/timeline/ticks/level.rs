//! Tick levels: the calendar units ticks can land on, from seconds to ten millennia, where
//! their boundaries fall, and how a tick of each level is labelled.
//!
//! Every boundary is a calendar boundary — 1 January for years, the 1st for months,
//! midnight for days, a whole hour or minute — computed with the calendar, never as a
//! multiple of some number of epoch seconds (except below a day, where civil days of
//! exactly 86,400 s make the two the same).
//!
//! BCE years: year ticks every `n` years fall on CE years divisible by `n`, on BCE years
//! whose BC number is divisible by `n`, and on AD 1, the first year of the era (so ticks
//! read "200 BC", "100 BC", "AD 1", "AD 100", "AD 200": there is no year 0, and no gap of
//! 2n - 1 years across the era boundary).

use crate::timeline::format::{month_abbr, weekday_abbr, year_label};
use crate::timeline::time::{datetime_from_secs, secs_from_date, DAY_SECS};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// The unit and step of a row of ticks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TickLevel {
    /// Every `n` seconds (1, 5, 10, 30).
    Seconds(u32),
    /// Every `n` minutes (1, 5, 15, 30).
    Minutes(u32),
    /// Every `n` hours (1, 3, 6, 12), from midnight.
    Hours(u32),
    /// Days 1, 1+n, 1+2n, … of each month, skipping a last one closer than `n` days to the
    /// next 1st (n = 1, 2, 7 ≈ weeks, 14 = the 1st and the 15th).
    Days(u32),
    /// Every `n` months from January (1, 3 = quarters, 6).
    Months(u32),
    /// Every `n` years (1, 2, 5, 10 = decades, …, 100 = centuries, 1000 = millennia, …).
    Years(u32),
}

/// Every level [`super::ticks`] may choose, finest first.
pub const LEVELS: [TickLevel; 32] = [
    TickLevel::Seconds(1),
    TickLevel::Seconds(5),
    TickLevel::Seconds(10),
    TickLevel::Seconds(30),
    TickLevel::Minutes(1),
    TickLevel::Minutes(5),
    TickLevel::Minutes(15),
    TickLevel::Minutes(30),
    TickLevel::Hours(1),
    TickLevel::Hours(3),
    TickLevel::Hours(6),
    TickLevel::Hours(12),
    TickLevel::Days(1),
    TickLevel::Days(2),
    TickLevel::Days(7),
    TickLevel::Days(14),
    TickLevel::Months(1),
    TickLevel::Months(3),
    TickLevel::Months(6),
    TickLevel::Years(1),
    TickLevel::Years(2),
    TickLevel::Years(5),
    TickLevel::Years(10),
    TickLevel::Years(20),
    TickLevel::Years(50),
    TickLevel::Years(100),
    TickLevel::Years(200),
    TickLevel::Years(500),
    TickLevel::Years(1000),
    TickLevel::Years(2000),
    TickLevel::Years(5000),
    TickLevel::Years(10000),
];

/// A chain of levels where each level's boundaries include all of the next one's, finest
/// first: the grid spacer emits several of them at once.
pub const NESTED: [TickLevel; 28] = [
    TickLevel::Seconds(1),
    TickLevel::Seconds(5),
    TickLevel::Seconds(10),
    TickLevel::Seconds(30),
    TickLevel::Minutes(1),
    TickLevel::Minutes(5),
    TickLevel::Minutes(15),
    TickLevel::Minutes(30),
    TickLevel::Hours(1),
    TickLevel::Hours(3),
    TickLevel::Hours(6),
    TickLevel::Hours(12),
    TickLevel::Days(1),
    TickLevel::Days(7),
    TickLevel::Days(14),
    TickLevel::Months(1),
    TickLevel::Months(3),
    TickLevel::Months(6),
    TickLevel::Years(1),
    TickLevel::Years(5),
    TickLevel::Years(10),
    TickLevel::Years(50),
    TickLevel::Years(100),
    TickLevel::Years(500),
    TickLevel::Years(1000),
    TickLevel::Years(2000),
    TickLevel::Years(10000),
    TickLevel::Years(100000),
];

/// No level ever produces more marks than this in one call (a guard, not a limit one meets
/// when the caller picks levels by pixel spacing).
pub const MAX_MARKS: usize = 20_000;

impl TickLevel {
    /// The smallest distance between two consecutive boundaries, in seconds (months count
    /// 28 days, years 365): spacing checks against it are safe for every month and year.
    pub fn min_step_secs(self) -> f64 {
        match self {
            TickLevel::Seconds(n) => f64::from(n),
            TickLevel::Minutes(n) => 60.0 * f64::from(n),
            TickLevel::Hours(n) => 3600.0 * f64::from(n),
            TickLevel::Days(n) => DAY_SECS * f64::from(n),
            TickLevel::Months(n) => 28.0 * DAY_SECS * f64::from(n),
            TickLevel::Years(n) => 365.0 * DAY_SECS * f64::from(n),
        }
    }

    /// A word for the level: "minute", "hour", "day", "week", "month", "quarter", "year",
    /// "decade", "century", "millennium" (steps of several units say the unit).
    pub fn name(self) -> &'static str {
        match self {
            TickLevel::Seconds(_) => "second",
            TickLevel::Minutes(_) => "minute",
            TickLevel::Hours(_) => "hour",
            TickLevel::Days(7) => "week",
            TickLevel::Days(_) => "day",
            TickLevel::Months(3) => "quarter",
            TickLevel::Months(_) => "month",
            TickLevel::Years(n) if n >= 1000 => "millennium",
            TickLevel::Years(n) if n >= 100 => "century",
            TickLevel::Years(n) if n >= 10 => "decade",
            TickLevel::Years(_) => "year",
        }
    }

    /// The coarser level whose ticks are drawn as major ticks among this level's ticks;
    /// its boundaries are a subset of this level's.
    pub fn major(self) -> Option<TickLevel> {
        match self {
            TickLevel::Seconds(_) => Some(TickLevel::Minutes(1)),
            TickLevel::Minutes(_) => Some(TickLevel::Hours(1)),
            TickLevel::Hours(_) => Some(TickLevel::Days(1)),
            TickLevel::Days(_) => Some(TickLevel::Months(1)),
            TickLevel::Months(_) => Some(TickLevel::Years(1)),
            TickLevel::Years(n) => {
                let decade = 10u32.pow(n.max(1).ilog10() + 1);
                (decade <= 100_000).then_some(TickLevel::Years(decade))
            }
        }
    }

    /// The label of a tick of this level at `dt`: "20:15:30", "20:15", "20:00", "Thu 16"
    /// ("Fri 1 Dec" on a 1st), "Nov" ("Jan 2024" in January), "Q3", "2008", "500 BC".
    pub fn label(self, dt: NaiveDateTime) -> String {
        match self {
            TickLevel::Seconds(_) => {
                format!("{:02}:{:02}:{:02}", dt.hour(), dt.minute(), dt.second())
            }
            TickLevel::Minutes(_) | TickLevel::Hours(_) => {
                format!("{:02}:{:02}", dt.hour(), dt.minute())
            }
            TickLevel::Days(_) if dt.day() == 1 => {
                format!("{} 1 {}", weekday_abbr(dt), month_abbr(dt))
            }
            TickLevel::Days(_) => format!("{} {}", weekday_abbr(dt), dt.day()),
            TickLevel::Months(3) => format!("Q{}", dt.month0() / 3 + 1),
            TickLevel::Months(_) if dt.month() == 1 => {
                format!("{} {}", month_abbr(dt), year_label(dt.year()))
            }
            TickLevel::Months(_) => month_abbr(dt).to_string(),
            TickLevel::Years(_) => year_label(dt.year()),
        }
    }

    /// True when `dt` is one of this level's boundaries.
    pub fn contains(self, dt: NaiveDateTime) -> bool {
        let (h, m, s) = (dt.hour(), dt.minute(), dt.second());
        let whole = dt.nanosecond() == 0;
        match self {
            TickLevel::Seconds(n) => whole && s % n == 0,
            TickLevel::Minutes(n) => whole && s == 0 && m % n == 0,
            TickLevel::Hours(n) => whole && s == 0 && m == 0 && h % n == 0,
            TickLevel::Days(n) => whole && (h, m, s) == (0, 0, 0) && is_day_tick(dt.date(), n),
            TickLevel::Months(n) => {
                whole && (h, m, s) == (0, 0, 0) && dt.day() == 1 && dt.month0() % n == 0
            }
            TickLevel::Years(n) => {
                whole
                    && (h, m, s) == (0, 0, 0)
                    && (dt.month(), dt.day()) == (1, 1)
                    && is_year_tick(dt.year(), n)
            }
        }
    }

    /// This level's boundaries in `[start, end]` (axis seconds), ascending; at most
    /// [`MAX_MARKS`]. Empty for a non-finite or empty range.
    pub fn marks(self, start: f64, end: f64) -> Vec<f64> {
        let mut out = Vec::new();
        if !(start.is_finite() && end.is_finite()) || end < start {
            return out;
        }
        match self {
            TickLevel::Seconds(_) | TickLevel::Minutes(_) | TickLevel::Hours(_) => {
                // Below a day civil time is uniform, so boundaries are multiples of the step.
                let step = self.min_step_secs();
                let mut t = (start / step).ceil() * step;
                while t <= end && out.len() < MAX_MARKS {
                    out.push(t);
                    t += step;
                }
            }
            TickLevel::Days(n) => {
                let Some(mut date) = datetime_from_secs(start).map(|d| d.date()) else {
                    return out;
                };
                while out.len() < MAX_MARKS {
                    let t = secs_from_date(date);
                    if t > end {
                        break;
                    }
                    if t >= start && is_day_tick(date, n) {
                        out.push(t);
                    }
                    match date.succ_opt() {
                        Some(d) => date = d,
                        None => break,
                    }
                }
            }
            TickLevel::Months(n) => {
                let Some(first) = datetime_from_secs(start) else {
                    return out;
                };
                let (mut y, mut m0) = (first.year(), first.month0());
                while out.len() < MAX_MARKS {
                    let Some(date) = NaiveDate::from_ymd_opt(y, m0 + 1, 1) else {
                        break;
                    };
                    let t = secs_from_date(date);
                    if t > end {
                        break;
                    }
                    if t >= start && m0 % n == 0 {
                        out.push(t);
                    }
                    m0 += 1;
                    if m0 == 12 {
                        m0 = 0;
                        y += 1;
                    }
                }
            }
            TickLevel::Years(n) => {
                let Some(first) = datetime_from_secs(start) else {
                    return out;
                };
                let mut y = next_year_tick(first.year(), n);
                while out.len() < MAX_MARKS {
                    let Some(date) = NaiveDate::from_ymd_opt(y, 1, 1) else {
                        break;
                    };
                    let t = secs_from_date(date);
                    if t > end {
                        break;
                    }
                    if t >= start {
                        out.push(t);
                    }
                    y = next_year_tick(y.saturating_add(1), n);
                }
            }
        }
        out
    }
}

/// Day-of-month ticks every `n` days from the 1st, dropping one that would sit closer than
/// `n` days to the next 1st (so consecutive ticks are always at least `n` days apart).
fn is_day_tick(date: NaiveDate, n: u32) -> bool {
    let n = n.max(1);
    let d = date.day();
    (d - 1) % n == 0 && d + n <= days_in_month(date) + 1
}

fn days_in_month(date: NaiveDate) -> u32 {
    let (y, m) = (date.year(), date.month());
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y.saturating_add(1), 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    next.and_then(|n| n.pred_opt())
        .map_or(31, |last| last.day())
}

/// CE years divisible by `n`, BCE years whose BC number (1 - year) is divisible by `n`,
/// and AD 1.
fn is_year_tick(year: i32, n: u32) -> bool {
    let n = i64::from(n.max(1));
    let y = i64::from(year);
    if y == 1 {
        true
    } else if y >= 1 {
        y % n == 0
    } else {
        (1 - y) % n == 0
    }
}

/// The smallest year ≥ `year` that is a tick of every-`n`-years.
fn next_year_tick(year: i32, n: u32) -> i32 {
    let n64 = i64::from(n.max(1));
    let y = i64::from(year);
    if y <= 0 {
        // BCE ticks are 1 - k·n for k ≥ 1; the largest k keeping the tick ≥ y.
        let k = (1 - y) / n64;
        if k >= 1 {
            return (1 - k * n64) as i32;
        }
    }
    if y <= 1 {
        return 1; // AD 1, the era's first year
    }
    let t = (y + n64 - 1) / n64 * n64;
    t.min(i64::from(i32::MAX)) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_ticks_skip_year_zero() {
        assert!(is_year_tick(-99, 100)); // 100 BC
        assert!(!is_year_tick(-100, 100)); // 101 BC
        assert!(!is_year_tick(0, 100)); // 1 BC
        assert!(is_year_tick(1, 100)); // AD 1
        assert_eq!(next_year_tick(0, 100), 1);
        assert_eq!(next_year_tick(2, 100), 100);
        assert!(is_year_tick(0, 1));
        assert!(is_year_tick(100, 100));
        assert_eq!(next_year_tick(-150, 100), -99);
        assert_eq!(next_year_tick(-99, 100), -99);
        assert_eq!(next_year_tick(-98, 100), 1);
        assert_eq!(next_year_tick(0, 1), 0);
        assert_eq!(next_year_tick(1, 1), 1);
        assert_eq!(next_year_tick(-3, 2), -3);
        assert_eq!(next_year_tick(-2, 2), -1);
        assert_eq!(next_year_tick(-1, 2), -1);
        assert_eq!(next_year_tick(0, 2), 1);
        assert_eq!(next_year_tick(1999, 10), 2000);
    }

    #[test]
    fn day_ticks_keep_their_spacing() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert!(is_day_tick(d(2023, 1, 22), 7));
        assert!(!is_day_tick(d(2023, 1, 29), 7));
        assert!(is_day_tick(d(2023, 2, 15), 14));
        assert!(is_day_tick(d(2023, 1, 29), 2));
        assert!(!is_day_tick(d(2023, 1, 31), 2));
        assert!(!is_day_tick(d(2023, 2, 29 - 1), 2)); // 27 Feb is, 28 Feb is not odd
        assert!(is_day_tick(d(2023, 2, 27), 2));
        assert_eq!(days_in_month(d(2024, 2, 3)), 29);
        assert_eq!(days_in_month(d(2023, 12, 3)), 31);
    }

    #[test]
    fn every_major_level_is_a_subset_of_its_minor_level() {
        for level in LEVELS {
            let Some(major) = level.major() else { continue };
            // A year around the BCE/CE junction and a leap year.
            for (a, b) in [(-1201, 1201), (2023, 2025)] {
                let s = secs_from_date(NaiveDate::from_ymd_opt(a, 1, 1).unwrap());
                let e = secs_from_date(NaiveDate::from_ymd_opt(b, 3, 1).unwrap());
                let e = e.min(s + 3000.0 * level.min_step_secs());
                let minor = level.marks(s, e);
                for t in major.marks(s, e) {
                    assert!(
                        minor.contains(&t),
                        "{major:?} mark {t} missing from {level:?}"
                    );
                }
            }
        }
        for pair in NESTED.windows(2) {
            let (fine, coarse) = (pair[0], pair[1]);
            let s = secs_from_date(NaiveDate::from_ymd_opt(-1500, 1, 1).unwrap());
            let e = s + 5000.0 * fine.min_step_secs();
            let minor = fine.marks(s, e);
            for t in coarse.marks(s, e) {
                assert!(
                    minor.contains(&t),
                    "{coarse:?} mark {t} missing from {fine:?}"
                );
            }
        }
    }
}
