//! The measures table, error listing and JSON, on a hand-built evaluation.

use chronoscope::documents::timeml::parse;
use chronoscope::eval::report::{self, ErrorKind};
use chronoscope::eval::{score_document, CorpusResult, DocResult, Evaluation};
use chronoscope::temporal::{Mention, TimexType};

fn mention(text: &str, needle: &str, ty: TimexType, value: &str) -> Mention {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    Mention {
        span: start..start + needle.len(),
        timex_type: ty,
        value: value.into(),
        modifier: None,
        granularity: None,
        interval: None,
    }
}

/// Gold: "Thursday" 1998-08-06, "more than three years" P3Y, "the third quarter" 1998-Q3.
/// Predicted: "Thursday" with a wrong value, "three years" (span differs), "Café" (spurious);
/// "the third quarter" is missed.
fn evaluation() -> Evaluation {
    let xml = std::fs::read_to_string(format!(
        "{}/tests/fixtures/timeml/entities.tml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let doc = parse(&xml).unwrap();
    let predicted = vec![
        mention(&doc.text, "Café", TimexType::Date, "XXXX"),
        mention(&doc.text, "Thursday", TimexType::Date, "1998-08-13"),
        mention(&doc.text, "three years", TimexType::Date, "P3Y"),
    ];
    let score = score_document(&doc.gold, &predicted);
    let counts = score.counts;
    let result = DocResult {
        name: "entities.tml".into(),
        doc,
        predicted,
        score,
    };
    let corpus = CorpusResult {
        name: "fixtures".into(),
        path: "tests/fixtures/timeml".into(),
        docs: vec![result],
        problems: vec![],
        counts,
    };
    Evaluation {
        corpora: vec![corpus],
        overall: counts,
    }
}

#[test]
fn table_shows_counts_and_measures() {
    let table = report::table(&evaluation());
    // gold 3, pred 3, strict 1 (Thursday), relaxed 2, value 1 (P3Y), type 1 (Thursday).
    let row = table.lines().find(|l| l.starts_with("fixtures")).unwrap();
    let cells: Vec<&str> = row.split_whitespace().filter(|c| *c != "|").collect();
    assert_eq!(
        cells,
        [
            "fixtures", "1", "3", "3", "33.33", "33.33", "33.33", "66.67", "66.67", "66.67",
            "33.33", "33.33"
        ]
    );
    // One corpus: no separate overall row.
    assert!(!table.contains("overall"));
}

#[test]
fn error_listing_names_each_kind_with_context() {
    let eval = evaluation();
    let entries = report::error_entries(&eval, 10, &ErrorKind::ALL);
    let kinds: Vec<ErrorKind> = entries.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            ErrorKind::Missed,
            ErrorKind::Spurious,
            ErrorKind::Value,
            ErrorKind::Type,
            ErrorKind::Span
        ]
    );
    let text = report::errors_text(&eval, &entries, &ErrorKind::ALL);
    assert!(
        text.contains("fixtures/entities.tml  gold \"the third quarter\" DATE 1998-Q3"),
        "{text}"
    );
    assert!(text.contains("pred \"Café\" DATE XXXX"), "{text}");
    assert!(
        text.contains("gold \"Thursday\" DATE 1998-08-06  pred \"Thursday\" DATE 1998-08-13"),
        "{text}"
    );
    assert!(text.contains("9999-99-99 → 9999-99-99 ×1"), "{text}");
    assert!(
        text.contains("\"more than three years\" → \"three years\" ×1"),
        "{text}"
    );
    assert!(
        text.contains("bankers said [Thursday] that \"x < y\". Profits"),
        "{text}"
    );
    assert!(
        text.contains("gold \"more than three years\" DURATION P3Y mod=MORE_THAN"),
        "{text}"
    );

    let only_missed = report::error_entries(&eval, 10, &[ErrorKind::Missed]);
    assert_eq!(only_missed.len(), 1);
    assert!(report::error_entries(&eval, 0, &ErrorKind::ALL).is_empty());
}

#[test]
fn json_has_measures_and_errors() {
    let eval = evaluation();
    let entries = report::error_entries(&eval, 1, &[ErrorKind::Value]);
    let json = serde_json::to_value(report::to_json(&eval, entries)).unwrap();
    assert_eq!(json["overall"]["counts"]["gold"], 3);
    assert_eq!(json["overall"]["documents"], 1);
    let f1 = json["corpora"][0]["measures"]["relaxed"]["f1"]
        .as_f64()
        .unwrap();
    assert!((f1 - 200.0 / 3.0).abs() < 1e-9);
    assert_eq!(json["errors"][0]["kind"], "value");
    assert_eq!(json["errors"][0]["predicted"]["value"], "1998-08-13");
    assert_eq!(json["errors"][0]["gold"]["type"], "DATE");
}

/// A folder with bad files: they are reported, the others are scored; a parent folder stands
/// for its subfolders.
#[test]
fn evaluate_reports_bad_files_and_scores_the_rest() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let eval = chronoscope::eval::evaluate(&[fixtures], &Default::default()).unwrap();
    assert_eq!(eval.corpora.len(), 1);
    let corpus = &eval.corpora[0];
    assert_eq!(corpus.name, "timeml");
    let docs: Vec<&str> = corpus.docs.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(docs, ["entities.tml", "plain_day.tml"]);
    let mut bad: Vec<String> = corpus
        .problems
        .iter()
        .map(|p| p.path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    bad.sort();
    assert_eq!(
        bad,
        [
            "bad_type.tml",
            "malformed.tml",
            "missing_text.tml",
            "unclosed.tml"
        ]
    );
    assert_eq!(eval.overall.gold, 4);
    let missing = chronoscope::eval::evaluate(&["/nonexistent/gold".into()], &Default::default());
    assert!(missing.is_err());
}

#[test]
fn breakdown_by_type() {
    use chronoscope::eval::breakdown::{by_type, TypeCounts};
    let rows = by_type(&evaluation());
    let date = TypeCounts {
        gold: 2,
        strict: 1,
        relaxed: 1,
        value: 0,
        predicted: 3,
        predicted_matched: 2,
    };
    let duration = TypeCounts {
        gold: 1,
        strict: 0,
        relaxed: 1,
        value: 1,
        predicted: 0,
        predicted_matched: 0,
    };
    assert_eq!(rows[0], (TimexType::Date, date));
    assert_eq!(rows[1], (TimexType::Time, TypeCounts::default()));
    assert_eq!(rows[2], (TimexType::Duration, duration));
    let table = chronoscope::eval::breakdown::type_table(&evaluation());
    assert!(
        table
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["DATE", "2", "50.00", "50.00", "0.00", "3", "66.67"]),
        "{table}"
    );
}

#[test]
fn table_adds_the_lenient_value_diagnostic_only_when_it_differs() {
    let mut eval = evaluation();
    assert!(!report::table(&eval).contains("diagnostic"));
    eval.overall.value_lenient += 1;
    let table = report::table(&eval);
    let note = table
        .lines()
        .find(|l| l.contains("diagnostic"))
        .expect("a diagnostic line");
    // 2 · 2 / (3 + 3)
    assert!(note.contains("value F1 66.67"), "{note}");
}
