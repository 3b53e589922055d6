//! The user's corrections as data: which events are hidden or starred, their corrected
//! dates and headlines, their notes, which sources were moved between events (merge,
//! split, move) and which events were added by hand — keyed by stable event and source
//! ids (derived from the text, so they survive re-extraction), never a copy of the corpus.
//!
//! An [`Edit`] sets one field of one event to a value (or clears it); a [`Edit::Batch`]
//! is several at once (a merge moves every source of the merged events). Every edit is
//! reversible because [`Curation::apply`] returns the edit that undoes it; the history
//! ([`super::history`]) keeps those. [`super::view`] builds what the user sees from the
//! extracted events and the curation.

use crate::documents::Span;
use crate::temporal::Granularity;
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A corrected date: what the user typed, resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateFix {
    pub start: NaiveDateTime,
    /// End, exclusive.
    pub end: NaiveDateTime,
    pub granularity: Granularity,
    /// TIMEX3 value of the corrected date (`2023-11-16`, `2023-11`).
    pub value: String,
    /// The words the user typed ("Nov. 16, 2023").
    pub typed: String,
}

/// Everything the user changed, by event id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Curation {
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub hidden: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub starred: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headlines: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub dates: BTreeMap<String, DateFix>,
    /// Sources moved by hand: source id → id of the event the source now belongs to.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub moves: BTreeMap<String, String>,
    /// Events added by hand from a selection of text, by their id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub added: BTreeMap<String, AddedEvent>,
}

/// An event the user added: a passage of a document they selected, with a date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedEvent {
    /// Content hash of the document's text (hex), so the event finds its document again
    /// however the files are ordered.
    pub document_hash: String,
    /// The document's path when the event was added (shown when it is missing).
    pub document_path: String,
    /// The selected text, as byte offsets into the document text.
    pub passage: Span,
    /// The time expression inside the passage the date came from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<Span>,
    pub date: DateFix,
    pub headline: String,
}

/// One change to one event. `None` clears a correction (back to what was extracted).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "snake_case")]
pub enum Edit {
    Hide {
        event: String,
        hidden: bool,
    },
    Star {
        event: String,
        starred: bool,
    },
    Headline {
        event: String,
        headline: Option<String>,
    },
    Note {
        event: String,
        note: Option<String>,
    },
    Date {
        event: String,
        date: Option<DateFix>,
    },
    /// Puts a source into another event (`None`: back where extraction put it).
    Move {
        source: String,
        to: Option<String>,
    },
    /// Adds (or, with `None`, removes) an event made by hand.
    Add {
        event: String,
        added: Option<Box<AddedEvent>>,
    },
    /// Several edits as one step (undone together).
    Batch {
        edits: Vec<Edit>,
    },
}

impl Curation {
    /// Carries out `edit` and returns the edit that undoes it.
    pub fn apply(&mut self, edit: Edit) -> Edit {
        match edit {
            Edit::Hide { event, hidden } => {
                let was = flag(&mut self.hidden, &event, hidden);
                Edit::Hide { event, hidden: was }
            }
            Edit::Star { event, starred } => {
                let was = flag(&mut self.starred, &event, starred);
                Edit::Star {
                    event,
                    starred: was,
                }
            }
            Edit::Headline { event, headline } => {
                let headline = headline.filter(|h| !h.trim().is_empty());
                let was = set(&mut self.headlines, &event, headline);
                Edit::Headline {
                    event,
                    headline: was,
                }
            }
            Edit::Note { event, note } => {
                let note = note.filter(|n| !n.trim().is_empty());
                let was = set(&mut self.notes, &event, note);
                Edit::Note { event, note: was }
            }
            Edit::Date { event, date } => {
                let was = set(&mut self.dates, &event, date);
                Edit::Date { event, date: was }
            }
            Edit::Move { source, to } => {
                let was = set(&mut self.moves, &source, to);
                Edit::Move { source, to: was }
            }
            Edit::Add { event, added } => {
                let was = set(&mut self.added, &event, added.map(|a| *a));
                Edit::Add {
                    event,
                    added: was.map(Box::new),
                }
            }
            Edit::Batch { edits } => {
                let mut undo: Vec<Edit> = edits.into_iter().map(|e| self.apply(e)).collect();
                undo.reverse();
                Edit::Batch { edits: undo }
            }
        }
    }

    /// True when nothing was changed.
    pub fn is_empty(&self) -> bool {
        *self == Curation::default()
    }
}

/// Sets membership of `id` in `set`; returns whether it was a member.
fn flag(set: &mut BTreeSet<String>, id: &str, on: bool) -> bool {
    let was = set.contains(id);
    if on {
        set.insert(id.to_string());
    } else {
        set.remove(id);
    }
    was
}

/// Sets or clears `map[id]`; returns the previous value.
fn set<T>(map: &mut BTreeMap<String, T>, id: &str, value: Option<T>) -> Option<T> {
    match value {
        Some(v) => map.insert(id.to_string(), v),
        None => map.remove(id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edit_returns_its_undo() {
        let mut c = Curation::default();
        let undo = c.apply(Edit::Headline {
            event: "e1".into(),
            headline: Some("Talks open".into()),
        });
        assert_eq!(c.headlines["e1"], "Talks open");
        c.apply(undo);
        assert!(c.is_empty());
        let undo = c.apply(Edit::Hide {
            event: "e1".into(),
            hidden: true,
        });
        assert_eq!(
            undo,
            Edit::Hide {
                event: "e1".into(),
                hidden: false
            }
        );
        c.apply(undo);
        assert!(c.is_empty());
        // A blank headline or note clears the correction.
        c.apply(Edit::Note {
            event: "e2".into(),
            note: Some("  ".into()),
        });
        assert!(c.is_empty());
    }
}
