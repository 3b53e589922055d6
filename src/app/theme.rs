//! All colours of the app, for the light and the dark theme, in one place.

use egui::Color32;

/// The palette the app draws with.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub point: Color32,
    pub point_selected: Color32,
    pub interval: Color32,
    pub coarse: Color32,
    pub coarse_outline: Color32,
    /// Background of a coarse event's label tag.
    pub tag_fill: Color32,
    pub cluster: Color32,
    pub cluster_text: Color32,
    pub lane_band: Color32,
    pub label: Color32,
    pub passage_bg: Color32,
    pub expression_bg: Color32,
    pub expression_fg: Color32,
    pub warning: Color32,
    pub muted: Color32,
}

impl Palette {
    pub fn for_dark_mode(dark: bool) -> Self {
        if dark {
            Palette {
                point: Color32::from_rgb(110, 168, 254),
                point_selected: Color32::from_rgb(255, 196, 61),
                interval: Color32::from_rgb(90, 150, 235),
                coarse: Color32::from_rgba_unmultiplied(110, 168, 254, 46),
                coarse_outline: Color32::from_rgba_unmultiplied(110, 168, 254, 140),
                tag_fill: Color32::from_rgb(30, 36, 48),
                cluster: Color32::from_rgb(70, 120, 200),
                cluster_text: Color32::WHITE,
                lane_band: Color32::from_rgba_unmultiplied(255, 255, 255, 8),
                label: Color32::from_gray(210),
                passage_bg: Color32::from_rgba_unmultiplied(255, 210, 80, 40),
                expression_bg: Color32::from_rgb(200, 140, 20),
                expression_fg: Color32::BLACK,
                warning: Color32::from_rgb(240, 170, 60),
                muted: Color32::from_gray(150),
            }
        } else {
            Palette {
                point: Color32::from_rgb(31, 95, 191),
                point_selected: Color32::from_rgb(220, 120, 0),
                interval: Color32::from_rgb(52, 115, 205),
                coarse: Color32::from_rgba_unmultiplied(31, 95, 191, 36),
                coarse_outline: Color32::from_rgba_unmultiplied(31, 95, 191, 120),
                tag_fill: Color32::from_rgb(240, 245, 253),
                cluster: Color32::from_rgb(45, 100, 180),
                cluster_text: Color32::WHITE,
                lane_band: Color32::from_rgba_unmultiplied(0, 0, 0, 8),
                label: Color32::from_gray(40),
                passage_bg: Color32::from_rgb(255, 243, 196),
                expression_bg: Color32::from_rgb(255, 200, 60),
                expression_fg: Color32::BLACK,
                warning: Color32::from_rgb(176, 96, 0),
                muted: Color32::from_gray(110),
            }
        }
    }
}
