//! Feed dates as the feed wrote them.
//!
//! RSS writes RFC 822 dates (`Fri, 17 Nov 2023 08:30:00 +0100`), Atom RFC 3339
//! (`2023-11-17T08:30:00+01:00`), RSS 1.0 `dc:date` W3C-DTF (`2023-11-17T08:30+01:00`),
//! and real feeds write all of them, with long month names, wrong weekdays, zone names
//! (`CET`, `UTC`) or no time at all.
//!
//! The value kept is the **local date-time as written**, offset dropped: the day a reader
//! of the feed sees is the day in the feed's own offset, and that is the day relative
//! dates in the item ("yesterday", "on Tuesday") count from. Converting to UTC would move
//! an item written at `00:30 +0100` to the day before.
//!
//! Not here: dates inside the item's text (the temporal engine finds those).

use super::super::text_date::parse_date;
use chrono::{DateTime, Datelike, NaiveDateTime, TimeZone, Timelike, Utc};

/// What a bad date message says a good date looks like.
pub(super) const EXPECTED: &str =
    "a date such as 'Fri, 17 Nov 2023 08:30:00 +0000' or '2023-11-17T08:30:00Z'";

/// Publication dates outside these years are placeholders (`0001-01-01`) or typos.
const YEARS: std::ops::Range<i32> = 1900..2100;

/// The local date-time a feed date was written with, or `None` when `raw` is not a date
/// (or names a year before 1900 or after 2099).
pub(super) fn written_time(raw: &str) -> Option<NaiveDateTime> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_rfc2822(s))
        .map(|d| d.naive_local())
        .ok()
        .or_else(|| iso_local(s))
        .or_else(|| lenient_rfc822(s))
        // ISO variants, natural dates ("17 November 2023"); a day with a broken time
        // ("17 Nov 2023 25:00") keeps its day.
        .or_else(|| parse_date(s))
        .filter(|d| YEARS.contains(&d.year()))
        // Fractions of a second say nothing a chronology uses.
        .and_then(|d| d.with_nanosecond(0))
}

/// The same value as [`written_time`], for `feed_rs`'s timestamp hook, which wants a
/// `DateTime<Utc>`: the written local time is stored *as if* it were UTC, so
/// `naive_utc()` on what feed-rs returns gives back the time as written. Only this module
/// reads those values (the feed's own date), never as a real UTC instant.
pub(super) fn written_time_as_utc(raw: &str) -> Option<DateTime<Utc>> {
    written_time(raw).map(|d| Utc.from_utc_datetime(&d))
}

/// ISO 8601 / W3C-DTF with any zone (`Z`, `+01:00`, `+0100`, `+01`) or none, seconds and
/// fractions optional: the date-time before the zone.
fn iso_local(s: &str) -> Option<NaiveDateTime> {
    let time = s.get(10..)?;
    let zone_at = time.find(['+', '-', 'Z', 'z']).map_or(s.len(), |i| 10 + i);
    let local = s.get(..zone_at)?;
    [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(local, f).ok())
}

/// RFC 822 as feeds really write it: any (or a wrong, or a non-English) weekday, long
/// month names, one-digit hours, any zone name or none. The zone is dropped without
/// being read, since only the written time is kept.
fn lenient_rfc822(s: &str) -> Option<NaiveDateTime> {
    let mut words: Vec<String> = s
        .split_whitespace()
        .map(|w| w.trim_end_matches(',').to_string())
        .collect();
    // A leading weekday ("Fri,", "Thurs,", "mer,"): dropped, it is never needed.
    if words
        .first()
        .is_some_and(|w| w.chars().all(char::is_alphabetic))
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    {
        words.remove(0);
    }
    // A trailing zone ("+0100", "GMT", "CET", "Z").
    if words.len() > 3 && words.last().is_some_and(|w| is_zone(w)) {
        words.pop();
    }
    let [day, month, year, rest @ ..] = words.as_slice() else {
        return None;
    };
    let month = month.get(..3)?;
    let time = match rest {
        [] => "00:00:00".to_string(),
        [t] => pad_time(t)?,
        _ => return None,
    };
    let joined = format!("{day} {month} {year} {time}");
    NaiveDateTime::parse_from_str(&joined, "%d %b %Y %H:%M:%S").ok()
}

/// True for a zone as RFC 822 and real feeds write it: `+0100`, `-05:00`, `GMT`, `CET`.
fn is_zone(w: &str) -> bool {
    let signed = w.strip_prefix(['+', '-']).is_some_and(|d| {
        let digits: String = d.chars().filter(|&c| c != ':').collect();
        digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())
    });
    let named = (1..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    signed || named
}

/// `8:05` or `08:05:30` as `hh:mm:ss`; `None` for anything else.
fn pad_time(t: &str) -> Option<String> {
    let parts: Vec<&str> = t.split(':').collect();
    let ok = |p: &&str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if !(2..=3).contains(&parts.len()) || !parts.iter().all(ok) {
        return None;
    }
    let n = |i: usize| {
        parts
            .get(i)
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(0)
    };
    Some(format!("{:02}:{:02}:{:02}", n(0), n(1), n(2)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Option<NaiveDateTime> {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").ok()
    }

    #[test]
    fn the_written_offset_is_kept_not_converted() {
        // 00:30 in Paris is the 17th there (and the 16th in UTC): the 17th is kept.
        assert_eq!(
            written_time("Fri, 17 Nov 2023 00:30:00 +0100"),
            at("2023-11-17 00:30:00")
        );
        assert_eq!(
            written_time("2023-11-16T22:15:00-05:00"),
            at("2023-11-16 22:15:00")
        );
        assert_eq!(
            written_time_as_utc("2023-11-16T22:15:00-05:00").map(|d| d.naive_utc()),
            at("2023-11-16 22:15:00")
        );
    }

    #[test]
    fn feeds_real_spellings() {
        let nov17 = at("2023-11-17 08:30:00");
        for s in [
            "Fri, 17 Nov 2023 08:30:00 GMT",
            "Fri, 17 Nov 2023 08:30:00 UTC",
            "Fri, 17 Nov 2023 08:30:00 CET",
            "Friday, 17 November 2023 08:30:00 +0100",
            "Mon, 17 Nov 2023 08:30:00 +0000", // wrong weekday
            "ven, 17 nov 2023 08:30:00 +0100", // French weekday
            "17 Nov 2023 8:30 EST",
            "2023-11-17T08:30:00.000Z",
            "2023-11-17T08:30:00+0100",
            "2023-11-17T08:30+01:00",
            "2023-11-17 08:30:00.5-05",
        ] {
            assert_eq!(written_time(s), nov17, "{s}");
        }
        assert_eq!(written_time("2023-11-17"), at("2023-11-17 00:00:00"));
        assert_eq!(written_time("17 November 2023"), at("2023-11-17 00:00:00"));
    }

    #[test]
    fn bad_dates_are_none() {
        for s in [
            "",
            "  ",
            "Fooday, 45 Nov",
            "Fri, 45 Nov 2023 08:30:00 +0000",
            "tomorrow",
            "Mon, 01 Jan 0001 00:00:00 UTC",
            "2023-13-01",
        ] {
            assert_eq!(written_time(s), None, "{s:?}");
        }
    }
}
