//! The messages background jobs send the app (loads, dialogs, exports) and the plain data
//! they carry. Data only: the jobs and the state both use it, it uses neither.

use crate::corpus::Progress;
use crate::events::output::DataFormat;
use crate::events::EventsFile;
use crate::explore::Explorer;
use std::path::PathBuf;
use std::sync::Arc;

/// An image to export.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageExport {
    pub timeline_only: bool,
    /// Pixel density: 1 captures the window; 2 renders offscreen at twice the pixels.
    pub scale: f32,
    /// Where to write; a timestamped name in the export folder when `None`.
    pub path: Option<PathBuf>,
}

/// Where a captured screenshot goes.
#[derive(Clone, Debug)]
pub struct ImageTarget {
    pub crop: Option<egui::Rect>,
    pub pixels_per_point: f32,
    pub path: PathBuf,
}

/// What a "Save as…" dialog is for.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveAs {
    Image(ImageExport),
    Data(DataFormat),
}

/// A message from a background job.
pub enum JobMsg {
    /// Progress of the load of this generation.
    Progress(u64, Progress),
    /// A load finished: the events as extracted, and the model of their curated view
    /// (built on the loading thread too) with the curation it applied.
    Loaded(Box<Loaded>),
    /// A window capture to crop and write.
    Screenshot(Arc<egui::ColorImage>, ImageTarget),
    /// An export finished: the notice text, or what went wrong.
    Saved(Result<String, String>),
    /// A destination chosen in a save dialog.
    SaveTo(SaveAs, PathBuf),
    /// An export folder chosen in a folder dialog.
    Folder(PathBuf),
    /// Paths chosen in a file dialog.
    Open(Vec<PathBuf>),
    /// Where the user chose to save the project.
    SaveProjectAs(PathBuf),
}

/// What a finished load hands the app.
pub struct Loaded {
    /// Which load this is (`AppState::load_generation` when it started).
    pub generation: u64,
    /// The view options the model was built with.
    pub view_options: crate::project::ViewOptions,
    /// The paths loaded, each with the content hash of the file as it was read.
    pub sources: Vec<(PathBuf, Option<String>)>,
    pub base: EventsFile,
    pub model: Explorer,
    pub curation: crate::project::Curation,
}
