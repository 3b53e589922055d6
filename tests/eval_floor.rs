//! Regression guard: the overall TempEval-3 measures on `../shared/data/tempeval3`
//! (TimeBank + AQUAINT) must not drop below the floors in `eval-floor.json`.
//!
//! Skipped, with a note, when the corpus folder is absent.

use chronoscope::eval::{evaluate, Floor};
use chronoscope::temporal::Options;
use std::path::{Path, PathBuf};

#[test]
fn measures_stay_above_floor() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("../shared/data/tempeval3");
    let corpora: Vec<PathBuf> = ["timebank", "aquaint"]
        .iter()
        .map(|c| root.join(c))
        .collect();
    if !corpora.iter().all(|c| c.is_dir()) {
        eprintln!("note: {} is absent; eval floor not checked", root.display());
        return;
    }
    let floor = Floor::load(&manifest.join("eval-floor.json"))
        .unwrap_or_else(|e| panic!("{e}: {:?}", std::error::Error::source(&e)));
    let evaluation = evaluate(&corpora, &Options::default())
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
        "measured: strict_f1 {:.2}, relaxed_f1 {:.2}, value_f1 {:.2}, type_f1 {:.2}\n\
         floors:   strict_f1 {:.2}, relaxed_f1 {:.2}, value_f1 {:.2}, type_f1 {:.2}",
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
        evaluation.overall.gold, 1822,
        "the gold corpus changed\n{report}"
    );
    let violations = floor.violations(&m);
    assert!(
        violations.is_empty(),
        "below floor:\n  {}\n{report}",
        violations.join("\n  ")
    );
}
