//! The Chronoscope events file: a versioned, self-contained JSON document holding the
//! documents (with their full text), the events (with byte offsets into that text) and the
//! warnings of a load.
//!
//! Reading validates what a hand-edited or foreign file may get wrong: the format tag,
//! event → document references, and that every span lies inside its document's text on
//! character boundaries. Problems with single sources become warnings (an event left with
//! no source is dropped); the rest loads.
//!
//! # Versions
//! - `chronoscope-events/2` (written now): each event has a `headline`, its `sources` (one
//!   mention each: `document`, `passage`, optional `expression`, `anchor`, `role`) and
//!   `merged` (why each later source joined). Schema: `docs/events-file.md`.
//! - `chronoscope-events/1` (still read): one mention per event (`document`, `title`,
//!   `passage`, `expression`); each becomes an event with one source, its title the
//!   headline, its id kept.

use crate::documents::{Document, Span, Warning};
use crate::events::{Anchor, Event, Expression, Role, Source};
use crate::temporal::{Granularity, Modifier};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use thiserror::Error;

/// The `format` tag of the current version.
pub const FORMAT: &str = "chronoscope-events/2";
/// The `format` tag of version 1, still read.
pub const FORMAT_V1: &str = "chronoscope-events/1";

/// Everything a load produced; also the on-disk events file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventsFile {
    pub format: String,
    pub documents: Vec<Document>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub warnings: Vec<Warning>,
    /// The people, organisations, places and other named things of the documents; events
    /// point at them by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<crate::actors::Actor>,
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
    #[error("expected format \"{FORMAT}\" (or \"{FORMAT_V1}\"), but found {found}")]
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
            actors: Vec::new(),
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
            Some(serde_json::Value::String(f)) if f == FORMAT_V1 => {
                let v1: V1File = serde_json::from_str(json).map_err(json_error)?;
                let mut file = v1.upgrade();
                file.validate();
                return Ok(file);
            }
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

    /// Pretty JSON, streamed to `w` (the same bytes as [`to_json`](Self::to_json), without
    /// holding them all in memory).
    pub fn write_json(&self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(w, self).map_err(std::io::Error::other)
    }

    /// Drops sources that cannot be shown faithfully (and events left with none), with a
    /// warning for each.
    fn validate(&mut self) {
        let texts: HashMap<&str, &str> = self
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        let mut warnings = Vec::new();
        for ev in &mut self.events {
            let before = ev.sources.len();
            ev.sources.retain(|src| {
                let Some(text) = texts.get(src.document.as_str()) else {
                    warnings.push(Warning::for_document(
                        src.document.clone(),
                        format!("event {}: a source refers to document {:?}, which the file does not contain; source dropped", ev.id, src.document),
                    ));
                    return false;
                };
                let expr_ok = src.expression.as_ref().is_none_or(|x| x.span().is_valid_in(text));
                if !src.passage.is_valid_in(text) || !expr_ok {
                    let expr = src.expression.as_ref().map_or(String::new(), |x| format!(" or expression {}..{}", x.start, x.end));
                    warnings.push(Warning::for_document(
                        src.document.clone(),
                        format!("event {}: passage {}..{}{expr} is outside the document text ({} bytes) or not on a character boundary; source dropped",
                            ev.id, src.passage.start, src.passage.end, text.len()),
                    ));
                    return false;
                }
                true
            });
            if ev.sources.len() != before {
                // Reasons point at source indices: they no longer hold.
                ev.merged.clear();
            }
            if ev.sources.is_empty() {
                // Said once: on the warning about its last source, or on its own.
                match warnings.last_mut().filter(|_| before > 0) {
                    Some(w) => w
                        .message
                        .push_str("; the event has no source left and is dropped"),
                    None => warnings.push(Warning {
                        document: None,
                        path: None,
                        message: format!("event {} has no source; event dropped", ev.id),
                    }),
                }
            }
        }
        self.events.retain(|ev| !ev.sources.is_empty());
        self.warnings.extend(warnings);
    }
}

/// A version-1 file: one mention per event.
#[derive(Deserialize)]
struct V1File {
    documents: Vec<Document>,
    events: Vec<V1Event>,
    #[serde(default)]
    warnings: Vec<Warning>,
}

#[derive(Deserialize)]
struct V1Event {
    id: String,
    document: String,
    start: Option<NaiveDateTime>,
    end: Option<NaiveDateTime>,
    granularity: Option<Granularity>,
    value: String,
    #[serde(rename = "mod", default)]
    modifier: Option<Modifier>,
    title: String,
    passage: Span,
    expression: Expression,
}

impl V1File {
    fn upgrade(self) -> EventsFile {
        let events = self
            .events
            .into_iter()
            .map(|e| {
                let mut expression = e.expression;
                if expression.value.is_empty() {
                    expression.value = e.value.clone();
                    expression.modifier = e.modifier;
                }
                Event {
                    id: e.id,
                    start: e.start,
                    end: e.end,
                    granularity: e.granularity,
                    value: e.value,
                    modifier: e.modifier,
                    headline: e.title,
                    sources: vec![Source {
                        document: e.document,
                        passage: e.passage,
                        expression: Some(expression),
                        anchor: Anchor::Expression,
                        role: Role::Dated,
                    }],
                    merged: Vec::new(),
                    actors: Vec::new(),
                    curation: None,
                }
            })
            .collect();
        EventsFile::new(self.documents, events, self.warnings)
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
            "expected format \"chronoscope-events/2\" (or \"chronoscope-events/1\"), but found no \"format\" field"
        );
        let err = EventsFile::from_json("{\n  \"format\": \"x\",\n").unwrap_err();
        assert!(
            matches!(err, EventsFileError::Json { line: 3, .. }),
            "{err}"
        );
    }
}
