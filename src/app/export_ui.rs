//! The "Export" window: an image of the window or the timeline (1× or 2×), and the events
//! of the current filter as JSON, CSV, TimelineJS or TimeML — saved with a timestamped name
//! in the export folder, or wherever a "Save as…" dialog says.

use crate::app::command::Command;
use crate::app::export_jobs::{ImageExport, SaveAs};
use crate::app::state::AppState;
use crate::events::output::DataFormat;
use egui::Ui;

/// Draws the export window when it is open.
pub fn export_window(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    if !state.view.export_open {
        return;
    }
    let mut open = true;
    egui::Window::new("Export")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_pos(ui.ctx().content_rect().center() - egui::vec2(200.0, 160.0))
        .show(ui.ctx(), |ui| export_ui(ui, state, cmds));
    if !open {
        cmds.push(Command::ShowExport(false));
    }
}

fn export_ui(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let view = &state.view;
    ui.heading("Image (PNG)");
    let (mut timeline_only, mut scale2) = (view.export_timeline_only, view.export_scale2);
    ui.horizontal(|ui| {
        ui.radio_value(&mut timeline_only, false, "Whole window");
        ui.radio_value(&mut timeline_only, true, "Timeline only");
    });
    ui.horizontal(|ui| {
        ui.radio_value(&mut scale2, false, "1× pixels");
        ui.radio_value(&mut scale2, true, "2× pixels (sharp, for print)");
    });
    if (timeline_only, scale2) != (view.export_timeline_only, view.export_scale2) {
        cmds.push(Command::SetExportOptions {
            timeline_only,
            scale2,
        });
    }
    let image = ImageExport {
        timeline_only,
        scale: if scale2 { 2.0 } else { 1.0 },
        path: None,
    };
    ui.horizontal(|ui| {
        if ui.button("Save image").clicked() {
            cmds.push(Command::ExportImage(image.clone()));
        }
        if ui.button("Save image as…").clicked() {
            cmds.push(Command::SaveAs(SaveAs::Image(image)));
        }
    });
    ui.separator();
    let n = state.visible.items.len() + state.visible.undated.len();
    ui.heading("Data");
    ui.weak(format!(
        "The {n} events of the current filter, as corrected; hidden events are left out"
    ));
    let mut starred = view.export_starred_only;
    let stars = state.session.history.curation.starred.len();
    if ui
        .checkbox(&mut starred, format!("Starred only ({stars})"))
        .on_hover_text("Export only the starred events (images and data)")
        .changed()
    {
        cmds.push(Command::SetExportStarredOnly(starred));
    }
    egui::Grid::new("export_data")
        .num_columns(3)
        .show(ui, |ui| {
            for format in [
                DataFormat::Json,
                DataFormat::Csv,
                DataFormat::Timelinejs,
                DataFormat::Timeml,
            ] {
                ui.label(format.name());
                if ui.button("Save").clicked() {
                    cmds.push(Command::ExportData(format, None));
                }
                if ui.button("Save as…").clicked() {
                    cmds.push(Command::SaveAs(SaveAs::Data(format)));
                }
                ui.end_row();
            }
        });
    let mut by_actor = view.export_group_by_actor;
    if ui
        .checkbox(&mut by_actor, "TimelineJS: group by actor")
        .on_hover_text("Group slides by their event's first actor instead of its document")
        .changed()
    {
        cmds.push(Command::SetExportGroupByActor(by_actor));
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label("Folder:");
        let mut dir = view.screenshot_dir.display().to_string();
        let edit = ui.add(
            egui::TextEdit::singleline(&mut dir)
                .hint_text("current folder")
                .desired_width(220.0),
        );
        if edit.changed() {
            cmds.push(Command::SetExportFolder(dir.into()));
        }
        if ui.button("Choose…").clicked() {
            cmds.push(Command::ChooseExportFolder);
        }
    });
    ui.weak("Save writes chronoscope-YYYYMMDD-HHMMSS.… there.");
    if let Some(n) = &state.notice {
        ui.separator();
        ui.label(&n.text);
    }
}
