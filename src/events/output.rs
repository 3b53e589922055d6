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

/// How many events a one-file format holds and how many were left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
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
    let mut bytes = Vec::new();
    let written = write_grouped(file, format, by_actor, &mut bytes).map_err(|e| match e {
        WriteFailure::Output(e) => e,
        // Writing into memory fails only on a serializer error.
        WriteFailure::Io(e) => OutputError::Csv(e.to_string()),
    })?;
    Ok(Rendered {
        bytes,
        events: written.events,
        left_out: written.left_out,
    })
}

/// Why streaming a format failed: the format cannot be written this way, or the writer
/// failed.
#[derive(Debug)]
pub enum WriteFailure {
    Output(OutputError),
    Io(std::io::Error),
}

/// Streams a one-file format (not TimeML) to `w`: large exports are never held in memory
/// whole.
pub fn write_grouped(
    file: &EventsFile,
    format: DataFormat,
    by_actor: bool,
    w: &mut dyn std::io::Write,
) -> Result<Written, WriteFailure> {
    let all = Written {
        events: file.events.len(),
        left_out: 0,
    };
    match format {
        DataFormat::Json => file.write_json(w).map_err(WriteFailure::Io).map(|()| all),
        DataFormat::Csv => write_csv(w, &file.documents, &file.events, &file.actors)
            .map_err(|e| {
                let message = e.to_string();
                match e.into_kind() {
                    csv::ErrorKind::Io(io) => WriteFailure::Io(io),
                    _ => WriteFailure::Output(OutputError::Csv(message)),
                }
            })
            .map(|()| all),
        DataFormat::Timelinejs => {
            let converted = if by_actor {
                timelinejs::to_timelinejs_by_actor(file)
            } else {
                timelinejs::to_timelinejs(file)
            };
            converted.write_json(w).map_err(WriteFailure::Io)?;
            Ok(Written {
                events: converted.timeline.events.len(),
                left_out: converted.undated,
            })
        }
        DataFormat::Timeml => Err(WriteFailure::Output(OutputError::TimemlNeedsDirectory)),
    }
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
