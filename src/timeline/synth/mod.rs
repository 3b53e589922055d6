//! A synthetic events file for benchmarks and demos: any number of events, deterministic
//! for a seed, spread the way news is.
//!
//! Shape of the data (fractions of the events):
//!
//! - 45 % in 24 "news weeks" between 1990 and 2025 (one of them the week of 16 November
//!   2023), a few days wide, at minute, hour and day precision and as day ranges;
//! - 35 % between 1900 and 2025, denser towards the present (days, months, years, month
//!   ranges);
//! - 15 % between 1000 and 1900 (years, decades, centuries, some months and days);
//! - 4 % from 3000 BC to AD 1000 (years, BCE included);
//! - 1 % vague ("recently"), with no place on the time axis.
//!
//! Documents: `n / 50` of them, at most 300, each about one news week and holding many
//! events. Every event's passage is a sentence of its document and its expression a span
//! inside that sentence (`&text[expr] == expression.text`). Sentences are shared: an event
//! whose date expression its document already contains reuses that sentence, which keeps
//! a 1,000,000-event file's texts to a few tens of megabytes.
//!
//! No I/O here: `chronoscope synth` writes the file. No `rand` dependency either: a
//! SplitMix64 generator is all the randomness needed.

use crate::documents::{Document, DocumentKind, Span};
use crate::events::{Anchor, Event, EventsFile, Expression, Role, Source};
use crate::timeline::format::month_name;
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::HashMap;

mod phrases;
mod rng;
pub mod text;

pub use rng::SplitMix64;

use phrases::{day, random_when, When};

const SUBJECTS: [&str; 16] = [
    "Ministers",
    "The council",
    "Rebels",
    "The central bank",
    "Voters",
    "Scientists",
    "The court",
    "Protesters",
    "The company",
    "Engineers",
    "The mayor",
    "Farmers",
    "Negotiators",
    "The union",
    "Rescue teams",
    "The parliament",
];
const VERBS: [&str; 12] = [
    "announced",
    "rejected",
    "approved",
    "debated",
    "signed",
    "delayed",
    "launched",
    "investigated",
    "celebrated",
    "ended",
    "proposed",
    "suspended",
];
const OBJECTS: [&str; 14] = [
    "the budget",
    "a ceasefire",
    "new tariffs",
    "the treaty",
    "a rescue plan",
    "the merger",
    "an inquiry",
    "the vaccine trial",
    "the election results",
    "a strike",
    "the new bridge",
    "emergency measures",
    "the harvest tax",
    "a trade pact",
];
const PLACES: [&str; 12] = [
    "Geneva", "Lagos", "Lima", "Osaka", "Oslo", "Nairobi", "Quito", "Hanoi", "Tunis", "Perth",
    "Dakar", "Riga",
];
const TOPICS: [&str; 12] = [
    "summit",
    "election",
    "floods",
    "strike",
    "trial",
    "merger",
    "earthquake",
    "budget",
    "outbreak",
    "festival",
    "drought",
    "talks",
];
const N_BURSTS: usize = 24;

/// A sentence of a document: where it is, where its expression is, its title.
#[derive(Clone, Copy)]
struct Sentence {
    passage: Span,
    expression: Span,
    title_id: usize,
}

struct DocBuilder {
    doc: Document,
    sentences_since_break: usize,
    by_expression: HashMap<String, Sentence>,
}

/// Generates `n_events` events over `n_events / 50` documents (1 to 300), deterministic for
/// `seed`. See the module docs for the shape of the data.
pub fn generate(n_events: usize, seed: u64) -> EventsFile {
    let mut rng = SplitMix64::new(seed ^ 0x5EED_C0FF_EE00_0001);
    let n_docs = (n_events / 50).clamp(1, 300);

    // News weeks: the seed's week first, the others spread over 1990–2025, denser lately.
    let seed_week = day(2023, 11, 16);
    let mut bursts = vec![seed_week];
    while bursts.len() < N_BURSTS {
        let u = rng.unit();
        let year = 2024 - (34.0 * u * u) as i32;
        let doy = rng.range(0, 365) as u32 + 1;
        bursts.push(NaiveDate::from_yo_opt(year, doy).unwrap_or(seed_week));
    }

    let mut docs: Vec<DocBuilder> = (0..n_docs)
        .map(|i| {
            let home = bursts.get(i % N_BURSTS).copied().unwrap_or(seed_week);
            let place = PLACES.get(i % PLACES.len()).copied().unwrap_or("Geneva");
            let topic = TOPICS
                .get((i / PLACES.len() + i) % TOPICS.len())
                .copied()
                .unwrap_or("talks");
            let title = format!(
                "{place} {topic}, {} {}",
                month_name(home.and_time(Default::default())),
                home.year()
            );
            let text = format!("{title}\n\n");
            DocBuilder {
                doc: Document {
                    id: format!("d{}", i + 1),
                    path: format!("synth/d{}.txt", i + 1),
                    title,
                    reference_date: (home + Duration::days(2)).and_hms_opt(0, 0, 0),
                    text,
                    body: None,
                    kind: DocumentKind::Text,
                    url: None,
                    byline: None,
                    lang: None,
                    date_source: None,
                },
                sentences_since_break: 0,
                by_expression: HashMap::new(),
            }
        })
        .collect();

    let titles = all_titles();
    // How many events each document gets; some documents are much longer than others.
    let mut counts = vec![0usize; n_docs];
    for _ in 0..n_events {
        let u = rng.unit();
        if let Some(c) = counts.get_mut(((u * u * u) * n_docs as f64) as usize % n_docs) {
            *c += 1;
        }
    }

    // One document at a time, each with its own random stream: its text, sentence index
    // and events stay in cache, and the result is still a pure function of the seed.
    let mut events = Vec::with_capacity(n_events);
    for (d, (builder, &count)) in docs.iter_mut().zip(&counts).enumerate() {
        let mut rng = SplitMix64::new(seed ^ (d as u64 + 1).wrapping_mul(0xA24B_AED4_963E_E407));
        let home = bursts.get(d % N_BURSTS).copied().unwrap_or(seed_week);
        let mut local: Vec<(Sentence, usize, When)> = Vec::with_capacity(count);
        for seq in 0..count {
            let when = random_when(&mut rng, home, &bursts);
            let title_id = rng.range(0, titles.len() as i64) as usize;
            let sentence = builder.sentence_for(&when, title_id, &titles);
            local.push((sentence, seq, when));
        }
        // Text order, as extraction would produce them.
        local.sort_unstable_by_key(|(s, seq, _)| (s.passage.start, *seq));
        let doc = &builder.doc;
        for (s, _, when) in local {
            let text = doc.text.get(s.expression.range()).unwrap_or_default();
            events.push(Event {
                id: format!("e{}", events.len() + 1),
                start: when.start,
                end: when.end,
                granularity: when.granularity,
                value: when.value,
                modifier: None,
                headline: titles.get(s.title_id).cloned().unwrap_or_default(),
                sources: vec![Source {
                    document: doc.id.clone(),
                    passage: s.passage,
                    expression: Some(Expression {
                        start: s.expression.start,
                        end: s.expression.end,
                        text: text.to_string(),
                        timex_type: when.timex_type,
                        value: String::new(),
                        modifier: None,
                    }),
                    anchor: Anchor::Expression,
                    role: Role::Dated,
                }],
                merged: Vec::new(),
                actors: Vec::new(),
                curation: None,
            });
        }
    }
    let documents: Vec<Document> = docs.into_iter().map(|b| b.doc).collect();
    EventsFile::new(documents, events, Vec::new())
}

impl DocBuilder {
    /// The sentence holding `when`'s expression: an existing one, or a new one appended.
    fn sentence_for(&mut self, when: &When, title_id: usize, titles: &[String]) -> Sentence {
        if let Some(s) = self.by_expression.get(&when.text) {
            return *s;
        }
        let title = titles
            .get(title_id)
            .map(String::as_str)
            .unwrap_or("Something happened");
        let text = &mut self.doc.text;
        let start = text.len();
        text.push_str(title);
        text.push(' ');
        if !when.preposition.is_empty() {
            text.push_str(when.preposition);
            text.push(' ');
        }
        let expr_start = text.len();
        text.push_str(&when.text);
        let expr_end = text.len();
        text.push('.');
        let end = text.len();
        self.sentences_since_break += 1;
        if self.sentences_since_break == 6 {
            text.push_str("\n\n");
            self.sentences_since_break = 0;
        } else {
            text.push(' ');
        }
        let s = Sentence {
            passage: Span { start, end },
            expression: Span {
                start: expr_start,
                end: expr_end,
            },
            title_id,
        };
        self.by_expression.insert(when.text.clone(), s);
        s
    }
}

fn all_titles() -> Vec<String> {
    let mut out = Vec::with_capacity(SUBJECTS.len() * VERBS.len() * OBJECTS.len());
    for s in SUBJECTS {
        for v in VERBS {
            for o in OBJECTS {
                out.push(format!("{s} {v} {o}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::Granularity;
    use chrono::Datelike;

    #[test]
    fn deterministic_for_a_seed_and_different_across_seeds() {
        let a = generate(2_000, 7);
        let b = generate(2_000, 7);
        assert_eq!(a, b);
        let c = generate(2_000, 8);
        assert_ne!(a.events, c.events);
        assert_eq!(a.events.len(), 2_000);
        assert_eq!(a.documents.len(), 40);
        assert_eq!(a.format, crate::events::file::FORMAT);
    }

    #[test]
    fn spans_point_at_their_words() {
        let f = generate(5_000, 1);
        let texts: HashMap<&str, &str> = f
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str()))
            .collect();
        for e in &f.events {
            let src = e.first();
            let x = src.expression.as_ref().unwrap();
            let text = texts[e.document()];
            let passage = &text[src.passage.range()];
            assert_eq!(&text[x.start..x.end], x.text);
            assert!(
                passage.starts_with(&e.headline),
                "{passage:?} / {:?}",
                e.headline
            );
            assert!(passage.ends_with('.'));
            assert!(src.passage.start <= x.start && x.end <= src.passage.end);
            assert_eq!(e.is_dated(), e.granularity.is_some());
            if let (Some(s), Some(end)) = (e.start, e.end) {
                assert!(s < end, "{e:?}");
            }
        }
        // Events come by document, then in text order, numbered e1, e2, …
        let doc_index = |id: &str| f.documents.iter().position(|d| d.id == id).unwrap();
        for (i, w) in f.events.windows(2).enumerate() {
            let (a, b) = (&w[0], &w[1]);
            assert_eq!(a.id, format!("e{}", i + 1));
            let (da, db) = (doc_index(a.document()), doc_index(b.document()));
            assert!(
                da < db || (da == db && a.first().passage.start <= b.first().passage.start),
                "{a:?} {b:?}"
            );
        }
    }

    #[test]
    fn realistic_spread() {
        let f = generate(20_000, 3);
        let years: Vec<i32> = f
            .events
            .iter()
            .filter_map(|e| e.start)
            .map(|s| s.year())
            .collect();
        let n = years.len() as f64;
        let modern = years
            .iter()
            .filter(|&&y| (1900..=2025).contains(&y))
            .count() as f64;
        let bce = years.iter().filter(|&&y| y <= 0).count();
        assert!(modern / n > 0.7, "{modern} of {n}");
        assert!(bce > 100, "{bce}");
        assert!(years.iter().all(|&y| (-2999..=2025).contains(&y)));
        // The seed week is a burst: well over a hundred events in 13–19 Nov 2023.
        let week = f
            .events
            .iter()
            .filter_map(|e| e.start)
            .filter(|s| (day(2023, 11, 13)..day(2023, 11, 20)).contains(&s.date()))
            .count();
        assert!(week > 150, "{week}");
        for g in [
            Granularity::Minute,
            Granularity::Hour,
            Granularity::Day,
            Granularity::Month,
            Granularity::Year,
            Granularity::Decade,
            Granularity::Century,
        ] {
            assert!(f.events.iter().any(|e| e.granularity == Some(g)), "no {g}");
        }
        assert!(f.events.iter().any(|e| !e.is_dated()));
        assert!(f
            .events
            .iter()
            .any(|e| e.value == "BC0500" || e.value.starts_with("BC")));
        // Sentences are shared: fewer sentences than events.
        let text_bytes: usize = f.documents.iter().map(|d| d.text.len()).sum();
        assert!(text_bytes < f.events.len() * 60, "{text_bytes}");
    }

    #[test]
    fn round_trips_through_the_events_file_reader() {
        let f = generate(1_000, 11);
        let json = serde_json::to_string(&f).unwrap();
        let back = EventsFile::from_json(&json).unwrap();
        assert!(back.warnings.is_empty(), "{:?}", back.warnings);
        assert_eq!(back, f);
    }
}
