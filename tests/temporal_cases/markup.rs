//! The fixture markup: parsing `*.case` files into cases.
//!
//! A case line is a sentence with each expected expression marked
//! `[span text]{TYPE VALUE [mod=MOD] [g=GRAN] [@START/END | @none]}`; lines starting with
//! `@` set the reference, bias and date order for the cases below them. See
//! `tests/fixtures/temporal/README.md`. This module only parses; it never runs the engine.

use chrono::{NaiveDate, NaiveDateTime};
use chronoscope::temporal::{Bias, DateOrder, Options};
use std::ops::Range;

/// One expected expression, as written in the markup.
#[derive(Clone, Debug, PartialEq)]
pub struct Expected {
    pub span: Range<usize>,
    pub timex_type: String,
    pub value: String,
    /// `Some("NONE")` demands that the mention has no `mod`.
    pub modifier: Option<String>,
    pub granularity: Option<String>,
    /// `Some(None)` (written `@none`) demands that the mention has no interval.
    pub interval: Option<Option<(NaiveDateTime, NaiveDateTime)>>,
}

/// Settings in force for a case (set by the `@` directives above it).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Settings {
    pub reference: Option<NaiveDateTime>,
    pub options: Options,
}

/// One parsed case line.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    pub line: usize,
    /// The input with the markup stripped.
    pub text: String,
    pub expected: Vec<Expected>,
    pub settings: Settings,
}

/// A fixture file, parsed.
#[derive(Debug, Default)]
pub struct Fixture {
    pub cases: Vec<Case>,
    /// `(line, message)` for every line that could not be parsed.
    pub errors: Vec<(usize, String)>,
}

/// Parses a date `YYYY-MM-DD` (year may be signed and longer than four digits) optionally
/// followed by `THH:MM` or `THH:MM:SS`.
pub fn parse_datetime(s: &str) -> Result<NaiveDateTime, String> {
    let (date, time) = match s.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let (sign, unsigned) = match date.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, date.strip_prefix('+').unwrap_or(date)),
    };
    let parts: Vec<&str> = unsigned.split('-').collect();
    let bad = || format!("expected a date YYYY-MM-DD[THH:MM[:SS]], found `{s}`");
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    let year: i32 = y.parse().map_err(|_| bad())?;
    let month: u32 = m.parse().map_err(|_| bad())?;
    let day: u32 = d.parse().map_err(|_| bad())?;
    let date = NaiveDate::from_ymd_opt(sign * year, month, day).ok_or_else(bad)?;
    let (h, mi, se) = match time {
        None => (0, 0, 0),
        Some(t) => {
            let nums: Result<Vec<u32>, _> = t.split(':').map(str::parse).collect();
            match nums.map_err(|_| bad())?.as_slice() {
                [h, mi] => (*h, *mi, 0),
                [h, mi, se] => (*h, *mi, *se),
                _ => return Err(bad()),
            }
        }
    };
    date.and_hms_opt(h, mi, se).ok_or_else(bad)
}

/// Parses the inside of `{...}`: `TYPE VALUE [mod=M] [g=G] [@START/END | @none]`.
pub fn parse_annotation(body: &str, span: Range<usize>) -> Result<Expected, String> {
    let mut words = body.split_whitespace();
    let timex_type = words
        .next()
        .ok_or_else(|| "expected `{TYPE VALUE}`, found an empty `{}`".to_string())?;
    if !["DATE", "TIME", "DURATION", "SET"].contains(&timex_type) {
        return Err(format!(
            "expected a type DATE, TIME, DURATION or SET, found `{timex_type}`"
        ));
    }
    let value = words
        .next()
        .ok_or_else(|| format!("expected a value after `{timex_type}`, found nothing"))?;
    let mut expected = Expected {
        span,
        timex_type: timex_type.to_string(),
        value: value.to_string(),
        modifier: None,
        granularity: None,
        interval: None,
    };
    for word in words {
        if let Some(m) = word.strip_prefix("mod=") {
            expected.modifier = Some(m.to_string());
        } else if let Some(g) = word.strip_prefix("g=") {
            expected.granularity = Some(g.to_string());
        } else if word == "@none" {
            expected.interval = Some(None);
        } else if let Some(range) = word.strip_prefix('@') {
            let (start, end) = range
                .split_once('/')
                .ok_or_else(|| format!("expected `@START/END`, found `{word}`"))?;
            let (start, end) = (parse_datetime(start)?, parse_datetime(end)?);
            if start >= end {
                return Err(format!("interval `{word}` is empty or reversed"));
            }
            expected.interval = Some(Some((start, end)));
        } else {
            return Err(format!(
                "expected `mod=…`, `g=…`, `@START/END` or `@none`, found `{word}`"
            ));
        }
    }
    Ok(expected)
}

/// Strips the markup of one case line: returns the plain text and the expectations.
/// `\[`, `\]`, `\{`, `\}` and `\\` stand for the literal characters.
pub fn parse_markup(line: &str) -> Result<(String, Vec<Expected>), String> {
    let mut text = String::with_capacity(line.len());
    let mut expected = Vec::new();
    let mut open: Option<usize> = None; // byte offset in `text` where `[` was seen
    let mut chars = line.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, e @ ('[' | ']' | '{' | '}' | '\\'))) => text.push(e),
                _ => {
                    return Err(format!(
                        "column {}: `\\` must escape [ ] {{ }} or \\",
                        at + 1
                    ))
                }
            },
            '[' if open.is_some() => {
                return Err(format!("column {}: `[` inside a marked span", at + 1))
            }
            '[' => open = Some(text.len()),
            ']' => {
                let start = open
                    .take()
                    .ok_or_else(|| format!("column {}: `]` without `[`", at + 1))?;
                if start == text.len() {
                    return Err(format!("column {}: empty span `[]`", at + 1));
                }
                let rest = &line[at + 1..];
                if !rest.starts_with('{') {
                    return Err(format!("column {}: expected `{{` right after `]`", at + 2));
                }
                let close = rest
                    .find('}')
                    .ok_or_else(|| format!("column {}: `{{` is never closed by `}}`", at + 2))?;
                let body = &rest[1..close];
                let annotation = parse_annotation(body, start..text.len())
                    .map_err(|e| format!("column {}: {e}", at + 2))?;
                expected.push(annotation);
                // Skip the annotation: `{` + body + `}`.
                for _ in 0..body.chars().count() + 2 {
                    chars.next();
                }
            }
            '{' | '}' => {
                return Err(format!(
                    "column {}: `{c}` outside an annotation (write `\\{c}`)",
                    at + 1
                ))
            }
            _ => text.push(c),
        }
    }
    if let Some(start) = open {
        return Err(format!("`[` opened at text offset {start} is never closed"));
    }
    Ok((text, expected))
}

/// Applies a `@name value` directive to `settings`.
pub fn apply_directive(line: &str, settings: &mut Settings) -> Result<(), String> {
    let line = line.split('#').next().unwrap_or("").trim();
    let mut words = line.split_whitespace();
    let name = words.next().unwrap_or("");
    let value = words
        .next()
        .ok_or_else(|| format!("`{name}` needs a value"))?;
    if let Some(extra) = words.next() {
        return Err(format!("`{name}` takes one value, found also `{extra}`"));
    }
    match name {
        "@ref" if value == "none" => settings.reference = None,
        "@ref" => settings.reference = Some(parse_datetime(value)?),
        "@bias" => {
            settings.options.bias = match value {
                "auto" => Bias::Auto,
                "past" => Bias::Past,
                "future" => Bias::Future,
                _ => return Err(format!("expected auto, past or future, found `{value}`")),
            }
        }
        "@order" => {
            settings.options.date_order = match value {
                "mdy" => DateOrder::MonthFirst,
                "dmy" => DateOrder::DayFirst,
                _ => return Err(format!("expected mdy or dmy, found `{value}`")),
            }
        }
        _ => {
            return Err(format!(
                "expected a directive @ref, @bias or @order, found `{name}`"
            ))
        }
    }
    Ok(())
}

/// Parses a whole fixture file. Directives hold until changed; each file starts with no
/// reference, bias `auto` and order `mdy`.
pub fn parse_fixture(source: &str) -> Fixture {
    let mut fixture = Fixture::default();
    let mut settings = Settings::default();
    for (index, raw) in source.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if trimmed.starts_with('@') {
            if let Err(e) = apply_directive(trimmed, &mut settings) {
                fixture.errors.push((line, e));
            }
            continue;
        }
        match parse_markup(trimmed) {
            Ok((text, expected)) => fixture.cases.push(Case {
                line,
                text,
                expected,
                settings,
            }),
            Err(e) => fixture.errors.push((line, e)),
        }
    }
    fixture
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_stripped_and_spans_point_into_the_stripped_text() {
        let (text, expected) = parse_markup(
            "Talks [Nov. 15-17]{DATE 2023-11-15 @2023-11-15/2023-11-18} in [2008]{DATE 2008 g=year}.",
        )
        .unwrap();
        assert_eq!(text, "Talks Nov. 15-17 in 2008.");
        assert_eq!(&text[expected[0].span.clone()], "Nov. 15-17");
        assert_eq!(&text[expected[1].span.clone()], "2008");
        assert_eq!(expected[0].value, "2023-11-15");
        let start = parse_datetime("2023-11-15").unwrap();
        let end = parse_datetime("2023-11-18T00:00:00").unwrap();
        assert_eq!(expected[0].interval, Some(Some((start, end))));
        assert_eq!(expected[1].granularity.as_deref(), Some("year"));
    }

    #[test]
    fn spans_are_byte_offsets_even_after_multibyte_text() {
        let (text, expected) =
            parse_markup("Asia’s talks [in a year]{DURATION P1Y mod=NONE}").unwrap();
        assert_eq!(&text[expected[0].span.clone()], "in a year");
        assert_eq!(expected[0].modifier.as_deref(), Some("NONE"));
    }

    #[test]
    fn escapes_give_literal_brackets() {
        let (text, expected) =
            parse_markup(r"A \[sic\] note \{x\} \\ [today]{DATE 2023-11-17}").unwrap();
        assert_eq!(text, r"A [sic] note {x} \ today");
        assert_eq!(&text[expected[0].span.clone()], "today");
    }

    #[test]
    fn malformed_markup_is_rejected_with_a_position() {
        for bad in [
            "open [never closed",
            "no annotation [2008] here",
            "bad type [2008]{YEAR 2008}",
            "no value [2008]{DATE}",
            "unknown key [2008]{DATE 2008 foo=bar}",
            "reversed [2008]{DATE 2008 @2009-01-01/2008-01-01}",
            "nested [a [b]{DATE 1} c]{DATE 2}",
            "stray } brace",
            "empty []{DATE 2008}",
        ] {
            assert!(parse_markup(bad).is_err(), "accepted: {bad}");
        }
        let err = parse_markup("x [2008]{YEAR 2008}").unwrap_err();
        assert!(err.contains("column") && err.contains("YEAR"), "{err}");
    }

    #[test]
    fn directives_set_reference_bias_and_order_and_errors_keep_their_line() {
        let fixture = parse_fixture(
            "# comment\n@ref 2023-11-17T09:30   # Friday\n@bias future\n@order dmy\nOn [Monday]{DATE 2023-11-20}\n\n@ref none\nNothing here\n@bias sideways\nbad [x]{DATE}\n",
        );
        assert_eq!(fixture.cases.len(), 2);
        let first = &fixture.cases[0];
        assert_eq!(first.line, 5);
        assert_eq!(
            first.settings.reference,
            Some(parse_datetime("2023-11-17T09:30").unwrap())
        );
        assert_eq!(first.settings.options.bias, Bias::Future);
        assert_eq!(first.settings.options.date_order, DateOrder::DayFirst);
        assert_eq!(fixture.cases[1].settings.reference, None);
        assert!(fixture.cases[1].expected.is_empty());
        let lines: Vec<usize> = fixture.errors.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, vec![9, 10]);
    }

    #[test]
    fn dates_parse_including_bce_and_reject_nonsense() {
        assert_eq!(
            parse_datetime("-0499-01-01").unwrap().to_string(),
            NaiveDate::from_ymd_opt(-499, 1, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap()
                .to_string()
        );
        assert!(parse_datetime("2023-02-29").is_err());
        assert!(parse_datetime("2023-11").is_err());
        assert!(parse_datetime("2023-11-17T25:00").is_err());
    }
}
