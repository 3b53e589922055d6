//! Projects: the user's corrections to a loaded set, kept as data keyed by stable event
//! ids, with undo and redo, stored in a project file. (Issue 12, in progress: autosave and
//! the app's edit commands come next; see NOTES.md.)
//!
//! - [`curation`]: what was changed (hidden, starred, headlines, notes, dates) and the
//!   curated view exports write;
//! - [`history`]: undo and redo of every edit;
//! - [`store`]: the project file (sources with content hashes, settings, curation),
//!   written atomically, versioned.

pub mod curation;
pub mod history;
pub mod store;

pub use curation::{Curation, DateFix, Edit};
pub use history::History;
pub use store::{Project, ProjectError};
