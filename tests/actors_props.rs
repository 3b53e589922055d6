//! Property tests of the name finder and the actors of a load: whatever the text, finding
//! names never panics, every mention is a non-empty span on character boundaries that
//! slices to a name starting with a letter or digit, mentions come in text order without
//! overlapping, and every actor an event names is in the file's actors table.

use chronoscope::actors::{find_mentions, Gazetteer};
use chronoscope::corpus;
use chronoscope::temporal::Options;
use proptest::prelude::*;
use std::collections::HashSet;

/// Pieces of news text: names, titles, acronyms, demonyms, products, possessives,
/// hyphens, quotes, non-ASCII letters and odd spacing.
const WORDS: &[&str] = &[
    "Mr.",
    "Ms.",
    "President",
    "Prime",
    "Minister",
    "Xi",
    "Jinping",
    "Fumio",
    "Kishida",
    "Apple",
    "Inc.",
    "Co.",
    "Boeing",
    "United",
    "States",
    "Air",
    "Force",
    "(",
    ")",
    "USAF",
    "U.S.",
    "US-China",
    "Chinese",
    "Japanese",
    "iPhone",
    "4",
    "the",
    "of",
    "Bank",
    "America",
    "said",
    "met",
    "in",
    "San",
    "Francisco",
    "Tokyo",
    "’s",
    "'s",
    "Apple's",
    "al-Maliki",
    "Jean-Claude",
    "São",
    "Paulo",
    "Zürich",
    "Élysée",
    "東京",
    "“",
    "”",
    "\"",
    ",",
    ".",
    "-",
    "—",
    "&",
    "AT&T",
    "APEC",
    "Asia-Pacific",
    "Economic",
    "Cooperation",
    "summit",
    "CEO",
    "Officials",
    "Monday",
    "\n",
    "\n\n",
    "  ",
    "THE",
    "NAIROBI",
    "Kenya",
    "(AP)",
    "_",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..60).prop_map(|ws| {
        let mut s = String::new();
        for (i, w) in ws.iter().enumerate() {
            if i > 0 && !w.starts_with(['\n', ',', '.', ')']) {
                s.push(' ');
            }
            s.push_str(w);
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn mentions_are_ordered_valid_spans(t in text()) {
        let ms = find_mentions(&t, Gazetteer::get());
        let mut end = 0;
        for m in &ms {
            prop_assert!(m.span.is_valid_in(&t), "{:?} in {t:?}", m.span);
            prop_assert!(!m.span.is_empty());
            prop_assert!(m.span.start >= end, "overlap at {:?} in {t:?}", m.span);
            let name = &t[m.span.range()];
            prop_assert!(name.starts_with(char::is_alphanumeric), "{name:?} in {t:?}");
            if let Some(r) = m.role {
                prop_assert!(r.is_valid_in(&t));
            }
            end = m.span.end;
        }
    }

    #[test]
    fn every_event_actor_is_in_the_table(a in text(), b in text()) {
        let dir = tempfile::tempdir().unwrap();
        let pa = dir.path().join("a.txt");
        let pb = dir.path().join("b.txt");
        std::fs::write(&pa, format!("date 2023-11-17\n{a} on Thursday.")).unwrap();
        std::fs::write(&pb, format!("date 2023-11-18\n{b} on Friday.")).unwrap();
        let file = corpus::load(&[pa, pb], &Options::default(), &|_| {});
        let ids: HashSet<&str> = file.actors.iter().map(|x| x.id.as_str()).collect();
        prop_assert_eq!(ids.len(), file.actors.len(), "actor ids are unique");
        for ev in &file.events {
            for id in &ev.actors {
                prop_assert!(ids.contains(id.as_str()), "{id} not in the table");
            }
            let unique: HashSet<&String> = ev.actors.iter().collect();
            prop_assert_eq!(unique.len(), ev.actors.len(), "an actor listed twice");
        }
    }
}
