//! Headless PNG rendering of the app or of its timeline: the same [`crate::app::app_ui`]
//! that runs in the window runs in an egui_kittest `Harness` with a wgpu renderer (Mesa's
//! software drivers work: no display, no GPU), and the frame is read back as PNG. Part of
//! the app (the 2× export of the window uses it; the CLI's `export --png` too).

use crate::app::state::{AppState, ViewState};
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
    /// The app's view as the user has it (lanes, sort, lane scroll, …): an export of the
    /// window starts from it, not from defaults. `None`: the defaults (the CLI).
    pub app_view: Option<Box<ViewState>>,
    /// egui's memory of the window (panel sizes, scroll positions), so the image has the
    /// layout on screen.
    pub memory: Option<Box<egui::Memory>>,
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
            app_view: None,
            memory: None,
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
    let view = match &req.app_view {
        Some(v) => ViewState {
            dark: req.dark,
            // Indices of the app's model; the event is found again by its id below.
            selected: None,
            export_open: false,
            ..(**v).clone()
        },
        None => ViewState {
            dark: req.dark,
            ..ViewState::default()
        },
    };
    let mut state = AppState::with_corpus(corpus, view);
    if req.filter.is_active() {
        state.view.filter = req.filter.clone();
        state.refilter();
        state.frame.pending_range = state.fit_range();
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
        state.frame.scroll_source = true;
        state.frame.scroll_list = true;
    }
    if let Some(range) = req.range {
        state.frame.pending_range = Some(range);
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
    let renderer = egui_kittest::wgpu::WgpuTestRenderer::from_render_state(render_state()?);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(w, h))
        .with_pixels_per_point(scale)
        .with_theme(theme)
        // User documents may hold characters no bundled font has: draw a box, never panic.
        .allow_missing_glyphs()
        .renderer(renderer)
        .build_ui_state(crate::app::app_ui, state);
    if let Some(memory) = &req.memory {
        harness.ctx.memory_mut(|m| *m = (**memory).clone());
    }
    harness.run_steps(4);
    let timeline_rect = harness.state().frame.timeline_rect;
    let image = harness.render().map_err(ExportError::Render)?;
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

/// The wgpu device the offscreen renderer draws with (a software rasteriser preferred, as
/// egui_kittest does); `NoAdapter` when the machine has none. Made here rather than by
/// `HarnessBuilder::wgpu`, which panics then.
fn render_state() -> Result<egui_wgpu::RenderState, ExportError> {
    let setup = egui_kittest::wgpu::default_wgpu_setup();
    let instance = pollster::block_on(setup.new_instance());
    let config = egui_wgpu::WgpuConfiguration {
        wgpu_setup: setup,
        ..Default::default()
    };
    pollster::block_on(egui_wgpu::RenderState::create(
        &config,
        &instance,
        None,
        egui_wgpu::RendererOptions::PREDICTABLE,
    ))
    .map_err(|e| ExportError::NoAdapter(e.to_string()))
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
