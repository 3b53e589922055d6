//! The core (documents, temporal expressions, events, timeline model) must not depend on
//! egui: the GUI and the exports sit on top of it. This test reads the sources and fails
//! if any core file mentions an egui crate. (`cargo build --no-default-features` in CI
//! checks the same thing structurally: the core compiles with no GUI crates at all.)

use std::path::{Path, PathBuf};

const CORE: &[&str] = &[
    "text",
    "temporal",
    "documents",
    "events",
    "timeline",
    "explore",
    "eval",
    "corpus.rs",
    "fsutil.rs",
    "actors",
    "project",
];
const GUI_CRATES: &[&str] = &[
    "egui",
    "eframe",
    "egui_plot",
    "egui_extras",
    "egui_kittest",
    "rfd",
];

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            rust_files(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

#[test]
fn core_modules_do_not_mention_gui_crates() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for m in CORE {
        let p = src.join(m);
        assert!(p.exists(), "core module {m} is missing: update this test");
        rust_files(&p, &mut files);
    }
    assert!(files.len() > 10, "found only {files:?}");
    let mut offenders = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for krate in GUI_CRATES {
                let used =
                    code.contains(&format!("{krate}::")) || code.contains(&format!("use {krate}"));
                if used {
                    offenders.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "core files use GUI crates:\n{}",
        offenders.join("\n")
    );
}

/// Layers below others must not use them (ARCHITECTURE.md's table): `(module, must not use)`.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "documents",
        &[
            "events", "eval", "corpus", "explore", "project", "app", "export",
        ],
    ),
    (
        "events",
        &["eval", "corpus", "explore", "project", "app", "export"],
    ),
    ("temporal", &["documents", "events", "eval", "app"]),
    ("timeline", &["explore", "project", "app", "export"]),
    ("project", &["app", "export", "explore"]),
    // The app's state and derived layout sit below its UI and its jobs.
    ("app/state.rs", APP_ABOVE_STATE),
    ("app/layout.rs", APP_ABOVE_STATE),
    ("app/jobs.rs", APP_ABOVE_STATE),
];

/// The app modules that use the state (UI and jobs): the state must not use them.
const APP_ABOVE_STATE: &[&str] = &[
    "app::state",
    "app::command",
    "app::curate",
    "app::curate_ui",
    "app::export_jobs",
    "app::load_job",
    "app::project_jobs",
    "app::dialog",
    "app::timeline_ui",
    "app::timeline_paint",
    "app::list_ui",
    "app::source_ui",
    "app::toolbar_ui",
    "app::offscreen",
];

#[test]
fn lower_layers_do_not_use_higher_ones() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    for (module, banned) in LAYERS {
        let mut files = Vec::new();
        rust_files(&src.join(module), &mut files);
        assert!(!files.is_empty(), "{module} is missing: update this test");
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for b in *banned {
                    if module.ends_with(&format!("{}.rs", b.trim_start_matches("app::"))) {
                        continue; // a module may name itself
                    }
                    if code.contains(&format!("crate::{b}::"))
                        || code.contains(&format!("crate::{b};"))
                    {
                        offenders.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "layering broken:\n{}",
        offenders.join("\n")
    );
}
