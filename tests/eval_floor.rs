//! Regression guards: the overall TempEval-3 measures must not drop below the floors
//! recorded in the repository —
//! - on `../shared/data/tempeval3` (TimeBank + AQUAINT), floors in `eval-floor.json`
//!   (skipped, with a note, when the corpus folder is absent);
//! - on the project's held-out news corpora `tests/heldout/` and `tests/heldout2/`, floors
//!   in their `floor.json` (always there).

mod shared_data;

use chronoscope::eval::{evaluate, Floor};
use chronoscope::temporal::Options;
use std::path::{Path, PathBuf};

fn check(corpora: &[PathBuf], floor_file: &Path, gold_count: usize) {
    let floor = Floor::load(floor_file)
        .unwrap_or_else(|e| panic!("{e}: {:?}", std::error::Error::source(&e)));
    let evaluation = evaluate(corpora, &Options::default())
        .unwrap_or_else(|e| panic!("{e}: {:?}", std::error::Error::source(&e)));
    let problems: Vec<String> = evaluation
        .corpora
        .iter()
        .flat_map(|c| &c.problems)
        .map(|p| format!("{}: {}", p.path.display(), p.message))
        .collect();
    assert!(problems.is_empty(), "unreadable gold files: {problems:#?}");
    let m = evaluation.overall.measures();
    let report = format!(
        "{}\nmeasured: strict_f1 {:.2}, relaxed_f1 {:.2}, value_f1 {:.2}, type_f1 {:.2}\n\
         floors:   strict_f1 {:.2}, relaxed_f1 {:.2}, value_f1 {:.2}, type_f1 {:.2}",
        floor_file.display(),
        m.strict.f1,
        m.relaxed.f1,
        m.value_f1,
        m.type_f1,
        floor.strict_f1,
        floor.relaxed_f1,
        floor.value_f1,
        floor.type_f1
    );
    eprintln!("{report}");
    assert_eq!(
        evaluation.overall.gold, gold_count,
        "the gold corpus changed\n{report}"
    );
    let violations = floor.violations(&m);
    assert!(
        violations.is_empty(),
        "below floor:\n  {}\n{report}",
        violations.join("\n  ")
    );
}

#[test]
fn tempeval3_measures_stay_above_floor() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(corpora) = shared_data::tempeval3("the TempEval-3 floor") else {
        return;
    };
    check(&corpora, &manifest.join("eval-floor.json"), 1822);
}

#[test]
fn heldout_measures_stay_above_floor() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let heldout = manifest.join("tests/heldout");
    check(
        std::slice::from_ref(&heldout),
        &heldout.join("floor.json"),
        540,
    );
}

#[test]
fn heldout2_measures_stay_above_floor() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let heldout = manifest.join("tests/heldout2");
    check(
        std::slice::from_ref(&heldout),
        &heldout.join("floor.json"),
        465,
    );
}
