//! The app, headless (egui_kittest with wgpu on Mesa): select an event in the list and read
//! its passage in the source panel; step with the arrow keys; search; a PNG snapshot.
#![cfg(feature = "gui")]

mod ui_common;

use chronoscope::app::{app_ui, AppState, ViewState};
use chronoscope::corpus;
use chronoscope::temporal::Options;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use std::path::PathBuf;

fn seed_state() -> AppState {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let file = corpus::load(&[dir], &Options::default(), &|_| {});
    AppState::with_corpus(file, ViewState::default())
}

fn harness(state: AppState) -> Harness<'static, AppState> {
    Harness::builder()
        .with_size(egui::vec2(1440.0, 880.0))
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_ui_state(app_ui, state)
}

const TRILATERAL: &str = "Mr. Yoon, Mr. Kishida and Mr. Biden also held a brief trilateral meeting";
const TRILATERAL_PASSAGE: &str =
    "Mr. Yoon, Mr. Kishida and Mr. Biden also held a brief trilateral meeting on Thursday.";

#[test]
fn clicking_a_list_row_selects_it_and_shows_its_passage() {
    let mut h = harness(seed_state());
    h.run();
    // Before the click: nothing selected, the panel says how to select, no passage shown.
    assert_eq!(h.state().view.selected, None);
    assert!(h.query_by_label_contains("Select an event").is_some());
    assert!(!ui_common::shows(&h, TRILATERAL_PASSAGE));
    h.get_by_label(TRILATERAL).click();
    h.run();
    let state = h.state();
    let sel = state.view.selected.expect("a selection after the click");
    let ev = state.model.event(sel).unwrap();
    assert_eq!(ev.headline, TRILATERAL);
    let doc = &state.model.corpus.documents[0];
    assert_eq!(&doc.text[ev.first().passage.range()], TRILATERAL_PASSAGE);
    // The source panel shows the document text (which holds the passage) and the date.
    assert!(
        ui_common::shows(&h, TRILATERAL_PASSAGE),
        "source text not shown"
    );
    // The date shows in the list row and as the source panel heading.
    assert_eq!(h.query_all_by_label("Thu 16 Nov 2023").count(), 2);
}

#[test]
fn arrow_keys_step_through_events_in_time_and_escape_clears() {
    let mut h = harness(seed_state());
    h.run();
    h.get_by_label(TRILATERAL).click();
    h.run();
    let first = h.state().view.selected;
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    let before = h.state().view.selected;
    assert_ne!(before, first, "← moved the selection");
    let model = h.state().model.clone();
    let t = |e: Option<u32>| model.event(e.unwrap()).unwrap().start.unwrap();
    assert!(t(before) <= t(first), "← goes back in time");
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().view.selected, first, "→ comes back");
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().view.selected, None);
}

#[test]
fn search_filters_the_list() {
    let mut h = harness(seed_state());
    h.run();
    let all = h.state().visible.items.len() + h.state().visible.undated.len();
    type_search(&mut h, "trilateral");
    let shown = h.state().visible.items.len() + h.state().visible.undated.len();
    assert_eq!(shown, 1, "only the trilateral meeting matches");
    assert!(all > shown);
    assert!(h.query_by_label(TRILATERAL).is_some());
    assert!(h.query_by_label_contains("joint statement").is_none());
}

#[test]
fn seed_timeline_snapshot() {
    let mut h = harness(seed_state());
    h.run();
    h.snapshot("seed_timeline");
}

#[test]
fn seed_zoomed_to_november_2023_snapshot() {
    use chronoscope::explore::parse_date_bound;
    use chronoscope::timeline::time::secs_from_datetime;
    let mut state = seed_state();
    let a = secs_from_datetime(parse_date_bound("2023-11-13", false).unwrap());
    let b = secs_from_datetime(parse_date_bound("2023-11-19", true).unwrap());
    state.frame.pending_range = Some((a, b));
    let mut h = harness(state);
    h.run();
    let (shown_a, shown_b) = h.state().frame.shown_range.expect("a shown range");
    assert!(
        (shown_a - a).abs() < 1.0 && (shown_b - b).abs() < 1.0,
        "zoom applied"
    );
    h.snapshot("seed_nov_2023");
}

#[test]
fn date_range_filter_limits_the_list() {
    let mut h = harness(seed_state());
    h.run();
    let before = h.state().visible.items.len();
    // The toolbar's "from" and "to" fields (after the search box), typed into.
    for field in [1, 2] {
        let node = h
            .query_all_by_role(egui::accesskit::Role::TextInput)
            .nth(field)
            .expect("the range fields");
        node.focus();
        h.run();
        h.query_all_by_role(egui::accesskit::Role::TextInput)
            .nth(field)
            .unwrap()
            .type_text("2023-11");
        h.run();
    }
    assert_eq!(
        h.state().view.range_text,
        ("2023-11".into(), "2023-11".into())
    );
    let state = h.state();
    assert!(state.view.range_error.is_none());
    let after = state.visible.items.len();
    assert!(after < before, "{after} < {before}");
    for &i in &state.visible.items {
        let ev = state
            .model
            .event(state.model.items[i as usize].event)
            .unwrap();
        assert!(
            ev.end.unwrap()
                > chrono::NaiveDate::from_ymd_opt(2023, 11, 1)
                    .unwrap()
                    .and_hms_opt(0, 0, 0)
                    .unwrap()
        );
    }
}

#[test]
fn zoom_is_clamped_to_a_minute_and_twenty_thousand_years() {
    let mut h = harness(seed_state());
    h.run();
    let ctx = h.ctx.clone();
    chronoscope::app::command::apply(
        h.state_mut(),
        vec![chronoscope::app::Command::ZoomTo(0.0, 5.0)],
        &ctx,
    );
    h.run();
    let (a, b) = h.state().frame.shown_range.unwrap();
    assert!((b - a - 60.0).abs() < 1.0, "span {} s", b - a);
    let year = 365.2425 * 86_400.0;
    chronoscope::app::command::apply(
        h.state_mut(),
        vec![chronoscope::app::Command::ZoomTo(-1e6 * year, 1e6 * year)],
        &ctx,
    );
    h.run();
    let (a, b) = h.state().frame.shown_range.unwrap();
    assert!(
        ((b - a) / year - 20_000.0).abs() < 1.0,
        "span {} years",
        (b - a) / year
    );
}

#[test]
fn hovering_a_point_shows_its_date_and_title() {
    use chronoscope::explore::parse_date_bound;
    use chronoscope::timeline::time::secs_from_datetime;
    let mut state = seed_state();
    let a = secs_from_datetime(parse_date_bound("2023-11-13", false).unwrap());
    let b = secs_from_datetime(parse_date_bound("2023-11-19", true).unwrap());
    state.frame.pending_range = Some((a, b));
    let mut h = harness(state);
    h.run();
    // Where the trilateral meeting's point was drawn.
    let trilateral = {
        let state = h.state();
        let event = state
            .model
            .corpus
            .events
            .iter()
            .position(|e| e.headline == TRILATERAL)
            .unwrap() as u32;
        let hit = state
            .timeline_hits
            .iter()
            .rev()
            .find(|hit| hit.target == chronoscope::app::timeline_ui::Target::Event(event))
            .expect("the trilateral meeting is drawn");
        hit.rect.center()
    };
    h.hover_at(trilateral);
    for _ in 0..20 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    h.run();
    // List row + tooltip.
    assert!(
        h.query_all_by_label("Thu 16 Nov 2023").count() >= 2,
        "no tooltip with the date"
    );
    assert!(
        h.query_all_by_label(TRILATERAL).count() >= 2,
        "no tooltip with the title"
    );
}

#[test]
fn opening_loads_in_the_background_and_remembers_the_paths() {
    let mut h = harness(AppState::with_corpus(
        Default::default(),
        ViewState::default(),
    ));
    h.run();
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let missing = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("no-such-file.txt");
    let ctx = h.ctx.clone();
    chronoscope::app::command::apply(
        h.state_mut(),
        vec![chronoscope::app::Command::Open(vec![
            seeds.clone(),
            missing,
        ])],
        &ctx,
    );
    assert!(h.state().loading.is_some(), "loading shows progress");
    for _ in 0..200 {
        h.step();
        if h.state().loading.is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    h.run();
    let state = h.state();
    assert!(state.loading.is_none(), "the load finished");
    assert_eq!(state.model.corpus.documents.len(), 1);
    assert!(state
        .model
        .corpus
        .warnings
        .iter()
        .any(|w| w.message.contains("no-such-file.txt")));
    assert_eq!(state.view.recent[0][0], seeds);
    // The warning is shown to the user.
    assert!(h.query_by_label_contains("1 warning").is_some());
}

#[test]
fn clicking_a_point_on_the_timeline_selects_it() {
    use chronoscope::app::timeline_ui::Target;
    let mut h = harness(seed_state());
    h.run();
    let (event, pos) = {
        let state = h.state();
        let hit = state
            .timeline_hits
            .iter()
            .rev()
            .find(|hit| matches!(hit.target, Target::Event(_)) && hit.rect.width() < 30.0)
            .expect("a point on the timeline");
        let Target::Event(e) = hit.target else {
            unreachable!()
        };
        (e, hit.rect.center())
    };
    h.hover_at(pos);
    h.run();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        h.step();
    }
    h.run();
    assert_eq!(h.state().view.selected, Some(event));
    let ev = h.state().model.event(event).unwrap().clone();
    let doc = &h.state().model.corpus.documents[0];
    assert!(
        ui_common::shows(&h, &doc.text[ev.first().passage.range()]),
        "source shows the passage"
    );
}

#[test]
fn shift_wheel_scrolls_the_lanes_when_they_do_not_all_fit() {
    use chronoscope::app::timeline_ui::Target;
    // 60 documents: far more lanes than fit.
    let file = chronoscope::timeline::synth::generate(3_000, 7);
    let mut h = harness(AppState::with_corpus(file, ViewState::default()));
    h.run();
    let lanes_hit = |h: &Harness<'static, AppState>| -> std::collections::BTreeSet<u32> {
        let state = h.state();
        state
            .timeline_hits
            .iter()
            .filter_map(|hit| match hit.target {
                Target::Event(e) => state.model.event(e).and_then(|ev| state.model.doc_of(ev)),
                _ => None,
            })
            .collect()
    };
    let before = lanes_hit(&h);
    assert!(!before.is_empty());
    let pos = h.state().frame.timeline_rect.unwrap().center();
    h.hover_at(pos);
    h.run();
    // Shift is held down while the wheel turns.
    h.event(egui::Event::ModifiersChanged(egui::Modifiers::SHIFT));
    for _ in 0..6 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::SHIFT,
        });
        h.step();
    }
    h.run();
    h.event(egui::Event::ModifiersChanged(egui::Modifiers::NONE));
    h.run();
    let after = lanes_hit(&h);
    // Documents of other lanes came into view (zooming could only remove some).
    assert!(
        after.iter().any(|d| !before.contains(d)),
        "no new lanes in view: before {before:?}, after {after:?}"
    );
}

#[test]
fn a_search_waiting_for_a_pause_runs_when_due() {
    let mut state = seed_state();
    // As a large corpus does: search once typing pauses.
    state.live_search_max_events = 1;
    let mut h = harness(state);
    h.run();
    let all = h.state().visible.items.len();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    search_box(&h).type_text("trilateral");
    h.step();
    assert_eq!(
        h.state().visible.items.len(),
        all,
        "not yet: typing has not paused"
    );
    assert!(h.state().refilter_after.is_some());
    let start = std::time::Instant::now();
    while h.state().visible.items.len() != 1 {
        assert!(
            start.elapsed().as_secs() < 10,
            "the search runs once typing pauses"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    assert!(h.state().refilter_after.is_none());
}

/// The toolbar's search box (its first text field, focused by Ctrl+F).
fn search_box<'a>(h: &'a Harness<'_, AppState>) -> egui_kittest::Node<'a> {
    h.query_all_by_role(egui::accesskit::Role::TextInput)
        .next()
        .expect("the search box")
}

/// Ctrl+F, then types `text` into the search box, as a user does.
fn type_search(h: &mut Harness<'_, AppState>, text: &str) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    search_box(h).type_text(text);
    h.run();
}

#[test]
fn each_document_lane_marks_its_article_date() {
    use chronoscope::app::timeline_ui::Target;
    let mut h = harness(seed_state());
    h.run();
    let marker = h
        .state()
        .timeline_hits
        .iter()
        .find(|hit| hit.target == Target::ArticleDate(0))
        .map(|hit| hit.rect.center())
        .expect("the seed's article date is marked");
    h.hover_at(marker);
    for _ in 0..20 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(40));
    }
    h.run();
    assert!(h.query_by_label("Article date: Fri 17 Nov 2023").is_some());
    // One lane for everything: no single article date.
    let ctx = h.ctx.clone();
    chronoscope::app::command::apply(
        h.state_mut(),
        vec![chronoscope::app::Command::SetLaneMode(
            chronoscope::explore::LaneMode::Single,
        )],
        &ctx,
    );
    h.run();
    assert!(h
        .state()
        .timeline_hits
        .iter()
        .all(|hit| !matches!(hit.target, Target::ArticleDate(_))));
}

#[test]
fn undated_events_are_listed_in_their_own_group() {
    // Tall enough for the whole list.
    let mut h = Harness::builder()
        .with_size(egui::vec2(1440.0, 1300.0))
        .with_theme(egui::Theme::Light)
        .wgpu()
        .build_ui_state(app_ui, seed_state());
    h.run();
    assert!(h.query_by_label("Undated").is_some(), "the group heading");
    let rows = &h.state().list_rows;
    let heading = rows
        .iter()
        .position(|r| *r == chronoscope::app::state::Row::UndatedHeading)
        .unwrap();
    assert!(rows[..heading]
        .iter()
        .all(|r| matches!(r, chronoscope::app::state::Row::Dated(_))));
    assert!(rows[heading + 1..]
        .iter()
        .all(|r| matches!(r, chronoscope::app::state::Row::Undated(_))));
    assert_eq!(rows.len() - heading - 1, h.state().visible.undated.len());
    // "recent years" and "recently" are PAST_REF, written for a reader.
    assert_eq!(h.query_all_by_label("the past (vague)").count(), 2);
}

/// Without a desktop portal (this test's machine) a file dialog cannot be shown: the user
/// is told so, instead of nothing happening.
#[test]
fn a_file_dialog_that_cannot_be_shown_says_so() {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
        eprintln!("a desktop session is present: a real dialog would open; not tried");
        return;
    }
    let mut h = harness(seed_state());
    h.run();
    h.get_by_label("Open").click();
    h.run();
    h.get_by_label("Files…").click();
    h.run();
    let start = std::time::Instant::now();
    while h
        .query_by_label_contains("No file dialog could be shown")
        .is_none()
    {
        assert!(start.elapsed().as_secs() < 20, "the user is told");
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
}

/// Files dropped on an empty window: until they are read the window says so (no timeline
/// of an empty model, labelled 1970); then the events appear.
#[test]
fn the_first_frames_show_the_loading_state_then_the_events() {
    let mut h = harness(AppState::with_corpus(
        Default::default(),
        ViewState::default(),
    ));
    h.run();
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(seeds)));
    h.step();
    h.step();
    assert!(shows_loading(&h), "the loading state");
    assert!(h.query_by_label_contains("1970").is_none());
    assert!(h.query_by_label_contains("1969").is_none());
    let start = std::time::Instant::now();
    while h.query_by_label(TRILATERAL).is_none() {
        assert!(start.elapsed().as_secs() < 60, "the seed loads");
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    assert!(!shows_loading(&h));
}

/// The loading line in any of its stages (reading, merging, arranging).
fn shows_loading(h: &Harness<'_, AppState>) -> bool {
    ["Reading", "Finding the same happenings", "Arranging"]
        .iter()
        .any(|stage| h.query_all_by_label_contains(stage).next().is_some())
}

/// A folder dropped on the window (as the desktop hands it to egui).
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        Err("a folder".to_string())
    }
}
