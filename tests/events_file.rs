//! The events file and the CSV table: round trips and the checks on foreign files.

use chronoscope::documents::{Document, DocumentKind, Span};
use chronoscope::events::csv::{read_csv, write_csv};
use chronoscope::events::{Anchor, Event, EventsFile, Expression, Role, Source};
use chronoscope::temporal::{Granularity, TimexType};

fn sample() -> EventsFile {
    let text = "date 2023-11-17 The summit opened on Thursday. Talks went on for years.";
    let doc = Document {
        id: "d1".into(),
        path: "a.txt".into(),
        title: "The summit opened".into(),
        reference_date: chrono::NaiveDate::from_ymd_opt(2023, 11, 17)
            .unwrap()
            .and_hms_opt(0, 0, 0),
        text: text.into(),
        body: Some(Span {
            start: 16,
            end: text.len(),
        }),
        kind: DocumentKind::Text,
        url: None,
        byline: None,
        lang: None,
        date_source: None,
    };
    let start = text.find("Thursday").unwrap();
    let passage_end = text.find('.').unwrap() + 1;
    let ev = Event {
        id: "e1".into(),
        start: chrono::NaiveDate::from_ymd_opt(2023, 11, 16)
            .unwrap()
            .and_hms_opt(0, 0, 0),
        end: chrono::NaiveDate::from_ymd_opt(2023, 11, 17)
            .unwrap()
            .and_hms_opt(0, 0, 0),
        granularity: Some(Granularity::Day),
        value: "2023-11-16".into(),
        modifier: None,
        headline: "The summit opened on Thursday, \"quoted\"".into(),
        sources: vec![Source {
            document: "d1".into(),
            passage: Span {
                start: 16,
                end: passage_end,
            },
            expression: Some(Expression {
                start,
                end: start + "Thursday".len(),
                text: "Thursday".into(),
                timex_type: TimexType::Date,
                value: "2023-11-16".into(),
                modifier: None,
            }),
            anchor: Anchor::Expression,
            role: Role::Dated,
        }],
        merged: Vec::new(),
        actors: Vec::new(),
        curation: None,
    };
    EventsFile::new(vec![doc], vec![ev], vec![])
}

#[test]
fn json_round_trip_is_exact() {
    let file = sample();
    let back = EventsFile::from_json(&file.to_json()).unwrap();
    assert_eq!(back, file);
    let json: serde_json::Value = serde_json::from_str(&file.to_json()).unwrap();
    assert_eq!(json["format"], "chronoscope-events/2");
    assert_eq!(json["events"][0]["start"], "2023-11-16T00:00:00");
    assert_eq!(
        json["events"][0]["sources"][0]["expression"]["type"],
        "DATE"
    );
    assert_eq!(json["events"][0]["sources"][0]["passage"]["start"], 16);
    assert_eq!(json["events"][0]["sources"][0]["anchor"], "expression");
    assert_eq!(
        json["events"][0]["headline"],
        "The summit opened on Thursday, \"quoted\""
    );
}

#[test]
fn version_1_files_still_open() {
    // A file written by the first release: one mention per event, a `title`.
    let v1 = r#"{
      "format": "chronoscope-events/1",
      "documents": [{"id": "d1", "path": "a.txt", "title": "The summit",
        "reference_date": "2023-11-17T00:00:00",
        "text": "The summit opened on Thursday.", "kind": "text"}],
      "events": [{"id": "e1", "document": "d1",
        "start": "2023-11-16T00:00:00", "end": "2023-11-17T00:00:00",
        "granularity": "day", "value": "2023-11-16",
        "title": "The summit opened on Thursday",
        "passage": {"start": 0, "end": 30},
        "expression": {"start": 21, "end": 29, "text": "Thursday", "type": "DATE"}}]
    }"#;
    let file = EventsFile::from_json(v1).expect("a version-1 file opens");
    assert!(file.warnings.is_empty(), "{:?}", file.warnings);
    let ev = &file.events[0];
    assert_eq!(ev.id, "e1");
    assert_eq!(ev.headline, "The summit opened on Thursday");
    assert_eq!(ev.sources.len(), 1);
    let src = ev.first();
    assert_eq!(src.document, "d1");
    let x = src.expression.as_ref().unwrap();
    assert_eq!(&file.documents[0].text[x.start..x.end], "Thursday");
    assert_eq!(
        x.value, "2023-11-16",
        "the expression takes the event's value"
    );
    // Written back, it is a version-2 file.
    assert!(file.to_json().contains("chronoscope-events/2"));
}

#[test]
fn events_with_bad_spans_or_documents_are_dropped_with_warnings() {
    let mut file = sample();
    let mut bad = file.events[0].clone();
    bad.id = "e2".into();
    bad.sources[0].passage.end = 10_000;
    let mut orphan = file.events[0].clone();
    orphan.id = "e3".into();
    orphan.sources[0].document = "d9".into();
    file.events.push(bad);
    file.events.push(orphan);
    let back = EventsFile::from_json(&file.to_json()).unwrap();
    assert_eq!(back.events.len(), 1);
    assert_eq!(back.warnings.len(), 2);
    assert!(
        back.warnings[0].message.contains("event e2"),
        "{:?}",
        back.warnings
    );
    assert!(
        back.warnings[1].message.contains("\"d9\""),
        "{:?}",
        back.warnings
    );
}

#[test]
fn malformed_json_names_line_and_column() {
    let err = EventsFile::from_json("{\"format\": \"chronoscope-events/1\",\n \"documents\": [}")
        .unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("not valid JSON at line 2, column"), "{msg}");
}

#[test]
fn csv_round_trip_keeps_every_field() {
    let file = sample();
    let mut buf = Vec::new();
    write_csv(&mut buf, &file.documents, &file.events, &file.actors).unwrap();
    let text = String::from_utf8(buf).unwrap();
    let rows = read_csv(&text).unwrap();
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r.start, "2023-11-16T00:00:00");
    assert_eq!(r.end, "2023-11-17T00:00:00");
    assert_eq!(r.granularity, "day");
    assert_eq!(r.headline, file.events[0].headline);
    assert_eq!((r.sources, r.documents), (1, 1));
    assert_eq!(r.anchor, "expression");
    assert_eq!(r.passage, "The summit opened on Thursday.");
    assert_eq!(r.expression, "Thursday");
    assert_eq!(r.document_title, "The summit opened");
}
