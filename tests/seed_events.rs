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

fn by_expression<'a>(file: &'a EventsFile, text: &str) -> Vec<&'a Event> {
    file.events
        .iter()
        .filter(|e| e.expression.text == text)
        .collect()
}

fn one<'a>(file: &'a EventsFile, text: &str) -> &'a Event {
    let found = by_expression(file, text);
    assert_eq!(
        found.len(),
        1,
        "expected one event from {text:?}, found {found:#?}\nall: {:#?}",
        file.events
            .iter()
            .map(|e| (&e.expression.text, &e.value))
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
        .find(|e| e.expression.text.contains("Thursday evening"))
        .expect("an event from \"Thursday evening\"");
    assert_eq!(
        evening.start.map(|t| t.date()),
        Some(day(2023, 11, 16).date())
    );
    let trilateral = file
        .events
        .iter()
        .find(|e| e.title.contains("trilateral"))
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
        .find(|e| e.expression.text.contains("recent years"))
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
        let t = ev.expression.text.to_lowercase();
        assert!(
            !t.contains("sat") && !t.contains("30th"),
            "false event: {ev:#?}"
        );
    }
    // "a year" in "first talks in a year" is a duration, not a point in time.
    assert!(file.events.iter().all(|e| e.expression.text != "a year"));
}

#[test]
fn every_span_slices_to_its_text() {
    let file = seed();
    assert!(file.events.len() >= 6, "too few events: {:#?}", file.events);
    let text = &file.documents[0].text;
    for ev in &file.events {
        let expr = &text[ev.expression.start..ev.expression.end];
        assert_eq!(expr, ev.expression.text);
        let passage = &text[ev.passage.range()];
        assert!(passage.contains(expr), "{passage:?} does not hold {expr:?}");
        assert!(ev.passage.start <= ev.expression.start && ev.expression.end <= ev.passage.end);
    }
    let trilateral = by_expression(&file, "Thursday")
        .into_iter()
        .find(|e| e.title.contains("trilateral"))
        .expect("trilateral event");
    assert_eq!(
        &text[trilateral.passage.range()],
        "Mr. Yoon, Mr. Kishida and Mr. Biden also held a brief trilateral meeting on Thursday."
    );
    let summit = one(&file, "Nov. 15-17");
    assert_eq!(
        &text[summit.passage.range()],
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
                format!("{:?}", e.expression.text),
                e.expression.timex_type.as_str(),
                e.value,
                e.start.map(|t| t.to_string()).unwrap_or_default(),
                e.end.map(|t| t.to_string()).unwrap_or_default(),
                e.granularity.map(|g| g.as_str()).unwrap_or("-"),
                e.title
            )
        })
        .collect();
    insta::assert_snapshot!(rows.join("\n"));
}
