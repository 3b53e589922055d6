//! The curated view: the extracted events with the user's curation applied — sources
//! regrouped (merge, split, move), events added by hand, dates and headlines corrected,
//! notes and stars marked, hidden events left out (or kept, marked, when the user asks to
//! see them). The app shows this view and every export writes it.
//!
//! Sources are named by their *source id*: the id an event would have if the source were
//! its first ([`crate::events::id::event_id`] of the document's content hash and the
//! passage and expression spans), so an extracted event's id is its first source's id, a
//! source split off into an event of its own keeps a stable id, and both survive
//! re-extraction. Groups are keyed by event id: a source belongs to the event its move
//! names, else to the event extraction put it in.

use super::curation::{AddedEvent, Curation};
use crate::documents::Span;
use crate::events::id::{content_hash, event_id};
use crate::events::{Anchor, Event, EventsFile, Expression, MergeReason, Role, Source};
use crate::temporal::TimexType;
use std::collections::{BTreeSet, HashMap};

/// What to keep in a view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewOptions {
    /// Keep hidden events (marked hidden) instead of leaving them out.
    pub show_hidden: bool,
    /// Keep only starred events.
    pub starred_only: bool,
}

/// The rule a source moved by hand carries in its event's `merged` list.
pub const BY_HAND: &str = "by hand";

/// The source id of `src` in a document whose text hashes to `doc_hash`.
pub fn source_id(doc_hash: u64, src: &Source) -> String {
    event_id(
        doc_hash,
        src.passage,
        src.expression.as_ref().map(|x| x.span()),
    )
}

/// Content hashes of the documents, by document id.
pub fn document_hashes(file: &EventsFile) -> HashMap<&str, u64> {
    file.documents
        .iter()
        .map(|d| (d.id.as_str(), content_hash(&d.text)))
        .collect()
}

/// The documents by their content hash (hex, as an added event names its document).
fn documents_by_hash<'a>(
    base: &'a EventsFile,
    hashes: &HashMap<&str, u64>,
) -> HashMap<String, &'a crate::documents::Document> {
    base.documents
        .iter()
        .map(|d| (format!("{:016x}", hashes[d.id.as_str()]), d))
        .collect()
}

/// The source ids of an event's sources, in order.
pub fn source_ids(hashes: &HashMap<&str, u64>, ev: &Event) -> Vec<String> {
    ev.sources
        .iter()
        .map(|s| source_id(hashes.get(s.document.as_str()).copied().unwrap_or(0), s))
        .collect()
}

/// Where each source belongs with no move: its extracted event, or the added event it
/// is the passage of (source id → event id).
pub fn home_groups(cur: &Curation, base: &EventsFile) -> HashMap<String, String> {
    let hashes = document_hashes(base);
    let by_hash = documents_by_hash(base, &hashes);
    let mut homes: HashMap<String, String> = HashMap::new();
    for ev in &base.events {
        for sid in source_ids(&hashes, ev) {
            homes.insert(sid, ev.id.clone());
        }
    }
    for (id, a) in &cur.added {
        let doc = by_hash.get(&a.document_hash);
        if let Some(src) = doc.and_then(|d| added_source(d, a)) {
            homes.insert(source_id(hashes[src.document.as_str()], &src), id.clone());
        }
    }
    homes
}

/// The curated view of `base` (events as extracted).
pub fn curated_file(cur: &Curation, base: &EventsFile, opts: ViewOptions) -> EventsFile {
    let events = if cur.moves.is_empty() && cur.added.is_empty() {
        base.events.clone()
    } else {
        regroup(cur, base)
    };
    let mut out = EventsFile {
        events: Vec::new(),
        ..base.clone()
    };
    out.events = events
        .into_iter()
        .filter(|e| opts.show_hidden || !cur.hidden.contains(&e.id))
        .filter(|e| !opts.starred_only || cur.starred.contains(&e.id))
        .map(|e| mark(cur, e))
        .collect();
    out
}

/// Applies the per-event corrections and marks.
fn mark(cur: &Curation, mut ev: Event) -> Event {
    if let Some(h) = cur.headlines.get(&ev.id) {
        let was = std::mem::replace(&mut ev.headline, h.clone());
        ev.marks_mut().extracted_headline = Some(was);
    }
    if let Some(d) = cur.dates.get(&ev.id) {
        let was = std::mem::replace(&mut ev.value, d.value.clone());
        ev.start = Some(d.start);
        ev.end = Some(d.end);
        ev.granularity = Some(d.granularity);
        ev.modifier = None;
        ev.marks_mut().extracted_value = Some(was);
    }
    if cur.hidden.contains(&ev.id) {
        ev.marks_mut().hidden = true;
    }
    if cur.starred.contains(&ev.id) {
        ev.marks_mut().starred = true;
    }
    if let Some(n) = cur.notes.get(&ev.id) {
        ev.marks_mut().note = Some(n.clone());
    }
    ev
}

/// One source on its way into a group.
struct Placed<'a> {
    group: String,
    /// The event (index into `base.events`) extraction put it in; `None` when added.
    origin: Option<usize>,
    /// Its index among the origin's sources.
    index: usize,
    source: Source,
    /// The added event it is the passage of.
    added: Option<(&'a String, &'a AddedEvent)>,
    /// Its source id.
    sid: String,
}

/// Regroups the sources of `base` (and of the added events) by their moves.
fn regroup(cur: &Curation, base: &EventsFile) -> Vec<Event> {
    let hashes = document_hashes(base);
    let by_hash = documents_by_hash(base, &hashes);
    let mut placed: Vec<Placed> = Vec::new();
    for (e, ev) in base.events.iter().enumerate() {
        for (index, (src, sid)) in ev.sources.iter().zip(source_ids(&hashes, ev)).enumerate() {
            let group = cur
                .moves
                .get(&sid)
                .cloned()
                .unwrap_or_else(|| ev.id.clone());
            placed.push(Placed {
                group,
                origin: Some(e),
                index,
                source: src.clone(),
                added: None,
                sid,
            });
        }
    }
    for (id, a) in &cur.added {
        let Some(doc) = by_hash.get(&a.document_hash) else {
            continue; // listed by `orphans`
        };
        let Some(source) = added_source(doc, a) else {
            continue;
        };
        let sid = source_id(hashes[doc.id.as_str()], &source);
        let group = cur.moves.get(&sid).cloned().unwrap_or_else(|| id.clone());
        placed.push(Placed {
            group,
            origin: None,
            index: 0,
            source,
            added: Some((id, a)),
            sid,
        });
    }
    let by_id: HashMap<&str, usize> = base
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    // Groups in order of their first source; an event's own sources before moved-in ones.
    let mut order: Vec<String> = Vec::new();
    let mut members: HashMap<String, Vec<Placed>> = HashMap::new();
    for p in placed {
        if !members.contains_key(&p.group) {
            order.push(p.group.clone());
        }
        members.entry(p.group.clone()).or_default().push(p);
    }
    order
        .into_iter()
        .filter_map(|id| {
            let mut ps = members.remove(&id)?;
            let home = by_id.get(id.as_str()).copied();
            // The group's own sources first; in a group split off, the source it is
            // named after (so merging into it keeps its headline and date).
            ps.sort_by_key(|p| (!is_home(p, &id, home), p.sid != id));
            Some(build_group(id, home, ps, base))
        })
        .collect()
}

/// True when `p` belongs to group `id` by extraction (or by being added as it).
fn is_home(p: &Placed, id: &str, home: Option<usize>) -> bool {
    (home.is_some() && p.origin == home) || p.added.is_some_and(|(a, _)| a == id)
}

/// The source of an added event, `None` when its spans no longer fit the document.
fn added_source(doc: &crate::documents::Document, a: &AddedEvent) -> Option<Source> {
    let ok = |s: Span| s.is_valid_in(&doc.text);
    if !ok(a.passage) || a.expression.is_some_and(|x| !ok(x)) {
        return None;
    }
    let expression = a.expression.map(|x| Expression {
        start: x.start,
        end: x.end,
        text: doc.text[x.range()].to_string(),
        timex_type: TimexType::Date,
        value: a.date.value.clone(),
        modifier: None,
    });
    Some(Source {
        document: doc.id.clone(),
        passage: a.passage,
        anchor: if expression.is_some() {
            Anchor::Expression
        } else {
            Anchor::Publication
        },
        expression,
        role: Role::Dated,
    })
}

/// One event of the view from its sources (`home`: the extracted event of that id).
fn build_group(id: String, home: Option<usize>, ps: Vec<Placed>, base: &EventsFile) -> Event {
    let first = &ps[0];
    let mut ev = match (home, first.added, first.origin) {
        (Some(h), ..) => base.events[h].clone(),
        (None, Some((_, a)), _) => added_event(&id, a, first),
        (None, None, Some(o)) => split_off(&id, &base.events[o], first, base),
        (None, None, None) => unreachable!("a placed source is extracted or added"),
    };
    let own = |p: &Placed| is_home(p, &id, home);
    let kept = ps.iter().filter(|p| own(p)).count();
    let regrouped = kept != ps.len() || home.is_some_and(|h| base.events[h].sources.len() != kept);
    let mut merged = Vec::new();
    let mut actors: Vec<String> = ev.actors.clone();
    for (k, p) in ps.iter().enumerate().skip(1) {
        if own(p) {
            if let Some(r) = ev.merged.iter().find(|r| r.source == p.index) {
                merged.push(MergeReason {
                    source: k,
                    ..r.clone()
                });
            }
        } else {
            merged.push(MergeReason {
                source: k,
                rule: BY_HAND.into(),
                shared: Vec::new(),
            });
            for a in p.origin.map_or(&[][..], |o| &base.events[o].actors[..]) {
                if !actors.contains(a) {
                    actors.push(a.clone());
                }
            }
        }
    }
    ev.id = id;
    ev.sources = ps.into_iter().map(|p| p.source).collect();
    ev.merged = merged;
    ev.actors = actors;
    if regrouped {
        ev.marks_mut().regrouped = true;
    }
    ev
}

/// An event added by hand.
fn added_event(id: &str, a: &AddedEvent, p: &Placed) -> Event {
    let mut ev = Event {
        id: id.to_string(),
        start: Some(a.date.start),
        end: Some(a.date.end),
        granularity: Some(a.date.granularity),
        value: a.date.value.clone(),
        modifier: None,
        headline: a.headline.clone(),
        sources: vec![p.source.clone()],
        merged: Vec::new(),
        actors: Vec::new(),
        curation: None,
    };
    ev.marks_mut().by_hand = true;
    ev
}

/// A source split off from `origin` into an event of its own: dated by its own
/// expression when it has one that resolves (else the origin's date), headlined by its own
/// passage (the origin's headline when it was the origin's first source).
fn split_off(id: &str, origin: &Event, p: &Placed, base: &EventsFile) -> Event {
    let mut ev = origin.clone();
    ev.id = id.to_string();
    if let Some(x) = &p.source.expression {
        if let Some((iv, gran)) = crate::temporal::value::interval_of(&x.value) {
            ev.start = Some(iv.start);
            ev.end = Some(iv.end);
            ev.granularity = Some(gran);
            ev.value = x.value.clone();
            ev.modifier = x.modifier;
        }
    }
    if p.index > 0 {
        let doc = base.documents.iter().find(|d| d.id == p.source.document);
        if let Some(doc) = doc {
            let expr = p.source.expression.as_ref().map(|x| x.span().range());
            let h =
                crate::events::headline::headline(&doc.text, p.source.passage.range(), expr, &[]);
            if !h.is_empty() {
                ev.headline = h;
            }
        }
    }
    ev
}

/// Something the curation names that the events no longer hold (their file changed, or
/// is not loaded): listed to the user, never dropped silently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Orphan {
    /// The event or source id.
    pub id: String,
    /// What the edit was ("hidden", "headline", "moved source", "added event in a.txt").
    pub what: String,
}

/// The edits of `cur` whose event or source is not in `base` (as extracted). `view` is
/// the curated view of `base` with hidden events kept (built by the caller anyway).
/// An event emptied by a merge still exists (its edits come back with an undo); a move is
/// listed when its source is gone or its target is no event, added event or source.
pub fn orphans(cur: &Curation, base: &EventsFile, view: &EventsFile) -> Vec<Orphan> {
    let hashes = document_hashes(base);
    let mut sources: BTreeSet<String> = BTreeSet::new();
    for ev in &base.events {
        sources.extend(source_ids(&hashes, ev));
    }
    for ev in &view.events {
        sources.extend(source_ids(&hashes, ev));
    }
    // Events are the extracted ones and the added ones (a source moved to an id that is
    // none of these, nor a source id, makes an event of that name in the view).
    let events: BTreeSet<&str> = base
        .events
        .iter()
        .map(|e| e.id.as_str())
        .chain(cur.added.keys().map(String::as_str))
        .collect();
    let mut out = Vec::new();
    let mut named = |ids: &mut dyn Iterator<Item = &String>, what: &str| {
        for id in ids {
            // A source split off is an event named by its source id.
            if !events.contains(id.as_str()) && !sources.contains(id) {
                out.push(Orphan {
                    id: id.clone(),
                    what: what.to_string(),
                });
            }
        }
    };
    named(&mut cur.hidden.iter(), "hidden");
    named(&mut cur.starred.iter(), "starred");
    named(&mut cur.headlines.keys(), "headline");
    named(&mut cur.notes.keys(), "note");
    named(&mut cur.dates.keys(), "date");
    let by_hash = documents_by_hash(base, &hashes);
    for (id, a) in &cur.added {
        let fits = by_hash
            .get(&a.document_hash)
            .and_then(|doc| added_source(doc, a))
            .is_some();
        if !fits {
            out.push(Orphan {
                id: id.clone(),
                what: format!("added event in {}", a.document_path),
            });
        }
    }
    for (sid, to) in &cur.moves {
        let target = events.contains(to.as_str()) || sources.contains(to);
        if !sources.contains(sid) || !target {
            out.push(Orphan {
                id: sid.clone(),
                what: "moved source".into(),
            });
        }
    }
    out
}
