//! Events as TimeML, one file per document, for tools of the TimeML/TempEval world.
//!
//! Each document becomes
//!
//! ```text
//! <?xml version="1.0" ?>
//! <TimeML>
//! <DOCID>name</DOCID>
//! <DCT><TIMEX3 tid="t0" type="DATE" value="2023-11-17" temporalFunction="false" functionInDocument="CREATION_TIME">2023-11-17</TIMEX3></DCT>
//! <TITLE>title</TITLE>
//! <TEXT>body, XML-escaped, with <TIMEX3 tid="t1" type="DATE" value="2023-11-16">Thursday</TIMEX3> around each event's expression</TEXT>
//! </TimeML>
//! ```
//!
//! - `<TEXT>` holds the document *body* (what extraction ran on), not a date header or
//!   front matter above it: those are carried by `<DCT>` and `<TITLE>`, and reading the file
//!   back does not find the header's date a second time. Spans in the file are therefore the
//!   event spans minus the body start.
//! - `<DCT>` is written when the document has a reference date (type `TIME` with
//!   `THH:MM` when it is not midnight); `<TITLE>` when it has a title.
//! - Every event becomes a `TIMEX3` with `tid` (`t1`, `t2`, …; `t0` is the DCT), `type`,
//!   `value` and `mod` — undated events too, with their vague values (`PAST_REF`). Events
//!   whose expression lies outside the body (or is not a valid span) or overlaps an earlier
//!   one cannot be tagged and are counted as skipped.
//!
//! The tagging and escaping are those of [`crate::documents::timeml::write`]; the result is read back by
//! [`crate::documents::timeml::parse`] with our events as its gold. No EVENT, SIGNAL or
//! TLINK is written. This module does no I/O: callers choose where files go (see
//! [`file_names`] for unique, portable names).

use crate::documents::timeml::write::tag_timeml;
use crate::documents::timeml::{self, TimemlError};
use crate::documents::Document;
use crate::events::{Event, EventsFile};
use crate::temporal::{Interval, Mention};
use chrono::{Datelike, NaiveTime};
use std::collections::HashSet;
use std::path::Path;
use thiserror::Error;

/// One TimeML document, ready to be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimemlFile {
    /// The document id it was written from (`d1`).
    pub document: String,
    /// A portable file name, unique within one export: `{stem}.tml`.
    pub name: String,
    /// The XML.
    pub xml: String,
    /// Events tagged in the text.
    pub tagged: usize,
    /// Events of this document that could not be tagged (outside the body, overlapping).
    pub skipped: usize,
}

/// Why a document could not be written as TimeML. Only a bug can cause it (the header we
/// write did not read back), but it is reported rather than panicking.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum TimemlOutError {
    #[error("document {document}: the TimeML header written for it does not read back: {source}")]
    Header {
        document: String,
        source: TimemlError,
    },
}

/// One TimeML file per document of `file`, in document order.
pub fn to_timeml_files(file: &EventsFile) -> Result<Vec<TimemlFile>, TimemlOutError> {
    let names = file_names(&file.documents);
    file.documents
        .iter()
        .zip(names)
        .map(|(doc, name)| {
            let events: Vec<&Event> = file
                .events
                .iter()
                .filter(|ev| ev.sources.iter().any(|s| s.document == doc.id))
                .collect();
            to_timeml(doc, &events, name)
        })
        .collect()
}

/// The TimeML of one document with `events` (those of other documents are ignored), to be
/// written as `name`; the `<DOCID>` is `name` without `.tml`.
pub fn to_timeml(
    doc: &Document,
    events: &[&Event],
    name: String,
) -> Result<TimemlFile, TimemlOutError> {
    let docid = name.strip_suffix(".tml").unwrap_or(&name);
    let body = doc.body_range();
    let body_text = doc.text.get(body.clone()).unwrap_or("");
    let mut header = String::from("<?xml version=\"1.0\" ?>\n<TimeML>\n");
    header.push_str(&format!("<DOCID>{}</DOCID>\n", escape_xml(docid)));
    if let Some(dct) = dct(doc) {
        header.push_str(&dct);
    }
    if !doc.title.trim().is_empty() {
        header.push_str(&format!(
            "<TITLE>{}</TITLE>\n",
            escape_xml(doc.title.trim())
        ));
    }
    // Let the reader find where <TEXT> starts, its ancestors and the tids in use; then the
    // tagger writes the body with our mentions.
    let skeleton = format!("{header}<TEXT></TEXT>\n</TimeML>\n");
    let mut parsed = timeml::parse(&skeleton).map_err(|source| TimemlOutError::Header {
        document: doc.id.clone(),
        source,
    })?;
    parsed.text = body_text.to_string();

    let mut outside = 0;
    let mentions: Vec<Mention> = events
        .iter()
        .flat_map(|ev| ev.sources.iter().map(move |src| (ev, src)))
        .filter(|(_, src)| src.document == doc.id)
        .filter_map(|(ev, src)| {
            let expr = src.expression.as_ref()?;
            let x = expr.span();
            if x.start < body.start || x.end > body.end || x.start > x.end {
                outside += 1;
                return None;
            }
            Some(Mention {
                span: x.start - body.start..x.end - body.start,
                timex_type: expr.timex_type,
                value: if expr.value.is_empty() {
                    ev.value.clone()
                } else {
                    expr.value.clone()
                },
                modifier: expr.modifier,
                granularity: ev.granularity,
                interval: ev
                    .start
                    .zip(ev.end)
                    .map(|(start, end)| Interval { start, end }),
            })
        })
        .collect();
    let tagged = tag_timeml(&skeleton, &parsed, &mentions);
    Ok(TimemlFile {
        document: doc.id.clone(),
        xml: tagged.xml,
        tagged: mentions.len().saturating_sub(tagged.skipped),
        skipped: outside + tagged.skipped,
        name,
    })
}

/// The DCT element, when the document has a reference date in years 1–9999 (TIMEX3 values
/// have four year digits; BCE creation times do not occur in news).
fn dct(doc: &Document) -> Option<String> {
    let t = doc.reference_date?;
    if !(1..=9999).contains(&t.year()) {
        return None;
    }
    let (kind, value) = if t.time() == NaiveTime::MIN {
        ("DATE", t.format("%Y-%m-%d").to_string())
    } else {
        ("TIME", t.format("%Y-%m-%dT%H:%M").to_string())
    };
    Some(format!(
        "<DCT><TIMEX3 tid=\"t0\" type=\"{kind}\" value=\"{value}\" temporalFunction=\"false\" \
         functionInDocument=\"CREATION_TIME\">{value}</TIMEX3></DCT>\n"
    ))
}

/// Unique, portable `.tml` file names for `documents`, from their paths: the last path
/// component without its extension (`a/b.txt` → `b.tml`; a JSON Lines line
/// `corpus.jsonl:12` → `corpus-12.tml`), characters other than letters, digits, `-`, `_`
/// and `.` replaced by `_`, and `-2`, `-3`, … appended to repeats (compared ignoring case,
/// for case-insensitive file systems).
pub fn file_names(documents: &[Document]) -> Vec<String> {
    let mut seen = HashSet::new();
    documents
        .iter()
        .map(|doc| {
            let stem = stem(&doc.path);
            let stem = if stem.is_empty() {
                stem_fallback(&doc.id)
            } else {
                stem
            };
            let mut name = stem.clone();
            let mut n = 1;
            while !seen.insert(name.to_lowercase()) {
                n += 1;
                name = format!("{stem}-{n}");
            }
            format!("{name}.tml")
        })
        .collect()
}

fn stem(path: &str) -> String {
    let last = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let (file, line) = match last.rsplit_once(':') {
        Some((f, l)) if !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()) => (f, Some(l)),
        _ => (last, None),
    };
    let base = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let joined = match line {
        Some(l) => format!("{base}-{l}"),
        None => base,
    };
    let clean: String = joined
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    clean.trim_start_matches('.').to_string()
}

fn stem_fallback(id: &str) -> String {
    let s = stem(id);
    if s.is_empty() {
        "document".to_string()
    } else {
        s
    }
}

/// Escapes `& < > "` for XML text and attribute values.
fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(path: &str) -> Document {
        Document {
            id: "d1".into(),
            path: path.into(),
            title: String::new(),
            reference_date: None,
            text: String::new(),
            body: None,
            kind: Default::default(),
            url: None,
            byline: None,
            lang: None,
            date_source: None,
        }
    }

    #[test]
    fn file_names_are_portable_and_unique() {
        let docs: Vec<Document> = [
            "news/a.txt",
            "other/A.md",
            "c.jsonl:12",
            "x/we ird?.txt",
            "../.hidden",
            "",
        ]
        .into_iter()
        .map(doc)
        .collect();
        assert_eq!(
            file_names(&docs),
            [
                "a.tml",
                "A-2.tml",
                "c-12.tml",
                "we_ird_.tml",
                "hidden.tml",
                "d1.tml"
            ]
        );
    }
}
