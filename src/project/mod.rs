//! Projects: the user's corrections to a loaded set, kept as data keyed by stable event
//! and source ids, with undo and redo, stored in a project file.
//!
//! - [`curation`]: what was changed (hidden, starred, headlines, notes, dates, sources
//!   moved, events added), each edit with its inverse;
//! - [`view`]: the curated view the app shows and exports write;
//! - [`typed`]: a date typed by the user, read by the temporal engine;
//! - [`history`]: undo and redo of every edit;
//! - [`session`]: the open project, saved after every edit; automatic projects and the
//!   project to reopen on start;
//! - [`store`]: the project file (sources with content hashes, settings, curation),
//!   written atomically, versioned.

pub mod curation;
pub mod history;
pub mod session;
pub mod store;
pub mod typed;
pub mod view;

pub use curation::{AddedEvent, Curation, DateFix, Edit};
pub use history::History;
pub use session::Session;
pub use store::{Project, ProjectError};
pub use view::{curated_file, orphans, Orphan, ViewOptions};
