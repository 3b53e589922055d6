//! Reading a JSON Lines corpus: one article per line.
//!
//! Each non-blank line is a JSON object with `text` (required), a date in `date`,
//! `published` or `dct` (the first present wins; ISO date or date-time, RFC 3339 offsets
//! kept as the local time written, or RFC 2822), and optional `title` and `url`. Other
//! fields are ignored. A bad line is reported with its line number (and column, for
//! malformed JSON) and the other lines still load. Each document's path is
//! `corpus.jsonl:LINE`, and warnings about a line carry that same path.

use super::dates::parse_full;
use super::error::{excerpt, ReadError};
use super::title::{from_body, shorten, TITLE_MAX_CHARS};
use super::{Document, DocumentKind, ReadResult};
use serde_json::{Map, Value};

/// The fields that may hold an article's date, in order of preference.
const DATE_FIELDS: [&str; 3] = ["date", "published", "dct"];

/// Reads every line of a decoded corpus into `out`.
pub(crate) fn read_jsonl(path: &str, text: &str, out: &mut ReadResult) {
    for (index, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let line = if index == 0 {
            line.trim_start_matches('\u{feff}')
        } else {
            line
        };
        if line.trim().is_empty() {
            continue;
        }
        let line_path = format!("{path}:{}", index + 1);
        match read_line(&line_path, line, out) {
            Ok(doc) => out.documents.push(doc),
            Err(e) => out.warnings.push(e.warning(&line_path)),
        }
    }
}

fn read_line(line_path: &str, line: &str, out: &mut ReadResult) -> Result<Document, ReadError> {
    let value: Value = serde_json::from_str(line).map_err(|e| ReadError::Json {
        column: e.column(),
        message: without_position(&e.to_string()),
    })?;
    let Value::Object(fields) = value else {
        return Err(ReadError::NotAnObject {
            found: kind(&value),
        });
    };
    let text = match fields.get("text") {
        None | Some(Value::Null) => return Err(ReadError::MissingText),
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            return Err(ReadError::NotAString {
                field: "text".into(),
                found: kind(other),
            })
        }
    };
    if text.trim().is_empty() {
        return Err(ReadError::EmptyText);
    }
    let reference_date = match reference_date(&fields) {
        Ok(date) => date,
        Err(problem) => {
            out.warnings.push(problem.warning(line_path));
            None
        }
    };
    let title = match string_field(&fields, "title") {
        Some(t) if !t.trim().is_empty() => shorten(t, TITLE_MAX_CHARS * 2),
        _ => from_body(&text),
    };
    let url = string_field(&fields, "url")
        .filter(|u| !u.trim().is_empty())
        .map(str::to_string);
    Ok(Document {
        id: String::new(),
        path: line_path.to_string(),
        title,
        reference_date,
        text,
        body: None,
        kind: DocumentKind::Jsonl,
        url,
        byline: None,
        lang: None,
        date_source: None,
    })
}

/// The date of the first present date field. A missing date is a problem too (relative
/// dates cannot be resolved), reported the same way as a bad one.
fn reference_date(fields: &Map<String, Value>) -> Result<Option<chrono::NaiveDateTime>, ReadError> {
    let Some((name, value)) = DATE_FIELDS
        .iter()
        .find_map(|&name| fields.get(name).filter(|v| !v.is_null()).map(|v| (name, v)))
    else {
        return Err(ReadError::NoReferenceDate {
            why: "no \"date\", \"published\" or \"dct\" field".into(),
        });
    };
    match value {
        Value::String(s) => parse_full(s)
            .map(Some)
            .ok_or_else(|| ReadError::BadDateField {
                field: name.into(),
                found: excerpt(s, 40),
            }),
        other => Err(ReadError::NotAString {
            field: name.into(),
            found: kind(other),
        }),
    }
}

fn string_field<'a>(fields: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    fields.get(name).and_then(Value::as_str)
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// serde_json's message without its " at line 1 column 17" suffix (the line is always 1
/// here; the column is reported separately).
fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_string(),
        None => message.to_string(),
    }
}
