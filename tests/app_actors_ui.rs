//! Actors in the app (egui_kittest, headless, driven through the UI): lanes by actor, the
//! Actors panel filter (click, Ctrl+click, any / all), the chips of the source panel, and
//! search by a name the passage does not write.
#![cfg(feature = "gui")]

use chronoscope::app::{app_ui, AppState, ViewState};
use chronoscope::corpus;
use chronoscope::temporal::Options;
use egui::Modifiers;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;
use std::path::PathBuf;

const TRILATERAL: &str = "Mr. Yoon, Mr. Kishida and Mr. Biden also held a brief trilateral meeting";

fn seed_state() -> AppState {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let file = corpus::load(&[dir], &Options::default(), &|_| {});
    AppState::with_corpus(file, ViewState::default())
}

fn harness(state: AppState) -> Harness<'static, AppState> {
    Harness::builder()
        .with_size(egui::vec2(1440.0, 880.0))
        .with_theme(egui::Theme::Light)
        .build_ui_state(app_ui, state)
}

fn actor_id(state: &AppState, name: &str) -> String {
    state
        .model
        .corpus
        .actors
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no actor {name}"))
        .id
        .clone()
}

/// Events shown (dated and undated), by headline.
fn shown(state: &AppState) -> Vec<String> {
    let m = &state.model;
    let dated = state
        .visible
        .items
        .iter()
        .map(|&i| m.items[i as usize].event);
    dated
        .chain(state.visible.undated.iter().copied())
        .filter_map(|e| m.event(e).map(|ev| ev.headline.clone()))
        .collect()
}

fn open_actors_panel(h: &mut Harness<'static, AppState>) {
    h.get_by_label_contains("Actors (").click();
    h.run();
}

#[test]
fn lanes_by_actor_put_an_event_in_each_of_its_actors_lanes() {
    let mut h = harness(seed_state());
    h.run();
    h.get_by_label("lanes").click();
    h.run();
    h.get_by_label("By actor").click();
    h.run();
    let state = h.state();
    let names = &state.lanes.names;
    for who in ["Fumio Kishida", "Joe Biden", "Yoon Suk Yeol"] {
        assert!(names.iter().any(|n| n == who), "{who} lane: {names:?}");
    }
    assert_eq!(names.last().map(String::as_str), Some("Other names"));
    let trilateral = state
        .model
        .corpus
        .events
        .iter()
        .position(|e| e.headline == TRILATERAL)
        .unwrap() as u32;
    let lanes_with: Vec<&String> = names
        .iter()
        .zip(&state.lanes.items)
        .filter(|(_, items)| {
            items
                .iter()
                .any(|&i| state.model.items[i as usize].event == trilateral)
        })
        .map(|(n, _)| n)
        .collect();
    assert_eq!(lanes_with.len(), 3, "{lanes_with:?}");
}

#[test]
fn the_actors_panel_filters_by_one_then_several_actors() {
    let mut h = harness(seed_state());
    h.run();
    let all = shown(h.state()).len();
    open_actors_panel(&mut h);
    h.get_by_label_contains("Joe Biden  · person").click();
    h.run();
    let biden = actor_id(h.state(), "Joe Biden");
    assert_eq!(
        h.state().view.filter.actors.iter().collect::<Vec<_>>(),
        [&biden]
    );
    let only_biden = shown(h.state());
    assert!(
        !only_biden.is_empty() && only_biden.len() < all,
        "{only_biden:?}"
    );
    for e in &h.state().visible.items {
        let ev = h.state().model.items[*e as usize].event;
        assert!(h.state().model.event(ev).unwrap().actors.contains(&biden));
    }
    // Ctrl+click adds Yoon Suk Yeol: any of them, then all of them.
    open_actors_panel(&mut h);
    h.get_by_label_contains("Yoon Suk Yeol  · person")
        .click_modifiers(Modifiers::COMMAND);
    h.run();
    assert_eq!(h.state().view.filter.actors.len(), 2);
    let any = shown(h.state()).len();
    assert!(any >= only_biden.len());
    open_actors_panel(&mut h);
    h.get_by_label("all").click();
    h.run();
    assert_eq!(shown(h.state()), [TRILATERAL.to_string()]);
    open_actors_panel(&mut h);
    h.get_by_label("Clear").click();
    h.run();
    assert_eq!(shown(h.state()).len(), all);
}

#[test]
fn a_chip_in_the_source_panel_filters_by_its_actor() {
    let mut h = harness(seed_state());
    h.run();
    h.get_by_label(TRILATERAL).click();
    h.run();
    // The chips name the actors under their full names, in the sentence's order.
    for who in ["Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"] {
        assert!(h.query_by_label(who).is_some(), "chip {who}");
    }
    h.get_by_label("Fumio Kishida").click();
    h.run();
    let kishida = actor_id(h.state(), "Fumio Kishida");
    assert!(h.state().view.filter.actors.contains(&kishida));
    assert!(shown(h.state()).contains(&TRILATERAL.to_string()));
    assert!(
        !shown(h.state())
            .iter()
            .any(|e| e.contains("Tokyo’s decision")),
        "events without Kishida are hidden"
    );
}

#[test]
fn search_finds_an_actor_by_a_name_the_passage_does_not_write() {
    let mut h = harness(seed_state());
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::F);
    h.run();
    // The search box is the toolbar's first text field (Ctrl+F focuses it).
    h.query_all_by_role(egui::accesskit::Role::TextInput)
        .next()
        .expect("the search box")
        .type_text("Suk Yeol");
    h.run();
    h.run();
    let found = shown(h.state());
    // "Mr. Yoon, …" never writes "Suk Yeol"; its actor Yoon Suk Yeol does.
    assert!(found.contains(&TRILATERAL.to_string()), "{found:?}");
}

#[test]
fn the_export_window_can_group_timelinejs_by_actor() {
    let mut h = harness(seed_state());
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    assert!(!h.state().view.export_group_by_actor);
    h.get_by_label("TimelineJS: group by actor").click();
    h.run();
    assert!(h.state().view.export_group_by_actor);
}
