//! What can go wrong while reading one file, as a `thiserror` enum.
//!
//! These errors never leave the module as errors: [`ReadError::warning`] turns each into a
//! [`Warning`] whose message starts with the file's display path, because partial failure
//! is normal (one bad file, or one bad line of a corpus, never stops the others).

use super::Warning;
use thiserror::Error;

/// One problem with one file (or one line of a JSON Lines corpus). The `Display` text does
/// not name the file; [`ReadError::warning`] prefixes it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub(crate) enum ReadError {
    #[error("no such file or directory")]
    NotFound,
    #[error("cannot read: {0}")]
    Io(String),
    #[error("file is too large ({size_mib} MiB; the limit is {limit_mib} MiB), skipped")]
    TooLarge { size_mib: u64, limit_mib: u64 },
    #[error("empty file")]
    Empty,
    #[error("looks like a binary file, skipped")]
    Binary,
    #[error("not UTF-8: read as {encoding} ({how})")]
    NotUtf8 {
        encoding: &'static str,
        how: &'static str,
    },
    #[error("bad date header: expected {expected}, found '{found}'")]
    BadDateHeader {
        expected: &'static str,
        found: String,
    },
    #[error("no reference date found ({why}); relative dates stay unresolved")]
    NoReferenceDate { why: String },
    #[error("no text after the date header")]
    EmptyBody,
    #[error("malformed JSON at column {column}: {message}")]
    Json { column: usize, message: String },
    #[error("expected a JSON object with a \"text\" field, found {found}")]
    NotAnObject { found: &'static str },
    #[error("expected a \"text\" field")]
    MissingText,
    #[error("expected \"{field}\" to be a string, found {found}")]
    NotAString { field: String, found: &'static str },
    #[error("\"text\" is empty, skipped")]
    EmptyText,
    #[error("bad \"{field}\" field: expected YYYY-MM-DD or an ISO date-time, found '{found}'")]
    BadDateField { field: String, found: String },
    #[error("bad TimeML: {0}")]
    Timeml(String),
    #[error("unreadable web page: {0}")]
    Html(String),
    #[error("unreadable PDF: {0}")]
    Pdf(String),
    #[error("unreadable Word document: {0}")]
    Docx(String),
    #[error("unreadable e-mail: {0}")]
    Email(String),
    #[error("unreadable feed: {0}")]
    Feed(String),
    #[error("an XML file that is neither a news feed (RSS, Atom) nor TimeML (root element <{root}>), skipped")]
    UnknownXml { root: String },
    #[error(
        "a Chronoscope events file holds events, not articles; it is opened by the events reader"
    )]
    EventsFile,
}

impl ReadError {
    /// The warning a user sees: `"<path>: <what went wrong>"`.
    pub(crate) fn warning(&self, path: &str) -> Warning {
        Warning::for_path(path, format!("{path}: {self}"))
    }
}

/// Quotes user input in a message, cut to `max` characters with "…".
pub(crate) fn excerpt(s: &str, max: usize) -> String {
    let s = s.trim();
    match s.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", s.get(..cut).unwrap_or(s)),
        None => s.to_string(),
    }
}
