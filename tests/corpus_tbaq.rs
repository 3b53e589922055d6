//! The whole pipeline (walk → read → extract → events) over the 256 TempEval-3 TimeML
//! documents: every event's passage and expression slice to the right text, every dated
//! event has a well-ordered interval, and the events file round-trips. Skipped, with a
//! note, when `../shared/data/tempeval3` is absent.

mod shared_data;

use chronoscope::corpus;
use chronoscope::events::EventsFile;
use chronoscope::temporal::Options;

#[test]
fn tbaq_through_the_pipeline() {
    let Some(dirs) = shared_data::tempeval3("tbaq_through_the_pipeline") else {
        return;
    };
    let file = corpus::load(&dirs, &Options::default(), &|_| {});
    assert_eq!(file.documents.len(), 256, "warnings: {:?}", file.warnings);
    assert!(
        file.events.len() > 1000,
        "only {} events",
        file.events.len()
    );
    let docs: std::collections::HashMap<&str, &str> = file
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    for ev in &file.events {
        for src in &ev.sources {
            let text = docs[src.document.as_str()];
            let passage = &text[src.passage.range()];
            if let Some(x) = &src.expression {
                let expr = &text[x.start..x.end];
                assert_eq!(expr, x.text, "{ev:?}");
                assert!(passage.contains(expr), "{} not in {passage:?}", x.text);
            }
        }
        if let (Some(s), Some(e)) = (ev.start, ev.end) {
            assert!(s < e, "empty interval for {ev:?}");
        }
        assert!(!ev.headline.is_empty());
    }
    // Every TimeML document has its creation time, so nothing stays unresolved for lack
    // of a reference date.
    assert!(file.documents.iter().all(|d| d.reference_date.is_some()));
    let back = EventsFile::from_json(&file.to_json()).unwrap();
    assert_eq!(back.events.len(), file.events.len());
}
