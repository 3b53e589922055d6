//! Commands: what the UI asks for. `*_ui` functions push commands; [`apply`] carries them
//! out in one place after the frame is drawn.

use crate::app::export_jobs::{self, ImageExport, SaveAs};
use crate::app::state::{AppState, JobMsg, Notice};
use crate::events::output::DataFormat;
use crate::explore::LaneMode;
use std::path::PathBuf;

/// Something the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Select an event (corpus index) or clear the selection.
    Select(Option<u32>),
    /// Select the previous (-1) or next (+1) visible dated event in time.
    Step(i32),
    /// Show the previous (-1) or next (+1) source of the selected event.
    StepSource(i32),
    /// Show this source (index) of the selected event.
    ShowSource(usize),
    /// Key events only (the top N), or every event (`None`).
    SetKeyEvents(Option<u32>),
    /// Show the bulk of the visible events (far outliers counted at the edges).
    FitAll,
    /// Show every visible event, outliers too.
    FitExtent,
    /// Zoom to the selected event.
    ZoomToSelection,
    /// Show the time range `[start, end]` (axis seconds).
    ZoomTo(f64, f64),
    /// Zoom the shown range around its centre (factor < 1 zooms in).
    ZoomBy(f64),
    /// Pan by a fraction of the shown range (negative: to the past).
    PanBy(f64),
    SetQuery(String),
    ToggleDocument(u32),
    SetHideCoarse(bool),
    SetHideUndated(bool),
    SetLaneMode(LaneMode),
    /// The date range fields changed (text as typed; empty = open end).
    EditRange(String, String),
    /// Show all documents (clear the document filter).
    ShowAllDocuments,
    SetDark(bool),
    /// Load these paths (replacing the current corpus).
    Open(Vec<PathBuf>),
    /// Save a PNG of the window (1×, timestamped name in the export folder).
    SaveScreenshot,
    /// Export an image as asked.
    ExportImage(ImageExport),
    /// Export the events of the current filter (to a timestamped name when no path).
    ExportData(DataFormat, Option<PathBuf>),
    /// Ask for a destination with a dialog, then export there.
    SaveAs(SaveAs),
    /// Show or hide the export dialog.
    ShowExport(bool),
    /// Set the export folder (empty: the current folder).
    SetExportFolder(PathBuf),
    /// Choose the export folder with a dialog.
    ChooseExportFolder,
    /// Export dialog options.
    SetExportOptions {
        timeline_only: bool,
        scale2: bool,
    },
    /// TimelineJS: group slides by actor (else by document).
    SetExportGroupByActor(bool),
    /// Exports keep only starred events.
    SetExportStarredOnly(bool),
    SortBy(crate::app::state::SortColumn),
    /// Filter to an actor's events (`add`: keep the others chosen, as with Ctrl-click);
    /// choosing the only chosen actor again clears the filter.
    ToggleActor {
        id: String,
        add: bool,
    },
    /// Chosen actors: events with any of them, or with all of them.
    SetActorsAll(bool),
    ClearActors,
    /// The Actors panel's search box and sort order.
    SetActorsQuery(String),
    SetActorsByName(bool),
    /// A curation edit, undo or redo, or a curation view toggle.
    Curate(crate::app::curate::Curate),
    /// Open a file dialog (files, a folder, a project; save the project as).
    Dialog(crate::app::dialog::Dialog),
    /// Save the project at this path.
    SaveProjectAs(PathBuf),
}

/// Applies commands in order.
pub fn apply(state: &mut AppState, commands: Vec<Command>, ctx: &egui::Context) {
    for command in commands {
        apply_one(state, command, ctx);
    }
    // A view change is drawn by the next frame: ask for it.
    if state.frame.pending_range.is_some() || state.frame.scroll_list || state.frame.scroll_source {
        ctx.request_repaint();
    }
}

fn apply_one(state: &mut AppState, command: Command, ctx: &egui::Context) {
    match command {
        Command::Select(sel) => {
            state.view.selected = sel;
            state.view.picked.clear();
            state.view.editing = None;
            state.view.selected_source = 0;
            state.frame.scroll_source = sel.is_some();
            state.frame.scroll_list = sel.is_some();
        }
        Command::Step(dir) => step(state, dir),
        Command::StepSource(dir) => {
            let n = state
                .view
                .selected
                .and_then(|e| state.model.event(e))
                .map_or(0, |ev| ev.sources.len());
            if n > 0 {
                let cur = state.view.selected_source.min(n - 1) as i64;
                state.view.selected_source = (cur + i64::from(dir)).rem_euclid(n as i64) as usize;
                state.frame.scroll_source = true;
            }
        }
        Command::ShowSource(i) => {
            let n = state
                .view
                .selected
                .and_then(|e| state.model.event(e))
                .map_or(0, |ev| ev.sources.len());
            if i < n {
                state.view.selected_source = i;
                state.frame.scroll_source = true;
            }
        }
        Command::SetKeyEvents(top) => {
            if let Some(n) = top {
                state.view.key_count = n;
            }
            let toggled = state.view.filter.key_top.is_some() != top.is_some();
            state.view.filter.key_top = top;
            state.refilter();
            // A different set of events: frame it.
            if toggled {
                state.frame.pending_range = state.fit_range();
            }
        }
        Command::ToggleActor { id, add } => {
            let chosen = &mut state.view.filter.actors;
            if add {
                if !chosen.remove(&id) {
                    chosen.insert(id);
                }
            } else if chosen.len() == 1 && chosen.contains(&id) {
                chosen.clear();
            } else {
                chosen.clear();
                chosen.insert(id);
            }
            state.refilter();
        }
        Command::SetActorsAll(all) => {
            state.view.filter.actors_all = all;
            state.refilter();
        }
        Command::ClearActors => {
            state.view.filter.actors.clear();
            state.refilter();
        }
        Command::SetActorsQuery(q) => state.view.actors_query = q,
        Command::SetActorsByName(by_name) => state.view.actors_by_name = by_name,
        Command::FitAll => state.frame.pending_range = state.fit_range(),
        Command::FitExtent => state.frame.pending_range = state.extent_range(),
        Command::ZoomToSelection => {
            let item = state
                .view
                .selected
                .and_then(|e| state.model.item_of_event(e));
            if let Some(it) = item.map(|i| state.model.items[i]) {
                // Show the item with room around it: at least a week for points.
                let span = (it.end - it.start).max(7.0 * 86_400.0);
                let mid = (it.start + it.end) / 2.0;
                state.frame.pending_range = Some((mid - span * 0.75, mid + span * 0.75));
            }
        }
        Command::ZoomTo(a, b) => state.frame.pending_range = Some((a, b)),
        Command::ZoomBy(f) => {
            if let Some((a, b)) = state.frame.shown_range {
                let mid = (a + b) / 2.0;
                let half = (b - a) / 2.0 * f;
                state.frame.pending_range = Some((mid - half, mid + half));
            }
        }
        Command::PanBy(f) => {
            if let Some((a, b)) = state.frame.shown_range {
                let d = (b - a) * f;
                state.frame.pending_range = Some((a + d, b + d));
            }
        }
        Command::SetQuery(q) => {
            state.view.filter.query = q;
            // Small corpora filter as you type; large ones once typing pauses.
            if state.model.corpus.events.len() < state.live_search_max_events {
                state.refilter();
            } else {
                state.refilter_after = Some(std::time::Instant::now() + SEARCH_PAUSE);
                ctx.request_repaint_after(SEARCH_PAUSE);
            }
        }
        Command::ToggleDocument(d) => {
            let hidden = &mut state.view.filter.hidden_docs;
            if !hidden.remove(&d) {
                hidden.insert(d);
            }
            state.refilter();
        }
        Command::SetHideCoarse(on) => {
            state.view.filter.hide_coarse = on;
            state.refilter();
        }
        Command::SetHideUndated(on) => {
            state.view.filter.hide_undated = on;
            state.refilter();
        }
        Command::EditRange(from, to) => edit_range(state, from, to),
        Command::ShowAllDocuments => {
            state.view.filter.hidden_docs.clear();
            state.refilter();
        }
        Command::SetLaneMode(mode) => {
            state.view.lane_mode = mode;
            state.refilter();
        }
        Command::SetDark(dark) => {
            state.view.dark = dark;
            ctx.set_theme(if dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
        }
        Command::Open(paths) => crate::app::project_jobs::open_paths(state, paths, ctx),
        Command::SetExportStarredOnly(on) => state.view.export_starred_only = on,
        Command::Curate(c) => crate::app::curate::apply(state, c),
        Command::Dialog(d) => crate::app::dialog::open(state, ctx, d),
        Command::SaveProjectAs(path) => crate::app::project_jobs::save_project_as(state, path),
        Command::SaveScreenshot => export_jobs::export_image(
            state,
            ImageExport {
                timeline_only: false,
                scale: 1.0,
                path: None,
            },
            ctx,
        ),
        Command::ExportImage(req) => export_jobs::export_image(state, req, ctx),
        Command::ExportData(format, path) => export_jobs::export_data(state, format, path, ctx),
        Command::SaveAs(what) => export_jobs::ask_destination(state, what, ctx),
        Command::ShowExport(open) => state.view.export_open = open,
        Command::SetExportGroupByActor(on) => state.view.export_group_by_actor = on,
        Command::SetExportFolder(dir) => state.view.screenshot_dir = dir,
        Command::ChooseExportFolder => crate::app::dialog::spawn(state, ctx, || {
            rfd::FileDialog::new()
                .set_title("Export folder")
                .pick_folder()
                .map(JobMsg::Folder)
        }),
        Command::SetExportOptions {
            timeline_only,
            scale2,
        } => {
            state.view.export_timeline_only = timeline_only;
            state.view.export_scale2 = scale2;
        }
        Command::SortBy(col) => {
            if state.view.sort == col {
                state.view.sort_ascending = !state.view.sort_ascending;
            } else {
                state.view.sort = col;
                state.view.sort_ascending = true;
            }
            state.refilter();
        }
    }
}

/// Applies the typed date range when both ends parse (an empty end is open).
fn edit_range(state: &mut AppState, from: String, to: String) {
    use crate::explore::parse_date_bound;
    use crate::timeline::time::{max_secs, min_secs, secs_from_datetime};
    let parse = |s: &str, end: bool| -> Result<Option<f64>, String> {
        if s.trim().is_empty() {
            Ok(None)
        } else {
            parse_date_bound(s, end).map(|d| Some(secs_from_datetime(d)))
        }
    };
    let result = parse(&from, false).and_then(|a| parse(&to, true).map(|b| (a, b)));
    state.view.range_text = (from, to);
    match result {
        Ok((None, None)) => {
            state.view.range_error = None;
            state.view.filter.range = None;
        }
        Ok((a, b)) => {
            let (a, b) = (a.unwrap_or(min_secs()), b.unwrap_or(max_secs()));
            if b <= a {
                state.view.range_error = Some("the end of the range is before its start".into());
                return;
            }
            state.view.range_error = None;
            state.view.filter.range = Some((a, b));
        }
        Err(e) => {
            state.view.range_error = Some(e);
            return;
        }
    }
    state.refilter();
}

/// Moves the selection to the previous/next visible dated event in time.
fn step(state: &mut AppState, dir: i32) {
    let vis = &state.visible.items;
    if vis.is_empty() {
        return;
    }
    let pos = state
        .view
        .selected
        .and_then(|e| state.model.item_of_event(e))
        .and_then(|item| vis.iter().position(|&v| v as usize == item));
    let next = match pos {
        Some(p) => (p as i64 + dir as i64).clamp(0, vis.len() as i64 - 1) as usize,
        None if dir < 0 => vis.len() - 1,
        None => 0,
    };
    let item = state.model.items[vis[next] as usize];
    state.view.selected = Some(item.event);
    state.view.selected_source = 0;
    state.frame.scroll_source = true;
    state.frame.scroll_list = true;
    // Keep the selected event in view.
    if let Some((a, b)) = state.frame.shown_range {
        if item.start < a || item.start > b {
            let half = (b - a) / 2.0;
            state.frame.pending_range = Some((item.start - half, item.start + half));
        }
    }
}

/// How long typing must pause before a search over a large corpus runs.
const SEARCH_PAUSE: std::time::Duration = std::time::Duration::from_millis(300);

/// Runs a search that was waiting for typing to pause, once it has.
pub fn run_due_refilter(state: &mut AppState, ctx: &egui::Context) {
    if let Some(due) = state.refilter_after {
        let now = std::time::Instant::now();
        if now >= due {
            state.refilter_after = None;
            state.refilter();
        } else {
            ctx.request_repaint_after(due - now);
        }
    }
}

/// Handles messages from background jobs.
pub fn poll_jobs(state: &mut AppState, ctx: &egui::Context) {
    while let Ok(msg) = state.jobs_rx.try_recv() {
        match msg {
            JobMsg::Progress(generation, p) => {
                // Only the latest load's progress (an older one may still be finishing).
                if generation == state.load_generation && state.loading.is_some() {
                    state.loading = Some(p);
                }
            }
            JobMsg::Loaded(done) => crate::app::project_jobs::loaded(state, *done),
            JobMsg::SaveProjectAs(path) => crate::app::project_jobs::save_project_as(state, path),
            JobMsg::Screenshot(image, target) => {
                export_jobs::save_captured(state, image, target, ctx)
            }
            JobMsg::Saved(Ok(text)) => {
                state.notice = Some(Notice {
                    text,
                    is_error: false,
                })
            }
            JobMsg::SaveTo(SaveAs::Image(mut req), path) => {
                req.path = Some(path);
                export_jobs::export_image(state, req, ctx);
            }
            JobMsg::SaveTo(SaveAs::Data(format), path) => {
                export_jobs::export_data(state, format, Some(path), ctx)
            }
            JobMsg::Folder(dir) => state.view.screenshot_dir = dir,
            JobMsg::Open(paths) => apply_one(state, Command::Open(paths), ctx),
            JobMsg::Saved(Err(e)) => {
                state.notice = Some(Notice {
                    text: e,
                    is_error: true,
                });
            }
        }
    }
}
