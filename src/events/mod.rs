//! Events: happenings, each with its time, a headline and the sources that report it.
//!
//! [`extract_events`] turns one document into events with one source each (dated
//! mentions, the lead event, narrated happenings), [`merge::merge`] joins the events that
//! report the same happening, [`headline`] writes their headlines, [`file`] reads and
//! writes the versioned events file, and [`csv`], [`timelinejs`], [`timeml_out`] write the
//! data exports.

pub mod cast;
pub mod csv;
mod extract;
pub mod file;
pub mod happening;
pub mod headline;
pub mod id;
pub mod merge;
pub mod output;
pub mod timelinejs;
pub mod timeml_out;
mod types;
pub mod words;

pub use extract::{extract_events, extract_events_reporting, REPORT_EVERY};
pub use file::{EventsFile, EventsFileError};
pub use types::{Anchor, Event, Expression, Marks, MergeReason, Role, Source};
