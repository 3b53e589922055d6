//! The toolbar (open, search, filters, lanes, theme, screenshot), the status bar (progress,
//! notices, warnings) and the keyboard shortcuts.

use crate::app::command::Command;
use crate::app::state::AppState;
use crate::app::theme::Palette;
use crate::explore::LaneMode;
use egui::{Context, Key, KeyboardShortcut, Modifiers, RichText, Ui};

const SEARCH_ID: &str = "search_box";

/// The top bar.
pub fn toolbar_ui(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Chronoscope").strong().size(16.0));
        ui.separator();
        crate::app::project_ui::open_menu_ui(ui, state, cmds);
        crate::app::project_ui::edit_menu_ui(ui, state, cmds);
        if ui
            .button("Screenshot")
            .on_hover_text("Save a PNG of the window in the export folder")
            .clicked()
        {
            cmds.push(Command::SaveScreenshot);
        }
        if ui
            .button("Export…")
            .on_hover_text("Export an image or the events of the current filter (Ctrl+Shift+S)")
            .clicked()
        {
            cmds.push(Command::ShowExport(true));
        }
        ui.separator();
        let mut query = state.view.filter.query.clone();
        let search = ui.add(
            egui::TextEdit::singleline(&mut query)
                .id(egui::Id::unique(SEARCH_ID))
                .hint_text("Search")
                .desired_width(96.0),
        );
        let search = search.on_hover_text("Search headlines, passages and actor names (Ctrl+F)");
        if state.frame.focus_search {
            search.request_focus();
        }
        if search.changed() {
            cmds.push(Command::SetQuery(query));
        }
        let mut hide_coarse = state.view.filter.hide_coarse;
        if ui
            .checkbox(&mut hide_coarse, "Hide coarse")
            .on_hover_text("Hide events dated only to a month, year or coarser")
            .changed()
        {
            cmds.push(Command::SetHideCoarse(hide_coarse));
        }
        let mut hide_undated = state.view.filter.hide_undated;
        if ui
            .checkbox(&mut hide_undated, "Hide undated")
            .on_hover_text("Hide vague references (\"recent years\") from the list")
            .changed()
        {
            cmds.push(Command::SetHideUndated(hide_undated));
        }
        key_events_ui(ui, state, cmds);
        documents_menu_ui(ui, state, cmds);
        crate::app::actors_ui::actors_menu_ui(ui, state, cmds);
        range_ui(ui, state, cmds);
        let mut mode = state.view.lane_mode;
        egui::ComboBox::from_label("lanes")
            .selected_text(lane_mode_name(mode))
            .show_ui(ui, |ui| {
                for m in [
                    LaneMode::Document,
                    LaneMode::Actor,
                    LaneMode::Single,
                    LaneMode::Kind,
                ] {
                    ui.selectable_value(&mut mode, m, lane_mode_name(m));
                }
            });
        if mode != state.view.lane_mode {
            cmds.push(Command::SetLaneMode(mode));
        }
        if ui
            .button("Fit all")
            .on_hover_text("Show every event (Home, or double-click the timeline)")
            .clicked()
        {
            cmds.push(Command::FitAll);
        }
        let theme_label = if state.view.dark { "Light" } else { "Dark" };
        if ui
            .button(theme_label)
            .on_hover_text("Switch the light or dark theme")
            .clicked()
        {
            cmds.push(Command::SetDark(!state.view.dark));
        }
    });
}

/// A menu of documents with a checkbox each (the document filter).
fn documents_menu_ui(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let docs = &state.model.corpus.documents;
    let hidden = &state.view.filter.hidden_docs;
    let label = format!("Documents ({}/{})", docs.len() - hidden.len(), docs.len());
    ui.menu_button(label, |ui| {
        if ui.button("Show all").clicked() {
            cmds.push(Command::ShowAllDocuments);
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(360.0)
            .show(ui, |ui| {
                for (i, d) in docs.iter().enumerate() {
                    let mut shown = !hidden.contains(&(i as u32));
                    let text = format!("{} — {}", d.title, d.path);
                    if ui.checkbox(&mut shown, text).changed() {
                        cmds.push(Command::ToggleDocument(i as u32));
                    }
                }
            });
    });
}

/// From/to fields for the date range filter.
fn range_ui(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let (mut from, mut to) = state.view.range_text.clone();
    let hint = "e.g. 2008, 2023-11, 2023-11-15";
    let a = ui
        .add(
            egui::TextEdit::singleline(&mut from)
                .hint_text("from")
                .desired_width(50.0),
        )
        .on_hover_text(hint);
    let b = ui
        .add(
            egui::TextEdit::singleline(&mut to)
                .hint_text("to")
                .desired_width(50.0),
        )
        .on_hover_text(hint);
    if a.changed() || b.changed() {
        cmds.push(Command::EditRange(from, to));
    }
    if let Some(e) = &state.view.range_error {
        let palette = Palette::for_dark_mode(ui.visuals().dark_mode);
        ui.colored_label(palette.warning, "date?").on_hover_text(e);
    }
}

fn lane_mode_name(mode: LaneMode) -> &'static str {
    match mode {
        LaneMode::Document => "By document",
        LaneMode::Single => "One lane",
        LaneMode::Kind => "By document kind",
        LaneMode::Actor => "By actor",
    }
}

/// What a load is doing, in words: "Reading 2 of 5 files: big.txt, 92 of 264 MB…",
/// "Merging 1,000,000 events…".
pub fn progress_line(p: &crate::corpus::Progress) -> String {
    use crate::corpus::Stage;
    match p.stage {
        Stage::Merging { events } => {
            return format!(
                "Finding the same happenings among {} events…",
                thousands(events)
            )
        }
        Stage::Arranging { events } => {
            return format!("Arranging {} events on the timeline…", thousands(events))
        }
        Stage::Reading => {}
    }
    let mut line = match (p.total, p.current.as_str()) {
        (0, _) => return "Reading the files…".to_string(),
        (1, "") => "Reading the file".to_string(),
        (1, name) => format!("Reading {name}"),
        (n, "") => format!("Reading {} of {n} files", (p.done + 1).min(n)),
        (n, name) => format!("Reading {} of {n} files: {name}", (p.done + 1).min(n)),
    };
    if p.bytes_total >= 1 << 20 {
        let mb = |b: u64| b as f64 / 1e6;
        line.push_str(&format!(
            ", {:.0} of {:.0} MB",
            mb(p.bytes_done),
            mb(p.bytes_total)
        ));
    }
    line.push('…');
    line
}

/// 1234567 → "1,234,567".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The bottom bar: load progress, the last notice, counts and warnings.
pub fn status_ui(ui: &mut Ui, state: &AppState) {
    let palette = Palette::for_dark_mode(ui.visuals().dark_mode);
    let corpus = &state.model.corpus;
    ui.horizontal(|ui| {
        if let Some(p) = &state.loading {
            ui.add(
                egui::ProgressBar::new(p.fraction())
                    .desired_width(220.0)
                    .show_percentage()
                    .animate(p.stage != crate::corpus::Stage::Reading),
            );
            ui.label(progress_line(p));
            ui.separator();
        }
        if let Some(label) = crate::app::project_ui::project_label(state) {
            let saved_to = state.session.path.as_ref().map_or_else(
                || "Save the project somewhere with Open, Save project as".to_string(),
                |p| format!("Saved after every change to {}", p.display()),
            );
            ui.weak(label).on_hover_text(saved_to);
            ui.separator();
        }
        ui.label(format!(
            "{} documents · {} events · {} shown",
            thousands(corpus.documents.len()),
            thousands(corpus.events.len()),
            thousands(state.visible.items.len() + state.visible.undated.len())
        ));
        if let Some(n) = &state.notice {
            ui.separator();
            if n.is_error {
                ui.colored_label(palette.warning, &n.text);
            } else {
                ui.label(&n.text);
            }
        }
        if !corpus.warnings.is_empty() {
            ui.separator();
            let n = corpus.warnings.len();
            let label = format!("{n} warning{}", if n == 1 { "" } else { "s" });
            ui.collapsing(RichText::new(label).color(palette.warning), |ui| {
                egui::ScrollArea::vertical()
                    .max_height(160.0)
                    .show(ui, |ui| {
                        for w in &corpus.warnings {
                            ui.label(&w.message);
                        }
                    });
            });
        }
    });
}

/// Keyboard shortcuts (only while no text field has focus, except Esc and Ctrl+F).
pub fn shortcuts(ctx: &Context, state: &mut AppState, cmds: &mut Vec<Command>) {
    state.frame.focus_search = false;
    let ctrl_f = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
    let shot = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    if ctx.input_mut(|i| i.consume_shortcut(&ctrl_f)) {
        state.frame.focus_search = true;
    }
    if ctx.input_mut(|i| i.consume_shortcut(&shot)) {
        cmds.push(Command::ShowExport(true));
    }
    // In the document text (read-only) the arrows and Home move the selection; the other
    // shortcuts work.
    let reading = crate::app::source_ui::reading_document(ctx);
    let typing = ctx.egui_wants_keyboard_input() && !reading;
    if !typing {
        // Undo and redo of curation (a text field keeps its own undo while typing).
        let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
        let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
        // The longer shortcut first: Ctrl+Z would also match Ctrl+Shift+Z.
        if ctx.input_mut(|i| i.consume_shortcut(&redo) || i.consume_shortcut(&redo_y)) {
            cmds.push(Command::Curate(crate::app::curate::Curate::Redo));
        }
        if ctx.input_mut(|i| i.consume_shortcut(&undo)) {
            cmds.push(Command::Curate(crate::app::curate::Curate::Undo));
        }
    }
    ctx.input(|i| {
        if i.key_pressed(Key::Escape) && !typing {
            cmds.push(Command::Select(None));
        }
        if typing {
            return;
        }
        if !reading {
            navigation_keys(i, state, cmds);
        }
        if i.key_pressed(Key::F) && !i.modifiers.command {
            cmds.push(Command::ZoomToSelection);
        }
        if i.key_pressed(Key::OpenBracket) {
            cmds.push(Command::StepSource(-1));
        }
        if i.key_pressed(Key::CloseBracket) {
            cmds.push(Command::StepSource(1));
        }
    });
}

/// Arrows, +/- and Home: step, pan, zoom, fit (not while the document text has the focus,
/// where they move the selection).
fn navigation_keys(i: &egui::InputState, state: &AppState, cmds: &mut Vec<Command>) {
    let shift = i.modifiers.shift;
    if i.key_pressed(Key::ArrowLeft) {
        cmds.push(if shift || state.view.selected.is_none() {
            Command::PanBy(-0.2)
        } else {
            Command::Step(-1)
        });
    }
    if i.key_pressed(Key::ArrowRight) {
        cmds.push(if shift || state.view.selected.is_none() {
            Command::PanBy(0.2)
        } else {
            Command::Step(1)
        });
    }
    if i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals) || i.key_pressed(Key::ArrowUp) {
        cmds.push(Command::ZoomBy(0.5));
    }
    if i.key_pressed(Key::Minus) || i.key_pressed(Key::ArrowDown) {
        cmds.push(Command::ZoomBy(2.0));
    }
    if i.key_pressed(Key::Home) {
        cmds.push(Command::FitAll);
    }
}

/// "Key events only" and how many: the events most reported across documents.
fn key_events_ui(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let mut on = state.view.filter.key_top.is_some();
    let eligible = state.model.key_eligible();
    if ui
        .checkbox(&mut on, "Key events only")
        .on_hover_text(
            "Show only the events reported by the most articles (and closest to their dates)",
        )
        .changed()
    {
        cmds.push(Command::SetKeyEvents(on.then_some(state.view.key_count)));
    }
    if on {
        let mut n = state.view.key_count;
        let max = (eligible as u32).max(1);
        let slider = egui::Slider::new(&mut n, 1..=max.max(state.view.key_count))
            .logarithmic(true)
            .text("top");
        if ui
            .add(slider)
            .on_hover_text(format!("{eligible} events can be key events"))
            .changed()
        {
            cmds.push(Command::SetKeyEvents(Some(n)));
        }
    }
}

/// Files dropped on the window open like "Open…".
pub fn dropped_files(ctx: &Context, cmds: &mut Vec<Command>) {
    let paths: Vec<_> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .filter(|p| !p.as_os_str().is_empty())
            .collect()
    });
    if !paths.is_empty() {
        cmds.push(Command::Open(paths));
    }
}
