//! Finding a text file's reference date: a date header, a `Date:`/`Published:` line, or a
//! news dateline near the start.
//!
//! # What is recognised
//!
//! Only the first few non-blank lines (at most [`MAX_LINES`], starting within
//! [`WINDOW`] bytes of the first non-blank character) are looked at, and each candidate must
//! start its line:
//!
//! - **Date header** — `date` or `published`, then `:` and/or spaces, then an ISO date or
//!   date-time; the body may follow on the same line (`date 2023-11-17 Chinese President…`)
//!   or on the next. Without a colon (`date 2023-11-17`) it must be the first line.
//!   `Date:`/`Published:` lines also take a written date ("Date: Fri, 17 Nov 2023").
//!   A header whose date does not parse is reported and ignored.
//! - **Dateline** — `[CITY[, STATE],] DATE [TIME] [(AGENCY)] TERMINATOR` where the
//!   terminator is `-`, `–`, `—`, `/`, `:` or `|`: "WASHINGTON, March 3, 2023 (Reuters) -",
//!   "Nov 17, 2023 —", "17 November 2023 -", "2023-11-17:". A dateline without a year gives
//!   no reference date (the year is never guessed).
//!
//! The header or dateline is not part of the body: the body starts after it. This module
//! does not look for dates in running text (that is the temporal engine's job).

use super::dates::{iso_prefix, natural_prefix, parse_full, NaturalDate};
use super::error::{excerpt, ReadError};
use super::frontmatter::front_matter;
use chrono::{NaiveDateTime, NaiveTime};

/// How far into the text (bytes from the first non-blank character) a header may start.
pub(crate) const WINDOW: usize = 300;
/// How many non-blank lines are looked at.
pub(crate) const MAX_LINES: usize = 6;

/// What was found at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub reference: Option<NaiveDateTime>,
    /// Where the body starts: after the header or dateline, whitespace skipped.
    pub body_start: usize,
    /// Bad headers and a missing reference date, in order.
    pub problems: Vec<ReadError>,
    /// A title from Markdown front matter, if any.
    pub title: Option<String>,
    /// Where to take a title from when it is not `body_start`: after a dateline that has no
    /// year (such a dateline stays in the body, but makes a poor title).
    pub title_start: Option<usize>,
}

enum Header {
    Date {
        value: NaiveDateTime,
        end: usize,
    },
    Bad {
        expected: &'static str,
        found: String,
        end: usize,
    },
}

enum Dateline {
    Date { value: NaiveDateTime, end: usize },
    NoYear { text: String, end: usize },
}

/// Looks for a reference date at the start of `text`.
pub(crate) fn find_reference(text: &str) -> Found {
    let mut start = skip_blank(text, 0);
    let mut problems = Vec::new();
    let mut title = None;
    if let Some(fm) = front_matter(text, start) {
        let body_start = skip_blank(text, fm.end);
        if let Some(date) = fm.date {
            return Found {
                reference: Some(date),
                body_start,
                problems,
                title: fm.title,
                title_start: None,
            };
        }
        if let Some(found) = fm.bad_date {
            problems.push(ReadError::BadDateHeader {
                expected: "YYYY-MM-DD",
                found,
            });
        }
        title = fm.title;
        start = body_start;
    }
    let mut body_start = start;
    let mut no_year: Option<String> = None;
    let mut title_start = None;
    let mut pos = start;
    for line_no in 0..MAX_LINES {
        if pos >= text.len() || pos > start + WINDOW {
            break;
        }
        let line_end = text
            .get(pos..)
            .and_then(|r| r.find('\n'))
            .map_or(text.len(), |i| pos + i);
        match header_at(text, pos, line_end, line_no == 0) {
            Some(Header::Date { value, end }) => {
                return Found {
                    reference: Some(value),
                    body_start: skip_blank(text, end),
                    problems,
                    title,
                    title_start: None,
                };
            }
            Some(Header::Bad {
                expected,
                found,
                end,
            }) => {
                problems.push(ReadError::BadDateHeader { expected, found });
                body_start = skip_blank(text, end);
            }
            None => match dateline_at(text, pos, line_end) {
                Some(Dateline::Date { value, end }) => {
                    return Found {
                        reference: Some(value),
                        body_start: skip_blank(text, end),
                        problems,
                        title,
                        title_start: None,
                    };
                }
                Some(Dateline::NoYear { text: shown, end }) if no_year.is_none() => {
                    no_year = Some(shown);
                    title_start = Some(skip_blank(text, end));
                }
                Some(Dateline::NoYear { .. }) | None => {}
            },
        }
        pos = skip_blank(text, line_end);
    }
    let bad_header = problems
        .iter()
        .any(|p| matches!(p, ReadError::BadDateHeader { .. }));
    let why = match (no_year, bad_header) {
        (Some(dateline), _) => format!("the dateline '{dateline}' has no year"),
        (None, true) => "the date header is unreadable and there is no dateline".to_string(),
        (None, false) => "no 'date YYYY-MM-DD' header or dateline".to_string(),
    };
    problems.push(ReadError::NoReferenceDate { why });
    Found {
        reference: None,
        body_start,
        problems,
        title,
        title_start,
    }
}

/// Skips whitespace and byte-order marks from `pos`.
pub(crate) fn skip_blank(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    pos + rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
            .len()
}

fn spaces(s: &str) -> usize {
    s.len() - s.trim_start_matches([' ', '\t', '\u{a0}']).len()
}

/// The text of the line `[pos, line_end)` without a trailing `\r`.
fn line(text: &str, pos: usize, line_end: usize) -> &str {
    let l = text.get(pos..line_end).unwrap_or("");
    l.strip_suffix('\r').unwrap_or(l)
}

fn header_at(text: &str, pos: usize, line_end: usize, first_line: bool) -> Option<Header> {
    let rest = line(text, pos, line_end);
    let kw = ["date", "published"]
        .iter()
        .find(|k| {
            rest.get(..k.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(k))
        })?
        .len();
    let mut i = kw;
    let sp = spaces(rest.get(i..)?);
    i += sp;
    let colon = rest.get(i..)?.starts_with(':');
    if colon {
        i += 1;
    } else if sp == 0 {
        // "Dateline", "dated".
        return None;
    }
    i += spaces(rest.get(i..)?);
    let value = rest.get(i..)?;
    let value_at = pos + i;
    let token_len = value.find(char::is_whitespace).unwrap_or(value.len());
    let token = value.get(..token_len)?;
    if value.starts_with(|c: char| c.is_ascii_digit()) {
        if let Some((date, n)) = iso_prefix(value) {
            if !value.get(n..)?.starts_with(|c: char| c.is_alphanumeric()) {
                return Some(Header::Date {
                    value: date,
                    end: value_at + n,
                });
            }
        }
        if !colon && !first_line {
            // Below the first line, a colon-less header must be exactly `date YYYY-MM-DD`.
            return None;
        }
        if let Some((NaturalDate::Full(date), n)) = natural_prefix(value) {
            // After "Date:" the rest of the line may be a time and zone; without a colon
            // the body may follow on the same line.
            let end = if colon { line_end } else { value_at + n };
            return Some(Header::Date {
                value: date.and_time(NaiveTime::MIN),
                end,
            });
        }
        // "date 5 of the tour" is prose; "date 2023-13-45" is a broken header.
        let date_like = token.contains(['-', '/', '.', ':']);
        if !colon && !date_like {
            return None;
        }
        return Some(Header::Bad {
            expected: "YYYY-MM-DD",
            found: excerpt(token, 40),
            end: value_at + token_len,
        });
    }
    if !colon {
        if !first_line {
            return None;
        }
        // "Published November 17, 2023 …" on the first line; "Date night …" is prose.
        return match natural_prefix(value) {
            Some((NaturalDate::Full(date), n)) => Some(Header::Date {
                value: date.and_time(NaiveTime::MIN),
                end: value_at + n,
            }),
            _ => None,
        };
    }
    let written = value.trim_end();
    if let Some(date) = parse_full(written) {
        return Some(Header::Date {
            value: date,
            end: line_end,
        });
    }
    if let Some((NaturalDate::Full(date), _)) = natural_prefix(written) {
        // "Date: November 17, 2023 8:30 AM EST": the date is enough.
        return Some(Header::Date {
            value: date.and_time(NaiveTime::MIN),
            end: line_end,
        });
    }
    Some(Header::Bad {
        expected: "a date like 2023-11-17 or 17 November 2023",
        found: excerpt(written, 40),
        end: line_end,
    })
}

/// Byte offsets (within `line`) where a dateline's date may start: the line start, and
/// after each comma of a leading place name ("SAN FRANCISCO, Calif., ").
fn date_starts(line: &str) -> Vec<usize> {
    let mut starts = vec![0];
    if !line.starts_with(|c: char| c.is_uppercase()) {
        return starts;
    }
    for (i, c) in line.char_indices() {
        if i > 60 {
            break;
        }
        if c == ',' {
            let after = i + 1;
            starts.push(after + spaces(line.get(after..).unwrap_or("")));
        } else if !(c.is_alphabetic() || matches!(c, ' ' | '.' | '\'' | '’' | '-')) {
            break;
        }
    }
    starts
}

fn dateline_at(text: &str, pos: usize, line_end: usize) -> Option<Dateline> {
    let line = line(text, pos, line_end);
    for start in date_starts(line) {
        let rest = line.get(start..)?;
        let parsed = match iso_prefix(rest) {
            Some((value, n)) => Some((Some(value), n)),
            None => natural_prefix(rest).map(|(date, n)| match date {
                NaturalDate::Full(d) => (Some(d.and_time(NaiveTime::MIN)), n),
                NaturalDate::NoYear { .. } => (None, n),
            }),
        };
        let Some((value, n)) = parsed else { continue };
        let Some(tail) = dateline_tail(rest.get(n..)?) else {
            continue;
        };
        return Some(match value {
            Some(value) => Dateline::Date {
                value,
                end: pos + start + n + tail,
            },
            None => {
                let shown = line
                    .get(..start + n + tail)?
                    .trim_end_matches(['-', '–', '—', '/', ':', '|', ' ']);
                Dateline::NoYear {
                    text: excerpt(shown, 60),
                    end: pos + start + n + tail,
                }
            }
        });
    }
    None
}

/// After a dateline's date: optional time and `(AGENCY)`, then a terminator followed by a
/// space or the end of the line. Returns the bytes used, terminator included.
fn dateline_tail(s: &str) -> Option<usize> {
    let mut i = spaces(s);
    i += time_len(s.get(i..)?);
    i += spaces(s.get(i..)?);
    // A wire tag: "/PRNewswire/".
    if let Some(tag) = s.get(i..)?.strip_prefix('/') {
        if let Some(close) = tag.find('/').filter(|&c| (1..=40).contains(&c)) {
            if tag.get(..close).is_some_and(|t| {
                t.chars()
                    .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
            }) {
                i += close + 2;
                i += spaces(s.get(i..)?);
            }
        }
    }
    if s.get(i..)?.starts_with('(') {
        let close = s.get(i..)?.find(')').filter(|&c| c <= 40)?;
        i += close + 1;
        i += spaces(s.get(i..)?);
    }
    let rest = s.get(i..)?;
    let term = ["--", "-", "–", "—", "/", ":", "|"]
        .iter()
        .find(|t| rest.starts_with(*t))?;
    i += term.len();
    let after = s.get(i..)?;
    if after.is_empty() || after.starts_with(char::is_whitespace) {
        Some(i)
    } else {
        None
    }
}

/// Length of a clock time like "8:30", "8:30 AM", "08:30 a.m. EST", or 0.
fn time_len(s: &str) -> usize {
    let h = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&h) || s.as_bytes().get(h) != Some(&b':') {
        return 0;
    }
    let m = s
        .get(h + 1..)
        .unwrap_or("")
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    if m != 2 {
        return 0;
    }
    let mut i = h + 1 + m;
    for suffix in [" a.m.", " p.m.", " AM", " PM", " am", " pm"] {
        if s.get(i..).is_some_and(|r| r.starts_with(suffix)) {
            i += suffix.len();
            break;
        }
    }
    // A zone abbreviation: " EST", " GMT", " UTC".
    let rest = s.get(i..).unwrap_or("");
    if let Some(z) = rest.strip_prefix(' ') {
        let n = z.bytes().take_while(u8::is_ascii_uppercase).count();
        if (2..=4).contains(&n) && !z.get(n..).unwrap_or("").starts_with(char::is_alphanumeric) {
            i += 1 + n;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<NaiveDateTime> {
        NaiveDateTime::parse_from_str(&format!("{s} 00:00:00"), "%Y-%m-%d %H:%M:%S").ok()
    }

    #[test]
    fn header_same_line_and_next_line() {
        let t = " date 2023-11-17 Chinese President Xi";
        let f = find_reference(t);
        assert_eq!(f.reference, date("2023-11-17"));
        assert_eq!(&t[f.body_start..], "Chinese President Xi");
        assert!(f.problems.is_empty());
        let t = "Date: 2023-11-17\r\n\r\nBody here.";
        let f = find_reference(t);
        assert_eq!(f.reference, date("2023-11-17"));
        assert_eq!(&t[f.body_start..], "Body here.");
    }

    #[test]
    fn header_below_a_heading() {
        let t = "# Talks resume\ndate 2023-11-17\nBody.";
        let f = find_reference(t);
        assert_eq!(f.reference, date("2023-11-17"));
        assert_eq!(&t[f.body_start..], "Body.");
        // Only the exact form counts below the first line.
        let f = find_reference("Intro line\ndate 17 November 2023 x\nPublished November 17, 2023");
        assert_eq!(f.reference, None);
    }

    #[test]
    fn prose_is_not_a_header() {
        for t in [
            "Date night was cancelled.",
            "Datelines matter. 2023-11-17",
            "date 5 of the tour",
        ] {
            let f = find_reference(t);
            assert_eq!(f.reference, None, "{t}");
            assert_eq!(f.body_start, 0, "{t}");
            assert_eq!(f.problems.len(), 1, "{t}");
        }
    }

    #[test]
    fn datelines() {
        let cases = [
            (
                "WASHINGTON, March 3, 2023 (Reuters) - The",
                "2023-03-03",
                "The",
            ),
            ("Nov 17, 2023 — Talks", "2023-11-17", "Talks"),
            (
                "November 17, 2023 / 8:30 AM / Talks",
                "2023-11-17",
                "8:30 AM / Talks",
            ),
            (
                "SAN FRANCISCO, Calif., Nov. 17, 2023 /PRNewswire/ -- x",
                "2023-11-17",
                "x",
            ),
            ("17 November 2023 - Talks", "2023-11-17", "Talks"),
            ("2023-11-17: Talks", "2023-11-17", "Talks"),
            (
                "By Jane Doe\n\nBEIJING, Nov 17, 2023 (AP) — Talks",
                "2023-11-17",
                "Talks",
            ),
        ];
        for (t, d, body) in cases {
            let f = find_reference(t);
            assert_eq!(f.reference, date(d), "{t}");
            assert_eq!(&t[f.body_start..], body, "{t}");
            assert!(f.problems.is_empty(), "{t}");
        }
    }

    #[test]
    fn dateline_without_year_gives_no_date() {
        let t = "WASHINGTON, March 3 (Reuters) - Officials said";
        let f = find_reference(t);
        assert_eq!(f.reference, None);
        assert_eq!(f.body_start, 0);
        assert_eq!(
            f.problems,
            vec![ReadError::NoReferenceDate {
                why: "the dateline 'WASHINGTON, March 3 (Reuters)' has no year".into()
            }]
        );
    }

    #[test]
    fn date_in_prose_is_not_a_dateline() {
        let f = find_reference("Nov 17, 2023 was a long day - for everyone.");
        assert_eq!(f.reference, None);
    }
}
