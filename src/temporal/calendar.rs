//! Calendar arithmetic the resolver needs: Easter, "n-th weekday of a month", ISO weeks,
//! and safe (never panicking) date construction and shifting.
//!
//! Everything here is pure and works on chrono's proleptic Gregorian calendar; functions
//! return `None` instead of panicking when a date falls outside chrono's range.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Builds a date, `None` when it does not exist or is out of range.
pub fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Number of days in `month` of `year` (28–31), 0 for an invalid month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Gregorian leap-year rule.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Easter Sunday (Gregorian computus, anonymous algorithm).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    ymd(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The `n`-th (1-based) `weekday` of a month; `n == -1` is the last one.
pub fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: i32) -> Option<NaiveDate> {
    if n > 0 {
        let first = ymd(year, month, 1)?;
        let offset = (7 + weekday.num_days_from_monday() as i64
            - first.weekday().num_days_from_monday() as i64)
            % 7;
        let date = first.checked_add_signed(Duration::days(offset + 7 * (n as i64 - 1)))?;
        (date.month() == month).then_some(date)
    } else {
        let last = ymd(year, month, days_in_month(year, month))?;
        let back = (7 + last.weekday().num_days_from_monday() as i64
            - weekday.num_days_from_monday() as i64)
            % 7;
        last.checked_sub_signed(Duration::days(back))
    }
}

/// Adds `days` (may be negative) without panicking.
pub fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(Duration::try_days(days)?)
}

/// Adds `months` (may be negative), clamping the day to the target month's length.
pub fn add_months(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let total = date.year() as i64 * 12 + date.month0() as i64 + months;
    let year = i32::try_from(total.div_euclid(12)).ok()?;
    let month = u32::try_from(total.rem_euclid(12)).ok()? + 1;
    let day = date.day().min(days_in_month(year, month));
    ymd(year, month, day)
}

/// Month arithmetic on a (year, month) pair.
pub fn shift_month(year: i32, month: u32, by: i64) -> Option<(i32, u32)> {
    let total = year as i64 * 12 + month as i64 - 1 + by;
    Some((
        i32::try_from(total.div_euclid(12)).ok()?,
        u32::try_from(total.rem_euclid(12)).ok()? + 1,
    ))
}

/// The Monday of ISO week `week` of ISO year `year`.
pub fn iso_week_monday(year: i32, week: u32) -> Option<NaiveDate> {
    NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)
}

/// Weekday from its Monday-based number 0..=6.
pub fn weekday_from_index(index: u8) -> Weekday {
    match index {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_dates_match_known_values() {
        assert_eq!(easter(2023), ymd(2023, 4, 9));
        assert_eq!(easter(2024), ymd(2024, 3, 31));
        assert_eq!(easter(2000), ymd(2000, 4, 23));
        assert_eq!(easter(1998), ymd(1998, 4, 12));
    }

    #[test]
    fn nth_weekday_finds_thanksgiving_and_memorial_day() {
        assert_eq!(nth_weekday(2023, 11, Weekday::Thu, 4), ymd(2023, 11, 23));
        assert_eq!(nth_weekday(1999, 11, Weekday::Thu, 4), ymd(1999, 11, 25));
        assert_eq!(nth_weekday(2023, 5, Weekday::Mon, -1), ymd(2023, 5, 29));
        assert_eq!(nth_weekday(2023, 9, Weekday::Mon, 1), ymd(2023, 9, 4));
        assert_eq!(nth_weekday(2023, 2, Weekday::Mon, 5), None);
    }

    #[test]
    fn month_arithmetic_clamps_and_wraps() {
        assert_eq!(add_months(ymd(2023, 1, 31).unwrap(), 1), ymd(2023, 2, 28));
        assert_eq!(shift_month(2023, 1, -1), Some((2022, 12)));
        assert_eq!(add_days(NaiveDate::MAX, 1), None);
    }
}
