//! Writing a screenshot to a PNG file: a timestamped name in a folder, written atomically.

use std::path::{Path, PathBuf};

/// Saves `image` as `chronoscope-YYYYMMDD-HHMMSS.png` in `dir` (the current folder when
/// empty). Returns the path, or a message saying what failed and where.
pub fn save_png(image: &egui::ColorImage, dir: &Path) -> Result<PathBuf, String> {
    let name = format!("chronoscope-{}.png", chrono::Local::now().format("%Y%m%d-%H%M%S"));
    let path = if dir.as_os_str().is_empty() { PathBuf::from(name) } else { dir.join(name) };
    write_png(image, &path)?;
    Ok(std::path::absolute(&path).unwrap_or(path))
}

/// Encodes `image` as PNG and writes it to `path` through a temporary file and a rename,
/// so a failure never leaves a partial file.
pub fn write_png(image: &egui::ColorImage, path: &Path) -> Result<(), String> {
    let [w, h] = image.size;
    let rgba: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_srgba_unmultiplied()).collect();
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, rgba)
        .ok_or_else(|| format!("cannot save {}: the screenshot is empty", path.display()))?;
    let mut bytes = Vec::new();
    buffer
        .write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png)
        .map_err(|e| format!("cannot encode PNG for {}: {e}", path.display()))?;
    crate::fsutil::write_atomic(path, &bytes, true)
        .map_err(|e| format!("cannot save screenshot: {e}"))
}
