//! Time phrases of the synthetic generator: a random date at a random precision, written as
//! a news sentence would ("on 16 November 2023", "at 8 p.m. on …", "in the 1990s", "from
//! 15 to 17 November 2023", "in 500 BC") with its TimeML value and resolved interval.

use super::rng::SplitMix64;
use crate::temporal::{Granularity, TimexType};
use crate::timeline::format::{month_name, ordinal};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

/// A dated (or vague) time expression as it will appear in a sentence.
pub(super) struct When {
    pub(super) start: Option<NaiveDateTime>,
    pub(super) end: Option<NaiveDateTime>,
    pub(super) granularity: Option<Granularity>,
    pub(super) value: String,
    pub(super) timex_type: TimexType,
    /// Words before the expression ("on", "in", "").
    pub(super) preposition: &'static str,
    pub(super) text: String,
}

pub(super) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

pub(super) fn midnight(date: NaiveDate) -> NaiveDateTime {
    date.and_time(chrono::NaiveTime::MIN)
}

fn year_start(y: i32) -> NaiveDateTime {
    midnight(NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or_default())
}

fn month_start(y: i32, m: u32) -> NaiveDateTime {
    let (y, m) = if m > 12 { (y + 1, m - 12) } else { (y, m) };
    midnight(NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_default())
}

/// `16 November 2023`.
fn day_text(t: NaiveDateTime) -> DayText {
    DayText(t)
}

/// Displays as `16 November 2023` without an intermediate `String`.
struct DayText(NaiveDateTime);

impl std::fmt::Display for DayText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} {}",
            self.0.day(),
            month_name(self.0),
            self.0.year()
        )
    }
}

/// `2008`, `AD 800`, `500 BC` and the TimeML year `2008`, `0800`, `BC0500`.
fn year_text_value(y: i32) -> (String, String) {
    if y >= 1000 {
        (y.to_string(), format!("{y:04}"))
    } else if y >= 1 {
        (format!("AD {y}"), format!("{y:04}"))
    } else {
        let bc = 1 - i64::from(y);
        (format!("{bc} BC"), format!("BC{bc:04}"))
    }
}

pub(super) fn random_when(rng: &mut SplitMix64, home: NaiveDate, bursts: &[NaiveDate]) -> When {
    let r = rng.unit();
    if r < 0.45 {
        let centre = if rng.unit() < 0.7 {
            home
        } else {
            *rng.pick(bursts).unwrap_or(&home)
        };
        let offset = (rng.normal() * 1.5 * 86_400.0) as i64 + 12 * 3600;
        let t = midnight(centre) + Duration::seconds(offset);
        let g = rng.unit();
        if g < 0.10 {
            minute_when(t)
        } else if g < 0.45 {
            hour_when(t)
        } else if g < 0.85 {
            day_when(t)
        } else if g < 0.95 {
            day_range_when(t, rng.range(2, 6))
        } else {
            month_when(t)
        }
    } else if r < 0.80 {
        let u = rng.unit();
        let year = 2025 - (125.0 * u.powf(1.5)) as i32;
        let t = year_start(year) + Duration::seconds(rng.range(0, 365 * 86_400));
        let g = rng.unit();
        if g < 0.45 {
            day_when(t)
        } else if g < 0.70 {
            month_when(t)
        } else if g < 0.95 {
            year_when(t.year())
        } else {
            month_range_when(t.year(), rng.range(1, 10) as u32, rng.range(2, 5) as u32)
        }
    } else if r < 0.95 {
        let year = rng.range(1000, 1900) as i32;
        let g = rng.unit();
        if g < 0.70 {
            year_when(year)
        } else if g < 0.80 {
            decade_when(year)
        } else if g < 0.85 {
            century_when(year)
        } else if g < 0.95 {
            month_when(year_start(year) + Duration::days(rng.range(0, 365)))
        } else {
            day_when(year_start(year) + Duration::days(rng.range(0, 365)))
        }
    } else if r < 0.99 {
        let year = rng.range(-2999, 1000) as i32;
        if rng.unit() < 0.8 || year < 100 {
            year_when(year)
        } else {
            century_when(year)
        }
    } else {
        let (text, preposition) = if rng.unit() < 0.5 {
            ("recently", "")
        } else {
            ("recent years", "in")
        };
        When {
            start: None,
            end: None,
            granularity: None,
            value: "PAST_REF".into(),
            timex_type: TimexType::Date,
            preposition,
            text: text.into(),
        }
    }
}

fn dated(
    start: NaiveDateTime,
    end: NaiveDateTime,
    g: Granularity,
    value: String,
    timex_type: TimexType,
    preposition: &'static str,
    text: String,
) -> When {
    When {
        start: Some(start),
        end: Some(end),
        granularity: Some(g),
        value,
        timex_type,
        preposition,
        text,
    }
}

fn minute_when(t: NaiveDateTime) -> When {
    let s = midnight(t.date()) + Duration::minutes(i64::from(t.hour() * 60 + t.minute()));
    let value = format!("{}T{:02}:{:02}", t.date(), t.hour(), t.minute());
    let text = format!("{:02}:{:02} on {}", t.hour(), t.minute(), day_text(t));
    dated(
        s,
        s + Duration::minutes(1),
        Granularity::Minute,
        value,
        TimexType::Time,
        "at",
        text,
    )
}

fn hour_when(t: NaiveDateTime) -> When {
    let s = midnight(t.date()) + Duration::hours(i64::from(t.hour()));
    let value = format!("{}T{:02}:00", t.date(), t.hour());
    // "8 p.m.", not "20:00", which would read as a minute-precise time.
    let h12 = match t.hour() % 12 {
        0 => 12,
        h => h,
    };
    let half = if t.hour() < 12 { "a.m." } else { "p.m." };
    let text = format!("{h12} {half} on {}", day_text(t));
    dated(
        s,
        s + Duration::hours(1),
        Granularity::Hour,
        value,
        TimexType::Time,
        "at",
        text,
    )
}

fn day_when(t: NaiveDateTime) -> When {
    let s = midnight(t.date());
    dated(
        s,
        s + Duration::days(1),
        Granularity::Day,
        format!("{:04}-{:02}-{:02}", t.year(), t.month(), t.day()),
        TimexType::Date,
        "on",
        day_text(t).to_string(),
    )
}

fn day_range_when(t: NaiveDateTime, len: i64) -> When {
    // Keep the range inside one month so "from 15 to 17 November 2023" stays one phrase.
    let first = t.date().day().min(28 - len as u32).max(1);
    let s = midnight(day(t.year(), t.month(), first));
    let last = s + Duration::days(len - 1);
    let text = format!(
        "from {} to {} {} {}",
        first,
        last.day(),
        month_name(s),
        s.year()
    );
    dated(
        s,
        s + Duration::days(len),
        Granularity::Day,
        format!("P{len}D"),
        TimexType::Duration,
        "",
        text,
    )
}

fn month_when(t: NaiveDateTime) -> When {
    let s = month_start(t.year(), t.month());
    let text = format!("{} {}", month_name(s), t.year());
    let value = format!("{:04}-{:02}", t.year(), t.month());
    dated(
        s,
        month_start(t.year(), t.month() + 1),
        Granularity::Month,
        value,
        TimexType::Date,
        "in",
        text,
    )
}

fn month_range_when(year: i32, first: u32, len: u32) -> When {
    let s = month_start(year, first);
    let last = month_start(year, first + len - 1);
    let text = format!("from {} to {} {}", month_name(s), month_name(last), year);
    let end = month_start(year, first + len);
    dated(
        s,
        end,
        Granularity::Month,
        format!("P{len}M"),
        TimexType::Duration,
        "",
        text,
    )
}

fn year_when(year: i32) -> When {
    let (text, value) = year_text_value(year);
    dated(
        year_start(year),
        year_start(year + 1),
        Granularity::Year,
        value,
        TimexType::Date,
        "in",
        text,
    )
}

fn decade_when(year: i32) -> When {
    let y0 = year.div_euclid(10) * 10;
    let text = format!("the {y0}s");
    let value = format!("{:03}", y0 / 10);
    dated(
        year_start(y0),
        year_start(y0 + 10),
        Granularity::Decade,
        value,
        TimexType::Date,
        "in",
        text,
    )
}

fn century_when(year: i32) -> When {
    let c = year.div_euclid(100);
    let text = format!("the {} century", ordinal(i64::from(c) + 1));
    let value = format!("{c:02}");
    dated(
        year_start(c * 100),
        year_start(c * 100 + 100),
        Granularity::Century,
        value,
        TimexType::Date,
        "in",
        text,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bce_years_and_values() {
        assert_eq!(
            year_text_value(-499),
            ("500 BC".to_string(), "BC0500".to_string())
        );
        assert_eq!(
            year_text_value(800),
            ("AD 800".to_string(), "0800".to_string())
        );
        let w = century_when(1850);
        assert_eq!(
            (w.text.as_str(), w.value.as_str()),
            ("the 19th century", "18")
        );
        let w = decade_when(1994);
        assert_eq!((w.text.as_str(), w.value.as_str()), ("the 1990s", "199"));
        let w = day_range_when(midnight(day(2023, 11, 15)), 3);
        assert_eq!(w.text, "from 15 to 17 November 2023");
        assert_eq!(w.end, Some(midnight(day(2023, 11, 18))));
        let evening = midnight(day(2023, 11, 16)) + Duration::minutes(20 * 60 + 7);
        assert_eq!(hour_when(evening).text, "8 p.m. on 16 November 2023");
        assert_eq!(hour_when(evening).value, "2023-11-16T20:00");
        assert_eq!(minute_when(evening).text, "20:07 on 16 November 2023");
        assert_eq!(
            hour_when(midnight(day(2023, 11, 16))).text,
            "12 a.m. on 16 November 2023"
        );
        assert_eq!(day_when(evening).value, "2023-11-16");
        let w = month_range_when(2019, 3, 4);
        assert_eq!(w.text, "from March to June 2019");
        assert_eq!(w.end, Some(midnight(day(2019, 7, 1))));
    }
}
