//! The Chronoscope events file: a versioned, self-contained JSON document holding the
//! documents (with their full text), the events (with byte offsets into that text) and the
//! warnings of a load.
//!
//! Reading validates what a hand-edited or foreign file may get wrong: the format tag,
//! event → document references, and that every span lies inside its document's text on
//! character boundaries. Problems with single events become warnings; the rest loads.

use crate::documents::{Document, Warning};
use crate::events::Event;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use thiserror::Error;

/// The `format` tag of the current version.
pub const FORMAT: &str = "chronoscope-events/1";

/// Everything a load produced; also the on-disk events file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventsFile {
    pub format: String,
    pub documents: Vec<Document>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub warnings: Vec<Warning>,
}

/// Why an events file could not be read at all.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum EventsFileError {
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Json {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("expected format \"{FORMAT}\", but found {found}")]
    WrongFormat { found: String },
}

impl EventsFile {
    /// A file in the current format.
    pub fn new(documents: Vec<Document>, events: Vec<Event>, warnings: Vec<Warning>) -> Self {
        EventsFile {
            format: FORMAT.to_string(),
            documents,
            events,
            warnings,
        }
    }

    /// Parses and validates an events file. Events that reference a missing document or
    /// hold spans outside their document's text are dropped with a warning each.
    pub fn from_json(json: &str) -> Result<Self, EventsFileError> {
        // Check the format tag first so a foreign JSON file gets a useful message.
        #[derive(Deserialize)]
        struct Head {
            format: Option<serde_json::Value>,
        }
        let head: Head = serde_json::from_str(json).map_err(json_error)?;
        match head.format {
            Some(serde_json::Value::String(f)) if f == FORMAT => {}
            Some(other) => {
                return Err(EventsFileError::WrongFormat {
                    found: other.to_string(),
                })
            }
            None => {
                return Err(EventsFileError::WrongFormat {
                    found: "no \"format\" field".into(),
                })
            }
        }
        let mut file: EventsFile = serde_json::from_str(json).map_err(json_error)?;
        file.validate();
        Ok(file)
    }

    /// Pretty JSON.
    pub fn to_json(&self) -> String {
        // Serializing plain data to a String cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Drops events that cannot be shown faithfully, with a warning for each.
    fn validate(&mut self) {
        let texts: HashMap<&str, &str> = self
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        let mut warnings = Vec::new();
        self.events.retain(|ev| {
            let Some(text) = texts.get(ev.document.as_str()) else {
                warnings.push(Warning::for_document(
                    ev.document.clone(),
                    format!("event {} refers to document {:?}, which the file does not contain; event dropped", ev.id, ev.document),
                ));
                return false;
            };
            let expr = ev.expression.span();
            if !ev.passage.is_valid_in(text) || !expr.is_valid_in(text) {
                warnings.push(Warning::for_document(
                    ev.document.clone(),
                    format!("event {}: passage {}..{} or expression {}..{} is outside the document text ({} bytes) or not on a character boundary; event dropped",
                        ev.id, ev.passage.start, ev.passage.end, expr.start, expr.end, text.len()),
                ));
                return false;
            }
            true
        });
        self.warnings.extend(warnings);
    }
}

fn json_error(e: serde_json::Error) -> EventsFileError {
    // serde_json's message ends with its own " at line L column C": keep ours only.
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    EventsFileError::Json {
        line: e.line(),
        column: e.column(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_foreign_json_with_a_clear_message() {
        let err = EventsFile::from_json(r#"{"events": []}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "expected format \"chronoscope-events/1\", but found no \"format\" field"
        );
        let err = EventsFile::from_json("{\n  \"format\": \"x\",\n").unwrap_err();
        assert!(
            matches!(err, EventsFileError::Json { line: 3, .. }),
            "{err}"
        );
    }
}
