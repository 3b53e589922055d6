//! Curation commands: what the edit controls ask for (hide, star, headline, note, date,
//! merge, split, move a source, add an event from a selection, undo, redo) turned into
//! [`Edit`]s of the open project, applied in one place, saved at once (autosave), and the
//! view rebuilt from the extracted events and the curation.

use crate::app::state::{AppState, Notice};
use crate::documents::Span;
use crate::events::Event;
use crate::project::session::{auto_path, remember_last_project};
use crate::project::typed::{at_granularity, read_typed_date};
use crate::project::view::{document_hashes, source_id, source_ids};
use crate::project::{AddedEvent, Edit};
use crate::temporal::Granularity;

pub use crate::app::state::Field;

/// A curation command.
#[derive(Clone, Debug, PartialEq)]
pub enum Curate {
    /// Hide or show again the selected event.
    Hide(bool),
    /// Star or unstar the selected event.
    Star(bool),
    /// Open a field of the selected event for editing (filled with its current value).
    StartEditing(Field),
    /// The edited text changed.
    SetText(String),
    /// Apply the edited text (a date is read by the temporal engine first).
    Commit,
    CancelEditing,
    /// The open field took the focus it asked for.
    FieldFocused,
    /// Clear a correction of the selected event (back to what was extracted).
    Reset(Field),
    /// Set the selected event's date at another precision.
    Precision(Granularity),
    /// Ctrl-click: add an event (corpus index) to the picked ones, or take it out.
    Pick(u32),
    ClearPicked,
    /// Merge the picked events into the selected one.
    Merge,
    /// Split the selected event into one event per source.
    Split,
    /// Move the shown source of the selected event to the (one) picked event.
    MoveSource,
    /// Add an event whose passage is `span` of document `doc` (index).
    AddFromSelection {
        doc: u32,
        span: Span,
    },
    Undo,
    Redo,
    ShowHidden(bool),
    StarredOnly(bool),
}

/// Carries out one curation command.
pub fn apply(state: &mut AppState, cmd: Curate) {
    let selected = state
        .view
        .selected
        .and_then(|e| state.model.event(e))
        .cloned();
    let edit = match cmd {
        Curate::Undo => return finish(state, |s| s.session.undo(), "Nothing to undo"),
        Curate::Redo => return finish(state, |s| s.session.redo(), "Nothing to redo"),
        Curate::ShowHidden(on) => {
            state.view.show_hidden = on;
            return rebuild(state);
        }
        Curate::StarredOnly(on) => {
            state.view.starred_only = on;
            return rebuild(state);
        }
        _ if state.loading.is_some() && changes_events(&cmd) => {
            state.notice = Some(Notice {
                text: "Wait for the files to load: edits apply to the events being read".into(),
                is_error: false,
            });
            return;
        }
        Curate::Pick(e) => return pick(state, e),
        Curate::ClearPicked => return state.view.picked.clear(),
        Curate::StartEditing(field) => return state.start_editing(field),
        Curate::SetText(text) => {
            if let Some(ed) = &mut state.view.editing {
                ed.text = text;
                ed.error = None;
            }
            return;
        }
        Curate::CancelEditing => return state.view.editing = None,
        Curate::FieldFocused => {
            if let Some(ed) = &mut state.view.editing {
                ed.focus = false;
            }
            return;
        }
        Curate::AddFromSelection { doc, span } => add_from_selection(state, doc, span),
        Curate::Commit => commit(state, selected.as_ref()),
        _ => {
            let Some(ev) = selected else { return };
            event_edit(state, &ev, cmd)
        }
    };
    if let Some(edit) = edit {
        record(state, edit);
    }
}

/// True for commands that change the curation (not the view of it).
fn changes_events(cmd: &Curate) -> bool {
    !matches!(
        cmd,
        Curate::ShowHidden(_)
            | Curate::StarredOnly(_)
            | Curate::SetText(_)
            | Curate::CancelEditing
            | Curate::FieldFocused
            | Curate::ClearPicked
    )
}

/// Edits of the selected event that need no typing.
fn event_edit(state: &mut AppState, ev: &Event, cmd: Curate) -> Option<Edit> {
    let event = ev.id.clone();
    match cmd {
        Curate::Hide(hidden) => Some(Edit::Hide { event, hidden }),
        Curate::Star(starred) => Some(Edit::Star { event, starred }),
        Curate::Reset(Field::Headline) => Some(Edit::Headline {
            event,
            headline: None,
        }),
        Curate::Reset(Field::Note) => Some(Edit::Note { event, note: None }),
        Curate::Reset(Field::Date) => Some(Edit::Date { event, date: None }),
        Curate::Precision(g) => {
            let date = ev
                .start
                .and_then(|start| at_granularity(start, g, &format!("the {}", g.as_str())).ok());
            let Some(date) = date else {
                return notice(
                    state,
                    "This event has no date to keep at another precision: type one",
                );
            };
            Some(Edit::Date {
                event,
                date: Some(date),
            })
        }
        Curate::Merge => merge(state, ev),
        Curate::Split => split(state, ev),
        Curate::MoveSource => move_source(state, ev),
        _ => None,
    }
}

/// Applies `edit` to the project (saved at once) and shows the result.
fn record(state: &mut AppState, edit: Edit) {
    ensure_project_path(state);
    let done = describe(&edit);
    let result = state.session.edit(edit);
    state.notice = Some(Notice {
        text: format!("{done} (Ctrl+Z undoes)"),
        is_error: false,
    });
    report_save(state, result.map(|()| true), "");
    state.view.editing = None;
    rebuild(state);
}

/// What an edit did, for the status bar.
fn describe(edit: &Edit) -> String {
    match edit {
        Edit::Hide { hidden: true, .. } => {
            "Event hidden (the Edit menu can show hidden events)".into()
        }
        Edit::Hide { .. } => "Event shown again".into(),
        Edit::Star { starred: true, .. } => "Event starred".into(),
        Edit::Star { .. } => "Star removed".into(),
        Edit::Headline {
            headline: Some(_), ..
        } => "Headline edited".into(),
        Edit::Note { note: Some(_), .. } => "Note saved".into(),
        Edit::Note { note: None, .. } => "Note removed".into(),
        Edit::Date { date: Some(d), .. } => format!("Date set to {}", d.value),
        Edit::Headline { .. } | Edit::Date { .. } => "Back to what was extracted".into(),
        Edit::Move { .. } => "Source moved".into(),
        Edit::Add { added: Some(_), .. } => "Event added".into(),
        Edit::Add { .. } => "Added event removed".into(),
        Edit::Batch { edits } => format!("{} sources regrouped", edits.len()),
    }
}

/// Undo or redo, then the same as an edit.
fn finish(
    state: &mut AppState,
    step: impl FnOnce(&mut AppState) -> Result<bool, crate::project::ProjectError>,
    nothing: &str,
) {
    let result = step(state);
    report_save(state, result, nothing);
    state.view.editing = None;
    rebuild(state);
}

fn report_save(
    state: &mut AppState,
    result: Result<bool, crate::project::ProjectError>,
    nothing: &str,
) {
    match result {
        Ok(true) => {}
        Ok(false) => {
            state.notice = Some(Notice {
                text: nothing.into(),
                is_error: false,
            })
        }
        Err(e) => {
            state.notice = Some(Notice {
                text: format!("Not saved (kept in memory): {e}"),
                is_error: true,
            })
        }
    }
}

/// The first edit of files opened without a project gives them an automatic project in
/// the data folder (when the app has one).
pub fn ensure_project_path(state: &mut AppState) {
    if state.session.path.is_some() {
        return;
    }
    let Some(dir) = state.data_dir.clone() else {
        return;
    };
    let path = auto_path(&dir, &state.session.sources);
    if remember_last_project(&dir, &path).is_ok() {
        state.session.path = Some(path);
    }
}

/// Rebuilds the view from the extracted events and the curation
/// ([`AppState::rebuild_view`]).
pub fn rebuild(state: &mut AppState) {
    state.rebuild_view();
}

fn pick(state: &mut AppState, e: u32) {
    let Some(id) = state.model.event(e).map(|ev| ev.id.clone()) else {
        return;
    };
    if state.view.selected.is_none() {
        state.view.selected = Some(e);
        return;
    }
    if state.view.selected == Some(e) {
        return;
    }
    if !state.view.picked.remove(&id) {
        state.view.picked.insert(id);
    }
}

/// The edit the open text field asks for (a date read against the document's date).
fn commit(state: &mut AppState, ev: Option<&Event>) -> Option<Edit> {
    let ed = state.view.editing.clone()?;
    let ev = ev.filter(|e| e.id == ed.event)?;
    let event = ev.id.clone();
    match ed.field {
        // An emptied headline is the extracted one again; an emptied note, no note.
        Field::Headline => Some(Edit::Headline {
            event,
            headline: Some(ed.text.trim().to_string()).filter(|t| !t.is_empty()),
        }),
        Field::Note => Some(Edit::Note {
            event,
            note: Some(ed.text.trim().to_string()).filter(|t| !t.is_empty()),
        }),
        Field::Date => {
            let reference = state
                .model
                .doc_index_of(ev.document())
                .and_then(|d| state.model.document(d))
                .and_then(|d| d.reference_date);
            match read_typed_date(&ed.text, reference, &state.options) {
                Ok(date) => Some(Edit::Date {
                    event,
                    date: Some(date),
                }),
                Err(e) => {
                    if let Some(open) = &mut state.view.editing {
                        open.error = Some(e);
                        open.focus = true;
                    }
                    None
                }
            }
        }
    }
}

/// Every source of the picked events joins the selected event.
fn merge(state: &mut AppState, into: &Event) -> Option<Edit> {
    let hashes = document_hashes(&state.model.corpus);
    let edits: Vec<Edit> = state
        .model
        .corpus
        .events
        .iter()
        .filter(|e| state.view.picked.contains(&e.id) && e.id != into.id)
        .flat_map(|e| source_ids(&hashes, e))
        .map(|source| Edit::Move {
            source,
            to: Some(into.id.clone()),
        })
        .collect();
    state.view.picked.clear();
    (!edits.is_empty()).then_some(Edit::Batch { edits })
}

/// Splits an event into its sources: the source it is named after stays; every other
/// source of its own becomes an event of its own (named by its source id, dated by its
/// own expression); a source moved in from another event goes back there.
fn split(state: &AppState, ev: &Event) -> Option<Edit> {
    let hashes = document_hashes(&state.model.corpus);
    let homes = crate::project::view::home_groups(&state.session.history.curation, &state.base);
    let sids = source_ids(&hashes, ev);
    let keep = sids.iter().position(|s| *s == ev.id).unwrap_or(0);
    let edits: Vec<Edit> = sids
        .into_iter()
        .enumerate()
        .filter(|(k, _)| *k != keep)
        .map(|(_, sid)| {
            let elsewhere = homes.get(&sid).is_some_and(|h| *h != ev.id);
            Edit::Move {
                to: (!elsewhere).then(|| sid.clone()),
                source: sid,
            }
        })
        .collect();
    (!edits.is_empty()).then_some(Edit::Batch { edits })
}

/// The shown source goes to the one picked event.
fn move_source(state: &mut AppState, ev: &Event) -> Option<Edit> {
    let [to] = state.view.picked.iter().collect::<Vec<_>>()[..] else {
        return None;
    };
    let to = to.clone();
    let k = state
        .view
        .selected_source
        .min(ev.sources.len().saturating_sub(1));
    let hashes = document_hashes(&state.model.corpus);
    let source = source_ids(&hashes, ev).into_iter().nth(k)?;
    state.view.picked.clear();
    Some(Edit::Move {
        source,
        to: Some(to),
    })
}

/// An event whose passage is the selected text: dated by the first time expression in it
/// (read against the document's date), else by the document's date with the date box
/// opened for typing.
fn add_from_selection(state: &mut AppState, doc: u32, span: Span) -> Option<Edit> {
    let d = state.model.document(doc)?;
    if span.is_empty() || !span.is_valid_in(&d.text) {
        return None;
    }
    // A passage that is already an event's is that event: show it, add nothing.
    let existing = state.model.corpus.events.iter().position(|e| {
        e.sources
            .iter()
            .any(|s| s.document == d.id && s.passage == span)
    });
    if let Some(e) = existing {
        state.view.selected = Some(e as u32);
        state.view.selected_source = 0;
        state.frame.scroll_list = true;
        return notice(state, "That passage is already an event: it is selected");
    }
    let Some((date, expression)) = selection_date(d, span, &state.options) else {
        return notice(
            state,
            "No date in the selection and the article has none: select a passage with a date",
        );
    };
    let headline = crate::events::headline::headline(
        &d.text,
        span.range(),
        expression.map(|x| x.range()),
        &[],
    );
    let hash = crate::events::id::content_hash(&d.text);
    let id = added_id(hash, &d.id, span, expression);
    let added = AddedEvent {
        document_hash: format!("{hash:016x}"),
        document_path: d.path.clone(),
        passage: span,
        expression,
        date,
        headline: if headline.is_empty() {
            d.text[span.range()].chars().take(90).collect()
        } else {
            headline
        },
    };
    state.view.select_after = Some(id.clone());
    if expression.is_none() {
        state.view.edit_after = Some(Field::Date);
    }
    Some(Edit::Add {
        event: id,
        added: Some(Box::new(added)),
    })
}

fn notice(state: &mut AppState, text: &str) -> Option<Edit> {
    state.notice = Some(Notice {
        text: text.into(),
        is_error: false,
    });
    None
}

/// The date of a selected passage: its first time expression that has a place in time,
/// else the document's day (to be corrected by typing).
fn selection_date(
    d: &crate::documents::Document,
    span: Span,
    options: &crate::temporal::Options,
) -> Option<(crate::project::DateFix, Option<Span>)> {
    let found = crate::temporal::extract(&d.text[span.range()], d.reference_date, options)
        .into_iter()
        .find_map(|m| Some((m.interval?, m.granularity?, m.value, m.span)));
    match found {
        Some((iv, granularity, value, at)) => {
            let x = Span {
                start: span.start + at.start,
                end: span.start + at.end,
            };
            let fix = crate::project::DateFix {
                start: iv.start,
                end: iv.end,
                granularity,
                value,
                typed: d.text[x.range()].to_string(),
            };
            Some((fix, Some(x)))
        }
        None => {
            let day = d.reference_date?;
            let fix = at_granularity(day, Granularity::Day, "the article's date").ok()?;
            Some((fix, None))
        }
    }
}

/// The id of an event added from `passage` (its source id, as the curated view names it).
fn added_id(hash: u64, document: &str, passage: Span, expression: Option<Span>) -> String {
    let source = crate::events::Source {
        document: document.to_string(),
        passage,
        expression: expression.map(|x| crate::events::Expression {
            start: x.start,
            end: x.end,
            text: String::new(),
            timex_type: crate::temporal::TimexType::Date,
            value: String::new(),
            modifier: None,
        }),
        anchor: crate::events::Anchor::Publication,
        role: crate::events::Role::Dated,
    };
    source_id(hash, &source)
}
