//! Headless PNG rendering of the app or of its timeline.

use crate::app::{app_ui, AppState, ViewState};
use crate::events::EventsFile;
use crate::fsutil::{write_atomic, WriteError};
use egui_kittest::Harness;
use std::path::Path;
use thiserror::Error;

/// What part of the app to render.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ViewKind {
    /// The timeline only.
    #[default]
    Timeline,
    /// The whole window.
    Window,
}

/// An image to render.
#[derive(Clone, Debug)]
pub struct ImageRequest {
    /// Window size in points.
    pub width: u32,
    pub height: u32,
    /// Pixels per point (2 for a sharp image on print or retina).
    pub scale: f32,
    /// Visible time range (axis seconds); `None` fits all.
    pub range: Option<(f64, f64)>,
    /// Event to select (its passage is shown in the source panel): its id, or words of
    /// its headline (the earliest event whose headline holds them).
    pub select: Option<String>,
    pub dark: bool,
    pub view: ViewKind,
    /// Filters to apply (search, documents, range) as in the app.
    pub filter: crate::explore::Filter,
}

impl Default for ImageRequest {
    fn default() -> Self {
        ImageRequest {
            width: 1600,
            height: 900,
            scale: 1.0,
            range: None,
            select: None,
            dark: false,
            view: ViewKind::Timeline,
            filter: Default::default(),
        }
    }
}

/// Why an image could not be made.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ExportError {
    #[error("no event with id {0:?}, and no headline holds those words, in the loaded documents")]
    NoSuchEvent(String),
    #[error("no graphics adapter could be created for headless rendering ({0}); install Mesa's software drivers, e.g. `apt-get install mesa-vulkan-drivers libegl-mesa0 libgl1-mesa-dri`")]
    NoAdapter(String),
    #[error("rendering failed: {0}")]
    Render(String),
    #[error("cannot encode PNG: {0}")]
    Encode(String),
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Renders `corpus` as asked and returns the PNG bytes.
pub fn render_png(corpus: EventsFile, req: &ImageRequest) -> Result<Vec<u8>, ExportError> {
    let view = ViewState {
        dark: req.dark,
        ..ViewState::default()
    };
    let mut state = AppState::with_corpus(corpus, view);
    if req.filter.is_active() {
        state.view.filter = req.filter.clone();
        state.refilter();
        state.view.pending_range = state.fit_range();
    }
    if let Some(id) = &req.select {
        // An id, or words of a headline (the earliest dated event holding them).
        let events = &state.model.corpus.events;
        let words = id.to_lowercase();
        let by_words = || {
            state
                .model
                .items
                .iter()
                .map(|it| it.event as usize)
                .chain(state.model.undated.iter().map(|&e| e as usize))
                .find(|&i| events[i].headline.to_lowercase().contains(&words))
        };
        let idx = events
            .iter()
            .position(|e| &e.id == id)
            .or_else(by_words)
            .ok_or_else(|| ExportError::NoSuchEvent(id.clone()))?;
        state.view.selected = Some(idx as u32);
        state.view.scroll_source = true;
        state.view.scroll_list = true;
    }
    if let Some(range) = req.range {
        state.view.pending_range = Some(range);
    }
    let (w, h, scale) = (
        req.width.max(200) as f32,
        req.height.max(150) as f32,
        req.scale.clamp(0.5, 4.0),
    );
    let theme = if req.dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    // Creating the wgpu device panics inside egui_kittest when no adapter exists: catch it
    // (quietly: the error below says what happened and what to install).
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let rendered = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        let mut harness = Harness::builder()
            .with_size(egui::vec2(w, h))
            .with_pixels_per_point(scale)
            .with_theme(theme)
            // User documents may hold characters no bundled font has: draw a box, never panic.
            .allow_missing_glyphs()
            .wgpu()
            .build_ui_state(app_ui, state);
        harness.run_steps(4);
        let rect = harness.state().view.timeline_rect;
        harness.render().map(|img| (img, rect))
    }));
    std::panic::set_hook(previous_hook);
    let (image, timeline_rect) = match rendered {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => return Err(ExportError::Render(e)),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown error".into());
            return Err(ExportError::NoAdapter(msg));
        }
    };
    let image = match (req.view, timeline_rect) {
        (ViewKind::Timeline, Some(r)) => {
            let (x, y) = (
                (r.min.x * scale).max(0.0) as u32,
                (r.min.y * scale).max(0.0) as u32,
            );
            let cw = ((r.width() * scale) as u32).min(image.width().saturating_sub(x));
            let ch = ((r.height() * scale) as u32).min(image.height().saturating_sub(y));
            image::imageops::crop_imm(&image, x, y, cw, ch).to_image()
        }
        _ => image,
    };
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    Ok(bytes)
}

/// Renders and writes a PNG atomically (refusing to overwrite unless `force`).
pub fn write_png_file(
    corpus: EventsFile,
    req: &ImageRequest,
    path: &Path,
    force: bool,
) -> Result<(), ExportError> {
    if !force && path.exists() {
        return Err(WriteError::Exists {
            path: path.display().to_string(),
        }
        .into());
    }
    let bytes = render_png(corpus, req)?;
    write_atomic(path, &bytes, force)?;
    Ok(())
}
