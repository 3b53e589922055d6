//! Turning the paths a user gave into the list of files to read.
//!
//! Files are taken as given; folders are walked recursively with entries in name order
//! (as a file manager shows them: case-insensitive, numbers by value, so `2.txt` comes
//! before `10.txt`), skipping hidden entries (names starting with `.`) and project files
//! (`*.chronoscope.json`). Each file is classified by extension
//! into a [`Format`]; files of unknown kinds, missing paths and unreadable folders become
//! warnings. A file reached twice (listed twice, or through two folders or links) is listed
//! once. Nothing is read here: see [`read`](super::read).

use super::Warning;
use std::cmp::Ordering;
use std::collections::HashSet;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// The extensions Chronoscope reads, for messages.
const KNOWN_KINDS: &str =
    ".txt, .md, .html, .htm, .pdf, .docx, .eml, .rss, .atom, .xml, .tml, .jsonl, .json";

/// Project files (`src/project/`) found in a folder are skipped, not read as events files.
pub const PROJECT_SUFFIX: &str = ".chronoscope.json";

/// Folders nested deeper than this are not entered (a guard against link cycles that
/// `canonicalize` cannot see through).
const MAX_DEPTH: usize = 64;

/// How a file is read, decided by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `.txt`, `.md`, `.text` or no extension: an article with an optional date header.
    Text,
    /// `.tml`: a TimeML document.
    Timeml,
    /// `.html`, `.htm`, `.xhtml`: a saved web page.
    Html,
    /// `.pdf`: a PDF's text layer.
    Pdf,
    /// `.docx`: a Word document.
    Docx,
    /// `.eml`: an e-mail message.
    Email,
    /// `.rss`, `.atom`: a news feed, one article per item.
    Feed,
    /// `.xml`: a feed or a TimeML document, told apart by its root element when read.
    Xml,
    /// `.jsonl`: a JSON Lines corpus, one article per line.
    Jsonl,
    /// `.json`: a Chronoscope events file (parsed by the events module, not here).
    EventsFile,
}

impl Format {
    /// The format for `path`, or `Err(".pdf")` with the unknown extension.
    pub fn from_path(path: &Path) -> Result<Format, String> {
        let Some(ext) = path.extension() else {
            return Ok(Format::Text);
        };
        let ext = ext.to_string_lossy().to_lowercase();
        match ext.as_str() {
            "txt" | "md" | "text" => Ok(Format::Text),
            "tml" => Ok(Format::Timeml),
            "html" | "htm" | "xhtml" => Ok(Format::Html),
            "pdf" => Ok(Format::Pdf),
            "docx" => Ok(Format::Docx),
            "eml" => Ok(Format::Email),
            "rss" | "atom" => Ok(Format::Feed),
            "xml" => Ok(Format::Xml),
            "jsonl" => Ok(Format::Jsonl),
            "json" => Ok(Format::EventsFile),
            _ => Err(format!(".{ext}")),
        }
    }
}

/// A file to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The path to open.
    pub path: PathBuf,
    /// The path as shown to the user: as given, or the given folder joined with the names
    /// below it.
    pub display: String,
    pub format: Format,
}

/// The files found under the given paths, and what was skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Walk {
    pub files: Vec<SourceFile>,
    pub warnings: Vec<Warning>,
}

/// Lists the files to read under `paths` (files and folders), in order.
pub fn walk(paths: &[PathBuf]) -> Walk {
    let mut walker = Walker::default();
    for path in paths {
        walker.root(path);
    }
    walker.out
}

#[derive(Default)]
struct Walker {
    out: Walk,
    seen_files: HashSet<PathBuf>,
    seen_dirs: HashSet<PathBuf>,
}

impl Walker {
    fn warn(&mut self, path: &Path, message: String) {
        self.out
            .warnings
            .push(Warning::for_path(path.display().to_string(), message));
    }

    fn root(&mut self, path: &Path) {
        match fs::metadata(path) {
            Err(e) if e.kind() == ErrorKind::NotFound => {
                self.warn(
                    path,
                    format!("{}: no such file or directory", path.display()),
                );
            }
            Err(e) => self.warn(path, format!("{}: cannot open: {e}", path.display())),
            Ok(meta) if meta.is_dir() => {
                let before = self.out.files.len();
                let first_visit = self.dir(path, 0);
                if first_visit && self.out.files.len() == before {
                    self.warn(
                        path,
                        format!(
                            "{}: no files to read in this folder (Chronoscope reads {KNOWN_KINDS})",
                            path.display()
                        ),
                    );
                }
            }
            Ok(meta) if meta.is_file() => self.file(path),
            Ok(_) => self.warn(
                path,
                format!("{}: not a file or folder, skipped", path.display()),
            ),
        }
    }

    /// Walks a folder; returns false when it was already walked.
    fn dir(&mut self, dir: &Path, depth: usize) -> bool {
        let key = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if !self.seen_dirs.insert(key) {
            return false;
        }
        if depth > MAX_DEPTH {
            self.warn(
                dir,
                format!("{}: folders nested too deeply, skipped", dir.display()),
            );
            return true;
        }
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.warn(dir, format!("{}: cannot read folder: {e}", dir.display()));
                return true;
            }
        };
        let mut names: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.file_name())
            .filter(|name| {
                let name = name.to_string_lossy();
                // A project saved beside its articles is not one of them.
                !name.starts_with('.') && !name.ends_with(PROJECT_SUFFIX)
            })
            .collect();
        names.sort_by(|a, b| name_order(&a.to_string_lossy(), &b.to_string_lossy()).then(a.cmp(b)));
        for name in names {
            let path = dir.join(&name);
            match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => {
                    self.dir(&path, depth + 1);
                }
                Ok(meta) if meta.is_file() => self.file(&path),
                Ok(_) => {}
                Err(e) if e.kind() == ErrorKind::NotFound => {
                    self.warn(&path, format!("{}: broken link, skipped", path.display()));
                }
                Err(e) => self.warn(&path, format!("{}: cannot open: {e}", path.display())),
            }
        }
        true
    }

    fn file(&mut self, path: &Path) {
        let key = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        if !self.seen_files.insert(key) {
            return;
        }
        let format = match Format::from_path(path) {
            Ok(format) => format,
            Err(ext) => {
                self.warn(
                    path,
                    format!(
                        "skipped {}: unknown kind '{ext}' (Chronoscope reads {KNOWN_KINDS})",
                        path.display()
                    ),
                );
                return;
            }
        };
        self.out.files.push(SourceFile {
            path: path.to_path_buf(),
            display: path.display().to_string(),
            format,
        });
    }
}

/// Compares file names case-insensitively, with runs of digits compared by value.
fn name_order(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.chars().next(), b.chars().next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let (na, ra) = split_digits(a);
                let (nb, rb) = split_digits(b);
                let (ta, tb) = (na.trim_start_matches('0'), nb.trim_start_matches('0'));
                let by_value = ta.len().cmp(&tb.len()).then_with(|| ta.cmp(tb));
                if by_value != Ordering::Equal {
                    return by_value;
                }
                (a, b) = (ra, rb);
            }
            (Some(x), Some(y)) => {
                let by_char = x.to_lowercase().cmp(y.to_lowercase());
                if by_char != Ordering::Equal {
                    return by_char;
                }
                (a, b) = (
                    a.get(x.len_utf8()..).unwrap_or(""),
                    b.get(y.len_utf8()..).unwrap_or(""),
                );
            }
        }
    }
}

fn split_digits(s: &str) -> (&str, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    s.split_at(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_file_manager_order() {
        let mut names = vec![
            "b.txt", "10.txt", "A.txt", "2.txt", "002.txt", "a.txt", "c2", "c10",
        ];
        names.sort_by(|a, b| name_order(a, b).then(a.cmp(b)));
        assert_eq!(
            names,
            vec!["002.txt", "2.txt", "10.txt", "A.txt", "a.txt", "b.txt", "c2", "c10"]
        );
    }
}
