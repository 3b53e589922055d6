//! Exports that need the UI code: PNG images of the app rendered headless.
//!
//! The same [`crate::app::app_ui`] that runs in the window is run in an egui_kittest
//! `Harness` with the wgpu renderer (Mesa's software drivers work: no display, no GPU),
//! then the frame is read back and written as PNG.

mod image_export;

pub use image_export::{render_png, write_png_file, ExportError, ImageRequest, ViewKind};
