//! What the `*_ui` functions draw, derived from the model and the view and kept in the
//! state between frames: the lanes and their items, the list's row order, and the hit
//! areas the timeline leaves for the pointer. Below the UI: the state builds these, the UI
//! reads them, and nothing here knows about either.

use crate::explore::{Explorer, LaneMode, Visible};
use crate::timeline::time::secs_from_datetime;
use egui::Rect;
use serde::{Deserialize, Serialize};

/// Which column the event list is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SortColumn {
    #[default]
    Date,
    /// The headline (A–Z).
    Title,
    /// How many sources report the event.
    Sources,
    Document,
}

/// A row of the event list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// Index into `Explorer::items`.
    Dated(u32),
    /// Index into the corpus events.
    Undated(u32),
    /// The heading of the undated group (vague references, unresolved dates).
    UndatedHeading,
}

/// Something drawn that the pointer can hit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    /// An event (corpus index).
    Event(u32),
    /// A cluster of `count` items over `[start, end]` seconds.
    Cluster { start: f64, end: f64, count: usize },
    /// The publication date (reference date) of a document (index).
    ArticleDate(u32),
}

/// A hit area; later entries are drawn on top.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    pub rect: Rect,
    pub target: Target,
}

/// Lanes laid out for drawing: names and the items of each lane, sorted by start.
#[derive(Clone, Debug, Default)]
pub struct LaneLayout {
    pub names: Vec<String>,
    pub items: Vec<Vec<u32>>,
    pub max_span: Vec<f64>,
    /// For lanes that are one document: the document and its reference date.
    pub article: Vec<Option<(u32, f64)>>,
}

impl LaneLayout {
    /// Distributes the visible items over the lanes of the current lane mode.
    pub fn build(model: &Explorer, visible: &Visible, lane_mode: LaneMode) -> Self {
        if lane_mode == LaneMode::Actor {
            return Self::by_actor(model, visible);
        }
        let (lanes, lane_of_doc) = model.lanes(lane_mode);
        let mut items = vec![Vec::new(); lanes.len()];
        let mut max_span = vec![0.0f64; lanes.len()];
        // An event several documents report is in each of their lanes (all drawn
        // selected together); most have one source, so one lane and no lookups.
        let mut in_lanes: Vec<usize> = Vec::new();
        for &i in &visible.items {
            let it = model.items[i as usize];
            in_lanes.clear();
            in_lanes.push(lane_of_doc.get(it.doc as usize).copied().unwrap_or(0) as usize);
            if it.sources > 1 {
                let sources = model.event(it.event).map_or(&[][..], |e| &e.sources[..]);
                for src in sources {
                    if let Some(d) = model.doc_index_of(&src.document) {
                        let lane = lane_of_doc.get(d as usize).copied().unwrap_or(0) as usize;
                        if !in_lanes.contains(&lane) {
                            in_lanes.push(lane);
                        }
                    }
                }
            }
            for &lane in &in_lanes {
                if let Some(v) = items.get_mut(lane) {
                    v.push(i);
                    max_span[lane] = max_span[lane].max(it.end - it.start);
                }
            }
        }
        let docs = &model.corpus.documents;
        let article = (0..lanes.len())
            .map(|lane| match lane_mode {
                LaneMode::Document => docs.get(lane).and_then(|d| {
                    d.reference_date
                        .map(|r| (lane as u32, secs_from_datetime(r)))
                }),
                _ => None,
            })
            .collect();
        LaneLayout {
            names: lanes.into_iter().map(|l| l.name).collect(),
            items,
            max_span,
            article,
        }
    }
}

impl LaneLayout {
    /// One lane per frequent actor: an event with three actors is in each of their lanes
    /// (drawn selected together), events with none of them in "Other names".
    fn by_actor(model: &Explorer, visible: &Visible) -> Self {
        let (names, per_event) = model.actor_lanes();
        let mut items = vec![Vec::new(); names.len()];
        let mut max_span = vec![0.0f64; names.len()];
        for &i in &visible.items {
            let it = model.items[i as usize];
            for &lane in per_event.get(it.event as usize).map_or(&[][..], |v| &v[..]) {
                if let Some(v) = items.get_mut(lane as usize) {
                    v.push(i);
                    max_span[lane as usize] = max_span[lane as usize].max(it.end - it.start);
                }
            }
        }
        LaneLayout {
            article: vec![None; names.len()],
            names,
            items,
            max_span,
        }
    }
}

/// Row order for the list under the view's sort.
pub fn sorted_rows(
    model: &Explorer,
    visible: &Visible,
    sort: SortColumn,
    ascending: bool,
) -> Vec<Row> {
    let mut dated: Vec<u32> = visible.items.clone();
    let title_of = |i: u32| {
        model
            .event(model.items[i as usize].event)
            .map(|e| e.headline.as_str())
            .unwrap_or("")
    };
    let sources_of = |i: u32| {
        model
            .event(model.items[i as usize].event)
            .map_or(0, |e| e.sources.len())
    };
    let doc_of = |i: u32| {
        model
            .document(model.items[i as usize].doc)
            .map(|d| d.title.as_str())
            .unwrap_or("")
    };
    match sort {
        SortColumn::Date => {} // already in time order
        SortColumn::Title => dated.sort_by(|&a, &b| title_of(a).cmp(title_of(b))),
        // Most sources first when ascending is off; ties keep time order.
        SortColumn::Sources => {
            dated.sort_by(|&a, &b| sources_of(a).cmp(&sources_of(b)).then(a.cmp(&b)))
        }
        SortColumn::Document => dated.sort_by(|&a, &b| doc_of(a).cmp(doc_of(b)).then(a.cmp(&b))),
    }
    if !ascending {
        dated.reverse();
    }
    dated
        .into_iter()
        .map(Row::Dated)
        .chain((!visible.undated.is_empty()).then_some(Row::UndatedHeading))
        .chain(visible.undated.iter().map(|&e| Row::Undated(e)))
        .collect()
}
