//! TimeML reading: text stripping, entity decoding, gold spans, DCT, and error messages.

mod shared_data;

use chrono::NaiveDate;
use chronoscope::documents::timeml::{parse, Position, TimemlError};
use chronoscope::temporal::TimexType;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/timeml/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

#[test]
fn entities_nested_tags_and_dct_with_time() {
    let xml = fixture("entities.tml");
    let doc = parse(&xml).unwrap();
    assert_eq!(doc.id.as_deref(), Some("TEST19980807.0001"));
    assert_eq!(doc.title.as_deref(), Some("Smith & Wesson report"));
    assert_eq!(doc.dct_value.as_deref(), Some("1998-08-07T06:18:30"));
    let dct = NaiveDate::from_ymd_opt(1998, 8, 7).and_then(|d| d.and_hms_opt(6, 18, 30));
    assert_eq!(doc.dct, dct);
    let dct_source = doc.dct_source.as_deref().unwrap();
    assert!(
        dct_source.starts_with("<DCT><TIMEX3 tid=\"t0\""),
        "{dct_source}"
    );
    assert!(
        dct_source.ends_with("08/07/1998 06:18:30</TIMEX3></DCT>"),
        "{dct_source}"
    );
    assert_eq!(doc.outside_tids, vec!["t0".to_string()]);
    assert_eq!(doc.text_ancestors, vec!["TimeML".to_string()]);
    assert_eq!(
        doc.text,
        "\nCafé owners & bankers said Thursday that \"x < y\".\n\
         Profits rose more than three years after \"Q&A\" the third quarter.\n"
    );
    // The empty (non-consuming) t4 is not gold: it has no span.
    let texts: Vec<&str> = doc.gold.iter().map(|g| &doc.text[g.span.clone()]).collect();
    assert_eq!(
        texts,
        ["Thursday", "more than three years", "the third quarter"]
    );
    let g = &doc.gold[1];
    assert_eq!(g.tid, "t2");
    assert_eq!(g.timex_type, TimexType::Duration);
    assert_eq!(g.value, "P3Y");
    assert_eq!(g.modifier.as_deref(), Some("MORE_THAN"));
    assert_eq!(doc.gold[0].modifier, None);
    assert_eq!(doc.gold[2].value, "1998-Q3");
    // The source range covers exactly the raw content of <TEXT>.
    let raw = &xml[doc.text_source.clone()];
    assert!(raw.starts_with("\nCaf&#233; owners"), "{raw}");
    assert!(raw.ends_with("functionInDocument=\"NONE\"/>\n"), "{raw}");
    assert!(xml[doc.text_element_start..].starts_with("<TEXT>"));
}

#[test]
fn plain_day_dct_is_midnight() {
    let doc = parse(&fixture("plain_day.tml")).unwrap();
    assert_eq!(
        doc.dct,
        NaiveDate::from_ymd_opt(2023, 11, 17).and_then(|d| d.and_hms_opt(0, 0, 0))
    );
    assert_eq!(doc.title, None);
    assert_eq!(doc.gold.len(), 1);
    assert_eq!(&doc.text[doc.gold[0].span.clone()], "yesterday");
}

#[test]
fn nested_timex_both_kept() {
    let xml = r#"<TimeML><TEXT>on <TIMEX3 tid="t1" type="DATE" value="1998-08"><TIMEX3 tid="t2" type="DATE" value="XXXX-08">August</TIMEX3> 1998</TIMEX3>.</TEXT></TimeML>"#;
    let doc = parse(xml).unwrap();
    let spans: Vec<(&str, &str)> = doc
        .gold
        .iter()
        .map(|g| (&doc.text[g.span.clone()], g.tid.as_str()))
        .collect();
    assert_eq!(spans, [("August 1998", "t1"), ("August", "t2")]);
    assert_eq!(doc.dct, None);
    assert_eq!(doc.dct_source, None);
}

#[test]
fn cdata_and_comments_in_text() {
    let xml = "<TimeML><TEXT>a <![CDATA[<b> & c]]><!-- note --> d</TEXT></TimeML>";
    assert_eq!(parse(xml).unwrap().text, "a <b> & c d");
}

#[test]
fn missing_text_is_an_error() {
    let err = parse(&fixture("missing_text.tml")).unwrap_err();
    assert_eq!(err, TimemlError::MissingText);
    assert_eq!(err.to_string(), "expected a <TEXT> element, but found none");
}

#[test]
fn mismatched_end_tag_names_position_and_tags() {
    let err = parse(&fixture("malformed.tml")).unwrap_err();
    let TimemlError::Xml { at, message } = &err else {
        panic!("expected an XML error, got {err:?}")
    };
    assert_eq!(at.line, 5, "{err}");
    assert!(
        message.contains("TIMEX3") && message.contains("EVENT"),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("malformed XML at line 5, column "),
        "{err}"
    );
}

#[test]
fn unclosed_element_is_an_error() {
    let err = parse(&fixture("unclosed.tml")).unwrap_err();
    assert_eq!(
        err,
        TimemlError::Unclosed {
            at: Position { line: 3, column: 1 },
            name: "TEXT".into()
        }
    );
    assert!(err.to_string().contains("expected `</TEXT>`"), "{err}");
}

#[test]
fn unknown_type_is_an_error() {
    let err = parse(&fixture("bad_type.tml")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "TIMEX3 at line 3, column 9: expected type DATE, TIME, DURATION or SET, but found `PERIOD`"
    );
}

#[test]
fn unknown_entity_is_an_error() {
    let err = parse("<TimeML>\n<TEXT>a&nbsp;b</TEXT></TimeML>").unwrap_err();
    let TimemlError::Xml { at, message } = &err else {
        panic!("expected an XML error, got {err:?}")
    };
    assert_eq!(at.line, 2);
    assert!(message.contains("nbsp"), "{message}");
}

#[test]
fn missing_value_is_an_error() {
    let err = parse(r#"<TimeML><TEXT><TIMEX3 type="DATE">x</TIMEX3></TEXT></TimeML>"#).unwrap_err();
    assert!(
        err.to_string().contains("expected attribute `value`"),
        "{err}"
    );
}

#[test]
fn garbage_does_not_panic() {
    for input in [
        "",
        "<",
        "<TimeML",
        "<TEXT>é",
        "&&&",
        "<TEXT><TIMEX3 type=\"DATE\" value=\"x></TEXT>",
        "\u{0}<TEXT>\u{0}</TEXT>",
    ] {
        let _ = parse(input);
    }
}

/// Every corpus file parses, has a readable creation time, and the gold count is the one in
/// the corpus README.
#[test]
fn tempeval3_corpus_parses() {
    if shared_data::tempeval3("tempeval3_corpus_parses").is_none() {
        return;
    }
    let root = shared_data::path("tempeval3").display().to_string();
    let mut gold = 0;
    for corpus in ["timebank", "aquaint"] {
        for entry in std::fs::read_dir(format!("{root}/{corpus}")).unwrap() {
            let path = entry.unwrap().path();
            let xml = std::fs::read_to_string(&path).unwrap();
            let doc = parse(&xml).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert!(doc.dct.is_some(), "{}: no DCT", path.display());
            gold += doc.gold.len();
            for g in &doc.gold {
                assert!(doc.text.get(g.span.clone()).is_some_and(|s| !s.is_empty()));
            }
        }
    }
    assert_eq!(gold, 1822);
}
