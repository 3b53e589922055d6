//! TIMEX3 `value` strings: formatting, a well-formedness check, and the interval a value
//! denotes.
//!
//! # Grammar of the values we produce (and accept)
//!
//! ```text
//! value    = "PAST_REF" | "PRESENT_REF" | "FUTURE_REF" | "PXX" | duration | point
//! duration = "P" (amount unit)+ ["T" (amount tunit)+]  |  "PT" (amount tunit)+
//! amount   = digits ["." digits] | "X"          unit = Y M W D Q H E C L   tunit = H M S
//! point    = year ["-" (month ["-" day] | "W" ww ["-" (d | "WE")] | "Q" q | "H" h | season)]
//!            ["T" (hh [":" mm [":" ss]] | "MO" | "AF" | "EV" | "NI" | "DT")]
//! year     = 4 characters of digits or X ("1998", "19XX", "XXXX"), or "BC" + 4 digits
//!            (or more, alone: "BC37978"),
//!            or a decade (3 chars, "199") or century (2 chars, "19"), 199X style allowed
//! ```
//!
//! BCE years follow TimeML: year 500 BC is written `BC0500` (there is no year 0 in this
//! notation); its interval uses chrono's astronomical year numbering (500 BC = year -499).
//!
//! This module does not decide what an expression means; see `resolve`.

use super::calendar::{days_in_month, iso_week_monday, shift_month, ymd};
use super::types::{Granularity, Interval};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// Formats an astronomical year as a TimeML year: `0998`, `2023`, `BC0500` for -499.
pub fn year_str(year: i32) -> String {
    if year > 0 {
        format!("{year:04}")
    } else {
        format!("BC{:04}", 1 - year as i64)
    }
}

/// True when `value` is a well-formed TimeML value (see the module grammar).
pub fn is_well_formed(value: &str) -> bool {
    match value {
        // "PXX": a stretch of unknown length ("for a while"), as TimeBank writes it
        "PAST_REF" | "PRESENT_REF" | "FUTURE_REF" | "PXX" => return true,
        _ => {}
    }
    let b = value.as_bytes();
    if b.first() == Some(&b'P') {
        return duration_ok(&b[1..]);
    }
    point_ok(b)
}

fn duration_ok(b: &[u8]) -> bool {
    let mut i = 0;
    let mut in_time = false;
    let mut parts = 0;
    while i < b.len() {
        if b[i] == b'T' && !in_time {
            in_time = true;
            i += 1;
            continue;
        }
        let start = i;
        if b[i] == b'X' {
            i += 1;
        } else {
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                i += 1;
            }
        }
        if i == start || i >= b.len() {
            return false;
        }
        let ok = if in_time {
            matches!(b[i], b'H' | b'M' | b'S')
        } else {
            matches!(
                b[i],
                b'Y' | b'M' | b'W' | b'D' | b'Q' | b'H' | b'E' | b'C' | b'L'
            )
        };
        if !ok {
            return false;
        }
        parts += 1;
        i += 1;
    }
    parts > 0
}

fn is_dx(c: u8) -> bool {
    c.is_ascii_digit() || c == b'X'
}

fn point_ok(b: &[u8]) -> bool {
    let (date, time) = match b.iter().position(|&c| c == b'T') {
        Some(p) => (&b[..p], Some(&b[p + 1..])),
        None => (b, None),
    };
    let rest = if let Some(r) = date.strip_prefix(b"BC") {
        // four digits or more: "BC0500", "BC37978" (40,000 years ago)
        let n = r.iter().take_while(|c| c.is_ascii_digit()).count();
        if n < 4 || (n > 4 && n != r.len()) {
            return false;
        }
        &r[n..]
    } else {
        let n = date.iter().take_while(|&&c| is_dx(c)).count();
        if !(2..=4).contains(&n) {
            return false;
        }
        if n < 4 {
            return n == date.len() && time.is_none();
        }
        &date[4..]
    };
    if !rest.is_empty() && !date_rest_ok(rest) {
        return false;
    }
    match time {
        None => true,
        Some(t) => time_ok(t),
    }
}

fn date_rest_ok(r: &[u8]) -> bool {
    let Some(r) = r.strip_prefix(b"-") else {
        return false;
    };
    let two = |s: &[u8]| s.len() == 2 && s.iter().all(|&c| is_dx(c));
    match r {
        b"SP" | b"SU" | b"FA" | b"WI" => true,
        [b'W', rest @ ..] => {
            let (week, tail) = rest.split_at(rest.len().min(2));
            if !(two(week) || (week.len() == 1 && is_dx(week[0]))) {
                return false;
            }
            match tail {
                [] => true,
                b"-WE" => true,
                [b'-', d] => (b'1'..=b'7').contains(d) || *d == b'X',
                _ => false,
            }
        }
        [b'Q', q] => (b'1'..=b'4').contains(q) || *q == b'X',
        [b'H', h] => *h == b'1' || *h == b'2' || *h == b'X',
        _ => {
            if r.len() == 2 {
                return two(r);
            }
            r.len() == 5 && two(&r[..2]) && r[2] == b'-' && two(&r[3..])
        }
    }
}

fn time_ok(t: &[u8]) -> bool {
    match t {
        b"MO" | b"AF" | b"EV" | b"NI" | b"DT" | b"MI" => true,
        _ => {
            let two = |s: &[u8]| s.len() == 2 && s.iter().all(u8::is_ascii_digit);
            match t.len() {
                2 => two(t),
                5 => two(&t[..2]) && t[2] == b':' && two(&t[3..]),
                8 => two(&t[..2]) && t[2] == b':' && two(&t[3..5]) && t[5] == b':' && two(&t[6..]),
                _ => false,
            }
        }
    }
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn at(date: NaiveDate, hour: u32, min: u32, sec: u32) -> Option<NaiveDateTime> {
    Some(date.and_time(NaiveTime::from_hms_opt(hour, min, sec)?))
}

fn day_span(start: NaiveDate, end: NaiveDate) -> Option<Interval> {
    Some(Interval {
        start: at(start, 0, 0, 0)?,
        end: at(end, 0, 0, 0)?,
    })
}

fn month_span(y0: i32, m0: u32, months: i64) -> Option<Interval> {
    let (y1, m1) = shift_month(y0, m0, months)?;
    day_span(ymd(y0, m0, 1)?, ymd(y1, m1, 1)?)
}

fn year_span(y0: i32, years: i32) -> Option<Interval> {
    day_span(ymd(y0, 1, 1)?, ymd(y0.checked_add(years)?, 1, 1)?)
}

/// The interval and granularity a point value denotes, `None` for values with `X`
/// placeholders, durations, sets and vague references.
pub fn interval_of(value: &str) -> Option<(Interval, Granularity)> {
    if value.contains('X') || value.starts_with('P') || value.ends_with("_REF") {
        return None;
    }
    let (date, time) = match value.find('T') {
        Some(p) => (&value[..p], Some(&value[p + 1..])),
        None => (value, None),
    };
    let (year, rest) = if let Some(r) = date.strip_prefix("BC") {
        let n = r.bytes().take_while(u8::is_ascii_digit).count().max(4);
        let y = i32::try_from(num(r.get(..n)?)?).ok()?;
        (1 - y, r.get(n..)?)
    } else {
        let digits = date.bytes().take_while(u8::is_ascii_digit).count();
        match digits {
            2 => {
                let c = num(date)? as i32;
                return Some((year_span(c * 100, 100)?, Granularity::Century));
            }
            3 => {
                let d = num(date)? as i32;
                return Some((year_span(d * 10, 10)?, Granularity::Decade));
            }
            4 => (num(&date[..4])? as i32, &date[4..]),
            _ => return None,
        }
    };
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let (base, gran) = if rest.is_empty() {
        (year_span(year, 1)?, Granularity::Year)
    } else if let Some(q) = rest.strip_prefix('Q') {
        let q = num(q)?;
        if !(1..=4).contains(&q) {
            return None;
        }
        (month_span(year, 3 * q - 2, 3)?, Granularity::Quarter)
    } else if let Some(h) = rest.strip_prefix('H') {
        let h = num(h)?;
        if !(1..=2).contains(&h) {
            return None;
        }
        (month_span(year, 6 * h - 5, 6)?, Granularity::Quarter)
    } else if let Some(w) = rest.strip_prefix('W').filter(|_| rest != "WI") {
        let (week, tail) = w.split_once('-').unwrap_or((w, ""));
        let monday = iso_week_monday(year, num(week)?)?;
        match tail {
            "" => (
                day_span(monday, monday + chrono::Duration::days(7))?,
                Granularity::Week,
            ),
            "WE" => (
                day_span(
                    monday + chrono::Duration::days(5),
                    monday + chrono::Duration::days(7),
                )?,
                Granularity::Day,
            ),
            d => {
                let d = num(d)?;
                let day = monday + chrono::Duration::days(i64::from(d.clamp(1, 7)) - 1);
                (
                    day_span(day, day + chrono::Duration::days(1))?,
                    Granularity::Day,
                )
            }
        }
    } else {
        match rest {
            "SP" => (month_span(year, 3, 3)?, Granularity::Quarter),
            "SU" => (month_span(year, 6, 3)?, Granularity::Quarter),
            "FA" => (month_span(year, 9, 3)?, Granularity::Quarter),
            "WI" => (month_span(year, 12, 3)?, Granularity::Quarter),
            _ => {
                let (m, d) = rest.split_once('-').unwrap_or((rest, ""));
                let m = num(m)?;
                if !(1..=12).contains(&m) {
                    return None;
                }
                if d.is_empty() {
                    (month_span(year, m, 1)?, Granularity::Month)
                } else {
                    let d = num(d)?;
                    if d == 0 || d > days_in_month(year, m) {
                        return None;
                    }
                    let day = ymd(year, m, d)?;
                    (day_span(day, day.succ_opt()?)?, Granularity::Day)
                }
            }
        }
    };
    match time {
        None => Some((base, gran)),
        Some(t) => time_interval(base, t),
    }
}

fn time_interval(day: Interval, t: &str) -> Option<(Interval, Granularity)> {
    let date = day.start.date();
    let part = |h0: u32, h1: u32| -> Option<(Interval, Granularity)> {
        let start = at(date, h0, 0, 0)?;
        let end = if h1 >= 24 {
            at(date.succ_opt()?, h1 - 24, 0, 0)?
        } else {
            at(date, h1, 0, 0)?
        };
        Some((Interval { start, end }, Granularity::Hour))
    };
    match t {
        "MO" => part(6, 12),
        "MI" => part(11, 13),
        "AF" => part(12, 18),
        "EV" => part(18, 22),
        "NI" => part(21, 30),
        "DT" => part(9, 17),
        _ => {
            let mut it = t.split(':');
            let h = num(it.next()?)?;
            let m = it.next().map(num);
            let s = it.next().map(num);
            let (date, h) = if h == 24 {
                (date.succ_opt()?, 0)
            } else {
                (date, h)
            };
            if h > 23 {
                return None;
            }
            let (start, step, gran) = match (m, s) {
                (None, _) => (at(date, h, 0, 0)?, 3600, Granularity::Hour),
                (Some(m), None) => (at(date, h, m?, 0)?, 60, Granularity::Minute),
                (Some(m), Some(s)) => (at(date, h, m?, s?)?, 1, Granularity::Second),
            };
            let end = start.checked_add_signed(chrono::Duration::seconds(step))?;
            Some((Interval { start, end }, gran))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(v: &str) -> Option<(String, String, Granularity)> {
        interval_of(v).map(|(i, g)| (i.start.to_string(), i.end.to_string(), g))
    }

    #[test]
    fn well_formed_values_are_accepted() {
        for v in [
            "2023",
            "2023-11",
            "2023-11-17",
            "2023-W46",
            "2023-W46-WE",
            "2023-Q3",
            "2023-SU",
            "2023-H1",
            "199",
            "19",
            "199X",
            "XXXX-XX-XX",
            "XXXX-WXX-4",
            "2023-11-16TEV",
            "2023-11-17T10:00",
            "2023-11-17T10:00:05",
            "P1Y",
            "PT3H",
            "P2Y6M",
            "PT5H30M",
            "PXY",
            "P1.5Y",
            "PAST_REF",
            "BC0500",
            "2000-W7",
            "1989-10-27T24",
        ] {
            assert!(is_well_formed(v), "{v}");
        }
    }

    #[test]
    fn malformed_values_are_rejected() {
        for v in [
            "",
            "P",
            "PY",
            "2023-13-",
            "20231",
            "2023-Q5",
            "T10",
            "2023-11-17T1",
            "1",
            "abc",
        ] {
            assert!(!is_well_formed(v), "{v}");
        }
    }

    #[test]
    fn intervals_cover_the_value() {
        let s = span("2023-11-17").unwrap();
        assert_eq!(
            (s.0.as_str(), s.1.as_str()),
            ("2023-11-17 00:00:00", "2023-11-18 00:00:00")
        );
        assert_eq!(span("2023-Q4").unwrap().1, "2024-01-01 00:00:00");
        assert_eq!(span("199").unwrap().0, "1990-01-01 00:00:00");
        assert_eq!(span("19").unwrap().2, Granularity::Century);
        assert_eq!(span("2023-11-16TEV").unwrap().0, "2023-11-16 18:00:00");
        assert_eq!(span("2023-11-17T10:00").unwrap().1, "2023-11-17 10:01:00");
        assert_eq!(span("2023-W46").unwrap().0, "2023-11-13 00:00:00");
        // winter is a season, not a week: December to March
        let w = span("2023-WI").unwrap();
        assert_eq!(
            (w.0.as_str(), w.1.as_str()),
            ("2023-12-01 00:00:00", "2024-03-01 00:00:00")
        );
        assert_eq!(span("BC37978").unwrap().0, "-37977-01-01 00:00:00");
        assert_eq!(span("BC0500").unwrap().0, "-0499-01-01 00:00:00");
        assert_eq!(span("2023-02-30"), None);
        assert_eq!(span("PXY"), None);
        assert_eq!(year_str(-499), "BC0500");
    }
}
