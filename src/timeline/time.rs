//! The time axis of the timeline: `f64` seconds since 1970-01-01T00:00:00 of civil time.
//!
//! # What is on the axis?
//!
//! Events carry *civil* (naive, local) date-times: "16 November 2023, 20:00" as the article
//! wrote it, with no time zone. The axis therefore counts seconds of the proleptic Gregorian
//! calendar with every day exactly 86,400 s long (no time zones, no DST, no leap seconds),
//! starting at 1970-01-01T00:00:00. Negative values are earlier; chrono's astronomical year
//! numbering is used underneath (year 0 = 1 BC, year -499 = 500 BC).
//!
//! `f64` holds every whole second exactly up to 2^53 s (≈ 285 million years), far beyond
//! chrono's range (±262,143 years), so whole seconds round-trip exactly. Sub-second parts
//! keep microsecond precision for recent dates and degrade gracefully for ancient ones.
//!
//! This module only converts; it does not format (see [`super::format`]) or clamp views
//! (see [`super::geometry`]).

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// Seconds in a civil day.
pub const DAY_SECS: f64 = 86_400.0;
/// Seconds in an hour.
pub const HOUR_SECS: f64 = 3_600.0;
/// Mean length of a Gregorian year in seconds (365.2425 days).
pub const YEAR_SECS: f64 = 365.2425 * DAY_SECS;

/// The earliest time chrono can represent, in axis seconds.
pub fn min_secs() -> f64 {
    secs_from_datetime(NaiveDateTime::MIN)
}

/// The latest whole second chrono can represent, in axis seconds.
pub fn max_secs() -> f64 {
    // The last second's fraction is dropped: at this magnitude f64 would round it up to a
    // second chrono cannot represent.
    NaiveDateTime::MAX.and_utc().timestamp() as f64
}

/// Axis seconds of a civil date-time. Exact for whole seconds.
pub fn secs_from_datetime(dt: NaiveDateTime) -> f64 {
    let utc = dt.and_utc();
    utc.timestamp() as f64 + f64::from(utc.timestamp_subsec_nanos()) * 1e-9
}

/// Axis seconds of midnight at the start of a civil date.
pub fn secs_from_date(date: NaiveDate) -> f64 {
    secs_from_datetime(date.and_time(chrono::NaiveTime::MIN))
}

/// The civil date-time at `secs`, rounded to the nearest nanosecond; `None` for NaN,
/// infinities and times outside chrono's range.
pub fn datetime_from_secs(secs: f64) -> Option<NaiveDateTime> {
    if !secs.is_finite() {
        return None;
    }
    let whole = secs.floor();
    // Outside i64 there is certainly nothing chrono can represent.
    if !(-9.0e18..=9.0e18).contains(&whole) {
        return None;
    }
    let mut whole = whole as i64;
    let mut nanos = ((secs - secs.floor()) * 1e9).round() as u32;
    if nanos >= 1_000_000_000 {
        whole = whole.checked_add(1)?;
        nanos -= 1_000_000_000;
    }
    DateTime::from_timestamp(whole, nanos).map(|d| d.naive_utc())
}

/// The civil date-time at `secs`, clamped into chrono's range (NaN gives the epoch).
pub fn datetime_from_secs_clamped(secs: f64) -> NaiveDateTime {
    if secs.is_nan() {
        return DateTime::UNIX_EPOCH.naive_utc();
    }
    datetime_from_secs(secs.clamp(min_secs(), max_secs())).unwrap_or(if secs < 0.0 {
        NaiveDateTime::MIN
    } else {
        NaiveDateTime::MAX
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, NaiveDate};

    fn dt(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, s)
            .unwrap()
    }

    #[test]
    fn epoch_and_known_values() {
        assert_eq!(secs_from_datetime(dt(1970, 1, 1, 0, 0, 0)), 0.0);
        assert_eq!(secs_from_datetime(dt(1970, 1, 2, 0, 0, 1)), 86_401.0);
        assert_eq!(secs_from_datetime(dt(1969, 12, 31, 23, 59, 59)), -1.0);
        assert_eq!(
            secs_from_datetime(dt(2023, 11, 16, 20, 0, 0)),
            1_700_164_800.0
        );
    }

    #[test]
    fn round_trips_whole_seconds_across_twenty_thousand_years() {
        // A walk with an awkward stride through ±20,000 years, BCE included.
        let start = secs_from_datetime(dt(-20_000, 1, 1, 0, 0, 0));
        let end = secs_from_datetime(dt(20_000, 12, 31, 23, 59, 59));
        let stride = 7_777_777_777.0 + 0.0; // ~246 years, not a multiple of anything civil
        let mut s = start;
        let mut n = 0;
        while s <= end {
            let d = datetime_from_secs(s).unwrap();
            assert_eq!(secs_from_datetime(d), s, "at {d}");
            s += stride + 13.0;
            n += 1;
        }
        assert!(n > 150);
        // Exact boundaries either side of year 0.
        for (y, m, d_) in [
            (0, 1, 1),
            (-499, 1, 1),
            (1, 1, 1),
            (-1, 12, 31),
            (-19_999, 2, 29),
        ] {
            let Some(date) = NaiveDate::from_ymd_opt(y, m, d_) else {
                continue;
            };
            let t = date.and_hms_opt(23, 59, 59).unwrap();
            assert_eq!(datetime_from_secs(secs_from_datetime(t)), Some(t));
        }
    }

    #[test]
    fn year_zero_is_one_bc() {
        let t = datetime_from_secs(secs_from_datetime(dt(0, 6, 1, 12, 0, 0))).unwrap();
        assert_eq!(t.year(), 0);
        // A year 0 → year 1 difference of exactly 366 days: year 0 is a leap year.
        let d = secs_from_datetime(dt(1, 1, 1, 0, 0, 0)) - secs_from_datetime(dt(0, 1, 1, 0, 0, 0));
        assert_eq!(d, 366.0 * DAY_SECS);
    }

    #[test]
    fn fractions_and_out_of_range() {
        let t = datetime_from_secs(1.5).unwrap();
        assert_eq!(
            t,
            dt(1970, 1, 1, 0, 0, 1) + chrono::Duration::milliseconds(500)
        );
        assert_eq!(datetime_from_secs(-0.25).unwrap().and_utc().timestamp(), -1);
        assert_eq!(datetime_from_secs(f64::NAN), None);
        assert_eq!(datetime_from_secs(f64::INFINITY), None);
        assert_eq!(datetime_from_secs(1e300), None);
        assert_eq!(datetime_from_secs(max_secs() + 10.0), None);
        assert_eq!(datetime_from_secs(min_secs()), Some(NaiveDateTime::MIN));
        assert_eq!(
            datetime_from_secs_clamped(1e300),
            datetime_from_secs(max_secs()).unwrap()
        );
        assert!(datetime_from_secs(max_secs()).is_some());
        assert_eq!(datetime_from_secs_clamped(-1e300), NaiveDateTime::MIN);
    }
}
