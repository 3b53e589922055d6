//! The project file: one JSON file (`NAME.chronoscope.json`) holding the sources a user
//! opened (paths, relative to the project file when they are inside its folder, and a
//! content hash of each so a changed file is noticed), the extraction settings, and the
//! curation — never a copy of the corpus. One file, because a person moves, mails and backs
//! up one file, and one file can be replaced atomically ([`crate::fsutil::write_atomic`]:
//! temporary file, fsync, rename) so a crash never leaves half a project.
//!
//! Versioned: `"format": "chronoscope-project/1"`; a file of another format is refused
//! with a message saying what was found. `tests/fixtures/project/` holds a file written by
//! version 1 that every later version must open.

use super::curation::Curation;
use crate::events::id::content_hash_bytes;
use crate::fsutil::{write_atomic, WriteError};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The format tag of this version.
pub const FORMAT: &str = "chronoscope-project/1";

/// One opened source: a file or a folder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// As stored: relative to the project file's folder when inside it, else absolute.
    pub path: String,
    /// FNV-1a of a file's bytes (hex), or `None` for a folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
}

/// Extraction settings that change what a load gives. Empty fields: the app's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// `auto`, `past` or `future` (how tenseless weekdays resolve).
    #[serde(default)]
    pub bias: String,
    /// `monthfirst` or `dayfirst` (how `03/04/2023` reads).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date_order: String,
}

impl Settings {
    /// The settings of `options`, as a project records them.
    pub fn of(options: &crate::temporal::Options) -> Settings {
        Settings {
            bias: name_of(&options.bias),
            date_order: name_of(&options.date_order),
        }
    }

    /// True when the project names no setting (made before any was recorded).
    pub fn is_empty(&self) -> bool {
        self.bias.is_empty() && self.date_order.is_empty()
    }

    /// The extraction options these settings name (defaults for empty or unknown names).
    pub fn options(&self) -> crate::temporal::Options {
        crate::temporal::Options {
            bias: value_of(&self.bias).unwrap_or_default(),
            date_order: value_of(&self.date_order).unwrap_or_default(),
        }
    }
}

/// The serde name of a unit enum value (`Bias::Past` → `past`).
fn name_of<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn value_of<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}

/// A project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub format: String,
    pub sources: Vec<SourceRef>,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub curation: Curation,
}

/// Why a project could not be opened or saved.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ProjectError {
    #[error("cannot read the project {path}: {err}")]
    Read { path: String, err: std::io::Error },
    #[error("the project {path} is not valid JSON at line {line}, column {column}: {message}")]
    Json {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: expected a project of format \"{FORMAT}\", found {found}")]
    WrongFormat { path: String, found: String },
    #[error("cannot encode the project {path}: {message}")]
    Encode { path: String, message: String },
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// A source whose file is not what the project saw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    pub path: PathBuf,
    /// "missing" or "changed since the project was saved".
    pub why: &'static str,
}

impl Project {
    /// A project of `sources` (files or folders), hashing each file now. Paths inside the
    /// folder of `project_path` are stored relative to it.
    pub fn new(project_path: &Path, sources: &[PathBuf], curation: Curation) -> Project {
        Project::with_hashes(project_path, sources, &file_hash, curation)
    }

    /// [`Project::new`] with each file's hash from `hash_of` (the hashes of the files as
    /// they were loaded, so the project records what its edits were made on).
    pub fn with_hashes(
        project_path: &Path,
        sources: &[PathBuf],
        hash_of: &dyn Fn(&Path) -> Option<String>,
        curation: Curation,
    ) -> Project {
        let base = folder_of(project_path);
        let sources = sources
            .iter()
            .map(|p| SourceRef {
                path: stored_path(&base, p),
                hash: hash_of(p),
            })
            .collect();
        Project {
            format: FORMAT.to_string(),
            sources,
            settings: Settings::default(),
            curation,
        }
    }

    /// The sources as paths to open, relative ones resolved against the project's folder.
    pub fn source_paths(&self, project_path: &Path) -> Vec<PathBuf> {
        let base = folder_of(project_path);
        self.sources.iter().map(|s| base.join(&s.path)).collect()
    }

    /// Sources that are missing or whose bytes changed since the project was saved.
    pub fn changed_sources(&self, project_path: &Path) -> Vec<Changed> {
        let paths = self.source_paths(project_path);
        self.sources
            .iter()
            .zip(paths)
            .filter_map(|(s, path)| {
                if !path.exists() {
                    return Some(Changed {
                        path,
                        why: "missing",
                    });
                }
                let now = file_hash(&path);
                (s.hash.is_some() && now != s.hash).then_some(Changed {
                    path,
                    why: "changed since the project was saved",
                })
            })
            .collect()
    }

    /// Writes the project atomically (over an older version of it).
    pub fn save(&self, path: &Path) -> Result<(), ProjectError> {
        let json = serde_json::to_string_pretty(self).map_err(|e| ProjectError::Encode {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        write_atomic(path, json.as_bytes(), true)?;
        Ok(())
    }

    /// Reads a project, checking its format first.
    pub fn open(path: &Path) -> Result<Project, ProjectError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|err| ProjectError::Read {
            path: shown.clone(),
            err,
        })?;
        Project::parse(&text, &shown)
    }

    /// Reads a project from its text (`shown`: where it came from, for messages).
    pub fn parse(text: &str, shown: &str) -> Result<Project, ProjectError> {
        let shown = shown.to_string();
        let json_error = |e: serde_json::Error| ProjectError::Json {
            path: shown.clone(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        };
        let value: serde_json::Value = serde_json::from_str(text).map_err(json_error)?;
        match value.get("format").and_then(|f| f.as_str()) {
            Some(FORMAT) => serde_json::from_value(value).map_err(json_error),
            Some(other) => Err(ProjectError::WrongFormat {
                path: shown,
                found: format!("\"{other}\""),
            }),
            None => Err(ProjectError::WrongFormat {
                path: shown,
                found: "no \"format\" field".into(),
            }),
        }
    }
}

fn folder_of(project_path: &Path) -> PathBuf {
    match project_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `p` relative to `base` when inside it (so a project folder can move), else absolute.
fn stored_path(base: &Path, p: &Path) -> String {
    let abs = |x: &Path| std::fs::canonicalize(x).unwrap_or_else(|_| x.to_path_buf());
    let (base, full) = (abs(base), abs(p));
    full.strip_prefix(&base)
        .map(Path::to_path_buf)
        .unwrap_or(full)
        .to_string_lossy()
        .into_owned()
}

/// The hex content hash of a file, `None` for a folder or an unreadable path.
pub fn file_hash(p: &Path) -> Option<String> {
    if !p.is_file() {
        return None;
    }
    std::fs::read(p)
        .ok()
        .map(|bytes| format!("{:016x}", content_hash_bytes(&bytes)))
}
