//! Walking what a user opens: folder order, hidden and unknown files, missing paths,
//! duplicates, link cycles; every walked fixture reads.

use chronoscope::documents::{read, walk, Format};
use std::path::PathBuf;

const DIR: &str = "tests/fixtures/documents";

fn rel(p: &str) -> PathBuf {
    PathBuf::from(DIR).join(p)
}

#[test]
fn folder_walk_order_hidden_and_unknown() {
    let w = walk(&[rel("walk")]);
    let listed: Vec<_> = w
        .files
        .iter()
        .map(|f| (f.display.clone(), f.format))
        .collect();
    let p = |s: &str| format!("{DIR}/walk/{s}");
    // File-manager order: case-insensitive, numbers by value; hidden entries and the
    // project saved beside the articles (work.chronoscope.json) skipped.
    let expected = [
        ("a.txt", Format::Text),
        ("b/9.txt", Format::Text),
        ("b/10.txt", Format::Text),
        ("b/c.md", Format::Text),
        ("b/d.tml", Format::Timeml),
        ("b/Upper.TXT", Format::Text),
        ("f.jsonl", Format::Jsonl),
        ("g.json", Format::EventsFile),
        ("h", Format::Text),
    ];
    let expected: Vec<_> = expected.iter().map(|(s, f)| (p(s), *f)).collect();
    assert_eq!(listed, expected);
    let messages: Vec<_> = w.warnings.iter().map(|w| w.message.clone()).collect();
    assert_eq!(
        messages,
        vec![format!(
            "skipped {}: unknown kind '.odt' (Chronoscope reads .txt, .md, .html, .htm, .pdf, .docx, .eml, .rss, .atom, .xml, .tml, .jsonl, .json)",
            p("e.odt")
        )]
    );
}

#[test]
fn missing_paths_and_duplicates() {
    let w = walk(&[
        rel("walk/a.txt"),
        rel("nowhere/x.txt"),
        rel("walk"),
        rel("walk/a.txt"),
        rel("walk/.hidden.txt"),
    ]);
    let a = format!("{DIR}/walk/a.txt");
    assert_eq!(w.files[0].display, a);
    assert_eq!(
        w.files.iter().filter(|f| f.path.ends_with("a.txt")).count(),
        1,
        "listed once"
    );
    // Hidden files are skipped in folders but read when named explicitly.
    assert_eq!(
        w.files.last().map(|f| f.display.clone()),
        Some(format!("{DIR}/walk/.hidden.txt"))
    );
    assert!(w.files.iter().all(|f| !f.display.contains(".secret")));
    assert_eq!(
        w.warnings[0].message,
        format!("{DIR}/nowhere/x.txt: no such file or directory")
    );
    assert_eq!(
        w.warnings[0].path.as_deref(),
        Some(format!("{DIR}/nowhere/x.txt").as_str())
    );
}

#[test]
fn walked_files_all_read() {
    let w = walk(&[rel("walk")]);
    let mut docs = 0;
    for file in &w.files {
        let r = read(file);
        docs += r.documents.len();
        if file.format == Format::EventsFile {
            assert!(r.documents.is_empty());
            assert!(
                r.warnings[0].message.contains("events file"),
                "{:?}",
                r.warnings
            );
        } else {
            assert!(r.warnings.is_empty(), "{}: {:?}", file.display, r.warnings);
        }
    }
    assert_eq!(docs, 8);
}

#[cfg(unix)]
#[test]
fn link_cycles_and_broken_links_terminate() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("corpus");
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::write(root.join("sub/a.txt"), "date 2023-11-17 A.").unwrap();
    std::os::unix::fs::symlink(&root, root.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("gone.txt"), root.join("broken.txt")).unwrap();
    let w = walk(std::slice::from_ref(&root));
    let names: Vec<_> = w.files.iter().map(|f| f.path.clone()).collect();
    assert_eq!(
        names,
        vec![root.join("sub/a.txt")],
        "the file once, the cycle not followed"
    );
    let messages: Vec<_> = w.warnings.iter().map(|w| w.message.clone()).collect();
    assert_eq!(
        messages,
        vec![format!(
            "{}: broken link, skipped",
            root.join("broken.txt").display()
        )]
    );
}
