//! One point per happening: events from different documents (and repeats within one) that
//! report the same happening become one event with all their sources.
//!
//! Two steps, both deterministic (input order decides ties):
//! 1. **Wire copies**: the same sentence (compared on its lower-cased words) with the same
//!    time expression and the same resolved time always merges.
//! 2. **Same happening**: two events merge when their times are compatible, they name the
//!    same actors, and they tell the same thing. Times are compatible when
//!    - both fall on the same day (`same day`), or are the same month, quarter or year
//!      (`same period`, strict: a year holds many happenings);
//!    - one is only *reported* on a publication date and the other falls on that day or
//!      up to three days before (`reported`, strict);
//!    - the finer lies inside the coarser (`within`, strict).
//!
//!    Identity comes first: they must share a name that is not everywhere in the load
//!    (not the "New York Stock Exchange" of every market report), their headlines'
//!    subjects must not differ, and the shared words must carry some rarity. Then they
//!    agree when (see `agreement`) most of what the headline says happened is shared
//!    (content words weighted by inverse document frequency, over the smaller side), or
//!    the same kind of happening ("resigned" / "quit") with most of the same names, or
//!    some of both. Narrated events and strict rules ask for more.
//!
//! Candidates come from an inverted index of (word, year): cost grows with the events that
//! share a word in a year, not with all pairs. Each merge keeps its reason (the rule and the
//! shared words) so the UI can show it and a user can undo it.

use crate::documents::Document;
use crate::events::{Anchor, Event, MergeReason};
use crate::temporal::Granularity;
use chrono::NaiveDateTime;
use rayon::prelude::*;
use signature::{idf, Signature, Vocab};
use std::collections::HashMap;

mod signature;

/// Minimum weighted overlap for events on the same day.
const SAME_DAY: f64 = 0.5;
/// Minimum weighted overlap across precisions or with a publication date.
const STRICT: f64 = 0.6;
/// Least summed rarity (idf) of the shared words, in units of the rarity of a word two
/// events in the load share.
const MIN_EVIDENCE: f64 = 1.5;
/// An index list (per word and year) that reaches this length is full: the word is too
/// common that year to find candidates by, and is no longer used for them.
const MAX_POSTING: usize = 400;
/// At most this many candidate clusters per event, taken from its rarest words first: the
/// cost of a merge stays linear in the events however repetitive the load.
const MAX_CANDIDATES: usize = 64;

/// Merges `events` (whose sources point into `documents`).
pub fn merge(documents: &[Document], events: Vec<Event>) -> Vec<Event> {
    let texts: HashMap<&str, &str> = documents
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    let events = merge_wire_copies(&texts, events);
    let (sigs, vocab) = signatures(&events, &texts);
    let idf = idf(&sigs, vocab.len());
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

/// Every event's signature, made in chunks (the words of one chunk on all cores, then
/// interned), so the words are held as strings for one chunk at a time, not for the load.
fn signatures(events: &[Event], texts: &HashMap<&str, &str>) -> (Vec<Signature>, Vocab) {
    const CHUNK: usize = 1 << 14;
    let mut vocab = Vocab::default();
    let mut pending = Vec::with_capacity(events.len());
    for chunk in events.chunks(CHUNK) {
        let raw: Vec<_> = chunk.par_iter().map(|e| Signature::raw(e, texts)).collect();
        pending.extend(raw.into_iter().map(|r| r.intern(&mut vocab)));
    }
    let sigs = pending.into_iter().map(|p| p.finish(&mut vocab)).collect();
    (sigs, vocab)
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
    idf: &[f64],
    clusters: &[Cluster],
    index: &HashMap<(u32, i32), Vec<usize>>,
    events: &[Option<Event>],
) -> Option<(usize, &'static str, Vec<u32>)> {
    let sig = &sigs[i];
    let year = sig.year?;
    let candidates = candidates(sig, year, idf, index);
    let mut best: Option<(f64, usize, &'static str, Vec<u32>)> = None;
    for c in candidates {
        // Two expressions of one sentence are two events: never in one cluster.
        if events[clusters[c].host].is_none()
            || clusters[c]
                .members
                .iter()
                .any(|&m| same_sentence(sig, &sigs[m]))
        {
            continue;
        }
        for &m in clusters[c].members.iter().take(8) {
            let other = &sigs[m];
            let Some((rule, strict)) = compatible(sig, other) else {
                continue;
            };
            let strict = strict || sig.narrated || other.narrated;
            if let Some((score, shared)) = agreement(sig, other, idf, sigs.len() as f64, strict) {
                if best.as_ref().is_none_or(|b| score > b.0) {
                    best = Some((score, c, rule, shared));
                }
            }
        }
    }
    best.map(|(_, c, rule, shared)| (c, rule, shared))
}

/// The clusters that share a word with `sig` in its year or the years beside it: from the
/// rarest words first, skipping full index lists, at most [`MAX_CANDIDATES`] (the latest
/// of a long list).
fn candidates(
    sig: &Signature,
    year: i32,
    idf: &[f64],
    index: &HashMap<(u32, i32), Vec<usize>>,
) -> Vec<usize> {
    let mut words: Vec<u32> = sig.index_words().collect();
    let rarity = |w: &u32| idf.get(*w as usize).copied().unwrap_or(0.0);
    words.sort_by(|a, b| rarity(b).total_cmp(&rarity(a)).then(a.cmp(b)));
    words.dedup();
    let mut found: Vec<usize> = Vec::new();
    for w in words {
        for y in [year - 1, year, year + 1] {
            let Some(list) = index.get(&(w, y)).filter(|l| l.len() < MAX_POSTING) else {
                continue;
            };
            // The latest clusters first: a report is most often repeated soon after.
            found.extend(list.iter().rev().take(MAX_CANDIDATES));
        }
        found.sort_unstable();
        found.dedup();
        if found.len() >= MAX_CANDIDATES {
            found.truncate(MAX_CANDIDATES);
            break;
        }
    }
    found
}

/// Whether two time-compatible events tell the same happening, and how strongly: they
/// share most of what the headline says happened, or the same kind of happening with most
/// of the same names, or some of both. `strict` (across precisions, or against a
/// publication date) asks for more.
fn agreement(
    a: &Signature,
    b: &Signature,
    idf: &[f64],
    idf_n: f64,
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
    // Who took part: both must share a name ("the company reported net income" names no
    // one and matches nothing for sure), and one that is not everywhere in the load (a
    // venue like "New York Stock Exchange" in every market report).
    let rare = (1.0 + idf_n / 20.0).ln();
    if !shared_n
        .iter()
        .any(|&w| idf.get(w as usize).copied().unwrap_or(0.0) >= rare)
    {
        return None;
    }
    // Different subjects ("Magna shares closed …" / "Citadel shares closed …").
    if let (Some(x), Some(y)) = (a.subject, b.subject) {
        if x != y && !b.names.contains(&x) && !a.names.contains(&y) {
            return None;
        }
    }
    // Common words alone ("net income", "cents a share") are not one happening: the
    // shared words must carry some rarity.
    let evidence: f64 = shared_c
        .iter()
        .chain(&shared_n)
        .map(|&w| idf.get(w as usize).copied().unwrap_or(1.0))
        .sum();
    if evidence < MIN_EVIDENCE * (1.0 + idf_n / 2.0).ln() {
        return None;
    }
    let other_kinds = a.action.is_some() && b.action.is_some() && !same_kind;
    let ok = (content >= tc && shared_c.len() >= 2 && names >= 0.2)
        || (same_kind
            && names >= tn
            && (shared_n.len() >= 2 || (!shared_n.is_empty() && content >= 0.3)))
        || (content >= tc * 0.6 && shared_c.len() >= 2 && names >= tn)
        || (!other_kinds && names >= 0.75 && shared_n.len() >= 3);
    let mut shared = shared_c;
    shared.extend(shared_n);
    shared.sort_unstable();
    shared.dedup();
    ok.then_some((content + names + if same_kind { 0.5 } else { 0.0 }, shared))
}

fn same_sentence(a: &Signature, b: &Signature) -> bool {
    // Both sorted: one merge pass.
    let (mut i, mut j) = (0, 0);
    while i < a.passages.len() && j < b.passages.len() {
        match a.passages[i].cmp(&b.passages[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
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
        // A month, a quarter, a year hold many happenings ("the year-ago quarter" of every
        // earnings report): strict.
        return Some(("same period", true));
    }
    let inside = |s1: NaiveDateTime, e1: NaiveDateTime, s2: NaiveDateTime, e2: NaiveDateTime| {
        s2 <= s1 && e1 <= e2
    };
    (inside(sa, ea, sb, eb) || inside(sb, eb, sa, ea)).then_some(("within", true))
}

/// Step 1: events with the same passage words, expression and time merge. Keys are
/// hashed on all cores; grouping is in input order.
fn merge_wire_copies(texts: &HashMap<&str, &str>, events: Vec<Event>) -> Vec<Event> {
    let keys: Vec<Option<(u64, u64)>> = events.par_iter().map(|ev| wire_key(texts, ev)).collect();
    let mut by_key: HashMap<(u64, u64), usize> = HashMap::new();
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for (ev, key) in events.into_iter().zip(keys) {
        let Some(key) = key else {
            out.push(ev);
            continue;
        };
        // The same words dated differently ("today" in articles of different days) are
        // not copies of one report.
        match by_key.get(&key) {
            Some(&k) if out[k].document() != ev.document() && out[k].value == ev.value => {
                absorb(&mut out[k], ev, "same passage", Vec::new());
            }
            _ => {
                by_key.insert(key, out.len());
                out.push(ev);
            }
        }
    }
    out
}

/// Hashes of the first source's lower-cased passage words and expression; for a passage
/// of fewer than six words (too short to be sure it is a copy), its event id.
fn wire_key(texts: &HashMap<&str, &str>, ev: &Event) -> Option<(u64, u64)> {
    let src = ev.sources.first()?;
    let passage = texts
        .get(src.document.as_str())
        .and_then(|t| t.get(src.passage.range()))
        .unwrap_or("");
    // Words lower-cased, any run of spaces and punctuation one separator: no allocation.
    let mut words = 0;
    let mut h = FNV_OFFSET;
    let mut in_word = false;
    for c in passage.chars() {
        if c.is_alphanumeric() {
            if !in_word {
                words += 1;
                h = fnv_char(h, ' ');
            }
            in_word = true;
            for l in c.to_lowercase() {
                h = fnv_char(h, l);
            }
        } else {
            in_word = false;
        }
    }
    let expr = src
        .expression
        .as_ref()
        .map_or(FNV_OFFSET, |x| fnv_lower(FNV_OFFSET, &x.text));
    if words >= 6 {
        return Some((h, expr));
    }
    // Too short to call a copy by its words; the same document loaded twice still gives
    // the same ids (content hash and spans).
    Some((fnv_lower(FNV_OFFSET, &ev.id), 1))
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a over the lower-cased characters of `s`, continuing `h`.
fn fnv_lower(mut h: u64, s: &str) -> u64 {
    for c in s.chars().flat_map(char::to_lowercase) {
        h = fnv_char(h, c);
    }
    h
}

fn fnv_char(mut h: u64, c: char) -> u64 {
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
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
