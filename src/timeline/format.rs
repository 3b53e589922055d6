//! Dates written to their granularity, the way a reader expects them: "2008", "500 BC",
//! "Q3 2023", "Aug 2023", "Week 46, 2023", "Thu 16 Nov 2023", "Thu 16 Nov 2023, 20:00",
//! "1990s", "19th century"; and intervals: "15–17 Nov 2023", "Nov 2023 – Feb 2024".
//!
//! Years use the historians' convention, not chrono's astronomical numbering: chrono's
//! year 0 is "1 BC" and year -499 is "500 BC" (there is no year 0). Years 1–999 are written
//! "AD 800" so they cannot be mistaken for BCE ones nearby.
//!
//! English only; this module does not parse, and it does not pick a granularity (the event
//! or the tick level says which one to use).

use crate::temporal::Granularity;
use chrono::{Datelike, NaiveDateTime, Timelike};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// An astronomical year as a reader writes it: `2008`, `AD 800`, `1 BC` (year 0),
/// `500 BC` (year -499).
pub fn year_label(year: i32) -> String {
    if year >= 1000 {
        year.to_string()
    } else if year >= 1 {
        format!("AD {year}")
    } else {
        format!("{} BC", 1 - i64::from(year))
    }
}

/// Three-letter month name of `dt`: `Aug`.
pub fn month_abbr(dt: NaiveDateTime) -> &'static str {
    MONTHS.get(dt.month0() as usize).copied().unwrap_or("?")
}

/// Full month name of `dt`: `August`.
pub fn month_name(dt: NaiveDateTime) -> &'static str {
    MONTHS_LONG
        .get(dt.month0() as usize)
        .copied()
        .unwrap_or("?")
}

/// Three-letter weekday of `dt`: `Thu`.
pub fn weekday_abbr(dt: NaiveDateTime) -> &'static str {
    WEEKDAYS
        .get(dt.weekday().num_days_from_monday() as usize)
        .copied()
        .unwrap_or("?")
}

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`, …
pub fn ordinal(n: i64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `Thu 16 Nov 2023`.
fn day_label(dt: NaiveDateTime) -> String {
    format!(
        "{} {} {} {}",
        weekday_abbr(dt),
        dt.day(),
        month_abbr(dt),
        year_label(dt.year())
    )
}

/// `16 Nov 2023` (no weekday, for intervals).
fn plain_day_label(dt: NaiveDateTime) -> String {
    format!("{} {} {}", dt.day(), month_abbr(dt), year_label(dt.year()))
}

/// `Aug 2023`.
pub fn month_year_label(dt: NaiveDateTime) -> String {
    format!("{} {}", month_abbr(dt), year_label(dt.year()))
}

/// The decade containing `year`: `1990s`; BCE decades by their latest BC year rounded down
/// to ten (`490s BC`), which is as close as the no-year-0 convention allows.
pub fn decade_label(year: i32) -> String {
    let y0 = year.div_euclid(10) * 10;
    if y0 >= 0 {
        format!("{y0}s")
    } else {
        format!("{}s BC", (1 - i64::from(y0 + 9)) / 10 * 10)
    }
}

/// The century containing `year`, counted the everyday way: 1800–1899 is the
/// `19th century`, 2000–2099 the `21st century`; year -499 (500 BC) is in the
/// `5th century BC` (500–401 BC).
pub fn century_label(year: i32) -> String {
    if year >= 1 {
        format!("{} century", ordinal(i64::from(year) / 100 + 1))
    } else {
        let bc = 1 - i64::from(year);
        format!("{} century BC", ordinal((bc - 1) / 100 + 1))
    }
}

/// A season or a half-year named by the end of a TIMEX3 value (`SP`, `SU`, `FA`, `WI`,
/// `H1`, `H2`), starting at `start`: "Spring 2024", "Winter 2018–19", "H1 2023",
/// "Summer 500 BC". `None` for any other value end: those periods are calendar units that
/// `format_date` already writes.
pub fn period_label(value: &str, start: NaiveDateTime) -> Option<String> {
    let code = value.rsplit('-').next()?;
    let y = start.year();
    let name = match code {
        "SP" => "Spring",
        "SU" => "Summer",
        "FA" => "Autumn",
        "WI" => {
            // December to February: both years, the second shortened when it can be
            let next = y + 1;
            let tail = if y > 0 && next / 100 == y / 100 {
                format!("{:02}", next.rem_euclid(100))
            } else {
                year_label(next)
            };
            return Some(format!("Winter {}–{tail}", year_label(y)));
        }
        "H1" | "H2" => return Some(format!("{code} {}", year_label(y))),
        _ => return None,
    };
    Some(format!("{name} {}", year_label(y)))
}

/// A BCE year too far back for a date-time ("BC65997978", from "66 million years ago")
/// written for a reader: "65,997,978 BC". `None` for any other value.
pub fn far_year_label(value: &str) -> Option<String> {
    let digits = value.strip_prefix("BC")?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let trimmed = digits.trim_start_matches('0');
    let mut out = String::new();
    for (n, c) in trimmed.chars().enumerate() {
        if n > 0 && (trimmed.len() - n) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    Some(format!("{out} BC"))
}

/// `dt` written to granularity `g` (see the module docs for examples).
pub fn format_date(dt: NaiveDateTime, g: Granularity) -> String {
    match g {
        Granularity::Second => {
            format!(
                "{}, {:02}:{:02}:{:02}",
                day_label(dt),
                dt.hour(),
                dt.minute(),
                dt.second()
            )
        }
        Granularity::Minute | Granularity::Hour => {
            format!("{}, {:02}:{:02}", day_label(dt), dt.hour(), dt.minute())
        }
        Granularity::Day => day_label(dt),
        Granularity::Week => {
            let w = dt.iso_week();
            format!("Week {}, {}", w.week(), year_label(w.year()))
        }
        Granularity::Month => month_year_label(dt),
        Granularity::Quarter => format!("Q{} {}", dt.month0() / 3 + 1, year_label(dt.year())),
        Granularity::Year => year_label(dt.year()),
        Granularity::Decade => decade_label(dt.year()),
        Granularity::Century => century_label(dt.year()),
    }
}

/// `[start, end)` written to granularity `g`, sharing what the two ends share:
/// `15–17 Nov 2023`, `15 Nov – 2 Dec 2023`, `Nov 2023 – Feb 2024`, `2008–2012`,
/// `Thu 16 Nov 2023, 20:00–22:00`. Dates name the last unit included (end is exclusive:
/// days 15 to 18 are "15–17 Nov"); clock times name the end itself. An interval within one
/// unit is written as that unit alone. A reversed interval is written from start to end.
pub fn format_interval(start: NaiveDateTime, end: NaiveDateTime, g: Granularity) -> String {
    let last = if end > start {
        end - chrono::Duration::seconds(1)
    } else {
        start
    };
    let (a, b) = (format_date(start, g), format_date(last, g));
    // Clock labels show minutes even at hour granularity, so compare the units themselves.
    let same_unit = match g {
        Granularity::Hour => start.date() == last.date() && start.hour() == last.hour(),
        Granularity::Minute => {
            start.date() == last.date()
                && (start.hour(), start.minute()) == (last.hour(), last.minute())
        }
        _ => a == b,
    };
    if same_unit {
        return a;
    }
    let same_year = start.year() == last.year();
    let same_month = same_year && start.month() == last.month();
    match g {
        Granularity::Second | Granularity::Minute | Granularity::Hour => {
            let clock = |t: NaiveDateTime| {
                if g == Granularity::Second {
                    format!("{:02}:{:02}:{:02}", t.hour(), t.minute(), t.second())
                } else {
                    format!("{:02}:{:02}", t.hour(), t.minute())
                }
            };
            let (end_day, end_clock) = if end.time() == chrono::NaiveTime::MIN && end > start {
                // Until midnight: say "24:00" of the last day rather than "00:00" the next.
                (last.date(), "24:00".to_string())
            } else {
                (end.date(), clock(end))
            };
            if start.date() == end_day {
                format!("{}, {}–{}", day_label(start), clock(start), end_clock)
            } else {
                format!(
                    "{}, {} – {}, {}",
                    day_label(start),
                    clock(start),
                    day_label(end),
                    clock(end)
                )
            }
        }
        Granularity::Day => {
            if same_month {
                format!(
                    "{}–{} {} {}",
                    start.day(),
                    last.day(),
                    month_abbr(start),
                    year_label(start.year())
                )
            } else if same_year {
                format!(
                    "{} {} – {} {} {}",
                    start.day(),
                    month_abbr(start),
                    last.day(),
                    month_abbr(last),
                    year_label(last.year())
                )
            } else {
                format!("{} – {}", plain_day_label(start), plain_day_label(last))
            }
        }
        Granularity::Month if same_year => {
            format!(
                "{} – {} {}",
                month_abbr(start),
                month_abbr(last),
                year_label(last.year())
            )
        }
        Granularity::Year if start.year() >= 1000 => format!("{a}–{b}"),
        _ => format!("{a} – {b}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn dt(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn far_years_get_thousands_separators() {
        assert_eq!(
            far_year_label("BC65997978").as_deref(),
            Some("65,997,978 BC")
        );
        assert_eq!(far_year_label("BC0500").as_deref(), Some("500 BC"));
        assert_eq!(far_year_label("2023"), None);
        assert_eq!(far_year_label("BC"), None);
    }

    #[test]
    fn seasons_and_halves_are_named() {
        assert_eq!(
            period_label("2024-SP", dt(2024, 3, 1, 0, 0)).as_deref(),
            Some("Spring 2024")
        );
        assert_eq!(
            period_label("2018-WI", dt(2018, 12, 1, 0, 0)).as_deref(),
            Some("Winter 2018–19")
        );
        assert_eq!(
            period_label("1999-WI", dt(1999, 12, 1, 0, 0)).as_deref(),
            Some("Winter 1999–2000")
        );
        assert_eq!(
            period_label("2023-H1", dt(2023, 1, 1, 0, 0)).as_deref(),
            Some("H1 2023")
        );
        assert_eq!(
            period_label("BC0500-SU", dt(-499, 6, 1, 0, 0)).as_deref(),
            Some("Summer 500 BC")
        );
        assert_eq!(period_label("2023-Q3", dt(2023, 7, 1, 0, 0)), None);
        assert_eq!(period_label("2023-W46", dt(2023, 11, 13, 0, 0)), None);
    }

    #[test]
    fn each_granularity() {
        let t = dt(2023, 11, 16, 20, 5);
        let cases = [
            (Granularity::Second, "Thu 16 Nov 2023, 20:05:00"),
            (Granularity::Minute, "Thu 16 Nov 2023, 20:05"),
            (Granularity::Hour, "Thu 16 Nov 2023, 20:05"),
            (Granularity::Day, "Thu 16 Nov 2023"),
            (Granularity::Week, "Week 46, 2023"),
            (Granularity::Month, "Nov 2023"),
            (Granularity::Quarter, "Q4 2023"),
            (Granularity::Year, "2023"),
            (Granularity::Decade, "2020s"),
            (Granularity::Century, "21st century"),
        ];
        for (g, want) in cases {
            assert_eq!(format_date(t, g), want, "{g}");
        }
        assert_eq!(
            format_date(dt(2023, 8, 1, 0, 0), Granularity::Quarter),
            "Q3 2023"
        );
        assert_eq!(
            format_date(dt(2023, 11, 16, 20, 0), Granularity::Hour),
            "Thu 16 Nov 2023, 20:00"
        );
        assert_eq!(
            format_date(dt(1995, 1, 1, 0, 0), Granularity::Decade),
            "1990s"
        );
        assert_eq!(
            format_date(dt(1850, 1, 1, 0, 0), Granularity::Century),
            "19th century"
        );
        // ISO week-year differs from the calendar year on 1 Jan 2021.
        assert_eq!(
            format_date(dt(2021, 1, 1, 0, 0), Granularity::Week),
            "Week 53, 2020"
        );
    }

    #[test]
    fn bce_years_have_no_year_zero() {
        assert_eq!(year_label(0), "1 BC");
        assert_eq!(year_label(-499), "500 BC");
        assert_eq!(year_label(1), "AD 1");
        assert_eq!(year_label(800), "AD 800");
        assert_eq!(year_label(2008), "2008");
        assert_eq!(
            format_date(dt(-499, 1, 1, 0, 0), Granularity::Year),
            "500 BC"
        );
        assert_eq!(
            format_date(dt(-43, 3, 15, 0, 0), Granularity::Day),
            "Fri 15 Mar 44 BC"
        );
        assert_eq!(century_label(-499), "5th century BC");
        assert_eq!(century_label(-400), "5th century BC"); // 401 BC
        assert_eq!(century_label(-399), "4th century BC"); // 400 BC
        assert_eq!(century_label(0), "1st century BC");
        assert_eq!(century_label(1), "1st century");
        assert_eq!(century_label(2000), "21st century");
        assert_eq!(century_label(1100), "12th century");
        assert_eq!(decade_label(-2), "0s BC");
        assert_eq!(decade_label(-500), "490s BC");
    }

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
            .map(ordinal)
            .to_vec();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
    }

    #[test]
    fn intervals_share_what_they_can() {
        let day = Granularity::Day;
        assert_eq!(
            format_interval(dt(2023, 11, 15, 0, 0), dt(2023, 11, 18, 0, 0), day),
            "15–17 Nov 2023"
        );
        assert_eq!(
            format_interval(dt(2023, 11, 16, 0, 0), dt(2023, 11, 17, 0, 0), day),
            "Thu 16 Nov 2023"
        );
        assert_eq!(
            format_interval(dt(2023, 11, 15, 0, 0), dt(2023, 12, 3, 0, 0), day),
            "15 Nov – 2 Dec 2023"
        );
        assert_eq!(
            format_interval(dt(2023, 12, 30, 0, 0), dt(2024, 1, 3, 0, 0), day),
            "30 Dec 2023 – 2 Jan 2024"
        );
        let month = Granularity::Month;
        assert_eq!(
            format_interval(dt(2023, 11, 1, 0, 0), dt(2024, 3, 1, 0, 0), month),
            "Nov 2023 – Feb 2024"
        );
        assert_eq!(
            format_interval(dt(2023, 11, 1, 0, 0), dt(2024, 1, 1, 0, 0), month),
            "Nov – Dec 2023"
        );
        assert_eq!(
            format_interval(dt(2023, 8, 1, 0, 0), dt(2023, 9, 1, 0, 0), month),
            "Aug 2023"
        );
        let year = Granularity::Year;
        assert_eq!(
            format_interval(dt(2008, 1, 1, 0, 0), dt(2013, 1, 1, 0, 0), year),
            "2008–2012"
        );
        assert_eq!(
            format_interval(dt(-499, 1, 1, 0, 0), dt(101, 1, 1, 0, 0), year),
            "500 BC – AD 100"
        );
        let hour = Granularity::Hour;
        assert_eq!(
            format_interval(dt(2023, 11, 16, 20, 0), dt(2023, 11, 16, 22, 0), hour),
            "Thu 16 Nov 2023, 20:00–22:00"
        );
        assert_eq!(
            format_interval(dt(2023, 11, 16, 20, 0), dt(2023, 11, 16, 21, 0), hour),
            "Thu 16 Nov 2023, 20:00"
        );
        assert_eq!(
            format_interval(dt(2023, 11, 16, 20, 0), dt(2023, 11, 17, 0, 0), hour),
            "Thu 16 Nov 2023, 20:00–24:00"
        );
        assert_eq!(
            format_interval(dt(2023, 11, 16, 20, 0), dt(2023, 11, 17, 2, 0), hour),
            "Thu 16 Nov 2023, 20:00 – Fri 17 Nov 2023, 02:00"
        );
    }
}
