//! App state: the loaded model, the view state (serde, remembered between runs) and the
//! background jobs (loading, screenshots) the app waits on.

use crate::app::layout;
pub use crate::app::layout::{Row, SortColumn};
use crate::corpus::Progress;
use crate::events::EventsFile;
use crate::explore::{Explorer, Filter, LaneMode, Visible};
use crate::temporal::Options;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;

/// What the user is looking at. Persisted fields survive restarts; the rest are per run.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    pub dark: bool,
    pub lane_mode: LaneMode,
    pub sort: SortColumn,
    pub sort_ascending: bool,
    /// Folder screenshots and exports are saved to (current folder when empty).
    pub screenshot_dir: PathBuf,
    /// Export dialog choices.
    pub export_timeline_only: bool,
    pub export_scale2: bool,
    /// TimelineJS exports group slides by their event's first actor (else by document).
    #[serde(default)]
    pub export_group_by_actor: bool,
    /// Exports keep only starred events.
    #[serde(default)]
    pub export_starred_only: bool,
    #[serde(skip)]
    pub export_open: bool,
    /// Recently opened path sets, newest first (the Open menu lists them).
    pub recent: Vec<Vec<PathBuf>>,
    #[serde(skip)]
    pub filter: Filter,
    /// The selected event (index into the corpus events).
    #[serde(skip)]
    pub selected: Option<u32>,
    /// Which of the selected event's sources the source panel shows.
    #[serde(skip)]
    pub selected_source: usize,
    /// How many events "Key events only" keeps.
    pub key_count: u32,
    /// The date range fields as typed ("2023", "2023-11-17", …).
    #[serde(skip)]
    pub range_text: (String, String),
    /// Why the typed range could not be used, if it could not.
    #[serde(skip)]
    pub range_error: Option<String>,
    /// The Actors panel's search text and order (by name, else by event count).
    #[serde(skip)]
    pub actors_query: String,
    #[serde(default)]
    pub actors_by_name: bool,
    /// Recently opened projects, newest first (the Open menu lists them).
    #[serde(default)]
    pub recent_projects: Vec<PathBuf>,
    /// Hidden events are shown (greyed) instead of left out.
    #[serde(skip)]
    pub show_hidden: bool,
    /// Only starred events are shown.
    #[serde(skip)]
    pub starred_only: bool,
    /// Events Ctrl-clicked besides the selected one (ids): what "Merge" merges.
    #[serde(skip)]
    pub picked: std::collections::BTreeSet<String>,
    /// The text field of the selected event being edited, if any.
    #[serde(skip)]
    pub editing: Option<Editing>,
    /// Select this event (id) when the model is next replaced (a new event).
    #[serde(skip)]
    pub select_after: Option<String>,
    /// Open this field of the event selected by `select_after`.
    #[serde(skip)]
    pub edit_after: Option<Field>,
}

/// A text field of the selected event being edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Headline,
    Note,
    Date,
}

/// Per-frame scratch: what one frame asks of the next, and what the last frame drew.
/// Never saved (the remembered settings are [`ViewState`]).
#[derive(Clone, Debug, Default)]
pub struct FrameState {
    /// Time range to apply to the timeline on the next frame.
    pub pending_range: Option<(f64, f64)>,
    /// Time range the timeline showed last frame.
    pub shown_range: Option<(f64, f64)>,
    /// Scroll the source panel to the selected passage on the next frame.
    pub scroll_source: bool,
    /// Scroll the list to the selected row on the next frame.
    pub scroll_list: bool,
    /// Give the search box the focus (Ctrl+F) this frame.
    pub focus_search: bool,
    /// Where the timeline plot was drawn last frame (points; used to crop exports).
    pub timeline_rect: Option<egui::Rect>,
}

/// A field being edited in the source panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Editing {
    pub field: Field,
    /// The event it belongs to (id).
    pub event: String,
    pub text: String,
    /// Why the text could not be used (a date that does not read).
    pub error: Option<String>,
    /// Give the field the keyboard focus on the next frame (it just opened, or its text
    /// could not be used).
    pub focus: bool,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            dark: false,
            lane_mode: LaneMode::Document,
            sort: SortColumn::Date,
            sort_ascending: true,
            screenshot_dir: PathBuf::new(),
            export_timeline_only: false,
            export_scale2: false,
            export_group_by_actor: false,
            export_starred_only: false,
            export_open: false,
            recent: Vec::new(),
            filter: Filter::default(),
            selected: None,
            selected_source: 0,
            key_count: 25,
            actors_query: String::new(),
            actors_by_name: false,
            range_text: (String::new(), String::new()),
            range_error: None,
            recent_projects: Vec::new(),
            show_hidden: false,
            starred_only: false,
            picked: Default::default(),
            editing: None,
            select_after: None,
            edit_after: None,
        }
    }
}

pub use crate::app::jobs::{JobMsg, Loaded};

/// A short message shown to the user in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

/// Everything the app holds.
pub struct AppState {
    /// The events as extracted (the curated view is built from them and the curation).
    pub base: Arc<EventsFile>,
    /// The open project: its file, sources and edit history (autosaved).
    pub session: crate::project::Session,
    /// Where automatic projects and the project to reopen live; `None`: edits are kept in
    /// memory only until a project is saved somewhere (tests, export).
    pub data_dir: Option<PathBuf>,
    /// Edits whose event or source the loaded files no longer hold.
    pub orphans: Vec<crate::project::Orphan>,
    /// The curated view the user sees.
    pub model: Arc<Explorer>,
    pub visible: Visible,
    /// The list order: indices into `visible.items` (dated) then undated, sorted per view.
    pub list_rows: Vec<Row>,
    /// A search waiting for typing to pause (large corpora), due at this instant.
    pub refilter_after: Option<std::time::Instant>,
    /// What the timeline drew last frame that the pointer can hit (hover, tests).
    pub timeline_hits: Vec<layout::Hit>,
    /// Time extent of the visible dated items (min start, max end).
    pub visible_extent: Option<(f64, f64)>,
    /// Where the bulk of the visible dated items is (see `explore::framing`): what
    /// "Fit all" shows.
    pub visible_bulk: Option<(f64, f64)>,
    /// Visible items per lane (rebuilt on filter or lane-mode change).
    pub lanes: layout::LaneLayout,
    pub view: ViewState,
    /// Per-frame scratch (see [`FrameState`]).
    pub frame: FrameState,
    pub loading: Option<Progress>,
    /// Counts loads started: a finished load that is not the latest is dropped (the user
    /// opened something else meanwhile).
    pub load_generation: u64,
    /// Set to stop the load running (a newer one replaces it).
    pub load_cancel: Arc<std::sync::atomic::AtomicBool>,
    pub notice: Option<Notice>,
    pub jobs_tx: Sender<JobMsg>,
    pub jobs_rx: Receiver<JobMsg>,
    pub options: Options,
    /// Corpora with fewer events filter as the user types; larger ones once typing
    /// pauses (a search over a million events takes a noticeable moment).
    pub live_search_max_events: usize,
}

impl AppState {
    /// A state showing `corpus` at once (tests, export, events files).
    pub fn with_corpus(corpus: EventsFile, view: ViewState) -> Self {
        let (jobs_tx, jobs_rx) = channel();
        let mut state = AppState {
            base: Arc::new(EventsFile::default()),
            session: Default::default(),
            data_dir: None,
            orphans: Vec::new(),
            model: Arc::new(Explorer::default()),
            visible: Visible::default(),
            list_rows: Vec::new(),
            visible_extent: None,
            visible_bulk: None,
            timeline_hits: Vec::new(),
            refilter_after: None,
            lanes: Default::default(),
            view,
            frame: FrameState::default(),
            loading: None,
            load_generation: 0,
            load_cancel: Default::default(),
            notice: None,
            jobs_tx,
            jobs_rx,
            options: Options::default(),
            live_search_max_events: 200_000,
        };
        state.set_corpus(corpus);
        state
    }

    /// Replaces the events (as extracted) and shows their curated view; keeps view
    /// settings and the selected event, fits all.
    pub fn set_corpus(&mut self, mut corpus: EventsFile) {
        forget_marks(&mut corpus);
        self.base = Arc::new(corpus);
        self.rebuild_view();
        self.frame.pending_range = self.fit_range();
    }

    /// Replaces the model of a new load (built elsewhere, e.g. on the loading thread).
    pub fn set_model(&mut self, model: Explorer) {
        self.replace_model(model, true);
    }

    /// Replaces the model, keeping the selected event (by id). A `fresh` model (a new
    /// load) clears the document filter and fits all; an edited one keeps the view.
    pub fn replace_model(&mut self, model: Explorer, fresh: bool) {
        // Event ids are derived from their first source, so a reload of the same files
        // keeps the selection on the same event; when the files come in another order
        // (another first source), the event holding one of the same passages is it.
        let old = self
            .view
            .selected
            .and_then(|e| self.model.event(e))
            .map(|ev| {
                let passages: Vec<(String, crate::documents::Span)> = ev
                    .sources
                    .iter()
                    .filter_map(|s| {
                        let d = self.model.doc_index_of(&s.document)?;
                        Some((self.model.document(d)?.path.clone(), s.passage))
                    })
                    .collect();
                (ev.id.clone(), passages)
            });
        self.model = Arc::new(model);
        self.view.selected = old.and_then(|(id, passages)| {
            let m = &self.model;
            let by_id = m.corpus.events.iter().position(|ev| ev.id == id);
            by_id
                .or_else(|| {
                    m.corpus.events.iter().position(|ev| {
                        ev.sources.iter().any(|s| {
                            let path = m
                                .doc_index_of(&s.document)
                                .and_then(|d| m.document(d))
                                .map(|d| d.path.as_str());
                            passages
                                .iter()
                                .any(|(p, span)| Some(p.as_str()) == path && *span == s.passage)
                        })
                    })
                })
                .map(|i| i as u32)
        });
        if let Some(id) = self.view.select_after.take() {
            let at = self.model.corpus.events.iter().position(|e| e.id == id);
            if let Some(i) = at {
                self.view.selected = Some(i as u32);
                if let Some(field) = self.view.edit_after.take() {
                    self.start_editing(field);
                }
            }
        }
        self.view.edit_after = None;
        let kept = self.view.selected.is_some();
        if fresh || !kept {
            self.view.selected_source = 0;
        }
        self.frame.scroll_source = kept && fresh;
        if fresh {
            self.view.filter.hidden_docs.clear();
        }
        self.refilter();
        if fresh {
            self.frame.pending_range = self.fit_range();
        }
    }

    /// Rebuilds the view from the extracted events and the curation, keeping the
    /// selection, the filters and the time range.
    pub fn rebuild_view(&mut self) {
        let opts = crate::project::ViewOptions {
            show_hidden: self.view.show_hidden,
            starred_only: self.view.starred_only,
        };
        let curation = &self.session.history.curation;
        let file = crate::project::curated_file(curation, &self.base, opts);
        self.orphans = crate::project::orphans(curation, &self.base, &file);
        let ids: std::collections::BTreeSet<&str> =
            file.events.iter().map(|e| e.id.as_str()).collect();
        self.view.picked.retain(|id| ids.contains(id.as_str()));
        self.replace_model(Explorer::new(file), false);
    }

    /// Opens a field of the selected event for editing, filled with its current value.
    pub fn start_editing(&mut self, field: Field) {
        let Some(ev) = self.view.selected.and_then(|e| self.model.event(e)) else {
            return;
        };
        let text = match field {
            Field::Headline => ev.headline.clone(),
            Field::Note => ev.marks().note.clone().unwrap_or_default(),
            Field::Date => self
                .session
                .history
                .curation
                .dates
                .get(&ev.id)
                .map(|d| d.typed.clone())
                .unwrap_or_default(),
        };
        self.view.editing = Some(Editing {
            field,
            event: ev.id.clone(),
            text,
            error: None,
            focus: true,
        });
    }

    /// Recomputes the visible set and list order after a filter or sort change.
    pub fn refilter(&mut self) {
        self.visible = self.model.visible(&self.view.filter);
        self.list_rows = layout::sorted_rows(
            &self.model,
            &self.visible,
            self.view.sort,
            self.view.sort_ascending,
        );
        self.lanes = layout::LaneLayout::build(&self.model, &self.visible, self.view.lane_mode);
        let items = &self.model.items;
        self.visible_extent = self.visible.items.first().map(|&first| {
            let last = self
                .visible
                .items
                .iter()
                .map(|&i| items[i as usize].end)
                .fold(f64::MIN, f64::max);
            (items[first as usize].start, last)
        });
        self.visible_bulk = crate::explore::framing::bulk_range(items, &self.visible.items);
    }

    /// The range that shows the bulk of the visible dated events (far outliers are
    /// counted at the edges instead), with a margin.
    pub fn fit_range(&self) -> Option<(f64, f64)> {
        self.fit_of(self.visible_bulk?)
    }

    /// The range that shows every visible dated event, outliers too.
    pub fn extent_range(&self) -> Option<(f64, f64)> {
        self.fit_of(self.visible_extent?)
    }

    fn fit_of(&self, (first, last): (f64, f64)) -> Option<(f64, f64)> {
        let v = crate::timeline::geometry::TimeView::fit(first, last);
        // Extra room on the right for the labels of the latest events (when few enough
        // to be labelled at all).
        let few = self.visible.items.len() <= 200;
        let extra = if few {
            (v.end_secs - v.start_secs) * 0.12
        } else {
            0.0
        };
        Some((v.start_secs, v.end_secs + extra))
    }
}

/// The marks an exported curated view carries are what was exported, not edits: the
/// events as read are extracted events, curated by the open project only (so Unstar,
/// Reset and "Starred only" agree with what is shown).
pub(crate) fn forget_marks(file: &mut EventsFile) {
    for e in &mut file.events {
        e.curation = None;
    }
}
