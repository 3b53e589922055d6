//! The seed article end to end: load `seeds/`, extract events, check every date the issue
//! names and that every span slices to the right text.

use chrono::{NaiveDate, NaiveDateTime};
use chronoscope::corpus;
use chronoscope::events::{Event, EventsFile};
use chronoscope::temporal::{Granularity, Options};
use std::path::PathBuf;

fn seed() -> EventsFile {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    corpus::load(&[dir], &Options::default(), &|_| {})
}

fn day(y: i32, m: u32, d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap()
}

/// The first source's expression words ("" for an event reported on the publication date).
fn expr(e: &Event) -> &str {
    e.first()
        .expression
        .as_ref()
        .map_or("", |x| x.text.as_str())
}

fn by_expression<'a>(file: &'a EventsFile, text: &str) -> Vec<&'a Event> {
    file.events.iter().filter(|e| expr(e) == text).collect()
}

fn one<'a>(file: &'a EventsFile, text: &str) -> &'a Event {
    let found = by_expression(file, text);
    assert_eq!(
        found.len(),
        1,
        "expected one event from {text:?}, found {found:#?}\nall: {:#?}",
        file.events
            .iter()
            .map(|e| (expr(e), &e.value))
            .collect::<Vec<_>>()
    );
    found[0]
}

#[test]
fn seed_document_is_read_with_its_date() {
    let file = seed();
    assert_eq!(file.documents.len(), 1, "warnings: {:?}", file.warnings);
    let doc = &file.documents[0];
    assert_eq!(doc.reference_date, Some(day(2023, 11, 17)));
    assert!(doc
        .text
        .starts_with(" date 2023-11-17 Chinese President Xi"));
    assert!(file.warnings.is_empty(), "{:?}", file.warnings);
}

#[test]
fn seed_events_have_the_right_dates() {
    let file = seed();
    let y2008 = one(&file, "2008");
    assert_eq!(
        (y2008.start, y2008.end),
        (Some(day(2008, 1, 1)), Some(day(2009, 1, 1)))
    );
    assert_eq!(y2008.granularity, Some(Granularity::Year));

    let august = one(&file, "August");
    assert_eq!(
        (august.start, august.end),
        (Some(day(2023, 8, 1)), Some(day(2023, 9, 1)))
    );
    assert_eq!(august.granularity, Some(Granularity::Month));

    let summit = one(&file, "Nov. 15-17");
    assert_eq!(
        (summit.start, summit.end),
        (Some(day(2023, 11, 15)), Some(day(2023, 11, 18)))
    );

    let this_year = one(&file, "this year");
    assert_eq!(this_year.start, Some(day(2023, 1, 1)));
    assert_eq!(this_year.granularity, Some(Granularity::Year));

    // The talks "on Thursday evening" and the trilateral "on Thursday": both 16 Nov 2023.
    let evening = file
        .events
        .iter()
        .find(|e| expr(e).contains("Thursday evening"))
        .expect("an event from \"Thursday evening\"");
    assert_eq!(
        evening.start.map(|t| t.date()),
        Some(day(2023, 11, 16).date())
    );
    let trilateral = file
        .events
        .iter()
        .find(|e| e.headline.contains("trilateral"))
        .expect("an event for the trilateral meeting");
    assert_eq!(trilateral.start, Some(day(2023, 11, 16)));
    assert_eq!(trilateral.end, Some(day(2023, 11, 17)));
}

#[test]
fn vague_references_are_undated_events() {
    let file = seed();
    let recent = file
        .events
        .iter()
        .find(|e| expr(e).contains("recent years"))
        .expect("an event from \"recent years\"");
    assert_eq!(recent.value, "PAST_REF");
    assert_eq!(
        (recent.start, recent.end, recent.granularity),
        (None, None, None)
    );
}

#[test]
fn no_events_from_words_that_are_not_dates() {
    let file = seed();
    for ev in &file.events {
        let t = expr(ev).to_lowercase();
        assert!(
            !t.contains("sat") && !t.contains("30th"),
            "false event: {ev:#?}"
        );
    }
    // "a year" in "first talks in a year" is a duration, not a point in time.
    assert!(file.events.iter().all(|e| expr(e) != "a year"));
}

#[test]
fn every_span_slices_to_its_text() {
    let file = seed();
    assert!(file.events.len() >= 6, "too few events: {:#?}", file.events);
    let text = &file.documents[0].text;
    for ev in &file.events {
        for src in &ev.sources {
            let passage = &text[src.passage.range()];
            if let Some(x) = &src.expression {
                assert_eq!(&text[x.start..x.end], x.text);
                assert!(
                    passage.contains(&x.text),
                    "{passage:?} does not hold {:?}",
                    x.text
                );
                assert!(src.passage.start <= x.start && x.end <= src.passage.end);
            }
        }
    }
    let trilateral = by_expression(&file, "Thursday")
        .into_iter()
        .find(|e| e.headline.contains("trilateral"))
        .expect("trilateral event");
    assert_eq!(
        &text[trilateral.first().passage.range()],
        "Mr. Yoon, Mr. Kishida and Mr. Biden also held a brief trilateral meeting on Thursday."
    );
    let summit = one(&file, "Nov. 15-17");
    assert_eq!(
        &text[summit.first().passage.range()],
        "Leaders from the 21-member Asia-Pacific Economic Cooperation forum are in San Francisco for the 30th summit from Nov. 15-17."
    );
}

#[test]
fn events_file_round_trips() {
    let file = seed();
    let json = file.to_json();
    let back = EventsFile::from_json(&json).expect("our own file reads back");
    assert_eq!(back, file);
}

#[test]
fn seed_extraction_snapshot() {
    let file = seed();
    let rows: Vec<String> = file
        .events
        .iter()
        .map(|e| {
            format!(
                "{:<22} {:<9} {:<16} {:<19} {:<19} {:<8} | {}",
                format!("{:?}", expr(e)),
                e.first()
                    .expression
                    .as_ref()
                    .map_or(e.first().anchor.as_str(), |x| x.timex_type.as_str()),
                e.value,
                e.start.map(|t| t.to_string()).unwrap_or_default(),
                e.end.map(|t| t.to_string()).unwrap_or_default(),
                e.granularity.map(|g| g.as_str()).unwrap_or("-"),
                e.headline
            )
        })
        .collect();
    insta::assert_snapshot!(rows.join("\n"));
}

#[test]
fn the_lead_event_is_reported_on_the_publication_date() {
    let file = seed();
    let text = &file.documents[0].text;
    let lead = file
        .events
        .iter()
        .find(|e| e.is_lead())
        .expect("the seed's lead event");
    assert_eq!(lead.start, Some(day(2023, 11, 17)));
    assert_eq!(lead.end, Some(day(2023, 11, 18)));
    assert_eq!(lead.granularity, Some(Granularity::Day));
    assert!(
        lead.is_reported(),
        "no date in the lead sentence: {lead:#?}"
    );
    assert!(text[lead.first().passage.range()].starts_with("Chinese President Xi Jinping told"));
    assert_eq!(
        lead.headline,
        "Xi told Kishida Asia’s two largest economies should reaffirm their strategic relationship"
    );
    assert!(lead.first().expression.is_none());
}

#[test]
fn headlines_are_short_and_whole() {
    let file = seed();
    for ev in &file.events {
        let h = &ev.headline;
        assert!(h.chars().count() <= 90, "{h}");
        assert!(
            !h.ends_with('…') && !h.contains(" … "),
            "a cut headline: {h}"
        );
        assert!(h.chars().next().is_some_and(char::is_uppercase), "{h}");
    }
    let remarks = file
        .events
        .iter()
        .find(|e| expr(e) == "Thursday evening")
        .unwrap();
    assert!(
        remarks
            .headline
            .starts_with("The remarks came at the start of talks"),
        "{}",
        remarks.headline
    );
    let august = one(&file, "August");
    assert!(
        august
            .headline
            .starts_with("Tokyo’s decision to release treated water"),
        "{}",
        august.headline
    );
}
