//! Dates a user types to correct an event ("Nov. 16, 2023", "16 nov 2023", "mid-2008",
//! "2023-11", "the week of 13 Nov 2023", "last Thursday"), read by the same temporal engine
//! that reads articles, against the event's document date, and the same date at another
//! precision ("make it the month").

use super::curation::DateFix;
use crate::temporal::value::{interval_of, year_str};
use crate::temporal::{Granularity, Options};
use chrono::{Datelike, NaiveDateTime, Timelike};

/// Reads `typed` as one date, relative expressions resolved against `reference`.
pub fn read_typed_date(
    typed: &str,
    reference: Option<NaiveDateTime>,
    options: &Options,
) -> Result<DateFix, String> {
    let text = typed.trim();
    if text.is_empty() {
        return Err("type a date, e.g. Nov. 16, 2023, 2023-11 or mid-2008".into());
    }
    // A value as TimeML writes it ("2023-11", "2023-W46", "2023-Q4", "2023-11-16T09:30"):
    // exact, so it is read as such before the engine (which reads "2023-11" as a year).
    // Four digits first: a typed "20" or "198" is not read as a century or a decade.
    let four_digits = text.len() >= 4 && text.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if let Some((iv, granularity)) = interval_of(text).filter(|_| four_digits) {
        return Ok(DateFix {
            start: iv.start,
            end: iv.end,
            granularity,
            value: text.to_string(),
            typed: typed.to_string(),
        });
    }
    let lower = text.to_lowercase();
    // "the week of 13 Nov 2023": the week holding that day (the engine reads the day).
    for lead in ["the week of ", "week of "] {
        if let Some(rest) = lower.strip_prefix(lead) {
            let day = read_typed_date(&text[lead.len()..], reference, options)
                .map_err(|_| format!("expected a day after \"{}\", found {rest:?}", lead.trim()))?;
            return at_granularity(day.start, Granularity::Week, typed);
        }
    }
    // As typed first, then with each word capitalised (people type "16 nov 2023").
    for candidate in [text.to_string(), capitalised(text)] {
        if let Some(fix) = whole_expression(&candidate, reference, options) {
            return Ok(DateFix {
                typed: typed.to_string(),
                ..fix
            });
        }
    }
    Err(format!(
        "could not read {text:?} as a date: try Nov. 16, 2023, 16 Nov 2023, 2023-11-16, 2023-11, 2023 or mid-2008"
    ))
}

/// The one expression covering (nearly) all of `text`, when it has a place in time.
fn whole_expression(
    text: &str,
    reference: Option<NaiveDateTime>,
    options: &Options,
) -> Option<DateFix> {
    let mentions = crate::temporal::extract(text, reference, options);
    let m = mentions.iter().max_by_key(|m| m.span.len())?;
    let rest: usize = text
        .char_indices()
        .filter(|(i, c)| !m.span.contains(i) && c.is_alphanumeric())
        .count();
    if rest > 3 {
        return None;
    }
    let iv = m.interval?;
    Some(DateFix {
        start: iv.start,
        end: iv.end,
        granularity: m
            .granularity
            .or_else(|| interval_of(&m.value).map(|(_, g)| g))?,
        value: m.value.clone(),
        typed: text.to_string(),
    })
}

/// "16 nov 2023" → "16 Nov 2023".
fn capitalised(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = true;
    for c in text.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// The date holding `at` at precision `gran` ("2023-11" for a month), as a correction
/// labelled `typed`.
pub fn at_granularity(
    at: NaiveDateTime,
    gran: Granularity,
    typed: &str,
) -> Result<DateFix, String> {
    let (y, m, d) = (at.year(), at.month(), at.day());
    let ymd = format!("{}-{m:02}-{d:02}", year_str(y));
    let value = match gran {
        Granularity::Century => year_str(y.div_euclid(100) * 100)[..2].to_string(),
        Granularity::Decade => year_str(y.div_euclid(10) * 10)[..3].to_string(),
        Granularity::Year => year_str(y),
        Granularity::Quarter => format!("{}-Q{}", year_str(y), (m - 1) / 3 + 1),
        Granularity::Month => format!("{}-{m:02}", year_str(y)),
        Granularity::Week => {
            let w = at.iso_week();
            format!("{}-W{:02}", year_str(w.year()), w.week())
        }
        Granularity::Day => ymd,
        Granularity::Hour => format!("{ymd}T{:02}", at.hour()),
        Granularity::Minute | Granularity::Second => {
            format!("{ymd}T{:02}:{:02}", at.hour(), at.minute())
        }
    };
    let (iv, g) = interval_of(&value)
        .ok_or_else(|| format!("{} cannot be shown as a {}", at.date(), gran.as_str()))?;
    Ok(DateFix {
        start: iv.start,
        end: iv.end,
        granularity: g,
        value,
        typed: typed.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn reference() -> Option<NaiveDateTime> {
        NaiveDate::from_ymd_opt(2023, 11, 17)?.and_hms_opt(0, 0, 0)
    }

    fn value(typed: &str) -> String {
        match read_typed_date(typed, reference(), &Options::default()) {
            Ok(fix) => fix.value,
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn dates_as_people_type_them() {
        assert_eq!(value("Nov. 16, 2023"), "2023-11-16");
        assert_eq!(value("16 nov 2023"), "2023-11-16");
        assert_eq!(value("2023-11"), "2023-11");
        assert_eq!(value("2023-11-16"), "2023-11-16");
        assert_eq!(value("the week of 13 Nov 2023"), "2023-W46");
        assert_eq!(value("mid-2008"), "2008");
        assert_eq!(value("2023-W46"), "2023-W46");
        assert_eq!(value("2023-Q4"), "2023-Q4");
        // Relative to the document's date (Fri 17 Nov 2023).
        assert_eq!(value("yesterday"), "2023-11-16");
        assert!(value("next to the bank").starts_with("error"));
        assert!(value("").starts_with("error"));
    }

    #[test]
    fn coarser_precision_holds_the_day() {
        let at = NaiveDate::from_ymd_opt(2023, 11, 16)
            .unwrap()
            .and_hms_opt(9, 30, 0)
            .unwrap();
        let v = |g| at_granularity(at, g, "").map(|f| f.value).unwrap();
        assert_eq!(v(Granularity::Month), "2023-11");
        assert_eq!(v(Granularity::Quarter), "2023-Q4");
        assert_eq!(v(Granularity::Week), "2023-W46");
        assert_eq!(v(Granularity::Decade), "202");
        assert_eq!(v(Granularity::Century), "20");
        assert_eq!(v(Granularity::Hour), "2023-11-16T09");
        let fix = at_granularity(at, Granularity::Year, "").unwrap();
        assert_eq!(
            fix.start.date(),
            NaiveDate::from_ymd_opt(2023, 1, 1).unwrap()
        );
        assert_eq!(fix.end.date(), NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
    }
}
