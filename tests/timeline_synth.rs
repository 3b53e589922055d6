//! `chronoscope synth`: writes a valid events file, deterministically, and refuses to
//! overwrite without `--force`.

use chronoscope::events::EventsFile;
use std::process::Command;

fn synth(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_chronoscope"))
        .arg("synth")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn writes_a_valid_file_and_refuses_to_overwrite_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("synth.json");
    let p = path.to_str().unwrap();

    let out = synth(&["--events", "3000", "-o", p, "--seed", "42"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = std::fs::read_to_string(&path).unwrap();
    let file = EventsFile::from_json(&first).unwrap();
    assert_eq!(file.events.len(), 3000);
    assert!(file.warnings.is_empty(), "{:?}", file.warnings);
    for e in &file.events {
        let doc = file
            .documents
            .iter()
            .find(|d| d.id == e.document())
            .unwrap();
        assert_eq!(
            &doc.text[e.first().expression.as_ref().unwrap().start
                ..e.first().expression.as_ref().unwrap().end],
            e.first().expression.as_ref().unwrap().text
        );
    }

    let again = synth(&["--events", "10", "-o", p]);
    assert!(!again.status.success());
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);

    // Same seed, same bytes; --force overwrites.
    let forced = synth(&["--events", "3000", "-o", p, "--seed", "42", "--force"]);
    assert!(forced.status.success());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
    let other = synth(&["--events", "10", "-o", p, "--force"]);
    assert!(other.status.success());
    assert_ne!(std::fs::read_to_string(&path).unwrap(), first);
    // No temporary files left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}
