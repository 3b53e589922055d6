//! Events: dated things that happened, each from one sentence of one document.
//!
//! [`extract_events`] turns a document's temporal mentions into [`Event`]s (with a short
//! title and the passage), [`file`] reads and writes the versioned events file, and
//! [`csv`] writes the one-row-per-event table.

pub mod csv;
mod extract;
pub mod file;
pub mod output;
pub mod timelinejs;
pub mod timeml_out;
pub mod title;
mod types;

pub use extract::extract_events;
pub use file::{EventsFile, EventsFileError};
pub use types::{Event, Expression};
