//! [`Explorer`]: the corpus plus its dated items sorted by time and its lanes.

use crate::documents::Document;
use crate::events::{Event, EventsFile};
use crate::temporal::Granularity;
use crate::timeline::time::secs_from_datetime;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A dated event placed on the axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    /// Index into `EventsFile::events`.
    pub event: u32,
    /// Index into `EventsFile::documents`.
    pub doc: u32,
    /// Start and end (exclusive), seconds on the timeline axis.
    pub start: f64,
    pub end: f64,
    /// Drawn as a point (day or finer, not an interval longer than a day).
    pub point: bool,
    /// A coarse date (month or coarser): drawn faint, over its whole span.
    pub coarse: bool,
    /// How many sources report it.
    pub sources: u32,
    /// Only reported on a publication date (drawn hollow: "reported on").
    pub reported: bool,
}

/// How events are grouped into horizontal lanes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum LaneMode {
    /// One lane per document (default).
    #[default]
    Document,
    /// Everything in one lane.
    Single,
    /// One lane per document kind (text, TimeML, JSON Lines).
    Kind,
    /// One lane per actor, the most frequent first; an event is in each of its actors'.
    Actor,
}

/// A lane: a name and which documents it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    pub name: String,
}

/// A corpus arranged for exploring.
#[derive(Debug, Default)]
pub struct Explorer {
    pub corpus: EventsFile,
    /// Dated events sorted by (start, end, event index).
    pub items: Vec<Item>,
    /// Events with no place on the axis (vague or unresolved), in corpus order.
    pub undated: Vec<u32>,
    /// Each event's place in the key-events ranking (0 = the most reported); `u32::MAX`
    /// for events that are never key events (see [`key_ranks`]).
    pub key_rank: Vec<u32>,
    doc_index: HashMap<String, u32>,
    pub(super) actor_index: HashMap<String, u32>,
    /// Per actor: its name and aliases, for search.
    pub(super) actor_search: Vec<String>,
    pub(super) actor_stats: Vec<super::actors::ActorStat>,
}

impl Explorer {
    pub fn new(corpus: EventsFile) -> Self {
        let doc_index: HashMap<String, u32> = corpus
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), i as u32))
            .collect();
        let mut items = Vec::with_capacity(corpus.events.len());
        let mut undated = Vec::new();
        for (i, ev) in corpus.events.iter().enumerate() {
            let doc = doc_index.get(ev.document()).copied().unwrap_or(0);
            match (ev.start, ev.end) {
                (Some(s), Some(e)) if e >= s => {
                    let (start, end) = (secs_from_datetime(s), secs_from_datetime(e));
                    let coarse = ev.granularity.is_some_and(|g| g >= Granularity::Month);
                    let point = !coarse && end - start <= 86_400.0;
                    items.push(Item {
                        event: i as u32,
                        doc,
                        start,
                        end,
                        point,
                        coarse,
                        sources: ev.sources.len() as u32,
                        reported: ev.is_reported(),
                    });
                }
                _ => undated.push(i as u32),
            }
        }
        items.sort_by(|a, b| {
            a.start
                .total_cmp(&b.start)
                .then(a.end.total_cmp(&b.end))
                .then(a.event.cmp(&b.event))
        });
        let key_rank = key_ranks(&corpus);
        let actor_index = corpus
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i as u32))
            .collect();
        let actor_search = corpus
            .actors
            .iter()
            .map(|a| {
                let mut s = a.name.clone();
                for alias in &a.aliases {
                    s.push_str(" · ");
                    s.push_str(alias);
                }
                s
            })
            .collect();
        let mut ex = Explorer {
            corpus,
            items,
            undated,
            key_rank,
            doc_index,
            actor_index,
            actor_search,
            actor_stats: Vec::new(),
        };
        ex.actor_stats = super::actors::stats(&ex);
        ex
    }

    /// Index of the document with id `id`.
    pub fn doc_index_of(&self, id: &str) -> Option<u32> {
        self.doc_index.get(id).copied()
    }

    /// How many events can be key events (the top of the ranking).
    pub fn key_eligible(&self) -> usize {
        self.key_rank.iter().filter(|&&r| r != u32::MAX).count()
    }

    pub fn event(&self, index: u32) -> Option<&Event> {
        self.corpus.events.get(index as usize)
    }

    pub fn document(&self, index: u32) -> Option<&Document> {
        self.corpus.documents.get(index as usize)
    }

    /// Index of the document an event belongs to.
    pub fn doc_of(&self, event: &Event) -> Option<u32> {
        self.doc_index.get(event.document()).copied()
    }

    /// Position of `event` in `items`, if it is dated.
    pub fn item_of_event(&self, event: u32) -> Option<usize> {
        let ev = self.event(event)?;
        let start = secs_from_datetime(ev.start?);
        let from = self.items.partition_point(|it| it.start < start);
        self.items[from..]
            .iter()
            .position(|it| it.event == event)
            .map(|p| p + from)
    }

    /// Time extent of all dated items: (min start, max end).
    pub fn extent(&self) -> Option<(f64, f64)> {
        let first = self.items.first()?.start;
        let last = self.items.iter().map(|it| it.end).fold(f64::MIN, f64::max);
        Some((first, last))
    }

    /// Lanes for a mode, and the lane of each document.
    pub fn lanes(&self, mode: LaneMode) -> (Vec<Lane>, Vec<u32>) {
        let docs = &self.corpus.documents;
        match mode {
            LaneMode::Document => (
                docs.iter()
                    .map(|d| Lane {
                        name: d.title.clone(),
                    })
                    .collect(),
                (0..docs.len() as u32).collect(),
            ),
            LaneMode::Single => (
                vec![Lane {
                    name: "All events".into(),
                }],
                vec![0; docs.len()],
            ),
            // Lanes by actor are per event ([`Explorer::actor_lanes`]); by document they
            // all fall in "Other names".
            LaneMode::Actor => {
                let names = self.actor_lane_names();
                let other = names.len() as u32 - 1;
                (
                    names.into_iter().map(|name| Lane { name }).collect(),
                    vec![other; docs.len()],
                )
            }
            LaneMode::Kind => {
                let mut names: Vec<&str> = Vec::new();
                let lane_of = docs
                    .iter()
                    .map(|d| {
                        let k = d.kind.as_str();
                        match names.iter().position(|n| *n == k) {
                            Some(p) => p as u32,
                            None => {
                                names.push(k);
                                names.len() as u32 - 1
                            }
                        }
                    })
                    .collect();
                (
                    names
                        .into_iter()
                        .map(|n| Lane {
                            name: kind_label(n),
                        })
                        .collect(),
                    lane_of,
                )
            }
        }
    }
}

fn kind_label(kind: &str) -> String {
    match crate::documents::DocumentKind::from_name(kind) {
        Some(k) => format!("{}s", k.label()),
        None => kind.to_string(),
    }
}

/// Key events: dated events ranked by how many distinct documents report them, then by how
/// close their date is to those documents' own dates (news reports what just happened;
/// a date decades away is background), then by being an article's lead. Narrated
/// happenings reported by one article only, and undated events, are never key events.
pub fn key_ranks(corpus: &EventsFile) -> Vec<u32> {
    let dates: HashMap<&str, Option<chrono::NaiveDateTime>> = corpus
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.reference_date))
        .collect();
    let score = |ev: &Event| -> f64 {
        let Some(start) = ev.start else { return 0.0 };
        let days: Vec<f64> = ev
            .sources
            .iter()
            .filter_map(|s| dates.get(s.document.as_str()).copied().flatten())
            .map(|d| (d - start).num_days().unsigned_abs() as f64)
            .collect();
        let closeness = if days.is_empty() {
            0.0
        } else {
            let mean = days.iter().sum::<f64>() / days.len() as f64;
            1.0 / (1.0 + mean / 30.0)
        };
        ev.document_count() as f64 + 0.6 * closeness + if ev.is_lead() { 0.3 } else { 0.0 }
    };
    let mut order: Vec<(f64, usize)> = corpus
        .events
        .iter()
        .enumerate()
        .filter(|(_, ev)| ev.is_dated() && ev.key_eligible())
        .map(|(i, ev)| (score(ev), i))
        .collect();
    order.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut rank = vec![u32::MAX; corpus.events.len()];
    for (r, (_, i)) in order.into_iter().enumerate() {
        rank[i] = r as u32;
    }
    rank
}
