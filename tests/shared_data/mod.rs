//! The data in `../shared/data` the quality tests read. Locally a missing data set skips
//! the test and says so loudly; with `CHRONOSCOPE_REQUIRE_DATA` set (CI sets it) a
//! missing data set fails the test: a quality guard that checked nothing must not pass.
#![allow(dead_code)] // each test file uses the part it needs

use std::path::{Path, PathBuf};

/// `../shared/data/<name>` beside the project.
pub fn path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(name)
}

/// True when every folder in `dirs` exists; else skips loudly, or fails under CI.
pub fn present(dirs: &[PathBuf], test: &str) -> bool {
    let missing: Vec<String> = dirs
        .iter()
        .filter(|d| !d.is_dir())
        .map(|d| d.display().to_string())
        .collect();
    if missing.is_empty() {
        return true;
    }
    assert!(
        !required(),
        "{test}: the data it checks is missing ({}); CHRONOSCOPE_REQUIRE_DATA is set",
        missing.join(", ")
    );
    eprintln!(
        "\n*** SKIPPED {test}: {} absent — this test checked nothing ***\n",
        missing.join(", ")
    );
    false
}

/// True when missing data must fail the tests (`CHRONOSCOPE_REQUIRE_DATA` or `CI` set).
pub fn required() -> bool {
    ["CHRONOSCOPE_REQUIRE_DATA", "CI"]
        .iter()
        .any(|k| std::env::var_os(k).is_some_and(|v| !v.is_empty()))
}

/// The TempEval-3 corpora (TimeBank, AQUAINT), when present.
pub fn tempeval3(test: &str) -> Option<Vec<PathBuf>> {
    let dirs = vec![path("tempeval3/timebank"), path("tempeval3/aquaint")];
    present(&dirs, test).then_some(dirs)
}
