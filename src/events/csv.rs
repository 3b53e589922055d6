//! The events table as CSV: one row per event, for spreadsheets and scripts.
//!
//! Columns: `id, start, end, granularity, value, mod, title, document, document_title,
//! expression, passage`. Dates are ISO local date-times (empty for undated events). The
//! passage column holds the sentence text itself, so the table stands on its own.

use crate::documents::Document;
use crate::events::Event;
use std::collections::HashMap;
use std::io::Write;

/// Header row.
pub const COLUMNS: [&str; 11] = [
    "id",
    "start",
    "end",
    "granularity",
    "value",
    "mod",
    "title",
    "document",
    "document_title",
    "expression",
    "passage",
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
    pub title: String,
    pub document: String,
    pub document_title: String,
    pub expression: String,
    pub passage: String,
}

/// Writes `events` as CSV to `out`.
pub fn write_csv<W: Write>(out: W, documents: &[Document], events: &[Event]) -> csv::Result<()> {
    let docs: HashMap<&str, &Document> = documents.iter().map(|d| (d.id.as_str(), d)).collect();
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for ev in events {
        let doc = docs.get(ev.document.as_str());
        let passage = doc
            .and_then(|d| d.text.get(ev.passage.range()))
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
            &ev.title,
            &ev.document,
            doc.map(|d| d.title.as_str()).unwrap_or(""),
            &ev.expression.text,
            passage,
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
