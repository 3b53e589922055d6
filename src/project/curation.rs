//! The user's corrections as data: which events are hidden or starred, their corrected
//! dates and headlines, their notes — keyed by stable event ids (derived from the first
//! source, so they survive re-extraction), never a copy of the corpus.
//!
//! An [`Edit`] sets one field of one event to a value (or clears it). Every edit is
//! reversible because [`Curation::apply`] returns the edit that undoes it; the history
//! ([`super::history`]) keeps those.

use crate::events::{Event, EventsFile};
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
}

impl Edit {
    /// The event the edit is about.
    pub fn event(&self) -> &str {
        match self {
            Edit::Hide { event, .. }
            | Edit::Star { event, .. }
            | Edit::Headline { event, .. }
            | Edit::Note { event, .. }
            | Edit::Date { event, .. } => event,
        }
    }
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
        }
    }

    /// True when nothing was changed.
    pub fn is_empty(&self) -> bool {
        *self == Curation::default()
    }

    /// Event ids the curation names that `file` does not hold (their file changed):
    /// listed to the user, never dropped silently.
    pub fn orphans(&self, file: &EventsFile) -> BTreeSet<String> {
        let ids: BTreeSet<&str> = file.events.iter().map(|e| e.id.as_str()).collect();
        let named = self
            .hidden
            .iter()
            .chain(&self.starred)
            .chain(self.headlines.keys())
            .chain(self.notes.keys())
            .chain(self.dates.keys());
        named
            .filter(|id| !ids.contains(id.as_str()))
            .cloned()
            .collect()
    }

    /// An event as the user sees it: corrected date and headline applied (the original
    /// TIMEX3 value stays in the first source's expression).
    pub fn curated(&self, ev: &Event) -> Event {
        let mut out = ev.clone();
        if let Some(h) = self.headlines.get(&ev.id) {
            out.headline = h.clone();
        }
        if let Some(d) = self.dates.get(&ev.id) {
            out.start = Some(d.start);
            out.end = Some(d.end);
            out.granularity = Some(d.granularity);
            out.value = d.value.clone();
            out.modifier = None;
        }
        out
    }

    /// The file as exports should write it: hidden events left out, corrections applied,
    /// only starred events when `starred_only`.
    pub fn curated_file(&self, file: &EventsFile, starred_only: bool) -> EventsFile {
        let mut out = file.clone();
        out.events = file
            .events
            .iter()
            .filter(|e| !self.hidden.contains(&e.id))
            .filter(|e| !starred_only || self.starred.contains(&e.id))
            .map(|e| self.curated(e))
            .collect();
        out
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
