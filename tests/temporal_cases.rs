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

#[path = "temporal_cases/markup.rs"]
mod markup;

use chronoscope::temporal::{extract, Mention, Options};
use markup::{parse_datetime, parse_fixture, parse_markup, Case, Expected, Settings};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

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

/// Runs one case through the engine. A panic in the engine is reported as a failure of
/// this case instead of stopping the whole run.
fn run_case(case: &Case) -> Option<String> {
    let run = || extract(&case.text, case.settings.reference, &case.settings.options);
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(got) => check(case, &got),
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("(no message)");
            Some(format!("panic:    the engine panicked: {message}"))
        }
    }
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
        "no .case files in {} (TEMPORAL_CASES={:?})",
        fixture_dir().display(),
        std::env::var("TEMPORAL_CASES").unwrap_or_default()
    );
    let known = known_failures();
    let mut still_failing: Vec<String> = Vec::new();
    let mut fixed: Vec<String> = Vec::new();
    let mut report = String::new();
    let mut summary = String::new();
    let (mut total, mut passed_total, mut bad_lines, mut known_total) = (0, 0, 0, 0);
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
            let key = format!("{name}\t{}", case.text);
            let is_known = known.contains(&key);
            match run_case(case) {
                None if is_known => {
                    passed += 1;
                    fixed.push(key);
                }
                None => passed += 1,
                Some(_) if is_known => {
                    known_total += 1;
                    still_failing.push(key);
                }
                Some(problem) => {
                    still_failing.push(key);
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
    println!("{known_total} known failures (listed in {KNOWN_FAILURES})");
    if std::env::var_os("TEMPORAL_CASES_WRITE_KNOWN").is_some() {
        let header = "# Cases the engine does not pass yet: `file<TAB>input`, one per line.\n\
                      # The harness fails on any failure not listed here, and on a listed case\n\
                      # that passes (remove it). Regenerate: TEMPORAL_CASES_WRITE_KNOWN=1 cargo test --test temporal_cases\n";
        let body: String = still_failing.iter().map(|k| format!("{k}\n")).collect();
        std::fs::write(
            fixture_dir().join(KNOWN_FAILURES),
            format!("{header}{body}"),
        )
        .unwrap();
        return;
    }
    let new_failures = total - passed_total - known_total;
    if new_failures > 0 || bad_lines > 0 || !fixed.is_empty() {
        panic!(
            "{new_failures} of {total} temporal cases failed (besides {known_total} known failures), \
             {bad_lines} fixture lines unreadable\n\n{report}\
             known failures that now pass (remove them from {KNOWN_FAILURES}):\n{}\n\
             passed per file:\n{summary}",
            fixed.join("\n")
        );
    }
}

/// The list of cases known to fail, as `file<TAB>input` keys.
const KNOWN_FAILURES: &str = "known_failures.txt";

fn known_failures() -> std::collections::HashSet<String> {
    std::fs::read_to_string(fixture_dir().join(KNOWN_FAILURES))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
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
