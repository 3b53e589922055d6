//! Dates typed by a user for a range bound: `2023`, `2023-11`, `2023-11-17`,
//! `2023-11-17T08:00`, `-0499` (500 BC). An end bound covers its whole unit.

use chrono::{Months, NaiveDate, NaiveDateTime};

/// Parses a range bound. With `end`, the result is the end of the unit (exclusive):
/// `2023` → 2024-01-01T00:00.
pub fn parse_date_bound(s: &str, end: bool) -> Result<NaiveDateTime, String> {
    let s = s.trim();
    let bad = || {
        format!(
            "expected a date like 2023, 2023-11, 2023-11-17 or 2023-11-17T08:00, but found {s:?}"
        )
    };
    for fmt in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Ok(dt);
        }
    }
    // A leading '-' is a sign (astronomical year), not a separator.
    let (sign, rest) = match s.strip_prefix('-') {
        Some(r) => (-1, r),
        None => (1, s),
    };
    let parts: Vec<&str> = rest.split('-').collect();
    let num = |p: &str| -> Result<i64, String> {
        if p.is_empty() || p.len() > 6 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        p.parse::<i64>().map_err(|_| bad())
    };
    let date = match parts.as_slice() {
        [y] => {
            let y = (sign * num(y)?) as i32;
            let d = NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(bad)?;
            if end {
                NaiveDate::from_ymd_opt(y + 1, 1, 1).ok_or_else(bad)?
            } else {
                d
            }
        }
        [y, m] => {
            let d = NaiveDate::from_ymd_opt((sign * num(y)?) as i32, num(m)? as u32, 1)
                .ok_or_else(bad)?;
            if end {
                d.checked_add_months(Months::new(1)).ok_or_else(bad)?
            } else {
                d
            }
        }
        [y, m, dd] => {
            let d =
                NaiveDate::from_ymd_opt((sign * num(y)?) as i32, num(m)? as u32, num(dd)? as u32)
                    .ok_or_else(bad)?;
            if end {
                d.succ_opt().ok_or_else(bad)?
            } else {
                d
            }
        }
        _ => return Err(bad()),
    };
    date.and_hms_opt(0, 0, 0).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
    }

    #[test]
    fn starts_and_ends_of_units() {
        assert_eq!(
            parse_date_bound("2023", false).unwrap(),
            dt("2023-01-01T00:00")
        );
        assert_eq!(
            parse_date_bound("2023", true).unwrap(),
            dt("2024-01-01T00:00")
        );
        assert_eq!(
            parse_date_bound("2023-11", true).unwrap(),
            dt("2023-12-01T00:00")
        );
        assert_eq!(
            parse_date_bound("2023-12-31", true).unwrap(),
            dt("2024-01-01T00:00")
        );
        assert_eq!(
            parse_date_bound(" 2023-11-17T08:30 ", true).unwrap(),
            dt("2023-11-17T08:30")
        );
        let bc = parse_date_bound("-0499", false).unwrap();
        assert_eq!(bc.format("%Y").to_string(), "-0499");
    }

    #[test]
    fn bad_input_says_what_was_expected() {
        let e = parse_date_bound("17/11/2023", false).unwrap_err();
        assert!(e.starts_with("expected a date like 2023"), "{e}");
        assert!(parse_date_bound("2023-13", false).is_err());
        assert!(parse_date_bound("", false).is_err());
    }
}
