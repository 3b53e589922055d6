//! Writing images the app captured or rendered: PNG encoding, cropping, file names.

use std::path::{Path, PathBuf};

/// `chronoscope-YYYYMMDD-HHMMSS{suffix}` in `dir` (the current folder when empty), made
/// unique with `-2`, `-3`, … if such a file already exists.
pub fn timestamped_path(dir: &Path, suffix: &str) -> PathBuf {
    let stem = format!(
        "chronoscope-{}",
        chrono::Local::now().format("%Y%m%d-%H%M%S")
    );
    let at = |name: String| {
        if dir.as_os_str().is_empty() {
            PathBuf::from(name)
        } else {
            dir.join(name)
        }
    };
    let mut path = at(format!("{stem}{suffix}"));
    let mut n = 2;
    while path.exists() {
        path = at(format!("{stem}-{n}{suffix}"));
        n += 1;
    }
    path
}

/// The part of `image` inside `crop` (points, with `pixels_per_point`), or all of it.
pub fn cropped(
    image: &egui::ColorImage,
    crop: Option<egui::Rect>,
    pixels_per_point: f32,
) -> egui::ColorImage {
    match crop {
        Some(rect) => image.region(&rect, Some(pixels_per_point)),
        None => image.clone(),
    }
}

/// Encodes `image` as PNG and writes it to `path` through a temporary file and a rename,
/// so a failure never leaves a partial file. Returns the absolute path.
pub fn write_png(image: &egui::ColorImage, path: &Path) -> Result<PathBuf, String> {
    let [w, h] = image.size;
    let rgba: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|c| c.to_srgba_unmultiplied())
        .collect();
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, rgba)
        .ok_or_else(|| format!("cannot save {}: the image is empty", path.display()))?;
    let mut bytes = Vec::new();
    buffer
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| format!("cannot encode PNG for {}: {e}", path.display()))?;
    crate::fsutil::write_atomic(path, &bytes, true).map_err(|e| e.to_string())?;
    Ok(std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}
