//! The source panel: the selected event's headline and sources, stepped through one at a
//! time (buttons, `[` and `]`); for the source shown, how its time was found, why it was
//! merged, its document — title, date, path, warnings — and the full text, scrolled to the
//! passage, with the passage highlighted and the time expression highlighted more strongly.

use crate::app::command::Command;
use crate::app::state::AppState;
use crate::app::theme::Palette;
use crate::app::timeline_ui::{event_when_label, sources_summary};
use crate::events::{Anchor, Event, Role, Source};
use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Align, FontId, RichText, ScrollArea, Ui};

/// Draws the source panel.
pub fn source_ui(ui: &mut Ui, state: &AppState, cmds: &mut Vec<Command>) {
    let model = &state.model;
    let palette = Palette::for_dark_mode(ui.visuals().dark_mode);
    let Some(ev) = state.view.selected.and_then(|e| model.event(e)) else {
        ui.add_space(8.0);
        ui.weak("Select an event on the timeline or in the list to read its source passage.");
        return;
    };
    let k = state
        .view
        .selected_source
        .min(ev.sources.len().saturating_sub(1));
    let Some(src) = ev.sources.get(k) else {
        return;
    };
    let Some(doc) = model
        .doc_index_of(&src.document)
        .and_then(|d| model.document(d))
    else {
        ui.colored_label(
            palette.warning,
            format!("Document {} is missing", src.document),
        );
        return;
    };
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(event_when_label(model, ev))
                .strong()
                .size(16.0),
        );
        if ui.small_button("Zoom to (F)").clicked() {
            cmds.push(Command::ZoomToSelection);
        }
        if ui
            .small_button("×")
            .on_hover_text("Clear selection (Esc)")
            .clicked()
        {
            cmds.push(Command::Select(None));
        }
    });
    let headline = RichText::new(crate::app::curate_ui::shown_headline(ev)).italics();
    ui.label(if ev.marks().hidden {
        headline.weak()
    } else {
        headline
    });
    ui.weak(sources_summary(model, ev));
    crate::app::curate_ui::curation_ui(ui, state, ev, cmds);
    if ev.sources.len() > 1 {
        sources_stepper_ui(ui, model, ev, k, cmds);
    }
    crate::app::actors_ui::actor_chips_ui(ui, state, &ev.actors, cmds);
    ui.add_space(4.0);
    anchor_ui(ui, ev, src, doc);
    ui.separator();
    ui.label(RichText::new(&doc.title).strong());
    let date = doc
        .reference_date
        .map(|d| d.format("%a %-d %b %Y").to_string())
        .unwrap_or_else(|| "no reference date".into());
    ui.weak(format!("{date} · {}", doc.path));
    document_facts_ui(ui, doc);
    for w in state
        .model
        .corpus
        .warnings
        .iter()
        .filter(|w| w.document.as_deref() == Some(&doc.id))
    {
        ui.colored_label(palette.warning, format!("Warning: {}", w.message));
    }
    ui.separator();
    document_text_ui(ui, state, doc, src, &palette, cmds);
}

/// The document's full text, the passage and its expression highlighted, scrolled to the
/// passage when asked. The text can be selected (read-only): "Add event from selection"
/// makes the selected text the passage of a new event.
fn document_text_ui(
    ui: &mut Ui,
    state: &AppState,
    doc: &crate::documents::Document,
    src: &Source,
    palette: &Palette,
    cmds: &mut Vec<Command>,
) {
    let id = egui::Id::unique(("source_text", &doc.id));
    // The shortcuts tell this read-only field apart from the ones people type in.
    ui.data_mut(|d| d.insert_temp(egui::Id::unique(DOCUMENT_TEXT_KEY), id));
    let selection = egui::TextEdit::load_state(ui.ctx(), id)
        .and_then(|s| s.cursor.char_range())
        .filter(|r| !r.is_empty())
        .and_then(|r| byte_span(&doc.text, r.as_sorted_char_range()));
    ui.horizontal(|ui| match selection {
        Some(span) => {
            let n = doc.text[span.range()].chars().count();
            if ui
                .button("Add event from selection")
                .on_hover_text(format!(
                    "The {n} selected characters become an event's passage, dated by the time \
                     expression in them (or typed)"
                ))
                .clicked()
            {
                cmds.push(Command::Curate(
                    crate::app::curate::Curate::AddFromSelection {
                        doc: state.model.doc_index_of(&doc.id).unwrap_or(0),
                        span,
                    },
                ));
            }
        }
        None => {
            ui.weak("Select text to add an event the extraction missed");
        }
    });
    let expr = src
        .expression
        .as_ref()
        .map_or(src.passage.start..src.passage.start, |x| x.span().range());
    let job = highlighted_text(&doc.text, src.passage.range(), expr, ui, palette);
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let passage_cursor = CCursor::new(
        doc.text[..src.passage.start.min(doc.text.len())]
            .chars()
            .count(),
    );
    ScrollArea::vertical()
        .id_salt("source_text")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // The galley is made above (highlights need the passage); the layouter hands
            // it to the read-only text edit, which only adds selection.
            let mut layouter = |_: &Ui, _: &dyn egui::TextBuffer, _: f32| galley.clone();
            let mut text = doc.text.as_str();
            let out = egui::TextEdit::multiline(&mut text)
                .id(id)
                .frame(egui::Frame::NONE)
                .desired_width(f32::INFINITY)
                .layouter(&mut layouter)
                .show(ui);
            if state.frame.scroll_source {
                let r = out
                    .galley
                    .pos_from_cursor(passage_cursor)
                    .translate(out.galley_pos.to_vec2());
                ui.scroll_to_rect(r.expand2(egui::vec2(0.0, 60.0)), Some(Align::Center));
            }
        });
}

/// Where the id of the document text field is kept (egui's temporary data).
pub const DOCUMENT_TEXT_KEY: &str = "document_text_field";

/// True when the keyboard focus is in the document text (read-only: selecting, not typing).
pub fn reading_document(ctx: &egui::Context) -> bool {
    let field = ctx.data(|d| d.get_temp::<egui::Id>(egui::Id::unique(DOCUMENT_TEXT_KEY)));
    field.is_some() && ctx.memory(|m| m.focused()) == field
}

/// Byte offsets of a character range of `text`.
fn byte_span(
    text: &str,
    r: std::ops::Range<egui::text::CharIndex>,
) -> Option<crate::documents::Span> {
    let at = |k: usize| {
        text.char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .nth(k)
    };
    Some(crate::documents::Span {
        start: at(r.start.0)?,
        end: at(r.end.0)?,
    })
}

/// "Source 2 of 3" with buttons (and `[` / `]`), and why this source joined the event.
fn sources_stepper_ui(
    ui: &mut Ui,
    model: &crate::explore::Explorer,
    ev: &Event,
    k: usize,
    cmds: &mut Vec<Command>,
) {
    // Every source, one line each (document and its date); click to show it.
    egui::ScrollArea::vertical()
        .id_salt("source_list")
        .max_height(110.0)
        .show(ui, |ui| {
            for (i, src) in ev.sources.iter().enumerate() {
                let doc = model
                    .doc_index_of(&src.document)
                    .and_then(|d| model.document(d));
                let title = doc.map_or(src.document.as_str(), |d| d.title.as_str());
                let date = doc
                    .and_then(|d| d.reference_date)
                    .map(|d| d.format(" · %-d %b %Y").to_string())
                    .unwrap_or_default();
                let how = match src.anchor {
                    Anchor::Expression => "",
                    Anchor::Publication => " · reported",
                    Anchor::Discourse => " · from the sentences before",
                };
                let line = format!("{}. {}{date}{how}", i + 1, short_title(title));
                if ui.selectable_label(i == k, line).clicked() && i != k {
                    cmds.push(Command::ShowSource(i));
                }
            }
        });
    ui.horizontal(|ui| {
        if ui
            .small_button("‹")
            .on_hover_text("Previous source ([)")
            .clicked()
        {
            cmds.push(Command::StepSource(-1));
        }
        ui.label(format!("Source {} of {}", k + 1, ev.sources.len()));
        if ui
            .small_button("›")
            .on_hover_text("Next source (])")
            .clicked()
        {
            cmds.push(Command::StepSource(1));
        }
    });
    if let Some(reason) = ev.merged.iter().find(|r| r.source == k) {
        let shared = if reason.shared.is_empty() {
            String::new()
        } else {
            format!(" · shared words: {}", reason.shared.join(", "))
        };
        ui.weak(format!("Merged: {}{shared}", reason.rule));
    }
}

/// Where a document came from when it says more than its path: a web page's URL and
/// byline, and what its date was read from.
fn document_facts_ui(ui: &mut Ui, doc: &crate::documents::Document) {
    use crate::documents::DocumentKind;
    if !matches!(
        doc.kind,
        DocumentKind::Text | DocumentKind::Timeml | DocumentKind::Jsonl
    ) {
        let mut line = String::from(doc.kind.label());
        if let Some(b) = &doc.byline {
            line.push_str(&format!(" · {b}"));
        }
        if let Some(u) = &doc.url {
            line.push_str(&format!(" · {u}"));
        }
        ui.weak(line);
    }
    if let Some(src) = &doc.date_source {
        ui.weak(format!("Date from: {src}"));
    }
}

/// A document title cut for one line of the source list.
fn short_title(t: &str) -> String {
    const MAX: usize = 48;
    if t.chars().count() <= MAX {
        t.to_string()
    } else {
        format!(
            "{}…",
            t.chars().take(MAX - 1).collect::<String>().trim_end()
        )
    }
}

/// How this source's time was found: its expression, the discourse, or the article's date.
fn anchor_ui(ui: &mut Ui, ev: &Event, src: &Source, doc: &crate::documents::Document) {
    ui.horizontal_wrapped(|ui| match (&src.expression, src.anchor) {
        (Some(x), _) => {
            ui.weak("Expression:");
            ui.label(RichText::new(format!("“{}”", x.text)).strong());
            let value = if x.value.is_empty() { &ev.value } else { &x.value };
            ui.weak(format!("{} {value}", x.timex_type));
            if let Some(m) = x.modifier {
                ui.weak(format!("mod={}", m.as_str()));
            }
        }
        (None, Anchor::Discourse) => {
            ui.weak("No time expression in this sentence: placed at the time the sentences before it set");
        }
        (None, _) => {
            let date = doc
                .reference_date
                .map(|d| d.format("%a %-d %b %Y").to_string())
                .unwrap_or_default();
            let what = if src.role == Role::Lead { "The article's lead" } else { "No time expression" };
            ui.weak(format!("{what}: reported {date}, the article's own date"));
        }
    });
}

/// The document text with the passage and the expression highlighted. Ranges are byte
/// ranges into `text`; out-of-range or misaligned ranges are ignored (plain text).
fn highlighted_text(
    text: &str,
    passage: std::ops::Range<usize>,
    expr: std::ops::Range<usize>,
    ui: &Ui,
    palette: &Palette,
) -> LayoutJob {
    let font = FontId::proportional(14.0);
    let color = ui.visuals().text_color();
    let plain = TextFormat {
        font_id: font.clone(),
        color,
        ..Default::default()
    };
    let in_passage = TextFormat {
        background: palette.passage_bg,
        ..plain.clone()
    };
    let in_expr = TextFormat {
        background: palette.expression_bg,
        color: palette.expression_fg,
        ..plain.clone()
    };
    let mut job = LayoutJob {
        wrap: egui::text::TextWrapping::default(),
        ..Default::default()
    };
    job.wrap.max_width = ui.available_width() - 16.0;
    let ok = |r: &std::ops::Range<usize>| {
        r.start <= r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    if !ok(&passage) || !ok(&expr) || expr.start < passage.start || expr.end > passage.end {
        job.append(text, 0.0, plain);
        return job;
    }
    // Names in the passage are marked lighter than the time expression. (A background:
    // egui drew the underline of only the last of several underlined sections in a row.)
    let in_name = TextFormat {
        background: palette.expression_bg.gamma_multiply(0.45),
        ..in_passage.clone()
    };
    let names: Vec<std::ops::Range<usize>> =
        crate::actors::find_mentions(&text[passage.clone()], crate::actors::Gazetteer::get())
            .into_iter()
            .map(|m| m.span.start + passage.start..m.span.end + passage.start)
            .filter(|r| r.end <= expr.start || r.start >= expr.end)
            .collect();
    job.append(&text[..passage.start], 0.0, plain.clone());
    let mut at = passage.start;
    let mut marks: Vec<(std::ops::Range<usize>, &TextFormat)> =
        names.into_iter().map(|r| (r, &in_name)).collect();
    if !expr.is_empty() {
        marks.push((expr.clone(), &in_expr));
    }
    marks.sort_by_key(|(r, _)| r.start);
    for (r, format) in marks {
        if r.start < at {
            continue;
        }
        job.append(&text[at..r.start], 0.0, in_passage.clone());
        job.append(&text[r.clone()], 0.0, format.clone());
        at = r.end;
    }
    job.append(&text[at..passage.end], 0.0, in_passage);
    job.append(&text[passage.end..], 0.0, plain);
    job
}
