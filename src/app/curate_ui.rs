//! The curation controls of the source panel: star, hide, fix the date (typed or at a
//! precision), edit the headline, write a note; merge the Ctrl-clicked events into the
//! selected one, move the shown source to a picked event, split an event into its sources.
//! Each control pushes a [`Curate`] command; what was corrected says so, with the value
//! extraction gave and a way back to it.

use crate::app::command::Command;
use crate::app::curate::{Curate, Field};
use crate::app::state::AppState;
use crate::app::theme::Palette;
use crate::events::Event;
use crate::temporal::Granularity;
use egui::{Id, Key, RichText, Ui};

/// The id of the open edit field (tests and focus use it).
pub const FIELD_ID: &str = "curate_field";

/// Marks, corrections and the action buttons for the selected event `ev`.
pub fn curation_ui(ui: &mut Ui, state: &AppState, ev: &Event, cmds: &mut Vec<Command>) {
    let palette = Palette::for_dark_mode(ui.visuals().dark_mode);
    let marks = ev.marks();
    let push = |cmds: &mut Vec<Command>, c: Curate| cmds.push(Command::Curate(c));
    corrections_ui(ui, ev, cmds);
    ui.horizontal_wrapped(|ui| {
        let star = if marks.starred {
            "★ Starred"
        } else {
            "☆ Star"
        };
        if ui
            .selectable_label(marks.starred, star)
            .on_hover_text(
                "Key event: \"Starred only\" (Edit menu) and exports can keep only these",
            )
            .clicked()
        {
            push(cmds, Curate::Star(!marks.starred));
        }
        let hide = if marks.hidden { "Unhide" } else { "Hide" };
        if ui
            .button(hide)
            .on_hover_text("Hidden events leave the timeline, the list and the exports")
            .clicked()
        {
            push(cmds, Curate::Hide(!marks.hidden));
        }
        if ui.button("Fix date").clicked() {
            push(cmds, Curate::StartEditing(Field::Date));
        }
        if ui.button("Edit headline").clicked() {
            push(cmds, Curate::StartEditing(Field::Headline));
        }
        let note = if marks.note.is_some() {
            "Edit note"
        } else {
            "Note"
        };
        if ui.button(note).clicked() {
            push(cmds, Curate::StartEditing(Field::Note));
        }
        if ev.sources.len() > 1
            && ui
                .button(format!("Split into {}", ev.sources.len()))
                .on_hover_text("One event per source, each dated by its own time expression")
                .clicked()
        {
            push(cmds, Curate::Split);
        }
    });
    if marks.hidden {
        ui.colored_label(
            palette.muted,
            "Hidden: left out of the timeline and the exports",
        );
    }
    if let Some(ed) = state.view.editing.as_ref().filter(|ed| ed.event == ev.id) {
        editor_ui(ui, ed, &palette, cmds);
    }
    picked_ui(ui, state, ev, cmds);
}

/// What the user corrected, the extracted value, and a button back to it.
fn corrections_ui(ui: &mut Ui, ev: &Event, cmds: &mut Vec<Command>) {
    let marks = ev.marks();
    let reset = |ui: &mut Ui, field: Field, cmds: &mut Vec<Command>| {
        if ui
            .small_button("Reset")
            .on_hover_text("Back to what was extracted")
            .clicked()
        {
            cmds.push(Command::Curate(Curate::Reset(field)));
        }
    };
    if let Some(was) = &marks.extracted_value {
        ui.horizontal_wrapped(|ui| {
            ui.weak(format!("Date corrected to {} (extracted: {was})", ev.value));
            reset(ui, Field::Date, cmds);
        });
    }
    if let Some(was) = &marks.extracted_headline {
        ui.horizontal_wrapped(|ui| {
            ui.weak(format!("Headline edited (extracted: {was})"));
            reset(ui, Field::Headline, cmds);
        });
    }
    if marks.by_hand {
        ui.weak("Added by hand from a selected passage");
    }
    if marks.regrouped {
        ui.weak("Sources regrouped by hand (merge, split or move)");
    }
    if let Some(note) = &marks.note {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(format!("Note: {note}")).italics());
            reset(ui, Field::Note, cmds);
        });
    }
}

/// The open text field: Enter saves (Ctrl+Enter for a note), Esc cancels.
fn editor_ui(
    ui: &mut Ui,
    ed: &crate::app::state::Editing,
    palette: &Palette,
    cmds: &mut Vec<Command>,
) {
    let (label, hint) = match ed.field {
        Field::Date => (
            "New date",
            "Nov. 16, 2023 · 16 nov 2023 · 2023-11 · mid-2008 · the week of 13 Nov 2023",
        ),
        Field::Headline => ("New headline", "A short headline"),
        Field::Note => ("Note", "Free text, shown here and in the exports"),
    };
    let mut text = ed.text.clone();
    let id = Id::unique(FIELD_ID);
    let response = ui
        .horizontal(|ui| {
            ui.label(label);
            let edit = if ed.field == Field::Note {
                egui::TextEdit::multiline(&mut text).desired_rows(3)
            } else {
                egui::TextEdit::singleline(&mut text)
            };
            ui.add(edit.id(id).hint_text(hint).desired_width(f32::INFINITY))
        })
        .inner;
    // Focus the field when it opens or its text was refused (not every frame: the user
    // may click away, e.g. to the precision menu).
    if ed.focus {
        response.request_focus();
        cmds.push(Command::Curate(Curate::FieldFocused));
    }
    if response.changed() {
        cmds.push(Command::Curate(Curate::SetText(text)));
    }
    let (enter, escape, ctrl) = ui.input(|i| {
        (
            i.key_pressed(Key::Enter),
            i.key_pressed(Key::Escape),
            i.modifiers.command,
        )
    });
    let submit = match ed.field {
        Field::Note => response.has_focus() && enter && ctrl,
        _ => response.lost_focus() && enter,
    };
    if submit {
        cmds.push(Command::Curate(Curate::Commit));
    } else if response.lost_focus() && escape {
        cmds.push(Command::Curate(Curate::CancelEditing));
    }
    ui.horizontal(|ui| {
        if ui.button("Save").clicked() {
            cmds.push(Command::Curate(Curate::Commit));
        }
        if ui.button("Cancel").clicked() {
            cmds.push(Command::Curate(Curate::CancelEditing));
        }
        if ed.field == Field::Date {
            ui.menu_button("Precision", |ui| {
                // Day and coarser: a corrected date is not set to the minute.
                let from_day = Granularity::ALL
                    .into_iter()
                    .skip_while(|g| *g != Granularity::Day);
                for g in from_day {
                    if ui.button(format!("The {}", g.as_str())).clicked() {
                        cmds.push(Command::Curate(Curate::Precision(g)));
                    }
                }
            })
            .response
            .on_hover_text("Keep the date, at another precision");
        }
    });
    if let Some(e) = &ed.error {
        ui.colored_label(palette.warning, e);
    }
}

/// The events Ctrl-clicked besides the selected one, and what can be done with them.
fn picked_ui(ui: &mut Ui, state: &AppState, ev: &Event, cmds: &mut Vec<Command>) {
    let n = state.view.picked.len();
    if n == 0 {
        ui.weak("Ctrl+click other events to merge them into this one");
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("{n} picked"));
        let merge = format!("Merge {n} into this");
        if ui
            .button(merge)
            .on_hover_text("Their sources join this event (undo with Ctrl+Z)")
            .clicked()
        {
            cmds.push(Command::Curate(Curate::Merge));
        }
        if n == 1 {
            let label = if ev.sources.len() > 1 {
                "Move this source to the picked event"
            } else {
                "Move to the picked event"
            };
            if ui.button(label).clicked() {
                cmds.push(Command::Curate(Curate::MoveSource));
            }
        }
        if ui.small_button("Clear picked").clicked() {
            cmds.push(Command::Curate(Curate::ClearPicked));
        }
    });
}

/// The headline as lists and the timeline show it: starred events marked.
pub fn shown_headline(ev: &Event) -> std::borrow::Cow<'_, str> {
    if ev.marks().starred {
        format!("★ {}", ev.headline).into()
    } else {
        ev.headline.as_str().into()
    }
}
