//! Writing an events file out in the formats other tools read: the Chronoscope JSON, CSV,
//! TimelineJS3 JSON, and TimeML (one file per document). Shared by `chronoscope extract`
//! and the app's export menu, so both write the same bytes.

use crate::events::csv::write_csv;
use crate::events::timeml_out::{to_timeml_files, TimemlOutError};
use crate::events::{timelinejs, EventsFile};
use crate::fsutil::{write_atomic, WriteError};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// A data format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataFormat {
    /// The Chronoscope events file (JSON).
    Json,
    /// One row per event.
    Csv,
    /// TimelineJS3 JSON (undated events left out).
    Timelinejs,
    /// One TimeML file per document, into a directory.
    Timeml,
}

impl DataFormat {
    /// The usual file extension (TimeML: of each file in the directory).
    pub fn extension(self) -> &'static str {
        match self {
            DataFormat::Json => "json",
            DataFormat::Csv => "csv",
            DataFormat::Timelinejs => "timeline.json",
            DataFormat::Timeml => "tml",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            DataFormat::Json => "Chronoscope events (JSON)",
            DataFormat::Csv => "CSV table",
            DataFormat::Timelinejs => "TimelineJS",
            DataFormat::Timeml => "TimeML",
        }
    }
}

/// Why an export could not be written.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum OutputError {
    #[error("cannot write CSV: {0}")]
    Csv(String),
    #[error("TimeML is written one file per document, into a directory")]
    TimemlNeedsDirectory,
    #[error(transparent)]
    Timeml(#[from] TimemlOutError),
    #[error("{first} already exists{others}; nothing was written (use --force to overwrite)")]
    Exists { first: String, others: String },
    #[error("cannot create the directory {path}: {err}")]
    CreateDir { path: String, err: std::io::Error },
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// The bytes of a one-file format, how many events they hold and how many were left out.
#[derive(Clone, Debug)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub events: usize,
    pub left_out: usize,
}

/// Renders a one-file format (not TimeML).
pub fn render(file: &EventsFile, format: DataFormat) -> Result<Rendered, OutputError> {
    render_grouped(file, format, false)
}

/// [`render`], with TimelineJS slides grouped by their first actor when `by_actor`.
pub fn render_grouped(
    file: &EventsFile,
    format: DataFormat,
    by_actor: bool,
) -> Result<Rendered, OutputError> {
    Ok(match format {
        DataFormat::Json => Rendered {
            bytes: file.to_json().into_bytes(),
            events: file.events.len(),
            left_out: 0,
        },
        DataFormat::Csv => {
            let mut bytes = Vec::new();
            write_csv(&mut bytes, &file.documents, &file.events, &file.actors)
                .map_err(|e| OutputError::Csv(e.to_string()))?;
            Rendered {
                bytes,
                events: file.events.len(),
                left_out: 0,
            }
        }
        DataFormat::Timelinejs => {
            let converted = if by_actor {
                timelinejs::to_timelinejs_by_actor(file)
            } else {
                timelinejs::to_timelinejs(file)
            };
            let events = converted.timeline.events.len();
            Rendered {
                bytes: converted.to_json().into_bytes(),
                events,
                left_out: converted.undated,
            }
        }
        DataFormat::Timeml => return Err(OutputError::TimemlNeedsDirectory),
    })
}

/// What a TimeML export wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimemlSummary {
    pub files: Vec<PathBuf>,
    /// Events written as TIMEX3 tags.
    pub tagged: usize,
    /// Events left out (expression outside the body or overlapping another).
    pub skipped: usize,
}

/// Writes one `.tml` per document into `dir` (created if missing). Without `force`, every
/// target name is checked first and nothing is written if one exists.
pub fn write_timeml_dir(
    file: &EventsFile,
    dir: &Path,
    force: bool,
) -> Result<TimemlSummary, OutputError> {
    let files = to_timeml_files(file)?;
    let targets: Vec<PathBuf> = files.iter().map(|f| dir.join(&f.name)).collect();
    if !force {
        let existing: Vec<&PathBuf> = targets.iter().filter(|p| p.exists()).collect();
        if let Some(first) = existing.first() {
            let others = match existing.len() - 1 {
                0 => String::new(),
                1 => " (and 1 other file)".to_string(),
                n => format!(" (and {n} other files)"),
            };
            return Err(OutputError::Exists {
                first: first.display().to_string(),
                others,
            });
        }
    }
    std::fs::create_dir_all(dir).map_err(|err| OutputError::CreateDir {
        path: dir.display().to_string(),
        err,
    })?;
    for (f, path) in files.iter().zip(&targets) {
        write_atomic(path, f.xml.as_bytes(), force)?;
    }
    Ok(TimemlSummary {
        files: targets,
        tagged: files.iter().map(|f| f.tagged).sum(),
        skipped: files.iter().map(|f| f.skipped).sum(),
    })
}
