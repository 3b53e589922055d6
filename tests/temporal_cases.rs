//! The data-driven test suite of the temporal engine.
//!
//! Runs every case of every `tests/fixtures/temporal/*.case` file through
//! [`chronoscope::temporal::extract`] and, at the end, panics with one report that lists
//! every failing case (file:line, input, expected, got) and the pass count per file — one
//! run shows everything. The fixture format is described in
//! `tests/fixtures/temporal/README.md`; in short, a case is a sentence with every expected
//! expression marked inline as `[span text]{TYPE VALUE [mod=MOD] [g=GRAN] [@START/END]}`.
//!
//! Set `TEMPORAL_CASES=word` to run only the files whose name contains `word`.
//!
//! This file does not test the engine's internals, only what `extract` returns.

use chrono::{NaiveDate, NaiveDateTime};
use chronoscope::temporal::{extract, Bias, DateOrder, Mention, Options};
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One expected expression, as written in the markup.
#[derive(Clone, Debug, PartialEq)]
struct Expected {
    span: Range<usize>,
    timex_type: String,
    value: String,
    /// `Some("NONE")` demands that the mention has no `mod`.
    modifier: Option<String>,
    granularity: Option<String>,
    /// `Some(None)` (written `@none`) demands that the mention has no interval.
    interval: Option<Option<(NaiveDateTime, NaiveDateTime)>>,
}

/// Settings in force for a case (set by the `@` directives above it).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Settings {
    reference: Option<NaiveDateTime>,
    options: Options,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            reference: None,
            options: Options::default(),
        }
    }
}

/// One parsed case line.
#[derive(Clone, Debug, PartialEq)]
struct Case {
    line: usize,
    /// The input with the markup stripped.
    text: String,
    expected: Vec<Expected>,
    settings: Settings,
}

/// A fixture file, parsed.
#[derive(Debug, Default)]
struct Fixture {
    cases: Vec<Case>,
    /// `(line, message)` for every line that could not be parsed.
    errors: Vec<(usize, String)>,
}

/// Parses a date `YYYY-MM-DD` (year may be signed and longer than four digits) optionally
/// followed by `THH:MM` or `THH:MM:SS`.
fn parse_datetime(s: &str) -> Result<NaiveDateTime, String> {
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
fn parse_annotation(body: &str, span: Range<usize>) -> Result<Expected, String> {
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
fn parse_markup(line: &str) -> Result<(String, Vec<Expected>), String> {
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
fn apply_directive(line: &str, settings: &mut Settings) -> Result<(), String> {
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
fn parse_fixture(source: &str) -> Fixture {
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

/// Renders an expectation the way the fixture writes it.
fn show_expected(text: &str, e: &Expected) -> String {
    let mut s = format!(
        "[{}]{{{} {}",
        text.get(e.span.clone()).unwrap_or("<bad span>"),
        e.timex_type,
        e.value
    );
    if let Some(m) = &e.modifier {
        let _ = write!(s, " mod={m}");
    }
    if let Some(g) = &e.granularity {
        let _ = write!(s, " g={g}");
    }
    match &e.interval {
        Some(Some((a, b))) => {
            let _ = write!(
                s,
                " @{}/{}",
                a.format("%Y-%m-%dT%H:%M:%S"),
                b.format("%Y-%m-%dT%H:%M:%S")
            );
        }
        Some(None) => s.push_str(" @none"),
        None => {}
    }
    s.push('}');
    s
}

/// Renders a mention in the same notation, with every field.
fn show_mention(text: &str, m: &Mention) -> String {
    let mut s = format!(
        "[{}]{{{} {}",
        text.get(m.span.clone()).unwrap_or("<bad span>"),
        m.timex_type,
        m.value
    );
    if let Some(modifier) = m.modifier {
        let _ = write!(s, " mod={}", modifier.as_str());
    }
    if let Some(g) = m.granularity {
        let _ = write!(s, " g={g}");
    }
    if let Some(i) = m.interval {
        let _ = write!(
            s,
            " @{}/{}",
            i.start.format("%Y-%m-%dT%H:%M:%S"),
            i.end.format("%Y-%m-%dT%H:%M:%S")
        );
    }
    s.push('}');
    s
}

/// Does the mention satisfy the expectation? (Same span assumed.)
fn satisfies(m: &Mention, e: &Expected) -> bool {
    let modifier_ok = match e.modifier.as_deref() {
        None => true,
        Some("NONE") => m.modifier.is_none(),
        Some(want) => m.modifier.map(|x| x.as_str()) == Some(want),
    };
    let granularity_ok = match e.granularity.as_deref() {
        None => true,
        Some(want) => m.granularity.map(|g| g.as_str()) == Some(want),
    };
    let interval_ok = match &e.interval {
        None => true,
        Some(want) => m.interval.map(|i| (i.start, i.end)) == *want,
    };
    m.timex_type.as_str() == e.timex_type
        && m.value == e.value
        && modifier_ok
        && granularity_ok
        && interval_ok
}

/// Compares what the engine found with what the case expects. `None` means the case
/// passes; otherwise the text explains the difference.
fn check(case: &Case, got: &[Mention]) -> Option<String> {
    let mut used = vec![false; got.len()];
    let mut problems = Vec::new();
    for e in &case.expected {
        let found = got
            .iter()
            .enumerate()
            .find(|(i, m)| !used[*i] && m.span == e.span);
        match found {
            Some((i, m)) => {
                used[i] = true;
                if !satisfies(m, e) {
                    problems.push(format!(
                        "wrong:    expected {}\n          got      {}",
                        show_expected(&case.text, e),
                        show_mention(&case.text, m)
                    ));
                }
            }
            None => problems.push(format!("missing:  {}", show_expected(&case.text, e))),
        }
    }
    for (m, _) in got.iter().zip(&used).filter(|(_, u)| !**u) {
        problems.push(format!("extra:    {}", show_mention(&case.text, m)));
    }
    if problems.is_empty() {
        None
    } else {
        Some(problems.join("\n  "))
    }
}

/// Runs one case through the engine.
fn run_case(case: &Case) -> Option<String> {
    let got = extract(&case.text, case.settings.reference, &case.settings.options);
    check(case, &got)
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/temporal")
}

fn fixture_files() -> Vec<PathBuf> {
    let filter = std::env::var("TEMPORAL_CASES").unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| {
        p.extension().is_some_and(|x| x == "case")
            && p.file_name()
                .is_some_and(|n| n.to_string_lossy().contains(filter.as_str()))
    });
    files.sort();
    files
}

fn describe_settings(s: &Settings) -> String {
    let reference = s.reference.map_or("none".to_string(), |r| {
        r.format("%Y-%m-%dT%H:%M:%S %a").to_string()
    });
    format!(
        "ref {reference}, bias {:?}, order {:?}",
        s.options.bias, s.options.date_order
    )
}

#[test]
fn temporal_cases() {
    let files = fixture_files();
    assert!(
        !files.is_empty(),
        "no .case files in {}",
        fixture_dir().display()
    );
    let mut report = String::new();
    let mut summary = String::new();
    let (mut total, mut passed_total, mut bad_lines) = (0, 0, 0);
    for path in &files {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let source = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                let _ = writeln!(report, "{name}: cannot read: {e}\n");
                bad_lines += 1;
                continue;
            }
        };
        let fixture = parse_fixture(&source);
        for (line, message) in &fixture.errors {
            let _ = writeln!(report, "{name}:{line}: markup error: {message}\n");
        }
        bad_lines += fixture.errors.len();
        let mut passed = 0;
        for case in &fixture.cases {
            match run_case(case) {
                None => passed += 1,
                Some(problem) => {
                    let _ = writeln!(
                        report,
                        "{name}:{} ({})\n  input:    {}\n  {problem}\n",
                        case.line,
                        describe_settings(&case.settings),
                        case.text
                    );
                }
            }
        }
        total += fixture.cases.len();
        passed_total += passed;
        let errors = if fixture.errors.is_empty() {
            String::new()
        } else {
            format!(", {} markup errors", fixture.errors.len())
        };
        let _ = writeln!(
            summary,
            "  {name:<24} {passed:>4} / {:<4}{errors}",
            fixture.cases.len()
        );
    }
    let _ = writeln!(summary, "  {:<24} {passed_total:>4} / {total}", "TOTAL");
    println!("temporal cases passed per file:\n{summary}");
    if passed_total != total || bad_lines > 0 {
        panic!(
            "{} of {total} temporal cases failed, {bad_lines} fixture lines unreadable\n\n{report}\
             passed per file:\n{summary}",
            total - passed_total
        );
    }
}

// ---- tests of the harness itself ------------------------------------------------------

fn case(line: &str, reference: &str) -> Case {
    let (text, expected) = parse_markup(line).unwrap();
    Case {
        line: 1,
        text,
        expected,
        settings: Settings {
            reference: Some(parse_datetime(reference).unwrap()),
            options: Options::default(),
        },
    }
}

fn mention(text: &str, span_text: &str, timex_type: &str, value: &str) -> Mention {
    let start = text.find(span_text).unwrap();
    Mention {
        span: start..start + span_text.len(),
        timex_type: chronoscope::temporal::TimexType::parse(timex_type).unwrap(),
        value: value.to_string(),
        modifier: None,
        granularity: None,
        interval: None,
    }
}

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
    let (text, expected) = parse_markup("Asia’s talks [in a year]{DURATION P1Y mod=NONE}").unwrap();
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

#[test]
fn a_matching_result_passes() {
    let c = case(
        "Met [Thursday]{DATE 2023-11-16} in [2008]{DATE 2008}.",
        "2023-11-17",
    );
    let got = vec![
        mention(&c.text, "Thursday", "DATE", "2023-11-16"),
        mention(&c.text, "2008", "DATE", "2008"),
    ];
    assert_eq!(check(&c, &got), None);
}

#[test]
fn wrong_missing_and_extra_mentions_are_all_failures() {
    let c = case(
        "Met [Thursday]{DATE 2023-11-16 mod=START} in 2008.",
        "2023-11-17",
    );
    // Wrong value.
    let wrong = vec![mention(&c.text, "Thursday", "DATE", "2023-11-09")];
    assert!(check(&c, &wrong).unwrap().contains("wrong"));
    // Right value but missing mod.
    let no_mod = vec![mention(&c.text, "Thursday", "DATE", "2023-11-16")];
    assert!(check(&c, &no_mod).is_some());
    // Nothing found.
    assert!(check(&c, &[]).unwrap().contains("missing"));
    // An unexpected extra mention.
    let mut extra = mention(&c.text, "Thursday", "DATE", "2023-11-16");
    extra.modifier = Some(chronoscope::temporal::Modifier::Start);
    let got = vec![extra, mention(&c.text, "2008", "DATE", "2008")];
    assert!(check(&c, &got).unwrap().contains("extra"));
    // A negative case fails when anything is found.
    let negative = case("They sat down.", "2023-11-17");
    assert!(check(
        &negative,
        &[mention("They sat down.", "sat", "DATE", "XXXX")]
    )
    .is_some());
}

#[test]
fn a_deliberately_wrong_expectation_fails_against_the_real_engine() {
    // No engine can be right here: the year is marked with an impossible value.
    let c = case("The treaty was signed in [1998]{DATE 1066}.", "2023-11-17");
    assert!(run_case(&c).is_some());
}
