//! Curation through the UI (egui_kittest, headless): star, hide, fix a date, edit a
//! headline, write a note, split, merge (Ctrl+click), move a source, add an event from
//! selected text — each undone and redone by the keys or the Edit menu, each saved to the
//! automatic project at once.
#![cfg(feature = "gui")]

use chronoscope::app::{app_ui, AppState, ViewState};
use chronoscope::corpus;
use chronoscope::events::Event;
use chronoscope::project::Project;
use chronoscope::temporal::Options;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;

const A: &str = "date 2023-11-17\nHARTLAND (Reuters) - Transport Secretary Miriam Okafor resigned on Thursday after a review criticised her handling of the rail strike.\n\nOn Thursday, her deputy Colin Reyes was sworn in as acting secretary.\n";
const B: &str = "date 2023-11-18\nMiriam Okafor resigned as transport secretary on Nov. 16, following weeks of pressure over the rail strike.\n";
const C: &str = "date 2023-11-20\nRail services across Hartland resumed on Monday after the strike ended.\n\nCommuters said the first trains were crowded but punctual.";

struct Setup {
    h: Harness<'static, AppState>,
    dir: tempfile::TempDir,
}

/// Three articles, the app's data folder in a temporary folder (where the automatic
/// project of the files goes at the first edit).
fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<_> = [("a.txt", A), ("b.txt", B), ("c.txt", C)]
        .iter()
        .map(|(name, text)| {
            let p = dir.path().join(name);
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect();
    let file = corpus::load(&paths, &Options::default(), &|_| {});
    let mut state = AppState::with_corpus(file, ViewState::default());
    state.data_dir = Some(dir.path().join("data"));
    state.session.sources = paths;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .with_theme(egui::Theme::Light)
        .build_ui_state(app_ui, state);
    h.run();
    Setup { h, dir }
}

fn events<'a>(h: &'a Harness<'_, AppState>) -> &'a [Event] {
    &h.state().model.corpus.events
}

fn find<'a>(h: &'a Harness<'_, AppState>, words: &str) -> &'a Event {
    events(h)
        .iter()
        .find(|e| e.sources.iter().any(|s| passage(h, s).contains(words)))
        .unwrap_or_else(|| panic!("an event about {words:?}: {:#?}", events(h)))
}

fn passage<'a>(h: &'a Harness<'_, AppState>, s: &chronoscope::events::Source) -> &'a str {
    let m = &h.state().model;
    m.doc_index_of(&s.document)
        .and_then(|d| m.document(d))
        .map_or("", |d| &d.text[s.passage.range()])
}

/// Clicks the event's row in the list (the list comes after the source panel, which shows
/// the selected event's headline too).
fn click_row(h: &mut Harness<'_, AppState>, words: &str, modifiers: Modifiers) {
    let label = chronoscope::app::curate_ui::shown_headline(find(h, words)).into_owned();
    h.get_all_by_label(&label)
        .last()
        .unwrap_or_else(|| panic!("a row {label:?}"))
        .click_modifiers(modifiers);
    h.run();
}

fn select(h: &mut Harness<'_, AppState>, words: &str) {
    click_row(h, words, Modifiers::NONE);
    let id = find(h, words).id.clone();
    let selected = h
        .state()
        .view
        .selected
        .and_then(|e| h.state().model.event(e));
    assert_eq!(selected.map(|e| &e.id), Some(&id), "selected by its row");
}

fn click(h: &mut Harness<'_, AppState>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

/// A menu entry whose label also shows its shortcut ("Undo Ctrl+Z").
fn click_contains(h: &mut Harness<'_, AppState>, label: &str) {
    h.get_by_label_contains(label).click();
    h.run();
}

fn keys(h: &mut Harness<'_, AppState>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// The project as saved on disk (the automatic project of the three files).
fn saved(s: &Setup) -> chronoscope::project::Curation {
    let path =
        s.h.state()
            .session
            .path
            .clone()
            .expect("a project path after an edit");
    assert!(
        path.starts_with(s.dir.path().join("data")),
        "{}",
        path.display()
    );
    Project::open(&path).expect("the project opens").curation
}

/// Types into the open edit field (focused when it opens), replacing its text.
fn type_in_field(h: &mut Harness<'_, AppState>, text: &str) {
    keys(h, Modifiers::COMMAND, Key::A);
    h.query_all_by_role(Role::TextInput)
        .chain(h.query_all_by_role(Role::MultilineTextInput))
        .find(|n| n.is_focused())
        .expect("the edit field has the focus")
        .type_text(text);
    h.run();
}

#[test]
fn star_then_undo_and_redo_by_the_keys() {
    let mut s = setup();
    select(&mut s.h, "was sworn in");
    let id = find(&s.h, "was sworn in").id.clone();
    click(&mut s.h, "☆ Star");
    assert!(find(&s.h, "was sworn in").marks().starred);
    assert!(saved(&s).starred.contains(&id), "saved at once");
    assert!(s.h.query_by_label("★ Starred").is_some());
    keys(&mut s.h, Modifiers::COMMAND, Key::Z);
    assert!(!find(&s.h, "was sworn in").marks().starred);
    assert!(saved(&s).starred.is_empty(), "the undo is saved too");
    keys(&mut s.h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert!(find(&s.h, "was sworn in").marks().starred);
    keys(&mut s.h, Modifiers::COMMAND, Key::Z);
    keys(&mut s.h, Modifiers::COMMAND, Key::Y);
    assert!(find(&s.h, "was sworn in").marks().starred, "Ctrl+Y redoes");
    // Starred only (Edit menu) keeps just this one.
    click(&mut s.h, "Edit");
    click(&mut s.h, "Starred only (1)");
    assert_eq!(events(&s.h).len(), 1);
}

#[test]
fn hide_leaves_the_list_show_hidden_brings_it_back_and_the_menu_undoes() {
    let mut s = setup();
    select(&mut s.h, "was sworn in");
    let headline = find(&s.h, "was sworn in").headline.clone();
    let before = events(&s.h).len();
    click(&mut s.h, "Hide");
    assert_eq!(events(&s.h).len(), before - 1);
    assert!(
        s.h.query_by_label(&headline).is_none(),
        "gone from the list"
    );
    click(&mut s.h, "Edit");
    click(&mut s.h, "Show hidden (1)");
    assert!(
        find(&s.h, "was sworn in").marks().hidden,
        "back, marked hidden"
    );
    select(&mut s.h, "was sworn in");
    assert!(s.h.query_by_label_contains("Hidden: left out").is_some());
    click(&mut s.h, "Unhide");
    assert!(!find(&s.h, "was sworn in").marks().hidden);
    click(&mut s.h, "Edit");
    click_contains(&mut s.h, "Undo");
    assert!(find(&s.h, "was sworn in").marks().hidden, "hidden again");
    click(&mut s.h, "Edit");
    click_contains(&mut s.h, "Redo");
    assert!(!find(&s.h, "was sworn in").marks().hidden);
}

#[test]
fn a_typed_date_corrects_the_event_a_precision_coarsens_it_and_reset_undoes() {
    let mut s = setup();
    select(&mut s.h, "was sworn in");
    let extracted = find(&s.h, "was sworn in").value.clone();
    assert_eq!(extracted, "2023-11-16");
    click(&mut s.h, "Fix date");
    type_in_field(&mut s.h, "next to the bank");
    keys(&mut s.h, Modifiers::NONE, Key::Enter);
    assert!(s.h.query_by_label_contains("could not read").is_some());
    assert_eq!(
        find(&s.h, "was sworn in").value,
        extracted,
        "nothing changed"
    );
    click(&mut s.h, "Fix date");
    type_in_field(&mut s.h, "Nov. 15, 2023");
    keys(&mut s.h, Modifiers::NONE, Key::Enter);
    let ev = find(&s.h, "was sworn in");
    assert_eq!(ev.value, "2023-11-15");
    assert_eq!(ev.marks().extracted_value.as_deref(), Some("2023-11-16"));
    assert!(s
        .h
        .query_by_label("Date corrected to 2023-11-15 (extracted: 2023-11-16)")
        .is_some());
    assert_eq!(saved(&s).dates[&ev.id].typed, "Nov. 15, 2023");
    // Words a person types, relative to the article's date (Fri 17 Nov 2023).
    click(&mut s.h, "Fix date");
    type_in_field(&mut s.h, "the week of 13 nov 2023");
    click(&mut s.h, "Save");
    assert_eq!(find(&s.h, "was sworn in").value, "2023-W46");
    click(&mut s.h, "Fix date");
    click(&mut s.h, "Precision");
    click(&mut s.h, "The month");
    assert_eq!(find(&s.h, "was sworn in").value, "2023-11");
    click(&mut s.h, "Reset");
    assert_eq!(find(&s.h, "was sworn in").value, extracted);
    keys(&mut s.h, Modifiers::COMMAND, Key::Z);
    assert_eq!(find(&s.h, "was sworn in").value, "2023-11", "reset undone");
    for _ in 0..3 {
        keys(&mut s.h, Modifiers::COMMAND, Key::Z);
    }
    assert_eq!(find(&s.h, "was sworn in").value, extracted);
    assert!(saved(&s).dates.is_empty());
}

#[test]
fn the_headline_and_a_note_are_edited_and_undone() {
    let mut s = setup();
    select(&mut s.h, "was sworn in");
    let extracted = find(&s.h, "was sworn in").headline.clone();
    click(&mut s.h, "Edit headline");
    type_in_field(&mut s.h, "Reyes sworn in as acting secretary");
    keys(&mut s.h, Modifiers::NONE, Key::Enter);
    assert_eq!(
        find(&s.h, "was sworn in").headline,
        "Reyes sworn in as acting secretary"
    );
    assert!(s
        .h
        .query_by_label(&format!("Headline edited (extracted: {extracted})"))
        .is_some());
    click(&mut s.h, "Note");
    type_in_field(&mut s.h, "Check the date with the ministry");
    click(&mut s.h, "Save");
    let ev = find(&s.h, "was sworn in");
    assert_eq!(
        ev.marks().note.as_deref(),
        Some("Check the date with the ministry")
    );
    assert!(s
        .h
        .query_by_label("Note: Check the date with the ministry")
        .is_some());
    assert_eq!(saved(&s).notes[&ev.id], "Check the date with the ministry");
    keys(&mut s.h, Modifiers::COMMAND, Key::Z);
    assert!(find(&s.h, "was sworn in").marks().note.is_none());
    keys(&mut s.h, Modifiers::COMMAND, Key::Z);
    assert_eq!(find(&s.h, "was sworn in").headline, extracted);
    keys(&mut s.h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(
        find(&s.h, "was sworn in").headline,
        "Reyes sworn in as acting secretary"
    );
}

#[test]
fn split_into_sources_then_merge_back_by_ctrl_click() {
    let mut s = setup();
    let n = events(&s.h).len();
    select(&mut s.h, "resigned as transport secretary");
    assert_eq!(
        find(&s.h, "resigned as transport secretary").sources.len(),
        2
    );
    click(&mut s.h, "Split into 2");
    assert_eq!(events(&s.h).len(), n + 1);
    let a = find(&s.h, "resigned on Thursday").clone();
    let b = find(&s.h, "resigned as transport secretary").clone();
    assert_ne!(a.id, b.id);
    assert_eq!((a.sources.len(), b.sources.len()), (1, 1));
    assert_eq!(
        b.value, "2023-11-16",
        "dated by its own expression (Nov. 16)"
    );
    // Merge them again: select one, Ctrl+click the other, "Merge 1 into this".
    select(&mut s.h, "resigned on Thursday");
    click_row(
        &mut s.h,
        "resigned as transport secretary",
        Modifiers::COMMAND,
    );
    assert_eq!(s.h.state().view.picked.len(), 1);
    assert!(s.h.query_by_label("1 picked").is_some());
    click(&mut s.h, "Merge 1 into this");
    assert_eq!(events(&s.h).len(), n);
    assert_eq!(
        find(&s.h, "resigned as transport secretary").sources.len(),
        2
    );
    // Undo the merge, then the split.
    keys(&mut s.h, Modifiers::COMMAND, Key::Z);
    assert_eq!(events(&s.h).len(), n + 1);
    keys(&mut s.h, Modifiers::COMMAND, Key::Z);
    assert_eq!(events(&s.h).len(), n);
    assert!(saved(&s).moves.is_empty());
}

#[test]
fn an_event_split_off_keeps_its_own_look_when_others_merge_into_it_and_splits_again() {
    let mut s = setup();
    let n = events(&s.h).len();
    select(&mut s.h, "resigned as transport secretary");
    click(&mut s.h, "Split into 2");
    let off = find(&s.h, "resigned as transport secretary").clone();
    // Merge the other article's report into the one split off.
    select(&mut s.h, "resigned as transport secretary");
    click_row(&mut s.h, "resigned on Thursday", Modifiers::COMMAND);
    click(&mut s.h, "Merge 1 into this");
    let merged = events(&s.h)
        .iter()
        .find(|e| e.id == off.id)
        .unwrap()
        .clone();
    assert_eq!(merged.sources.len(), 2);
    assert_eq!(
        merged.headline, off.headline,
        "its own headline, not the other's"
    );
    assert_eq!(
        passage(&s.h, &merged.sources[0]),
        passage(&s.h, &off.sources[0])
    );
    // Split again: two events, the report back in its own event.
    click(&mut s.h, "Split into 2");
    assert_eq!(events(&s.h).len(), n + 1);
    assert_eq!(find(&s.h, "resigned on Thursday").sources.len(), 1);
    assert_eq!(
        find(&s.h, "resigned as transport secretary").sources.len(),
        1
    );
    assert!(s.h.state().orphans.is_empty(), "{:?}", s.h.state().orphans);
}

#[test]
fn a_load_that_finishes_after_a_newer_one_is_dropped() {
    use chronoscope::app::state::{JobMsg, Loaded};
    let s = setup();
    let mut state = s.h.into_state();
    let ctx = egui::Context::default();
    let (a, c) = (s.dir.path().join("a.txt"), s.dir.path().join("c.txt"));
    // Open a, then c before a has finished.
    chronoscope::app::load_job::start(&mut state, vec![a.clone()], &ctx);
    let older = state.load_generation;
    chronoscope::app::load_job::start(&mut state, vec![c.clone()], &ctx);
    state.session.sources = vec![c];
    let start = std::time::Instant::now();
    let shows_only_c = |state: &AppState| {
        let paths: Vec<&str> = state
            .model
            .corpus
            .documents
            .iter()
            .map(|d| d.path.as_str())
            .collect();
        paths.len() == 1 && paths[0].ends_with("c.txt")
    };
    while !(state.loading.is_none() && shows_only_c(&state)) {
        assert!(start.elapsed().as_secs() < 60, "c loads");
        chronoscope::app::command::poll_jobs(&mut state, &ctx);
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // a's load finishing now (whenever its thread gets there) must change nothing: the
    // message it sends, delivered here without waiting on the thread.
    let base = corpus::load(&[a], &Options::default(), &|_| {});
    let model = chronoscope::explore::Explorer::new(base.clone());
    let late = Loaded {
        generation: older,
        view_options: Default::default(),
        sources: Vec::new(),
        base,
        model,
        curation: Default::default(),
    };
    state.jobs_tx.send(JobMsg::Loaded(Box::new(late))).unwrap();
    chronoscope::app::command::poll_jobs(&mut state, &ctx);
    assert!(
        shows_only_c(&state),
        "{:?}",
        state.model.corpus.documents.len()
    );
}

#[test]
fn a_source_moves_to_the_picked_event_and_back() {
    let mut s = setup();
    select(&mut s.h, "resigned as transport secretary");
    let resignation = find(&s.h, "resigned as transport secretary").id.clone();
    click(&mut s.h, "›");
    assert!(s.h.query_by_label("Source 2 of 2").is_some());
    click_row(&mut s.h, "was sworn in", Modifiers::COMMAND);
    click(&mut s.h, "Move this source to the picked event");
    let by_id = |h: &Harness<'_, AppState>, id: &str| {
        events(h).iter().find(|e| e.id == id).unwrap().sources.len()
    };
    let sworn = find(&s.h, "was sworn in").id.clone();
    assert_eq!(by_id(&s.h, &resignation), 1);
    assert_eq!(by_id(&s.h, &sworn), 2);
    assert!(find(&s.h, "was sworn in").marks().regrouped);
    click(&mut s.h, "Edit");
    click_contains(&mut s.h, "Undo");
    assert_eq!(by_id(&s.h, &resignation), 2);
    assert_eq!(by_id(&s.h, &sworn), 1);
}

/// Focuses the document text of the source panel and puts the cursor at its end.
fn to_end_of_text(h: &mut Harness<'_, AppState>, words: &str) {
    let doc = h_text_input(h, words);
    h.get_all_by_role(Role::MultilineTextInput)
        .nth(doc)
        .unwrap()
        .focus();
    h.run();
    keys(h, Modifiers::COMMAND, Key::End);
}

#[test]
fn selected_text_becomes_an_event_dated_by_typing() {
    let mut s = setup();
    let n = events(&s.h).len();
    let sentence = "Commuters said the first trains were crowded but punctual.";
    select(&mut s.h, "services across Hartland resumed");
    // The whole last sentence is already an event (placed by the sentence before it):
    // adding it selects that event instead.
    to_end_of_text(&mut s.h, "Commuters said");
    keys(&mut s.h, Modifiers::SHIFT, Key::Home);
    click(&mut s.h, "Add event from selection");
    assert_eq!(events(&s.h).len(), n, "nothing added twice");
    let selected =
        s.h.state()
            .view
            .selected
            .and_then(|e| s.h.state().model.event(e));
    assert_eq!(
        selected.map(|e| passage(&s.h, &e.sources[0])),
        Some(sentence)
    );
    assert!(s.h.query_by_label_contains("already an event").is_some());
    // The last words of it are a passage of their own: a new event.
    select(&mut s.h, "services across Hartland resumed");
    to_end_of_text(&mut s.h, "Commuters said");
    for _ in 0..3 {
        keys(&mut s.h, Modifiers::SHIFT | Modifiers::CTRL, Key::ArrowLeft);
    }
    click(&mut s.h, "Add event from selection");
    assert_eq!(events(&s.h).len(), n + 1);
    let added = events(&s.h)
        .iter()
        .find(|e| e.marks().by_hand)
        .unwrap()
        .clone();
    let words = passage(&s.h, &added.sources[0]).to_string();
    assert!(
        sentence.ends_with(&words) && words.len() < sentence.len() && words.contains("punctual"),
        "the selected words: {words:?}"
    );
    let selected =
        s.h.state()
            .view
            .selected
            .and_then(|e| s.h.state().model.event(e));
    assert_eq!(
        selected.map(|e| &e.id),
        Some(&added.id),
        "the new event is selected"
    );
    // No time expression in it: dated by the article's day, the date box open to type.
    assert_eq!(added.value, "2023-11-20");
    type_in_field(&mut s.h, "Nov. 21, 2023");
    keys(&mut s.h, Modifiers::NONE, Key::Enter);
    let by_id = |h: &Harness<'_, AppState>| {
        events(h)
            .iter()
            .find(|e| e.id == added.id)
            .map(|e| e.value.clone())
    };
    assert_eq!(by_id(&s.h).as_deref(), Some("2023-11-21"));
    assert!(saved(&s).added.contains_key(&added.id));
    keys(&mut s.h, Modifiers::COMMAND, Key::Z);
    keys(&mut s.h, Modifiers::COMMAND, Key::Z);
    assert_eq!(events(&s.h).len(), n, "both undone");
    assert!(saved(&s).added.is_empty());
}

/// The index (among text inputs) of the one whose text holds `words`.
fn h_text_input(h: &Harness<'_, AppState>, words: &str) -> usize {
    h.get_all_by_role(Role::MultilineTextInput)
        .position(|n| n.value().is_some_and(|v| v.contains(words)))
        .expect("the document text")
}
