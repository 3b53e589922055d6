//! The Actors panel (a toolbar menu): every actor with its kind, event count and dates,
//! searchable and sortable; a click filters the timeline and the list to its events,
//! Ctrl-click adds or removes more ("any" or "all" of them). And the actor chips of the
//! source panel and the tooltip.

use crate::actors::ActorKind;
use crate::app::command::Command;
use crate::app::state::AppState;
use crate::timeline::time::datetime_from_secs;
use egui::Ui;

/// How many actors the panel lists at most (the search finds the rest).
const PANEL_ROWS: usize = 300;

/// The "Actors" toolbar menu.
pub fn actors_menu_ui(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let stats = state.model.actor_stats();
    let chosen = &state.view.filter.actors;
    let label = if chosen.is_empty() {
        format!("Actors ({})", stats.len())
    } else {
        format!("Actors ({} chosen)", chosen.len())
    };
    ui.menu_button(label, |ui| {
        ui.set_min_width(340.0);
        let mut query = state.view.actors_query.clone();
        ui.horizontal(|ui| {
            let r = ui.add(
                egui::TextEdit::singleline(&mut query)
                    .hint_text("Find a name")
                    .desired_width(170.0),
            );
            if r.changed() {
                cmds.push(Command::SetActorsQuery(query.clone()));
            }
            let mut by_name = state.view.actors_by_name;
            if ui.checkbox(&mut by_name, "A–Z").changed() {
                cmds.push(Command::SetActorsByName(by_name));
            }
        });
        ui.horizontal(|ui| {
            let mut all = state.view.filter.actors_all;
            ui.weak("Events with");
            if ui.radio(!all, "any").clicked() {
                all = false;
                cmds.push(Command::SetActorsAll(all));
            }
            if ui.radio(all, "all").clicked() {
                cmds.push(Command::SetActorsAll(true));
            }
            ui.weak("of the chosen");
            if !chosen.is_empty() && ui.small_button("Clear").clicked() {
                cmds.push(Command::ClearActors);
            }
        });
        ui.weak("Click: only this actor · Ctrl+click: add or remove");
        ui.separator();
        let q = query.to_lowercase();
        let mut rows: Vec<_> = stats
            .iter()
            .filter_map(|s| {
                let a = state.model.corpus.actors.get(s.actor as usize)?;
                let names = state.model.actor_names(&a.id).unwrap_or(&a.name);
                (q.is_empty() || names.to_lowercase().contains(&q)).then_some((s, a))
            })
            .collect();
        if state.view.actors_by_name {
            rows.sort_by_key(|(_, a)| a.name.to_lowercase());
        }
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                for (s, a) in rows.into_iter().take(PANEL_ROWS) {
                    let on = chosen.contains(&a.id);
                    let text = format!(
                        "{}  · {} · {} event{} · {}",
                        a.name,
                        kind_word(a.kind),
                        s.events,
                        if s.events == 1 { "" } else { "s" },
                        span_text(s.span)
                    );
                    let r = ui.selectable_label(on, text);
                    let r = if a.aliases.is_empty() {
                        r
                    } else {
                        r.on_hover_text(format!("Also written: {}", a.aliases.join(", ")))
                    };
                    if r.clicked() {
                        let add = ui.input(|i| i.modifiers.command);
                        cmds.push(Command::ToggleActor {
                            id: a.id.clone(),
                            add,
                        });
                    }
                }
            });
    });
}

/// The event's actors as clickable chips (the source panel).
pub fn actor_chips_ui(ui: &mut Ui, state: &AppState, actors: &[String], cmds: &mut Vec<Command>) {
    if actors.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.weak("Who:");
        for id in actors {
            let Some(a) = state.model.actor(id) else {
                continue;
            };
            let on = state.view.filter.actors.contains(id);
            let chip = egui::Button::new(a.name.as_str()).small().selected(on);
            let mut about = kind_word(a.kind).to_string();
            if !a.roles.is_empty() {
                about = format!("{about}: {}", a.roles.join(", "));
            }
            let r = ui.add(chip).on_hover_text(about);
            if r.on_hover_text("Show only this actor's events (Ctrl: add)")
                .clicked()
            {
                let add = ui.input(|i| i.modifiers.command);
                cmds.push(Command::ToggleActor {
                    id: id.clone(),
                    add,
                });
            }
        }
    });
}

/// The event's actors in one line (tooltips).
pub fn actors_line(state: &AppState, actors: &[String]) -> Option<String> {
    let names: Vec<&str> = actors
        .iter()
        .filter_map(|id| state.model.actor(id).map(|a| a.name.as_str()))
        .take(6)
        .collect();
    (!names.is_empty()).then(|| format!("Who: {}", names.join(", ")))
}

/// The kind in words, as the panel shows it.
fn kind_word(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "organisation",
        ActorKind::Place => "place",
        ActorKind::Other => "other",
    }
}

fn span_text(span: Option<(f64, f64)>) -> String {
    let Some((a, b)) = span else {
        return "undated".into();
    };
    let year = |s: f64| datetime_from_secs(s).map(|d| d.format("%Y").to_string());
    match (year(a), year(b - 1.0)) {
        (Some(x), Some(y)) if x == y => x,
        (Some(x), Some(y)) => format!("{x}–{y}"),
        _ => String::new(),
    }
}
