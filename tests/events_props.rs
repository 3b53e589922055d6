//! Property tests of events across documents: whatever the articles say, a load gives
//! events with at least one source each, every passage and expression on character
//! boundaries inside its document and slicing to its words, merge reasons pointing at
//! real sources, unique ids, headlines within the limit, and the same result twice
//! (merging is deterministic).

use chronoscope::corpus;
use chronoscope::events::headline::MAX_HEADLINE_CHARS;
use chronoscope::temporal::Options;
use proptest::prelude::*;
use std::collections::HashSet;

/// Pieces of news sentences: names, verbs of happenings and saying, dates, punctuation,
/// quotes and non-ASCII, so merging, headlines and lead events all get exercised.
const WORDS: &[&str] = &[
    "Miriam",
    "Okafor",
    "Apple",
    "Corwin",
    "Motors",
    "the",
    "minister",
    "resigned",
    "quit",
    "recalled",
    "120,000",
    "cars",
    "on",
    "Thursday",
    "Nov.",
    "16",
    ",",
    "2023",
    "said",
    "officials",
    "“",
    "”",
    "\"",
    "(",
    ")",
    "–",
    "—",
    "after",
    "the",
    "strike",
    "was",
    "arrested",
    "has",
    "filed",
    "a",
    "lawsuit",
    "in",
    "August",
    "last",
    "week",
    "yesterday",
    "Mr.",
    "Xi",
    "told",
    "that",
    "China‘s",
    "ban",
    "Zürich",
    "São",
    "Paulo",
    "éclair",
    "’s",
    "1980",
    "'s",
    "the",
    "1990s",
    "President",
    "Joe",
    "Biden",
    "met",
    "Kishida",
    ".",
    "CANBERRA",
    "(AP)",
    "_",
    "But",
    "Most",
    "recently",
    "will",
    "plans",
    "to",
    "which",
];

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 3..18).prop_map(|w| {
        let mut s = w.join(" ");
        s.push('.');
        s
    })
}

fn article() -> impl Strategy<Value = (u32, Vec<String>)> {
    (1u32..28, prop::collection::vec(sentence(), 1..6))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn loads_keep_every_invariant(articles in prop::collection::vec(article(), 1..5)) {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<_> = articles
            .iter()
            .enumerate()
            .map(|(i, (day, sentences))| {
                let p = dir.path().join(format!("a{i}.txt"));
                std::fs::write(&p, format!("date 2023-11-{day:02}\n{}\n", sentences.join(" "))).unwrap();
                p
            })
            .collect();
        let file = corpus::load(&paths, &Options::default(), &|_| {});
        let mut ids = HashSet::new();
        for ev in &file.events {
            prop_assert!(!ev.sources.is_empty());
            prop_assert!(ids.insert(ev.id.clone()), "duplicate id {}", ev.id);
            prop_assert!(ev.headline.chars().count() <= MAX_HEADLINE_CHARS, "{}", ev.headline);
            for r in &ev.merged {
                prop_assert!(r.source < ev.sources.len());
            }
            for src in &ev.sources {
                let doc = file.documents.iter().find(|d| d.id == src.document).unwrap();
                prop_assert!(src.passage.is_valid_in(&doc.text));
                if let Some(x) = &src.expression {
                    prop_assert!(x.span().is_valid_in(&doc.text));
                    prop_assert_eq!(&doc.text[x.start..x.end], x.text.as_str());
                    prop_assert!(src.passage.start <= x.start && x.end <= src.passage.end);
                }
            }
            if let (Some(s), Some(e)) = (ev.start, ev.end) {
                prop_assert!(s < e);
            }
        }
        let again = corpus::load(&paths, &Options::default(), &|_| {});
        prop_assert_eq!(again.to_json(), file.to_json(), "merging is deterministic");
    }
}
