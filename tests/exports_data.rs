//! Data exports: TimelineJS3 JSON (shape for every granularity, BCE, escaping), TimeML per
//! document (read back by our TimeML reader with our events as gold), and the
//! `chronoscope extract --format …` command (files, refusal to overwrite, unwritable paths).

use chrono::{NaiveDate, NaiveDateTime};
use chronoscope::documents::timeml;
use chronoscope::documents::{Document, DocumentKind, Span};
use chronoscope::events::csv::read_csv;
use chronoscope::events::timelinejs::{self, to_timelinejs};
use chronoscope::events::timeml_out::to_timeml_files;
use chronoscope::events::{Anchor, Event, EventsFile, Expression, Role, Source};
use chronoscope::temporal::{Granularity, Modifier, TimexType};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

// ---------------------------------------------------------------------------------------
// Fixtures built in code

const HEADER: &str = "date 2023-11-17\n\n";
const BODY: &str = "R&D <costs> rose on Thursday at 14:30 & \"fell\" in Q3 2023, \
                    then in 500 BC (sic), early 2020, the week of Nov 6, the 1990s, \
                    on Nov. 15-17 and in recent years.";

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

fn document() -> Document {
    let text = format!("{HEADER}{BODY}");
    Document {
        id: "d1".into(),
        path: "news/r&d <1>.txt".into(),
        title: "R&D <costs> & \"more\"".into(),
        reference_date: Some(at(2023, 11, 17, 0, 0)),
        body: Some(Span {
            start: HEADER.len(),
            end: text.len(),
        }),
        text,
        kind: DocumentKind::Text,
        url: None,
        byline: None,
        lang: None,
        date_source: None,
    }
}

/// The sample events, in text order: expression, start, end (exclusive), granularity,
/// value, type. Empty strings for none.
#[rustfmt::skip]
const SAMPLE: [(&str, &str, &str, &str, &str, &str); 9] = [
    ("Thursday", "2023-11-16T00:00:00", "2023-11-17T00:00:00", "day", "2023-11-16", "DATE"),
    ("14:30", "2023-11-16T14:30:00", "2023-11-16T14:31:00", "minute", "2023-11-16T14:30", "TIME"),
    ("Q3 2023", "2023-07-01T00:00:00", "2023-10-01T00:00:00", "quarter", "2023-Q3", "DATE"),
    ("500 BC", "-0499-01-01T00:00:00", "-0498-01-01T00:00:00", "year", "BC0500", "DATE"),
    ("early 2020", "2020-01-01T00:00:00", "2020-05-01T00:00:00", "year", "2020", "DATE"),
    ("the week of Nov 6", "2023-11-06T00:00:00", "2023-11-13T00:00:00", "week", "2023-W45", "DATE"),
    ("the 1990s", "1990-01-01T00:00:00", "2000-01-01T00:00:00", "decade", "199", "DATE"),
    ("Nov. 15-17", "2023-11-15T00:00:00", "2023-11-18T00:00:00", "day", "2023-11-15", "DATE"),
    ("recent years", "", "", "", "PAST_REF", "DATE"),
];

/// Event `e{n}` on expression `expr` (found in the text), with the whole body as passage.
fn event(doc: &Document, n: usize, row: (&str, &str, &str, &str, &str, &str)) -> Event {
    let (expr, start, end, granularity, value, timex_type) = row;
    let time = |s: &str| (!s.is_empty()).then(|| s.parse::<NaiveDateTime>().unwrap());
    let at = doc
        .text
        .find(expr)
        .unwrap_or_else(|| panic!("{expr:?} not in the text"));
    Event {
        id: format!("e{n}"),
        start: time(start),
        end: time(end),
        granularity: Granularity::parse(granularity),
        value: value.into(),
        modifier: None,
        headline: format!("Title <{n}> & co"),
        sources: vec![Source {
            document: doc.id.clone(),
            passage: doc.body.unwrap(),
            expression: Some(Expression {
                start: at,
                end: at + expr.len(),
                text: expr.into(),
                timex_type: TimexType::parse(timex_type).unwrap(),
                value: value.into(),
                modifier: None,
            }),
            anchor: Anchor::Expression,
            role: Role::Dated,
        }],
        merged: Vec::new(),
        actors: Vec::new(),
        curation: None,
    }
}

fn sample() -> EventsFile {
    let doc = document();
    let mut events: Vec<Event> = SAMPLE
        .into_iter()
        .enumerate()
        .map(|(i, row)| event(&doc, i + 1, row))
        .collect();
    events[4].modifier = Some(Modifier::Start);
    if let Some(x) = events[4].sources[0].expression.as_mut() {
        x.modifier = Some(Modifier::Start);
    }
    EventsFile::new(vec![doc], events, vec![])
}

fn slide<'a>(tl: &'a Value, id: &str) -> &'a Value {
    tl["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["unique_id"] == id)
        .unwrap_or_else(|| panic!("no slide {id}"))
}

// ---------------------------------------------------------------------------------------
// TimelineJS

#[test]
fn timelinejs_dates_go_as_far_as_the_granularity() {
    let converted = to_timelinejs(&sample());
    let tl: Value = serde_json::from_str(&converted.to_json()).unwrap();
    // Day: year, month, day; no end (one day).
    assert_eq!(
        slide(&tl, "e1")["start_date"],
        json!({"year": "2023", "month": "11", "day": "16"})
    );
    assert!(slide(&tl, "e1").get("end_date").is_none());
    // Minute: down to the minute, no seconds, no end.
    assert_eq!(
        slide(&tl, "e2")["start_date"],
        json!({"year": "2023", "month": "11", "day": "16", "hour": "14", "minute": "30"})
    );
    assert!(slide(&tl, "e2").get("end_date").is_none());
    // Quarter: month precision, last included month as end; months 1-based, unpadded.
    assert_eq!(
        slide(&tl, "e3")["start_date"],
        json!({"year": "2023", "month": "7"})
    );
    assert_eq!(
        slide(&tl, "e3")["end_date"],
        json!({"year": "2023", "month": "9"})
    );
    // Year only; BCE in historical numbering (500 BC is -500).
    assert_eq!(slide(&tl, "e4")["start_date"], json!({"year": "-500"}));
    assert!(slide(&tl, "e4").get("end_date").is_none());
    // "early 2020": a year event, even though its interval is only part of the year.
    assert_eq!(slide(&tl, "e5")["start_date"], json!({"year": "2020"}));
    assert!(slide(&tl, "e5").get("end_date").is_none());
    // Week: first to last day (end exclusive in our data, inclusive in TimelineJS).
    assert_eq!(
        slide(&tl, "e6")["start_date"],
        json!({"year": "2023", "month": "11", "day": "6"})
    );
    assert_eq!(
        slide(&tl, "e6")["end_date"],
        json!({"year": "2023", "month": "11", "day": "12"})
    );
    // Decade: year span.
    assert_eq!(slide(&tl, "e7")["start_date"], json!({"year": "1990"}));
    assert_eq!(slide(&tl, "e7")["end_date"], json!({"year": "1999"}));
    // A multi-day interval at day granularity ends on its last day.
    assert_eq!(
        slide(&tl, "e8")["end_date"],
        json!({"year": "2023", "month": "11", "day": "17"})
    );
    // The undated event is left out and counted.
    assert_eq!(converted.undated, 1);
    assert_eq!(tl["events"].as_array().unwrap().len(), 8);
    assert!(tl["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["unique_id"] != "e9"));
}

#[test]
fn timelinejs_month_year_hour_and_second_shapes() {
    #[rustfmt::skip]
    let rows = [
        ("Thursday", "2023-08-01T00:00:00", "2023-09-01T00:00:00", "month", "2023-08", "DATE"),
        ("Thursday", "2008-01-01T00:00:00", "2009-01-01T00:00:00", "year", "2008", "DATE"),
        ("Thursday", "2023-11-16T18:00:00", "2023-11-16T22:00:00", "hour", "2023-11-16TEV", "TIME"),
        ("14:30", "2023-11-16T14:30:00", "2023-11-16T14:30:01", "second", "2023-11-16T14:30:00", "TIME"),
        ("Thursday", "0001-01-01T00:00:00", "0002-01-01T00:00:00", "year", "0001", "DATE"),
    ];
    let mut file = sample();
    let doc = file.documents[0].clone();
    file.events = rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| event(&doc, i + 1, row))
        .collect();
    let tl = serde_json::to_value(to_timelinejs(&file).timeline).unwrap();
    assert_eq!(
        slide(&tl, "e1")["start_date"],
        json!({"year": "2023", "month": "8"})
    );
    assert!(
        slide(&tl, "e1").get("end_date").is_none(),
        "a month event has no end"
    );
    assert_eq!(slide(&tl, "e2")["start_date"], json!({"year": "2008"}));
    assert!(slide(&tl, "e2").get("end_date").is_none());
    assert_eq!(
        slide(&tl, "e3")["start_date"],
        json!({"year": "2023", "month": "11", "day": "16", "hour": "18"})
    );
    assert_eq!(
        slide(&tl, "e3")["end_date"],
        json!({"year": "2023", "month": "11", "day": "16", "hour": "21"})
    );
    assert_eq!(
        slide(&tl, "e4")["start_date"],
        json!({"year": "2023", "month": "11", "day": "16", "hour": "14", "minute": "30", "second": "0"})
    );
    assert_eq!(slide(&tl, "e5")["start_date"], json!({"year": "1"}));
}

#[test]
fn timelinejs_text_is_escaped_html_with_the_expression_marked() {
    let file = sample();
    let tl = serde_json::to_value(to_timelinejs(&file).timeline).unwrap();
    let s = slide(&tl, "e1");
    let html = s["text"]["text"].as_str().unwrap();
    assert!(
        html.starts_with(
            "<p>R&amp;D &lt;costs&gt; rose on <mark>Thursday</mark> at 14:30 &amp; &quot;fell&quot;"
        ) && html.ends_with("<i>— R&amp;D &lt;costs&gt; &amp; &quot;more&quot;</i></p>"),
        "{html}"
    );
    assert_eq!(html.matches("<mark>").count(), 1);
    assert!(!html.contains("<costs>"));
    assert_eq!(s["text"]["headline"], "Title &lt;1&gt; &amp; co");
    assert_eq!(s["group"], "R&amp;D &lt;costs&gt; &amp; &quot;more&quot;");
    let quarter = slide(&tl, "e3")["text"]["text"].as_str().unwrap();
    assert!(
        quarter.contains("in <mark>Q3 2023</mark>, then"),
        "{quarter}"
    );
    // Title slide: the one document's title, and a count.
    assert_eq!(
        tl["title"]["text"]["headline"],
        "R&amp;D &lt;costs&gt; &amp; &quot;more&quot;"
    );
    assert_eq!(tl["title"]["text"]["text"], "8 events from 1 document");
    // Only documented fields.
    let keys: Vec<&str> = s.as_object().unwrap().keys().map(String::as_str).collect();
    let mut keys = keys;
    keys.sort();
    assert_eq!(keys, ["group", "start_date", "text", "unique_id"]);
}

#[test]
fn timelinejs_untitled_documents_group_by_path() {
    let mut file = sample();
    file.documents[0].title = "  ".into();
    let tl = serde_json::to_value(to_timelinejs(&file).timeline).unwrap();
    assert_eq!(slide(&tl, "e1")["group"], "news/r&amp;d &lt;1&gt;.txt");
    assert_eq!(timelinejs::timelinejs_year(-1), -2);
}

// ---------------------------------------------------------------------------------------
// TimeML

#[test]
fn timeml_reads_back_with_our_events_as_gold() {
    let file = sample();
    let out = to_timeml_files(&file).unwrap();
    assert_eq!(out.len(), 1);
    let f = &out[0];
    assert_eq!(f.name, "r_d__1_.tml");
    assert_eq!((f.tagged, f.skipped), (9, 0));
    // Text and attributes are escaped.
    assert!(
        f.xml
            .starts_with("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>r_d__1_</DOCID>\n"),
        "{}",
        f.xml
    );
    assert!(f.xml.contains("<TEXT>R&amp;D &lt;costs&gt; rose on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-11-16\">Thursday</TIMEX3>"), "{}", f.xml);
    assert!(f
        .xml
        .contains("<TITLE>R&amp;D &lt;costs&gt; &amp; &quot;more&quot;</TITLE>"));
    assert!(!f.xml.contains("<costs>"));
    assert!(f.xml.contains("mod=\"START\">early 2020</TIMEX3>"));
    assert!(
        !f.xml.contains("date 2023-11-17\n"),
        "the header stays out of <TEXT>"
    );

    let doc = timeml::parse(&f.xml).unwrap();
    assert_eq!(doc.text, BODY);
    assert_eq!(doc.id.as_deref(), Some("r_d__1_"));
    assert_eq!(doc.title.as_deref(), Some("R&D <costs> & \"more\""));
    assert_eq!(doc.dct, Some(at(2023, 11, 17, 0, 0)));
    assert_eq!(doc.dct_value.as_deref(), Some("2023-11-17"));
    let body_start = HEADER.len();
    assert_eq!(doc.gold.len(), file.events.len());
    for (gold, ev) in doc.gold.iter().zip(&file.events) {
        assert_eq!(
            gold.span.start + body_start,
            ev.first().expression.as_ref().unwrap().start,
            "{}",
            ev.id
        );
        assert_eq!(
            gold.span.end + body_start,
            ev.first().expression.as_ref().unwrap().end,
            "{}",
            ev.id
        );
        assert_eq!(
            &doc.text[gold.span.clone()],
            ev.first().expression.as_ref().unwrap().text
        );
        assert_eq!(gold.value, ev.value);
        assert_eq!(
            gold.timex_type,
            ev.first().expression.as_ref().unwrap().timex_type
        );
        assert_eq!(gold.modifier.as_deref(), ev.modifier.map(|m| m.as_str()));
    }
    let tids: std::collections::HashSet<&str> = doc.gold.iter().map(|g| g.tid.as_str()).collect();
    assert_eq!(tids.len(), doc.gold.len(), "tids are unique");
    assert!(!tids.contains("t0"), "t0 is the creation time");
}

#[test]
fn timeml_skips_untaggable_events_and_writes_time_dcts() {
    let mut file = sample();
    file.documents[0].reference_date = Some(at(2023, 11, 17, 6, 18));
    // An expression in the header (outside the body) and an overlapping duplicate.
    let doc = file.documents[0].clone();
    let row = ("2023-11-17", "", "", "", "2023-11-17", "DATE");
    let mut header_event = event(&doc, 10, row);
    header_event.sources[0].passage = Span { start: 0, end: 15 };
    let mut twin = file.events[0].clone();
    twin.id = "e11".into();
    file.events.push(header_event);
    file.events.push(twin);
    let out = to_timeml_files(&file).unwrap();
    assert_eq!((out[0].tagged, out[0].skipped), (9, 2));
    let doc = timeml::parse(&out[0].xml).unwrap();
    assert_eq!(doc.gold.len(), 9);
    assert_eq!(doc.dct_value.as_deref(), Some("2023-11-17T06:18"));
    assert_eq!(doc.dct, Some(at(2023, 11, 17, 6, 18)));
    assert!(out[0]
        .xml
        .contains("type=\"TIME\" value=\"2023-11-17T06:18\""));
}

#[test]
fn timeml_names_are_unique_per_export() {
    let mut file = sample();
    let mut second = file.documents[0].clone();
    second.id = "d2".into();
    second.path = "other/R&D <1>.md".into();
    second.reference_date = None;
    second.title = String::new();
    file.documents.push(second);
    let out = to_timeml_files(&file).unwrap();
    let names: Vec<&str> = out.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["r_d__1_.tml", "R_D__1_-2.tml"]);
    assert_eq!((out[1].tagged, out[1].skipped), (0, 0));
    let doc = timeml::parse(&out[1].xml).unwrap();
    assert_eq!((doc.dct, doc.title, doc.gold.len()), (None, None, 0));
    assert_eq!(doc.text, BODY);
}

// ---------------------------------------------------------------------------------------
// The command line

fn chronoscope(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chronoscope"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn cli_writes_every_format_from_the_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("events.json");
    let out = chronoscope(&["extract", "seeds/", "-o", s(&json)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let file = EventsFile::from_json(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert!(file.events.len() >= 3, "{} events", file.events.len());
    let dated = file.events.iter().filter(|e| e.is_dated()).count();

    let csv = dir.path().join("events.csv");
    let out = chronoscope(&["extract", "seeds/", "--format", "csv", "-o", s(&csv)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = read_csv(&std::fs::read_to_string(&csv).unwrap()).unwrap();
    assert_eq!(rows.len(), file.events.len());

    let tl = dir.path().join("timeline.json");
    let out = chronoscope(&["extract", "seeds/", "--format", "timelinejs", "-o", s(&tl)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let undated = file.events.len() - dated;
    assert!(
        err.contains(&format!("wrote {dated} events from 1 document")),
        "{err}"
    );
    if undated > 0 {
        assert!(
            err.contains(&format!("{undated} event")) && err.contains("left out (undated)"),
            "{err}"
        );
    }
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&tl).unwrap()).unwrap();
    assert_eq!(v["events"].as_array().unwrap().len(), dated);
    assert!(v["events"][0]["start_date"]["year"].is_string());

    let tml = dir.path().join("tml");
    let out = chronoscope(&["extract", "seeds/", "--format", "timeml", "-o", s(&tml)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(files_in(&tml), ["000_e2108d0b9f2792be.tml"]);
    let xml = std::fs::read_to_string(tml.join("000_e2108d0b9f2792be.tml")).unwrap();
    let doc = timeml::parse(&xml).unwrap();
    // One TIMEX3 per expression; events reported on the publication date have none.
    let mut exprs: Vec<_> = file
        .events
        .iter()
        .flat_map(|e| &e.sources)
        .filter_map(|s| s.expression.as_ref())
        .collect();
    exprs.sort_by_key(|x| x.start);
    assert_eq!(doc.gold.len(), exprs.len());
    for (gold, x) in doc.gold.iter().zip(&exprs) {
        assert_eq!(&doc.text[gold.span.clone()], x.text);
        assert_eq!(gold.value, x.value);
    }

    // Standard output for one-file formats.
    let out = chronoscope(&["extract", "seeds/", "--format", "timelinejs", "-q"]);
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["events"].as_array().unwrap().len(), dated);
    assert!(out.stderr.is_empty(), "-q is quiet: {}", stderr(&out));

    // The TimeML export opened again gives the same events.
    let again = chronoscope(&["extract", s(&tml), "-q"]);
    assert!(again.status.success(), "{}", stderr(&again));
    let back = EventsFile::from_json(&String::from_utf8_lossy(&again.stdout)).unwrap();
    let key = |e: &Event| {
        (
            e.value.clone(),
            e.first().expression.as_ref().map(|x| x.text.clone()),
            e.start,
            e.end,
            e.headline.clone(),
        )
    };
    assert_eq!(
        back.events.iter().map(key).collect::<Vec<_>>(),
        file.events.iter().map(key).collect::<Vec<_>>()
    );
    assert_eq!(back.documents[0].title, file.documents[0].title);
}

#[test]
fn cli_escapes_markup_end_to_end() {
    let dir = tempfile::tempdir().unwrap();
    let tml = dir.path().join("tml");
    let out = chronoscope(&[
        "extract",
        "tests/fixtures/exports/escaping.txt",
        "--format",
        "timeml",
        "-o",
        s(&tml),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let xml = std::fs::read_to_string(tml.join("escaping.tml")).unwrap();
    assert!(
        xml.contains("R&amp;D &lt;costs&gt; rose on <TIMEX3"),
        "{xml}"
    );
    let doc = timeml::parse(&xml).unwrap();
    assert!(
        doc.text
            .starts_with("R&D <costs> rose on Thursday & \"fell\""),
        "{}",
        doc.text
    );
    let spans: Vec<&str> = doc.gold.iter().map(|g| &doc.text[g.span.clone()]).collect();
    assert!(
        spans.contains(&"Thursday") && spans.contains(&"500 BC"),
        "{spans:?}"
    );
    let bc = doc
        .gold
        .iter()
        .find(|g| &doc.text[g.span.clone()] == "500 BC")
        .unwrap();
    assert_eq!(bc.value, "BC0500");

    let out = chronoscope(&[
        "extract",
        "tests/fixtures/exports/escaping.txt",
        "--format",
        "timelinejs",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let bc = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["start_date"]["year"] == "-500");
    let bc = bc.unwrap_or_else(|| panic!("no 500 BC slide: {v}"));
    assert_eq!(bc["start_date"], json!({"year": "-500"}));
    assert!(bc["text"]["text"]
        .as_str()
        .unwrap()
        .contains("R&amp;D &lt;costs&gt;"));
}

#[test]
fn cli_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["json", "csv", "timelinejs"] {
        let path = dir.path().join(format!("out.{format}"));
        std::fs::write(&path, "keep me").unwrap();
        let out = chronoscope(&["extract", "seeds/", "--format", format, "-o", s(&path)]);
        assert!(!out.status.success(), "{format}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "{} already exists (use --force to overwrite)",
                path.display()
            )),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
        let out = chronoscope(&[
            "extract",
            "seeds/",
            "--format",
            format,
            "-o",
            s(&path),
            "--force",
        ]);
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        assert_ne!(std::fs::read_to_string(&path).unwrap(), "keep me");
    }
    // TimeML: nothing is written when one target exists.
    let tml = dir.path().join("tml");
    std::fs::create_dir(&tml).unwrap();
    let existing = tml.join("000_e2108d0b9f2792be.tml");
    std::fs::write(&existing, "keep me").unwrap();
    let args = [
        "extract",
        "seeds/",
        "tests/fixtures/exports/escaping.txt",
        "--format",
        "timeml",
        "-o",
        s(&tml),
    ];
    let out = chronoscope(&args);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains(&existing.display().to_string()) && err.contains("--force"),
        "{err}"
    );
    assert_eq!(
        files_in(&tml),
        ["000_e2108d0b9f2792be.tml"],
        "nothing else written"
    );
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "keep me");
    let mut forced = args.to_vec();
    forced.push("--force");
    let out = chronoscope(&forced);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(files_in(&tml), ["000_e2108d0b9f2792be.tml", "escaping.tml"]);
    assert!(stderr(&out).contains("(2 .tml files)"), "{}", stderr(&out));
}

#[test]
fn cli_unwritable_paths_fail_clearly_and_leave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // A file inside a directory that does not exist.
    let missing = dir.path().join("no/such/dir/out.json");
    for format in ["json", "csv", "timelinejs"] {
        let out = chronoscope(&["extract", "seeds/", "--format", format, "-o", s(&missing)]);
        assert!(!out.status.success(), "{format}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("cannot write {}: No such file", missing.display())),
            "{err}"
        );
        assert_eq!(
            err.matches("No such file").count(),
            1,
            "the cause once: {err}"
        );
    }
    assert!(
        files_in(dir.path()).is_empty(),
        "{:?}",
        files_in(dir.path())
    );

    // A directory given as the output file.
    let out = chronoscope(&["extract", "seeds/", "-o", s(dir.path()), "--force"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("is a directory"), "{}", stderr(&out));
    assert!(files_in(dir.path()).is_empty());

    // A file given as the TimeML directory, and no directory at all.
    let file: PathBuf = dir.path().join("plain.txt");
    std::fs::write(&file, "x").unwrap();
    let out = chronoscope(&["extract", "seeds/", "--format", "timeml", "-o", s(&file)]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("is not a directory"),
        "{}",
        stderr(&out)
    );
    let out = chronoscope(&["extract", "seeds/", "--format", "timeml"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("-o DIR"), "{}", stderr(&out));
    // A TimeML directory that cannot be created (its parent is a file).
    let below_file = file.join("tml");
    let out = chronoscope(&[
        "extract",
        "seeds/",
        "--format",
        "timeml",
        "-o",
        s(&below_file),
    ]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(&format!(
            "cannot create the directory {}",
            below_file.display()
        )),
        "{}",
        stderr(&out)
    );
    assert_eq!(files_in(dir.path()), ["plain.txt"]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}
