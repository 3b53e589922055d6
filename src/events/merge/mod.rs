//! One point per happening: events from different documents (and repeats within one) that
//! report the same happening become one event with all their sources.
//!
//! Two steps, both deterministic (input order decides ties):
//! 1. **Wire copies**: the same sentence (compared on its lower-cased words) with the same
//!    time expression always merges.
//! 2. **Same happening**: two events merge when their times are compatible and they share
//!    enough content. Content is the headline and passage words that are not function
//!    words, each weighted by its rarity in the whole load (inverse document frequency;
//!    a name counts half again), scored as the weighted overlap over the smaller side.
//!    Times are compatible when
//!    - both fall on the same day (`same day`), or both are the same month or year
//!      (`same period`);
//!    - one is only *reported* on a publication date and the other falls on that day or
//!      up to three days before (`reported`) — stricter content agreement;
//!    - the finer lies inside the coarser (`within`) — stricter content agreement.
//!
//! Candidates come from an inverted index of (word, year): cost grows with the events that
//! share a word in a year, not with all pairs. Each merge keeps its reason (the rule and the
//! shared words) so the UI can show it and a user can undo it.

use crate::documents::Document;
use crate::events::words::{self, lower};
use crate::events::{Anchor, Event, MergeReason};
use crate::temporal::Granularity;
use chrono::NaiveDateTime;
use signature::{idf, Signature, Vocab};
use std::collections::HashMap;

mod signature;

/// Minimum weighted overlap for events on the same day.
const SAME_DAY: f64 = 0.5;
/// Minimum weighted overlap across precisions or with a publication date.
const STRICT: f64 = 0.6;
/// Index lists longer than this (per word and year) are too common to find candidates.
const MAX_POSTING: usize = 400;

/// Merges `events` (whose sources point into `documents`).
pub fn merge(documents: &[Document], events: Vec<Event>) -> Vec<Event> {
    let texts: HashMap<&str, &str> = documents
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    let events = merge_wire_copies(&texts, events);
    let mut vocab = Vocab::default();
    let sigs: Vec<Signature> = events
        .iter()
        .map(|e| Signature::of(e, &texts, &mut vocab))
        .collect();
    let idf = idf(&sigs);
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut index: HashMap<(u32, i32), Vec<usize>> = HashMap::new();
    let mut events: Vec<Option<Event>> = events.into_iter().map(Some).collect();
    for (i, sig) in sigs.iter().enumerate() {
        let best = best_cluster(i, &sigs, &idf, &clusters, &index, &events);
        let target = match best {
            Some((c, rule, shared)) => {
                let ev = events[i].take();
                if let (Some(ev), Some(host)) = (ev, events[clusters[c].host].as_mut()) {
                    absorb(host, ev, rule, vocab.spell(&shared));
                }
                clusters[c].members.push(i);
                c
            }
            None => {
                clusters.push(Cluster {
                    host: i,
                    members: vec![i],
                });
                clusters.len() - 1
            }
        };
        if let Some(year) = sig.year {
            for w in sig.index_words() {
                let list = index.entry((w, year)).or_default();
                if list.len() < MAX_POSTING && list.last() != Some(&target) {
                    list.push(target);
                }
            }
        }
    }
    events.into_iter().flatten().collect()
}

struct Cluster {
    /// The event (index) that holds the merged sources.
    host: usize,
    members: Vec<usize>,
}

/// The cluster event `i` joins, with the rule and the shared words.
fn best_cluster(
    i: usize,
    sigs: &[Signature],
    idf: &HashMap<u32, f64>,
    clusters: &[Cluster],
    index: &HashMap<(u32, i32), Vec<usize>>,
    events: &[Option<Event>],
) -> Option<(usize, &'static str, Vec<u32>)> {
    let sig = &sigs[i];
    let year = sig.year?;
    let mut candidates: Vec<usize> = sig
        .index_words()
        .flat_map(|w| {
            [year - 1, year, year + 1]
                .into_iter()
                .filter_map(move |y| index.get(&(w, y)))
                .flatten()
                .copied()
        })
        .collect();
    candidates.sort_unstable();
    candidates.dedup();
    let mut best: Option<(f64, usize, &'static str, Vec<u32>)> = None;
    for c in candidates {
        if events[clusters[c].host].is_none() {
            continue;
        }
        for &m in clusters[c].members.iter().take(8) {
            let other = &sigs[m];
            if same_sentence(sig, other) {
                continue;
            }
            let Some((rule, strict)) = compatible(sig, other) else {
                continue;
            };
            if let Some((score, shared)) = agreement(sig, other, idf, strict) {
                if best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, c, rule, shared));
                }
            }
        }
    }
    best.map(|(_, c, rule, shared)| (c, rule, shared))
}

/// Whether two time-compatible events tell the same happening, and how strongly: they
/// share most of what the headline says happened, or the same kind of happening with most
/// of the same names, or some of both. `strict` (across precisions, or against a
/// publication date) asks for more.
fn agreement(
    a: &Signature,
    b: &Signature,
    idf: &HashMap<u32, f64>,
    strict: bool,
) -> Option<(f64, Vec<u32>)> {
    let (content, shared_c) = signature::overlap(&a.words, &b.words, idf);
    let (names, shared_n) = signature::overlap(&a.names, &b.names, idf);
    let same_kind = a.action.is_some() && a.action == b.action;
    let (tc, tn) = if strict {
        (STRICT, STRICT)
    } else {
        (SAME_DAY, SAME_DAY)
    };
    let no_names = a.names.is_empty() || b.names.is_empty();
    let other_kinds = a.action.is_some() && b.action.is_some() && !same_kind;
    let ok = (content >= tc && shared_c.len() >= 2 && (names >= 0.2 || no_names))
        || (same_kind
            && names >= tn
            && (shared_n.len() >= 2 || (!shared_n.is_empty() && content >= 0.3)))
        || (content >= tc * 0.6 && shared_c.len() >= 2 && names >= tn)
        || (!other_kinds && names >= 0.75 && shared_n.len() >= 3);
    if std::env::var_os("CHRONOSCOPE_MERGE_DEBUG").is_some() {
        eprintln!("content {content:.2} ({}) names {names:.2} ({}) kinds {:?}/{:?} strict {strict} → {ok}", shared_c.len(), shared_n.len(), a.action, b.action);
    }
    let mut shared = shared_c;
    shared.extend(shared_n);
    shared.sort_unstable();
    shared.dedup();
    ok.then_some((content + names + if same_kind { 0.5 } else { 0.0 }, shared))
}

fn same_sentence(a: &Signature, b: &Signature) -> bool {
    a.passages.iter().any(|p| b.passages.contains(p))
}

/// The rule under which the two times agree, and whether it asks for strict agreement.
fn compatible(a: &Signature, b: &Signature) -> Option<(&'static str, bool)> {
    let (sa, ea, sb, eb) = (a.start?, a.end?, b.start?, b.end?);
    let day = |g: Option<Granularity>| g.is_some_and(|g| g <= Granularity::Day);
    let (fa, fb) = (day(a.granularity), day(b.granularity));
    if fa && fb {
        if sa.date() == sb.date() {
            return Some(("same day", a.reported && b.reported));
        }
        // A publication date is when it was reported: it happened then or a little before.
        let (r, x) = match (a.reported, b.reported) {
            (true, false) => (sa, sb),
            (false, true) => (sb, sa),
            _ => return None,
        };
        let gap = (r.date() - x.date()).num_days();
        return (0..=3).contains(&gap).then_some(("reported", true));
    }
    if a.granularity == b.granularity && sa == sb && ea == eb {
        return Some(("same period", false));
    }
    let inside = |s1: NaiveDateTime, e1: NaiveDateTime, s2: NaiveDateTime, e2: NaiveDateTime| {
        s2 <= s1 && e1 <= e2
    };
    (inside(sa, ea, sb, eb) || inside(sb, eb, sa, ea)).then_some(("within", true))
}

/// Steps 1: events with the same passage words and expression merge.
fn merge_wire_copies(texts: &HashMap<&str, &str>, events: Vec<Event>) -> Vec<Event> {
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for ev in events {
        let src = ev.first();
        let passage = texts
            .get(src.document.as_str())
            .and_then(|t| t.get(src.passage.range()))
            .unwrap_or("");
        let norm: String = words::tokens(passage)
            .iter()
            .filter(|t| t.word)
            .map(|t| lower(&passage[t.range.clone()]))
            .collect::<Vec<_>>()
            .join(" ");
        let expr = src
            .expression
            .as_ref()
            .map(|x| lower(&x.text))
            .unwrap_or_default();
        if norm.split(' ').count() < 6 {
            out.push(ev);
            continue;
        }
        match by_key.get(&(norm.clone(), expr.clone())) {
            Some(&k) if out[k].document() != ev.document() => {
                absorb(&mut out[k], ev, "same passage", Vec::new());
            }
            _ => {
                by_key.insert((norm, expr), out.len());
                out.push(ev);
            }
        }
    }
    out
}

/// Moves `ev`'s sources into `host`; the host takes the better-anchored, finer time.
fn absorb(host: &mut Event, ev: Event, rule: &str, words: Vec<String>) {
    if better_time(&ev, host) {
        host.start = ev.start;
        host.end = ev.end;
        host.granularity = ev.granularity;
        host.value = ev.value.clone();
        host.modifier = ev.modifier;
    }
    let base = host.sources.len();
    host.merged.push(MergeReason {
        source: base,
        rule: rule.to_string(),
        shared: words,
    });
    host.sources.extend(ev.sources);
    // The joining event's own reasons move with its sources, re-indexed.
    for r in ev.merged {
        host.merged.push(MergeReason {
            source: base + r.source,
            ..r
        });
    }
}

/// An expression beats the discourse, which beats a publication date; then finer wins.
fn better_time(a: &Event, b: &Event) -> bool {
    let rank = |e: &Event| {
        if e.is_reported() {
            2
        } else if e.sources.iter().all(|s| s.anchor == Anchor::Discourse) {
            1
        } else {
            0
        }
    };
    let g = |e: &Event| e.granularity.unwrap_or(Granularity::Century);
    a.is_dated() && (!b.is_dated() || (rank(a), g(a)) < (rank(b), g(b)))
}
