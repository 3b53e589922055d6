//! The overview strip under the timeline: the whole extent of the visible events, their
//! density, and the window the timeline shows — drag it to pan, click to jump there.

use crate::app::command::Command;
use crate::app::state::AppState;
use crate::app::theme::Palette;
use crate::app::timeline_paint::XMap;
use egui::{Pos2, Rect, Sense, Stroke, StrokeKind, Ui};

const HEIGHT: f32 = 34.0;
const BIN_PX: f32 = 2.0;

/// Draws the strip aligned with the plot frame's x range.
pub fn overview_ui(ui: &mut Ui, state: &AppState, plot_x: egui::Rangef, cmds: &mut Vec<Command>) {
    let palette = Palette::for_dark_mode(ui.visuals().dark_mode);
    let (full, response) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), HEIGHT),
        Sense::click_and_drag(),
    );
    let rect = Rect::from_x_y_ranges(plot_x, full.y_range());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
    // The larger unit of the timeline's ticks ("November 2023"), in the gutter to the left.
    if let Some((a, b)) = state.frame.shown_range {
        let context = crate::timeline::ticks::ticks(a, b, plot_x.span() as f64, 60.0).context;
        let gutter = Rect::from_x_y_ranges(full.left()..=rect.left() - 6.0, full.y_range());
        ui.painter_at(gutter).text(
            gutter.right_center(),
            egui::Align2::RIGHT_CENTER,
            context,
            egui::FontId::proportional(13.0),
            palette.label,
        );
    }
    let Some((lo, hi)) = state.extent_range() else {
        return;
    };
    let xmap = XMap::new(lo, hi, rect.left(), rect.right());
    // Density of the visible items over the whole extent.
    let items = &state.model.items;
    let vis = &state.visible.items;
    let start_of = |k: usize| items[vis[k] as usize].start;
    let bins =
        crate::timeline::density::bins_by(vis.len(), start_of, &xmap.view, xmap.px, BIN_PX as f64);
    let max = bins.iter().map(|b| b.count).max().unwrap_or(1).max(1) as f32;
    for bin in &bins {
        let frac = ((bin.count as f32).ln_1p() / max.ln_1p()).clamp(0.15, 1.0);
        let x = bin.x_px as f32;
        let bar = Rect::from_min_max(
            Pos2::new(x, rect.bottom() - 3.0 - (HEIGHT - 8.0) * frac),
            Pos2::new(x + bin.width_px as f32, rect.bottom() - 3.0),
        );
        painter.rect_filled(bar, 0.0, palette.interval);
    }
    // The window the timeline shows; the rest is dimmed.
    if let Some((a, b)) = state.frame.shown_range {
        let (xa, xb) = (
            xmap.x(a).max(rect.left() - 2.0),
            xmap.x(b).min(rect.right() + 2.0),
        );
        let window = Rect::from_x_y_ranges(xa..=xb.max(xa + 3.0), rect.y_range());
        let dim = ui.visuals().window_fill.gamma_multiply(0.6);
        painter.rect_filled(
            Rect::from_x_y_ranges(rect.left()..=xa, rect.y_range()),
            0.0,
            dim,
        );
        painter.rect_filled(
            Rect::from_x_y_ranges(xb..=rect.right(), rect.y_range()),
            0.0,
            dim,
        );
        painter.rect_stroke(
            window,
            2.0,
            Stroke::new(1.5, palette.point_selected),
            StrokeKind::Inside,
        );
        let secs_per_px = (hi - lo) / rect.width().max(1.0) as f64;
        if response.dragged() {
            let dt = response.drag_delta().x as f64 * secs_per_px;
            cmds.push(Command::ZoomTo(a + dt, b + dt));
        } else if response.clicked() {
            if let Some(p) = response.interact_pointer_pos() {
                let mid = xmap.t(p.x);
                let half = (b - a) / 2.0;
                cmds.push(Command::ZoomTo(mid - half, mid + half));
            }
        }
    }
    response.on_hover_text("Overview: drag the window to pan, click to jump");
}
