//! The curated view of the seed: hidden events left out, corrected headline and date
//! applied (the extracted value kept in the source), starred-only exports, and edits whose
//! event no longer exists listed as orphans.

use chrono::NaiveDate;
use chronoscope::corpus::load_embedded_seed;
use chronoscope::documents::Span;
use chronoscope::events::EventsFile;
use chronoscope::project::view::{document_hashes, source_ids, BY_HAND};
use chronoscope::project::{
    curated_file, orphans, AddedEvent, Curation, DateFix, Edit, ViewOptions,
};
use chronoscope::temporal::{Granularity, Options};

#[test]
fn the_curated_seed_applies_every_correction() {
    let file = load_embedded_seed(&Options::default());
    let (a, b) = (file.events[0].id.clone(), file.events[1].id.clone());
    let original = file.events[1].clone();
    let mut c = Curation::default();
    c.apply(Edit::Hide {
        event: a.clone(),
        hidden: true,
    });
    c.apply(Edit::Headline {
        event: b.clone(),
        headline: Some("Xi and Kishida meet".into()),
    });
    let day = NaiveDate::from_ymd_opt(2023, 11, 16)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    c.apply(Edit::Date {
        event: b.clone(),
        date: Some(DateFix {
            start: day,
            end: day + chrono::Duration::days(1),
            granularity: Granularity::Day,
            value: "2023-11-16".into(),
            typed: "Nov. 16, 2023".into(),
        }),
    });
    c.apply(Edit::Star {
        event: b.clone(),
        starred: true,
    });
    let curated = curated_file(&c, &file, ViewOptions::default());
    assert_eq!(curated.events.len(), file.events.len() - 1);
    assert!(!curated.events.iter().any(|e| e.id == a), "hidden left out");
    let e = curated.events.iter().find(|e| e.id == b).unwrap();
    assert_eq!(e.headline, "Xi and Kishida meet");
    assert_eq!(e.value, "2023-11-16");
    assert_eq!(e.start, Some(day));
    assert_eq!(
        e.first().expression,
        original.first().expression,
        "the extracted date is kept"
    );
    let starred = curated_file(
        &c,
        &file,
        ViewOptions {
            starred_only: true,
            ..ViewOptions::default()
        },
    );
    assert_eq!(
        starred
            .events
            .iter()
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>(),
        [b.as_str()]
    );
    assert!(orphans(&c, &file, &view(&c, &file)).is_empty());
    assert_eq!(
        e.marks().extracted_value.as_deref(),
        Some(original.value.as_str())
    );
    assert!(e.marks().starred);
    c.apply(Edit::Note {
        event: "e-gone".into(),
        note: Some("check".into()),
    });
    let gone: Vec<String> = orphans(&c, &file, &view(&c, &file))
        .into_iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(gone, ["e-gone"]);
}

fn seed() -> EventsFile {
    load_embedded_seed(&Options::default())
}

fn view(c: &Curation, file: &EventsFile) -> EventsFile {
    curated_file(c, file, ViewOptions::default())
}

/// Every source of `ev` by its source id.
fn sids(file: &EventsFile, i: usize) -> Vec<String> {
    source_ids(&document_hashes(file), &file.events[i])
}

#[test]
fn merge_then_split_gives_back_one_event_per_source() {
    let file = seed();
    let (a, b) = (file.events[0].clone(), file.events[1].clone());
    let mut c = Curation::default();
    let moves: Vec<Edit> = sids(&file, 1)
        .into_iter()
        .map(|source| Edit::Move {
            source,
            to: Some(a.id.clone()),
        })
        .collect();
    let undo = c.apply(Edit::Batch { edits: moves });
    let merged = view(&c, &file);
    assert_eq!(merged.events.len(), file.events.len() - 1);
    let m = merged.events.iter().find(|e| e.id == a.id).unwrap();
    assert_eq!(m.sources.len(), a.sources.len() + b.sources.len());
    assert_eq!(
        m.sources[..a.sources.len()],
        a.sources[..],
        "its own sources first"
    );
    assert_eq!(m.headline, a.headline, "the chosen event's headline");
    assert_eq!(m.start, a.start, "and its date");
    assert!(m
        .merged
        .iter()
        .any(|r| r.rule == BY_HAND && r.source == a.sources.len()));
    assert!(m.marks().regrouped);
    assert!(!merged.events.iter().any(|e| e.id == b.id));
    // Split the merged event: each moved-in source becomes an event of its own again,
    // under the id it has alone (for B's first source, B's own id).
    let merged_i = merged.events.iter().position(|e| e.id == a.id).unwrap();
    let split: Vec<Edit> = sids(&merged, merged_i)
        .into_iter()
        .skip(a.sources.len())
        .map(|s| Edit::Move {
            source: s.clone(),
            to: Some(s),
        })
        .collect();
    c.apply(Edit::Batch { edits: split });
    let again = view(&c, &file);
    assert_eq!(again.events.len(), file.events.len());
    let b2 = again.events.iter().find(|e| e.id == b.id).unwrap();
    assert_eq!(b2.start, b.start);
    assert_eq!(b2.sources, b.sources);
    // Undo of the merge batch (after the split is undone) gives the start.
    let mut c2 = Curation::default();
    let moves_undo = {
        let mut t = Curation::default();
        let _ = t.apply(undo.clone());
        t
    };
    assert!(moves_undo.is_empty() || !moves_undo.moves.is_empty());
    c2.apply(Edit::Batch {
        edits: sids(&file, 1)
            .into_iter()
            .map(|source| Edit::Move {
                source,
                to: Some(a.id.clone()),
            })
            .collect(),
    });
    c2.apply(undo);
    assert!(c2.is_empty(), "the batch's undo clears every move: {c2:?}");
}

#[test]
fn a_source_moves_to_another_event_and_a_split_source_gets_its_own_date() {
    let file = seed();
    // An event with two sources or more, if the seed has one; else build one by a merge.
    let two = file.events.iter().position(|e| e.sources.len() >= 2);
    let mut c = Curation::default();
    let (i, j) = match two {
        Some(i) => (i, if i == 0 { 1 } else { 0 }),
        None => {
            c.apply(Edit::Move {
                source: sids(&file, 1)[0].clone(),
                to: Some(file.events[0].id.clone()),
            });
            (0, 2)
        }
    };
    let now = view(&c, &file);
    let ev = now
        .events
        .iter()
        .find(|e| e.id == file.events[i].id)
        .unwrap()
        .clone();
    let k = now.events.iter().position(|e| e.id == ev.id).unwrap();
    // Its own first source: moving it out regroups both events (a moved-in source
    // moving on would leave this event as extracted).
    let own = sids(&now, k)[0].clone();
    let target = file.events[j].id.clone();
    c.apply(Edit::Move {
        source: own,
        to: Some(target.clone()),
    });
    let moved = view(&c, &file);
    let t = moved.events.iter().find(|e| e.id == target).unwrap();
    assert!(t.sources.contains(&ev.sources[0]));
    let left = moved.events.iter().find(|e| e.id == ev.id).unwrap();
    assert_eq!(left.sources.len(), ev.sources.len() - 1);
    assert!(left.marks().regrouped && t.marks().regrouped);
}

#[test]
fn an_added_event_points_into_its_document_and_survives_reordering() {
    let file = seed();
    let doc = &file.documents[0];
    let start = doc.text.find("Biden").unwrap();
    let end = start + doc.text[start..].find('.').unwrap() + 1;
    let passage = Span { start, end };
    let day = NaiveDate::from_ymd_opt(2023, 11, 15)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let hash = chronoscope::events::id::content_hash(&doc.text);
    let mut c = Curation::default();
    c.apply(Edit::Add {
        event: "e-added".into(),
        added: Some(Box::new(AddedEvent {
            document_hash: format!("{hash:016x}"),
            document_path: doc.path.clone(),
            passage,
            expression: None,
            date: DateFix {
                start: day,
                end: day + chrono::Duration::days(1),
                granularity: Granularity::Day,
                value: "2023-11-15".into(),
                typed: "15 Nov 2023".into(),
            },
            headline: "Biden speaks".into(),
        })),
    });
    let v = view(&c, &file);
    let added = v.events.iter().find(|e| e.id == "e-added").unwrap();
    assert_eq!(
        &doc.text[added.first().passage.range()],
        &doc.text[start..end]
    );
    assert_eq!(added.first().document, doc.id);
    assert!(added.marks().by_hand);
    assert_eq!(added.value, "2023-11-15");
    assert!(orphans(&c, &file, &view(&c, &file)).is_empty());
    // The document under another id (another load order): still found by its text.
    let mut other = file.clone();
    other.documents[0].id = "d9".into();
    for ev in &mut other.events {
        for s in &mut ev.sources {
            s.document = "d9".into();
        }
    }
    let v = view(&c, &other);
    let added = v.events.iter().find(|e| e.id == "e-added").unwrap();
    assert_eq!(added.first().document, "d9");
    // The document changed: the added event is listed, not dropped silently.
    let mut changed = file.clone();
    changed.documents[0].text.push_str(" More.");
    let lost = orphans(&c, &changed, &view(&c, &changed));
    assert_eq!(lost.len(), 1);
    assert!(lost[0].what.starts_with("added event in"), "{lost:?}");
}

#[test]
fn exports_take_the_curated_view_without_hidden_events_and_with_notes() {
    use chronoscope::events::output::{render, DataFormat};
    use chronoscope::explore::{Explorer, Filter};
    let file = seed();
    let (a, b, c) = (
        file.events[0].id.clone(),
        file.events[1].id.clone(),
        file.events[2].id.clone(),
    );
    let mut cur = Curation::default();
    cur.apply(Edit::Hide {
        event: a.clone(),
        hidden: true,
    });
    cur.apply(Edit::Star {
        event: b.clone(),
        starred: true,
    });
    cur.apply(Edit::Note {
        event: b.clone(),
        note: Some("Check with <the> ministry".into()),
    });
    cur.apply(Edit::Star {
        event: c.clone(),
        starred: true,
    });
    // Even a view that shows hidden events (greyed) exports without them.
    let shown = ViewOptions {
        show_hidden: true,
        starred_only: false,
    };
    let model = Explorer::new(curated_file(&cur, &file, shown));
    assert!(model.corpus.events.iter().any(|e| e.id == a));
    let visible = model.visible(&Filter::default());
    let all = model.filtered_corpus(&visible, false);
    assert_eq!(all.events.len(), file.events.len() - 1);
    assert!(all.events.iter().all(|e| e.id != a));
    let starred = model.filtered_corpus(&visible, true);
    let ids: Vec<&str> = starred.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&b.as_str()) && ids.contains(&c.as_str()));
    // The note is in the CSV (its own column) and in the TimelineJS slide (escaped).
    let csv = String::from_utf8(render(&starred, DataFormat::Csv).unwrap().bytes).unwrap();
    let rows = chronoscope::events::csv::read_csv(&csv).unwrap();
    let row = rows.iter().find(|r| r.id == b).unwrap();
    assert_eq!(
        (row.starred.as_str(), row.note.as_str()),
        ("yes", "Check with <the> ministry")
    );
    let tl = String::from_utf8(render(&starred, DataFormat::Timelinejs).unwrap().bytes).unwrap();
    assert!(tl.contains("Check with &lt;the&gt; ministry"), "{tl}");
    // The JSON export carries the marks.
    let json = String::from_utf8(render(&starred, DataFormat::Json).unwrap().bytes).unwrap();
    let back = EventsFile::from_json(&json).unwrap();
    assert!(
        back.events
            .iter()
            .find(|e| e.id == b)
            .unwrap()
            .marks()
            .starred
    );
}

#[test]
fn edits_of_an_event_emptied_by_a_merge_are_not_orphans_and_a_move_to_nowhere_is() {
    let file = seed();
    let (a, b) = (file.events[0].id.clone(), file.events[1].id.clone());
    let mut c = Curation::default();
    c.apply(Edit::Star {
        event: b.clone(),
        starred: true,
    });
    for source in sids(&file, 1) {
        c.apply(Edit::Move {
            source,
            to: Some(a.clone()),
        });
    }
    assert!(
        view(&c, &file).events.iter().all(|e| e.id != b),
        "b is empty"
    );
    assert!(
        orphans(&c, &file, &view(&c, &file)).is_empty(),
        "an undo brings b back"
    );
    c.apply(Edit::Move {
        source: sids(&file, 2)[0].clone(),
        to: Some("e-gone".into()),
    });
    let listed = orphans(&c, &file, &view(&c, &file));
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0].what, "moved source");
}
