//! The Chronoscope desktop app (egui): a toolbar, the timeline, the event list, the source
//! panel and the warnings.
//!
//! State, commands and view are kept apart: [`app_ui`] reads [`AppState`] and the `*_ui`
//! functions push [`Command`]s, which [`command::apply`] carries out after the frame. The
//! same [`app_ui`] runs in the window ([`run`]), in egui_kittest tests and in headless
//! export.

mod actors_ui;
pub mod command;
pub mod curate;
pub mod curate_ui;
pub mod dialog;
pub mod export_jobs;
mod export_ui;
pub mod jobs;
pub mod layout;
pub mod list_ui;
pub mod load_job;
pub mod offscreen;
mod overview_ui;
pub mod project_jobs;
mod project_ui;
pub mod screenshot;
pub mod source_ui;
pub mod state;
pub mod theme;
mod timeline_paint;
pub mod timeline_ui;
mod toolbar_ui;

pub use command::Command;
pub use state::{AppState, ViewState};

use egui::{CentralPanel, Panel, Ui};
use std::path::PathBuf;

/// One frame of the whole app.
pub fn app_ui(ui: &mut Ui, state: &mut AppState) {
    let ctx = ui.ctx().clone();
    command::poll_jobs(state, &ctx);
    command::run_due_refilter(state, &ctx);
    let mut cmds = Vec::new();
    toolbar_ui::shortcuts(&ctx, state, &mut cmds);
    toolbar_ui::dropped_files(&ctx, &mut cmds);
    Panel::top("toolbar").show(ui, |ui| toolbar_ui::toolbar_ui(ui, state, &mut cmds));
    Panel::bottom("status").show(ui, |ui| toolbar_ui::status_ui(ui, state));
    Panel::right("source")
        .resizable(true)
        .default_size(460.0)
        .min_size(280.0)
        .show(ui, |ui| source_ui::source_ui(ui, state, &mut cmds));
    export_ui::export_window(ui, state, &mut cmds);
    if state.loading.is_some() && state.model.corpus.documents.is_empty() {
        // Nothing to show yet: the loading state, not an empty model's defaults.
        CentralPanel::default().show(ui, |ui| loading_ui(ui, state));
        return command::apply(state, cmds, &ctx);
    }
    CentralPanel::default().show(ui, |ui| {
        let list_height = (ui.available_height() * 0.4).max(160.0);
        Panel::bottom("list")
            .resizable(true)
            .default_size(list_height)
            .min_size(120.0)
            .show(ui, |ui| list_ui::list_ui(ui, state, &mut cmds));
        // The overview strip sits under the timeline, aligned with its plot frame.
        let area = ui.available_rect_before_wrap();
        let overview =
            egui::Rect::from_min_max(egui::pos2(area.left(), area.bottom() - 38.0), area.max);
        let timeline_area = area.with_max_y(overview.top() - 4.0);
        let out = ui
            .scope_builder(egui::UiBuilder::new().max_rect(timeline_area), |ui| {
                timeline_ui::timeline_ui(ui, state, &state.lanes, &mut cmds)
            })
            .inner;
        ui.scope_builder(egui::UiBuilder::new().max_rect(overview), |ui| {
            overview_ui::overview_ui(ui, state, out.plot_x, &mut cmds)
        });
        state.frame.shown_range = Some(out.shown);
        state.frame.timeline_rect = Some(out.area);
        state.timeline_hits = out.hits;
    });
    // What was asked of this frame has been drawn.
    state.frame.pending_range = None;
    // Zoom stays between about a minute and 20,000 years, inside chrono's range.
    if let Some((a, b)) = state.frame.shown_range {
        let v = crate::timeline::TimeView {
            start_secs: a,
            end_secs: b,
        }
        .clamped();
        let tolerance = (b - a).abs() * 1e-6 + 1e-3;
        if (v.start_secs - a).abs() > tolerance || (v.end_secs - b).abs() > tolerance {
            cmds.push(Command::ZoomTo(v.start_secs, v.end_secs));
        }
    }
    state.frame.scroll_source = false;
    state.frame.scroll_list = false;
    command::apply(state, cmds, &ctx);
}

/// The central area while the first files load.
fn loading_ui(ui: &mut Ui, state: &AppState) {
    ui.centered_and_justified(|ui| {
        let what = state
            .loading
            .as_ref()
            .map_or_else(String::new, crate::app::toolbar_ui::progress_line);
        ui.label(egui::RichText::new(what).size(18.0).weak());
    });
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(100));
}

/// The eframe application.
pub struct ChronoscopeApp {
    pub state: AppState,
}

const VIEW_KEY: &str = "chronoscope.view";

impl eframe::App for ChronoscopeApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        app_ui(ui, &mut self.state);
    }

    /// Called now and then and on exit: the view settings, and the project once more
    /// (every edit is already saved as it is made).
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, VIEW_KEY, &self.state.view);
        if let Err(e) = self.state.session.save() {
            eprintln!("chronoscope: could not save the project: {e}");
        }
    }
}

/// Opens the app window on `paths` (the seeds when empty).
pub fn run(paths: Vec<PathBuf>, reset: bool) -> anyhow::Result<()> {
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")).ok();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Chronoscope")
        .with_inner_size([1440.0, 880.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Chronoscope",
        options,
        Box::new(move |cc| {
            let view: ViewState = if reset {
                // Forget egui's remembered layout (panel sizes, plot memory) too.
                cc.egui_ctx.memory_mut(|m| *m = Default::default());
                ViewState::default()
            } else {
                cc.storage
                    .and_then(|s| eframe::get_value(s, VIEW_KEY))
                    .unwrap_or_default()
            };
            cc.egui_ctx.set_theme(if view.dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            let mut state = AppState::with_corpus(Default::default(), view);
            state.data_dir = data_dir();
            open_at_start(&mut state, paths, &cc.egui_ctx);
            Ok(Box::new(ChronoscopeApp { state }))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// Where automatic projects and the project to reopen are kept: `CHRONOSCOPE_DATA_DIR`
/// when set (tests, portable use), else the platform's app data folder.
pub fn data_dir() -> Option<PathBuf> {
    match std::env::var_os("CHRONOSCOPE_DATA_DIR") {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => eframe::storage_dir("Chronoscope"),
    }
}

/// What the app opens on start: the paths given, else the last project, else the seeds
/// (the `seeds` folder beside the app when there is one, else the embedded seed).
pub fn open_at_start(state: &mut AppState, paths: Vec<PathBuf>, ctx: &egui::Context) {
    if !paths.is_empty() {
        return project_jobs::open_paths(state, paths, ctx);
    }
    let last = state
        .data_dir
        .as_deref()
        .and_then(crate::project::session::last_project);
    if let Some(last) = last {
        return project_jobs::open_project(state, &last, ctx);
    }
    let seeds = std::path::Path::new("seeds");
    let paths = if seeds.is_dir() {
        vec![seeds.to_path_buf()]
    } else {
        Vec::new()
    };
    project_jobs::open_paths(state, paths, ctx);
}
