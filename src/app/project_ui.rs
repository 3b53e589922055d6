//! The toolbar's Open and Edit menus: files, a folder or a project to open, the project to
//! save elsewhere, recent projects and files; undo and redo, the hidden and starred views,
//! and the edits the loaded files no longer match.

use crate::app::command::Command;
use crate::app::curate::Curate;
use crate::app::dialog::Dialog;
use crate::app::state::AppState;
use egui::Ui;
use std::path::{Path, PathBuf};

/// The Open menu.
pub fn open_menu_ui(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    ui.menu_button("Open", |ui| {
        if ui.button("Files…").clicked() {
            cmds.push(Command::Dialog(Dialog::Files));
        }
        if ui.button("Folder…").clicked() {
            cmds.push(Command::Dialog(Dialog::Folder));
        }
        if ui.button("Project…").clicked() {
            cmds.push(Command::Dialog(Dialog::Project));
        }
        ui.separator();
        if ui
            .button("Save project as…")
            .on_hover_text(
                "The project keeps the files opened and your edits; it is saved after every change",
            )
            .clicked()
        {
            cmds.push(Command::Dialog(Dialog::SaveProjectAs));
        }
        if !state.view.recent_projects.is_empty() {
            ui.separator();
            ui.weak("Recent projects");
            for p in &state.view.recent_projects {
                if ui
                    .button(project_name(p))
                    .on_hover_text(p.display().to_string())
                    .clicked()
                {
                    cmds.push(Command::Open(vec![p.clone()]));
                }
            }
        }
        if !state.view.recent.is_empty() {
            ui.separator();
            ui.weak("Recent files");
            for paths in &state.view.recent {
                if ui
                    .button(paths_label(paths))
                    .on_hover_text(paths_tooltip(paths))
                    .clicked()
                {
                    cmds.push(Command::Open(paths.clone()));
                }
            }
        }
    });
}

/// The Edit menu.
pub fn edit_menu_ui(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let history = &state.session.history;
    let cur = &history.curation;
    let orphans = state.orphans.len();
    let label = if orphans > 0 {
        format!("Edit ({orphans} unmatched)")
    } else {
        "Edit".to_string()
    };
    ui.menu_button(label, |ui| {
        let undo = ui.add_enabled(
            history.can_undo(),
            egui::Button::new("Undo").shortcut_text("Ctrl+Z"),
        );
        if undo.clicked() {
            cmds.push(Command::Curate(Curate::Undo));
        }
        let redo = ui.add_enabled(
            history.can_redo(),
            egui::Button::new("Redo").shortcut_text("Ctrl+Shift+Z"),
        );
        if redo.clicked() {
            cmds.push(Command::Curate(Curate::Redo));
        }
        ui.separator();
        let mut show_hidden = state.view.show_hidden;
        let text = format!("Show hidden ({})", cur.hidden.len());
        if ui.checkbox(&mut show_hidden, text).changed() {
            cmds.push(Command::Curate(Curate::ShowHidden(show_hidden)));
        }
        let mut starred = state.view.starred_only;
        let text = format!("Starred only ({})", cur.starred.len());
        if ui.checkbox(&mut starred, text).changed() {
            cmds.push(Command::Curate(Curate::StarredOnly(starred)));
        }
        if orphans > 0 {
            ui.separator();
            ui.label(format!(
                "{orphans} edits name events these files no longer hold:"
            ));
            egui::ScrollArea::vertical()
                .max_height(200.0)
                .show(ui, |ui| {
                    for o in &state.orphans {
                        ui.weak(format!("{} · {}", o.what, o.id));
                    }
                });
        }
    });
}

/// Where the edits are saved, for the status bar; nothing before the first edit of files
/// opened without a project.
pub fn project_label(state: &AppState) -> Option<String> {
    match &state.session.path {
        Some(p) => Some(format!("Project {}", project_name(p))),
        None if state.session.history.curation.is_empty() => None,
        None => Some("Edits kept in memory only (no project folder)".into()),
    }
}

/// "chronology" for "…/chronology.chronoscope.json".
fn project_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.strip_suffix(crate::project::session::EXTENSION)
        .unwrap_or(&name)
        .to_string()
}

fn paths_label(paths: &[PathBuf]) -> String {
    let first = paths
        .first()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match paths.len() {
        0 | 1 => first,
        n => format!("{first} and {} more", n - 1),
    }
}

fn paths_tooltip(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}
