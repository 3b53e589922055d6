//! Property tests of undo and redo: any sequence of edits followed by as many undos gives
//! back the starting curation; a redo after an undo gives back the state before the undo;
//! a new edit after undos forgets the redo stack.

use chrono::NaiveDate;
use chronoscope::project::{Curation, DateFix, Edit, History};
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

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (event(), any::<bool>()).prop_map(|(event, hidden)| Edit::Hide { event, hidden }),
        (event(), any::<bool>()).prop_map(|(event, starred)| Edit::Star { event, starred }),
        (event(), text()).prop_map(|(event, headline)| Edit::Headline { event, headline }),
        (event(), text()).prop_map(|(event, note)| Edit::Note { event, note }),
        (event(), date()).prop_map(|(event, date)| Edit::Date { event, date }),
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
