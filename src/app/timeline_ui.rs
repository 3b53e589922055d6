//! The timeline: an egui_plot whose x axis is time (calendar ticks from
//! [`crate::timeline::ticks`]) and whose y axis is lanes; events are painted over it by
//! [`super::timeline_paint`] with the plot's own transform.
//!
//! egui_plot owns drag-to-pan, box zoom (right drag) and the axes; the wheel zooms time
//! around the cursor (handled here, since egui_plot's wheel pans); double-click fits all.

use crate::app::command::Command;
pub use crate::app::layout::{Hit, LaneLayout, Target};
use crate::app::state::AppState;
use crate::app::theme::Palette;
use crate::app::timeline_paint::{self, LanePaint, XMap};
use crate::timeline::format::{far_year_label, format_date, format_interval, period_label};
use crate::timeline::geometry::TimeView;
use crate::timeline::ticks;
use crate::timeline::time::datetime_from_secs;
use egui::{Pos2, Rect, Ui, Vec2b};
use egui_plot::{GridMark, Plot};

/// What the timeline drew this frame, for the rest of the app (and for tests).
pub struct TimelineOutput {
    /// The time range shown (axis seconds).
    pub shown: (f64, f64),
    /// The whole timeline area, axes included (points).
    pub area: Rect,
    /// The plot frame's x range (the overview strip aligns with it).
    pub plot_x: egui::Rangef,
    /// What the pointer can hit, in paint order.
    pub hits: Vec<Hit>,
}

/// The smallest lane height before lanes scroll (points).
const MIN_LANE_PX: f64 = 52.0;

/// Draws the timeline; returns the time range it showed.
pub fn timeline_ui(
    ui: &mut Ui,
    state: &AppState,
    lanes: &LaneLayout,
    cmds: &mut Vec<Command>,
) -> TimelineOutput {
    let palette = Palette::for_dark_mode(ui.visuals().dark_mode);
    let n_lanes = lanes.names.len().max(1) as f64;
    let names = lanes.names.clone();
    let width_px = ui.available_width() as f64;
    let pending = state.frame.pending_range;
    let outer = ui.available_rect_before_wrap();
    let plot = Plot::new("timeline")
        .allow_zoom(Vec2b::new(true, false))
        .allow_drag(Vec2b::new(true, true))
        .allow_scroll(false)
        .allow_double_click_reset(false)
        .allow_boxed_zoom(true)
        .show_x(false)
        .show_y(false)
        .show_grid(Vec2b::new(true, false))
        .invert_y(true)
        .x_grid_spacer(move |input| {
            // Fewer, calmer grid lines than egui_plot's default density.
            ticks::grid_marks(input.bounds.0, input.bounds.1, width_px / 4.0)
                .into_iter()
                .map(|(value, step_size)| GridMark { value, step_size })
                .collect()
        })
        .x_axis_formatter(|mark, _range| ticks::grid_label(mark.value, mark.step_size))
        .y_grid_spacer(move |input| {
            let (a, b) = input.bounds;
            (a.floor().max(0.0) as usize..(b.ceil().min(n_lanes) as usize))
                .map(|i| GridMark {
                    value: i as f64 + 0.5,
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_formatter(move |mark, _| {
            let i = mark.value.floor() as usize;
            names.get(i).map(|n| lane_label(n)).unwrap_or_default()
        })
        .y_axis_min_width(150.0)
        .set_margin_fraction(egui::vec2(0.0, 0.0));
    let response = plot.show(ui, |pui| {
        // Lanes keep a readable height; when they do not all fit, drag vertically (or
        // Shift+wheel) to scroll through them.
        let fit = (pui.transform().frame().height() as f64 / MIN_LANE_PX)
            .floor()
            .max(1.0);
        let shown_lanes = n_lanes.min(fit);
        let top = pui.plot_bounds().min()[1].clamp(0.0, n_lanes - shown_lanes);
        let top = if top.is_finite() { top } else { 0.0 };
        pui.set_plot_bounds_y(top..=top + shown_lanes);
        if let Some((a, b)) = pending {
            pui.set_plot_bounds_x(a..=b);
        }
        // Wheel zooms time around the cursor; Shift+wheel scrolls the lanes.
        if pui.response().hovered() {
            let (scroll, shift) = pui.ctx().input(|i| {
                (
                    i.smooth_scroll_delta.y + i.smooth_scroll_delta.x,
                    i.modifiers.shift,
                )
            });
            if scroll != 0.0 && shift {
                let lane_px = pui.transform().frame().height() as f64 / shown_lanes;
                let new_top = (top - scroll as f64 / lane_px).clamp(0.0, n_lanes - shown_lanes);
                pui.set_plot_bounds_y(new_top..=new_top + shown_lanes);
            } else if scroll != 0.0 {
                pui.zoom_bounds_around_hovered(egui::vec2((scroll * 0.004).exp(), 1.0));
            }
        }
    });
    let transform = response.transform;
    let frame = *transform.frame();
    let bounds = transform.bounds();
    let (t0, t1) = (bounds.min()[0], bounds.max()[0]);
    let xmap = XMap::new(t0, t1, frame.left(), frame.right());
    let painter = ui.painter_at(frame);
    let mut hits: Vec<Hit> = Vec::new();
    let (y_lo, y_hi) = (
        bounds.min()[1].floor().max(0.0) as usize,
        bounds.max()[1].ceil().max(0.0) as usize,
    );
    for (lane, items) in lanes.items.iter().enumerate().take(y_hi).skip(y_lo) {
        let y0 = transform.position_from_point_y(lane as f64);
        let y1 = transform.position_from_point_y(lane as f64 + 1.0);
        let rect = Rect::from_x_y_ranges(frame.x_range(), y0.min(y1)..=y0.max(y1));
        if lane % 2 == 1 {
            painter.rect_filled(rect, 0.0, palette.lane_band);
        }
        let lp = LanePaint {
            model: &state.model,
            items,
            max_span: lanes.max_span[lane],
            rect,
            xmap: &xmap,
            selected: state.view.selected,
            picked: &state.view.picked,
            palette: &palette,
            article: lanes.article.get(lane).copied().flatten(),
        };
        timeline_paint::paint_lane(&lp, &painter, &mut hits);
    }
    lane_scrollbar(
        &painter,
        frame,
        (bounds.min()[1], bounds.max()[1]),
        n_lanes,
        &palette,
    );
    interact(ui, &response.response, &hits, state, cmds);
    outliers_ui(ui, frame, state, (t0, t1), cmds);
    TimelineOutput {
        shown: (t0, t1),
        area: outer,
        plot_x: frame.x_range(),
        hits,
    }
}

/// "‹ 3 earlier" and "12 later ›" at the plot's edges: visible events outside the shown
/// range, one click from view (the click shows everything).
fn outliers_ui(
    ui: &mut Ui,
    frame: Rect,
    state: &AppState,
    (t0, t1): (f64, f64),
    cmds: &mut Vec<Command>,
) {
    let (earlier, later) =
        crate::explore::framing::outside(&state.model.items, &state.visible.items, t0, t1);
    let plural = |n: usize| if n == 1 { "event" } else { "events" };
    // At the bottom corners: the top row holds cluster counts.
    let y = frame.bottom() - 26.0;
    if earlier > 0 {
        let rect = Rect::from_min_size(egui::pos2(frame.left() + 6.0, y), egui::vec2(120.0, 20.0));
        let b = ui
            .put(
                rect,
                egui::Button::new(format!("‹ {earlier} earlier")).small(),
            )
            .on_hover_text(format!(
                "{earlier} {} before the shown range: click to show everything",
                plural(earlier)
            ));
        if b.clicked() {
            cmds.push(Command::FitExtent);
        }
    }
    if later > 0 {
        let rect = Rect::from_min_size(
            egui::pos2(frame.right() - 126.0, y),
            egui::vec2(120.0, 20.0),
        );
        let b = ui
            .put(rect, egui::Button::new(format!("{later} later ›")).small())
            .on_hover_text(format!(
                "{later} {} after the shown range: click to show everything",
                plural(later)
            ));
        if b.clicked() {
            cmds.push(Command::FitExtent);
        }
    }
}

/// A thin scroll indicator on the right edge when not all lanes fit.
fn lane_scrollbar(
    painter: &egui::Painter,
    frame: Rect,
    shown: (f64, f64),
    n_lanes: f64,
    palette: &Palette,
) {
    let (top, bottom) = (shown.0.max(0.0), shown.1.min(n_lanes));
    if bottom - top >= n_lanes - 1e-6 {
        return;
    }
    let track = Rect::from_x_y_ranges(frame.right() - 7.0..=frame.right() - 2.0, frame.y_range());
    let y = |f: f64| track.top() + (f / n_lanes) as f32 * track.height();
    let thumb = Rect::from_x_y_ranges(track.x_range(), y(top)..=y(bottom).max(y(top) + 12.0));
    painter.rect_filled(track, 2.0, palette.lane_band);
    painter.rect_filled(thumb, 2.0, palette.coarse_outline);
}

fn interact(
    ui: &Ui,
    response: &egui::Response,
    hits: &[Hit],
    state: &AppState,
    cmds: &mut Vec<Command>,
) {
    if response.double_clicked() {
        cmds.push(Command::FitAll);
        return;
    }
    let pointer: Option<Pos2> = response.hover_pos();
    let target = pointer.and_then(|p| timeline_paint::hit_at(hits, p));
    if let Some(target) = target {
        if !matches!(target, Target::ArticleDate(_)) {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        response
            .clone()
            .on_hover_ui_at_pointer(|ui| tooltip_ui(ui, state, target));
    }
    if response.clicked() {
        match target {
            Some(Target::Event(e)) if ui.input(|i| i.modifiers.command) => {
                // Ctrl+click picks events to merge into the selected one.
                cmds.push(Command::Curate(crate::app::curate::Curate::Pick(e)))
            }
            Some(Target::Event(e)) => cmds.push(Command::Select(Some(e))),
            Some(Target::Cluster { start, end, .. }) => {
                let v = TimeView::fit(start, end);
                cmds.push(Command::ZoomTo(v.start_secs, v.end_secs));
            }
            Some(Target::ArticleDate(_)) | None => {}
        }
    }
}

fn tooltip_ui(ui: &mut Ui, state: &AppState, target: Target) {
    match target {
        Target::Event(e) => {
            let Some(ev) = state.model.event(e) else {
                return;
            };
            ui.strong(event_when_label(&state.model, ev));
            ui.label(&ev.headline);
            ui.weak(sources_summary(&state.model, ev));
            if let Some(who) = crate::app::actors_ui::actors_line(state, &ev.actors) {
                ui.weak(who);
            }
        }
        Target::ArticleDate(doc) => {
            let Some(d) = state.model.document(doc) else {
                return;
            };
            let date = d
                .reference_date
                .map(|r| r.format("%a %-d %b %Y").to_string());
            ui.strong(format!("Article date: {}", date.unwrap_or_default()));
            ui.label(&d.title);
            ui.weak("Relative dates in this article are resolved against it");
        }
        Target::Cluster { start, end, count } => {
            ui.strong(format!("{count} events"));
            if let (Some(a), Some(b)) = (datetime_from_secs(start), datetime_from_secs(end)) {
                ui.label(format_interval(a, b, crate::temporal::Granularity::Day));
            }
            ui.weak("Click to zoom in");
        }
    }
}

/// The event's date, or "reported Fri 17 Nov 2023" when it is only placed on the date the
/// articles reporting it appeared.
pub fn event_when_label(model: &crate::explore::Explorer, ev: &crate::events::Event) -> String {
    if ev.is_reported() {
        if let Some(d) = model
            .doc_of(ev)
            .and_then(|d| model.document(d))
            .and_then(|d| d.reference_date)
        {
            return format!("reported {}", d.format("%a %-d %b %Y"));
        }
    }
    event_date_label(ev)
}

/// "3 sources: Reuters …, AP …" — the distinct documents reporting the event.
pub fn sources_summary(model: &crate::explore::Explorer, ev: &crate::events::Event) -> String {
    const SHOWN: usize = 3;
    let mut titles: Vec<&str> = Vec::new();
    for src in &ev.sources {
        let t = model
            .doc_index_of(&src.document)
            .and_then(|d| model.document(d))
            .map_or(src.document.as_str(), |d| d.title.as_str());
        if !titles.contains(&t) {
            titles.push(t);
        }
    }
    let n = ev.sources.len();
    let shown: Vec<String> = titles.iter().take(SHOWN).map(|t| lane_label(t)).collect();
    let more = titles.len().saturating_sub(SHOWN);
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    if n == 1 {
        format!("1 source: {}", shown.join(", "))
    } else {
        format!("{n} sources: {}{more}", shown.join(", "))
    }
}

/// An event's date written to its granularity: "Aug 2023", "Thu 16 Nov 2023", "15–17 Nov 2023".
pub fn event_date_label(ev: &crate::events::Event) -> String {
    // seasons and halves are not calendar units: "Winter 2018–19", not "Q4 2018 – Q1 2019"
    if let Some(label) = ev.start.and_then(|s| period_label(&ev.value, s)) {
        return label;
    }
    match (ev.start, ev.end, ev.granularity) {
        (Some(s), Some(e), Some(g)) => {
            let one_unit = format_date(s, g);
            let last = e - chrono::Duration::seconds(1);
            if format_date(last, g) == one_unit {
                one_unit
            } else {
                format_interval(s, e, g)
            }
        }
        _ => match ev.value.as_str() {
            "PAST_REF" => "the past (vague)".into(),
            "PRESENT_REF" => "the present (vague)".into(),
            "FUTURE_REF" => "the future (vague)".into(),
            v if v.contains('X') => format!("unresolved ({v})"),
            // "66 million years ago": valued, but beyond what a date-time can hold
            v => match far_year_label(v) {
                Some(year) => format!("{year} (beyond the timeline)"),
                None => format!("undated ({v})"),
            },
        },
    }
}

fn lane_label(name: &str) -> String {
    const MAX: usize = 22;
    if name.chars().count() <= MAX {
        name.to_string()
    } else {
        format!(
            "{}…",
            name.chars().take(MAX - 1).collect::<String>().trim_end()
        )
    }
}
