//! The background load: read and extract the files, build the curated view, hand both to
//! the app. Each load has a generation; starting one cancels the one running (it stops
//! taking new files) and the app drops whatever an older generation still sends.

use crate::app::state::{forget_marks, AppState, JobMsg, Loaded};
use crate::corpus::{self, Progress};
use crate::explore::Explorer;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Starts loading `paths` with the session's curation as it is now.
pub fn start(state: &mut AppState, paths: Vec<PathBuf>, ctx: &egui::Context) {
    state.load_cancel.store(true, Ordering::Relaxed);
    let cancel = Arc::new(AtomicBool::new(false));
    state.load_cancel = cancel.clone();
    state.load_generation += 1;
    state.loading = Some(Progress::default());
    let generation = state.load_generation;
    let tx = state.jobs_tx.clone();
    let options = state.options;
    let curation = state.session.history.curation.clone();
    let view_options = crate::project::ViewOptions {
        show_hidden: state.view.show_hidden,
        starred_only: state.view.starred_only,
    };
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let progress_tx = std::sync::Mutex::new(tx.clone());
        let repaint = ctx.clone();
        let progress = |p: Progress| {
            if let Ok(tx) = progress_tx.lock() {
                // The app may have closed; then nobody needs the progress.
                let _ = tx.send(JobMsg::Progress(generation, p));
            }
            repaint.request_repaint();
        };
        // Hashed before reading: a file that changes during the load is noticed later.
        let sources = paths
            .iter()
            .map(|p| (p.clone(), crate::project::store::file_hash(p)))
            .collect();
        // A project over no files is the embedded seed (the app's default).
        let base = if paths.is_empty() {
            Some(corpus::load_embedded_seed(&options))
        } else {
            corpus::load_cancellable(&paths, &options, &progress, &cancel)
        };
        let Some(mut base) = base else {
            return; // replaced by a newer load
        };
        forget_marks(&mut base);
        progress(Progress {
            stage: corpus::Stage::Arranging {
                events: base.events.len(),
            },
            ..Progress::default()
        });
        // Sorting a large corpus takes a moment: do it here, not on the UI thread.
        let view = crate::project::curated_file(&curation, &base, view_options);
        let model = Explorer::new(view);
        let _ = tx.send(JobMsg::Loaded(Box::new(Loaded {
            generation,
            view_options,
            sources,
            base,
            model,
            curation,
        })));
        ctx.request_repaint();
    });
}
