//! The app with events that have several sources (egui_kittest, headless): the tooltip
//! names the sources, the source panel steps through them, "Key events only" keeps the
//! most reported, a version-1 events file opens, far outliers are counted at the edges.
#![cfg(feature = "gui")]

mod ui_common;

use chronoscope::app::timeline_ui::Target;
use chronoscope::app::{app_ui, AppState, Command, ViewState};
use chronoscope::corpus;
use chronoscope::temporal::Options;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use std::path::PathBuf;

const A: &str = "date 2023-11-17\nHARTLAND (Reuters) - Transport Secretary Miriam Okafor resigned on Thursday after a review criticised her handling of the rail strike.\n\nOn Thursday, her deputy Colin Reyes was sworn in as acting secretary.\n";
const B: &str = "date 2023-11-18\nMiriam Okafor resigned as transport secretary on Nov. 16, following weeks of pressure over the rail strike.\n";

/// Two articles on one resignation (different words, different date expressions).
fn two_articles() -> (AppState, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, A).unwrap();
    std::fs::write(&b, B).unwrap();
    let file = corpus::load(&[a, b], &Options::default(), &|_| {});
    (AppState::with_corpus(file, ViewState::default()), dir)
}

fn harness(state: AppState) -> Harness<'static, AppState> {
    Harness::builder()
        .with_size(egui::vec2(1440.0, 880.0))
        .with_theme(egui::Theme::Light)
        .build_ui_state(app_ui, state)
}

fn resignation(state: &AppState) -> u32 {
    state
        .model
        .corpus
        .events
        .iter()
        .position(|e| e.headline.contains("resigned") && e.sources.len() == 2)
        .unwrap_or_else(|| {
            panic!(
                "one event with two sources: {:#?}",
                state.model.corpus.events
            )
        }) as u32
}

#[test]
fn one_happening_in_two_articles_is_one_event_and_the_other_stays_apart() {
    let (state, _dir) = two_articles();
    let events = &state.model.corpus.events;
    let e = &events[resignation(&state) as usize];
    assert_eq!(e.document_count(), 2);
    assert_eq!(e.value, "2023-11-16");
    assert!(!e.merged.is_empty(), "the reason is kept");
    let sworn = events
        .iter()
        .find(|e| e.headline.contains("sworn in"))
        .expect("the deputy's swearing-in");
    assert_eq!(
        sworn.sources.len(),
        1,
        "a different happening on the same day"
    );
    assert_eq!(sworn.value, "2023-11-16");
}

#[test]
fn a_merged_event_is_in_the_lane_of_each_document_that_reports_it() {
    let (state, _dir) = two_articles();
    let event = resignation(&state);
    let lanes_with = state
        .lanes
        .items
        .iter()
        .filter(|lane| {
            lane.iter()
                .any(|&i| state.model.items[i as usize].event == event)
        })
        .count();
    assert_eq!(lanes_with, 2, "one lane per document, both hold it");
}

#[test]
fn the_tooltip_of_a_merged_point_names_its_sources() {
    use chronoscope::explore::parse_date_bound;
    use chronoscope::timeline::time::secs_from_datetime;
    let (mut state, _dir) = two_articles();
    let a = secs_from_datetime(parse_date_bound("2023-11-13", false).unwrap());
    let b = secs_from_datetime(parse_date_bound("2023-11-20", true).unwrap());
    state.frame.pending_range = Some((a, b));
    let event = resignation(&state);
    let mut h = harness(state);
    h.run();
    let at = h
        .state()
        .timeline_hits
        .iter()
        .rev()
        .find(|hit| hit.target == Target::Event(event))
        .expect("the resignation is drawn")
        .rect
        .center();
    h.hover_at(at);
    let mut shown = false;
    for _ in 0..40 {
        h.step();
        if h.query_by_label_contains("2 sources:").is_some() {
            shown = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert!(shown, "the tooltip says how many sources report it");
    assert!(
        h.query_all_by_label("Thu 16 Nov 2023").count() >= 2,
        "and the date (list and tooltip)"
    );
}

#[test]
fn the_source_panel_steps_through_the_sources() {
    let (state, _dir) = two_articles();
    let event = resignation(&state);
    let headline = state.model.corpus.events[event as usize].headline.clone();
    let mut h = harness(state);
    h.run();
    // Select it in the list, as a user does.
    h.get_by_label(&headline).click();
    h.run();
    assert_eq!(h.state().view.selected, Some(event));
    assert!(h.query_by_label("Source 1 of 2").is_some());
    let first = h.state().model.corpus.events[event as usize].sources[0]
        .document
        .clone();
    h.get_by_label("›").click();
    h.run();
    assert_eq!(h.state().view.selected_source, 1);
    assert!(h.query_by_label("Source 2 of 2").is_some());
    let second = &h.state().model.corpus.events[event as usize].sources[1];
    assert_ne!(
        second.document, first,
        "the second source is the other article"
    );
    // The second article's passage is on screen.
    let doc = h
        .state()
        .model
        .corpus
        .documents
        .iter()
        .find(|d| d.id == second.document)
        .unwrap();
    let passage = doc.text[second.passage.range()].to_string();
    assert!(ui_common::shows(&h, &passage), "{passage}");
    // `]` wraps round to the first again; `[` goes back.
    h.key_press(egui::Key::CloseBracket);
    h.run();
    assert_eq!(h.state().view.selected_source, 0);
    h.key_press(egui::Key::OpenBracket);
    h.run();
    assert_eq!(h.state().view.selected_source, 1);
    // The list of sources: click the first one's line.
    h.get_by_label_contains("1. ").click();
    h.run();
    assert_eq!(h.state().view.selected_source, 0);
    assert!(
        h.query_by_label_contains("2. ").is_some(),
        "every source is listed"
    );
}

#[test]
fn key_events_only_keeps_the_most_reported() {
    let (state, _dir) = two_articles();
    let event = resignation(&state);
    let mut h = harness(state);
    h.run();
    let all = h.state().visible.items.len();
    h.get_by_label("Key events only").click();
    h.run();
    let state = h.state();
    assert!(state.view.filter.key_top.is_some());
    let shown: Vec<u32> = state
        .visible
        .items
        .iter()
        .map(|&i| state.model.items[i as usize].event)
        .collect();
    assert!(shown.len() <= all);
    assert_eq!(
        shown.len(),
        state
            .model
            .key_eligible()
            .min(state.view.key_count as usize)
    );
    assert!(
        shown.contains(&event),
        "the event two articles report is a key event"
    );
    assert_eq!(
        state.model.key_rank[event as usize], 0,
        "and the first of them"
    );
    // Off again: everything is back.
    h.get_by_label("Key events only").click();
    h.run();
    assert_eq!(h.state().visible.items.len(), all);
}

#[test]
fn a_version_1_events_file_opens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.json");
    std::fs::write(
        &path,
        r#"{"format": "chronoscope-events/1",
          "documents": [{"id": "d1", "path": "a.txt", "title": "The summit",
            "reference_date": "2023-11-17T00:00:00",
            "text": "The summit opened on Thursday.", "kind": "text"}],
          "events": [{"id": "e1", "document": "d1",
            "start": "2023-11-16T00:00:00", "end": "2023-11-17T00:00:00",
            "granularity": "day", "value": "2023-11-16",
            "title": "The summit opened on Thursday",
            "passage": {"start": 0, "end": 30},
            "expression": {"start": 21, "end": 29, "text": "Thursday", "type": "DATE"}}]}"#,
    )
    .unwrap();
    let mut h = harness(AppState::with_corpus(
        Default::default(),
        ViewState::default(),
    ));
    h.run();
    let ctx = h.ctx.clone();
    chronoscope::app::command::apply(h.state_mut(), vec![Command::Open(vec![path])], &ctx);
    for _ in 0..200 {
        h.step();
        if h.state().loading.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    h.run();
    assert_eq!(
        h.state().model.corpus.events.len(),
        1,
        "{:?}",
        h.state().model.corpus.warnings
    );
    h.get_by_label("The summit opened on Thursday").click();
    h.run();
    assert!(ui_common::shows(&h, "The summit opened on Thursday."));
}

#[test]
fn a_far_outlier_is_counted_at_the_edge_and_one_click_away() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths: Vec<PathBuf> = Vec::new();
    for (i, day) in ["2023-11-14", "2023-11-15", "2023-11-16", "2023-11-17"]
        .iter()
        .enumerate()
    {
        let p = dir.path().join(format!("n{i}.txt"));
        std::fs::write(
            &p,
            format!("date {day}\nThe council voted on the harbour plan today.\n"),
        )
        .unwrap();
        paths.push(p);
    }
    let old = dir.path().join("old.txt");
    std::fs::write(
        &old,
        "date 2023-11-17\nThe harbour was first built in the 11th century.\n",
    )
    .unwrap();
    paths.push(old);
    let file = corpus::load(&paths, &Options::default(), &|_| {});
    let mut h = harness(AppState::with_corpus(file, ViewState::default()));
    h.run();
    h.run();
    let (a, b) = h.state().frame.shown_range.unwrap();
    let items: Vec<_> = h
        .state()
        .model
        .items
        .iter()
        .map(|i| {
            (
                i.start / 86_400.0 / 365.25 + 1970.0,
                i.end / 86_400.0 / 365.25 + 1970.0,
            )
        })
        .collect();
    assert!(
        b - a < 400.0 * 86_400.0,
        "Fit all frames the November events, not the 11th century: {a} {b} {items:?}"
    );
    h.get_by_label("‹ 1 earlier").click();
    h.run();
    h.run();
    let (a2, _) = h.state().frame.shown_range.unwrap();
    assert!(
        a2 < a - 300.0 * 365.0 * 86_400.0,
        "the click shows the outlier too"
    );
    assert!(h.query_by_label("‹ 1 earlier").is_none());
}

#[test]
fn a_reload_keeps_the_selection_on_the_same_event() {
    let (state, dir) = two_articles();
    let event = resignation(&state);
    let id = state.model.corpus.events[event as usize].id.clone();
    let headline = state.model.corpus.events[event as usize].headline.clone();
    let mut h = harness(state);
    h.run();
    h.get_by_label(&headline).click();
    h.run();
    // Open the same files again, in the other order: the event's id is its first
    // source's, so the selection finds it again.
    let ctx = h.ctx.clone();
    let paths = vec![dir.path().join("b.txt"), dir.path().join("a.txt")];
    chronoscope::app::command::apply(h.state_mut(), vec![Command::Open(paths)], &ctx);
    for _ in 0..200 {
        h.step();
        if h.state().loading.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    h.run();
    let state = h.state();
    let sel = state
        .view
        .selected
        .expect("still selected after the reload");
    let ev = &state.model.corpus.events[sel as usize];
    assert!(ev.headline.contains("resigned"), "{}", ev.headline);
    assert_eq!(ev.sources.len(), 2);
    // Reloaded in the first order again, the id itself is the same.
    let ctx = h.ctx.clone();
    let paths = vec![dir.path().join("a.txt"), dir.path().join("b.txt")];
    chronoscope::app::command::apply(h.state_mut(), vec![Command::Open(paths)], &ctx);
    for _ in 0..200 {
        h.step();
        if h.state().loading.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    h.run();
    let state = h.state();
    let sel = state.view.selected.expect("selected");
    assert_eq!(state.model.corpus.events[sel as usize].id, id);
}

/// Zoomed in on December, a lane whose year-long event ("In 2023") spans hundreds of
/// earlier events draws December's events, not a density band: only what is in view counts.
#[test]
fn a_long_event_does_not_turn_a_zoomed_in_lane_into_a_density_band() {
    use chronoscope::explore::parse_date_bound;
    use chronoscope::timeline::time::secs_from_datetime;
    let mut text =
        String::from("date 2023-12-31\nIn 2023, the port authority rebuilt the harbour.\n\n");
    let mut day = chrono::NaiveDate::from_ymd_opt(2023, 1, 2).unwrap();
    let mut n = 0;
    while day < chrono::NaiveDate::from_ymd_opt(2023, 11, 25).unwrap() {
        let when = day.format("%B %-d, %Y");
        text.push_str(&format!("On {when}, inspectors checked pier {n}.\n\n"));
        text.push_str(&format!("On {when}, divers surveyed berth {n}.\n\n"));
        n += 1;
        day = day.succ_opt().unwrap();
    }
    for d in [5, 12, 19] {
        text.push_str(&format!(
            "On December {d}, 2023, ferry line {d} reopened.\n\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("harbour.txt");
    std::fs::write(&path, text).unwrap();
    let file = corpus::load(&[path], &Options::default(), &|_| {});
    let mut state = AppState::with_corpus(file, ViewState::default());
    assert!(
        state.model.items.len() > 600,
        "{} items",
        state.model.items.len()
    );
    let a = secs_from_datetime(parse_date_bound("2023-12-01", false).unwrap());
    let b = secs_from_datetime(parse_date_bound("2023-12-31", true).unwrap());
    state.frame.pending_range = Some((a, b));
    let december: Vec<u32> = state
        .model
        .corpus
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.headline.contains("reopened"))
        .map(|(i, _)| i as u32)
        .collect();
    assert_eq!(december.len(), 3);
    let mut h = harness(state);
    h.run();
    let hits = &h.state().timeline_hits;
    for e in december {
        assert!(
            hits.iter().any(|hit| hit.target == Target::Event(e)),
            "December's event {e} is drawn as a point"
        );
    }
    assert!(!hits
        .iter()
        .any(|hit| matches!(hit.target, Target::Cluster { .. })));
}
