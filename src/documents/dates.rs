//! Date parsing for date headers, news datelines and JSON date fields.
//!
//! Everything here parses a *prefix* of a string and reports how many bytes it used, so
//! callers can tell "not a date at all" from "a date followed by more text".
//!
//! # Grammar
//!
//! ```text
//! iso      = YYYY "-" M[M] "-" D[D] [ ("T" | " ") hh ":" mm [":" ss ["." fraction]] [zone] ]
//! zone     = "Z" | ("+" | "-") hh [":"] mm        (accepted and ignored: local time as written)
//! natural  = [weekday [","]] ( month ["."] day [ordinal] [","] [year]
//!                            | day [ordinal] month ["."] [","] [year] )
//! ```
//!
//! `month` is a full English month name or its abbreviation ("Nov", "Sept"), any case.
//! A space-separated time only counts when it looks like `hh:mm`; a `T` time must be valid.
//! This module does not look for dates inside running text: that is the temporal engine.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// A calendar date from natural language, with or without a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NaturalDate {
    Full(NaiveDate),
    NoYear { month: u32, day: u32 },
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("sept", 9),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "tues",
    "thurs",
    "thur",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

/// Counts ASCII digits at the start of `s`.
fn digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// Reads an unsigned number of `min..=max` digits at the start of `s`, not followed by
/// another digit.
fn number(s: &str, min: usize, max: usize) -> Option<(u32, usize)> {
    let n = digits(s);
    if n < min || n > max {
        return None;
    }
    s.get(..n)?.parse().ok().map(|v| (v, n))
}

/// Parses an ISO date or date-time at the start of `s`.
pub(crate) fn iso_prefix(s: &str) -> Option<(NaiveDateTime, usize)> {
    let (year, mut i) = number(s, 4, 4)?;
    i += expect(s.get(i..)?, "-")?;
    let (month, n) = number(s.get(i..)?, 1, 2)?;
    i += n;
    i += expect(s.get(i..)?, "-")?;
    let (day, n) = number(s.get(i..)?, 1, 2)?;
    i += n;
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    let rest = s.get(i..)?;
    if let Some(after_t) = rest.strip_prefix('T') {
        // An explicit `T` promises a time: a bad one makes the whole value bad.
        let (time, n) = time_prefix(after_t)?;
        let n = n + zone_len(after_t.get(n..)?);
        return Some((date.and_time(time), i + 1 + n));
    }
    if let Some(after_space) = rest.strip_prefix(' ') {
        if let Some((time, n)) = time_prefix(after_space) {
            let n = n + zone_len(after_space.get(n..)?);
            return Some((date.and_time(time), i + 1 + n));
        }
    }
    Some((date.and_time(NaiveTime::MIN), i))
}

fn expect(s: &str, lit: &str) -> Option<usize> {
    s.starts_with(lit).then_some(lit.len())
}

/// `hh:mm[:ss[.fraction]]`.
fn time_prefix(s: &str) -> Option<(NaiveTime, usize)> {
    let (hour, mut i) = number(s, 2, 2)?;
    i += expect(s.get(i..)?, ":")?;
    let (minute, n) = number(s.get(i..)?, 2, 2)?;
    i += n;
    let mut second = 0;
    if let Some(after) = s.get(i..).and_then(|r| r.strip_prefix(':')) {
        if let Some((sec, n)) = number(after, 2, 2) {
            second = sec;
            i += 1 + n;
            if let Some(frac) = s.get(i..).and_then(|r| r.strip_prefix(['.', ','])) {
                let n = digits(frac);
                if n > 0 {
                    i += 1 + n;
                }
            }
        }
    }
    Some((NaiveTime::from_hms_opt(hour, minute, second)?, i))
}

/// Length of a time-zone suffix (`Z`, `+01:00`, `-0500`, `+01`), or 0.
fn zone_len(s: &str) -> usize {
    if s.starts_with(['Z', 'z']) {
        return 1;
    }
    let Some(rest) = s.strip_prefix(['+', '-']) else {
        return 0;
    };
    match number(rest, 2, 2) {
        None => 0,
        Some((_, 2)) => {
            let after = rest.get(2..).unwrap_or("");
            let colon = usize::from(after.starts_with(':'));
            match number(after.get(colon..).unwrap_or(""), 2, 2) {
                Some(_) => 1 + 2 + colon + 2,
                None => 1 + 2,
            }
        }
        Some(_) => 0,
    }
}

/// Length of the alphabetic word at the start of `s`.
fn word_len(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i)
}

/// A month name at the start of `s`, with an optional trailing period.
fn month_prefix(s: &str) -> Option<(u32, usize)> {
    let n = word_len(s);
    let word = s.get(..n)?.to_ascii_lowercase();
    let month = MONTHS.iter().find(|(name, _)| *name == word)?.1;
    let dot = usize::from(s.get(n..)?.starts_with('.'));
    Some((month, n + dot))
}

fn spaces(s: &str) -> usize {
    s.len() - s.trim_start_matches([' ', '\t', '\u{a0}']).len()
}

/// An optional weekday ("Friday, ", "Fri. ") before a date.
fn weekday_prefix(s: &str) -> usize {
    let n = word_len(s);
    let word = s.get(..n).map(str::to_ascii_lowercase).unwrap_or_default();
    if !WEEKDAYS.contains(&word.as_str()) {
        return 0;
    }
    let mut i = n;
    let rest = s.get(i..).unwrap_or("");
    if rest.starts_with(['.', ',']) {
        i += 1;
    }
    let sp = spaces(s.get(i..).unwrap_or(""));
    if sp == 0 {
        return 0;
    }
    i + sp
}

/// A day of the month with an optional ordinal suffix ("17", "17th").
fn day_prefix(s: &str) -> Option<(u32, usize)> {
    let (day, n) = number(s, 1, 2)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let rest = s.get(n..)?;
    let suffix = ["st", "nd", "rd", "th"]
        .iter()
        .find(|sfx| rest.get(..2).is_some_and(|r| r.eq_ignore_ascii_case(sfx)))
        .map_or(0, |_| 2);
    // "17th" is fine, "17thly" is not a day.
    let after = rest.get(suffix..)?;
    if after.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some((day, n + suffix))
}

/// An optional `[,] year` after a month and day; returns the year and bytes used.
fn year_suffix(s: &str) -> Option<(i32, usize)> {
    let mut i = usize::from(s.starts_with(','));
    let sp = spaces(s.get(i..)?);
    if sp == 0 {
        return None;
    }
    i += sp;
    let (year, n) = number(s.get(i..)?, 4, 4)?;
    Some((i32::try_from(year).ok()?, i + n))
}

/// Parses a natural-language date ("Nov. 17, 2023", "17 November 2023", "Friday, March 3")
/// at the start of `s`.
pub(crate) fn natural_prefix(s: &str) -> Option<(NaturalDate, usize)> {
    let start = weekday_prefix(s);
    let rest = s.get(start..)?;
    let (month, day, used) = if let Some((month, n)) = month_prefix(rest) {
        let sp = spaces(rest.get(n..)?);
        if sp == 0 {
            return None;
        }
        let (day, d) = day_prefix(rest.get(n + sp..)?)?;
        (month, day, n + sp + d)
    } else {
        let (day, d) = day_prefix(rest)?;
        let sp = spaces(rest.get(d..)?);
        if sp == 0 {
            return None;
        }
        let (month, n) = month_prefix(rest.get(d + sp..)?)?;
        (month, day, d + sp + n)
    };
    let after = rest.get(used..)?;
    match year_suffix(after) {
        Some((year, n)) => {
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            Some((NaturalDate::Full(date), start + used + n))
        }
        None => {
            // Reject impossible days even without a year (Feb 30); Feb 29 is allowed.
            NaiveDate::from_ymd_opt(2000, month, day)?;
            Some((NaturalDate::NoYear { month, day }, start + used))
        }
    }
}

/// Parses a whole string as a date or date-time: ISO (with optional offset, kept as the
/// local time written), RFC 2822 ("Fri, 17 Nov 2023 08:30:00 +0000") or a natural date
/// with a year. Surrounding whitespace is ignored; anything else left over fails.
pub(crate) fn parse_full(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    if let Some((value, n)) = iso_prefix(s) {
        if n == s.len() {
            return Some(value);
        }
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.naive_local());
    }
    match natural_prefix(s) {
        Some((NaturalDate::Full(date), n)) if s.get(n..).is_some_and(|r| r.trim().is_empty()) => {
            Some(date.and_time(NaiveTime::MIN))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn iso_forms() {
        assert_eq!(
            iso_prefix("2023-11-17 Chinese"),
            Some((dt("2023-11-17 00:00:00"), 10))
        );
        assert_eq!(
            iso_prefix("2023-11-17T08:30 x"),
            Some((dt("2023-11-17 08:30:00"), 16))
        );
        assert_eq!(
            iso_prefix("2023-11-17 08:30:05"),
            Some((dt("2023-11-17 08:30:05"), 19))
        );
        assert_eq!(
            iso_prefix("2023-11-17T08:30:05.25+05:30"),
            Some((dt("2023-11-17 08:30:05"), 28))
        );
        assert_eq!(
            iso_prefix("2023-11-17T08:30Z"),
            Some((dt("2023-11-17 08:30:00"), 17))
        );
        // A bare number after a space is body text, not a time.
        assert_eq!(
            iso_prefix("2023-11-17 10 people"),
            Some((dt("2023-11-17 00:00:00"), 10))
        );
        assert_eq!(iso_prefix("2023-13-45"), None);
        assert_eq!(iso_prefix("2023-11-17T25:00"), None);
        assert_eq!(iso_prefix("20231117"), None);
    }

    #[test]
    fn natural_forms() {
        let full = |y, m, d| NaturalDate::Full(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        assert_eq!(
            natural_prefix("Nov 17, 2023 —"),
            Some((full(2023, 11, 17), 12))
        );
        assert_eq!(
            natural_prefix("Nov. 17, 2023"),
            Some((full(2023, 11, 17), 13))
        );
        assert_eq!(
            natural_prefix("17 November 2023 -"),
            Some((full(2023, 11, 17), 16))
        );
        assert_eq!(
            natural_prefix("Friday, November 17th, 2023"),
            Some((full(2023, 11, 17), 27))
        );
        assert_eq!(
            natural_prefix("Fri, 17 Nov 2023"),
            Some((full(2023, 11, 17), 16))
        );
        assert_eq!(
            natural_prefix("March 3 (Reuters)"),
            Some((NaturalDate::NoYear { month: 3, day: 3 }, 7))
        );
        assert_eq!(natural_prefix("February 30, 2023"), None);
        assert_eq!(natural_prefix("Marching 3"), None);
        assert_eq!(natural_prefix("May 45"), None);
    }

    #[test]
    fn full_strings() {
        assert_eq!(
            parse_full(" 2023-11-17T08:30:00-05:00 "),
            Some(dt("2023-11-17 08:30:00"))
        );
        assert_eq!(
            parse_full("Fri, 17 Nov 2023 08:30:00 +0000"),
            Some(dt("2023-11-17 08:30:00"))
        );
        assert_eq!(
            parse_full("November 17, 2023"),
            Some(dt("2023-11-17 00:00:00"))
        );
        assert_eq!(parse_full("2023-11-17 and more"), None);
        assert_eq!(parse_full("yesterday"), None);
        assert_eq!(parse_full(""), None);
    }
}
