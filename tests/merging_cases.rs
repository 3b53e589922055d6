//! The merging fixture (`tests/fixtures/merging/cases.merge`, written blind before the
//! rules; see its README): small sets of articles where named sentences report the same
//! happening (one event) or different ones (two events). Each case's documents are written
//! to a folder as dated text files and loaded as a user would; every failing check is
//! listed. The pass counts must stay at or above the floors below (raise them when the
//! rules get better; lower them never without saying why in the commit).

use chronoscope::corpus;
use chronoscope::events::EventsFile;
use chronoscope::temporal::Options;
use std::path::PathBuf;

/// Floors: checks that must pass (of each kind).
const SAME_FLOOR: usize = 24;
const DIFFERENT_FLOOR: usize = 50;

struct Case {
    name: String,
    line: usize,
    docs: Vec<(String, String, String)>, // name, date, text
    checks: Vec<Check>,
}

struct Check {
    same: bool,
    line: usize,
    items: Vec<(String, String)>, // doc name, phrase
}

fn parse(src: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut cur: Option<Case> = None;
    for (n, line) in src.lines().enumerate() {
        let n = n + 1;
        let t = line.trim();
        if t.starts_with('#') || t.is_empty() {
            continue;
        }
        if t == "---" {
            cases.extend(cur.take());
            continue;
        }
        if let Some(name) = t.strip_prefix("case:") {
            cases.extend(cur.take());
            cur = Some(Case {
                name: name.trim().to_string(),
                line: n,
                docs: Vec::new(),
                checks: Vec::new(),
            });
            continue;
        }
        let case = cur
            .as_mut()
            .unwrap_or_else(|| panic!("line {n}: text before `case:`"));
        if let Some(rest) = t.strip_prefix("doc ") {
            let (name, date) = rest
                .split_once(':')
                .unwrap_or_else(|| panic!("line {n}: expected `doc X: DATE`"));
            case.docs
                .push((name.trim().into(), date.trim().into(), String::new()));
        } else if let Some((kind, rest)) = t
            .split_once(':')
            .filter(|(k, _)| *k == "same" || *k == "different")
        {
            let items = rest
                .split('|')
                .map(|item| {
                    let item = item.trim();
                    let (doc, phrase) = item
                        .split_once(' ')
                        .unwrap_or_else(|| panic!("line {n}: expected `X \"phrase\"`"));
                    (doc.to_string(), phrase.trim().trim_matches('"').to_string())
                })
                .collect();
            case.checks.push(Check {
                same: kind == "same",
                line: n,
                items,
            });
        } else {
            let doc = case
                .docs
                .last_mut()
                .unwrap_or_else(|| panic!("line {n}: text before `doc`"));
            if !doc.2.is_empty() {
                doc.2.push_str("\n\n");
            }
            doc.2.push_str(t);
        }
    }
    cases.extend(cur);
    cases
}

/// Loads a case's documents as a user would: dated text files in a folder.
fn load(case: &Case) -> (EventsFile, Vec<String>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut paths: Vec<PathBuf> = Vec::new();
    for (name, date, text) in &case.docs {
        let p = dir.path().join(format!("{name}.txt"));
        std::fs::write(&p, format!("date {date}\n{text}\n")).unwrap();
        paths.push(p);
    }
    let file = corpus::load(&paths, &Options::default(), &|_| {});
    let names = case.docs.iter().map(|d| d.0.clone()).collect();
    (file, names, dir)
}

/// The event whose source (in document `doc`) holds `phrase` in its passage; with several
/// (a sentence with two expressions), the one whose expression is nearest the phrase.
fn event_of(file: &EventsFile, names: &[String], doc: &str, phrase: &str) -> Option<usize> {
    let k = names.iter().position(|n| n == doc)?;
    let d = &file.documents[k];
    let at = d.text.find(phrase)?;
    let mid = at + phrase.len() / 2;
    file.events
        .iter()
        .enumerate()
        .filter_map(|(i, ev)| {
            ev.sources
                .iter()
                .filter(|s| {
                    s.document == d.id
                        && s.passage.start <= at
                        && at + phrase.len() <= s.passage.end
                })
                .map(|s| {
                    s.expression.as_ref().map_or(usize::MAX / 2, |x| {
                        x.start.abs_diff(mid).min(x.end.abs_diff(mid))
                    })
                })
                .min()
                .map(|dist| (dist, i))
        })
        .min()
        .map(|(_, i)| i)
}

#[test]
fn merging_cases() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/merging/cases.merge"
    );
    let cases = parse(&std::fs::read_to_string(path).unwrap());
    assert!(
        cases.len() >= 40,
        "expected the fixture's 40+ cases, found {}",
        cases.len()
    );
    let (mut same_ok, mut same_n, mut diff_ok, mut diff_n) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for case in &cases {
        let (file, names, _dir) = load(case);
        for check in &case.checks {
            let found: Vec<Option<usize>> = check
                .items
                .iter()
                .map(|(d, p)| event_of(&file, &names, d, p))
                .collect();
            let describe = |i: Option<usize>| {
                i.map_or("no event".to_string(), |i| {
                    let e = &file.events[i];
                    format!("{} {:?} ({} sources)", e.value, e.headline, e.sources.len())
                })
            };
            let ok = if check.same {
                same_n += 1;
                found.iter().all(|f| f.is_some() && *f == found[0])
            } else {
                diff_n += 1;
                // Different happenings: no two items in one event (a missing one is not
                // a merge, so it passes this check).
                !found
                    .iter()
                    .enumerate()
                    .any(|(i, a)| found[i + 1..].iter().any(|b| a.is_some() && a == b))
            };
            if ok {
                if check.same {
                    same_ok += 1
                } else {
                    diff_ok += 1
                }
            } else {
                let items: Vec<String> = check
                    .items
                    .iter()
                    .zip(&found)
                    .map(|((d, p), f)| format!("{d} {p:?} → {}", describe(*f)))
                    .collect();
                failures.push(format!(
                    "cases.merge:{} ({}, case at line {}): {} failed\n    {}",
                    check.line,
                    case.name,
                    case.line,
                    if check.same { "same" } else { "different" },
                    items.join("\n    ")
                ));
            }
        }
    }
    println!("merging: same {same_ok}/{same_n}, different {diff_ok}/{diff_n}");
    for f in &failures {
        println!("{f}");
    }
    assert!(
        same_ok >= SAME_FLOOR && diff_ok >= DIFFERENT_FLOOR,
        "merging fell below its floors (same {same_ok}/{same_n} < {SAME_FLOOR} or different {diff_ok}/{diff_n} < {DIFFERENT_FLOOR}):\n{}",
        failures.join("\n")
    );
}
