//! File dialogs (rfd), run off the UI thread: the answer comes back as a job message and
//! the UI is woken to read it. A dialog that could not be shown at all (no desktop portal)
//! returns at once with nothing, or has no session bus to reach a portal through: the user
//! is told, instead of nothing happening.

use crate::app::state::{AppState, JobMsg};
use std::time::{Duration, Instant};

/// A dialog that answers faster than this was never on screen.
const NOT_SHOWN: Duration = Duration::from_millis(250);

/// What a file dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Files,
    Folder,
    Project,
    SaveProjectAs,
}

/// Runs `ask` (a dialog) on a thread; its answer is sent as a job message.
pub fn spawn(
    state: &AppState,
    ctx: &egui::Context,
    ask: impl FnOnce() -> Option<JobMsg> + Send + 'static,
) {
    let tx = state.jobs_tx.clone();
    let ctx = ctx.clone();
    let cannot = || {
        JobMsg::Saved(Err(
            "No file dialog could be shown (is a desktop portal running?): \
             drop files on the window, or give paths on the command line"
                .into(),
        ))
    };
    std::thread::spawn(move || {
        let start = Instant::now();
        let msg = if no_session_bus() {
            Some(cannot())
        } else {
            ask().or_else(|| (start.elapsed() < NOT_SHOWN).then(cannot))
        };
        if let Some(msg) = msg {
            let _ = tx.send(msg);
        }
        ctx.request_repaint();
    });
}

/// True when no desktop portal can answer: dialogs go through the XDG portal on D-Bus, and
/// there is no session bus (Linux; elsewhere the platform's own dialogs are used).
fn no_session_bus() -> bool {
    if !cfg!(target_os = "linux") {
        return false;
    }
    let named = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let default = std::env::var_os("XDG_RUNTIME_DIR")
        .is_some_and(|d| std::path::Path::new(&d).join("bus").exists());
    !named && !default
}

/// Opens one of the Open menu's dialogs.
pub fn open(state: &AppState, ctx: &egui::Context, what: Dialog) {
    spawn(state, ctx, move || {
        let d = rfd::FileDialog::new();
        match what {
            Dialog::Files => d.set_title("Open files").pick_files().map(JobMsg::Open),
            Dialog::Folder => d
                .set_title("Open a folder")
                .pick_folder()
                .map(|p| JobMsg::Open(vec![p])),
            Dialog::Project => d
                .set_title("Open a project")
                .add_filter("Chronoscope project", &["json"])
                .pick_file()
                .map(|p| JobMsg::Open(vec![p])),
            Dialog::SaveProjectAs => d
                .set_title("Save the project as")
                .set_file_name("chronology.chronoscope.json")
                .save_file()
                .map(JobMsg::SaveProjectAs),
        }
    });
}
