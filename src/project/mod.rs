//! Projects: the user's corrections to a loaded set, kept as data keyed by stable event
//! ids, with undo and redo. (Issue 12, in progress: storage, autosave and the app's edit
//! commands come next; see NOTES.md.)
//!
//! - [`curation`]: what was changed (hidden, starred, headlines, notes, dates) and the
//!   curated view exports write;
//! - [`history`]: undo and redo of every edit.

pub mod curation;
pub mod history;

pub use curation::{Curation, DateFix, Edit};
pub use history::History;
