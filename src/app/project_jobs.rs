//! Opening and saving projects: files opened get their automatic project (so their edits
//! come back), a project file opens its sources with its edits, "Save as" moves the
//! project where the user wants it, and the data folder remembers the project to reopen.

use crate::app::state::{AppState, Loaded, Notice};
use crate::project::session::{auto_path, is_project_file, remember_last_project};
use crate::project::Session;
use std::path::{Path, PathBuf};

/// Opens what the user chose: a project file, or files and folders (with the automatic
/// project of that set, when one was saved before).
pub fn open_paths(state: &mut AppState, paths: Vec<PathBuf>, ctx: &egui::Context) {
    if let [one] = &paths[..] {
        if is_project_file(one) {
            return open_project(state, one, ctx);
        }
    }
    let absolute: Vec<PathBuf> = paths
        .iter()
        // Resolved (no `..`, links followed) so the same files are the same project; a
        // path that does not exist yet stays as given, made absolute.
        .map(|p| {
            std::fs::canonicalize(p)
                .or_else(|_| std::path::absolute(p))
                .unwrap_or_else(|_| p.clone())
        })
        .collect();
    state.view.recent.retain(|r| *r != absolute);
    state.view.recent.insert(0, absolute.clone());
    state.view.recent.truncate(8);
    let auto = state.data_dir.as_ref().map(|d| auto_path(d, &absolute));
    let saved = auto.as_ref().filter(|p| p.is_file());
    let session = match saved.map(|p| (p, Session::open(p))) {
        Some((_, Ok(s))) => s,
        Some((path, Err(e))) => {
            // Kept aside, never overwritten: the user's edits may be recoverable by hand.
            let aside = path.with_extension("json.unreadable");
            let kept = std::fs::rename(path, &aside).is_ok();
            let text = if kept {
                format!(
                    "{e}; it was moved to {} and a new project started",
                    aside.display()
                )
            } else {
                format!("{e}; starting without the earlier edits")
            };
            state.notice = Some(Notice {
                text,
                is_error: true,
            });
            Session::new(kept.then(|| path.clone()), absolute)
        }
        // A new automatic project, saved at once so the next start reopens these files.
        None => Session::new(auto.clone(), absolute),
    };
    switch_session(state, session, ctx);
    if let Err(e) = state.session.save() {
        state.notice = Some(Notice {
            text: format!("Edits will not be saved: {e}"),
            is_error: true,
        });
    }
}

/// Opens a project file: its sources, then its edits over them.
pub fn open_project(state: &mut AppState, path: &Path, ctx: &egui::Context) {
    // Saved first: reopening the open project must read what is in memory.
    save_before_switching(state);
    match Session::open(path) {
        Ok(session) => {
            let changed = crate::project::Project::open(path)
                .map(|p| p.changed_sources(path))
                .unwrap_or_default();
            remember(state, path);
            switch_session(state, session, ctx);
            if !changed.is_empty() {
                let list: Vec<String> = changed
                    .iter()
                    .map(|c| format!("{} ({})", c.path.display(), c.why))
                    .collect();
                state.notice = Some(Notice {
                    text: format!("Sources not as saved: {}", list.join(", ")),
                    is_error: true,
                });
            }
        }
        Err(e) => {
            state.notice = Some(Notice {
                text: e.to_string(),
                is_error: true,
            })
        }
    }
}

/// Saves the current session first (nothing is lost), then loads the new one.
fn switch_session(state: &mut AppState, session: Session, ctx: &egui::Context) {
    save_before_switching(state);
    if let (Some(dir), Some(path)) = (&state.data_dir, &session.path) {
        let _ = remember_last_project(dir, path);
    }
    let sources = session.sources.clone();
    let mut session = session;
    // A project extracts as it was set up; a new one records the app's settings.
    if session.settings.is_empty() {
        session.settings = crate::project::store::Settings::of(&state.options);
    } else {
        state.options = session.settings.options();
    }
    state.session = session;
    state.view.picked.clear();
    state.view.editing = None;
    crate::app::load_job::start(state, sources, ctx);
}

fn save_before_switching(state: &mut AppState) {
    if let Err(e) = state.session.save() {
        state.notice = Some(Notice {
            text: format!("Could not save the project before switching: {e}"),
            is_error: true,
        });
    }
}

/// Saves the project at `path` (a chosen place), which it keeps from now on.
pub fn save_project_as(state: &mut AppState, path: PathBuf) {
    let path = with_extension(path);
    let old = state.session.path.clone();
    match state.session.save_as(path.clone()) {
        Ok(()) => {
            remember(state, &path);
            // An automatic project that now lives elsewhere is not needed twice.
            let auto_dir = state.data_dir.as_ref().map(|d| d.join("projects"));
            if let (Some(old), Some(dir)) = (old, auto_dir) {
                if old != path && old.starts_with(dir) {
                    let _ = std::fs::remove_file(old);
                }
            }
            state.notice = Some(Notice {
                text: format!("Project saved as {}", path.display()),
                is_error: false,
            });
        }
        Err(e) => {
            state.notice = Some(Notice {
                text: e.to_string(),
                is_error: true,
            })
        }
    }
}

/// `x` → `x.chronoscope.json`.
fn with_extension(path: PathBuf) -> PathBuf {
    if is_project_file(&path) {
        return path;
    }
    let mut s = path.into_os_string();
    s.push(crate::project::session::EXTENSION);
    PathBuf::from(s)
}

/// Remembers a project to reopen on start and in the Open menu.
fn remember(state: &mut AppState, path: &Path) {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    state.view.recent_projects.retain(|p| *p != abs);
    state.view.recent_projects.insert(0, abs.clone());
    state.view.recent_projects.truncate(8);
    if let Some(dir) = &state.data_dir {
        let _ = remember_last_project(dir, &abs);
    }
}

/// A finished load: the extracted events, and their curated view built on the loading
/// thread (rebuilt here when the curation changed meanwhile).
pub fn loaded(state: &mut AppState, done: Loaded) {
    if done.generation != state.load_generation {
        return; // an older load, of what was open before
    }
    state.loading = None;
    let same_sources = done
        .sources
        .iter()
        .map(|(p, _)| p)
        .eq(state.session.sources.iter());
    if same_sources {
        state.session.hashes.extend(done.sources);
    }
    let (n_docs, n_events) = (done.base.documents.len(), done.model.corpus.events.len());
    state.base = std::sync::Arc::new(done.base);
    let view_options = crate::project::ViewOptions {
        show_hidden: state.view.show_hidden,
        starred_only: state.view.starred_only,
    };
    if done.curation == state.session.history.curation && done.view_options == view_options {
        state.orphans = crate::project::orphans(&done.curation, &state.base, &done.model.corpus);
        state.set_model(done.model);
    } else {
        crate::app::curate::rebuild(state);
        state.frame.pending_range = state.fit_range();
    }
    let mut text = format!("Loaded {n_docs} documents, {n_events} events");
    if !state.orphans.is_empty() {
        text.push_str(&format!(
            "; {} edits name events these files no longer hold (Edit menu)",
            state.orphans.len()
        ));
    }
    // A problem found while opening (a changed source, an unreadable project) stays shown.
    let earlier = state.notice.take().filter(|n| n.is_error);
    state.notice = Some(match earlier {
        Some(n) => Notice {
            text: format!("{}. {text}", n.text),
            is_error: true,
        },
        None => Notice {
            text,
            is_error: false,
        },
    });
}
