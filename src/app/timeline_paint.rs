//! Laying out and painting the events of one lane inside the timeline plot.
//!
//! Cost follows pixels, not events: only the items in the visible time window are looked
//! at (binary search on the time-sorted list). Up to [`DETAIL_LIMIT`] visible items are
//! laid out one by one into sub-rows (with a label where there is room); items that find no
//! free row fold into counted clusters. Beyond the limit, the lane is drawn as a per-pixel
//! density band with counted clusters. Every drawn thing leaves a [`Hit`] for hover/click.

use crate::app::layout::{Hit, Target};
use crate::app::theme::Palette;
use crate::explore::{Explorer, Item};
use crate::timeline::density;
use crate::timeline::{PixelRange, TimeView};
use egui::{FontId, Painter, Pos2, Rect, Stroke, StrokeKind, Vec2};

/// Above this many items in view (or one per 3 px), a lane is drawn as density.
pub const DETAIL_LIMIT: usize = 4_000;
const ROW_HEIGHT: f32 = 22.0;
const POINT_RADIUS: f32 = 5.0;
const LABEL_GAP: f32 = 8.0;
const MAX_LABEL_CHARS: usize = 48;
const DENSITY_BIN_PX: f32 = 3.0;

/// Maps axis seconds to screen x: [`TimeView`] geometry in f64, handed to egui in f32.
pub struct XMap {
    pub view: TimeView,
    pub px: PixelRange,
}

impl XMap {
    /// Time `[t0, t1]` drawn over screen x `[x0, x1]`.
    pub fn new(t0: f64, t1: f64, x0: f32, x1: f32) -> Self {
        XMap {
            view: TimeView {
                start_secs: t0,
                end_secs: t1,
            },
            px: PixelRange::new(x0 as f64, x1 as f64),
        }
    }

    /// Screen x of time `t`, clamped far off screen so f32 stays finite.
    pub fn x(&self, t: f64) -> f32 {
        self.view.x_from_time(t, self.px).clamp(-1e6, 1e6) as f32
    }

    /// Time at screen x.
    pub fn t(&self, x: f32) -> f64 {
        self.view.time_from_x(x as f64, self.px)
    }
}

/// Everything painting a lane needs.
pub struct LanePaint<'a> {
    pub model: &'a Explorer,
    /// Items of this lane (indices into `model.items`), sorted by start.
    pub items: &'a [u32],
    /// Longest item span in this lane, seconds (bounds the backwards search).
    pub max_span: f64,
    pub rect: Rect,
    pub xmap: &'a XMap,
    pub selected: Option<u32>,
    /// Events Ctrl-clicked to merge into the selected one (ids): ringed.
    pub picked: &'a std::collections::BTreeSet<String>,
    pub palette: &'a Palette,
    /// The lane's document and its reference date (axis seconds), when the lane is one
    /// document: drawn as a dashed "article date" line.
    pub article: Option<(u32, f64)>,
}

/// Paints one lane and appends its hit areas.
pub fn paint_lane(p: &LanePaint<'_>, painter: &Painter, hits: &mut Vec<Hit>) {
    let article_head = p
        .article
        .and_then(|(doc, secs)| paint_article_date(p, doc, secs, painter));
    let (t0, t1) = (p.xmap.view.start_secs, p.xmap.view.end_secs);
    let items = &p.model.items;
    let lo = p
        .items
        .partition_point(|&i| items[i as usize].start < t0 - p.max_span);
    let hi = p.items.partition_point(|&i| items[i as usize].start <= t1);
    let window = &p.items[lo..hi];
    // Detail costs per item: past a few items per pixel column, draw density instead. Only
    // items in view count: one long item ("this year") puts every item starting in its span
    // before the view into the window, ended long before it.
    let limit = DETAIL_LIMIT.min((p.rect.width() / 3.0) as usize).max(8);
    let in_view = |&&i: &&u32| items[i as usize].end >= t0;
    if window.iter().filter(in_view).take(limit + 1).count() > limit {
        paint_density(p, window, painter, hits);
    } else {
        let visible: Vec<u32> = window.iter().filter(in_view).copied().collect();
        paint_detail(p, &visible, painter, hits);
    }
    // The marker's head is above everything else; its line stays behind the events.
    if let Some(hit) = article_head {
        hits.push(hit);
    }
}

/// The document's publication date: a dashed line over the lane with a small head at the
/// top. Returns the head's hit area.
fn paint_article_date(p: &LanePaint<'_>, doc: u32, secs: f64, painter: &Painter) -> Option<Hit> {
    let x = p.xmap.x(secs);
    if !p.rect.x_range().contains(x) {
        return None;
    }
    let (top, bottom) = (p.rect.top() + 2.0, p.rect.bottom() - 2.0);
    let stroke = Stroke::new(1.0, p.palette.muted);
    painter.extend(egui::Shape::dashed_line(
        &[Pos2::new(x, top), Pos2::new(x, bottom)],
        stroke,
        4.0,
        3.0,
    ));
    let head = [
        Pos2::new(x - 4.0, top),
        Pos2::new(x + 4.0, top),
        Pos2::new(x, top + 6.0),
    ];
    painter.add(egui::Shape::convex_polygon(
        head.to_vec(),
        p.palette.muted,
        Stroke::NONE,
    ));
    let rect = Rect::from_x_y_ranges(x - 5.0..=x + 5.0, top..=top + 8.0);
    Some(Hit {
        rect,
        target: Target::ArticleDate(doc),
    })
}

fn rows_in(rect: Rect) -> usize {
    (((rect.height() - 6.0) / ROW_HEIGHT).floor() as usize).max(1)
}

/// An item given a sub-row, with its mark's pixel extent.
struct Placed {
    item: Item,
    row: usize,
    x0: f32,
    x1: f32,
    title: String,
    /// The label goes left of the mark (no room before the lane's right edge).
    label_left: bool,
}

/// Greedy row assignment in time order: an item takes the first row that is free at its
/// left edge; its label then reserves the room after it. Items that find no row overflow.
fn place(p: &LanePaint<'_>, window: &[u32], rows: usize) -> (Vec<Placed>, Vec<(f32, Item)>) {
    let mut row_end = vec![f32::NEG_INFINITY; rows];
    let mut placed = Vec::new();
    let mut overflow = Vec::new();
    for &i in window {
        let it = p.model.items[i as usize];
        if it.end < p.xmap.view.start_secs {
            continue;
        }
        let x0 = p.xmap.x(it.start);
        let x1 = if it.point {
            x0
        } else {
            p.xmap.x(it.end).max(x0 + 4.0)
        };
        // The label's width from its length; the string is made only if the item is placed.
        let full_title = p
            .model
            .event(it.event)
            .map(crate::app::curate_ui::shown_headline)
            .unwrap_or_default();
        let label_chars = full_title.chars().take(MAX_LABEL_CHARS + 2).count();
        let label_w = label_chars as f32 * 6.3 + LABEL_GAP;
        // Coarse bars fill their span: their label goes inside the bar when it fits.
        let right_fits = x1 + POINT_RADIUS + 2.0 + label_w <= p.rect.right();
        let label_left = !it.coarse && !right_fits;
        // A coarse span is a faint band over the lane; in its row it takes only a tag with
        // its label, at the start of the span (or the lane's left edge).
        let (left, right) = if it.coarse {
            let tag_x = tag_left(x0, label_w, p.rect);
            (tag_x, tag_x + label_w)
        } else if label_left {
            (x0 - POINT_RADIUS - 2.0 - label_w, x1 + POINT_RADIUS + 2.0)
        } else {
            (x0 - POINT_RADIUS - 1.0, x1 + POINT_RADIUS + 2.0 + label_w)
        };
        match row_end.iter().position(|&e| e < left) {
            Some(row) => {
                row_end[row] = right;
                placed.push(Placed {
                    item: it,
                    row,
                    x0,
                    x1,
                    title: short(&full_title),
                    label_left,
                });
            }
            None => overflow.push((x0, it)),
        }
    }
    (placed, overflow)
}

fn paint_detail(p: &LanePaint<'_>, window: &[u32], painter: &Painter, hits: &mut Vec<Hit>) {
    let rows = rows_in(p.rect);
    let font = FontId::proportional(12.0);
    let (mut placed, mut overflow) = place(p, window, rows);
    if !overflow.is_empty() {
        // Counted clusters get a row of their own, so they never cover a label; a lane
        // with room for one row only shows density instead.
        if rows == 1 {
            paint_density(p, window, painter, hits);
            return;
        }
        (placed, overflow) = place(p, window, rows - 1);
    }
    // Centre the block of used rows (plus a cluster row if needed) in the lane.
    let used =
        placed.iter().map(|pl| pl.row + 1).max().unwrap_or(0) + usize::from(!overflow.is_empty());
    let used = used.clamp(1, rows);
    let top = p.rect.top() + (p.rect.height() - used as f32 * ROW_HEIGHT) / 2.0;
    let y_of = |row: usize| top + (row as f32 + 0.5) * ROW_HEIGHT;
    // Coarse spans first: a faint band over the lane, so points stay on top. The band is
    // also a hit area, behind everything else.
    for pl in placed.iter().filter(|pl| pl.item.coarse) {
        let band = Rect::from_x_y_ranges(
            pl.x0..=pl.x1.max(pl.x0 + 2.0),
            p.rect.top() + 2.0..=p.rect.bottom() - 2.0,
        );
        painter.rect_filled(band, 2.0, p.palette.coarse);
        hits.push(Hit {
            rect: band,
            target: Target::Event(pl.item.event),
        });
    }
    for pl in &placed {
        let it = pl.item;
        let y = y_of(pl.row);
        let selected = p.selected == Some(it.event);
        let ev = p.model.event(it.event);
        let hidden = ev.is_some_and(|e| e.marks().hidden);
        let picked = ev.is_some_and(|e| p.picked.contains(&e.id));
        let color = if selected {
            p.palette.point_selected
        } else if hidden {
            // Shown only when "Show hidden" is on: greyed.
            p.palette.point.gamma_multiply(0.3)
        } else {
            p.palette.point
        };
        if picked {
            let c = Pos2::new(pl.x0, y);
            painter.circle_stroke(
                c,
                POINT_RADIUS + 6.0,
                Stroke::new(2.0, p.palette.point_selected),
            );
        }
        let (mark, label_x) = if it.coarse {
            let width = pl.title.chars().count() as f32 * 6.3 + 8.0;
            let tag_x = tag_left(pl.x0, width, p.rect);
            let r = Rect::from_x_y_ranges(tag_x..=tag_x + width, y - 9.0..=y + 9.0);
            let outline = if selected {
                p.palette.point_selected
            } else {
                p.palette.coarse_outline
            };
            painter.rect_filled(r, 3.0, p.palette.tag_fill);
            painter.rect_stroke(
                r,
                3.0,
                Stroke::new(if selected { 2.0 } else { 1.0 }, outline),
                StrokeKind::Inside,
            );
            (r, tag_x + 4.0)
        } else if it.point {
            let radius = point_radius(it.sources);
            let c = Pos2::new(pl.x0, y);
            if it.reported {
                // Reported on the publication date, not dated by the text: hollow.
                painter.circle(c, radius - 1.0, p.palette.tag_fill, Stroke::new(2.0, color));
            } else {
                painter.circle_filled(c, radius, color);
            }
            if selected {
                painter.circle_stroke(c, radius + 3.0, Stroke::new(2.0, color));
            }
            if it.sources > 1 {
                source_badge(p, painter, c, radius, it.sources);
            }
            let r = Rect::from_center_size(c, Vec2::splat(radius * 2.0 + 4.0));
            (
                r,
                pl.x1 + radius + 4.0 + if it.sources > 1 { 8.0 } else { 0.0 },
            )
        } else {
            let r = Rect::from_x_y_ranges(pl.x0..=pl.x1, y - 5.0..=y + 5.0);
            let fill = match (selected, hidden) {
                (true, _) => color,
                (false, true) => p.palette.interval.gamma_multiply(0.3),
                (false, false) => p.palette.interval,
            };
            painter.rect_filled(r, 3.0, fill);
            (r, pl.x1 + POINT_RADIUS + 4.0)
        };
        let label_color = if hidden {
            p.palette.label.gamma_multiply(0.45)
        } else {
            p.palette.label
        };
        let galley = painter.layout_no_wrap(pl.title.clone(), font.clone(), label_color);
        let label_x = if pl.label_left {
            pl.x0 - POINT_RADIUS - 4.0 - galley.size().x
        } else {
            label_x
        };
        if label_x < p.rect.right() {
            painter.galley(
                Pos2::new(label_x, y - galley.size().y / 2.0),
                galley,
                label_color,
            );
        }
        hits.push(Hit {
            rect: mark,
            target: Target::Event(it.event),
        });
    }
    paint_clusters(p, &overflow, y_of(used - 1), painter, hits);
}

/// A point grows with its sources: 5 px for one, up to 9 px.
fn point_radius(sources: u32) -> f32 {
    POINT_RADIUS + (sources.max(1) as f32).log2().min(4.0)
}

/// The number of sources, small, at the point's upper right.
fn source_badge(p: &LanePaint<'_>, painter: &Painter, c: Pos2, radius: f32, n: u32) {
    let text = if n > 99 {
        "99+".to_string()
    } else {
        n.to_string()
    };
    let galley = painter.layout_no_wrap(text, FontId::proportional(9.5), p.palette.cluster_text);
    let size = Vec2::new(galley.size().x + 5.0, 12.0);
    let r = Rect::from_center_size(c + Vec2::new(radius + 2.0, -radius), size);
    painter.rect_filled(r, 6.0, p.palette.cluster);
    painter.galley(
        r.center() - galley.size() / 2.0,
        galley,
        p.palette.cluster_text,
    );
}

/// Folds items that found no row into counted clusters at the lane's bottom row.
fn paint_clusters(
    p: &LanePaint<'_>,
    overflow: &[(f32, Item)],
    y: f32,
    painter: &Painter,
    hits: &mut Vec<Hit>,
) {
    let mut i = 0;
    while i < overflow.len() {
        let (x_first, first) = overflow[i];
        let mut j = i + 1;
        let mut end = first.end;
        while j < overflow.len() && overflow[j].0 - x_first < 28.0 {
            end = end.max(overflow[j].1.end);
            j += 1;
        }
        let count = j - i;
        let x_last = overflow[j - 1].0;
        cluster_badge(
            p,
            painter,
            hits,
            (x_first + x_last) / 2.0,
            y,
            first.start,
            end,
            count,
        );
        i = j;
    }
}

#[allow(clippy::too_many_arguments)]
fn cluster_badge(
    p: &LanePaint<'_>,
    painter: &Painter,
    hits: &mut Vec<Hit>,
    x: f32,
    y: f32,
    start: f64,
    end: f64,
    count: usize,
) {
    let text = if count >= 1000 {
        format!("{}k", count / 1000)
    } else {
        format!("+{count}")
    };
    let galley = painter.layout_no_wrap(text, FontId::proportional(11.0), p.palette.cluster_text);
    let size = Vec2::new(galley.size().x + 10.0, 16.0);
    let r = Rect::from_center_size(Pos2::new(x, y), size);
    painter.rect_filled(r, 8.0, p.palette.cluster);
    painter.galley(
        r.center() - galley.size() / 2.0,
        galley,
        p.palette.cluster_text,
    );
    hits.push(Hit {
        rect: r,
        target: Target::Cluster { start, end, count },
    });
}

/// Per-pixel density: one bar per bin (from [`density::bins_by`], binary search per
/// bin), height by log count; counted clusters over ~60 px stretches zoom in on click.
fn paint_density(p: &LanePaint<'_>, window: &[u32], painter: &Painter, hits: &mut Vec<Hit>) {
    let items = &p.model.items;
    let (view, px) = (p.xmap.view, p.xmap.px);
    let start_of = |k: usize| items[window[k] as usize].start;
    let bins = density::bins_by(window.len(), start_of, &view, px, DENSITY_BIN_PX as f64);
    let max = bins.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    let h = p.rect.height() - 8.0;
    let base = p.rect.bottom() - 4.0;
    for bin in &bins {
        let frac = ((bin.count as f32).ln_1p() / (max as f32).ln_1p()).clamp(0.08, 1.0);
        let x = bin.x_px as f32;
        let r = Rect::from_min_max(
            Pos2::new(x, base - h * frac),
            Pos2::new(x + (bin.width_px as f32 - 0.5).max(0.5), base),
        );
        painter.rect_filled(
            r,
            0.0,
            p.palette.interval.gamma_multiply(0.35 + 0.65 * frac),
        );
    }
    // Counted clusters over stretches of ~60 px, so a click can zoom into them.
    let group_px = 60.0;
    let y = p.rect.top() + 12.0;
    let mut i = 0;
    while i < bins.len() {
        let group = ((bins[i].x_px - px.x_min) / group_px).floor();
        let mut j = i;
        let mut count = 0;
        while j < bins.len() && ((bins[j].x_px - px.x_min) / group_px).floor() == group {
            count += bins[j].count;
            j += 1;
        }
        let xa = (px.x_min + group * group_px) as f32;
        let xb = (xa + group_px as f32).min(px.x_max as f32);
        cluster_badge(
            p,
            painter,
            hits,
            (xa + xb) / 2.0,
            y,
            p.xmap.t(xa),
            p.xmap.t(xb),
            count,
        );
        i = j;
    }
}

/// Where a coarse event's label tag starts: at its span's start, kept inside the lane.
fn tag_left(x0: f32, width: f32, lane: Rect) -> f32 {
    x0.min(lane.right() - width).max(lane.left())
}

/// A title cut to label length at a word boundary.
pub fn short(title: &str) -> String {
    if title.chars().count() <= MAX_LABEL_CHARS {
        return title.to_string();
    }
    let cut: String = title.chars().take(MAX_LABEL_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(p) if p > MAX_LABEL_CHARS / 2 => &cut[..p],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ', '…']))
}

/// The topmost hit under `pos`, preferring events over clusters over coarse bars.
pub fn hit_at(hits: &[Hit], pos: Pos2) -> Option<Target> {
    hits.iter()
        .rev()
        .find(|h| h.rect.expand(2.0).contains(pos))
        .map(|h| h.target)
}
