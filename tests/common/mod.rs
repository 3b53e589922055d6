//! Helpers the reader tests share: fixture paths, a folder of fixtures read as a user opens
//! it (every warning checked to name its file), and the "damaged copies never fail
//! silently" check.
#![allow(dead_code)] // each test file uses the part it needs

use chronoscope::documents::{read, read_bytes, walk, Document, Format, ReadResult};
use std::path::{Path, PathBuf};

/// `tests/fixtures/documents/<kind>/<name>`.
pub fn fixture(kind: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents")
        .join(kind)
        .join(name)
}

pub fn bytes(kind: &str, name: &str) -> Vec<u8> {
    let path = fixture(kind, name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn messages(r: &ReadResult) -> Vec<&str> {
    r.warnings.iter().map(|w| w.message.as_str()).collect()
}

/// The fixtures `names` of `kind` copied into a folder with a plain-text article beside
/// them, walked and read: the documents, and each warning's message after its file's name
/// (each warning must be about its file and start with its name).
pub fn read_folder(kind: &str, names: &[&str]) -> (Vec<Document>, Vec<String>) {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in names {
        std::fs::copy(fixture(kind, name), dir.path().join(name)).expect("copy");
    }
    std::fs::write(
        dir.path().join("wire.txt"),
        "date: 2023-11-17\n\nThe council met on Friday.\n",
    )
    .expect("write");
    let found = walk(&[dir.path().to_path_buf()]);
    assert_eq!(found.warnings, []);
    assert_eq!(found.files.len(), names.len() + 1);
    let (mut docs, mut warnings) = (Vec::new(), Vec::new());
    for file in &found.files {
        let r = read(file);
        docs.extend(r.documents);
        warnings.extend(r.warnings.iter().map(|w| {
            assert_eq!(w.path.as_deref(), Some(file.display.as_str()));
            assert!(w.message.starts_with(&file.display), "{}", w.message);
            w.message[file.display.len()..].to_string()
        }));
    }
    (docs, warnings)
}

/// Cuts of `good` every `cut_step` bytes and one-byte changes every `flip_step` bytes,
/// read as `display`: never a panic, always a document or a warning naming the file.
pub fn never_silent(good: &[u8], display: &str, format: Format, cut_step: usize, flip_step: usize) {
    let check = |b: &[u8]| {
        let r = read_bytes(display, format, b);
        assert!(
            !r.documents.is_empty() || !r.warnings.is_empty(),
            "silent failure"
        );
        let prefix = format!("{display}: ");
        assert!(r.warnings.iter().all(|w| w.message.starts_with(&prefix)));
    };
    for cut in (1..good.len()).step_by(cut_step) {
        check(&good[..cut]);
    }
    for at in (0..good.len()).step_by(flip_step) {
        let mut b = good.to_vec();
        b[at] ^= 0x5A;
        check(&b);
    }
}
