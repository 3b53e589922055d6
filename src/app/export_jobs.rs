//! Carrying out the export commands: images of the window or the timeline (captured from
//! the window at 1×, rendered offscreen at 2×) and data files of the current filter. All
//! file work runs on a thread; the result comes back as a notice.

use crate::app::jobs::JobMsg;
use crate::app::screenshot::{cropped, timestamped_path, write_png};
use crate::app::state::AppState;
use crate::events::output::{self, DataFormat};
use std::path::PathBuf;

pub use crate::app::jobs::{ImageExport, ImageTarget, SaveAs};

/// Starts an image export.
pub fn export_image(state: &mut AppState, req: ImageExport, ctx: &egui::Context) {
    let path = req
        .path
        .clone()
        .unwrap_or_else(|| timestamped_path(&state.view.screenshot_dir, ".png"));
    let tx = state.jobs_tx.clone();
    let repaint = ctx.clone();
    // A capture shows what is on screen; hidden events shown greyed, or starred only,
    // need the curated export drawn offscreen instead.
    let curated = state.view.export_starred_only
        || (state.view.show_hidden && !state.session.history.curation.hidden.is_empty());
    if req.scale <= 1.0 && !curated {
        let target = ImageTarget {
            crop: if req.timeline_only {
                state.frame.timeline_rect
            } else {
                None
            },
            pixels_per_point: ctx.pixels_per_point(),
            path,
        };
        ctx.request_screenshot(move |image| {
            let _ = tx.send(JobMsg::Screenshot(image, target));
            repaint.request_repaint();
        });
        ctx.request_repaint();
        return;
    }
    // Offscreen: the same UI code at a higher pixel density, with the same view.
    let request = image_request(state, ctx, req.scale.max(1.0), req.timeline_only);
    let corpus = if curated {
        let all = state.model.visible(&crate::explore::Filter::default());
        state
            .model
            .filtered_corpus(&all, state.view.export_starred_only)
    } else {
        state.model.corpus.clone()
    };
    state.notice = Some(crate::app::state::Notice {
        text: "Rendering image…".into(),
        is_error: false,
    });
    std::thread::spawn(move || {
        // A panic here is a bug (a missing adapter is an error, not a panic): say so rather
        // than leave "Rendering image…" standing; the default hook has printed it.
        let rendered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::app::offscreen::render_png(corpus, &request).map_err(|e| e.to_string())
        }));
        let result = rendered
            .unwrap_or_else(|_| Err("rendering failed: an internal error (printed in the terminal); please report it".into()))
            .and_then(|bytes| {
                crate::fsutil::write_atomic(&path, &bytes, true).map_err(|e| e.to_string())
            })
            .map(|()| {
                format!(
                    "Image saved to {}",
                    std::path::absolute(&path).unwrap_or(path.clone()).display()
                )
            });
        let _ = tx.send(JobMsg::Saved(result));
        repaint.request_repaint();
    });
}

/// What to render offscreen so the image is the view on screen: its size, range, selection,
/// theme, filters, the whole view state and egui's memory of the layout.
pub fn image_request(
    state: &AppState,
    ctx: &egui::Context,
    scale: f32,
    timeline_only: bool,
) -> crate::app::offscreen::ImageRequest {
    let size = ctx.content_rect().size();
    crate::app::offscreen::ImageRequest {
        width: size.x as u32,
        height: size.y as u32,
        scale,
        range: state.frame.shown_range,
        select: state
            .view
            .selected
            .and_then(|e| state.model.event(e))
            .map(|e| e.id.clone()),
        dark: ctx.global_style().visuals.dark_mode,
        view: if timeline_only {
            crate::app::offscreen::ViewKind::Timeline
        } else {
            crate::app::offscreen::ViewKind::Window
        },
        filter: state.view.filter.clone(),
        app_view: Some(Box::new(state.view.clone())),
        memory: Some(Box::new(ctx.memory(|m| m.clone()))),
    }
}

/// Writes a captured screenshot (on a thread).
pub fn save_captured(
    state: &AppState,
    image: std::sync::Arc<egui::ColorImage>,
    target: ImageTarget,
    ctx: &egui::Context,
) {
    let tx = state.jobs_tx.clone();
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let image = cropped(&image, target.crop, target.pixels_per_point);
        let result =
            write_png(&image, &target.path).map(|p| format!("Image saved to {}", p.display()));
        let _ = tx.send(JobMsg::Saved(result));
        ctx.request_repaint();
    });
}

/// Writes the events of the current filter in `format` (on a thread).
pub fn export_data(
    state: &mut AppState,
    format: DataFormat,
    path: Option<PathBuf>,
    ctx: &egui::Context,
) {
    let file = state
        .model
        .filtered_corpus(&state.visible, state.view.export_starred_only);
    let dir = state.view.screenshot_dir.clone();
    let by_actor = state.view.export_group_by_actor;
    let tx = state.jobs_tx.clone();
    let repaint = ctx.clone();
    std::thread::spawn(move || {
        let result = match format {
            DataFormat::Timeml => {
                let dir = path.unwrap_or_else(|| timestamped_path(&dir, "-timeml"));
                output::write_timeml_dir(&file, &dir, true)
                    .map(|s| {
                        format!(
                            "{} TimeML files written to {}",
                            s.files.len(),
                            dir.display()
                        )
                    })
                    .map_err(|e| e.to_string())
            }
            _ => {
                let path = path
                    .unwrap_or_else(|| timestamped_path(&dir, &format!(".{}", format.extension())));
                output::render_grouped(&file, format, by_actor)
                    .map_err(|e| e.to_string())
                    .and_then(|r| {
                        crate::fsutil::write_atomic(&path, &r.bytes, true)
                            .map(|()| format!("{} events written to {}", r.events, path.display()))
                            .map_err(|e| e.to_string())
                    })
            }
        };
        let _ = tx.send(JobMsg::Saved(result));
        repaint.request_repaint();
    });
}

/// Asks for a destination with a native dialog, off the UI thread; the answer comes back
/// as `JobMsg::SaveTo`. Without a dialog service (e.g. a bare X server) nothing happens and
/// the notice says so.
pub fn ask_destination(state: &mut AppState, what: SaveAs, ctx: &egui::Context) {
    let dir = state.view.screenshot_dir.clone();
    state.notice = Some(crate::app::state::Notice {
        text: "Choose where to save…".into(),
        is_error: false,
    });
    crate::app::dialog::spawn(state, ctx, move || {
        let mut dialog = rfd::FileDialog::new().set_title("Export");
        if !dir.as_os_str().is_empty() {
            dialog = dialog.set_directory(&dir);
        }
        let chosen = match &what {
            SaveAs::Data(DataFormat::Timeml) => dialog.pick_folder(),
            SaveAs::Image(_) => dialog
                .add_filter("PNG image", &["png"])
                .set_file_name("chronoscope.png")
                .save_file(),
            SaveAs::Data(f) => dialog
                .set_file_name(format!("chronoscope.{}", f.extension()))
                .save_file(),
        };
        chosen.map(|path| JobMsg::SaveTo(what, path))
    });
}
