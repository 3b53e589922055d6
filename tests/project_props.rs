//! Property tests of undo and redo: any sequence of edits followed by as many undos gives
//! back the starting curation; a redo after an undo gives back the state before the undo;
//! a new edit after undos forgets the redo stack.

use chrono::NaiveDate;
use chronoscope::documents::Span;
use chronoscope::project::{AddedEvent, Curation, DateFix, Edit, History};
use chronoscope::temporal::Granularity;
use proptest::prelude::*;

fn event() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["e1", "e2", "e3"]).prop_map(str::to_string)
}

fn text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(prop::sample::select(vec![
        "Talks open",
        "",
        "  ",
        "Ceasefire holds",
    ]))
    .prop_map(|t| t.map(str::to_string))
}

fn date() -> impl Strategy<Value = Option<DateFix>> {
    prop::option::of((1u32..28).prop_map(|d| {
        let start = NaiveDate::from_ymd_opt(2023, 11, d)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        DateFix {
            start,
            end: start + chrono::Duration::days(1),
            granularity: Granularity::Day,
            value: start.format("%Y-%m-%d").to_string(),
            typed: format!("Nov. {d}, 2023"),
        }
    }))
}

fn source() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["s1", "s2", "s3", "e1"]).prop_map(str::to_string)
}

fn added() -> impl Strategy<Value = Option<Box<AddedEvent>>> {
    prop::option::of((0usize..40, date()).prop_map(|(start, date)| {
        let date = date.unwrap_or_else(|| DateFix {
            start: NaiveDate::from_ymd_opt(2008, 1, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
            end: NaiveDate::from_ymd_opt(2009, 1, 1)
                .unwrap()
                .and_hms_opt(0, 0, 0)
                .unwrap(),
            granularity: Granularity::Year,
            value: "2008".into(),
            typed: "mid-2008".into(),
        });
        Box::new(AddedEvent {
            document_hash: "00000000000000ab".into(),
            document_path: "a.txt".into(),
            passage: Span {
                start,
                end: start + 12,
            },
            expression: None,
            date,
            headline: "Added by hand".into(),
        })
    }))
}

/// One edit of any kind but a batch.
fn single() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (event(), any::<bool>()).prop_map(|(event, hidden)| Edit::Hide { event, hidden }),
        (event(), any::<bool>()).prop_map(|(event, starred)| Edit::Star { event, starred }),
        (event(), text()).prop_map(|(event, headline)| Edit::Headline { event, headline }),
        (event(), text()).prop_map(|(event, note)| Edit::Note { event, note }),
        (event(), date()).prop_map(|(event, date)| Edit::Date { event, date }),
        (source(), prop::option::of(event())).prop_map(|(source, to)| Edit::Move { source, to }),
        (event(), added()).prop_map(|(event, added)| Edit::Add { event, added }),
    ]
}

/// Any edit, batches (a merge, a split) included.
fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => single(),
        1 => prop::collection::vec(single(), 0..5).prop_map(|edits| Edit::Batch { edits }),
    ]
}

fn start() -> impl Strategy<Value = Curation> {
    prop::collection::vec(edit(), 0..6).prop_map(|edits| {
        let mut c = Curation::default();
        for e in edits {
            c.apply(e);
        }
        c
    })
}

proptest! {
    #[test]
    fn undoing_every_edit_gives_back_the_start(c in start(), edits in prop::collection::vec(edit(), 0..20)) {
        let mut h = History::new(c.clone());
        for e in &edits {
            h.apply(e.clone());
        }
        for _ in &edits {
            prop_assert!(h.undo());
        }
        prop_assert!(!h.undo(), "nothing more to undo");
        prop_assert_eq!(&h.curation, &c);
    }

    #[test]
    fn redo_after_undo_gives_back_the_state_before_it(c in start(), edits in prop::collection::vec(edit(), 1..20), back in 1usize..20) {
        let mut h = History::new(c);
        for e in &edits {
            h.apply(e.clone());
        }
        let back = back.min(edits.len());
        let mut states = vec![h.curation.clone()];
        for _ in 0..back {
            h.undo();
            states.push(h.curation.clone());
        }
        for i in (0..back).rev() {
            prop_assert!(h.redo());
            prop_assert_eq!(&h.curation, &states[i]);
        }
        prop_assert!(!h.redo(), "nothing more to redo");
    }

    #[test]
    fn a_new_edit_after_an_undo_forgets_the_redo(c in start(), a in edit(), b in edit()) {
        let mut h = History::new(c);
        h.apply(a);
        h.undo();
        prop_assert!(h.can_redo());
        h.apply(b);
        prop_assert!(!h.can_redo());
    }
}
