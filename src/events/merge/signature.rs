//! What merging compares about an event: the content words of its headline (the main
//! clause: what happened), the names in its headline and passages (who, where, how many),
//! the kind of happening (its main verb or event noun, with the synonyms news uses for
//! it: "resigned" / "quit" / "stepped down"), and its time.

use crate::events::happening::happening;
use crate::events::words::{self, lower};
use crate::events::Event;
use crate::temporal::Granularity;
use chrono::{Datelike, NaiveDateTime};
use std::collections::HashMap;

/// Interned words of one merge, and which of them the load writes in lower case.
#[derive(Default)]
pub(super) struct Vocab {
    ids: HashMap<String, u32>,
    words: Vec<String>,
    lower_seen: Vec<bool>,
}

impl Vocab {
    pub(super) fn intern(&mut self, w: String) -> u32 {
        if let Some(&id) = self.ids.get(&w) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(w.clone());
        self.lower_seen.push(false);
        self.ids.insert(w, id);
        id
    }

    fn mark_lower_seen(&mut self, w: String) {
        let id = self.intern(w);
        self.lower_seen[id as usize] = true;
    }

    fn is_lower_seen(&self, id: u32) -> bool {
        self.lower_seen.get(id as usize).copied().unwrap_or(false)
    }

    pub(super) fn len(&self) -> usize {
        self.words.len()
    }

    pub(super) fn spell(&self, ids: &[u32]) -> Vec<String> {
        let mut out: Vec<String> = ids
            .iter()
            .filter_map(|&i| self.words.get(i as usize).cloned())
            .collect();
        out.sort();
        out
    }
}

pub(super) struct Signature {
    /// Content words of the headline, canonical and interned, sorted, unique.
    pub words: Box<[u32]>,
    /// Names and figures of the headline and passages, sorted, unique.
    pub names: Box<[u32]>,
    /// The kind of happening, when its word is one news has synonyms for.
    pub action: Option<u32>,
    /// The headline's first name: who the happening is about.
    pub subject: Option<u32>,
    pub year: Option<i32>,
    pub start: Option<NaiveDateTime>,
    pub end: Option<NaiveDateTime>,
    pub granularity: Option<Granularity>,
    pub reported: bool,
    /// Every source is a narrated happening (no expression, not a lead): weaker evidence
    /// of its time, so it merges only on strict agreement.
    pub narrated: bool,
    /// Document and passage of each source (two expressions of one sentence never merge).
    /// (hash of the document id, passage start) per source, sorted.
    pub passages: Box<[(u64, usize)]>,
}

/// Happenings news tells in many words: each row is one kind, its canonical word first.
/// General news vocabulary, not any one story's.
#[rustfmt::skip]
const KINDS: &[&[&str]] = &[
   
    &[ "resign", "resigned", "resigns", "resignation", "quit", "quits", "stepped", "steps", "step", "ousted", "ouster", "remove", "removed", "sacked", "fired", "dismissed", "out", ],
    &[ "arrest", "arrested", "arrests", "detained", "detain", "detention", "apprehended", "custody", "captured", ],
    &[ "release", "released", "freed", "free", "frees", "acquitted", "acquittal", "cleared", ],
    &[ "kill", "killed", "kills", "killing", "died", "dies", "dead", "death", "deaths", "perished", "fatal", "slain", ],
    &[ "win", "won", "wins", "victory", "beat", "beats", "beaten", "defeated", "defeats", "triumph", "clinched", "elected", "upset", "title", ],
    &[ "buy", "bought", "buys", "acquire", "acquired", "acquires", "acquisition", "takeover", "purchase", "purchased", "offer", "bid", ],
    &["sue", "sued", "sues", "lawsuit", "suit", "litigation"],
    &["recall", "recalled", "recalls", "recalling"],
    &[ "strike", "strikes", "walkout", "stoppage", "walked", "stevedores", ],
    &[ "sign", "signed", "signs", "agreement", "accord", "deal", "treaty", "pact", ],
    &["fire", "blaze", "flames", "burned", "fires"],
    &["quake", "earthquake", "tremor", "jolted", "shook", "quakes"],
    &[ "unveil", "unveiled", "unveils", "launch", "launched", "launches", "introduce", "introduced", "introduces", "debut", "debuted", ],
    &[ "raise", "raised", "raises", "lifted", "lifts", "hiked", "hike", "increased", "rise", "rose", ],
    &["cut", "cuts", "lowered", "lowers", "reduced", "slashed"],
    &["hold", "held", "unchanged", "kept", "leave"],
    &["collapse", "collapsed", "gave", "caved"],
    &["landfall", "ashore", "hit", "slammed", "struck", "strikes"],
    &["crash", "crashed", "crashes"], &["convict", "convicted", "guilty", "conviction"],
    &["sentence", "sentenced", "jailed", "imprisoned"],
    &[ "approve", "approved", "passed", "approves", "backed", "adopted", ],
    &["reject", "rejected", "rejects", "survived", "defeated"],
    &["close", "closure", "closing", "shut", "shutting"],
    &["erupt", "erupted", "eruption", "erupts"], &["orbit", "orbiting"],
    &[ "explode", "exploded", "explosion", "blast", "bomb", "bombing", "blew", ],
    &["appear", "appeared", "appearance", "arraigned"],
    &["campaign", "candidacy", "run", "bid"], &["flood", "flooded", "flooding", "floods"],
];

/// Verb + particle pairs news uses for the same kinds ("called back", "stepped down").
const PHRASES: &[(&str, &str, &str)] = &[
    ("called", "back", "recall"),
    ("stepped", "down", "resign"),
    ("steps", "down", "resign"),
    ("step", "down", "resign"),
    ("walked", "off", "strike"),
    ("walked", "out", "strike"),
    ("walked", "free", "release"),
    ("went", "off", "explode"),
    ("gave", "way", "collapse"),
    ("came", "ashore", "landfall"),
    ("kicked", "off", "campaign"),
    ("broke", "out", "fire"),
    ("set", "free", "release"),
];

fn kind_of(w: &str) -> Option<&'static str> {
    // Hashed once: asked for every word of every event. The first row naming a word wins.
    static BY_WORD: std::sync::OnceLock<HashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    let map = BY_WORD.get_or_init(|| {
        let mut m = HashMap::new();
        for row in KINDS {
            for w in row.iter() {
                m.entry(*w).or_insert(row[0]);
            }
        }
        m
    });
    map.get(w).copied()
}

/// Words too general to tell two happenings apart.
#[rustfmt::skip]
static STOP: words::WordSet = words::WordSet::new(&[
    "year", "years", "day", "days", "week", "weeks", "month", "months", "time", "people", "new",
    "first", "last", "one", "two", "three", "percent", "mr.", "mrs.", "ms.", "like", "would",
    "could", "also", "now", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "officials", "official", "news", "reuters",
    "ap", "afp", "according", "report", "reports", "statement", "make", "made", "after",
    "earlier", "later", "hours", "minutes", "again", "morning", "evening", "night", "afternoon",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec.", "the", "on", "in",
]);

/// Titles and roles: who someone is, not what happened.
#[rustfmt::skip]
static ROLES: words::WordSet = words::WordSet::new(&[
    "chief", "executive", "president", "minister", "prime", "secretary", "ceo", "chairman",
    "director", "head", "leader", "spokesman", "spokeswoman", "governor", "senator", "former",
    "company", "group", "government", "officials", "authorities", "police",
]);

/// A crude stem, so "resigned"/"resigns" and "talks"/"talk" meet.
fn stem(w: &str) -> String {
    let w = w.trim_end_matches("'s").trim_end_matches("’s");
    for suffix in ["ation", "ings", "ing", "ed", "es", "s"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.chars().count() >= 4 {
                return base.trim_end_matches('e').to_string();
            }
        }
    }
    w.trim_end_matches('e').to_string()
}

/// The canonical form of a content word: its kind's word, else its stem.
fn canonical(l: &str) -> String {
    kind_of(l).map_or_else(|| stem(l), |k| format!("~{k}"))
}

fn is_content(l: &str) -> bool {
    l.chars().count() >= 2
        && !words::FUNCTION_WORD_SET.contains(l)
        && !words::REPORTING_SET.contains(l)
        && !STOP.contains(l)
}

impl Signature {
    /// Everything but the interning, so it can run on all cores.
    pub(super) fn raw(ev: &Event, texts: &HashMap<&str, &str>) -> Raw {
        let mut words = Vec::new();
        let mut action = None;
        let h = ev.headline.as_str();
        let toks: Vec<_> = words::tokens(h).into_iter().filter(|t| t.word).collect();
        for (k, t) in toks.iter().enumerate() {
            let w = &h[t.range.clone()];
            let l = lower(w);
            let next = toks.get(k + 1).map(|n| lower(&h[n.range.clone()]));
            let phrase = PHRASES
                .iter()
                .find(|(v, p, _)| *v == l && next.as_deref() == Some(*p))
                .map(|(_, _, kind)| *kind);
            if !is_content(&l) && phrase.is_none() {
                continue;
            }
            let id = match phrase {
                Some(kind) => format!("~{kind}"),
                None => canonical(&l),
            };
            if action.is_none() && (phrase.is_some() || kind_of(&l).is_some()) {
                action = Some(id.clone());
            }
            // What happened: the headline's lower-case content words (names and roles are
            // compared apart).
            let capital = w.chars().next().is_some_and(char::is_uppercase) && t.range.start > 0;
            if !capital && !ROLES.contains(&l) && !l.chars().any(|c| c.is_ascii_digit()) {
                words.push(id);
            }
        }
        if action.is_none() {
            action = happening(h).map(|v| canonical(&lower(&h[v.verb])));
        }
        // Names: capitalized words, outside the time expression. Words seen in lower
        // case are kept too (so a capital at a sentence start is no name: "Net income
        // rose"), and sentence-initial capitals are decided on once the load is known.
        let mut found = Names::default();
        found.scan(h, None);
        let headline_names = found.names.clone();
        let headline_initial = found.initial.clone();
        for src in ev.sources.iter().take(3) {
            if let Some(p) = texts
                .get(src.document.as_str())
                .and_then(|t| t.get(src.passage.range()))
            {
                let skip = src.expression.as_ref().map(|x| {
                    x.start.saturating_sub(src.passage.start)
                        ..x.end.saturating_sub(src.passage.start)
                });
                found.scan(p, skip);
            }
        }
        let Names {
            names,
            initial,
            lower_seen,
        } = found;
        Raw {
            words,
            headline_names,
            headline_initial,
            names,
            initial,
            lower_seen,
            action,
            sig: Signature {
                words: Box::default(),
                names: Box::default(),
                action: None,
                subject: None,
                year: ev.start.map(|s| s.year()),
                start: ev.start,
                end: ev.end,
                granularity: ev.granularity,
                reported: ev.is_reported(),
                narrated: ev
                    .sources
                    .iter()
                    .all(|s| s.role == crate::events::Role::Narrated),
                passages: {
                    let mut p: Vec<(u64, usize)> = ev
                        .sources
                        .iter()
                        .map(|s| {
                            (
                                crate::events::id::content_hash(&s.document),
                                s.passage.start,
                            )
                        })
                        .collect();
                    p.sort_unstable();
                    p.into_boxed_slice()
                },
            },
        }
    }

    /// Every interned word (content and names), for the candidate index.
    pub(super) fn index_words(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().chain(&self.names).copied()
    }
}

/// Names found in a text, and what decides the uncertain ones.
#[derive(Default)]
struct Names {
    names: Vec<String>,
    /// Capitalized first words: names unless the load writes them in lower case too.
    initial: Vec<String>,
    lower_seen: Vec<String>,
}

impl Names {
    fn scan(&mut self, s: &str, skip: Option<std::ops::Range<usize>>) {
        let toks: Vec<_> = words::tokens(s).into_iter().filter(|t| t.word).collect();
        let upper = |k: usize| {
            toks.get(k).is_some_and(|t| {
                s[t.range.clone()]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
        };
        for (k, t) in toks.iter().enumerate() {
            if skip
                .as_ref()
                .is_some_and(|x| t.range.start < x.end && t.range.end > x.start)
            {
                continue;
            }
            let w = &s[t.range.clone()];
            // Figures are not names: tolls and counts change between reports. A capital
            // at the start is surely a name when a name goes on ("Miriam Okafor quit") or
            // in capitals ("NATO").
            let acronym = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| !c.is_lowercase());
            let l = lower(w);
            if !upper(k) {
                if is_content(&l) {
                    self.lower_seen.push(l);
                }
                continue;
            }
            if !is_content(&l) || ROLES.contains(&l) {
                continue;
            }
            if k > 0 || upper(k + 1) || acronym {
                self.names.push(stem(&l));
            } else {
                self.initial.push(l);
            }
        }
    }
}

/// A signature before its words are interned.
pub(super) struct Raw {
    words: Vec<String>,
    /// The headline's names (the first is its subject), and its capitalized first word.
    headline_names: Vec<String>,
    headline_initial: Vec<String>,
    names: Vec<String>,
    /// Capitalized first words: names unless the load writes them in lower case too.
    initial: Vec<String>,
    lower_seen: Vec<String>,
    action: Option<String>,
    sig: Signature,
}

/// A signature with its words interned, waiting for the whole load to tell which
/// capitalized first words are names (those it never writes in lower case).
pub(super) struct Pending {
    words: Vec<u32>,
    names: Vec<u32>,
    /// A capitalized first word: (its lower-case form, its stem).
    headline_initial: Vec<(u32, u32)>,
    headline_subject: Option<u32>,
    initial: Vec<(u32, u32)>,
    action: Option<u32>,
    sig: Signature,
}

impl Raw {
    pub(super) fn intern(self, vocab: &mut Vocab) -> Pending {
        for w in self.lower_seen {
            vocab.mark_lower_seen(w);
        }
        let mut pairs = |ws: Vec<String>| -> Vec<(u32, u32)> {
            ws.into_iter()
                .map(|w| {
                    let st = stem(&w);
                    (vocab.intern(w), vocab.intern(st))
                })
                .collect()
        };
        let headline_initial = pairs(self.headline_initial);
        let initial = pairs(self.initial);
        let headline_subject = self
            .headline_names
            .into_iter()
            .next()
            .map(|w| vocab.intern(w));
        let words = self.words.into_iter().map(|w| vocab.intern(w)).collect();
        let names = self.names.into_iter().map(|w| vocab.intern(w)).collect();
        let action = self.action.map(|a| vocab.intern(a));
        Pending {
            words,
            names,
            headline_initial,
            headline_subject,
            initial,
            action,
            sig: self.sig,
        }
    }
}

impl Pending {
    pub(super) fn finish(mut self, vocab: &mut Vocab) -> Signature {
        let subject = self
            .headline_initial
            .iter()
            .find(|(w, _)| !vocab.is_lower_seen(*w))
            .map(|&(_, st)| st)
            .or(self.headline_subject);
        for &(w, st) in &self.initial {
            if !vocab.is_lower_seen(w) {
                self.names.push(st);
            }
        }
        let ids = |mut v: Vec<u32>| {
            v.sort_unstable();
            v.dedup();
            v.into_boxed_slice()
        };
        Signature {
            words: ids(self.words),
            names: ids(self.names),
            action: self.action,
            subject,
            ..self.sig
        }
    }
}

/// Inverse document frequency of every word (indexed by word id), over all signatures.
pub(super) fn idf(sigs: &[Signature], vocab_len: usize) -> Vec<f64> {
    let mut df = vec![0usize; vocab_len];
    for s in sigs {
        let mut all: Vec<u32> = s.index_words().collect();
        all.sort_unstable();
        all.dedup();
        for w in all {
            if let Some(d) = df.get_mut(w as usize) {
                *d += 1;
            }
        }
    }
    let n = sigs.len().max(1) as f64;
    df.into_iter()
        .map(|d| (1.0 + n / d.max(1) as f64).ln())
        .collect()
}

/// Weighted overlap of two sorted id lists over the lighter side, and the shared ids.
pub(super) fn overlap(a: &[u32], b: &[u32], idf: &[f64]) -> (f64, Vec<u32>) {
    let weight = |w: u32| idf.get(w as usize).copied().unwrap_or(1.0);
    let total = |s: &[u32]| s.iter().map(|&w| weight(w)).sum::<f64>();
    let mut shared = Vec::new();
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += weight(a[i]);
                shared.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    let denom = total(a).min(total(b));
    (if denom > 0.0 { sum / denom } else { 0.0 }, shared)
}
