//! The events table as CSV: one row per event, for spreadsheets and scripts.
//!
//! Columns: `id, start, end, granularity, value, mod, headline, sources, documents,
//! document, document_title, anchor, expression, passage, actors, starred, note`. `sources` counts the
//! mentions, `documents` the distinct documents among them; `document` to `passage` are
//! the first source's (the one the headline comes from); `actors` names the event's
//! actors, the most prominent first, separated by "; ". Dates are ISO local date-times (empty for
//! undated events). The passage column holds the sentence text itself, so the table stands
//! on its own. `starred` is `yes` for events the user starred; `note` is the user's note
//! (both empty for events not curated).

use crate::actors::Actor;
use crate::documents::Document;
use crate::events::Event;
use std::collections::HashMap;
use std::io::Write;

/// Header row.
pub const COLUMNS: [&str; 17] = [
    "id",
    "start",
    "end",
    "granularity",
    "value",
    "mod",
    "headline",
    "sources",
    "documents",
    "document",
    "document_title",
    "anchor",
    "expression",
    "passage",
    "actors",
    "starred",
    "note",
];

/// One parsed row (for round trips and for tools that read our CSV back).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct Row {
    pub id: String,
    pub start: String,
    pub end: String,
    pub granularity: String,
    pub value: String,
    #[serde(rename = "mod")]
    pub modifier: String,
    pub headline: String,
    pub sources: usize,
    pub documents: usize,
    pub document: String,
    pub document_title: String,
    pub anchor: String,
    pub expression: String,
    pub passage: String,
    #[serde(default)]
    pub actors: String,
    #[serde(default)]
    pub starred: String,
    #[serde(default)]
    pub note: String,
}

/// Writes `events` as CSV to `out`.
pub fn write_csv<W: Write>(
    out: W,
    documents: &[Document],
    events: &[Event],
    actors: &[Actor],
) -> csv::Result<()> {
    let docs: HashMap<&str, &Document> = documents.iter().map(|d| (d.id.as_str(), d)).collect();
    let names: HashMap<&str, &str> = actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for ev in events {
        let src = ev.first();
        let doc = docs.get(src.document.as_str());
        let passage = doc
            .and_then(|d| d.text.get(src.passage.range()))
            .unwrap_or("");
        let iso = |t: Option<chrono::NaiveDateTime>| {
            t.map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string())
                .unwrap_or_default()
        };
        w.write_record([
            ev.id.as_str(),
            &iso(ev.start),
            &iso(ev.end),
            ev.granularity.map(|g| g.as_str()).unwrap_or(""),
            &ev.value,
            ev.modifier.map(|m| m.as_str()).unwrap_or(""),
            &ev.headline,
            &ev.sources.len().to_string(),
            &ev.document_count().to_string(),
            &src.document,
            doc.map(|d| d.title.as_str()).unwrap_or(""),
            src.anchor.as_str(),
            src.expression.as_ref().map_or("", |x| x.text.as_str()),
            passage,
            &ev.actors
                .iter()
                .filter_map(|id| names.get(id.as_str()).copied())
                .collect::<Vec<_>>()
                .join("; "),
            if ev.marks().starred { "yes" } else { "" },
            ev.marks().note.as_deref().unwrap_or(""),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// Reads rows written by [`write_csv`].
pub fn read_csv(input: &str) -> csv::Result<Vec<Row>> {
    csv::Reader::from_reader(input.as_bytes())
        .deserialize()
        .collect()
}
