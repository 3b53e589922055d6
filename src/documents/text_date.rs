//! Dates written in a document's own text, for formats whose files carry no reliable
//! date of their own (web pages without metadata, PDFs, Word files): a dateline or a
//! "Published …" line near the start, date stamps in a page header, and date values as
//! pages and document properties write them.
//!
//! Rule families (each fixed pages of the blind date fixture, `tests/html_dates.rs`):
//! - stamps after a publication word ("posted on April 21, 2015, at 11:29 a.m.",
//!   "Published: 2017-08-15", "Posted by kovarex on 2019-02-15"): the first full date
//!   within a few words of the word;
//! - update words ("Last updated on Sep 21, 2017") give a modification date, never a
//!   publication date;
//! - a short line that starts with a full date ("Monday, February 29, 2016 @ 11:10 PM")
//!   is a date stamp;
//! - forms beyond ISO and English: `DD.MM.YYYY` (European and Latin American sites),
//!   `YYYY年M月D日` (Chinese, Japanese), US `M/D/YYYY` in machine-written values, and the
//!   C `ctime` form ("Fri Mar 13 21:30:09 EST 2015").

use super::dates::{iso_prefix, natural_prefix, parse_full, NaturalDate};
use super::header::find_reference;
use chrono::{NaiveDate, NaiveDateTime};

/// Words after which a page states when it was published (lower case).
const PUBLISHED_WORDS: &[&str] = &[
    "published",
    "posted",
    "publié",
    "publicado",
    "veröffentlicht",
    "pubblicato",
];

/// Words after which a page states when it was last changed (lower case).
/// Not "modified": wikis and CMS footers stamp every edit as "last modified", a revision
/// of the page rather than an update of a news story.
const UPDATED_WORDS: &[&str] = &["last updated", "updated"];

/// How far after a publication word the date may start (bytes): "posted by the editors
/// of the weekly on …".
const STAMP_REACH: usize = 80;

/// How many words may come before the publication or update word: a stamp starts with it
/// ("Posted on …", "Last updated …", "Story by Jane Doe, published …"); a sentence or a
/// cited title ("Boycott over CEO hire [Updated]. Retrieved 5 April 2014") does not.
const WORDS_BEFORE: usize = 4;

/// A line no longer than this (characters) with a full date in it is a date stamp.
const STAMP_LINE_CHARS: usize = 60;

/// What a stamp line says about its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stamp {
    /// "Published …", "Posted on …".
    Published,
    /// "Last updated …".
    Updated,
    /// A short line that starts with a date.
    Bare,
}

/// A dateline ("WASHINGTON, March 3, 2023 (Reuters) -") or a "Published …" line at the
/// start of the article text.
pub(crate) fn dateline(text: &str) -> Option<NaiveDateTime> {
    if let Some(d) = find_reference(text).reference {
        return Some(d);
    }
    text.lines()
        .take(8)
        .find_map(|line| match stamp(line) {
            Some((date, Stamp::Published)) => Some(date),
            _ => None,
        })
        .and_then(|d| d.and_hms_opt(0, 0, 0))
}

/// The date a line of page text stamps, and how: after a publication word, after an
/// update word, or at the start of a short line.
pub(crate) fn stamp(line: &str) -> Option<(NaiveDate, Stamp)> {
    let line = line.trim();
    let lower = line.to_lowercase();
    if lower.len() != line.len() {
        // Lower-casing changed byte lengths (rare letters): positions would not match.
        return bare(line);
    }
    for (words, kind) in [
        (UPDATED_WORDS, Stamp::Updated),
        (PUBLISHED_WORDS, Stamp::Published),
    ] {
        for w in words {
            let Some(at) = find_word(&lower, w).filter(|&at| starts_stamp(line, at)) else {
                continue;
            };
            let from = at + w.len();
            if let Some(date) = date_within(line, from, STAMP_REACH) {
                return Some((date, kind));
            }
        }
    }
    bare(line)
}

/// A short line (a header stamp, not a sentence) with a full date: "Monday, February 29,
/// 2016 @ 11:10 PM UTC", "Joe Wee · Monday, February 29, 2016", "TNW中文站 2016年10月14日".
fn bare(line: &str) -> Option<(NaiveDate, Stamp)> {
    if line.chars().count() > STAMP_LINE_CHARS {
        return None;
    }
    first_date(line).map(|d| (d, Stamp::Bare))
}

/// The first full date starting at a word start of `s` (a page title, a header line).
pub(crate) fn first_date(s: &str) -> Option<NaiveDate> {
    word_starts(s).find_map(|i| date_prefix(&s[i..]).map(|(d, _)| d))
}

/// Where words start in `s`: the start, a letter or digit after a character that is
/// neither, and a digit right after CJK text ("站 2016年", "TNW中文站2016年").
fn word_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.char_indices()
        .filter(move |&(i, c)| {
            c.is_alphanumeric()
                && s[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|p| !p.is_alphanumeric() || (c.is_ascii_digit() && !p.is_ascii()))
        })
        .map(|(i, _)| i)
}

/// True when the word at `at` opens a stamp: few words before it, and not in brackets or
/// quotes.
fn starts_stamp(line: &str, at: usize) -> bool {
    // A stamp may also open a sentence or a part of a footer line: "© 2014 X. Last
    // updated on Sep 21, 2017." counts from the full stop.
    let before = &line[..at];
    let before = [". ", " | ", " · "]
        .iter()
        .filter_map(|sep| before.rfind(sep).map(|i| i + sep.len()))
        .max()
        .map_or(before, |i| &before[i..]);
    before.split_whitespace().count() <= WORDS_BEFORE
        && !before.ends_with(['[', '(', '"', '“'])
        && !before.contains(['"', '“'])
}

/// `word` in `lower` at a word start.
fn find_word(lower: &str, word: &str) -> Option<usize> {
    lower.match_indices(word).map(|(i, _)| i).find(|&i| {
        lower[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The first full date starting at a word start in `line[from..from + reach]`.
fn date_within(line: &str, from: usize, reach: usize) -> Option<NaiveDate> {
    let end = (from + reach).min(line.len());
    word_starts(line)
        .skip_while(|&i| i <= from)
        .take_while(|&i| i < end)
        .find_map(|i| date_prefix(&line[i..]).map(|(d, _)| d))
}

/// A full date (with a year) at the start of `s`, in any form pages show to readers:
/// ISO, English words ("Tuesday 15 October 2019", "Dec. 6, 2024", "Dec 28 Sat 2013"),
/// `DD.MM.YYYY`, `YYYY年M月D日`, `YYYY/MM/DD`.
pub(crate) fn date_prefix(s: &str) -> Option<(NaiveDate, usize)> {
    if let Some((d, n)) = iso_prefix(s) {
        return Some((d.date(), n));
    }
    if let Some((NaturalDate::Full(d), n)) = natural_prefix(s) {
        return Some((d, n));
    }
    if let Some((NaturalDate::NoYear { month, day }, n)) = natural_prefix(s) {
        // "Dec 28 Sat 2013": a weekday between the day and the year.
        let rest = &s[n..];
        let skip = rest.len() - rest.trim_start_matches([' ', ',']).len();
        let rest = &rest[skip..];
        let wd = rest.find(' ').filter(|&w| (3..=9).contains(&w))?;
        let (year, m) = four_digits(rest.get(wd + 1..)?)?;
        return Some((
            NaiveDate::from_ymd_opt(year, month, day)?,
            n + skip + wd + 1 + m,
        ));
    }
    numeric_prefix(s)
}

/// `DD.MM.YYYY`, `YYYY/MM/DD` and `YYYY年M月D日` at the start of `s`.
fn numeric_prefix(s: &str) -> Option<(NaiveDate, usize)> {
    let nums: Vec<(u32, usize, usize)> = numbers(s, 3);
    let [(a, _, la), (b, sb, lb), (c, sc, lc)] = nums.as_slice() else {
        return None;
    };
    let sep = |from: usize, to: usize| s.get(from..to).unwrap_or("");
    let (y, m, d, end) = if *la == 4 && sep(*la, *sb) == "年" && sep(sb + lb, *sc) == "月" {
        let end = sc + lc;
        let end = end
            + if s[end..].starts_with('日') {
                '日'.len_utf8()
            } else {
                0
            };
        (*a, *b, *c, end)
    } else if *la == 4 && sep(*la, *sb) == "/" && sep(sb + lb, *sc) == "/" {
        (*a, *b, *c, sc + lc)
    } else if *la <= 2 && *lc == 4 && sep(*la, *sb) == "." && sep(sb + lb, *sc) == "." {
        (*c, *b, *a, sc + lc)
    } else {
        return None;
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?;
    Some((date, end)).filter(|_| (1990..2100).contains(&(y as i32)))
}

/// The first `n` runs of ASCII digits in `s` that follow each other with at most three
/// bytes between them: (value, start, length).
fn numbers(s: &str, n: usize) -> Vec<(u32, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    let bytes = s.as_bytes();
    while out.len() < n && i < bytes.len() {
        let len = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if len == 0 || len > 4 {
            return out;
        }
        let Some(v) = s.get(i..i + len).and_then(|d| d.parse().ok()) else {
            return out;
        };
        out.push((v, i, len));
        let next = i + len;
        let gap = bytes[next..]
            .iter()
            .take(4)
            .take_while(|b| !b.is_ascii_digit())
            .count();
        if gap == 0 || gap > 3 {
            return out;
        }
        i = next + gap;
    }
    out
}

fn four_digits(s: &str) -> Option<(i32, usize)> {
    let d = s.get(..4)?;
    let after_digit = s[4..].starts_with(|c: char| c.is_ascii_digit());
    (d.bytes().all(|b| b.is_ascii_digit()) && !after_digit)
        .then(|| d.parse().ok().map(|y| (y, 4)))?
}

/// A date value as pages and document properties write them: ISO (offset kept as the
/// local time written), RFC 2822, a natural date with a year, a compact `YYYYMMDD`, US
/// `MM/DD/YYYY [hh:mm[:ss]]` (machine-written values on US sites), or `ctime`.
pub(crate) fn parse_date(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    parse_full(s)
        .or_else(|| {
            // "2015-04-06T23:30:00.000Z" and the like: the day is what matters.
            let day = s.get(..10)?;
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .ok()?
                .and_hms_opt(0, 0, 0)
        })
        .or_else(|| {
            let day = s
                .get(..8)
                .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
            NaiveDate::parse_from_str(day, "%Y%m%d")
                .ok()?
                .and_hms_opt(0, 0, 0)
        })
        .or_else(|| {
            let day = s.split_whitespace().next()?;
            NaiveDate::parse_from_str(day, "%m/%d/%Y")
                .ok()?
                .and_hms_opt(0, 0, 0)
        })
        .or_else(|| ctime(s))
        .or_else(|| date_prefix(s).and_then(|(d, _)| d.and_hms_opt(0, 0, 0)))
        .filter(|d| (1900..2100).contains(&chrono::Datelike::year(d)))
}

/// `Fri Mar 13 21:30:09 EST 2015` (C's `ctime`, Java's `Date.toString`): the day written.
fn ctime(s: &str) -> Option<NaiveDateTime> {
    let w: Vec<&str> = s.split_whitespace().collect();
    if !(5..=6).contains(&w.len()) || !w[3].contains(':') {
        return None;
    }
    let year = w.last()?;
    let (NaturalDate::NoYear { month, day }, _) = natural_prefix(&format!("{} {}", w[1], w[2]))?
    else {
        return None;
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month, day)?.and_hms_opt(0, 0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn datelines_and_published_lines() {
        let at0 = |y, m, d| day(y, m, d).and_hms_opt(0, 0, 0);
        assert_eq!(
            dateline("Published 4 May 2022\nThe council met."),
            at0(2022, 5, 4)
        );
        assert_eq!(
            dateline("WASHINGTON, March 3, 2023 (Reuters) - Talks began."),
            at0(2023, 3, 3)
        );
        assert_eq!(dateline("The council met on Tuesday."), None);
    }

    #[test]
    fn stamps_after_publication_and_update_words() {
        let s = |l: &str| stamp(l);
        assert_eq!(
            s("posted on April 21, 2015, at 11:29 a.m."),
            Some((day(2015, 4, 21), Stamp::Published))
        );
        assert_eq!(
            s("Posted by kovarex, Klonan on 2019-02-15"),
            Some((day(2019, 2, 15), Stamp::Published))
        );
        assert_eq!(
            s("Posted on Tuesday 15 October 2019 at 09:11"),
            Some((day(2019, 10, 15), Stamp::Published))
        );
        assert_eq!(
            s("© Copyright 2010-2014, Pierre Roe and contributors. Last updated on Sep 21, 2017. Created using Sphinx."),
            Some((day(2017, 9, 21), Stamp::Updated))
        );
        assert_eq!(
            s("Last updated on Sep 21, 2017."),
            Some((day(2017, 9, 21), Stamp::Updated))
        );
        assert_eq!(
            s("Monday, February 29, 2016 @ 11:10 PM UTC"),
            Some((day(2016, 2, 29), Stamp::Bare))
        );
        assert_eq!(
            s("Dec 28 Sat 2013 00:28"),
            Some((day(2013, 12, 28), Stamp::Bare))
        );
        assert_eq!(
            s("TNW中文站 2016年10月14日07:17"),
            Some((day(2016, 10, 14), Stamp::Bare))
        );
        assert_eq!(
            s("Joe Wee   Monday, February 29, 2016 @ 11:10 PM UTC"),
            Some((day(2016, 2, 29), Stamp::Bare))
        );
        assert_ne!(
            s("\"CEO hire [Updated] | Ars Technica\". Retrieved 5 April 2014.").map(|(_, k)| k),
            Some(Stamp::Updated),
            "a cited title is not an update stamp"
        );
        assert_eq!(
            s("2016年10月14日07:17"),
            Some((day(2016, 10, 14), Stamp::Bare))
        );
        // A sentence that mentions a date is not a stamp.
        assert_eq!(
            s("The council, which first met on March 3, 2021 in the old town hall, voted again."),
            None
        );
        assert_eq!(s("He posted a photo of the storm."), None);
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(
            date_prefix("07.12.2017 - LA NACION"),
            Some((day(2017, 12, 7), 10))
        );
        assert_eq!(date_prefix("2019/05/20"), Some((day(2019, 5, 20), 10)));
        assert_eq!(date_prefix("12.5 million"), None);
        assert_eq!(date_prefix("3.14.2015"), None, "no month 14");
    }

    #[test]
    fn value_forms() {
        let at0 = |y, m, d| day(y, m, d).and_hms_opt(0, 0, 0);
        assert_eq!(
            parse_date("2015-04-06T23:30:00.000Z").map(|d| d.date()),
            Some(day(2015, 4, 6))
        );
        assert_eq!(parse_date("20150406"), at0(2015, 4, 6));
        assert_eq!(parse_date("05/29/2007 09:49:00"), at0(2007, 5, 29));
        assert_eq!(parse_date("Fri Mar 13 21:30:09 EST 2015"), at0(2015, 3, 13));
        assert_eq!(parse_date("1066-10-14"), None);
        assert_eq!(parse_date("not a date"), None);
    }
}
