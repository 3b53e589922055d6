//! Filters (search words, documents, granularity, date range) and the visible set they give.

use crate::explore::Explorer;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What the user asked to see. Part of the view state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    /// Words that must all appear (case-insensitive) in the headline, a passage, or the
    /// name or an alias of one of the event's actors ("Kishida" finds "Mr. Kishida").
    pub query: String,
    /// Documents (indices) hidden by the user.
    pub hidden_docs: BTreeSet<u32>,
    /// Hide month-or-coarser events.
    pub hide_coarse: bool,
    /// Hide undated (vague) events from the list.
    pub hide_undated: bool,
    /// Only events overlapping this range (axis seconds).
    pub range: Option<(f64, f64)>,
    /// Key events only: the top N by [`Explorer::key_rank`].
    #[serde(default)]
    pub key_top: Option<u32>,
    /// Only events with these actors (ids): any of them, or all with `actors_all`.
    #[serde(default)]
    pub actors: BTreeSet<String>,
    #[serde(default)]
    pub actors_all: bool,
}

/// The result of applying a filter: indices into `Explorer::items` (sorted by time) and
/// into the corpus events for the undated ones.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visible {
    pub items: Vec<u32>,
    pub undated: Vec<u32>,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }
}

impl Explorer {
    /// Applies `filter`. O(events × query words), on all cores; run on filter change, not
    /// per frame.
    pub fn visible(&self, filter: &Filter) -> Visible {
        let words: Vec<String> = filter
            .query
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        let text_ok = |event: u32| -> bool {
            if words.is_empty() {
                return true;
            }
            let Some(ev) = self.event(event) else {
                return false;
            };
            let passages: Vec<&str> = ev
                .sources
                .iter()
                .filter_map(|src| {
                    let d = self.doc_index_of(&src.document)?;
                    self.document(d)?.text.get(src.passage.range())
                })
                .collect();
            let names: Vec<&str> = ev
                .actors
                .iter()
                .filter_map(|id| self.actor_names(id))
                .collect();
            words.iter().all(|w| {
                contains_ci(&ev.headline, w)
                    || passages.iter().any(|p| contains_ci(p, w))
                    || names.iter().any(|n| contains_ci(n, w))
            })
        };
        let actors_ok = |event: u32| {
            if filter.actors.is_empty() {
                return true;
            }
            let Some(ev) = self.event(event) else {
                return false;
            };
            let has = |id: &String| ev.actors.contains(id);
            if filter.actors_all {
                filter.actors.iter().all(has)
            } else {
                filter.actors.iter().any(has)
            }
        };
        let key_ok = |event: u32| {
            filter
                .key_top
                .is_none_or(|n| self.key_rank.get(event as usize).is_some_and(|&r| r < n))
        };
        let items = self
            .items
            .par_iter()
            .enumerate()
            .filter(|(_, it)| {
                !filter.hidden_docs.contains(&it.doc)
                    && (!filter.hide_coarse || !it.coarse)
                    && filter.range.is_none_or(|(a, b)| it.end > a && it.start < b)
                    && key_ok(it.event)
                    && actors_ok(it.event)
                    && text_ok(it.event)
            })
            .map(|(i, _)| i as u32)
            .collect();
        let undated = if filter.hide_undated {
            Vec::new()
        } else {
            self.undated
                .iter()
                .copied()
                .filter(|&e| {
                    let doc = self.event(e).and_then(|ev| self.doc_of(ev));
                    doc.is_none_or(|d| !filter.hidden_docs.contains(&d))
                        && key_ok(e)
                        && actors_ok(e)
                        && text_ok(e)
                })
                .collect()
        };
        Visible { items, undated }
    }
}

/// Case-insensitive `hay.contains(needle)` for a lower-case `needle`, without allocating
/// when the needle is ASCII (the common case for search words).
fn contains_ci(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if !needle.is_ascii() {
        return hay.to_lowercase().contains(needle);
    }
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if h.len() < n.len() {
        return false;
    }
    // Candidates start where the first byte matches in either case.
    let (lo, up) = (n[0].to_ascii_lowercase(), n[0].to_ascii_uppercase());
    (0..=h.len() - n.len())
        .filter(|&i| h[i] == lo || h[i] == up)
        .any(|i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

impl Explorer {
    /// The corpus cut down to what `visible` shows, as exports take it: its events (dated
    /// in time order, then undated) but never hidden ones (shown greyed when the user asks
    /// to see them), only starred ones when `starred_only`; the documents they come from,
    /// warnings of those documents kept.
    pub fn filtered_corpus(
        &self,
        visible: &Visible,
        starred_only: bool,
    ) -> crate::events::EventsFile {
        let mut events: Vec<u32> = visible
            .items
            .iter()
            .map(|&i| self.items[i as usize].event)
            .collect();
        events.extend(visible.undated.iter().copied());
        events.retain(|&e| {
            self.event(e).is_some_and(|ev| {
                let m = ev.marks();
                !m.hidden && (!starred_only || m.starred)
            })
        });
        let mut keep_doc = vec![false; self.corpus.documents.len()];
        for &e in &events {
            for src in self.event(e).map_or(&[][..], |ev| &ev.sources[..]) {
                if let Some(d) = self.doc_index_of(&src.document) {
                    keep_doc[d as usize] = true;
                }
            }
        }
        let documents: Vec<_> = self
            .corpus
            .documents
            .iter()
            .zip(&keep_doc)
            .filter(|(_, k)| **k)
            .map(|(d, _)| d.clone())
            .collect();
        let kept: std::collections::HashSet<&str> =
            documents.iter().map(|d| d.id.as_str()).collect();
        let warnings = self
            .corpus
            .warnings
            .iter()
            .filter(|w| w.document.as_deref().is_none_or(|d| kept.contains(d)))
            .cloned()
            .collect();
        let events: Vec<crate::events::Event> = events
            .iter()
            .filter_map(|&e| self.event(e).cloned())
            .collect();
        let named: std::collections::HashSet<&str> = events
            .iter()
            .flat_map(|e| e.actors.iter().map(String::as_str))
            .collect();
        let actors = self
            .corpus
            .actors
            .iter()
            .filter(|a| named.contains(a.id.as_str()))
            .cloned()
            .collect();
        let mut file = crate::events::EventsFile::new(documents, events, warnings);
        file.actors = actors;
        file
    }
}

#[cfg(test)]
mod tests {
    use super::contains_ci;

    #[test]
    fn case_insensitive_search() {
        assert!(contains_ci("The Trilateral meeting", "trilateral"));
        assert!(contains_ci("Japan–China relations", "japan–china"));
        assert!(contains_ci("ÉCOLE", "école"));
        assert!(!contains_ci("summit", "summits"));
        assert!(contains_ci("anything", ""));
    }
}
