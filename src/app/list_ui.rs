//! The event list: a sortable table (date, headline, sources, first document) synced with
//! the selection.
//! Dated events come first in the chosen order; undated (vague) ones follow in their own
//! group.

use crate::app::command::Command;
use crate::app::layout::{Row, SortColumn};
use crate::app::state::AppState;
use crate::app::timeline_ui::event_date_label;
use crate::explore::Explorer;
use egui::{Align, Ui};
use egui_extras::{Column, TableBuilder};

/// Draws the event list.
pub fn list_ui(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let model = &state.model;
    let rows = &state.list_rows;
    let n_dated = state.visible.items.len();
    ui.horizontal(|ui| {
        ui.strong("Events");
        ui.weak(format!(
            "{n_dated} dated · {} undated",
            state.visible.undated.len()
        ));
    });
    // Only searched when the list must scroll to the selection (O(rows)).
    let selected_row = state
        .view
        .selected
        .filter(|_| state.frame.scroll_list)
        .and_then(|sel| rows.iter().position(|r| event_of(model, *r) == Some(sel)));
    let mut table = TableBuilder::new(ui)
        .id_salt("event_list")
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(Align::Center))
        .column(Column::initial(180.0).at_least(90.0).clip(true))
        .column(Column::remainder().at_least(160.0).clip(true))
        .column(Column::initial(64.0).at_least(50.0).clip(true))
        .column(Column::initial(180.0).at_least(80.0).clip(true));
    if state.frame.scroll_list {
        if let Some(r) = selected_row {
            table = table.scroll_to_row(r, Some(Align::Center));
        }
    }
    let arrow = |col: SortColumn| match (state.view.sort == col, col, state.view.sort_ascending) {
        (false, _, _) => "",
        (true, SortColumn::Date, true) => " (oldest first)",
        (true, SortColumn::Date, false) => " (newest first)",
        (true, SortColumn::Sources, true) => " ↑",
        (true, SortColumn::Sources, false) => " ↓",
        (true, _, true) => " (A–Z)",
        (true, _, false) => " (Z–A)",
    };
    table
        .header(22.0, |mut header| {
            for (col, name) in [
                (SortColumn::Date, "Date"),
                (SortColumn::Title, "Headline"),
                (SortColumn::Sources, "Sources"),
                (SortColumn::Document, "Document"),
            ] {
                header.col(|ui| {
                    if ui.button(format!("{name}{}", arrow(col))).clicked() {
                        cmds.push(Command::SortBy(col));
                    }
                });
            }
        })
        .body(|body| {
            body.rows(22.0, rows.len(), |mut row| {
                let r = rows[row.index()];
                if r == Row::UndatedHeading {
                    row.col(|ui| {
                        ui.strong("Undated");
                    });
                    row.col(|ui| {
                        ui.weak("Vague references (\"recent years\") and dates with no anchor: not on the timeline");
                    });
                    row.col(|_| {});
                    row.col(|_| {});
                    return;
                }
                let Some(event) = event_of(model, r) else { return };
                let Some(ev) = model.event(event) else { return };
                let is_selected = state.view.selected == Some(event);
                row.set_selected(is_selected);
                let undated = matches!(r, Row::Undated(_));
                row.col(|ui| {
                    let label = event_date_label(ev);
                    if undated {
                        ui.weak(label);
                    } else {
                        ui.label(label);
                    }
                });
                row.col(|ui| {
                    let title = crate::app::curate_ui::shown_headline(ev);
                    let mut text = egui::RichText::new(title);
                    if ev.marks().hidden {
                        text = text.weak().strikethrough();
                    }
                    if state.view.picked.contains(&ev.id) {
                        text = text.underline();
                    }
                    ui.add(egui::Label::new(text).truncate().selectable(false));
                });
                row.col(|ui| {
                    let n = ev.sources.len();
                    let docs = ev.document_count();
                    let label = ui.label(n.to_string());
                    if n > 1 {
                        label.on_hover_text(format!("{n} sources in {docs} documents"));
                    }
                });
                row.col(|ui| {
                    let doc = model.doc_of(ev).and_then(|d| model.document(d));
                    ui.add(
                        egui::Label::new(doc.map(|d| d.title.as_str()).unwrap_or("?"))
                            .truncate()
                            .selectable(false),
                    );
                });
                let response = row.response();
                if response.clicked() {
                    // Ctrl+click picks events to merge into the selected one.
                    let pick = response.ctx.input(|i| i.modifiers.command);
                    cmds.push(if pick {
                        Command::Curate(crate::app::curate::Curate::Pick(event))
                    } else {
                        Command::Select(Some(event))
                    });
                }
            });
        });
}

fn event_of(model: &Explorer, row: Row) -> Option<u32> {
    match row {
        Row::Dated(i) => Some(model.items[i as usize].event),
        Row::Undated(e) => Some(e),
        Row::UndatedHeading => None,
    }
}
