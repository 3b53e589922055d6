//! The project file: a round trip, a file written by version 1 (checked in) still opens,
//! a foreign file is refused with a message, and a changed or missing source is noticed.

use chronoscope::project::store::{Project, FORMAT};
use chronoscope::project::{Curation, Edit, ProjectError};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/project")
        .join(name)
}

#[test]
fn a_version_1_project_opens_with_its_edits_and_sources() {
    let path = fixture("v1.chronoscope.json");
    let p = Project::open(&path).expect("version 1 opens");
    assert_eq!(p.format, FORMAT);
    assert!(p.curation.hidden.contains("e0000000000000001"));
    assert_eq!(
        p.curation.headlines["e0000000000000002"],
        "Harbour plan approved"
    );
    assert_eq!(p.curation.dates["e0000000000000002"].typed, "Nov. 16, 2023");
    assert_eq!(p.source_paths(&path), [fixture("article.txt")]);
    assert!(
        p.changed_sources(&path).is_empty(),
        "the article is as saved"
    );
}

#[test]
fn save_and_open_round_trip_and_changed_sources_are_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "date 2023-11-17\nTalks began on Thursday.").unwrap();
    let mut curation = Curation::default();
    curation.apply(Edit::Star {
        event: "e1".into(),
        starred: true,
    });
    let path = dir.path().join("work.chronoscope.json");
    let p = Project::new(&path, std::slice::from_ref(&article), curation);
    assert_eq!(p.sources[0].path, "a.txt", "stored relative to the project");
    p.save(&path).unwrap();
    let back = Project::open(&path).unwrap();
    assert_eq!(back, p);
    std::fs::write(&article, "date 2023-11-17\nTalks ended on Friday.").unwrap();
    let changed = back.changed_sources(&path);
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].why, "changed since the project was saved");
    std::fs::remove_file(&article).unwrap();
    assert_eq!(back.changed_sources(&path)[0].why, "missing");
    // Saving again replaces the file whole; no temporary file is left behind.
    back.save(&path).unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, [std::ffi::OsString::from("work.chronoscope.json")]);
}

#[test]
fn a_file_that_is_no_project_is_refused_with_what_was_found() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("x.json");
    std::fs::write(&p, r#"{"format": "chronoscope-events/2", "documents": []}"#).unwrap();
    let err = Project::open(&p).unwrap_err();
    assert!(matches!(err, ProjectError::WrongFormat { .. }));
    assert_eq!(
        err.to_string(),
        format!("{}: expected a project of format \"chronoscope-project/1\", found \"chronoscope-events/2\"", p.display())
    );
    std::fs::write(&p, "{ not json").unwrap();
    assert!(Project::open(&p)
        .unwrap_err()
        .to_string()
        .contains("is not valid JSON at line 1"));
}

#[test]
fn a_source_changed_under_an_open_project_is_still_noticed_after_more_edits() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "date 2023-11-17\nTalks began on Thursday.").unwrap();
    let path = dir.path().join("work.chronoscope.json");
    let mut s = chronoscope::project::Session::new(Some(path.clone()), vec![article.clone()]);
    s.edit(Edit::Star {
        event: "e1".into(),
        starred: true,
    })
    .unwrap();
    let mut s = chronoscope::project::Session::open(&path).unwrap();
    // The file changes while the project is open; the next edits save the project again.
    std::fs::write(&article, "date 2023-11-17\nTalks ended on Friday.").unwrap();
    s.edit(Edit::Hide {
        event: "e2".into(),
        hidden: true,
    })
    .unwrap();
    let changed = Project::open(&path).unwrap().changed_sources(&path);
    assert_eq!(changed.len(), 1, "the hash the edits were made on is kept");
    assert_eq!(changed[0].why, "changed since the project was saved");
}

#[test]
fn extraction_settings_round_trip_and_old_names_fall_back_to_defaults() {
    use chronoscope::project::store::Settings;
    use chronoscope::temporal::{Bias, DateOrder, Options};
    let o = Options {
        bias: Bias::Past,
        date_order: DateOrder::DayFirst,
    };
    let s = Settings::of(&o);
    assert_eq!(
        (s.bias.as_str(), s.date_order.as_str()),
        ("past", "dayfirst")
    );
    assert_eq!(s.options(), o);
    let v1 = Project::open(&fixture("v1.chronoscope.json")).unwrap();
    assert_eq!(v1.settings.options(), Options::default());
    assert!(Settings::default().is_empty());
}
